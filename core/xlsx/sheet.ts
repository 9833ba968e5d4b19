// A worksheet part, streamed: cells with their values and formats, merged ranges, hyperlink
// references, and the relationship ids of drawings and tables. Limits are counted as the cells
// go by, so a sheet that breaks one is refused at that cell, before the rest is read.

import type { CellValue, GridCell, GridFill, GridRange } from '../grid';
import { CellColumnsBuilder, colName, parseRange, type CellColumns, type GridIcon } from '../grid';
import { pickIcons, type IconRule } from '../icons';
import { checkFormula } from './active';
import { EXCEL_LIMITS, type IntakeLimits } from './limits';
import { refuse } from './messages';
import { decodeEscapes, GENERAL_LEFT_TO_RIGHT, writtenEscapes, type CellLook } from './workbook';
import type { XmlHandler, XmlScanner } from './xml';

export type MutableCell = { -readonly [K in keyof GridCell]: GridCell[K] };

/** Counters shared by all sheets of one workbook. */
export interface Budget {
  cells: number;
  mergedCells: number;
  objects: number;
  /** Filled cells without a value kept so far (see MAX_BLANK_FILLS). */
  blankFills?: number;
  /** Indented text cells kept so far (see MAX_INDENTS). */
  indents?: number;
  /** Cells pointing into a sheet by name kept so far (see MAX_SHEET_REFS). */
  sheetRefs?: number;
  /** IntakeLimits.maxWork, counted so far (cells, their text by reference, formats, formulas). */
  work?: number;
}

/** Raw characters a cell's text may take in the XML: each character may be written as _xHHHH_. */
const ESCAPED = 7;

/** Whether a range lies within Excel's grid (XFD1048576). */
/** Whether a range lies inside Excel's grid (its last cell at most XFD1048576). */
export function inGrid(range: GridRange): boolean {
  return range.e.r < EXCEL_LIMITS.rows && range.e.c < EXCEL_LIMITS.columns;
}

/**
 * Filled cells without a value kept in the whole workbook. They cost no value limit, so they are
 * bounded here: past this many, further blank fills are not kept (values are never dropped; the
 * token limit still bounds the reading time of a sheet of millions of formatted cells).
 */
export const MAX_BLANK_FILLS = 100_000;

/**
 * Indented text cells kept in the whole workbook (GridSheet.indents: a plan's hierarchy has a few
 * hundred). Past this many, the sheet being read keeps none and the later sheets none: their
 * hierarchy is read as if no cell were indented, never from a part of the indentation.
 */
export const MAX_INDENTS = 100_000;

/**
 * Cells pointing into a sheet by name kept in the whole workbook (GridSheet.sheetRefs: an index of
 * a plan kept a sheet per activity has a few dozen). Past this many, the sheet being read keeps none
 * and the later sheets none.
 */
export const MAX_SHEET_REFS = 100_000;

/** A quoted sheet name before "!" ('Infomøde'!B7, "#'Ark 2'!A1"), its quotes doubled inside. */
const QUOTED_SHEET = /'((?:[^']|'')+)'!/u;
/** An unquoted sheet name before "!" (Skole!A4, "#Indeks!A1"), not part of a longer name. */
const BARE_SHEET = /(?<![\p{L}\p{N}_.'\]])([\p{L}_][\p{L}\p{N}_.]*)!/u;

/**
 * The first sheet a formula or a link's location names ('Infomøde'!B7, Skole!A4,
 * HYPERLINK("#'Infomøde'!A1";"…")), as written; undefined when it names none.
 */
export function sheetNamedIn(text: string): string | undefined {
  if (text.indexOf('!') === -1) return undefined;
  const quoted = QUOTED_SHEET.exec(text);
  const bare = BARE_SHEET.exec(text);
  if (quoted && (!bare || quoted.index <= bare.index)) return quoted[1]?.replace(/''/g, "'");
  return bare?.[1];
}

/** Form controls read per sheet (a checklist of option buttons has a few dozen). */
const MAX_CONTROLS = 2000;

export interface SheetContext {
  readonly limits: IntakeLimits;
  readonly sheetName: string;
  readonly part: string;
  readonly sharedStrings: readonly string[];
  /**
   * The shared strings that write a control character's escape out as text (`_x000B_`), by index,
   * read as the character (writtenEscapes), worked out once per string rather than per cell.
   */
  readonly sharedEscapes?: ReadonlyMap<number, { readonly text: string; readonly written: string }>;
  /** Shared strings with runs struck through: the text of the runs not struck (GridSheet.struckRuns). */
  readonly sharedStruck?: ReadonlyMap<number, string>;
  readonly formats: readonly (string | undefined)[];
  /** The fill, boldness and indentation of each cell style (by `s`), when the styles were read. */
  readonly looks?: readonly (CellLook | undefined)[];
  readonly date1904: boolean;
  readonly budget: Budget;
  /**
   * The workbook asks to be calculated in full when opened (calcPr fullCalcOnLoad): the results it
   * holds are not what Excel shows (XlsxWriter writes 0 for every formula), so every formula is
   * kept to be worked out again (PendingFormula).
   */
  readonly recalculate?: boolean;
  /**
   * The text each rich value shows, by the cell's vm (1-based): a linked data type (Geography,
   * People …) saved as #VALUE! is the text Excel shows in it (richvalues.ts).
   */
  readonly richTexts?: readonly (string | undefined)[];
}

/**
 * A formula cell whose shown value the file does not hold: no result was saved (a workbook written
 * by a program that does not calculate), or the workbook asks to be calculated again when opened.
 * `formula` is its text (a shared formula's, written at another cell: references relative to that
 * cell move by dr, dc); undefined when the file does not give it.
 */
export interface PendingFormula {
  readonly r: number;
  readonly c: number;
  readonly formula: string | undefined;
  readonly dr: number;
  readonly dc: number;
  /** The file holds a result (kept when the formula cannot be worked out here). */
  readonly cached: boolean;
}

export interface HyperlinkRef {
  readonly ref: GridRange;
  readonly refText: string;
  readonly rid: string | undefined;
}

/** Position key of a cell: row-major, unique while columns stay below 2^20. */
export function cellKey(r: number, c: number): number {
  return r * 0x100000 + c;
}

const enum Collect {
  None,
  Value,
  Formula,
  Inline,
  OtherFormula,
}

/** The xml:space attribute and the end of its tag at the start of a text: `xml:space="preserve">`. */
const MARKUP_TEXT = /^xml:space="(?:preserve|default)">/;

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const LEAP_BUG_END = Date.UTC(1900, 2, 1);

/** An ISO 8601 date (t="d" cells) as an Excel serial number. */
function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z)?$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    0,
    Math.round(Number(m[6] ?? 0) * 1000),
  );
  if (Number.isNaN(ms)) return undefined;
  // A day or time out of range ("2027-13-45", "2027-02-30", "25:00") is no date: Date.UTC would
  // carry it into another day.
  const at = new Date(ms);
  if (at.getUTCMonth() + 1 !== Number(m[2]) || at.getUTCDate() !== Number(m[3])) return undefined;
  if (Number(m[4] ?? 0) > 23 || Number(m[5] ?? 0) > 59 || Number(m[6] ?? 0) >= 60) return undefined;
  if (date1904) return (ms - EPOCH_1904) / MS_PER_DAY;
  // Excel counts a 29 February 1900 that never was: serials before March 1900 are one lower.
  return (ms - EPOCH_1900) / MS_PER_DAY - (ms < LEAP_BUG_END ? 1 : 0);
}

