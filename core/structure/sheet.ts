// A sheet as structuring reads it: random access to cells, merged areas by row, the sorted list of
// non-empty rows, the fill colour and boldness of any position (also of coloured cells without a
// value), and which cells have been used for the plan, so that every other non-empty cell can be
// reported as unmapped at the end.
//
// A sheet read from a file holds its cells as columns (GridSheet.columns, core/grid.ts): the view
// finds cells by their row and column in those columns and makes the GridCell objects of a row only
// when the row's cells are asked for, keeping the last ROW_CACHE rows' objects (a table's rows are
// read several times over, in turn). So a large sheet's cells never all live as objects at once.
// A sheet given as objects (the add-in's Office.js reading, tests) is read through its own objects.

import { a1, type CellColumns, type GridCell, type GridIcon, type GridRange, type GridSheet } from '../grid';
import { cellText } from '../grid';
import { excelSerialToIso, isDateFormat } from '../dates';
import { isBlankText, mayBePrinted, unbroken } from '../normalize';
import { mayBeLabel } from './labels';

/** How many rows' cell objects a view of a sheet of columns keeps made. */
const ROW_CACHE = 256;

/** Row numbers indexed densely whatever the sheet's size (see SheetView.rowIndex). */
const DENSE_ROWS = 4096;

