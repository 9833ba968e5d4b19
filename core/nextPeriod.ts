// Starting the next half-year from the last plan ("Start næste halvår", `korpsplan next-period`).
// Pure: a canonical plan in, the next period's draft and its history sheet out; the exceljs writer
// (workbook/nextPeriod.ts) and the add-in render the same layout.
//
//   the period      moves on one half-year (2026-H1 → 2026-H2 → 2027-H1), or to the one asked for;
//   activities      done, changed or closed go to the history sheet with their status and period;
//                   open ones (not started, in progress) are carried with their status and dates,
//                   and those already past their deadline get a note asking for a decision;
//   the checklist   answers and comments carried, each marked to be confirmed (the lists sheet's
//                   carried column; an unconfirmed answer gives a warning, core/validate);
//   indicators      code, name, unit, baseline, target, owner and source carried; result, cases,
//                   measured on and comment go to the history sheet and are emptied;
//   the rest        cover, roles, corps, communication and needs analysis carried as they are.
//
// The new workbook is in the current template (an older plan is updated on the way). Nothing is
// lost: every value of the old plan is in the new plan or on its history sheet, and a history sheet
// the old workbook already had is kept (its rows first).

import { excelSerialToIso } from './dates';
import type { CarriedAnswer, DraftPlan } from './draft';
import type { CellValue, Grid } from './grid';
import { cellText, SheetIndex } from './grid';
import type { Note, PlacedCell, PlacedSheet, WorkbookDocument } from './document/model';
import { DATE_FORMAT, TABLE_HEADER_ROW, cellValueOf, planWorkbookLayout } from './layout';
import { draftFromPlan } from './plan';
import type { Activity, Indicator, Plan } from './schema';
import {
  ACTIVITIES_SHEET,
  INDICATORS_SHEET,
  INDICATORS,
  LISTS,
  PERIOD_PATTERN,
  TEMPLATE_VERSION,
  type ColumnSpec,
  type Label,
  type Lang,
  type ListId,
  type ListValue,
  type Status,
} from './spec';

/** Statuses that settle an activity: it goes to the history sheet. */
const SETTLED: readonly Status[] = ['done', 'changed', 'closed'];

/** The half-year after `period` (2026-H1 → 2026-H2, 2026-H2 → 2027-H1). */
export function nextPeriodOf(period: string): string {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new RangeError(`not a period: ${period}`);
  const year = Number(m[1]);
  return m[2] === '1' ? `${year}-H2` : `${year + 1}-H1`;
}

export const HISTORY_SHEET: Label = { da: 'Historik', en: 'History' };

/** A settled activity as the history sheet keeps it. */
export interface HistoryActivity extends Omit<Activity, 'source'> {
  readonly period: string;
}

/** One period's measurement of an indicator as the history sheet keeps it. */
export interface HistoryIndicator {
  readonly period: string;
  readonly code?: string;
  readonly name: string;
  readonly unit: Indicator['unit'];
  readonly result?: number;
  readonly cases?: number;
  readonly measuredOn?: string;
  readonly comment?: string;
}

export interface PlanHistory {
  /** The periods rolled forward, oldest first, each with the template version it was made in. */
  readonly from: readonly { readonly period: string; readonly templateVersion: string }[];
  readonly activities: readonly HistoryActivity[];
  readonly indicators: readonly HistoryIndicator[];
}

export const EMPTY_HISTORY: PlanHistory = { from: [], activities: [], indicators: [] };

export interface NextPeriodOptions {
  /** The day the next half-year is started (ISO): carried activities before it are past their deadline. */
  readonly today: string;
  /** The period to start (default the half-year after the plan's). */
  readonly period?: string;
  /** A history sheet the old workbook already had (readHistory): kept, its rows first. */
  readonly history?: PlanHistory;
}

export interface NextPeriod {
  readonly period: string;
  /** The new plan, in the current template, with the carried answers marked. */
  readonly draft: DraftPlan;
  readonly history: PlanHistory;
  /** Carried activities past their deadline (index into draft.activities): a decision is needed. */
  readonly decisions: readonly {
    readonly index: number;
    readonly activity: string;
    readonly deadline: string;
  }[];
  /** Answers carried to be confirmed. */
  readonly carried: readonly CarriedAnswer[];
}

export class NextPeriodError extends Error {
  constructor(readonly userMessage: { readonly da: string; readonly en: string }) {
    super(userMessage.en);
    this.name = 'NextPeriodError';
  }
}

