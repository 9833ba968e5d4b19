// From a draft to the canonical plan. The plan is assembled from the draft and checked against the
// rules of the template spec; a draft that breaks one gives no plan (validation says why).
//
// Why not planSchema.safeParse here: the draft is built by our own typed code, not received, and zod
// costs about 2 µs per row object, a sixth of inspecting a large plan. The check below is derived
// from the same spec as the zod schema (column kinds, required columns, lists), and a property test
// (test/core/plan.test.ts) holds it to planSchema: same verdict, same plan. Zod still guards every
// boundary where a plan comes in (HTTP, storage, files).

import type { DraftPlan, DraftRow } from './draft';
import type { Plan } from './schema';
import { isIsoDate } from './dates';
import {
  ACTIVITIES_SHEET,
  CHECKLIST_IDS,
  COMMUNICATION_SHEET,
  CORPS_SHEET,
  EMAIL_PATTERN,
  INDICATORS_SHEET,
  LISTS,
  PERIOD_PATTERN,
  ROLES_SHEET,
  TEMPLATE_VERSION,
  type ColumnSpec,
  type ListId,
} from './spec';

const LIST_IDS = Object.fromEntries(
  Object.entries(LISTS).map(([list, values]) => [
    list,
    new Set((values as readonly { id: string }[]).map((v) => v.id)),
  ]),
) as unknown as Record<ListId, ReadonlySet<string>>;

const INVALID = Symbol('invalid');

/**
 * Whether the character at `i` is surely not white space as String.prototype.trim sees it. A text
 * that starts and ends with one is its own trim (most texts; trim() was a seventh of toPlan).
 */
function visibleAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c > 32 && c !== 160 && c < 0x1680;
}

/** A column's rule: its field, whether it is required, and its value as the plan holds it. */
interface ColumnRule {
  readonly field: string;
  readonly required: boolean;
  /** The value of a present (not undefined or '') cell, INVALID when it breaks the column's rule. */
  readonly value: (v: unknown) => unknown;
}

function columnRule(col: ColumnSpec): ColumnRule {
  const rule = (value: (v: unknown) => unknown): ColumnRule => ({
    field: col.field,
    required: col.required === true,
    value,
  });
  switch (col.kind) {
    case 'list': {
      const ids = col.list === undefined ? undefined : LIST_IDS[col.list];
      return rule((v) => (typeof v === 'string' && ids !== undefined && ids.has(v) ? v : INVALID));
    }
    case 'number':
      return rule((v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : INVALID));
    case 'integer':
      return rule((v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : INVALID));
    case 'date':
      return rule((v) => (typeof v === 'string' && isIsoDate(v) ? v : INVALID));
    case 'email':
      return rule((v) => (typeof v === 'string' && EMAIL_PATTERN.test(v) ? v : INVALID));
    case 'text':
      return rule((v) => {
        if (typeof v !== 'string') return INVALID;
        if (visibleAt(v, 0) && visibleAt(v, v.length - 1)) return v;
        const trimmed = v.trim();
        return trimmed === '' ? INVALID : trimmed;
      });
  }
}

/** A table's column rules, and the maker of its rows' objects. */
interface TableRules {
  readonly rules: readonly ColumnRule[];
  readonly Row: new () => Record<string, unknown>;
}

const RULES = new WeakMap<readonly ColumnSpec[], TableRules>();

/** A table's column rules, made once per table spec rather than decided again for every value. */
function tableRules(columns: readonly ColumnSpec[]): TableRules {
  let rules = RULES.get(columns);
  if (rules === undefined) {
    rules = { rules: columns.map(columnRule), Row: rowMaker([...columns.map((c) => c.field), 'source']) };
    RULES.set(columns, rules);
  }
  return rules;
}

