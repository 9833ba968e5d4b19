// The document model: what korpsplan writes, as pure data; colours from one palette (./palette.ts).
// Nothing here knows exceljs, Office.js or OOXML. A workbook document is one of two kinds, both
// written by one Node entry (workbook/document.ts writeDocument):
//   - a WorkbookDocument of PlacedSheets: positioned cells with palette roles, merges, column widths,
//     hidden sheets, Excel tables, data validations, conditional formats by formula, notes, number
//     formats. The template, the structured workbook and the sheets the add-in inserts are made in it
//     (core/layout.ts); rendered by workbook/excel.ts in Node and by addin/src/office/render.ts in
//     the add-in.
//   - a SummaryWorkbook of Sheets: side-by-side (or stacked) tables with columns, cells and tones,
//     conditional formats by kind, charts, links to named anchors, print settings. The corps summary
//     is built in it (core/summary) and rendered in Node by workbook/summary.
// Both share the tones, the palette (ROLE_LOOKS, MARK_LOOKS) and the notion of a sheet and a table.

import type { CellValue } from '../grid';
import { safeCellText } from './text';

export type { CellValue };

/** A sheet's key (for the summary: its key in core/summary/registry.ts): ASCII, unique in the workbook. */
export type SheetKey = string;

/** Number formats the renderer knows (it maps them to Excel format codes). */
export type Fmt =
  | 'text'
  | 'general'
  | 'int'
  | 'dec1'
  | 'pct'
  | 'pctDelta'
  | 'intDelta'
  | 'dec1Delta'
  | 'date'
  | 'datetime'
  | 'themes'
  | 'daysSigned';

/** Colours a cell or a row can carry. */
export type Tone =
  'late' | 'missing' | 'alert' | 'yes' | 'partly' | 'no' | 'unanswered' | 'hidden' | 'muted' | 'strong';

/**
 * A place a link lands on, as the model resolves it from a named anchor (a row's or a column's
 * `anchor`): the sheet's name and a 0-based cell.
 */
