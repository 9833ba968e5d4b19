// What structuring recognises: the header words of every table (the spec's labels and aliases plus
// a few structure-specific words), the checklist's answer-mark columns, and the cover labels. Header
// texts are scored once and cached, so a 5,000-row sheet costs one lookup per cell.

import {
  FRONT_SHEET,
  TABLE_SHEETS,
  type ChecklistId,
  type FrontFieldKey,
  type Label,
  type Lang,
  type ListId,
  type TableKey,
  type TableSheetSpec,
} from '../spec';
import {
  findMunicipalities,
  foldText,
  stripParentheses,
  headerVariants,
  isFillerWord,
  prepareText,
  scorePrepared,
  droppedVowel,
  swappedNeighbours,
  tokenSimilarity,
  unprinted,
  type PreparedText,
} from '../normalize';

/** Pseudo-fields of the checklist: one column per answer, marked with an x (000 Tabel 1 and 2). */
export const CHECKLIST_MARK_FIELDS = {
  'answer.yes': 'yes',
  'answer.partly': 'partly',
  'answer.no': 'no',
} as const;
export type MarkField = keyof typeof CHECKLIST_MARK_FIELDS;

/** The pseudo-field of a plan's RACI columns (one per person or body holding R, A, C or I: raci.ts). */
export const RACI_FIELD = 'responsible.raci';

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
 * Header words real plans use that spec.ts does not list. Strong words count like the spec's aliases
 * (a known name for the field); weak words hint at a column but also mean other things (a "periode"
 * column may be a deadline; "kommentar" may be an evaluation): they only count when nothing better
 * fits, and a column they name is shown with a lower confidence.
 */
