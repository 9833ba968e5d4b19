// Small helpers for writing validation messages: user text is masked for CPR numbers and shortened,
// numbers and dates are written the Danish or the English way.

import { formatDanishDate, formatEnglishDate } from '../dates';
import type { Lang } from '../spec';
import { CPR_MASK, isCprNumber, maskCpr } from './cpr';

const MAX_QUOTE = 60;

/** True when a text's only white space is single spaces between words (nothing to collapse). */
function plainSpaced(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 32 && c < 0xa0) || (c > 0xa0 && c < 0x1680)) {
      // Most characters (letters, digits, punctuation) in two to four comparisons: below U+1680,
      // white space is only the space, U+00A0 and control characters.
      previousSpace = false;
    } else if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (
      c < 32 ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    ) {
      // Control characters, no-break and other Unicode spaces: let the regex decide.
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace || text.length === 0;
}

/** User text fit for a message: CPR-like runs masked, whitespace collapsed, shortened with "…". */
export function quote(text: string, max = MAX_QUOTE): string {
  const body = quoteBody(text, max);
  return quoteCut ? `${body}…` : body;
}

/** Whether the last quoteBody shortened its text (the quote is then the body and "…"). */
let quoteCut = false;

/**
 * quote() without its "…": the text, masked and collapsed, shortened when longer than `max`;
 * lastQuoteCut() then says whether it was. For a caller that writes the "…" together with what
 * follows the quote (one string piece fewer per quote).
 */
export function quoteBody(text: string, max = MAX_QUOTE): string {
  const cpr = maskCpr(text);
  // Most texts have no runs of whitespace: skip the rewrite for them (hot on large plans).
  const masked = plainSpaced(cpr) ? cpr : cpr.replace(/\s+/g, ' ').trim();
  quoteCut = masked.length > max;
  if (!quoteCut) return masked;
  let cut = max - 1;
  // Never cut inside a mask: the text must not show part of what was masked, nor a broken mask.
  for (let at = masked.indexOf(CPR_MASK); at >= 0; at = masked.indexOf(CPR_MASK, at + 1)) {
    if (at < cut && at + CPR_MASK.length > cut) cut = at;
  }
  return masked.slice(0, cut).trimEnd();
}

export function lastQuoteCut(): boolean {
  return quoteCut;
}

/** A number from the workbook as text: at most one decimal, Danish decimal comma; never a CPR number. */
export function formatNumber(value: number, lang: Lang, decimals = 1): string {
  if (isCprNumber(Math.abs(value))) return CPR_MASK;
  const rounded = Number(value.toFixed(decimals));
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(decimals);
  return lang === 'da' ? text.replace('.', ',') : text;
}

/**
 * Dates already written, per language. A large plan names the same few hundred deadlines in
 * thousands of messages, and writing one costs a regex match and its array (a sixth of what
 * validation allocates). Emptied when full: dates are few, but a workbook decides which.
 */
const WRITTEN_DATES: Record<Lang, Map<string, string>> = { da: new Map(), en: new Map() };
const MAX_WRITTEN_DATES = 4096;

export function formatDate(iso: string, lang: Lang): string {
  const written = WRITTEN_DATES[lang];
  let text = written.get(iso);
  if (text === undefined) {
    text = lang === 'da' ? formatDanishDate(iso) : formatEnglishDate(iso);
    if (written.size >= MAX_WRITTEN_DATES) written.clear();
    written.set(iso, text);
  }
  return text;
}

/** "a, b, c eller d" / "a, b, c or d". */
export function orList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'eller' : 'or'} ${last}`;
}
