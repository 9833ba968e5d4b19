// Renders the summary model (core/summary) with exceljs's streaming writer: cells, styles, column
// widths, frozen panes, page setup and conditional formats. What the streaming writer cannot do
// (tables, internal hyperlinks, charts, print titles) is collected here as `SheetExtras` and added
// to the package afterwards by ./package.ts.

import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type {
  Cell,
  Chart,
  Column,
  Fmt,
  LinkTarget,
  Sheet,
  SheetKey,
  SummaryWorkbook,
  Tone,
} from '../../core/summary/sheet';
import { READINESS_GREEN, READINESS_YELLOW } from '../../core/summary/figures';
import { safeCellText as inertText } from '../../core/summary/text';
import { redactText } from '../../core/redact';
import { CPR_MASK, isCprNumber } from '../../core/validate/cpr';

/**
 * Every text of the summary, inert (core/document/text.ts) and with CPR numbers masked: the summary
 * is a sink like the command line's output and the service's answers (core/redact.ts). The doors
 * refuse a CPR number before anything is stored; this holds for what was stored before them, and for
 * plan files merged offline.
 */
function safeCellText(text: string): string {
  return inertText(redactText(text));
}
import { PAGE_OF } from '../../core/summary/labels';
import { PALETTE, argb } from '../../core/document/palette';
import { headerLines } from '../../core/summary/sheet';

// --- Addresses ------------------------------------------------------------------------------------

