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
  /** The cell's text is struck through (a cancelled activity, a member who left). */
  readonly strike?: true;
  /** The cell's font is grey and italic: a template's hint or example row looks so. */
  readonly faint?: true;
}

/** A cell that holds no value but is filled with a colour (a traffic light without text, a Gantt bar). */
export interface GridFill {
  readonly r: number;
  readonly c: number;
  /** "RRGGBB", as GridCell.fill. */
  readonly fill: string;
}

/**
 * A number a conditional format shows as an icon of an icon set (traffic lights, ✔ ! ✖): which icon
 * of how many (0 the lowest, as the set's order runs with `reverse` applied).
 */
export interface GridIcon {
  readonly r: number;
  readonly c: number;
  /** Excel's name of the set, e.g. "3TrafficLights1", "3Symbols". */
  readonly set: string;
  readonly index: number;
  readonly count: number;
  /** "Vis kun ikon": the number is not shown. */
  readonly iconOnly?: true;
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

/**
 * A shape on a sheet's drawing layer (Insert › Shapes, Text Box) that holds text or a fill: a
 * timeline's box, a milestone's diamond, a legend's coloured label. Read from the sheet's drawing
 * by core/xlsx (the add-in's Office.js grid has none: see GridSheet.shapes).
 */
export interface GridShape {
  /** The cell under its top-left corner (0-based): where a careful reader places it. */
  readonly r: number;
  readonly c: number;
  /** The cell under its bottom-right corner (0-based). */
  readonly r2: number;
  readonly c2: number;
  /** The preset geometry ("rect", "roundRect", "diamond", "wedgeRectCallout"), '' when drawn freely. */
  readonly geom: string;
  /** Its text, one line per paragraph ('' when it has none). */
  readonly text: string;
  /** Its fill as "RRGGBB" (theme colours and their shades resolved); absent when not filled. */
  readonly fill?: string;
  /** Inserted as a text box. */
  readonly textBox?: true;
  /** One of a group's shapes: its cells are estimated within the group's place. */
  readonly grouped?: true;
}

/**
 * A picture on a sheet (Insert › Pictures, a pasted screenshot): its name and the cells under its
 * corners (0-based), as the drawing anchors it. What it shows is not text and is never read.
 */
export interface GridPicture {
  readonly name?: string;
  readonly r: number;
  readonly c: number;
  readonly r2: number;
  readonly c2: number;
}

/**
 * A form control (Developer › Insert › Form Controls): what it shows, read from its properties
 * (xl/ctrlProps) and its caption from the sheet's drawing. Office.js does not expose form controls:
 * the add-in's grid has none (see GridSheet.controls).
 */
export interface GridControl {
  readonly kind: 'checkBox' | 'optionButton' | 'groupBox' | 'dropDown' | 'listBox' | 'other';
  /** The cells under its top-left and bottom-right corners (0-based). */
  readonly r: number;
  readonly c: number;
  readonly r2: number;
  readonly c2: number;
  /** Its caption, as shown beside a box or button ('' or absent: none). */
  readonly caption?: string;
  /** A check box or option button that is ticked or chosen. */
  readonly checked?: true;
  /** Its linked cell as written ("$H$5", "Ark2!$H$5"). */
  readonly link?: string;
  /** An option button that begins a group (the group's other buttons follow it). */
  readonly firstButton?: true;
  /** A drop-down's or list's input range as written ("Lister!$A$2:$A$6"). */
  readonly range?: string;
  /** The item chosen in a drop-down or list (1-based; 0 or absent: none). */
  readonly selected?: number;
}

export interface GridSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Non-empty cells, sorted by row then column. */
  readonly cells: readonly GridCell[];
  /**
   * The same cells held as columns of numbers (CellColumns), when the sheet was read from a file:
   * not enumerable (JSON, copies and comparisons see `cells`), and `cells` is then made from it the
   * first time it is read. Readers of large sheets read this instead (core/structure/sheet.ts).
   */
  readonly columns?: CellColumns;
  readonly merges: readonly GridRange[];
  readonly comments: readonly GridComment[];
  /**
   * Excel tables (ListObjects) on the sheet. `hiddenHeader`: the column names of a table whose
   * header row is turned off (headerRowCount="0", as Excel Online users untick "Header Row"): the
   * sheet shows no header, the names live only in the table part, and `ref` starts at the data.
   */
  readonly tables: readonly {
    readonly name: string;
    readonly ref: GridRange;
    readonly hiddenHeader?: readonly string[];
  }[];
  /**
   * PivotTables' reports on the sheet: each PivotTable's name and the cells its report covers (its
   * location). Absent when there are none (and in grids made without a file).
   */
  readonly pivots?: readonly { readonly name: string; readonly ref: GridRange }[];
  /** Things on the sheet that are not cell values and cannot be carried over (charts, images, shapes). */
  readonly drawings: readonly { readonly kind: 'chart' | 'image' | 'shape'; readonly name?: string }[];
  /**
   * The sheet's shapes with text or a fill, in drawing order (a group's shapes in their group's
   * place). Absent when the grid was not read from a file (the add-in reads none; `drawings` still
   * lists them) or the sheet has no drawing; empty when its drawing holds none.
   */
  readonly shapes?: readonly GridShape[];
  /**
   * The sheet's pictures with their cells, in drawing order. Absent when the grid was not read from a
   * file (Office.js gives a picture's place only in points; `drawings` still lists it) or the sheet
   * has none.
   */
  readonly pictures?: readonly GridPicture[];
  /** The sheet's form controls, in the file's order. Absent when it has none or the grid holds none. */
  readonly controls?: readonly GridControl[];
  /**
   * Cells without a value that are filled with a colour, inside the rectangle of the cells with values
   * (what Excel calls the used range of values), sorted by row then column. Absent when there are none.
   */
  readonly fills?: readonly GridFill[];
  /**
   * Hidden columns (`<col hidden="1">`, 0-based, inclusive), at most 64 ranges, in the file's order.
   * Absent when there are none. A reader sees the columns either side of them side by side.
   */
  readonly hiddenColumns?: readonly { readonly min: number; readonly max: number }[];
  /** Numbers shown as icons by an icon-set conditional format, sorted by row then column. */
  readonly icons?: readonly GridIcon[];
  /**
   * Grouped rows ("Data › Gruppér", the outline's + and − buttons): [row, outline level 1–7] of each
   * row in a group. Absent when no row is grouped (and in grids made without a file).
   */
  readonly outline?: readonly (readonly [row: number, level: number])[];
  /**
   * Text cells indented by their style ("Forøg indrykning": the alignment's indent, 1–250 steps), as
   * a project tool shows its hierarchy (Smartsheet, MS Project) and as it stays when a program drops
   * the rows' outline levels. In reading order; absent when there are none (and in grids made
   * without a file, and on a sheet read when the workbook passed core/xlsx MAX_INDENTS).
   */
  readonly indents?: readonly { readonly r: number; readonly c: number; readonly level: number }[];
  /**
   * Formula cells whose shown value the file does not hold and that could not be worked out from
   * the workbook's own cells (a workbook saved by a program that does not calculate): the cell is
   * empty (`cached`: the file held a result, but asks Excel to calculate it again). Sorted by
   * row then column; absent when there are none (always, for a grid read from Excel itself).
   */
  readonly uncalculated?: readonly { readonly r: number; readonly c: number; readonly cached?: true }[];
  /**
   * Number cells whose value the file writes as an ISO 8601 date ("2027-01-04T00:00:00.000Z", as R's
   * openxlsx saves a date cell it read as t="d") where Excel expects a serial number: read as that
   * date, which another program need not show there (LibreOffice reads the year alone). `day`: the
   * date read, as YYYY-MM-DD. In reading order; absent when there are none.
   */
  readonly textDates?: readonly { readonly r: number; readonly c: number; readonly day: string }[];
  /**
   * Text cells whose text began with the XML attribute of the element that held it
   * (`xml:space="preserve">Søren Kjær`: R's openxlsx saves an inline text so when its <t> carried
   * the attribute): read without it, which the coordinator's program still shows; or whose text
   * held a control character's escape written out as letters (`_x000B_`: LibreOffice and XlsxWriter
   * save a text holding PowerPoint's line break so), read as the character. `markup`: what was taken
   * off, or the escapes. In reading order; absent when there are none.
   */
  readonly markupTexts?: readonly { readonly r: number; readonly c: number; readonly markup: string }[];
  /**
   * Text cells whose rich text has runs struck through (a word changed by striking the old one and
   * typing the new beside it: "~~Nej~~ Delvist"): `shown`, the text of the runs not struck ('' when
   * all are). The cell's value is its whole text. Absent when there are none.
   */
  readonly struckRuns?: readonly { readonly r: number; readonly c: number; readonly shown: string }[];
  /**
   * Cells the file writes twice (no program does; a broken or crafted file): the value read is the
   * last one written, and an earlier one is lost, so each is to be checked. Absent when there are none.
   */
  readonly cellsGivenTwice?: readonly { readonly r: number; readonly c: number }[];
  /**
   * Cells that hold a value under a merged range but are not its top-left cell: Excel shows the
   * top-left cell's value alone (it never writes the others; LibreOffice can keep them, a crafted
   * file may), so a value read there was not seen. In reading order; absent when there are none.
   */
  readonly cellsUnderMerges?: readonly { readonly r: number; readonly c: number }[];
  /**
   * Cells written with both a value (<v>) and an inline text (<is>) whose other one holds a text of
   * its own: the cell is read as Excel reads it (an inline string's <is>, any other's <v>), and the
   * other text is shown by no one. In reading order (at most 1,000 a sheet); absent when none.
   */
  readonly cellsWithUnreadValue?: readonly { readonly r: number; readonly c: number }[];
  /**
   * Text cells whose text was UTF-8 read as Windows-1252 ("SÃ¸ren KjÃ¦r": a UTF-8 CSV opened in
   * Excel) and is read as it was meant (core/mojibake.ts); `was`: the text as the cell holds it. Set
   * when the grid is read as a reader sees it (core/visible.ts), in reading order; absent when none.
   */
  readonly recodedTexts?: readonly { readonly r: number; readonly c: number; readonly was: string }[];
  /**
   * Text cells that lost letters on their way (U+FFFD, "F�rdig": a Windows-1252 file read as UTF-8),
   * kept as written. Set as recodedTexts is; absent when none.
   */
  readonly lostLetters?: readonly { readonly r: number; readonly c: number }[];
  /**
   * Comments (notes and threaded comments) whose text was UTF-8 read in a one-byte character set and
   * is read as it was meant, as recodedTexts are; `r`, `c`: the comment's cell, `was`: its text as
   * the file holds it. Absent when none.
   */
  readonly recodedComments?: readonly { readonly r: number; readonly c: number; readonly was: string }[];
  /**
   * Cells that point into a sheet of the workbook by name: a formula referring to it ('Infomøde'!B7,
   * Skole!A4), a link within the workbook (HYPERLINK("#'Infomøde'!A1"; …), or a hyperlink's
   * location (Insert › Link › Place in This Document). `sheet`: the first sheet named, as written
   * (it need not exist). Never followed. In no particular order; absent when there are none (and in
   * grids made without a file, and on a sheet read when the workbook passed core/xlsx MAX_SHEET_REFS).
   */
  readonly sheetRefs?: readonly { readonly r: number; readonly c: number; readonly sheet: string }[];
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
  /** A cell's text read as base64: the bytes it stands for (the text itself holds no number). */
  | 'cellEncoded'
  /** A cell's rich text read as it shows, without its runs in a font no one sees (white, 1 point). */
  | 'cellHidden'
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
  /** A picture in a sheet's header or footer (its title, the path of its file). */
  | 'headerPicture'
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
  /** A picture file (its metadata: EXIF, XMP, PNG text, comments; an SVG picture's text). */
  | 'image'
  /** Printer settings stored with a sheet. */
  | 'printerSettings'
  /** A slicer or timeline: its caption, name or cached items (xl/slicers, xl/timelines and caches). */
  | 'slicer'
  /** A form control (check box, list, button): its properties (xl/ctrlProps) or its VML text. */
  | 'formControl'
  /** A digital signature (_xmlsignatures): the signer's certificate, name or the signed comment. */
  | 'signature'
  /** A picture or a linked data type in a cell (rich values, xl/richData): alternative text, properties. */
  | 'cellImage'
  /** A shared workbook's change history (xl/revisions): old values, users' names. */
  | 'revisions'
  /** An Office add-in's settings saved in the workbook (xl/webextensions). */
  | 'addinSettings'
  /** The ribbon's customisation saved in the workbook (customUI): its tabs', groups' and buttons' labels. */
  | 'ribbon'
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
  /**
   * For a formula that joins cells into a CPR number: the cells it reads (sheet as GridSheet.name).
   * Each holds a piece of the number, no CPR number alone: their values are not shown either.
   */
  readonly reads?: readonly { readonly sheet: string; readonly cell: string }[];
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
  /**
   * Parts whose XML holds an ampersand that starts no reference ("Arbejdsproces & kultur", as R's
   * openxlsx writes a sheet name): read as the character &, though the part is not well-formed XML
   * and other programs may refuse the file (LibreOffice does). Absent when there are none.
   */
  readonly bareAmpersands?: readonly string[];
}

