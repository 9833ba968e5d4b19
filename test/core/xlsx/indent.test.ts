// Indented text (Format Cells › Alignment › Indent, "Forøg indrykning"), read from the alignment of a
// cell's style: a project tool shows its hierarchy so (Smartsheet, MS Project), and the indentation
// stays where a program drops the rows' outline levels (Gnumeric through .ods). Listed per sheet as
// GridSheet.indents, bounded by MAX_INDENTS in a workbook.

import { readWorkbook } from '../../../core/xlsx';
import { MAX_INDENTS } from '../../../core/xlsx/sheet';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';

test('each indented text cell is listed with its indentation; plain cells and numbers are not', () => {
  const wb = new WorkbookModel();
  wb.sheet('Plan')
    .set('A1', 'Task Name', { bold: true })
    .set('A2', 'Ledelse', { indent: 1 })
    .set('A3', 'Styregruppemøde', { indent: 2, bold: true })
    .set('A4', 'Nyhedsbrev')
    .set('B3', 25, { indent: 2 });
  const sheet = readWorkbook(toXlsx(wb)).sheets[0];
  expect(sheet?.indents).toEqual([
    { r: 1, c: 0, level: 1 },
    { r: 2, c: 0, level: 2 },
  ]);
  // The indentation is no part of the cell's look otherwise.
  expect(sheet?.cells.find((c) => c.r === 2 && c.c === 0)).toMatchObject({
    v: 'Styregruppemøde',
    bold: true,
  });
});

test('a sheet without indented text has no list', () => {
  const wb = new WorkbookModel();
  wb.sheet('Plan').set('A1', 'Aktivitet', { bold: true }).set('A2', 'Nyhedsbrev');
  expect(readWorkbook(toXlsx(wb)).sheets[0]?.indents).toBeUndefined();
});

test('past MAX_INDENTS indented cells in a workbook, the sheet read keeps none (never a part)', () => {
  const wb = new WorkbookModel();
  wb.sheet('Plan').set('A1', 'Ledelse', { indent: 1 }).set('A2', 'Styregruppemøde', { indent: 2 });
  const big = wb.sheet('Log');
  for (let r = 1; r <= MAX_INDENTS; r++) big.set(`A${r}`, 'x', { indent: 1 });
  const grid = readWorkbook(toXlsx(wb));
  expect(grid.sheets[0]?.indents).toHaveLength(2);
  expect(grid.sheets[1]?.indents).toBeUndefined();
});
