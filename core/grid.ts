// The neutral grid: what any workbook becomes before the plan is read from it. Built from .xlsx
// bytes (core/xlsx) in Node and in the browser, and from Office.js ranges in the add-in, so that
// the structuring and validation code reads every workbook the same way. Plain JSON data.

/** A cell's value as the workbook holds it (a formula's cached result, never the formula). */
export type CellValue = string | number | boolean;

export interface GridCell {
  /** 0-based row index. */
  readonly r: number;
  /** 0-based column index. */
  readonly c: number;
  readonly v: CellValue;
  /** s: text, n: number (dates are numbers with a date format), b: boolean, e: error such as #N/A. */
  readonly t: 's' | 'n' | 'b' | 'e';
  /** Number format code when not General, e.g. "dd-mm-yyyy" or "0.0". */
  readonly fmt?: string;
  /** The cell held a formula; `v` is its cached result. */
  readonly formula?: true;
  /** The cell held a hyperlink; `v` is its text, `link` its target (kept for reporting, never followed). */
  readonly link?: string;
  /**
   * The cell's fill colour as "RRGGBB" (theme, tint and indexed colours resolved), when it is filled
   * with a solid colour other than white (white and no fill look alike, and Office.js cannot tell them
   * apart). Conditional formats are not included.
   */
  readonly fill?: string;
  /** The cell's font is bold. */
  readonly bold?: true;
}

/** A cell that holds no value but is filled with a colour (a traffic light without text, a Gantt bar). */
export interface GridFill {
  readonly r: number;
  readonly c: number;
  /** "RRGGBB", as GridCell.fill. */
  readonly fill: string;
}

export interface GridRange {
  /** 0-based, inclusive. */
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

export interface GridComment {
  readonly r: number;
  readonly c: number;
  readonly text: string;
  readonly author?: string;
}

export interface GridSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Non-empty cells, sorted by row then column. */
  readonly cells: readonly GridCell[];
  readonly merges: readonly GridRange[];
  readonly comments: readonly GridComment[];
  /** Excel tables (ListObjects) on the sheet. */
  readonly tables: readonly { readonly name: string; readonly ref: GridRange }[];
  /** Things on the sheet that are not cell values and cannot be carried over (charts, images, shapes). */
  readonly drawings: readonly { readonly kind: 'chart' | 'image' | 'shape'; readonly name?: string }[];
  /**
   * Cells without a value that are filled with a colour, inside the rectangle of the cells with values
   * (what Excel calls the used range of values), sorted by row then column. Absent when there are none.
   */
  readonly fills?: readonly GridFill[];
}

/**
 * Kinds of places outside the grid's own values where a workbook package stores text (see
 * GridTextFinding). Each has a Danish and an English name in the CPR issue's message.
 */
export type GridTextPlace =
  /** A cell's formula (its text; the cached result is the cell's value). */
  | 'formula'
  /** A value stored for a cell that the sheet does not show (e.g. a cell given twice). */
  | 'cellValue'
  /** Phonetic text (furigana, <rPh>) of a cell's text. */
  | 'phonetic'
  /** A text in the shared-strings table that no cell shows. */
  | 'sharedString'
  /** A header or footer (odd, even, first page; header and footer). */
  | 'headerFooter'
  /** A data validation: its list, formulas, input prompt or error message. */
  | 'dataValidation'
  /** A conditional format's formula or text. */
  | 'conditionalFormat'
  /** An AutoFilter's criteria or a sort. */
  | 'autoFilter'
  /** A hyperlink: its target, location, tooltip or display text. */
  | 'hyperlink'
  /** A number format code. */
  | 'numberFormat'
  /** Cell styles and other formatting. */
  | 'styles'
  /** A chart: its title, series names, axis titles or cached data. */
  | 'chart'
  /** The text of a text box or shape. */
  | 'textBox'
  /** Alternative text (title, description) of a shape, picture or chart. */
  | 'altText'
  /** The name of a shape, picture or chart. */
  | 'drawingName'
  /** Anything else in a drawing. */
  | 'drawing'
  /** A comment or note, its author, or the people of threaded comments. */
  | 'comment'
  /** An Excel table's column names or formulas. */
  | 'table'
  /** An Excel table's name. */
  | 'tableName'
  /** A pivot table or pivot cache. */
  | 'pivot'
  /** Custom XML data stored in the workbook. */
  | 'customXml'
  /** A document property (core, app with TitlesOfParts, custom). */
  | 'property'
  /** The file path Excel stores in the workbook (where it was last saved). */
  | 'filePath'
  /** A defined name's comment or description (its name and value are judged in the grid). */
  | 'definedNameNote'
  /** Other workbook settings (views, sharing, ...). */
  | 'workbook'
  /** Other settings of a sheet (scenarios, custom views, protected ranges, ...). */
  | 'sheet'
  /** A picture file (its metadata: EXIF, XMP, PNG text, comments). */
  | 'image'
  /** Printer settings stored with a sheet. */
  | 'printerSettings'
  /** Any other binary part. */
  | 'binary'
  /** Any other part of the package (themes, relationships, content types, ...). */
  | 'part'
  /** The zip archive's comment or an entry's comment. */
  | 'zipComment'
  /** The name of an entry in the zip archive. */
  | 'zipEntryName'
  /** An extra field of a zip entry. */
  | 'zipExtraField';

