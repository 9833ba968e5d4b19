// Workbook-level parts: the workbook itself (sheets, defined names, date system), styles (number
// formats, fills and bold fonts), the shared-strings table, document properties and external-link parts.

import { isFaintLook } from '../grid';
import { formatMayShowCpr } from '../validate/cpr';
import { checkFormula } from './active';
import { DEFAULT_LIMITS, EXCEL_LIMITS, type IntakeLimits } from './limits';
import { refuse } from './messages';
import {
  DEFAULT_INDEXED,
  colourRefOf,
  formatColour,
  hexColour,
  looksAlike,
  resolveColour,
  type ColourRef,
} from './theme';
import type { XmlHandler, XmlScanner } from './xml';

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** Raw characters a text may take in the XML: each character may be written as _xHHHH_. */
const ESCAPED = 7;

/** Why Excel would not allow `name` as a sheet name (Danish, English), or undefined when it would. */
export function sheetNameProblem(name: string): { da: string; en: string } | undefined {
  const max = EXCEL_LIMITS.sheetNameLength;
  if (name.length === 0) return { da: 'navnet er tomt', en: 'the name is empty' };
  if (name.length > max) {
    return {
      da: `navnet er ${name.length} tegn langt, og Excel tillader højst ${max}`,
      en: `the name is ${name.length} characters long, and Excel allows at most ${max}`,
    };
  }
  const bad = /[:\\/?*[\]]/.exec(name)?.[0];
  if (bad !== undefined) {
    return {
      da: `navnet indeholder tegnet ${bad} (tegnene : \\ / ? * [ ] må ikke stå i et arknavn)`,
      en: `the name holds the character ${bad} (: \\ / ? * [ ] may not appear in a sheet name)`,
    };
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    return {
      da: "navnet begynder eller slutter med en apostrof (')",
      en: "the name begins or ends with an apostrophe (')",
    };
  }
  return undefined;
}