// --- Cells as columns ----------------------------------------------------------------------------
//
// A 1 MB plan has some 140,000 cells. As GridCell objects they take ~55 bytes each of the engine's
// young generation, all of them long-lived, and every object that outlives a minor collection is
// copied and makes the engine grow its young generation (to 32 MB). As columns they take ~17 bytes
// a cell in a few typed arrays outside the engine's heap (and one array of text references), and
// a reader makes the GridCell objects of the rows it looks at, which die young.

const CELL_TYPES: readonly GridCell['t'][] = ['s', 'n', 'b', 'e'];
const TYPE_CODE: Readonly<Record<GridCell['t'], number>> = { s: 0, n: 1, b: 2, e: 3 };
const FORMULA_FLAG = 4;
const BOLD_FLAG = 8;
const STRIKE_FLAG = 16;
const FAINT_FLAG = 32;

/** A sheet's cells as columns, sorted by row then column (see GridSheet.columns). */
export class CellColumns {
  constructor(
    readonly length: number,
    /** 0-based rows. */
    readonly r: Int32Array,
    /** 0-based columns. */
    readonly c: Int32Array,
    /** Bits 0–1: the type (s, n, b, e); 4: a formula's cached result; 8: bold; 16: struck through; 32: grey italics. */
    private readonly kind: Uint8Array,
    /** The value of a number (n) or boolean (b, 1 or 0) cell. */
    private readonly num: Float64Array,
    /** The value of a text (s) or error (e) cell; '' for the others. */
    private readonly text: readonly string[],
    /** An index into `formats` (0: General, no format). */
    private readonly fmtIndex: Uint16Array,
    private readonly formats: readonly string[],
    /** An index into `fills` (0: not filled). */
    private readonly fillIndex: Uint16Array,
    private readonly fills: readonly string[],
    /** Hyperlink targets, by cell index. */
    private readonly links: ReadonlyMap<number, string>,
  ) {}

