// Reading single values: numbers written as text ("10 timer", "7,5", "ca. 12"), dates (through
// core/dates), checklist marks ("x", "✓", "1"), list values in the coordinator's own words
// (readListValue: statuses, anchorings, roles ... with a confidence), and the order of day and
// month that a whole date column decides (decideDayMonthOrder).

import { isExcelErrorText, type GridCell } from '../grid';
import { readDateCell, type DateOptions, type DateReading } from '../dates';
import {
  editDistance,
  foldText,
  isBlankText,
  matchListValue,
  normalizeText,
  stripParentheses,
  swappedNeighbours,
} from '../normalize';
import { LISTS, type Label, type ListId, type ListValue } from '../spec';
import { EMOJI_LIGHTS, TICKS, symbolOf } from './symbols';
import {
  PROGRESS_LIGHT_READING,
  RAG_READING,
  TRAFFIC_LIGHTS,
  VALUE_WORDS,
  isRagHeader,
  type TrafficLight,
} from './vocab';
import { DANISH_SMALL_NUMBERS } from '../danishNumbers';

export type NumberResult = { ok: true; value: number } | { ok: false };

const PER_WEEK =
  /(?:(?:\/|\bpr\.?|\bper\b|\bom\b|\bi\b|\ba\b)\s*(?:ugen?|week)\b|\b(?:ugentligt?|weekly)\b)/gu;
const UNIT_WORDS =
  /(?<![\p{L}\d])(?:timer|time|hours?|hrs?|t|h|forløb|sager|familier|unge|børn|stk|personer|borgere|deltagere|cases|families|kr|dkk|pct|procent|percent)(?![\p{L}\d])\.?/gu;

/**
 * A number as coordinators write it: 7,5 · 7.5 · 1.000 · 1.000,5 · "10 timer" · "3 familier" · "ca. 12" ·
 * "45 %" · "50 pct.".
 * A range ("8-10"), several numbers or words that are not units give { ok: false }.
 */
export function parseNumberText(text: string): NumberResult {
  let t = text.normalize('NFC').trim().toLowerCase();
  t = t.replace(APPROXIMATE, '');
  return parsePlainNumber(t);
}

const APPROXIMATE = /^(ca\.?|cirka|approx\.?|approximately|about|around|omkring|~|≈)\s*/u;
const AT_LEAST = /^(?:(?:mindst|minimum|at\s+least)\s+|(?:min\.|mind\.)\s*|(?:≥|>=)\s*)/u;
/** "tre", "ti", "tolv": a small figure written in words (Danish, and English as plans are). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  DANISH_SMALL_NUMBERS.map((w, i): [string, number] => [w, i]).concat([
    ['en', 1],
    ['et', 1],
    ['ét', 1],
    ['zero', 0],
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['twelve', 12],
    ['twenty', 20],
  ]),
);
/**
 * "10 pr. halvår", "10 hvert halvår": a figure for each half-year is the plan's own figure (the plan
 * is half-yearly); one for a year or a month is not, and is asked.
 */
const PER_HALF_YEAR = /^(.+?)\s*(?:pr\.?|per|om|i|hvert|each|a)\s+(?:halvår(?:et)?|half[- ]?year)$/u;
const PLUS = /\s*\+$/u;
/** "+3": a figure written with its sign, which is how a change since last time is written. */
const SIGNED = /^\+\s*\d/u;
const RANGE = /^(\d+(?:[.,]\d+)?)\s*(?:-|–|—|til|to)\s*(\d+(?:[.,]\d+)?)$/u;

/**
 * A remark in brackets after a figure: "3 (+1 på venteliste)", "12 (heraf 2 nye)". The figure is
 * what was written; the remark is words beside it.
 */
const REMARK = /^([^()[\]]*?)\s*[([][^()[\]]*[)\]]$/u;

/**
 * How sure a figure is as written: exact ("6"), approximate ("ca. 6", "omkring 15", "~10"), a
 * lower bound ("6+", "mindst 6"), a figure with a remark in brackets after it ("3 (+1 på
 * venteliste)") or a range ("6-8", "6 til 8"), which is no one figure.
 */
export type FigureRead =
  | {
      ok: true;
      value: number;
      approx?: 'about' | 'atLeast' | 'remark' | 'partOf' | 'signed' | 'plus' | 'letters' | 'unit';
    }
  | { ok: false; range?: true };

/** A figure, a plus and a number of something else: "3 + 1 på venteliste". */
const PLUS_REMARK = /^(\d+(?:[.,]\d+)?)\s*\+\s*\d+\s+\p{L}[\p{L}\s.]*$/u;

/** "12 af 20", "12 ud af 20", "12 of 20": a count of a whole (the count is read, with a check). */
const PART_OF = /^(\d+(?:[.,]\d+)?)\s+(?:ud\s+af|af|out\s+of|of)\s+(\d+(?:[.,]\d+)?)$/u;

/**
 * A number among others typed with letters for digits, as fast typing does: O (or o) for a zero, l
 * or I for a one ("2O27", "l5.02.2027", "uge 1O", "l2"), and as OCR reads a scan: S for a five, B
 * for an eight ("1S.05.2027", "2B.06.2027"). Each run of digits, such letters and the
 * separators of dates and numbers that holds a digit, and stands apart from other letters, is
 * written with the digits meant; a lone "O" or "l" is 0 or 1. Undefined when nothing is changed (a
 * word such as "Oplæg" or "kl.10" is left alone). A reader tries this only after the text as typed
 * failed, and checks what it then reads.
 */
export function lettersAsDigits(text: string): string | undefined {
  // Cheap first tests: a short text with one of the letters.
  if (text.length > 40 || !LETTER_DIGIT.test(text)) return undefined;
  const lone = text.trim();
  if (lone === 'O' || lone === 'o') return '0';
  if (lone === 'l' || lone === 'I') return '1';
  if (!/\d/u.test(text)) return undefined;
  let changed = false;
  const out = text.replace(DIGIT_RUN, (run) => {
    if (!/\d/u.test(run) || !LETTER_DIGIT.test(run)) return run;
    changed = true;
    return run.replace(/[Oo]/gu, '0').replace(/[lI]/gu, '1').replace(/S/gu, '5').replace(/B/gu, '8');
  });
  return changed ? out : undefined;
}

// S for a 5 and B for an 8 are what OCR makes of a scanned page's figures ("1S.05.2027", "2B.06");
// like O and l, only among digits.
const LETTER_DIGIT = /[OolISB]/u;
const DIGIT_RUN = /(?<!\p{L})[\dOolISB](?:[\dOolISB]|[.,/-](?=[\dOolISB]))*(?!\p{L})/gu;

/** A figure written as text, with what makes it less than exact (see FigureRead). */
export function readFigureText(text: string): FigureRead {
  const read = readFigureWords(text);
  if (read.ok || read.range) return read;
  // "8 tiemr", "3 forlbø": a figure and its unit typed with two neighbouring letters swapped.
  const unit = UNIT_SLIP.exec(text.normalize('NFC').trim().toLowerCase());
  if (
    unit?.[1] !== undefined &&
    unit[2] !== undefined &&
    SLIPPABLE_UNITS.some((u) => swappedNeighbours(unit[2] as string, u))
  ) {
    const figure = parsePlainNumber(unit[1]);
    if (figure.ok) return { ...figure, approx: 'unit' };
  }
  // "l2", "1O", "O": letters typed for digits, read with a check.
  const digits = lettersAsDigits(text);
  if (digits === undefined) return read;
  const fixed = readFigureWords(digits);
  return fixed.ok && fixed.approx === undefined ? { ...fixed, approx: 'letters' } : read;
}

/** A figure and one word after it. */
const UNIT_SLIP = /^(\d+(?:[.,]\d+)?)\s*(\p{L}{4,})\.?$/u;
/** The unit words of four letters or more, whose letters swapped leave no other word. */
const SLIPPABLE_UNITS = [
  'timer',
  'time',
  'hours',
  'forløb',
  'sager',
  'familier',
  'personer',
  'borgere',
  'deltagere',
  'cases',
  'families',
];