/** Decodes OOXML's `_xHHHH_` escapes (ST_Xstring), used for characters XML cannot carry. */
export function decodeEscapes(s: string): string {
  if (s.indexOf('_x') === -1) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** OOXML's escape of a control character (U+0000–U+001F), the characters XML cannot carry. */
const CONTROL_ESCAPE = /_x00[01][0-9A-Fa-f]_/g;

/**
 * A text's control characters that a program wrote out as their escape (`_x000B_` in the text
 * itself: it escaped the escape, `_x005F_x000B_`, as LibreOffice and XlsxWriter do with a text that
 * holds one, PowerPoint's line break): the text with each such escape read as the character it
 * names, and the escapes found (`written`), or undefined when there is none. No text of a plan
 * holds such a code but as this remnant.
 */
export function writtenEscapes(s: string): { readonly text: string; readonly written: string } | undefined {
  if (s.indexOf('_x00') === -1) return undefined;
  const found = s.match(CONTROL_ESCAPE);
  if (found === null) return undefined;
  const text = s.replace(CONTROL_ESCAPE, (m) => String.fromCharCode(parseInt(m.slice(2, 6), 16)));
  return { text, written: [...new Set(found)].join(' ') };
}

// --- xl/workbook.xml -------------------------------------------------------------------------------

export interface SheetRef {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly rid: string;
}

export interface DefinedName {
  readonly name: string;
  readonly value: string;
  readonly localSheetId?: number;
}

export class WorkbookHandler implements XmlHandler {
  date1904 = false;
  /** calcPr fullCalcOnLoad: the workbook is calculated in full when opened (its results are not kept). */
  fullCalcOnLoad = false;
  readonly sheets: SheetRef[] = [];
  readonly names: DefinedName[] = [];
  externalReferences = 0;
  private current: { name: string; localSheetId?: number } | undefined;
  private buf = '';
  /** Sheet names seen, upper-cased: Excel compares them without regard to case. */
  private readonly sheetKeys = new Set<string>();

  constructor(
    private readonly limits: IntakeLimits,
    private readonly countObject: () => void,
  ) {}

  open(name: string, x: XmlScanner): void {
    switch (name) {
      case 'workbookPr':
        this.date1904 = isTrue(x.attr('date1904'));
        break;
      case 'calcPr':
        this.fullCalcOnLoad = isTrue(x.attr('fullCalcOnLoad'));
        break;
      case 'sheet': {
        const state = x.attr('state');
        const sheetName = x.attr('name') ?? '';
        const problem = sheetNameProblem(sheetName);
        if (problem) throw refuse.sheetName(sheetName, problem.da, problem.en);
        const key = sheetName.toUpperCase();
        if (this.sheetKeys.has(key)) {
          throw refuse.sheetName(
            sheetName,
            'et andet ark hedder det samme (Excel skelner ikke mellem store og små bogstaver)',
            'another sheet has the same name (Excel does not tell upper from lower case)',
          );
        }
        this.sheetKeys.add(key);
        this.sheets.push({
          name: sheetName,
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          rid: x.attrNs('id') ?? '',
        });
        if (this.sheets.length > this.limits.maxSheets) {
          throw refuse.tooManySheets(this.sheets.length, this.limits.maxSheets);
        }
        break;
      }
      case 'definedName': {
        const local = x.attr('localSheetId');
        const id = local === undefined ? undefined : Number(local);
        const definedName = x.attr('name') ?? '';
        if (definedName.length === 0) throw refuse.definedName(definedName, 'er tomt', 'is empty');
        if (definedName.length > EXCEL_LIMITS.definedNameLength) {
          throw refuse.definedName(
            definedName,
            `er ${definedName.length} tegn langt, og Excel tillader højst ${EXCEL_LIMITS.definedNameLength}`,
            `is ${definedName.length} characters long, and Excel allows at most ${EXCEL_LIMITS.definedNameLength}`,
          );
        }
        this.current = { name: definedName };
        if (id !== undefined && Number.isInteger(id) && id >= 0) this.current.localSheetId = id;
        this.buf = '';
        this.countObject();
        break;
      }
      case 'externalReference':
        this.externalReferences++;
        break;
    }
  }

  close(name: string): void {
    if (name === 'definedName' && this.current) {
      checkFormula(this.buf, this.current.name);
      this.names.push({ ...this.current, value: this.buf });
      this.current = undefined;
    }
  }

  text(text: string): void {
    if (!this.current) return;
    this.buf += text;
    if (this.buf.length > EXCEL_LIMITS.formulaLength) throw refuse.formulaTooLong(this.current.name);
  }
}

// --- xl/styles.xml ---------------------------------------------------------------------------------

/** Built-in number formats (ECMA-376 Part 1, 18.8.30); 14–22 and 45–47 are dates and times. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  // 27–36 and 50–58 are East Asian date formats that depend on the locale: all dates.
  27: 'yyyy-mm-dd',
  28: 'yyyy-mm-dd',
  29: 'yyyy-mm-dd',
  30: 'mm-dd-yy',
  31: 'yyyy-mm-dd',
  32: 'h:mm:ss',
  33: 'h:mm:ss',
  34: 'h:mm:ss',
  35: 'h:mm:ss',
  36: 'yyyy-mm-dd',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
  42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
  44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy-mm-dd',
  51: 'yyyy-mm-dd',
  52: 'yyyy-mm-dd',
  53: 'yyyy-mm-dd',
  54: 'yyyy-mm-dd',
  55: 'yyyy-mm-dd',
  56: 'yyyy-mm-dd',
  57: 'yyyy-mm-dd',
  58: 'yyyy-mm-dd',
};

/** What a cell style (`s` on a cell) says beyond its number format: its fill colour and bold font. */
/**
 * Round 28: a cell style's general alignment read right to left (<alignment readingOrder="2">
 * without a horizontal one): Excel puts a text at the cell's right, as on a sheet right to left.
 */
export const GENERAL_RIGHT_TO_LEFT = 'generalRightToLeft';
/**
 * Round 29: general read left to right (<alignment readingOrder="1">): on a sheet right to left
 * Excel may put the letters at the reading order's start (the left) or the sheet's (the right).
 */
export const GENERAL_LEFT_TO_RIGHT = 'generalLeftToRight';

export interface CellLook {
  /** "RRGGBB" of a solid fill other than white. */
  readonly fill?: string;
  readonly bold?: true;
  /** The font is struck through. */
  readonly strike?: true;
  /** Grey italics, or a grey fill with italic or grey text: a template's hint or example (GridCell.faint). */
  readonly faint?: true;
  /** The text is indented this many steps ("Forøg indrykning": alignment indent, 1–250). */
  readonly indent?: number;
  /**
   * Its horizontal alignment where it is one other than general (alignment horizontal); round 28:
   * GENERAL_RIGHT_TO_LEFT for general read right to left (readingOrder="2").
   */
  readonly horizontal?: string;
  /** Its text wraps or shrinks to fit the cell (alignment wrapText, shrinkToFit). */
  readonly fits?: true;
}

export class StylesHandler implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private readonly xfFontIds: number[] = [];
  private readonly xfFillIds: number[] = [];
  /** <cellXfs>: the indentation of each cell style (alignment indent; 0 for none). */
  private readonly xfIndents: number[] = [];
  /** <cellXfs>: each cell style's horizontal alignment (undefined: general), and whether it wraps or shrinks. */
  private readonly xfHorizontal: (string | undefined)[] = [];
  private readonly xfFits: boolean[] = [];
  /** <fonts>: whether each font is bold. */
  private readonly fontBold: boolean[] = [];
  /** <fonts>: whether each font is struck through. */
  private readonly fontStrike: boolean[] = [];
  /** <fills>: the colour of each solid pattern fill (undefined for none, patterns and gradients). */
  private readonly fillColours: (ColourRef | undefined)[] = [];
  /** <indexedColors>: a workbook's own legacy palette, when it has one. */
  private readonly palette: string[] = [];
  /** <fonts>: the colour of each font (undefined: automatic). */
  private readonly fontColours: (ColourRef | undefined)[] = [];
  private readonly fontItalic: boolean[] = [];
  /** <fonts>: each font's size in points (undefined: not given). */
  private readonly fontSizes: (number | undefined)[] = [];
  /** <dxfs>: each differential format's font colour and fill colour (undefined where it sets none). */
  private readonly dxfColours: { font?: ColourRef; fill?: ColourRef }[] = [];
  /**
   * The number formats of differential formats (<dxfs>: what a conditional format or a pivot
   * table's format applies to a cell) with a digit in a literal: they may complete a CPR number
   * that a cell shows only while the rule applies (150190 shown 000000"-1234").
   */
  readonly appliedDigitFormats = new Set<string>();
  private inNumFmts = false;
  private inDxfs = false;
  private inCellXfs = false;
  private inFonts = false;
  private inFills = false;
  private inFont = false;
  private inIndexed = false;
  /** Inside a differential format's <font>. */
  private dxfFont = false;
  /** The fill being read: its pattern is solid. */
  private solid = false;
  /**
   * <fills>, round 21: each gradient or pattern fill other than solid, by its index: its pattern
   * (undefined for a gradient) and its colours (a pattern's foreground and background, a gradient's
   * stops), for the colour a reader sees it as (seenFill). Most workbooks have only gray125.
   */
  private readonly otherFills = new Map<
    number,
    { pattern?: string; fg?: ColourRef; bg?: ColourRef; stops?: (ColourRef | undefined)[] }
  >();
  private cellXfs = 0;
  /**
   * <tableStyles>, round 21b: the workbook's own table styles by name, each element's type
   * (wholeTable, headerRow, …) and differential format: what a table in that style draws its cells
   * in. A plain plan has none of its own (its tables take Excel's built-in styles).
   */
  readonly tableStyles = new Map<string, { type: string; dxfId: number; size?: number }[]>();
  private tableStyle: { type: string; dxfId: number; size?: number }[] | undefined;

  open(name: string, x: XmlScanner): void {
    switch (name) {
      case 'tableStyle':
        this.tableStyle = undefined;
        if (this.tableStyles.size < MAX_TABLE_STYLES) {
          this.tableStyle = [];
          this.tableStyles.set(x.attr('name') ?? '', this.tableStyle);
        }
        break;
      case 'tableStyleElement': {
        const dxfId = Number(x.attr('dxfId'));
        if (this.tableStyle !== undefined && Number.isInteger(dxfId) && this.tableStyle.length < 32)
          this.tableStyle.push({ type: x.attr('type') ?? '', dxfId, ...bandSize(x.attr('size')) });
        break;
      }
      case 'numFmts':
        this.inNumFmts = true;
        break;
      case 'numFmt':
        if (this.inNumFmts) {
          const id = Number(x.attr('numFmtId'));
          const code = x.attr('formatCode');
          if (code !== undefined && code.length > EXCEL_LIMITS.numberFormatLength) {
            throw refuse.numberFormatTooLong(code.length);
          }
          if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
        } else if (this.inDxfs) {
          const code = x.attr('formatCode');
          if (code !== undefined && code.length > EXCEL_LIMITS.numberFormatLength) {
            throw refuse.numberFormatTooLong(code.length);
          }
          // Kept up to a few more than are judged: more are refused (core/xlsx/index.ts).
          if (code !== undefined && formatMayShowCpr(code) && this.appliedDigitFormats.size < 16)
            this.appliedDigitFormats.add(code);
        }
        break;
      case 'dxfs':
        this.inDxfs = true;
        break;
      case 'dxf':
        if (this.inDxfs) this.dxfColours.push({});
        break;
      case 'color':
        if (this.inFont && this.inFonts) this.fontColours[this.fontBold.length - 1] = colourRefOf(x);
        else if (this.inDxfs && this.dxfFont) {
          const dxf = this.dxfColours[this.dxfColours.length - 1];
          if (dxf !== undefined) dxf.font = colourRefOf(x);
        } else if (this.inFills)
          // A gradient's stop (<stop><color>).
          this.otherFills.get(this.fillColours.length - 1)?.stops?.push(colourRefOf(x));
        break;
      case 'cellXfs':
        this.inCellXfs = true;
        break;
      case 'xf':
        if (this.inCellXfs) {
          if (++this.cellXfs > EXCEL_LIMITS.cellFormats) throw refuse.tooManyCellFormats();
          const id = Number(x.attr('numFmtId') ?? '0');
          this.xfFormatIds.push(Number.isInteger(id) ? id : 0);
          this.xfFontIds.push(indexAttr(x.attr('fontId')));
          this.xfFillIds.push(indexAttr(x.attr('fillId')));
          this.xfIndents.push(0);
          this.xfHorizontal.push(undefined);
          this.xfFits.push(false);
        }
        break;
      case 'alignment':
        // The alignment of the cell style just opened (a style of <cellStyleXfs> or <dxfs> is none).
        if (this.inCellXfs && this.xfIndents.length > 0) {
          const at = this.xfIndents.length - 1;
          const indent = Number(x.attr('indent') ?? '0');
          if (Number.isInteger(indent) && indent > 0 && indent <= 250) this.xfIndents[at] = indent;
          const horizontal = x.attr('horizontal');
          if (horizontal !== undefined && horizontal !== 'general') this.xfHorizontal[at] = horizontal;
          else if (x.attr('readingOrder') === '2') this.xfHorizontal[at] = GENERAL_RIGHT_TO_LEFT;
          else if (x.attr('readingOrder') === '1') this.xfHorizontal[at] = GENERAL_LEFT_TO_RIGHT;
          if (isOn(x.attr('wrapText')) || isOn(x.attr('shrinkToFit'))) this.xfFits[at] = true;
        }
        break;
      case 'fonts':
        this.inFonts = true;
        break;
      case 'font':
        if (this.inFonts) {
          this.inFont = true;
          this.fontBold.push(false);
          this.fontStrike.push(false);
          this.fontItalic.push(false);
          this.fontColours.push(undefined);
          this.fontSizes.push(undefined);
        } else if (this.inDxfs) this.dxfFont = true;
        break;
      case 'sz':
        if (this.inFont) {
          const size = Number(x.attr('val'));
          if (Number.isFinite(size)) this.fontSizes[this.fontSizes.length - 1] = size;
        }
        break;
      case 'b':
        if (this.inFont) {
          const val = x.attr('val');
          this.fontBold[this.fontBold.length - 1] = val === undefined || isTrue(val);
        }
        break;
      case 'i':
        if (this.inFont) {
          const val = x.attr('val');
          this.fontItalic[this.fontItalic.length - 1] = val === undefined || isTrue(val);
        }
        break;
      case 'strike':
        if (this.inFont) {
          const val = x.attr('val');
          this.fontStrike[this.fontStrike.length - 1] = val === undefined || isTrue(val);
        }
        break;
      case 'fills':
        this.inFills = true;
        break;
      case 'fill':
        if (this.inFills) this.fillColours.push(undefined);
        break;
      case 'patternFill': {
        const pattern = x.attr('patternType');
        this.solid = this.inFills && pattern === 'solid';
        if (this.inFills && pattern !== undefined && pattern !== 'solid' && pattern !== 'none')
          this.otherFills.set(this.fillColours.length - 1, { pattern });
        break;
      }
      case 'gradientFill':
        if (this.inFills) this.otherFills.set(this.fillColours.length - 1, { stops: [] });
        break;
      case 'fgColor':
        if (this.inFills && this.solid) this.fillColours[this.fillColours.length - 1] = colourRefOf(x);
        else if (this.inFills) {
          const other = this.otherFills.get(this.fillColours.length - 1);
          if (other?.pattern !== undefined) other.fg = colourRefOf(x);
        } else if (this.inDxfs) {
          const dxf = this.dxfColours[this.dxfColours.length - 1];
          if (dxf !== undefined) dxf.fill ??= colourRefOf(x);
        }
        break;
      case 'bgColor':
        // A differential format's solid fill is its background colour (as Excel writes it).
        if (this.inFills) {
          const other = this.otherFills.get(this.fillColours.length - 1);
          if (other?.pattern !== undefined) other.bg = colourRefOf(x);
        } else if (this.inDxfs) {
          const dxf = this.dxfColours[this.dxfColours.length - 1];
          if (dxf !== undefined) dxf.fill = colourRefOf(x);
        }
        break;
      case 'indexedColors':
        this.inIndexed = true;
        break;
      case 'rgbColor':
        if (this.inIndexed) this.palette.push(hexColour(x.attr('rgb')) ?? '000000');
        break;
    }
  }

  close(name: string): void {
    if (name === 'numFmts') this.inNumFmts = false;
    else if (name === 'dxfs') this.inDxfs = false;
    else if (name === 'cellXfs') this.inCellXfs = false;
    else if (name === 'fonts') this.inFonts = false;
    else if (name === 'font') {
      this.inFont = false;
      this.dxfFont = false;
    } else if (name === 'fills') this.inFills = false;
    else if (name === 'patternFill') this.solid = false;
    else if (name === 'indexedColors') this.inIndexed = false;
  }

  text(): void {}

  /**
   * The workbook's own number formats that may show digits no value holds (a literal digit,
   * 000000"-1234"; a day and a time as one number, ddmmyyhhmm: formatMayShowCpr), by id: what a
   * pivot table shows its numbers in may be one of them (numFmtId on a field), though no cell has it.
   */
  digitFormats(): Map<number, string> {
    const out = new Map<number, string>();
    for (const [id, code] of this.custom) if (formatMayShowCpr(code)) out.set(id, code);
    return out;
  }

  /** The legacy palette the workbook's indexed colours name: its own, or Excel's. */
  indexedColours(): readonly string[] {
    return this.palette.length > 0 ? this.palette : DEFAULT_INDEXED;
  }

  /** The code of a number format by its id (the workbook's own or built in), undefined for General. */
  formatOf(id: number): string | undefined {
    const code = this.custom.get(id) ?? BUILTIN_FORMATS[id];
    return code === undefined || code.toLowerCase() === 'general' ? undefined : code;
  }

  /**
   * The cell styles whose text is not seen, by what they hide (HIDES_TEXT, HIDES_NUMBERS, both): a
   * font the colour of their fill, or one that only looks alike (white on a cell without fill,
   * FEFEFE on white: looksAlike), a font below 2 points, or a number format that shows nothing
   * (;;;) or shows in their fill's colour ([White]@), its texts or its numbers. And each
   * differential format's (a conditional format's) font and fill colour, and the colours the cell
   * styles fill with: a conditional format's font on a cell's own fill may hide its text. Colours
   * resolved through the theme and the palette; an automatic font is seen.
   */
  hidingText(theme: readonly string[]): {
    styles: Map<number, number>;
    dxfs: Map<number, { readonly font?: string; readonly fill?: string }>;
    fills: string[];
    fontOnFill: Map<number, string>;
    ownFilled: Set<number>;
    seenFills: Map<number, string>;
  } {
    const indexed = this.indexedColours();
    const resolve = (ref: ColourRef | undefined): string | undefined =>
      ref === undefined ? undefined : resolveColour(ref, theme, indexed);
    const styles = new Map<number, number>();
    const fonts = this.fontColours.map(resolve);
    const fills = this.fillColours.map((ref, i) => resolve(ref) ?? this.seenFill(i, resolve) ?? 'FFFFFF');
    const coloured = fonts.some((f) => f !== undefined);
    const small = this.fontSizes.some((z) => z !== undefined && z < 2);
    // The workbook's own formats by whatever id <numFmts> gives them (Excel numbers its own from 164,
    // Gnumeric from 100): a built-in format hides nothing.
    const formatted = this.xfFormatIds.some((id) => hidingFormat(this.custom.get(id)));
    if (coloured || small || formatted) {
      this.xfFontIds.forEach((fontId, i) => {
        const fill = fills[this.xfFillIds[i] ?? -1] ?? 'FFFFFF';
        const font = fonts[fontId];
        const size = this.fontSizes[fontId];
        let hides = 0;
        if ((font !== undefined && looksAlike(font, fill)) || (size !== undefined && size < 2))
          hides = HIDES_TEXT | HIDES_NUMBERS;
        else {
          const id = this.xfFormatIds[i] ?? 0;
          hides = formatHides(this.custom.get(id), fill, indexed);
        }
        if (hides !== 0) styles.set(i, hides);
      });
    }
    const dxfs = new Map<number, { font?: string; fill?: string }>();
    this.dxfColours.forEach((d, i) => {
      const font = resolve(d.font);
      const fill = resolve(d.fill);
      if (font !== undefined || fill !== undefined)
        dxfs.set(i, { ...(font === undefined ? {} : { font }), ...(fill === undefined ? {} : { fill }) });
    });
    // Round 21: the cell styles whose font is alike the fill of a conditional format that sets only
    // a fill: where it holds, their text is not seen (judged with the format's cells). A plain plan's
    // conditional fills (light red, green) are no colour of its fonts.
    const fontOnFill = new Map<number, string>();
    const conditionalFills = [...dxfs.values()].flatMap((d) =>
      d.font === undefined && d.fill !== undefined ? [d.fill] : [],
    );
    if (conditionalFills.length > 0 && coloured)
      this.xfFontIds.forEach((fontId, i) => {
        const font = fonts[fontId];
        if (font !== undefined && conditionalFills.some((f) => looksAlike(font, f))) fontOnFill.set(i, font);
      });
    // Round 23: of those, the styles with a fill of their own: a table style's fill is drawn under
    // the cell's own, so it hides nothing there (a conditional format's fill is drawn over it).
    const ownFilled = new Set<number>();
    for (const i of fontOnFill.keys()) {
      const fillId = this.xfFillIds[i] ?? -1;
      if (resolve(this.fillColours[fillId]) !== undefined || this.seenFill(fillId, resolve) !== undefined)
        ownFilled.add(i);
    }
    // Round 21b: the cell styles filled with a gradient or a pattern (none but solid: empty for a
    // plain plan), with the colour it is seen as (UNSEEN_FILL for a mix): what a run of the cell's
    // rich text is drawn on, as a solid fill is the cell's GridCell.fill.
    const seenFills = new Map<number, string>();
    if (this.otherFills.size > 0)
      this.xfFillIds.forEach((fillId, i) => {
        const seen = this.fillColours[fillId] === undefined ? this.seenFill(fillId, resolve) : undefined;
        if (seen !== undefined && seen !== 'FFFFFF') seenFills.set(i, seen);
      });
    return {
      styles,
      dxfs,
      fills: [...new Set(['FFFFFF', ...fills.filter((f) => f !== UNSEEN_FILL)])],
      fontOnFill,
      ownFilled,
      seenFills,
    };
  }

  /**
   * The colour a gradient or a pattern fill other than solid is seen as (round 21): a gradient whose
   * stops all look alike is the first stop's colour; a pattern whose two colours look alike is that
   * colour, and a sparse one (gray125, gray0625: one dot in eight or sixteen) is its background
   * (white where not given); any other is a mix of colours, UNSEEN_FILL, on which no font is hidden.
   * Undefined for a fill without pattern or gradient (none).
   */
  private seenFill(
    i: number,
    resolve: (ref: ColourRef | undefined) => string | undefined,
  ): string | undefined {
    const other = this.otherFills.get(i);
    if (other === undefined) return undefined;
    if (other.stops !== undefined) {
      const stops = other.stops.map(resolve);
      const first = stops[0];
      return first !== undefined && stops.every((c) => c !== undefined && looksAlike(c, first))
        ? first
        : UNSEEN_FILL;
    }
    const fg = resolve(other.fg) ?? '000000';
    const bg = resolve(other.bg) ?? 'FFFFFF';
    if (looksAlike(fg, bg)) return bg;
    return other.pattern === 'gray125' || other.pattern === 'gray0625' ? bg : UNSEEN_FILL;
  }

  /** The number format code of each cell style (`s` on a cell), undefined for General. */
  formats(): (string | undefined)[] {
    return this.xfFormatIds.map((id) => {
      const code = this.custom.get(id) ?? BUILTIN_FORMATS[id];
      return code === undefined || code.toLowerCase() === 'general' ? undefined : code;
    });
  }

  /**
   * The fill and boldness of each cell style, colours resolved through the theme's colour scheme
   * (theme="…" with tint) and the palette (indexed="…"); undefined for a style with neither.
   */
  looks(theme: readonly string[]): (CellLook | undefined)[] {
    const indexed = this.palette.length > 0 ? this.palette : DEFAULT_INDEXED;
    const fills = this.fillColours.map((ref) => {
      const colour = ref === undefined ? undefined : resolveColour(ref, theme, indexed);
      return colour === 'FFFFFF' ? undefined : colour;
    });
    const shared = new Map<string, CellLook>();
    const fontColours = new Map<number, string | undefined>();
    const fontColour = (id: number): string | undefined => {
      if (!fontColours.has(id)) {
        const ref = this.fontColours[id];
        fontColours.set(id, ref === undefined ? undefined : resolveColour(ref, theme, indexed));
      }
      return fontColours.get(id);
    };
    return this.xfFontIds.map((fontId, i) => {
      const fill = fills[this.xfFillIds[i] ?? -1];
      const bold = this.fontBold[fontId] === true;
      const strike = this.fontStrike[fontId] === true;
      const faint = isFaintLook(this.fontItalic[fontId] === true, fontColour(fontId), fill);
      const indent = this.xfIndents[i] ?? 0;
      const horizontal = this.xfHorizontal[i];
      const fits = this.xfFits[i] === true;
      if (
        fill === undefined &&
        !bold &&
        !strike &&
        !faint &&
        indent === 0 &&
        horizontal === undefined &&
        !fits
      )
        return undefined;
      // One object per distinct look: a sheet of 50,000 cells shares a handful.
      const key = `${fill ?? ''}|${bold ? 'b' : ''}|${strike ? 's' : ''}|${faint ? 'g' : ''}|${indent}|${horizontal ?? ''}|${fits ? 'f' : ''}`;
      let look = shared.get(key);
      if (!look) {
        look = {
          ...(fill !== undefined ? { fill } : {}),
          ...(bold ? { bold: true as const } : {}),
          ...(strike ? { strike: true as const } : {}),
          ...(faint ? { faint: true as const } : {}),
          ...(indent > 0 ? { indent } : {}),
          ...(horizontal !== undefined ? { horizontal } : {}),
          ...(fits ? { fits: true as const } : {}),
        };
        shared.set(key, look);
      }
      return look;
    });
  }
}