/** The next half-year's plan from the last one. */
export function startNextPeriod(plan: Plan, options: NextPeriodOptions): NextPeriod {
  const period = options.period ?? nextPeriodOf(plan.period);
  if (!PERIOD_PATTERN.test(period) || period <= plan.period) {
    throw new NextPeriodError({
      da: `Næste halvår skal ligge efter planens periode ${plan.period} (fx ${nextPeriodOf(plan.period)}), ikke "${period}".`,
      en: `The next half-year must come after the plan's period ${plan.period} (e.g. ${nextPeriodOf(plan.period)}), not "${period}".`,
    });
  }
  const old = options.history ?? EMPTY_HISTORY;

  const open = plan.activities.filter((a) => !SETTLED.includes(a.status));
  const settled = plan.activities.filter((a) => SETTLED.includes(a.status));
  const carriedActivities = open.map((a) => ({ ...a }));
  const decisions = carriedActivities.flatMap((a, index) =>
    a.deadline !== undefined && a.deadline < options.today
      ? [{ index, activity: a.activity, deadline: a.deadline }]
      : [],
  );

  const measured = plan.indicators.filter(
    (i) =>
      i.result !== undefined ||
      i.cases !== undefined ||
      i.measuredOn !== undefined ||
      i.comment !== undefined,
  );
  const indicators: Indicator[] = plan.indicators.map((i) => ({
    ...(i.code !== undefined ? { code: i.code } : {}),
    name: i.name,
    unit: i.unit,
    ...(i.baseline !== undefined ? { baseline: i.baseline } : {}),
    ...(i.target !== undefined ? { target: i.target } : {}),
    ...(i.owner !== undefined ? { owner: i.owner } : {}),
    ...(i.source !== undefined ? { source: i.source } : {}),
  }));

  const carried: CarriedAnswer[] = plan.checklist.flatMap((c) =>
    c.answer ? [{ id: c.id, answer: c.answer, period: plan.period }] : [],
  );

  const next: Plan = {
    ...plan,
    templateVersion: TEMPLATE_VERSION,
    period,
    activities: carriedActivities,
    indicators,
  };
  const draft: DraftPlan = { ...draftFromPlan(next), carried };

  const history: PlanHistory = {
    from: [...old.from, { period: plan.period, templateVersion: plan.templateVersion }],
    activities: [
      ...old.activities,
      ...settled.map(({ source: _source, ...a }) => ({ period: plan.period, ...a })),
    ],
    indicators: [
      ...old.indicators,
      ...measured.map((i) => ({
        period: plan.period,
        ...(i.code !== undefined ? { code: i.code } : {}),
        name: i.name,
        unit: i.unit,
        ...(i.result !== undefined ? { result: i.result } : {}),
        ...(i.cases !== undefined ? { cases: i.cases } : {}),
        ...(i.measuredOn !== undefined ? { measuredOn: i.measuredOn } : {}),
        ...(i.comment !== undefined ? { comment: i.comment } : {}),
      })),
    ],
  };
  return { period, draft, history, decisions, carried };
}

// --- The history sheet ------------------------------------------------------------------------------

const PERIOD_COLUMN: ColumnSpec = {
  field: 'period',
  label: { da: 'Periode', en: 'Period' },
  kind: 'text',
  width: 10,
  aliases: [],
};

function column(spec: { columns: readonly ColumnSpec[] }, field: string): ColumnSpec {
  const col = spec.columns.find((c) => c.field === field);
  if (!col) throw new Error(`no column ${field}`);
  return col;
}

/** The history sheet's two tables, their columns from the spec. */
const HISTORY_ACTIVITY_COLUMNS: readonly ColumnSpec[] = [PERIOD_COLUMN, ...ACTIVITIES_SHEET.columns];
const HISTORY_INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  PERIOD_COLUMN,
  ...['code', 'name', 'unit', 'result', 'cases', 'measuredOn', 'comment'].map((f) =>
    column(INDICATORS_SHEET, f),
  ),
];