function readFigureWords(text: string): FigureRead {
  let t = text.normalize('NFC').trim().toLowerCase();
  const remark = t.endsWith(')') || t.endsWith(']') ? REMARK.exec(t) : null;
  if (remark?.[1] !== undefined && remark[1] !== '') {
    const figure = readFigureText(remark[1]);
    // The figure alone, with a check; one that was already less than exact keeps its own reason.
    return figure.ok && figure.approx === undefined ? { ...figure, approx: 'remark' } : figure;
  }
  // "3 + 1 på venteliste", "4 + 2 ventende": the figure, and words about more beside it.
  const plus = PLUS_REMARK.exec(t);
  if (plus?.[1] !== undefined) {
    const figure = parsePlainNumber(plus[1]);
    return figure.ok ? { ...figure, approx: 'plus' } : figure;
  }
  const word = NUMBER_WORDS.get(t);
  if (word !== undefined) return { ok: true, value: word };
  const perHalfYear = PER_HALF_YEAR.exec(t);
  if (perHalfYear?.[1] !== undefined) return readFigureText(perHalfYear[1]);
  const part = PART_OF.exec(t);
  if (part?.[1] !== undefined) {
    const count = parsePlainNumber(part[1]);
    return count.ok ? { ...count, approx: 'partOf' } : count;
  }
  let approx: 'about' | 'atLeast' | undefined;
  if (APPROXIMATE.test(t)) {
    t = t.replace(APPROXIMATE, '');
    approx = 'about';
  } else if (AT_LEAST.test(t) || PLUS.test(t)) {
    t = t.replace(AT_LEAST, '').replace(PLUS, '');
    approx = 'atLeast';
  }
  const n = parsePlainNumber(t);
  if (n.ok) return approx ? { ...n, approx } : SIGNED.test(t) ? { ...n, approx: 'signed' } : n;
  if (RANGE.test(stripUnits(t))) return { ok: false, range: true };
  return { ok: false };
}

function stripUnits(text: string): string {
  return text.replace(PER_WEEK, ' ').replace(UNIT_WORDS, ' ').replace(/%/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "7½", "½", "2 ¾": a whole number and a common fraction written as one character. */
const FRACTION = /^(\d*)\s*([½¼¾])$/u;
const FRACTION_VALUE: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

function parsePlainNumber(text: string): NumberResult {
  const t = stripUnits(text);
  if (t === '') return { ok: false };
  const fraction = FRACTION.exec(t);
  if (fraction?.[2] !== undefined)
    return { ok: true, value: Number(fraction[1] || '0') + (FRACTION_VALUE[fraction[2]] ?? 0) };
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

/**
 * A number cell, or a figure written as text (readFigureText: approximate figures and ranges are
 * told); percent-formatted cells read as whole percent.
 */
export function parseNumberCell(cell: GridCell): FigureRead {
  if (typeof cell.v === 'number') {
    if (!Number.isFinite(cell.v)) return { ok: false };
    if (cell.fmt !== undefined && cell.fmt.includes('%')) return { ok: true, value: round(cell.v * 100) };
    return { ok: true, value: cell.v };
  }
  if (typeof cell.v === 'boolean' || cell.t === 'e') return { ok: false };
  return readFigureText(cell.v);
}

function round(n: number): number {
  return Number(n.toPrecision(12));
}

export type DateRead = { ok: true; start?: string; deadline: string } | { ok: false };

/**
 * A time cell read on its own: one date, a week, month, quarter or a range (core/dates), day first
 * and only with a written year. A table's date columns are read as a whole instead
 * (tabledates.ts: the column's day/month order, the plan's years, checks and issues).
 */
export function readDate(cell: GridCell, date1904: boolean): DateRead {
  const r = readDateCellCached(cell, date1904);
  if (!r) return { ok: false };
  return r.range ? { ok: true, start: r.first, deadline: r.last } : { ok: true, deadline: r.last };
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
  // Airtable's CSV writes a ticked checkbox field as "checked" (an unticked one as nothing).
  'checked',
  'afkrydset',
  '•',
  '●',
  '*',
  // Wingdings' tick (ü), cross (û) and ticked boxes (ý, þ) as a PDF converter exports them: the
  // font's private-use code points (U+F0FC, U+F0FB, U+F0FD, U+F0FE).
  '\uf0fc',
  '\uf0fb',
  '\uf0fd',
  '\uf0fe',
]);
// An empty ballot box (☐, □, ◻, ⬜; Wingdings' o and ¨ as U+F06F, U+F0A8) is the box not ticked, as
// ☒ and ☑ are the box ticked.
const NON_MARKS = new Set([
  '0',
  'false',
  'falsk',
  '-',
  '–',
  '—',
  '',
  // The box's own rule, read by OCR from a scanned paper checklist as a stroke: no tick.
  '|',
  '¦',
  '☐',
  '□',
  '◻',
  '◽',
  '⬜',
  '❏',
  '\uf06f',
  '\uf0a8',
]);

/**
 * A footnote mark at the end of a value, as Word sets one and a paste keeps it: superscript figures
 * ("30.10.2026¹", "X²") or one to three asterisks, with or without ")". Its footnote stands under the
 * table.
 */
export const FOOTNOTE_MARK = /(?<=\S)\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}\)?)\s*$/u;

