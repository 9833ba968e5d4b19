// The figures of the corps summary, computed from canonical plans only (never from original
// workbooks). Pure TypeScript: the workbook renderer and, later, the HTTP endpoint work from these.

import type { Plan } from '../schema';
import { isLate } from '../late';
import type { StoredPlan } from '../receipt';
import {
  FULL_TIME_HOURS,
  INDICATORS,
  MAX_PARTICIPANTS_PER_FTE,
  MIN_CORPS_SIZE,
  STATUSES,
  THEMES,
  type ChecklistGroup,
  type Phase,
  type Status,
  type Theme,
} from '../spec';
import { KOMMUNER } from '../kommuner';
import { answerCounts, readinessOver } from './versions';
import {
  NONE,
  SUPPRESSION,
  feasible,
  showCount,
  showPercent,
  showRatio,
  showTotal,
  type Shown,
  type SuppressionConfig,
} from '../suppression';

// --- Dates ------------------------------------------------------------------------------------

/** The calendar day in Denmark (YYYY-MM-DD) at an instant. */
export function danishDay(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(instant);
}

/** Whole days from ISO day a to ISO day b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last day of a reporting period ("2026-H1" → "2026-06-30"). */
export function periodEnd(period: string): string {
  const m = /^(\d{4})-H([12])$/.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  return m[2] === '1' ? `${m[1]}-06-30` : `${m[1]}-12-31`;
}

/** The period before ("2026-H2" → "2026-H1", "2026-H1" → "2025-H2"). */
export function previousPeriod(period: string): string {
  const m = /^(\d{4})-H([12])$/.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  return m[2] === '2' ? `${m[1]}-H1` : `${Number(m[1]) - 1}-H2`;
}

// --- Rules --------------------------------------------------------------------------------------

/** "Late" has one definition, shared with validation and receipts (core/late.ts). */
export { isLate, isOpen } from '../late';

/** Points per checklist answer; unanswered counts as 0, like "Nej" (readiness not yet shown). */
export const ANSWER_POINTS = { yes: 1, partly: 0.5, no: 0 } as const;

/** Readiness thresholds for the traffic light: green from 80 %, yellow from 50 %, red below. */
export const READINESS_GREEN = 0.8;
export const READINESS_YELLOW = 0.5;

/** Participants per full-time post (004 Tabel 24), read as [10,15), [15,20), [20,∞) plus under 10. */
export const BANDS = [
  { id: 'under10', min: 0, max: 10 },
  { id: 'b10_14', min: 10, max: 15 },
  { id: 'b15_19', min: 15, max: 20 },
  { id: 'b20plus', min: 20, max: Infinity },
] as const;
export type BandId = (typeof BANDS)[number]['id'];

export function bandOf(ratio: number): BandId {
  const band = BANDS.find((b) => ratio >= b.min && ratio < b.max);
  return band ? band.id : 'b20plus';
}

/** A band shown for a municipality: a band, hidden (built on a hidden count), or none. */
export type ShownBand =
  { readonly kind: 'band'; readonly band: BandId } | { readonly kind: 'hidden' } | { readonly kind: 'none' };

export function showBand(ratio: Shown): ShownBand {
  switch (ratio.kind) {
    case 'exact':
      return { kind: 'band', band: bandOf(ratio.value) };
    case 'hidden':
      return { kind: 'hidden' };
    case 'none':
      return { kind: 'none' };
    case 'interval': {
      const lo = bandOf(ratio.lo);
      return lo === bandOf(ratio.hi) ? { kind: 'band', band: lo } : { kind: 'hidden' };
    }
  }
}

// --- Per municipality -----------------------------------------------------------------------------

export type WarningCode =
  | 'activity_late'
  | 'coordinator_missing'
  | 'done_without_evaluation'
  | 'theme_without_activity'
  | 'checklist_unanswered'
  | 'milestone_missing'
  | 'corps_too_small'
  | 'caseload_high'
  | 'indicator_small_number'
  | 'not_expected';

export interface Warning {
  readonly code: WarningCode;
  readonly count: number;
}