export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based cell. */
export function addr(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

export function absRange(row1: number, col1: number, row2: number, col2: number): string {
  return `$${colLetters(col1)}$${row1 + 1}:$${colLetters(col2)}$${row2 + 1}`;
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

// --- What the package step adds -----------------------------------------------------------------------

export interface TablePart {
  readonly name: string;
  /** A1 range including the header row. */
  readonly ref: string;
  readonly columns: readonly string[];
}

export interface HyperlinkPart {
  readonly ref: string;
  /** e.g. 'Aktiviteter'!A12 */
  readonly location: string;
  readonly display: string;
}

export interface ChartSeriesPart {
  readonly name: string;
  readonly nameRef: string;
  readonly valuesRef: string;
  /** null: nothing plotted at that point (blank, or a hidden figure). */
  readonly values: readonly (number | null)[];
  readonly color: string;
}

export interface ChartPart {
  readonly chart: Chart;
  /** Points drawn in grey (rows of the table marked muted, e.g. "Mangler"). */
  readonly mutedPoints: readonly number[];
  readonly categoriesRef: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesPart[];
}

export interface SheetExtras {
  readonly key: SheetKey;
  readonly name: string;
  readonly tables: TablePart[];
  readonly hyperlinks: HyperlinkPart[];
  readonly charts: ChartPart[];
  /** Rows repeated at the top of each printed page, 1-based inclusive. */
  readonly printTitleRows?: readonly [number, number];
  /** Columns repeated at the left of each printed page, counted from A. */
  readonly printTitleCols?: number;
  /** Manual page breaks before these 0-based columns (the overview's column groups). */
  readonly colBreaks?: readonly number[];
}

// --- Styles ----------------------------------------------------------------------------------------

const FONT = 'Calibri';
const SIZE = 10;
// Every colour from the one palette of the document model.
const COLOR = {
  navy: argb('navy'),
  white: argb('white'),
  grey: argb('muted'),
  darkGrey: argb('dark'),
  link: argb('link'),
  lateFill: argb('lateFill'),
  lateText: argb('badText'),
  greenFill: argb('goodFill'),
  greenText: argb('goodText'),
  yellowFill: argb('neutralFill'),
  yellowText: argb('neutralText'),
  redFill: argb('badFill'),
  redText: argb('badText'),
  rule: argb('rule'),
} as const;

function numFmt(fmt: Fmt, lang: 'da' | 'en'): string | undefined {
  switch (fmt) {
    case 'text':
    case 'general':
      return undefined;
    case 'int':
      return '#,##0';
    case 'dec1':
      return '#,##0.0';
    case 'pct':
      return '0%';
    case 'pctDelta':
      // Percentage points: the cell holds points (e.g. 14), not a fraction.
      return '+0" pp";-0" pp";0" pp"';
    case 'intDelta':
      return '+#,##0;-#,##0;0';
    case 'dec1Delta':
      return '+#,##0.0;-#,##0.0;0.0';
    case 'date':
      return 'dd-mm-yyyy';
    case 'datetime':
      return 'dd-mm-yyyy hh:mm';
    case 'themes':
      return lang === 'da' ? '0" af 8"' : '0" of 8"';
    case 'daysSigned':
      return '+0;[Red]-0;0';
  }
}

type Style = Partial<ExcelJS.Style>;

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

function toneStyle(tone: Tone | 'link' | undefined): Pick<Style, 'font' | 'fill'> {
  const font = (extra: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> => ({
    name: FONT,
    size: SIZE,
    ...extra,
  });
  switch (tone) {
    case undefined:
      return { font: font({}) };
    case 'late':
      return { font: font({ color: { argb: COLOR.lateText } }), fill: solid(COLOR.lateFill) };
    case 'missing':
      return { font: font({ italic: true, color: { argb: COLOR.grey } }) };
    case 'alert':
      return { font: font({ bold: true, color: { argb: COLOR.redText } }) };
    case 'yes':
      return { font: font({ color: { argb: COLOR.greenText } }), fill: solid(COLOR.greenFill) };
    case 'partly':
      return { font: font({ color: { argb: COLOR.yellowText } }), fill: solid(COLOR.yellowFill) };
    case 'no':
      return { font: font({ color: { argb: COLOR.redText } }), fill: solid(COLOR.redFill) };
    case 'unanswered':
      return { font: font({ color: { argb: COLOR.grey } }) };
    case 'hidden':
      return { font: font({ italic: true, color: { argb: COLOR.darkGrey } }) };
    case 'muted':
      return { font: font({ color: { argb: COLOR.grey } }) };
    case 'strong':
      return { font: font({ bold: true }) };
    case 'link':
      return { font: font({ color: { argb: COLOR.link }, underline: true }) };
  }
}

const FMTS: readonly Fmt[] = [
  'text',
  'general',
  'int',
  'dec1',
  'pct',
  'pctDelta',
  'intDelta',
  'dec1Delta',
  'date',
  'datetime',
  'themes',
  'daysSigned',
];
const TONES: readonly (Tone | 'link' | undefined)[] = [
  undefined,
  'late',
  'missing',
  'alert',
  'yes',
  'partly',
  'no',
  'unanswered',
  'hidden',
  'muted',
  'strong',
  'link',
];

/** One shared style object per combination, so exceljs's style cache hits by reference. */
class Styles {
  private readonly cache = new Map<string, Style>();
  constructor(private readonly lang: 'da' | 'en') {}

  private readonly fast = new Map<number, Style>();

  cell(fmt: Fmt, tone: Tone | 'link' | undefined, wrap: boolean, align?: 'right' | 'center'): Style {
    // A numeric key: this runs for every cell of sheets with hundreds of thousands of rows.
    const key =
      (FMTS.indexOf(fmt) * 32 + TONES.indexOf(tone)) * 8 +
      (wrap ? 4 : 0) +
      (align === 'right' ? 1 : align === 'center' ? 2 : 0);
    let style = this.fast.get(key);
    if (!style) {
      const code = numFmt(fmt, this.lang);
      style = {
        ...toneStyle(tone),
        border: { bottom: { style: 'thin', color: { argb: COLOR.rule } } },
        ...(code ? { numFmt: code } : {}),
        alignment: { vertical: 'top', wrapText: wrap, ...(align ? { horizontal: align } : {}) },
      };
      this.fast.set(key, style);
    }
    return style;
  }

  header(rotate: boolean): Style {
    const key = `header|${rotate ? 1 : 0}`;
    let style = this.cache.get(key);
    if (!style) {
      style = {
        font: { name: FONT, size: SIZE, bold: true, color: { argb: COLOR.white } },
        fill: solid(COLOR.navy),
        border: { bottom: { style: 'thin', color: { argb: COLOR.navy } } },
        alignment: rotate
          ? { vertical: 'bottom', horizontal: 'center', textRotation: 90, wrapText: false }
          : { vertical: 'middle', wrapText: true },
      };
      this.cache.set(key, style);
    }
    return style;
  }

  readonly title: Style = { font: { name: FONT, size: 16, bold: true, color: { argb: COLOR.navy } } };
  readonly subtitle: Style = {
    font: { name: FONT, size: SIZE, italic: true, color: { argb: COLOR.darkGrey } },
    alignment: { vertical: 'top', wrapText: true },
  };
}

// --- Values ----------------------------------------------------------------------------------------

const EXCEL_EPOCH_OFFSET = 25569;

/** Excel serial of an ISO date (1900 system). */
export function dateSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + EXCEL_EPOCH_OFFSET;
}

const DK_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Excel serial of an instant, as wall-clock time in Denmark. */
export function instantSerial(iso: string): number {
  const parts = DK_PARTS.formatToParts(new Date(iso));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall / 86_400_000 + EXCEL_EPOCH_OFFSET;
}

/** Estimated lines of wrapped text in a column of `width` characters. */
function lines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15));
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let n = 0;
  for (const paragraph of text.split('\n')) n += Math.max(1, Math.ceil(paragraph.length / perLine));
  return n;
}

