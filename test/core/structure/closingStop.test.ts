// A cell ended with a full stop, as a sentence is ("Lone Dam, Per Friis og Mads Bech.", "Koordinator:
// Rikke Due, rdue@varde.dk.", "Sparringsgrupper – fortsat."): the full stop is punctuation, no part of
// the value. Found by the metamorphic explorer (a full stop after every longer text: 26 corpus plans
// read otherwise, p71's, p104's and p159's responsibles silently). Workbooks SheetJS wrote.

import { withoutClosingStop } from '../../../core/structure/values';
import { COVER, inspectSheetjs } from '../../fixtures/sheetjs';

const r = inspectSheetjs([
  ['Forside', [['Koordinator: Rikke Due, rdue@varde.dk.'], ['Leder: Jens Kofoed.'], ['Periode: 1. halvår 2027']]],
  [
    'Plan',
    [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Lone Dam, Per Friis og Mads Bech.', '15.03.2027', 'I gang'],
      ['Ledelse', 'Budgetmøde', 'Anna Holm (tovholder), Bo Ek.', '15.04.2027', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Nationalt center m.fl.', '30.04.2027', 'Ikke startet'],
    ],
  ],
  ['Korps', [['Medarbejder', 'Timer/uge', 'Forløb'], ['Birgitte Møller-Sørensen.', '10', '4']]],
]); // prettier-ignore
const rowOf = (row: number) => r.structure.draft.activities.find((a) => a.source.row === row)?.values;

test('the last name of a responsible ended with a full stop is the name without it', () => {
  expect(rowOf(2)?.responsible).toBe('Lone Dam, Per Friis og Mads Bech');
  expect(rowOf(3)?.responsible).toMatch(/Bo Ek$/u);
  // An abbreviation keeps its full stop.
  expect(rowOf(4)?.responsible).toBe('Nationalt center m.fl.');
});

test("the cover's people: the e-mail's sentence stop and the full stop after a name are no part of it", () => {
  expect(r.structure.draft.coordinator).toMatchObject({ name: 'Rikke Due', email: 'rdue@varde.dk' });
  expect(r.structure.draft.leader?.name).toBe('Jens Kofoed');
});

test('a corps member named with a full stop after the name is read as initials', () => {
  expect(r.structure.draft.corps.map((m) => m.values.initials)).toEqual(['BMS']);
});

test('only a word of letters loses its full stop: initials and abbreviations keep theirs', () => {
  expect(withoutClosingStop('Mads Bech.')).toBe('Mads Bech');
  expect(withoutClosingStop('Per J.')).toBe('Per J.');
  expect(withoutClosingStop('m.fl.')).toBe('m.fl.');
  expect(withoutClosingStop('Mads Bech')).toBe('Mads Bech');
});

test('an activity marked "– fortsat." with a full stop is continued as "– fortsat" is', () => {
  const head = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'];
  const q = inspectSheetjs([
    ['Forside', COVER],
    ['Q1 2027', [head, ['Opkvalificering', 'Mentoruddannelse hold 3', 'Bo Kjær', '15.02.2027', '31.03.2027', 'I gang']]],
    ['Q2 2027', [head, ['Opkvalificering', 'Mentoruddannelse hold 3 – fortsat.', 'Bo Kjær', '', '20.05.2027', 'Gennemført']]],
  ]); // prettier-ignore
  expect(
    q.structure.draft.activities.map((a) => [a.values.activity, a.values.status, a.values.deadline]),
  ).toEqual([['Mentoruddannelse hold 3', 'done', '2027-05-20']]);
});
