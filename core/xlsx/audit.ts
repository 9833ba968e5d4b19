// The CPR scan of the whole package. A plan carries no personal data, and the promise is about the
// whole file, not only what lands in the grid: every part that is stored is either parsed and all
// its text checked (every text node and attribute value of every XML part, after decoding
// references and _xHHHH_ escapes; comments and processing instructions too), or scanned as bytes
// (pictures, printer settings, anything not XML: as Latin-1 and as UTF-16 in both byte orders, with
// PNG's compressed text inflated), or the workbook is refused. The zip archive's own texts (its
// comment, the entries' names, comments and extra fields) are scanned as well.
//
// Text is judged as a reader sees it (fold in core/validate/cpr.ts: digits of any script, invisible
// characters dropped, any dash or space or one line break as the separator), and so are the lines
// of a text box or a note (joined with line breaks), links and names with percent-escapes, formulas
// that join the number from pieces with &, element and attribute names, and base64 text (read as
// the bytes it stands for). Packed content is unpacked where it can be (a gzip or zlib part, PNG
// text), bounded per piece and for the whole package (UnpackBudget); what cannot be checked (a zip,
// a compound file, a PDF or another archive kept as a part or written as base64) is refused.
//
// Cost: the XML scan rides on the tokenizer's single pass (XmlAudit): a text run costs a cheap
// pre-check (six digits in a row, or an escape), a start tag a look at its attribute values that are
// long enough to matter; only what passes is decoded and judged, and only what is judged a CPR
// number is placed (which sheet, which cell, what kind of place).
//
// What the grid carries is judged there, with the cell's context (formats, labels beside it), and is
// not judged twice here: the values of cells (<c><v>, the text of inline strings outside <rPh>),
// shared strings a cell shows, sheet names and defined names. A value here that the grid does not
// carry after all (a crafted cell given twice, a value of the wrong type) is reported on its own.

import { Inflate } from 'pako';
import {
  a1,
  colName,
  parseA1,
  parseRange,
  SheetIndex,
  type GridCell,
  type GridRange,
  type GridSheet,
  type GridTextPlace,
} from '../grid';
import {
  containsCpr,
  findCprNumbers,
  formulaHasCpr,
  cellsReading,
  joinsCells,
  formulaWithCellsHasCpr,
  formatMayShowCpr,
  formatShowsCpr,
  isCprNumber,
  isDigitLike,
  mayHoldCpr,
  percentDecoded,
  piecesCutInTwo,
  surelyNoCpr,
  type NamedValues,
} from '../validate/cpr';
import { joinsTableColumns, nameValue, RangeValue } from '../validate/formulaText';
import { refuse } from './messages';
import {
  colourRefOf,
  DEFAULT_INDEXED,
  defaultThemeColours,
  headerFooterColour,
  hexColour,
  looksAlike,
  modifyColour,
  resolveColour,
  SCHEME_INDEX,
} from './theme';
import type { TableStyleInfo } from './annotations';
import { decodeEscapes, HIDES_NUMBERS, HIDES_TEXT } from './workbook';
import type { XmlAudit, XmlScanner } from './xml';

/** What a part is, for telling what kind of place a finding is in. */
export const enum Role {
  Worksheet,
  Workbook,
  SharedStrings,
  Styles,
  Comments,
  ThreadedComments,
  Persons,
  Drawing,
  Vml,
  Chart,
  Table,
  Pivot,
  CustomXml,
  Properties,
  CustomProperties,
  Relationships,
  Other,
}

/** A VML shape's id that places it in a header or footer (LH, CF, RHFIRST, LFEVEN ...). */
const HEADER_PICTURE_ID = /^[LCR][HF](?:FIRST|EVEN)?$/;
/** The object a header or footer picture's anchor carries (see vmlKind in ./index.ts). */
export const HEADER_PICTURE = 'HeaderPicture';

/** A drawing's anchor (or a VML shape's ClientData): the cell it sits on, filled in as it is read. */
interface Anchor {
  r: number;
  c: number;
  /**
   * A VML shape's kind (<x:ClientData ObjectType="...">): a cell's note ("Note") or a form control
   * ("Checkbox", "Button", "Drop" ...); its text is the note's or the control's.
   */
  object?: string;
  /** A VML shape's fill colour (its fillcolor, "RRGGBB"): a note's, where a person coloured it. */
  fill?: string;
}

/** A finding before it is placed on a sheet. Never leaves core/xlsx with `value` in it. */
export interface RawFinding {
  readonly part: string;
  kind: GridTextPlace;
  cell: string;
  readonly anchor?: Anchor;
  /** A hyperlink relationship's id: its cell is where the sheet's <hyperlink> with this id is. */
  readonly relId?: string;
  /** A shared-string item's index (its own text when kind is 'sharedString'; else phonetic text). */
  readonly siIndex?: number;
  /** A document property's name. */
  readonly name?: string;
  /**
   * For a cell value the grid may carry (kind 'cellValue' pending): the value as stored, so the
   * reader can tell whether the grid holds it at that cell. Dropped once decided.
   */
  value?: string | number;
  /**
   * For a formula that joins cells into a CPR number: the cells it reads, by sheet name ('' for its
   * own sheet) and A1. Each holds a piece of the number: they are named, their values not shown.
   */
  readonly reads?: readonly { readonly sheet: string; readonly cell: string }[];
  /**
   * For a cell's text read without some of its runs (kind 'cellHidden'): the colour ("RRGGBB") of
   * the runs left out, or '' for the runs without a colour of their own (they take the cell's font).
   * They are hidden only where that is the colour of the cell's fill (or of its font, when it is its
   * fill's): decided where the cell is known (core/xlsx/index.ts). Undefined: hidden whatever the cell.
   */
  readonly hiddenBy?: string;
}

/** An ISO date and time (a pivot cache's <d v>) as Excel's day number (1900 system); undefined if none. */
function isoDaySerial(iso: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return undefined;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(day) ? Math.round((day - Date.UTC(1899, 11, 30)) / 86_400_000) : undefined;
}

/** A pivot cache's item or record value (<s v>, <n v>, <d v>; <m/>, <b>, <e> are none). */
function pivotValue(local: string, x: XmlScanner): TableValue {
  const v = x.attr('v');
  if (v === undefined) return null;
  if (local === 's') return v;
  if (local === 'n') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  if (local === 'd') {
    const date = isoDaySerial(v);
    return date === undefined ? null : { date };
  }
  return null;
}

/** At most this many findings are kept: one per place is enough to refuse, and the list is printed. */
const MAX_FINDINGS = 500;
/**
 * Inflated text of one PNG picture (all its chunks together) may be at most this large; larger is
 * refused, not skipped. Real pictures keep kilobytes there (an ICC profile, up to about a megabyte).
 */
const MAX_PNG_TEXT = 8 * 1024 * 1024;

/**
 * Elements whose text runs join into one text (rich-text runs, VML/HTML inline formatting, an SVG
 * picture's text spans), and those that break a text into lines (a line break, a paragraph and its
 * properties): a number broken over two lines of a text box or a note reads as one, as it does in a
 * cell (see fold in core/validate/cpr.ts). A note's HTML may mark a piece of the number with any of
 * HTML's inline elements (<strong>, <sup>, <a> ...) and an SVG picture with <tspan>: what is shown
 * is one line of text.
 */
function isInline(local: string): boolean {
  return (
    isLineBreak(local) ||
    local === 'pPr' ||
    local === 'endParaRPr' ||
    local === 't' ||
    local === 'r' ||
    local === 'rPr' ||
    local === 'fld' ||
    INLINE_MARKUP.has(local)
  );
}

/**
 * An element whose text the grid reads, in the parts it reads: a cell's value (<v>), a string's text
 * (<t>: shared, inline, a run's), a defined name's formula. Excel writes no element inside one.
 */
function isReadText(local: string | undefined): boolean {
  return local === 'v' || local === 't' || local === 'definedName';
}

/** HTML's inline (phrasing) elements as a VML note or shape writes them, and SVG's text spans. */
const INLINE_MARKUP = new Set([
  'font',
  'span',
  'b',
  'i',
  'u',
  's',
  'strike',
  'strong',
  'em',
  'sup',
  'sub',
  'small',
  'big',
  'a',
  'tt',
  'code',
  'mark',
  'ins',
  'del',
  'q',
  'abbr',
  'cite',
  'dfn',
  'kbd',
  'samp',
  'var',
  'bdi',
  'bdo',
  'nobr',
  'wbr',
  'tspan',
  'textPath',
  'tref',
]);

/** A line break (DrawingML a:br, HTML br in VML notes) or a paragraph (a:p, HTML p and div). */
function isLineBreak(local: string): boolean {
  return local === 'br' || local === 'p' || local === 'div';
}

function isBlank(s: string): boolean {
  return isBlankAt(s, 0, s.length);
}