const LINE_HEIGHT = 13;
const MAX_ROW_HEIGHT = 409;

// --- Sheets ----------------------------------------------------------------------------------------

interface Cursor {
  readonly tableIndex: number;
  readonly it: Iterator<import('../../core/summary/sheet').Row>;
  readonly start: number;
  readonly end: number;
}

type WritableCell = ExcelJS.Cell;

function writeCell(
  target: WritableCell,
  cell: Cell,
  column: Column,
  rowTone: Tone | undefined,
  styles: Styles,
  anchors: ReadonlyMap<string, LinkTarget>,
  links: HyperlinkPart[],
): number {
  // Returns the number of wrapped lines the cell needs (for the row height).
  if (cell === null) {
    if (rowTone) target.style = styles.cell(column.fmt, rowTone, false);
    return 1;
  }
  if ('s' in cell) {
    const value = safeCellText(cell.s);
    const tone = cell.tone ?? rowTone;
    target.value = value;
    target.style = styles.cell(
      column.fmt === 'text' ? 'text' : 'general',
      tone,
      column.wrap === true,
      column.align ?? (cell.tone === 'hidden' ? 'right' : cell.tone === 'unanswered' ? 'center' : undefined),
    );
    return column.wrap ? lines(value, column.width) : 1;
  }
  if ('n' in cell) {
    // A number that is a CPR number without its leading zero is shown as the mask, as text.
    if (isCprNumber(cell.n)) target.value = CPR_MASK;
    else if (Number.isFinite(cell.n)) target.value = cell.n;
    target.style = styles.cell(cell.fmt ?? column.fmt, cell.tone ?? rowTone, false);
    return 1;
  }
  if ('date' in cell) {
    target.value = dateSerial(cell.date);
    target.style = styles.cell('date', cell.tone ?? rowTone, false);
    return 1;
  }
  if ('instant' in cell) {
    target.value = instantSerial(cell.instant);
    target.style = styles.cell('datetime', cell.tone ?? rowTone, false);
    return 1;
  }
  const to = anchors.get(cell.to);
  if (!to) throw new Error(`link to unknown anchor "${cell.to}"`);
  const display = safeCellText(cell.link);
  target.value = display;
  target.style = styles.cell('text', 'link', false);
  links.push({
    ref: target.address,
    location: `${quoteSheet(to.sheet)}!${addr(to.row, to.col)}`,
    display,
  });
  return 1;
}