/** "x" (any case, spaces), ✓, ✔, ☒, 1, ja, TRUE: a mark in an answer column of a checklist; ☐, 0, FALSE, "-": none. */
export function markOf(cell: GridCell): 'mark' | 'empty' | 'other' {
  if (typeof cell.v === 'boolean') return cell.v ? 'mark' : 'empty';
  if (typeof cell.v === 'number') return cell.v === 1 ? 'mark' : cell.v === 0 ? 'empty' : 'other';
  const raw = cell.v.normalize('NFC').trim().toLowerCase();
  if (MARKS.has(raw)) return 'mark';
  // A tick with a footnote mark after it ("X¹", "x*)" pasted from a Word table whose footnote
  // stands under it) is the tick.
  const unmarked = raw.replace(FOOTNOTE_MARK, '');
  if (unmarked !== raw && MARKS.has(unmarked)) return 'mark';
  const n = normalizeText(raw).replace(/\s+/g, '');
  if (MARKS.has(n)) return 'mark';
  if (NON_MARKS.has(n) || NON_MARKS.has(raw)) return 'empty';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// List values in other words

/** A list value read from free text, with how sure the reading is. */
export interface ListReading {
  readonly id: string;
  /** 1 when the text names the value; below 1 a reading the coordinator is asked to confirm. */
  readonly confidence: number;
  /** Why the reading is uncertain, in Danish and English (absent when certain). */
  readonly why?: Label;
  /** Words beside the value ("I gang – mangler budget" → "mangler budget"), for the caller to keep. */
  readonly rest?: string;
}

interface Lexeme {
  readonly id: string;
  readonly confidence: number;
  readonly why?: Label;
}

const lexicons = new Map<ListId, Map<string, Lexeme>>();

/** Folded (and space-free) forms of every label, id, synonym and value word of a list. */
function lexicon(list: ListId): Map<string, Lexeme> {
  const known = lexicons.get(list);
  if (known) return known;
  const map = new Map<string, Lexeme>();
  const put = (text: string, entry: Lexeme, override: boolean): void => {
    const folded = foldText(text);
    if (folded === '') return;
    for (const key of new Set([folded, folded.replace(/ /g, '')])) {
      if (override || !map.has(key)) map.set(key, entry);
    }
  };
  for (const v of LISTS[list] as readonly ListValue[]) {
    for (const text of [v.label.da, v.label.en, v.id.replace(/_/g, ' ')])
      put(text, { id: v.id, confidence: 1 }, false);
  }
  for (const v of LISTS[list] as readonly ListValue[]) {
    for (const text of v.synonyms ?? []) put(text, { id: v.id, confidence: 1 }, false);
  }
  // Value words win over spec synonyms of the same text (a judgement stays a judgement).
  for (const w of VALUE_WORDS[list] ?? []) {
    put(
      w.text,
      w.why ? { id: w.id, confidence: w.confidence, why: w.why } : { id: w.id, confidence: w.confidence },
      true,
    );
  }
  lexicons.set(list, map);
  return map;
}

const typoLists = new Map<ListId, { keys: readonly string[]; entries: readonly Lexeme[] }>();

/**
 * The lexicon's words of five letters or more, in its order, as two lists looped by index (typo
 * compares a text with each of them; a Map's iterator makes objects per step until the engine
 * optimises, and on a fresh start it never has).
 */
function typoCandidates(list: ListId): { keys: readonly string[]; entries: readonly Lexeme[] } {
  const known = typoLists.get(list);
  if (known) return known;
  const keys: string[] = [];
  const entries: Lexeme[] = [];
  lexicon(list).forEach((entry, key) => {
    if (key.length < 5) return;
    keys.push(key);
    entries.push(entry);
  });
  const made = { keys, entries };
  typoLists.set(list, made);
  return made;
}

function exactWord(list: ListId, text: string): Lexeme | undefined {
  const folded = foldText(text);
  if (folded === '') {
    // A symbol the list names ("#" for a count: matchListValue keeps symbols the fold drops).
    const id = text.length <= 3 ? matchListValue(list, text) : undefined;
    return id === undefined ? undefined : { id, confidence: 1 };
  }
  const map = lexicon(list);
  const hit = map.get(folded) ?? map.get(folded.replace(/ /g, ''));
  if (hit) return hit;
  const id = matchListValue(list, text);
  return id === undefined ? undefined : { id, confidence: 1 };
}

const TYPO_WHY: Label = {
  da: 'Ordet ligner en stavefejl og er læst som det nærmeste ord på listen.',
  en: 'The word looks misspelt and was read as the closest word on the list.',
};

/**
 * The word with a prefix that negates it ("uafsluttet", "ufærdig", "unfinished", "incomplete"): no
 * slip, the opposite. Also the other way round: "supervision" is no slip of "no supervision".
 */
function negates(word: string, key: string): boolean {
  const k = key.replace(/ /g, '');
  return (
    (word.endsWith(k) && NEGATION.test(word.slice(0, word.length - k.length))) ||
    (k.endsWith(word) && NEGATION.test(k.slice(0, k.length - word.length)))
  );
}
const NEGATION = /^(?:u|un|in|non|no|ikke|ej|ingen)$/u;

/** One slip of the keyboard from a known word of a list (two in long words); undefined when not unique. */
export function listSlip(list: ListId, text: string): Lexeme | undefined {
  return typo(list, text);
}

/** One slip of the keyboard from a known word (two in long words); undefined when not unique. */
function typo(list: ListId, text: string): Lexeme | undefined {
  const folded = foldText(text);
  // A misspelt value is a short text (the longest value is a few words).
  if (folded.length < 5 || folded.length > 40) return undefined;
  let best: { distance: number; entries: Lexeme[] } | undefined;
  const { keys, entries } = typoCandidates(list);
  const unspaced = folded.replace(/ /g, '');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const entry = entries[i] as Lexeme;
    const max = key.length >= 9 ? 2 : 1;
    if (Math.abs(key.length - folded.length) > max) continue;
    // One slip leaves the first or the last letter as it was (cheap before the distance).
    if (key[0] !== folded[0] && key[key.length - 1] !== folded[folded.length - 1]) continue;
    const d = Math.min(editDistance(folded, key, max), editDistance(unspaced, key, max));
    if (d > max || d === 0 || negates(unspaced, key)) continue;
    if (!best || d < best.distance) best = { distance: d, entries: [entry] };
    else if (d === best.distance) best.entries.push(entry);
  }
  if (!best) return undefined;
  const ids = new Set(best.entries.map((e) => e.id));
  const first = best.entries[0];
  if (ids.size !== 1 || !first) return undefined;
  return { id: first.id, confidence: Math.min(0.8, first.confidence), why: first.why ?? TYPO_WHY };
}

/** Separators and brackets around the words beside a value. */
const EDGE = /^[\s\-–—:;,.(/)[\]]+|[\s\-–—:;,.(/)[\]]+$/gu;

/** Words that carry nothing beside a value ("Indsatsen fortsætter i drift"). */
const FILLER_WORDS = new Set(
  [
    'indsatsen',
    'aktiviteten',
    'projektet',
    'tilbuddet',
    'den',
    'det',
    'er',
    'blev',
    'bliver',
    'status',
    'nu',
    'the',
    'activity',
    'is',
    'has',
    'been',
    'now',
  ].map((w) => foldText(w)),
);

const NEGATIONS = new Set(
  ['ikke', 'ej', 'aldrig', 'not', 'no', 'never', 'mangler', 'hverken', 'neither'].map((w) => foldText(w)),
);

function meaningfulRest(rest: string): string | undefined {
  const clean = rest.replace(EDGE, '').trim();
  if (clean === '') return undefined;
  return wordsOf(clean).folded.every((w) => w === '' || FILLER_WORDS.has(w)) ? undefined : clean;
}

const SPLIT_WHY: Label = {
  da: 'Cellen har flere ord end værdien; værdien er læst af de ord, der nævner den.',
  en: 'The cell holds more words than the value; the value was read from the words that name it.',
};

const MIXED_WHY: Label = {
  da: 'Cellen nævner mere end én værdi; den første er brugt.',
  en: 'The cell names more than one value; the first was used.',
};

/** The longest value written in words ("fortsætter med særskilt bevilling"), and a bit. */
const MAX_PHRASE = 6;
/** Longer than any value as written ("Leder eller koordinator er supervisor" is 37). */
const MAX_VALUE_TEXT = 80;
/** How many leading words of a text are searched for a value. */
const MAX_SEARCH = 12;

/** A text's words as written and folded one by one (so that phrases are looked up, not folded). */
interface Words {
  readonly raw: readonly string[];
  readonly folded: readonly string[];
}

function wordsOf(text: string): Words {
  const raw = text.split(/\s+/u).filter((w) => w !== '');
  return { raw, folded: raw.map(foldWord) };
}

const foldedWords = new Map<string, string>();

/** foldText of one word, remembered (a plan's remarks repeat their words). */
function foldWord(word: string): string {
  let f = foldedWords.get(word);
  if (f === undefined) {
    f = foldText(word);
    if (foldedWords.size > 50000) foldedWords.clear();
    foldedWords.set(word, f);
  }
  return f;
}

/**
 * The longest phrase of at most MAX_PHRASE words starting at `from` (and ending before `limit`)
 * that names a value exactly (a label, synonym or value word): its end and entry.
 */
function longestPhrase(
  list: ListId,
  w: Words,
  from: number,
  limit: number,
  minLength: number,
): { to: number; entry: Lexeme } | undefined {
  const map = lexicon(list);
  const keys: { to: number; key: string }[] = [];
  let key = '';
  for (let to = from + 1; to <= Math.min(limit, from + MAX_PHRASE); to++) {
    const f = w.folded[to - 1] ?? '';
    if (f !== '') key = key === '' ? f : `${key} ${f}`;
    keys.push({ to, key });
  }
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i];
    if (!k || k.key.length < minLength) continue;
    const entry = map.get(k.key) ?? map.get(k.key.replace(/ /g, ''));
    if (entry) return { to: k.to, entry };
  }
  return undefined;
}

/** "ikke helt færdig": a value word after a negation is not that value. */
function negated(w: Words, from: number): boolean {
  for (let i = Math.max(0, from - 2); i < from; i++) {
    const word = w.folded[i] ?? '';
    if (NEGATIONS.has(word)) return true;
    // "Hverken intern eller ekstern": the word after "eller" is denied too, once "hverken" came first.
    if (NEITHER_OR.has(word) && w.folded.slice(0, i).some((x) => NEITHER.has(x))) return true;
  }
  return false;
}
const NEITHER = new Set(['hverken', 'neither'].map((x) => foldText(x)));
const NEITHER_OR = new Set(['eller', 'nor'].map((x) => foldText(x)));

