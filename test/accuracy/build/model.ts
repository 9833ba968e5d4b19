// A small, tool-neutral description of a workbook: sheets of cells with values and the few styles
// coordinators use (bold, fills, wrapped text, number formats, merged cells). The corpus plans are
// written in it, and each is then written out by a tool other than the product's own writer:
// flat ODS for LibreOffice (fods.ts), CSV for LibreOffice (csv.ts), or an Excel-style package built
// by hand (xlsx.ts).

/** A fill colour as a workbook stores it: an RGB value, a theme colour (with tint) or a palette index. */
export type Fill =
  | { readonly rgb: string }
  | { readonly theme: number; readonly tint?: number }
  | { readonly indexed: number };

export interface Style {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: Fill;
  /** A custom number format code in Excel notation ("dd-mm-yyyy", "[$-406]d. mmmm yyyy;@", "0%"). */
  readonly fmt?: string;
  /** A built-in Excel number format id (14: the short date of the user's locale). Hand-built only. */
  readonly fmtId?: number;
  readonly wrap?: boolean;
  /** Indented text (Format Cells › Alignment › Indent), as an outline's levels show. Hand-built only. */
  readonly indent?: number;
  readonly size?: number;
  /** A font other than Calibri (a symbol font: "Wingdings" shows "ü" as a tick). Hand-built only. */
  readonly font?: string;
  /** Struck-out text (Ctrl+5): a line through the cell's text. Hand-built only. */
  readonly strike?: boolean;
  /** A font colour as RGB (grey text for an activity put aside). Hand-built only. */
  readonly color?: string;
  /**
   * Excel's cell checkbox (Insert › Checkbox, 2024): the cell holds TRUE/FALSE and its style points
   * through an xfComplement into xl/featurePropertyBag/featurePropertyBag.xml. Hand-built only.
   */
  readonly checkbox?: boolean;
}

/**
 * A linked data type's value (Data › Data Types: Geography, Organisation, People): Excel stores the
 * cell as the error #VALUE! with vm= pointing into xl/metadata.xml, and the text the cell shows
 * only in the rich value (xl/richData/rdrichvalue.xml, its _DisplayString).
 */
export interface RichValue {
  readonly kind: 'geography' | 'organization' | 'person';
  readonly text: string;
}

/** A calendar date stored as a date (serial number with a date format), not as text. */
export interface DateValue {
  readonly date: string;
  /** A time of day on that date ("14:02:11"), as a form's export writes its timestamps. SheetJS only. */
  readonly time?: string;
}

/** A boolean is a checkbox cell's value (TRUE/FALSE), as Excel's and Google's checkboxes store it. */
export type Value = string | number | boolean | DateValue;

export interface Cell {
  /** null: a cell with a style only (a coloured cell with no text). */
  readonly v: Value | null;
  readonly s?: Style;
  /** A formula (Excel notation, without "="); `v` is its cached result. Hand-built packages only. */
  readonly f?: string;
  /**
   * A dynamic-array formula's spill range (A1, from this cell): Excel writes cm="1" with
   * `<f t="array" ref="…">`, the XLDAPR cell metadata, and the spilled values as plain cells.
   */
  readonly spill?: string;
  /**
   * An error kept as a value (a formula pasted as values while it showed "#BUSY!"): `v` is the
   * error's text, written as an error cell (t="e") with no formula. Hand-built only.
   */
  readonly error?: true;
  /** A linked data type in the cell (see RichValue); `v` is then ignored. Hand-built only. */
  readonly rich?: RichValue;
  /**
   * Rich text: the cell's text as runs, some struck through ("Nej" struck, then " Delvist"); `v` is
   * the whole text. Hand-built only.
   */
  readonly runs?: readonly { readonly text: string; readonly strike?: boolean }[];
}

export function isDateValue(v: unknown): v is DateValue {
  return typeof v === 'object' && v !== null && 'date' in v;
}

export function isCell(v: unknown): v is Cell {
  return typeof v === 'object' && v !== null && 'v' in v;
}

// --- A1 ---------------------------------------------------------------------------------------

export function colLetters(c: number): string {
  let n = c;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based row and column of an A1 address. */
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  return { row: Number(m[2]), col: colNumber(m[1]!) };
}

export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}

// --- Sheets -----------------------------------------------------------------------------------

export interface TableDef {
  readonly name: string;
  /** A1 range of header and data, e.g. "A1:K30" (with the totals row when there is one). */
  readonly ref: string;
  /** The table's totals row ("Samlet"/"I alt") is the last row of `ref`. */
  readonly totalsRow?: boolean;
  /**
   * The header row turned off ("Overskriftsrække" unticked, as Excel Online users do): `ref` starts
   * at the first data row and the column names live only in the table part.
   */
  readonly headerRow?: false;
  /** The column names kept in the table part when the header row is off. */
  readonly columns?: readonly string[];
  /**
   * A filter left on in the table (by its filter button or a slicer): the column (0-based within
   * `ref`) and the values shown. The rows it hides must be in `hiddenRows` too. Hand-built only.
   */
  readonly filter?: { readonly col: number; readonly values: readonly string[] };
}

