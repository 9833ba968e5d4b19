// Finding tables wherever their header row is: under title rows, in row 3 or 4, split over two rows
// ("EVALUERING" / "AF RESULTAT", "Ja" / "(sæt x)"), several tables on one sheet (one under the other
// or side by side), and where each table ends (the next table's header, a long blank gap, or the end
// of an Excel table).
//
// A row is looked at closely only when at least two of its cells share a word with the header
// vocabulary; its cells are then split into segments at gaps of two or more empty columns, and each
// segment is scored against every table: each column gets the fields its header may name (vocab.ts),
// fields are assigned to columns greedily by score, and the table whose assignment scores highest
// and meets the table's minimum (e.g. a plan needs its activity column or three columns) wins.

import type { ColumnMapping } from '../draft';
import type { GridCell, GridRange } from '../grid';
import type { TableKey } from '../spec';
import { foldText, joinWrapped, matchListValue, normalizeText, stripParentheses } from '../normalize';
import { SheetView, displayText } from './sheet';
import {
  MIN_CONFIDENCE,
  RACI_FIELD,
  isExactTerm,
  isHeaderTerm,
  isListMetadataHeader,
  isMarkField,
  mightBeHeader,
  scoreHeader,
  vocabOf,
  type FieldScore,
} from './vocab';
import { QUESTION_THRESHOLD, scoreChecklist, scoreNeeds } from './similarity';
import { contextYear, findGantt, parsePeriodHeader, type Gantt } from './gantt';
import { isDateFormat, readDateText } from '../dates';
import { isDateTimeCell, isSubitemHeader } from './rows';
import type { PeriodGroups } from './halfyeargroups';
import { answersAsHeadings } from './answerheadings';

/** This many blank rows in a row end a table. */
export const TABLE_GAP = 3;

export interface ColumnInfo {
  readonly col: number;
  readonly header: string;
  readonly scores: ReadonlyMap<TableKey, ReadonlyMap<string, FieldScore>>;
  /** The header cells of this column (one or two rows). */
  readonly cells: readonly GridCell[];
}

export interface DetectedTable {
  key: TableKey;
  readonly view: SheetView;
  readonly headerTop: number;
  readonly headerBottom: number;
  c0: number;
  c1: number;
  columns: ColumnMapping[];
  readonly info: readonly ColumnInfo[];
  readonly score: number;
  readonly alternatives: readonly TableKey[];
  firstRow: number;
  lastRow: number;
  /** Rows of titles/headings just above the header (not data of the table above). */
  preamble: number[];
  /** A plan's period columns (a Gantt chart beside the activities), when it has them. */
  gantt?: Gantt;
  /**
   * A checklist answered in one column per municipality (a joint plan: "Norddjurs | Syddjurs"):
   * municipality code → its answer column. The plan's own column is chosen once the cover is read.
   */
  answersByMunicipality?: ReadonlyMap<string, number>;
  /**
   * A checklist kept as rows with each answer on the row under its question ("Svar: Delvist – …"):
   * question row → answer row. The answer row is no question of its own.
   */
  answerBelow?: ReadonlyMap<number, number>;
  /** Rows (0-based) inside a plan table that repeat its header, as reading found them. */
  headerAgain?: number[];
  /** Half-years as column groups, read in the reporting period's group (halfyeargroups.ts). */
  periodGroups?: PeriodGroups;
}

interface Segment {
  readonly c0: number;
  readonly c1: number;
}

// --- Scoring one header (one or two rows) -----------------------------------------------------------

function headerTextAt(view: SheetView, r: number, c: number): { text: string; cell?: GridCell } {
  const cell = view.cell(r, c);
  if (cell) return { text: displayText(cell, view.date1904), cell };
  const m = view.mergeAt(r, c);
  if (m && m.s.r === r && m.s.c < c) {
    // A merged header over several columns names each of them (its sub-headers may follow below).
    return { text: view.text(m.s.r, m.s.c) };
  }
  return { text: '' };
}

const LETTER = /\p{L}/u;

/** How much less a group header over several columns names each of them (see columnInfos). */
const GROUP_HEADER_WEIGHT = 0.85;

function mergeScores(texts: readonly string[], group?: string): Map<TableKey, Map<string, FieldScore>> {
  const out = new Map<TableKey, Map<string, FieldScore>>();
  const add = (t: string, weight: number): void => {
    for (const [key, list] of scoreHeader(t)) {
      const m = out.get(key) ?? new Map<string, FieldScore>();
      for (const fs0 of list) {
        const fs = weight === 1 ? fs0 : { ...fs0, score: fs0.score * weight };
        const prev = m.get(fs.field);
        if (!prev || fs.score > prev.score) m.set(fs.field, fs);
      }
      out.set(key, m);
    }
  };
  for (const t of texts) add(t, 1);
  if (group !== undefined) add(group, GROUP_HEADER_WEIGHT);
  return out;
}

/** Whether the header cell at (r, c) is merged across several columns. */
function spansColumns(view: SheetView, r: number, c: number): boolean {
  const m = view.mergeAt(r, c);
  return m !== undefined && m.s.r === r && m.e.c > m.s.c;
}

/** How many rows under a header a spacer column is seen to be empty in (see spacerUnderGroup). */
const SPACER_ROWS = 20;

/**
 * An empty column under a group header merged over several columns whose other columns have
 * sub-headers of their own ("Tidsplan" over "Start | (empty) | Slut"): a spacer, or room left
 * between them, which the group header does not name. Without the rule the empty column takes the
 * group's field ("Tidsplan": the deadline) from the sub-header that names it.
 */
function spacerUnderGroup(view: SheetView, top: number, bottom: number, c: number, lower: string): boolean {
  if (bottom === top || lower !== '') return false;
  const m = view.mergeAt(top, c);
  if (m === undefined || m.s.r !== top || m.e.c === m.s.c) return false;
  let named = false;
  for (let x = m.s.c; x <= m.e.c && !named; x++) named = x !== c && LETTER.test(view.text(bottom, x));
  if (!named) return false;
  for (let r = bottom + 1; r <= bottom + SPACER_ROWS; r++) if (view.text(r, c) !== '') return false;
  return true;
}

function columnInfos(view: SheetView, top: number, bottom: number, seg: Segment): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  // Columns headed by statuses one by one are the status, marked with an x (activities.ts), and
  // name no field by their words ("Ikke startet" is no start date).
  const marks =
    bottom === top
      ? statusMarkRun(view.rowCells(top, seg.c0, seg.c1))
      : statusMarkRow(view, bottom, seg)
        ? statusMarkRun(view.rowCells(bottom, seg.c0, seg.c1), 0)
        : undefined;
  const markCols = new Set([...(marks ?? [])].map((m) => m.c));
  for (let c = seg.c0; c <= seg.c1; c++) {
    if (markCols.has(c)) {
      out.push({ col: c, header: view.text(top, c), scores: new Map(), cells: [] });
      continue;
    }
    const upper = headerTextAt(view, top, c);
    const lower = bottom > top ? { text: view.text(bottom, c), cell: view.cell(bottom, c) } : { text: '' };
    if (spacerUnderGroup(view, top, bottom, c, lower.text)) {
      out.push({ col: c, header: '', scores: new Map(), cells: [] });
      continue;
    }
    // A header word hyphenated over the two rows ("Ansvar-" over "lig"): one word.
    const joined = [upper.text, lower.text].filter((t) => t !== '').reduce((a, b) => joinWrapped(a, b), '');
    // "Status 1. halvår", "Svar 2027": the header word dated by a period names its field as well.
    const bare = DIGIT.test(joined) ? undatedHeader(joined) : joined;
    // A group header over several columns ("Periode" over "Start | Slut") names each of them less
    // surely than the sub-header word under it: the sub-header decides between them (not a week
    // number under "Uge", which only says which week).
    const group = upper.text !== '' && LETTER.test(lower.text) && spansColumns(view, top, c);
    const named = [
      joined,
      ...(group ? [] : [upper.text]),
      lower.text,
      ...(bare === '' || DIGIT.test(bare) ? [] : [bare]),
    ];
    const texts = [...new Set(named.filter((t) => t !== ''))];
    const cells = [upper.cell, lower.cell].filter((x): x is GridCell => x !== undefined);
    const scores = mergeScores(texts, group ? upper.text : undefined);
    // A half-year alone ("2. halvår 2026") may head a checklist's answers at that follow-up (a
    // traffic-light matrix: questions down, half-years across); weakly, as it heads other things too.
    if (bare === '' && halfYearOfHeader(joined) !== undefined) {
      const list = scores.get('checklist') ?? new Map<string, FieldScore>();
      if (!list.has('answer')) list.set('answer', { field: 'answer', score: HALF_YEAR_ANSWER });
      scores.set('checklist', list);
    }
    out.push({ col: c, header: joined, scores, cells });
  }
  return out;
}

