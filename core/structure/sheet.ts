// A sheet as structuring reads it: random access to cells (SheetIndex), merged areas by row, the
// sorted list of non-empty rows, and which cells have been used for the plan, so that every other
// non-empty cell can be reported as unmapped at the end.

import { a1, cellText, type GridCell, type GridRange, type GridSheet } from '../grid';
import { excelSerialToIso, isDateFormat } from '../dates';

export class SheetView {
  readonly name: string;
  /** The last non-empty row (-1 for an empty sheet). */
  readonly maxRow: number;
  /** Non-empty rows, ascending. */
  readonly rows: readonly number[];
  private readonly mergesByRow = new Map<number, GridRange[]>();
  private readonly rowCache = new Map<number, GridCell[]>();
  /** Where each row's cells start in `used` (rows in order, cells in rowCache order). */
  private readonly rowBase = new Map<number, number>();
  /** A flag per non-empty cell: 1 once the cell was used for the plan. */
  private readonly used: Uint8Array;

  constructor(
    readonly sheet: GridSheet,
    readonly date1904: boolean,
  ) {
    this.name = sheet.name;
    // Cells come sorted by row, then column (GridSheet); group them by row in one pass.
    let sorted = true;
    let prev: GridCell | undefined;
    const all = sheet.cells;
    for (let i = 0; i < all.length; i++) {
      const cell = all[i] as GridCell;
      if (prev && (cell.r < prev.r || (cell.r === prev.r && cell.c < prev.c))) sorted = false;
      prev = cell;
      if (isBlank(cell)) continue;
      const row = this.rowCache.get(cell.r);
      if (row) row.push(cell);
      else this.rowCache.set(cell.r, [cell]);
    }
    if (!sorted) for (const row of this.rowCache.values()) row.sort((a, b) => a.c - b.c);
    // Rows come in ascending order when the cells did (they normally do).
    this.rows = sorted ? [...this.rowCache.keys()] : [...this.rowCache.keys()].sort((a, b) => a - b);
    this.maxRow = this.rows[this.rows.length - 1] ?? -1;
    let base = 0;
    for (const r of this.rows) {
      this.rowBase.set(r, base);
      base += this.rowCache.get(r)?.length ?? 0;
    }
    this.used = new Uint8Array(base);
    for (const m of sheet.merges) {
      for (let r = m.s.r; r <= m.e.r; r++) {
        const list = this.mergesByRow.get(r) ?? [];
        list.push(m);
        this.mergesByRow.set(r, list);
      }
    }
  }

  cell(r: number, c: number): GridCell | undefined {
    const row = this.rowCache.get(r);
    if (!row) return undefined;
    const i = indexInRow(row, c);
    return i < 0 ? undefined : row[i];
  }

  /** The row's non-empty cells in column order, optionally only columns c0..c1. */
  rowCells(r: number, c0 = 0, c1 = Number.MAX_SAFE_INTEGER): readonly GridCell[] {
    const row = this.rowCache.get(r) ?? NO_CELLS;
    if (c0 === 0 && c1 === Number.MAX_SAFE_INTEGER) return row;
    let out: GridCell[] | undefined;
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (!cell) continue;
      const inside = cell.c >= c0 && cell.c <= c1;
      if (inside && out) out.push(cell);
      else if (!inside && !out) out = row.slice(0, i);
    }
    return out ?? row;
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
    this.mark(r, c);
  }

  useCell(cell: GridCell | undefined): void {
    if (cell) this.mark(cell.r, cell.c);
  }

  isUsed(r: number, c: number): boolean {
    const row = this.rowCache.get(r);
    if (!row) return false;
    const i = indexInRow(row, c);
    return i >= 0 && this.used[(this.rowBase.get(r) ?? 0) + i] === 1;
  }

  isUsedCell(cell: GridCell): boolean {
    return this.isUsed(cell.r, cell.c);
  }

  /** Every non-empty cell not used for the plan, in row order. */
  unusedCells(): GridCell[] {
    const out: GridCell[] = [];
    let at = 0;
    for (const r of this.rows) {
      const row = this.rowCache.get(r) ?? NO_CELLS;
      for (let i = 0; i < row.length; i++, at++) {
        if (this.used[at] !== 1) out.push(row[i] as GridCell);
      }
    }
    return out;
  }

  private mark(r: number, c: number): void {
    const row = this.rowCache.get(r);
    if (!row) return;
    const i = indexInRow(row, c);
    if (i >= 0) this.used[(this.rowBase.get(r) ?? 0) + i] = 1;
  }

  a1(r: number, c: number): string {
    return a1(r, c);
  }
}

const NO_CELLS: GridCell[] = [];

/** The position of column c in a row's cells (sorted by column), or -1. */
function indexInRow(row: readonly GridCell[], c: number): number {
  let lo = 0;
  let hi = row.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = (row[mid] as GridCell).c;
    if (at === c) return mid;
    if (at < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function isBlank(cell: GridCell): boolean {
  return typeof cell.v === 'string' && cell.v.trim() === '';
}

/** A cell's value as the coordinator sees it: dates as YYYY-MM-DD, text trimmed. */
const dateFormats = new Map<string, boolean>();

function isDateFmt(fmt: string | undefined): boolean {
  if (fmt === undefined) return false;
  let hit = dateFormats.get(fmt);
  if (hit === undefined) {
    hit = isDateFormat(fmt);
    if (dateFormats.size > 1000) dateFormats.clear();
    dateFormats.set(fmt, hit);
  }
  return hit;
}

export function displayText(cell: GridCell | undefined, date1904: boolean): string {
  if (!cell) return '';
  if (cell.t === 'n' && typeof cell.v === 'number' && isDateFmt(cell.fmt)) {
    try {
      return excelSerialToIso(cell.v, date1904);
    } catch (e) {
      if (e instanceof RangeError) return cellText(cell);
      throw e;
    }
  }
  return cellText(cell).trim();
}