/** At most this many cells with a value beside the one read are kept per sheet (each one checked). */
const MAX_UNREAD_VALUES = 1_000;

/**
 * The default namespace of a sheet whose root is SpreadsheetML under a prefix (<x:worksheet
 * xmlns:x="…main">) and whose default namespace is another (xmlns="urn:evil"): the start of the
 * stack WorksheetHandler keeps of each open element's default namespace; undefined for any other
 * sheet (Excel's own have SpreadsheetML as their default), which then costs nothing.
 */
function foreignDefault(x: XmlScanner): string[] | undefined {
  if (!x.prefixed) return undefined;
  const ns = x.attr('xmlns');
  return ns === undefined || ns === '' || SHEET_NAMESPACES.has(ns) ? undefined : [];
}

/** SpreadsheetML's namespace, transitional and strict (ISO/IEC 29500): the only ones a sheet is in. */
const SHEET_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
]);

/**
 * A sheet's root element that declares namespaces of which none is SpreadsheetML's
 * (<worksheet xmlns="urn:evil">, an XHTML table dressed as a sheet) is another vocabulary that only
 * borrows the names: Excel does not read it as a sheet (it repairs the file and drops the sheet's
 * content), and read by local names its cells would be ones Excel never shows. Refused, naming the
 * part and the namespace. A root that declares no namespace at all is read as a sheet (a careless
 * writer, not another vocabulary); one that declares SpreadsheetML's, under any prefix, is a sheet.
 */
function rootNamespace(x: XmlScanner, part: string): void {
  let declared: string | undefined;
  for (let i = 0; i < x.attrCount; i++) {
    const name = x.attrName(i);
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const uri = x.attrValue(i);
    if (SHEET_NAMESPACES.has(uri)) return;
    if (name === 'xmlns' || declared === undefined) declared = uri;
  }
  if (declared === undefined) return;
  const clean = declared.replace(/[\u0000-\u001f\u007f]/g, '?');
  const shown = clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
  throw refuse.xmlInvalid(
    part,
    `arket er i navnerummet "${shown}", ikke SpreadsheetML's, så det er ikke et regneark`,
    `the sheet is in the namespace "${shown}", not SpreadsheetML's, so it is not a worksheet`,
  );
}

export class WorksheetHandler implements XmlHandler {
  /** The cells read so far, in reading order, as columns (core/grid.ts CellColumns). */
  readonly cells = new CellColumnsBuilder();
  readonly merges: GridRange[] = [];
  /** Hidden columns (GridSheet.hiddenColumns). */
  readonly hiddenColumns: { min: number; max: number }[] = [];
  readonly hyperlinks: HyperlinkRef[] = [];
  readonly drawingIds: string[] = [];
  readonly tableIds: string[] = [];
  readonly backgroundIds: string[] = [];
  /** Form controls (<controls>, Excel 2010+): each one's shape id in the drawing and ctrlProp relationship. */
  readonly controlIds: { readonly shapeId: string; readonly rid: string }[] = [];
  /** Filled cells without a value, in reading order. */
  readonly blankFills: GridFill[] = [];
  /** Number cells whose value is written as an ISO 8601 date, in reading order (GridSheet.textDates). */
  readonly textDates: { r: number; c: number; day: string }[] = [];
  /** Text cells read without the XML attribute written into their text (GridSheet.markupTexts). */
  readonly markupTexts: { r: number; c: number; markup: string }[] = [];
  /** Text cells with runs struck through (GridSheet.struckRuns). */
  readonly struckRuns: { r: number; c: number; shown: string }[] = [];
  /**
   * Round 21b: the cells whose text starts past their column's width a reader can see by at least
   * MIN_PUSH characters (an indent, leading spaces), with how far (in characters) and the side it is
   * pushed out of; with the columns' widths (<col width>, in characters) and the sheet's default
   * width (<sheetFormatPr>), they are judged once the sheet is read (pushedOut). Bounded.
   */
  readonly pushed: { r: number; c: number; offset: number; side: 1 | -1 }[] = [];
  /**
   * Round 26: each cell's horizontal alignment where its style gives one other than general (by
   * cellKey), for where its letters stand under a picture partly see-through (cellsUnderPicture).
   * Bounded (MAX_ALIGNED): once full, `alignedFull` says a cell not kept may have one.
   */
  readonly aligned = new Map<number, string>();
  alignedFull = false;
  /**
   * Round 27: each cell's indent where its style gives one (by cellKey, levels), bounded with
   * `aligned` (MAX_ALIGNED, `alignedFull`), for where its letters begin under such a picture.
   */
  readonly indented = new Map<number, number>();
  /** Round 27: the sheet is laid out right to left (<sheetView rightToLeft="1">). */
  rightToLeft = false;
  readonly colWidths: { min: number; max: number; width: number }[] = [];
  defaultWidth: number | undefined;
  /** Round 21b: rows of a height of their own (<row ht>, points) and the sheet's default height. */
  readonly rowHeights = new Map<number, number>();
  defaultHeight: number | undefined;
  /** Text cells whose style indents them, in reading order (GridSheet.indents). */
  readonly indents: { r: number; c: number; level: number }[] = [];
  /** More indented text cells than MAX_INDENTS: this sheet keeps none. */
  private indentsDropped = false;
  /** Cells pointing into a sheet by name (GridSheet.sheetRefs). */
  readonly sheetRefs: { r: number; c: number; sheet: string }[] = [];
  /** More such cells than MAX_SHEET_REFS in the workbook: this sheet keeps none. */
  private sheetRefsDropped = false;
  /** False when the cells came out of order (or twice) and must be sorted. */
  sorted = true;