export interface IndicatorValue {
  readonly code: string;
  readonly shown: Shown;
}

export interface OwnIndicator {
  readonly name: string;
  readonly code?: string;
  readonly unit: 'count' | 'percent';
  readonly baseline: Shown;
  readonly target?: number;
  readonly result: Shown;
  readonly cases: Shown;
  readonly measuredOn?: string;
  /** Why a row with a catalogue-like code is not added up. */
  readonly reason?: 'unknown_code' | 'unit_mismatch' | 'duplicate';
}

export interface Figures {
  readonly phase: Phase;
  readonly readiness: Record<ChecklistGroup, number>;
  readonly answers: Record<'yes' | 'partly' | 'no' | 'unanswered', number>;
  readonly activities: number;
  readonly byStatus: Record<Status, number>;
  readonly late: number;
  readonly done: number;
  readonly themesCovered: number;
  readonly corpsSize: number;
  readonly byRole: Record<'mentor' | 'parent_coach' | 'both', number>;
  readonly hoursPerWeek: number;
  readonly fte: number;
  /** Personal: the corps' active cases. */
  readonly activeCases: Shown;
  /** Derived from activeCases and fte. */
  readonly perFte: Shown;
  readonly band: ShownBand;
  /** One per catalogue code, in catalogue order (none when not reported). */
  readonly indicators: readonly IndicatorValue[];
  readonly ownIndicators: readonly OwnIndicator[];
  readonly warnings: readonly Warning[];
}

function countBy<K extends string>(keys: readonly K[], values: Iterable<K>): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v] += 1;
  return out;
}

const CATALOGUE = new Map(INDICATORS.map((i) => [i.code, i]));

function normaliseCode(code: string | undefined): string | undefined {
  const c = code?.trim().toLowerCase();
  return c ? c : undefined;
}

function indicatorFigures(
  plan: Plan,
  config: SuppressionConfig,
): { indicators: IndicatorValue[]; own: OwnIndicator[] } {
  // One value per municipality and catalogue code: the row with the latest "measured on" (rows
  // without a date count as earliest; among equals the last row wins). Other rows are listed as own.
  const chosen = new Map<string, Plan['indicators'][number]>();
  const own: OwnIndicator[] = [];
  const asOwn = (ind: Plan['indicators'][number], reason?: OwnIndicator['reason']): OwnIndicator => {
    const count = ind.unit === 'count';
    return {
      name: ind.name,
      ...(ind.code !== undefined ? { code: ind.code } : {}),
      unit: ind.unit,
      baseline: count ? showCount(ind.baseline, config) : showPercent(ind.baseline, ind.cases, config),
      ...(ind.target !== undefined ? { target: ind.target } : {}),
      result: count ? showCount(ind.result, config) : showPercent(ind.result, ind.cases, config),
      cases: showCount(ind.cases, config),
      ...(ind.measuredOn !== undefined ? { measuredOn: ind.measuredOn } : {}),
      ...(reason ? { reason } : {}),
    };
  };
  for (const ind of plan.indicators) {
    const code = normaliseCode(ind.code);
    const entry = code ? CATALOGUE.get(code) : undefined;
    if (!code) {
      own.push(asOwn(ind));
    } else if (!entry) {
      own.push(asOwn(ind, 'unknown_code'));
    } else if (entry.unit !== ind.unit) {
      own.push(asOwn(ind, 'unit_mismatch'));
    } else if (ind.result !== undefined) {
      const before = chosen.get(code);
      if (before && (before.measuredOn ?? '') > (ind.measuredOn ?? '')) {
        own.push(asOwn(ind, 'duplicate'));
      } else {
        if (before) own.push(asOwn(before, 'duplicate'));
        chosen.set(code, ind);
      }
    }
  }
  const indicators = INDICATORS.map((entry) => {
    const ind = chosen.get(entry.code);
    const value = ind?.result;
    // Non-personal catalogue counts are shown as they are (rounded like every count).
    const shown: Shown = entry.personal
      ? showCount(value, config)
      : value === undefined
        ? { kind: 'none' }
        : { kind: 'exact', value: Math.round(value) };
    return { code: entry.code, shown };
  });
  return { indicators, own };
}