interface Assignment {
  readonly key: TableKey;
  readonly total: number;
  readonly byCol: ReadonlyMap<number, FieldScore>;
}

function assign(key: TableKey, infos: readonly ColumnInfo[]): Assignment {
  const triples: { col: number; fs: FieldScore }[] = [];
  for (const info of infos) {
    for (const fs of info.scores.get(key)?.values() ?? []) triples.push({ col: info.col, fs });
  }
  triples.sort((a, b) => b.fs.score - a.fs.score || a.col - b.col);
  const byCol = new Map<number, FieldScore>();
  const taken = new Set<string>();
  let total = 0;
  for (const t of triples) {
    if (byCol.has(t.col) || taken.has(t.fs.field) || t.fs.score < MIN_CONFIDENCE) continue;
    byCol.set(t.col, t.fs);
    taken.add(t.fs.field);
    total += t.fs.score;
  }
  return { key, total, byCol };
}

/** The least a header must name to be taken for each table. */
function acceptable(a: Assignment): boolean {
  const f = new Set([...a.byCol.values()].map((x) => x.field));
  const n = f.size;
  const has = (x: string): boolean => f.has(x);
  switch (a.key) {
    case 'activities':
      return n >= 3 || (n >= 2 && has('activity'));
    case 'checklist': {
      const marks = [...f].filter((x) => isMarkField(x)).length;
      // (read-checklist) A question column headed "Huskeliste" maps to the group field.
      return marks >= 2 || ((has('question') || has('group')) && (has('answer') || marks >= 1));
    }
    case 'roles':
      return has('role') && (has('name') || has('responsibilities'));
    case 'corps':
      return n >= 2 && (has('initials') || has('hoursPerWeek') || has('activeCases'));
    case 'indicators':
      return (
        (has('name') || has('code')) &&
        (has('target') || has('baseline') || has('result') || has('unit') || has('cases'))
      );
    case 'communication':
      return ['audience', 'message', 'channel'].filter(has).length >= 2;
    case 'needsAnalysis':
      return has('question') && has('answer');
  }
}

/**
 * A checklist header naming the questions but no answer ("Nr. | Spørgsmål | Bemærkning"), over
 * questions listed under headings that give their answers ("Det er på plads", "Det mangler vi
 * endnu"): a checklist all the same. (Cheap first: a checklist assignment with a question column
 * and neither an answer nor a mark column.)
 */
function answeredByHeadings(a: Assignment, view: SheetView, bottom: number, seg: Segment): boolean {
  if (a.key !== 'checklist') return false;
  const f = new Set([...a.byCol.values()].map((x) => x.field));
  if (!f.has('question') || f.has('answer') || [...f].some((x) => isMarkField(x))) return false;
  return answersAsHeadings(view, bottom, seg.c0, seg.c1);
}

interface Candidate {
  readonly key: TableKey;
  readonly top: number;
  readonly bottom: number;
  readonly seg: Segment;
  readonly infos: readonly ColumnInfo[];
  readonly assignment: Assignment;
  readonly alternatives: readonly TableKey[];
}

const ALL_KEYS: readonly TableKey[] = [
  'activities',
  'checklist',
  'roles',
  'corps',
  'indicators',
  'communication',
  'needsAnalysis',
];

function evaluate(
  view: SheetView,
  top: number,
  bottom: number,
  seg: Segment,
  keys: readonly TableKey[],
): Candidate | undefined {
  const infos = columnInfos(view, top, bottom, seg);
  const ok = keys
    .map((k) => assign(k, infos))
    .filter((a) => acceptable(a) || answeredByHeadings(a, view, bottom, seg));
  if (ok.length === 0) return undefined;
  ok.sort((a, b) => b.total - a.total);
  const best = ok[0];
  if (!best) return undefined;
  return {
    key: best.key,
    top,
    bottom,
    seg,
    infos,
    assignment: best,
    alternatives: ok.slice(1).map((a) => a.key),
  };
}

// --- Two-row headers ----------------------------------------------------------------------------

function isFillerHeader(text: string): boolean {
  if (stripParentheses(text) === '') return true;
  return /^(?:sæt|saet|sat|seet|set|st)\s*x$/u.test(normalizeText(text));
}

type Headerish = 'header' | 'filler' | 'no';

function headerish(text: string, key: TableKey): Headerish {
  if (isFillerHeader(text)) return 'filler';
  return scoreHeader(text).get(key)?.length ? 'header' : 'no';
}

/**
 * Whether a row is a header row of the table: every cell a header word or a filler. Under a header
 * (`below`), a row of at least three header words may also hold a few headings korpsplan does not
 * know ("Deltagere" beside "Ansvarlig" under a merged "Hvem"), as long as they are short texts and
 * no values: at most one in three.
 */
function rowHeaderish(
  view: SheetView,
  r: number,
  seg: Segment,
  key: TableKey,
  below = false,
): 'header' | 'filler' | 'no' {
  const cells = view.rowCells(r, seg.c0, seg.c1);
  if (cells.length === 0) return 'no';
  let headers = 0;
  let unknown = 0;
  for (const cell of cells) {
    if (typeof cell.v !== 'string') return 'no';
    const h = headerish(displayText(cell, view.date1904), key);
    if (h === 'no') {
      if (!below || cell.v.trim().length > 30 || isDataCell(cell)) return 'no';
      unknown++;
    }
    if (h === 'header') headers++;
  }
  if (unknown > 0 && (headers < 3 || unknown * 3 > cells.length)) return 'no';
  return headers > 0 ? 'header' : 'filler';
}

/**
 * A row of period headers ("jan", "feb", … or "Uge 10", "Uge 11", …) right under a plan's header is
 * its second header row (the months under a merged "2027"): at least three cells, every one of them
 * a period of one kind. Bare numbers are week numbers only as a run of at least four that count up
 * by one in adjacent columns (10, 11, 12, 13 under a merged "Uge"): amounts do not.
 */
function periodRow(view: SheetView, r: number, seg: Segment): boolean {
  const cells = view.rowCells(r, seg.c0, seg.c1);
  if (cells.length < 3) return false;
  if (cells.every((c) => typeof c.v === 'number')) return weekNumberRun(cells);
  const kinds = new Set<string>();
  for (const cell of cells) {
    if (typeof cell.v !== 'string') return false;
    const p = parsePeriodHeader(cell.v);
    if (!p || p.kind === 'number') return false;
    kinds.add(p.kind);
  }
  return kinds.size === 1;
}

/**
 * A row of short texts right under a header, each of them under a header cell merged across
 * several columns (a group header over its sub-headers), at least one group with two of them.
 */
function subHeaderRow(view: SheetView, top: number, r: number, seg: Segment): boolean {
  const cells = view.rowCells(r, seg.c0, seg.c1);
  if (cells.length < 2) return false;
  let paired = false;
  let prev: GridRange | undefined;
  for (const cell of cells) {
    if (typeof cell.v !== 'string' || cell.v.trim().length > 30 || isDataCell(cell)) return false;
    const m = view.mergeAt(top, cell.c);
    if (!m || m.s.r !== top || m.e.c === m.s.c || m.e.r >= r) return false;
    if (prev && m.s.c === prev.s.c) paired = true;
    prev = m;
  }
  return paired;
}