/**
 * A slicer on a table's column (Insert › Slicer, Excel 2013+): a shape in the sheet's drawing, a
 * slicer part and a slicer cache bound to the table column (x15:tableSlicerCache). Hand-built only.
 */
export interface SlicerDef {
  /** The table column the slicer filters (its header text). */
  readonly column: string;
  /** The cell at the shape's top-left corner. */
  readonly anchor: string;
}

/**
 * A PivotTable (Insert › PivotTable) on a sheet, made from another sheet's table: a pivot cache
 * definition and its records (every row of the source table), and the pivot table part. The cells
 * it shows are the sheet's own cells, set by the plan as Excel last drew them. Hand-built only.
 */
export interface PivotDef {
  readonly name: string;
  /** The sheet whose table is the source. */
  readonly sourceSheet: string;
  /** The range the pivot's cells take (A1, its first header row to the grand total). */
  readonly ref: string;
  readonly rowField: string;
  readonly colField?: string;
  /** A report filter above the pivot ("Ansvarlig (Alle)"). */
  readonly pageField?: string;
  /** The field counted, and the data field's caption ("Antal af Aktivitet"). */
  readonly dataField: string;
  readonly dataCaption: string;
  /**
   * A timeline (Insert › Timeline, Excel 2013+) on a date field of the source, filtering the
   * pivot to the days from…to: a shape in the drawing, a timeline part and a timeline cache.
   */
  readonly timeline?: {
    readonly field: string;
    readonly from: string;
    readonly to: string;
    readonly anchor: string;
  };
}

/** Conditional formatting by an icon set over a range ("Ikonsæt"), as Excel writes it. */
export interface IconSetDef {
  readonly ref: string;
  /** Excel's icon set name, e.g. "3TrafficLights1". */
  readonly iconSet: string;
  /** The thresholds of the second and third icon, as numbers. */
  readonly thresholds: readonly [number, number];
  /** "Vis kun ikon": the cell's number is not shown. */
  readonly iconOnly?: boolean;
}

/** A corner of a drawing's anchor: a cell (A1) and how far into it, in EMU (914400 to the inch). */
export interface AnchorPoint {
  readonly cell: string;
  readonly dx?: number;
  readonly dy?: number;
}

/** A shape's fill or line colour: RGB, a theme colour (with luminance), or none. */
export type ShapeColour =
  | { readonly rgb: string }
  | { readonly scheme: string; readonly lumMod?: number; readonly lumOff?: number }
  | 'none';

/** A run of a shape's text (a bold label before a plain value). */
export interface ShapeRun {
  readonly t: string;
  readonly b?: boolean;
}

/**
 * A drawing shape (Insert › Shapes or Text Box) on a sheet, as Excel writes it in
 * xl/drawings/drawingN.xml: an xdr:sp in a twoCellAnchor, its preset geometry, fill, line and its
 * text as paragraphs of runs (each Enter a new paragraph). A group (Group › Group) holds shapes
 * whose places are given as anchors too and written in the group's coordinates. Hand-built only.
 */
export interface ShapeDef {
  readonly name: string;
  /** DrawingML preset geometry: rect, roundRect, diamond, rightArrow, wedgeRectCallout, line … */
  readonly geom: string;
  readonly from: AnchorPoint;
  readonly to: AnchorPoint;
  /** The fill; left out, the shape style's own (accent1) as Excel's default shape has it. */
  readonly fill?: ShapeColour;
  readonly line?: ShapeColour;
  readonly text?: readonly (string | readonly ShapeRun[])[];
  /** Insert › Text Box (txBox="1"). */
  readonly textBox?: boolean;
  /** A straight connector (a line with an arrow head at its end): xdr:cxnSp. */
  readonly connector?: boolean;
  /** A group of shapes: written as xdr:grpSp with these children; from/to is the group's box. */
  readonly children?: readonly ShapeDef[];
}

/**
 * A form control (Developer › Insert › Form Controls) as Excel 2010+ writes it: a ctrlProp part
 * (xl/ctrlProps/ctrlPropN.xml, its formControlPr), the sheet's <controls> inside
 * mc:AlternateContent, a hidden shape in the sheet's drawing and the VML shape older programs and
 * Excel itself draw it from. Hand-built only.
 */
