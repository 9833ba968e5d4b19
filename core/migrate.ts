// Template versions over time: stored plans migrated on read, workbooks updated to a newer template.
//
// A stored plan is never rewritten. Whoever reads one (the service's read path, the summary, the
// CLI's merge) passes it through migratePlan first, which brings it to the current shape, one step
// per version: 1.0 → 1.1 adds the question L9, unanswered (indicators get no comment: the field is
// optional). `templateVersion` is left as it was — it says which template the coordinator filled in,
// and so which questions the plan could answer (see core/summary/versions.ts).
//
// A workbook is updated by giving its draft a newer version (core/templateUpdate.ts, re-exported
// here): it is apart so that the intake path can use it without loading zod.

import { z } from 'zod';
import { planSchema, type Plan } from './schema';
import { storedPlanSchema, type StoredPlan } from './receipt';
import {
  CHECKLIST,
  TEMPLATE_VERSION,
  TEMPLATE_VERSIONS,
  addedIn,
  compareVersions,
  type TemplateVersion,
} from './spec';

export { TemplateUpdateError, canUpdate, updateDraft } from './templateUpdate';

type Json = Record<string, unknown>;

/** One step: a plan in the shape of `from` to the shape of `to` (pure; the input is not changed). */
export interface Migration {
  readonly from: TemplateVersion;
  readonly to: TemplateVersion;
  readonly up: (plan: Json) => Json;
}

/** Adds every question of `version` the checklist lacks, unanswered, in the spec's order. */
function addQuestions(version: TemplateVersion): (plan: Json) => Json {
  return (plan) => {
    const list = Array.isArray(plan.checklist) ? (plan.checklist as Json[]) : [];
    const have = new Set(list.map((c) => c.id));
    const added = addedIn(version).questions.filter((q) => !have.has(q.id));
    if (added.length === 0) return plan;
    const all = [...list, ...added.map((q) => ({ id: q.id, answer: null }))];
    const order = (id: unknown): number => CHECKLIST.findIndex((q) => q.id === id);
    return { ...plan, checklist: all.sort((a, b) => order(a.id) - order(b.id)) };
  };
}

/**
 * The steps between consecutive versions. 1.0 → 1.1: L9 unanswered; the indicators' new comment is
 * optional, so a 1.0 indicator simply has none.
 */
export const MIGRATIONS: readonly Migration[] = TEMPLATE_VERSIONS.slice(1).map((to, i) => ({
  from: TEMPLATE_VERSIONS[i] as TemplateVersion,
  to,
  up: addQuestions(to),
}));

/**
 * The shape a stored plan is in: the newest version whose questions it holds. A plan whose
 * templateVersion is unknown is read as the oldest shape its checklist fits.
 */
function shapeOf(plan: Json): TemplateVersion {
  const ids = new Set(Array.isArray(plan.checklist) ? (plan.checklist as Json[]).map((c) => c.id) : []);
  let shape: TemplateVersion = TEMPLATE_VERSIONS[0] ?? TEMPLATE_VERSION;
  for (const m of MIGRATIONS) {
    if (addedIn(m.to).questions.every((q) => ids.has(q.id))) shape = m.to;
    else break;
  }
  return shape;
}

/**
 * A stored plan (any version korpsplan has written) in the current shape, validated. Throws a
 * ZodError when it is no plan of any version.
 */
export function migratePlan(raw: unknown): Plan {
  return planSchema.parse(migrateShape(raw));
}

/** The migration steps a stored plan needs, applied (not yet validated). */
function migrateShape(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let plan = raw as Json;
  const shape = shapeOf(plan);
  for (const m of MIGRATIONS) {
    if (compareVersions(m.from, shape) >= 0) plan = m.up(plan);
  }
  return plan;
}

/** A stored `{ receipt, plan }` with its plan migrated (the receipt is as it was written). */
export function migrateStoredPlan(raw: unknown): StoredPlan {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return storedPlanSchema.parse(raw);
  const r = raw as Json;
  return storedPlanSchema.parse({ ...r, plan: migratePlan(r.plan) });
}

/** zod: any stored plan in, the current shape out (for readers that parse with a schema). */
export const planReadSchema = z.unknown().transform((raw, ctx): Plan => {
  const parsed = planSchema.safeParse(migrateShape(raw));
  if (parsed.success) return parsed.data;
  // The issues as they are (code, path), so core/zodText.ts can say what is wrong with which field.
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
  return z.NEVER;
});

/** zod: a stored `{ receipt, plan }` of any version, its plan in the current shape. */
export const storedPlanReadSchema = storedPlanSchema.extend({ plan: planReadSchema });
