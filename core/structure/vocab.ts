// What structuring recognises: the header words of every table (the spec's labels and aliases plus
// a few structure-specific words), the checklist's answer-mark columns, and the cover labels. Header
// texts are scored once and cached, so a 5,000-row sheet costs one lookup per cell.

import {
  FRONT_SHEET,
  TABLE_SHEETS,
  type FrontFieldKey,
  type Label,
  type Lang,
  type TableKey,
  type TableSheetSpec,
} from '../spec';
import {
  foldText,
  headerVariants,
  isFillerWord,
  prepareText,
  scorePrepared,
  tokenSimilarity,
  type PreparedText,
} from '../normalize';

/** Pseudo-fields of the checklist: one column per answer, marked with an x (000 Tabel 1 and 2). */
export const CHECKLIST_MARK_FIELDS = {
  'answer.yes': 'yes',
  'answer.partly': 'partly',
  'answer.no': 'no',
} as const;
export type MarkField = keyof typeof CHECKLIST_MARK_FIELDS;

export function isMarkField(field: string | null): field is MarkField {
  return field !== null && field in CHECKLIST_MARK_FIELDS;
}

export interface FieldTerm {
  readonly field: string;
  readonly label: Label;
  readonly aliases: readonly string[];
  /** Extra words, scored lower than aliases (structure's own guesses). */
  readonly weak?: readonly string[];
}

export interface TableVocab {
  readonly key: TableKey;
  readonly spec: TableSheetSpec;
  readonly fields: readonly FieldTerm[];
}

/**
 * Header words real plans use that spec.ts does not (yet) list. Strong words count like aliases;
 * weak words are plausible guesses shown with a lower confidence.
 */
/**
 * Weak header guesses: words that hint at a column but also mean other things (a "periode" column
 * may be a deadline; "kommentar" may be an evaluation). They only count when nothing better fits.
 * The strong words live in the template spec's aliases.
 */
const EXTRA: Partial<Record<TableKey, Record<string, { weak: string[] }>>> = {
  activities: {
    deadline: {
      weak: [
        'periode',
        'tid',
        'period',
        'time',
        'uge',
        'ugenr',
        'måned',
        'kvartal',
        'week',
        'month',
        'quarter',
      ],
    },
    theme: { weak: ['emne'] },
    activity: { weak: ['hvad', 'what'] },
    evaluation: {
      weak: ['kommentar', 'kommentarer', 'noter', 'note', 'notes', 'comments', 'bemærkning', 'remarks'],
    },
  },
  checklist: {
    question: { weak: ['emne', 'punkt', 'item'] },
  },
};

const MARK_TERMS: readonly FieldTerm[] = [
  {
    field: 'answer.yes',
    label: { da: 'Ja', en: 'Yes' },
    aliases: ['ja sæt x', 'ja (sæt x)', 'svar ja', 'j'],
  },
  {
    field: 'answer.partly',
    label: { da: 'Delvist', en: 'Partly' },
    aliases: ['delvis', 'delvist ja', 'partially', 'partial', 'svar delvist', 'til dels'],
  },
  {
    field: 'answer.no',
    label: { da: 'Nej', en: 'No' },
    aliases: ['svar nej'],
  },
];

function buildVocab(spec: TableSheetSpec): TableVocab {
  const extra = EXTRA[spec.key] ?? {};
  const fields: FieldTerm[] = spec.columns.map((col) => {
    const more = extra[col.field];
    return {
      field: col.field,
      label: col.label,
      aliases: col.aliases,
      weak: more?.weak ?? [],
    };
  });
  if (spec.key === 'checklist') fields.push(...MARK_TERMS);
  return { key: spec.key, spec, fields };
}

export const VOCABS: readonly TableVocab[] = TABLE_SHEETS.map((s) => buildVocab(s));

export function vocabOf(key: TableKey): TableVocab {
  const v = VOCABS.find((x) => x.key === key);
  if (!v) throw new Error(`No vocabulary for table ${key}`);
  return v;
}

export interface FieldScore {
  readonly field: string;
  readonly score: number;
  /** The header named the field by its label in this language (for choosing the template language). */
  readonly lang?: Lang;
}