const HISTORY_TEXT = {
  intro: {
    da: 'Det, der blev afsluttet i tidligere halvår: aktiviteter, der er gennemført, ændret eller lukket, og indikatorernes målinger. Arket læses ikke som en del af planen.',
    en: 'What was settled in earlier half-years: activities done, changed or closed, and the indicators’ measurements. The sheet is not read as part of the plan.',
  },
  from: {
    da: (p: string, v: string) => `Ført videre fra ${p} (skabelon ${v})`,
    en: (p: string, v: string) => `Carried forward from ${p} (template ${v})`,
  },
  activities: { da: 'Afsluttede aktiviteter', en: 'Settled activities' },
  indicators: { da: 'Indikatorernes målinger', en: 'Indicator measurements' },
} as const;

function formatOf(col: ColumnSpec): string | undefined {
  return col.kind === 'date'
    ? DATE_FORMAT
    : col.kind === 'integer'
      ? '0'
      : col.kind === 'number'
        ? '0.0'
        : undefined;
}

function rowOf(
  columns: readonly ColumnSpec[],
  values: Record<string, unknown>,
  lang: Lang,
): (CellValue | null)[] {
  return columns.map((c) => cellValueOf(c, values[c.field], lang) ?? null);
}

/**
 * The history sheet: a line per period rolled forward, then the settled activities' table and the
 * indicator measurements' table (real Excel tables, headers from the spec).
 */
export function historySheet(history: PlanHistory, lang: Lang): PlacedSheet {
  const cells: PlacedCell[] = [
    { r: 0, c: 0, v: HISTORY_SHEET[lang], style: 'title' },
    { r: 1, c: 0, v: HISTORY_TEXT.intro[lang], style: 'intro' },
  ];
  history.from.forEach((f, i) =>
    cells.push({ r: 2 + i, c: 0, v: HISTORY_TEXT.from[lang](f.period, f.templateVersion), style: 'note' }),
  );
  const activitiesTitle = 3 + history.from.length;
  const activitiesHeader = activitiesTitle + 1;
  const activityRows = history.activities.map((a) =>
    rowOf(HISTORY_ACTIVITY_COLUMNS, a as unknown as Record<string, unknown>, lang),
  );
  const indicatorsTitle = activitiesHeader + Math.max(1, activityRows.length) + 2;
  const indicatorsHeader = indicatorsTitle + 1;
  const indicatorRows = history.indicators.map((i) =>
    rowOf(HISTORY_INDICATOR_COLUMNS, i as unknown as Record<string, unknown>, lang),
  );
  cells.push({ r: activitiesTitle, c: 0, v: HISTORY_TEXT.activities[lang], style: 'label' });
  cells.push({ r: indicatorsTitle, c: 0, v: HISTORY_TEXT.indicators[lang], style: 'label' });
  const empty = (cols: readonly ColumnSpec[]) => [cols.map(() => null)];
  const widths = HISTORY_ACTIVITY_COLUMNS.map((c, i) =>
    Math.max(c.width, HISTORY_INDICATOR_COLUMNS[i]?.width ?? 0),
  );
  return {
    name: HISTORY_SHEET[lang],
    state: 'visible',
    landscape: true,
    widths,
    freezeRows: 0,
    cells,
    merges: [],
    tables: [
      {
        name: 'Historik_aktiviteter',
        r: activitiesHeader,
        c: 0,
        columns: HISTORY_ACTIVITY_COLUMNS.map((c) => c.label[lang]),
        rows: activityRows.length > 0 ? activityRows : empty(HISTORY_ACTIVITY_COLUMNS),
        formats: HISTORY_ACTIVITY_COLUMNS.map(formatOf),
      },
      {
        name: 'Historik_indikatorer',
        r: indicatorsHeader,
        c: 0,
        columns: HISTORY_INDICATOR_COLUMNS.map((c) => c.label[lang]),
        rows: indicatorRows.length > 0 ? indicatorRows : empty(HISTORY_INDICATOR_COLUMNS),
        formats: HISTORY_INDICATOR_COLUMNS.map(formatOf),
      },
    ],
    validations: [],
    conditionalFormats: [],
    notes: [],
  };
}

const DECISION_NOTE = {
  da: (d: string, p: string) =>
    `Deadline ${d} er passeret, og aktiviteten er ført med til ${p}. Beslut: ny deadline, Ændret eller Lukket.`,
  en: (d: string, p: string) =>
    `The deadline ${d} has passed and the activity was carried to ${p}. Decide: a new deadline, Changed or Closed.`,
};