  type(i: number): GridCell['t'] {
    return CELL_TYPES[(this.kind[i] as number) & 3] as GridCell['t'];
  }

  value(i: number): CellValue {
    const k = (this.kind[i] as number) & 3;
    if (k === 1) return this.num[i] as number;
    if (k === 2) return this.num[i] === 1;
    return this.text[i] as string;
  }

  /** The text of a text or error cell, undefined for the others (no number is made). */
  textOf(i: number): string | undefined {
    const k = (this.kind[i] as number) & 3;
    return k === 0 || k === 3 ? this.text[i] : undefined;
  }

  fmt(i: number): string | undefined {
    const f = this.fmtIndex[i] as number;
    return f === 0 ? undefined : this.formats[f];
  }

  fill(i: number): string | undefined {
    const f = this.fillIndex[i] as number;
    return f === 0 ? undefined : this.fills[f];
  }

  bold(i: number): boolean {
    return ((this.kind[i] as number) & BOLD_FLAG) !== 0;
  }

  formula(i: number): boolean {
    return ((this.kind[i] as number) & FORMULA_FLAG) !== 0;
  }

  link(i: number): string | undefined {
    return this.links.size === 0 ? undefined : this.links.get(i);
  }

  /** Cell i as a GridCell (a new object each time), with its properties in the reader's order. */
  cell(i: number): GridCell {
    const r = this.r[i] as number;
    const c = this.c[i] as number;
    const v = this.value(i);
    const t = this.type(i);
    const fmt = this.fmt(i);
    const cell: { -readonly [K in keyof GridCell]: GridCell[K] } =
      fmt === undefined ? { r, c, v, t } : { r, c, v, t, fmt };
    const k = this.kind[i] as number;
    if ((k & FORMULA_FLAG) !== 0) cell.formula = true;
    const fill = this.fill(i);
    if (fill !== undefined) cell.fill = fill;
    if ((k & BOLD_FLAG) !== 0) cell.bold = true;
    if ((k & STRIKE_FLAG) !== 0) cell.strike = true;
    if ((k & FAINT_FLAG) !== 0) cell.faint = true;
    // Last, as the reader set it (after the sheet's cells, from its hyperlinks).
    const link = this.link(i);
    if (link !== undefined) cell.link = link;
    return cell;
  }