function conditionalFormats(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  let priority = 1;
  const green = {
    font: { color: { argb: COLOR.greenText } },
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: COLOR.greenFill } },
  } as const;
  const yellow = {
    font: { color: { argb: COLOR.yellowText } },
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: COLOR.yellowFill } },
  } as const;
  const red = {
    font: { color: { argb: COLOR.redText } },
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: COLOR.redFill } },
  } as const;
  const redText = { font: { bold: true, color: { argb: COLOR.redText } } } as const;
  const greenText = { font: { bold: true, color: { argb: COLOR.greenText } } } as const;
  for (const cf of sheet.conditional) {
    const t = sheet.tables[cf.table];
    if (!t || t.rowCount === 0) continue;
    const col = t.col + cf.column;
    const top = addr(t.row + 1, col);
    const ref = `${top}:${addr(t.row + t.rowCount, col)}`;
    switch (cf.kind) {
      case 'traffic':
        ws.addConditionalFormatting({
          ref,
          rules: [
            {
              type: 'expression',
              priority: priority++,
              formulae: [`AND(ISNUMBER(${top}),${top}>=${READINESS_GREEN})`],
              style: green,
            },
            {
              type: 'expression',
              priority: priority++,
              formulae: [`AND(ISNUMBER(${top}),${top}>=${READINESS_YELLOW},${top}<${READINESS_GREEN})`],
              style: yellow,
            },
            {
              type: 'expression',
              priority: priority++,
              formulae: [`AND(ISNUMBER(${top}),${top}<${READINESS_YELLOW})`],
              style: red,
            },
          ],
        });
        break;
      case 'dataBar':
        ws.addConditionalFormatting({
          ref,
          rules: [
            {
              type: 'dataBar',
              priority: priority++,
              cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
              color: { argb: `FF${cf.color}` },
            } as unknown as ExcelJS.ConditionalFormattingRule,
          ],
        });
        break;
      case 'positiveBad':
        ws.addConditionalFormatting({
          ref,
          rules: [
            {
              type: 'expression',
              priority: priority++,
              formulae: [`AND(ISNUMBER(${top}),${top}>0)`],
              style: { ...red, ...redText },
            },
          ],
        });
        break;
      case 'signed':
        ws.addConditionalFormatting({
          ref,
          rules: [
            {
              type: 'expression',
              priority: priority++,
              formulae: [`AND(ISNUMBER(${top}),${top}>0)`],
              style: cf.good ? greenText : redText,
            },
            {
              type: 'expression',
              priority: priority++,
              formulae: [`AND(ISNUMBER(${top}),${top}<0)`],
              style: cf.good ? redText : greenText,
            },
          ],
        });
        break;
    }
  }
}

function widths(sheet: Sheet): number[] {
  const out: number[] = [];
  // Tables stacked in the same columns: each column as wide as the widest header needs.
  for (const t of sheet.tables) {
    t.columns.forEach((c, i) => (out[t.col + i] = Math.max(out[t.col + i] ?? 0, c.width)));
  }
  for (const [k, w] of Object.entries(sheet.extraWidths ?? {})) out[Number(k)] = w;
  for (const chart of sheet.charts) {
    for (let c = chart.anchor.col; c < chart.anchor.col + chart.anchor.cols; c++) out[c] ??= 9;
  }
  return Array.from({ length: out.length }, (_, i) => out[i] ?? 9);
}