/** A value named by some of the words: the longest leading words first, then words anywhere. */
function within(list: ListId, text: string): ListReading | undefined {
  const w = wordsOf(text);
  const n = w.raw.length;
  if (n < 2) return undefined;
  let chosen: { from: number; to: number; entry: Lexeme } | undefined;
  // A value is named near the start of a remark; deeper in a long text a word is not the status.
  for (let from = 0; from < Math.min(n, MAX_SEARCH) && !chosen; from++) {
    if (from > 0 && negated(w, from)) continue;
    // The leading words may not be the whole text (that was looked up already).
    const found = longestPhrase(list, w, from, from === 0 ? n - 1 : n, from === 0 ? 2 : 4);
    if (found) chosen = { from, ...found };
    else if (from === 0) {
      // A misspelt value at the start ("Igangg – mangler budget"): one to three words.
      for (let to = Math.min(3, n - 1); to > 0 && !chosen; to--) {
        const entry = typo(list, w.raw.slice(0, to).join(' ').replace(EDGE, ''));
        if (entry) chosen = { from, to, entry };
      }
    }
  }
  if (!chosen) return undefined;
  const restText = [...w.raw.slice(0, chosen.from), ...w.raw.slice(chosen.to)].join(' ');
  const rest = meaningfulRest(restText);
  const others = rest === undefined ? undefined : mentionedValue(list, rest);
  // "Både mentor og coach", "Mentor samt forældrecoach": a member who is both roles is the role Both.
  if (
    list === 'corpsRole' &&
    others !== undefined &&
    BOTH_ROLES.has(others) &&
    BOTH_ROLES.has(chosen.entry.id) &&
    others !== chosen.entry.id
  ) {
    return { id: 'both', confidence: 0.8, why: BOTH_WHY };
  }
  const mixed = others !== undefined && others !== chosen.entry.id;
  const confidence = Math.min(chosen.entry.confidence, mixed ? 0.5 : chosen.from === 0 ? 0.9 : 0.7);
  const why = mixed ? MIXED_WHY : (chosen.entry.why ?? SPLIT_WHY);
  return rest === undefined
    ? { id: chosen.entry.id, confidence, why }
    : { id: chosen.entry.id, confidence, why, rest };
}

const BOTH_ROLES: ReadonlySet<string> = new Set(['mentor', 'parent_coach']);
const BOTH_WHY: Label = {
  da: 'Cellen nævner både mentor og forældrecoach: læst som Mentor og forældrecoach.',
  en: 'The cell names both mentor and parent coach: read as Mentor and parent coach.',
};

/** The first value some words of a text name (for telling a second value beside the first). */
function mentionedValue(list: ListId, text: string): string | undefined {
  const w = wordsOf(text);
  const n = w.raw.length;
  for (let from = 0; from < Math.min(n, MAX_SEARCH); from++) {
    if (negated(w, from)) continue;
    const found = longestPhrase(list, w, from, n, 4);
    if (found) return found.entry.id;
  }
  return undefined;
}

let lightWords: Map<string, TrafficLight> | undefined;

function trafficLight(text: string): TrafficLight | undefined {
  if (!lightWords) {
    lightWords = new Map();
    for (const [light, words] of Object.entries(TRAFFIC_LIGHTS) as [TrafficLight, readonly string[]][]) {
      for (const w of words) lightWords.set(foldText(w), light);
    }
  }
  return lightWords.get(foldText(text));
}

/**
 * "grøn = gennemført, gul = i gang, rød = ikke startet" in a header: each colour's status, read as
 * its words are (a judgement word in the legend stays a judgement).
 */
export function legendOf(text: string): Partial<Record<TrafficLight, ListReading>> {
  const out: Partial<Record<TrafficLight, ListReading>> = {};
  const re = /([\p{L}]+)\s*[=:→]\s*([^,;/()=\n]+?)(?=\s*(?:[,;/()\n]|$|[\p{L}]+\s*[=:→]))/gu;
  for (const m of text.matchAll(re)) {
    const light = trafficLight(m[1] ?? '');
    const word = light ? exactWord('status', m[2] ?? '') : undefined;
    if (light && word)
      out[light] = word.why ? { ...word, why: word.why } : { id: word.id, confidence: word.confidence };
  }
  return out;
}

/** A header naming a column ticked when the activity is done. */
const DONE_HEADER = /^(?:udført|færdig|gennemført|afsluttet|done|completed?)\s*\??$/iu;
/** A mark or a yes in such a column. */
const DONE_MARK = /^(?:x|ja|yes)$/iu;

/**
 * A status written as a symbol, without a legend in the workbook (symbols.ts): a tick is done; a
 * traffic-light emoji is read as its colour word is (a legend in the header, RAG, or the usual
 * reading, checked); any other symbol (✗, ●, ○) names no status by itself.
 */
function statusBySymbol(symbol: string, header: string | undefined): ListReading | undefined {
  if (TICKS.has(symbol)) return { id: 'done', confidence: 1 };
  const light = EMOJI_LIGHTS.get(symbol);
  return light === undefined ? undefined : statusByLight(light, header, false);
}

function statusByColourWord(text: string, header: string | undefined): ListReading | undefined {
  const light = trafficLight(text);
  if (!light) return undefined;
  const folded = foldText(text);
  // Single letters (G/A/R) are colours only in a RAG column.
  if (folded.length === 1 && !(header !== undefined && isRagHeader(header))) return undefined;
  const english = ['green', 'amber', 'yellow', 'orange', 'red', 'g', 'a', 'y', 'r'].includes(folded);
  return statusByLight(light, header, english);
}

function statusByLight(light: TrafficLight, header: string | undefined, english: boolean): ListReading {
  const legend = header === undefined ? {} : legendOf(header);
  const byLegend = legend[light];
  if (byLegend !== undefined) return byLegend;
  const rag = header !== undefined && isRagHeader(header);
  const reading = rag || english ? RAG_READING[light] : PROGRESS_LIGHT_READING[light];
  return { id: reading.id, confidence: reading.confidence, why: reading.why };
}

/** A percent as a Danish reader writes it: "40 %", "12,5 %". */
function percentText(percent: number, english: boolean): string {
  const figure = String(Math.round(percent * 100) / 100);
  return `${english ? figure : figure.replace('.', ',')} %`;
}

/**
 * A status written as percent complete ("100 %", "50%", a cell formatted as percent): 0 % is not
 * started, 100 % done, anything between in progress. The figure is kept in the reason, so that a
 * cell showing 40 % (stored 0.4) is never seen as "0.4" alone and the progress is not lost.
 */
export function statusByPercent(percent: number): ListReading | undefined {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return undefined;
  const id = percent === 0 ? 'not_started' : percent === 100 ? 'done' : 'in_progress';
  return {
    id,
    confidence: 0.9,
    why: {
      da: `Procent færdig (${percentText(percent, false)}) er læst som status: 0 % Ikke startet, 100 % Gennemført, ellers I gang.`,
      en: `Percent complete (${percentText(percent, true)}) was read as the status: 0 % Not started, 100 % Done, otherwise In progress.`,
    },
  };
}

const ARROW = /\s*(?:→|->|=>|⇒|⟶)\s*/u;
const ARROW_WHY: Label = {
  da: 'Statussen er skrevet som en ændring med en pil; den efter pilen er læst som den nuværende.',
  en: 'The status is written as a change with an arrow; the one after the arrow was read as the current one.',
};

/**
 * A status written as its change: "Ikke startet → I gang", "I gang -> Gennemført": the one after the
 * last arrow is the status now, with a check. Both sides must read as statuses.
 */
function statusAfterArrow(text: string, context: { header?: string }): ListReading | undefined {
  if (!ARROW.test(text)) return undefined;
  const parts = text.split(ARROW).filter((p) => p.trim() !== '');
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (parts.length < 2 || last === undefined || before === undefined || ARROW.test(last)) return undefined;
  const now = readListWords('status', last, context);
  if (!now || readListWords('status', before, context) === undefined) return undefined;
  return { id: now.id, confidence: Math.min(now.confidence, 0.8), why: ARROW_WHY };
}

const HISTORY_WHY: Label = {
  da: 'Statussen er skrevet som sin historik, en linje pr. ændring; den sidste linje er læst som den nuværende.',
  en: 'The status is written as its history, one line per change; the last line was read as the current one.',
};

/** A day or a week leading a line of a status history: "12/2:", "02.09.2026 –", "uge 36:". */
const HISTORY_DAY =
  /^\s*(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}-\d{2}-\d{2}|uge\s*\d{1,2}|(?:week|wk)\s*\d{1,2})\s*[:–—-]\s*/iu;