  /** The index of the first cell at or after row r, column c (the cells are sorted): a binary search. */
  lowerBound(r: number, c: number): number {
    const k = r * 16384 + c;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.r[mid] as number) * 16384 + (this.c[mid] as number) < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of the cell at row r, column c; -1 when it holds no value. */
  indexOf(r: number, c: number): number {
    const i = this.lowerBound(r, c);
    return i < this.length && this.r[i] === r && this.c[i] === c ? i : -1;
  }

  /**
   * The same cells with some values replaced (by cell index): a formula's value worked out after
   * the file was read. The other columns are shared, the changed ones copied.
   */
  withValues(
    changes: ReadonlyMap<number, { readonly v: CellValue; readonly t: GridCell['t'] }>,
  ): CellColumns {
    const kind = this.kind.slice();
    const num = this.num.slice();
    const text = this.text.slice();
    for (const [i, { v, t }] of changes) {
      kind[i] = ((kind[i] as number) & ~3) | TYPE_CODE[t];
      if (typeof v === 'string') {
        text[i] = v;
        num[i] = 0;
      } else {
        text[i] = '';
        num[i] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      }
    }
    return this.withColumns(kind, num, text);
  }

  /**
   * The same cells with each text cell's text passed through `f` (this object when `f` changes
   * none): the numeric columns are shared, the texts copied only when one changes.
   */
  withTexts(f: (text: string) => string): CellColumns {
    let text: string[] | undefined;
    for (let i = 0; i < this.length; i++) {
      if (((this.kind[i] as number) & 3) !== 0) continue;
      const t = this.text[i] as string;
      const next = f(t);
      if (next === t) continue;
      text ??= this.text.slice();
      text[i] = next;
    }
    if (text === undefined) return this;
    return this.withColumns(this.kind, this.num, text);
  }