/** An XML boolean attribute set ("1", "true"). */
const isOn = (v: string | undefined): boolean => v === '1' || v === 'true';

/** A table style element's band size (a stripe's rows or columns, 1 to 9; round 22). */
function bandSize(size: string | undefined): { size?: number } {
  const n = Number(size);
  return Number.isInteger(n) && n >= 1 && n <= 9 ? { size: n } : {};
}

/** The workbook's own table styles read (StylesHandler.tableStyles); Excel's are a few dozen. */
const MAX_TABLE_STYLES = 256;

/** What a cell style hides (StylesHandler.hidingText): its texts, its numbers. */
/** A fill seen as a mix of colours (a gradient or a pattern of two): no font's colour is hidden on it. */
const UNSEEN_FILL = '?';
export const HIDES_TEXT = 1;
export const HIDES_NUMBERS = 2;

/** A cheap first look: a format with sections or brackets may hide what it shows. */
function hidingFormat(code: string | undefined): boolean {
  return code !== undefined && (code.indexOf(';') !== -1 || code.indexOf('[') !== -1);
}

/**
 * A number format's sections (split at ; outside quotes, escapes and brackets), each as its colour
 * (a [Red] or [ColorN] it opens with, "RRGGBB") and whether it shows anything at all (a section of
 * nothing but brackets and spaces shows nothing), and whether it has an @ (shows text).
 */
