// A plan that has passed through other hands before it is (re)submitted: a reviewer, a consultant
// or a colleague went through it, or the corps' secretariat sent it back.
//
// Marks in a cell's text. Without Track Changes, people mark their edits in the text itself: "(ny) "
// before an activity they added, "[ÆNDRET] " before a value they changed (often with the old one
// after it: "[ÆNDRET] 30.11.2026 (var 30.09.2026)"), "SLET? " before a row they propose to drop. The
// mark is the editing's, not the plan's: a careful reader reads the value without it, and without the
// old value after a change mark. A proposed deletion nobody answered is a question: the row is read
// as it stands and asked about. Every mark read so is reported at its cell. (Cheap first: one
// character of each text cell is looked at; a sheet is copied only when a mark is found.)
//
// A list of what must be fixed. A plan sent back comes with the points to fix (the secretariat's
// e-mail pasted into a sheet "Sendt retur": Nr. | Aktivitet | Hvad skal rettes | Ansvarlig | Frist |
// Status "Rettet"). Its rows name the plan's activities, people and dates, but each is a point of
// the review, no activity: a table with a column headed as what to fix, no theme column, under a
// sheet name or title that names the send-back or the review, is passed over (checked).

import type { ReadCheck } from '../schema';
import { a1, type GridCell, type GridSheet } from '../grid';
import { foldText } from '../normalize';
import type { ColumnInfo, DetectedTable } from './detect';
import type { ActivityFields, DraftRow } from '../draft';
import { parseDateText } from '../dates';
import { addCheck, type Ctx } from './context';
import { quote } from './messages';
import { REVIEWER_HEADER } from './vocab';
import { passedOverTableCheck } from './layoutChecks';
import { displayText } from './sheet';
import { reportingPeriod } from './years';

type Mark = 'new' | 'changed' | 'delete';

/** A leading mark of an edit ("(ny) ", "[ÆNDRET] ", "SLET? ", "NEW: "), as typed (any case). */
const LEADING =
  /^\s*(?:[([]\s*(ny|nyt|new|ændret|aendret|rettet|changed|edited|slet\??|slettes\??|delete\??)\s*[)\]]|(ny|nyt|new|ændret|aendret|changed)\s*:|(slet\?|slettes\?|delete\?|remove\?))\s*[-–:]?\s*/iu;
/** The old value kept after a changed one: "(var 30.09.2026)", "(før: I gang)", "(was Ole Berg)". */
const OLD_VALUE =
  /\s*[([]\s*(?:var|før|foer|tidl\.?|tidligere|was|previously|old)\s*:?\s+([^()[\]]+)[)\]]\s*$/iu;
/** First characters a mark can start with. */
const FIRST = new Set<number>([...'([sSnNaAæÆcCdDrR '].map((ch) => ch.charCodeAt(0)));

export interface ReviewMark {
  readonly sheet: string;
  readonly r: number;
  readonly c: number;
  readonly mark: Mark;
  /** The text as typed, and as read. */
  readonly typed: string;
  readonly read: string;
  /** The old value kept after a change mark. */
  readonly old?: string;
}

/** The text without its edit mark (and a change's old value), or undefined when it has none. */
export function unmarked(
  text: string,
): { readonly mark: Mark; readonly read: string; readonly old?: string } | undefined {
  if (!FIRST.has(text.charCodeAt(0))) return undefined;
  const m = LEADING.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().replace(/\?$/, '');
  const mark: Mark = /^(?:ny|nyt|new)$/.test(word)
    ? 'new'
    : /^(?:slet|slettes|delete|remove)$/.test(word)
      ? 'delete'
      : 'changed';
  let read = text.slice(m[0].length).trim();
  if (read === '') return undefined;
  let old: string | undefined;
  if (mark === 'changed') {
    const o = OLD_VALUE.exec(read);
    if (o && o.index > 0) {
      old = (o[1] ?? '').trim();
      read = read.slice(0, o.index).trim();
    }
  }
  return { mark, read, ...(old !== undefined ? { old } : {}) };
}

/**
 * The sheet with its edit marks taken out of the texts, and the marks found; undefined when it has
 * none (the sheet is then read as given, nothing copied).
 */
