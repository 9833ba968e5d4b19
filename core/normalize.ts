// Text normalisation shared by structuring (and anyone else who must recognise what a coordinator
// typed): case, whitespace, punctuation, list numbering, and a folded form in which Danish letters
// and their ASCII/OCR spellings meet (København = Kobenhavn = Koebenhavn, INDSATSOMRADE =
// Indsatsområde, MILEPALE = Milepæle). Pure: runs in Node and in the browser.

import { LOST_LETTER_GUESSES } from './mojibake';
import { KOMMUNER } from './kommuner';
import { FIRST_PERIOD_YEAR, LAST_PERIOD_YEAR, LISTS, type Label, type ListId, type ListValue } from './spec';

/** Leading list numbering such as "1.", "2)", "1.2", "a)", "B." when text follows it. */
const NUMBERING = /^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2}|\(?[a-zæøå][.)])\s+(?=\p{L})/u;
// A symbol font's bullet as a PDF converter leaves it: a private-use character (Symbol's U+F0B7,
// Wingdings' U+F0A7 and U+F0D8) at the start of the text.
const BULLET = /^[•·▪◦●■\-–—*>\uF000-\uF0FF]+\s*/u;

/** Whether a text is empty or white space only (as String.prototype.trim sees white space). */
export function isBlankText(text: string): boolean {
  // Hot (every cell of a plan): a text that starts with a visible character is not blank.
  const first = text.charCodeAt(0);
  if (first > 32 && first !== 160 && first < 0x1680) return false;
  return text.trim() === '';
}

/**
 * The text on one line: every run of white space (line breaks, tabs, non-breaking and other Unicode
 * spaces) one space, and none at the ends. For patterns written with plain spaces ("completed at"),
 * which a header typed with Alt+Enter or pasted with a non-breaking space must meet the same way.
 */
export function oneLine(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

/**
 * A cell's lines as a reader takes them: a line whose bracket is closed only on a later line goes on
 * to that line ("Dorthe Vang (mentor og⏎forældrecoach)⏎tlf. 6170 8090" is two lines: the name with
 * its role, and the phone), joined by a space; each line trimmed, empty ones left out.
 */
export function logicalLines(text: string): string[] {
  const out: string[] = [];
  let open = 0;
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '') continue;
    if (open > 0 && out.length > 0) out[out.length - 1] = joinWrapped(out[out.length - 1] ?? '', line);
    else out.push(line);
    for (const ch of line) open = ch === '(' ? open + 1 : ch === ')' ? Math.max(0, open - 1) : open;
  }
  return out;
}

/**
 * Lower case, NFC, one space between words (line breaks and non-breaking spaces included), words
 * hyphenated over a line break joined again, leading list numbering and bullets and trailing
 * punctuation (colons, full stops, asterisks) removed, surrounding quotes removed.
 */
export function normalizeText(s: string): string {
  // The patterns are module constants: a pattern written in the function is a new object at every
  // call (thousands of calls on a fresh start). replace() starts a global pattern from the text's
  // beginning whatever its lastIndex, so sharing one is safe.
  let t = unprinted(s.normalize('NFC')).replace(SOFT_HYPHEN, '');
  // "forældrecoa-\nches" (a word broken over two lines) is one word.
  t = t.replace(BROKEN_WORD, '$1$2');
  t = t.replace(SPACES, ' ').trim().toLowerCase();
  t = t.replace(QUOTES, '').trim();
  t = t.replace(BULLET, '');
  if (NUMBERING.test(t) && !HALF_YEAR.test(t)) t = t.replace(NUMBERING, '');
  t = t.replace(TRAILING_PUNCTUATION, '');
  return t.trim();
}

const SOFT_HYPHEN = /\u00ad/g;

/**
 * A text as it was meant before a PDF's typesetting: the ligatures ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ and ﬆ as their
 * letters, and a heading set letter-spaced ("S T A T U S", "L A N G E L A N D   K O M M U N E":
 * single letters one space apart, the words two or more) as its words. A text with neither is
 * returned as it is (the first tests are a character's code, not a pattern: every cell passes here).
 */
export function unprinted(s: string): string {
  let t = s;
  if (hasLigature(t)) t = t.replace(LIGATURE, (l) => LIGATURES[l] ?? l);
  // Letter-spaced: the second character white space, then the whole text single characters.
  if (t.length >= 5 && SPACED_SECOND.test(t)) t = letterSpaced(t) ?? t;
  return t;
}

/**
 * The words of a text set letter-spaced, or undefined when it is not: every part between white
 * space one character (three letters or more in all), the words parted by wider white space than
 * the letters (whatever the space: a no-break space, a line break, two of them).
 */