export function computeFigures(
  plan: Plan,
  today: string,
  expected: boolean,
  config: SuppressionConfig = SUPPRESSION,
): Figures {
  const statusIds = STATUSES.map((s) => s.id);
  const byStatus = countBy(
    statusIds,
    plan.activities.map((a) => a.status),
  );
  const late = plan.activities.filter((a) => isLate(a, today)).length;
  const themes = new Set<Theme>(plan.activities.map((a) => a.theme));
  // Over the questions of the plan's own template version (versions.ts): a question its template
  // did not have is neither unanswered nor part of its readiness.
  const answers = answerCounts(plan);
  const readiness = {} as Record<ChecklistGroup, number>;
  for (const group of ['preparation', 'ongoing'] as const) readiness[group] = readinessOver(plan, group) ?? 0;
  const byRole = countBy(
    ['mentor', 'parent_coach', 'both'] as const,
    plan.corps.map((m) => m.role),
  );
  const hoursPerWeek = plan.corps.reduce((sum, m) => sum + m.hoursPerWeek, 0);
  const fte = hoursPerWeek / FULL_TIME_HOURS;
  const activeCases = showCount(
    plan.corps.reduce((sum, m) => sum + m.activeCases, 0),
    config,
  );
  const perFte = showRatio(activeCases, fte);
  const band = showBand(perFte);
  const { indicators, own } = indicatorFigures(plan, config);

  const warnings: Warning[] = [];
  const warn = (code: WarningCode, count: number): void => {
    if (count > 0) warnings.push({ code, count });
  };
  warn('not_expected', expected ? 0 : 1);
  warn('activity_late', late);
  warn('coordinator_missing', plan.coordinator ? 0 : 1);
  warn('theme_without_activity', THEMES.length - themes.size);
  warn('checklist_unanswered', answers.unanswered);
  warn(
    'done_without_evaluation',
    plan.activities.filter((a) => a.status === 'done' && !a.evaluation?.trim()).length,
  );
  warn('milestone_missing', plan.activities.filter((a) => !a.milestone?.trim()).length);
  warn('corps_too_small', plan.corps.length < MIN_CORPS_SIZE ? 1 : 0);
  // Judged on the shown ratio only: a hidden count gives no caseload warning (it would narrow it).
  warn('caseload_high', perFte.kind === 'exact' && perFte.value > MAX_PARTICIPANTS_PER_FTE ? 1 : 0);
  warn(
    'indicator_small_number',
    indicators.filter((i) => i.shown.kind === 'hidden').length +
      own.filter((o) => o.result.kind === 'hidden').length,
  );

  return {
    phase: plan.phase,
    readiness,
    answers,
    activities: plan.activities.length,
    byStatus,
    late,
    done: byStatus.done,
    themesCovered: themes.size,
    corpsSize: plan.corps.length,
    byRole,
    hoursPerWeek,
    fte,
    activeCases,
    perFte,
    band,
    indicators,
    ownIndicators: own,
    warnings,
  };
}

// --- The corps --------------------------------------------------------------------------------------

export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly expected: boolean;
}

export interface Entry extends Municipality {
  readonly stored?: StoredPlan;
  readonly figures?: Figures;
  readonly previous?: { readonly stored: StoredPlan; readonly figures: Figures };
}

const KOMMUNE_BY_CODE = new Map(KOMMUNER.map((k) => [k.code, k]));

/** The official name and region of a code; for a code outside the list, the plan's own name. */
export function municipalityOf(code: string, fallbackName: string, expected: boolean): Municipality {
  const k = KOMMUNE_BY_CODE.get(code);
  return { code, name: k?.name ?? fallbackName, region: k?.region ?? '', expected };
}

