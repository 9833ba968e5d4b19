// What every sheet module of the corps summary builds from: the input, the figures computed once
// (core/summary/figures.ts) and small shared helpers. Pure TypeScript.

import type { StoredPlan } from '../receipt';
import type { Roster } from '../roster';
import type { Round, StatusRow } from '../rounds';
import type { Activity } from '../schema';
import { listLabel, type Label, type Lang, type Phase } from '../spec';
import type { SuppressionConfig } from '../suppression';
import { periodEnd, type CorpsTotals, type Entry, type Figures, type Selection } from './figures';
import { SUBTITLE, WARNING_TEXTS, countText, fill, formatDay, formatInstant } from './labels';
import type { Sheet, SheetKey, SummaryWorkbook } from './sheet';

export interface SummaryInput {
  /** The reporting period, e.g. "2026-H2". */
  readonly period: string;
  /** Stored submissions; the newest per municipality for `period` is used, the rest listed as not used. */
  readonly plans: readonly StoredPlan[];
  /** The previous period's submissions, for "Udvikling" (change since the previous period). */
  readonly previous?: readonly StoredPlan[];
  /** Municipalities expected to submit; without a roster all 98 are expected. */
  readonly roster?: Roster;
  /** When the summary is made (shown in "Om data"; the default day for lateness). */
  readonly generatedAt: Date;
  readonly lang: Lang;
  /** The day lateness is judged against (YYYY-MM-DD); default the day of `generatedAt` in Denmark. */
  readonly today?: string;
  /** Small-number suppression; default SUPPRESSION (threshold 5). */
  readonly suppression?: SuppressionConfig;
  /** The period's reporting round and its status list, when a round is open (issue 12). */
  readonly round?: {
    readonly round: Pick<Round, 'period' | 'deadline' | 'closed'>;
    readonly rows: readonly StatusRow[];
  };
  /** Which submissions `plans` holds: the latest of each municipality (default) or approved ones only. */
  readonly basis?: 'latest' | 'approved';
}

export interface SummaryModel {
  readonly workbook: SummaryWorkbook;
  readonly entries: readonly Entry[];
  readonly selection: Selection;
  readonly previousPeriod: string;
  readonly previousSelection: Selection;
  readonly totals: CorpsTotals;
  /** The previous period's corps totals (judged as of its own late day), for the change columns. */
  readonly previousTotals: CorpsTotals;
  readonly today: string;
}

export interface Context {
  readonly input: SummaryInput;
  readonly lang: Lang;
  readonly config: SuppressionConfig;
  readonly today: string;
  /** Every municipality of the period (expected or submitted), in Danish order. */
  readonly entries: readonly Entry[];
  /** The entries with a plan. */
  readonly submitted: readonly Entry[];
  readonly totals: CorpsTotals;
  readonly selection: Selection;
  readonly prevPeriod: string;
  readonly prevSelection: Selection;
  /** Municipalities with a plan only in the previous period. */
  readonly prevOnly: readonly Entry[];
  readonly prevTotals: CorpsTotals;
}

/** One sheet of the summary: its key, its name and title, and how it is built. */
export interface SheetModule {
  readonly key: SheetKey;
  /** At most 31 characters, none of []:*?/\ (Excel's rules). */
  readonly name: Label;
  readonly title: Label;
  readonly build: (ctx: Context) => Sheet;
}

/** The header row of every table sheet (0-based): title in row 1, a line of context in row 2. */
export const HEADER_ROW = 3;

// One collator for Danish order (Æ, Ø, Å last; "Aa" as Å): made once, it sorts fast.
const DANISH = new Intl.Collator('da');
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const byName = (a: { name: string; code: string }, b: { name: string; code: string }): number =>
  DANISH.compare(a.name, b.name) || cmp(a.code, b.code);

export function phaseLabel(phase: Phase, lang: Lang): string {
  return listLabel('phase', phase, lang);
}

export function warningsText(figures: Figures, lang: Lang): string {
  return figures.warnings.map((w) => countText(WARNING_TEXTS[w.code], w.count, lang)).join(' · ');
}

export function sortedActivities(activities: readonly Activity[]): Activity[] {
  return [...activities].sort(
    (a, b) =>
      cmp(a.deadline ?? '9999-12-31', b.deadline ?? '9999-12-31') ||
      a.source.row - b.source.row ||
      (a.source.col ?? 0) - (b.source.col ?? 0),
  );
}

/** The day the previous period's late activities are judged against: its end, or today if sooner. */
export function prevLateDay(ctx: Pick<Context, 'prevPeriod' | 'today'>): string {
  const end = periodEnd(ctx.prevPeriod);
  return end < ctx.today ? end : ctx.today;
}

/** The line of context under every sheet's title. */
export function subtitle(ctx: Context, extra?: string): string {
  const { lang, totals } = ctx;
  const parts = [
    fill(SUBTITLE.period, lang, { period: ctx.input.period }),
    fill(SUBTITLE.submitted, lang, {
      submitted: totals.submitted,
      expected: totals.expected,
      missing: totals.missing,
    }),
    fill(SUBTITLE.lateAsOf, lang, { day: formatDay(ctx.today, lang) }),
    fill(SUBTITLE.made, lang, { instant: formatInstant(ctx.input.generatedAt, lang) }),
  ];
  if (extra) parts.push(extra);
  return parts.join(' · ');
}
