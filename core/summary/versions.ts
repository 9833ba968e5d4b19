// The corps summary over plans of mixed template versions. A plan answers the questions of its own
// template: a question its version did not have is "ikke i skabelonen" (not in the template), which
// is not the same as unanswered, and its readiness is computed over the questions it had. Pure
// functions, used by the summary's figures and sheets.

import type { Plan } from '../schema';
import {
  TEMPLATE_VERSIONS,
  checklistFor,
  isTemplateVersion,
  versionOf,
  type Answer,
  type ChecklistGroup,
  type ChecklistId,
  type ChecklistQuestion,
  type Label,
  type Lang,
} from '../spec';
import { VERSIONS_WORDS, fill } from './labels';

/** Ja = 1, Delvist = ½, Nej = 0 (DOMAIN.md). */
export const READINESS_POINTS: Record<Answer, number> = { yes: 1, partly: 0.5, no: 0 };

export type QuestionState = Answer | 'unanswered' | 'notInTemplate';

/** How a question the plan's template did not have is shown. */
export const NOT_IN_TEMPLATE: Label = VERSIONS_WORDS.notInTemplate;

type PlanVersion = Pick<Plan, 'templateVersion'>;
type PlanChecklist = Pick<Plan, 'templateVersion' | 'checklist'>;

/** The questions the plan's own template version had (an unknown version: the current ones). */
export function questionsOfPlan(plan: PlanVersion): readonly ChecklistQuestion[] {
  return checklistFor(versionOf(plan.templateVersion));
}

/** Whether the plan's template had the question. */
export function hadQuestion(plan: PlanVersion, id: ChecklistId): boolean {
  return questionsOfPlan(plan).some((q) => q.id === id);
}

/** One question of one plan: its answer, unanswered, or not in the plan's template. */
export function questionState(plan: PlanChecklist, id: ChecklistId): QuestionState {
  if (!hadQuestion(plan, id)) return 'notInTemplate';
  return plan.checklist.find((c) => c.id === id)?.answer ?? 'unanswered';
}

/**
 * Readiness of one checklist (0..1) over the questions the plan's version had in that group; null
 * when it had none. An unanswered question counts 0, like Nej.
 */
export function readinessOver(plan: PlanChecklist, group: ChecklistGroup): number | null {
  const ids = questionsOfPlan(plan)
    .filter((q) => q.group === group)
    .map((q) => q.id);
  if (ids.length === 0) return null;
  const points = ids.reduce((sum, id) => {
    const a = plan.checklist.find((c) => c.id === id)?.answer;
    return sum + (a ? READINESS_POINTS[a] : 0);
  }, 0);
  return points / ids.length;
}

/** How many of the plan's questions are answered each way; questions not in its template apart. */
export function answerCounts(plan: PlanChecklist): Record<QuestionState, number> {
  const out: Record<QuestionState, number> = { yes: 0, partly: 0, no: 0, unanswered: 0, notInTemplate: 0 };
  for (const c of plan.checklist) out[questionState(plan, c.id)] += 1;
  return out;
}

/** The template versions among the merged plans, oldest first, with how many plans each. */
export function versionsMerged(plans: readonly PlanVersion[]): { version: string; plans: number }[] {
  const counts = new Map<string, number>();
  for (const p of plans) counts.set(p.templateVersion, (counts.get(p.templateVersion) ?? 0) + 1);
  const rank = (v: string): number =>
    isTemplateVersion(v) ? TEMPLATE_VERSIONS.indexOf(v) : TEMPLATE_VERSIONS.length;
  return [...counts]
    .map(([version, n]) => ({ version, plans: n }))
    .sort((a, b) => rank(a.version) - rank(b.version) || a.version.localeCompare(b.version));
}

/** "1.0 (2 planer), 1.1 (5 planer)": the line for the summary's "Om data" sheet. */
export function versionsMergedText(plans: readonly PlanVersion[]): Label {
  const merged = versionsMerged(plans);
  const text = (lang: Lang): string =>
    merged
      .map((m) =>
        fill(m.plans === 1 ? VERSIONS_WORDS.onePlan : VERSIONS_WORDS.plans, lang, {
          version: m.version,
          count: m.plans,
        }),
      )
      .join(', ');
  return { da: text('da'), en: text('en') };
}

/**
 * The explanation for "Om data" when versions are mixed: which questions some plans' templates did
 * not have, and how readiness treats them. Empty when every plan has every question.
 */
export function mixedVersionsNote(plans: readonly PlanChecklist[]): Label | null {
  const missing = new Set<ChecklistId>();
  for (const p of plans) {
    for (const c of p.checklist) if (!hadQuestion(p, c.id)) missing.add(c.id);
  }
  if (missing.size === 0) return null;
  const ids = [...missing].join(', ');
  const note = (lang: Lang): string =>
    fill(VERSIONS_WORDS.mixed, lang, { ids, notInTemplate: NOT_IN_TEMPLATE[lang] });
  return { da: note('da'), en: note('en') };
}