/** Whether s[from, to) is XML white space only. */
function isBlankAt(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * A whole number as a worksheet or a cache stores it ("101901234", "1.01901234E8"). Written with an
 * exponent it may be short: "1.019E8" and "101901E3" are nine-digit numbers too.
 */
function asNumber(text: string): number | undefined {
  const t = text.trim();
  if (t.length > 24 || (t.length < 9 && !EXPONENT_FORM.test(t))) return undefined;
  if (!/^[+-]?[\d.]+(?:[eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A number written with an exponent, and nothing else: a mantissa, E or e, the exponent's digits. */
const EXPONENT_FORM = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d{1,3}\s*$/;

/**
 * Whether s[from, to) may be a number written with an exponent (a digit last, an E or e before
 * it): a cheap look before the pattern, for short texts that are otherwise passed over.
 */
function mayBeExponent(s: string, from: number, to: number): boolean {
  if (to - from < 3 || to - from > 24) return false;
  const last = s.charCodeAt(to - 1);
  if (last < 48 || last > 57) return false;
  for (let k = to - 2; k > from && k >= to - 5; k--) {
    const c = s.charCodeAt(k);
    if (c === 69 || c === 101) return EXPONENT_FORM.test(s.slice(from, to));
  }
  return false;
}

/**
 * A number format made of literals only, as the text it shows, its quotes and escapes taken off
 * (\1\5\1\0\9\3\-\1\0\1\5, or "14"\1"09"\3"-10"\1\4): it shows them whatever the cell holds, and
 * Excel lists every format of the workbook under Format Cells, used or not. Undefined for a format
 * with a place for the value (0 # ? @, a date or time code, General): what that shows is judged
 * where a value meets it (a cell, a chart's cache, a pivot field), as before. The layout people give
 * a CPR column, 000000-0000, holds no number.
 */
function formatLiterals(code: string): string | undefined {
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const c = code.charAt(i);
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      if (close === -1) return undefined;
      out += code.slice(i + 1, close);
      i = close;
    } else if (c === '\\') {
      out += code.charAt(++i);
    } else if (c === '[') {
      // A colour, a condition or a locale ([Red], [<100], [$-406]): shows nothing of its own.
      const close = code.indexOf(']', i + 1);
      if (close === -1) return undefined;
      i = close;
    } else if (c === '_' || c === '*') {
      i++; // a space as wide as the next character, or the next character repeated to fill the cell
    } else if (/[0#?@.,%/eEdDmMyYhHsSaAgGbB]/.test(c)) {
      return undefined;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * The currency texts of a number format ([$kr.-406], [$€-2], [$CPR 150390 1234-406]) one to a line:
 * shown before or after every number the format shows, whatever the number, and hidden from
 * formatLiterals, which passes over what is in brackets. A currency text runs from "[$" to the last
 * "-" before "]" (the locale after it), or to "]" where there is none. '' when there is none.
 */
function currencyTexts(code: string): string {
  if (code.indexOf('[$') === -1) return '';
  const out: string[] = [];
  for (let at = code.indexOf('[$'); at !== -1; at = code.indexOf('[$', at + 2)) {
    const close = code.indexOf(']', at + 2);
    if (close === -1) break;
    const inside = code.slice(at + 2, close);
    const dash = inside.lastIndexOf('-');
    out.push(dash === -1 ? inside : inside.slice(0, dash));
  }
  return out.join('\n');
}

/** A value judged without context: CPR-like text, or a whole number whose 10-digit form is one. */
function looksLikeCpr(text: string): boolean {
  if (containsCpr(text)) return true;
  const n = asNumber(text);
  return n !== undefined && isCprNumber(n);
}

/**
 * Attributes of drawings, charts and VML shapes that hold text a person wrote, even when it is a
 * whole number: alternative text and titles (DrawingML descr, title; VML alt, o:title), a WordArt
 * string (v:textpath string).
 */
const TEXT_ATTRIBUTES = new Set(['descr', 'title', 'alt', 'string']);

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** A chart's data label and axis formats that may show digits no number holds (formatMayShowCpr) judged against its numbers (more are refused). */
const MAX_SHOWN_FORMATS = 4;
/** At most this many cached numbers of a chart are judged against them (a plan's charts hold far fewer). */
const MAX_CHART_NUMBERS = 100_000;

/** The number types of a document property's value (vt:i4, vt:r8, ...). */
const VT_NUMBERS = new Set([
  'i1',
  'i2',
  'i4',
  'i8',
  'int',
  'ui1',
  'ui2',
  'ui4',
  'ui8',
  'uint',
  'r4',
  'r8',
  'decimal',
  'cy',
]);

/** Texts shorter than this are not read as base64 (twelve bytes: less than a CPR number with a word). */
const MIN_BASE64 = 16;

/**
 * The bytes a base64 text stands for (line breaks allowed between its characters, white space
 * around it), or undefined when it is not base64: other characters, a length that is no whole
 * number of groups, or no sign of being base64 rather than a word (a digit, a '+' or '/', or both
 * cases of letters).
 */
export function fromBase64(text: string): Uint8Array | undefined {
  let chars = 0;
  let digitOrSign = false;
  let lower = false;
  let upper = false;
  let pad = 0;
  // White space around it is no part of it, as a decoder reads it: an indented value (a program
  // that pretty-prints its XML writes the layout into the element: Gnumeric's inline strings), a
  // space typed after it.
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) <= 32) from++;
  while (to > from && text.charCodeAt(to - 1) <= 32) to--;
  let layout = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Base64 may be wrapped into lines, each indented as the XML around it (a pretty-printer's
    // layout) or with spaces before its end; a space inside a line ends it (prose is not base64).
    if (c === 10 || c === 13) {
      layout = true;
      continue;
    }
    if (c === 32 || c === 9) {
      if (layout) continue; // an indentation
      let k = i + 1;
      while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      const next = text.charCodeAt(k);
      if (next !== 10 && next !== 13) return undefined;
      layout = true;
      i = k - 1;
      continue;
    }
    layout = false;
    if (c === 61 /* = */) {
      pad++;
      chars++;
      continue;
    }
    if (pad > 0) return undefined;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    else if ((c >= 48 && c <= 57) || c === 43 || c === 47) digitOrSign = true;
    else return undefined;
    chars++;
  }
  if (chars % 4 !== 0 || pad > 2 || !(digitOrSign || (lower && upper))) return undefined;
  const binary = atob(text.slice(from, to).replace(/\s+/g, ''));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Header/footer codes that are no text. Sections (&L &C &R) and fields (&P &D ...) stand between
 * texts; a colour (&K), a font (&"font") and a style (&B &I &U ...) only change how the text goes on,
 * so "1501&K00000090-1234" shows 150190-1234.
 */
const HF_CODES = /&(?:([LCRPNDTFAZG&])|"[^"]*"|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|[BIUESXYHO])/g;

/** A header or footer field (&P, &N, &D, &T, &F, &A, &Z, &G) right after or before a digit. */
const FIELD_BY_DIGIT = /\d&[PNDTFAZG]|&[PNDTFAZG]\d/;

/**
 * The text of a header or footer as it is shown: its codes taken out, so "&CTlf. 0101901234" reads
 * "Tlf. 0101901234". A font size (&12) glued to digits may be one to three digits long, so each
 * reading of it is returned; and what its codes store though it is not shown: a colour's digits
 * run into the text, the font names.
 */
function headerFooterReadings(text: string, theme: readonly string[]): string[] {
  const base = text.replace(HF_CODES, (_m, between?: string) => (between === undefined ? '' : ' '));
  // A colour's six digits are stored, run into the text after them (&K1501901234 is the colour
  // 150190 and the text 1234): read as stored too, when a colour has any.
  const colours = /&K\d{6}/.test(text)
    ? [
        text
          .replace(/&K(\d{6})/g, '$1')
          .replace(HF_CODES, (_m, between?: string) => (between === undefined ? '' : ' ')),
      ]
    : [];
  // The font names (&"Arial,Bold") are not shown, but they are stored: read on their own.
  const fonts =
    text.indexOf('&"') === -1 ? [] : [[...text.matchAll(/&"([^"]*)"/g)].map((m) => m[1]).join(' | ')];
  const seen = /&K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|&[01](?!\d)/.test(text)
    ? [headerFooterSeen(text, theme)]
    : [];
  // Round 23: a field (the page &P, the date &D ...) glued to a digit inside a number
  // ("1810&P85-2318"): the digits typed around it read together, as a person wrote them.
  const fields = FIELD_BY_DIGIT.test(text)
    ? [
        text
          .replace(/&[PNDTFAZG]/g, '')
          .replace(HF_CODES, (_m, between?: string) => (between === undefined ? '' : ' '))
          .replace(/&\d+/g, ' '),
      ]
    : [];
  if (!/&\d{4,}/.test(base)) return [base.replace(/&\d+/g, ' '), ...colours, ...fonts, ...seen, ...fields];
  return [
    ...fields,
    ...seen,
    ...[1, 2, 3].map((k) => base.replace(/&(\d+)/g, (_m, d: string) => ` ${d.slice(Math.min(k, d.length))}`)),
    ...colours,
    ...fonts,
  ];
}

/**
 * A header's or footer's text as the printed page shows it: without the text in white or a colour
 * alike it (&KFFFFFF, &KFEFEFE, the theme's white &K00+000; on the white page) or in a font below 2
 * points (&1, &0), each until the next colour or size, or the next section (&L &C &R).
 * "2101&KFFFFFFx&K00000090-1234" shows 210190-1234. A size run into digits of four or more is read
 * as not hiding (its size is not known).
 */
function headerFooterSeen(text: string, theme: readonly string[]): string {
  let out = '';
  let white = false;
  let small = false;
  let at = 0;
  for (const m of text.matchAll(HF_CODES_SIZES)) {
    const i = m.index;
    if (!white && !small) out += text.slice(at, i);
    at = i + m[0].length;
    const code = m[0];
    if (code.startsWith('&K')) {
      const colour = headerFooterColour(code, theme);
      white = colour !== undefined && looksAlike(colour, 'FFFFFF');
    } else if (/^&\d/.test(code)) small = code.length <= 4 && Number(code.slice(1)) < 2;
    else if (/^&[LCR]$/.test(code)) {
      white = false;
      small = false;
      out += ' ';
    } else if (m[1] !== undefined) out += ' ';
  }
  if (!white && !small) out += text.slice(at);
  return out;
}
/** The header and footer codes (HF_CODES) and a font size (&12). */
const HF_CODES_SIZES = new RegExp(`${HF_CODES.source}|&\\d+`, 'g');

const REF_ATTR = /\s(?:[\w.-]+:)?(sqref|ref|r)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The first A1 range among a tag's r / ref / sqref attributes ("A1", "B2:C9"), or ''. */
function refOf(tag: string): string {
  REF_ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REF_ATTR.exec(tag)) !== null) {
    const first = (m[2] ?? m[3] ?? '').trim().split(/\s+/)[0] ?? '';
    if (first.length > 0 && parseRange(first) !== undefined) return first.replace(/\$/g, '').toUpperCase();
  }
  return '';
}

/** A cell's r attribute (<c r="B2" ...>), read directly where it is written plainly. */
function cellAttr(tag: string): string {
  const k = tag.indexOf(' r="');
  if (k === -1) return refOf(tag);
  const end = tag.indexOf('"', k + 4);
  return end === -1 ? '' : tag.slice(k + 4, end).toUpperCase();
}

function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m === null ? undefined : (m[1] ?? m[2]);
}

/** An array formula (<f t="array" ref="C2:D2">E2:F2</f>): the range it fills and its formula. */
interface ArrayFormula {
  readonly ref: string;
  readonly formula: string;
}

/** A sheet's formula that joins cells, at the cell it is written in (a shared one: its range). */
interface JoinedFormula {
  readonly part: string;
  readonly cell: string;
  readonly range: string | undefined;
  readonly formula: string;
}

/**
 * An A1 reference as a formula writes it (upper case, $ kept) packed in one number without making
 * objects: row * 65536 + column * 4 + 2 for an absolute row + 1 for an absolute column; -1 when it
 * is no reference on a sheet (0-based row and column).
 */
/** The cells of one range a joined formula reads (CONCAT(C2:D2)); a larger range is not read. */
const MAX_JOINED_RANGE = 1000;

function parseRef(ref: string): number {
  let i = 0;
  let flags = 0;
  if (ref.charCodeAt(i) === 36) {
    flags |= 1;
    i++;
  }
  let col = 0;
  const colFrom = i;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32; // a letter in either case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === colFrom || i - colFrom > 3 || col > 16384) return -1;
  if (ref.charCodeAt(i) === 36) {
    flags |= 2;
    i++;
  }
  let row = 0;
  const rowFrom = i;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    row = row * 10 + (ch - 48);
  }
  if (i === rowFrom || row < 1 || row > 1048576) return -1;
  return (row - 1) * 65536 + (col - 1) * 4 + flags;
}

/** A1 references as a formula writes them ($ kept), with the sheet's name before them if any. */
const A1_REFS =
  /(?:(?:'(?:[^']|'')+'|(?<![\p{L}\p{N}_.'])[\p{L}\p{N}_.]+)!)?(?<![\p{L}\p{N}_.$])\$?[A-Za-z]{1,3}\$?\d{1,7}(?![\p{L}\p{N}_(])/gu;

/**
 * The references of a formula (A1_REFS), the second corner of a range on another sheet given that
 * sheet's name as the first has it (Data!A1:A3 reads Data!A3, not the formula's own A3), and its
 * ranges whole ("Data!A1:A3").
 */
function referencesOf(formula: string): { refs: string[]; ranges: string[] } {
  const refs: string[] = [];
  const ranges: string[] = [];
  for (const m of formula.matchAll(A1_REFS)) {
    const at = m.index;
    const prev = refs[refs.length - 1];
    if (prev !== undefined && at > 0 && formula.charCodeAt(at - 1) === 58 /* : */) {
      const bang = prev.lastIndexOf('!');
      const ref = m[0].includes('!') ? m[0] : `${prev.slice(0, bang + 1)}${m[0]}`;
      refs.push(ref);
      ranges.push(`${prev}:${m[0]}`);
    } else refs.push(m[0]);
  }
  return { refs, ranges };
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * A table's structured reference in a formula: a table's name (none inside the table itself) and, in
 * brackets, one column of the formula's own row (`[[#This Row],[Dato]]`, as the file keeps `[@Dato]`;
 * `[@Dato]`, `[@[Dato]]` as other programs write it) or a whole column of data (`[Dato]`, `[[Dato]]`).
 * A column name escapes `[`, `]`, `#` and `'` with `'`.
 */
const TABLE_REF =
  /((?:[\p{L}_\\][\p{L}\p{N}_.]*)?)\[(?:\[#This Row\],\s*\[((?:[^[\]']|'.)+)\]|@\[((?:[^[\]']|'.)+)\]|@((?:[^[\]'@#,]|'.)+)|\[((?:[^[\]'#]|'.)+)\]|((?:[^[\]'@#,]|'.)+))\]/giu;

/**
 * A formula with its tables' structured references written as the cells they stand for, from the
 * cell (r, c) on `sheet` it was written in: one column of the row as a reference whose row moves as
 * the formula is filled (`$B3`), a whole column of data as a fixed range (`$C$2:$C$40`), on another
 * sheet with its name. A table is found by its name on any sheet, or without one as the table the
 * cell is in; a column by its name in the header row (or the table's part, where the header row is
 * turned off). What is not found stays as written (and is not read).
 */
function tableReferencesAsCells(
  formula: string,
  sheet: GridSheet,
  r: number,
  c: number,
  sheets: readonly GridSheet[],
  cache: TableReferenceCache,
): string {
  // A table's calculated column repeats one formula on every row: it is rewritten once (the row
  // left as a mark), for the table the cell is in.
  const inside = sheet.tables.findIndex((t) => inRange(t.ref, r, c));
  const key = `${sheet.name}\u0000${inside}\u0000${formula}`;
  let template = cache.templates.get(key);
  if (template === undefined) {
    template = formula.replace(
      TABLE_REF,
      (whole, name: string, row1?: string, row2?: string, row3?: string, col1?: string, col2?: string) => {
        let on: GridSheet | undefined;
        let table: GridSheet['tables'][number] | undefined;
        if (name === '') {
          on = sheet;
          table = sheet.tables[inside];
        } else
          for (const s of sheets.length > 0 ? sheets : [sheet]) {
            table = s.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
            if (table !== undefined) {
              on = s;
              break;
            }
          }
        const column = (row1 ?? row2 ?? row3 ?? col1 ?? col2 ?? '')
          .replace(/'(.)/g, '$1')
          .trim()
          .toLowerCase();
        if (on === undefined || table === undefined || column === '') return whole;
        let lookup = cache.lookups.get(on);
        if (lookup === undefined) cache.lookups.set(on, (lookup = cellLookup(on)));
        const width = table.ref.e.c - table.ref.s.c + 1;
        let k = -1;
        for (let i = 0; i < width && k === -1; i++) {
          const header = table.hiddenHeader?.[i] ?? lookup.get(table.ref.s.r, table.ref.s.c + i);
          if (typeof header === 'string' && header.trim().toLowerCase() === column) k = i;
        }
        if (k === -1) return whole;
        const col = colName(table.ref.s.c + k);
        const prefix = on === sheet ? '' : `'${on.name.replace(/'/g, "''")}'!`;
        if (row1 !== undefined || row2 !== undefined || row3 !== undefined)
          return `${prefix}$${col}${ROW_MARK}`;
        const first = table.hiddenHeader === undefined ? table.ref.s.r + 1 : table.ref.s.r;
        return first > table.ref.e.r ? whole : `${prefix}$${col}$${first + 1}:$${col}$${table.ref.e.r + 1}`;
      },
    );
    if (cache.templates.size >= 1000) cache.templates.clear();
    cache.templates.set(key, template);
  }
  return template.indexOf(ROW_MARK) === -1 ? template : template.split(ROW_MARK).join(String(r + 1));
}

/** Where a rewritten structured reference stands for the formula's own row. */
const ROW_MARK = '\u0001';

/** What tableReferencesAsCells keeps over one workbook's formulas. */
interface TableReferenceCache {
  readonly lookups: Map<GridSheet, CellLookup>;
  /** Formulas rewritten, by sheet, table and text. */
  readonly templates: Map<string, string>;
}

/** A sheet's cells by place, for reading formulas with the values of the cells they name. */
interface CellLookup {
  /** A text or number cell's value; undefined for an empty cell or another type. */
  get(r: number, c: number): string | number | undefined;
  /** Calls `fn` for each cell in the range that holds a formula, without walking empty places. */
  formulas(range: GridRange, fn: (r: number, c: number) => void): void;
}

function cellLookup(sheet: GridSheet): CellLookup {
  const columns = sheet.columns;
  if (columns === undefined) {
    const index = new SheetIndex(sheet);
    return {
      get: (r, c) => {
        const v = index.get(r, c)?.v;
        return typeof v === 'string' || typeof v === 'number' ? v : undefined;
      },
      formulas: (range, fn) => {
        for (const cell of sheet.cells)
          if (cell.formula === true && inRange(range, cell.r, cell.c)) fn(cell.r, cell.c);
      },
    };
  }
  // Columns are sorted by row, then column: a cell is found by a binary search, without objects.
  return {
    get: (r, c) => {
      const i = columns.indexOf(r, c);
      if (i === -1) return undefined;
      const v = columns.value(i);
      return typeof v === 'string' || typeof v === 'number' ? v : undefined;
    },
    formulas: (range, fn) => {
      for (
        let i = columns.lowerBound(range.s.r, 0);
        i < columns.length && (columns.r[i] as number) <= range.e.r;
        i++
      ) {
        const r = columns.r[i] as number;
        const c = columns.c[i] as number;
        if (columns.formula(i) && inRange(range, r, c)) fn(r, c);
      }
    },
  };
}

function inRange(range: GridRange, r: number, c: number): boolean {
  return r >= range.s.r && r <= range.e.r && c >= range.s.c && c <= range.e.c;
}

/**
 * A value of a table kept outside the sheets (a pivot cache's item or record value, a drawn table's
 * cell): a text, a number, a date as its day number (`{ date }`), or nothing.
 */
type TableValue = string | number | { readonly date: number } | null;

/** A pivot cache's record value before it is looked up: an index into its field's shared items. */
interface SharedIndex {
  readonly index: number;
}

/** How a date of a table kept outside the sheets is shown (Excel's short date, in Danish). */
const TABLE_DATE_FORMAT = 'dd-mm-yyyy';

/**
 * Whether a table kept outside the sheets, read as a sheet (its first row its header), shows a
 * CPR number in pieces side by side, as findCprNumbers reads a sheet's cells: a date ending in a
 * dash beside four digits, a date and four digits under headers that name them ("CPR-nr.",
 * "Fødselsdato" | "Løbenr."). A value alone is judged where it is stored, as before.
 */
function piecesSideBySide(
  rows: readonly (readonly TableValue[])[],
  formats: readonly (string | undefined)[] = [],
): boolean {
  const cells: GridCell[] = [];
  rows.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === '') return;
      const fmt = formats[c];
      if (typeof v === 'string') cells.push({ r, c, v, t: 's' });
      else if (typeof v === 'number')
        cells.push(fmt === undefined ? { r, c, v, t: 'n' } : { r, c, v, t: 'n', fmt });
      else cells.push({ r, c, v: v.date, t: 'n', fmt: fmt ?? TABLE_DATE_FORMAT });
    }),
  );
  const sheet: GridSheet = {
    name: '',
    state: 'visible',
    cells,
    merges: [],
    comments: [],
    tables: [],
    drawings: [],
  };
  return findCprNumbers({ sheets: [sheet], definedNames: [], properties: [], date1904: false }).some((f) =>
    f.cell.includes(':'),
  );
}

/**
 * Whether a value may be a piece of a CPR number: a date, a text or number with four digits or
 * more, or a number shown through a format of its own (0000 keeps 926 four digits: 0926).
 */
function mayBePiece(v: TableValue, format: string | undefined): boolean {
  if (v === null) return false;
  if (typeof v === 'object') return true;
  return typeof v === 'number' ? Math.abs(v) >= 1000 || format !== undefined : digitCount(v) >= 4;
}

/** The package-wide scan: creates one audit per part and collects what they find. */
/**
 * What the scan may inflate of packed content (PNG text, gzip and zlib streams) in the whole
 * package, beyond the zip's own entries: each picture and stream has its own bound, and this bounds
 * them together, so a thousand small packed pieces cannot add up to gigabytes of work.
 */
export class UnpackBudget {
  private used = 0;
  constructor(readonly max: number) {}
  get remaining(): number {
    return Math.max(0, this.max - this.used);
  }
  spend(bytes: number): void {
    this.used += bytes;
  }
}

/** The default budget: the limit on the zip's own uncompressed bytes (IntakeLimits). */
const DEFAULT_UNPACK_BUDGET = 128 * 1024 * 1024;

export class PackageAudit {
  readonly findings: RawFinding[] = [];
  /**
   * The styles' number formats with a literal digit, by id (set once the styles are read). A pivot
   * table shows a field's numbers in the format its cacheField, pivotField or dataField names
   * (numFmtId): 150190 in 000000"-1234" shows a CPR number no part holds, when Excel refreshes it.
   */
  digitFormats: ReadonlyMap<number, string> = new Map();
  /**
   * The workbook's defined names that stand for a value (set once the workbook part is read): a
   * formula saved without its result that names one is read with its value (namedValues).
   */
  named: NamedValues | undefined;
  /**
   * The number formats a sheet's own conditional formats apply (<x14:dxf><numFmt>, in the sheet's
   * extLst) that may show a CPR number: judged against the cells as the styles' <dxfs> are.
   */
  readonly sheetAppliedFormats = new Set<string>();
  /** The formats of digitFormats a pivot part names, and each pivot part's numbers (<n v="...">). */
  private readonly pivotFormats = new Set<string>();
  private readonly pivotNumbers = new Map<string, number[]>();
  private pivotCount = 0;
  /**
   * Each pivot cache's fields (by its definition part: each field's name and shared items) and
   * records (by its records part): the source list, kept when its sheet is gone, read as a sheet is
   * (judgePivotRecords).
   */
  private readonly pivotFields = new Map<
    string,
    { readonly name: string; readonly format: number; readonly items: TableValue[] }[]
  >();
  /**
   * The code of a number format by id (set once the styles are read): a pivot cache's field shows
   * its values in its own format (numFmtId on the cacheField), as its pivot table shows them.
   */
  formatOf: (id: number) => string | undefined = () => undefined;
  private readonly pivotRecords = new Map<string, (TableValue | SharedIndex)[][]>();

  /**
   * The theme's colours and the legacy palette (the workbook's own <indexedColors>, or Excel's),
   * set once the styles are read: a run's colour is resolved through them.
   */
  colours: RunColours = { theme: defaultThemeColours(), indexed: DEFAULT_INDEXED };
  /**
   * The cell styles (by index) whose text is not seen, by what they hide (HIDES_TEXT, HIDES_NUMBERS:
   * a font the colour of their fill or alike it, a font below 2 points, a number format that shows
   * nothing or in the fill's colour); the differential formats' (a conditional format's, by dxfId)
   * font and fill colours; and the colours the cell styles fill with (white among them). Set once
   * the styles are read; a plain plan has no hiding style, and its conditional formats' fonts are
   * not alike any fill of its own (red text on white).
   */
  hidingStyles: ReadonlyMap<number, number> = new Map();
  dxfLooks: ReadonlyMap<number, ConditionalLook> = new Map();
  fillsInUse: readonly string[] = ['FFFFFF'];
  /**
   * Round 21: the cell styles (by index) whose font is alike a conditional format's fill (one that
   * sets only a fill), with that font: empty for a plain plan. Their cells are kept by worksheet part
   * (fontCells) until the sheet's conditional formats are read.
   */
  fontOnFill: ReadonlyMap<number, string> = new Map();
  /** Round 23: of fontOnFill's styles, those with a fill of their own (a table's fill is under it). */
  ownFilled: ReadonlySet<number> = new Set();
  private readonly fontCells = new Map<string, { r: number; c: number; font: string; own?: true }[]>();
  /**
   * Round 21b: the cell styles (by index) filled with a gradient or a pattern other than solid, with
   * the colour it is seen as ('?' for a mix): empty for a plain plan. Their cells, by worksheet part
   * (row × 16384 + column), are what a run of their rich text is drawn on (seenFillAt).
   */
  seenFills: ReadonlyMap<number, string> = new Map();
  private readonly seenFillCells = new Map<string, Map<number, string>>();
  /**
   * By worksheet part: the cells (by row × 16384 + column) whose style hides their text, the ranges
   * a hiding conditional format covers, and the ranges a conditional format gives a font alike one
   * of the styles' fills (hidden on a cell of that fill).
   */
  private readonly hiddenRanges = new Map<
    string,
    { cells: Set<number>; ranges: GridRange[]; fonts: HiddenFont[] }
  >();
  /**
   * Round 21b: the workbook's own table styles (by name) with the look of each element (by type:
   * wholeTable, headerRow, …) that sets a font or a fill colour: empty for a plain plan.
   */
  tableStyleLooks: ReadonlyMap<string, ReadonlyMap<string, ConditionalLook & { readonly size?: number }>> =
    new Map();
  /**
   * By worksheet part: the ranges (as written) a conditional format fills, and its fill: a run in
   * that colour is not seen there while the rule holds (bounded per part; read only for a run found
   * hidden by its colour).
   */
  private readonly conditionalFills = new Map<string, { sqref: string; fill: string }[]>();
  /**
   * By VML part: each note's fill colour (its shape's fillcolor, "RRGGBB") by the note's cell (A1):
   * what the note's runs are drawn on, where a person coloured the note.
   */
  readonly noteFills = new Map<string, Map<string, string>>();

  constructor(readonly unpack = new UnpackBudget(DEFAULT_UNPACK_BUDGET)) {}

  /** The ranges of a worksheet part's hidden cells, made on first use. */
  private hiddenOf(part: string): {
    cells: Set<number>;
    ranges: GridRange[];
    fonts: HiddenFont[];
  } {
    let hidden = this.hiddenRanges.get(part);
    if (hidden === undefined)
      this.hiddenRanges.set(part, (hidden = { cells: new Set(), ranges: [], fonts: [] }));
    return hidden;
  }

  /** A cell or range of a worksheet part whose text is in its fill's colour (ranges bounded per part). */
  hideRange(part: string, ref: string): void {
    const range = parseRange(ref.replace(/\$/g, ''));
    if (range === undefined) return;
    const hidden = this.hiddenOf(part);
    if (range.s.r === range.e.r && range.s.c === range.e.c) hidden.cells.add(range.s.r * 16384 + range.s.c);
    else if (hidden.ranges.length < MAX_HIDDEN_RANGES) hidden.ranges.push(range);
  }

  /**
   * A conditional format's look over the cells it covers (`sqref`, as written): a font and fill of
   * one colour (or alike) hide their text; a font alike one of the styles' fills hides the text of a
   * cell of that fill (judged with the cell); a fill hides a run in its colour. Bounded per part.
   */
  conditionalLook(part: string, sqref: string, look: ConditionalLook): void {
    const refs = sqref.trim().split(/\s+/).slice(0, 64);
    const { font, fill } = look;
    if (font !== undefined) {
      if (fill !== undefined) {
        if (looksAlike(font, fill)) for (const ref of refs) this.hideRange(part, ref);
      } else if (this.fillsInUse.some((f) => looksAlike(font, f))) {
        const hidden = this.hiddenOf(part);
        for (const ref of refs) {
          const range = parseRange(ref.replace(/\$/g, ''));
          if (range !== undefined && hidden.fonts.length < MAX_HIDDEN_RANGES)
            hidden.fonts.push({ range, font });
        }
      }
    }
    if (fill !== undefined && font === undefined) {
      // A fill alone over a cell whose own font is its colour (round 21).
      const cells = this.fontCells.get(part);
      if (cells !== undefined)
        for (const ref of refs) {
          const range = parseRange(ref.replace(/\$/g, ''));
          if (range === undefined) continue;
          for (const cell of cells)
            if (inRange(range, cell.r, cell.c) && looksAlike(cell.font, fill))
              this.hiddenOf(part).cells.add(cell.r * 16384 + cell.c);
        }
    }
    if (fill !== undefined) {
      let fills = this.conditionalFills.get(part);
      if (fills === undefined) this.conditionalFills.set(part, (fills = []));
      if (fills.length < MAX_HIDDEN_RANGES) fills.push({ sqref, fill });
    }
  }

  /**
   * Whether the text of a worksheet part's cell is not seen: in its fill's colour by its style or a
   * conditional format, or in a conditional format's font alike the cell's fill (`fill`; undefined
   * for white).
   */
  isHidden(part: string, r: number, c: number, fill?: string): boolean {
    const hidden = this.hiddenRanges.get(part);
    if (hidden === undefined) return false;
    if (hidden.cells.has(r * 16384 + c) || hidden.ranges.some((g) => inRange(g, r, c))) return true;
    return hidden.fonts.some(
      (f) =>
        inRange(f.range, r, c) && inBand(f.band, r, c) && looksAlike(f.font, fill ?? f.ground ?? 'FFFFFF'),
    );
  }

  /**
   * A table on a worksheet part in one of the workbook's own table styles (round 21b): each of its
   * rows (the header row, the data, the total row) draws a cell without a fill of its own in the
   * style's fill and its text in the style's font (wholeTable's, with headerRow's or totalRow's
   * over it): where that font is alike what the cell is drawn on, its text is not seen (isHidden).
   * Round 22: the data's band stripes where the table shows them (firstRowStripe and
   * secondRowStripe over firstColumnStripe and secondColumnStripe over wholeTable, each band as
   * many rows or columns as its size), each band judged on its own rows or columns only; and a
   * look that sets only a fill hides the text of the cells in it whose own font is alike that fill
   * (fontCells: cells in a style whose font is alike some fill-only dxf; round 23: not a cell with a
   * fill of its own, drawn over the table's). Round 23: a first or last column the table shows in a
   * look of its own is judged in that look (over the stripes, the first over the last, under the
   * header and total rows). Round 24: a first or last header or total cell the table shows (its
   * first or last column shown, and a header or total row) in a look of its own is judged in that
   * look, over its row's (the first over the last where one column is both).
   */
  tableStyled(part: string, ref: GridRange, style: TableStyleInfo, header: boolean, totals: number): void {
    const looks = this.tableStyleLooks.get(style.name);
    if (looks === undefined) return;
    // Round 24: the first and last header and total cells in looks of their own, where shown.
    const corner = (type: string, shown: boolean): ConditionalLook | undefined =>
      shown ? looks.get(type) : undefined;
    const corners = {
      header: [corner('firstHeaderCell', style.firstColumn), corner('lastHeaderCell', style.lastColumn)],
      total: [corner('firstTotalCell', style.firstColumn), corner('lastTotalCell', style.lastColumn)],
    } as const;
    const whole = looks.get('wholeTable') ?? {};
    const over = (base: ConditionalLook, own: ConditionalLook | undefined): ConditionalLook => ({
      ...base,
      ...(own?.font === undefined ? {} : { font: own.font }),
      ...(own?.fill === undefined ? {} : { fill: own.fill }),
    });
    const { s, e } = ref;
    const first = header ? s.r + 1 : s.r;
    const last = e.r - totals;
    // Round 23: the columns, the first and the last in their own looks where the table shows them
    // (over the stripes, the first over the last; under the header and total rows).
    const firstLook = style.firstColumn ? looks.get('firstColumn') : undefined;
    const lastLook = style.lastColumn ? looks.get('lastColumn') : undefined;
    const columns: [number, number, ConditionalLook | undefined][] = [];
    if (firstLook === undefined && lastLook === undefined) columns.push([s.c, e.c, undefined]);
    else if (s.c === e.c) columns.push([s.c, s.c, over(lastLook ?? {}, firstLook)]);
    else {
      columns.push([s.c, s.c, firstLook]);
      if (s.c + 1 <= e.c - 1) columns.push([s.c + 1, e.c - 1, undefined]);
      columns.push([e.c, e.c, lastLook]);
    }
    const bands: [number, number, number, number, ConditionalLook, Band?][] = [];
    // A header or total row's columns c1..c2 in `look`, its first and last cells (the table's) in
    // their own looks over it where they have them.
    const rowBand = (
      r1: number,
      r2: number,
      c1: number,
      c2: number,
      look: ConditionalLook,
      [firstCell, lastCell]: readonly [ConditionalLook | undefined, ConditionalLook | undefined],
    ): void => {
      let from = c1;
      let to = c2;
      if (firstCell !== undefined && c1 === s.c) {
        bands.push([r1, r2, s.c, s.c, over(s.c === e.c ? over(look, lastCell) : look, firstCell)]);
        from = s.c + 1;
      }
      if (lastCell !== undefined && c2 === e.c && from <= e.c) {
        bands.push([r1, r2, e.c, e.c, over(look, lastCell)]);
        to = e.c - 1;
      }
      if (from <= to) bands.push([r1, r2, from, to, look]);
    };
    for (const [c1, c2, columnLook] of columns) {
      if (header)
        rowBand(s.r, s.r, c1, c2, over(over(whole, columnLook), looks.get('headerRow')), corners.header);
      if (first <= last) {
        // The data's stripes: [look type, band] for rows and for columns, or one band of all.
        const stripes = (shown: boolean, kind: 'Row' | 'Column', start: number): [string?, Band?][] => {
          const one = looks.get(`first${kind}Stripe`);
          const two = looks.get(`second${kind}Stripe`);
          if (!shown || (one === undefined && two === undefined)) return [[]];
          const s1 = Math.max(1, one?.size ?? 1);
          const s2 = Math.max(1, two?.size ?? 1);
          const axis = kind === 'Row' ? 'r' : 'c';
          return [
            [`first${kind}Stripe`, { axis, start, period: s1 + s2, from: 0, to: s1 }],
            [`second${kind}Stripe`, { axis, start, period: s1 + s2, from: s1, to: s1 + s2 }],
          ];
        };
        for (const [columnType, columnBand] of stripes(style.columnStripes, 'Column', s.c))
          for (const [rowType, rowBand] of stripes(style.rowStripes, 'Row', first)) {
            const look = over(
              over(
                over(whole, columnType === undefined ? undefined : looks.get(columnType)),
                rowType === undefined ? undefined : looks.get(rowType),
              ),
              columnLook,
            );
            const band =
              rowBand === undefined
                ? columnBand
                : columnBand === undefined
                  ? rowBand
                  : { ...rowBand, also: columnBand };
            bands.push([first, last, c1, c2, look, ...(band === undefined ? [] : [band])] as [
              number,
              number,
              number,
              number,
              ConditionalLook,
              Band?,
            ]);
          }
      }
      if (totals > 0 && last + 1 <= e.r)
        rowBand(last + 1, e.r, c1, c2, over(over(whole, columnLook), looks.get('totalRow')), corners.total);
    }
    for (const [r1, r2, c1, c2, { font, fill }, band] of bands) {
      const range = { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
      if (font === undefined) {
        // A fill alone: the cells in it whose own font is alike it (round 22).
        const cells = fill === undefined ? undefined : this.fontCells.get(part);
        if (cells !== undefined && fill !== undefined)
          for (const cell of cells)
            if (
              cell.own !== true &&
              inRange(range, cell.r, cell.c) &&
              inBand(band, cell.r, cell.c) &&
              looksAlike(cell.font, fill)
            )
              this.hiddenOf(part).cells.add(cell.r * 16384 + cell.c);
        continue;
      }
      if (!looksAlike(font, fill ?? 'FFFFFF') && !this.fillsInUse.some((f) => looksAlike(font, f))) continue;
      const hidden = this.hiddenOf(part);
      if (hidden.fonts.length < MAX_HIDDEN_RANGES)
        hidden.fonts.push({
          range,
          font,
          ...(fill === undefined ? {} : { ground: fill }),
          ...(band === undefined ? {} : { band }),
        });
    }
  }

  /** A cell of a worksheet part in a style filled with a gradient or a pattern (seenFills). */
  seenFillCell(part: string, ref: string, fill: string): void {
    const at = parseA1(ref);
    if (at === undefined) return;
    let cells = this.seenFillCells.get(part);
    if (cells === undefined) this.seenFillCells.set(part, (cells = new Map<number, string>()));
    if (cells.size < MAX_SEEN_FILL_CELLS) cells.set(at.r * 16384 + at.c, fill);
  }

  /**
   * The colour a worksheet part's cell filled with a gradient or a pattern is seen as ('?' for a
   * mix of colours), undefined for any other cell (its fill is GridCell.fill).
   */
  seenFillAt(part: string, r: number, c: number): string | undefined {
    return this.seenFillCells.get(part)?.get(r * 16384 + c);
  }

  /** A cell of a worksheet part in a style whose font is alike a conditional fill (fontOnFill). */
  fontCell(part: string, ref: string, font: string, own = false): void {
    const at = parseA1(ref);
    if (at === undefined) return;
    let cells = this.fontCells.get(part);
    if (cells === undefined) this.fontCells.set(part, (cells = []));
    if (cells.length < MAX_HIDDEN_RANGES)
      cells.push({ r: at.r, c: at.c, font, ...(own ? { own: true as const } : {}) });
  }

  /** Whether a conditional format over a worksheet part's cell fills it in a colour alike `colour`. */
  conditionallyFilled(part: string, r: number, c: number, colour: string): boolean {
    for (const { sqref, fill } of this.conditionalFills.get(part) ?? []) {
      if (!looksAlike(colour, fill)) continue;
      for (const ref of sqref.trim().split(/\s+/).slice(0, 64)) {
        const range = parseRange(ref.replace(/\$/g, ''));
        if (range !== undefined && inRange(range, r, c)) return true;
      }
    }
    return false;
  }

  /** A note's fill colour, from its VML shape (by the VML part and the note's cell). */
  noteFill(part: string, cell: string, colour: string): void {
    let fills = this.noteFills.get(part);
    if (fills === undefined) this.noteFills.set(part, (fills = new Map<string, string>()));
    if (fills.size < 10_000) fills.set(cell, colour);
  }

  /**
   * At the end of the package: each sheet with cells whose text is in their fill's colour read as a
   * reader sees it, those cells empty: pieces of a number either side of such a cell stand side by
   * side as across a blank cell ("150390-" | a cell in yellow on yellow | "1234"). Only a finding of
   * pieces across a hidden cell is new (the grid's own check judges the rest).
   */
  judgeHiddenCells(sheetOf: (part: string) => GridSheet | undefined, date1904: boolean): void {
    for (const part of this.hiddenRanges.keys()) {
      const sheet = sheetOf(part);
      if (sheet === undefined) continue;
      const all = sheet.cells;
      const cells = all.filter((cell) => !this.isHidden(part, cell.r, cell.c, cell.fill));
      if (cells.length === all.length) continue;
      const seen: GridSheet = {
        name: sheet.name,
        state: sheet.state,
        cells,
        merges: sheet.merges,
        comments: [],
        tables: sheet.tables,
        drawings: [],
        ...(sheet.hiddenColumns === undefined ? {} : { hiddenColumns: sheet.hiddenColumns }),
      };
      for (const f of findCprNumbers({ sheets: [seen], definedNames: [], properties: [], date1904 })) {
        const span = f.cell.includes(':') ? parseRange(f.cell) : undefined;
        if (span === undefined) continue;
        const across = all.some(
          (cell) => inRange(span, cell.r, cell.c) && this.isHidden(part, cell.r, cell.c, cell.fill),
        );
        if (across) this.add({ part, kind: 'cellHidden', cell: f.cell });
      }
    }
  }

  /**
   * An element of a pivot cache's definition (a field, a shared item) or records (a record, its
   * values), kept for judgePivotRecords. `parent` is the element it is in, `root` the part's.
   */
  pivotCacheElement(
    part: string,
    local: string,
    parent: string | undefined,
    root: string | undefined,
    x: XmlScanner,
  ): void {
    if (root === 'pivotCacheDefinition') {
      let fields = this.pivotFields.get(part);
      if (local === 'cacheField' && parent === 'cacheFields') {
        if (fields === undefined) this.pivotFields.set(part, (fields = []));
        const format = Number(x.attr('numFmtId') ?? '0');
        fields.push({ name: x.attr('name') ?? '', format: Number.isInteger(format) ? format : 0, items: [] });
      } else if (parent === 'sharedItems' && fields !== undefined)
        fields[fields.length - 1]?.items.push(pivotValue(local, x));
    } else if (root === 'pivotCacheRecords') {
      let records = this.pivotRecords.get(part);
      if (local === 'r' && parent === 'pivotCacheRecords') {
        if (records === undefined) this.pivotRecords.set(part, (records = []));
        records.push([]);
      } else if (parent === 'r' && records !== undefined) {
        const v = local === 'x' ? { index: Number(x.attr('v') ?? '0') } : pivotValue(local, x);
        records[records.length - 1]?.push(v);
      }
    }
  }

  /**
   * At the end of the package: each pivot cache's records read as the rows of a sheet under its
   * fields' names (each record with the names above it), as a pivot table shows them side by side
   * and the cache keeps them: a person's birth date and serial in two fields are one CPR number.
   * `recordsOf` gives the records part a definition part names. Only a record with two values that
   * may be pieces is read.
   */
  judgePivotRecords(recordsOf: (definition: string) => string | undefined): void {
    for (const [part, fields] of this.pivotFields) {
      const recordsPart = recordsOf(part);
      const records = recordsPart === undefined ? undefined : this.pivotRecords.get(recordsPart);
      if (records === undefined || fields.length < 2) continue;
      const names = fields.map((f) => f.name);
      // Each field's values shown in the field's own number format (a date as ddmmyy, a serial as 0000).
      const formats = fields.map((f) => (f.format === 0 ? undefined : this.formatOf(f.format)));
      for (const record of records) {
        const values = record.map((v, k): TableValue =>
          v !== null && typeof v === 'object' && 'index' in v ? (fields[k]?.items[v.index] ?? null) : v,
        );
        let pieces = 0;
        values.forEach((v, k) => {
          if (mayBePiece(v, formats[k])) pieces++;
        });
        if (pieces >= 2 && piecesSideBySide([names, values], formats)) {
          this.add({ part, kind: 'pivot', cell: '' });
          break;
        }
      }
    }
  }

  /** An audit for one XML part; `carried` when the reader puts its text into the grid. */
  forPart(part: string, role: Role, carried: boolean): XmlAudit {
    return new PartAudit(this, part, role, carried);
  }

  add(finding: RawFinding): void {
    if (this.findings.length >= MAX_FINDINGS) return;
    const same = this.findings.find(
      (f) =>
        f.part === finding.part &&
        f.kind === finding.kind &&
        f.cell === finding.cell &&
        f.anchor === finding.anchor &&
        f.relId === finding.relId &&
        f.siIndex === finding.siIndex &&
        f.name === finding.name &&
        f.value === finding.value,
    );
    if (same === undefined) this.findings.push(finding);
  }

  /**
   * The formulas of the sheets that join or cut the text of cells (B2&C2, CONCATENATE($B$2;...)):
   * what they show depends on those cells, judged once the sheets are read (judgeJoinedFormulas).
   * A shared formula stands for every cell of its range.
   */
  private readonly joined: JoinedFormula[] = [];

  joinedFormula(part: string, cell: string, range: string | undefined, formula: string): void {
    this.joined.push({ part, cell, range, formula });
  }

  /**
   * The array formulas of the sheets (a dynamic array's spill): by part, the range each cell's
   * fills and its formula.
   */
  private readonly spills = new Map<string, Map<string, ArrayFormula>>();

  arrayFormula(part: string, cell: string, ref: string, formula: string): void {
    let onPart = this.spills.get(part);
    if (onPart === undefined) this.spills.set(part, (onPart = new Map<string, ArrayFormula>()));
    if (onPart.size < MAX_JOINED_RANGE) onPart.set(cell.toUpperCase(), { ref, formula });
  }

  /**
   * Each formula that joins cells, read with the values of the cells it refers to, on its own sheet
   * or another (Data!B2): "B2&C2" over 170288 and 1262 shows a CPR number, at every cell a shared
   * formula fills (its references moved as Excel moves them). `sheetOf` gives the sheet a part was
   * read into, `sheetNamed` a sheet by its name. Only a formula whose text and cells hold nine digits or more in all
   * is read (most join names and words).
   */
  judgeJoinedFormulas(
    sheetOf: (part: string) => GridSheet | undefined,
    sheetNamed: (name: string) => GridSheet | undefined,
    sheets: readonly GridSheet[] = [],
  ): void {
    if (this.joined.length === 0) return;
    const lookups = new Map<string, CellLookup | undefined>();
    const tableCache: TableReferenceCache = { lookups: new Map(), templates: new Map() };
    // The cell being judged and the one the formula was written in: a relative reference moves by
    // the difference (a shared formula), an absolute one ($B$2) does not.
    let atR = 0;
    let atC = 0;
    let hereR = 0;
    let hereC = 0;
    let lookup: CellLookup | undefined;
    // Another sheet's cells (Ark2!B2, 'Ark 1'!B2), by the sheet's name.
    const byName = new Map<string, CellLookup | undefined>();
    const cellOf = (ref: string): string | number | undefined => {
      const bang = ref.lastIndexOf('!');
      let on = lookup;
      if (bang !== -1) {
        const quoted = ref.charCodeAt(0) === 39;
        const name = quoted ? ref.slice(1, bang - 1).replace(/''/g, "'") : ref.slice(0, bang);
        if (!byName.has(name)) {
          const sheet = sheetNamed(name);
          byName.set(name, sheet === undefined ? undefined : cellLookup(sheet));
        }
        on = byName.get(name);
      }
      const p = parseRef(bang === -1 ? ref : ref.slice(bang + 1));
      if (p < 0 || on === undefined) return undefined;
      // The packed number exceeds 32 bits (rows to 1,048,576): taken apart by division.
      const flags = p % 4;
      const r = Math.floor(p / 65536);
      const c = Math.floor(p / 4) % 16384;
      return on.get(flags & 2 ? r : r + hereR - atR, flags & 1 ? c : c + hereC - atC);
    };
    // A range's cells (TEXTJOIN("-";TRUE;C2:D2), CONCAT(C2:D2)), each read as cellOf reads a cell
    // (its corners' $ kept, so a shared formula's range moves as its cells do); an empty cell is
    // empty. At most MAX_JOINED_RANGE cells: a larger range is not read.
    const rangeOf = (ref: string): RangeValue | undefined => {
      const bang = ref.lastIndexOf('!');
      const prefix = bang === -1 ? '' : ref.slice(0, bang + 1);
      const [from = '', to = ''] = ref.slice(bang + 1).split(':');
      const a = parseRef(from);
      const b = parseRef(to);
      if (a < 0 || b < 0) return undefined;
      const [r0, c0, r1, c1] = [
        Math.floor(a / 65536),
        Math.floor(a / 4) % 16384,
        Math.floor(b / 65536),
        Math.floor(b / 4) % 16384,
      ];
      if ((Math.abs(r1 - r0) + 1) * (Math.abs(c1 - c0) + 1) > MAX_JOINED_RANGE) return undefined;
      const col = from.charCodeAt(0) === 36 ? '$' : '';
      const row = /^\$?[A-Za-z]+\$/.test(from) ? '$' : '';
      const rows: (string | number | null)[][] = [];
      for (let r = Math.min(r0, r1); r <= Math.max(r0, r1); r++) {
        const line: (string | number | null)[] = [];
        for (let c = Math.min(c0, c1); c <= Math.max(c0, c1); c++)
          line.push(cellOf(`${prefix}${col}${colName(c)}${row}${r + 1}`) ?? null);
        rows.push(line);
      }
      return new RangeValue(rows);
    };
    // A dynamic array's spill by the cell it starts in (ANCHORARRAY(C2), C2# in Excel): the range
    // its array formula fills, read as a range is (its cells hold the values Excel saved). A cell
    // saved without its value (a program that keeps formulas, not their results, as openpyxl does)
    // is the array formula's own value there, worked out from the cells it reads (=E2:F2).
    let spillsBySheet: Map<GridSheet, Map<string, ArrayFormula>> | undefined;
    let ownSheet: GridSheet | undefined;
    const spillLookups = new Map<GridSheet, CellLookup>();
    const worked = (s: GridSheet, formula: string): RangeValue | undefined => {
      // The array formula's references are read from its own cell, on its own sheet.
      const saved = { lookup, atR, atC, hereR, hereC };
      let on = spillLookups.get(s);
      if (on === undefined) spillLookups.set(s, (on = cellLookup(s)));
      lookup = on;
      atR = atC = hereR = hereC = 0;
      try {
        const v = nameValue(formula, { cell: cellOf, range: rangeOf });
        return v instanceof RangeValue ? v : undefined;
      } finally {
        ({ lookup, atR, atC, hereR, hereC } = saved);
      }
    };
    const spillOf = (ref: string): RangeValue | undefined => {
      if (this.spills.size === 0) return undefined;
      if (spillsBySheet === undefined) {
        spillsBySheet = new Map();
        for (const [part, onPart] of this.spills) {
          const s = sheetOf(part);
          if (s !== undefined) spillsBySheet.set(s, onPart);
        }
      }
      const at = placeOf(ref);
      const s = at.sheet === '' ? ownSheet : sheetNamed(at.sheet);
      const spill = s === undefined ? undefined : spillsBySheet.get(s)?.get(at.cell);
      if (s === undefined || spill === undefined) return undefined;
      const bang = ref.lastIndexOf('!');
      const absolute = spill.ref
        .split(':')
        .map((p) => p.replace(/^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/, '$$$1$$$2'))
        .join(':');
      const saved = rangeOf(`${ref.slice(0, bang + 1)}${absolute}`);
      const empty = (x: unknown): boolean => x === null || x === '';
      if (saved === undefined || !saved.rows.some((line) => line.some(empty))) return saved;
      const own = worked(s, spill.formula);
      if (own === undefined) return saved;
      return new RangeValue(
        saved.rows.map((line, r) => line.map((x, c) => (empty(x) ? (own.rows[r]?.[c] ?? x) : x))),
      );
    };
    const reading = cellsReading(cellOf, rangeOf, spillOf);
    const judge = (
      j: JoinedFormula,
      own: number,
      refs: readonly string[],
      ranges: readonly string[],
      r: number,
      c: number,
    ): void => {
      hereR = r;
      hereC = c;
      // Nine digits at least, from the formula's own text and the cells it names (for C2#, those
      // its spill fills).
      let digits = own;
      // A function's name in any case (LibreOffice writes _xlfn.anchorarray).
      const spills = /ANCHORARRAY/i.test(j.formula);
      for (let k = 0; k < refs.length && digits < 9; k++) {
        const v = cellOf(refs[k] as string);
        if (v !== undefined) digits += typeof v === 'number' ? String(v).length : digitCount(v);
        const spill = spills ? spillOf(refs[k] as string) : undefined;
        if (spill !== undefined)
          for (const line of spill.rows)
            for (const x of line)
              if (typeof x === 'string' || typeof x === 'number') digits += digitCount(String(x));
      }
      // The cells inside a range, not only its corners (CONCAT(Data!A1:A3) over 11, 1186, -1411).
      for (let k = 0; k < ranges.length && digits < 9; k++) {
        const range = rangeOf(ranges[k] as string);
        if (range !== undefined)
          for (const line of range.rows)
            for (const x of line)
              if (typeof x === 'string' || typeof x === 'number') digits += digitCount(String(x));
      }
      if (digits >= 9 && formulaWithCellsHasCpr(j.formula, reading))
        this.add({ part: j.part, kind: 'formula', cell: a1(r, c), reads: refs.map(placeOf) });
    };
    // Where a reference points from the cell being judged: its sheet ('' for the formula's own) and A1.
    const placeOf = (ref: string): { sheet: string; cell: string } => {
      const bang = ref.lastIndexOf('!');
      const quoted = ref.charCodeAt(0) === 39;
      const sheet =
        bang === -1 ? '' : quoted ? ref.slice(1, bang - 1).replace(/''/g, "'") : ref.slice(0, bang);
      const p = parseRef(bang === -1 ? ref : ref.slice(bang + 1));
      if (p < 0) return { sheet, cell: ref.slice(bang + 1) };
      const flags = p % 4;
      const r = Math.floor(p / 65536);
      const c = Math.floor(p / 4) % 16384;
      return { sheet, cell: a1(flags & 2 ? r : r + hereR - atR, flags & 1 ? c : c + hereC - atC) };
    };
    for (let j of this.joined) {
      if (!lookups.has(j.part)) {
        const sheet = sheetOf(j.part);
        lookups.set(j.part, sheet === undefined ? undefined : cellLookup(sheet));
      }
      lookup = lookups.get(j.part);
      ownSheet = sheetOf(j.part);
      const written = parseA1(j.cell);
      if (lookup === undefined || written === undefined) continue;
      atR = written.r;
      atC = written.c;
      // A table's columns named in the formula (Tabel1[[#This Row],[Dato]], [@Dato], Tabel1[Nr]) are
      // the cells they stand for, written as references from the cell the formula was written in.
      if (j.formula.indexOf('[') !== -1 && ownSheet !== undefined) {
        const formula = tableReferencesAsCells(j.formula, ownSheet, written.r, written.c, sheets, tableCache);
        if (formula !== j.formula) j = { ...j, formula };
      }
      // The formula's own digits (its literals, not its references' row numbers), and its references.
      const { refs, ranges } = referencesOf(j.formula);
      const own = digitCount(j.formula.replace(A1_REFS, ''));
      const range = j.range === undefined ? undefined : parseRange(j.range);
      if (range === undefined) {
        judge(j, own, refs, ranges, written.r, written.c);
        continue;
      }
      // The cells of the range that hold a formula (a range may be declared far larger than the sheet).
      lookup.formulas(range, (r, c) => judge(j, own, refs, ranges, r, c));
    }
  }

  /** An element of a pivot part, while the styles have formats with a literal digit (rare). */
  pivotElement(part: string, local: string, x: XmlScanner): void {
    if (local === 'n' || local === 'd') {
      // A date item (<d v="1990-01-15T00:00:00"/>) is shown as its day number is: a date format with
      // literal digits (ddmmyy"-1262") completes it as a number's does.
      const v = local === 'n' ? Number(x.attr('v')) : isoDaySerial(x.attr('v'));
      if (v === undefined || !Number.isFinite(v) || ++this.pivotCount > MAX_CHART_NUMBERS + 1) return;
      const list = this.pivotNumbers.get(part);
      if (list === undefined) this.pivotNumbers.set(part, [v]);
      else list.push(v);
    } else if (local === 'cacheField' || local === 'pivotField' || local === 'dataField') {
      const code = this.digitFormats.get(Number(x.attr('numFmtId')));
      if (code !== undefined) this.pivotFormats.add(code);
    }
  }

  /**
   * At the end of the package: every pivot cache's numbers judged against the formats with a literal
   * digit that a pivot part shows its fields in. Bounded as a chart's are (more formats or numbers
   * than are judged: refused).
   */
  judgePivotFormats(): void {
    const formats = [...this.pivotFormats];
    if (formats.length === 0 || this.pivotNumbers.size === 0) return;
    if (formats.length > MAX_SHOWN_FORMATS || this.pivotCount > MAX_CHART_NUMBERS) {
      throw refuse.partUnreadable(
        [...this.pivotNumbers.keys()][0] ?? '',
        `en pivottabel viser sine tal gennem talformater med cifre i deres tekst, og der er for mange formater eller tal til at kontrollere dem alle (højst ${MAX_SHOWN_FORMATS} formater)`,
        `a pivot table shows its numbers through number formats with digits in their text, too many formats or numbers to check them all (at most ${MAX_SHOWN_FORMATS} formats)`,
      );
    }
    for (const [part, numbers] of this.pivotNumbers) {
      if (numbers.some((n) => formats.some((f) => formatShowsCpr(n, f))))
        this.add({ part, kind: 'pivot', cell: '' });
    }
  }

  /** Scans a text of the zip archive itself (an entry's name is text; comments and extra fields are bytes). */
  text(part: string, kind: GridTextPlace, text: string): void {
    if (containsCpr(text) || containsCpr(percentDecoded(text))) this.add({ part, kind, cell: '' });
  }

  /** Returns a scanner for a binary part's bytes, fed piece by piece. */
  binary(part: string, kind: GridTextPlace): BinaryScanner {
    return new BinaryScanner(part, () => this.add({ part, kind, cell: '' }), this.unpack);
  }

  /** Scans a small byte string (a zip comment or extra field) as text in every encoding. */
  bytes(part: string, kind: GridTextPlace, bytes: Uint8Array): void {
    if (bytes.length < 10) return;
    const scanner = this.binary(part, kind);
    scanner.feed(bytes);
    scanner.end();
    // And as UTF-8 text, read as a reader sees it (full-width digits, invisible characters: see
    // fold in core/validate/cpr.ts), which the byte scan's ASCII and UTF-16 digits do not cover.
    if (bytes.some((b) => b >= 0x80) && containsCpr(utf8.decode(bytes))) this.add({ part, kind, cell: '' });
  }
}

/** At most this many records of a custom XML part are read side by side (RecordReader). */
const MAX_RECORDS = 10_000;

/**
 * Custom XML read as records, as an XML map lays it into a list or a document library keeps its
 * fields: an element whose children are all fields (elements with text and no children of their
 * own), two or more, is a row under its fields' names (<Deltager><Foedselsdato>260790</...>
 * <Loebenummer>2026</...>): judged side by side as a sheet's cells are (piecesSideBySide).
 */
class RecordReader {
  /** By depth, for the open elements: how many child elements, its fields' names and texts, its text. */
  private readonly kids: number[] = [];
  private readonly names: string[][] = [];
  private readonly values: string[][] = [];
  private readonly texts: string[] = [];
  private judged = 0;

  open(d: number): void {
    if (d > 0) this.kids[d - 1] = (this.kids[d - 1] ?? 0) + 1;
    this.kids[d] = 0;
    (this.names[d] ??= []).length = 0;
    (this.values[d] ??= []).length = 0;
    this.texts[d] = '';
  }

  text(d: number, t: string): void {
    const had = this.texts[d];
    if (d >= 0 && had !== undefined && had.length < 1000) this.texts[d] = had + t;
  }

  /**
   * The element at depth `d` closes: a field of its parent, or a record ([names, values], good until
   * the next element opens) to judge.
   */
  close(d: number, local: string): [string[], string[]] | undefined {
    const kids = this.kids[d] ?? 0;
    if (kids === 0) {
      if (d > 0) {
        this.names[d - 1]?.push(local);
        this.values[d - 1]?.push((this.texts[d] ?? '').trim());
      }
      return undefined;
    }
    const names = this.names[d] ?? [];
    if (kids < 2 || names.length !== kids || this.judged >= MAX_RECORDS) return undefined;
    this.judged++;
    return [names, this.values[d] ?? []];
  }
}

/** The audit of one XML part: rides on the tokenizer's pass (see XmlAudit). */
class PartAudit implements XmlAudit {
  private readonly stack: string[] = [];
  private readonly tagSrc: string[] = [];
  private readonly tagFrom: number[] = [];
  private readonly tagTo: number[] = [];
  private depth = 0;
  /** Text since the last element boundary that is not an inline run. */
  private buf = '';
  /**
   * Or, while that text is one run passed by position (textAt) and buf is empty: the run
   * runSrc[runFrom, runTo), sliced only when it is judged (most are too short) or joined.
   */
  private runSrc = '';
  private runFrom = 0;
  private runTo = 0;
  /** Shared-string items opened so far, minus one: the current item's index. */
  private si = -1;
  private anchor: Anchor | undefined;
  private anchorDepth = -1;
  /** In a chart's number cache: its format code, judged with its numbers. */
  private numCache = 0;
  /** Round 27: the text of a chart's previous text point in the cache being read (chartPoint). */
  private lastPoint: string | undefined;
  private numFormat: string | undefined;
  /** The format of the cache's point being read, when it has one of its own. */
  private pointFormat: string | undefined;
  /**
   * A chart's other number formats with a literal digit (a data label's or an axis's <c:numFmt>),
   * which show its numbers too, and the numbers of its caches: judged together at the part's end.
   */
  private shownFormats: string[] | undefined;
  private readonly chartNumbers: number[] = [];
  /**
   * The text of a string item (a shared string, an inline string, a comment) before its phonetic
   * run (<rPh>), kept while the run is read: Excel shows the phonetic text above the text it
   * belongs to, and a number cut in two ("0101" in the text, "901234" in the phonetic run) is still
   * in the file whole. Undefined outside a phonetic run (they are rare: no cost elsewhere).
   */
  private beforePhonetic: string | undefined;
  /** The phonetic runs of the current text so far (undefined before the first, and after it). */
  private phoneticRuns: string | undefined;

  constructor(
    private readonly pkg: PackageAudit,
    private readonly part: string,
    private readonly role: Role,
    private readonly carried: boolean,
  ) {
    this.records = role === Role.CustomXml ? new RecordReader() : undefined;
  }

  /** How many run or paragraph properties (rPr, pPr, endParaRPr) the current element is inside. */
  private properties = 0;

  /**
   * A rich text's run (<r>, <a:r>) in a font no one sees (see hidesRun): where the open run began in
   * the text gathered (-1 outside a run), whether it is hidden so far, and the stretches of the text
   * gathered that hidden runs hold (undefined while there are none: no cost for other texts).
   */
  private runStart = -1;
  private runDepth = -1;
  private runHidden = false;
  private hiddenCuts: number[] | undefined;
  /**
   * The open run's own colour (runColour; undefined: none of its own, it takes the cell's font),
   * and each run of the current text that is not hidden whatever it is drawn on: its stretch of the
   * text gathered (start, end) and its colour ('' for none of its own). Kept in arrays reused from
   * text to text; judged by judgeVisible against what the text is drawn on.
   */
  private runColour: string | undefined;
  private readonly runSpans: number[] = [];
  private readonly runKeys: string[] = [];
  /** A drawing's shape's own solid fill ("RRGGBB"): what its text is drawn on (undefined: white). */
  private shapeFill: string | undefined;
  /**
   * Whether the shape has a fill of its own (<a:solidFill>, <a:noFill>, a gradient, a pattern or a
   * picture in its <xdr:spPr>): without one it is filled by its style (<a:fillRef>, styleFill), and
   * its text without a colour of its own takes the style's font (<a:fontRef>, styleFont).
   */
  private shapeOwnFill = false;
  private styleFill: string | undefined;
  private styleFont: string | undefined;
  /** Custom XML read as records (RecordReader): only in a custom XML part. */
  private readonly records: RecordReader | undefined;
  /** The looks (<x14:dxf>) of the rules of the extLst conditional format being read (x14Look). */
  private x14Looks: { font?: string; fill?: string }[] | undefined;

  /**
   * A table drawn in a drawing (<a:tbl>): its rows of cells' texts so far, and the text of the cell
   * being read (undefined outside one). Read as a sheet is when it ends (piecesSideBySide).
   */
  private drawnTable: string[][] | undefined;
  private drawnCell: string | undefined;

  /** The length of the text gathered so far. */
  private gathered(): number {
    return this.runTo > 0 ? this.runTo - this.runFrom : this.buf.length;
  }

  open(local: string, s: string, from: number, to: number, x: XmlScanner): void {
    if (
      this.phoneticRuns !== undefined &&
      (local === 'si' || local === 'is' || local === 'text' || local === 'c')
    )
      this.phoneticRuns = undefined;
    if (local === 'rPh') {
      this.beforePhonetic =
        this.runTo > 0 ? this.runSrc.slice(this.runFrom, this.runTo) : this.buf.length > 0 ? this.buf : '';
    }
    // Inside a run's or a paragraph's properties (<a:rPr><a:latin/></a:rPr>, as LibreOffice writes
    // them; <rPr><sz/><rFont/></rPr> in a rich text) everything is formatting: the text goes on.
    if ((this.buf.length > 0 || this.runTo > 0) && this.properties === 0) {
      if (!isInline(local) || this.inText(this.depth - 1)) this.flush();
      else if (isLineBreak(local)) this.newLine();
    }
    if (local === 'rPr' || local === 'pPr' || local === 'endParaRPr') this.properties++;
    switch (this.role) {
      case Role.SharedStrings:
        if (local === 'si') this.si++;
        break;
      case Role.Worksheet:
        // A conditional format Excel keeps in the sheet's extLst carries its number format with it
        // (<x14:dxf><numFmt formatCode>): a cell shows through it while the rule holds.
        if (local === 'numFmt') {
          const code = x.attr('formatCode');
          const applied = this.pkg.sheetAppliedFormats;
          if (code !== undefined && applied.size < 16 && formatMayShowCpr(code)) applied.add(code);
        } else if (local === 'c') {
          // A cell in a style that hides its text (a font its fill's colour, a 1-point font, a
          // format that shows nothing or in the fill's colour): its text is not seen.
          if (this.pkg.hidingStyles.size > 0) {
            const style = x.attr('s');
            const hides = style === undefined ? undefined : this.pkg.hidingStyles.get(Number(style));
            const ref = hides === undefined ? undefined : x.attr('r');
            if (ref !== undefined && hides !== undefined) {
              const t = x.attr('t');
              const text = t === 's' || t === 'inlineStr' || t === 'str';
              if ((hides & (text ? HIDES_TEXT : HIDES_NUMBERS)) !== 0) this.pkg.hideRange(this.part, ref);
            }
          }
          if (this.pkg.seenFills.size > 0) {
            const style = x.attr('s');
            const fill = style === undefined ? undefined : this.pkg.seenFills.get(Number(style));
            const ref = fill === undefined ? undefined : x.attr('r');
            if (ref !== undefined && fill !== undefined) this.pkg.seenFillCell(this.part, ref, fill);
          }
          if (this.pkg.fontOnFill.size > 0) {
            const style = x.attr('s');
            const font = style === undefined ? undefined : this.pkg.fontOnFill.get(Number(style));
            const ref = font === undefined ? undefined : x.attr('r');
            if (ref !== undefined && font !== undefined)
              this.pkg.fontCell(this.part, ref, font, this.pkg.ownFilled.has(Number(style)));
          }
        } else if (local === 'cfRule') {
          // A conditional format's look over its cells (while its rule holds, which is not worked
          // out here: a careful reader assumes it may): its font and fill (conditionalLook).
          const dxf = this.pkg.dxfLooks.size > 0 ? x.attr('dxfId') : undefined;
          const look = dxf === undefined ? undefined : this.pkg.dxfLooks.get(Number(dxf));
          const sqref = look === undefined ? undefined : attrOf(this.tag(this.depth - 1), 'sqref');
          if (look !== undefined && sqref !== undefined) this.pkg.conditionalLook(this.part, sqref, look);
        } else if (this.x14Looks !== undefined || local === 'dxf') this.x14Look(local, x);
        break;
      case Role.Drawing:
        if (local === 'twoCellAnchor' || local === 'oneCellAnchor' || local === 'absoluteAnchor') {
          this.anchor = { r: -1, c: -1 };
          this.anchorDepth = this.depth;
        } else if (local === 'sp') {
          this.shapeFill = undefined;
          this.shapeOwnFill = false;
          this.styleFill = undefined;
          this.styleFont = undefined;
        } else if (this.shapeLook(local, x)) {
          // A shape's fill, its style's fill and font: what its text is drawn on, and in (judgeVisible).
        } else if (local === 'tbl') this.drawnTable = [];
        else if (this.drawnTable !== undefined) {
          if (local === 'tr') this.drawnTable.push([]);
          else if (local === 'tc') this.drawnCell = '';
          else if (isLineBreak(local) && this.drawnCell !== undefined && this.drawnCell !== '')
            this.drawnCell += '\n';
        }
        break;
      case Role.Vml:
        if (this.depth === 1) {
          this.anchor = { r: -1, c: -1 };
          this.anchorDepth = this.depth;
          // A note's fill, as Excel writes it when a person colours the note.
          const fill = x.attrCount > 0 ? vmlColour(x.attr('fillcolor')) : undefined;
          if (fill !== undefined) this.anchor.fill = fill;
          // A header or footer picture (Insert > Header & Footer > Picture): Excel names its shape
          // by its place, LH CH RH for the header, LF CF RF for the footer (FIRST, EVEN after).
          const id = x.attr('id');
          if (id !== undefined && HEADER_PICTURE_ID.test(id)) this.anchor.object = HEADER_PICTURE;
        } else if (local === 'ClientData' && this.anchor !== undefined) {
          const object = x.attr('ObjectType');
          if (object !== undefined) this.anchor.object = object;
        }
        break;
      case Role.Pivot:
        if (this.pkg.digitFormats.size > 0) this.pkg.pivotElement(this.part, local, x);
        this.pkg.pivotCacheElement(
          this.part,
          local,
          this.stack[this.depth - 1],
          this.depth === 0 ? local : this.stack[0],
          x,
        );
        break;
      case Role.Chart:
        // A number cache or literal, or a chartEx's numbers (<cx:numDim>, its format on <cx:lvl>).
        if (local === 'numCache' || local === 'numLit' || local === 'numDim') {
          this.numCache++;
          this.numFormat = undefined;
        } else if (local.endsWith('Cache') || local === 'strLit' || local === 'strDim') {
          this.lastPoint = undefined;
        } else if (local === 'lvl' && this.numCache > 0) {
          const code = x.attr('formatCode');
          if (code !== undefined) this.numFormat = code;
        } else if (local === 'pt' && this.numCache > 0) {
          // A point's own format (<c:pt formatCode="...">, as programs other than Excel write a
          // cell's format into the cache): its value is shown through it.
          this.pointFormat = x.attrCount > 0 ? x.attr('formatCode') : undefined;
        } else if (local === 'numFmt') {
          const code = x.attr('formatCode');
          if (code !== undefined && formatMayShowCpr(code) && !(this.shownFormats ??= []).includes(code)) {
            if (this.shownFormats.length >= MAX_SHOWN_FORMATS) this.refuseShownFormats();
            this.shownFormats.push(code);
          }
        }
        break;
      default:
        break;
    }
    if (this.records !== undefined) this.records.open(this.depth);
    const d = this.depth;
    this.stack[d] = local;
    this.tagSrc[d] = s;
    this.tagFrom[d] = from;
    this.tagTo[d] = to;
    this.depth = d + 1;
    if (x.attrCount > 0 && this.interesting(x)) this.attributes(x);
    if (local === 'dataValidation' && this.role === Role.Worksheet) this.messageBoxes(x);
    if (local === 'r') {
      this.runStart = this.gathered();
      this.runDepth = d;
      this.runHidden = false;
      this.runColour = undefined;
    } else if (this.runDepth >= 0 && this.properties > 0 && !this.runHidden) {
      this.runHidden = hidesRun(local, this.stack, d, x);
      const colour = this.runHidden ? undefined : runColour(local, this.stack, d, x, this.pkg.colours);
      if (colour !== undefined) this.runColour = colour;
      else if (
        this.runColour !== undefined &&
        this.runColour !== '?' &&
        this.stack[d - 2] === 'solidFill' &&
        this.stack[d - 3] === 'rPr' &&
        COLOUR_MODIFIERS.has(local)
      )
        // A theme colour made lighter or darker (<a:lumMod>, <a:lumOff>, <a:tint>, <a:shade>).
        this.runColour = modifyColour(this.runColour, local, x.attr('val'));
    }
    // A name is text too, in a part anyone may write (custom XML): <Borger_0101901234/>.
    if (local.length >= 10 && containsCpr(local)) this.found(undefined);
    if (x.longestName >= 10) {
      for (let i = 0; i < x.attrCount; i++) {
        if (x.attrNameLength(i) >= 10 && containsCpr(x.attrName(i))) this.found(x.attrName(i));
      }
    }
  }

  close(local: string): void {
    if (this.drawnTable !== undefined) this.closeDrawnTable(local);
    if (local === 'rPh' && this.beforePhonetic !== undefined) this.phonetic(this.beforePhonetic);
    if ((local === 'rPr' || local === 'pPr' || local === 'endParaRPr') && this.properties > 0)
      this.properties--;
    if (
      (this.buf.length > 0 || this.runTo > 0) &&
      this.properties === 0 &&
      (!isInline(local) || this.inText(this.depth - 2))
    )
      this.flush();
    if (this.records !== undefined) {
      const record = this.records.close(this.depth - 1, local);
      if (record !== undefined && record[1].filter((v) => mayBePiece(v, undefined)).length >= 2)
        if (piecesSideBySide(record)) this.found(undefined);
    }
    this.depth--;
    if (this.depth === this.runDepth) {
      const end = this.gathered();
      if (this.runStart >= 0 && end > this.runStart) {
        if (this.runHidden) (this.hiddenCuts ??= []).push(this.runStart, end);
        else {
          this.runSpans.push(this.runStart, end);
          this.runKeys.push(this.runColour ?? '');
        }
      }
      this.runDepth = -1;
      this.runStart = -1;
    }
    if (this.depth === this.anchorDepth) {
      const anchor = this.anchor;
      if (anchor?.fill !== undefined && anchor.object === 'Note' && anchor.r >= 0 && anchor.c >= 0)
        this.pkg.noteFill(this.part, a1(anchor.r, anchor.c), anchor.fill);
      this.anchor = undefined;
      this.anchorDepth = -1;
    }
    if (this.numCache > 0 && (local === 'numCache' || local === 'numLit' || local === 'numDim'))
      this.numCache--;
    if (this.pointFormat !== undefined && local === 'pt') this.pointFormat = undefined;
  }

  /** The end of a drawn table's cell (its text is the row's next cell) or of the table (judged). */
  private closeDrawnTable(local: string): void {
    const table = this.drawnTable as string[][];
    if (local === 'tc' && this.drawnCell !== undefined) {
      table[table.length - 1]?.push(this.drawnCell);
      this.drawnCell = undefined;
    } else if (local === 'tbl') {
      this.drawnTable = undefined;
      const anchor = this.anchor;
      if (table.length > 0 && piecesSideBySide(table))
        this.pkg.add({
          part: this.part,
          kind: 'textBox',
          cell: '',
          ...(anchor === undefined ? {} : { anchor }),
        });
    }
  }

  /**
   * At the end of a phonetic run: the text before it and the run's own text read as one (each is
   * judged on its own as well, by flush).
   */
  private phonetic(before: string): void {
    this.beforePhonetic = undefined;
    const own = this.runTo > 0 ? this.runSrc.slice(this.runFrom, this.runTo) : this.buf;
    if (own === '') return;
    // The phonetic runs of one text stand side by side above it: read together ("010190" over
    // one word, "1234" over the next).
    const earlier = this.phoneticRuns;
    const runs = (earlier ?? '') + own;
    this.phoneticRuns = runs.length > 4096 ? undefined : runs;
    if (earlier !== undefined) {
      const all = runs.indexOf('_x') === -1 ? runs : decodeEscapes(runs);
      if (containsCpr(all) && !containsCpr(earlier) && !containsCpr(own)) this.found(undefined);
    }
    if (before === '') return;
    const joined = before + own;
    const decoded = joined.indexOf('_x') === -1 ? joined : decodeEscapes(joined);
    if (containsCpr(decoded) && !containsCpr(before) && !containsCpr(own)) this.found(undefined);
  }

  /** Ends the current line of a text that goes on (a line break, a new paragraph). */
  private newLine(): void {
    if (this.runTo > 0) this.takeRun();
    if (this.buf.length > 0 && this.buf.charCodeAt(this.buf.length - 1) !== 10) this.buf += '\n';
  }

  /**
   * Whether the text being gathered has a piece that stands outside the elements whose text the
   * grid reads (a cell's <v>, a string's <t>): in a part the grid carries, such a piece (an unknown
   * or ignorable element inside <si> or <v>) is in no cell, so the text is not left to the grid.
   */
  private foreign = false;

  /**
   * Whether the element at depth d is a cell's value, a string's text or a name in a part the grid reads:
   * Excel writes no element inside one, so an element there (an unknown one, even one named like
   * HTML's inline <u>) is not part of the text around it, and its text is judged apart from it.
   */
  private inText(d: number): boolean {
    return this.carried && d >= 0 && isReadText(this.stack[d]);
  }

  /**
   * Before a piece of text is gathered: a piece (not layout) outside the elements the grid reads is
   * foreign. A foreign piece is never joined to text the grid reads, nor the other way round (text
   * typed straight into <is> beside its <t>, as a pretty-printed file can hold it): what was gathered
   * is judged first.
   */
  private place(s: string, from: number, to: number): void {
    const foreign = !isReadText(this.stack[this.depth - 1]) && !isBlankAt(s, from, to);
    if (foreign === this.foreign) return;
    if (this.buf.length > 0 || this.runTo > 0) this.flush();
    this.foreign = foreign;
  }

  textAt(s: string, from: number, to: number): void {
    if (this.drawnCell !== undefined) this.drawnCell += s.slice(from, to);
    if (this.carried) this.place(s, from, to);
    if (this.buf.length === 0 && this.runTo === 0) {
      this.runSrc = s;
      this.runFrom = from;
      this.runTo = to;
      return;
    }
    this.text(s.slice(from, to));
  }

  /** Turns a run held by position into buf. */
  private takeRun(): void {
    this.buf = this.runSrc.slice(this.runFrom, this.runTo);
    this.runSrc = '';
    this.runFrom = 0;
    this.runTo = 0;
  }

  text(text: string): void {
    if (this.drawnCell !== undefined) this.drawnCell += text;
    if (this.carried) this.place(text, 0, text.length);
    if (this.runTo > 0) this.takeRun();
    if (this.buf.length === 0) {
      this.buf = text;
      return;
    }
    // White space between two runs is layout (pretty-printed XML), not text.
    if (text.charCodeAt(0) <= 32 && this.stack[this.depth - 1] !== 't' && isBlank(text)) return;
    this.buf += text;
  }

  markup(text: string): void {
    if (text.length >= 9 && (mayHoldCpr(text) || text.indexOf('_x') !== -1)) {
      // A comment or processing instruction is never a cell's or a shared string's text: the grid
      // does not hold it, so it is reported here, wherever it stands (inside <si> or <v> too).
      if (looksLikeCpr(text.indexOf('_x') === -1 ? text : decodeEscapes(text)))
        this.found(undefined, undefined, true);
    }
  }

  end(): void {
    if (this.buf.length > 0 || this.runTo > 0) this.flush();
    const formats = this.shownFormats;
    if (formats === undefined) return;
    // Each format costs a look at every number: a chart far larger than any a plan holds is refused.
    if (this.chartNumbers.length > MAX_CHART_NUMBERS) this.refuseShownFormats();
    if (this.chartNumbers.some((n) => formats.some((f) => formatShowsCpr(n, f)))) this.found(undefined);
  }

  private refuseShownFormats(): never {
    throw refuse.partUnreadable(
      this.part,
      `den viser sine tal gennem talformater med cifre i deres tekst, og der er for mange formater eller tal til at kontrollere dem alle (højst ${MAX_SHOWN_FORMATS} formater)`,
      `it shows its numbers through number formats with digits in their text, too many formats or numbers to check them all (at most ${MAX_SHOWN_FORMATS} formats)`,
    );
  }

  /**
   * Whether the current start tag may hold a CPR number in an attribute: a value that needed
   * decoding (references), or a value of nine characters or more with six digits in a row or an
   * _x escape in it. Most values (cell references, style numbers) are shorter and cost one compare.
   */
  private interesting(x: XmlScanner): boolean {
    if (x.tagDecoded) return true;
    if (x.longestValue < 9) return x.longestValue >= 3 && this.keepsNumbers() && this.exponentValue(x);
    // A long value may be base64 (an add-in's property): judged in attributes().
    if (x.longestValue >= MIN_BASE64) return true;
    const s = x.source;
    for (let i = 0; i < x.attrCount; i++) {
      const from = x.attrValueStart(i);
      const to = x.attrValueEnd(i);
      if (to - from < 9) continue;
      if (mayBeExponent(s, from, to)) return true;
      let run = 0;
      // Ten digits in all, not six in a row: a date with separators and the serial (01.01.90-1234).
      let digits = 0;
      for (let k = from; k < to; k++) {
        const c = s.charCodeAt(k);
        if (isDigitLike(c)) {
          if (++run === 6 || ++digits === 10) return true;
        } else {
          run = 0;
          if (c === 95 /* _ */ && s.charCodeAt(k + 1) === 120 /* x */) return true;
          if (c === 37 /* % */ && isDigitLike(s.charCodeAt(k + 2))) return true;
        }
      }
    }
    return false;
  }

  /** Whether an attribute's value is a number written with an exponent ("1.019E8"). */
  private exponentValue(x: XmlScanner): boolean {
    for (let i = 0; i < x.attrCount; i++)
      if (mayBeExponent(x.source, x.attrValueStart(i), x.attrValueEnd(i))) return true;
    return false;
  }

  /**
   * Whether a value alone in this part may be a number as the file stores it, so that one written
   * with an exponent ("1.01901234E8", "1.019E8") is read as the number it stands for: a pivot
   * cache's items and records, a rich value, a query's parameter, a property, custom XML. Not in a
   * sheet (the grid reads its numbers), shared strings and comments (text a person typed), or
   * drawings and charts (measurements; a chart's cached numbers are judged in value()).
   */
  private keepsNumbers(): boolean {
    const r = this.role;
    return (
      r === Role.Pivot ||
      r === Role.Other ||
      r === Role.CustomXml ||
      r === Role.Properties ||
      r === Role.CustomProperties
    );
  }

  /** A value that is a number written with an exponent: judged as the whole number it stands for. */
  private exponent(text: string): void {
    const n = asNumber(text);
    if (n !== undefined && isCprNumber(Math.abs(n))) this.found(undefined);
  }

  private attributes(x: XmlScanner): void {
    // In drawings and charts a whole-number attribute is a measurement or an id (EMU offsets, axis
    // ids such as <c:axId val="1503901234"/>), unless it is one of the attributes that hold text a
    // person wrote (a shape's alternative text or title, a VML shape's alt, a WordArt string).
    const measures = this.role === Role.Drawing || this.role === Role.Chart || this.role === Role.Vml;
    for (let i = 0; i < x.attrCount; i++) {
      const raw = x.attrValue(i);
      const value = raw.indexOf('_x') === -1 ? raw : decodeEscapes(raw);
      if (value.length < 9 && !mayBeExponent(value, 0, value.length)) continue;
      if (measures && /^-?\d+$/.test(value) && !TEXT_ATTRIBUTES.has(localName(x.attrName(i)))) continue;
      // A number written with an exponent is the number it stands for (1.01901234E8 in a pivot
      // cache's minValue, a query's parameter), not text: except where numbers are measurements.
      if (!measures && mayBeExponent(value, 0, value.length)) {
        const n = asNumber(value);
        if (n !== undefined && isCprNumber(Math.abs(n))) this.found(localName(x.attrName(i)));
        continue;
      }
      // A pivot cache's numbers (<n v="...">) are numbers; everywhere else a nine-digit run is text.
      const number = this.role === Role.Pivot && this.stack[this.depth - 1] === 'n';
      const name = x.attrName(i);
      if (
        !(number
          ? looksLikeCpr(value)
          : containsCpr(value) ||
            containsCpr(percentDecoded(value)) ||
            (localName(name) === 'formatCode' &&
              (containsCpr(formatLiterals(value) ?? '') || containsCpr(currencyTexts(value)))) ||
            // A formula kept in an attribute (a pivot table's calculated field or item:
            // formula="…"), read as Excel calculates it, pieces joined with & (round 21).
            (localName(name) === 'formula' && formulaHasCpr(value, this.pkg.named)) ||
            this.base64Holds(value))
      )
        continue;
      this.found(name.slice(name.indexOf(':') + 1));
    }
  }

  /**
   * A data validation's input message and error message: Excel shows each in a box, its title on
   * the first line and its text under it, so a number cut between them ("Barnets CPR: 150390-" over
   * "1234") is read whole. Each is judged on its own as well (attributes).
   */
  private messageBoxes(x: XmlScanner): void {
    for (const [title, body] of MESSAGE_BOXES) {
      const t = x.attr(title);
      const b = t === undefined || t.length === 0 ? undefined : x.attr(body);
      if (t === undefined || b === undefined || b.length === 0 || t.length + b.length < 10) continue;
      const decode = (v: string): string => (v.indexOf('_x') === -1 ? v : decodeEscapes(v));
      const [dt, db] = [decode(t), decode(b)];
      if (containsCpr(`${dt}\n${db}`) && !containsCpr(dt) && !containsCpr(db)) this.found(body);
    }
  }

  /**
   * A conditional format Excel keeps in the sheet's extLst (<x14:conditionalFormatting>): each rule's
   * look is inline (<x14:dxf>: its font's colour, its fill's), its cells follow the rules
   * (<xm:sqref>, x14Sqref). Read only inside such a format (a plain sheet has none).
   */
  private x14Look(local: string, x: XmlScanner): void {
    const parent = this.stack[this.depth - 1];
    if (local === 'conditionalFormatting') this.x14Looks = undefined;
    else if (local === 'dxf' && parent === 'cfRule') (this.x14Looks ??= []).push({});
    else if (this.x14Looks !== undefined && this.has('dxf')) {
      const look = this.x14Looks[this.x14Looks.length - 1];
      if (look === undefined) return;
      const { theme, indexed } = this.pkg.colours;
      if (local === 'color' && parent === 'font') look.font = resolveColour(colourRefOf(x), theme, indexed);
      else if (local === 'bgColor' && parent === 'patternFill')
        look.fill = resolveColour(colourRefOf(x), theme, indexed);
      else if (local === 'fgColor' && parent === 'patternFill')
        look.fill ??= resolveColour(colourRefOf(x), theme, indexed);
    }
  }

  /** The cells of an extLst conditional format (<xm:sqref>): its rules' looks laid over them. */
  private x14Sqref(): void {
    const looks = this.x14Looks ?? [];
    this.x14Looks = undefined;
    const sqref = this.runTo > 0 ? this.runSrc.slice(this.runFrom, this.runTo) : this.buf;
    for (const look of looks) {
      const { font, fill } = look;
      if (font !== undefined || fill !== undefined)
        this.pkg.conditionalLook(this.part, sqref, {
          ...(font === undefined ? {} : { font }),
          ...(fill === undefined ? {} : { fill }),
        });
    }
  }

  /** A sheet's formula that joins or cuts the text of cells: judged with them once the sheets are read. */
  private sheetFormula(): void {
    const text = this.runTo > 0 ? this.runSrc.slice(this.runFrom, this.runTo) : this.buf;
    const f = this.tag(this.depth - 1);
    // An array formula (a dynamic array's spill, <f t="array" ref="C2:D2">): the range it fills,
    // for a formula that reads it by the cell it starts in (ANCHORARRAY(C2)).
    if (f.indexOf('array') !== -1 && attrOf(f, 't') === 'array') {
      const ref = attrOf(f, 'ref');
      const anchor = cellAttr(this.tag(this.depth - 2));
      if (ref !== undefined && anchor !== '')
        this.pkg.arrayFormula(this.part, anchor, ref, text.indexOf('_x') === -1 ? text : decodeEscapes(text));
    }
    if (text.length < 4 || !(joinsCells(text) || joinsTableColumns(text))) return;
    const cell = cellAttr(this.tag(this.depth - 2));
    if (cell === '') return;
    const range = f.indexOf('shared') !== -1 && attrOf(f, 't') === 'shared' ? attrOf(f, 'ref') : undefined;
    this.pkg.joinedFormula(this.part, cell, range, text.indexOf('_x') === -1 ? text : decodeEscapes(text));
  }

  private flush(): void {
    try {
      if (this.hiddenCuts !== undefined || this.runSpans.length >= 4) this.judgeVisible();
      this.judge();
    } finally {
      this.foreign = false;
      this.hiddenCuts = undefined;
      this.runSpans.length = 0;
      this.runKeys.length = 0;
      if (this.runStart >= 0) this.runStart = 0;
    }
  }

  /**
   * A rich text with runs no one sees: read as a reader sees it, without them ("1503" + a white "x"
   * in a 1-point font + "95-1115" shows 150395-1115). A run is not seen in a font below 2 points,
   * hidden or without fill (whatever it is drawn on), or in the colour of what it is drawn on: a
   * cell's fill (white without one; a run without a colour of its own takes the cell's font, hidden
   * where that is the fill's colour), a note's light yellow, a text box's fill. The runs of each
   * colour are left out in turn. The text as stored is judged as ever (by judge, or by the grid for a
   * cell's text); only what the hidden runs hide is found here.
   */
  private judgeVisible(): void {
    const text = this.runTo > 0 ? this.runSrc.slice(this.runFrom, this.runTo) : this.buf;
    if (text.length < 10) return;
    const decode = (t: string): string => (t.indexOf('_x') === -1 ? t : decodeEscapes(t));
    const without = (cuts: readonly number[]): string => {
      let visible = '';
      let at = 0;
      for (let k = 0; k + 1 < cuts.length; k += 2) {
        visible += text.slice(at, cuts[k]);
        at = Math.max(at, cuts[k + 1] as number);
      }
      return visible + text.slice(at);
    };
    let stored: boolean | undefined;
    const shows = (cuts: readonly number[]): boolean =>
      containsCpr(decode(without(cuts))) && !(stored ??= containsCpr(decode(text)));
    const always = this.hiddenCuts ?? [];
    if (always.length > 0 && shows(always)) {
      this.hiddenFound(undefined);
      return;
    }
    if (this.runSpans.length < 4) return;
    const keys = [...new Set(this.runKeys)].filter((k) => k !== '?').slice(0, MAX_RUN_COLOURS);
    for (const key of keys) {
      // The runs of this colour with the runs hidden whatever they are drawn on, in the text's order.
      const cuts: number[] = [];
      let a = 0;
      for (let k = 0; k < this.runKeys.length; k++) {
        const from = this.runSpans[2 * k] as number;
        while (a + 1 < always.length && (always[a] as number) < from)
          cuts.push(always[a++] as number, always[a++] as number);
        const own = this.runKeys[k] as string;
        // Runs in colours alike this one (FFFFFF and FEFEFE) are left out with it.
        if (own === key || (key !== '' && own !== '' && looksAlike(own, key)))
          cuts.push(from, this.runSpans[2 * k + 1] as number);
      }
      while (a + 1 < always.length) cuts.push(always[a++] as number, always[a++] as number);
      if (shows(cuts)) this.hiddenFound(key);
    }
  }

  /**
   * A drawing's shape's look, as its text is drawn: its own fill (a fill in <xdr:spPr>: solid, none,
   * or a gradient, pattern or picture, whose colour is not one), else its style's fill
   * (<a:fillRef idx="1"> and its colour: the theme's solid fill; 0 none; the others gradients), and
   * its style's font colour (<a:fontRef>), which a run without a colour of its own takes. Colours
   * with their modifiers (lumMod, lumOff, tint, shade). Whether the element was one of these.
   */
  private shapeLook(local: string, x: XmlScanner): boolean {
    const parent = this.stack[this.depth - 1];
    const grand = this.stack[this.depth - 2];
    if (parent === 'spPr' && SHAPE_FILLS.has(local)) {
      this.shapeOwnFill = true;
      this.shapeFill = local === 'solidFill' || local === 'noFill' ? undefined : '?';
      return true;
    }
    if (parent === 'solidFill' && grand === 'spPr') {
      this.shapeFill = drawnColour(local, x, this.pkg.colours) ?? this.shapeFill;
      return true;
    }
    if (parent === 'fillRef' && grand === 'style') {
      const idx = attrOf(this.tag(this.depth - 1), 'idx') ?? '0';
      const colour = drawnColour(local, x, this.pkg.colours);
      if (colour !== undefined)
        this.styleFill = idx === '1' || idx === '1001' ? colour : idx === '0' ? undefined : '?';
      return true;
    }
    if (parent === 'fontRef' && grand === 'style') {
      this.styleFont = drawnColour(local, x, this.pkg.colours) ?? this.styleFont;
      return true;
    }
    if (COLOUR_MODIFIERS.has(local) && this.depth >= 3) {
      const owner = this.stack[this.depth - 2];
      const outer = this.stack[this.depth - 3];
      const val = x.attr('val');
      const modify = (c: string | undefined): string | undefined =>
        c === undefined || c === '?' ? c : modifyColour(c, local, val);
      if (owner === 'solidFill' && outer === 'spPr') this.shapeFill = modify(this.shapeFill);
      else if (owner === 'fillRef' && outer === 'style') this.styleFill = modify(this.styleFill);
      else if (owner === 'fontRef' && outer === 'style') this.styleFont = modify(this.styleFont);
      else return false;
      return true;
    }
    return false;
  }

  /** What a drawing's or chart's text is drawn on: a shape's fill (shapeLook), white elsewhere. */
  private background(): string {
    if (this.role !== Role.Drawing) return 'FFFFFF';
    return (this.shapeOwnFill ? this.shapeFill : this.styleFill) ?? 'FFFFFF';
  }

  /**
   * The text read without runs hidden (`by` their colour, '' the cell's font; undefined: whatever it
   * is drawn on) shows a CPR number. The text of a cell (its inline string, or the shared string it
   * shows) is not the text the grid holds: named as the cell, its fill judged where the cell is
   * known. Elsewhere the text is drawn on a note's yellow, a shape's fill or white.
   */
  private hiddenFound(by: string | undefined): void {
    const hiddenBy = by === undefined ? {} : { hiddenBy: by };
    if (this.role === Role.SharedStrings && this.has('si') && !this.has('rPh')) {
      this.pkg.add({ part: this.part, kind: 'cellHidden', cell: '', siIndex: this.si, ...hiddenBy });
      return;
    }
    if (this.role === Role.Worksheet && this.has('is')) {
      this.pkg.add({ part: this.part, kind: 'cellHidden', cell: this.cellRef(), ...hiddenBy });
      return;
    }
    if (by !== undefined) {
      if (this.role === Role.Comments) {
        // A note's runs are drawn on the note's fill: judged where its VML shape is known
        // (placeFindings: the fill a person gave it, or Excel's light yellow).
        if (by !== '') this.pkg.add({ part: this.part, kind: 'comment', cell: this.cellRef(), hiddenBy: by });
        return;
      }
      // A run without a colour of its own takes a shape's style font (<a:fontRef>).
      const colour = by === '' ? (this.role === Role.Drawing ? this.styleFont : undefined) : by;
      if (colour === undefined || !looksAlike(colour, this.background())) return;
    }
    this.found(undefined, undefined, true);
  }

  /** Judges the text gathered (flush). */
  private judge(): void {
    if (this.records !== undefined)
      this.records.text(
        this.depth - 1,
        this.runTo > 0 ? this.runSrc.slice(this.runFrom, this.runTo) : this.buf,
      );
    if (this.role === Role.Worksheet) {
      const top = this.stack[this.depth - 1];
      if (top === 'f') this.sheetFormula();
      else if (top === 'sqref' && this.x14Looks !== undefined) this.x14Sqref();
    }
    // Most texts (a cell's number, a shared string's index) are shorter than anything judged below:
    // unless they place a drawing's anchor or are a chart's number format, they are done with here
    // (a run held by position is not even sliced).
    const short = this.anchor === undefined && this.role !== Role.Chart;
    if (this.runTo > 0) {
      if (short && this.runTo - this.runFrom < 9) {
        if (this.keepsNumbers() && mayBeExponent(this.runSrc, this.runFrom, this.runTo))
          this.exponent(this.runSrc.slice(this.runFrom, this.runTo));
        this.runSrc = '';
        this.runFrom = 0;
        this.runTo = 0;
        return;
      }
      this.takeRun();
    }
    const text = this.buf;
    this.buf = '';
    if (text.length < 9 && short) {
      if (this.keepsNumbers() && mayBeExponent(text, 0, text.length)) this.exponent(text);
      return;
    }
    if (text.length >= MIN_BASE64 && this.base64Holds(text)) {
      // A cell's text (its own, or the shared string it shows) that is base64: named as that cell.
      const top = this.stack[this.depth - 1];
      const cellText =
        (this.role === Role.Worksheet &&
          this.has('c') &&
          (top === 'v' || top === 'is') &&
          !this.has('rPh')) ||
        (this.role === Role.SharedStrings && this.has('si') && !this.has('rPh'));
      if (cellText)
        this.pkg.add({
          part: this.part,
          kind: 'cellEncoded',
          cell: this.cellRef(),
          ...(this.role === Role.SharedStrings ? { siIndex: this.si } : {}),
        });
      else this.found(undefined);
      return;
    }
    const top = this.stack[this.depth - 1];
    if (this.anchor !== undefined) this.track(top, text);
    if (this.role === Role.Chart && top === 'formatCode') this.numFormat = text;
    if (
      (this.role === Role.Worksheet && (top === 'v' || top === 'f')) ||
      (this.role === Role.Chart && this.numCache > 0 && (top === 'v' || top === 'pt'))
    ) {
      this.value(text);
      return;
    }
    if (this.keepsNumbers() && mayBeExponent(text, 0, text.length)) {
      this.exponent(text);
      return;
    }
    if ((this.role === Role.CustomProperties || this.role === Role.Properties) && VT_NUMBERS.has(top ?? '')) {
      // A document property typed as a number: a CPR number kept there has lost its leading zero.
      if (looksLikeCpr(text)) this.found(undefined);
      return;
    }
    if (this.role === Role.Chart && top === 'v' && this.numCache === 0 && this.has('pt'))
      this.chartPoint(text);
    if (text.length < 9) return;
    // Whole numbers in drawings and charts are measurements and ids (EMU offsets), as in their
    // attributes; a chart's numbers are judged with its number format above, and its other data
    // points (<c:pt>, <cx:pt>: category labels of one level or many, labels taken from cells, a
    // chartEx's categories) are text, as is the text a reader sees on a shape, a text box or a chart
    // (its title, a data label, a series name typed in): a number alone there is text.
    if (
      (this.role === Role.Drawing ||
        this.role === Role.Vml ||
        (this.role === Role.Chart && !this.has('pt'))) &&
      /^\s*-?\d+\s*$/.test(text) &&
      !this.inShownText()
    )
      return;
    const escaped = text.indexOf('_x') !== -1;
    // A formula (of a data validation, a conditional format, a chart's reference, a table's
    // calculated column or totals row) may join pieces with & or CONCATENATE, or cut and calculate
    // them: none of them need hold six digits in a row, and it is read as Excel calculates it. A
    // table's column formula fills each new row, and stands alone where a program dropped the
    // cells' own (openxlsx drops a formula saved without its result).
    const joins =
      text.indexOf('&') !== -1 ||
      top === 'formula' ||
      top === 'formula1' ||
      top === 'formula2' ||
      top === 'f' ||
      top === 'calculatedColumnFormula' ||
      top === 'totalsRowFormula';
    // surelyNoCpr: mayHoldCpr's, and the digits written as words (round 24) or as escapes.
    if (!escaped && !joins && surelyNoCpr(text)) return;
    const decoded = escaped ? decodeEscapes(text) : text;
    if (this.role === Role.Worksheet && this.has('headerFooter')) {
      if (headerFooterReadings(decoded, this.pkg.colours.theme).some(containsCpr)) this.found(undefined);
      return;
    }
    if (joins ? formulaHasCpr(decoded, this.pkg.named) : containsCpr(decoded)) this.found(undefined, decoded);
  }

  /**
   * Whether a text that is base64 (an add-in's property bag, a custom XML item, Power Query's
   * DataMashup) holds a CPR number in the bytes it stands for, read as the byte scan reads a
   * binary part. What it stands for may be packed (Power Query keeps its queries as a zip after an
   * 8-byte header): that cannot be checked, and is refused.
   */
  private base64Holds(text: string): boolean {
    const bytes = fromBase64(text);
    if (bytes === undefined) return false;
    // A zlib header is two bytes, which words read as base64 start with by chance: not judged here.
    const found = [packedFormat(bytes), packedFormat(bytes.subarray(8))];
    const packed = found.find((p) => p !== undefined && p.kind !== 'zlib');
    if (packed !== undefined) {
      // Power Query's queries (<DataMashup>): named so a coordinator can delete them.
      if (this.stack[this.depth - 1] === 'DataMashup') throw refuse.powerQuery(this.part);
      throw refuse.partUnreadable(
        this.part,
        `den indeholder ${packed.da} skrevet som tekst (base64), fx Power Query-forespørgsler`,
        `it holds ${packed.en} written as text (base64), such as Power Query queries`,
      );
    }
    return scanBytes(bytes);
  }

  /**
   * Round 27: a chart's text point (a category's or a data label's taken from cells) read with the
   * point before it in the same cache, as two cells side by side (piecesCutInTwo): neighbouring
   * labels "010190-" and "1234" show one number. Cheap: only texts of at most 12 characters.
   */
  private chartPoint(text: string): void {
    const previous = this.lastPoint;
    this.lastPoint = text.length >= 4 && text.length <= 12 ? text : undefined;
    if (previous !== undefined && this.lastPoint !== undefined && piecesCutInTwo(previous, text))
      this.found(undefined);
  }

  /** A number's text (<v>): a whole number whose 10-digit form is a CPR number, or CPR-like text. */
  private value(text: string): void {
    const format = this.pointFormat ?? this.numFormat;
    if (this.role === Role.Chart && text.length < 24) {
      const n = /^\s*-?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : undefined;
      // One past the most judged is kept: it tells that there were more.
      if (n !== undefined && this.chartNumbers.length <= MAX_CHART_NUMBERS) this.chartNumbers.push(n);
    }
    // A chart's number shown through its format's literal digits (000000"-1234"): any length.
    if (
      this.role === Role.Chart &&
      format !== undefined &&
      text.length < 9 &&
      !mayBeExponent(text, 0, text.length)
    ) {
      const n = /^\s*\d+(?:\.\d*)?\s*$/.test(text) ? Number(text) : undefined;
      if (n !== undefined && formatShowsCpr(n, format)) this.found(undefined, n);
      return;
    }
    if (text.length < 9 && !mayBeExponent(text, 0, text.length)) return;
    const decoded = text.indexOf('_x') === -1 ? text : decodeEscapes(text);
    const n = asNumber(decoded);
    if (n !== undefined) {
      if (this.role === Role.Chart ? isCprNumber(n, format) || formatShowsCpr(n, format) : isCprNumber(n))
        this.found(undefined, n);
      return;
    }
    if (formulaHasCpr(decoded, this.pkg.named)) this.found(undefined, decoded);
  }

  /** A drawing anchor's top-left cell (<from><col>, <row>) or a VML note's <x:Row>, <x:Column>. */
  private track(top: string | undefined, text: string): void {
    const anchor = this.anchor as Anchor;
    const n = Number(text.trim());
    if (!Number.isInteger(n) || n < 0) return;
    if (this.role === Role.Drawing && this.stack[this.depth - 2] === 'from') {
      if (top === 'row') anchor.r = n;
      else if (top === 'col') anchor.c = n;
    } else if (this.role === Role.Vml) {
      if (top === 'Row') anchor.r = n;
      else if (top === 'Column') anchor.c = n;
    }
  }

  /** Inside the text of a shape or text box, a VML text box, or a chart's title, label or series name. */
  private inShownText(): boolean {
    return (
      this.has('txBody') ||
      this.has('textbox') ||
      (this.role === Role.Chart && (this.has('rich') || this.has('tx')))
    );
  }

  private has(local: string): boolean {
    for (let d = this.depth - 1; d >= 0; d--) if (this.stack[d] === local) return true;
    return false;
  }

  private tag(d: number): string {
    return (this.tagSrc[d] ?? '').slice(this.tagFrom[d], this.tagTo[d]);
  }

  /** The nearest cell or range an enclosing element names (r, ref, sqref), or ''. */
  private cellRef(): string {
    for (let d = this.depth - 1; d >= 0; d--) {
      const ref = refOf(this.tag(d));
      if (ref !== '') return ref;
    }
    return '';
  }

  /**
   * Records a finding at the current element: `attr` names the attribute that holds it (undefined
   * for text); `value` is a cell value the grid may carry (judged there if it does).
   */
  private found(attr: string | undefined, value?: string | number, markup = false): void {
    const part = this.part;
    const add = (kind: GridTextPlace, extra: Partial<RawFinding> = {}): void =>
      this.pkg.add({ part, kind, cell: this.cellRef(), ...extra });
    // The grid holds the text of an element it reads (<v>, a string's <t> and runs), judged there;
    // text in any other element inside it (an unknown or ignorable element inside <si> or <v>) or
    // in a comment is in the file but in no cell, and is reported here on its own.
    const held = !markup && !this.foreign && attr === undefined;
    switch (this.role) {
      case Role.Worksheet: {
        if (this.has('headerFooter')) return add('headerFooter');
        if (this.has('dataValidation') || this.has('dataValidations')) return add('dataValidation');
        if (this.has('conditionalFormatting')) return add('conditionalFormat');
        if (this.has('autoFilter') || this.has('sortState')) return add('autoFilter');
        if (this.has('hyperlink')) return add('hyperlink');
        if (this.has('c')) {
          if (this.has('rPh')) return add('phonetic');
          if (attr === undefined && this.has('f')) return add('formula');
          if (attr === undefined && (this.has('v') || this.has('is'))) {
            // The grid judges the cell's value, in its context, when it holds it.
            return this.carried && held && value !== undefined
              ? add('cellValue', { value })
              : add('cellValue');
          }
        }
        return add('sheet');
      }
      case Role.Workbook: {
        const top = this.stack[this.depth - 1];
        // Sheet names and defined names (name and formula) are in the grid and judged there.
        if (this.carried && (top === 'definedName' || top === 'sheet') && (held || attr === 'name')) return;
        if (top === 'definedName') {
          // Its comment, description, help or status bar text: named after the name.
          const name = attrOf(this.tag(this.depth - 1), 'name');
          return add('definedNameNote', name === undefined ? {} : { name });
        }
        return add(this.has('absPath') ? 'filePath' : 'workbook');
      }
      case Role.SharedStrings:
        if (this.has('rPh')) return add('phonetic', { siIndex: this.si });
        if (this.carried && held && this.has('si')) return add('sharedString', { siIndex: this.si });
        return add('sharedString');
      case Role.Styles:
        return add(this.has('numFmt') ? 'numberFormat' : 'styles');
      case Role.Comments:
        // A phonetic run in a note is the note's text: deleting the note removes it, clearing the cell does not.
        return add('comment');
      case Role.ThreadedComments:
      case Role.Persons:
        return add('comment');
      case Role.Drawing:
      case Role.Vml: {
        const anchor = this.anchor;
        const extra = anchor === undefined ? {} : { anchor };
        if (attr === 'descr' || attr === 'title' || attr === 'alt') return add('altText', extra);
        if (attr === 'name' && this.stack[this.depth - 1] === 'cNvPr') return add('drawingName', extra);
        if (this.has('hlinkClick') || this.has('hlinkHover')) return add('hyperlink', extra);
        if (this.has('txBody') || this.has('txbx') || this.has('textbox') || this.has('rich'))
          return add('textBox', extra);
        return add('drawing', extra);
      }
      case Role.Chart:
        return add('chart');
      case Role.Table:
        if (this.stack[this.depth - 1] === 'table' && (attr === 'name' || attr === 'displayName'))
          return add('tableName');
        if (this.stack[this.depth - 1] === 'table' && attr === 'comment') {
          // A table's comment is edited where a defined name's is (Formulas > Name Manager).
          const name =
            attrOf(this.tag(this.depth - 1), 'displayName') ?? attrOf(this.tag(this.depth - 1), 'name');
          return add('definedNameNote', name === undefined ? {} : { name });
        }
        return add('table');
      case Role.Pivot:
        return add('pivot');
      case Role.CustomXml:
        return add('customXml');
      case Role.Properties: {
        const name = this.depth >= 2 ? this.stack[1] : undefined;
        return add('property', name === undefined ? {} : { name });
      }
      case Role.CustomProperties: {
        let name: string | undefined;
        for (let d = this.depth - 1; d >= 1 && name === undefined; d--) {
          if (this.stack[d] === 'property') name = attrOf(this.tag(d), 'name');
        }
        return add('property', name === undefined ? {} : { name });
      }
      case Role.Relationships: {
        const rel = this.tag(this.depth - 1);
        if ((attrOf(rel, 'Type') ?? '').endsWith('/hyperlink')) {
          const relId = attrOf(rel, 'Id');
          return add('hyperlink', relId === undefined ? {} : { relId });
        }
        return add('part');
      }
      case Role.Other:
        return add(otherPlace(part));
    }
  }
}

/**
 * Whether an element inside a rich text run's properties (`stack[d]`, the run's <rPr> or below it)
 * makes the run's text one no one sees whatever it is drawn on: a size below 2 points
 * (SpreadsheetML's <sz val>, in points; DrawingML's <a:rPr sz>, in hundredths), a colour fully
 * transparent (<a:alpha val="0">), no fill at all (<a:noFill> of the text itself, not of its
 * outline), or a hidden font (<vanish>). A colour is judged against what the run is drawn on
 * (runColour).
 */
function hidesRun(local: string, stack: readonly string[], d: number, x: XmlScanner): boolean {
  const parent = stack[d - 1];
  switch (local) {
    case 'rPr': {
      const sz = x.attr('sz');
      return sz !== undefined && Number(sz) < 200;
    }
    case 'sz':
      return parent === 'rPr' && Number(x.attr('val') ?? '11') < 2;
    case 'vanish':
      return parent === 'rPr';
    case 'noFill':
      return parent === 'rPr';
    case 'alpha':
      return stack[d - 2] === 'solidFill' && stack[d - 3] === 'rPr' && x.attr('val') === '0';
    default:
      return false;
  }
}

/**
 * The colour ("RRGGBB") an element inside a run's properties gives the run's text, or undefined when
 * it gives none. SpreadsheetML's <color> (RGB, the theme's colours with a tint, the palette: the
 * workbook's own when it has one), DrawingML's fill of the text: RGB, a scheme colour (through the
 * theme), and white written otherwise: the preset white, the system's window colour (white unless
 * the reader's system says otherwise: lastClr keeps what it was), HSL at full lightness, scRGB at
 * full strength in each channel. A colour that names nothing known is '?' (never a background).
 */
function runColour(
  local: string,
  stack: readonly string[],
  d: number,
  x: XmlScanner,
  colours: RunColours,
): string | undefined {
  const parent = stack[d - 1];
  if (local === 'color')
    return parent === 'rPr'
      ? (resolveColour(colourRefOf(x), colours.theme, colours.indexed) ?? '?')
      : undefined;
  if (parent !== 'solidFill' || stack[d - 2] !== 'rPr') return undefined;
  return drawnColour(local, x, colours);
}

/**
 * The colour ("RRGGBB") a DrawingML colour element gives, before its modifiers: RGB, a scheme colour
 * (through the theme), and white written otherwise: the preset white, the system's window colour
 * (white unless the reader's system says otherwise: lastClr keeps what it was), HSL at full
 * lightness, scRGB at full strength in each channel. '?' for a colour that names nothing known
 * (never a background); undefined for an element that is no colour.
 */
function drawnColour(local: string, x: XmlScanner, colours: RunColours): string | undefined {
  switch (local) {
    case 'srgbClr':
      return hexColour(x.attr('val')) ?? '?';
    case 'schemeClr': {
      const slot = SCHEME_INDEX[x.attr('val') ?? ''];
      return slot === undefined ? '?' : (colours.theme[slot] ?? '?');
    }
    case 'prstClr':
      return x.attr('val') === 'white' ? 'FFFFFF' : '?';
    case 'sysClr': {
      const v = x.attr('val');
      return v === 'window' ? 'FFFFFF' : (hexColour(x.attr('lastClr')) ?? '?');
    }
    case 'hslClr':
      return isFull(x.attr('lum')) ? 'FFFFFF' : '?';
    case 'scrgbClr':
      return isFull(x.attr('r')) && isFull(x.attr('g')) && isFull(x.attr('b')) ? 'FFFFFF' : '?';
    default:
      return undefined;
  }
}

/**
 * DrawingML's colour modifiers that make a colour lighter or darker, or change its saturation or
 * hue (round 21), as modifyColour applies them.
 */
const COLOUR_MODIFIERS = new Set([
  'lumMod',
  'lumOff',
  'tint',
  'shade',
  'satMod',
  'satOff',
  'hueMod',
  'hueOff',
]);
/** The fills a shape may have of its own (in its <xdr:spPr>). */
const SHAPE_FILLS = new Set(['solidFill', 'noFill', 'gradFill', 'pattFill', 'blipFill', 'grpFill']);

/** The colours VML names (a note's fillcolor="yellow"), as HTML names them. */
const VML_NAMES: Readonly<Record<string, string>> = {
  white: 'FFFFFF',
  black: '000000',
  yellow: 'FFFF00',
  red: 'FF0000',
  lime: '00FF00',
  green: '008000',
  blue: '0000FF',
  aqua: '00FFFF',
  fuchsia: 'FF00FF',
  silver: 'C0C0C0',
  gray: '808080',
  maroon: '800000',
  olive: '808000',
  navy: '000080',
  purple: '800080',
  teal: '008080',
};

/**
 * A VML colour ("#c6efce", "#ff0", "yellow", "#ffffe1 [80]": a colour and the palette index Excel
 * adds), as "RRGGBB"; undefined for a system colour (infoBackground) or anything else.
 */
function vmlColour(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const first = v.trim().split(/\s+/)[0] ?? '';
  const m = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.exec(first);
  if (m === null) return VML_NAMES[first.toLowerCase()];
  const hex = m[1] as string;
  return (hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex).toUpperCase();
}

/** A data validation's message boxes: the title and the text of each (see messageBoxes). */
const MESSAGE_BOXES = [
  ['promptTitle', 'prompt'],
  ['errorTitle', 'error'],
] as const;

/** A conditional format's font and fill colour ("RRGGBB"), where it sets them. */
export interface ConditionalLook {
  readonly font?: string;
  readonly fill?: string;
}

/**
 * A range whose cells' text is drawn in a font (a conditional format's, a table style's): hidden on
 * a cell whose fill is alike it; a cell without a fill of its own is drawn on `ground` (a table
 * style's fill), else on white.
 */
interface HiddenFont {
  readonly range: GridRange;
  readonly font: string;
  readonly ground?: string;
  /** Round 22: a table style's stripe: only the rows or columns of its band. */
  readonly band?: Band;
}

/**
 * A table style's band of stripes (round 22): the rows (or columns) from `start` whose place in
 * each run of `period` is `from` to before `to`; `also` a second band (a column band under a row's).
 */
interface Band {
  readonly axis: 'r' | 'c';
  readonly start: number;
  readonly period: number;
  readonly from: number;
  readonly to: number;
  readonly also?: Band;
}

/** Whether a cell is in a band (every cell is where there is none). */
function inBand(band: Band | undefined, r: number, c: number): boolean {
  if (band === undefined) return true;
  const at = ((band.axis === 'r' ? r : c) - band.start) % band.period;
  return at >= band.from && at < band.to && inBand(band.also, r, c);
}

/** The colours a run's colour is resolved through (PackageAudit.colours). */
export interface RunColours {
  readonly theme: readonly string[];
  readonly indexed: readonly string[];
}

/** At most this many ranges a conditional format hides are kept per sheet (cells: all). */
const MAX_HIDDEN_RANGES = 256;
/** Cells filled with a gradient or a pattern kept per worksheet part (seenFillCell). */
const MAX_SEEN_FILL_CELLS = 10_000;
/** At most this many colours of one text's runs are each read as hidden (judgeVisible). */
const MAX_RUN_COLOURS = 8;
/** A note's background: Excel's light yellow (and white, as other programs draw notes). */
export const NOTE_BACKGROUNDS: readonly string[] = ['FFFFE1', 'FFFFFF'];

/** A DrawingML percentage at its full: 100000 (thousandths of a percent) or "100%". */
function isFull(v: string | undefined): boolean {
  return v === '100000' || v === '100%';
}

/**
 * The kind of place of a part that has no role of its own, by the folder Excel keeps it in: a
 * coordinator is told what to edit (a slicer, a form control) rather than "a part of the file".
 */
function otherPlace(part: string): GridTextPlace {
  const p = part.toLowerCase();
  // An XML picture (SVG) kept with the pictures: the text it draws, or its metadata.
  if (p.startsWith('xl/media/') || p.endsWith('.svg')) return 'image';
  if (/^xl\/(?:slicers|slicercaches|timelines|timelinecaches)\//.test(p)) return 'slicer';
  if (p.startsWith('xl/ctrlprops/')) return 'formControl';
  if (p.startsWith('_xmlsignatures/')) return 'signature';
  if (p.startsWith('xl/richdata/')) return 'cellImage';
  if (p.startsWith('xl/revisions/')) return 'revisions';
  if (p.startsWith('xl/webextensions/')) return 'addinSettings';
  // The ribbon's customisation (customUI/customUI.xml, customUI14.xml), and its pictures.
  if (p.startsWith('customui/')) return 'ribbon';
  return 'part';
}

// --- Bytes -----------------------------------------------------------------------------------------

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** Bytes kept from one piece to the next, so a number cut by a piece boundary is still seen. */
const OVERLAP = 128;

/**
 * Scans bytes as text: as Latin-1 (ASCII digits, which UTF-8 and most 8-bit encodings share) and as
 * UTF-16 in both byte orders (EMF pictures, printer settings, EXIF's XP fields), at both alignments.
 * A run of six digit characters is decoded with the text around it and judged like any text. PNG
 * files are also walked chunk by chunk: compressed text (zTXt, compressed iTXt) and the compressed
 * ICC profile (iCCP) are inflated and scanned too. JPEG's EXIF, XMP and comments are plain bytes.
 */
export class BinaryScanner {
  private tail = new Uint8Array(0);
  private done = false;
  private readonly png: PngWalker;
  private first = true;

  constructor(
    private readonly part: string,
    private readonly onFound: () => void,
    budget = new UnpackBudget(DEFAULT_UNPACK_BUDGET),
  ) {
    this.png = new PngWalker((text) => this.feedText(text), budget);
  }

  feed(chunk: Uint8Array): void {
    if (this.first) {
      this.first = false;
      this.png.active = isPng(chunk);
    }
    if (this.png.active) this.png.feed(chunk, this.part);
    if (this.done) return;
    const bytes = this.tail.length === 0 ? chunk : concat(this.tail, chunk);
    if (scanBytes(bytes)) this.hit();
    this.tail = bytes.slice(Math.max(0, bytes.length - OVERLAP));
  }

  end(): void {
    if (this.png.active) this.png.end(this.part);
  }

  private feedText(bytes: Uint8Array): void {
    if (!this.done && scanBytes(bytes)) this.hit();
  }

  private hit(): void {
    this.done = true;
    this.onFound();
  }
}

/** A packed format a binary part may be: what it is, in words for the refusal. */
export interface Packed {
  /**
   * 'gzip' and 'zlib': a compressed stream the scan unpacks and reads; 'archive': refused, not
   * unpacked. A zlib header is two bytes that other data may start with by chance: a "zlib" stream
   * that does not inflate is taken for what it is, bytes (scanned as they are).
   */
  readonly kind: 'gzip' | 'zlib' | 'archive';
  readonly da: string;
  readonly en: string;
}

const ARCHIVES: readonly { readonly magic: readonly number[]; readonly da: string; readonly en: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], da: 'en zip-fil', en: 'a zip file' },
  { magic: [0x50, 0x4b, 0x05, 0x06], da: 'en zip-fil', en: 'a zip file' },
  { magic: [0x50, 0x4b, 0x07, 0x08], da: 'en zip-fil', en: 'a zip file' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    da: 'en indlejret Office-fil (OLE)',
    en: 'an embedded Office file (OLE)',
  },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], da: 'et PDF-dokument', en: 'a PDF document' },
  // RTF writes every character outside ASCII, and any other it likes, as an escape (`\u48?`,
  // `\'30`) a byte scan does not read as the character a reader sees.
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], da: 'et RTF-dokument', en: 'an RTF document' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], da: 'et 7z-arkiv', en: 'a 7z archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], da: 'et RAR-arkiv', en: 'a RAR archive' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], da: 'en xz-pakket fil', en: 'an xz-compressed file' },
  { magic: [0x42, 0x5a, 0x68], da: 'en bzip2-pakket fil', en: 'a bzip2-compressed file' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], da: 'en zstd-pakket fil', en: 'a zstd-compressed file' },
  { magic: [0x04, 0x22, 0x4d, 0x18], da: 'en LZ4-pakket fil', en: 'an LZ4-compressed file' },
  { magic: [0x4d, 0x53, 0x43, 0x46], da: 'et CAB-arkiv', en: 'a CAB archive' },
];

