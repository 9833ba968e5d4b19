// What the product read from a workbook, through its own entry point (core/inspect.ts
// inspectBytes), in the neutral form the scorer compares (score.ts). The canonical plan is used when
// there is one; when errors keep the plan from being valid, the draft the product holds instead.

import { inspectBytes, type InspectResult } from '../../core/inspect';
import type { DraftRow } from '../../core/draft';
import type { Observed, ObservedRow, Place, Scalar } from './score';

/** The fixed "today" of every accuracy run, so that lateness never changes a figure. */
export const ACCURACY_TODAY = '2026-12-01';

function draftRows<T extends object>(rows: readonly DraftRow<T>[]): ObservedRow[] {
  return rows.map((r) => ({
    sheet: r.source.sheet,
    row: r.source.row,
    ...(r.source.col === undefined ? {} : { col: r.source.col }),
    values: r.values as Record<string, Scalar>,
    cells: r.cells as Record<string, string | undefined>,
  }));
}

export function observe(result: InspectResult): Observed {
  const draft = result.structure.draft;
  const plan = result.plan;
  const placeOf = (key: keyof typeof draft.places): Place | undefined => draft.places[key];
  const src = plan ?? draft;
  const cover: Record<string, { value: Scalar; place?: Place }> = {
    municipality: { value: src.municipality?.code, place: placeOf('municipality') },
    period: { value: src.period, place: placeOf('period') },
    phase: { value: src.phase, place: placeOf('phase') },
    coordinator: { value: src.coordinator?.name, place: placeOf('coordinatorName') },
    leader: { value: src.leader?.name, place: placeOf('leaderName') },
    organisation: { value: src.organisation, place: placeOf('organisation') },
    supervisionModel: { value: src.supervisionModel, place: placeOf('supervisionModel') },
  };

  // Activities: the plan's rows (they carry their source), with the places the draft knows.
  const draftActivities = draftRows(draft.activities);
  const at = (sheet: string, row: number, col?: number): string => `${sheet}!${row}!${col ?? ''}`;
  const cellsBySource = new Map(draftActivities.map((r) => [at(r.sheet, r.row, r.col), r.cells]));
  const activities: ObservedRow[] = plan
    ? plan.activities.map(({ source, ...values }) => ({
        sheet: source.sheet,
        row: source.row,
        ...(source.col === undefined ? {} : { col: source.col }),
        values,
        cells: cellsBySource.get(at(source.sheet, source.row, source.col)) ?? {},
      }))
    : draftActivities;

  const placeById = new Map(draft.checklist.map((c) => [c.id, c.place]));
  const checklist = (plan ? plan.checklist : draft.checklist).map((c) => ({
    id: c.id,
    answer: c.answer,
    comment: c.comment,
    place: placeById.get(c.id),
  }));

  const checks = result.checks ?? result.structure.checks;
  return {
    cover,
    activities,
    checklist,
    corps: draftRows(draft.corps),
    indicators: draftRows(draft.indicators),
    flags: [
      ...result.issues
        .filter((i) => !JUDGEMENTS.has(i.code))
        .map((i) => ({ sheet: i.sheet, cell: i.cell, kind: 'issue' as const })),
      ...checks.map((c) => ({ sheet: c.sheet, cell: c.cell, field: c.field, kind: 'check' as const })),
    ],
    unmapped: result.unmapped.map((u) => ({ sheet: u.sheet, cell: u.cell })),
  };
}

/**
 * Issues that judge a plan that was read right (late, no milestone, a small corps): they sit at a
 * value's cell but do not tell the coordinator that the value may have been misread, so they do not
 * make a misread visible.
 */
const JUDGEMENTS: ReadonlySet<string> = new Set([
  'activity_late',
  'done_without_evaluation',
  'milestone_missing',
  'theme_without_activity',
  'corps_too_small',
  'caseload_high',
  'indicator_small_number',
  'coordinator_missing',
]);

/** Runs one workbook through the product's own entry point, as the CLI and the service do. */
export function inspectForAccuracy(bytes: Uint8Array): InspectResult {
  return inspectBytes(bytes, { today: ACCURACY_TODAY });
}
