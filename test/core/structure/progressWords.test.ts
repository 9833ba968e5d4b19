// Statuses written as a word of progress with the share done, statuses "partly finished",
// deadlines "by the end of" a span and checklist answers of work begun, as coordinators write
// them: proven on workbooks SheetJS wrote
// (not the product's writer), read through the intake.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';
import { CHECKLIST } from '../../../core/spec';

const ROWS: readonly [status: string, deadline: string][] = [
  ['50% færdig', 'inden udgangen af marts 2027'],
  ['Færdig: 100 %', 'senest ved udgangen af juni 2027'],
  ['ca. 80 % gennemført', 'ved udgangen af 2027'],
  ['Aflyst 50 %', 'by the end of June 2027'],
  ['Afsluttet delvist', 'Inden afslutningen af uge 20 2027'],
  ['Delvist færdig', '15.03.2027'],
  ['I gang 0 %', '15.03.2027'],
  ['Ikke startet → I gang', '15.03.2027'],
  ['I gang -> Gennemført', '15.03.2027'],
  ['Overført til næste halvår', '15.03.2027'],
];

const r = inspectSheet('Plan', [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
  ...ROWS.map(([status, deadline], i) => ['Ledelse', `Aktivitet ${i + 1}`, 'Anna Holm', deadline, status]),
]);
const activities = r.structure.draft.activities;
const checked = (cell: string): boolean => checkedAt(r, 'Plan', cell);

test('a word of progress with the share done: the share decides, with a check', () => {
  expect(activities.slice(0, 3).map((a) => a.values.status)).toEqual(['in_progress', 'done', 'in_progress']);
  expect(activities[6]?.values.status).toBe('not_started');
  for (const cell of ['E2', 'E3', 'E4', 'E8']) expect(checked(cell)).toBe(true);
});

test('a status written as its change is the one after the arrow, checked', () => {
  expect(activities.slice(7, 9).map((a) => a.values.status)).toEqual(['in_progress', 'done']);
  expect(checked('E9')).toBe(true);
  expect(checked('E10')).toBe(true);
});

test('"Overført til næste halvår" is Changed (postponed), checked', () => {
  expect(activities[9]?.values.status).toBe('changed');
  expect(checked('E11')).toBe(true);
});

test('a word that says otherwise keeps its meaning', () => {
  expect(activities[3]?.values.status).toBe('closed');
});

test('"Afsluttet delvist" and "Delvist færdig" are In progress, not Done', () => {
  expect(activities[4]?.values.status).toBe('in_progress');
  expect(activities[5]?.values.status).toBe('in_progress');
});

test('"inden/ved/senest ved udgangen af" a span is its last day', () => {
  expect(activities.slice(0, 5).map((a) => a.values.deadline)).toEqual([
    '2027-03-31',
    '2027-06-30',
    '2027-12-31',
    '2027-06-30',
    '2027-05-23',
  ]);
  expect(r.issues.filter((i) => i.code === 'date_unreadable')).toEqual([]);
});

describe('checklist answers of work begun or not quite done', () => {
  const ANSWERS = ['Er i gang', 'I proces', 'Ikke helt', 'Undervejs', 'Ja'] as const;

  const read = inspectSheet('Huskeliste', [
    ['Spørgsmål', 'Svar'],
    ...CHECKLIST.map((q, i) => [q.text.da, ANSWERS[i] ?? 'Ja']),
  ]);
  const answers = read.structure.draft.checklist;

  test('"Er i gang", "I proces", "Ikke helt", "Undervejs" are Delvist, each with a check', () => {
    expect(answers.slice(0, 5).map((a) => a.answer)).toEqual(['partly', 'partly', 'partly', 'partly', 'yes']);
    const asked = (cell: string): boolean => checkedAt(read, 'Huskeliste', cell);
    expect(['B2', 'B3', 'B4', 'B5'].map(asked)).toEqual([true, true, true, true]);
    expect(asked('B6')).toBe(false);
    expect(read.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
  });
});
