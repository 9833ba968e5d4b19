// Matching a question as the coordinator's copy has it to the spec's checklist and needs-analysis
// questions. Two measures:
//
//   scoreChecklist / scoreNeeds  the Dice coefficient of the folded texts' letter trigrams: high
//       only for the whole question (retyped or OCR'd: "gennemfgrt", "forzeldrecoa- ches"), which
//       tolerates a wrong letter here and there far better than comparing words.
//   matchChecklist  by meaning, for shortened and paraphrased questions ("Koordinator valgt?",
//       "Roles and responsibilities clear"): how much of what the row says is said by a question
//       (its Danish and English text and the short phrases of vocab.ts), each word's trigrams
//       weighted by how rarely they occur across the 15 questions, so that "koordinator" or
//       "plan" (in many questions) tell less than "nedslag" or "behov" (in one). Written by hand:
//       no library does weighted fuzzy matching of Danish compounds against 15 fixed texts.

import { CHECKLIST, NEEDS_ANALYSIS, type ChecklistGroup, type ChecklistId } from '../spec';
import { KOMMUNER } from '../kommuner';
import { editDistance, foldText, matchListValue, stripParentheses } from '../normalize';
import { CHECKLIST_PHRASES, CHECKLIST_STOPWORDS, CHECKLIST_SYNONYMS } from './vocab';

/**
 * A text's letter trigrams with their counts: by trigram, and as lists in the order found (looped
 * by index: a Map's iterator makes an object per step until the engine optimises, and these loops
 * run a few thousand times per plan, on a fresh start too).
 */
interface Trigrams {
  readonly counts: ReadonlyMap<string, number>;
  readonly grams: readonly string[];
  readonly ns: readonly number[];
  /** The sum of the counts. */
  readonly total: number;
}

/**
 * Characters of a text matched against the questions: a question is a sentence or two, so a longer
 * text cannot score as one, and its trigrams beyond this are not counted (a cell of 32,767
 * characters would otherwise cost that much at every row of a checklist-like table).
 */
const QUESTION_SCAN = 1_000;
/** Texts whose trigrams are remembered: a table's rows often repeat a text; emptied when full. */
const CACHE_SIZE = 256;
const cache = new Map<string, Trigrams>();

/** The trigrams of `text`, remembered by value (at most CACHE_SIZE texts). */
function trigramsOf(text: string): Trigrams {
  const key = text.length > QUESTION_SCAN ? text.slice(0, QUESTION_SCAN) : text;
  const known = cache.get(key);
  if (known) return known;
  const grams = trigrams(key);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, grams);
  return grams;
}

function trigrams(text: string): Trigrams {
  const f = ` ${foldText(text)} `.replace(/\s+/g, ' ');
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= f.length; i++) {
    const g = f.slice(i, i + 3);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const grams: string[] = [];
  const ns: number[] = [];
  let total = 0;
  counts.forEach((n, g) => {
    grams.push(g);
    ns.push(n);
    total += n;
  });
  return { counts, grams, ns, total };
}

/** Dice coefficient of two trigram multisets, 0..1. */
function dice(a: Trigrams, b: Trigrams): number {
  const total = a.total + b.total;
  if (total === 0) return 0;
  let common = 0;
  const small = a.counts.size <= b.counts.size ? a : b;
  const large = small === a ? b.counts : a.counts;
  for (let i = 0; i < small.grams.length; i++) {
    common += Math.min(small.ns[i] as number, large.get(small.grams[i] as string) ?? 0);
  }
  return (2 * common) / total;
}

interface Prepared<Id extends string> {
  readonly id: Id;
  readonly grams: readonly Trigrams[];
}

let checklistGrams: readonly (Prepared<ChecklistId> & { group: ChecklistGroup })[] | undefined;
let needsGrams: readonly Prepared<string>[] | undefined;

function checklist(): readonly (Prepared<ChecklistId> & { group: ChecklistGroup })[] {
  checklistGrams ??= CHECKLIST.map((q) => ({
    id: q.id,
    group: q.group,
    grams: [trigrams(q.text.da), trigrams(q.text.en)],
  }));
  return checklistGrams;
}

function needs(): readonly Prepared<string>[] {
  needsGrams ??= NEEDS_ANALYSIS.map((q) => ({ id: q.id, grams: [trigrams(q.text.da), trigrams(q.text.en)] }));
  return needsGrams;
}