  // The last cell's position, as two small integers: one row-major key (cellKey) passes 2^31 from
  // row 2,048 on, and a field that turns from a small integer into a double mid-sheet makes V8
  // throw away the optimised code of every method that touched it, on every workbook.
  private lastRow = -1;
  private lastCol = -1;
  /**
   * Rows and columns holding a value so far. The limits count these, not how far down or right a
   * value stands: a stray value far below the plan (row 600,000 after Ctrl+Down) costs one row, and
   * is reported as not placed instead of refusing the file. (Cells out of order may count a row
   * twice: at most once per cell.)
   */
  private rowsHeld = 0;
  private columnsHeld = 0;
  private columnSeen: Uint8Array | undefined;
  private inSheetData = false;
  private row = -1;
  private col = -1;
  // The cell being read.
  private cr = 0;
  private cc = 0;
  private type = '';
  /** The cell's vm (a rich value's metadata, 1-based; 0: none). */
  private vm = 0;
  private fmt: string | undefined;
  private look: CellLook | undefined;
  private hasValue = false;
  private hasFormula = false;
  /** The cell's formula is shared (t="shared"): its group's index. */
  private sharedSi: string | undefined;
  /** The text of each shared formula group, and the cell it was written in. */
  private readonly sharedFormulas = new Map<string, { text: string; r: number; c: number }>();
  /** Formula cells whose value is to be worked out once the sheets are read (see PendingFormula). */
  readonly pending: PendingFormula[] = [];
  private value = '';
  /**
   * Or, while the value is one text run passed by position (textAt) and `value` is empty: the run
   * valueSrc[valueFrom, valueTo). A shared string's index or a plain number is parsed where it
   * stands, so most cells cost no string for their value.
   */
  private valueSrc = '';
  private valueFrom = 0;
  private valueTo = 0;
  private formula = '';
  private inline = '';
  private inInline = false;
  private phonetic = 0;
  private collect = Collect.None;
  /** Elements open inside a value, formula or text being collected (Excel writes none there). */
  private foreign = 0;
  /** Hyperlinks of this sheet (Excel allows 65,530). */
  private links = 0;
  /** The range a data validation or conditional format applies to, for messages. */
  private otherWhere: string | undefined;
  private otherKind: 'validation' | 'format' | undefined;
  /** The ranges of the conditional format being read, and its icon-set rule being read. */
  private cfRanges: GridRange[] = [];
  private iconRule: (IconRule & { cfvos: IconRule['cfvos'][number][] }) | undefined;
  /** Icon-set conditional formats of this sheet (their icons are worked out once the cells are read). */
  readonly iconRules: IconRule[] = [];
  /** Grouped rows ("Data › Gruppér"): [row, outline level 1–7], in the order read. */
  readonly outline: [number, number][] = [];

  constructor(private readonly ctx: SheetContext) {}

  /** The root element has been seen (its namespace checked: rootNamespace). */
  private rooted = false;
  /**
   * The default namespace of each open element, kept only in a sheet whose root is SpreadsheetML
   * under a prefix beside a foreign default namespace (foreignDefault): undefined in every other.
   */
  private defaults: string[] | undefined;
  /** A <sheetData> has been read: a second one is refused (see 'sheetData'). */
  private sheetDataSeen = false;
  /** The cell being read has a <v>, an <is>: both, and the one not read holds another text (unreadValue). */
  private sawV = false;
  private sawIs = false;
  /** Cells holding a value beside the one read (GridSheet.cellsWithUnreadValue), in reading order, bounded. */
  readonly unreadValues: { r: number; c: number }[] = [];

  /**
   * An element without a prefix in a sheet whose default namespace is foreign: it is in that
   * namespace, not SpreadsheetML's, so Excel (which reads namespaces) does not read it as the sheet's,
   * while a reader of local names would. Refused naming the part, the element and the namespace.
   */
  private inForeignDefault(name: string, x: XmlScanner, defaults: string[]): void {
    const declared = x.attr('xmlns');
    const ns = declared ?? defaults[defaults.length - 1] ?? '';
    defaults.push(ns);
    if (x.prefixed || ns === '' || SHEET_NAMESPACES.has(ns)) return;
    const clean = ns.replace(/[\u0000-\u001f\u007f]/g, '?');
    const shown = clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
    const element = name.length > 40 ? `${name.slice(0, 37)}...` : name;
    throw refuse.xmlInvalid(
      this.ctx.part,
      `elementet <${element}> står uden præfiks i delens standardnavnerum "${shown}", ikke i SpreadsheetML's, så Excel læser det ikke som en del af arket`,
      `the element <${element}> stands without a prefix in the part's default namespace "${shown}", not SpreadsheetML's, so Excel does not read it as part of the sheet`,
    );
  }