/**
 * What a binary part is when its first bytes say it is packed: a gzip or zlib stream (such as a
 * compressed EMF picture, .emz), whose text the byte scan cannot see until it is inflated; or an
 * archive, a compound file, a PDF or an RTF document, whose content is compressed or structured where a byte scan
 * cannot follow it (an .xlsx inside the workbook, a VBA project's compressed source). Undefined
 * for anything else (pictures, printer settings), which the byte scan reads as it is.
 */
export function packedFormat(head: Uint8Array): Packed | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b && head[2] === 0x08)
    return { kind: 'gzip', da: 'en gzip-pakket fil', en: 'a gzip-compressed file' };
  const b0 = head[0] ?? 0;
  const b1 = head[1] ?? 0;
  // A zlib header: deflate with a window of at most 32 kB, and a check value that makes it a multiple of 31.
  if ((b0 & 0x0f) === 8 && b0 >> 4 <= 7 && head.length >= 2 && ((b0 << 8) | b1) % 31 === 0)
    return { kind: 'zlib', da: 'en zlib-pakket fil', en: 'a zlib-compressed file' };
  for (const a of ARCHIVES) {
    if (a.magic.every((v, i) => head[i] === v)) return { kind: 'archive', da: a.da, en: a.en };
  }
  return undefined;
}