export interface FormControlDef {
  /** Group box, option button, check box, drop-down (combo box). */
  readonly type: 'GBox' | 'Radio' | 'CheckBox' | 'Drop';
  readonly from: AnchorPoint;
  readonly to: AnchorPoint;
  /** The caption ('' where the coordinator deleted it). */
  readonly text?: string;
  readonly checked?: boolean;
  /** The linked cell ("$H$5"). */
  readonly link?: string;
  /** The first option button of its group (the group's buttons follow it in order). */
  readonly firstButton?: boolean;
  /** A drop-down's input range ("Lister!$A$2:$A$6") and selected item (1-based; 0 none). */
  readonly range?: string;
  readonly sel?: number;
}

/**
 * A picture on a sheet (Insert › Pictures, or a screenshot pasted with Ctrl+V), as Excel writes it:
 * an xdr:pic in a twoCellAnchor of the sheet's drawing, its image in xl/media (r:embed), named
 * "Billede n" unless the coordinator renamed it in the Selection Pane. Hand-built only.
 */
export interface PictureDef {
  readonly name: string;
  /** The alternative text (Format Picture › Alt Text), where the coordinator wrote one. */
  readonly descr?: string;
  readonly from: AnchorPoint;
  readonly to: AnchorPoint;
  /** The image's bytes (a PNG). */
  readonly png: Uint8Array;
}

export class SheetModel {
  readonly cells = new Map<string, Cell>();
  readonly merges: string[] = [];
  /** Column widths in characters, by 1-based column. */
  readonly widths = new Map<number, number>();
  /** An Excel table (ListObject) over a range; hand-built packages only. */
  table?: TableDef;
  /** Hidden columns and rows (1-based): helper columns, filtered-out rows. Hand-built packages only. */
  readonly hiddenCols = new Set<number>();
  readonly hiddenRows = new Set<number>();
  /** A hidden sheet (an old version kept out of sight); hand-built packages only. */
  hidden = false;
  /** Rows frozen at the top (a header kept in view); hand-built packages only. */
  frozenRows = 0;
  /**
   * The sheet shown right to left (Sidelayout › Ark fra højre mod venstre), as for a sheet written
   * in Arabic or Hebrew: `<sheetView rightToLeft="1">`; in flat ODS a table style's writing mode.
   */
  rightToLeft = false;
  /** A protected sheet ("Beskyt ark"), no password; hand-built packages only. */
  protected = false;
  /** An autofilter over a range (A1 notation) without a table; hand-built packages only. */
  autoFilter?: string;
  /**
   * A filter left on in the autofilter: the column (0-based within `autoFilter`'s range) and the
   * values shown. The rows it hides must be in `hiddenRows` too. Hand-built packages only.
   */
  autoFilterShows?: { readonly col: number; readonly values: readonly string[] };
  /** Cell notes (comments) by A1 address: the note's text. Hand-built packages only. */
  readonly comments = new Map<string, string>();
  /**
   * Threaded comments ("Ny kommentar" in Excel 365) by A1 address: the thread, its first entry the
   * comment and the rest replies, each with its author's display name. Excel saves a thread three
   * times: in xl/threadedComments, with its people in xl/persons, and as a legacy note for older
   * programs whose text starts "[Threaded comment]". Hand-built packages only.
   */
  readonly threads = new Map<string, readonly { readonly author: string; readonly text: string }[]>();
  /**
   * Drop-down lists (Data › Data Validation › List) over ranges (A1): the list's source, a range
   * ("Lister!$B$2:$B$7") or the items joined by commas; an input message shown when a cell is
   * selected. Hand-built packages only.
   */
  readonly validations: { readonly ref: string; readonly list: string; readonly prompt?: string }[] = [];
  /** Icon-set conditional formats. Hand-built packages only. */
  readonly iconSets: IconSetDef[] = [];
  /** Data bars ("Datalinjer") over ranges (A1), in one colour (RGB). Hand-built packages only. */
  readonly dataBars: { readonly ref: string; readonly rgb: string }[] = [];
  /**
   * Sparklines ("Minidiagrammer"): a line drawn in the cell `at` from the figures in `data` (a range
   * on this sheet, A1). The cell itself stays empty. Hand-built packages only.
   */
  readonly sparklines: { readonly at: string; readonly data: string }[] = [];
  /**
   * Grouped rows ("Data › Gruppér"): 1-based row → outline level. A collapsed group's rows are in
   * `hiddenRows` as well, and its summary row (above the group, see `summaryAbove`) in
   * `collapsedRows`. Hand-built packages only.
   */
  readonly outline = new Map<number, number>();
  readonly collapsedRows = new Set<number>();
  /** The group's summary row is above its detail rows (Excel's "Oversigtsrækker under detaljer" off). */
  summaryAbove = false;
  /** Slicers on the sheet's table (see SlicerDef). Hand-built only. */
  readonly slicers: SlicerDef[] = [];
  /** Drawing shapes (text boxes, arrows, diamonds, groups). Hand-built only. */
  readonly shapes: ShapeDef[] = [];
  /** Form controls (option buttons in group boxes, check boxes, drop-downs). Hand-built only. */
  readonly controls: FormControlDef[] = [];
  /** Pictures pasted onto the sheet (see PictureDef). Hand-built only. */
  readonly pictures: PictureDef[] = [];
  /** A PivotTable on the sheet (see PivotDef). Hand-built only. */
  pivot?: PivotDef;
  /** The page header's text (centre), as a sensitivity label's marking writes it ("Intern"). */
  header?: string;
  /**
   * The table is a Power Query output (Data › Get Data, loaded to a table): a query table part under
   * the table and a connection in xl/connections.xml named "Forespørgsel - <name>". Hand-built only.
   */
  query?: { readonly name: string };