export function withoutReviewMarks(sheet: GridSheet): { sheet: GridSheet; marks: ReviewMark[] } | undefined {
  const found: { i: number; cell: GridCell; m: NonNullable<ReturnType<typeof unmarked>> }[] = [];
  const cols = sheet.columns;
  if (cols) {
    for (let i = 0; i < cols.length; i++) {
      const text = cols.textOf(i);
      if (text === undefined || text.length < 4 || !FIRST.has(text.charCodeAt(0)) || cols.type(i) !== 's')
        continue;
      const m = unmarked(text);
      if (m) found.push({ i, cell: cols.cell(i), m });
    }
  } else {
    const cells = sheet.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as GridCell;
      if (cell.t !== 's' || typeof cell.v !== 'string' || cell.v.length < 4) continue;
      if (!FIRST.has(cell.v.charCodeAt(0))) continue;
      const m = unmarked(cell.v);
      if (m) found.push({ i, cell, m });
    }
  }
  if (found.length === 0) return undefined;
  // Marks on one cell or two are words of the plan as often as an editor's ("Ny hjemmeside: …" is
  // caught by no mark; "(ny)" once may be the coordinator's own): an editor marks several.
  if (found.length < 2) return undefined;
  const byIndex = new Map(found.map((f) => [f.i, f]));
  const cells = sheet.cells.map((cell, i) => {
    const f = byIndex.get(i);
    return f ? { ...cell, v: f.m.read } : cell;
  });
  const { columns: _columns, ...rest } = sheet;
  return {
    sheet: { ...rest, cells },
    marks: found.map(({ cell, m }) => ({
      sheet: sheet.name,
      r: cell.r,
      c: cell.c,
      mark: m.mark,
      typed: cell.v as string,
      read: m.read,
      ...(m.old !== undefined ? { old: m.old } : {}),
    })),
  };
}

/** A mark read out of a cell's text: the value read without it, said at its cell. */
export function reviewMarkCheck(m: ReviewMark): ReadCheck {
  const cell = a1(m.r, m.c);
  const old = m.old === undefined ? '' : ` Den gamle værdi efter den ("${m.old}") er ikke læst.`;
  const oldEn = m.old === undefined ? '' : ` The old value after it ("${m.old}") was not read.`;
  const text =
    m.mark === 'delete'
      ? {
          da: `"${m.typed}": nogen har foreslået at slette rækken, men den står stadig i planen. Den er læst som "${m.read}". Skal den slettes, så slet rækken; ellers fjern "SLET?".`,
          en: `"${m.typed}": someone proposed deleting the row, but it is still in the plan. It was read as "${m.read}". If it is to go, delete the row; otherwise remove the mark.`,
          confidence: 0.5,
        }
      : {
          da: `"${m.typed}" bærer en rettelsesmarkering (${m.mark === 'new' ? 'ny' : 'ændret'}) fra en gennemlæsning; læst som "${m.read}".${old} Fjern markeringen, når rettelsen er godkendt.`,
          en: `"${m.typed}" carries an edit mark (${m.mark === 'new' ? 'new' : 'changed'}) from a review; read as "${m.read}".${oldEn} Remove the mark once the edit is accepted.`,
          confidence: 0.8,
        };
  return {
    sheet: m.sheet,
    cell,
    field: 'reviewMark',
    value: m.read,
    confidence: text.confidence,
    reason: { da: text.da, en: text.en },
  };
}

/** A column headed as what to fix ("Hvad skal rettes", "Rettelse", "Mangler"), folded. */
const FIX_HEADER =
  /^(?:hvad (?:skal|bor|ma) (?:rettes|andres)|(?:skal|bor) rettes|rettelser?|onskede? rettelser?|hvad mangler|mangler|andringer? der skal laves|what (?:to|must be) (?:fix|fixed|change|changed)|to be fixed|required (?:changes?|fix(?:es)?)|corrections?)\b/u;
/** A sheet name or title naming a send-back or a review. */
const REVIEW_TITLE =
  /\b(?:sendt (?:retur|tilbage)|retur(?:neret)?|tilbagesendt|tilbagemelding(?:er)?|gennemlasning|sent back|returned|review(?:ed)?|feedback)\b/u;

/**
 * Plan tables that are a review's list of what to fix: a column headed as what to fix, no theme
 * column, on a sheet named or under a title naming a send-back or a review. (Cheap first: one header
 * text per column of each plan table.)
 */