function formatSections(
  code: string,
  indexed: readonly string[],
): { colour?: string; empty: boolean; text: boolean }[] {
  const out: { colour?: string; empty: boolean; text: boolean }[] = [];
  let colour: string | undefined;
  let shown = false;
  let text = false;
  const end = (): void => {
    out.push({ ...(colour === undefined ? {} : { colour }), empty: !shown, text });
    colour = undefined;
    shown = false;
    text = false;
  };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === ';') end();
    else if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      const j = close === -1 ? code.length : close;
      if (code.slice(i + 1, j).trim() !== '') shown = true;
      i = j;
    } else if (ch === '\\') {
      if ((code[i + 1] ?? ' ').trim() !== '') shown = true;
      i++;
    } else if (ch === '[') {
      const close = code.indexOf(']', i + 1);
      const j = close === -1 ? code.length : close;
      const inner = code.slice(i + 1, j);
      const c = formatColour(inner, indexed);
      if (c !== undefined) colour ??= c;
      // [h], [mm], [ss]: elapsed time, shown.
      else if (/^[hms]+$/i.test(inner)) shown = true;
      i = j;
    } else if (ch === '_') i++;
    else if (ch === '*') {
      // A fill: the next character repeated across the cell (spaces show nothing).
      if ((code[i + 1] ?? ' ').trim() !== '') shown = true;
      i++;
    } else if (ch.trim() !== '') {
      shown = true;
      if (ch === '@') text = true;
    }
  }
  end();
  return out;
}