function letterSpaced(text: string): string | undefined {
  const parts = text.trim().split(GAP);
  let letters = 0;
  let narrow = Infinity;
  for (let i = 0; i < parts.length; i += 2) {
    const p = parts[i] as string;
    if ([...p].length !== 1 || !SPACED_CHAR.test(p)) return undefined;
    if (LETTER_CHAR.test(p)) letters++;
    if (i > 0) narrow = Math.min(narrow, (parts[i - 1] as string).length);
  }
  if (letters < 3) return undefined;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) out += parts[i] as string;
    else if ((parts[i] as string).length > narrow) out += ' ';
  }
  return out;
}

/**
 * A text as a PDF converter left it, as the coordinator meant it: the ligatures as their letters, a
 * symbol font's bullet at the start (a private-use character, "\uF0B7" + a tab) left out, and a word
 * hyphenated at the end of a line joined again ("res-⏎sourcer" is "ressourcer"), where the hyphen
 * belongs to no word: after an abbreviation in capitals ("LAT-⏎metoden" stays "LAT-metoden") and
 * before "og", "eller", "samt", "and", "or" ("Børne-⏎og Unge…" stays "Børne- og Unge…") it stays.
 * Other line breaks stay. Cheap for a text with none of them: `mayBePrinted` first.
 */
export function unbroken(s: string): string {
  let t = hasLigature(s) ? s.replace(LIGATURE, (l) => LIGATURES[l] ?? l) : s;
  if (FULL_WIDTH_ANY.test(t)) t = halfWidth(t);
  t = t.replace(PRIVATE_BULLET, '');
  return t.replace(LINE_END_HYPHEN, (_whole: string, before: string, after: string) => {
    if (PAIR_WORD.test(after)) return `${before}- ${after}`;
    if (ABBREVIATION_END.test(before)) return `${before}-${after}`;
    return `${before}${after}`;
  });
}

/**
 * Two lines of one text that a converter put in two cells (one row per line of the PDF), joined as
 * the text was: with a space, or, where the first line ends in a word hyphenated at the line's end
 * ("forældre-" / "coaches"), as one word (the same exceptions as `unbroken`).
 */
export function joinWrapped(first: string, next: string): string {
  const a = first.trimEnd();
  const b = next.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  const m = HYPHEN_AT_END.exec(a);
  const word = WRAPPED_FIRST_WORD.exec(b)?.[0];
  if (!m || word === undefined) return `${a} ${b}`;
  if (PAIR_WORD.test(word)) return `${a} ${b}`;
  if (ABBREVIATION_END.test(m[1] ?? '')) return `${a}${b}`;
  return `${a.slice(0, -1)}${b}`;
}

const HYPHEN_AT_END = /(\p{L}+)-$/u;
const WRAPPED_FIRST_WORD = /^\p{Ll}\p{L}*/u;

/**
 * Whether a text may hold a PDF's marks that `unbroken` undoes, or full-width characters an
 * East-Asian input method typed (one native scan).
 */
export function mayBePrinted(s: string): boolean {
  // Hot (every text shown): one plain character class, and the hyphen's pattern only where a line
  // breaks (a third of the time one pattern with both took).
  return PRINTED_CHAR.test(s) || (s.indexOf('\n') !== -1 && LINE_END_MARK.test(s));
}

const PRINTED_CHAR = /[\uFB00-\uFB06\uF000-\uF0FF\uFF01-\uFF5E]/;
/**
 * Full-width punctuation, digits and Latin letters (an East-Asian input method left on: "Lis
 * Holm，Jens Bo", "møde（udskudt）") as the ASCII characters they stand for, as NFKC folds them. A
 * full-width mark takes the room of a letter, its space included, so where it touches a word the
 * space is kept: after a comma, colon, semicolon, full stop, "!", "?" or closing bracket (not between
 * two digits: "７，５" is 7,5), before an opening bracket ("Lis Holm, Jens Bo", "møde (udskudt)").
 */
export function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c: string, at: number, whole: string) => {
    const ascii = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    if (OPENING.includes(ascii) && at > 0 && WORD_CHAR.test(whole.charAt(at - 1))) return ` ${ascii}`;
    const between = DIGIT.test(whole.charAt(at - 1)) && DIGIT.test(whole.charAt(at + 1));
    if (SPACED_AFTER.includes(ascii) && !between && WORD_CHAR.test(whole.charAt(at + 1))) return `${ascii} `;
    return ascii;
  });
}