export function reviewFixLists(tables: readonly DetectedTable[]): DetectedTable[] {
  const out: DetectedTable[] = [];
  for (const t of tables) {
    if (t.key !== 'activities') continue;
    if (!t.info.some((i) => FIX_HEADER.test(foldText(i.header).replace(/\s+/g, ' ').trim()))) continue;
    if (t.columns.some((m) => m.field === 'theme')) continue;
    const view = t.view;
    let named = REVIEW_TITLE.test(foldText(view.name));
    for (let r = 0; r < t.headerTop && !named; r++) {
      for (const cell of view.rowCells(r)) {
        if (REVIEW_TITLE.test(foldText(displayText(cell, view.date1904)))) named = true;
      }
    }
    if (named) out.push(t);
  }
  return out;
}

/** A review's list of what to fix: passed over, the plan read where it stands. */
export function reviewFixListCheck(table: DetectedTable, kept: string | undefined): ReadCheck {
  return passedOverTableCheck(table.view.name, a1(table.headerTop, table.c0), kept, {
    da: 'er en liste over det, der skal rettes i planen efter en tilbagemelding (en kolonne siger, hvad der skal rettes); dens rækker er ikke læst som aktiviteter',
    en: 'is a list of what must be fixed in the plan after a review (a column says what to fix); its rows were not read as activities',
  });
}

// --- The review's conversation beside the plan ----------------------------------------------------
//
// A plan sent back and resubmitted keeps the review beside its own columns: the reviewer's remarks
// ("Korpssekretariatets bemærkning", "Bemærkning fra korpset", "Kommentar (KL)", "Feedback") and the
// municipality's reply ("Svar fra kommunen"). A careful reader tells a reviewer's column by its
// header naming another author than the coordinator or the review itself (vocab.ts REVIEWER_HEADER:
// such a column is never read as the plan's note); a note column naming no author is the plan's. A
// reply that gives a value the plan's own column lacks ("Ansvarlig: Mette Holm" beside an empty
// "Ansvarlig") is the coordinator's answer: read, checked at the reply's cell.

/** A column holding the municipality's reply to a review (folded, lower case). */
const REPLY_HEADER =
  /^(?:svar(?: fra (?:kommunen|koordinator(?:en)?|os))?|kommunens (?:svar|kommentar)|vores svar|reply|response|municipality'?s? (?:reply|response))$/u;
/** A reply giving a field's value: "Ansvarlig: Mette Holm", "Frist bliver 30.11.2026". */
const REPLY_VALUE =
  /^\s*(ansvarlig|tovholder|responsible|frist|deadline|slutdato|start(?:dato)?)\s*(?::|er nu|bliver|er|is now|is)\s+(.+?)\s*\.?\s*$/iu;

/** A person named as the one responsible: "Mette Holm er tovholder", "Mette tager den", "Bo is responsible". */
const REPLY_PERSON =
  /^\s*(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3})\s+(?:er (?:nu )?(?:tovholder|ansvarlig)(?: for (?:den|det|aktiviteten))?|har (?:nu )?ansvaret|tager (?:den|det|ansvaret|over)|is (?:now )?(?:responsible|the owner)|owns it|takes it)\s*[.!]?\s*$/u;
/** A deadline moved or expected: "Flyttet til 30.11.2027", "Ny frist 30.11.2027", "Vi forventer at være færdige uge 48". */
const REPLY_DEADLINE =
  /^\s*(?:(?:flyttet|udskudt|rykket|forlænget|ændret|moved|postponed|pushed|changed)\s+(?:frem\s+|tilbage\s+)?(?:til|to)|ny frist(?: er| bliver)?:?|new deadline(?: is)?:?|(?:vi\s+)?(?:forventer|regner med|expect|plan)\s+(?:at\s+|to\s+)?(?:være|blive|be)\s+(?:færdige?|klar|done|finished|ready)\s+(?:i\s+|inden\s+|senest\s+|by\s+|in\s+)?|(?:forventes|expected to be)\s+(?:færdig|klar|afsluttet|done|finished)\s+(?:i\s+|inden\s+|senest\s+|by\s+|in\s+)?)\s*(.+?)\s*[.!]?\s*$/iu;
/** A week without its year: "uge 48", "week 48". */
const WEEK_ALONE = /^(?:uge|week|u)\s*(\d{1,2})$/iu;