const formatHidesCache = new Map<string, number>();

/**
 * What a number format hides on a cell filled `fill` (HIDES_TEXT, HIDES_NUMBERS): text when its text
 * section (the fourth, or a section with @) shows nothing or shows in a colour alike the fill;
 * numbers when each of its number sections (up to three) does. A format without a text section
 * shows text as the font does.
 */
export function formatHides(code: string | undefined, fill: string, indexed: readonly string[]): number {
  if (code === undefined || !hidingFormat(code)) return 0;
  const key = `${fill}\u0000${code}`;
  let hides = formatHidesCache.get(key);
  if (hides !== undefined) return hides;
  const sections = formatSections(code, indexed);
  const hidden = (s: { colour?: string; empty: boolean }): boolean =>
    s.empty || (s.colour !== undefined && looksAlike(s.colour, fill));
  const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.text);
  const numbers = sections.slice(0, 3).filter((s) => !s.text);
  hides =
    (textSection !== undefined && hidden(textSection) ? HIDES_TEXT : 0) |
    (numbers.length > 0 && numbers.every(hidden) ? HIDES_NUMBERS : 0);
  if (formatHidesCache.size >= 1000) formatHidesCache.clear();
  formatHidesCache.set(key, hides);
  return hides;
}

function indexAttr(v: string | undefined): number {
  const n = Number(v ?? '0');
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

// --- xl/sharedStrings.xml --------------------------------------------------------------------------

export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private chars = 0;
  private inSi = false;
  private inT = false;
  private phonetic = 0;
  private buf = '';
  /**
   * Elements open inside a <t> (which has none in Excel's format): their text is not the item's
   * (the package scan judges it on its own).
   */
  private foreign = 0;
  /**
   * Items whose rich text has runs struck through beside runs not struck (an answer changed by
   * striking the old word: "~~Nej~~ Delvist"), or only struck runs: by index, the text of the runs not
   * struck ('' when every run is struck). Only built for items that have a struck run.
   */
  readonly struck = new Map<number, string>();
  private inRun = false;
  private runStruck = false;
  /** The item's text of runs not struck, begun at its first struck run (undefined before one). */
  private shown: string | undefined = undefined;

  constructor(private readonly limits: IntakeLimits) {}

  open(name: string, x: XmlScanner): void {
    if (this.inT) {
      this.inT = false;
      this.foreign = 1;
      return;
    }
    if (this.foreign > 0) {
      this.foreign++;
      return;
    }
    switch (name) {
      case 'sst': {
        // Excel states the number of items up front: a table that says it is too large is refused
        // before it is read. (One that says less is still counted item by item.)
        const declared = Number(x.attr('uniqueCount'));
        if (declared > this.limits.maxSharedStrings) this.tooMany();
        break;
      }
      case 'si':
        this.inSi = true;
        this.buf = '';
        this.shown = undefined;
        break;
      case 't':
        // Text of the item and of its rich-text runs; not of phonetic runs (rPh).
        if (this.inSi && this.phonetic === 0) this.inT = true;
        break;
      case 'rPh':
        this.phonetic++;
        break;
      case 'r':
        if (this.inSi) {
          this.inRun = true;
          this.runStruck = false;
        }
        break;
      case 'strike':
        if (this.inRun) {
          const val = x.attr('val');
          this.runStruck = val === undefined || isTrue(val);
        }
        break;
    }
  }

  close(name: string): void {
    if (this.foreign > 0) {
      // Back in the <t> when the last element inside it closes.
      if (--this.foreign === 0) this.inT = true;
      return;
    }
    switch (name) {
      case 't':
        this.inT = false;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'r':
        this.inRun = false;
        this.runStruck = false;
        break;
      case 'si': {
        this.inSi = false;
        const value = decodeEscapes(this.buf);
        this.buf = '';
        if (this.shown !== undefined) {
          this.struck.set(this.strings.length, decodeEscapes(this.shown));
          this.shown = undefined;
        }
        const limits = this.limits;
        if (value.length > limits.maxCellTextLength) {
          throw refuse.cellText(
            `En tekst i projektmappen (nr. ${this.strings.length + 1} i tabellen over delte tekster)`,
            `A text in the workbook (no. ${this.strings.length + 1} in the shared-strings table)`,
            value.length,
            limits.maxCellTextLength,
          );
        }
        this.chars += value.length;
        if (this.chars > limits.maxSharedStringChars)
          throw refuse.sharedStringsChars(limits.maxSharedStringChars);
        this.strings.push(value);
        if (this.strings.length > limits.maxSharedStrings) this.tooMany();
        break;
      }
    }
  }

  private tooMany(): never {
    throw refuse.sharedStringsCount(this.limits.maxSharedStrings);
  }

  text(text: string): void {
    if (!this.inT) return;
    // A struck run: the text not struck is kept beside the item's from here on.
    if (this.runStruck) this.shown ??= this.buf;
    else if (this.shown !== undefined) this.shown += text;
    this.buf += text;
    // Refused as soon as the item is longer than a cell may be, not after all of it was collected.
    if (this.buf.length > ESCAPED * this.limits.maxCellTextLength) {
      throw refuse.cellText(
        `En tekst i projektmappen (nr. ${this.strings.length + 1} i tabellen over delte tekster)`,
        `A text in the workbook (no. ${this.strings.length + 1} in the shared-strings table)`,
        Math.max(decodeEscapes(this.buf).length, this.limits.maxCellTextLength + 1),
        this.limits.maxCellTextLength,
        true,
      );
    }
  }
}