/** Newest first: by received time, then by submission id (time-ordered). */
export function newer(a: StoredPlan, b: StoredPlan): boolean {
  const ta = Date.parse(a.receipt.receivedAt);
  const tb = Date.parse(b.receipt.receivedAt);
  if (ta !== tb) return ta > tb;
  return a.receipt.submissionId > b.receipt.submissionId;
}

export interface Selection {
  /** The submission used per municipality code. */
  readonly used: Map<string, StoredPlan>;
  /** Submissions not used: an older one for the same municipality, or one for another period. */
  readonly skipped: readonly {
    readonly stored: StoredPlan;
    readonly reason: 'superseded' | 'other_period';
  }[];
}

/** Picks the newest submission per municipality for `period`. */
export function selectLatest(plans: readonly StoredPlan[], period: string): Selection {
  const used = new Map<string, StoredPlan>();
  const skipped: { stored: StoredPlan; reason: 'superseded' | 'other_period' }[] = [];
  for (const stored of plans) {
    if (stored.plan.period !== period || stored.receipt.period !== period) {
      skipped.push({ stored, reason: 'other_period' });
      continue;
    }
    const code = stored.plan.municipality.code;
    const before = used.get(code);
    if (!before) used.set(code, stored);
    else if (newer(stored, before)) {
      skipped.push({ stored: before, reason: 'superseded' });
      used.set(code, stored);
    } else skipped.push({ stored, reason: 'superseded' });
  }
  return { used, skipped };
}

/** Corps-wide figures, every one derived from the per-municipality displays (see core/suppression). */
export interface CorpsTotals {
  readonly expected: number;
  readonly submitted: number;
  readonly missing: number;
  readonly byPhase: Record<Phase, number>;
  readonly corpsSize: number;
  readonly byRole: Record<'mentor' | 'parent_coach' | 'both', number>;
  readonly fte: number;
  readonly activeCases: Shown;
  readonly perFte: Shown;
  readonly bands: Record<BandId | 'hidden' | 'none', number>;
  readonly statusByTheme: Record<Theme, Record<Status, number> & { late: number }>;
  /** Activities in all, late ones, and municipalities with at least one late activity. */
  readonly activities: number;
  readonly late: number;
  readonly municipalitiesLate: number;
  /** Mean readiness per checklist over the submitted plans (undefined without plans). */
  readonly readinessMean: Record<ChecklistGroup, number | undefined>;
  /** Municipalities per traffic-light colour, per checklist. */
  readonly readinessLights: Record<ChecklistGroup, Record<Light, number>>;
  readonly indicators: readonly {
    readonly code: string;
    readonly reporting: number;
    readonly hidden: number;
    readonly total: Shown;
    /** Sum of the exactly shown values only (what a chart may plot). */
    readonly shownSum: number;
    readonly distribution: Record<DistributionBin, number>;
  }[];
}

export type Light = 'green' | 'yellow' | 'red';

/** The traffic-light colour of a readiness (0–1). */
export function lightOf(readiness: number): Light {
  return readiness >= READINESS_GREEN ? 'green' : readiness >= READINESS_YELLOW ? 'yellow' : 'red';
}

/**
 * The change between two shown figures (now − before), derived from the two displays only: exact
 * when both are exact, else the interval of every difference the displays allow. A figure hidden
 * in either period therefore stays hidden (the difference of two intervals adds nothing a reader
 * could not work out from the two periods' displays).
 */
export function showChange(now: Shown, before: Shown, config: SuppressionConfig = SUPPRESSION): Shown {
  const a = feasible(now, config);
  const b = feasible(before, config);
  if (!a || !b) return NONE;
  if (now.kind === 'exact' && before.kind === 'exact')
    return { kind: 'exact', value: now.value - before.value };
  return { kind: 'interval', lo: a[0] - b[1], hi: a[1] - b[0] };
}

/** Bins of the distribution across the corps; 'b1_4' holds the hidden figures (shown as "<5"). */
export const DISTRIBUTION_BINS = ['zero', 'b1_4', 'b5_9', 'b10_24', 'b25_49', 'b50plus'] as const;
export type DistributionBin = (typeof DISTRIBUTION_BINS)[number];

