// Statuses and anchorings as coordinators word them in a plan's rows, proven on a workbook SheetJS
// wrote, read through the intake: an event held or not held yet, a recurring activity, funding
// and the budget in other words, and placeholders in list columns.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';

const ROWS: readonly [status: string, anchoring: string][] = [
  ['Afholdt', 'Særskilt finansiering'],
  ['Er afholdt', 'Indarbejdes i budgettet'],
  ['Ikke afholdt endnu', 'Fortsætter i drift'],
  ['Kontinuerlig', 'Egen bevilling'],
  ['Fast aktivitet', '-'],
  ['Holdt pause', 'Afklares'],
  ['-', 'Fortsætter i drift'],
  ['n/a', 'Fortsætter i drift'],
];

const r = inspectSheet('Plan', [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status', 'Forankring'],
  ...ROWS.map(([status, anchoring], i) => [
    'Ledelse',
    `Aktivitet ${i + 1}`,
    'Anna Holm',
    '15.03.2027',
    status,
    anchoring,
  ]),
]);
const rows = r.structure.draft.activities;
const checked = (cell: string): boolean => checkedAt(r, 'Plan', cell);
const issuesAt = (cell: string): string[] =>
  r.issues.filter((i) => i.sheet === 'Plan' && i.cell === cell).map((i) => i.code);

test('an event held is done, one not held yet has not started; each with a check', () => {
  expect(rows.slice(0, 3).map((a) => a.values.status)).toEqual(['done', 'done', 'not_started']);
  expect(['E2', 'E3', 'E4'].map(checked)).toEqual([true, true, true]);
});

test('a recurring activity is in progress, checked; "Holdt pause" is no event held', () => {
  expect(rows.slice(3, 5).map((a) => a.values.status)).toEqual(['in_progress', 'in_progress']);
  expect([checked('E5'), checked('E6')]).toEqual([true, true]);
  expect(rows[5]?.values.status).not.toBe('done');
});

test('separate funding and the budget in other words are read, each with a check', () => {
  expect(rows.slice(0, 4).map((a) => a.values.anchoring)).toEqual([
    'separate_funding',
    'operation',
    'operation',
    'separate_funding',
  ]);
  expect(['F2', 'F3', 'F5'].map(checked)).toEqual([true, true, true]);
});

test('a placeholder in a list column is no value: read as empty with a check, not "not on the list"', () => {
  expect([rows[4]?.values.anchoring, rows[5]?.values.anchoring]).toEqual([undefined, undefined]);
  expect([checked('F6'), checked('F7')]).toEqual([true, true]);
  expect([...issuesAt('F6'), ...issuesAt('F7')]).toEqual([]);
  // A status given as a placeholder is a status missing.
  expect([rows[6]?.values.status, rows[7]?.values.status]).toEqual([undefined, undefined]);
  for (const cell of ['E8', 'E9']) {
    expect(checked(cell)).toBe(true);
    expect(issuesAt(cell)).not.toContain('value_not_in_list');
  }
});

describe('statuses of work handed in, approved, starting up or parked', () => {
  const STATUSES: readonly [written: string, status: string][] = [
    ['Til godkendelse', 'in_progress'],
    ['Afventer godkendelse', 'in_progress'],
    ['Sendt til høring', 'in_progress'],
    ['Godkendt', 'done'],
    ['Vedtaget', 'done'],
    ['Under opstart', 'in_progress'],
    ['Parkeret', 'changed'],
    ['Off track', 'in_progress'],
  ];
  const read = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ...STATUSES.map(([status], i) => ['Ledelse', `Aktivitet ${i + 1}`, 'Anna Holm', '15.03.2027', status]),
  ]);

  test('each is read as a careful person reads it, with a check', () => {
    expect(read.structure.draft.activities.map((a) => a.values.status)).toEqual(STATUSES.map(([, s]) => s));
    STATUSES.forEach(([written], i) =>
      expect([written, checkedAt(read, 'Plan', `E${i + 2}`)]).toEqual([written, true]),
    );
  });
});
