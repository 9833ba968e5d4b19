// A sheet as structuring reads it: random access to cells (SheetIndex), merged areas by row, the
// sorted list of non-empty rows, the fill colour and boldness of any position (also of coloured cells
// without a value), and which cells have been used for the plan, so that every other non-empty cell
// can be reported as unmapped at the end.

import { a1, cellText, type GridCell, type GridRange, type GridSheet } from '../grid';
import { excelSerialToIso, isDateFormat } from '../dates';
import { isBlankText } from '../normalize';
import { mayBeLabel } from './labels';

export class SheetView {
  readonly name: string;
  /** The last non-empty row (-1 for an empty sheet). */
  readonly maxRow: number;
  /** Non-empty rows, ascending. */
  readonly rows: readonly number[];
  private readonly mergesByRow = new Map<number, GridRange[]>();
  /** For each row number up to maxRow, its index in `rows` (-1 for a blank row). */
  private readonly rowIndex: Int32Array;
  /** The non-empty cells of rows[i], in column order. */
  private readonly rowList: readonly GridCell[][];
  /** Where the cells of rows[i] start in `used`. */
  private readonly rowBase: Int32Array;
  /** A flag per non-empty cell: 1 once the cell was used for the plan. */
  private readonly used: Uint8Array;
  /** Fill colours of cells without a value (GridSheet.fills), by position key. */
  private readonly blankFills = new Map<number, string>();
  /**
   * The rows' cells (rowCells of each of `rows`, in turn) are the sheet's cells exactly, in the
   * sheet's order: they came sorted and none is blank.
   */
  readonly rowsHoldAllCells: boolean;
  /** Whether any cell of the sheet is filled with a colour. */
  readonly hasFills: boolean;
  /** The rows that hold a filled cell (with or without a value). */
  private readonly filledRows = new Set<number>();
  /** The rows with a text that may be a legend's label (see rowMayHoldLabel). */
  private readonly labelRows = new Set<number>();

  constructor(
    readonly sheet: GridSheet,
    readonly date1904: boolean,
  ) {
    this.name = sheet.name;
    // Cells normally come sorted by row, then column (GridSheet); sort a copy when they do not.
    // (Hot on large plans: plain loops and typed arrays, no map lookup per cell or row; the order is
    // checked while grouping, not in a pass of its own: each pass over a large sheet's cells costs a
    // trip to memory per cell, and each of its reads of a cell's field is a slow one, since cells
    // come in several shapes.)
    const grouped = groupRows(sheet.cells, this.filledRows, this.blankFills, this.labelRows);
    const { rows, count } = grouped;
    this.rowsHoldAllCells = grouped.sorted && count === sheet.cells.length;
    let filled = grouped.filled;
    this.rowList = grouped.rowList;
    this.rows = rows;
    this.maxRow = rows[rows.length - 1] ?? -1;
    this.rowIndex = new Int32Array(this.maxRow + 1).fill(-1);
    this.rowBase = new Int32Array(rows.length);
    let base = 0;
    for (let i = 0; i < rows.length; i++) {
      this.rowIndex[rows[i] as number] = i;
      this.rowBase[i] = base;
      base += (this.rowList[i] as GridCell[]).length;
    }
    this.used = new Uint8Array(count);
    for (const f of sheet.fills ?? []) {
      this.blankFills.set(posKey(f.r, f.c), f.fill);
      this.filledRows.add(f.r);
      filled = true;
    }
    this.hasFills = filled;
    for (const m of sheet.merges) {
      for (let r = m.s.r; r <= m.e.r; r++) {
        const list = this.mergesByRow.get(r) ?? [];
        list.push(m);
        this.mergesByRow.set(r, list);
      }
    }
  }

  /** The index of row r in `rows`, or -1. */
  private indexOf(r: number): number {
    return r >= 0 && r <= this.maxRow ? (this.rowIndex[r] as number) : -1;
  }

  cell(r: number, c: number): GridCell | undefined {
    const at = this.indexOf(r);
    if (at < 0) return undefined;
    const row = this.rowList[at] as GridCell[];
    const i = indexInRow(row, c);
    return i < 0 ? undefined : row[i];
  }