/**
 * A row of short texts in small letters right under a header, each under a header word that ends in
 * a hyphen ("Ansvar-" over "lig"): the rest of words a PDF's narrow columns hyphenated.
 */
function hyphenatedBelow(view: SheetView, top: number, r: number, seg: Segment): boolean {
  const cells = view.rowCells(r, seg.c0, seg.c1);
  if (cells.length === 0) return false;
  for (const cell of cells) {
    if (typeof cell.v !== 'string' || cell.v.trim().length > 20 || !/^\p{Ll}+$/u.test(cell.v.trim()))
      return false;
    if (!/\p{L}-$/u.test(view.text(top, cell.c).trim())) return false;
  }
  return true;
}

/** A letter of a script other than Latin (Arabic, Hebrew, Cyrillic, Greek, CJK …). */
const OTHER_SCRIPT_LETTER = /(?=\p{L})\P{Script=Latin}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * The header again in another script right under it ("Tema | Aktivitet | Ansvarlig" over "المحور |
 * النشاط | المسؤول", as a plan handed to parents in two languages has it): at least two short texts,
 * each in letters of a script other than Latin and none in Latin, under a header written in Latin
 * letters, over data whose texts are in Latin letters in those columns. The header's second row, not
 * an activity. Cheap first: the row's first cell must hold a letter of another script.
 */
function translatedBelow(view: SheetView, top: number, r: number, seg: Segment): boolean {
  const cells = view.rowCells(r, seg.c0, seg.c1);
  const first = cells[0];
  if (cells.length < 2 || typeof first?.v !== 'string' || !OTHER_SCRIPT_LETTER.test(first.v)) return false;
  for (const cell of cells) {
    if (typeof cell.v !== 'string' || cell.v.trim().length > 40 || isDataCell(cell)) return false;
    if (!OTHER_SCRIPT_LETTER.test(cell.v) || LATIN_LETTER.test(cell.v)) return false;
    if (!LATIN_LETTER.test(view.text(top, cell.c))) return false;
  }
  // The data under it (the first row with cells, within a few) in Latin letters in those columns.
  for (let k = r + 1; k <= r + 3; k++) {
    if (view.rowCells(k, seg.c0, seg.c1).length === 0) continue;
    return cells.some((cell) => LATIN_LETTER.test(view.text(k, cell.c)));
  }
  return false;
}

/** Whole numbers 1–53 in adjacent columns, each one more than the one before (52, 53 → 1 allowed). */
function weekNumberRun(cells: readonly GridCell[]): boolean {
  if (cells.length < 4) return false;
  let prev: GridCell | undefined;
  for (const cell of cells) {
    const n = cell.v as number;
    if (!Number.isInteger(n) || n < 1 || n > 53 || (cell.fmt !== undefined && isDateFormat(cell.fmt)))
      return false;
    if (prev) {
      const p = prev.v as number;
      if (cell.c !== prev.c + 1 || !(n === p + 1 || (p >= 52 && n === 1))) return false;
    }
    prev = cell;
  }
  return true;
}

function extend(view: SheetView, cand: Candidate, floor: number): Candidate {
  let best = cand;
  const below = cand.bottom + 1;
  // A row naming statuses one per column under the header ("Status" over "Ikke startet | I gang |
  // Gennemført"): the header's second row, whatever the heading above them scored.
  const statusesBelow = cand.key === 'activities' && statusMarkRow(view, below, cand.seg);
  let kindBelow =
    cand.key === 'activities' && (statusesBelow || periodRow(view, below, cand.seg))
      ? 'filler'
      : rowHeaderish(view, below, cand.seg, cand.key, true);
  // Sub-headers under group headers ("Periode" over "Start | Slut", "Ansvar" over "Team |
  // Kontakt"): the header's second row, even where korpsplan knows few of their words.
  if (kindBelow === 'no' && cand.bottom === cand.top && subHeaderRow(view, cand.top, below, cand.seg))
    kindBelow = 'header';
  // The rest of header words a PDF wrapped at their hyphen ("Ansvar-" over "lig", "Tids-" over
  // "frist"): the header's second row.
  if (kindBelow === 'no' && cand.bottom === cand.top && hyphenatedBelow(view, cand.top, below, cand.seg))
    kindBelow = 'header';
  // The header in another script under it (a plan in two languages): the header's second row.
  if (kindBelow === 'no' && cand.bottom === cand.top && translatedBelow(view, cand.top, below, cand.seg))
    kindBelow = 'filler';
  if (kindBelow !== 'no') {
    const two = evaluate(view, cand.top, below, cand.seg, [cand.key]);
    if (
      two &&
      (statusesBelow ||
        two.assignment.total > best.assignment.total + 0.05 ||
        (kindBelow === 'filler' && two.assignment.total >= best.assignment.total - 0.01))
    ) {
      best = { ...two, alternatives: cand.alternatives };
    }
  }
  // The same sub-headers with an empty row left between them and their group headers (room, or
  // a row emptied): still the header's second row, not the plan's first activity. Only sub-headers
  // under merged group headers: an empty row under a one-row header is often followed by data.
  const after = below + 1;
  if (
    best === cand &&
    cand.bottom === cand.top &&
    view.rowCells(below, cand.seg.c0, cand.seg.c1).length === 0 &&
    (subHeaderRow(view, cand.top, after, cand.seg) || hyphenatedBelow(view, cand.top, after, cand.seg))
  ) {
    const two = evaluate(view, cand.top, after, cand.seg, [cand.key]);
    if (two && two.assignment.total > best.assignment.total + 0.05)
      best = { ...two, alternatives: cand.alternatives };
  }
  const above = best.top - 1;
  if (
    above > floor &&
    best.bottom === best.top &&
    !(cand.key === 'activities' && loneTitle(view, above, cand.seg)) &&
    rowHeaderish(view, above, cand.seg, cand.key) === 'header'
  ) {
    const two = evaluate(view, above, best.bottom, cand.seg, [cand.key]);
    if (two && two.assignment.total > best.assignment.total + 0.05) {
      best = { ...two, alternatives: cand.alternatives };
    }
  }
  return best;
}

/**
 * A row above a plan's header with one text in one unmerged cell, over a header of several columns, is a
 * title or a group's name ("Ledelse & forankring" over "Name | Person | Status", as monday.com
 * exports a board's groups), not the header's first row: a heading over two rows spans its columns
 * (merged) or names several of them.
 */
function loneTitle(view: SheetView, r: number, seg: Segment): boolean {
  const cells = view.rowCells(r, seg.c0, seg.c1);
  if (cells.length !== 1 || seg.c1 - seg.c0 < 2) return false;
  const only = cells[0] as GridCell;
  const m = view.mergeAt(r, only.c);
  return m === undefined || m.e.c === m.s.c;
}

// --- Segments of a row ------------------------------------------------------------------------------

function segments(view: SheetView, r: number, cells: readonly GridCell[]): Segment[] {
  const out: Segment[] = [];
  let cur: { c0: number; c1: number } | undefined;
  for (const cell of cells) {
    const m = view.mergeAt(r, cell.c);
    const end = m && m.s.c === cell.c ? m.e.c : cell.c;
    if (cur && cell.c - cur.c1 - 1 < 2) {
      cur.c1 = Math.max(cur.c1, end);
    } else {
      if (cur) out.push(cur);
      cur = { c0: cell.c, c1: end };
    }
  }
  if (cur) out.push(cur);
  return out;
}

// --- Finding the tables of a sheet ----------------------------------------------------------------

export interface DetectOptions {
  /** Only these tables (a sheet of the template layout holds one known table). */
  readonly keys?: readonly TableKey[];
  /** Excel tables (ListObjects) on the sheet. */
  readonly listObjects?: readonly GridRange[];
}

export function detectTables(view: SheetView, options: DetectOptions = {}): DetectedTable[] {
  const keys = options.keys ?? ALL_KEYS;
  const listObjects = options.listObjects ?? [];
  const listHeaderRows = new Set(listObjects.map((l) => l.s.r));
  const candidates: Candidate[] = [];
  let lastBottom = -1;
  // The table whose data rows are being passed: a data row that happens to hold header words is
  // not a new table unless it names at least three columns.
  let open: { seg: Segment; last: number; closed: boolean } | undefined;
  // An index loop and no array per data row: this runs once per sheet, so the engine optimises it
  // only while it runs, and until then each for-of step allocates (hot: every row of a large plan).
  const rows = view.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    if (r <= lastBottom) continue;
    const inOpen = open !== undefined && view.rowCells(r, open.seg.c0, open.seg.c1).length > 0;
    if (open && inOpen && r - open.last - 1 >= TABLE_GAP) open.closed = true;
    // Inside a table, a row with numbers, dates or long texts is data: not worth a closer look.
    const dataRow =
      open !== undefined &&
      !open.closed &&
      inOpen &&
      valueLike(view, r, view.rowCells(r, open.seg.c0, open.seg.c1));
    const found =
      dataRow && !listHeaderRows.has(r)
        ? NO_CANDIDATES
        : headerCandidates(view, r, keys, listHeaderRows.has(r), lastBottom);
    let accepted = false;
    for (let k = 0; k < found.length; k++) {
      const cand = found[k] as Candidate;
      if (open && !open.closed && overlaps(open.seg, cand.seg) && !clearHeader(view, r, cand)) continue;
      candidates.push(cand);
      lastBottom = Math.max(lastBottom, cand.bottom);
      open = { seg: cand.seg, last: cand.bottom, closed: false };
      accepted = true;
    }
    if (!accepted && open && inOpen && !open.closed) open.last = r;
  }
  return regions(view, candidates, listObjects);
}