/**
 * A status kept as its history, one change a line, newest last: "12/2: Planlagt⏎2/9: I gang",
 * "Planlagt⏎I gang⏎Afsluttet". The last line is the status now, with a check. Every line (its day
 * left out) must read as a status, so a status with a remark on the next line is not taken for one.
 */
function statusFromHistory(text: string, context: { header?: string }): ListReading | undefined {
  if (text.indexOf('\n') === -1) return undefined;
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.replace(HISTORY_DAY, '').trim())
    .filter((l) => l !== '');
  if (lines.length < 2 || lines.length > 12) return undefined;
  let last: ListReading | undefined;
  for (const line of lines) {
    if (line.length > MAX_VALUE_TEXT) return undefined;
    last = exactWord('status', line) ?? typo('status', line) ?? statusAfterArrow(line, context);
    if (!last) return undefined;
  }
  return last && { id: last.id, confidence: Math.min(last.confidence, 0.8), why: HISTORY_WHY };
}

const SHARE_WHY: Label = {
  da: 'Statussen har både et ord og en procent; procenten afgør den: 0 % Ikke startet, 100 % Gennemført, ellers I gang.',
  en: 'The status has both a word and a percentage; the percentage decides: 0 % Not started, 100 % Done, otherwise In progress.',
};

/** One percentage in a short text: "50% færdig", "Gennemført 75 %", "ca. 80 % done". */
const ONE_SHARE = /(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*%/gu;

/**
 * A status written as a word of progress with the share done ("50% færdig", "Færdig: 80 %",
 * "gennemført 100 %"): the share decides, for "færdig" there says how far, not that it is done.
 * Only where the words alone read as Done or In progress: "Aflyst 50 %" stays what its word says.
 */
function shareWithWord(text: string): ListReading | undefined {
  if (text.indexOf('%') === -1) return undefined;
  const shares = [...text.matchAll(ONE_SHARE)];
  const only = shares.length === 1 ? shares[0] : undefined;
  if (only?.[1] === undefined) return undefined;
  const words = text
    .replace(ONE_SHARE, ' ')
    .replace(/^(?:ca\.?|cirka|circa|approx\.?|omkring)\s+/iu, '')
    .replace(/[\s:;,.()–-]+/gu, ' ')
    .trim();
  if (words === '') return undefined;
  const said = exactWord('status', words) ?? typo('status', words);
  if (said?.id !== 'done' && said?.id !== 'in_progress') return undefined;
  const byShare = statusByPercent(Number(only[1].replace(',', '.')));
  return byShare && { id: byShare.id, confidence: 0.8, why: SHARE_WHY };
}

/** The blocks a progress bar is drawn with, filled and empty ("▮▮▮▯▯", "██░░░", "■■□□□", "●●○○○"). */
const BAR_FILLED = new Set(['▮', '█', '■', '●', '◼', '▰', '⬛']);
const BAR_EMPTY = new Set(['▯', '░', '□', '○', '◻', '▱', '⬜']);
const BAR_BLOCKS = new Set([...BAR_FILLED, ...BAR_EMPTY]);

const BAR_WHY: Label = {
  da: 'Fremdriften er tegnet som en bjælke og læst som status: helt fyldt Gennemført, tom Ikke startet, ellers I gang.',
  en: 'Progress drawn as a bar was read as the status: full Done, empty Not started, otherwise In progress.',
};

/**
 * A status drawn as a progress bar of at least three blocks, filled and empty: full is done,
 * empty is not started, anything between is in progress.
 */
function statusByBar(text: string): ListReading | undefined {
  let filled = 0;
  let empty = 0;
  for (const ch of text) {
    if (BAR_FILLED.has(ch)) filled++;
    else if (BAR_EMPTY.has(ch)) empty++;
    else if (ch !== ' ') return undefined;
  }
  if (filled + empty < 3) return undefined;
  const id = empty === 0 ? 'done' : filled === 0 ? 'not_started' : 'in_progress';
  return { id, confidence: 0.9, why: BAR_WHY };
}

/**
 * A list value written in the coordinator's own words, as a careful person reads it: the list's
 * labels and synonyms (certain), value words (vocab.ts: certain or a judgement with its reason),
 * a word with one typing slip, a value followed or surrounded by other words ("I gang – mangler
 * budget": the rest is returned for the caller to keep), and for statuses traffic-light words
 * (with the column header: RAG or a legend) and percent complete. Case, accents, Danish letters,
 * spaces and trailing punctuation do not matter. Undefined when the text names no value.
 */
export function readListValue(
  list: ListId,
  text: string,
  context: { header?: string } = {},
): ListReading | undefined {
  // Hot (every list cell of a plan): a plan repeats its few statuses thousands of times. Cached by
  // list, header and text in nested maps, so that no key string is built per cell.
  let byHeader = listCaches.get(list);
  if (!byHeader) {
    byHeader = new Map();
    listCaches.set(list, byHeader);
  }
  const header = context.header ?? '';
  let cache = byHeader.get(header);
  if (!cache) {
    if (byHeader.size > 200) byHeader.clear();
    cache = new Map();
    byHeader.set(header, cache);
  }
  const hit = cache.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const reading = readListUncached(list, text, context);
  if (cache.size > 20000) cache.clear();
  cache.set(text, reading ?? null);
  return reading;
}

const listCaches = new Map<ListId, Map<string, Map<string, ListReading | null>>>();

/** A value written with a question mark ("Gennemført?"): the coordinator was not sure either. */
const QUESTIONED = /[\p{L}\p{N})]\s*\?+[!.]*\s*$/u;
const QUESTIONED_WHY: Label = {
  da: 'Værdien er skrevet med et spørgsmålstegn, så den er ikke sikker.',
  en: 'The value is written with a question mark, so it is not certain.',
};

/** A word typed twice in a row ("Ikke ikke startet", "I gang gang"): the slip of a hand, not a meaning. */
const DOUBLED_WORD = /(?<!\p{L})(\p{L}+)\s+\1(?!\p{L})/iu;
const DOUBLED_WHY: Label = {
  da: 'Et ord er skrevet to gange i træk og er læst én gang.',
  en: 'A word is written twice in a row and was read once.',
};

function readListUncached(list: ListId, text: string, context: { header?: string }): ListReading | undefined {
  const reading = readListWords(list, text, context) ?? readListOnce(list, text, context);
  if (!reading || !QUESTIONED.test(text)) return reading;
  return {
    ...reading,
    confidence: Math.min(reading.confidence, 0.7),
    why: reading.why
      ? { da: `${QUESTIONED_WHY.da} ${reading.why.da}`, en: `${QUESTIONED_WHY.en} ${reading.why.en}` }
      : QUESTIONED_WHY,
  };
}

/**
 * A word that starts with a small l before a consonant, as no Danish or English word does
 * ("lnddragelse"): a capital I read as l by OCR, or typed so.
 */
const L_FOR_I = /(?<!\p{L})l(?=[bcdfghjkmnpqrstvwxzð])/gu;
/** The text with a capital I for each small l that starts a word before a consonant; undefined when none. */
export function capitalIForL(text: string): string | undefined {
  if (text.indexOf('l') === -1) return undefined;
  const fixed = text.replace(L_FOR_I, 'I');
  return fixed === text ? undefined : fixed;
}

/**
 * A value with a word typed twice in a row, read with the word once ("Ikke ikke startet" is not
 * started: no double negation), checked. Only where the text as written names no value.
 */
function readListOnce(list: ListId, text: string, context: { header?: string }): ListReading | undefined {
  if (text.length > MAX_VALUE_TEXT || !DOUBLED_WORD.test(text)) return undefined;
  const once = text.replace(DOUBLED_WORD, '$1');
  const reading = readListWords(list, once, context);
  if (!reading) return undefined;
  return { ...reading, confidence: Math.min(reading.confidence, 0.8), why: DOUBLED_WHY };
}

