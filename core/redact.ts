// The last line of defence at every sink that shows text to a person or a log: the command line's
// output and the service's responses and log lines pass through here, so that no CPR number leaves
// the product even when a message, a refusal or an error quotes something from a workbook or an
// argument that nobody thought to mask (issue 10 §2: "by principle at the sinks").
//
// On top of maskCpr (core/validate/cpr.ts: ten digits, with or without a separator), a number
// printed from a number cell has lost its leading zero: a whole 9-digit run standing alone that is
// a CPR number once zero-padded (isCprNumber) is masked too. In JSON, strings are masked value by
// value (and keys), and numbers that are CPR numbers become the mask, so the JSON stays valid.

import { CPR_MASK, isCprNumber, maskCpr } from './validate/cpr';

/**
 * Nine digits alone: not touching a letter or digit, and not continuing a number through a
 * separator (1.101901234, 101901234,5) — the same boundaries cpr.ts uses for ten.
 */
const NINE =
  /(?<![\p{L}\p{N}])(?<!\d[-.,/\u2010\u2011\u2013\u2212])\d{9}(?![\p{L}\p{N}])(?![-.,/\u2010\u2011\u2013\u2212]\d)/gu;

/**
 * A SHA-256 digest as the service writes it (receipts, history): 64 lowercase hex digits made by
 * a hash function, not by a person. Masking a digit run inside one would only break the receipt
 * (its schema requires the 64 digits), so a string that is exactly a digest passes unchanged.
 */
const DIGEST = /^[0-9a-f]{64}$/;

/** The text with every CPR number masked: ten digits in any written form, and nine that lost a zero. */
export function redactText(text: string): string {
  const masked = maskCpr(text);
  if (!/\d{9}/.test(masked)) return masked;
  return masked.replace(NINE, (run) => (isCprNumber(Number(run)) ? CPR_MASK : run));
}

/** A JSON-ready value with every string, key and number that holds a CPR number masked. */
export function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return DIGEST.test(value) ? value : redactText(value);
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
