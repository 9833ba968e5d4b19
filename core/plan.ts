// From a draft to the canonical plan: assembles the plan and lets the zod schema decide whether it is
// complete. A draft that does not satisfy the schema gives no plan (validation says why).

import type { DraftPlan, DraftRow } from './draft';
import { planSchema, type Plan } from './schema';
import { TEMPLATE_VERSION } from './spec';

/** A copy without undefined and empty-string fields (hot: runs once per row of every table). */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const key in o) {
    const v = o[key];
    if (v !== undefined && (v as unknown) !== '') out[key] = v;
  }
  return out as T;
}

export function assemblePlan(draft: DraftPlan): unknown {
  return {
    templateVersion: draft.templateVersion ?? TEMPLATE_VERSION,
    municipality: draft.municipality,
    period: draft.period,
    phase: draft.phase,
    ...(draft.coordinator ? { coordinator: compact({ ...draft.coordinator }) } : {}),
    ...(draft.leader ? { leader: compact({ ...draft.leader }) } : {}),
    ...(draft.organisation ? { organisation: draft.organisation } : {}),
    ...(draft.supervisionModel ? { supervisionModel: draft.supervisionModel } : {}),
    activities: draft.activities.map((row) => ({ ...compact(row.values), source: row.source })),
    checklist: draft.checklist.map((c) => compact({ id: c.id, answer: c.answer, comment: c.comment })),
    roles: draft.roles.map((row) => compact(row.values)),
    corps: draft.corps.map((row) => compact(row.values)),
    indicators: draft.indicators.map((row) => compact(row.values)),
    communication: draft.communication.map((row) => compact(row.values)),
    needsAnalysis: draft.needsAnalysis.map((n) => ({ id: n.id, answer: n.answer })),
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

/** The canonical plan, or null when the draft is not complete enough to be one. */
export function toPlan(draft: DraftPlan): Plan | null {
  const parsed = planSchema.safeParse(assemblePlan(draft));
  return parsed.success ? parsed.data : null;
}