/** Below this a header is not taken to name a field. */
export const MIN_CONFIDENCE = 0.6;

interface TermEntry {
  readonly table: TableKey;
  readonly field: string;
  readonly text: PreparedText;
  /** 1 for a label, 0.9 for an alias, 0.75 (and never more) for a weak word. */
  readonly weight: number;
  readonly weak: boolean;
  readonly lang?: Lang;
}

interface TermIndex {
  readonly byToken: Map<string, TermEntry[]>;
  readonly tokens: readonly string[];
}

let termIndex: TermIndex | undefined;

function index(): TermIndex {
  if (termIndex) return termIndex;
  const byToken = new Map<string, TermEntry[]>();
  const add = (entry: TermEntry): void => {
    for (const t of new Set(entry.text.tokens)) {
      if (isFillerWord(t)) continue;
      const list = byToken.get(t) ?? [];
      list.push(entry);
      byToken.set(t, list);
    }
  };
  for (const v of VOCABS) {
    for (const f of v.fields) {
      const base = { table: v.key, field: f.field };
      add({ ...base, text: prepareText(f.label.da), weight: 1, weak: false, lang: 'da' });
      add({ ...base, text: prepareText(f.label.en), weight: 1, weak: false, lang: 'en' });
      for (const a of f.aliases) add({ ...base, text: prepareText(a), weight: 0.9, weak: false });
      for (const w of f.weak ?? []) add({ ...base, text: prepareText(w), weight: 0.75, weak: true });
    }
  }
  termIndex = { byToken, tokens: [...byToken.keys()] };
  return termIndex;
}

const similarCache = new Map<string, readonly string[]>();

/** Vocabulary words a header word may stand for (plural, definite form, one OCR slip). */
function similarTokens(t: string, vocabTokens: readonly string[]): readonly string[] {
  const cached = similarCache.get(t);
  if (cached) return cached;
  const out: string[] = [];
  if (!/^\d+$/.test(t)) {
    for (const vt of vocabTokens) {
      if (vt === t || Math.abs(vt.length - t.length) > 4) continue;
      if (tokenSimilarity(t, vt) > 0) out.push(vt);
    }
  }
  if (similarCache.size > 50000) similarCache.clear();
  similarCache.set(t, out);
  return out;
}

const scoreCache = new Map<string, ReadonlyMap<TableKey, readonly FieldScore[]>>();
const EMPTY: ReadonlyMap<TableKey, readonly FieldScore[]> = new Map();

/** "No." is the number column, "No" the no-answer column. */
function adjust(field: string, header: string, score: number): number {
  const t = header.trim().toLowerCase();
  if (field === 'id' && t === 'no') return Math.min(score, 0.5);
  if (field === 'answer.no' && /^no\.$/.test(t)) return Math.min(score, 0.5);
  return score;
}