function binOf(shown: Shown): DistributionBin | undefined {
  if (shown.kind === 'none' || shown.kind === 'interval') return undefined;
  if (shown.kind === 'hidden') return 'b1_4';
  const v = shown.value;
  if (v === 0) return 'zero';
  if (v < 5) return 'b1_4';
  if (v < 10) return 'b5_9';
  if (v < 25) return 'b10_24';
  if (v < 50) return 'b25_49';
  return 'b50plus';
}

export function computeTotals(
  entries: readonly Entry[],
  today: string,
  config: SuppressionConfig = SUPPRESSION,
): CorpsTotals {
  const submitted = entries.filter((e) => e.figures);
  const figs = submitted.flatMap((e) => (e.figures ? [e.figures] : []));
  const byPhase = countBy(
    ['preparation', 'readiness', 'initial', 'full'] as const,
    figs.map((f) => f.phase),
  );
  const bands = countBy(
    ['under10', 'b10_14', 'b15_19', 'b20plus', 'hidden', 'none'] as const,
    figs.map((f) => (f.band.kind === 'band' ? f.band.band : f.band.kind)),
  );
  const statusByTheme = Object.fromEntries(
    THEMES.map((t) => [
      t.id,
      {
        ...countBy(
          STATUSES.map((s) => s.id),
          [],
        ),
        late: 0,
      },
    ]),
  ) as CorpsTotals['statusByTheme'];
  for (const e of submitted) {
    for (const a of e.stored?.plan.activities ?? []) {
      statusByTheme[a.theme][a.status] += 1;
      if (isLate(a, today)) statusByTheme[a.theme].late += 1;
    }
  }
  const activeCases = showTotal(
    figs.map((f) => f.activeCases),
    config,
  );
  const fte = figs.reduce((s, f) => s + f.fte, 0);
  const indicators = INDICATORS.map((entry, i) => {
    const shown: Shown[] = figs.map((f) => f.indicators[i]?.shown ?? NONE);
    const distribution = countBy(
      DISTRIBUTION_BINS,
      shown.flatMap((s) => {
        const b = binOf(s);
        return b ? [b] : [];
      }),
    );
    return {
      code: entry.code,
      reporting: shown.filter((s) => s.kind !== 'none').length,
      hidden: shown.filter((s) => s.kind === 'hidden').length,
      total: showTotal(shown, config),
      shownSum: shown.reduce((sum, s) => sum + (s.kind === 'exact' ? s.value : 0), 0),
      distribution,
    };
  });
  const groups = ['preparation', 'ongoing'] as const;
  const mean = (xs: number[]): number | undefined =>
    xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;
  const readinessMean = Object.fromEntries(
    groups.map((g) => [g, mean(figs.map((f) => f.readiness[g]))]),
  ) as CorpsTotals['readinessMean'];
  const readinessLights = Object.fromEntries(
    groups.map((g) => [
      g,
      countBy(
        ['green', 'yellow', 'red'] as const,
        figs.map((f) => lightOf(f.readiness[g])),
      ),
    ]),
  ) as CorpsTotals['readinessLights'];
  return {
    activities: figs.reduce((s, f) => s + f.activities, 0),
    late: figs.reduce((s, f) => s + f.late, 0),
    municipalitiesLate: figs.filter((f) => f.late > 0).length,
    readinessMean,
    readinessLights,
    expected: entries.filter((e) => e.expected).length,
    submitted: submitted.length,
    missing: entries.filter((e) => e.expected && !e.figures).length,
    byPhase,
    corpsSize: figs.reduce((s, f) => s + f.corpsSize, 0),
    byRole: {
      mentor: figs.reduce((s, f) => s + f.byRole.mentor, 0),
      parent_coach: figs.reduce((s, f) => s + f.byRole.parent_coach, 0),
      both: figs.reduce((s, f) => s + f.byRole.both, 0),
    },
    fte,
    activeCases,
    perFte: showRatio(activeCases, fte),
    bands,
    statusByTheme,
    indicators,
  };
}