const EXTRA: Partial<Record<TableKey, Record<string, { strong?: string[]; weak?: string[] }>>> = {
  activities: {
    start: {
      strong: [
        'start',
        'startdato',
        'begin',
        'start date',
        'hvornår starter vi',
        'hvornår starter',
        'hvornår begynder',
        'startuge',
        'startmåned',
        // A case system's grant period ("Bevilget fra | Bevilget til", KMD Nexus, a forløbsplan's
        // indsatser): the period the activity is granted for.
        'bevilget fra',
        'bevilliget fra',
        'bevilling fra',
      ],
    },
    deadline: {
      strong: [
        'due',
        'due date',
        'target date',
        'måldato',
        'færdig senest',
        'forfaldsdato',
        'slutdato',
        'finish',
        'end',
        'hvornår',
        'hvornår skal det være færdigt',
        'hvornår er det færdigt',
        // A form's question for the deadline, its form words left out ("Hvornår skal aktiviteten
        // være gennemført?": "hvornår gennemført").
        'hvornår færdig',
        'hvornår gennemført',
        'hvornår afsluttet',
        // The end of a case system's grant period ("Bevilget til").
        'bevilget til',
        'bevilliget til',
        'bevilling til',
      ],
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
    theme: {
      strong: [
        'workstream',
        'work stream',
        'workstreams',
        'indsatsspor',
        'spor',
        'tema/område',
        'hvilket tema',
        // The theme's number in the workbook's list of themes ("1 | Ledelse" on a sheet of lists).
        'temanr',
        'tema nr',
        'temanummer',
      ],
      // A task list's sections (Asana's "Section/Column") group its tasks, often
      // by theme; only values that name a theme are read as one.
      weak: [
        'emne',
        'kategori',
        'category',
        'section/column',
        'section',
        'sektion',
        // A board's labels (Trello "Labels": "Ledelse (green), Vigtig (red)").
        'labels',
        'etiketter',
        // A database's tags (Notion's multi-select "Tags": "Kommunikation, Skoler").
        'tags',
        'tag',
      ],
    },
    activity: {
      strong: [
        'titel',
        'title',
        'opgavenavn',
        'task name',
        'aktivitetsnavn',
        'navn på aktivitet',
        'tasks',
        'opgaver',
        'hvad skal vi gøre',
        'hvad gør vi',
        'hvad skal gøres',
        'initiativ',
        'initiativer',
        'initiative',
        // A board's card (Trello "Card Name").
        'card name',
        'kortnavn',
      ],
      // "Name" in a project tool's export (monday.com, Asana) is the item's name, when the other
      // columns are a plan's; it names other things too, so it is weak.
      weak: ['hvad', 'what', 'name', 'item', 'item name', 'navn'],
    },
    milestone: {
      strong: [
        'hvad skal være nået',
        'hvad skal vi have nået',
        'hvad er målet',
        'succeskriterium',
        'key milestone',
        'deliverable',
        'deliverables',
        'leverance',
        'leverancer',
        'mål og milepæle',
        'målepunkt',
        'målepunkter',
        'målbart resultat',
      ],
    },
    responsible: {
      strong: [
        'ansv.',
        'ansv',
        'ans.',
        'ans',
        'ansvarlig (person)',
        'tildelt til',
        'assigned to',
        'udførende',
        'hvem gør det',
        'hvem har bolden',
        'owner(s)',
        // Project tools' people columns (monday.com "Person", Trello "Members", Asana "Assignee").
        'person',
        'people',
        'personer',
        'assignee',
        'assignees',
        'members',
        'medlemmer',
        // The person to contact beside a team ("Ansvar" over "Team | Kontakt").
        'kontakt',
        'kontaktperson',
        'contact',
        'contact person',
        // Microsoft Project's people ("Ressourcenavne": "Anne Berg[50%];Lars Kjær").
        'ressourcenavne',
        'resource names',
      ],
      // A case system's owner of an indsats ("Sagsbehandler"): the responsible where no column
      // names one more plainly.
      weak: ['sagsbehandler', 'sagsbehandlere', 'caseworker', 'case worker', 'case officer'],
    },
    status: {
      strong: [
        'rag',
        'rag status',
        'status (rag)',
        'hvordan går det',
        'hvor er vi',
        'hvor langt',
        'hvor langt er vi',
        'trafiklys',
        'statusfarve',
        'farve',
        'stoplys',
        'progress status',
        // A plan lived in keeps the status as its history, newest last ("Planlagt → I gang").
        'statushistorik',
        'statushistorie',
        'status (historik)',
        'status historik',
        'statusforløb',
        'status history',
        // A column ticked when the activity is done (a tick is done; a blank says no status).
        'udført',
        'udført?',
        'færdig?',
        'gennemført?',
        'afsluttet?',
        'done?',
      ],
      // The list a card sits in on a board (Trello "List Name": "I gang", "Færdig") is its state.
      weak: ['list name', 'listenavn'],
    },
    evaluation: {
      strong: [
        'hvad lærte vi',
        'hvad har vi lært',
        'læring',
        'lessons learned',
        'erfaringer',
        'hvordan gik det',
        'evaluering og læring',
      ],
      weak: ['kommentar', 'kommentarer', 'noter', 'note', 'notes', 'comments', 'bemærkning', 'remarks'],
    },
  },
  corps: {
    // A list's own "Title" column (Microsoft Lists, SharePoint: every item has one) holds the
    // item's key: a corps member's initials, an indicator's name, a checklist's question.
    initials: { weak: ['title'] },
    // Time as a share of a full-time post (37 hours a week is one: 004 Tabel 24); tables.ts turns
    // the share into hours.
    hoursPerWeek: {
      strong: [
        'årsværk',
        'antal årsværk',
        'andel af fuld tid',
        'andel af fuldtid',
        'stillingsandel',
        'fuldtidsandel',
        'fte',
        'full-time equivalent',
        'full-time equivalents',
      ],
      // The time a member gives, in the coordinator's word ("Tid": "1½ time/uge", "3 timer ugentligt").
      weak: ['tid', 'tidsforbrug', 'timeforbrug', 'time commitment'],
    },
  },
  indicators: {
    name: { weak: ['title'] },
    // A chart's source table ("Indikator | jan … dec | I alt | Mål 2027"): the months added up so
    // far are the result; weak, as a total may also count something else.
    // "Indikator | Tal": the figure (or "Baseline 4 / mål 12 / status 9", read part by part).
    result: { weak: ['i alt', 'total', 'samlet', 'tal', 'tallene', 'figures'] },
  },
  checklist: {
    // (read-checklist) "Checklist item" names the question, not the list.
    question: { weak: ['emne', 'punkt', 'item', 'checklist item', 'huskepunkt', 'tjekpunkt', 'title'] },
    // "Status 1. halvår | Status 2. halvår": the questions' state at each follow-up, Ja/Delvist/Nej.
    answer: { strong: ['status'] },
  },
};

/**
 * Columns a list exported from SharePoint / Microsoft Lists (or a similar tool) adds by itself: who
 * made or changed the item and when, its id, version, type and path. They are never plan fields: a
 * "Modified" date is not a deadline and "Created by" is not the responsible person.
 */
const LIST_METADATA = [
  'id',
  'oprettet',
  'oprettet af',
  'ændret',
  'ændret af',
  'element type',
  'elementtype',
  'sti',
  'version',
  'created',
  'created by',
  'modified',
  'modified by',
  'item type',
  'path',
  'content type',
  'indholdstype',
  'vedhæftede filer',
  'attachments',
  'compliance asset id',
  'app oprettet af',
  'app ændret af',
  'app created by',
  'app modified by',
  'etiket for opbevaring',
  'retention label',
  'label applied by',
  'etiket anvendt af',
];

const LIST_METADATA_KEYS = new Set(LIST_METADATA.map((t) => foldText(t)));

/** Whether a header names a column a list export adds by itself (see LIST_METADATA). */
export function isListMetadataHeader(header: string): boolean {
  return LIST_METADATA_KEYS.has(foldText(header));
}

const MARK_TERMS: readonly FieldTerm[] = [
  {
    field: 'answer.yes',
    label: { da: 'Ja', en: 'Yes' },
    aliases: ['ja sæt x', 'ja (sæt x)', 'svar ja', 'j', 'opfyldt', 'fulfilled'],
  },
  {
    field: 'answer.partly',
    label: { da: 'Delvist', en: 'Partly' },
    aliases: [
      'delvis',
      'delvist ja',
      'partially',
      'partial',
      'svar delvist',
      'til dels',
      'delvist opfyldt',
      'delvis opfyldt',
    ],
  },
  {
    field: 'answer.no',
    label: { da: 'Nej', en: 'No' },
    aliases: ['svar nej', 'ikke opfyldt', 'not fulfilled'],
  },
];

function buildVocab(spec: TableSheetSpec): TableVocab {
  const extra = EXTRA[spec.key] ?? {};
  const fields: FieldTerm[] = spec.columns.map((col) => {
    const more = extra[col.field];
    return {
      field: col.field,
      label: col.label,
      aliases: [...col.aliases, ...(more?.strong ?? [])],
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
    const tokens = new Set(entry.text.tokens);
    // A term of filler words alone (the alias "til": "Fra | Til") is found by them; any other
    // term only by its words that tell headers apart.
    const onlyFiller = [...tokens].every(isFillerWord);
    for (const t of tokens) {
      if (isFillerWord(t) && !onlyFiller) continue;
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

/**
 * Header words outside the vocabulary that are words of their own, though two letters swapped or a
 * vowel left out would make them a term ("first" → "frist", "sult" → "slut").
 */
const WORDS_OF_THEIR_OWN = new Set(['first', 'sult', 'stat']);

const similarCache = new Map<string, readonly string[]>();

/** Vocabulary words a header word may stand for (plural, definite form, one OCR slip). */
function similarTokens(t: string, vocabTokens: readonly string[]): readonly string[] {
  const cached = similarCache.get(t);
  if (cached) return cached;
  const out: string[] = [];
  // A header word that is itself a word ("Team" of the vocabulary; "First", as in "First name") is
  // no slip of another ("Tema", "Frist").
  const known = vocabTokens.includes(t) || WORDS_OF_THEIR_OWN.has(t);
  if (!/^\d+$/.test(t)) {
    // An index loop: every vocabulary word, for each new header word (for-of makes an object per
    // step until the engine optimises, and on a fresh start this runs cold).
    for (let i = 0; i < vocabTokens.length; i++) {
      const vt = vocabTokens[i] as string;
      if (vt === t || Math.abs(vt.length - t.length) > 4) continue;
      if (known && (swappedNeighbours(t, vt.slice(0, t.length)) || droppedVowel(t, vt))) continue;
      if (tokenSimilarity(t, vt) > 0) out.push(vt);
    }
  }
  if (similarCache.size > 50000) similarCache.clear();
  similarCache.set(t, out);
  return out;
}

const scoreCache = new Map<string, ReadonlyMap<TableKey, readonly FieldScore[]>>();
const EMPTY: ReadonlyMap<TableKey, readonly FieldScore[]> = new Map();

const PAST_DATE =
  /(?<!\p{L})(?:baseline|oprindelige?|original[e]?|initial|første|tidligere|gammel|gamle|faktiske?|actual)(?!\p{L})/u;

const FORECAST_DATE =
  /(?<!\p{L})(?:forventet|forventede|forecast|expected|estimeret|estimerede|estimated)(?!\p{L})/u;

/** A header naming a span of time rather than a day (as activities.ts' span column). */
const SPAN = /^(?:timeline|tidslinje|tidsramme|time frame|timeframe)$/u;

/**
 * A header naming a reviewer or the review as the note's author (lower case): the corps, its
 * secretariat, KL, a consultant, the agency; feedback, a review, a send-back. A note column with no
 * author ("Bemærkning", "Noter") or the municipality's own ("Kommunens bemærkning") is the plan's.
 */
export const REVIEWER_HEADER =
  /(?<!\p{L})(?:fra|by|from) (?:korpset|sekretariatet|korpssekretariatet|kl|konsulent(?:en)?|styrelsen|ministeriet|reviewer(?:en)?|the corps|the secretariat)(?!\p{L})|\((?:kl|korpset|sekretariatet|korpssekretariatet|konsulent|review)\)|(?<!\p{L})(?:korps)?sekretariat(?:ets)?(?!\p{L})|(?<!\p{L})(?:korpsets|konsulentens|styrelsens|kls|kl's|reviewerens)(?!\p{L})|(?<!\p{L})(?:feedback|tilbagemelding(?:er)?|review(?:er)?|reviewer comments?)(?!\p{L})/u;

/** "No." is the number column, "No" the no-answer column. */
function adjust(field: string, header: string, score: number): number {
  const t = header.trim().toLowerCase();
  if (field === 'id' && t === 'no') return Math.min(score, 0.5);
  if (field === 'answer.no' && /^no\.$/.test(t)) return Math.min(score, 0.5);
  // A bare "Dato" names a deadline only where no column says so more plainly: beside "Frist" or
  // "Deadline" it is the day a row was written (a status log's date), so the named column wins.
  if (field === 'deadline' && /^(?:dato|date)$/u.test(t)) return Math.min(score, 0.85);
  // A date of the plan as it was first laid or as it went ("Baseline slut", "Oprindelig frist",
  // "Faktisk slut", "Actual finish") is the field only where no other column names it: beside
  // "Planlagt slut" the plan's own date wins, whatever the columns' order.
  if (field === 'deadline' || field === 'start') {
    if (PAST_DATE.test(t)) return score - 0.02;
    // A forecast ("Forventet slut", "Estimated finish") gives way to the planned date too.
    if (FORECAST_DATE.test(t)) return score - 0.01;
  }
  // A column for a span of time ("Timeline", "Tidsramme") holds the activity's period: beside a
  // column naming its day ("Due date", "Frist"), the day is the deadline and the span its period
  // (read by the table's span column), whatever the columns' order.
  if (field === 'deadline' && SPAN.test(t)) return score - 0.01;
  // A grant ("Bevilget", "Bevilling", "Bevilget beløb": an amount) names a date only with the end of
  // its period it gives ("Bevilget fra", "Bevilget til").
  if (
    (field === 'deadline' || field === 'start') &&
    /^bevil/u.test(t) &&
    !/(?<!\p{L})(?:fra|til)(?!\p{L})/u.test(t)
  )
    return Math.min(score, 0.5);
  // Who delivers an activity ("Leverandør", "Provider") is no milestone, however like "Leverance".
  if (field === 'milestone' && /^(?:leverandør(?:er)?|udbyder|provider|supplier|vendor)$/u.test(t))
    return Math.min(score, 0.5);
  // The day of the next follow-up ("Næste opfølgning") is a date, no evaluation of the result.
  if (field === 'evaluation' && /^(?:næste opfølgning(?:sdato)?|next follow-up(?: date)?)$/u.test(t))
    return Math.min(score, 0.5);
  // A note column headed by someone else than the coordinator ("Bemærkning fra korpset", "Kommentar
  // (KL)", "Feedback", "Sekretariatets kommentar"): a reviewer's, never the plan's own note
  // (review.ts reviewerColumn).
  if ((field === 'evaluation' || field === 'comment') && REVIEWER_HEADER.test(t)) return Math.min(score, 0.5);
  // A header naming a date ("Last Activity Date", "Aktivitetsdato") holds a day, never the activity.
  if (field === 'activity' && /\b(?:date|dato)\b|dato$/u.test(t)) return Math.min(score, 0.5);
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

let exactTerms: Map<string, Set<string>> | undefined;

/**
 * Whether a header is, after normalising (and without a parenthesised remark), a label or alias of
 * this field of this table: a known name for it, so the column is certain.
 */
export function isExactTerm(table: TableKey, field: string, header: string): boolean {
  if (!exactTerms) {
    exactTerms = new Map();
    for (const v of VOCABS) {
      for (const f of v.fields) {
        const set = new Set<string>();
        for (const t of [f.label.da, f.label.en, ...f.aliases]) set.add(foldText(t));
        exactTerms.set(`${v.key}\u0000${f.field}`, set);
      }
    }
  }
  const set = exactTerms.get(`${table}\u0000${field}`);
  if (!set) return false;
  const bare = stripParentheses(header);
  if (set.has(foldText(header)) || (bare !== '' && set.has(foldText(bare)))) return true;
  // A header in both languages ("Tema /⏎Theme", "Status / Status", "Ansvarlig | Owner"): every part
  // is the field's own name.
  if (!/[/|\n]/u.test(header)) return false;
  const parts = header.split(/\s*[/|\n]\s*/u).filter((p) => p.trim() !== '');
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => set.has(foldText(p)));
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
export function mightBeHeader(header: string): boolean {
  // A header set letter-spaced ("T I M E R   P R .   U G E") is its words.
  const text = unprinted(header);
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

// --- Checklist questions by meaning (read-checklist) -------------------------------------------
// Coordinators shorten and paraphrase the 15 questions of 000 Tabel 1 and 2 ("Koordinator valgt?",
// "Behovsanalyse gennemført", "Roles and responsibilities clear"). Besides the spec's own texts,
// each question is known by the short phrases below: its key words as the seed uses them, and the
// everyday words for them. similarity.ts scores a row's text against all of them.

/** Short ways of naming each checklist question (F6 and L6 share their text and phrases). */
export const CHECKLIST_PHRASES: Readonly<Partial<Record<ChecklistId, readonly string[]>>> = {
  F1: ['behovsanalyse', 'analyse af behovet', 'needs analysis'],
  F2: ['aktører inddraget i behovsanalysen', 'stakeholders involved in the needs analysis'],
  F3: ['samarbejdspartnere involveres og informeres', 'partners involved and informed'],
  F4: ['koordinator valgt', 'coordinator appointed'],
  F5: ['udvælgelse af mentorer og forældrecoaches', 'selection of mentors and parent coaches'],
  F6: ['rammer for forløb', 'framework for cases'],
  F7: ['rolle- og ansvarsfordeling', 'roles and responsibilities'],
  L1: ['implementeringsplan med milepæle', 'implementation plan with milestones'],
  L2: ['nedslag og foreløbige resultater', 'checkpoints and interim results'],
  L3: ['opkvalificering', 'upskilling and training'],
  L4: ['aktionslæring og fastholdelse af kompetencer', 'action learning and retaining skills'],
  L5: ['kommunikationsplan for metoden', 'communication plan for the method'],
  L6: ['rammer for forløb', 'framework for cases'],
  L7: ['hvem informeres', 'who is informed'],
  L8: ['hvad, hvornår og hvordan der kommunikeres', 'what, when and how to communicate'],
};

/** Everyday words for the questions' own words (folded form → folded form). */
export const CHECKLIST_SYNONYMS: Readonly<Record<string, string>> = {
  tovholder: 'koordinator',
  tovholderen: 'koordinatoren',
  udpeget: 'valgt',
  fundet: 'valgt',
  appointed: 'chosen',
  stakeholders: 'actors',
  interessenter: 'aktorer',
  partnere: 'samarbejdspartnere',
  partnerne: 'samarbejdspartnere',
};

/** Words that say nothing about which question is meant (folded form). */
export const CHECKLIST_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'er der en et at og i om af til de det den som kan med har for pa fx samt hvor ved hvis skal vi ' +
    'jeres sig vores din jer man blevet vaeret blive the a an is are there be been has have of and to in ' +
    'for on with that as by it its from do does our we'
  ).split(' '),
);

// --- Cover labels (read-checklist) ----------------------------------------------------------------
// A cover label is matched (1) exactly, by the spec's label or alias or the words below, (2) by a
// term's words plus words that only qualify it ("Programme coordinator", "Leder af indsatsen",
// "Responsible manager", "Kommune nr."), or (3) one letter off (OCR). Anything else followed by a
// colon that holds a term's words ("Leder og koordinator:") is a guess, read with a check.

export interface CoverTerm {
  readonly key: FrontFieldKey;
  readonly label: Label;
  readonly aliases: readonly string[];
}

/** Label words real cover sheets use that the spec does not list. */
const COVER_EXTRA: Partial<Record<FrontFieldKey, readonly string[]>> = {
  municipality: ['kommune navn', 'navn på kommune', 'local authority', 'kommunenr'],
  // German beside Danish in a joint plan with a partner across the border ("Periode / Zeitraum",
  // "Leder / Leitung", "Koordinator / Koordinatorin"): a label in both languages names its field
  // when both parts do (bilingualLabel).
  period: [
    'halvår',
    'half-year',
    'half year',
    'reporting half-year',
    'tidsrum',
    'opfølgningshalvår',
    'zeitraum',
    'halbjahr',
  ],
  phase: ['implementeringsfase', 'current phase', 'stage'],
  coordinatorName: [
    'programkoordinator',
    'projektkoordinator',
    'indsatskoordinator',
    'koordinator for indsatsen',
    'contact person',
    'tovholder for indsatsen',
    'koordinatorin',
  ],
  leaderName: [
    'ansvarlig chef',
    'områdeleder',
    'afdelingsleder',
    'centerchef',
    'head of department',
    'lederen',
    // "Ledelse | Henrik Dahl" on a cover: the leader (a theme word only in a plan's rows).
    'ledelse',
    'ledelsen',
    'leitung',
  ],
  organisation: [
    'placering',
    'organisatorisk placering',
    'forankret',
    'anchored in',
    'anchoring',
    'organisering',
  ],
  supervisionModel: ['supervisionsform', 'form for supervision', 'type of supervision', 'supervision model'],
};

/** Words that only qualify a label's term (folded when used). */
const COVER_MODIFIERS = new Set(
  (
    'programme program projekt project lokal lokale local kommunal kommunale kommunens municipal ' +
    'indsatsens indsatsen indsats effort ansvarlig ansvarlige responsible overordnet overordnede ' +
    'daglig daglige faglig primær primary main lead navn name nr nummer kode code adresse address ' +
    'nuværende current aktuel aktuelle our vores the for af på of i in til nærmeste direkte closest ' +
    'direct line denne dette fil filen this file'
  )
    .split(' ')
    .map((w) => foldText(w)),
);

export const COVER_TERMS: readonly CoverTerm[] = FRONT_SHEET.fields.map((f) => ({
  key: f.key,
  label: f.label,
  aliases: [...f.aliases, ...(COVER_EXTRA[f.key] ?? [])],
}));

const coverIndex = new Map<string, FrontFieldKey>();
for (const t of COVER_TERMS) {
  for (const text of [t.label.da, t.label.en, ...t.aliases]) {
    const k = foldText(text);
    if (k !== '' && !coverIndex.has(k)) coverIndex.set(k, t.key);
  }
}

/** A cover label as written (after folding) only, without the tolerance for misspellings or extra words. */
export function coverLabelExact(text: string): CoverLabelMatch | undefined {
  if (text.length > 60) return undefined;
  const key = coverIndex.get(foldText(text));
  return key ? { key, confidence: 1 } : undefined;
}

const preparedCoverTerms = COVER_TERMS.flatMap((t) =>
  [t.label.da, t.label.en, ...t.aliases].map((term) => ({ key: t.key, text: prepareText(term) })),
);

export interface CoverLabelMatch {
  readonly key: FrontFieldKey;
  /** 1 when the label names the field for certain; lower for a guess. */
  readonly confidence: number;
}

/**
 * The cover field a label names, and how sure: "Kommune:", "Koordinatorens e-mail", "Periode
 * (halvår)", "Programme coordinator", "Leder af indsatsen". `colon`: the label ended with a colon
 * (a label for certain, so a looser reading of its words is allowed, with a lower confidence).
 */
export function coverLabelMatch(text: string, colon = false): CoverLabelMatch | undefined {
  if (text.length > 60) return undefined;
  const key = colon ? `:${text}` : text;
  const hit = coverLabelCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const out = coverLabelUncached(text, colon);
  if (coverLabelCache.size >= COVER_LABEL_CACHE_MAX) coverLabelCache.clear();
  coverLabelCache.set(key, out ?? null);
  return out;
}

/** "Label (place)": the label and the place in brackets at its end. */
export const PLACE_QUALIFIED = /^(.*\S)\s*\(([^()]+)\)\s*:?$/u;

/** Words that name the corps' effort: the corps, its mentors, its parent coaches. */
export const NAMES_CORPS =
  /korps|mentor|forældre-?\s?coach|foraeldrecoach|parent[-\s]?coach|(?<![\p{L}])corps(?![\p{L}])/iu;

/** Label texts already read (every text cell outside the tables is looked at once per workbook). */
const coverLabelCache = new Map<string, CoverLabelMatch | null>();
const COVER_LABEL_CACHE_MAX = 5000;

function coverLabelUncached(text: string, colon: boolean): CoverLabelMatch | undefined {
  const direct = coverIndex.get(foldText(text));
  if (direct) return { key: direct, confidence: 1 };
  // A label qualified by the Danish municipality it is about, in a joint plan's cover
  // ("Koordinator (Sønderborg)"): the label (the cover reading passes it over where the cover names
  // another municipality as its own: cover.ts). A place that is no Danish municipality
  // ("Koordinatorin (Flensburg)", the partner's across the border) leaves it no label of this plan.
  const qualified = PLACE_QUALIFIED.exec(text);
  if (qualified && findMunicipalities(qualified[2] ?? '').length > 0)
    return coverLabelUncached(qualified[1] ?? '', colon);
  // A label qualified by the effort it is about, on a cover shared by several programmes
  // ("Koordinator (mentor- og forældrekorps)"): the label.
  if (qualified && NAMES_CORPS.test(qualified[2] ?? '')) return coverLabelUncached(qualified[1] ?? '', colon);

  const h = prepareText(text);
  if (h.tokens.length === 0 || h.tokens.length > 6) return undefined;
  let best: { key: FrontFieldKey; score: number; words: number; confidence: number } | undefined;
  for (const term of preparedCoverTerms) {
    // Close OCR/ASCII spellings of the whole label (one letter off).
    const s = scorePrepared(h, term.text);
    let confidence = s >= 0.85 ? Math.min(1, s + 0.05) : 0;
    // The term's words, and words that only qualify it (or, after a colon, at most two others).
    if (confidence === 0) {
      const used = new Set<number>();
      let all = term.text.tokens.length > 0;
      for (const w of term.text.tokens) {
        const at = h.tokens.findIndex((t, i) => !used.has(i) && tokenSimilarity(t, w) >= 0.85);
        if (at < 0) {
          if (!isFillerWord(w)) all = false;
          continue;
        }
        used.add(at);
      }
      const rest = h.tokens.filter((t, i) => !used.has(i) && !isFillerWord(t));
      if (all && used.size > 0) {
        if (rest.every((t) => COVER_MODIFIERS.has(t))) confidence = 1;
        else if (colon && rest.length <= 2) confidence = 0.7;
      }
    }
    if (confidence === 0) continue;
    const words = term.text.tokens.length;
    if (
      !best ||
      confidence > best.confidence ||
      (confidence === best.confidence && (words > best.words || (words === best.words && s > best.score)))
    ) {
      best = { key: term.key, score: s, words, confidence };
    }
  }
  if (best) return { key: best.key, confidence: best.confidence };
  return shortenedLabel(text, colon) ?? bilingualLabel(text, colon);
}

/**
 * A label cut short with a full stop before its colon ("Koord.:", "Ansv. leder:" is not one): the
 * one cover field with a one-word name that begins so, four letters or more. A guess, below 1.
 */
function shortenedLabel(text: string, colon: boolean): CoverLabelMatch | undefined {
  const m = colon ? /^(\p{L}{4,})\.$/u.exec(text.trim()) : null;
  if (!m) return undefined;
  const stem = foldText(m[1] ?? '');
  const keys = new Set(
    preparedCoverTerms
      .filter((t) => t.text.tokens.length === 1 && (t.text.tokens[0] ?? '').startsWith(stem))
      .map((t) => t.key),
  );
  const [key] = keys;
  return keys.size === 1 && key !== undefined ? { key, confidence: 0.85 } : undefined;
}

/** Where a label in two languages is split: "Fase / Phase", "Leder | Manager", "Koordinator (Coordinator)". */
const LANGUAGE_SPLIT = /\s*[/|\n]\s*|\s*\(\s*|\s*\)\s*/u;

/**
 * A label written in both languages ("Fase / Phase", "Koordinator (Coordinator)"): every part names
 * the same field, so the label does; parts naming different fields, or a part naming none, make no
 * label.
 */
function bilingualLabel(text: string, colon: boolean): CoverLabelMatch | undefined {
  if (!/[/|\n(]/u.test(text)) return undefined;
  const parts = text.split(LANGUAGE_SPLIT).filter((p) => p.replace(/[:\s]/gu, '') !== '');
  if (parts.length < 2 || parts.length > 3) return undefined;
  let out: CoverLabelMatch | undefined;
  for (const part of parts) {
    const m = coverLabelUncached(part, colon);
    if (!m || (out && m.key !== out.key)) return undefined;
    out = out ? { key: out.key, confidence: Math.min(out.confidence, m.confidence) } : m;
  }
  return out;
}

/** The cover field a label cell names (certainly, or one letter off). */
export function coverLabel(text: string): FrontFieldKey | undefined {
  const m = coverLabelMatch(text);
  return m && m.confidence >= 0.85 ? m.key : undefined;
}

// --- Value words --------------------------------------------------------------------------------
//
// Words coordinators write in list columns that the template's lists (spec.ts synonyms) do not
// name, each with how sure a careful reader is. Confidence 1: the word names the value ("Pågår" is
// I gang). Below 1: a judgement the coordinator is asked to confirm, with the reason. A word here
// wins over a spec synonym of the same text (spec.ts lists "udskudt" as Ændret; here it is still
// Ændret, but as a judgement to be checked).

export interface ValueWord {
  /** As written (matched after folding case, accents, Danish letters and spaces). */
  readonly text: string;
  readonly id: string;
  readonly confidence: number;
  /** Why the reading is a judgement (required below 1). */
  readonly why?: Label;
}

type WordGroup = readonly [id: string, confidence: number, why: Label | undefined, words: readonly string[]];

const STATUS_WHY = {
  postponed: {
    da: 'Udskudt er læst som Ændret (planen er ændret). Er aktiviteten stadig i gang, så vælg I gang.',
    en: 'Postponed was read as Changed (the plan was changed). If the activity is still under way, choose In progress.',
  },
  late: {
    da: 'Forsinket er ikke en status: korpsplan regner selv ud, at en aktivitet er forsinket, når deadline er overskredet. Læst som I gang – vælg Ikke startet, hvis den ikke er begyndt.',
    en: 'Late is not a status: korpsplan works out itself that an activity is late when its deadline has passed. Read as In progress – choose Not started if it has not begun.',
  },
  risk: {
    da: 'I risiko er læst som I gang (aktiviteten er i gang, men truet).',
    en: 'At risk was read as In progress (the activity is under way, but threatened).',
  },
  track: {
    da: 'På sporet er læst som I gang. Er aktiviteten færdig, så vælg Gennemført.',
    en: 'On track was read as In progress. If the activity is finished, choose Done.',
  },
  hold: {
    da: 'Sat på pause er læst som Ændret (aktiviteten følger ikke planen). Vælg I gang, hvis den fortsætter snart, eller Lukket, hvis den er stoppet.',
    en: 'On hold was read as Changed (the activity does not follow the plan). Choose In progress if it resumes soon, or Closed if it has stopped.',
  },
  ready: {
    da: 'Klar er læst som Gennemført. Betyder det "klar til at gå i gang", så vælg Ikke startet.',
    en: 'Ready was read as Done. If it means "ready to start", choose Not started.',
  },
  unfinished: {
    da: 'Ikke færdig er læst som I gang.',
    en: 'Not finished was read as In progress.',
  },
  almost: {
    da: 'Næsten færdig er læst som I gang: aktiviteten er ikke færdig endnu.',
    en: 'Almost done was read as In progress: the activity is not finished yet.',
  },
  planning: {
    da: 'Under planlægning er læst som Ikke startet (aktiviteten forberedes, men er ikke gået i gang).',
    en: 'Being planned was read as Not started (the activity is being prepared but has not begun).',
  },
  irrelevant: {
    da: 'Ikke relevant er læst som Lukket (aktiviteten gennemføres ikke). Er den udskudt, så vælg Ændret.',
    en: 'Not relevant was read as Closed (the activity will not be carried out). If it was postponed, choose Changed.',
  },
  future: {
    da: 'En fremtidig handling ("påbegyndes", "gennemføres") er læst som Ikke startet.',
    en: 'A future action ("will be started", "will be carried out") was read as Not started.',
  },
  ending: {
    da: '"Afsluttes" (skal afsluttes) er læst som I gang.',
    en: '"To be completed" was read as In progress.',
  },
  replaced: {
    da: 'Erstattet er læst som Ændret.',
    en: 'Replaced was read as Changed.',
  },
  stopped: {
    da: 'Stoppet er læst som Lukket (aktiviteten er afbrudt).',
    en: 'Stopped was read as Closed (the activity was discontinued).',
  },
  operating: {
    da: 'I drift er læst som Gennemført (aktiviteten er gennemført og kører nu i drift).',
    en: 'In operation was read as Done (the activity was carried out and now runs as usual).',
  },
  backlog: {
    da: 'En tavles liste over det, der skal gøres (eller idéer), er læst som Ikke startet. Er aktiviteten begyndt, så vælg I gang.',
    en: "A board's list of work to do (or ideas) was read as Not started. If the activity has begun, choose In progress.",
  },
  open: {
    da: 'Åben siger kun, at opgaven ikke er lukket, ikke om den er begyndt: læst som I gang. Er den ikke begyndt, så vælg Ikke startet.',
    en: 'Open only says the task is not closed, not whether it has begun: read as In progress. If it has not begun, choose Not started.',
  },
  waiting: {
    da: 'Afventer er læst som Ikke startet (aktiviteten venter på noget og er ikke gået i gang). Er den allerede i gang, så vælg I gang.',
    en: 'Waiting was read as Not started (the activity waits for something and has not begun). If it is already under way, choose In progress.',
  },
  ongoing: {
    da: 'Løbende er læst som I gang.',
    en: 'Continuous was read as In progress.',
  },
  approval: {
    da: 'Sendt til godkendelse eller høring er læst som I gang: arbejdet er ikke godkendt endnu.',
    en: 'Sent for approval or consultation was read as In progress: the work is not approved yet.',
  },
  approved: {
    da: 'Godkendt er læst som Gennemført.',
    en: 'Approved was read as Done.',
  },
  starting: {
    da: 'Opstart er læst som I gang: aktiviteten er ved at starte.',
    en: 'Starting up was read as In progress: the activity is being started.',
  },
  held: {
    da: 'Afholdt er læst som Gennemført: aktiviteten har fundet sted.',
    en: 'Held was read as Done: the activity has taken place.',
  },
  notHeld: {
    da: 'Ikke afholdt er læst som Ikke startet: aktiviteten har ikke fundet sted endnu.',
    en: 'Not held was read as Not started: the activity has not taken place yet.',
  },
  fine: {
    da: 'OK/fint er læst som Gennemført. Betyder det "går fint" (aktiviteten er ikke færdig), så vælg I gang.',
    en: 'OK/fine was read as Done. If it means "going well" (the activity is not finished), choose In progress.',
  },
  inPlace: {
    da: 'På plads er læst som Gennemført. Er aktiviteten ikke færdig, så vælg I gang.',
    en: 'In place was read as Done. If the activity is not finished, choose In progress.',
  },
  expected: {
    da: 'En afslutning, der ventes senere ("forventes færdig", "bliver færdig"), er læst som I gang: aktiviteten er ikke færdig endnu.',
    en: 'A finish expected later ("expected to be done") was read as In progress: the activity is not finished yet.',
  },
  stuck: {
    da: 'Står fast er læst som I gang (aktiviteten er begyndt, men kommer ikke videre). Er den stoppet, så vælg Lukket eller Ændret.',
    en: 'Stuck was read as In progress (the activity has begun but cannot move on). If it has stopped, choose Closed or Changed.',
  },
  booked: {
    da: 'Booket er læst som Ikke startet: aktiviteten er planlagt, men ikke holdt endnu. Er den holdt, så vælg Gennemført.',
    en: 'Booked was read as Not started: the activity is planned but not held yet. If it was held, choose Done.',
  },
  inUse: {
    da: 'Taget i brug / sendt ud er læst som Gennemført: det, aktiviteten skulle lave, er færdigt og i brug. Er den ikke færdig, så vælg I gang.',
    en: 'Put into use / sent out was read as Done: what the activity was to make is finished and in use. If it is not finished, choose In progress.',
  },
  granted: {
    da: 'Bevilget/visiteret (et sagssystems status) er læst som Ikke startet: indsatsen er bevilget, men ikke gået i gang. Er den i gang, så vælg I gang.',
    en: "Granted/assigned (a case system's status) was read as Not started: the activity is granted but has not begun. If it is under way, choose In progress.",
  },
  running: {
    da: 'Kører er læst som I gang. Er aktiviteten gennemført og kører nu i drift, så vælg Gennemført.',
    en: 'Running was read as In progress. If the activity was carried out and now runs as usual, choose Done.',
  },
} as const satisfies Record<string, Label>;

const STATUS_WORDS: readonly WordGroup[] = [
  ['not_started', 1, undefined, ['ikke begyndt endnu', 'ej påbegyndt', 'not yet started', 'ikke opstartet']],
  // German, as a partner across the border writes a joint plan's statuses (Sønderborg with
  // Flensburg): "offen" / "in Arbeit" / "erledigt", and "verschoben" as Udskudt is read.
  ['not_started', 1, undefined, ['offen', 'nicht begonnen', 'noch nicht begonnen', 'noch offen']],
  // A case system's statuses of an indsats (KMD Nexus): "Aktiv" runs; "Bevilget" and "Visiteret"
  // are granted or assigned, not begun.
  ['in_progress', 1, undefined, ['aktiv', 'active']],
  ['not_started', 0.6, STATUS_WHY.granted, ['bevilget', 'bevilliget', 'visiteret', 'granted']],
  ['in_progress', 1, undefined, ['in arbeit', 'in bearbeitung', 'laufend']],
  ['done', 1, undefined, ['erledigt', 'abgeschlossen', 'fertig', 'umgesetzt']],
  ['closed', 1, undefined, ['abgesagt', 'entfällt', 'gestrichen']],
  // A meeting or a course booked, invitations sent: planned, not held yet.
  [
    'not_started',
    0.7,
    STATUS_WHY.booked,
    [
      'booket',
      'booked',
      'bestilt',
      'indkaldt',
      'scheduled',
      'inviteret',
      'invitation sendt',
      'invitationen er sendt',
      'invitationer sendt',
      'invitationerne er sendt',
      'invitations sent',
    ],
  ],
  [
    'in_progress',
    1,
    undefined,
    [
      'pågår',
      'pågående',
      'i gang',
      'igangværende',
      'opstartet',
      'under arbejde',
      'under udarbejdelse',
      'under udvikling',
      'under implementering',
      'fortsætter',
      'halvvejs',
      'halvejs',
      'in progress',
      // Project tools' own labels (monday.com "Working on it", Asana/Jira "Doing").
      'working on it',
      'doing',
    ],
  ],
  [
    'done',
    1,
    undefined,
    ['gennemført', 'implementeret', 'fuldført', 'completed', 'done', 'færdig', 'afsluttet'],
  ],
  [
    'closed',
    1,
    undefined,
    [
      'nedlagt',
      'ophørt',
      'annulleret',
      'aflyst',
      'droppet',
      'udgået',
      'udgår',
      'bortfaldet',
      'bortfalder',
      'skrinlagt',
      'cancelled',
      'canceled',
      'closed',
    ],
  ],
  ['changed', 1, undefined, ['ændret', 'changed', 'justeret', 'revideret']],
  [
    'changed',
    0.6,
    STATUS_WHY.postponed,
    [
      'verschoben',
      'udskudt',
      'udsat',
      'postponed',
      'rescheduled',
      'flyttet',
      'deferred',
      'overført til næste halvår',
      'overføres til næste halvår',
      'flyttet til næste halvår',
      'flyttes til næste halvår',
      'rykket til næste halvår',
      'carried over',
    ],
  ],
  [
    'in_progress',
    0.6,
    STATUS_WHY.late,
    ['forsinket', 'delayed', 'behind', 'behind schedule', 'late', 'bagud', 'overdue', 'overskredet'],
  ],
  [
    'in_progress',
    0.6,
    STATUS_WHY.risk,
    ['at risk', 'i risiko', 'risiko', 'udfordret', 'kritisk', 'critical', 'off track', 'ikke på sporet'],
  ],
  [
    'in_progress',
    0.8,
    STATUS_WHY.track,
    ['on track', 'på sporet', 'planmæssigt', 'kører planmæssigt', 'efter planen', 'according to plan'],
  ],
  [
    'changed',
    0.5,
    STATUS_WHY.hold,
    [
      'on hold',
      'på hold',
      'sat på hold',
      'lagt på hold',
      'sat på pause',
      'på pause',
      'pause',
      'paused',
      'sat i bero',
      'i bero',
      'stillet i bero',
      'parkeret',
      'parked',
    ],
  ],
  // Work handed in for approval or consultation: done by the municipality, not yet approved.
  [
    'in_progress',
    0.7,
    STATUS_WHY.approval,
    [
      'til godkendelse',
      'afventer godkendelse',
      'sendt til godkendelse',
      'sendt til høring',
      'i høring',
      'til behandling',
      'under behandling',
      'under review',
      'in review',
      'awaiting approval',
    ],
  ],
  ['done', 0.8, STATUS_WHY.approved, ['godkendt', 'vedtaget', 'approved', 'adopted']],
  [
    'in_progress',
    0.8,
    STATUS_WHY.starting,
    ['opstart', 'under opstart', 'i opstart', 'opstartsfase', 'starting up'],
  ],
  ['done', 0.6, STATUS_WHY.ready, ['klar', 'ready']],
  [
    'in_progress',
    0.6,
    STATUS_WHY.stuck,
    ['stuck', 'blocked', 'blokeret', 'står fast', 'står stille', 'gået i stå', 'kørt fast'],
  ],
  // A board's lists (Trello, Planner buckets) named for the work not yet begun.
  [
    'not_started',
    0.8,
    STATUS_WHY.backlog,
    [
      'skal gøres',
      'skal laves',
      'backlog',
      'ideer',
      'idéliste',
      'idébank',
      'ideas',
      'up next',
      'kommende',
      'upcoming',
    ],
  ],
  // A case system's task that is not closed ("Åben"): begun or not is not told.
  ['in_progress', 0.5, STATUS_WHY.open, ['åben', 'åbent', 'åbnet']],
  [
    'not_started',
    0.6,
    STATUS_WHY.waiting,
    ['afventer', 'afventende', 'venter', 'awaiting', 'waiting', 'pending', 'on standby'],
  ],
  [
    'in_progress',
    0.6,
    STATUS_WHY.unfinished,
    [
      'ikke færdig',
      'ikke afsluttet',
      'ikke gennemført',
      'ikke udført',
      'not done',
      'not complete',
      'not finished',
      'incomplete',
      'delvist',
      'delvist gennemført',
      'delvis gennemført',
      'gennemført delvist',
      'afsluttet delvist',
      'delvist afsluttet',
      'delvis afsluttet',
      'delvist færdig',
      'delvis færdig',
      'færdig delvist',
      'partly done',
      'uafsluttet',
      'ufærdig',
      'halvfærdig',
      'halvt færdig',
      'unfinished',
      'uncompleted',
    ],
  ],
  [
    'not_started',
    0.7,
    STATUS_WHY.future,
    ['påbegyndes', 'igangsættes', 'startes', 'planlægges', 'gennemføres', 'opstartes', 'to be started'],
  ],
  ['in_progress', 0.6, STATUS_WHY.ending, ['afsluttes', 'færdiggøres']],
  // "Næsten færdig": the word færdig is there, but the activity is not (never read as Gennemført).
  [
    'in_progress',
    0.9,
    STATUS_WHY.almost,
    [
      'næsten færdig',
      'næsten gennemført',
      'næsten afsluttet',
      'næsten i mål',
      'snart færdig',
      'almost done',
      'nearly done',
      'almost finished',
      'nearly finished',
      'almost complete',
      'nearly complete',
    ],
  ],
  [
    'not_started',
    0.7,
    STATUS_WHY.planning,
    ['under planlægning', 'i planlægning', 'being planned', 'in planning'],
  ],
  [
    'closed',
    0.6,
    STATUS_WHY.irrelevant,
    [
      'ikke relevant',
      'ikke længere relevant',
      'ikke aktuel',
      'ikke aktuelt',
      'not relevant',
      'no longer relevant',
    ],
  ],
  ['changed', 0.8, STATUS_WHY.replaced, ['erstattet', 'replaced']],
  ['closed', 0.8, STATUS_WHY.stopped, ['stoppet', 'stopped', 'afbrudt', 'discontinued']],
  ['done', 0.7, STATUS_WHY.operating, ['i drift', 'in operation', 'overgået til drift']],
  [
    'in_progress',
    0.8,
    STATUS_WHY.ongoing,
    [
      'løbende',
      'fortløbende',
      'continuous',
      'continuing',
      'kontinuerlig',
      'kontinuerligt',
      'fast aktivitet',
      'tilbagevendende',
      'gentages',
      'recurring',
    ],
  ],
  // A meeting, a course or an event: held is done, not held yet has not started.
  ['done', 0.9, STATUS_WHY.held, ['afholdt', 'er afholdt', 'afviklet', 'er afviklet', 'held']],
  [
    'not_started',
    0.7,
    STATUS_WHY.notHeld,
    [
      'ikke afholdt',
      'ikke afholdt endnu',
      'endnu ikke afholdt',
      'ikke holdt endnu',
      'ikke afviklet',
      'not held yet',
    ],
  ],
  // Loose words: usually meant as the status, but said of an activity going well as often.
  ['done', 0.6, STATUS_WHY.fine, ['ok', 'okay', 'o.k.', 'fint', 'i orden', 'in order', 'fine', 'all good']],
  ['done', 0.7, STATUS_WHY.inPlace, ['på plads', 'er på plads', 'in place']],
  ['in_progress', 0.8, STATUS_WHY.running, ['kører', 'running']],
  // What an activity made is in use or sent out: done.
  [
    'done',
    0.7,
    STATUS_WHY.inUse,
    [
      'taget i brug',
      'er taget i brug',
      'i brug',
      'sendt ud',
      'er sendt ud',
      'udsendt',
      'er udsendt',
      'in use',
      'sent out',
    ],
  ],
  [
    'in_progress',
    0.8,
    STATUS_WHY.expected,
    [
      'forventes færdig',
      'forventes afsluttet',
      'forventes gennemført',
      'forventet færdig',
      'bliver færdig',
      'bliver afsluttet',
      'bliver gennemført',
      'færdig snart',
      'afsluttet snart',
      'expected to be done',
      'expected to finish',
      'expected to be completed',
      'will be done',
      'will be completed',
    ],
  ],
];

const ANCHORING_WHY = {
  continues: {
    da: 'Fortsætter er læst som Fortsætter i drift.',
    en: 'Continues was read as Continues in operation.',
  },
  funding: {
    da: 'Finansiering udefra er læst som Fortsætter med særskilt bevilling.',
    en: 'Outside funding was read as Continues with separate funding.',
  },
  budget: {
    da: 'Indarbejdet i budgettet er læst som Fortsætter i drift.',
    en: 'Written into the budget was read as Continues in operation.',
  },
  ends: {
    da: 'Ophører er læst som Ikke forankret.',
    en: 'Ends was read as Not anchored.',
  },
} as const satisfies Record<string, Label>;

const ANCHORING_WORDS: readonly WordGroup[] = [
  [
    'operation',
    1,
    undefined,
    ['forankret i drift', 'videreføres i drift', 'overgår til drift', 'en del af driften', 'i driften'],
  ],
  ['experience', 1, undefined, ['erfaringerne videreføres', 'læring videreføres', 'viden videreføres']],
  ['operation', 0.7, ANCHORING_WHY.continues, ['fortsætter', 'videreføres', 'continues', 'permanent']],
  // Written into the municipality's own budget: it runs on as part of the ordinary operation.
  [
    'operation',
    0.8,
    ANCHORING_WHY.budget,
    [
      'indarbejdes i budgettet',
      'indarbejdet i budgettet',
      'en del af budgettet',
      'i budgettet',
      'budgetlagt',
    ],
  ],
  [
    'separate_funding',
    0.8,
    ANCHORING_WHY.funding,
    [
      'puljemidler',
      'projektmidler',
      'særskilte midler',
      'særskilt finansiering',
      'særskilt finansieret',
      'egen bevilling',
      'ekstern finansiering',
      'fondsmidler',
      'external funding',
    ],
  ],
  ['none', 0.8, ANCHORING_WHY.ends, ['ophører', 'stopper', 'lukkes', 'ingen forankring', 'ends']],
];

const PHASE_WHY = {
  planning: { da: 'Planlægning er læst som Forberedelse.', en: 'Planning was read as Preparation.' },
  pilot: {
    da: 'Opstart/pilot er læst som Indledende implementering.',
    en: 'Start-up/pilot was read as Initial implementation.',
  },
  implementation: {
    da: 'Implementering er læst som Indledende implementering. Er indsatsen fuldt udrullet, så vælg Fuld implementering.',
    en: 'Implementation was read as Initial implementation. If the effort is fully rolled out, choose Full implementation.',
  },
  operation: {
    da: 'Drift er læst som Fuld implementering.',
    en: 'Operation was read as Full implementation.',
  },
  anchoring: {
    da: 'Forankring er læst som Fuld implementering (indsatsen er en fast del af driften).',
    en: 'Anchoring was read as Full implementation (the effort is part of everyday operation).',
  },
} as const satisfies Record<string, Label>;

const PHASE_WORDS: readonly WordGroup[] = [
  ['preparation', 1, undefined, ['forberedelsesfasen', 'forberedende fase']],
  ['readiness', 1, undefined, ['klargøringsfasen']],
  ['initial', 1, undefined, ['indledende fase', 'indledende implementeringsfase']],
  ['full', 1, undefined, ['fuld implementeringsfase', 'fuld drift']],
  [
    'preparation',
    0.7,
    PHASE_WHY.planning,
    ['planlægning', 'planlægningsfase', 'planlægningsfasen', 'planning'],
  ],
  ['initial', 0.7, PHASE_WHY.pilot, ['opstartsfase', 'opstartsfasen', 'pilot', 'pilotfase', 'afprøvning']],
  [
    'initial',
    0.5,
    PHASE_WHY.implementation,
    ['implementering', 'implementeringsfase', 'implementeringsfasen'],
  ],
  ['full', 0.8, PHASE_WHY.operation, ['driftsfase', 'driftsfasen', 'i drift']],
  ['full', 0.8, PHASE_WHY.anchoring, ['forankringsfase', 'forankringsfasen']],
];

const ORGANISATION_WHY = {
  social: {
    da: 'En social afdeling for børn og familier er læst som Socialforvaltningen.',
    en: 'A social department for children and families was read as Social services.',
  },
  other: { da: 'Læst som Andet.', en: 'Read as Other.' },
} as const satisfies Record<string, Label>;

const ORGANISATION_WORDS: readonly WordGroup[] = [
  ['social', 1, undefined, ['socialafdelingen', 'social og sundhed']],
  [
    'employment',
    1,
    undefined,
    [
      'beskæftigelsesafdelingen',
      'arbejdsmarkedsafdelingen',
      'arbejdsmarked',
      'arbejdsmarkedsområdet',
      'arbejdsmarkedsforvaltningen',
    ],
  ],
  [
    'social',
    0.8,
    ORGANISATION_WHY.social,
    [
      'børn og unge',
      'børne og ungeforvaltningen',
      'familieafdelingen',
      'børn og familier',
      'børn og familie',
    ],
  ],
  [
    'other',
    0.6,
    ORGANISATION_WHY.other,
    ['skoleområdet', 'uu', 'ungdommens uddannelsesvejledning', 'sundhed'],
  ],
];

const SUPERVISION_WHY = {
  external: {
    da: 'En psykolog eller konsulent udefra er læst som Ekstern supervisor.',
    en: 'A psychologist or consultant from outside was read as External supervisor.',
  },
  leader: {
    da: 'En leder er læst som Leder eller koordinator er supervisor.',
    en: 'A leader was read as Leader or coordinator supervises.',
  },
  internal: {
    da: 'Sparring mellem kolleger er læst som Intern supervisor.',
    en: 'Peer supervision was read as Internal supervisor.',
  },
  none: {
    da: 'Supervision efter behov er læst som Ingen systematisk supervision.',
    en: 'Supervision as needed was read as No systematic supervision.',
  },
} as const satisfies Record<string, Label>;

const SUPERVISION_WORDS: readonly WordGroup[] = [
  ['none', 1, undefined, ['ingen fast supervision', 'ingen systematisk supervision']],
  [
    'external',
    0.8,
    SUPERVISION_WHY.external,
    ['ekstern konsulent', 'ekstern psykolog', 'psykolog', 'konsulent'],
  ],
  [
    'leader_or_coordinator',
    0.8,
    SUPERVISION_WHY.leader,
    ['teamleder', 'afdelingsleder', 'nærmeste leder', 'lederen', 'ledelsen'],
  ],
  [
    'internal',
    0.8,
    SUPERVISION_WHY.internal,
    ['kollegial supervision', 'kollegial sparring', 'intern sparring', 'sparring med kolleger'],
  ],
  ['none', 0.6, SUPERVISION_WHY.none, ['efter behov', 'ad hoc', 'ved behov']],
];

const ROLE_WHY = {
  mentor: { da: 'Læst som Mentor.', en: 'Read as Mentor.' },
  coach: { da: 'Familiecoach er læst som Forældrecoach.', en: 'Family coach was read as Parent coach.' },
} as const satisfies Record<string, Label>;

const CORPS_ROLE_WORDS: readonly WordGroup[] = [
  [
    'both',
    1,
    undefined,
    [
      'mentor og forældrecoach',
      'mentor + forældrecoach',
      'mentor fc',
      'm fc',
      'mentor & fc',
      // The two roles in the other order.
      'forældrecoach og mentor',
      'forældrecoach & mentor',
      'forældrecoach + mentor',
      'forældrecoach/mentor',
      'fc og mentor',
      'fc & mentor',
      'fc + mentor',
      'fc/mentor',
      'parent coach and mentor',
      'mentor and parent coach',
    ],
  ],
  ['mentor', 1, undefined, ['mentorer']],
  ['parent_coach', 1, undefined, ['forældrecoaches', 'parent coaches', 'forældre coach']],
  ['mentor', 0.9, ROLE_WHY.mentor, ['ungementor', 'uddannelsesmentor', 'jobmentor']],
  ['parent_coach', 0.7, ROLE_WHY.coach, ['familiecoach', 'family coach']],
];

function expand(groups: readonly WordGroup[]): ValueWord[] {
  return groups.flatMap(([id, confidence, why, words]) =>
    words.map((text) => (why ? { text, id, confidence, why } : { text, id, confidence })),
  );
}

/** The value words of each list (lists without free words have none). */
export const VALUE_WORDS: Partial<Record<ListId, readonly ValueWord[]>> = {
  status: expand(STATUS_WORDS),
  anchoring: expand(ANCHORING_WORDS),
  phase: expand(PHASE_WORDS),
  organisation: expand(ORGANISATION_WORDS),
  supervisionModel: expand(SUPERVISION_WORDS),
  corpsRole: expand(CORPS_ROLE_WORDS),
};

const judgedWords = new Map<ListId, Map<string, ValueWord>>();

/**
 * The value word a text is when the vocabulary reads it only as a judgement ("OK" as Gennemført,
 * "Afventer" as Ikke startet): for a legend that explains a colour or a symbol by such a word.
 */
export function judgedValueWord(list: ListId, text: string): ValueWord | undefined {
  let words = judgedWords.get(list);
  if (!words) {
    words = new Map();
    for (const w of VALUE_WORDS[list] ?? []) if (w.confidence < 1) words.set(foldText(w.text), w);
    judgedWords.set(list, words);
  }
  return words.get(foldText(text));
}

/**
 * Traffic-light words in a status column. In a column headed RAG (or written in English: Green,
 * Amber, Red) they report progress against the plan, so every colour is an activity under way
 * (green on track, amber at risk, red off track). In a Danish status column (Grøn, Gul, Rød) they
 * are usually the handleplan's progress legend: grøn gennemført, gul i gang, rød ikke startet. A
 * legend in the header ("Status (grøn = afsluttet, gul = i gang, rød = ikke startet)") wins. Every
 * reading without a legend is a judgement to be confirmed.
 */
export const TRAFFIC_LIGHTS = {
  green: ['grøn', 'groen', 'green', 'g'],
  amber: ['gul', 'amber', 'yellow', 'orange', 'a', 'y'],
  red: ['rød', 'roed', 'red', 'r'],
} as const;
export type TrafficLight = keyof typeof TRAFFIC_LIGHTS;

export const RAG_READING: Record<TrafficLight, { id: string; confidence: number; why: Label }> = {
  green: {
    id: 'in_progress',
    confidence: 0.5,
    why: {
      da: 'Grøn i en RAG-kolonne betyder normalt "på sporet": læst som I gang. Er aktiviteten færdig, så vælg Gennemført.',
      en: 'Green in a RAG column usually means "on track": read as In progress. If the activity is finished, choose Done.',
    },
  },
  amber: {
    id: 'in_progress',
    confidence: 0.5,
    why: {
      da: 'Gul/amber i en RAG-kolonne betyder normalt "i risiko": læst som I gang.',
      en: 'Amber in a RAG column usually means "at risk": read as In progress.',
    },
  },
  red: {
    id: 'in_progress',
    confidence: 0.4,
    why: {
      da: 'Rød i en RAG-kolonne betyder normalt "ikke på sporet": læst som I gang. Er aktiviteten ikke begyndt, så vælg Ikke startet.',
      en: 'Red in a RAG column usually means "off track": read as In progress. If the activity has not begun, choose Not started.',
    },
  },
};

export const PROGRESS_LIGHT_READING: Record<TrafficLight, { id: string; confidence: number; why: Label }> = {
  green: {
    id: 'done',
    confidence: 0.5,
    why: {
      da: 'Grøn er læst som Gennemført (det sædvanlige i en handleplan uden forklaring af farverne). Betyder grøn "på sporet", så vælg I gang.',
      en: 'Green was read as Done (the usual meaning in a Danish action plan without a colour legend). If green means "on track", choose In progress.',
    },
  },
  amber: {
    id: 'in_progress',
    confidence: 0.5,
    why: {
      da: 'Gul er læst som I gang (det sædvanlige i en handleplan uden forklaring af farverne).',
      en: 'Yellow was read as In progress (the usual meaning in a Danish action plan without a colour legend).',
    },
  },
  red: {
    id: 'not_started',
    confidence: 0.4,
    why: {
      da: 'Rød er læst som Ikke startet (det sædvanlige i en handleplan uden forklaring af farverne). Betyder rød "forsinket" eller "problem", så vælg I gang.',
      en: 'Red was read as Not started (the usual meaning in a Danish action plan without a colour legend). If red means "late" or "a problem", choose In progress.',
    },
  },
};

/** A header that names a RAG (traffic-light) column. */
export function isRagHeader(header: string): boolean {
  return /\b(?:rag|trafiklys|traffic\s*lights?|red\s*amber\s*green)\b/iu.test(header);
}