const NO_CANDIDATES: readonly Candidate[] = [];

/** Inside a table's data a new header must name three columns and most of its cells. */
function clearHeader(view: SheetView, r: number, cand: Candidate): boolean {
  const named = cand.assignment.byCol.size;
  const cells = view.rowCells(r, cand.seg.c0, cand.seg.c1).length;
  return named >= 3 && named >= 0.6 * cells;
}

function overlaps(a: Segment, b: Segment): boolean {
  return a.c0 <= b.c1 && b.c0 <= a.c1;
}

function headerCandidates(
  view: SheetView,
  r: number,
  keys: readonly TableKey[],
  listHeader: boolean,
  floor: number,
): readonly Candidate[] {
  const cells = view.rowCells(r);
  // An item's subitems under their own header (a project tool's export) belong to the table above.
  if (isSubitemHeader(cells)) return NO_CANDIDATES;
  // A row stamped with a moment (a form's response: "22/9/2026 10:47:09") is an answer, never a
  // header, though its answers are words that head columns elsewhere ("Ja | Delvist | Nej").
  if (isDateTimeCell(cells[0])) return NO_CANDIDATES;
  if (!listHeader) {
    let hits = 0;
    for (const cell of cells) {
      const v = cell.v;
      if (typeof v !== 'string' || v.length > 60) continue;
      // "Svar 2027", "Status (Q2)", "Status 1. halvår": a header word dated by a period.
      const bare = DIGIT.test(v) ? undatedHeader(v) : v;
      if (bare === '' || DIGIT.test(bare)) continue;
      if (mightBeHeader(bare)) hits++;
      if (hits >= 2) break;
    }
    if (hits < 2) return NO_CANDIDATES;
  }
  const found: Candidate[] = [];
  for (const seg of segments(view, r, cells)) {
    if (seg.c1 === seg.c0) continue;
    const inSeg = cells.filter((c) => c.c >= seg.c0 && c.c <= seg.c1);
    // Week numbers or week dates heading a Gantt chart are headers, not values.
    const marks = listHeader ? undefined : statusMarkRun(inSeg);
    const data = listHeader
      ? 0
      : inSeg.filter((c, i) => isDataCell(c) && !inNumberRun(inSeg, i) && !marks?.has(c)).length;
    // A row holding values (numbers, statuses, themes, long texts) is a data row, not a header.
    if (data > 1) continue;
    const cand = evaluate(view, r, r, seg, keys);
    if (!cand) continue;
    if (data === 1 && cand.assignment.byCol.size < 4) continue;
    found.push(extend(view, cand, floor));
  }
  return found;
}

/** A header that is a half-year alone: "2. halvår 2026", "1. halvår 2027", "H2 2026", "2026-H2". */
const HALF_YEAR_ONLY =
  /^\s*(?:([12])\.?\s*halvår\s*(20\d{2})|h([12])\s*[-–]?\s*(20\d{2})|(20\d{2})\s*[-–]?\s*h([12]))\s*$/iu;

/** The half-year a header names alone, as year × 2 + half (later is larger). */
export function halfYearOfHeader(header: string): number | undefined {
  const m = HALF_YEAR_ONLY.exec(header);
  if (!m) return undefined;
  const half = Number(m[1] ?? m[3] ?? m[6]);
  const year = Number(m[2] ?? m[4] ?? m[5]);
  return year * 2 + half;
}

const DIGIT = /\d/;
/** How surely a header that is a half-year alone names a checklist's answers (see columnInfos). */
const HALF_YEAR_ANSWER = 0.7;
/** A year, quarter, half-year or week in a header ("Svar 2027", "Status (Q2)", "1. halvår"). */
/** "… pr. 1/6-2027", "… per 30.06.2027", "… as of 1 June 2027": the day a figure was taken. */
const AS_OF_DAY = /\s+(?:pr\.|pr|per|as of)\s+(?=[^\d]{0,12}\d).*$/iu;
const PERIOD_IN_HEADER =
  /(?<![\p{L}\d])(?:20\d{2}|q[1-4]|h[12]|[12]\.?\s*halvår|uge\s*\d{1,2})(?![\p{L}\d])/giu;

/**
 * A header word dated by a period or a day ("Status 1. halvår", "Svar 2027", "Status pr. 1/6-2027",
 * "Status maj 27", "Mål jun. 27"): the word alone, which names the field. The date is what follows
 * the first words when it reads as a date by itself.
 */
export function undatedHeader(text: string): string {
  const bare = text.replace(AS_OF_DAY, '').replace(PERIOD_IN_HEADER, ' ').replace(/\s+/g, ' ').trim();
  if (!DIGIT.test(bare)) return bare;
  const words = bare.split(' ');
  for (let k = 1; k < words.length; k++) {
    if (readDateText(words.slice(k).join(' ')) !== undefined) return words.slice(0, k).join(' ');
  }
  return bare;
}

/**
 * The status a header cell names, alone ("Ikke startet") or after a heading ("Status: Ikke startet",
 * "Status – I gang", "Status (Gennemført)"): the status and the heading (folded; '' when none).
 * A heading that itself names a status ("Ikke startet – I gang") is no heading.
 */
export function markStatus(text: string): { id: string; prefix: string } | undefined {
  if (text.length > 40) return undefined;
  const id = matchListValue('status', text);
  if (id !== undefined) return { id, prefix: '' };
  const m = /^([^:–—\-/|()]{1,30}?)\s*(?:[:–—\-/|]\s*(.+?)|\((.+)\))\s*$/su.exec(text.trim());
  const head = m?.[1]?.trim();
  const rest = (m?.[2] ?? m?.[3])?.trim();
  if (!head || !rest || matchListValue('status', head) !== undefined) return undefined;
  const named = matchListValue('status', rest);
  return named === undefined ? undefined : { id: named, prefix: foldText(head) };
}