const OPENING = '([{';
const SPACED_AFTER = ',;:.!?)]}';
const DIGIT = /[0-9\uFF10-\uFF19]/u;
const WORD_CHAR = /[\p{L}\p{N}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
/** The full-width forms of the printable ASCII characters (U+FF01–U+FF5E: "，", "（", "：", "１"). */
const FULL_WIDTH_ANY = /[\uFF01-\uFF5E]/u;
const FULL_WIDTH = /[\uFF01-\uFF5E]/gu;
const LINE_END_MARK = /-[ \t]*\r?\n/;
/**
 * A private-use bullet at the start, before the text: with white space between, or glued to it (a
 * program that saved the plan again dropped the tab after it: LibreOffice through .ods).
 */
const PRIVATE_BULLET = /^\s*[\uF000-\uF0FF]+\s*(?=\S)/u;
/** A word broken at a line's end: the word's part before the hyphen, and the next line's first word. */
const LINE_END_HYPHEN = /(\p{L}+)-[ \t]*\r?\n[ \t]*(\p{Ll}\p{L}*)/gu;
const PAIR_WORD = /^(?:og|eller|samt|and|or)$/u;
/** An abbreviation in capitals before the hyphen ("LAT-", "IT-"): the hyphen is the word's own. */
const ABBREVIATION_END = /\p{Lu}{2}$/u;

function hasLigature(t: string): boolean {
  return LIGATURE_ANY.test(t);
}

/** (Not global: test() of a global pattern would start where the last match ended.) */
const LIGATURE_ANY = /[\uFB00-\uFB06]/u;

const LIGATURE = /[\uFB00-\uFB06]/g;
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const SPACED_SECOND = /^\s*\S\s+\S/u;
/** White space between the parts of a letter-spaced text, kept by split() (the odd parts). */
const GAP = /(\s+)/u;
const SPACED_CHAR = /^[\p{L}\d.&-]$/u;
const LETTER_CHAR = /^\p{L}$/u;
const BROKEN_WORD = /(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const QUOTES = /^["'“”„«»]+|["'“”„«»]+$/g;
const HALF_YEAR = /^\d{1,2}\.\s*halv/;
const TRAILING_PUNCTUATION = /[\s.:;,!?*]+$/u;

/**
 * The folded (skeleton) form used for matching: normalised, then æ/ae → a, ø/oe → o, å/aa → a,
 * accents dropped, hyphens dropped, other punctuation turned into spaces. The same folding of both
 * sides lets ASCII and OCR-ish writing meet the Danish spelling.
 */
export function foldText(s: string): string {
  return foldNormalized(normalizeText(s));
}

/** foldText for text that has already been through normalizeText. */
export function foldNormalized(n: string): string {
  // An index loop over the characters, without a closure (hot on a fresh start, where every
  // vocabulary text is folded once: a string iterator and a closure per call made garbage).
  // Characters kept as they are (ASCII letters, digits, %, and a single space between them) are
  // copied a run at a time, not one by one (each += made a new string): a text that is all such
  // characters is its own fold.
  let out = '';
  let space = false;
  /** Where the run of characters kept as they are began (-1: none pending). */
  let run = -1;
  for (let i = 0; i < n.length; i++) {
    const code = n.charCodeAt(i);
    if (isKept(code)) {
      if (run < 0) {
        if (space && out !== '') out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    // One space inside a run, between kept characters, is the space the fold writes there.
    if (code === 32 && run >= 0 && isKept(n.charCodeAt(i + 1))) continue;
    if (run >= 0) {
      out += n.slice(run, i);
      run = -1;
    }
    let t: string;
    if (code === 0xe6) t = 'ae';
    else if (code === 0xf8) t = 'oe';
    else if (code === 0xe5) t = 'aa';
    else if (isHyphen(code)) continue;
    else if (code < 128) {
      space = true;
      continue;
    } else {
      // One character as for-of sees it: a surrogate pair is one.
      const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(n.charCodeAt(i + 1));
      const ch = pair ? n.slice(i, i + 2) : (n[i] as string);
      if (pair) i++;
      const base = ch.normalize('NFD').replace(MARKS, '');
      if (!LETTERS_OR_DIGITS.test(base)) {
        space = true;
        continue;
      }
      t = base.toLowerCase();
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += t;
  }
  if (run >= 0) out = run === 0 ? n : out + n.slice(run);
  return out.replace(AA, 'a').replace(AE, 'a').replace(OE, 'o');
}

const MARKS = /\p{M}+/gu;
const LETTERS_OR_DIGITS = /^[\p{L}\p{N}]+$/u;
const AA = /aa/g;
const AE = /ae/g;
const OE = /oe/g;

/** a-z, 0-9 and %: kept by the fold as they are. */
function isKept(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 37;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** '-', '‐', '‑', '‒', '–', '—'. */
function isHyphen(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2014);
}

/** Removes parenthesised parts: "Ja (sæt x)" → "Ja", "Ansvarlig (navn)" → "Ansvarlig". */
export function stripParentheses(s: string): string {
  return s.replace(PARENTHESISED, ' ').replace(WHITE_SPACE, ' ').trim();
}

const PARENTHESISED = /\([^)]*\)?|\[[^\]]*\]?/g;
const WHITE_SPACE = /\s+/g;

// ---------------------------------------------------------------------------------------------
// Fixed lists

const listMaps = new Map<ListId, Map<string, string>>();

function addKey(map: Map<string, string>, text: string, id: string): void {
  const k = foldText(text);
  if (k === '') {
    // A value written as a symbol the fold drops ("#" for a count): kept under the symbol itself.
    if (text.trim() !== '') map.set(`\u0001${text.trim()}`, id);
    return;
  }
  if (!map.has(k)) map.set(k, id);
  // Spaces do not matter either ("Igang", "Hoje Taastrup" for Høje-Taastrup), unless ambiguous.
  const tight = `\u0000${k.replace(/ /g, '')}`;
  const prev = map.get(tight);
  if (prev === undefined) map.set(tight, id);
  else if (prev !== id) map.set(tight, '');
}

function lookup(map: Map<string, string>, folded: string): string | undefined {
  const hit = map.get(folded) ?? map.get(`\u0000${folded.replace(/ /g, '')}`);
  return hit === '' ? undefined : hit;
}

function listMap(list: ListId): Map<string, string> {
  const cached = listMaps.get(list);
  if (cached) return cached;
  const map = new Map<string, string>();
  const values = LISTS[list] as readonly ListValue[];
  // Labels first, so that a label always wins over another value's synonym.
  for (const v of values) {
    addKey(map, v.label.da, v.id);
    addKey(map, v.label.en, v.id);
  }
  for (const v of values) addKey(map, v.id.replace(/_/g, ' '), v.id);
  for (const v of values) for (const syn of v.synonyms ?? []) addKey(map, syn, v.id);
  if (list === 'municipality') {
    for (const k of KOMMUNER) {
      addKey(map, `${k.name} kommune`, k.code);
      addKey(map, `kommune ${k.name}`, k.code);
      addKey(map, `${k.code} ${k.name}`, k.code);
      addKey(map, `${k.name} ${k.code}`, k.code);
      addKey(map, `${k.code} ${k.name} kommune`, k.code);
    }
  }
  listMaps.set(list, map);
  return map;
}

/**
 * The list value id that `text` names, in Danish or English, by label, id or synonym, after
 * normalising case, spaces, numbering and Danish letters; undefined when it names none.
 * Municipalities also by code ("751"), "Aarhus Kommune", "Københavns Kommune"; periods also as
 * "2. halvår 2026", "H2 2026", "2026 H2".
 */
export function matchListValue(list: ListId, text: string): string | undefined {
  let cache = matchCache.get(list);
  if (!cache) {
    cache = new Map();
    matchCache.set(list, cache);
  }
  if (cache.has(text)) return cache.get(text);
  const id = matchUncached(list, text);
  if (cache.size > 20000) cache.clear();
  cache.set(text, id);
  return id;
}

const matchCache = new Map<ListId, Map<string, string | undefined>>();

function matchUncached(list: ListId, text: string): string | undefined {
  if (list === 'period') return parsePeriod(text)?.id;
  const map = listMap(list);
  const candidates = [text, stripParentheses(text)];
  for (const candidate of candidates) {
    const folded = foldText(candidate);
    if (folded === '') {
      const symbol = map.get(`\u0001${candidate.trim()}`);
      if (symbol !== undefined) return symbol;
      continue;
    }
    const hit = lookup(map, folded);
    if (hit !== undefined) return hit;
    if (list === 'municipality') {
      const code = /^0*(\d{3})$/.exec(folded)?.[1];
      if (code !== undefined && lookup(map, code) !== undefined) return lookup(map, code);
      const bare = folded.replace(/\s*\bkommunes?\b\s*/g, ' ').trim();
      const hitBare = lookup(map, bare) ?? (bare.endsWith('s') ? lookup(map, bare.slice(0, -1)) : undefined);
      if (hitBare !== undefined) return hitBare;
    }
  }
  if (list !== 'municipality' && text.indexOf('\ufffd') !== -1) return lostLetterValue(list, text);
  return list === 'municipality' ? undefined : abbreviated(map, text);
}

/**
 * A value written with letters lost on the way ("Opf�lgning p� dokumentation": a Windows-1252
 * file read as UTF-8, core/mojibake.ts): each lost letter tried as each letter a Danish text holds
 * above ASCII (æ, ø, å, é); the value only when every reading that names one names the same. At
 * most three lost letters (64 readings); the cell is checked where the text is read
 * (recodedTextChecks).
 */
function lostLetterValue(list: ListId, text: string): string | undefined {
  const parts = text.split('\ufffd');
  if (parts.length > 4) return undefined;
  let found: string | undefined;
  const tryFrom = (k: number, sofar: string): boolean => {
    if (k === parts.length) {
      const id = matchListValue(list, sofar);
      if (id === undefined) return true;
      if (found !== undefined && found !== id) return false;
      found = id;
      return true;
    }
    for (const letter of LOST_LETTER_GUESSES)
      if (!tryFrom(k + 1, sofar + letter + (parts[k] ?? ''))) return false;
    return true;
  };
  return tryFrom(1, parts[0] ?? '') ? found : undefined;
}

/**
 * "Delv.", "Ikke påb.", "Gennemf.": a value written short, the full stop marking each shortened word.
 * Each word is the beginning (at least three letters) of the same word of one value's label or
 * synonym, the other words are that word itself; only when the words fit one value.
 */
function abbreviated(map: Map<string, string>, text: string): string | undefined {
  const words = text.normalize('NFC').trim().toLowerCase().split(/\s+/);
  if (!words.some((w) => /\p{L}{3}\.$/u.test(w))) return undefined;
  const parts = words.map((w) => ({ short: w.endsWith('.'), core: foldText(w) }));
  if (parts.some((p) => p.core === '' || (p.short && p.core.length < 3))) return undefined;
  let found: string | undefined;
  for (const [key, id] of map) {
    if (id === '' || key.startsWith('\u0000')) continue;
    const kw = key.split(' ');
    if (kw.length !== parts.length) continue;
    const fits = parts.every((p, i) => {
      const k = kw[i] ?? '';
      return p.short ? k.startsWith(p.core) && k !== p.core : k === p.core;
    });
    if (!fits) continue;
    if (found !== undefined && found !== id) return undefined;
    found = id;
  }
  return found;
}

/** The labels a coordinator may choose from (for messages), in one language. */
export function listLabels(list: ListId, lang: 'da' | 'en'): string[] {
  return (LISTS[list] as readonly ListValue[]).map((v) => v.label[lang]);
}

// ---------------------------------------------------------------------------------------------
// Periods

export interface PeriodMatch {
  /** "2026-H2" */
  readonly id: string;
  readonly year: number;
  /** Whether the year is one the template offers (FIRST_PERIOD_YEAR..LAST_PERIOD_YEAR). */
  readonly inRange: boolean;
}

const HALF_WORDS: Record<string, 1 | 2> = {
  '1': 1,
  '2': 2,
  første: 1,
  forste: 1,
  andet: 2,
  anden: 2,
  sidste: 2,
  first: 1,
  second: 2,
};

// A year is written with four digits, or with two where the words leave no doubt that it is one
// ("2. halvår 27", "halvår 1, 27"; never "H1 27", "1h30" or "2027 1", which may be other numbers).
const PERIOD_PATTERNS: readonly { re: RegExp; half: number; year: number }[] = [
  { re: /\b(\d{4})\s*[-/ ]?\s*h\s*([12])\b/, year: 1, half: 2 },
  { re: /\bh\s*([12])\s*[-/ ]?\s*(\d{4})\b/, half: 1, year: 2 },
  // 1H2027, 2H 2027 (as finance writes halves; not with two digits: "1h30" is a duration)
  { re: /\b([12])\s*h\s*(\d{4})\b/, half: 1, year: 2 },
  {
    re: /\b([12]|første|forste|andet|anden|sidste)\.?\s*halvår\s*(?:i\s+|af\s+)?(?:'|’)?(\d{4}|\d{2})\b/,
    half: 1,
    year: 2,
  },
  // halvår 1, 2027; halvår 2 - 2027
  { re: /\bhalvår\s*([12])\s*[,-]?\s*(?:i\s+|af\s+)?(\d{4}|\d{2})\b/, half: 1, year: 2 },
  // første halvdel af 2027, anden halvdel 2027
  {
    re: /(?<![\p{L}\d])(første|forste|andet|anden|sidste|[12])\.?\s+halvdel\s+(?:af\s+)?(\d{4})\b/u,
    half: 1,
    year: 2,
  },
  { re: /\b(\d{4})\s*[,-]?\s*([12])\.?\s*halvår\b/, year: 1, half: 2 },
  { re: /\b(first|second|1st|2nd)\s+half(?:\s+of)?\s+(?:the\s+year\s+)?(\d{4})\b/, half: 1, year: 2 },
  { re: /\b(\d{4})\s*[-/ ]\s*([12])\s*(?:halvår)?$/, year: 1, half: 2 },
];

/**
 * Finds a half-year in free text: "2026-H2", "H2 2026", "2. halvår 2026", "andet halvår 2026",
 * "second half of 2026". Undefined when the text names no half-year.
 */
export function findPeriod(text: string): PeriodMatch | undefined {
  let t = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/halvar\b/g, 'halvår')
    .replace(/halvaar\b/g, 'halvår');
  // "hlavår", "havlår": the word typed with two neighbouring letters swapped is no other word.
  if (t.includes('h') && t.includes('v') && /\d/u.test(t))
    t = t.replace(SIX_LETTERS, (w) => (swappedHalfYear(w) ? 'halvår' : w));
  for (const p of PERIOD_PATTERNS) {
    const m = p.re.exec(t);
    if (!m) continue;
    const halfText = (m[p.half] ?? '').replace(/^(\d)(?:st|nd)$/, '$1');
    const half = HALF_WORDS[halfText] ?? (halfText === '1' ? 1 : halfText === '2' ? 2 : undefined);
    const written = m[p.year] ?? '';
    const year = Number(written.length === 2 ? `20${written}` : written);
    if (half === undefined || !Number.isInteger(year)) continue;
    return { id: `${year}-H${half}`, year, inRange: year >= FIRST_PERIOD_YEAR && year <= LAST_PERIOD_YEAR };
  }
  return undefined;
}

const SIX_LETTERS = /(?<!\p{L})\p{L}{6}(?!\p{L})/gu;

function swappedHalfYear(word: string): boolean {
  return swappedNeighbours(word, 'halvår') || swappedNeighbours(word, 'halvar');
}

/** A whole cell that is a period ("2026-H2", "2. halvår 2026"); undefined otherwise. */
export function parsePeriod(text: string): PeriodMatch | undefined {
  const found = findPeriod(text);
  if (!found || !found.inRange) return undefined;
  return found;
}

// ---------------------------------------------------------------------------------------------
// Municipalities named in free text

interface MunicipalityPattern {
  readonly code: string;
  readonly folded: string;
}

let municipalityPatterns: readonly MunicipalityPattern[] | undefined;

function patterns(): readonly MunicipalityPattern[] {
  if (!municipalityPatterns) {
    municipalityPatterns = KOMMUNER.map((k) => ({ code: k.code, folded: foldText(k.name) })).sort(
      (a, b) => b.folded.length - a.folded.length,
    );
  }
  return municipalityPatterns;
}

export interface MunicipalityMention {
  readonly code: string;
  /** The text said "... Kommune" right after the name (a strong mention). */
  readonly withKommune: boolean;
}

/**
 * Municipalities named in free text such as a title ("Implementeringsplan for Aarhus Kommune
 * 2026", "Københavns Kommune – plan"). Strong mentions (followed by "Kommune") first.
 */
export function findMunicipalities(text: string): MunicipalityMention[] {
  const folded = ` ${foldText(text)} `;
  const found: MunicipalityMention[] = [];
  for (const p of patterns()) {
    for (const suffix of ['', 's']) {
      const needle = ` ${p.folded}${suffix} `;
      const at = folded.indexOf(needle);
      if (at < 0) continue;
      const after = folded.slice(at + needle.length);
      if (found.some((f) => f.code === p.code)) continue;
      found.push({ code: p.code, withKommune: /^kommunes?\b/.test(after) });
    }
  }
  return found.sort((a, b) => Number(b.withKommune) - Number(a.withKommune));
}

export function municipalityName(code: string): string | undefined {
  return KOMMUNER.find((k) => k.code === code)?.name;
}

// ---------------------------------------------------------------------------------------------
// Header matching

/** Edit distance (insert, delete, substitute, swap neighbours) capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // Three rows of the table in buffers kept between calls (hot on a fresh start: every header
  // word, list value and municipality is compared with many words, each once; new rows per call
  // made most of structuring's garbage there).
  const n = b.length + 1;
  if (distRows[0].length < n) for (let k = 0; k < 3; k++) distRows[k] = new Int32Array(n * 2);
  let prev2 = distRows[0];
  let prev = distRows[1];
  let cur = distRows[2];
  for (let j = 0; j < n; j++) {
    prev2[j] = 0;
    prev[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    // The rows move up one: prev becomes prev2, cur becomes prev (the old prev2 is written over).
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length] as number;
}

/** editDistance's rows (grown when a longer word comes). */
const distRows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * Whether two words are the same but for two neighbouring letters swapped ("tmea" for "tema",
 * "frsit" for "frist"): the commonest slip of fast typing, which keeps every letter of the word.
 */
export function swappedNeighbours(t: string, l: string): boolean {
  if (t.length !== l.length || t.length < 3) return false;
  let i = 0;
  while (i < t.length && t.charCodeAt(i) === l.charCodeAt(i)) i++;
  if (i >= t.length - 1) return false;
  return t[i] === l[i + 1] && t[i + 1] === l[i] && t.slice(i + 2) === l.slice(i + 2);
}

/** The letter keys of a Danish keyboard, row by row, each row set a little right of the one above. */
const KEY_ROWS = ['qwertyuiopå', 'asdfghjklæø', 'zxcvbnm'];
const KEY_AT = new Map<string, { row: number; col: number }>();
KEY_ROWS.forEach((keys, row) => {
  for (let col = 0; col < keys.length; col++) KEY_AT.set(keys[col] as string, { row, col });
});

/** Whether two letters sit side by side on a Danish keyboard ("j" and "k", "n" and "m", "j" and "u"). */
export function besideOnKeyboard(a: string, b: string): boolean {
  const p = KEY_AT.get(a.toLowerCase());
  const q = KEY_AT.get(b.toLowerCase());
  if (!p || !q || a.toLowerCase() === b.toLowerCase()) return false;
  if (p.row === q.row) return Math.abs(p.col - q.col) === 1;
  if (Math.abs(p.row - q.row) !== 1) return false;
  // A row is set half a key right of the one above: a key touches the two above it.
  const [upper, lower] = p.row < q.row ? [p, q] : [q, p];
  return upper.col === lower.col || upper.col === lower.col + 1;
}

/** Whether `t` is `l` with one vowel left out ("strt" for "start"). */
export function droppedVowel(t: string, l: string): boolean {
  if (l.length !== t.length + 1 || t.length < 4) return false;
  let i = 0;
  while (i < t.length && t.charCodeAt(i) === l.charCodeAt(i)) i++;
  return VOWELS.has(l[i] as string) && t.slice(i) === l.slice(i + 1);
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å']);

/** How well a header word stands for a term word: equal, a plural/definite form, or one OCR slip. */
export function tokenSimilarity(t: string, l: string): number {
  if (t === l) return 1;
  // Typed in haste: two neighbouring letters swapped in a short word ("Tmea", "Strat", "Frsit", "Nje";
  // longer words are met by the edit distance below), or in the start of a longer one ("Anvsar" for
  // "Ansvarlig"). A changed, added or dropped letter in a short word is as often another word.
  if (l.length <= 5 && swappedNeighbours(t, l)) return 0.85;
  // A vowel left out of a five-letter word ("Strt", "Frst"): the consonants stay, which tell it.
  if (l.length === 5 && droppedVowel(t, l)) return 0.8;
  if (
    t.length >= 5 &&
    l.length > t.length &&
    l.length - t.length <= 3 &&
    swappedNeighbours(t, l.slice(0, t.length))
  )
    return 0.8;
  // Plurals and definite forms: aktivitet/aktiviteter/aktiviteterne, milepæl/milepæle.
  if (l.length >= 5 && t.startsWith(l) && t.length - l.length <= 4) return 0.9;
  if (t.length >= 5 && l.startsWith(t) && l.length - t.length <= 3) return 0.85;
  // OCR: one wrong letter in a longer word (SPBRGSMAL for SPØRGSMÅL).
  if (l.length >= 6 && editDistance(t, l, 1) <= 1) return 0.85;
  if (l.length >= 10 && editDistance(t, l, 2) <= 2) return 0.8;
  return 0;
}

/** OCR digit for letter inside a word: "0G" for "OG". */
function ocrWord(t: string): string {
  return /\p{L}/u.test(t) && /0/.test(t) ? t.replace(/0/g, 'o') : t;
}

/** Words that do not tell one header from another. */
const FILLER = new Set(['af', 'for', 'og', 'the', 'of', 'and', 'i', 'pa', 'til', 'in', 'per', 'pr', 'a']);

export function isFillerWord(t: string): boolean {
  return FILLER.has(t);
}

/** A text prepared once for repeated scoring. */
export interface PreparedText {
  readonly norm: string;
  readonly fold: string;
  readonly tokens: readonly string[];
}

export function prepareText(text: string): PreparedText {
  const norm = normalizeText(text);
  const fold = foldNormalized(norm);
  return { norm, fold, tokens: fold === '' ? [] : fold.split(' ').map(ocrWord) };
}

/**
 * How well a header names a term (a label or an alias), 0..1: 1 when equal after normalising, a
 * little less when only equal after folding, and a partial score when the header's words contain
 * the term's words ("Ansvarlig for aktiviteten" → ansvarlig).
 */
export function scorePrepared(h: PreparedText, t: PreparedText): number {
  if (h.norm === '' || t.norm === '') return 0;
  if (h.norm === t.norm) return 1;
  if (h.fold === t.fold) return 0.95;
  const hj = h.tokens.join(' ');
  const tj = t.tokens.join(' ');
  if (hj === tj) return 0.93;
  if (tj.length >= 6 && editDistance(hj.replace(/ /g, ''), tj.replace(/ /g, ''), 1) <= 1) return 0.85;
  // Every word of the term appears in the header (in any order).
  const used = new Set<number>();
  let sum = 0;
  let content = 0;
  for (const l of t.tokens) {
    let best = 0;
    let bestIdx = -1;
    for (let i = 0; i < h.tokens.length; i++) {
      if (used.has(i)) continue;
      const s = tokenSimilarity(h.tokens[i] ?? '', l);
      if (s > best) {
        best = s;
        bestIdx = i;
      }
    }
    if (best === 0) {
      if (FILLER.has(l)) continue;
      return 0;
    }
    used.add(bestIdx);
    if (!FILLER.has(l)) {
      sum += best;
      content++;
    }
  }
  if (content === 0) return 0;
  const quality = sum / content;
  const extra = h.tokens.filter((tok, i) => !used.has(i) && !FILLER.has(tok)).length;
  if (extra === 0) return 0.92 * quality;
  // The header says more than the term: a weaker, but still useful, match.
  return Math.max(0, 0.8 * quality - 0.08 * extra);
}

export function termScore(header: string, term: string): number {
  return scorePrepared(prepareText(header), prepareText(term));
}

/** "Custom field (Start date)", "Brugerdefineret felt (Startdato)": a tool's custom field by its name. */
const CUSTOM_FIELD = /^(?:custom\s+field|brugerdefineret\s+felt)\s*\((.+)\)$/iu;

/** The texts worth scoring for a header cell: as written, without parentheses, each "/" part. */
export function headerVariants(header: string): { text: string; factor: number }[] {
  const out: { text: string; factor: number }[] = [{ text: header, factor: 1 }];
  // Jira's export names each custom field "Custom field (Start date)": the name is in the brackets.
  const custom = CUSTOM_FIELD.exec(header.replace(/\s+/gu, ' ').trim());
  if (custom?.[1] !== undefined) out.push({ text: custom[1], factor: 0.98 });
  const bare = stripParentheses(header);
  if (bare !== '' && bare !== header) out.push({ text: bare, factor: 0.98 });
  const base = bare === '' ? header : bare;
  const parts = base.split(/\s*(?:\/|\||\beller\b|\bor\b|&)\s*/).filter((p) => p.trim() !== '');
  if (parts.length > 1) for (const p of parts) out.push({ text: p, factor: 0.9 });
  for (const q of questionWords(base)) out.push({ text: q, factor: 0.95 });
  return out;
}

/** The words of a form's question that only make it a question ("Hvem er tovholder?"). */
const QUESTION_FORM_WORDS = new Set([
  'er', 'skal', 'være', 'bliver', 'blive', 'har', 'hører', 'beskriv', 'angiv', 'skriv', 'vælg',
  'kort', 'gerne', 'evt', 'evt.', 'hvilket', 'hvilken', 'hvilke', 'du', 'jeres', 'din', 'dit', 'vi',
  'den', 'det', 'is', 'are', 'will', 'be', 'please', 'describe', 'enter', 'select', 'which',
]); // prettier-ignore
/** The thing a form asks about, named in each question ("Hvornår starter aktiviteten?"). */
const QUESTION_SUBJECTS = new Set(['aktiviteten', 'aktivitet', 'opgaven', 'activity']);

/**
 * A header written as a form's question (a Google or Microsoft Forms response sheet heads each
 * column with its question: "Hvem er tovholder?", "Hvornår starter aktiviteten?", "Beskriv
 * aktiviteten kort") gives its content words: without the words that only make it a question, and
 * without the question's subject ("aktiviteten") where other words remain.
 */
function questionWords(text: string): string[] {
  const t = text.trim();
  const words = t.replace(/[?:]+$/u, '').split(/\s+/u);
  if (words.length < 2) return [];
  const asked =
    /\?$/u.test(t) || /^(?:beskriv|angiv|skriv|vælg|describe|enter|select)$/iu.test(words[0] ?? '');
  if (!asked) return [];
  const content = words.filter((w) => !QUESTION_FORM_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return [];
  const out = content.length < words.length ? [content.join(' ')] : [];
  const bare = content.filter((w) => !QUESTION_SUBJECTS.has(w.toLowerCase()));
  if (bare.length > 0 && bare.length < content.length) out.push(bare.join(' '));
  return out;
}

/** The best score of a header for a label (da and en, full weight) and aliases (0.9). */
export function headerScore(header: string, label: Label, aliases: readonly string[]): number {
  let best = 0;
  for (const v of headerVariants(header)) {
    const h = prepareText(v.text);
    for (const term of [label.da, label.en])
      best = Math.max(best, scorePrepared(h, prepareText(term)) * v.factor);
    for (const alias of aliases) best = Math.max(best, scorePrepared(h, prepareText(alias)) * 0.9 * v.factor);
    if (best >= 1) return 1;
  }
  return Math.round(best * 1000) / 1000;
}