  /** The row's non-empty cells in column order, optionally only columns c0..c1. */
  rowCells(r: number, c0 = 0, c1 = PAST_LAST_COLUMN): readonly GridCell[] {
    const at = this.indexOf(r);
    const row = at < 0 ? NO_CELLS : (this.rowList[at] as GridCell[]);
    if (c0 === 0 && c1 >= PAST_LAST_COLUMN) return row;
    // The cells are sorted by column: when the first and the last lie inside, all do (hot: every row
    // of a table, several times over; the cells between are not looked at).
    const first = row[0];
    const last = row[row.length - 1];
    if (!first || !last || (first.c >= c0 && last.c <= c1)) return row;
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

  /** Whether row r has a non-empty cell in columns c0..c1 (rowCells without the array). */
  hasCellsBetween(r: number, c0: number, c1: number): boolean {
    const at = this.indexOf(r);
    if (at < 0) return false;
    const row = this.rowList[at] as GridCell[];
    for (let i = 0; i < row.length; i++) {
      const c = (row[i] as GridCell).c;
      if (c >= c0 && c <= c1) return true;
    }
    return false;
  }

  /**
   * The index in `rows` of the first non-empty row at r or below it (rows.length when none): a
   * loop over rows[rowIndexFrom(r0)] up to rows[rowIndexFrom(r1 + 1)] (exclusive) visits the rows
   * of rowsBetween(r0, r1) without a copy of them (a large table's rows are read several times).
   */
  rowIndexFrom(r: number): number {
    return firstRowFrom(this.rows, r);
  }

  /** Non-empty rows from r0 to r1 inclusive. */
  rowsBetween(r0: number, r1: number): number[] {
    // One copy of the right length (hot: a large table's rows, several times over; pushing row by
    // row grew the array again and again).
    return this.rows.slice(firstRowFrom(this.rows, r0), firstRowFrom(this.rows, r1 + 1));
  }

  /** The merged area that holds (r, c), if any. */
  mergeAt(r: number, c: number): GridRange | undefined {
    const list = this.mergesByRow.get(r);
    if (!list) return undefined;
    return list.find((m) => m.s.c <= c && c <= m.e.c);
  }

  /** The fill colour ("RRGGBB") at (r, c), of a cell with a value or without; undefined when none. */
  /** Whether any position of row r is filled (when not, fillAt gives undefined all along the row). */
  rowHasFill(r: number): boolean {
    return this.filledRows.has(r);
  }

  /**
   * Whether a text of row r may be a colour legend's label ("Farvekode:"; labels.ts mayBeLabel).
   * Worked out here, while each text is read anyway: the legend's search asks it of every row of a
   * table's data, and reading each text of a large sheet again costs a trip to memory per text.
   */
  rowMayHoldLabel(r: number): boolean {
    return this.labelRows.has(r);
  }

  fillAt(r: number, c: number): string | undefined {
    if (!this.hasFills) return undefined;
    return this.cell(r, c)?.fill ?? this.blankFills.get(posKey(r, c));
  }

  /** Whether the cell at (r, c) holds a value in a bold font. */
  boldAt(r: number, c: number): boolean {
    return this.cell(r, c)?.bold === true;
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

  /** Takes back a use: the cell's value did not land in the plan after all (it was replaced). */
  unuseCell(cell: GridCell): void {
    const flag = this.flagOf(cell.r, cell.c);
    if (flag >= 0) this.used[flag] = 0;
  }

  isUsed(r: number, c: number): boolean {
    const flag = this.flagOf(r, c);
    return flag >= 0 && this.used[flag] === 1;
  }

  isUsedCell(cell: GridCell): boolean {
    return this.isUsed(cell.r, cell.c);
  }

  /** Every non-empty cell not used for the plan, in row order. */
  unusedCells(): GridCell[] {
    const out: GridCell[] = [];
    let at = 0;
    // Index loops (every row of a large sheet; run once, so never optimised: for-of makes garbage).
    for (let k = 0; k < this.rowList.length; k++) {
      const row = this.rowList[k] as GridCell[];
      for (let i = 0; i < row.length; i++, at++) {
        if (this.used[at] !== 1) out.push(row[i] as GridCell);
      }
    }
    return out;
  }

  /** The cell's position in `used`, or -1 when (r, c) holds no non-empty cell. */
  private flagOf(r: number, c: number): number {
    const at = this.indexOf(r);
    if (at < 0) return -1;
    const i = indexInRow(this.rowList[at] as GridCell[], c);
    return i < 0 ? -1 : (this.rowBase[at] as number) + i;
  }

  private mark(r: number, c: number): void {
    const flag = this.flagOf(r, c);
    if (flag >= 0) this.used[flag] = 1;
  }

  a1(r: number, c: number): string {
    return a1(r, c);
  }
}

const NO_CELLS: GridCell[] = [];

/**
 * Beyond any column (Excel has 16,384; a hostile file's letters give at most 18,278). A small
 * integer, not Number.MAX_SAFE_INTEGER: a double read from Number is a new number object at every
 * call that takes the default (every row of every sheet, before the engine optimises).
 */
const PAST_LAST_COLUMN = 0x3fffffff;

interface Grouped {
  readonly rows: number[];
  readonly rowList: GridCell[][];
  /** Non-empty cells. */
  readonly count: number;
  /** Whether a cell is filled. */
  readonly filled: boolean;
  /** The cells came sorted (not grouped from a sorted copy). */
  readonly sorted: boolean;
}

/**
 * The non-blank cells grouped by row (those of a sorted copy when the cells are not sorted by row,
 * then column). Fills of blank cells go to `blankFills`, rows with a filled cell to `filledRows` and
 * rows with a text that may be a legend's label to `labelRows`
 * (the same entries again when a sorted copy is grouped after all).
 */
function groupRows(
  cells: readonly GridCell[],
  filledRows: Set<number>,
  blankFills: Map<number, string>,
  labelRows: Set<number>,
): Grouped {
  const rows: number[] = [];
  const rowList: GridCell[][] = [];
  // A row's cells are one slice of `cells` (an array of the right length, not one grown cell by
  // cell: these arrays live as long as the view, and a large plan has thousands of rows), from
  // `start` up to `end`; `split` holds them instead once a blank cell lies among them.
  let start = -1;
  let end = -1;
  let split: GridCell[] | undefined;
  let rowR = -1;
  let prevR = -1;
  let prevC = -1;
  let count = 0;
  let filled = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as GridCell;
    // Each field read once (see the constructor).
    const r = cell.r;
    const c = cell.c;
    if (r < prevR || (r === prevR && c < prevC)) {
      // The copy is sorted, so this happens once at most.
      const grouped = groupRows(
        [...cells].sort((x, y) => x.r - y.r || x.c - y.c),
        filledRows,
        blankFills,
        labelRows,
      );
      return { ...grouped, sorted: false };
    }
    prevR = r;
    prevC = c;
    const fill = cell.fill;
    if (fill !== undefined) {
      filled = true;
      filledRows.add(r);
    }
    const v = cell.v;
    if (typeof v === 'string') {
      if (isBlankText(v)) {
        // A cell of spaces that is coloured is a coloured cell without a value.
        if (fill !== undefined) blankFills.set(posKey(r, c), fill);
        if (r === rowR && !split) split = cells.slice(start, end);
        continue;
      }
      if (mayBeLabel(v)) labelRows.add(r);
    }
    if (r !== rowR) {
      if (rowR >= 0) rowList.push(split ?? cells.slice(start, end));
      rowR = r;
      rows.push(r);
      start = i;
      split = undefined;
    } else if (split) {
      split.push(cell);
    }
    end = i + 1;
    count++;
  }
  if (rowR >= 0) rowList.push(split ?? cells.slice(start, end));
  return { rows, rowList, count, filled, sorted: true };
}

/** The index of the first of the sorted rows that is r or below it; rows.length when none is. */
function firstRowFrom(rows: readonly number[], r: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as number) < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function posKey(r: number, c: number): number {
  return r * 0x4000 + c;
}

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
  return typeof cell.v === 'string' && isBlankText(cell.v);
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
  const v = cell.v;
  // A text with a visible character at both ends is its own trimmed form (hot: several texts of
  // every row of a plan; the check is two character reads, not a call to trim).
  if (typeof v === 'string' && isVisible(v.charCodeAt(0)) && isVisible(v.charCodeAt(v.length - 1))) return v;
  return cellText(cell).trim();
}

/** A character String.prototype.trim never takes for white space (NaN, past the end, is not). */
function isVisible(code: number): boolean {
  return code > 32 && code !== 160 && code < 0x1680;
}
