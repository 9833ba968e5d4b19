// A plan dictated to a phone (voice typing in Excel for iOS or Android, Microsoft Loop): the
// punctuation the coordinator spoke left as words ("komma", "punktum", "ny linje"), dates and week
// numbers said in words ("femtende marts", "den første i fjerde", "uge tolv"), and the coordinator
// as "mig selv" or "jeg". Each function has a cheap first test, so a plan typed on a keyboard pays
// nothing.

import type { ReadCheck } from '../schema';
import { quote } from './messages';

const MARKS: Readonly<Record<string, string>> = {
  komma: ',',
  punktum: '.',
  kolon: ':',
  semikolon: ';',
  spørgsmålstegn: '?',
  udråbstegn: '!',
  'ny linje': '\n',
  'ny linie': '\n',
  'nyt afsnit': '\n',
};

/** A spoken mark as a word of its own. */
const SPOKEN_MARK =
  /(^|\s+)(komma|punktum|kolon|semikolon|spørgsmålstegn|udråbstegn|ny\s+lini?je|nyt\s+afsnit)(?=\s|$)/giu;
/** Words before "punktum" that make it Danish prose ("sæt punktum for", "et punktum"), not a mark. */
const PROSE_BEFORE = /(?:^|\s)(?:sæt|sætte|sætter|satte|sat|et|som|med|det)$/iu;

/**
 * The text with the punctuation spoken to voice typing written as marks: "forældre komma lærere" →
 * "forældre, lærere", "styregruppen punktum" → "styregruppen.", "… unge ny linje husk …" → "… unge⏎husk
 * …", "delvist komma mangler …" → "delvist, mangler …"; a text that starts with one of the words is
 * left as written. Undefined when the text has none.
 */
export function spokenPunctuation(text: string): string | undefined {
  // Cheap first test: one of the words' letters runs.
  if (!/komma|punktum|kolon|tegn|ny\s+lini?je|nyt\s+afsnit/iu.test(text)) return undefined;
  let changed = false;
  const out = text.replace(SPOKEN_MARK, (whole: string, space: string, word: string, at: number) => {
    const before = text.slice(0, at);
    // A text that starts with the word ("Punktum – afslutning") names something: as written.
    if (before.trim() === '' || PROSE_BEFORE.test(before)) return whole;
    const mark = MARKS[word.toLowerCase().replace(/\s+/gu, ' ')];
    if (mark === undefined) return whole;
    changed = true;
    return mark;
  });
  if (!changed) return undefined;
  const tidy = out
    .replace(/[ \t]*\n[ \t]*/gu, '\n')
    .replace(/([,.:;?!])(?=[\p{L}\d])/gu, '$1 ')
    .replace(/^[\s,.:;]+/u, '')
    .trim();
  return tidy === '' ? undefined : tidy;
}

const ONES = ['en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni'] as const;
const CARDINALS: Readonly<Record<string, number>> = {
  en: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10,
  elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18,
  nitten: 19, tyve: 20, tredive: 30, tredve: 30, fyrre: 40, halvtreds: 50,
}; // prettier-ignore
const ORDINALS: Readonly<Record<string, number>> = {
  første: 1, anden: 2, andet: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, syvende: 7, ottende: 8,
  niende: 9, tiende: 10, ellevte: 11, tolvte: 12, trettende: 13, fjortende: 14, femtende: 15,
  sekstende: 16, syttende: 17, attende: 18, nittende: 19, tyvende: 20, tredivte: 30, tredvte: 30,
}; // prettier-ignore
const TENS: Readonly<Record<string, number>> = {
  tyve: 20,
  tredive: 30,
  tredve: 30,
  fyrre: 40,
  halvtreds: 50,
};
const TENTHS: Readonly<Record<string, number>> = { tyvende: 20, tredivte: 30, tredvte: 30 };

/** "tolv" 12, "toogtyve" 22: a number said in words, one to fifty-nine. */
function cardinal(word: string): number | undefined {
  const direct = CARDINALS[word];
  if (direct !== undefined) return direct;
  const m = /^(\p{L}+?)og(\p{L}+)$/u.exec(word);
  const one = m ? ONES.indexOf(m[1] as (typeof ONES)[number]) : -1;
  const ten = m?.[2] === undefined ? undefined : TENS[m[2]];
  return one < 0 || ten === undefined ? undefined : ten + one + 1;
}

