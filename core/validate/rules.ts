// The validation rules (DOMAIN.md "Validation issues"): everything structuring does not already
// report. Structuring (core/structure) reports what it could not read — no plan table, a value
// outside its list, an invalid number, an unreadable date, an ambiguous checklist answer, an unknown
// municipality, a malformed period. This module reports what is missing, inconsistent, late or
// risky in what it did read, and every CPR-like value anywhere in the workbook.
//
// Places: each issue points at the cell to fix — the row's cell for the field when structuring knows
// where it is (DraftRow.cells, DraftPlan.places), otherwise the row's first cell A{row}, the table's
// header, or the sheet where the value belongs. Workbook-wide findings (document properties, defined
// names) have sheet '' and cell '' and name what holds them in the message.
//
// Messages: Danish and English, telling the coordinator what to do. User text is quoted only after
// maskCpr, and numbers from the workbook only through formatNumber, so that no message ever shows a
// CPR number.

import { issue, type IssueCode } from '../codes';
import {
  fieldCell,
  forEachFieldCell,
  hasFieldCell,
  sourceKey,
  sourceKeysAt,
  sourceWhere,
  type ActivityFields,
  type DraftPlan,
  type DraftRow,
  type Place,
  type StructureResult,
} from '../draft';
import { a1, errorShownAt, parseA1, type Grid, type GridTextPlace } from '../grid';
import type { Issue, Message } from '../schema';
import { isIsoDate } from '../dates';
import { isBlankText } from '../normalize';
import { SETTLED_STATUSES, isLate } from '../late';
import {
  ACTIVITIES_SHEET,
  ANSWERS,
  CHECKLIST_SHEET,
  COMMUNICATION_SHEET,
  CORPS_SHEET,
  FRONT_SHEET,
  FULL_TIME_HOURS,
  INDICATORS,
  INDICATORS_SHEET,
  MAX_PARTICIPANTS_PER_FTE,
  MIN_CORPS_SIZE,
  PHASES,
  ROLES_SHEET,
  STATUSES,
  SUPPRESSION_THRESHOLD,
  TABLE_SHEETS,
  TEMPLATE_VERSION,
  TEMPLATE_VERSIONS,
  THEMES,
  checklistFor,
  isTemplateVersion,
  listLabel,
  versionOf,
  type ColumnSpec,
  type FrontFieldKey,
  type Label,
  type Lang,
  type TableKey,
  type TableSheetSpec,
} from '../spec';
import { holdsCpr } from '../redact';
import { findCprNumbers, isCprNumber, maskCpr, type CprFinding } from './cpr';
import { formatDate, formatNumber, lastQuoteCut, orList, quote, quoteBody } from './text';

export interface ValidateOptions {
  /** ISO date (YYYY-MM-DD); an activity whose deadline is before it is late. */
  readonly today: string;
}

/** Statuses that settle an activity: it cannot be late. */
const SETTLED = SETTLED_STATUSES; // one definition of "late" (core/late.ts)
/** "Gennemført, Ændret eller Lukket", computed once. */
const SETTLED_TEXT: Record<Lang, string> = {
  da: orList(
    SETTLED.map((s) => listLabel('status', s, 'da')),
    'da',
  ),
  en: orList(
    SETTLED.map((s) => listLabel('status', s, 'en')),
    'en',
  ),
};

const both = (f: (lang: Lang) => string): Message => ({ da: f('da'), en: f('en') });

class Context {
  readonly draft: DraftPlan;
  private readonly errorsAt = new Set<string>();
  private readonly codes = new Set<string>();
  private readonly issueRows = new Set<string>();

  constructor(
    readonly result: StructureResult,
    readonly grid: Grid,
    readonly today: string,
  ) {
    this.draft = result.draft;
    for (const i of result.issues) {
      this.codes.add(i.code);
      if (i.severity === 'error') this.errorsAt.add(key(i.sheet, i.cell));
      // The row's line as sourceKey names it: a row, or a column of a plan laid on its side.
      for (const k of sourceKeysAt(i.sheet, i.cell)) this.issueRows.add(k);
    }
  }

  /** Structuring already reported an error at this place. */
  reportedAt(place: Place | undefined): boolean {
    return place !== undefined && this.errorsAt.size > 0 && this.errorsAt.has(key(place.sheet, place.cell));
  }

  /** Structuring already reported an error at the row's cell for `field` (when it knows the cell). */
  reportedIn<T>(row: DraftRow<T>, field: keyof T & string): boolean {
    if (this.errorsAt.size === 0) return false;
    const cell = fieldCell(row, field);
    return cell !== undefined && this.errorsAt.has(key(row.source.sheet, cell));
  }

  /** The Excel error the cell at `ref` on `sheet` shows ("#N/A"), if it shows one. */
  errorShownAt(sheet: string, ref: string): string | undefined {
    const place = parseA1(ref);
    const found = place && this.grid.sheets.find((s) => s.name === sheet);
    return found ? errorShownAt(found, place.r, place.c) : undefined;
  }

  /** Structuring reported this code somewhere. */
  reported(code: IssueCode): boolean {
    return this.codes.has(code);
  }

  /** Structuring reported something in this row (so the row is not blank even if no value was read). */
  rowHasIssue(row: DraftRow<object>): boolean {
    return this.issueRows.size > 0 && this.issueRows.has(sourceKey(row.source));
  }

  /**
   * What a row's rules read of the workbook beyond the row itself: whether structuring reported
   * something in the row, and at which of the row's cells it reported an error. Two rows with the
   * same values, cells, source and this key give the same issues (for one `today`).
   */
  rowContextKey(row: DraftRow<object>): string {
    let signature = this.rowHasIssue(row) ? '1' : '0';
    if (this.errorsAt.size === 0) return signature;
    forEachFieldCell(row, (cell) => {
      if (this.errorsAt.has(key(row.source.sheet, cell))) signature += `,${cell}`;
    });
    return signature;
  }

  hasSheet(name: string): boolean {
    return this.grid.sheets.some((s) => s.name === name);
  }

  /** Where a cover-sheet field is or belongs. */
  coverPlace(field: FrontFieldKey): Place {
    const place = this.draft.places[field];
    if (place) return place;
    const sheet =
      [FRONT_SHEET.sheet.da, FRONT_SHEET.sheet.en].find((n) => this.hasSheet(n)) ?? FRONT_SHEET.sheet.da;
    return { sheet, cell: 'A1' };
  }

  /** The header of a table (at the column of `field` when it was found), or where the sheet belongs. */
  tablePlace(spec: TableSheetSpec, field?: string): Place {
    const table = this.result.tables.find((t) => t.key === spec.key);
    if (table) {
      const col =
        (field === undefined ? undefined : table.columns.find((c) => c.field === field)?.col) ??
        Math.min(...table.columns.map((c) => c.col), Number.POSITIVE_INFINITY);
      return { sheet: table.sheet, cell: a1(table.headerRow, Number.isFinite(col) ? col : 0) };
    }
    if (spec.key === 'activities' && this.draft.planTable) {
      return { sheet: this.draft.planTable.sheet, cell: 'A1' };
    }
    const sheet = [spec.sheet.da, spec.sheet.en].find((n) => this.hasSheet(n));
    return sheet === undefined ? { sheet: spec.sheet.da, cell: '' } : { sheet, cell: 'A1' };
  }
}

function key(sheet: string, cell: string): string {
  const plain = /^[A-Z]+\d+$/.test(cell) ? cell : cell.replace(/\$/g, '').toUpperCase();
  return `${sheet}\u0000${plain}`;
}

function rowPlace<T>(row: DraftRow<T>, field: keyof T & string): Place {
  return { sheet: row.source.sheet, cell: rowCell(row, field) };
}

/** rowPlace's cell, for the hot rules: no Place object. */
function rowCell<T>(row: DraftRow<T>, field: keyof T & string): string {
  return fieldCell(row, field) ?? a1(row.source.row - 1, (row.source.col ?? 1) - 1);
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return typeof value === 'string' && isBlankText(value);
}

/** A row with no value in any of its table's columns (and nothing structuring reported in it). */
function rowIsBlank(ctx: Context, row: DraftRow<object>, spec: TableSheetSpec): boolean {
  const values = row.values as Record<string, unknown>;
  // Hot: the spec's columns, not for-in (row objects differ in shape, and for-in allocates for each).
  const columns = spec.columns;
  for (let i = 0; i < columns.length; i++) {
    if (!isBlank(values[(columns[i] as ColumnSpec).field])) return false;
  }
  return !ctx.rowHasIssue(row);
}

function at(code: IssueCode, place: Place, message: Message): Issue {
  return issue(code, place.sheet, place.cell, message);
}

