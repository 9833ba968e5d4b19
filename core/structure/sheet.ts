// A sheet as structuring reads it: random access to cells (SheetIndex), merged areas by row, the
// sorted list of non-empty rows, and which cells have been used for the plan, so that every other
// non-empty cell can be reported as unmapped at the end.

import { SheetIndex, a1, cellText, type GridCell, type GridRange, type GridSheet } from '../grid';
import { excelSerialToIso, isDateFormat } from '../dates';

const KEY_COLS = 20000;

export class SheetView {
  readonly idx: SheetIndex;
  readonly name: string;
  /** Non-empty rows, ascending. */
  readonly rows: readonly number[];
  private readonly mergesByRow = new Map<number, GridRange[]>();
  private readonly used = new Set<number>();
  private readonly rowCache = new Map<number, GridCell[]>();

  constructor(
    readonly sheet: GridSheet,
    readonly date1904: boolean,
  ) {
    this.idx = new SheetIndex(sheet);
    this.name = sheet.name;
    this.rows = this.idx.rows().filter((r) => this.idx.row(r).some((c) => !isBlank(c)));
    for (const m of sheet.merges) {
      for (let r = m.s.r; r <= m.e.r; r++) {
        const list = this.mergesByRow.get(r) ?? [];
        list.push(m);
        this.mergesByRow.set(r, list);
      }
    }
  }

  cell(r: number, c: number): GridCell | undefined {
    const cell = this.idx.get(r, c);
    return cell && !isBlank(cell) ? cell : undefined;
  }

  /** The row's non-empty cells in column order, optionally only columns c0..c1. */
  rowCells(r: number, c0 = 0, c1 = Number.MAX_SAFE_INTEGER): GridCell[] {
    let row = this.rowCache.get(r);
    if (!row) {
      row = this.idx.row(r).filter((c) => !isBlank(c));
      this.rowCache.set(r, row);
    }
    if (c0 === 0 && c1 === Number.MAX_SAFE_INTEGER) return row;
    return row.filter((c) => c.c >= c0 && c.c <= c1);
  }

  /** Non-empty rows from r0 to r1 inclusive. */
  rowsBetween(r0: number, r1: number): number[] {
    const out: number[] = [];
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.rows[mid] ?? 0) < r0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.rows.length; i++) {
      const r = this.rows[i] ?? 0;
      if (r > r1) break;
      out.push(r);
    }
    return out;
  }

  /** The merged area that holds (r, c), if any. */
  mergeAt(r: number, c: number): GridRange | undefined {
    const list = this.mergesByRow.get(r);
    if (!list) return undefined;
    return list.find((m) => m.s.c <= c && c <= m.e.c);
  }

  /** The cell's display text, trimmed ('' when empty). Dates show as YYYY-MM-DD. */
  text(r: number, c: number): string {
    return displayText(this.cell(r, c), this.date1904);
  }

  use(r: number, c: number): void {
    this.used.add(r * KEY_COLS + c);
  }

  useCell(cell: GridCell | undefined): void {
    if (cell) this.use(cell.r, cell.c);
  }

  isUsed(r: number, c: number): boolean {
    return this.used.has(r * KEY_COLS + c);
  }

  /** Every non-empty cell not used for the plan. */
  unusedCells(): GridCell[] {
    return this.sheet.cells.filter((c) => !isBlank(c) && !this.isUsed(c.r, c.c));
  }

  a1(r: number, c: number): string {
    return a1(r, c);
  }
}

export function isBlank(cell: GridCell): boolean {
  return typeof cell.v === 'string' && cell.v.trim() === '';
}

/** A cell's value as the coordinator sees it: dates as YYYY-MM-DD, text trimmed. */
export function displayText(cell: GridCell | undefined, date1904: boolean): string {
  if (!cell) return '';
  if (cell.t === 'n' && typeof cell.v === 'number' && isDateFormat(cell.fmt)) {
    try {
      return excelSerialToIso(cell.v, date1904);
    } catch (e) {
      if (e instanceof RangeError) return cellText(cell);
      throw e;
    }
  }
  return cellText(cell).trim();
}
