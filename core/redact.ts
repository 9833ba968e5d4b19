// The last line of defence at every sink that shows text to a person or a log: the command line's
// output and the service's responses and log lines pass through here, so that no CPR number leaves
// the product even when a message, a refusal or an error quotes something from a workbook or an
// argument that nobody thought to mask (issue 10 §2: "by principle at the sinks").
//
// On top of maskCpr (core/validate/cpr.ts: ten digits, with or without a separator, a date with
// separators and the serial, nine digits standing alone that lost their zero), a number
// printed from a number cell has lost its leading zero: a whole 9-digit run standing alone that is
// a CPR number once zero-padded (isCprNumber) is masked too. In JSON, strings are masked value by
// value (and keys), and numbers that are CPR numbers become the mask, so the JSON stays valid.

import {
  containsCpr,
  CPR_MASK,
  CPR_SEPARATOR,
  isCprDigits,
  isCprNumber,
  maskCpr,
  escapesDecoded,
  mayHoldEscapes,
  surelyNoCpr,
} from './validate/cpr';

/**
 * At a sink, a number is masked whenever it stands apart from letters and digits, even where a
 * slash or a dash joins it to another number: a path "…/2024-09/0101901234.xlsx" or "kode 5/101901234" is
 * a CPR number between path or list separators, not part of a larger number. (Inside a workbook the
 * validator is more careful — core/validate/cpr.ts keeps 12-0101901234 apart as one number — but an
 * output line is better masked once too often than once too few.) A decimal point or a thousands
 * separator still joins digits into one amount (1.101901234).
 * Ten digits (any separator after the sixth that core/validate/cpr.ts allows) and nine that lost
 * their leading zero.
 */
const TEN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!\\d[.,])\\d{6}${CPR_SEPARATOR}\\d{4}(?![\\p{L}\\p{N}])(?![.,]\\d)`,
  'gu',
);
const NINE = /(?<![\p{L}\p{N}])(?<!\d[.,])\d{9}(?![\p{L}\p{N}])(?![.,]\d)/gu;

/**
 * Tokens made by machines, not typed by people, in the formats the product itself hands out: a
 * SHA-256 digest (receipts, history), a UUID (object ids of the roster, idempotency keys) and a
 * submission id (functions/src/storage/submissions.ts). A digit run inside one is chance, and
 * masking it would only break the token (a receipt's schema requires its 64 hex digits), so these
 * pass unchanged — as a whole string in JSON, and as a whole word in text. Values read from a
 * workbook are masked in core before they get here (core/inspect.ts), so this cannot let one
 * through that the first mask caught.
 */
const TOKEN =
  /(?<![\p{L}\p{N}_-])(?:[0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{8}T\d{9}Z-\d{3}-\d{4}-H[12]-[0-9a-f]{12})(?![\p{L}\p{N}_-])/giu;

function maskRuns(text: string): string {
  const masked = maskCpr(text).replace(TEN, (run) => (isCprDigits(run.replace(/\D/g, '')) ? CPR_MASK : run));
  if (!/\d{9}/.test(masked)) return masked;
  return masked.replace(NINE, (run) => (isCprNumber(Number(run)) ? CPR_MASK : run));
}

/** The text with every CPR number masked: ten digits in any written form, and nine that lost a zero. */
export function redactText(text: string): string {
  // Every form masked below passes mayHoldCpr (six digits in a row, nine in all, or a date with
  // separators and four digits after it), hides behind escapes (a path or a link: maskCpr reads
  // those decoded) or is written in digit words (round 25: "nul en nul en ni nul – en to tre fire",
  // which maskCpr masks): surelyNoCpr asks all three.
  if (surelyNoCpr(text)) return text;
  const tokens: string[] = [];
  const swapped = text.replace(TOKEN, (token) => `\u0000${tokens.push(token) - 1}\u0000`);
  const masked = maskRuns(swapped);
  return tokens.length === 0
    ? masked
    : masked.replace(/\u0000(\d+)\u0000/g, (whole, i: string) => tokens[Number(i)] ?? whole);
}

/** A JSON-ready value with every string, key and number that holds a CPR number masked. */
export function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number') return isCprNumber(value) ? CPR_MASK : value;
  if (value === null || typeof value !== 'object') return value;
  // What JSON.stringify would write: toJSON first (dates, errors with toJSON, zod objects).
  const plain: unknown =
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
      ? (value as { toJSON: () => unknown }).toJSON()
      : value;
  if (plain !== value) return redactJson(plain);
  if (Array.isArray(value)) return value.map((v) => redactJson(v));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[redactText(k)] = redactJson(v);
  return out;
}

/**
 * Whether a text a person sends through the product (a note with a submission, a leader's comment,
 * a round's message, a correction or cover value typed in the pane or given to the command line, a
 * name in the roster) holds a CPR number in any form a sink would mask: ten digits with or without
 * a separator, nine that lost their leading zero (a number copied from a number cell), or either
 * one behind percent-escapes. Every door refuses such a text before it is stored, so that what is
 * stored is what the sinks show: nothing is kept that only the mask on the way out hides.
 */
export function holdsCpr(text: string): boolean {
  // Hot (every value of a plan): every form passes mayHoldCpr (which also sees digits of other
  // scripts), or hides behind a percent-escape.
  if (surelyNoCpr(text)) return false;
  if (containsCpr(text) || redactText(text) !== text) return true;
  if (!mayHoldEscapes(text)) return false;
  const decoded = escapesDecoded(text);
  return decoded !== text && holdsCpr(decoded);
}

/**
 * Whether a JSON-like value (a plan, a stored submission, a file of corrections) holds a CPR number
 * anywhere a sink would mask one: a string or a key (holdsCpr), or a number that is a CPR number
 * without its leading zero. For a file a person hands the product that is then shown to others.
 */
export function jsonHoldsCpr(value: unknown): boolean {
  if (typeof value === 'string') return holdsCpr(value);
  if (typeof value === 'number') return isCprNumber(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => jsonHoldsCpr(v));
  for (const [k, v] of Object.entries(value)) {
    if (holdsCpr(k) || jsonHoldsCpr(v)) return true;
  }
  return false;
}