  open(name: string, x: XmlScanner): void {
    if (!this.rooted) {
      this.rooted = true;
      rootNamespace(x, this.ctx.part);
      this.defaults = foreignDefault(x);
    }
    if (this.defaults !== undefined) this.inForeignDefault(name, x, this.defaults);
    if (this.collect !== Collect.None || this.foreign > 0) {
      // A value, a formula or a string's text has no elements inside it in Excel's format: the
      // text of one (an unknown element inside <v>) is not the cell's (the package scan judges it).
      this.foreign++;
      return;
    }
    switch (name) {
      case 'c':
        if (this.inSheetData) this.startCell(x);
        return;
      case 'v':
        if (this.collect === Collect.None) {
          this.collect = Collect.Value;
          this.value = '';
          this.valueTo = 0;
          this.hasValue = true;
          this.sawV = true;
        }
        return;
      case 'row':
        if (this.inSheetData) this.startRow(x);
        return;
      case 'f':
        this.formula = '';
        if (this.collect === Collect.None && this.inSheetData) {
          this.collect = Collect.Formula;
          this.hasFormula = true;
          this.sharedSi = x.attr('t') === 'shared' ? (x.attr('si') ?? '') : undefined;
        } else {
          this.collect = Collect.OtherFormula;
        }
        return;
      case 'is':
        this.inInline = true;
        this.inline = '';
        this.hasValue = true;
        this.sawIs = true;
        return;
      case 't':
        if (this.inInline && this.phonetic === 0) this.collect = Collect.Inline;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 'sheetData':
        // A second <sheetData> (the schema allows one): a reader that stops at the first, one that
        // reads the last and one that reads both see other cells. Refused naming the part.
        if (this.sheetDataSeen)
          this.invalid(
            'arket har to <sheetData>, så det er uklart, hvilke celler der er arkets',
            "the sheet has two <sheetData>, so which cells are the sheet's is unclear",
          );
        this.sheetDataSeen = true;
        this.inSheetData = true;
        return;
      case 'mergeCell':
        this.merge(x.attr('ref') ?? '');
        return;
      case 'sheetView': {
        const rtl = x.attr('rightToLeft');
        if (rtl === '1' || rtl === 'true') this.rightToLeft = true;
        return;
      }
      case 'sheetFormatPr': {
        const width = Number(x.attr('defaultColWidth') ?? '');
        const base = Number(x.attr('baseColWidth') ?? '');
        if (Number.isFinite(width) && width > 0) this.defaultWidth = width;
        else if (Number.isFinite(base) && base > 0) this.defaultWidth = base + 1;
        const height = Number(x.attr('defaultRowHeight') ?? '');
        if (Number.isFinite(height) && height >= 0) this.defaultHeight = height;
        return;
      }
      case 'col': {
        const min = Number(x.attr('min'));
        const max = Number(x.attr('max'));
        if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) return;
        // Its width (round 21b: where a text pushed out of its cell is judged, pushedOut).
        const width = Number(x.attr('width') ?? '');
        if (Number.isFinite(width) && this.colWidths.length < MAX_COL_WIDTHS)
          this.colWidths.push({ min: min - 1, max: max - 1, width });
        // A column marked hidden, or one too narrow to show a character (width below one
        // character: under 12 pixels, where no whole character fits beside the cell's margins; some
        // programs write a hidden column as width="0"). Round 21: from half a character to one.
        if (
          (isOne(x.attr('hidden')) || Number(x.attr('width') ?? '1') < MIN_SHOWING_WIDTH) &&
          this.hiddenColumns.length < MAX_HIDDEN_COLUMNS
        )
          this.hiddenColumns.push({ min: min - 1, max: max - 1 });
        return;
      }
      case 'dimension':
        this.dimension(x.attr('ref') ?? '');
        return;
      case 'dataValidation':
      case 'conditionalFormatting':
        this.otherKind = name === 'dataValidation' ? 'validation' : 'format';
        this.otherWhere = this.rangesWhere(x.attr('sqref'));
        if (name === 'conditionalFormatting') this.cfRanges = rangesOf(x.attr('sqref'));
        return;
      case 'iconSet':
        if (this.cfRanges.length > 0 && this.iconRules.length < MAX_ICON_RULES)
          this.iconRule = {
            ranges: this.cfRanges,
            set: x.attr('iconSet') ?? '3TrafficLights1',
            reverse: isOne(x.attr('reverse')),
            iconOnly: x.attr('showValue') === '0' || x.attr('showValue') === 'false',
            cfvos: [],
          };
        return;
      case 'cfvo':
        if (this.iconRule)
          this.iconRule.cfvos.push({
            type: x.attr('type') ?? 'num',
            val: x.attr('val') ?? '',
            gte: x.attr('gte') !== '0' && x.attr('gte') !== 'false',
          });
        return;
      case 'hyperlink':
        this.hyperlink(x);
        return;
      case 'drawing': {
        const id = x.attrNs('id');
        if (id !== undefined) this.drawingIds.push(id);
        return;
      }
      case 'picture': {
        const id = x.attrNs('id');
        if (id !== undefined) this.backgroundIds.push(id);
        return;
      }
      case 'tablePart': {
        const id = x.attrNs('id');
        if (id !== undefined) this.tableIds.push(id);
        return;
      }
      case 'control': {
        const rid = x.attrNs('id');
        const shapeId = x.attr('shapeId');
        if (rid !== undefined && shapeId !== undefined && this.controlIds.length < MAX_CONTROLS)
          this.controlIds.push({ shapeId, rid });
        return;
      }
      case 'oleObject':
        throw refuse.embedded();
      case 'formula':
      case 'formula1':
      case 'formula2':
        this.collect = Collect.OtherFormula;
        this.formula = '';
        return;
    }
  }

  close(name: string): void {
    this.defaults?.pop();
    if (this.foreign > 0) {
      this.foreign--;
      return;
    }
    switch (name) {
      case 'c':
        if (this.inSheetData) this.endCell();
        return;
      case 'dataValidation':
      case 'conditionalFormatting':
        this.otherWhere = undefined;
        this.otherKind = undefined;
        this.cfRanges = [];
        return;
      case 'iconSet':
        if (this.iconRule) this.iconRules.push(this.iconRule);
        this.iconRule = undefined;
        return;
      case 'v':
        if (this.collect === Collect.Value) this.collect = Collect.None;
        return;
      case 'f':
        if (this.collect === Collect.Formula) {
          this.collect = Collect.None;
          if (this.formula.length > 0) {
            checkFormula(this.formula, this.cellWhere());
            this.spend(this.formula.length);
            if (this.sharedSi !== undefined)
              this.sharedFormulas.set(this.sharedSi, { text: this.formula, r: this.cr, c: this.cc });
          }
        } else if (this.collect === Collect.OtherFormula) {
          this.collect = Collect.None;
          checkFormula(this.formula, this.otherWhere ?? this.ctx.sheetName);
        }
        return;
      case 'formula':
      case 'formula1':
      case 'formula2':
        if (this.collect === Collect.OtherFormula) {
          this.collect = Collect.None;
          checkFormula(this.formula, this.otherWhere ?? this.ctx.sheetName);
        }
        return;
      case 't':
        if (this.collect === Collect.Inline) this.collect = Collect.None;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'sheetData':
        this.inSheetData = false;
        return;
    }
  }

  textAt(s: string, from: number, to: number): void {
    if (this.foreign > 0) return;
    switch (this.collect) {
      case Collect.None:
        return;
      case Collect.Value:
        if (this.value.length === 0 && this.valueTo === 0) {
          this.valueSrc = s;
          this.valueFrom = from;
          this.valueTo = to;
          if (to - from > ESCAPED * this.ctx.limits.maxCellTextLength) this.textTooLong(this.valueText());
          return;
        }
        this.text(s.slice(from, to));
        return;
      default:
        this.text(s.slice(from, to));
    }
  }

  /** The value's text as a string (a run held by position is sliced once and kept). */
  private valueText(): string {
    if (this.valueTo > 0) {
      this.value = this.valueSrc.slice(this.valueFrom, this.valueTo);
      this.valueSrc = '';
      this.valueFrom = 0;
      this.valueTo = 0;
    }
    return this.value;
  }

  text(text: string): void {
    if (this.foreign > 0) return;
    // A text arrives in pieces (runs, CDATA sections): each kind is refused as soon as it is longer
    // than it may be, instead of after it was all collected.
    switch (this.collect) {
      case Collect.None:
        return;
      case Collect.Value:
        this.value = this.valueText().length === 0 ? text : this.value + text;
        if (this.value.length > ESCAPED * this.ctx.limits.maxCellTextLength) this.textTooLong(this.value);
        return;
      case Collect.Inline:
        this.inline += text;
        if (this.inline.length > ESCAPED * this.ctx.limits.maxCellTextLength) this.textTooLong(this.inline);
        return;
      case Collect.Formula:
      case Collect.OtherFormula:
        this.formula += text;
        if (this.formula.length > EXCEL_LIMITS.formulaLength) {
          const where =
            this.collect === Collect.Formula ? this.cellWhere() : (this.otherWhere ?? this.ctx.sheetName);
          throw refuse.formulaTooLong(where);
        }
        return;
    }
  }

  /** "Ark1!B2": the cell being read. */
  private cellWhere(): string {
    return `${this.ctx.sheetName}!${colName(this.cc)}${this.cr + 1}`;
  }

  private textTooLong(raw: string): never {
    const where = `${colName(this.cc)}${this.cr + 1}`;
    const length = decodeEscapes(raw).length;
    throw refuse.cellText(
      `Cellen ${this.ctx.sheetName}!${where}`,
      `Cell ${this.ctx.sheetName}!${where}`,
      Math.max(length, this.ctx.limits.maxCellTextLength + 1),
      this.ctx.limits.maxCellTextLength,
      true,
    );
  }

  /** Counts `units` of work (IntakeLimits.maxWork) and refuses the workbook past the budget. */
  private spend(units: number): void {
    const budget = this.ctx.budget;
    budget.work = (budget.work ?? 0) + units;
    if (budget.work > this.ctx.limits.maxWork) throw refuse.workBudget(this.ctx.limits.maxWork);
  }

  /** "Ark1!B2:B9 C4" for a space-separated list of ranges; refuses one beyond Excel's grid. */
  private rangesWhere(sqref: string | undefined): string {
    const list = (sqref ?? '').trim();
    for (const part of list.split(/\s+/)) {
      const range = parseRange(part);
      if (range && !inGrid(range)) {
        const kind = this.otherKind === 'validation';
        throw refuse.referenceOutOfRange(
          `${kind ? 'En datavalidering' : 'En betinget formatering'} i arket "${this.ctx.sheetName}"`,
          `${kind ? 'A data validation' : 'A conditional format'} in sheet "${this.ctx.sheetName}"`,
          part,
        );
      }
    }
    return list === '' ? this.ctx.sheetName : `${this.ctx.sheetName}!${list}`;
  }

  private dimension(ref: string): void {
    const range = parseRange(ref);
    if (range && !inGrid(range)) {
      throw refuse.referenceOutOfRange(
        `Arket "${this.ctx.sheetName}" oplyser en størrelse, der`,
        `Sheet "${this.ctx.sheetName}" states a size that`,
        ref,
      );
    }
  }

  private invalid(what: string, whatEn: string): never {
    throw refuse.xmlInvalid(this.ctx.part, what, whatEn);
  }

  /** A cell's value that cannot be read: refused naming the sheet and the cell, besides the part. */
  private invalidValue(what: string, whatEn: string): never {
    const where = `${this.ctx.sheetName}!${colName(this.cc)}${this.cr + 1}`;
    this.invalid(`${what} i cellen ${where}`, `${whatEn} in cell ${where}`);
  }

  private startRow(x: XmlScanner): void {
    // Like startCell: the row number is read from the text, without slicing.
    let at = -1;
    let level = -1;
    let height = -1;
    for (let i = 0; i < x.attrCount; i++) {
      const length = x.attrNameLength(i);
      if (length === 1 && x.attrNameCode(i, 0) === 114 /* r */) at = i;
      else if (length === 2 && x.attrNameCode(i, 0) === 104 /* h */ && x.attrNameCode(i, 1) === 116 /* t */)
        height = i;
      else if (length === 12 && x.attrNameCode(i, 0) === 111 /* o */ && x.attrName(i) === 'outlineLevel')
        level = i;
    }
    if (at === -1) {
      this.row++;
    } else {
      const from = x.attrValueStart(at);
      const n = from === -1 ? parseDigits(x.attrValue(at)) : digitsAt(x.source, from, x.attrValueEnd(at));
      if (n < 1 || n > EXCEL_LIMITS.rows) this.badRow(x.attrValue(at));
      this.row = n - 1;
    }
    this.col = -1;
    if (height !== -1 && this.rowHeights.size < MAX_ROW_HEIGHTS) {
      const ht = Number(x.attrValue(height));
      if (Number.isFinite(ht) && ht >= 0) this.rowHeights.set(this.row, ht);
    }
    if (level !== -1) {
      const n = parseDigits(x.attrValue(level));
      if (n >= 1 && n <= 7) this.outline.push([this.row, n]);
    }
  }

  private badRow(r: string): never {
    if (parseDigits(r) < 1) this.invalid(`ugyldigt rækkenummer "${r}"`, `invalid row number "${r}"`);
    throw refuse.referenceOutOfRange(
      `Arket "${this.ctx.sheetName}"`,
      `Sheet "${this.ctx.sheetName}"`,
      `række ${r}`,
      `row ${r}`,
    );
  }

  private startCell(x: XmlScanner): void {
    // The hot path: r, s and t are read straight from the text, without slicing.
    const src = x.source;
    let refStart = -1;
    let refEnd = -1;
    this.type = 'n';
    this.fmt = undefined;
    this.look = undefined;
    this.vm = 0;
    for (let i = 0; i < x.attrCount; i++) {
      if (x.attrNameLength(i) !== 1) {
        // vm: a rich value's metadata (a linked data type), only where the workbook has any.
        if (this.ctx.richTexts !== undefined && x.attrName(i) === 'vm') this.vm = parseDigits(x.attrValue(i));
        continue;
      }
      const k = x.attrNameCode(i, 0);
      if (k === 114 /* r */) {
        refStart = x.attrValueStart(i);
        refEnd = x.attrValueEnd(i);
        if (refStart === -1) this.invalid('ugyldig cellereference', 'invalid cell reference');
      } else if (k === 116 /* t */) {
        this.type = x.attrValue(i);
      } else if (k === 115 /* s */) {
        const from = x.attrValueStart(i);
        const style = from === -1 ? -1 : digitsAt(src, from, x.attrValueEnd(i));
        this.fmt = style === -1 ? undefined : this.ctx.formats[style];
        this.look = style === -1 ? undefined : this.ctx.looks?.[style];
      }
    }
    if (refStart === -1) {
      if (this.row < 0) this.row = 0;
      this.cr = this.row;
      this.cc = this.col + 1;
    } else {
      this.parseRef(src, refStart, refEnd);
    }
    this.col = this.cc;
    this.hasValue = false;
    this.sawV = false;
    this.sawIs = false;
    this.hasFormula = false;
    this.sharedSi = undefined;
    this.formula = '';
    this.value = '';
    this.valueSrc = '';
    this.valueTo = 0;
    this.inline = '';
    this.collect = Collect.None;
  }

  /** Parses the A1 reference s[from, to) into cr/cc without allocating. */
  private parseRef(s: string, from: number, to: number): void {
    let i = from;
    let col = 0;
    for (; i < to; i++) {
      const up = s.charCodeAt(i) & ~32;
      if (up < 65 || up > 90) break;
      col = col * 26 + (up - 64);
    }
    const letters = i - from;
    let row = 0;
    const digitsFrom = i;
    for (; i < to; i++) {
      const ch = s.charCodeAt(i);
      if (ch < 48 || ch > 57) break;
      row = row * 10 + (ch - 48);
    }
    const digits = i - digitsFrom;
    if (letters === 0 || letters > 4 || i !== to || digits === 0 || digits > 10 || row < 1) {
      const ref = s.slice(from, to);
      this.invalid(`ugyldig cellereference "${ref}"`, `invalid cell reference "${ref}"`);
    }
    if (row > EXCEL_LIMITS.rows || col > EXCEL_LIMITS.columns) {
      throw refuse.referenceOutOfRange(
        `En celle i arket "${this.ctx.sheetName}"`,
        `A cell in sheet "${this.ctx.sheetName}"`,
        s.slice(from, to),
      );
    }
    this.cr = row - 1;
    this.cc = col - 1;
    this.row = row - 1;
  }

  /**
   * A cell with both a <v> and an <is> (no program writes both): Excel reads the one its type names,
   * the <is> of an inline string (t="inlineStr") and the <v> of any other, and so is it read here.
   * When the other holds a text of its own, that text is shown by no one and lost from the grid:
   * the cell is to be checked (GridSheet.cellsWithUnreadValue). The package scan still reads the
   * text, so a CPR number in it is found.
   */
  private unreadValue(): void {
    const value = this.valueText();
    const unread = this.type === 'inlineStr' ? value : this.inline;
    const read = this.type === 'inlineStr' ? this.inline : value;
    if (unread.trim() === '' || unread === read || this.unreadValues.length >= MAX_UNREAD_VALUES) return;
    this.unreadValues.push({ r: this.cr, c: this.cc });
  }

  private endCell(): void {
    if (!this.hasValue && !this.hasFormula) {
      this.blankFill();
      return;
    }
    if (this.sawV && this.sawIs) this.unreadValue();
    const ctx = this.ctx;
    let v: CellValue;
    let t: 's' | 'n' | 'b' | 'e';
    /** A formula without a saved result. */
    let missing = false;
    // The value held by position (one plain run): a shared string's index and a whole number are
    // read where they stand; anything else is sliced (valueText).
    const ranged = this.valueTo > 0;
    switch (this.type) {
      case 's': {
        if (!this.hasValue || (!ranged && this.value.length === 0)) {
          if (!this.hasFormula) return;
          v = '';
          t = 's';
          missing = true;
          break;
        }
        const index = ranged
          ? digitsAt(this.valueSrc, this.valueFrom, this.valueTo)
          : parseDigits(this.value);
        const s = ctx.sharedStrings[index];
        if (s === undefined) {
          const text = this.valueText();
          this.invalidValue(
            `henvisning til en tekst, der ikke findes (${text})`,
            `reference to a missing text (${text})`,
          );
        }
        v = s;
        // A control character's escape written out as text (`_x000B_`): read as the character,
        // with a check at the cell, where the code still shows.
        const escapes = ctx.sharedEscapes;
        const escaped =
          escapes === undefined ? writtenEscapes(s) : escapes.size === 0 ? undefined : escapes.get(index);
        if (escaped !== undefined) {
          v = escaped.text;
          this.markupTexts.push({ r: this.cr, c: this.cc, markup: escaped.written });
        }
        const struck = ctx.sharedStruck?.get(index);
        if (struck !== undefined) this.struckRuns.push({ r: this.cr, c: this.cc, shown: struck });
        t = 's';
        break;
      }
      case 'n':
      case '': {
        if (!ranged && this.value.length === 0) {
          if (!this.hasFormula) return;
          v = '';
          t = 's';
          missing = true;
          break;
        }
        // Digits only (at most 15: exact) read as they stand equal `+text`; -1 when not such.
        let num = ranged ? digitsAt(this.valueSrc, this.valueFrom, this.valueTo) : -1;
        if (num === -1) {
          const text = this.valueText();
          num = +text;
          if (!Number.isFinite(num)) {
            // A date written out where the serial number belongs (R's openxlsx keeps SheetJS's
            // t="d" value and writes the cell as a number): the day is plain, read with a check.
            const serial = isoToSerial(text, ctx.date1904);
            if (serial === undefined) this.invalidValue(`ugyldigt tal "${text}"`, `invalid number "${text}"`);
            num = serial;
            this.textDates.push({ r: this.cr, c: this.cc, day: text.trim().slice(0, 10) });
          }
        }
        v = num;
        t = 'n';
        break;
      }
      case 'str':
        v = decodeEscapes(this.valueText());
        t = 's';
        break;
      case 'inlineStr': {
        v = decodeEscapes(this.inline.length > 0 ? this.inline : this.valueText());
        // The <t> element's xml:space attribute written into the text (R's openxlsx keeps an inline
        // text's <t xml:space="preserve"> so): not the text's own, read without it, with a check.
        const markup = MARKUP_TEXT.exec(v);
        if (markup !== null) {
          v = v.slice(markup[0].length);
          this.markupTexts.push({ r: this.cr, c: this.cc, markup: markup[0] });
        }
        const escaped = writtenEscapes(v);
        if (escaped !== undefined) {
          v = escaped.text;
          this.markupTexts.push({ r: this.cr, c: this.cc, markup: escaped.written });
        }
        t = 's';
        break;
      }
      case 'b': {
        const text = this.valueText();
        if (text === '1' || text === 'true') v = true;
        else if (text === '0' || text === 'false') v = false;
        else if (text.length === 0 && this.hasFormula) {
          v = '';
          missing = true;
        } else this.invalidValue(`ugyldig sandhedsværdi "${text}"`, `invalid boolean "${text}"`);
        t = typeof v === 'boolean' ? 'b' : 's';
        break;
      }
      case 'e': {
        // A linked data type's cell (#VALUE! with vm=) is the text the rich value shows.
        const rich = this.vm > 0 ? this.ctx.richTexts?.[this.vm] : undefined;
        v = rich ?? this.valueText();
        t = rich === undefined ? 'e' : 's';
        break;
      }
      case 'd': {
        const text = this.valueText();
        if (text.length === 0) {
          if (!this.hasFormula) return;
          v = '';
          t = 's';
          missing = true;
          break;
        }
        const serial = isoToSerial(text, ctx.date1904);
        if (serial === undefined) this.invalidValue(`ugyldig dato "${text}"`, `invalid date "${text}"`);
        v = serial;
        t = 'n';
        break;
      }
      default:
        this.invalidValue(`ukendt celletype "${this.type}"`, `unknown cell type "${this.type}"`);
    }
    // A rich value (vm=) on a cell that is not Excel's #VALUE! stand-in for it (a crafted or foreign
    // file): Excel loads the rich value as the cell's value, the cached one being only what older
    // readers show. Read as Excel shows it; where the cached value differs, the cell is checked.
    if (this.vm > 0 && this.type !== 'e') {
      const rich = this.ctx.richTexts?.[this.vm];
      if (rich !== undefined) {
        if (String(v) !== rich && this.unreadValues.length < MAX_UNREAD_VALUES)
          this.unreadValues.push({ r: this.cr, c: this.cc });
        v = rich;
        t = 's';
      }
    }
    if (ranged) {
      // The text the run was kept in is not held on to by the last cell.
      this.valueSrc = '';
      this.valueTo = 0;
    }
    if (t === 's' && v === '' && !this.hasFormula) {
      this.blankFill();
      return;
    }

    const r = this.cr;
    const c = this.cc;
    const limits = ctx.limits;
    if (r !== this.lastRow && ++this.rowsHeld > limits.maxRows) {
      throw refuse.tooManyRows(ctx.sheetName, limits.maxRows);
    }
    if (r >= EXCEL_LIMITS.rows || c >= EXCEL_LIMITS.columns) {
      // A row or a cell without its number counted past the edge of Excel's grid.
      throw refuse.referenceOutOfRange(
        `En celle i arket "${ctx.sheetName}"`,
        `A cell in sheet "${ctx.sheetName}"`,
        `${colName(c)}${r + 1}`,
      );
    }
    const seen = (this.columnSeen ??= new Uint8Array(EXCEL_LIMITS.columns));
    if (seen[c] === 0) {
      seen[c] = 1;
      if (++this.columnsHeld > limits.maxColumns) {
        throw refuse.tooManyColumns(ctx.sheetName, limits.maxColumns);
      }
    }
    if (++ctx.budget.cells > limits.maxCells) throw refuse.tooManyCells(limits.maxCells);
    if (typeof v === 'string' && v.length > limits.maxCellTextLength && t === 's' && this.type !== 's') {
      throw refuse.cellText(
        `Cellen ${ctx.sheetName}!${colName(c)}${r + 1}`,
        `Cell ${ctx.sheetName}!${colName(c)}${r + 1}`,
        v.length,
        limits.maxCellTextLength,
      );
    }
    // The work this cell asks of structuring and validation: its text (a shared string's at every
    // cell that refers to it) and its number format are looked at cell by cell.
    this.spend(1 + (typeof v === 'string' ? v.length : 0) + (this.fmt?.length ?? 0));

    if (this.hasFormula && (missing || ctx.recalculate === true)) this.pend(r, c, !missing);
    if (this.hasFormula) this.sheetRef(r, c);
    const look = this.look;
    if (look?.indent !== undefined && t === 's' && v !== '') this.indent(r, c, look.indent);
    // Round 29: general read left to right is kept only on a sheet right to left (elsewhere general).
    if (look?.horizontal !== undefined && (this.rightToLeft || look.horizontal !== GENERAL_LEFT_TO_RIGHT)) {
      if (this.aligned.size < MAX_ALIGNED) this.aligned.set(cellKey(r, c), look.horizontal);
      else this.alignedFull = true;
    }
    if (look?.indent !== undefined && v !== '') {
      if (this.indented.size < MAX_ALIGNED) this.indented.set(cellKey(r, c), look.indent);
      else this.alignedFull = true;
    }
    // A text or an indent that may start past the column's edge (round 21b): a cheap first test, an
    // indent or a text that begins with a space.
    if (
      (look?.indent !== undefined || (typeof v === 'string' && v.charCodeAt(0) === 32)) &&
      look?.fits !== true
    )
      this.pushOut(r, c, v, t, look);
    this.cells.push(
      r,
      c,
      v,
      t,
      this.fmt,
      this.hasFormula,
      look?.fill,
      look?.bold === true,
      look?.strike === true,
      look?.faint === true,
    );
    if (r < this.lastRow || (r === this.lastRow && c <= this.lastCol)) this.sorted = false;
    this.lastRow = r;
    this.lastCol = c;
  }

  /** Keeps a formula cell's formula to be worked out once the sheets are read. */
  private pend(r: number, c: number, cached: boolean): void {
    if (this.formula.length > 0) {
      this.pending.push({ r, c, formula: this.formula, dr: 0, dc: 0, cached });
      return;
    }
    const shared = this.sharedSi === undefined ? undefined : this.sharedFormulas.get(this.sharedSi);
    this.pending.push(
      shared === undefined
        ? { r, c, formula: undefined, dr: 0, dc: 0, cached }
        : { r, c, formula: shared.text, dr: r - shared.r, dc: c - shared.c, cached },
    );
  }

  /** A formula cell that names a sheet ('Infomøde'!B7, a link "#Indeks!A1"): kept in sheetRefs. */
  private sheetRef(r: number, c: number): void {
    const text =
      this.formula.length > 0
        ? this.formula
        : this.sharedSi === undefined
          ? undefined
          : this.sharedFormulas.get(this.sharedSi)?.text;
    if (text === undefined || text.indexOf('!') === -1) return;
    const sheet = sheetNamedIn(text);
    if (sheet !== undefined) this.keepSheetRef(r, c, sheet);
  }

  /** A cell pointing into a sheet, kept up to MAX_SHEET_REFS in the workbook (past it, none on this sheet). */
  private keepSheetRef(r: number, c: number, sheet: string): void {
    if (this.sheetRefsDropped) return;
    const budget = this.ctx.budget;
    const kept = budget.sheetRefs ?? 0;
    if (kept >= MAX_SHEET_REFS) {
      this.sheetRefsDropped = true;
      this.sheetRefs.length = 0;
      return;
    }
    budget.sheetRefs = kept + 1;
    this.sheetRefs.push({ r, c, sheet });
  }

  /**
   * A cell whose text starts far from where its alignment puts it (round 21b): an indent on a left
   * or right aligned cell (each step at least a character wide, as Excel draws it) and, on a text
   * aligned left (or general), its leading spaces (each at least a quarter of a character: a space
   * is about half a digit in Calibri, a quarter down to a 6-point font). Kept when that is
   * MIN_PUSH characters or more; the column's width is looked at once the sheet is read.
   */
  private pushOut(r: number, c: number, v: CellValue, t: GridCell['t'], look: CellLook | undefined): void {
    if (this.pushed.length >= MAX_PUSHED) return;
    const given = look?.horizontal;
    const horizontal = given === GENERAL_LEFT_TO_RIGHT ? undefined : given;
    const indent = look?.indent ?? 0;
    let offset = horizontal === 'left' || horizontal === 'right' ? indent : 0;
    if (typeof v === 'string' && t === 's' && (horizontal === undefined || horizontal === 'left')) {
      let spaces = 0;
      while (spaces < v.length && v.charCodeAt(spaces) === 32) spaces++;
      // A text of spaces alone shows nothing to push.
      if (spaces < v.length) offset += spaces * SPACE_WIDTH;
    }
    if (offset >= MIN_PUSH) this.pushed.push({ r, c, offset, side: horizontal === 'right' ? -1 : 1 });
  }

  /** The height of a row (0-based) in points: its own (<row ht>) or the sheet's default (15). */
  heightOf(r: number): number {
    return this.rowHeights.get(r) ?? this.defaultHeight ?? 15;
  }

  /** The width of a column (0-based) in characters, as <col width> gives it or the sheet's default. */
  widthOf(c: number): number {
    for (const w of this.colWidths) if (w.min <= c && c <= w.max) return w.width;
    return this.defaultWidth ?? DEFAULT_COLUMN_WIDTH;
  }

  /** An indented text cell, kept up to MAX_INDENTS in the workbook (past it, none on this sheet). */
  private indent(r: number, c: number, level: number): void {
    if (this.indentsDropped) return;
    const budget = this.ctx.budget;
    const kept = budget.indents ?? 0;
    if (kept >= MAX_INDENTS) {
      this.indentsDropped = true;
      this.indents.length = 0;
      return;
    }
    budget.indents = kept + 1;
    this.indents.push({ r, c, level });
  }

  /** A cell without a value: kept when it is filled with a colour (up to MAX_BLANK_FILLS). */
  private blankFill(): void {
    const fill = this.look?.fill;
    if (fill === undefined) return;
    const budget = this.ctx.budget;
    const kept = budget.blankFills ?? 0;
    if (kept >= MAX_BLANK_FILLS) return;
    budget.blankFills = kept + 1;
    this.blankFills.push({ r: this.cr, c: this.cc, fill });
  }

  private merge(ref: string): void {
    const range = parseRange(ref);
    if (!range) this.invalid(`ugyldigt flettet område "${ref}"`, `invalid merged range "${ref}"`);
    if (!inGrid(range)) {
      throw refuse.referenceOutOfRange(
        `En fletning i arket "${this.ctx.sheetName}"`,
        `A merged range in sheet "${this.ctx.sheetName}"`,
        ref,
      );
    }
    const area = (range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1);
    const budget = this.ctx.budget;
    budget.mergedCells += area;
    if (budget.mergedCells > this.ctx.limits.maxMergedCells) {
      throw refuse.mergedArea(this.ctx.sheetName, ref, this.ctx.limits.maxMergedCells);
    }
    // Merged ranges that overlap (no program writes them; Excel repairs the file, and a writer of
    // the structured workbook cannot merge a cell twice): refused naming both. Each merged cell is
    // marked once, so the test costs the merged cells (bounded by maxMergedCells), not pairs of ranges.
    if (this.merges.length > 0) {
      const covered = (this.mergedCells ??= new Set<number>());
      if (this.merges.length === 1) this.cover(covered, this.merges[0]!, ref);
      this.cover(covered, range, ref);
    }
    this.merges.push(range);
  }

  /** The cells merged so far on this sheet, by row * 16,384 + column (from the second range on). */
  private mergedCells: Set<number> | undefined;

  private cover(covered: Set<number>, range: GridRange, ref: string): void {
    for (let r = range.s.r; r <= range.e.r; r++) {
      for (let c = range.s.c; c <= range.e.c; c++) {
        const key = r * EXCEL_LIMITS.columns + c;
        if (covered.has(key)) {
          const other = this.merges.find((m) => m.s.r <= r && r <= m.e.r && m.s.c <= c && c <= m.e.c);
          const first =
            other === undefined
              ? ''
              : `${colName(other.s.c)}${other.s.r + 1}:${colName(other.e.c)}${other.e.r + 1}`;
          const where = `${this.ctx.sheetName}!${colName(c)}${r + 1}`;
          this.invalid(
            `de flettede områder ${first} og ${ref} overlapper i cellen ${where}`,
            `the merged ranges ${first} and ${ref} overlap at cell ${where}`,
          );
        }
        covered.add(key);
      }
    }
  }

  private hyperlink(x: XmlScanner): void {
    const refText = x.attr('ref') ?? '';
    const ref = parseRange(refText);
    if (!ref) this.invalid(`ugyldigt link-område "${refText}"`, `invalid hyperlink range "${refText}"`);
    if (!inGrid(ref)) {
      throw refuse.referenceOutOfRange(
        `Et link i arket "${this.ctx.sheetName}"`,
        `A link in sheet "${this.ctx.sheetName}"`,
        refText,
      );
    }
    if (++this.links > EXCEL_LIMITS.hyperlinksPerSheet) throw refuse.tooManyHyperlinks(this.ctx.sheetName);
    if (++this.ctx.budget.objects > this.ctx.limits.maxObjects)
      throw refuse.tooManyObjects(this.ctx.limits.maxObjects);
    this.hyperlinks.push({ ref, refText, rid: x.attrNs('id') });
    // A link to a place in this workbook (location="'Infomøde'!A1"): the sheet it points into.
    const location = x.attr('location');
    const sheet = location === undefined ? undefined : sheetNamedIn(location);
    if (sheet !== undefined) this.keepSheetRef(ref.s.r, ref.s.c, sheet);
  }
}