  /** The same cells' places, formats, fills and links with these types, numbers and texts. */
  private withColumns(kind: Uint8Array, num: Float64Array, text: readonly string[]): CellColumns {
    return new CellColumns(
      this.length,
      this.r,
      this.c,
      kind,
      num,
      text,
      this.fmtIndex,
      this.formats,
      this.fillIndex,
      this.fills,
      this.links,
    );
  }

  /** Every cell as GridCell objects (what GridSheet.cells is made of). */
  cells(): GridCell[] {
    const out = new Array<GridCell>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.cell(i);
    return out;
  }
}

/** Cells per piece of a CellColumnsBuilder. */
const PIECE = 8192;

/** The numeric columns of `size` cells: a builder's pieces (PIECE cells each), and what it builds. */
class Piece {
  readonly r: Int32Array;
  readonly c: Int32Array;
  readonly kind: Uint8Array;
  readonly num: Float64Array;
  readonly fmtIndex: Uint16Array;
  readonly fillIndex: Uint16Array;

  constructor(size: number) {
    this.r = new Int32Array(size);
    this.c = new Int32Array(size);
    this.kind = new Uint8Array(size);
    this.num = new Float64Array(size);
    this.fmtIndex = new Uint16Array(size);
    this.fillIndex = new Uint16Array(size);
  }
}

