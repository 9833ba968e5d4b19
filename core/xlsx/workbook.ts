// Workbook-level parts: the workbook itself (sheets, defined names, date system), styles (number
// formats, fills and bold fonts), the shared-strings table, document properties and external-link parts.

import { checkFormula } from './active';
import type { IntakeLimits } from './limits';
import { refuse } from './messages';
import { DEFAULT_INDEXED, colourRefOf, hexColour, resolveColour, type ColourRef } from './theme';
import type { XmlHandler, XmlScanner } from './xml';

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** Decodes OOXML's `_xHHHH_` escapes (ST_Xstring), used for characters XML cannot carry. */
export function decodeEscapes(s: string): string {
  if (s.indexOf('_x') === -1) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
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
  readonly sheets: SheetRef[] = [];
  readonly names: DefinedName[] = [];
  externalReferences = 0;
  private current: { name: string; localSheetId?: number } | undefined;
  private buf = '';

  constructor(
    private readonly limits: IntakeLimits,
    private readonly countObject: () => void,
  ) {}

  open(name: string, x: XmlScanner): void {
    switch (name) {
      case 'workbookPr':
        this.date1904 = isTrue(x.attr('date1904'));
        break;
      case 'sheet': {
        const state = x.attr('state');
        this.sheets.push({
          name: x.attr('name') ?? '',
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
        this.current = { name: x.attr('name') ?? '' };
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
    if (this.current) this.buf += text;
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
export interface CellLook {
  /** "RRGGBB" of a solid fill other than white. */
  readonly fill?: string;
  readonly bold?: true;
}

export class StylesHandler implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private readonly xfFontIds: number[] = [];
  private readonly xfFillIds: number[] = [];
  /** <fonts>: whether each font is bold. */
  private readonly fontBold: boolean[] = [];
  /** <fills>: the colour of each solid pattern fill (undefined for none, patterns and gradients). */
  private readonly fillColours: (ColourRef | undefined)[] = [];
  /** <indexedColors>: a workbook's own legacy palette, when it has one. */
  private readonly palette: string[] = [];
  private inNumFmts = false;
  private inCellXfs = false;
  private inFonts = false;
  private inFills = false;
  private inFont = false;
  private inIndexed = false;
  /** The fill being read: its pattern is solid. */
  private solid = false;

  open(name: string, x: XmlScanner): void {
    switch (name) {
      case 'numFmts':
        this.inNumFmts = true;
        break;
      case 'numFmt':
        if (this.inNumFmts) {
          const id = Number(x.attr('numFmtId'));
          const code = x.attr('formatCode');
          if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
        }
        break;
      case 'cellXfs':
        this.inCellXfs = true;
        break;
      case 'xf':
        if (this.inCellXfs) {
          const id = Number(x.attr('numFmtId') ?? '0');
          this.xfFormatIds.push(Number.isInteger(id) ? id : 0);
          this.xfFontIds.push(indexAttr(x.attr('fontId')));
          this.xfFillIds.push(indexAttr(x.attr('fillId')));
        }
        break;
      case 'fonts':
        this.inFonts = true;
        break;
      case 'font':
        if (this.inFonts) {
          this.inFont = true;
          this.fontBold.push(false);
        }
        break;
      case 'b':
        if (this.inFont) {
          const val = x.attr('val');
          this.fontBold[this.fontBold.length - 1] = val === undefined || isTrue(val);
        }
        break;
      case 'fills':
        this.inFills = true;
        break;
      case 'fill':
        if (this.inFills) this.fillColours.push(undefined);
        break;
      case 'patternFill':
        this.solid = this.inFills && x.attr('patternType') === 'solid';
        break;
      case 'fgColor':
        if (this.inFills && this.solid) this.fillColours[this.fillColours.length - 1] = colourRefOf(x);
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
    else if (name === 'cellXfs') this.inCellXfs = false;
    else if (name === 'fonts') this.inFonts = false;
    else if (name === 'font') this.inFont = false;
    else if (name === 'fills') this.inFills = false;
    else if (name === 'patternFill') this.solid = false;
    else if (name === 'indexedColors') this.inIndexed = false;
  }

  text(): void {}

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
    return this.xfFontIds.map((fontId, i) => {
      const fill = fills[this.xfFillIds[i] ?? -1];
      const bold = this.fontBold[fontId] === true;
      if (fill === undefined && !bold) return undefined;
      // One object per distinct look: a sheet of 50,000 cells shares a handful.
      const key = `${fill ?? ''}|${bold ? 'b' : ''}`;
      let look = shared.get(key);
      if (!look) {
        look = { ...(fill !== undefined ? { fill } : {}), ...(bold ? { bold: true as const } : {}) };
        shared.set(key, look);
      }
      return look;
    });
  }
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

  constructor(private readonly limits: IntakeLimits) {}

  open(name: string, x: XmlScanner): void {
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
        break;
      case 't':
        // Text of the item and of its rich-text runs; not of phonetic runs (rPh).
        if (this.inSi && this.phonetic === 0) this.inT = true;
        break;
      case 'rPh':
        this.phonetic++;
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 't':
        this.inT = false;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'si': {
        this.inSi = false;
        const value = decodeEscapes(this.buf);
        this.buf = '';
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
    if (this.inT) this.buf += text;
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
    if (this.depth === 2) this.buf += text;
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
    if (this.name !== undefined) this.buf += text;
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