/**
 * Inflates a gzip or zlib stream piece by piece into `sink`, bounded: more than `maxBytes` of output
 * (a bomb) or a stream that cannot be inflated is refused, naming the part. Packed once more
 * inside (an archive in a gzip stream) is refused too: the scan unpacks one level, not more.
 */
export class Unpacker {
  private readonly inflater = new Inflate({ chunkSize: 64 * 1024 });
  private total = 0;
  private first = true;

  constructor(
    private readonly part: string,
    maxBytes: number,
    /** A stream that does not inflate is not refused (a zlib header found by chance). */
    private readonly lenient: boolean,
    budget: UnpackBudget,
    sink: (piece: Uint8Array) => void,
  ) {
    maxBytes = Math.min(maxBytes, budget.remaining);
    this.inflater.onData = (piece: Uint8Array): void => {
      if (this.first && piece.length > 0) {
        this.first = false;
        const inner = packedFormat(piece);
        // (Not a zlib header: two bytes that inflated data may start with by chance.)
        if (inner !== undefined && inner.kind !== 'zlib') {
          throw refuse.partUnreadable(
            part,
            `den er pakket, og indeni er ${inner.da}`,
            `it is packed, and inside it is ${inner.en}`,
          );
        }
      }
      this.total += piece.length;
      budget.spend(piece.length);
      if (this.total > maxBytes) {
        throw refuse.partUnreadable(
          part,
          'den pakkes ud til alt for meget (ligner en zip-bombe)',
          'it unpacks to far too much (looks like a zip bomb)',
        );
      }
      sink(piece);
    };
    this.inflater.onEnd = (): void => {};
  }