function chartPart(sheet: Sheet, chart: Chart): ChartPart {
  const t = sheet.tables[chart.table];
  if (!t) throw new Error(`chart "${chart.title}" refers to a missing table`);
  const rows = [...t.rows()].slice(0, chart.rowLimit ?? t.rowCount);
  const first = t.row + 1;
  const last = t.row + Math.max(rows.length, 1);
  const q = quoteSheet(sheet.name);
  const categories = rows.map((r) => {
    const c = r.cells[chart.categoryColumn];
    return c && 's' in c ? safeCellText(c.s) : '';
  });
  const series = chart.seriesColumns.map((col, k): ChartSeriesPart => {
    const column = t.columns[col];
    if (!column) throw new Error(`chart "${chart.title}" refers to a missing column`);
    return {
      name: safeCellText(column.header),
      nameRef: `${q}!${absRange(t.row, t.col + col, t.row, t.col + col).split(':')[0] ?? ''}`,
      valuesRef: `${q}!${absRange(first, t.col + col, last, t.col + col)}`,
      // Only numbers are plotted: a hidden figure ("<5") or a blank is a gap, never a point.
      values: rows.map((r) => {
        const c = r.cells[col];
        return c && 'n' in c && Number.isFinite(c.n) ? c.n : null;
      }),
      color: chart.colors[k] ?? PALETTE.navy,
    };
  });
  return {
    chart,
    mutedPoints: rows.flatMap((r, i) => (r.tone === 'muted' ? [i] : [])),
    categoriesRef: `${q}!${absRange(first, t.col + chart.categoryColumn, last, t.col + chart.categoryColumn)}`,
    categories,
    series,
  };
}

// --- Printing ----------------------------------------------------------------------------------------

const MARGIN_INCH = 0.4;
/** Printable width of an A4 page at 96 pixels per inch, landscape and portrait. */
const PRINT_WIDTH_PX = {
  landscape: ((297 / 25.4 - 2 * MARGIN_INCH) * 96) | 0,
  portrait: ((210 / 25.4 - 2 * MARGIN_INCH) * 96) | 0,
};

/**
 * Pixels of a column `width` characters wide when printed. Excel counts 7 px per character
 * (Calibri 11's digit) plus 5 px padding; LibreOffice prints the same widths about a fifth wider
 * (measured on its PDF output: 9–10 px), so the wider measure is used and both fit.
 */
function columnPx(width: number): number {
  return Math.ceil(width * 9.5 + 5);
}

/** The lowest print scale a column group is shrunk to so that more of the sheet shares a page. */
const MIN_GROUP_SCALE = 80;

/** Usable pixels across the page at `scale` %, with 3 % to spare for rounding in the printer. */
function pageRoom(scale: number, landscape: boolean): number {
  const page = landscape ? PRINT_WIDTH_PX.landscape : PRINT_WIDTH_PX.portrait;
  return (page * 0.97 * 100) / scale;
}

/**
 * How a sheet printed in column groups is laid out: the sheet names its logical sections (the
 * 0-based columns where each starts; the first starts after the repeated columns), and adjacent
 * sections share a page while they fit beside the repeated columns. The scale is the one that
 * needs the fewest pages across (the largest such scale), at most 100 % and at least
 * MIN_GROUP_SCALE unless a single section needs less. `breaks` are the columns that start a new page.
 */
export function printLayout(
  widths: readonly number[],
  sections: readonly number[],
  repeat: number,
  landscape: boolean,
): { scale: number; breaks: number[] } {
  const px = (from: number, to: number): number =>
    widths.slice(from, to).reduce((sum, w) => sum + columnPx(w), 0);
  const repeated = px(0, repeat);
  const starts = [repeat, ...sections.filter((g) => g > repeat && g < widths.length)];
  const spans = starts.map((start, i) => ({ start, px: px(start, starts[i + 1] ?? widths.length) }));
  const widest = Math.max(0, ...spans.map((s) => s.px));
  // The largest scale at which the widest section fits: no group may be wider than the page.
  const page = landscape ? PRINT_WIDTH_PX.landscape : PRINT_WIDTH_PX.portrait;
  const fits = Math.max(10, Math.min(100, Math.floor((page / Math.max(1, repeated + widest)) * 97)));
  const pack = (scale: number): number[] => {
    const room = pageRoom(scale, landscape) - repeated;
    const breaks: number[] = [];
    let used = 0;
    for (const s of spans) {
      if (used > 0 && used + s.px > room) {
        breaks.push(s.start);
        used = 0;
      }
      used += s.px;
    }
    return breaks;
  };
  let best = { scale: fits, breaks: pack(fits) };
  for (let scale = fits - 1; scale >= Math.min(fits, MIN_GROUP_SCALE); scale--) {
    const breaks = pack(scale);
    if (breaks.length < best.breaks.length) best = { scale, breaks };
  }
  return best;
}

