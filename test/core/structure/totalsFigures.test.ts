// A totals row labelled by hand ("I alt | Antal aktiviteter | 8") whose figures another program
// could not keep: a table's SUBTOTAL turns into "#N/A" when LibreOffice saves the plan through .xls
// (the table it sums is gone), and into a formula with no result when openpyxl saves it. The row
// still totals the table: no activity, no corps member called "I alt". SheetJS probes.

import * as XLSX from 'xlsx';
import { inspectSheet } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Timer'];
const ROWS = [
  ['Ledelse', 'Styregruppemøde', 'Per Lund', '15.03.2027', 4],
  ['Kommunikation', 'Nyhedsbrev', 'Ida Berg', '30.04.2027', 6],
];

function plan(figure: XLSX.CellObject): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([HEADER, ...ROWS, ['I alt', 'Antal aktiviteter']]);
  ws['C4'] = figure;
  ws['E4'] = { ...figure };
  ws['!ref'] = 'A1:E4';
  return ws;
}

const activities = (ws: XLSX.WorkSheet) =>
  inspectSheet('Plan', ws).structure.draft.activities.map((a) => a.values.activity ?? '(none)');

test('with its figures kept, the row is a totals row', () => {
  expect(activities(plan({ t: 'n', v: 2, f: 'SUBTOTAL(103,B2:B3)' }))).toEqual([
    'Styregruppemøde',
    'Nyhedsbrev',
  ]);
});

test('with its figures shown as an Excel error, still a totals row', () => {
  expect(activities(plan({ t: 'e', v: 0x2a, f: 'SUBTOTAL(103,tblPlan[Aktivitet])' }))).toEqual([
    'Styregruppemøde',
    'Nyhedsbrev',
  ]);
});

test('with its figures saved without a result, still a totals row', () => {
  expect(activities(plan({ t: 'n', f: 'SUBTOTAL(103,tblPlan[Aktivitet])' }))).toEqual([
    'Styregruppemøde',
    'Nyhedsbrev',
  ]);
});

test('a label with no figure of any kind beside it leaves the row as written (no totals without figures)', () => {
  const ws = XLSX.utils.aoa_to_sheet([HEADER, ...ROWS, ['I alt', 'Antal aktiviteter']]);
  expect(activities(ws)).toHaveLength(3);
});