export interface QuestionScore<Id extends string> {
  readonly id: Id;
  readonly score: number;
}

function scoreAll<Id extends string>(text: string, qs: readonly Prepared<Id>[]): QuestionScore<Id>[] {
  const g = trigramsOf(text);
  return qs
    .map((q) => ({ id: q.id, score: Math.max(...q.grams.map((x) => dice(g, x))) }))
    .sort((a, b) => b.score - a.score);
}

/** The 15 checklist questions ranked by how well `text` matches them as a whole (Dice). */
export function scoreChecklist(text: string): QuestionScore<ChecklistId>[] {
  return scoreAll(text, checklist());
}

/** The needs-analysis questions ranked by how well `text` matches them. */
export function scoreNeeds(text: string): QuestionScore<string>[] {
  return scoreAll(text, needs());
}

export function groupOfQuestion(id: ChecklistId): ChecklistGroup {
  return id.startsWith('F') ? 'preparation' : 'ongoing';
}

/** A question text must match at least this well (Dice) to count as that question. */
export const QUESTION_THRESHOLD = 0.5;

// --- By meaning ------------------------------------------------------------------------------------

/** The content words of a text, folded, with everyday words replaced by the questions' own. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of foldText(text).split(' ')) {
    if (w.length < 2 || CHECKLIST_STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(CHECKLIST_SYNONYMS[w] ?? w);
  }
  return out;
}

/** The set of letter trigrams of each content word (padded: " ko", "koo", ..., "or "). */
function wordGrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of contentWords(text)) {
    const p = ` ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  }
  return out;
}

interface MeaningDoc {
  readonly id: ChecklistId;
  readonly grams: ReadonlySet<string>;
  /** Sum of the weights of its trigrams. */
  readonly mass: number;
}

interface MeaningIndex {
  readonly docs: readonly MeaningDoc[];
  readonly weight: (g: string) => number;
}

let meaningIndex: MeaningIndex | undefined;

function meaning(): MeaningIndex {
  if (meaningIndex) return meaningIndex;
  const texts = CHECKLIST.map((q) => ({
    id: q.id,
    texts: [q.text.da, q.text.en, ...(CHECKLIST_PHRASES[q.id] ?? [])],
  }));
  // Document frequency over distinct questions (F6 and L6 have one text: counted once).
  const df = new Map<string, number>();
  const seen = new Set<string>();
  let n = 0;
  for (const q of texts) {
    const key = q.texts[0] ?? q.id;
    if (seen.has(key)) continue;
    seen.add(key);
    n++;
    const all = new Set<string>();
    // forEach, not for-of, over the sets (built once per process, cold: no object per step).
    for (const t of q.texts) wordGrams(t).forEach((g) => all.add(g));
    all.forEach((g) => df.set(g, (df.get(g) ?? 0) + 1));
  }
  // A trigram no question has weighs the most: the row says something the questions do not.
  const weight = (g: string): number => Math.log(1 + n / (df.get(g) ?? 0.5));
  const docs: MeaningDoc[] = [];
  for (const q of texts) {
    for (const t of q.texts) {
      const grams = wordGrams(t);
      let mass = 0;
      grams.forEach((g) => (mass += weight(g)));
      docs.push({ id: q.id, grams, mass });
    }
  }
  meaningIndex = { docs, weight };
  return meaningIndex;
}

/** Below this much weighted text a row says too little to be sure of (one short word). */
const FULL_MASS = 12;

export interface ChecklistMatch {
  /** Every question with its score by meaning (0..1), best first. F6 and L6 score the same. */
  readonly ranked: readonly QuestionScore<ChecklistId>[];
  /** The best Dice score of the whole text (high for a copied or OCR'd question). */
  readonly dice: number;
  readonly diceId?: ChecklistId;
  /** How far the best Dice score is ahead of the next different question's. */
  readonly diceMargin: number;
}

const matchCache = new Map<string, ChecklistMatch>();
const MATCH_CACHE_MAX = 5000;

/**
 * How well a row's text matches each checklist question by meaning: the share of the row's
 * (weighted) trigrams a question's text or phrase has, lowered a little when the question says
 * much more than the row, and for rows too short to tell. Cached by text (bounded).
 */
export function matchChecklist(text: string): ChecklistMatch {
  const hit = matchCache.get(text);
  if (hit) return hit;
  const { docs, weight } = meaning();
  // The row's trigrams and their weights once, in the set's order, looked up in each document
  // by index (the set looped once per document, with a weight worked out per trigram each time,
  // made most of a checklist's garbage).
  const row = [...wordGrams(text)];
  const weights: number[] = [];
  let rowMass = 0;
  for (let i = 0; i < row.length; i++) {
    const w = weight(row[i] as string);
    weights.push(w);
    rowMass += w;
  }
  const best = new Map<ChecklistId, number>();
  if (rowMass > 0) {
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k] as MeaningDoc;
      let common = 0;
      for (let i = 0; i < row.length; i++) if (d.grams.has(row[i] as string)) common += weights[i] as number;
      const precision = common / rowMass;
      const recall = d.mass > 0 ? common / d.mass : 0;
      const s = precision * (0.7 + 0.3 * recall) * Math.min(1, rowMass / FULL_MASS);
      if (s > (best.get(d.id) ?? 0)) best.set(d.id, s);
    }
  }
  const diceRanked = scoreChecklist(text);
  const byDice = diceRanked[0];
  const nextDice = diceRanked.find(
    (x) => byDice && x.id !== byDice.id && !(isTwin(x.id) && isTwin(byDice.id)),
  );
  // A copied question scores by Dice as well as by meaning; keep the higher of the two.
  if (byDice) best.set(byDice.id, Math.max(best.get(byDice.id) ?? 0, byDice.score));
  if (byDice?.id === 'F6' || byDice?.id === 'L6') best.set('L6', best.get('F6') ?? 0);
  const ranked = [...best.entries()]
    .map(([id, score]) => ({ id, score: Math.round(Math.min(1, score) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const out: ChecklistMatch = {
    ranked,
    dice: byDice?.score ?? 0,
    ...(byDice ? { diceId: byDice.id } : {}),
    diceMargin: (byDice?.score ?? 0) - (nextDice?.score ?? 0),
  };
  if (matchCache.size >= MATCH_CACHE_MAX) matchCache.clear();
  matchCache.set(text, out);
  return out;
}

/** F6 and L6: the one question text that is in both checklists. */
export function isTwin(id: ChecklistId): boolean {
  return id === 'F6' || id === 'L6';
}

// --- Municipality names as coordinators write them ---------------------------------------------------

export interface MunicipalityGuess {
  readonly code: string;
  /** 1 for the name (any case, Danish letters or not, "Københavns Kommune"); lower for a guess. */
  readonly confidence: number;
  readonly how: 'name' | 'abbreviation' | 'part' | 'spelling';
}

/** Short forms in everyday use (folded, no spaces) → code. */
const MUNICIPALITY_SHORT: Readonly<Record<string, string>> = {
  kbh: '101',
  kbhvn: '101',
  cph: '101',
  frb: '147',
};

/** English names (folded) → code. */
const MUNICIPALITY_ENGLISH: Readonly<Record<string, string>> = {
  copenhagen: '101',
  elsinore: '217',
};

interface MunicipalityKey {
  readonly code: string;
  /** Folded, without spaces and hyphens. */
  readonly tight: string;
  /** The parts of a hyphenated name ("lyngby", "taarbaek"), folded. */
  readonly parts: readonly string[];
}

let municipalityKeys: readonly MunicipalityKey[] | undefined;

function keys(): readonly MunicipalityKey[] {
  municipalityKeys ??= KOMMUNER.map((k) => ({
    code: k.code,
    tight: foldText(k.name).replace(/ /g, ''),
    parts: k.name.includes('-') ? k.name.split('-').map((p) => foldText(p).replace(/ /g, '')) : [],
  }));
  return municipalityKeys;
}

/** "kommune", "kommunes", "komune", "kommunen", "municipality" (a word to leave out of the name). */
function isKommuneWord(w: string): boolean {
  if (w === 'municipality' || w === 'council' || w === 'kommunalbestyrelse') return true;
  // "Regionskommune" (Bornholm's own name for itself), "Storkommune".
  if (w.length > 9 && (w.endsWith('kommune') || w.endsWith('kommunes'))) return true;
  return w.startsWith('k') && w.length >= 5 && w.length <= 9 && editDistance(w, 'kommune', 2) <= 2;
}

const municipalityCache = new Map<string, MunicipalityGuess | null>();
const MUNICIPALITY_CACHE_MAX = 2000;

/**
 * The municipality a cover value names: by its name or code (certain), by a short form ("Kbh"),
 * by one part of a hyphenated name ("Lyngby"), or misspelt ("Silkebrog", "Københavns Komune"),
 * each guess with its confidence. Undefined when nothing fits, or two municipalities fit equally.
 * At most the 98 names are compared, each with a capped edit distance; results are cached by text.
 */
export function matchMunicipality(text: string): MunicipalityGuess | undefined {
  const cached = municipalityCache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const out = matchMunicipalityUncached(text);
  if (municipalityCache.size >= MUNICIPALITY_CACHE_MAX) municipalityCache.clear();
  municipalityCache.set(text, out ?? null);
  return out;
}

/** "Randers Kommune, Familieafdelingen", "Odense Kommune – Børn og Unge": the part before a unit. */
const UNIT_AFTER = /\s*[,;]\s*|\s+[-–—]\s+/u;

/**
 * The municipalities a cover value is equally near when it names none for sure ("Vejel": Vejle with
 * two letters swapped, Vejen with one changed): the codes at the least edit distance (one slip, two
 * in a name of seven letters or more); empty when the text is nearer none, or names one.
 */
export function municipalitiesNear(text: string): string[] {
  if (text.length > 60 || matchMunicipality(text) !== undefined) return [];
  const name = foldText(stripParentheses(text))
    .split(' ')
    .filter((w) => w !== '' && !isKommuneWord(w) && !/^\d+$/.test(w))
    .join('');
  if (name.length < 4) return [];
  const max = name.length >= 7 ? 2 : 1;
  let best = max + 1;
  let codes: string[] = [];
  for (const k of keys()) {
    const d = editDistance(name, k.tight, max);
    if (d > max || d > best) continue;
    if (d < best) {
      best = d;
      codes = [];
    }
    if (!codes.includes(k.code)) codes.push(k.code);
  }
  return codes;
}

function matchMunicipalityUncached(text: string): MunicipalityGuess | undefined {
  if (text.length > 60) return undefined;
  const exact = matchListValue('municipality', text);
  if (exact) return { code: exact, confidence: 1, how: 'name' };
  const unit = UNIT_AFTER.exec(text);
  if (unit && unit.index > 0) {
    // The municipality's own name before the department that keeps the plan: certain.
    const first = matchMunicipalityUncached(text.slice(0, unit.index));
    if (first?.how === 'name') return first;
  }
  const words = foldText(stripParentheses(text))
    .split(' ')
    .filter((w) => w !== '' && !isKommuneWord(w) && !/^\d+$/.test(w));
  const name = words.join('');
  if (name.length < 3) return undefined;
  const all = keys();
  // The name itself, with or without the genitive s ("Vesthimmerland", "Københavns").
  for (const candidate of [name, `${name}s`, name.endsWith('s') ? name.slice(0, -1) : '']) {
    const hit = all.find((k) => k.tight === candidate);
    if (hit) return { code: hit.code, confidence: 1, how: 'name' };
  }
  const english = MUNICIPALITY_ENGLISH[name];
  if (english) return { code: english, confidence: 1, how: 'name' };
  const short = MUNICIPALITY_SHORT[name];
  if (short) return { code: short, confidence: 0.85, how: 'abbreviation' };
  const parts = all.filter((k) => k.parts.includes(name) || k.parts.includes(name.replace(/s$/, '')));
  if (parts.length === 1 && parts[0]) return { code: parts[0].code, confidence: 0.8, how: 'part' };
  if (name.length < 4) return undefined;
  const max = name.length >= 7 ? 2 : 1;
  let best: { code: string; d: number } | undefined;
  let tie = false;
  for (const k of all) {
    const d = Math.min(
      editDistance(name, k.tight, max),
      name.endsWith('s') ? editDistance(name.slice(0, -1), k.tight, max) : max + 1,
    );
    if (d > max) continue;
    if (!best || d < best.d) {
      best = { code: k.code, d };
      tie = false;
    } else if (d === best.d && k.code !== best.code) tie = true;
  }
  if (!best || tie) return undefined;
  return { code: best.code, confidence: best.d === 1 ? 0.85 : 0.7, how: 'spelling' };
}