/**
 * A place outside the grid's values where the intake found text that looks like a CPR number. Only
 * where it is and what kind of place it is: never the text.
 */
export interface GridTextFinding {
  /** The sheet the place belongs to, as GridSheet.name; '' when it belongs to the whole workbook. */
  readonly sheet: string;
  /** The cell or range it is attached to (A1, "A1:B5"); '' when there is none. */
  readonly cell: string;
  readonly kind: GridTextPlace;
  /** The part of the package that holds it ('' for the zip archive itself), CPR numbers masked. */
  readonly part: string;
  /** For a document property: the property's name, CPR numbers masked. */
  readonly name?: string;
}

export interface Grid {
  readonly sheets: readonly GridSheet[];
  readonly definedNames: readonly {
    readonly name: string;
    readonly value: string;
    readonly sheet?: string;
  }[];
  /** Document properties (core, app and custom), by name. */
  readonly properties: readonly { readonly name: string; readonly value: string }[];
  /** 1900 (Windows) or 1904 (old Mac) date system. */
  readonly date1904: boolean;
  /**
   * Places outside the values above where text that looks like a CPR number is stored (found by
   * the intake's scan of every part of the package); absent when the grid was not read from a file.
   */
  readonly textFindings?: readonly GridTextFinding[];
}

// --- A1 helpers --------------------------------------------------------------------------------

/** Column letters already worked out (hot: every cell address of a plan goes through colName). */
const COLUMN_NAMES: string[] = [];

export function colName(c: number): string {
  const known = COLUMN_NAMES[c];
  if (known !== undefined) return known;
  if (!Number.isInteger(c) || c < 0 || c >= 16384) return letters(c);
  // Filled in order up to c, so the array stays dense.
  for (let i = COLUMN_NAMES.length; i <= c; i++) COLUMN_NAMES.push(letters(i));
  return COLUMN_NAMES[c] as string;
}

function letters(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

export function rangeA1(range: GridRange): string {
  return `${a1(range.s.r, range.s.c)}:${a1(range.e.r, range.e.c)}`;
}

/** Parses "B12" (optionally with $) into 0-based indices; undefined when not an A1 address. */
export function parseA1(ref: string): { r: number; c: number } | undefined {
  // A loop, not a regex: hot when issues are put in workbook order.
  const s = ref.trim();
  let i = 0;
  if (s.charCodeAt(i) === 36) i++;
  const lettersFrom = i;
  let c = 0;
  for (; i < s.length; i++) {
    const up = s.charCodeAt(i) & ~32;
    if (up < 65 || up > 90) break;
    c = c * 26 + (up - 64);
  }
  if (i === lettersFrom || i - lettersFrom > 3) return undefined;
  if (s.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let r = 0;
  for (; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    r = r * 10 + d;
  }
  if (i === digitsFrom || i - digitsFrom > 7 || r < 1) return undefined;
  return { r: r - 1, c: c - 1 };
}

/** Parses "A1:C9" (or a single cell) into a range; undefined when malformed. */
export function parseRange(ref: string): GridRange | undefined {
  const [from, to] = ref.split(':');
  if (from === undefined) return undefined;
  const s = parseA1(from);
  const e = to === undefined ? s : parseA1(to);
  if (!s || !e) return undefined;
  return {
    s: { r: Math.min(s.r, e.r), c: Math.min(s.c, e.c) },
    e: { r: Math.max(s.r, e.r), c: Math.max(s.c, e.c) },
  };
}

/** Random access to a sheet's cells. */
export class SheetIndex {
  private readonly byRow = new Map<number, Map<number, GridCell>>();
  readonly maxRow: number;
  readonly maxCol: number;

  constructor(readonly sheet: GridSheet) {
    let maxRow = -1;
    let maxCol = -1;
    for (const cell of sheet.cells) {
      let row = this.byRow.get(cell.r);
      if (!row) {
        row = new Map();
        this.byRow.set(cell.r, row);
      }
      row.set(cell.c, cell);
      if (cell.r > maxRow) maxRow = cell.r;
      if (cell.c > maxCol) maxCol = cell.c;
    }
    this.maxRow = maxRow;
    this.maxCol = maxCol;
  }

  get(r: number, c: number): GridCell | undefined {
    return this.byRow.get(r)?.get(c);
  }

  /** The row's cells in column order (empty when the row is blank). */
  row(r: number): GridCell[] {
    const row = this.byRow.get(r);
    if (!row) return [];
    return [...row.values()].sort((a, b) => a.c - b.c);
  }

  /** Rows that hold at least one cell, ascending. */
  rows(): number[] {
    return [...this.byRow.keys()].sort((a, b) => a - b);
  }
}

/** A cell's value as display text (numbers in plain notation, booleans as TRUE/FALSE). */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  if (typeof cell.v === 'string') return cell.v;
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return Number.isInteger(cell.v) ? String(cell.v) : String(Number(cell.v.toPrecision(15)));
}