  constructor(readonly name: string) {}

  /** Sets one cell; `value` may be a Cell (value and style) or a bare value with an optional style. */
  set(at: string, value: Value | Cell | null, style?: Style): this {
    const cell: Cell = isCell(value) ? value : { v: value, ...(style ? { s: style } : {}) };
    if (isCell(value) && style) this.cells.set(at, { ...cell, s: { ...cell.s, ...style } });
    else this.cells.set(at, cell);
    return this;
  }

  /** Writes a row of values from a cell to the right; undefined and '' leave cells empty. */
  row(at: string, values: readonly (Value | Cell | null | undefined)[], style?: Style): this {
    const { row, col } = parseA1(at);
    values.forEach((v, i) => {
      if (v === undefined || v === '' || v === null) return;
      this.set(a1(row, col + i), v, style);
    });
    return this;
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  width(col: number | string, chars: number): this {
    this.widths.set(typeof col === 'number' ? col : colNumber(col), chars);
    return this;
  }

  get(at: string): Cell | undefined {
    return this.cells.get(at);
  }

  /** The last used row and column (1-based), over cells and merges. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    const see = (addr: string): void => {
      const { row, col } = parseA1(addr);
      rows = Math.max(rows, row);
      cols = Math.max(cols, col);
    };
    for (const k of this.cells.keys()) see(k);
    for (const m of this.merges) m.split(':').forEach(see);
    return { rows, cols };
  }
}

/** One cell change kept in a shared workbook's revision log: the sheet, the cell, the old and new value. */
export interface RevisionChange {
  readonly sheet: string;
  readonly cell: string;
  readonly from: Value | null;
  readonly to: Value | null;
}

/** One save of a shared workbook with Track Changes: who saved, when (ISO date and time), what changed. */
export interface RevisionSession {
  readonly user: string;
  readonly at: string;
  readonly changes: readonly RevisionChange[];
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /**
   * A legacy shared workbook with Track Changes (Review › Share Workbook, "Spor ændringer"): Excel
   * keeps every saved change in xl/revisions — revisionHeaders.xml (one header a save), one
   * revisionLogN.xml a save (each change an <rcc> with the old and new cell) and userNames.xml.
   * Hand-built only.
   */
  shared?: { readonly sessions: readonly RevisionSession[] };
  /**
   * The program that saved the package, as its docProps/app.xml names it ("WPS Spreadsheets",
   * "ONLYOFFICE/8.1.0.169", "Numbers"), with core.xml beside it. Hand-built packages only; none by
   * default (the package as the corpus's hand-built plans have always been written).
   */
  app?: { readonly application: string; readonly appVersion?: string; readonly creator?: string };
  /** The default font (styles' font 0) when not Calibri 11: "宋体", "等线", "Arial". Hand-built only. */
  defaultFont?: { readonly name: string; readonly size?: number; readonly charset?: number };
  /**
   * A Microsoft Purview sensitivity label as Office writes it in docProps/custom.xml
   * (MSIP_Label_<id>_Enabled, _SetDate, _Method, _Name, _SiteId, _ActionId, _ContentBits).
   */
  sensitivity?: {
    readonly name: string;
    readonly id: string;
    readonly siteId: string;
    readonly actionId: string;
  };
  /** Workbook-level names (Formulas › Name Manager): name → formula, LAMBDA and LET among them. */
  readonly names: [string, string][] = [];
  /**
   * The 1904 date system (`<workbookPr date1904="1"/>`), as Excel for Mac wrote its workbooks by
   * default until 2011 and still keeps in a workbook begun there: every date's serial number counts
   * days from 1904-01-01, 1462 fewer than in the 1900 system. Hand-built only.
   */
  date1904 = false;

  sheet(name: string): SheetModel {
    const existing = this.sheets.find((s) => s.name === name);
    if (existing) return existing;
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }
}

// --- Dates ------------------------------------------------------------------------------------

/** Days since 1899-12-30: the serial number Excel (1900 date system) stores for a date. */
export function excelSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}