/**
 * The 0-based columns on a sheet's first printed page: all of them when it is fitted to the page
 * width, else those that fit at the print scale (up to the first column break).
 */
function firstPageColumns(
  widths: readonly number[],
  scale: number | undefined,
  breaks: readonly number[],
  landscape: boolean,
): number {
  if (scale === undefined) return widths.length;
  const room = pageRoom(scale, landscape);
  let used = 0;
  let n = 0;
  while (n < widths.length && n !== breaks[0]) {
    used += columnPx(widths[n] ?? 9);
    if (used > room) break;
    n += 1;
  }
  return Math.max(1, n);
}

/** Text for an Excel header/footer section: '&' is the code character, so it is doubled. */
function footerText(text: string): string {
  return safeCellText(text).replace(/&/g, '&&');
}

function renderSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: Sheet,
  styles: Styles,
  anchors: ReadonlyMap<string, LinkTarget>,
  footer: string,
  pageOf: string,
): SheetExtras {
  const columnWidths = widths(sheet);
  const layout = sheet.printGroups
    ? printLayout(columnWidths, sheet.printGroups, sheet.printRepeatCols ?? 0, sheet.landscape)
    : undefined;
  const ws = wb.addWorksheet(sheet.name, {
    views: [
      {
        state: 'frozen',
        xSplit: sheet.freezeCols,
        ySplit: sheet.freezeRows,
        topLeftCell: addr(sheet.freezeRows, sheet.freezeCols),
        activeCell: addr(sheet.freezeRows, sheet.freezeCols),
      },
    ],
    pageSetup: {
      paperSize: 9,
      orientation: sheet.landscape ? 'landscape' : 'portrait',
      ...(layout
        ? { fitToPage: false, scale: layout.scale }
        : sheet.printFit === false
          ? { fitToPage: false, scale: 70 }
          : { fitToPage: true, fitToWidth: 1, fitToHeight: sheet.onePage ? 1 : 0 }),
      margins: { left: MARGIN_INCH, right: MARGIN_INCH, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: `&L&8${footerText(`${footer} · ${sheet.name}`)}&R&8${footerText(pageOf).replace('{p}', '&P').replace('{n}', '&N')}`,
    },
  });
  ws.columns = columnWidths.map((width) => ({ width }));

  const links: HyperlinkPart[] = [];
  const tables: TablePart[] = [];
  const cursors: Cursor[] = sheet.tables.map((t, i) => ({
    tableIndex: i,
    it: t.rows()[Symbol.iterator](),
    start: t.row,
    // An empty table still needs one (empty) data row to be a valid Excel table.
    end: t.row + Math.max(t.rowCount, 1),
  }));
  for (const t of sheet.tables) {
    tables.push({
      name: t.name,
      ref: `${addr(t.row, t.col)}:${addr(t.row + Math.max(t.rowCount, 1), t.col + t.columns.length - 1)}`,
      columns: t.columns.map((c) => safeCellText(c.header)),
    });
  }
  const lastRow = Math.max(1, ...cursors.map((c) => c.end));

  // A sheet printed in column groups repeats its first columns on every page, where the title
  // would show cut off: its title and subtitle start right after them instead.
  const titleCol = layout ? (sheet.printRepeatCols ?? 0) : 0;
  const title = ws.getRow(1);
  title.height = 24;
  const titleCell = title.getCell(titleCol + 1);
  titleCell.value = safeCellText(sheet.title);
  titleCell.style = styles.title;
  title.commit();
  // The subtitle wraps within the columns of the first printed page (merged across them), so a
  // long line of context never runs off the paper.
  const sub = ws.getRow(2);
  const subCell = sub.getCell(titleCol + 1);
  const subtitle = safeCellText(sheet.subtitle);
  subCell.value = subtitle;
  subCell.style = styles.subtitle;
  const scale = layout?.scale ?? (sheet.printFit === false ? 70 : undefined);
  const across = firstPageColumns(columnWidths, scale, layout?.breaks ?? [], sheet.landscape);
  if (across > titleCol + 1) ws.mergeCells(2, titleCol + 1, 2, across);
  const room = columnWidths.slice(titleCol, across).reduce((sum, w) => sum + w, 0);
  const subLines = lines(subtitle, room);
  if (subLines > 1) sub.height = subLines * LINE_HEIGHT + 3;
  sub.commit();

  for (let r = 2; r <= lastRow; r++) {
    const active = cursors.filter((c) => r >= c.start && r <= c.end);
    if (active.length === 0) continue;
    const row = ws.getRow(r + 1);
    let height = 1;
    let isHeader = false;
    for (const cursor of active) {
      const t = sheet.tables[cursor.tableIndex];
      if (!t) continue;
      if (r === cursor.start) {
        isHeader = true;
        t.columns.forEach((c, i) => {
          const target = row.getCell(t.col + i + 1);
          target.value = safeCellText(c.header);
          target.style = styles.header(c.rotate === true);
        });
        continue;
      }
      const next = cursor.it.next();
      if (next.done) continue;
      const data = next.value;
      t.columns.forEach((column, i) => {
        const cell = data.cells[i] ?? null;
        const n = writeCell(row.getCell(t.col + i + 1), cell, column, data.tone, styles, anchors, links);
        if (n > height) height = n;
      });
    }
    if (isHeader) {
      // Tall enough for every header wrapped at word boundaries (13 points a line).
      let lines = 1;
      for (const cursor of active) {
        const t = sheet.tables[cursor.tableIndex];
        if (t && r === cursor.start) for (const c of t.columns) lines = Math.max(lines, headerLines(c));
      }
      row.height = Math.max(sheet.headerHeight, lines * LINE_HEIGHT + 6);
    } else if (height > 1) row.height = Math.min(MAX_ROW_HEIGHT, height * LINE_HEIGHT + 3);
    row.commit();
  }

  conditionalFormats(ws, sheet);
  ws.commit();
  const headerRows = sheet.tables.map((t) => t.row + 1);
  const firstHeader = Math.min(...headerRows);
  return {
    key: sheet.key,
    name: sheet.name,
    tables,
    hyperlinks: links,
    charts: sheet.charts.map((c) => chartPart(sheet, c)),
    ...(sheet.printRepeatCols ? { printTitleCols: sheet.printRepeatCols } : {}),
    ...(layout && layout.breaks.length > 0 ? { colBreaks: layout.breaks } : {}),
    ...(sheet.repeatHeader !== false && Number.isFinite(firstHeader)
      ? { printTitleRows: [firstHeader, firstHeader] as const }
      : {}),
  };
}

/** Renders the model with the streaming writer; returns the package bytes and what is still to add. */
export async function renderStreaming(
  model: SummaryWorkbook,
): Promise<{ bytes: Uint8Array; extras: SheetExtras[] }> {
  const pass = new PassThrough();
  const chunks: Buffer[] = [];
  pass.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pass.on('end', resolve);
    pass.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: pass,
    useStyles: true,
    useSharedStrings: true,
    // Fast compression: the package step inflates and deflates again once.
    zip: { zlib: { level: 1 } },
  });
  wb.creator = 'korpsplan';
  wb.lastModifiedBy = 'korpsplan';
  wb.created = model.created;
  wb.modified = model.created;
  wb.title = model.title;
  wb.subject = model.subject;
  wb.views = [
    { x: 0, y: 0, width: 24000, height: 14000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];

  const styles = new Styles(model.lang);
  const extras: SheetExtras[] = [];
  const pageOf = PAGE_OF[model.lang];
  for (const sheet of model.sheets) {
    extras.push(renderSheet(wb, sheet, styles, model.anchors, model.footer, pageOf));
  }
  await wb.commit();
  await done;
  const buffer = Buffer.concat(chunks);
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), extras };
}