function readListWords(list: ListId, text: string, context: { header?: string }): ListReading | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // No value is written in more than a few words: a long text is only searched for one (within).
  const short = trimmed.length <= MAX_VALUE_TEXT;
  if (list === 'status') {
    const history = statusFromHistory(trimmed, context);
    if (history) return history;
  }
  if (list === 'status' && short) {
    const symbol = symbolOf(trimmed);
    if (symbol !== undefined) return statusBySymbol(symbol, context.header);
    // In a column ticked when done ("Udført"), an x or a yes is done; a no says only "not done".
    if (context.header !== undefined && DONE_HEADER.test(context.header.trim()) && DONE_MARK.test(trimmed))
      return { id: 'done', confidence: 1 };
    const colour = statusByColourWord(trimmed, context.header);
    if (colour) return colour;
    const percent = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/u.exec(trimmed);
    if (percent?.[1] !== undefined) return statusByPercent(Number(percent[1].replace(',', '.')));
    const share = shareWithWord(trimmed);
    if (share) return share;
    const moved = statusAfterArrow(trimmed, context);
    if (moved) return moved;
    if (BAR_BLOCKS.has(trimmed[0] ?? '')) {
      const bar = statusByBar(trimmed);
      if (bar) return bar;
    }
  }
  // A remark in brackets is words beside the value, not part of it: "Færdig (maj)".
  const bare = stripParentheses(trimmed);
  const bracketed =
    bare !== trimmed ? meaningfulRest(trimmed.replace(/[^([]*[([]([^)\]]*)[)\]]?.*/su, '$1')) : undefined;
  for (const candidate of bare !== '' && bare !== trimmed ? [bare] : [trimmed]) {
    const whole = short ? (exactWord(list, candidate) ?? typo(list, candidate)) : undefined;
    if (whole) {
      const base: ListReading = whole.why
        ? { id: whole.id, confidence: whole.confidence, why: whole.why }
        : whole;
      if (bracketed === undefined) return base;
      return {
        ...base,
        confidence: Math.min(base.confidence, 0.9),
        why: base.why ?? SPLIT_WHY,
        rest: bracketed,
      };
    }
    const part = within(list, candidate);
    if (part) {
      if (bracketed === undefined) return part;
      return { ...part, rest: part.rest === undefined ? bracketed : `${part.rest} (${bracketed})` };
    }
  }
  return list === 'theme' && short ? (themeParts(trimmed) ?? themeCompound(trimmed)) : undefined;
}

const PARTS_WHY: Label = {
  da: 'Cellen nævner temaet med to ord for det samme.',
  en: 'The cell names the theme in two words for the same thing.',
};
const COMPOUND_WHY: Label = {
  da: 'Ordet er sammensat med et temas navn til sidst og er læst som det tema.',
  en: 'The word is a compound ending in a theme’s name and was read as that theme.',
};

/** "Kommunikation/formidling", "Roller & ansvar": words joined by / or & that all name one theme. */
function themeParts(text: string): ListReading | undefined {
  if (!/[/&+]/u.test(text)) return undefined;
  const parts = text.split(/\s*[/&+]\s*/u).filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  const ids = new Set(parts.map((p) => exactWord('theme', p)?.id));
  const [only] = [...ids];
  return ids.size === 1 && only !== undefined ? { id: only, confidence: 0.9, why: PARTS_WHY } : undefined;
}

/**
 * One word ending in a theme's own word, as Danish compounds are made: "Borgerinddragelse" and
 * "Forældreinddragelse" are kinds of inddragelse (Involvement), "Nyhedsbrevskommunikation" of
 * kommunikation. Only whole-word theme names of seven letters or more, and only when one theme fits.
 */