/** A document property's text, refused as soon as it is longer than any text Excel keeps. */
function propertyText(buf: string, name?: string): void {
  const max = DEFAULT_LIMITS.maxCellTextLength;
  if (buf.length > ESCAPED * max) {
    throw refuse.cellText(
      name === undefined ? 'En dokumentegenskab' : `Dokumentegenskaben "${name}"`,
      name === undefined ? 'A document property' : `The document property "${name}"`,
      Math.max(decodeEscapes(buf).length, max + 1),
      max,
      true,
    );
  }
}

// --- docProps/core.xml, app.xml, custom.xml --------------------------------------------------------

/** core.xml and app.xml: each child of the root that holds only text is a property. */
export class SimplePropertiesHandler implements XmlHandler {
  private depth = 0;
  private buf = '';
  private nested = false;

  constructor(
    private readonly out: { name: string; value: string }[],
    private readonly countObject: () => void,
  ) {}

  open(): void {
    this.depth++;
    if (this.depth === 2) {
      this.buf = '';
      this.nested = false;
    } else if (this.depth > 2) {
      this.nested = true;
    }
  }

  close(name: string): void {
    if (this.depth === 2 && !this.nested) {
      const value = this.buf.trim();
      if (value.length > 0) {
        this.countObject();
        this.out.push({ name, value });
      }
    }
    this.depth--;
  }

