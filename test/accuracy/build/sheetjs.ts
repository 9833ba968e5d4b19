// Writes a WorkbookModel with the SheetJS `xlsx` package (never the product's exceljs writer), as
// web tools and export scripts write plans: `cellDates` on, so a date is a t="d" cell holding an ISO
// text, and no styles at all (fills, bold and number formats are dropped; a date keeps only the
// format SheetJS gives it). Merged cells and column widths are kept.

import * as XLSX from 'xlsx';
import { colLetters, isDateValue, parseA1, type WorkbookModel } from './model';

/** The .xlsx bytes of a workbook model as SheetJS writes them. */
export function toSheetJs(wb: WorkbookModel): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of wb.sheets) {
    if (sheet.hidden || sheet.frozenRows)
      throw new Error('hidden sheets and frozen rows are for the hand-built writer');
    const ws: XLSX.WorkSheet = {};
    for (const [at, cell] of sheet.cells) {
      const v = cell.v;
      if (v === null) continue;
      if (typeof v === 'string') ws[at] = { t: 's', v };
      else if (typeof v === 'number') ws[at] = { t: 'n', v };
      else if (typeof v === 'boolean') ws[at] = { t: 'b', v };
      else if (isDateValue(v)) ws[at] = { t: 'd', v: new Date(`${v.date}T${v.time ?? '00:00:00'}.000Z`) };
    }
    const { rows, cols } = sheet.extent();
    ws['!ref'] = `A1:${colLetters(Math.max(cols, 1))}${Math.max(rows, 1)}`;
    if (sheet.merges.length)
      ws['!merges'] = sheet.merges.map((m) => {
        const [from, to] = m.split(':') as [string, string];
        const a = parseA1(from);
        const b = parseA1(to);
        return { s: { r: a.row - 1, c: a.col - 1 }, e: { r: b.row - 1, c: b.col - 1 } };
      });
    if (sheet.widths.size) {
      const widths: XLSX.ColInfo[] = [];
      for (const [c, w] of sheet.widths) widths[c - 1] = { wch: w };
      ws['!cols'] = widths;
    }
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  const out = XLSX.write(book, { type: 'array', bookType: 'xlsx', cellDates: true }) as ArrayBuffer;
  return new Uint8Array(out);
}