/**
 * A constructor of a table's row objects: plain objects (their prototype is Object.prototype, as a
 * literal's is), made by `new` so that V8 sizes them for the properties its first objects were
 * given. A `{}` literal has room for four properties; an activity has up to ten, and the rest went
 * into a second, separate object that grew twice for every row (19,000 of them on a large plan).
 * The first objects are given every field of the table (and `source`) here, so that the engine
 * makes room for all of them: a table whose first rows happen to lack a field does not decide the
 * size for every later plan. Only an engine's way of laying out objects: the rows are the same to
 * every reader.
 */
function rowMaker(fields: readonly string[]): new () => Record<string, unknown> {
  const Row = function PlanRow() {
    // Properties are added by planRow, in column order.
  } as unknown as { new (): Record<string, unknown>; prototype: object };
  Row.prototype = Object.prototype;
  for (let i = 0; i < 8; i++) {
    const row = new Row();
    for (const field of fields) row[field] = null;
  }
  return Row;
}

/** A table row as the plan holds it (only the spec's columns), or null when a rule is broken. */
function planRow(columns: readonly ColumnSpec[], values: object): Record<string, unknown> | null {
  const source = values as Record<string, unknown>;
  const { rules, Row } = tableRules(columns);
  const out = new Row();
  // An index, not for-of: V8 made an iterator object for every row of a large plan here.
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as ColumnRule;
    const v = source[rule.field];
    if (v === undefined || v === '') {
      if (rule.required) return null;
      continue;
    }
    const value = rule.value(v);
    if (value === INVALID) return null;
    out[rule.field] = value;
  }
  return out;
}

/**
 * Whether a row's source is exactly { sheet, row }, in that order (as structuring makes it): the
 * plan then shares it, read-only as both are, rather than holding a copy (19,000 objects on a
 * large plan). Anything more or else is copied down to the two.
 */
function isPlainSource(source: object): boolean {
  if (Object.getPrototypeOf(source) !== Object.prototype) return false;
  let n = 0;
  for (const k in source) {
    if (k !== (n === 0 ? 'sheet' : n === 1 ? 'row' : undefined)) return false;
    n++;
  }
  return n === 2;
}

function planRows<T>(columns: readonly ColumnSpec[], rows: readonly DraftRow<T>[]): T[] | null {
  const out: T[] = [];
  for (const row of rows) {
    const r = planRow(columns, row.values);
    if (r === null) return null;
    out.push(r as T);
  }
  return out;
}

function person(
  p: { readonly name: string; readonly email?: string } | undefined,
): Plan['coordinator'] | null {
  if (p === undefined) return undefined;
  if (typeof p.name !== 'string' || p.name.trim() === '') return null;
  if (p.email === undefined || p.email === '') return { name: p.name.trim() };
  return typeof p.email === 'string' && EMAIL_PATTERN.test(p.email)
    ? { name: p.name.trim(), email: p.email }
    : null;
}

/** A plan activity per draft row (a row is never changed in place: a corrected row is a new object). */
export type PlanRowMemo = WeakMap<object, Plan['activities'][number]>;

/**
 * The canonical plan, or null when the draft is not complete enough to be one. With a memo (the
 * pane's Inspector, which builds the plan again after every corrected value), the activity of a row
 * already made is the same object again, not a new one: the plan is read-only.
 */
