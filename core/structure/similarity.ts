// Matching a question as the coordinator's copy has it (retyped, shortened, OCR'd: "gennemfgrt",
// "forzeldrecoa- ches") to the spec's checklist and needs-analysis questions: the Dice coefficient
// of the folded texts' letter trigrams, which tolerates a wrong letter here and there far better
// than comparing words.

import { CHECKLIST, NEEDS_ANALYSIS, type ChecklistGroup, type ChecklistId } from '../spec';
import { foldText } from '../normalize';

type Trigrams = ReadonlyMap<string, number>;

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
  const out = new Map<string, number>();
  for (let i = 0; i + 3 <= f.length; i++) {
    const g = f.slice(i, i + 3);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function size(t: Trigrams): number {
  let n = 0;
  for (const v of t.values()) n += v;
  return n;
}

/** Dice coefficient of two trigram multisets, 0..1. */
function dice(a: Trigrams, b: Trigrams): number {
  const total = size(a) + size(b);
  if (total === 0) return 0;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
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

/** The 15 checklist questions ranked by how well `text` matches them. */
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

/** A question text must match at least this well to count as that question. */
export const QUESTION_THRESHOLD = 0.5;