/**
 * Header cells that name statuses one per column ("Ikke startet | I gang | Gennemført", an x set
 * under one of them), bare or all after one heading ("Status: Ikke startet | Status: I gang"): at
 * least two different statuses in adjacent columns, beside at least two other cells. A data row
 * holds one status, not a run of them. Undefined when the row has none.
 */
export function statusMarkRun(cells: readonly GridCell[], others = 2): Set<GridCell> | undefined {
  let best: GridCell[] = [];
  let run: GridCell[] = [];
  let prefix = '';
  const ids = new Set<string>();
  let bestIds = 0;
  for (const cell of cells) {
    const named = typeof cell.v === 'string' ? markStatus(cell.v) : undefined;
    const id = named?.id;
    const last = run[run.length - 1];
    if (
      named !== undefined &&
      id !== undefined &&
      (last === undefined || (cell.c === last.c + 1 && named.prefix === prefix)) &&
      !ids.has(id)
    ) {
      run.push(cell);
      ids.add(id);
      prefix = named.prefix;
    } else {
      run = id === undefined ? [] : [cell];
      ids.clear();
      if (id !== undefined) ids.add(id);
      prefix = named?.prefix ?? '';
    }
    if (run.length > best.length) {
      best = [...run];
      bestIds = ids.size;
    }
  }
  return bestIds >= 2 && cells.length - best.length >= others ? new Set(best) : undefined;
}

/** A header's second row that only names statuses, one per column, under a heading like "Status". */
function statusMarkRow(view: SheetView, r: number, seg: Segment): boolean {
  const cells = view.rowCells(r, seg.c0, seg.c1);
  return cells.length >= 2 && statusMarkRun(cells, 0)?.size === cells.length;
}

/** A number in a run of adjacent header cells that count up by one (weeks) or by a week of days. */
function inNumberRun(cells: readonly GridCell[], i: number): boolean {
  const cell = cells[i];
  if (!cell || typeof cell.v !== 'number') return false;
  const v = cell.v;
  const step = (other: GridCell | undefined): number | undefined =>
    other && typeof other.v === 'number' && Math.abs(other.c - cell.c) === 1
      ? Math.abs(other.v - v) / Math.abs(other.c - cell.c)
      : undefined;
  const steps = [step(cells[i - 1]), step(cells[i + 1])];
  return steps.some((s) => s === 1 || s === 7);
}

/**
 * Cells that hold values: numbers, text with digits (dates), long text. A half-year alone merged
 * across columns ("2. halvår 2026" over "Timer/uge | Forløb") is a group header, no value: a table
 * kept year over year under the table above starts its own header with it.
 */
function valueLike(view: SheetView, r: number, cells: readonly GridCell[]): boolean {
  // A loop, not cells.some(callback): a callback per call (every row of a large table) is an
  // allocation until the engine optimises the caller.
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as GridCell;
    const v = cell.v;
    if (typeof v !== 'string' || v.length > 60) return true;
    if (DIGIT.test(v) && !(HALF_YEAR_ONLY.test(v) && spansColumns(view, r, cell.c))) return true;
  }
  return false;
}

const dataCache = new Map<string, boolean>();

/** A cell that holds a value rather than a header word. */
function isDataCell(cell: GridCell): boolean {
  if (typeof cell.v !== 'string') return true;
  const text = cell.v.trim();
  if (text.length > 60) return true;
  // "Færdig?" heads a column; a value is not written as a question.
  if (text.endsWith('?')) return false;
  const cached = dataCache.get(text);
  if (cached !== undefined) return cached;
  // A list export's own columns ("Modified", "Created") are headers, whatever their words mean.
  const value =
    (matchListValue('status', text) !== undefined || matchListValue('theme', text) !== undefined) &&
    !isHeaderTerm(text) &&
    !isListMetadataHeader(text);
  if (dataCache.size > 50000) dataCache.clear();
  dataCache.set(text, value);
  return value;
}

/** Single-cell rows (titles, "Tabel 2: Huskeliste ...") right above a header. */
function preambleRows(view: SheetView, top: number, floor: number, seg: Segment): number[] {
  const out: number[] = [];
  let last = top;
  const rows = view.rowsBetween(floor + 1, top - 1).reverse();
  for (const r of rows) {
    if (last - r - 1 >= TABLE_GAP || out.length >= 3) break;
    const cells = view.rowCells(r);
    if (cells.length === 0) continue;
    const inSpan = cells.filter((c) => c.c <= seg.c1 + 1);
    if (inSpan.length !== 1) break;
    // A checklist's question left unanswered above the next table is its last row, not a title.
    const only = inSpan[0] as GridCell;
    if (typeof only.v === 'string' && (scoreChecklist(only.v)[0]?.score ?? 0) >= QUESTION_THRESHOLD) break;
    out.push(r);
    last = r;
  }
  return out;
}

function regions(
  view: SheetView,
  cands: readonly Candidate[],
  listObjects: readonly GridRange[],
): DetectedTable[] {
  const sorted = [...cands].sort((a, b) => a.top - b.top || a.seg.c0 - b.seg.c0);
  const tables: DetectedTable[] = [];
  sorted.forEach((cand, i) => {
    const start = cand.bottom + 1;
    let hardEnd = view.maxRow;
    // The next table below in the same columns (an index loop: a copy of the rest of the list per
    // table made thousands of tables quadratic).
    let next: Candidate | undefined;
    for (let j = i + 1; j < sorted.length && !next; j++) {
      const n = sorted[j] as Candidate;
      if (n.top > cand.bottom && overlaps(n.seg, cand.seg)) next = n;
    }
    if (next) {
      const pre = preambleRows(view, next.top, cand.bottom, next.seg);
      hardEnd = Math.min(...pre, next.top) - 1;
    }
    const lo = listObjects.find(
      (l) => (l.s.r === cand.top || l.s.r === cand.bottom) && l.s.c <= cand.seg.c1 && cand.seg.c0 <= l.e.c,
    );
    // Inside an Excel table blank rows are allowed; rows typed right under it (where Excel would
    // have grown the table, and where LibreOffice or a script does not) still belong to it.
    const listEnd = lo ? lo.e.r : -1;
    let last = start - 1;
    // A table typed with an empty row after each of its rows (air for print) counts its gaps in its
    // own rhythm: three empty rows of it are seven rows (spaced once two steps of two rows are met,
    // and none of one).
    let steps2 = 0;
    let steps1 = 0;
    // The rows by their index in view.rows (no copy of a large sheet's rows).
    const rows = view.rows;
    for (let j = view.rowIndexFrom(start), end = view.rowIndexFrom(hardEnd + 1); j < end; j++) {
      const r = rows[j] as number;
      if (!view.hasCellsBetween(r, cand.seg.c0, cand.seg.c1)) continue;
      // Blank rows between the header and its first row (last year's rows cleared with Delete under
      // a frozen header) do not end the table when the first row after them fills its columns, or is
      // a heading (one cell) right over a row that does.
      const leadingGap =
        last === start - 1 && (fillsColumns(view, r, cand.seg) || headingOverRow(view, j, end, cand.seg));
      const gap = steps2 >= 2 && steps1 === 0 ? 2 * TABLE_GAP + 1 : TABLE_GAP;
      if (r > listEnd && !leadingGap && r - Math.max(last, listEnd) - 1 >= gap) break;
      if (r - last === 2) steps2++;
      else if (r - last === 1 && last >= start) steps1++;
      // A checklist's title alone in a row ("Tjekliste", "Huskeliste til forberedelse") ends a plan:
      // what follows are questions, not activities.
      if (cand.key === 'activities' && r > listEnd) {
        const whole = view.rowCells(r);
        if (whole.length === 1 && isChecklistTitle(whole[0] as GridCell)) break;
      }
      last = r;
    }
    const floor = i > 0 ? (sorted[i - 1]?.bottom ?? -1) : -1;
    tables.push(toTable(view, cand, start, last, preambleRows(view, cand.top, floor, cand.seg)));
  });
  for (const t of tables) {
    formResponseTimes(t);
    besideTable(t);
    remarksApart(t);
    resolveQuestionTables(t);
    markGantt(t);
    inferPlanColumns(t);
    preferTitleColumn(t);
    uncountActivity(t);
  }
  return tables.filter((t) => !countSummary(t) && !valueLists(t));
}

