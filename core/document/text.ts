// Text from municipalities becomes plain, inert cell text in the summary (issue 4 §5).
//
// - Characters that XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates)
//   are removed; CR LF and lone CR become LF.
// - Text that starts like a formula is neutralised by prefixing a visible typographic apostrophe
//   (U+2019 ’). "Starts like a formula" means its first character, or its first character after
//   leading spaces, is = + - @ or their full-width or small forms (＝＋－＠ ﹦﹢﹣﹫), or the text starts
//   with a tab, CR or LF. The prefix is an ordinary character, so it survives copying, CSV export and
//   re-import into any spreadsheet; it is visible, so a leader sees that the text was changed.
// - Excel's escape `_xHHHH_` is itself escaped (`_x005F_xHHHH_`), so that a plan's text can never be
//   decoded by Excel into another character (for instance `_x003D_` into "=").
// - Cells are clamped to Excel's limit of 32,767 characters, ending in "…".
//
// Pure TypeScript.

export const EXCEL_MAX_CELL_CHARS = 32_767;
export const NEUTRALISER = '\u2019';
export const ELLIPSIS = '…';

const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FORMULA_START = /^(?:[\t\r\n]|[ \u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/;
const EXCEL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Removes what XML 1.0 cannot carry and normalises line ends. */
export function stripIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/\r\n?/g, '\n');
}

/** True when a spreadsheet could take the text for a formula (or DDE) when it is edited or exported. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Clamps to `max` UTF-16 code units (ending in "…"), never splitting a surrogate pair. */
export function clamp(text: string, max: number = EXCEL_MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}

/**
 * The text as it is written into a summary cell: legal XML, inert, within Excel's limit. What a
 * leader sees is this text with Excel's `_x005F_` escapes decoded (see `visibleText`).
 */
// Anything that may need work: control characters, surrogates, U+FFFE/U+FFFF, "_" (escapes),
// or a first character that could start a formula.

const NEEDS_WORK =
  /[\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF_]|^[ \u00A0\u3000=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

export function safeCellText(text: string): string {
  if (text.length <= EXCEL_MAX_CELL_CHARS && !NEEDS_WORK.test(text)) return text;
  let s = stripIllegal(text);
  if (looksLikeFormula(s)) s = NEUTRALISER + s;
  s = clamp(s);
  return s.replace(EXCEL_ESCAPE, '_x005F_$1');
}

/** What Excel shows for a cell text written by `safeCellText` (for tests and checks). */
export function visibleText(cellText: string): string {
  return cellText.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