  text(text: string): void {
    if (this.depth !== 2) return;
    this.buf += text;
    propertyText(this.buf);
  }
}

/** custom.xml: <property name="..."><vt:lpwstr>value</vt:lpwstr></property>. */
export class CustomPropertiesHandler implements XmlHandler {
  private name: string | undefined;
  private buf = '';

  constructor(
    private readonly out: { name: string; value: string }[],
    private readonly countObject: () => void,
  ) {}

  open(name: string, x: XmlScanner): void {
    if (name === 'property') {
      this.name = x.attr('name');
      this.buf = '';
    }
  }

  close(name: string): void {
    if (name === 'property' && this.name !== undefined) {
      this.countObject();
      this.out.push({ name: this.name, value: this.buf });
      this.name = undefined;
    }
  }

  text(text: string): void {
    if (this.name === undefined) return;
    this.buf += text;
    propertyText(this.buf, this.name);
  }
}

// --- xl/externalLinks/*.xml ------------------------------------------------------------------------

export class ExternalLinkHandler implements XmlHandler {
  kind: 'dde' | 'ole' | 'book' | undefined;
  detail = '';

  open(name: string, x: XmlScanner): void {
    if (name === 'ddeLink') {
      this.kind = 'dde';
      this.detail = `${x.attr('ddeService') ?? ''}|${x.attr('ddeTopic') ?? ''}`;
    } else if (name === 'oleLink' && this.kind === undefined) {
      this.kind = 'ole';
    } else if (name === 'externalBook' && this.kind === undefined) {
      this.kind = 'book';
    }
  }

  close(): void {}
  text(): void {}
}