/**
 * A row that fills at least two of a header's columns, one of them among its first two: a row of
 * the table's data, not a note or a total standing alone further down.
 */
/** Row `view.rows[j]` is one cell (a theme heading) and the next row with cells right under it fills the columns. */
function headingOverRow(view: SheetView, j: number, end: number, seg: Segment): boolean {
  const r = view.rows[j] as number;
  if (view.rowCells(r, seg.c0, seg.c1).length !== 1) return false;
  for (let k = j + 1; k < end; k++) {
    const next = view.rows[k] as number;
    if (next - r - 1 >= TABLE_GAP) return false;
    if (view.hasCellsBetween(next, seg.c0, seg.c1)) return fillsColumns(view, next, seg);
  }
  return false;
}

function fillsColumns(view: SheetView, r: number, seg: Segment): boolean {
  const cells = view.rowCells(r, seg.c0, seg.c1).filter((c) => displayText(c, view.date1904).trim() !== '');
  return cells.length >= 2 && cells.some((c) => c.c <= seg.c0 + 1);
}

/** A count: "3", "12", "4,5", "40 %". */
const COUNT_VALUE = /^\d+(?:[.,]\d+)?\s*%?$/;

/**
 * A column taken for the activity by a guess ("Antal aktiviteter" names activities) whose every
 * value is a count holds how many, not what: it is no activity. A header that is the activity's own
 * label ("Aktivitet") keeps its column whatever it holds.
 */
function uncountActivity(t: DetectedTable): void {
  if (t.key !== 'activities') return;
  const col = t.columns.find((c) => c.field === 'activity');
  if (!col || col.confidence >= 1) return;
  const values = t.view
    .rowsBetween(t.firstRow, t.lastRow)
    .slice(0, SAMPLE_ROWS)
    .map((r) => t.view.text(r, col.col).trim())
    .filter((v) => v !== '');
  if (values.length === 0 || !values.every((v) => COUNT_VALUE.test(v))) return;
  t.columns = t.columns.map((c) => (c === col ? { ...c, field: null, confidence: 0 } : c));
}

/**
 * A table with a theme or responsible column but no activity, time or status (a count by theme
 * beside the plan: "Tema | Antal aktiviteter | Heraf færdige") is a summary of the plan, not the
 * plan: its cells stay unplaced and are listed as such.
 */
function countSummary(t: DetectedTable): boolean {
  if (t.key !== 'activities' || t.gantt) return false;
  const fields = new Set(t.columns.map((c) => c.field));
  return !['activity', 'status', 'deadline', 'start', 'milestone'].some((f) => fields.has(f));
}

/**
 * The lists a workbook's dropdowns take their values from, side by side ("Nr | Tema | Nr | Status |
 * Initialer | Navn" on a "Lister" sheet): the theme column names six themes or more, each text once, and
 * the status column its statuses, each text once, ending rows above the themes (a list of its own
 * length).
 * A plan repeats its themes and statuses row by row; lists name each value once. No plan: its
 * cells stay unplaced and are listed as such. (Cheap: two columns of the table's own rows.)
 */
function valueLists(t: DetectedTable): boolean {
  if (t.key !== 'activities' || t.gantt) return false;
  const theme = t.columns.find((c) => c.field === 'theme');
  const status = t.columns.find((c) => c.field === 'status');
  if (theme === undefined || status === undefined) return false;
  // Each text of the list once: how many values of the list it names, and the last row that names
  // one. A list the coordinator edited may add a word of its own ("Dokumentation og data") or a
  // second word for a value ("Afventer" beside "Ikke startet"): still each text once, and most of
  // them the list's own.
  const listed = (col: number, list: 'theme' | 'status'): { n: number; last: number } | undefined => {
    const seen = new Set<string>();
    const texts = new Set<string>();
    let last = -1;
    let own = 0;
    for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
      const text = t.view.text(r, col).trim();
      if (text === '') continue;
      const folded = text.toLowerCase();
      if (texts.has(folded)) return undefined;
      texts.add(folded);
      last = r;
      const id = matchListValue(list, text);
      if (id === undefined) own++;
      else seen.add(id);
    }
    return seen.size > 0 && own <= seen.size / 2 ? { n: seen.size, last } : undefined;
  };
  const themes = listed(theme.col, 'theme');
  const statuses = listed(status.col, 'status');
  if (themes === undefined || statuses === undefined) return false;
  return themes.n >= 6 && statuses.n >= 3 && statuses.last < themes.last;
}

/** "Tjekliste", "Huskeliste til forberedelse", "Checklist (J = ja …)": a checklist's title. */
const CHECKLIST_TITLE = /^(?:tjekliste|huskeliste|checkliste?|readiness checklists?)(?![\p{L}])/iu;

export function isChecklistTitle(cell: GridCell): boolean {
  return typeof cell.v === 'string' && cell.v.length <= 80 && CHECKLIST_TITLE.test(cell.v.trim());
}

/** "Er vi klar? – vores egen tjekliste", "Parathed (huskeliste)": a title that ends by naming a checklist. */
const CHECKLIST_TITLE_END =
  /(?<![\p{L}])(?:tjekliste|huskeliste|checkliste?|parathedsliste|readiness checklists?)[\s).!?:]*$/iu;

/**
 * A sheet's or section's title that names a checklist, at its start or at its end: the start of a
 * checklist with no header row of its own (a note that names one in passing is no title).
 */
export function namesChecklist(cell: GridCell): boolean {
  if (isChecklistTitle(cell)) return true;
  return typeof cell.v === 'string' && cell.v.length <= 60 && CHECKLIST_TITLE_END.test(cell.v.trim());
}

/**
 * Columns right of an empty column, none of which the header names, are no part of the table: a
 * small table of their own beside it (the cover facts as "Kommune | Furesø" on the plan's rows, one
 * column apart). The table ends before the empty column, and at its last row with a value. Not so
 * when a column past the empty one is headed by a word of this table's own, over values in most of
 * its rows (a later answer column, "Svar 1. halvår 2027", one column apart from the first): an empty
 * column left as a spacer, or emptied, does not end a table.
 */
function besideTable(t: DetectedTable): void {
  const view = t.view;
  let lastNamed = -1;
  for (const m of t.columns) if (m.field !== null && m.col > lastNamed) lastNamed = m.col;
  if (lastNamed < 0 || lastNamed >= t.c1 - 1) return;
  for (let c = lastNamed + 1; c < t.c1; c++) {
    let empty = true;
    for (let r = t.headerTop; r <= t.lastRow && empty; r++) if (view.cell(r, c)) empty = false;
    if (!empty || ownColumnBeyond(t, c)) continue;
    t.c1 = c - 1;
    t.columns = t.columns.filter((m) => m.col < c);
    let last = t.firstRow - 1;
    for (const r of view.rowsBetween(t.firstRow, t.lastRow))
      if (view.hasCellsBetween(r, t.c0, t.c1)) last = r;
    t.lastRow = Math.max(last, t.firstRow - 1);
    return;
  }
}

/** Whether a column right of column `c` is headed by a word of the table's own, over values in most of its rows. */
function ownColumnBeyond(t: DetectedTable, c: number): boolean {
  const view = t.view;
  const rows = view.rowsBetween(t.firstRow, t.lastRow);
  if (rows.length === 0) return false;
  return t.info.some((i) => {
    if (i.col <= c || i.header.trim() === '') return false;
    const words = undatedHeader(i.header);
    const named = scoreHeader(words === '' ? i.header : words)
      .get(t.key)
      ?.some((f) => f.score >= MIN_CONFIDENCE);
    if (named !== true) return false;
    let values = 0;
    for (const r of rows) if (view.cell(r, i.col)) values++;
    return values * 2 >= rows.length;
  });
}