/**
 * Builds CellColumns cell by cell (the intake's reader). The cells go into pieces of PIECE cells,
 * copied once into arrays of the right length at the end: arrays grown by doubling would leave
 * copies behind at each step (each as large as all the cells before it), and arrays cut to length
 * at the end would leave the uncut ones behind.
 */
export class CellColumnsBuilder {
  length = 0;
  private readonly pieces: Piece[] = [];
  private readonly text: string[] = [];
  private readonly formats: string[] = [''];
  private readonly formatIds = new Map<string, number>();
  private readonly fills: string[] = [''];
  private readonly fillIds = new Map<string, number>();
  private readonly links = new Map<number, string>();
  /** The piece being filled (the last of `pieces`). */
  private piece: Piece | undefined;
  private lastFmt: string | undefined = undefined;
  private lastFmtId = 0;
  private lastFill: string | undefined = undefined;
  private lastFillId = 0;

  push(
    r: number,
    c: number,
    v: CellValue,
    t: GridCell['t'],
    fmt: string | undefined,
    formula: boolean,
    fill: string | undefined,
    bold: boolean,
    strike = false,
    faint = false,
  ): void {
    const i = this.length;
    const at = i % PIECE;
    let piece = this.piece as Piece;
    if (at === 0) {
      piece = this.piece = new Piece(PIECE);
      this.pieces.push(piece);
    }
    piece.r[at] = r;
    piece.c[at] = c;
    piece.kind[at] =
      TYPE_CODE[t] |
      (formula ? FORMULA_FLAG : 0) |
      (bold ? BOLD_FLAG : 0) |
      (strike ? STRIKE_FLAG : 0) |
      (faint ? FAINT_FLAG : 0);
    if (typeof v === 'string') {
      this.text.push(v);
    } else {
      this.text.push('');
      piece.num[at] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    }
    // The same format and fill as the cell before are common (a column of dates): no lookup then.
    if (fmt !== this.lastFmt) {
      this.lastFmt = fmt;
      this.lastFmtId = fmt === undefined ? 0 : idOf(fmt, this.formats, this.formatIds);
    }
    piece.fmtIndex[at] = this.lastFmtId;
    if (fill !== this.lastFill) {
      this.lastFill = fill;
      this.lastFillId = fill === undefined ? 0 : idOf(fill, this.fills, this.fillIds);
    }
    piece.fillIndex[at] = this.lastFillId;
    this.length = i + 1;
  }

  /** Cell i's row and column (while building: to find the cells a hyperlink covers). */
  rowOf(i: number): number {
    return (this.pieces[Math.floor(i / PIECE)] as Piece).r[i % PIECE] as number;
  }