// ---------------------------------------------------------------------------------------------
// Cover sheet

function coverRules(ctx: Context): Issue[] {
  const out: Issue[] = [];
  const { draft } = ctx;

  const municipality = ctx.coverPlace('municipality');
  if (!draft.municipality && !ctx.reported('municipality_unknown') && !ctx.reportedAt(municipality)) {
    out.push(
      at('municipality_missing', municipality, {
        da: 'Kommunen mangler. Skriv kommunens navn, eller vælg den på listen, i feltet Kommune på forsiden.',
        en: "The municipality is missing. Write the municipality's name, or choose it from the list, in the Municipality field on the cover sheet.",
      }),
    );
  }

  const period = ctx.coverPlace('period');
  if (!draft.period && !ctx.reported('period_malformed') && !ctx.reportedAt(period)) {
    out.push(
      at('period_missing', period, {
        da: 'Perioden mangler. Skriv det halvår, planen gælder for, fx 2026-H2, i feltet Periode på forsiden.',
        en: 'The reporting period is missing. Write the half-year the plan covers, e.g. 2026-H2, in the Reporting period field on the cover sheet.',
      }),
    );
  }

  const phase = ctx.coverPlace('phase');
  if (!draft.phase && !ctx.reportedAt(phase)) {
    out.push(
      at(
        'phase_missing',
        phase,
        both((lang) =>
          lang === 'da'
            ? `Fasen mangler. Vælg ${orList(
                PHASES.map((p) => p.label.da),
                lang,
              )} i feltet Fase på forsiden.`
            : `The phase is missing. Choose ${orList(
                PHASES.map((p) => p.label.en),
                lang,
              )} in the Phase field on the cover sheet.`,
        ),
      ),
    );
  }

  const coordinator = ctx.coverPlace('coordinatorName');
  if (isBlank(draft.coordinator?.name) && !ctx.reportedAt(coordinator)) {
    out.push(
      at('coordinator_missing', coordinator, {
        da: 'Der er ikke angivet en koordinator. Skriv koordinatorens navn på forsiden, så korpset ved, hvem de kan kontakte om planen.',
        en: "No coordinator is named. Write the coordinator's name on the cover sheet so that the corps knows whom to contact about the plan.",
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Required values in table rows

/** What to write when a required value is missing, per table and field. */
const HINTS: Partial<Record<`${TableKey}.${string}`, Label>> = {
  'activities.theme': {
    da: `Vælg et af de ${THEMES.length} indsatsområder på listen, fx ${THEMES[0].label.da} eller ${THEMES[1].label.da}.`,
    en: `Choose one of the ${THEMES.length} focus areas from the list, e.g. ${THEMES[0].label.en} or ${THEMES[1].label.en}.`,
  },
  'activities.activity': {
    da: 'Beskriv kort, hvad der skal gøres.',
    en: 'Describe briefly what is to be done.',
  },
  'activities.responsible': {
    da: 'Skriv, hvem der er ansvarlig for aktiviteten.',
    en: 'Write who is responsible for the activity.',
  },
  'activities.status': {
    da: `Vælg ${orList(
      STATUSES.map((s) => s.label.da),
      'da',
    )}.`,
    en: `Choose ${orList(
      STATUSES.map((s) => s.label.en),
      'en',
    )}.`,
  },
  'activities.deadline': {
    da: 'Skriv en dato eller en periode, fx 15.03.2026, uge 12 2026, marts 2026 eller Q2 2026.',
    en: 'Write a date or a period, e.g. 15.03.2026, week 12 2026, March 2026 or Q2 2026.',
  },
  'corps.initials': {
    da: 'Skriv kun initialer – aldrig navne eller CPR-numre på borgere.',
    en: 'Write initials only – never names or CPR numbers of citizens.',
  },
  'corps.hoursPerWeek': {
    da: 'Skriv antal timer om ugen, personen arbejder som mentor eller forældrecoach, som et tal.',
    en: 'Write the number of hours a week the person works as a mentor or parent coach, as a number.',
  },
  'corps.activeCases': {
    da: 'Skriv antal aktive forløb som et helt tal (0, hvis der ingen er).',
    en: 'Write the number of active cases as a whole number (0 if there are none).',
  },
  'indicators.unit': {
    da: 'Vælg Antal eller Procent.',
    en: 'Choose Count or Percent.',
  },
};

/** Each table's required columns, once per spec: asked for every row of the table. */
const REQUIRED_COLUMNS = new WeakMap<TableSheetSpec, readonly ColumnSpec[]>();

function requiredColumns(spec: TableSheetSpec): readonly ColumnSpec[] {
  let columns = REQUIRED_COLUMNS.get(spec);
  if (columns === undefined) {
    columns = spec.columns.filter((c) => c.required === true);
    REQUIRED_COLUMNS.set(spec, columns);
  }
  return columns;
}

/**
 * A row's subject ("Aktiviteten '…"), kept for the last row named: each message is written in
 * Danish and then in English, for the same row, and a row's two to four messages share it. A
 * subject that quotes the activity leaves the quote open, and the "…" of a shortened quote out:
 * the message's tail adds them (one or two string objects fewer per subject); `lastSubject` says
 * which the subject needs.
 */
// Variables rather than one { row, subject } object: no object per row of a large plan.
let lastSubjectRow: object | undefined;
let lastSubjectDa = '';
let lastSubjectEn = '';
let lastSubject: 'closed' | 'open' | 'cut' = 'closed';

function activitySubject(row: DraftRow<{ activity?: string }>, lang: Lang): string {
  if (lastSubjectRow !== row) {
    const text = row.values.activity;
    if (isBlank(text) || text === undefined) {
      const where = sourceWhere(row.source);
      lastSubjectDa = `Aktiviteten i ${where.da}`;
      lastSubjectEn = `The activity in ${where.en}`;
      lastSubject = 'closed';
    } else {
      const body = quoteBody(text);
      lastSubjectDa = `Aktiviteten '${body}`;
      lastSubjectEn = `The activity '${body}`;
      lastSubject = lastQuoteCut() ? 'cut' : 'open';
    }
    lastSubjectRow = row;
  }
  return lang === 'da' ? lastSubjectDa : lastSubjectEn;
}

// A message about a row is its subject followed by what is said about it, the "tail". The tails
// repeat (a large plan has thousands of messages and a few hundred different tails): each is
// written once and kept, and a message is then one concatenation (one string object) instead of a
// new string piece for every part of the sentence (V8 keeps a template literal's result as a tree
// of its parts: a message was some eighteen string objects, most of what validation kept alive).

/**
 * What a message says after its subject: `open` starts with the quote that closes the subject's
 * quote, `cut` with "…" and that quote (after a shortened quote).
 */
interface Tail {
  readonly open: string;
  readonly cut: string;
}

function tail(open: string): Tail {
  return { open, cut: `…${open}` };
}

/** A message about an activity: its subject, then `tail` (without its quote after a subject that quotes nothing). */
function aboutActivity(row: DraftRow<{ activity?: string }>, lang: Lang, t: Tail): string {
  const subject = activitySubject(row, lang);
  return lastSubject === 'open'
    ? subject + t.open
    : lastSubject === 'cut'
      ? subject + t.cut
      : subject + t.open.slice(1);
}

/** A bounded cache of tails: emptied when full (a workbook decides how many there are). */
class Tails<K> {
  private readonly byKey = new Map<K, Map<string, Tail>>();
  private size = 0;

  constructor(private readonly max: number) {}

  /** The tail for `outer` and `inner`; `make` writes its `open` text. */
  get(outer: K, inner: string, make: (outer: K, inner: string) => string): Tail {
    let tails = this.byKey.get(outer);
    if (tails === undefined) {
      tails = new Map();
      this.byKey.set(outer, tails);
    }
    let found = tails.get(inner);
    if (found === undefined) {
      if (this.size >= this.max) {
        this.byKey.clear();
        this.size = 0;
        tails = new Map();
        this.byKey.set(outer, tails);
      }
      found = tail(make(outer, inner));
      tails.set(inner, found);
      this.size++;
    }
    return found;
  }
}

const MAX_TAILS = 4096;

function requiredRules<T>(ctx: Context, spec: TableSheetSpec, rows: readonly DraftRow<T>[]): Issue[] {
  const out: Issue[] = [];
  for (const row of rows) {
    if (rowIsBlank(ctx, row, spec)) continue;
    requiredRowRules(ctx, spec, row, out);
  }
  return out;
}

/** The required values a (non-blank) row lacks, added to `out` (returned). */
function requiredRowRules<T>(ctx: Context, spec: TableSheetSpec, row: DraftRow<T>, out: Issue[]): Issue[] {
  // Indexes, not for-of: V8 made an iterator object for every row of a large plan here.
  const columns = requiredColumns(spec);
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i] as ColumnSpec;
    const field = col.field as keyof T & string;
    if (!isBlank(row.values[field])) continue;
    if (ctx.reportedIn(row, field)) continue;
    const cell = rowCell(row, field);
    const shown = ctx.errorShownAt(row.source.sheet, cell);
    out.push(
      issue('required_missing', row.source.sheet, cell, {
        da: requiredText(spec, row, col, 'da', shown),
        en: requiredText(spec, row, col, 'en', shown),
      }),
    );
  }
  return out;
}

// The messages of the per-row rules are functions of what they say, called for each language,
// rather than both((lang) => …): a closure over the row's values makes V8 allocate a context for
// every row (and every required column) of a large plan, also for the rows with nothing to report.

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function requiredText<T>(
  spec: TableSheetSpec,
  row: DraftRow<T>,
  col: ColumnSpec,
  lang: Lang,
  shown: string | undefined,
): string {
  const beside = besideLabel(row, col.field);
  const t =
    shown === undefined
      ? requiredTail(spec, col, beside)[lang]
      : shownErrorTail(spec, col, shown, beside)[lang];
  if (spec.key === 'activities') return aboutActivity(row, lang, t);
  return lang === 'da'
    ? `${capitalised(sourceWhere(row.source).da)} i arket '${quote(row.source.sheet)}${t.open}`
    : `${capitalised(sourceWhere(row.source).en)} on the sheet '${quote(row.source.sheet)}${t.open}`;
}

/**
 * What a required-value message says after its subject (from the quote that closes it), per table
 * and column (few: kept).
 */
const REQUIRED_TAILS = new WeakMap<TableSheetSpec, Map<string, Record<Lang, Tail>>>();

function requiredTail(spec: TableSheetSpec, col: ColumnSpec, beside: boolean): Record<Lang, Tail> {
  let tails = REQUIRED_TAILS.get(spec);
  if (tails === undefined) {
    tails = new Map();
    REQUIRED_TAILS.set(spec, tails);
  }
  const key = beside ? `${col.field} beside` : col.field;
  let found = tails.get(key);
  if (found === undefined) {
    const hint = HINTS[`${spec.key}.${col.field}`];
    const where = fieldWhere(col, beside);
    found = {
      da: tail(`' mangler en værdi ${where.da}. ${hint ? hint.da : 'Udfyld cellen.'}`),
      en: tail(`' has no value ${where.en}. ${hint ? hint.en : 'Fill in the cell.'}`),
    };
    tails.set(key, found);
  }
  return found;
}

/**
 * Whether a row's field stands beside its label rather than under a column heading: a form (a block
 * of "Ansvarlig:" lines per activity) or a plan laid on its side, whose field's cell is not on the
 * row's own row, or whose row is known by its column.
 */
function besideLabel<T>(row: DraftRow<T>, field: string): boolean {
  if (row.source.col !== undefined) return true;
  const cell = fieldCell(row, field as keyof T & string);
  const at = cell === undefined ? undefined : parseA1(cell);
  return at !== undefined && at.r !== row.source.row - 1;
}

/** Where a field's value goes, as a message says it: in its column, or beside its label. */
function fieldWhere(col: ColumnSpec, beside: boolean): Record<Lang, string> {
  return beside
    ? { da: `ud for '${col.label.da}'`, en: `beside '${col.label.en}'` }
    : { da: `i kolonnen '${col.label.da}'`, en: `in the column '${col.label.en}'` };
}

/**
 * The tail of a required value's message where the cell shows one of Excel's errors (#VALUE!, #N/A):
 * "has no value" alone would contradict what the coordinator sees in the cell. Rare: made each time.
 */
function shownErrorTail(
  spec: TableSheetSpec,
  col: ColumnSpec,
  shown: string,
  beside: boolean,
): Record<Lang, Tail> {
  const hint = HINTS[`${spec.key}.${col.field}`];
  const where = fieldWhere(col, beside);
  return {
    da: tail(
      `' mangler en værdi ${where.da}: cellen viser Excel-fejlen ${shown}, fordi en formel eller en sammenkædet datatype ikke kunne beregnes (ofte fordi filen er gemt i et andet program). ${hint ? hint.da : 'Udfyld cellen.'}`,
    ),
    en: tail(
      `' has no value ${where.en}: the cell shows Excel's error ${shown}, as a formula or a linked data type could not be worked out (often because the file was saved by another program). ${hint ? hint.en : 'Fill in the cell.'}`,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Activities

/** The rules of one activity row: its required values, and the rules of the row ("per row"). */
export interface RowIssues {
  readonly required: readonly Issue[];
  readonly other: readonly Issue[];
}

/**
 * Remembers per-row results between validations of the same workbook (IncrementalValidator): the
 * same row (rows are never changed in place: a correction makes a new row object, see
 * applyCorrections) in the same context (`key`: today and what structuring reported in the row)
 * gets its earlier issues.
 */
export interface RowMemo {
  activity(row: object, key: string, compute: () => RowIssues): RowIssues;
  cpr(grid: Grid, compute: () => Issue[]): Issue[];
  /** The fields of a table row whose values hold a CPR number (a row's values never change). */
  cprFields(row: object, compute: () => readonly CprField[]): readonly CprField[];
}

/** A field of a row whose value holds a CPR number, and how it holds it. */
export interface CprField {
  readonly field: string;
  readonly detail: 'planNumber' | 'planText';
}

const NO_MEMO: RowMemo = {
  activity: (_row, _key, compute) => compute(),
  cpr: (_grid, compute) => compute(),
  cprFields: (_row, compute) => compute(),
};

/** The activity rules' issues, added to `out`. */
function activityRules(ctx: Context, memo: RowMemo, out: Issue[]): void {
  // Every row's required values first, then every row's other rules, then the table's. The other
  // rules' issues (thousands on a large plan) go straight into `out`; the required values' (few in
  // a plan that is being filled in) are gathered beside it and put before them at the end.
  const from = out.length;
  const required: Issue[] = [];
  const covered = new Set<string>();
  const rows = ctx.draft.activities;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as DraftRow<ActivityFields>;
    if (rowIsBlank(ctx, row, ACTIVITIES_SHEET)) continue;
    if (row.values.theme !== undefined) covered.add(row.values.theme);
    if (memo === NO_MEMO) {
      // Straight into the two lists: no RowIssues object and no two arrays for each row of a large
      // plan. Without a memo the row's context key is not built either: it reads every cell of the
      // row against the errors structuring reported, only to be thrown away.
      requiredRowRules(ctx, ACTIVITIES_SHEET, row, required);
      activityRowRules(ctx, row, out);
      continue;
    }
    const r = memo.activity(row, `${ctx.today}\u0000${ctx.rowContextKey(row)}`, () => ({
      required: requiredRowRules(ctx, ACTIVITIES_SHEET, row, []),
      other: activityRowRules(ctx, row, []),
    }));
    append(required, r.required);
    append(out, r.other);
  }
  insertAt(out, from, required);
  activityTableRules(ctx, covered, out);
}

/** `items` put into `out` at `at`, the issues from there on moved after them (no spread of arguments). */
function insertAt(out: Issue[], at: number, items: readonly Issue[]): void {
  const n = items.length;
  if (n === 0) return;
  const end = out.length;
  // Grown by pushing (an array written past its end may become slow), then moved from the end.
  for (let i = 0; i < n; i++) out.push(items[i] as Issue);
  for (let i = end - 1; i >= at; i--) out[i + n] = out[i] as Issue;
  for (let i = 0; i < n; i++) out[at + i] = items[i] as Issue;
}

/** The rules of one non-blank activity row (beyond its required values), added to `out` (returned). */
function activityRowRules(ctx: Context, row: DraftRow<ActivityFields>, out: Issue[]): Issue[] {
  const values = row.values;
  const { start, deadline, status } = values;
  const sheet = row.source.sheet;

  if (start !== undefined && deadline !== undefined && start > deadline) {
    out.push(
      issue('start_after_deadline', sheet, rowCell(row, hasFieldCell(row, 'start') ? 'start' : 'deadline'), {
        da: startAfterDeadlineText(row, start, deadline, 'da'),
        en: startAfterDeadlineText(row, start, deadline, 'en'),
      }),
    );
  }

  const statusUnread = status === undefined && ctx.reportedIn(row, 'status');
  if (deadline !== undefined && !statusUnread && isLate(values, ctx.today)) {
    out.push(
      issue('activity_late', sheet, rowCell(row, 'deadline'), {
        da: lateText(row, deadline, status, 'da'),
        en: lateText(row, deadline, status, 'en'),
      }),
    );
  }

  if (status === 'done' && isBlank(values.evaluation)) {
    out.push(
      issue(
        'done_without_evaluation',
        sheet,
        rowCell(row, hasFieldCell(row, 'evaluation') ? 'evaluation' : 'status'),
        { da: notEvaluatedText(row, 'da'), en: notEvaluatedText(row, 'en') },
      ),
    );
  }

  if (isBlank(values.milestone) && !ctx.reportedIn(row, 'milestone')) {
    out.push(
      issue('milestone_missing', sheet, rowCell(row, 'milestone'), {
        da: noMilestoneText(row, 'da'),
        en: noMilestoneText(row, 'en'),
      }),
    );
  }
  return out;
}

function startAfterDeadlineText(
  row: DraftRow<ActivityFields>,
  start: string,
  deadline: string,
  lang: Lang,
): string {
  return aboutActivity(row, lang, START_TAILS[lang].get(start, deadline, startTail[lang]));
}

const START_TAILS: Record<Lang, Tails<string>> = { da: new Tails(MAX_TAILS), en: new Tails(MAX_TAILS) };
const startTail: Record<Lang, (start: string, deadline: string) => string> = {
  da: (start, deadline) =>
    `' starter ${formatDate(start, 'da')}, efter sin deadline ${formatDate(deadline, 'da')}. Ret start eller deadline, så aktiviteten starter før den skal være færdig.`,
  en: (start, deadline) =>
    `' starts on ${formatDate(start, 'en')}, after its deadline of ${formatDate(deadline, 'en')}. Correct the start or the deadline so that the activity starts before it is due.`,
};

function lateText(
  row: DraftRow<ActivityFields>,
  deadline: string,
  status: ActivityFields['status'] | undefined,
  lang: Lang,
): string {
  return aboutActivity(row, lang, LATE_TAILS[lang].get(status, deadline, lateTail[lang]));
}

type MaybeStatus = ActivityFields['status'] | undefined;
const LATE_TAILS: Record<Lang, Tails<MaybeStatus>> = { da: new Tails(MAX_TAILS), en: new Tails(MAX_TAILS) };
const lateTail: Record<Lang, (status: MaybeStatus, deadline: string) => string> = {
  da: (status, deadline) =>
    `' har deadline ${formatDate(deadline, 'da')}, som er overskredet, og ${
      status === undefined ? 'har ingen status' : `har status '${listLabel('status', status, 'da')}'`
    }. Sæt status til ${SETTLED_TEXT.da}, hvis det passer, eller sæt en ny deadline.`,
  en: (status, deadline) =>
    `' had its deadline on ${formatDate(deadline, 'en')}, which has passed, and ${
      status === undefined ? 'has no status' : `has the status '${listLabel('status', status, 'en')}'`
    }. Set the status to ${SETTLED_TEXT.en} if that is the case, or set a new deadline.`,
};

/** Column names the messages give, looked up once. */
const EVALUATION_COLUMN: Label = {
  da: columnLabel(ACTIVITIES_SHEET, 'evaluation', 'da'),
  en: columnLabel(ACTIVITIES_SHEET, 'evaluation', 'en'),
};
const MILESTONE_COLUMN: Label = {
  da: columnLabel(ACTIVITIES_SHEET, 'milestone', 'da'),
  en: columnLabel(ACTIVITIES_SHEET, 'milestone', 'en'),
};

const NOT_EVALUATED_TAIL: Record<Lang, Tail> = {
  da: tail(
    `' er gennemført, men resultatet er ikke evalueret. Skriv kort i kolonnen '${EVALUATION_COLUMN.da}', hvad aktiviteten førte til.`,
  ),
  en: tail(
    `' is done, but its result has not been evaluated. Write briefly in the column '${EVALUATION_COLUMN.en}' what the activity achieved.`,
  ),
};

function notEvaluatedText(row: DraftRow<ActivityFields>, lang: Lang): string {
  return aboutActivity(row, lang, NOT_EVALUATED_TAIL[lang]);
}

const NO_MILESTONE_TAIL: Record<Lang, Tail> = {
  da: tail(
    `' har ingen milepæl. Skriv i kolonnen '${MILESTONE_COLUMN.da}', hvad der skal være nået, når aktiviteten er gennemført.`,
  ),
  en: tail(
    `' has no milestone. Write in the column '${MILESTONE_COLUMN.en}' what should have been achieved when the activity is done.`,
  ),
};

function noMilestoneText(row: DraftRow<ActivityFields>, lang: Lang): string {
  return aboutActivity(row, lang, NO_MILESTONE_TAIL[lang]);
}

/**
 * The rules of the activity table as a whole: every focus area has an activity (`covered`: the
 * themes of the non-blank rows). Added to `out`.
 */
function activityTableRules(ctx: Context, covered: ReadonlySet<string>, out: Issue[]): void {
  const themePlace = ctx.tablePlace(ACTIVITIES_SHEET, 'theme');
  for (const theme of THEMES) {
    if (covered.has(theme.id)) continue;
    out.push(
      at('theme_without_activity', themePlace, {
        da: `Der er ingen aktiviteter under indsatsområdet '${theme.label.da}'. Tilføj mindst én aktivitet inden for området, så planen dækker alle ${THEMES.length} indsatsområder.`,
        en: `There are no activities in the focus area '${theme.label.en}'. Add at least one activity in this area so that the plan covers all ${THEMES.length} focus areas.`,
      }),
    );
  }
}

function columnLabel(spec: TableSheetSpec, field: string, lang: Lang): string {
  return spec.columns.find((c) => c.field === field)?.label[lang] ?? field;
}

/**
 * Whether the plan's activities were read: from a plan table, or from forms (a block of label |
 * value rows per activity, on one sheet or a sheet each), which give activities but no table.
 */
function hasPlanTable(ctx: Context): boolean {
  if (ctx.reported('plan_table_missing')) return false;
  return ctx.draft.planTable !== undefined || ctx.draft.activities.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Checklist

function checklistRules(ctx: Context): Issue[] {
  const out: Issue[] = [];
  const answers = orList(
    ANSWERS.map((a) => a.label.da),
    'da',
  );
  const answersEn = orList(
    ANSWERS.map((a) => a.label.en),
    'en',
  );
  // A plan is judged by its own template's questions: a 1.0 workbook has no L9 to answer.
  for (const question of checklistFor(versionOf(ctx.draft.templateVersion))) {
    const answer = ctx.draft.checklist.find((a) => a.id === question.id);
    if (answer?.answer) continue;
    const place = answer?.place ?? ctx.tablePlace(CHECKLIST_SHEET, 'answer');
    if (answer?.place && ctx.reportedAt(answer.place)) continue;
    out.push(
      at('checklist_unanswered', place, {
        da: `Spørgsmål ${question.id} i huskelisten er ikke besvaret: '${quote(question.text.da, 90)}'. Vælg ${answers}.`,
        en: `Checklist question ${question.id} is not answered: '${quote(question.text.en, 90)}'. Choose ${answersEn}.`,
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Template version and carried answers

function versionRules(ctx: Context): Issue[] {
  const named = ctx.draft.templateVersion;
  if (named === undefined || named.trim() === '' || isTemplateVersion(named)) return [];
  const known = TEMPLATE_VERSIONS.join(', ');
  return [
    at('template_version_unknown', ctx.coverPlace('templateVersion'), {
      da: `Skabelonversionen '${quote(named, 20)}' kendes ikke (korpsplan kender ${known}). Planen er læst efter skabelon ${TEMPLATE_VERSION}; hent den nyeste skabelon, eller ret versionen.`,
      en: `The template version '${quote(named, 20)}' is unknown (korpsplan knows ${known}). The plan was read by template ${TEMPLATE_VERSION}; get the newest template, or correct the version.`,
    }),
  ];
}

/**
 * Answers carried from the previous half-year (`korpsplan next-period`, "Start næste halvår") are
 * there to be confirmed: one still as it was carried and not confirmed gets a warning.
 */
function carriedRules(ctx: Context): Issue[] {
  const out: Issue[] = [];
  for (const carried of ctx.draft.carried ?? []) {
    const now = ctx.draft.checklist.find((a) => a.id === carried.id);
    if (!now || now.answer === null || now.answer !== carried.answer) continue;
    const place = now.place ?? ctx.tablePlace(CHECKLIST_SHEET, 'answer');
    out.push(
      at('checklist_unconfirmed', place, {
        da: `Svaret på spørgsmål ${carried.id} (${listLabel('answer', now.answer, 'da')}) er ført med fra sidste halvår${carried.period ? ` (${carried.period})` : ''} og er ikke bekræftet. Bekræft svaret i tilføjelsesprogrammet, eller ret det, hvis det ikke længere passer.`,
        en: `The answer to question ${carried.id} (${listLabel('answer', now.answer, 'en')}) was carried from the previous half-year${carried.period ? ` (${carried.period})` : ''} and has not been confirmed. Confirm it in the add-in, or change it if it no longer holds.`,
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Corps

function corpsRules(ctx: Context): Issue[] {
  const out: Issue[] = [];
  const rows = ctx.draft.corps.filter((row) => !rowIsBlank(ctx, row, CORPS_SHEET));
  out.push(...requiredRules(ctx, CORPS_SHEET, rows));
  const corpsSheet = (lang: Lang): string => CORPS_SHEET.sheet[lang];

  if (rows.length < MIN_CORPS_SIZE) {
    out.push(
      at(
        'corps_too_small',
        ctx.tablePlace(CORPS_SHEET),
        both((lang) => {
          const n = rows.length;
          if (lang === 'da') {
            const has =
              n === 0
                ? `Der er ingen uddannede mentorer eller forældrecoaches i arket '${corpsSheet(lang)}'.`
                : `Korpset har kun ${n} uddannet mentor eller forældrecoach.`;
            return `${has} Der bør være mindst ${MIN_CORPS_SIZE} (huskelisten: "min. to-tre"), så indsatsen ikke står og falder med én person. Skriv hver uddannet mentor og forældrecoach på en række i arket '${corpsSheet(lang)}'.`;
          }
          const has =
            n === 0
              ? `There are no trained mentors or parent coaches on the sheet '${corpsSheet(lang)}'.`
              : `The corps has only ${n} trained mentor or parent coach.`;
          return `${has} There should be at least ${MIN_CORPS_SIZE} ("at least two or three") so that the effort does not depend on one person. Write each trained mentor and parent coach on a row of the sheet '${corpsSheet(lang)}'.`;
        }),
      ),
    );
  }

  let hours = 0;
  let cases = 0;
  for (const row of rows) {
    const { hoursPerWeek, activeCases } = row.values;
    if (hoursPerWeek === undefined || activeCases === undefined) continue;
    hours += hoursPerWeek;
    cases += activeCases;
  }
  const fte = hours / FULL_TIME_HOURS;
  if (cases > 0 && (fte === 0 || cases / fte > MAX_PARTICIPANTS_PER_FTE)) {
    out.push(
      at(
        'caseload_high',
        ctx.tablePlace(CORPS_SHEET, 'activeCases'),
        both((lang) => {
          const c = formatNumber(cases, lang, 0);
          if (fte === 0) {
            return lang === 'da'
              ? `Korpset har ${c} aktive forløb, men ingen timer om ugen til dem. Skriv hver mentors og forældrecoachs timer pr. uge i arket '${corpsSheet(lang)}'.`
              : `The corps has ${c} active cases but no hours a week for them. Write each mentor's and parent coach's hours per week on the sheet '${corpsSheet(lang)}'.`;
          }
          const f = formatNumber(fte, lang);
          const h = formatNumber(hours, lang);
          const ratio = formatNumber(cases / fte, lang);
          return lang === 'da'
            ? `Korpset har ${c} aktive forløb på ${f} fuldtidsstillinger (${h} timer om ugen; ${FULL_TIME_HOURS} timer er én fuldtidsstilling), dvs. ${ratio} forløb pr. fuldtidsstilling. Anbefalingen er højst ${MAX_PARTICIPANTS_PER_FTE}. Overvej at uddanne flere mentorer eller give dem flere timer, eller tjek tallene i arket '${corpsSheet(lang)}'.`
            : `The corps has ${c} active cases on ${f} full-time posts (${h} hours a week; ${FULL_TIME_HOURS} hours is one full-time post), i.e. ${ratio} cases per full-time post. The recommendation is at most ${MAX_PARTICIPANTS_PER_FTE}. Consider training more mentors or giving them more hours, or check the figures on the sheet '${corpsSheet(lang)}'.`;
        }),
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Indicators

function indicatorRules(ctx: Context): Issue[] {
  const out: Issue[] = [];
  const rows = ctx.draft.indicators.filter((row) => !rowIsBlank(ctx, row, INDICATORS_SHEET));
  out.push(...requiredRules(ctx, INDICATORS_SHEET, rows));
  const small = (v: number | undefined): v is number => v !== undefined && v > 0 && v < SUPPRESSION_THRESHOLD;

  for (const row of rows) {
    const code = row.values.code?.trim().toLowerCase();
    const entry = INDICATORS.find((i) => i.code === code);
    if (!entry?.personal) continue;
    const unit = row.values.unit ?? entry.unit;
    const checks: readonly ('result' | 'baseline' | 'cases')[] =
      unit === 'percent' ? ['cases'] : ['result', 'baseline'];
    const field = checks.find((f) => small(row.values[f]));
    if (field === undefined) continue;
    const value = row.values[field] ?? 0;
    out.push(
      at(
        'indicator_small_number',
        rowPlace(row, field),
        both((lang) => {
          const v = formatNumber(value, lang);
          const name = entry.label[lang];
          const what =
            field === 'cases'
              ? lang === 'da'
                ? `bygger på ${v} forløb`
                : `is based on ${v} cases`
              : lang === 'da'
                ? `har ${field === 'result' ? 'resultatet' : 'udgangspunktet'} ${v}`
                : `has a ${field === 'result' ? 'result' : 'baseline'} of ${v}`;
          return lang === 'da'
            ? `Indikatoren '${name}' ${what}. Tal fra færre end ${SUPPRESSION_THRESHOLD} borgere eller forløb vises som "<${SUPPRESSION_THRESHOLD}" i korpsets samlede oversigt, så ingen kan genkendes. Du behøver ikke ændre noget, hvis tallet er rigtigt; det bliver blot ikke vist.`
            : `The indicator '${name}' ${what}. Figures from fewer than ${SUPPRESSION_THRESHOLD} citizens or cases are shown as "<${SUPPRESSION_THRESHOLD}" in the corps summary so that no one can be recognised. If the figure is right, there is nothing to change; it will just not be shown.`;
        }),
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CPR numbers

interface PlaceText {
  /** What the place is, as the subject of the sentence ("Sidehovedet/sidefoden"). */
  readonly what: Label;
  /** What to do about it. */
  readonly fix: Label;
  /** Whether the message names the part of the file (for places a coordinator cannot see). */
  readonly part?: true;
}

const REBUILD: Label = {
  da: 'Kopiér arkene over i en ny, tom projektmappe (eller i skabelonen), og indsend den.',
  en: 'Copy the sheets into a new, empty workbook (or into the template), and submit that.',
};

/** The places the intake's scan of the package reports (GridTextPlace), in Danish and English. */
const PLACE_TEXT: Record<GridTextPlace, PlaceText> = {
  formula: {
    what: { da: 'Formlen', en: 'The formula' },
    fix: { da: 'Ret formlen.', en: 'Correct the formula.' },
  },
  cellValue: {
    what: {
      da: 'En værdi, som er gemt for cellen, men som Excel ikke viser,',
      en: 'A value stored for the cell that Excel does not show',
    },
    fix: REBUILD,
  },
  cellEncoded: {
    what: {
      da: 'Teksten i cellen, læst som base64 (data skrevet som bogstaver og tal),',
      en: "The cell's text, read as base64 (data written as letters and digits),",
    },
    fix: {
      da: 'Slet teksten i cellen: den står for data, som ikke hører hjemme i planen.',
      en: 'Delete the text in the cell: it stands for data that does not belong in the plan.',
    },
  },
  cellHidden: {
    what: {
      da: 'Teksten i cellen, som den ses uden de dele, der står med en skrift, ingen kan se (i cellens fyldfarve eller en farve tæt på den, hvid uden fyld, eller under 2 punkter; eller med et talformat, der intet viser eller viser i fyldfarven),',
      en: "The cell's text as it shows, without the parts in a font no one can see (in the cell's fill colour or one near it, white without a fill, or below 2 points; or in a number format that shows nothing or shows in the fill's colour),",
    },
    fix: {
      da: 'Slet nummeret, og ryd cellens formatering (Startside > Ryd > Ryd formater); står nummeret i flere celler, så ryd også formateringen af cellerne imellem.',
      en: "Delete the number, and clear the cell's formatting (Home > Clear > Clear Formats); where the number stands in several cells, clear the formatting of the cells between them too.",
    },
  },
  phonetic: {
    what: { da: 'Den fonetiske tekst (furigana)', en: 'The phonetic text (furigana)' },
    fix: {
      da: 'Ryd cellen, og skriv indholdet igen.',
      en: 'Clear the cell and type its content again.',
    },
  },
  sharedString: {
    what: {
      da: 'En tekst, som er gemt i projektmappen, men som ingen celle viser,',
      en: 'A text stored in the workbook that no cell shows',
    },
    fix: REBUILD,
  },
  headerFooter: {
    what: { da: 'Sidehovedet/sidefoden', en: 'The header/footer' },
    fix: {
      da: 'Ret sidehoved og sidefod under Sidelayout > Udskriftstitler > Sidehoved/sidefod (alle udgaver: ulige, lige og første side).',
      en: 'Edit the header and footer under Page Layout > Print Titles > Header/Footer (every version: odd, even and first page).',
    },
  },
  headerPicture: {
    what: {
      da: 'Billedet i sidehovedet/sidefoden (dets titel eller stien til dets fil)',
      en: 'The picture in the header/footer (its title or the path of its file)',
    },
    fix: {
      da: 'Slet eller erstat billedet under Sidelayout > Udskriftstitler > Sidehoved/sidefod > Brugerdefineret sidehoved (eller sidefod): markér &[Billede] og slet det, eller indsæt billedet igen fra en fil uden personnummer i navnet.',
      en: 'Delete or replace the picture under Page Layout > Print Titles > Header/Footer > Custom Header (or Custom Footer): select &[Picture] and delete it, or insert the picture again from a file without a personal number in its name.',
    },
  },
  dataValidation: {
    what: {
      da: 'Datavalideringen (liste, formel, inputmeddelelse eller fejlmeddelelse)',
      en: 'The data validation (list, formula, input message or error alert)',
    },
    fix: { da: 'Ret valideringen under Data > Datavalidering.', en: 'Edit it under Data > Data Validation.' },
  },
  conditionalFormat: {
    what: { da: 'Den betingede formatering', en: 'The conditional format' },
    fix: {
      da: 'Ret reglen under Start > Betinget formatering > Administrer regler.',
      en: 'Edit the rule under Home > Conditional Formatting > Manage Rules.',
    },
  },
  autoFilter: {
    what: {
      da: 'Autofilteret (filterkriterier eller sortering)',
      en: 'The AutoFilter (filter criteria or sort)',
    },
    fix: { da: 'Ryd filteret under Data > Ryd.', en: 'Clear the filter under Data > Clear.' },
  },
  hyperlink: {
    what: {
      da: 'Linket (mål, placering, skærmtip eller tekst)',
      en: 'The hyperlink (target, location, tooltip or text)',
    },
    fix: {
      da: 'Ret eller fjern linket (højreklik > Rediger link).',
      en: 'Edit or remove the link (right-click > Edit Hyperlink).',
    },
  },
  numberFormat: {
    what: { da: 'Et talformat', en: 'A number format' },
    fix: {
      da: 'Slet talformatet under Formater celler > Tal > Brugerdefineret.',
      en: 'Delete the number format under Format Cells > Number > Custom.',
    },
  },
  styles: {
    what: { da: 'Projektmappens typografier', en: "The workbook's styles" },
    fix: {
      da: 'Ret eller slet typografien under Start > Celletypografier.',
      en: 'Edit or delete the style under Home > Cell Styles.',
    },
  },
  chart: {
    what: {
      da: 'Et diagram (diagramtitel, serienavne eller data)',
      en: 'A chart (its title, series names or data)',
    },
    fix: {
      da: 'Ret diagrammets titel, serienavne og data, eller slet diagrammet.',
      en: "Correct the chart's title, series names and data, or delete the chart.",
    },
  },
  textBox: {
    what: { da: 'Et tekstfelt eller en figur', en: 'A text box or shape' },
    fix: { da: 'Ret eller slet tekstfeltet.', en: 'Edit or delete the text box.' },
  },
  altText: {
    what: {
      da: 'Den alternative tekst (titel eller beskrivelse) til en figur, et billede eller et diagram',
      en: 'The alternative text (title or description) of a shape, picture or chart',
    },
    fix: {
      da: 'Ret den alternative tekst (højreklik > Rediger alternativ tekst).',
      en: 'Edit the alternative text (right-click > Edit Alt Text).',
    },
  },
  drawingName: {
    what: {
      da: 'Navnet på en figur, et billede eller et diagram',
      en: 'The name of a shape, picture or chart',
    },
    fix: {
      da: 'Omdøb objektet i markeringsruden (Start > Søg og vælg > Markeringsrude).',
      en: 'Rename the object in the Selection Pane (Home > Find & Select > Selection Pane).',
    },
  },
  drawing: {
    what: { da: 'En tegning (figur eller billede)', en: 'A drawing (shape or picture)' },
    fix: { da: 'Ret eller slet tegningen.', en: 'Edit or delete the drawing.' },
  },
  comment: {
    what: {
      da: 'En kommentar eller note (tekst eller forfatter)',
      en: 'A comment or note (its text or author)',
    },
    fix: { da: 'Ret eller slet kommentaren.', en: 'Edit or delete the comment.' },
  },
  table: {
    what: {
      da: 'En tabel (kolonnenavne eller formler)',
      en: 'An Excel table (its column names or formulas)',
    },
    fix: { da: 'Ret tabellens kolonneoverskrifter.', en: "Correct the table's column headers." },
  },
  tableName: {
    what: { da: 'Navnet på en tabel', en: 'The name of a table' },
    fix: { da: 'Omdøb tabellen under Tabeldesign.', en: 'Rename the table under Table Design.' },
  },
  pivot: {
    what: {
      da: 'En pivottabel eller dens gemte data (pivotcache)',
      en: 'A pivot table or its stored data (pivot cache)',
    },
    fix: { da: 'Opdater eller slet pivottabellen.', en: 'Refresh or delete the pivot table.' },
    part: true,
  },
  customXml: {
    what: { da: 'Brugerdefinerede XML-data i projektmappen', en: 'Custom XML data in the workbook' },
    fix: REBUILD,
    part: true,
  },
  property: {
    what: { da: 'En dokumentegenskab', en: 'A document property' },
    fix: {
      da: 'Ret egenskaben under Filer > Oplysninger > Egenskaber.',
      en: 'Correct the property under File > Info > Properties.',
    },
  },
  filePath: {
    what: {
      da: 'Den filsti, som Excel har gemt i projektmappen (hvor den sidst blev gemt),',
      en: 'The file path Excel stored in the workbook (where it was last saved)',
    },
    fix: {
      da: 'Gem projektmappen i en mappe, hvis navn ikke indeholder nummeret (Filer > Gem som), og prøv igen.',
      en: 'Save the workbook in a folder whose name does not hold the number (File > Save As), and try again.',
    },
  },
  definedNameNote: {
    what: {
      da: 'Kommentaren eller beskrivelsen til det definerede navn',
      en: 'The comment or description of the defined name',
    },
    fix: {
      da: 'Ret kommentaren under Formler > Navnestyring > Rediger.',
      en: 'Correct the comment under Formulas > Name Manager > Edit.',
    },
  },
  workbook: {
    what: {
      da: 'Projektmappens indstillinger (visninger, deling m.m.)',
      en: "The workbook's settings (views, sharing and the like)",
    },
    fix: REBUILD,
  },
  sheet: {
    what: {
      da: 'Arkets indstillinger (scenarier, brugerdefinerede visninger, beskyttede områder m.m.)',
      en: "The sheet's settings (scenarios, custom views, protected ranges and the like)",
    },
    fix: REBUILD,
  },
  image: {
    what: {
      da: 'Et billede (tekst i det eller dets oplysninger, fx EXIF-data eller tekst i en PNG-fil)',
      en: 'A picture (text drawn in it or its metadata, such as EXIF data or text in a PNG file)',
    },
    fix: { da: 'Slet eller erstat billedet.', en: 'Delete or replace the picture.' },
    part: true,
  },
  printerSettings: {
    what: { da: 'Printerindstillingerne', en: 'The printer settings' },
    fix: {
      da: 'Vælg en printer, hvis navn ikke indeholder nummeret (Filer > Udskriv), gem, og prøv igen.',
      en: 'Choose a printer whose name does not hold the number (File > Print), save, and try again.',
    },
    part: true,
  },
  slicer: {
    what: {
      da: 'Et udsnitsværktøj eller en tidslinje (titel, navn eller elementer)',
      en: 'A slicer or timeline (its caption, name or items)',
    },
    fix: {
      da: 'Ret titlen under Udsnitsværktøj > Indstillinger for udsnitsværktøj, eller slet udsnitsværktøjet og opdater pivottabellen.',
      en: 'Edit its caption under Slicer > Slicer Settings, or delete the slicer and refresh the pivot table.',
    },
    part: true,
  },
  formControl: {
    what: {
      da: 'Et formularkontrolelement (afkrydsningsfelt, liste eller knap: tekst eller elementer)',
      en: 'A form control (a check box, list or button: its text or items)',
    },
    fix: {
      da: 'Ret eller slet kontrolelementet (højreklik > Formatér kontrolelement).',
      en: 'Edit or delete the control (right-click > Format Control).',
    },
    part: true,
  },
  signature: {
    what: {
      da: 'En digital signatur (underskriverens certifikat, navn eller formål)',
      en: "A digital signature (the signer's certificate, name or purpose)",
    },
    fix: {
      da: 'Fjern signaturen (Filer > Oplysninger > Vis signaturer), gem, og prøv igen.',
      en: 'Remove the signature (File > Info > View Signatures), save, and try again.',
    },
    part: true,
  },
  cellImage: {
    what: {
      da: 'Et billede eller en datatype i en celle (billedets alternative tekst eller en af datatypens egenskaber)',
      en: "A picture or data type in a cell (the picture's alternative text or one of the data type's properties)",
    },
    fix: {
      da: 'Ret billedets alternative tekst, eller slet billedet; en datatype (fx Aktier, Geografi eller fra Power Query) gøres til tekst under Data > Datatyper > Konvertér til tekst.',
      en: "Edit the picture's alternative text, or delete the picture; turn a data type (Stocks, Geography or one from Power Query) into text under Data > Data Types > Convert to Text.",
    },
    part: true,
  },
  revisions: {
    what: {
      da: 'Ændringshistorikken i en delt projektmappe (tidligere værdier eller brugernavne)',
      en: "A shared workbook's change history (earlier values or users' names)",
    },
    fix: {
      da: 'Slå deling og Spor ændringer fra (Gennemse > Spor ændringer), så historikken slettes, gem, og prøv igen.',
      en: 'Turn off sharing and Track Changes (Review > Track Changes), which deletes the history, save, and try again.',
    },
    part: true,
  },
  addinSettings: {
    what: {
      da: 'Indstillinger, som et tilføjelsesprogram har gemt i projektmappen',
      en: 'Settings an add-in saved in the workbook',
    },
    fix: {
      da: 'Fjern tilføjelsesprogrammet fra projektmappen (eller ryd dets indstillinger), gem, og prøv igen.',
      en: 'Remove the add-in from the workbook (or clear its settings), save, and try again.',
    },
    part: true,
  },
  ribbon: {
    what: {
      da: 'Båndets tilpasning i projektmappen (faner, grupper og knapper med deres navne)',
      en: "The ribbon's customisation in the workbook (tabs, groups and buttons with their labels)",
    },
    fix: {
      da: 'Fjern tilpasningen (den er skrevet af et program eller en makro, ikke under Filer > Indstillinger): kopiér arkene over i en ny, tom projektmappe, gem, og prøv igen.',
      en: 'Remove the customisation (a program or a macro wrote it, not File > Options): copy the sheets into a new, empty workbook, save, and try again.',
    },
    part: true,
  },
  binary: {
    what: { da: 'En binær del af filen', en: 'A binary part of the file' },
    fix: REBUILD,
    part: true,
  },
  part: {
    what: { da: 'En del af filen', en: 'A part of the file' },
    fix: REBUILD,
    part: true,
  },
  zipComment: {
    what: { da: 'En zip-kommentar i filen', en: 'A zip comment in the file' },
    fix: REBUILD,
    part: true,
  },
  zipEntryName: {
    what: { da: 'Navnet på en del af zip-filen', en: 'The name of a part of the zip file' },
    fix: REBUILD,
    part: true,
  },
  zipExtraField: {
    what: { da: 'Et ekstra felt i zip-filen', en: 'An extra field of the zip file' },
    fix: REBUILD,
    part: true,
  },
};

/** The message for a place the intake's package scan found. */
function placeMessage(finding: CprFinding, holds: Label): { what: Label; fix: Label } {
  const text = PLACE_TEXT[finding.detail as GridTextPlace] ?? PLACE_TEXT.part;
  const at: Label =
    finding.sheet === '' && finding.cell === ''
      ? { da: '', en: '' }
      : finding.cell === ''
        ? { da: ` på arket '${finding.sheet}'`, en: ` on the sheet '${finding.sheet}'` }
        : finding.sheet === ''
          ? { da: ` ved ${finding.cell}`, en: ` at ${finding.cell}` }
          : {
              da: ` ved '${finding.sheet}'!${finding.cell}`,
              en: ` at '${finding.sheet}'!${finding.cell}`,
            };
  const named: Label =
    finding.name === undefined ? { da: '', en: '' } : { da: ` '${finding.name}'`, en: ` '${finding.name}'` };
  const part: Label =
    (text.part || finding.sheet === '') && finding.part
      ? { da: ` (del af filen: ${finding.part})`, en: ` (part of the file: ${finding.part})` }
      : { da: '', en: '' };
  return {
    what: {
      da: `${text.what.da}${named.da}${at.da}${part.da} ${holds.da}`,
      en: `${text.what.en}${named.en}${at.en}${part.en} ${holds.en}`,
    },
    fix: text.fix,
  };
}

function cprMessage(ctx: Context, finding: CprFinding): Message {
  const place = finding.cell === '' ? `'${finding.sheet}'` : `'${finding.sheet}'!${finding.cell}`;
  const detail = finding.detail ?? '';
  const state = ctx.grid.sheets.find((s) => s.name === finding.sheet)?.state;
  const holds = {
    da: 'indeholder noget, der ligner et CPR-nummer.',
    en: 'contains something that looks like a CPR number.',
  };
  const found = finding.where === 'place' ? placeMessage(finding, holds) : undefined;
  const what: Label = (() => {
    switch (finding.where) {
      case 'place':
        return found?.what ?? holds;
      case 'cell':
        if (detail === 'link') {
          return { da: `Linket i cellen ${place} ${holds.da}`, en: `The link in cell ${place} ${holds.en}` };
        }
        if (detail === 'formula') {
          return {
            da: `Formlen i cellen ${place} giver et resultat, der ligner et CPR-nummer.`,
            en: `The formula in cell ${place} gives a result that looks like a CPR number.`,
          };
        }
        if (detail === 'split') {
          return {
            da: `Cellerne ${place} læst side om side indeholder noget, der ligner et CPR-nummer (en dato i den ene, fire cifre efter en bindestreg i den anden).`,
            en: `Cells ${place}, read side by side, contain something that looks like a CPR number (a date in one, four digits after a dash in the other).`,
          };
        }
        if (detail === 'splitHeader') {
          return {
            da: `Cellerne ${place} læst side om side indeholder noget, der ligner et CPR-nummer (en dato i den ene, fire cifre i den anden, under en overskrift eller ledetekst, der kalder dem CPR-nummer, fødselsdato og løbenummer).`,
            en: `Cells ${place}, read side by side, contain something that looks like a CPR number (a date in one, four digits in the other, under a header or label that names them a CPR number, a birth date and its serial).`,
          };
        }
        if (detail === 'planNumber') {
          return {
            da: `Værdien i cellen ${place} læses som et tal i planen, og tallet ligner et CPR-nummer, der har mistet sit foranstillede nul.`,
            en: `The value in cell ${place} is read as a number of the plan, and the number looks like a CPR number that lost its leading zero.`,
          };
        }
        if (detail === 'planText' || detail === 'lostZero') {
          return {
            da: `Cellen ${place} ${holds.da.replace(/\.$/, '')} (også et tal på ni cifre kan være et CPR-nummer, der har mistet sit foranstillede nul).`,
            en: `Cell ${place} ${holds.en.replace(/\.$/, '')} (nine digits, too, can be a CPR number that lost its leading zero).`,
          };
        }
        return { da: `Cellen ${place} ${holds.da}`, en: `Cell ${place} ${holds.en}` };
      case 'number':
        return {
          da: `Tallet i cellen ${place} ligner et CPR-nummer (i en talcelle mister et CPR-nummer sit foranstillede nul).`,
          en: `The number in cell ${place} looks like a CPR number (in a number cell a CPR number loses its leading zero).`,
        };
      case 'comment':
        return {
          da: `Kommentaren i cellen ${place} ${holds.da}`,
          en: `The comment in cell ${place} ${holds.en}`,
        };
      case 'property':
        return {
          da: `Dokumentegenskaben '${detail}' ${holds.da}`,
          en: `The document property '${detail}' ${holds.en}`,
        };
      case 'sheetName':
        return {
          da: `Navnet på arket ${place} ${holds.da}`,
          en: `The name of the sheet ${place} ${holds.en}`,
        };
      case 'definedName':
        return {
          da: `Det definerede navn '${detail}' ${holds.da}`,
          en: `The defined name '${detail}' ${holds.en}`,
        };
      case 'tableName':
        return {
          da: `Navnet på tabellen '${detail}' på arket ${place} ${holds.da}`,
          en: `The name of the table '${detail}' on the sheet ${place} ${holds.en}`,
        };
      case 'drawing': {
        const kind: Label =
          detail === 'chart'
            ? { da: 'et diagram', en: 'a chart' }
            : detail === 'image'
              ? { da: 'et billede', en: 'an image' }
              : { da: 'en figur', en: 'a shape' };
        return {
          da: `Navnet på ${kind.da} på arket ${place} ${holds.da}`,
          en: `The name of ${kind.en} on the sheet ${place} ${holds.en}`,
        };
      }
    }
  })();
  const fix: Label = (() => {
    switch (finding.where) {
      case 'place':
        return found?.fix ?? REBUILD;
      case 'property':
        return {
          da: 'Ret egenskaben under Filer > Oplysninger > Egenskaber.',
          en: 'Correct the property under File > Info > Properties.',
        };
      case 'sheetName':
        return { da: 'Omdøb arket.', en: 'Rename the sheet.' };
      case 'definedName':
        return {
          da: 'Ret eller slet navnet under Formler > Navnestyring.',
          en: 'Correct or delete the name under Formulas > Name Manager.',
        };
      case 'tableName':
        return { da: 'Omdøb tabellen under Tabeldesign.', en: 'Rename the table under Table Design.' };
      case 'comment':
        return { da: 'Ret eller slet kommentaren.', en: 'Edit or delete the comment.' };
      default:
        return { da: 'Slet nummeret.', en: 'Delete the number.' };
    }
  })();
  const hidden: Label =
    state === 'veryHidden'
      ? {
          da: ' Arket er meget skjult og kan kun vises med Visual Basic-editoren; spørg evt. en kollega med Excel-erfaring.',
          en: ' The sheet is very hidden and can only be shown with the Visual Basic editor; ask a colleague with Excel experience if needed.',
        }
      : finding.hidden
        ? {
            da: ' Arket er skjult: højreklik på et arkfaneblad og vælg Vis.',
            en: ' The sheet is hidden: right-click a sheet tab and choose Unhide.',
          }
        : { da: '', en: '' };
  return {
    da: `${what.da} Planen må ikke indeholde oplysninger om borgere. ${fix.da}${hidden.da}`,
    en: `${what.en} The plan must not contain information about citizens. ${fix.en}${hidden.en}`,
  };
}

function cprRules(ctx: Context): Issue[] {
  return findCprNumbers(ctx.grid).map((f) => issue('cpr_number', f.sheet, f.cell, cprMessage(ctx, f)));
}

/**
 * The values read into the plan, judged as every sink judges what it shows (core/redact.ts): the
 * grid's check above judges a cell by its kind and format (nine digits in a text cell keep their
 * zero; a number formatted as an amount is an amount), but what is stored and summed up is the
 * plan. A count, hours or an indicator figure read from a text cell ('101901234', '101.901.234')
 * that is a CPR number without its leading zero, and a text with such nine digits (copied from a
 * number cell), would be stored as they are and hidden only on the way out: each is a cpr_number
 * at its cell, unless the grid's check reported that cell already.
 */
/** Each table's fields that a draft holds normalised: dates (ISO) and list values (ids). */
const NORMALISED_FIELDS: ReadonlyMap<TableSheetSpec, ReadonlySet<string>> = new Map(
  TABLE_SHEETS.map((t): [TableSheetSpec, ReadonlySet<string>] => [
    t,
    new Set(t.columns.filter((c) => c.kind === 'date' || c.kind === 'list').map((c) => c.field)),
  ]),
);

/** How a value holds a CPR number, or undefined when it holds none. */
function cprDetail(value: unknown): CprField['detail'] | undefined {
  if (typeof value === 'number') return isCprNumber(value) ? 'planNumber' : undefined;
  return typeof value === 'string' && holdsCpr(value) ? 'planText' : undefined;
}

const NO_CPR_FIELDS: readonly CprField[] = [];

function planValueCprRules(ctx: Context, reported: readonly Issue[], memo: RowMemo): Issue[] {
  const out: Issue[] = [];
  const at = new Set(reported.map((i) => key(i.sheet, i.cell)));
  /** A finding at `cell`, unless one was reported there. */
  const found = (detail: CprField['detail'], sheet: string, cell: string): void => {
    const masked = maskCpr(sheet);
    if (at.has(key(masked, cell))) return;
    at.add(key(masked, cell));
    const state = ctx.grid.sheets.find((s) => s.name === sheet)?.state;
    const hidden = state !== undefined && state !== 'visible';
    const finding: CprFinding = { sheet: masked, cell, where: 'cell', hidden, detail };
    out.push(issue('cpr_number', masked, cell, cprMessage(ctx, finding)));
  };
  const check = (value: unknown, sheet: string, cell: string): void => {
    const detail = cprDetail(value);
    if (detail !== undefined) found(detail, sheet, cell);
  };
  const d = ctx.draft;
  const rows = <T>(table: readonly DraftRow<T>[], sheet: TableSheetSpec): void => {
    // Hot (every value of a large plan, at every re-validation in the pane: the memo keeps each
    // row's answer while the row is the same object). A draft's dates are ISO dates and its list
    // values ids (core/draft.ts): only what was read as text or as a number can hold a number.
    const normalised = NORMALISED_FIELDS.get(sheet) ?? new Set<string>();
    for (let i = 0; i < table.length; i++) {
      const row = table[i] as DraftRow<T>;
      const fields = memo.cprFields(row, () => {
        let list: CprField[] | undefined;
        const values = row.values as Partial<Record<string, unknown>>;
        for (const field in values) {
          if (normalised.has(field)) continue;
          const detail = cprDetail(values[field]);
          if (detail !== undefined) (list ??= []).push({ field, detail });
        }
        return list ?? NO_CPR_FIELDS;
      });
      for (const f of fields)
        found(f.detail, row.source.sheet, fieldCell(row as DraftRow<Record<string, unknown>>, f.field) ?? '');
    }
  };
  rows(d.activities, ACTIVITIES_SHEET);
  rows(d.roles, ROLES_SHEET);
  rows(d.corps, CORPS_SHEET);
  rows(d.indicators, INDICATORS_SHEET);
  rows(d.communication, COMMUNICATION_SHEET);
  const cover = (value: string | undefined, field: FrontFieldKey): void => {
    const place = d.places[field];
    if (value !== undefined) check(value, place?.sheet ?? '', place?.cell ?? '');
  };
  cover(d.coordinator?.name, 'coordinatorName');
  cover(d.coordinator?.email, 'coordinatorEmail');
  cover(d.leader?.name, 'leaderName');
  cover(d.leader?.email, 'leaderEmail');
  for (const c of d.checklist) {
    if (c.comment !== undefined) check(c.comment, c.place?.sheet ?? '', c.place?.cell ?? '');
  }
  for (const n of d.needsAnalysis) check(n.answer, n.place?.sheet ?? '', n.place?.cell ?? '');
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * The rule issues for a structured workbook. Structuring's own issues (result.issues) are not
 * repeated, and no value is reported missing where structuring already reported it unreadable.
 * Activity rules are skipped when there is no plan table (structuring reported that). Throws a
 * RangeError when `options.today` is not an ISO date.
 */
export function validate(
  result: StructureResult,
  grid: Grid,
  options: ValidateOptions,
  memo: RowMemo = NO_MEMO,
): Issue[] {
  if (!isIsoDate(options.today)) throw new RangeError(`today must be an ISO date, not ${options.today}`);
  const ctx = new Context(result, grid, options.today);
  // One list that every rule adds to: the activities' issues (thousands on a large plan) are not
  // copied into it again.
  const out = coverRules(ctx);
  if (hasPlanTable(ctx)) activityRules(ctx, memo, out);
  append(out, versionRules(ctx));
  append(out, checklistRules(ctx));
  append(out, carriedRules(ctx));
  append(out, requiredRules(ctx, ROLES_SHEET, ctx.draft.roles));
  append(out, corpsRules(ctx));
  append(out, indicatorRules(ctx));
  append(out, requiredRules(ctx, COMMUNICATION_SHEET, ctx.draft.communication));
  const cpr = memo.cpr(grid, () => cprRules(ctx));
  append(out, cpr);
  append(out, planValueCprRules(ctx, cpr, memo));
  return out;
}

function append(out: Issue[], issues: readonly Issue[]): void {
  for (let i = 0; i < issues.length; i++) out.push(issues[i] as Issue);
}