function themeCompound(text: string): ListReading | undefined {
  const folded = foldText(text);
  if (folded.length < 10 || folded.includes(' ')) return undefined;
  const ids = new Set<string>();
  for (const [key, entry] of lexicon('theme')) {
    if (key.length >= 7 && !key.includes(' ') && folded.length >= key.length + 3 && folded.endsWith(key))
      ids.add(entry.id);
  }
  const [only] = [...ids];
  return ids.size === 1 && only !== undefined ? { id: only, confidence: 0.8, why: COMPOUND_WHY } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The order of day and month in a column

/** Readings of date texts, by order and year (a number: no string is built per lookup). */
const readingCaches = new Map<number, Map<string, DateReading | null>>();

/**
 * readDateCell with options, remembering texts already read (a plan repeats "marts 2026" a lot and
 * a date column is read several ways: both orders, with and without a year).
 */
export function readDateCellCached(
  cell: GridCell,
  date1904: boolean,
  options: DateOptions = {},
): DateReading | undefined {
  if (typeof cell.v !== 'string') return readDateCell(cell, date1904, options);
  const which = (options.order === 'mdy' ? 100000 : 0) + (options.year ?? 0);
  let cache = readingCaches.get(which);
  if (!cache) {
    if (readingCaches.size > 64) readingCaches.clear();
    cache = new Map();
    readingCaches.set(which, cache);
  }
  const hit = cache.get(cell.v);
  if (hit !== undefined) return hit ?? undefined;
  const r = readDateCell(cell, date1904, options);
  if (cache.size > 20000) cache.clear();
  cache.set(cell.v, r ?? null);
  return r;
}

/** A probe year for dates written without one: a leap year with 53 ISO weeks. */
export const PROBE_YEAR = 2004;

/** A day and a month written as numbers (15.03, 3/15, 03-04-2026), the only dates whose order matters. */
const NUMERIC_DAY_MONTH = /^\D{0,40}?\d{1,2}\s*[./-]\s*\d{1,2}(?!\d)/u;

/** Whether a cell is a text with a numeric day and month (the only dates whose order matters). */
export function mayBeNumericDayMonth(cell: GridCell): boolean {
  return typeof cell.v === 'string' && NUMERIC_DAY_MONTH.test(cell.v);
}

const orderCache = new Map<string, 'dmy' | 'mdy' | 'either' | 'none'>();

/** How a numeric date text can be read: only day first, only month first, either, or no matter. */
export function dayMonthReadings(text: string): 'dmy' | 'mdy' | 'either' | undefined {
  if (!NUMERIC_DAY_MONTH.test(text)) return undefined;
  let known = orderCache.get(text);
  if (known === undefined) {
    const cell: GridCell = { r: 0, c: 0, t: 's', v: text };
    const dmy = readDateCellCached(cell, false, { order: 'dmy', year: PROBE_YEAR });
    const mdy = readDateCellCached(cell, false, { order: 'mdy', year: PROBE_YEAR });
    known =
      dmy && mdy
        ? dmy.first === mdy.first && dmy.last === mdy.last
          ? 'none'
          : 'either'
        : dmy
          ? 'dmy'
          : mdy
            ? 'mdy'
            : 'none';
    if (orderCache.size > 20000) orderCache.clear();
    orderCache.set(text, known);
  }
  return known === 'none' ? undefined : known;
}

export interface DayMonthOrder {
  /** How the column's numeric dates are read. */
  readonly order: 'dmy' | 'mdy';
  /**
   * Values that can only be read one way decide the order (09/30/2026: month first; 30/09/2026:
   * day first). False when no value decides it: Danish practice (day first) is then assumed.
   */
  readonly decided: boolean;
  /** Both orders occur among the values that can only be read one way: the column is mixed. */
  readonly conflict: boolean;
  /** A cell that decided the order (for the coordinator's check). */
  readonly evidence?: GridCell;
}

/**
 * The order of day and month for a whole date column, from its values that can only be read one
 * way. A column is never read in two orders: with month-first evidence only, every date is read
 * month first; with day-first evidence or none, day first (Danish practice); with both, the column
 * is mixed and a value that could be read either way cannot be decided (the caller flags it).
 */
export function decideDayMonthOrder(cells: readonly GridCell[]): DayMonthOrder {
  let dmy: GridCell | undefined;
  let mdy: GridCell | undefined;
  for (const cell of cells) {
    if (cell.t !== 's' || typeof cell.v !== 'string') continue;
    const reading = dayMonthReadings(cell.v);
    if (reading === 'dmy') dmy ??= cell;
    else if (reading === 'mdy') mdy ??= cell;
  }
  if (mdy && !dmy) return { order: 'mdy', decided: true, conflict: false, evidence: mdy };
  if (dmy && !mdy) return { order: 'dmy', decided: true, conflict: false, evidence: dmy };
  return { order: 'dmy', decided: false, conflict: dmy !== undefined, ...(dmy ? { evidence: dmy } : {}) };
}

/**
 * Whether a numeric date with the day and month both 12 or less is still certain without the
 * column's evidence: written with full stops (03.04.2026) it is Danish notation, which is always
 * day first; with slashes or hyphens it may come from a month-first (US) system.
 */
export function dottedDate(text: string): boolean {
  return /^\s*\d{1,2}\s*\.\s*\d{1,2}(?:\s*\.|\s*$)/u.test(text);
}

/**
 * Words that stand in a cell for a value not yet there: "TBD", "N.N.", "ikke afklaret", "mangler",
 * "se note". Compared with the whole cell, lower case, without surrounding punctuation.
 */
const NOTHING_WORDS = new Set([
  'tbd',
  'tba',
  'tbc',
  'n.n',
  'n/a',
  'ukendt',
  'ingen',
  'ingen endnu',
  'endnu ingen',
  'ikke relevant',
  'ikke afklaret',
  'uafklaret',
  'ikke aftalt',
  'ikke fastlagt',
  'ikke besluttet',
  'ikke besluttet endnu',
  'ved ikke',
  'ved ikke endnu',
  'vides ikke',
  'uvist',
  'afklares',
  'afklares senere',
  'aftales',
  'aftales senere',
  'ikke fundet',
  'ikke valgt',
  'ikke udpeget',
  'mangler',
  'afventer',
  'følger',
  'vakant',
  'ikke ansat',
  'ikke ansat endnu',
  'endnu ikke ansat',
  'under ansættelse',
  'rekrutteres',
  'under rekruttering',
  'ikke udpeget endnu',
  'endnu ikke udpeget',
  'ubesat',
  'se note',
  'se noter',
  'se bemærkning',
  'se bemærkninger',
  'se nedenfor',
  'se ovenfor',
  'unknown',
  'none',
  'not decided',
  'to be decided',
  'see note',
  // A drop-down's or a form's prompt left standing ("Vælg…", "- Vælg -", Word's "Vælg et element.").
  'vælg',
  'vælg en',
  'vælg én',
  'vælg et element',
  'vælg værdi',
  'vælg status',
  'vælg svar',
  'choose',
  'choose an item',
  'select',
  'select one',
  // A template's prompt where the value is to be written ("[skriv her]", "[vælg tema]", "dd-mm-åååå").
  'skriv her',
  'skriv tekst her',
  'tekst her',
  'indsæt tekst',
  'indsæt tekst her',
  'udfyld',
  'udfyldes',
  'vælg tema',
  'vælg dato',
  'dd-mm-åååå',
  'dd.mm.åååå',
  'dd/mm/åååå',
  'dd-mm-åå',
  'type here',
  'enter text',
  'enter text here',
  'click here',
  'klik her',
]);

/** A text of dashes, question marks, dots or slashes only ("-", "?", "–", "..."): no value. */
export function onlyMarks(text: string): boolean {
  return /^[-–—?.…_*/\s]+$/u.test(text) && !isBlankText(text);
}

/**
 * A text without the stroke a scanned table's ruling line left at its end or start ("Mads Holt |",
 * "| Ledelse"), as OCR reads a paper plan. The text as written when it has none.
 */
export function withoutScanRule(text: string): string {
  if (text.indexOf('|') === -1 && text.indexOf('¦') === -1) return text;
  const bare = text.replace(/\s+[|¦]+\s*$/u, '').replace(/^\s*[|¦]+\s+/u, '');
  return bare.trim() === '' ? text : bare;
}

/** A cell's text that names nothing: dashes, question marks or dots only, or a placeholder word. */
export function namesNothing(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (onlyMarks(t)) return true;
  // A placeholder with a remark in brackets: "Vakant (ansættes 1/3)", "N.N. (ny koordinator)".
  if (t.endsWith(')')) {
    const open = t.indexOf('(');
    if (open > 0 && t.indexOf('(', open + 1) === -1 && namesNothing(t.slice(0, open))) return true;
  }
  if (isTemplatePrompt(t)) return true;
  if (t.length > 24) return false;
  // An error's text where a value stood ("#VALUE!" kept as text by a program that dropped the
  // linked data type or the formula behind it): no name, no value.
  if (isExcelErrorText(t)) return true;
  // Hot (every responsible, milestone and evaluation of a plan): most names are told apart by their
  // first two letters, without a copy; then the text as it is, and the punctuation and spaces tidied
  // only where they are there to tidy.
  const c0 = t.charCodeAt(0) | 32;
  if (isLetterCode(c0) && !NOTHING_STARTS.has(c0 * 65536 + (t.charCodeAt(1) | 32))) return false;
  const lower = t.toLowerCase();
  if (NOTHING_WORDS.has(lower)) return true;
  if (
    isLetterCode(lower.charCodeAt(0)) &&
    isLetterCode(lower.charCodeAt(lower.length - 1)) &&
    !/\s\s/u.test(lower)
  )
    return false;
  const words = lower.replace(/^[\s"'(\[-]+|[\s"'.…!?:)\]-]+$/gu, '').replace(/\s+/gu, ' ');
  return NOTHING_WORDS.has(words);
}

/** The verbs a template's instruction to the one filling it in begins with ("Skriv", "Vælg", "Indsæt"). */
const PROMPT_VERB =
  /^(?:skriv|vælg|beskriv|indsæt|angiv|udfyld|tilføj|noter|anfør|type|enter|select|choose|insert|describe|add|fill\s+in)\s/iu;
/** The words a template puts in brackets where a value goes ("[Navn]", "<Dato>", "{Afdeling}"). */
const FIELD_WORDS =
  /^(?:navn|fulde navn|initialer|afdeling|antal|tal|dato|tekst|titel|beskrivelse|e-?mail|mail|telefon|tlf\.?|kommune|kommunens navn|rolle|funktion|name|full name|initials|department|number|date|text|title|description|phone|role)$/iu;

/**
 * A municipality's or an office template's instruction left in a cell that was to be filled in: a
 * field's name or an instruction in square, angle or curly brackets ("[Navn]", "<indsæt dato>",
 * "{Afdeling}"), or an instruction that points at its own cell or list ("Skriv aktivitet her",
 * "Vælg fra listen", "Beskriv kort…"). A person's names in brackets ("[Anders Bech]", an export's
 * list) are no instruction.
 */
export function isTemplatePrompt(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 40) return false;
  const first = t.charCodeAt(0);
  if (first === 91 || first === 60 || first === 123) {
    // [ < {
    const close = t.charCodeAt(t.length - 1);
    if (close !== (first === 60 ? 62 : first + 2)) return false;
    const inner = t.slice(1, -1).trim();
    if (inner === '' || /[[\]<>{}]/u.test(inner)) return false;
    return FIELD_WORDS.test(inner) || PROMPT_VERB.test(`${inner} `);
  }
  if (!PROMPT_VERB.test(t)) return false;
  const rest = t.replace(PROMPT_VERB, '').trim().toLowerCase();
  // The instruction points at the cell ("her"), at the drop-down ("fra listen") or trails off ("kort…").
  return (
    /(?:^|\s)(?:her|here)[.!:]?$/u.test(rest) ||
    /^(?:fra|fra en|from the|from a)\s+(?:listen|liste|rullemenuen|menuen|list|drop-?down)[.!]?$/u.test(
      rest,
    ) ||
    (/(?:…|\.\.\.)$/u.test(rest) && rest.split(/\s+/u).length <= 2)
  );
}

/** The first two characters of each placeholder word, as one number (ASCII ones in lower case). */
const NOTHING_STARTS = new Set(
  [...NOTHING_WORDS].map((w) => (w.charCodeAt(0) | 32) * 65536 + (w.charCodeAt(1) | 32)),
);

/** A letter of a-z or beyond ASCII (the first and last character of most names). */
function isLetterCode(code: number): boolean {
  // (Not the general punctuation block: "…", "–", "”" end a placeholder as "." does.)
  return (code >= 97 && code <= 122) || (code > 191 && (code < 0x2000 || code > 0x206f));
}

/** A phone number after a name: ", tlf. 55 36 36 36", "(mobil: +45 12 34 56 78)", "/ tel 12345678". */
const PHONE_AFTER =
  /\s*[,;/(]?\s*(?:tlf|telefon|mobil|mob|mobile|phone|tel)\.?\s*(?:nr\.?)?\s*:?\s*\+?\d[\d\s-]{6,}\d\s*\)?(?=\s*(?:[,;]|$|[\p{L}\p{N}._%+-]+@))/giu;

/**
 * A post written after a person's name: ", afdelingschef", " – centerchef for Børn og Unge",
 * " (teamleder)", ", head of department". Its first word is lower case (a name's are not) and names
 * a post.
 */
const POST_AFTER_NAME =
  /(?<=\p{L}\.?)\s*(?:,|\s[–—-]|\()\s*(?:\p{Ll}[\p{L}-]*(?:chef|leder|direktør|konsulent|koordinator|formand|rådgiver)|(?:head|director|manager|coordinator)\b)[^,;()\n@]*\)?\s*$/u;

/**
 * A person's name without the post written after it ("Kasper Bundgaard, afdelingschef" is Kasper
 * Bundgaard). The text as written when nothing would be left.
 */
export function withoutPost(text: string): string {
  const written = withoutPostLine(text);
  const m = POST_AFTER_NAME.exec(written);
  if (!m || m.index === 0) return written;
  const name = written.slice(0, m.index).trim();
  return name === '' ? written : name;
}

/**
 * A line under the name that is a post, as a cell pasted from a Word form or a signature writes it
 * ("Jens Aagaard⏎Børne- og familiechef", "Lise Holm⏎Afdelingsleder, Familie"): no digits, no address,
 * and a word that names a post. A line of its own begins with a capital, so the post's first word
 * may (unlike a post after a comma).
 */
const POST_LINE =
  /^[^\d@\n]{0,60}?\p{L}*(?:chef|leder|direktør|konsulent|koordinator|formand|rådgiver|head|director|manager|coordinator)(?:en)?\b[^\d@\n]{0,60}$/iu;

/** A name's cell without the lines under its first that only name a post; as written otherwise. */
function withoutPostLine(written: string): string {
  if (written.indexOf('\n') === -1) return written;
  const lines = written.split(/\r?\n/u);
  const kept = lines.filter((line, i) => i === 0 || !POST_LINE.test(line.trim()));
  return kept.length === lines.length || (kept[0] ?? '').trim() === '' ? written : kept.join('\n').trim();
}

/**
 * A person as a mail program writes a recipient: "Mikkel Dahl <mikkel.dahl@fredericia.dk>", several
 * joined by ";" (a table pasted from Outlook). The names, when every address in angle brackets
 * follows one; the text as written otherwise.
 */
export function withoutRecipientAddress(text: string): string {
  if (text.indexOf('<') === -1 || text.indexOf('@') === -1) return text;
  const bare = text.replace(/\s*<[^<>\s@]+@[^<>\s]+>/gu, '');
  if (bare.includes('<') || bare.includes('@')) return text;
  const names = bare.split(/\s*;\s*/u).map((n) => n.trim());
  return names.some((n) => n === '') ? text : names.join('; ');
}

/** One person as a mention ("@Anna Holm", "@Bo"): "@" at the start, then a name's words. */
const MENTION = /@(\p{Lu}[\p{L}'’.-]*(?:\s+(?!(?:og|and)(?:\s|$))\p{L}[\p{L}'’.-]*){0,3})/gu;
/** A text that is nothing but mentions, apart from the marks that join them. */
const ONLY_MENTIONS =
  /^\s*@\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}(?:\s*(?:[,;&+/]|og|and)?\s*@\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3})*\s*$/u;