/** Every field of every table that a header text may name (score ≥ MIN_CONFIDENCE), best first. */
export function scoreHeader(header: string): ReadonlyMap<TableKey, readonly FieldScore[]> {
  const cached = scoreCache.get(header);
  if (cached) return cached;
  if (header.length > 80) return EMPTY;
  const { byToken, tokens: vocabTokens } = index();
  const best = new Map<string, { table: TableKey; field: string; score: number; lang?: Lang }>();
  for (const variant of headerVariants(header)) {
    const h = prepareText(variant.text);
    if (h.tokens.length === 0 || h.tokens.length > 8) continue;
    const candidates = new Set<TermEntry>();
    for (const t of h.tokens) {
      for (const e of byToken.get(t) ?? []) candidates.add(e);
      if (isFillerWord(t)) continue;
      for (const vt of similarTokens(t, vocabTokens))
        for (const e of byToken.get(vt) ?? []) candidates.add(e);
    }
    for (const e of candidates) {
      const raw = scorePrepared(h, e.text) * variant.factor;
      let score = e.weak ? Math.min(0.75, raw * e.weight) : raw * e.weight;
      score = Math.round(adjust(e.field, header, score) * 1000) / 1000;
      if (score < MIN_CONFIDENCE) continue;
      const key = `${e.table}\u0000${e.field}`;
      const prev = best.get(key);
      if (!prev || score > prev.score) {
        const lang = e.lang && raw * e.weight >= 0.95 ? e.lang : undefined;
        best.set(
          key,
          lang ? { table: e.table, field: e.field, score, lang } : { table: e.table, field: e.field, score },
        );
      }
    }
  }
  const out = new Map<TableKey, FieldScore[]>();
  for (const b of best.values()) {
    const list = out.get(b.table) ?? [];
    list.push(b.lang ? { field: b.field, score: b.score, lang: b.lang } : { field: b.field, score: b.score });
    out.set(b.table, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.score - a.score);
  if (scoreCache.size > 20000) scoreCache.clear();
  scoreCache.set(header, out);
  return out;
}

let headerTerms: Set<string> | undefined;

/** Whether a text is, after folding, exactly a label or alias of some table column. */
export function isHeaderTerm(text: string): boolean {
  if (!headerTerms) {
    headerTerms = new Set();
    for (const v of VOCABS) {
      for (const f of v.fields) {
        for (const t of [f.label.da, f.label.en, ...f.aliases, ...(f.weak ?? [])])
          headerTerms.add(foldText(t));
      }
    }
  }
  return headerTerms.has(foldText(text));
}

const mightCache = new Map<string, boolean>();

/** True when a short text shares a word with the header vocabulary (a cheap first look). */
export function mightBeHeader(text: string): boolean {
  if (text.length > 80 || (text.match(/\s+/g)?.length ?? 0) > 8) return false;
  const cached = mightCache.get(text);
  if (cached !== undefined) return cached;
  const { byToken } = index();
  const tokens = prepareText(text).tokens;
  const result =
    tokens.length > 0 &&
    tokens.length <= 8 &&
    tokens.some((t) => !isFillerWord(t) && (byToken.has(t) || prefixes().has(t.slice(0, 5))));
  if (mightCache.size > 50000) mightCache.clear();
  mightCache.set(text, result);
  return result;
}

let prefixSet: Set<string> | undefined;
function prefixes(): Set<string> {
  if (!prefixSet) {
    prefixSet = new Set(
      index()
        .tokens.filter((t) => t.length >= 5)
        .map((t) => t.slice(0, 5)),
    );
  }
  return prefixSet;
}

// --- Cover labels -------------------------------------------------------------------------------

export interface CoverTerm {
  readonly key: FrontFieldKey;
  readonly label: Label;
  readonly aliases: readonly string[];
}

export const COVER_TERMS: readonly CoverTerm[] = FRONT_SHEET.fields.map((f) => ({
  key: f.key,
  label: f.label,
  aliases: f.aliases,
}));

const coverIndex = new Map<string, FrontFieldKey>();
for (const t of COVER_TERMS) {
  for (const text of [t.label.da, t.label.en, ...t.aliases]) {
    const k = foldText(text);
    if (k !== '' && !coverIndex.has(k)) coverIndex.set(k, t.key);
  }
}

/** The cover field a label cell names ("Kommune:", "Koordinatorens e-mail", "Periode (halvår)"). */
export function coverLabel(text: string): FrontFieldKey | undefined {
  if (text.length > 60) return undefined;
  const direct = coverIndex.get(foldText(text));
  if (direct) return direct;
  // Close OCR/ASCII spellings of a label (one letter off), never partial words.
  const h = prepareText(text);
  let best: { key: FrontFieldKey; score: number } | undefined;
  for (const term of preparedCoverTerms) {
    const s = scorePrepared(h, term.text);
    if (s >= 0.85 && s > (best?.score ?? 0)) best = { key: term.key, score: s };
  }
  return best?.key;
}

/** coverLabel without the tolerance for misspellings: the label as written (after folding) only. */
export function coverLabelExact(text: string): FrontFieldKey | undefined {
  return text.length > 60 ? undefined : coverIndex.get(foldText(text));
}

const preparedCoverTerms = COVER_TERMS.flatMap((t) =>
  [t.label.da, t.label.en, ...t.aliases].map((term) => ({ key: t.key, text: prepareText(term) })),
);