export interface LinkTarget {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** One cell. Text is written as a plain string cell (never a formula), numbers as numbers. */
export type Cell =
  | null
  | { readonly s: string; readonly tone?: Tone }
  | { readonly n: number; readonly tone?: Tone; readonly fmt?: Fmt }
  /** An ISO date (YYYY-MM-DD), written as an Excel date. */
  | { readonly date: string; readonly tone?: Tone }
  /** An ISO instant, written as a date and time in Denmark. */
  | { readonly instant: string; readonly tone?: Tone }
  /** An internal link: a text cell that jumps to the cell named by an anchor (see Row, Column). */
  | { readonly link: string; readonly to: string };

export interface Row {
  readonly cells: readonly Cell[];
  /** Applies to every cell of the row without its own tone. */
  readonly tone?: Tone;
  /** A name links can point to: the row's first cell. Unique in the workbook. */
  readonly anchor?: string;
}

export interface Column {
  /** Header text; also the Excel table column name, so unique within its table. */
  readonly header: string;
  /** Width in Excel characters. */
  readonly width: number;
  readonly fmt: Fmt;
  readonly wrap?: boolean;
  /** Header text turned 90° (narrow columns with long names). */
  readonly rotate?: boolean;
  /** Horizontal alignment of text cells (numbers are always right-aligned). */
  readonly align?: 'center' | 'right';
  /** A name links can point to: the column's header cell. Unique in the workbook. */
  readonly anchor?: string;
}

export interface Table {
  /** Excel table name: ASCII letters, digits and underscores, unique in the workbook. */
  readonly name: string;
  /** Header row and first column, 0-based. */
  readonly row: number;
  readonly col: number;
  readonly columns: readonly Column[];
  readonly rowCount: number;
  /** The data rows, in order; may be called more than once (charts read their table again). */
  readonly rows: () => Iterable<Row>;
}

export type Conditional =
  /** Readiness traffic light: green, yellow, red by the readiness thresholds. */
  | { readonly kind: 'traffic'; readonly table: number; readonly column: number }
  | { readonly kind: 'dataBar'; readonly table: number; readonly column: number; readonly color: string }
  /** Positive numbers red (e.g. late activities), zero and blanks untouched. */
  | { readonly kind: 'positiveBad'; readonly table: number; readonly column: number }
  /** Positive numbers green and negative red, or the reverse when `good` is false. */
  | { readonly kind: 'signed'; readonly table: number; readonly column: number; readonly good: boolean };

export interface Chart {
  readonly kind: 'bar' | 'column';
  readonly stacked: boolean;
  readonly title: string;
  /** The table on the same sheet that holds the data. */
  readonly table: number;
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  /** The first rows of the table to plot (default all). */
  readonly rowLimit?: number;
  /** Hex RGB per series. */
  readonly colors: readonly string[];
  readonly percent: boolean;
  /** Where the chart sits, 0-based cells; it spans `cols` × `rows` cells. */
  readonly anchor: {
    readonly col: number;
    readonly row: number;
    readonly cols: number;
    readonly rows: number;
  };
  readonly axisTitle?: string;
}

export interface Sheet {
  readonly key: SheetKey;
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  /** Rows and columns frozen at the top and left. */
  readonly freezeRows: number;
  readonly freezeCols: number;
  readonly headerHeight: number;
  /** Column widths of columns not covered by a table, 0-based column → width. */
  readonly extraWidths?: Readonly<Record<number, number>>;
  readonly tables: readonly Table[];
  readonly conditional: readonly Conditional[];
  readonly charts: readonly Chart[];
  readonly landscape: boolean;
  /** Print fitted to the page width (default); false prints at 70 % across several pages. */
  readonly printFit?: boolean;
  /** Columns repeated at the left of every printed page (with printFit false). */
  readonly printRepeatCols?: number;
  /**
   * Printed in column groups: the 0-based columns where a logical section starts (the first starts
   * after the repeated columns). A section is never split across pages; adjacent sections share a
   * page while they fit beside the repeated columns, at the scale that needs the fewest pages
   * across (the renderer decides). Implies printFit false.
   */
  readonly printGroups?: readonly number[];
  /** Printed on one page (fitted to width and height), e.g. the Resumé. */
  readonly onePage?: boolean;
  /** The header row of the first table repeated at the top of every printed page (default true). */
  readonly repeatHeader?: boolean;
}

export interface SummaryWorkbook {
  readonly lang: 'da' | 'en';
  readonly title: string;
  readonly subject: string;
  readonly created: Date;
  readonly sheets: readonly Sheet[];
  /** Every named anchor of the sheets, resolved to its cell (links are written from these). */
  readonly anchors: ReadonlyMap<string, LinkTarget>;
  /** The page footer's left part (e.g. the period); the page number is added by the renderer. */
  readonly footer: string;
}

// --- Placed content: the template, the structured workbook, the add-in's sheets ------------------

/** What a positioned cell is, and so how it looks (palette.ts ROLE_LOOKS). */
export type CellRole = 'title' | 'intro' | 'label' | 'input' | 'note';

/** What a conditional format by formula marks, and so how the marked cells look (palette.ts MARK_LOOKS). */
export type Mark = Extract<Tone, 'late'>;

/** One cell at a 0-based position. */
export interface PlacedCell {
  readonly r: number;
  readonly c: number;
  /** null: an empty cell that still carries a style (an input field). Dates are Excel serials. */
  readonly v: CellValue | null;
  /** An Excel number format code, e.g. "dd-mm-yyyy". */
  readonly fmt?: string;
  readonly style?: CellRole;
}

/** A data validation over an A1 range: a dropdown list, a date, a decimal or a whole number (≥ 0). */
export interface Validation {
  /** A1 range, e.g. "B4:B503". */
  readonly ref: string;
  readonly kind: 'list' | 'date' | 'decimal' | 'whole';
  /** For lists: an absolute reference into the lists sheet, e.g. "Lister!$C$2:$C$99". */
  readonly source?: string;
  readonly prompt: { readonly title: string; readonly text: string };
  readonly error: { readonly title: string; readonly text: string };
  /** Stop the entry (true) or only warn (false) when the value is outside. */
  readonly strict: boolean;
}

/** A conditional format by formula (e.g. the deadline that has passed: "late"). */
export interface FormulaConditional {
  readonly ref: string;
  /** Excel formula relative to the top-left cell of ref. */
  readonly formula: string;
  readonly style: Mark;
}

/** A note (comment) on a cell. */
export interface Note {
  readonly r: number;
  readonly c: number;
  readonly text: string;
  /** Who wrote it (a comment kept from the source workbook), shown above the text. */
  readonly author?: string;
}

/** An Excel table of values at a 0-based position (header row at r). */
export interface PlacedTable {
  readonly name: string;
  /** Top-left cell of the header row. */
  readonly r: number;
  readonly c: number;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (CellValue | null)[])[];
  /** Number format codes per column (index-aligned with columns; undefined = General, wrapped text). */
  readonly formats: readonly (string | undefined)[];
}