/** The non-negative decimal integer s[from, to), or -1 when it is not one. */
function digitsAt(s: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    v = v * 10 + (ch - 48);
  }
  return v;
}

/** A non-negative decimal integer, or -1 when `s` is not one. */
function parseDigits(s: string): number {
  return digitsAt(s, 0, s.length);
}

/**
 * The order that sorts cells row-major when they came out of order (indexes of the cells as read);
 * a position given twice keeps its last cell, and is listed in `twice` (once), for a check at the
 * cell: an earlier value is lost (GridSheet.cellsGivenTwice).
 */
export function cellOrder(cells: CellColumnsBuilder, twice?: { r: number; c: number }[]): Int32Array {
  const indexed: { i: number; key: number }[] = [];
  for (let i = 0; i < cells.length; i++) indexed.push({ i, key: cellKey(cells.rowOf(i), cells.colOf(i)) });
  indexed.sort((a, b) => a.key - b.key || a.i - b.i);
  const out: number[] = [];
  for (let i = 0; i < indexed.length; i++) {
    const next = indexed[i + 1];
    const cur = indexed[i]!;
    if (next !== undefined && next.key === cur.key) {
      const last = i > 0 ? indexed[i - 1] : undefined;
      if (twice !== undefined && last?.key !== cur.key && twice.length < MAX_GIVEN_TWICE)
        twice.push({ r: cells.rowOf(cur.i), c: cells.colOf(cur.i) });
      continue;
    }
    out.push(cur.i);
  }
  return Int32Array.from(out);
}

