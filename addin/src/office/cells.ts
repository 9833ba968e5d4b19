// Writes the coordinator's corrections into the cells of the workbook open in Excel: each value at
// its place, text as text (asTypedText: never a formula), numbers as numbers, null empties the cell.
// A place on a sheet the workbook does not have (a template sheet before structuring) is not
// written; the caller keeps that correction and it reaches the workbook with structuring.

import type { CellWrite } from '../host';
import { asTypedText } from './render';

/** Writes the cells in one batch; for each write, whether it was written. */
export async function writeCellsToExcel(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
): Promise<boolean[]> {
  const names = [...new Set(writes.map((w) => w.sheet))];
  const sheets = new Map(names.map((n) => [n, context.workbook.worksheets.getItemOrNullObject(n)]));
  for (const ws of sheets.values()) ws.load('name');
  await context.sync();
  const written = writes.map((w) => {
    const ws = sheets.get(w.sheet);
    if (!ws || ws.isNullObject) return false;
    const value = w.value === null ? '' : typeof w.value === 'number' ? w.value : asTypedText(w.value);
    ws.getRange(w.cell.replace(/\$/g, '')).values = [[value]];
    return true;
  });
  await context.sync();
  return written;
}