export interface PlacedSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden';
  /** Print on landscape pages, fitted to the page width. */
  readonly landscape?: boolean;
  /** Column widths in Excel characters, from column A. */
  readonly widths: readonly number[];
  /** Rows above the first scrolling row (frozen header). */
  readonly freezeRows: number;
  readonly cells: readonly PlacedCell[];
  /** A1 ranges, e.g. "A1:B1". */
  readonly merges: readonly string[];
  readonly tables: readonly PlacedTable[];
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly FormulaConditional[];
  readonly notes: readonly Note[];
  /** For a copy of an original sheet: the name of the sheet it copies in the source workbook. */
  readonly source?: string;
}

export interface WorkbookDocument {
  readonly lang: 'da' | 'en';
  readonly sheets: readonly PlacedSheet[];
  readonly properties: { readonly title: string; readonly subject: string };
}

/** Everything korpsplan writes as a workbook. */
export type Document = WorkbookDocument | SummaryWorkbook;

export function isSummaryWorkbook(doc: Document): doc is SummaryWorkbook {
  return 'anchors' in doc;
}

// --- Anchors and headers ----------------------------------------------------------------------

/**
 * Resolves the named anchors of rows and columns to cells (links point at names, never at row
 * numbers worked out ahead). Throws on a name used twice and on a link to a name that is not there.
 */
export function resolveAnchors(sheets: readonly Sheet[]): Map<string, LinkTarget> {
  const anchors = new Map<string, LinkTarget>();
  const wanted = new Set<string>();
  const put = (name: string, target: LinkTarget): void => {
    if (anchors.has(name)) throw new Error(`anchor "${name}" is used twice`);
    anchors.set(name, target);
  };
  for (const sheet of sheets) {
    for (const t of sheet.tables) {
      t.columns.forEach((c, i) => {
        if (c.anchor !== undefined) put(c.anchor, { sheet: sheet.name, row: t.row, col: t.col + i });
      });
      let r = t.row + 1;
      for (const row of t.rows()) {
        if (row.anchor !== undefined) put(row.anchor, { sheet: sheet.name, row: r, col: t.col });
        for (const cell of row.cells) if (cell && 'link' in cell) wanted.add(cell.to);
        r += 1;
      }
    }
  }
  for (const name of wanted) if (!anchors.has(name)) throw new Error(`link to unknown anchor "${name}"`);
  return anchors;
}

/**
 * Keeps header texts unique within a table (Excel table column names must be, ignoring case), as
 * they will be written: after the cell-text cleaning of core/summary/text.ts.
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  const key = (name: string): string => safeCellText(name).toLowerCase();
  return headers.map((h) => {
    const clean = h.replace(/\s+/g, ' ').trim();
    const base = clean === '' ? '-' : clean.slice(0, 240);
    let name = base;
    for (let i = 2; seen.has(key(name)); i++) name = `${base} (${i})`;
    seen.add(key(name));
    return name;
  });
}

// --- Header text that never breaks inside a word -------------------------------------------------

/** Excel character widths a bold header word needs (bold text is about 10 % wider, plus padding). */
export function wordWidth(word: string): number {
  return Math.ceil(word.length * 1.1) + 2;
}

/** The widest word of a header text. */
export function longestWord(textValue: string): string {
  return textValue.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The column, widened where needed so that no word of its header must break (rotated headers excepted). */
export function fitHeader(column: Column): Column {
  if (column.rotate) return column;
  const need = wordWidth(longestWord(column.header));
  return need > column.width ? { ...column, width: need } : column;
}

/** Lines a header needs when wrapped at word boundaries in its column. */
export function headerLines(column: Column): number {
  if (column.rotate) return 1;
  const room = Math.max(1, column.width - 2) / 1.1;
  let lines = 1;
  let used = 0;
  for (const word of column.header.split(/\s+/).filter((w) => w !== '')) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= room) used += 1 + len;
    else {
      lines += 1;
      used = len;
    }
  }
  return lines;
}