/** Cells given twice listed per sheet (cellOrder), at most: a crafted sheet may give one 100,000 times. */
const MAX_GIVEN_TWICE = 1_000;

/** Icon-set rules read from one sheet, at most (a sheet has a few; a hostile one is not followed). */
const MAX_ICON_RULES = 64;
/** A column narrower than this (in characters, as <col width> gives it) shows nothing: read as hidden. */
const MIN_SHOWING_WIDTH = 1;

/** <col> widths kept per sheet (WorksheetHandler.colWidths); Excel writes one per run of widths. */
const MAX_COL_WIDTHS = 1024;
/** Rows of a height of their own kept per sheet (WorksheetHandler.rowHeights). */
const MAX_ROW_HEIGHTS = 65_536;
/** Cells of an alignment of their own kept per sheet (WorksheetHandler.aligned). */
const MAX_ALIGNED = 65_536;
/** Cells pushed out kept per sheet (WorksheetHandler.pushed). */
const MAX_PUSHED = 1024;
/** An offset (in characters) below this is no column's width: not kept. */
const MIN_PUSH = 1;
/** A space's width in characters, at the least (a quarter: a 6-point font's space). */
const SPACE_WIDTH = 0.25;
/**
 * A column's width without <col> or <sheetFormatPr>, in characters: Excel's 8.43, taken a little
 * wider (a text is read as pushed out only past it).
 */