export function toPlan(draft: DraftPlan, memo?: PlanRowMemo): Plan | null {
  const { municipality, period, phase } = draft;
  const templateVersion = draft.templateVersion ?? TEMPLATE_VERSION;
  if (typeof templateVersion !== 'string' || templateVersion === '') return null;
  if (!municipality || !LIST_IDS.municipality.has(municipality.code) || municipality.name === '') return null;
  if (period === undefined || !PERIOD_PATTERN.test(period)) return null;
  if (phase === undefined || !LIST_IDS.phase.has(phase)) return null;
  const coordinator = person(draft.coordinator);
  const leader = person(draft.leader);
  if (coordinator === null || leader === null) return null;
  if (draft.organisation !== undefined && !LIST_IDS.organisation.has(draft.organisation)) return null;
  if (draft.supervisionModel !== undefined && !LIST_IDS.supervisionModel.has(draft.supervisionModel))
    return null;

  const activities: Plan['activities'] = [];
  const rows = draft.activities;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as DraftPlan['activities'][number];
    const known = memo?.get(row);
    if (known !== undefined) {
      activities.push(known);
      continue;
    }
    const values = planRow(ACTIVITIES_SHEET.columns, row.values);
    if (values === null) return null;
    const source = row.source;
    values.source = isPlainSource(source)
      ? source
      : source.col === undefined
        ? { sheet: source.sheet, row: source.row }
        : { sheet: source.sheet, row: source.row, col: source.col };
    const activity = values as Plan['activities'][number];
    memo?.set(row, activity);
    activities.push(activity);
  }
  const roles = planRows(ROLES_SHEET.columns, draft.roles);
  const corps = planRows(CORPS_SHEET.columns, draft.corps);
  const indicators = planRows(INDICATORS_SHEET.columns, draft.indicators);
  const communication = planRows(COMMUNICATION_SHEET.columns, draft.communication);
  if (!roles || !corps || !indicators || !communication) return null;

  if (draft.checklist.length !== CHECKLIST_IDS.length) return null;
  const seen = new Set<string>();
  const checklist: Plan['checklist'] = [];
  for (const c of draft.checklist) {
    if (!CHECKLIST_IDS.includes(c.id) || seen.has(c.id)) return null;
    if (c.answer !== null && !LIST_IDS.answer.has(c.answer)) return null;
    seen.add(c.id);
    checklist.push(
      c.comment === undefined || c.comment === ''
        ? { id: c.id, answer: c.answer }
        : { id: c.id, answer: c.answer, comment: c.comment },
    );
  }
  const needsAnalysis: Plan['needsAnalysis'] = [];
  for (const n of draft.needsAnalysis) {
    if (typeof n.id !== 'string' || n.id === '' || typeof n.answer !== 'string') return null;
    needsAnalysis.push({ id: n.id, answer: n.answer });
  }

  return {
    templateVersion,
    municipality: { code: municipality.code, name: municipality.name },
    period,
    phase,
    ...(coordinator ? { coordinator } : {}),
    ...(leader ? { leader } : {}),
    ...(draft.organisation ? { organisation: draft.organisation } : {}),
    ...(draft.supervisionModel ? { supervisionModel: draft.supervisionModel } : {}),
    activities,
    checklist,
    roles,
    corps,
    indicators,
    communication,
    needsAnalysis,
  };
}

/**
 * A canonical plan as a draft, e.g. to write it into the template layout (demo data, tests, the
 * add-in re-inserting a plan). Places are left to the layout.
 */
export function draftFromPlan(plan: Plan): DraftPlan {
  const rows = <T extends object>(items: readonly T[], sheet: string): DraftRow<T>[] =>
    items.map((values, i) => ({ values, source: { sheet, row: i + 1 }, cells: {} }));
  return {
    templateVersion: plan.templateVersion,
    municipality: plan.municipality,
    period: plan.period,
    phase: plan.phase,
    ...(plan.coordinator ? { coordinator: plan.coordinator } : {}),
    ...(plan.leader ? { leader: plan.leader } : {}),
    ...(plan.organisation ? { organisation: plan.organisation } : {}),
    ...(plan.supervisionModel ? { supervisionModel: plan.supervisionModel } : {}),
    places: {},
    activities: plan.activities.map(({ source, ...values }) => ({ values, source, cells: {} })),
    checklist: plan.checklist.map((c) => ({
      id: c.id,
      answer: c.answer,
      ...(c.comment !== undefined ? { comment: c.comment } : {}),
    })),
    roles: rows(plan.roles, 'roles'),
    corps: rows(plan.corps, 'corps'),
    indicators: rows(plan.indicators, 'indicators'),
    communication: rows(plan.communication, 'communication'),
    needsAnalysis: plan.needsAnalysis.map((n) => ({ id: n.id, answer: n.answer })),
  };
}