/** "femtende" 15, "enogtredivte" 31: an ordinal said in words (a day of a month). */
function ordinal(word: string): number | undefined {
  const direct = ORDINALS[word];
  if (direct !== undefined) return direct;
  const m = /^(\p{L}+?)og(\p{L}+)$/u.exec(word);
  const one = m ? ONES.indexOf(m[1] as (typeof ONES)[number]) : -1;
  const ten = m?.[2] === undefined ? undefined : TENTHS[m[2]];
  return one < 0 || ten === undefined ? undefined : ten + one + 1;
}

const MONTH =
  /^(?:jan(?:uar)?|feb(?:ruar)?|mar(?:ts)?|apr(?:il)?|maj|jun[i]?|jul[i]?|aug(?:ust)?|sep(?:tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/u;

/**
 * A date said in words, written with its figures for the date reader: "femtende marts" → "15.
 * marts", "den enogtredivte maj 2027" → "31. maj 2027", "den første i fjerde" → "1/4", "uge tolv" →
 * "uge 12", "fra uge ti" → "uge 10". Undefined when the text is no such date (the reader then says
 * it cannot read it, as before).
 */
export function spokenDate(text: string): string | undefined {
  // Cheap first tests: a short text of letters, no figure but perhaps a year.
  if (text.length > 48 || !/\p{L}{2}/u.test(text) || /\d/u.test(text.replace(/\b\d{4}\b/gu, '')))
    return undefined;
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+punktum\s*$/u, '')
    .replace(/[.,]\s*$/u, '')
    .trim()
    .split(/\s+/u);
  // "den …", "d. …", "fra …" / "fra og med …" (a start column's words) say nothing of the day.
  while (words.length > 1 && /^(?:den|d\.|fra|og|med)$/u.test(words[0] as string)) words.shift();
  const [a, b, c, d] = words;
  if (a === 'uge' && b !== undefined && words.length <= 3) {
    const n = cardinal(b);
    if (n === undefined || n > 53) return undefined;
    return c === undefined ? `uge ${n}` : /^\d{4}$/u.test(c) ? `uge ${n} ${c}` : undefined;
  }
  if (a === undefined || b === undefined) return undefined;
  const day = ordinal(a) ?? cardinal(a);
  if (day === undefined || day > 31) return undefined;
  // "den første i fjerde": the day, "i", the month's number as an ordinal.
  if (b === 'i' && c !== undefined && words.length <= 4) {
    const month = ordinal(c) ?? cardinal(c);
    if (month === undefined || month > 12) return undefined;
    if (d !== undefined && !/^\d{4}$/u.test(d)) return undefined;
    return d === undefined ? `${day}/${month}` : `${day}/${month}-${d}`;
  }
  if (!MONTH.test(b) || words.length > 3) return undefined;
  if (c !== undefined && !/^\d{4}$/u.test(c)) return undefined;
  return c === undefined ? `${day}. ${b}` : `${day}. ${b} ${c}`;
}

/** "mig selv", "jeg": the one who wrote the plan, in the plan's own words. */
const SELF = /^\s*(?:mig(?:\s+selv)?|jeg(?:\s+selv)?|undertegnede|me|myself)\s*[.!]?\s*$/iu;

/** Whether a responsible's text names the writer of the plan ("mig selv", "jeg", "undertegnede"). */
export function namesSelf(text: string): boolean {
  return text.length <= 16 && SELF.test(text);
}

/** A check at a text whose spoken punctuation ("komma", "punktum", "ny linje") was written as marks. */
export function spokenCheck(
  sheet: string,
  cell: string,
  field: 'activity' | 'milestone' | 'responsible' | 'evaluation',
  written: string,
  read: string,
): ReadCheck {
  return {
    sheet,
    cell,
    field: `activities.${field}`,
    value: read,
    confidence: 0.85,
    reason: {
      da: `"${quote(written)}" ser dikteret ud: de udtalte tegn ("komma", "punktum", "ny linje") er læst som tegn: "${quote(read)}". Ret teksten, hvis ordene skulle stå.`,
      en: `"${quote(written)}" looks dictated: the spoken marks ("komma", "punktum", "ny linje") were read as marks: "${quote(read)}". Correct the text if the words were meant.`,
    },
  };
}