export class SheetView {
  readonly name: string;
  /** The last non-empty row (-1 for an empty sheet). */
  readonly maxRow: number;
  /** Non-empty rows, ascending. */
  readonly rows: readonly number[];
  private readonly mergesByRow = new Map<number, GridRange[]>();
  /**
   * For each row number up to a bound, its index in `rows` (-1 for a blank row). The bound keeps it
   * to a few times the rows there are: a stray value in row 1,000,000 under a plan of 200 rows
   * costs no array of a million; rows past the bound are found by a binary search of `rows`.
   */
  private readonly rowIndex: Int32Array;
  /**
   * The non-empty cells ("slots"), row by row in column order: those of rows[k] are the slots
   * rowBase[k] up to rowBase[k + 1]; slotCol is each one's column, slotAt its index in the sheet's
   * cells (or columns).
   */
  private readonly rowBase: Int32Array;
  private readonly slotCol: Int32Array;
  private readonly slotAt: Int32Array;
  /** The cells as objects, when the sheet was given so (sorted by row, then column). */
  private readonly objects: readonly GridCell[] | undefined;
  /** Or as columns. */
  private readonly columns: CellColumns | undefined;
  /** The cells of rows[k] as objects, once made (for a sheet of columns, of the last ROW_CACHE rows). */
  private readonly rowList: (GridCell[] | undefined)[];
  /** The rows whose objects are kept, oldest first (a ring; sheets of columns only). */
  private readonly made: Int32Array;
  private madeNext = 0;
  /** A flag per slot: 1 once the cell was used for the plan. */
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
    // (Hot on large plans: plain loops and typed arrays, no map lookup per cell or row, and no cell
    // object for a sheet of columns.)
    const columns = sheet.columns;
    let objects: readonly GridCell[] | undefined;
    let total: number;
    let sorted = true;
    if (columns) {
      total = columns.length;
    } else {
      objects = sheet.cells;
      total = objects.length;
      // Cells normally come sorted by row, then column (GridSheet); a sorted copy when they do not.
      for (let i = 1; i < objects.length && sorted; i++) {
        const a = objects[i - 1] as GridCell;
        const b = objects[i] as GridCell;
        if (b.r < a.r || (b.r === a.r && b.c < a.c)) sorted = false;
      }
      if (!sorted) objects = [...objects].sort((x, y) => x.r - y.r || x.c - y.c);
    }
    this.objects = objects;
    this.columns = columns;
    const grouped = columns
      ? groupColumns(columns, this.filledRows, this.blankFills, this.labelRows)
      : groupObjects(objects ?? NO_CELLS, this.filledRows, this.blankFills, this.labelRows);
    const { rows, count } = grouped;
    this.rowsHoldAllCells = sorted && count === total;
    let filled = grouped.filled;
    this.rows = rows;
    this.rowBase = grouped.rowBase;
    this.slotCol = grouped.slotCol;
    this.slotAt = grouped.slotAt;
    this.maxRow = rows[rows.length - 1] ?? -1;
    const dense = Math.min(this.maxRow + 1, Math.max(DENSE_ROWS, 4 * rows.length));
    this.rowIndex = new Int32Array(dense).fill(-1);
    for (let i = 0; i < rows.length && (rows[i] as number) < dense; i++) this.rowIndex[rows[i] as number] = i;
    this.rowList = new Array<GridCell[] | undefined>(rows.length);
    this.made = new Int32Array(columns ? Math.min(ROW_CACHE, rows.length) : 0).fill(-1);
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
    if (r < 0 || r > this.maxRow) return -1;
    if (r < this.rowIndex.length) return this.rowIndex[r] as number;
    const k = firstRowFrom(this.rows, r);
    return this.rows[k] === r ? k : -1;
  }

  /** The cells of rows[k] as objects (made now when they are not kept). */
  private rowAt(k: number): GridCell[] {
    const kept = this.rowList[k];
    if (kept !== undefined) return kept;
    const from = this.rowBase[k] as number;
    const to = this.rowBase[k + 1] as number;
    const row = new Array<GridCell>(to - from);
    const columns = this.columns;
    if (columns) {
      for (let j = from; j < to; j++) row[j - from] = columns.cell(this.slotAt[j] as number);
      // Keep it, in place of the oldest row kept.
      const made = this.made;
      const old = made[this.madeNext] as number;
      if (old >= 0) this.rowList[old] = undefined;
      made[this.madeNext] = k;
      this.madeNext = (this.madeNext + 1) % made.length;
    } else {
      const objects = this.objects as readonly GridCell[];
      for (let j = from; j < to; j++) row[j - from] = objects[this.slotAt[j] as number] as GridCell;
    }
    this.rowList[k] = row;
    return row;
  }

  /** The slot of the non-empty cell at (r, c), or -1. */
  private slotOf(r: number, c: number): number {
    const k = this.indexOf(r);
    if (k < 0) return -1;
    let lo = this.rowBase[k] as number;
    let hi = (this.rowBase[k + 1] as number) - 1;
    const cols = this.slotCol;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = cols[mid] as number;
      if (at === c) return mid;
      if (at < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  cell(r: number, c: number): GridCell | undefined {
    const slot = this.slotOf(r, c);
    if (slot < 0) return undefined;
    const k = this.indexOf(r);
    const kept = this.rowList[k];
    if (kept !== undefined) return kept[slot - (this.rowBase[k] as number)];
    // One cell of a row whose objects are not kept (a column read down a large sheet): that cell
    // alone is made, not its row. (Nothing holds on to a cell's identity: readers compare
    // positions.)
    const i = this.slotAt[slot] as number;
    return this.columns ? this.columns.cell(i) : (this.objects as readonly GridCell[])[i];
  }

  /** The row's non-empty cells in column order, optionally only columns c0..c1. */
  rowCells(r: number, c0 = 0, c1 = PAST_LAST_COLUMN): readonly GridCell[] {
    const at = this.indexOf(r);
    const row = at < 0 ? NO_CELLS : this.rowAt(at);
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

  /** How many non-empty cells row r has, without its cells' objects. */
  rowLength(r: number): number {
    const at = this.indexOf(r);
    return at < 0 ? 0 : (this.rowBase[at + 1] as number) - (this.rowBase[at] as number);
  }

  /** The column of row r's first non-empty cell (-1 for a blank row), without its cells' objects. */
  firstColumn(r: number): number {
    const at = this.indexOf(r);
    return at < 0 ? -1 : (this.slotCol[this.rowBase[at] as number] as number);
  }

  /** The column of row r's last non-empty cell (-1 for a blank row). */
  lastColumn(r: number): number {
    const at = this.indexOf(r);
    return at < 0 ? -1 : (this.slotCol[(this.rowBase[at + 1] as number) - 1] as number);
  }

  /** Whether row r has a non-empty cell in columns c0..c1 (rowCells without the array). */
  hasCellsBetween(r: number, c0: number, c1: number): boolean {
    const at = this.indexOf(r);
    if (at < 0) return false;
    const to = this.rowBase[at + 1] as number;
    for (let j = this.rowBase[at] as number; j < to; j++) {
      const c = this.slotCol[j] as number;
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

  /** The fill colour ("RRGGBB") at (r, c), of a cell with a value or without; undefined when none. */
  fillAt(r: number, c: number): string | undefined {
    if (!this.hasFills) return undefined;
    const slot = this.slotOf(r, c);
    const fill = slot < 0 ? undefined : this.slotFill(slot);
    return fill ?? this.blankFills.get(posKey(r, c));
  }

  private slotFill(slot: number): string | undefined {
    const i = this.slotAt[slot] as number;
    return this.columns ? this.columns.fill(i) : (this.objects as readonly GridCell[])[i]?.fill;
  }

  private icons: Map<number, GridIcon> | undefined;

  /** The icon a conditional format's icon set shows for the number at (r, c), when one does. */
  iconAt(r: number, c: number): GridIcon | undefined {
    const list = this.sheet.icons;
    if (list === undefined) return undefined;
    if (!this.icons) {
      this.icons = new Map();
      for (const icon of list) this.icons.set(posKey(icon.r, icon.c), icon);
    }
    return this.icons.get(posKey(r, c));
  }

  /** Whether the cell at (r, c) holds a value in a bold font. */
  boldAt(r: number, c: number): boolean {
    const slot = this.slotOf(r, c);
    if (slot < 0) return false;
    const i = this.slotAt[slot] as number;
    return this.columns ? this.columns.bold(i) : (this.objects as readonly GridCell[])[i]?.bold === true;
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
    const slot = this.slotOf(cell.r, cell.c);
    if (slot >= 0) this.used[slot] = 0;
  }

  isUsed(r: number, c: number): boolean {
    const slot = this.slotOf(r, c);
    return slot >= 0 && this.used[slot] === 1;
  }

  isUsedCell(cell: GridCell): boolean {
    return this.isUsed(cell.r, cell.c);
  }

  /** Every non-empty cell not used for the plan, in row order. */
  unusedCells(): GridCell[] {
    const out: GridCell[] = [];
    // Index loops (every row of a large sheet; run once, so never optimised: for-of makes garbage).
    for (let k = 0; k < this.rows.length; k++) {
      const from = this.rowBase[k] as number;
      const to = this.rowBase[k + 1] as number;
      let any = false;
      for (let j = from; j < to && !any; j++) any = this.used[j] !== 1;
      if (!any) continue;
      const row = this.rowAt(k);
      for (let j = from; j < to; j++) if (this.used[j] !== 1) out.push(row[j - from] as GridCell);
    }
    return out;
  }

  private mark(r: number, c: number): void {
    const slot = this.slotOf(r, c);
    if (slot >= 0) this.used[slot] = 1;
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
  /** Where each row's slots start (one more entry: the number of slots). */
  readonly rowBase: Int32Array;
  readonly slotCol: Int32Array;
  readonly slotAt: Int32Array;
  /** Non-empty cells (slots). */
  readonly count: number;
  /** Whether a cell is filled. */
  readonly filled: boolean;
}

/**
 * Groups the non-blank cells of a sorted sheet by row: cell i is at row rowOf(i), column colOf(i),
 * with the text textOf(i) (undefined for a number or boolean) and fill fillOf(i). Fills of blank
 * cells go to `blankFills`, rows with a filled cell to `filledRows` and rows with a text that may
 * be a legend's label to `labelRows`.
 */
function group(
  total: number,
  rowOf: (i: number) => number,
  colOf: (i: number) => number,
  textOf: (i: number) => string | undefined,
  fillOf: (i: number) => string | undefined,
  filledRows: Set<number>,
  blankFills: Map<number, string>,
  labelRows: Set<number>,
): Grouped {
  const rows: number[] = [];
  const bases: number[] = [];
  const slotCol = new Int32Array(total);
  const slotAt = new Int32Array(total);
  let rowR = -1;
  let count = 0;
  let filled = false;
  for (let i = 0; i < total; i++) {
    const r = rowOf(i);
    const c = colOf(i);
    const fill = fillOf(i);
    if (fill !== undefined) {
      filled = true;
      filledRows.add(r);
    }
    const v = textOf(i);
    if (v !== undefined) {
      if (isBlankText(v)) {
        // A cell of spaces that is coloured is a coloured cell without a value.
        if (fill !== undefined) blankFills.set(posKey(r, c), fill);
        continue;
      }
      if (mayBeLabel(v)) labelRows.add(r);
    }
    if (r !== rowR) {
      rowR = r;
      rows.push(r);
      bases.push(count);
    }
    slotCol[count] = c;
    slotAt[count] = i;
    count++;
  }
  bases.push(count);
  return {
    rows,
    rowBase: Int32Array.from(bases),
    slotCol: count === total ? slotCol : slotCol.slice(0, count),
    slotAt: count === total ? slotAt : slotAt.slice(0, count),
    count,
    filled,
  };
}

function groupColumns(
  columns: CellColumns,
  filledRows: Set<number>,
  blankFills: Map<number, string>,
  labelRows: Set<number>,
): Grouped {
  const r = columns.r;
  const c = columns.c;
  return group(
    columns.length,
    (i) => r[i] as number,
    (i) => c[i] as number,
    (i) => columns.textOf(i),
    (i) => columns.fill(i),
    filledRows,
    blankFills,
    labelRows,
  );
}

function groupObjects(
  cells: readonly GridCell[],
  filledRows: Set<number>,
  blankFills: Map<number, string>,
  labelRows: Set<number>,
): Grouped {
  return group(
    cells.length,
    (i) => (cells[i] as GridCell).r,
    (i) => (cells[i] as GridCell).c,
    (i) => {
      const v = (cells[i] as GridCell).v;
      return typeof v === 'string' ? v : undefined;
    },
    (i) => (cells[i] as GridCell).fill,
    filledRows,
    blankFills,
    labelRows,
  );
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
  // A text with a PDF's marks (a ligature, a symbol font's bullet, a word hyphenated at a line's
  // end) or an East-Asian input method's full-width characters is read as meant: one native scan
  // of each text decides.
  if (typeof v === 'string' && mayBePrinted(v)) return unbroken(v).trim();
  // A text with a visible character at both ends is its own trimmed form (hot: several texts of
  // every row of a plan; the check is two character reads, not a call to trim).
  if (typeof v === 'string' && isVisible(v.charCodeAt(0)) && isVisible(v.charCodeAt(v.length - 1))) return v;
  return cellText(cell).trim();
}

/** A character String.prototype.trim never takes for white space (NaN, past the end, is not). */
function isVisible(code: number): boolean {
  return code > 32 && code !== 160 && code < 0x1680;
}