/** The fields of a table a remarks column gives. */
const REMARK_FIELDS: Partial<Record<TableKey, readonly string[]>> = {
  checklist: ['comment'],
  activities: ['evaluation'],
};

/**
 * A remarks column a little apart from its table: a lone header cell two or three columns right of
 * the table's last column, on its header row, the columns between empty in every row, that names
 * the table's remarks ("Kommentar", "Bemærkning") while no column of the table does, over values
 * in the table's rows. Two templates merged on one sheet leave it so (the second table's remarks
 * under the first's). It joins the table.
 */
function remarksApart(t: DetectedTable): void {
  const fields = REMARK_FIELDS[t.key];
  if (!fields || t.columns.some((m) => m.field !== null && fields.includes(m.field))) return;
  const view = t.view;
  const r = t.headerBottom;
  const right = view.rowCells(r, t.c1 + 1, t.c1 + 3);
  const cell = right[0];
  if (!cell || right.length !== 1 || cell.c < t.c1 + 2) return;
  // Nothing else on the header row right after it: no table of its own.
  if (view.rowCells(r, cell.c + 1, cell.c + 2).length > 0) return;
  const header = displayText(cell, view.date1904).trim();
  const field = scoreHeader(header)
    .get(t.key)
    ?.find((f) => fields.includes(f.field) && f.score >= MIN_CONFIDENCE);
  if (!field) return;
  let values = 0;
  for (const x of view.rowsBetween(t.firstRow, t.lastRow)) {
    if (view.hasCellsBetween(x, t.c1 + 1, cell.c - 1)) return;
    if (view.cell(x, cell.c)) values++;
  }
  if (values === 0) return;
  t.c1 = cell.c;
  t.columns = [...t.columns, { col: cell.c, header, field: field.field, confidence: field.score }];
  view.useCell(cell);
}

function toTable(
  view: SheetView,
  cand: Candidate,
  first: number,
  last: number,
  preamble: number[],
): DetectedTable {
  return {
    key: cand.key,
    view,
    headerTop: cand.top,
    headerBottom: cand.bottom,
    c0: cand.seg.c0,
    c1: cand.seg.c1,
    columns: columnsOf(cand.infos, cand.assignment),
    info: cand.infos,
    score: cand.assignment.total,
    alternatives: cand.alternatives,
    firstRow: first,
    lastRow: last,
    preamble,
  };
}

function columnsOf(infos: readonly ColumnInfo[], a: Assignment): ColumnMapping[] {
  const out: ColumnMapping[] = [];
  for (const info of infos) {
    const fs = a.byCol.get(info.col);
    if (!fs && info.header === '') continue;
    out.push({
      col: info.col,
      header: info.header,
      field: fs ? fs.field : null,
      // A label or alias of the field is a known name for it: certain. Anything else is a guess.
      confidence: fs ? (isExactTerm(a.key, fs.field, info.header) ? 1 : Math.min(1, fs.score)) : 0,
    });
  }
  return out;
}

/** Microsoft Forms' own columns for when a response was begun and sent (Danish and English Forms). */
const FORM_STARTED = /^(?:starttidspunkt|start time)$/iu;
const FORM_SENT = /^(?:fuldførelsestidspunkt|completion time)$/iu;

/**
 * A form's responses written into a table (Microsoft Forms, or Power Automate copying each response
 * in) begin with the form's own columns: Id, "Starttidspunkt" and "Fuldførelsestidspunkt" (when the
 * respondent opened the form and sent it), Mail, Navn. "Starttidspunkt" there is the moment the
 * form was opened, never the start of the activity the response describes: beside its partner
 * column it names no field. (A lone "Starttidspunkt" in a plan stays the start.)
 */
function formResponseTimes(t: DetectedTable): void {
  if (t.key !== 'activities') return;
  if (!t.info.some((i) => FORM_SENT.test(i.header.trim()))) return;
  t.columns = t.columns.map((m) =>
    m.field !== null && FORM_STARTED.test(m.header.trim()) ? { ...m, field: null, confidence: 0 } : m,
  );
}

/** Re-maps a table's columns for another table key (checklist ↔ needs analysis). */
function remap(t: DetectedTable, key: TableKey): void {
  const a = assign(key, t.info);
  t.key = key;
  t.columns = columnsOf(t.info, a);
}

/**
 * "Spørgsmål | Svar" heads both a checklist and a needs analysis: the questions below decide. A
 * checklist without a question header takes the column of long texts left of its answer columns.
 */
function resolveQuestionTables(t: DetectedTable): void {
  const other = t.key === 'checklist' ? 'needsAnalysis' : t.key === 'needsAnalysis' ? 'checklist' : undefined;
  if (other && t.alternatives.includes(other)) {
    let checklist = 0;
    let needs = 0;
    for (const r of t.view.rowsBetween(t.firstRow, t.lastRow).slice(0, 20)) {
      const texts = t.view.rowCells(r, t.c0, t.c1).map((c) => displayText(c, t.view.date1904));
      const longest = texts.sort((a, b) => b.length - a.length)[0] ?? '';
      if (longest.length < 15) continue;
      checklist += scoreChecklist(longest)[0]?.score ?? 0;
      needs += scoreNeeds(longest)[0]?.score ?? 0;
    }
    if ((t.key === 'checklist' && needs > checklist) || (t.key === 'needsAnalysis' && checklist > needs)) {
      remap(t, other);
    }
  }
  if (t.key === 'checklist' && !t.columns.some((c) => c.field === 'question')) {
    const firstMark = Math.min(...t.columns.filter((c) => isMarkField(c.field)).map((c) => c.col));
    const lengths = new Map<number, number>();
    for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
      for (const cell of t.view.rowCells(r, Math.max(0, t.c0 - 3), firstMark - 1)) {
        const len = displayText(cell, t.view.date1904).length;
        if (len >= 12) lengths.set(cell.c, (lengths.get(cell.c) ?? 0) + len);
      }
    }
    const best = [...lengths.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      const col = best[0];
      t.columns = t.columns.filter((c) => c.col !== col);
      t.columns.push({ col, header: t.view.text(t.headerTop, col), field: 'question', confidence: 0.5 });
      t.columns.sort((a, b) => a.col - b.col);
      t.c0 = Math.min(t.c0, col);
    }
  }
}

/** Rows of a table looked at to tell a column by what is written in it. */
const SAMPLE_ROWS = 60;

/**
 * A plan column whose header names nothing korpsplan knows ("Hvor langt er vi?", "Hvad skal ske")
 * is told by what is written in it: a column of statuses is the status (and likewise themes and
 * anchoring), and when no column is the activity, the column of the longest texts is. A guess has
 * confidence 0.5, so the coordinator sees it and can choose another column.
 */