/** A reply's field and the value as written, in the forms a coordinator answers in. */
function replyValue(
  text: string,
): { field: ReplyField; raw: string; said: 'label' | 'person' | 'deadline' } | undefined {
  const m = REPLY_VALUE.exec(text);
  if (m?.[1] && m[2]) return { field: replyField(m[1]), raw: m[2], said: 'label' };
  // Cheap first: the person and deadline forms are asked only of a short reply.
  if (text.length > 120) return undefined;
  const p = REPLY_PERSON.exec(text);
  if (p?.[1]) return { field: 'responsible', raw: p[1], said: 'person' };
  const d = REPLY_DEADLINE.exec(text);
  if (d?.[1]) return { field: 'deadline', raw: d[1], said: 'deadline' };
  return undefined;
}

type ReplyField = 'responsible' | 'deadline' | 'start';

function replyField(label: string): ReplyField {
  const l = label.toLowerCase();
  if (/^(?:ansvarlig|tovholder|responsible)$/u.test(l)) return 'responsible';
  if (/^start/u.test(l)) return 'start';
  return 'deadline';
}

/** The reviewer's columns of a plan table: headers naming another author or the review. */
export function reviewerColumns(t: DetectedTable): readonly ColumnInfo[] {
  return t.info.filter(
    (i) =>
      REVIEWER_HEADER.test(i.header.replace(/\s+/g, ' ').trim().toLowerCase()) &&
      !t.columns.some((m) => m.col === i.col && m.field),
  );
}

/**
 * A plan table beside a review: its reviewer's columns named in a check, and its reply column's values
 * for fields the row lacks read, each checked at the reply. Rows laid on their side are left alone.
 */
export function readReviewReplies(
  t: DetectedTable,
  rows: readonly DraftRow<ActivityFields>[],
  ctx: Ctx,
): void {
  const reviewers = reviewerColumns(t);
  if (reviewers.length === 0) return;
  const view = t.view;
  for (const i of reviewers) {
    const at = a1(t.headerTop, i.col);
    addCheck(ctx, {
      sheet: view.name,
      cell: at,
      field: 'reviewColumn',
      value: i.header,
      confidence: 0.8,
      reason: {
        da: `Kolonnen "${i.header}" er en gennemlæsers bemærkninger (overskriften nævner en anden end kommunen), ikke planens egne: den er ikke læst. Slet kolonnen, når bemærkningerne er besvaret.`,
        en: `The column "${i.header}" holds a reviewer's remarks (its header names another author than the municipality), not the plan's own: it was not read. Delete the column once the remarks are answered.`,
      },
    });
  }
  const reply = t.info.find(
    (i) =>
      REPLY_HEADER.test(foldText(i.header).replace(/\s+/g, ' ').trim().toLowerCase()) &&
      !t.columns.some((m) => m.col === i.col && m.field),
  );
  if (!reply) return;
  for (const row of rows) {
    if (row.source.col !== undefined) continue;
    const cell = view.cell(row.source.row - 1, reply.col);
    if (!cell || typeof cell.v !== 'string') continue;
    const m = replyValue(displayText(cell, view.date1904));
    if (!m) continue;
    const field = m.field;
    const values = row.values;
    // The plan's own column is never overridden by a reply.
    if (values[field] !== undefined) continue;
    let value: string | undefined;
    if (field === 'responsible') value = m.raw;
    else {
      // A week without its year ("uge 48") in the year of the plan's period.
      const week = WEEK_ALONE.exec(m.raw.trim());
      const year = reportingPeriod(ctx.years)?.slice(0, 4);
      const d = parseDateText(week?.[1] && year ? `uge ${week[1]} ${year}` : m.raw);
      if (d.ok) value = field === 'start' ? (d.span.start ?? d.span.deadline) : d.span.deadline;
    }
    if (value === undefined) continue;
    (values as Record<string, unknown>)[field] = value;
    const at = a1(cell.r, cell.c);
    (row.cells as Record<string, string>)[field] = at;
    addCheck(ctx, {
      sheet: view.name,
      cell: at,
      field: `activities.${field}`,
      value,
      confidence: 0.7,
      reason: {
        da: `Rækkens "${field === 'responsible' ? 'ansvarlig' : field === 'start' ? 'start' : 'frist'}" er tom i planens egen kolonne, men kommunens svar på gennemlæsningen i ${at} giver den: "${quote(displayText(cell, view.date1904))}" er læst. Skriv værdien i planens kolonne.`,
        en: `The row's ${field === 'responsible' ? 'responsible' : field} is empty in the plan's own column, but the municipality's reply to the review in ${at} gives it: "${quote(displayText(cell, view.date1904))}" was read. Write the value in the plan's column.`,
      },
    });
    view.useCell(cell);
  }
}