  colOf(i: number): number {
    return (this.pieces[Math.floor(i / PIECE)] as Piece).c[i % PIECE] as number;
  }

  setLink(i: number, target: string): void {
    this.links.set(i, target);
  }

  /**
   * The columns, in the order `order` gives (indexes of the cells pushed; all of them when absent):
   * cells that came out of order are sorted by giving their sorted indexes.
   */
  build(order?: Int32Array): CellColumns {
    const n = order ? order.length : this.length;
    const out = new Piece(n);
    const pieces = this.pieces;
    if (!order) {
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p] as Piece;
        const from = p * PIECE;
        const count = Math.min(PIECE, n - from);
        out.r.set(piece.r.subarray(0, count), from);
        out.c.set(piece.c.subarray(0, count), from);
        out.kind.set(piece.kind.subarray(0, count), from);
        out.num.set(piece.num.subarray(0, count), from);
        out.fmtIndex.set(piece.fmtIndex.subarray(0, count), from);
        out.fillIndex.set(piece.fillIndex.subarray(0, count), from);
      }
    } else {
      for (let j = 0; j < n; j++) {
        const i = order[j] as number;
        const piece = pieces[Math.floor(i / PIECE)] as Piece;
        const at = i % PIECE;
        out.r[j] = piece.r[at] as number;
        out.c[j] = piece.c[at] as number;
        out.kind[j] = piece.kind[at] as number;
        out.num[j] = piece.num[at] as number;
        out.fmtIndex[j] = piece.fmtIndex[at] as number;
        out.fillIndex[j] = piece.fillIndex[at] as number;
      }
    }
    const text = order ? Array.from(order, (i) => this.text[i] as string) : this.text;
    let links: Map<number, string> = this.links;
    if (order && this.links.size > 0) {
      links = new Map();
      for (let j = 0; j < n; j++) {
        const link = this.links.get(order[j] as number);
        if (link !== undefined) links.set(j, link);
      }
    }
    // The pieces are not needed any more.
    pieces.length = 0;
    this.piece = undefined;
    return new CellColumns(
      n,
      out.r,
      out.c,
      out.kind,
      out.num,
      text,
      out.fmtIndex,
      this.formats,
      out.fillIndex,
      this.fills,
      links,
    );
  }
}

function idOf(value: string, list: string[], ids: Map<string, number>): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = list.length;
    // More distinct formats or colours than an index holds cannot come from a real workbook's
    // styles (Excel allows 64,000 styles); the reader refuses such a file before this.
    if (id > 0xffff) throw new RangeError('more than 65,535 distinct formats or fills in one sheet');
    list.push(value);
    ids.set(value, id);
  }
  return id;
}

/**
 * A GridSheet whose cells are `columns`: `cells` is made from them the first time it is read (then
 * kept), and `columns` is not enumerable, so that JSON, spreading and comparing see plain cells.
 */
