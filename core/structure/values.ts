// Reading single values: numbers written as text ("10 timer", "7,5", "ca. 12"), dates (through
// core/dates), checklist marks ("x", "✓", "1").

import type { GridCell } from '../grid';
import { cellText } from '../grid';
import { parseDateCell, parseDateText, type DateResult } from '../dates';
import { normalizeText } from '../normalize';

export type NumberResult = { ok: true; value: number } | { ok: false };

const PER_WEEK = /(?:\/|\bpr\.?|\bper\b|\bom\b|\bi\b|\ba\b)\s*(?:ugen?|week)\b/gu;
const UNIT_WORDS =
  /(?<![\p{L}\d])(?:timer|time|hours?|hrs?|t|h|forløb|sager|stk|personer|borgere|deltagere|cases|kr|dkk)(?![\p{L}\d])\.?/gu;

/**
 * A number as coordinators write it: 7,5 · 7.5 · 1.000 · 1.000,5 · "10 timer" · "ca. 12" · "45 %".
 * A range ("8-10"), several numbers or words that are not units give { ok: false }.
 */
export function parseNumberText(text: string): NumberResult {
  let t = text.normalize('NFC').trim().toLowerCase();
  t = t.replace(/^(ca\.?|cirka|approx\.?|about|omkring|~|≈)\s*/u, '');
  t = t.replace(PER_WEEK, ' ').replace(UNIT_WORDS, ' ');
  t = t.replace(/%/g, ' ').replace(/\s+/g, ' ').trim();
  if (t === '') return { ok: false };
  const compact = t.replace(/(?<=\d)\s(?=\d{3}\b)/g, '');
  let m = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(compact);
  if (m) {
    const whole = (m[2] ?? '').replace(/\./g, '');
    return finite(Number(`${m[1] ?? ''}${whole}${m[3] !== undefined ? `.${m[3]}` : ''}`));
  }
  m = /^([+-]?)(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(compact);
  if (m) return finite(Number(`${m[1] ?? ''}${(m[2] ?? '').replace(/,/g, '')}.${m[3] ?? ''}`));
  m = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (m) return finite(Number(`${m[1] ?? ''}${m[2] ?? ''}${m[3] !== undefined ? `.${m[3]}` : ''}`));
  return { ok: false };
}

function finite(n: number): NumberResult {
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false };
}

/** A number cell, or a number written as text; percent-formatted cells read as whole percent. */
export function parseNumberCell(cell: GridCell): NumberResult {
  if (typeof cell.v === 'number') {
    if (!Number.isFinite(cell.v)) return { ok: false };
    if (cell.fmt !== undefined && cell.fmt.includes('%')) return { ok: true, value: round(cell.v * 100) };
    return { ok: true, value: cell.v };
  }
  if (typeof cell.v === 'boolean' || cell.t === 'e') return { ok: false };
  return parseNumberText(cell.v);
}

function round(n: number): number {
  return Number(n.toPrecision(12));
}

export type DateRead = { ok: true; start?: string; deadline: string } | { ok: false };

/** A plan's time cell: one date, a week, month, quarter or a range (core/dates). */
const dateCache = new Map<string, DateResult>();

/** parseDateCell, remembering texts already read (plans repeat "marts 2026" a lot). */
function parseCell(cell: GridCell, date1904: boolean): DateResult {
  if (typeof cell.v !== 'string') return parseDateCell(cell, date1904);
  const hit = dateCache.get(cell.v);
  if (hit) return hit;
  const r = parseDateCell(cell, date1904);
  if (dateCache.size > 20000) dateCache.clear();
  dateCache.set(cell.v, r);
  return r;
}

export function readDate(cell: GridCell, date1904: boolean): DateRead {
  const r = parseCell(cell, date1904);
  if (!r.ok) return { ok: false };
  return r.span.start !== undefined
    ? { ok: true, start: r.span.start, deadline: r.span.deadline }
    : { ok: true, deadline: r.span.deadline };
}

/**
 * A start date: the first day of what is written ("marts 2026" in a start column starts on
 * 1 March), the first day of a range, or the day itself.
 */
export function readStartDate(
  cell: GridCell,
  date1904: boolean,
): { ok: true; start: string } | { ok: false } {
  const r = parseDateCell(cell, date1904);
  if (!r.ok) return { ok: false };
  if (r.span.start !== undefined) return { ok: true, start: r.span.start };
  if (r.exact) return { ok: true, start: r.span.deadline };
  const text = cellText(cell).trim();
  const asRange = parseDateText(`${text} - ${text}`);
  if (asRange.ok && asRange.span.start !== undefined) return { ok: true, start: asRange.span.start };
  return { ok: true, start: r.span.deadline };
}

const MARKS = new Set([
  'x',
  'xx',
  '✓',
  '✔',
  '☑',
  '☒',
  '✗',
  '✘',
  '×',
  '1',
  'ja',
  'yes',
  'true',
  'sand',
  '•',
  '●',
  '*',
]);
const NON_MARKS = new Set(['0', 'false', 'falsk', '-', '–', '—', '']);

/** "x" (any case, spaces), ✓, ✔, 1, ja, TRUE: a mark in an answer column of a checklist. */
export function markOf(cell: GridCell): 'mark' | 'empty' | 'other' {
  if (typeof cell.v === 'boolean') return cell.v ? 'mark' : 'empty';
  if (typeof cell.v === 'number') return cell.v === 1 ? 'mark' : cell.v === 0 ? 'empty' : 'other';
  const raw = cell.v.normalize('NFC').trim().toLowerCase();
  if (MARKS.has(raw)) return 'mark';
  const n = normalizeText(raw).replace(/\s+/g, '');
  if (MARKS.has(n)) return 'mark';
  if (NON_MARKS.has(n) || NON_MARKS.has(raw)) return 'empty';
  return 'other';
}