  feed(chunk: Uint8Array): void {
    if (this.inflater.ended || this.inflater.err !== 0) return;
    this.inflater.push(chunk, false);
    this.check();
  }

  end(): void {
    if (this.inflater.err !== 0) return;
    if (!this.inflater.ended) this.inflater.push(new Uint8Array(0), true);
    this.check();
    if (!this.inflater.ended && !this.lenient) {
      throw refuse.partUnreadable(
        this.part,
        'den pakkede fil slutter for tidligt',
        'the packed file ends too early',
      );
    }
  }

  /** Refuses a stream that does not inflate; a lenient one is left as the bytes it is. */
  private check(): void {
    if (this.inflater.err !== 0 && !this.lenient) {
      throw refuse.partUnreadable(
        this.part,
        'den pakkede fil kan ikke pakkes ud',
        'the packed file cannot be unpacked',
      );
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function isDigitByte(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/**
 * Whether bytes hold a CPR number as Latin-1/ASCII text or as UTF-16 (either byte order). Pictures
 * are mostly compressed data, so the bytes are sampled: six digits in a row (Latin-1) or six digit
 * units (UTF-16, twelve bytes) always put a digit on one of every five positions, and only where a
 * sampled digit has another digit next to it or one unit away is the stretch around it read in full.
 */
export function scanBytes(b: Uint8Array): boolean {
  const n = b.length;
  for (let i = 0; i < n; i += 5) {
    const c = b[i]!;
    if (isDigitByte(c)) {
      if (
        !isDigitByte(b[i - 1] ?? 0) &&
        !isDigitByte(b[i + 1] ?? 0) &&
        !isDigitByte(b[i - 2] ?? 0) &&
        !isDigitByte(b[i + 2] ?? 0)
      )
        continue;
    } else if (!startsText(b, i, c)) {
      continue;
    }
    const from = Math.max(0, i - 80);
    const to = Math.min(n, i + 80);
    if (scanStretch(b, from, to) || textHolds(b, from, to)) return true;
    // The stretch was read in full: sampling goes on at its end (the next stretch reaches 80 bytes
    // back, so a run across the end is read whole). Bytes that are digits all along (a crafted
    // part) are then read about twice, not 32 times over with a decoded window at every sample.
    i = to - 5;
  }
  return false;
}

/**
 * Whether the byte at `i` may be part of a number written so that only decoded text shows it: a
 * character reference ("&#48;", as XMP metadata in a picture may write it), or UTF-8 of a digit of
 * another script or of an invisible character between digits.
 */
function startsText(b: Uint8Array, i: number, c: number): boolean {
  if (c === 0x26 /* & */) return b[i + 1] === 0x23;
  if (c === 0x23 /* # */) return b[i - 1] === 0x26;
  if (c === 0x3b /* ; */) return b[i + 1] === 0x26 && b[i + 2] === 0x23;
  if (c < 0x80) return false;
  // A UTF-8 sequence of a digit of any script (full-width, Arabic-Indic, Thai, an astral script's),
  // or of a character that shows nothing (soft hyphen, zero-width space and joiners, direction
  // marks and isolates, word joiner, BOM), which the sampled byte may be any byte of.
  for (let start = i - 3; start <= i; start++) if (start >= 0 && textCharAt(b, start)) return true;
  return false;
}

function textCharAt(b: Uint8Array, at: number): boolean {
  const b0 = b[at]!;
  const b1 = b[at + 1] ?? 0;
  const b2 = b[at + 2] ?? 0;
  switch (b0) {
    case 0xc2:
      return b1 === 0xad;
    case 0xd9:
      return b1 >= 0xa0 && b1 <= 0xa9;
    case 0xdb:
      return b1 >= 0xb0 && b1 <= 0xb9;
    case 0xe2:
      return (
        (b1 === 0x80 && ((b2 >= 0x8b && b2 <= 0x8f) || (b2 >= 0xaa && b2 <= 0xae))) ||
        (b1 === 0x81 && b2 >= 0xa0 && b2 <= 0xaf)
      );
    case 0xef:
      return (b1 === 0xbc && b2 >= 0x90 && b2 <= 0x99) || (b1 === 0xbb && b2 === 0xbf) || utf8DigitAt(b, at);
    default:
      return DIGIT_LEADS[b0] === 1 && utf8DigitAt(b, at);
  }
}

/**
 * The lead bytes of the UTF-8 sequences of every decimal digit beyond ASCII (Unicode's \p{Nd}:
 * Arabic-Indic, Devanagari, Bengali, Thai ... in U+0660–U+FF19, and the astral scripts', which all
 * start with F0): a picture's comment in UTF-8 may be written with any of them.
 */
const DIGIT_LEADS = new Uint8Array(256);
for (const lead of [0xd9, 0xdb, 0xdf, 0xe0, 0xe1, 0xea, 0xef, 0xf0]) DIGIT_LEADS[lead] = 1;
const ND_CHAR = /^\p{Nd}$/u;

/** Whether a well-formed UTF-8 sequence at `at` is a decimal digit of any script (not ASCII). */
export function utf8DigitAt(b: Uint8Array, at: number): boolean {
  const b0 = b[at]!;
  const need = b0 >= 0xf0 ? 3 : b0 >= 0xe0 ? 2 : b0 >= 0xc0 ? 1 : -1;
  if (need < 0 || at + need >= b.length) return false;
  let cp = b0 & (need === 3 ? 0x07 : need === 2 ? 0x0f : 0x1f);
  for (let k = 1; k <= need; k++) {
    const c = b[at + k]!;
    if ((c & 0xc0) !== 0x80) return false;
    cp = (cp << 6) | (c & 0x3f);
  }
  return (
    cp > 0x7f && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) && ND_CHAR.test(String.fromCodePoint(cp))
  );
}

const CHAR_REF = /&#(?:[xX]([0-9a-fA-F]{1,6})|(\d{1,7}));/g;

/**
 * A stretch read as UTF-8 text, its character references decoded, when it has either (a byte of a
 * multi-byte character, or "&#"): a CPR number written with full-width digits, with invisible
 * characters between its digits or as references is judged as a reader sees it (fold in
 * core/validate/cpr.ts). A margin on each side keeps a number of references (up to ten bytes a
 * digit) whole.
 */
function textHolds(b: Uint8Array, from: number, to: number): boolean {
  let refs = false;
  let high = false;
  for (let k = from; k < to; k++) {
    const c = b[k]!;
    if (c >= 0x80) high = true;
    else if (c === 0x26 && b[k + 1] === 0x23) refs = true;
  }
  if (!refs && !high) return false;
  const text = utf8.decode(b.subarray(Math.max(0, from - 40), Math.min(b.length, to + 40)));
  const decoded = refs
    ? text.replace(CHAR_REF, (ref, hex: string | undefined, dec: string | undefined) => {
        const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
        return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : ref;
      })
    : text;
  return containsCpr(decoded);
}

/** Reads b[from, to) in full: runs of six digit characters in any of the three encodings. */
function scanStretch(b: Uint8Array, from: number, to: number): boolean {
  let ascii = 0;
  // UTF-16 runs by byte order and by the parity of the unit's first byte.
  let le0 = 0;
  let le1 = 0;
  let be0 = 0;
  let be1 = 0;
  for (let i = from; i < to; i++) {
    const c = b[i]!;
    const digit = isDigitByte(c);
    if (digit) {
      ++ascii;
      if (ascii === 6 && !tooLong(b, i - 5, 0) && windowHolds(latin1, b, i - 5, 1)) return true;
      // Four digits after a date written with separators (01.01.90-1234).
      if (ascii === 4 && datedBefore(b, i - 3, 0) && windowHolds(latin1, b, i - 3, 1)) return true;
    } else {
      ascii = 0;
    }
    if (i === from) continue;
    const prev = b[i - 1]!;
    // The unit (prev, c) ends at i: little-endian digit when c is 0 and prev a digit.
    const le = c === 0 && isDigitByte(prev);
    const be = prev === 0 && digit;
    let leRun: number;
    let beRun: number;
    if ((i & 1) === 1) {
      leRun = le1 = le ? le1 + 1 : 0;
      beRun = be1 = be ? be1 + 1 : 0;
    } else {
      leRun = le0 = le ? le0 + 1 : 0;
      beRun = be0 = be ? be0 + 1 : 0;
    }
    if (
      (leRun === 6 && !tooLong(b, i - 11, 1) && utf16Holds(b, i - 11, true)) ||
      (beRun === 6 && !tooLong(b, i - 11, 2) && utf16Holds(b, i - 11, false)) ||
      (leRun === 4 && datedBefore(b, i - 7, 1) && utf16Holds(b, i - 7, true)) ||
      (beRun === 4 && datedBefore(b, i - 7, 2) && utf16Holds(b, i - 7, false))
    )
      return true;
  }
  return false;
}

/** Whether the unit at byte `at` is a digit: encoding 0 Latin-1, 1 UTF-16LE, 2 UTF-16BE. */
function digitAt(b: Uint8Array, at: number, encoding: number): boolean {
  if (at < 0 || at >= b.length) return false;
  if (encoding === 0) return isDigitByte(b[at]!);
  return encoding === 1 ? isDigitByte(b[at]!) && b[at + 1] === 0 : b[at] === 0 && isDigitByte(b[at + 1] ?? 0);
}

/**
 * Whether the six digits from byte `start` are part of a longer number: a digit just before them,
 * or five more right after (eleven or more in a row). Neither can hold a CPR number, which stands
 * apart from other digits, so no text is decoded for them: a part that is digits all along (a
 * crafted one) costs a read, not a decoded window at every sixth digit.
 */
function tooLong(b: Uint8Array, start: number, encoding: number): boolean {
  const width = encoding === 0 ? 1 : 2;
  if (digitAt(b, start - width, encoding)) return true;
  for (let k = 6; k < 11; k++) if (!digitAt(b, start + k * width, encoding)) return false;
  return true;
}

/**
 * Whether the four digits from byte `start` may be the serial after a date written with separators:
 * as datedBefore in core/validate/cpr.ts, in units of the encoding (0 Latin-1, 1 UTF-16LE, 2
 * UTF-16BE). Only a pre-check: the text around is decoded and judged after.
 */
function datedBefore(b: Uint8Array, start: number, encoding: number): boolean {
  const w = encoding === 0 ? 1 : 2;
  let k = start;
  let sep = 0;
  while (k - w >= 0 && !digitAt(b, k - w, encoding)) {
    if (++sep > 3) return false;
    k -= w;
  }
  for (let group = 0; ; group++) {
    let digits = 0;
    // At most four digits (a year in full): a longer run is no date, and is not walked (a part of
    // digits all along would be read again at every stretch).
    while (digitAt(b, k - w, encoding)) {
      if (++digits > 4) return false;
      k -= w;
    }
    if (digits < 2) return false;
    if (group === 2) return true;
    let other = 0;
    while (k - w >= 0 && !digitAt(b, k - w, encoding)) {
      if (++other > 2) return false;
      k -= w;
    }
    if (other === 0) return false;
  }
}

/** Ten digits in CPR shape, whatever the rules say about them. */
const TEN_DIGITS = /\d{6}(?:[ \u00a0]?[-\u2010\u2011\u2013\u2212][ \u00a0]?|[ \u00a0])?\d{4}/;

/**
 * A UTF-16 run of digits starting at byte `at`. UTF-16 text of Latin-1 characters reads as text in
 * the other byte order too, one byte off, with one character at an edge of the text garbled
 * (little-endian "T\0l\0f\0" read big-endian loses its "T"). So a number is judged in both
 * readings: it counts when its own reading finds it and the other either agrees or does not see
 * the ten digits at all (and so cannot tell). A label that only one reading keeps ("Tlf.") decides.
 */
function utf16Holds(b: Uint8Array, at: number, littleEndian: boolean): boolean {
  if (!containsCpr(windowText(littleEndian ? utf16le : utf16be, b, at, 2))) return false;
  const otherAt = littleEndian ? at - 1 : at + 1;
  if (otherAt < 0 || otherAt + 20 > b.length) return true;
  const other = windowText(littleEndian ? utf16be : utf16le, b, otherAt, 2);
  return !TEN_DIGITS.test(other) || containsCpr(other);
}

/** Decodes the text around a six-digit run starting at byte `at` and judges it. */
function windowHolds(decoder: TextDecoder, b: Uint8Array, at: number, width: number): boolean {
  return containsCpr(windowText(decoder, b, at, width));
}

function windowText(decoder: TextDecoder, b: Uint8Array, at: number, width: number): string {
  const from = Math.max(at - 24 * width, at % width);
  const to = Math.min(b.length - ((b.length - from) % width), at + 24 * width);
  return decoder.decode(b.subarray(from, to));
}

function isPng(b: Uint8Array): boolean {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return b.length >= 8 && sig.every((v, i) => b[i] === v);
}

/**
 * Walks a PNG's chunks as its bytes arrive, collecting the data of the chunks that hold compressed
 * text (zTXt, iTXt with its compression flag, iCCP) and handing the inflated text on. Everything
 * else (pixel data) is passed over without being kept.
 */
class PngWalker {
  active = false;
  private header = new Uint8Array(8);
  private headerFill = 0;
  private skip = 8; // the signature
  private collecting: Uint8Array | undefined;
  private collected = 0;
  private type = '';
  private remaining = 0;

  constructor(
    private readonly onText: (bytes: Uint8Array) => void,
    private readonly budget: UnpackBudget,
  ) {}

  feed(chunk: Uint8Array, part: string): void {
    let p = 0;
    while (p < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - p);
        this.skip -= n;
        p += n;
        continue;
      }
      if (this.trailing !== undefined) {
        // After the end (IEND): only the first bytes are kept, to tell what is appended there.
        const n = Math.min(this.trailing.length - this.trailingFill, chunk.length - p);
        this.trailing.set(chunk.subarray(p, p + n), this.trailingFill);
        this.trailingFill += n;
        if (this.trailingFill === this.trailing.length) this.appended(part);
        return;
      }
      if (this.remaining > 0) {
        const n = Math.min(this.remaining, chunk.length - p);
        if (this.collecting !== undefined) this.collecting.set(chunk.subarray(p, p + n), this.collected);
        this.collected += n;
        this.remaining -= n;
        p += n;
        if (this.remaining === 0) {
          this.chunkDone(part);
          this.skip = 4; // the chunk's CRC
        }
        continue;
      }
      this.header[this.headerFill++] = chunk[p++]!;
      if (this.headerFill < 8) continue;
      this.headerFill = 0;
      const h = this.header;
      const length = ((h[0]! << 24) | (h[1]! << 16) | (h[2]! << 8) | h[3]!) >>> 0;
      this.type = String.fromCharCode(h[4]!, h[5]!, h[6]!, h[7]!);
      this.collected = 0;
      const text = this.type === 'zTXt' || this.type === 'iTXt' || this.type === 'iCCP';
      if (text && length > MAX_PNG_TEXT) {
        throw refuse.partUnreadable(
          part,
          'billedets tekst er for stor til at blive kontrolleret',
          "the picture's text is too large to be checked",
        );
      }
      this.collecting = text ? new Uint8Array(length) : undefined;
      this.remaining = length;
      if (length === 0) {
        this.chunkDone(part);
        this.skip = 4;
      }
    }
  }

  end(part: string): void {
    if (this.remaining > 0 && this.collecting !== undefined) {
      throw refuse.partUnreadable(part, 'et billede slutter midt i en tekst', 'a picture ends inside a text');
    }
    if (this.trailing !== undefined && this.trailingFill > 0) this.appended(part);
  }

  /** The first bytes after the picture's end, once the end (IEND) is read. */
  private trailing: Uint8Array | undefined;
  private trailingFill = 0;
  private checked = false;

  /**
   * Bytes after a picture's end are no part of it: a viewer shows the picture and ignores them. A
   * packed file there (a zip, an Office file, a PDF, a gzip stream appended to the picture, which an
   * unzip tool opens) cannot be checked by the byte scan: refused. Other trailing bytes (a camera's
   * own trailer) are scanned as bytes, as the rest of the file is.
   */
  private appended(part: string): void {
    if (this.checked) return;
    this.checked = true;
    const packed = packedFormat((this.trailing as Uint8Array).subarray(0, this.trailingFill));
    if (packed !== undefined && packed.kind !== 'zlib') {
      throw refuse.partUnreadable(
        part,
        `der ligger ${packed.da} efter billedets slutning`,
        `${packed.en} is appended after the picture's end`,
      );
    }
  }

  private chunkDone(part: string): void {
    if (this.type === 'IEND') this.trailing = new Uint8Array(16);
    const data = this.collecting;
    this.collecting = undefined;
    if (data === undefined) return;
    const keywordEnd = data.indexOf(0);
    if (keywordEnd === -1) return;
    if (this.type === 'iTXt') {
      // keyword \0 compressed? method language \0 translated keyword \0 text
      const compressed = data[keywordEnd + 1] === 1;
      const langEnd = data.indexOf(0, keywordEnd + 3);
      const transEnd = langEnd === -1 ? -1 : data.indexOf(0, langEnd + 1);
      if (transEnd === -1) return;
      const text = data.subarray(transEnd + 1);
      this.onText(compressed ? this.inflate(text, part) : text);
      // The translated keyword is UTF-8 text too (plain bytes, seen by the raw scan).
      return;
    }
    // zTXt and iCCP: keyword \0 method(0) zlib stream.
    this.onText(this.inflate(data.subarray(keywordEnd + 2), part));
  }

  /** Inflated so far, in all the picture's chunks: a thousand small chunks are one budget. */
  private inflated = 0;

  private inflate(data: Uint8Array, part: string): Uint8Array {
    const text = inflateText(data, part, Math.min(MAX_PNG_TEXT - this.inflated, this.budget.remaining));
    this.inflated += text.length;
    this.budget.spend(text.length);
    return text;
  }
}

/** Inflates a zlib stream of compressed text, bounded; what cannot be read is refused. */
function inflateText(data: Uint8Array, part: string, budget: number): Uint8Array {
  const pieces: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate({ chunkSize: 64 * 1024 });
  inflater.onData = (piece: Uint8Array): void => {
    total += piece.length;
    if (total > budget) {
      throw refuse.partUnreadable(
        part,
        'billedets komprimerede tekst er for stor til at blive kontrolleret',
        "the picture's compressed text is too large to be checked",
      );
    }
    pieces.push(piece);
  };
  inflater.onEnd = (): void => {};
  inflater.push(data, true);
  if (inflater.err !== 0 || !inflater.ended) {
    throw refuse.partUnreadable(
      part,
      'billedets komprimerede tekst kan ikke pakkes ud',
      "the picture's compressed text cannot be unpacked",
    );
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