export function sheetOfColumns(sheet: Omit<GridSheet, 'cells' | 'columns'>, columns: CellColumns): GridSheet {
  // `cells` where a plain sheet has it (third), so that its properties come in the same order.
  const { name, state, ...rest } = sheet;
  const out = { name, state, cells: undefined, ...rest } as unknown as GridSheet;
  Object.defineProperty(out, 'columns', { value: columns, enumerable: false });
  Object.defineProperty(out, 'cells', {
    get(this: GridSheet): GridCell[] {
      const cells = columns.cells();
      Object.defineProperty(this, 'cells', {
        value: cells,
        enumerable: true,
        writable: false,
        configurable: true,
      });
      return cells;
    },
    enumerable: true,
    configurable: true,
  });
  return out;
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

/** Whether a text is one of Excel's error values ("#VALUE!", "#N/A", Danish "#VÆRDI!"), trimmed. */
export function isExcelErrorText(text: string): boolean {
  return text.charCodeAt(0) === 35 /* # */ && ERROR_TEXT.test(text);
}

/** Excel's error values, as text. */
const ERROR_TEXT =
  /^#(?:VALUE!|REF!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|GETTING_DATA|I\/T|NAVN\?|VÆRDI!|REFERENCE!|DIVISION\/0!|NUL!)$/i;

/**
 * Whether a cell shows one of Excel's errors: an error cell, or a text that is one ("#BUSY!" kept as
 * text by a program that does not know the error, "#busy!" as LibreOffice writes it into .xls).
 */
export function showsError(cell: GridCell): boolean {
  if (cell.t === 'e') return true;
  const v = cell.v;
  return typeof v === 'string' && v.length <= 24 && v.length > 1 && isExcelErrorText(v.trim());
}

const SHOWN_ERRORS = new WeakMap<GridSheet, ReadonlyMap<number, string>>();

/**
 * The Excel error a cell shows ("#N/A", "#VALUE!", as an error cell or as its text), or undefined.
 * Asked only where a value is missing, to say why: a sheet read from a file finds the cell in its
 * columns; a sheet of cell objects (the add-in's) keeps a map of its error cells, made once.
 */
export function errorShownAt(sheet: GridSheet, r: number, c: number): string | undefined {
  const columns = sheet.columns;
  if (columns !== undefined) {
    const i = columns.indexOf(r, c);
    const text = i < 0 ? undefined : columns.textOf(i)?.trim();
    return text !== undefined && isExcelErrorText(text) ? text : undefined;
  }
  let errors = SHOWN_ERRORS.get(sheet);
  if (errors === undefined) {
    const found = new Map<number, string>();
    for (const cell of sheet.cells) {
      if (typeof cell.v !== 'string' || cell.v.indexOf('#') === -1) continue;
      const text = cell.v.trim();
      if (isExcelErrorText(text)) found.set(cell.r * 16384 + cell.c, text);
    }
    errors = found;
    SHOWN_ERRORS.set(sheet, errors);
  }
  return errors.get(r * 16384 + c);
}

/** A cell's value as display text (numbers in plain notation, booleans as TRUE/FALSE). */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  if (typeof cell.v === 'string') return cell.v;
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return Number.isInteger(cell.v) ? String(cell.v) : String(Number(cell.v.toPrecision(15)));
}

/**
 * A grey font (such as 808080 or A6A6A6, a theme's text colour lightened): red, green and blue alike,
 * between dark grey and light grey. Black, white and colours are not.
 */
export function isGrey(colour: string | undefined): boolean {
  if (colour === undefined || !/^[0-9A-F]{6}$/iu.test(colour)) return false;
  const [r, g, b] = [0, 2, 4].map((k) => parseInt(colour.slice(k, k + 2), 16)) as [number, number, number];
  return Math.max(r, g, b) - Math.min(r, g, b) <= 24 && r >= 0x60 && r <= 0xd9;
}

/**
 * A grey fill (such as D9D9D9 or F2F2F2, the theme's background darkened): red, green and blue alike,
 * from a mid grey to the lightest grey short of white.
 */
export function isGreyFill(colour: string | undefined): boolean {
  if (colour === undefined || !/^[0-9A-F]{6}$/iu.test(colour)) return false;
  const [r, g, b] = [0, 2, 4].map((k) => parseInt(colour.slice(k, k + 2), 16)) as [number, number, number];
  return Math.max(r, g, b) - Math.min(r, g, b) <= 24 && r >= 0xa0 && r <= 0xf8;
}

/**
 * The look of a template's hint or example (GridCell.faint): grey italics, or a grey fill with italic
 * or grey text. Plain text on a grey fill (a finished row greyed, a banded table) is not.
 */
export function isFaintLook(italic: boolean, font: string | undefined, fill: string | undefined): boolean {
  const greyFont = isGrey(font);
  return (italic && greyFont) || ((italic || greyFont) && isGreyFill(fill));
}