const DEFAULT_COLUMN_WIDTH = 9;

/** Hidden column ranges kept per sheet (GridSheet.hiddenColumns); Excel writes one per run. */
const MAX_HIDDEN_COLUMNS = 64;

function isOne(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

function rangesOf(sqref: string | undefined): GridRange[] {
  const out: GridRange[] = [];
  for (const part of (sqref ?? '').trim().split(/\s+/)) {
    const range = part === '' ? undefined : parseRange(part);
    if (range) out.push(range);
  }
  return out;
}

/**
 * The icon each number under an icon-set rule shows, as Excel picks it: the highest icon whose
 * threshold the number reaches (a number threshold as written; a percent of the way from the
 * range's least number to its greatest; a percentile of its numbers). A rule with a threshold of
 * another kind (a formula) is left out.
 */
/** The icons of a sheet read from a file: pickIcons (core/icons.ts) over its cells' columns. */
export function iconsOf(rules: readonly IconRule[], cells: CellColumns): GridIcon[] {
  if (rules.length === 0) return [];
  return pickIcons(rules, {
    length: cells.length,
    row: (i) => cells.r[i] as number,
    col: (i) => cells.c[i] as number,
    number: (i) => (cells.type(i) === 'n' ? (cells.value(i) as number) : undefined),
  });
}