/** The next half-year's workbook: the plan in the template layout, the history sheet beside it. */
export function nextPeriodLayout(next: NextPeriod, lang: Lang): WorkbookDocument {
  const layout = planWorkbookLayout(lang, { draft: next.draft, history: historySheet(next.history, lang) });
  const planSheet = ACTIVITIES_SHEET.sheet[lang];
  const deadlineCol = ACTIVITIES_SHEET.columns.findIndex((c) => c.field === 'deadline');
  const notes: Note[] = next.decisions.map((d) => ({
    r: TABLE_HEADER_ROW + 1 + d.index,
    c: deadlineCol,
    text: DECISION_NOTE[lang](d.deadline.split('-').reverse().join('-'), next.period),
  }));
  return {
    ...layout,
    sheets: layout.sheets.map((s) => (s.name === planSheet ? { ...s, notes: [...s.notes, ...notes] } : s)),
  };
}

// --- Reading a history sheet back ---------------------------------------------------------------------

function headerIndex(idx: SheetIndex, columns: readonly ColumnSpec[], lang: Lang): number {
  const want = columns.map((c) => c.label[lang]);
  for (let r = 0; r <= idx.maxRow; r++) {
    if (want.every((label, c) => cellText(idx.get(r, c)).trim() === label)) return r;
  }
  return -1;
}

function readTable<T>(
  idx: SheetIndex,
  columns: readonly ColumnSpec[],
  lang: Lang,
  date1904: boolean,
  make: (values: Record<string, unknown>) => T | undefined,
): T[] {
  const header = headerIndex(idx, columns, lang);
  if (header < 0) return [];
  const out: T[] = [];
  for (let r = header + 1; r <= idx.maxRow; r++) {
    const values: Record<string, unknown> = {};
    let any = false;
    columns.forEach((col, c) => {
      const cell = idx.get(r, c);
      if (!cell || cellText(cell).trim() === '') return;
      any = true;
      values[col.field] = readValue(col, cell, lang, date1904);
    });
    if (!any) break;
    const row = make(values);
    if (row) out.push(row);
  }
  return out;
}

function readValue(
  col: ColumnSpec,
  cell: NonNullable<ReturnType<SheetIndex['get']>>,
  lang: Lang,
  date1904: boolean,
): unknown {
  const text = cellText(cell).trim();
  if (col.kind === 'number' || col.kind === 'integer')
    return typeof cell.v === 'number' ? cell.v : Number(text);
  if (col.kind === 'date') return typeof cell.v === 'number' ? serialToIso(cell.v, date1904) : text;
  if (col.catalogue) {
    // Written as the indicator's label (core/layout.ts cellValueOf); a code is read as well.
    return (
      INDICATORS.find((i) => i.code === text || i.label.da === text || i.label.en === text)?.code ?? text
    );
  }
  if (col.kind === 'list' && col.list) {
    return (
      (LIST_LABELS[col.list] ?? []).find(
        (v) => v.label[lang] === text || v.label.da === text || v.label.en === text,
      )?.id ?? text
    );
  }
  return text;
}

const LIST_LABELS = LISTS as unknown as Partial<Record<ListId, readonly ListValue[]>>;

function serialToIso(serial: number, date1904: boolean): string {
  return excelSerialToIso(serial, date1904);
}

/**
 * The history sheet of a workbook korpsplan started as a next half-year (so that rolling it forward
 * again keeps it), or an empty history.
 */
export function readHistory(grid: Grid): PlanHistory {
  for (const lang of ['da', 'en'] as const) {
    const sheet = grid.sheets.find((s) => s.name === HISTORY_SHEET[lang]);
    if (!sheet) continue;
    const idx = new SheetIndex(sheet);
    const from: { period: string; templateVersion: string }[] = [];
    for (let r = 2; r <= Math.min(idx.maxRow, 60); r++) {
      const m = /(\d{4}-H[12])\D+([\d.]+)\)/.exec(cellText(idx.get(r, 0)));
      if (m?.[1] && m[2]) from.push({ period: m[1], templateVersion: m[2] });
    }
    const activities = readTable(idx, HISTORY_ACTIVITY_COLUMNS, lang, grid.date1904, (v) =>
      typeof v.period === 'string' ? (v as unknown as HistoryActivity) : undefined,
    );
    const indicators = readTable(idx, HISTORY_INDICATOR_COLUMNS, lang, grid.date1904, (v) =>
      typeof v.period === 'string' ? (v as unknown as HistoryIndicator) : undefined,
    );
    return { from, activities, indicators };
  }
  return EMPTY_HISTORY;
}