/**
 * People inserted as mentions or smart chips, as Google Sheets, Teams and Loop keep them in a
 * downloaded workbook: "@Anna Holm" is Anna Holm, and "@Anna Holm @Bo Eriksen" two people, "Anna
 * Holm, Bo Eriksen". Only a text of mentions alone is read so (an e-mail address has letters before
 * its "@"); any other text is returned as written.
 */
export function withoutMentions(text: string): string {
  if (text.indexOf('@') === -1 || !ONLY_MENTIONS.test(text)) return text;
  return [...text.matchAll(MENTION)].map((m) => (m[1] ?? '').trim()).join(', ');
}

/**
 * The people of a list as an export writes it in one cell ("[Anders Bech, Sofie Krogh]",
 * '["Anders Bech"]', "[]" for none: ClickUp's "Assignees", a JSON array): the names without the
 * brackets and quotes, joined by ", "; '' for an empty list. The text as written when it is not
 * one such list (a cell that only begins or ends with a bracket, or holds others inside).
 */
export function withoutListBrackets(text: string): string {
  const t = text.trim();
  if (t.charCodeAt(0) !== 0x5b || t.charCodeAt(t.length - 1) !== 0x5d) return text;
  // A template's field name in brackets ("[Navn]") is no list of people: left for namesNothing.
  if (isTemplatePrompt(t)) return text;
  const inner = t.slice(1, -1);
  if (/[[\]]/u.test(inner)) return text;
  // A line break inside the list (a narrow column wraps it) is a space between words.
  return inner
    .split(',')
    .map((x) =>
      x
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/^(["'])(.*)\1$/u, '$2')
        .trim(),
    )
    .filter((x) => x !== '')
    .join(', ');
}

/**
 * "Anne Berg[50%]", "Per Juul[25%];Anne Berg": Microsoft Project writes a resource's assignment
 * units in square brackets right after its name (the share of the person's time, or "[0,5]"): the
 * share is no part of the name. Dropped only right after a letter, and only a number (with or
 * without "%") alone in the brackets; the ";" between resources is kept. Cheap first test: "[".
 */
export function withoutAssignmentUnits(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(ASSIGNMENT_UNITS, '');
}
const ASSIGNMENT_UNITS = /(?<=\p{L}\.?)\s*\[\s*\d{1,3}(?:[.,]\d{1,2})?\s*%?\s*\]/gu;

/**
 * A person's cell ended as a sentence is ("Lone Dam, Per Friis og Mads Bech.", "Anna Holm, Bo Ek."):
 * the full stop is no part of the last name. Only after a word of letters (a name, a post, a
 * hyphenated name) that stands after a space, a comma or the start: an abbreviation or an initial
 * ("m.fl.", "Per J.") keeps its full stop.
 */
const CLOSING_STOP = /(?<=(?:^|[\s,;+&/(])\p{Lu}?\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?\)?)\.\s*$/u;
export function withoutClosingStop(text: string): string {
  return text.endsWith('.') || text.endsWith('. ') ? text.replace(CLOSING_STOP, '') : text;
}

/** A line that is a phone number alone: "55 36 36 36", "+45 12 34 56 78", "Tlf.: 12345678". */
const PHONE_LINE =
  /^\s*(?:(?:tlf|telefon|mobil|mob|mobile|phone|tel)\.?\s*(?:nr\.?)?\s*:?\s*)?\+?\d[\d\s-]{6,}\d\s*$/iu;

/**
 * A name as written without the phone number beside it: after it ("Pia Holm, tlf. 55 36 36 36",
 * "(mobil: +45 12 34 56 78)") or on a line of its own ("Pia Holm⏎55 36 36 36"). The text as written
 * when nothing else is left.
 */
export function withoutPhone(written: string): string {
  const lines = written.split(/\r?\n/u).filter((line) => !PHONE_LINE.test(line));
  const unphoned = lines.length > 0 ? lines.join('\n') : written;
  const bare = unphoned.replace(PHONE_AFTER, '').replace(PHONE_AT_END, '').trim();
  return bare || unphoned;
}

/**
 * A Danish phone number (eight digits, in pairs or fours, perhaps +45) at the end of a text after a
 * name or an address, without a label: "Anna Holm – anhol@vejle.dk – 2345 6789". No name ends in
 * eight digits.
 */
const PHONE_AT_END = /(?<=\p{L}|\s)(?:\s*[,;/|–—-])?\s*(?:\+\s?45\s?)?(?:\d{2}\s?){3}\d{2}\s*$/u;