function inferPlanColumns(t: DetectedTable): void {
  if (t.key !== 'activities') return;
  const mapped = new Set(t.columns.map((c) => c.field).filter((f) => f !== null));
  const ganttCols = new Set(t.gantt?.columns.map((g) => g.col) ?? []);
  // What a list export adds by itself (its path, who changed it …) is never told for a plan field.
  const open = t.columns.filter(
    (c) => c.field === null && c.header !== '' && !isListMetadataHeader(c.header) && !ganttCols.has(c.col),
  );
  // A plan of deliverables ("Deliverable", "Leverance") with no activity column: each row's
  // deliverable is what is to be done, the activity (the milestone column names it; checked).
  if (!mapped.has('activity')) {
    const milestone = t.columns.find((c) => c.field === 'milestone');
    if (milestone && averageText(t, milestone.col) >= 3) {
      t.columns = t.columns.map((c) =>
        c.col === milestone.col ? { ...c, field: 'activity', confidence: 0.5 } : c,
      );
      mapped.delete('milestone');
      mapped.add('activity');
    }
  }
  if (open.length === 0) return;
  const rows = t.view.rowsBetween(t.firstRow, t.lastRow).slice(0, SAMPLE_ROWS);
  const texts = new Map<number, string[]>(
    open.map((c) => [c.col, rows.map((r) => t.view.text(r, c.col)).filter((v) => v !== '')]),
  );
  const shareOf = (list: 'status' | 'theme' | 'anchoring', values: readonly string[]): number =>
    values.filter((v) => matchListValue(list, v) !== undefined).length / values.length;
  // A theme column taken by a weak header only ("Tags", "Labels", "Kategori": an export's tags such
  // as "[styregruppe]") whose values name no theme yields to a column whose values are themes (a
  // task tool's list or folder per theme, "List Name": "Ledelse", "Kommunikation"): the values decide.
  const weakTheme = t.columns.find((c) => c.field === 'theme' && c.confidence <= WEAK_HEADER);
  if (weakTheme) {
    const own = rows.map((r) => t.view.text(r, weakTheme.col)).filter((v) => v !== '');
    const weak = own.length === 0 ? 0 : shareOf('theme', own);
    const better = [...texts].some(
      ([, v]) => v.length >= 2 && shareOf('theme', v) >= Math.max(0.6, weak + 0.3),
    );
    if (better) {
      mapped.delete('theme');
      t.columns = t.columns.map((c) => (c.col === weakTheme.col ? { ...c, field: null, confidence: 0 } : c));
    }
  }
  const guess = (col: number, field: string): void => {
    t.columns = t.columns.map((c) => (c.col === col ? { ...c, field, confidence: 0.5 } : c));
    mapped.add(field);
    texts.delete(col);
  };
  for (const list of ['status', 'theme', 'anchoring'] as const) {
    if (mapped.has(list)) continue;
    let best: { col: number; share: number } | undefined;
    for (const [col, values] of texts) {
      if (values.length < 2) continue;
      const share = shareOf(list, values);
      if (share >= 0.6 && share > (best?.share ?? 0)) best = { col, share };
    }
    if (best) guess(best.col, list);
  }
  if (!mapped.has('activity')) {
    const candidates: { col: number; length: number }[] = [];
    for (const [col, values] of texts) {
      // Text, not dates or numbers, in at least half of the rows.
      const words = values.filter((v) => /\p{L}{3}/u.test(v) && !/^\d{4}-\d{2}-\d{2}$/.test(v));
      if (words.length < Math.max(1, rows.length / 2)) continue;
      const length = words.reduce((n, v) => n + v.length, 0) / words.length;
      if (length >= 12) candidates.push({ col, length });
    }
    const best = titleOf(candidates);
    if (best) guess(best.col, 'activity');
  }
}

/** The most a header named only weakly ("Tags", "Kategori") scores for its field (vocab.ts). */
const WEAK_HEADER = 0.75;

/** Beyond this average length a column reads as descriptions, not activity titles. */
const DESCRIPTION_LENGTH = 80;

/**
 * Of the columns that could hold the activity, the one a careful reader takes for its name: the
 * longest texts, unless those are descriptions (long) and another column holds shorter titles.
 */
function titleOf<T extends { length: number }>(candidates: readonly T[]): T | undefined {
  const byLength = [...candidates].sort((a, b) => b.length - a.length);
  const longest = byLength[0];
  if (!longest) return undefined;
  if (longest.length <= DESCRIPTION_LENGTH) return longest;
  return byLength.find((c) => c.length <= DESCRIPTION_LENGTH && c.length * 1.5 <= longest.length) ?? longest;
}

/** The average length of the texts in a column of a table's data (0 when it holds none). */
function averageText(t: DetectedTable, col: number): number {
  const values = t.view
    .rowsBetween(t.firstRow, t.lastRow)
    .slice(0, SAMPLE_ROWS)
    .map((r) => t.view.text(r, col))
    .filter((v) => v !== '');
  return values.length === 0 ? 0 : values.reduce((n, v) => n + v.length, 0) / values.length;
}

/**
 * A short title column beats a long description column for the activity ("Titel" and "Beskrivelse",
 * "Aktivitet" and "Beskrivelse af aktiviteten", "Task" and "Description"): when another column's
 * header also names the activity and holds titles while the chosen one holds descriptions, the
 * titles are the activity. The description column is left unmapped (listed as not placed, never
 * lost): it is neither the milestone nor the evaluation of the result.
 */
function preferTitleColumn(t: DetectedTable): void {
  if (t.key !== 'activities') return;
  const chosen = t.columns.find((c) => c.field === 'activity');
  if (!chosen) return;
  const free = new Set(t.columns.filter((c) => c.field === null).map((c) => c.col));
  const rivals = t.info.filter(
    (i) => free.has(i.col) && (i.scores.get('activities')?.has('activity') ?? false),
  );
  if (rivals.length === 0) return;
  const chosenLength = averageText(t, chosen.col);
  const withText = rivals
    .map((i) => ({ col: i.col, header: i.header, length: averageText(t, i.col) }))
    .filter((c) => c.length >= 3);
  // "Beskrivelse" beside "Titel" (or "Aktivitet"): the title names the activity.
  const describes = (header: string): boolean => DESCRIPTION_HEADER.test(foldText(header));
  let best = describes(chosen.header) ? withText.find((c) => !describes(c.header)) : undefined;
  const byHeader = best !== undefined;
  // Otherwise by the texts: descriptions in the chosen column, titles in another (a guess: checked).
  if (!best && chosenLength > DESCRIPTION_LENGTH) {
    best = withText
      .filter((c) => c.length <= DESCRIPTION_LENGTH && c.length * 1.5 <= chosenLength)
      .sort((a, b) => b.length - a.length)[0];
  }
  if (!best) return;
  const to = best;
  t.columns = t.columns.map((c) =>
    c.col === to.col
      ? {
          ...c,
          field: 'activity',
          confidence: byHeader && isExactTerm('activities', 'activity', to.header) ? 1 : 0.9,
        }
      : c.col === chosen.col
        ? { ...c, field: null, confidence: 0 }
        : c,
  );
}

/** Headers of a column that describes the activity rather than names it. */
const DESCRIPTION_HEADER =
  /\b(?:beskrivelse|aktivitetsbeskrivelse|description|uddybning|detaljer|details|beskrivelse af)/u;

/**
 * A plan's period columns (months, weeks, quarters or dates in the header) are a Gantt chart: they
 * are no field of their own (a "Uge 1" header is not the deadline column), and their marks give each
 * activity its start and deadline (read in activities.ts).
 */
function markGantt(t: DetectedTable): void {
  if (t.key !== 'activities') return;
  const view = t.view;
  const yearIn = (text: string): number | undefined => {
    const m = /^\s*(20\d{2})\s*$/.exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const yearAbove = (col: number): number | undefined => {
    const rows = t.headerBottom > t.headerTop ? [t.headerTop, t.headerTop - 1] : [t.headerTop - 1];
    for (const r of rows) {
      if (r < 0) continue;
      const y = yearIn(headerTextAt(view, r, col).text);
      if (y !== undefined) return y;
    }
    return undefined;
  };
  const gantt = findGantt(
    view,
    t.info.map((i) => ({ col: i.col, cells: i.cells })),
    () => contextYear(view, t.preamble),
    yearAbove,
  );
  if (!gantt) return;
  t.gantt = gantt;
  const cols = new Set(gantt.columns.map((g) => g.col));
  t.columns = t.columns.map((c) => (cols.has(c.col) ? { ...c, field: null, confidence: 0 } : c));
}

/** The fields the table's spec (and the checklist's mark columns, a plan's RACI columns) know. */
export function knownFields(key: TableKey): ReadonlySet<string> {
  const fields = new Set(vocabOf(key).fields.map((f) => f.field));
  if (key === 'activities') fields.add(RACI_FIELD);
  return fields;
}
