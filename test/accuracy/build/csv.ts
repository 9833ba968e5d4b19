// Writes one sheet of a WorkbookModel as a Danish CSV file (semicolons, UTF-8), the way Excel in a
// Danish locale or a list export writes it; LibreOffice then opens it as a coordinator would and
// saves it as .xlsx. A CSV has no styles: only text cells (dates as typed) and plain numbers.

import { isDateValue, parseA1, type SheetModel } from './model';

function field(text: string, separator: string): string {
  return /["\n\r]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(sheet: SheetModel, separator = ';'): string {
  const { rows, cols } = sheet.extent();
  const grid: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
  for (const [at, cell] of sheet.cells) {
    const { row, col } = parseA1(at);
    const v = cell.v;
    if (v === null) continue;
    if (typeof v === 'boolean') throw new Error(`${sheet.name}!${at}: a CSV holds no TRUE/FALSE cells`);
    if (isDateValue(v)) throw new Error(`${sheet.name}!${at}: a CSV holds dates as text`);
    if (typeof v === 'boolean') throw new Error(`${sheet.name}!${at}: a CSV holds no checkbox cells`);
    grid[row - 1]![col - 1] = typeof v === 'number' ? String(v).replace('.', ',') : v;
  }
  return grid.map((r) => r.map((t) => field(t, separator)).join(separator)).join('\r\n') + '\r\n';
}
