// Small-number suppression for the corps summary (DOMAIN.md "The corps summary workbook"; seed 000
// §3.2: figures across municipalities only where there are five cases or more).
//
// The rule in one sentence: every published personal figure is either a *base cell*, whose display
// depends only on its own value, or a *derived figure* (total, ratio, band, chart point, warning),
// computed from the displays of base cells and from non-personal figures only, never from a hidden
// value. That is what makes the pattern safe:
//
// - Primary suppression: a base cell with 0 < value < threshold shows the marker ("<5").
// - Zeros: shown as 0 (a zero describes no person), the one documented zero rule.
// - Secondary suppression: a total over cells of which some are hidden is not published exactly;
//   it is shown as the interval it is known to lie in ([sum of shown + k·1, sum of shown +
//   k·(threshold-1)] for k hidden cells). The interval is worked out from the displays, so it adds
//   nothing a reader could not compute; a hidden cell's feasible range stays [1, threshold-1]
//   whatever else is published (row sums, column sums, other sheets).
// - Versions: two summaries of the same period (before and after a resubmission) each publish only
//   displays. Because no published figure depends on a hidden value beyond "it is between 1 and
//   threshold-1", subtracting one version's totals from another's (the classic differencing attack
//   on exact totals) yields only the difference of two intervals, never the hidden value.
//
// Counts are whole numbers (corps active cases are integers by the schema; catalogue counts are
// rounded to whole numbers before suppression), so a hidden cell lies in [1, threshold-1].
//
// Pure TypeScript: no fs, no node, no process.

import { INDICATORS, SUPPRESSION_THRESHOLD, type Lang } from './spec';

export interface SuppressionConfig {
  /** A personal figure from fewer cases than this is not shown. */
  readonly threshold: number;
  /** What a hidden figure shows instead of its value. */
  readonly marker: string;
  /** The zero rule: zeros are shown (a zero describes no person). */
  readonly zeros: 'shown';
  /** Totals over hidden cells: shown as the interval that follows from the shown cells. */
  readonly totals: 'interval';
  /** A percentage whose number of cases (n) is missing: hidden, because its base is unknown. */
  readonly percentWithoutCases: 'hidden';
}

export const SUPPRESSION: SuppressionConfig = {
  threshold: SUPPRESSION_THRESHOLD,
  marker: `<${SUPPRESSION_THRESHOLD}`,
  zeros: 'shown',
  totals: 'interval',
  percentWithoutCases: 'hidden',
};

/** What a summary cell shows for a personal figure. */
export type Shown =
  /** Nothing reported. */
  | { readonly kind: 'none' }
  | { readonly kind: 'exact'; readonly value: number }
  /** Hidden: 0 < value < threshold (or an unknown base); the cell shows the marker. */
  | { readonly kind: 'hidden' }
  /** A derived figure over hidden cells: the value lies in [lo, hi]. */
  | { readonly kind: 'interval'; readonly lo: number; readonly hi: number };

export const NONE: Shown = { kind: 'none' };
export const HIDDEN: Shown = { kind: 'hidden' };
export function exact(value: number): Shown {
  return { kind: 'exact', value };
}

/** Is this value too small to publish? Zero is not (the zero rule). */
export function isSmall(value: number, config: SuppressionConfig = SUPPRESSION): boolean {
  return value > 0 && value < config.threshold;
}

/** A base cell: a count of people or cases. */
export function showCount(value: number | undefined, config: SuppressionConfig = SUPPRESSION): Shown {
  if (value === undefined || !Number.isFinite(value)) return NONE;
  const whole = Math.round(value);
  return isSmall(whole, config) ? HIDDEN : exact(whole);
}

/** A base cell: a percentage measured on `cases` cases. */
export function showPercent(
  value: number | undefined,
  cases: number | undefined,
  config: SuppressionConfig = SUPPRESSION,
): Shown {
  if (value === undefined || !Number.isFinite(value)) return NONE;
  if (cases === undefined) return HIDDEN;
  if (cases === 0) return NONE;
  return isSmall(cases, config) ? HIDDEN : exact(value);
}

/** The values a shown cell may stand for (null when nothing was reported). */
export function feasible(shown: Shown, config: SuppressionConfig = SUPPRESSION): [number, number] | null {
  switch (shown.kind) {
    case 'none':
      return null;
    case 'exact':
      return [shown.value, shown.value];
    case 'hidden':
      return [1, config.threshold - 1];
    case 'interval':
      return [shown.lo, shown.hi];
  }
}

/**
 * A total of shown cells: exact when every part is exact, else the interval that follows from the
 * displays alone. Never looks at a hidden value.
 */
export function showTotal(parts: Iterable<Shown>, config: SuppressionConfig = SUPPRESSION): Shown {
  let lo = 0;
  let hi = 0;
  let any = false;
  let allExact = true;
  for (const part of parts) {
    const range = feasible(part, config);
    if (!range) continue;
    any = true;
    if (part.kind !== 'exact') allExact = false;
    lo += range[0];
    hi += range[1];
  }
  if (!any) return NONE;
  return allExact ? exact(lo) : { kind: 'interval', lo, hi };
}

/** A ratio of a shown personal figure to a non-personal positive denominator (e.g. full-time posts). */
export function showRatio(numerator: Shown, denominator: number): Shown {
  if (!(denominator > 0) || !Number.isFinite(denominator)) return NONE;
  switch (numerator.kind) {
    case 'none':
    case 'hidden':
      return numerator;
    case 'exact':
      return exact(numerator.value / denominator);
    case 'interval':
      return { kind: 'interval', lo: numerator.lo / denominator, hi: numerator.hi / denominator };
  }
}

export interface PublishedTable {
  readonly cells: readonly (readonly Shown[])[];
  /** One per row, when asked for. */
  readonly rowTotals?: readonly Shown[];
  /** One per column, when asked for. */
  readonly colTotals?: readonly Shown[];
  readonly grandTotal?: Shown;
}

/**
 * Publishes a table of counts (undefined = not reported) with optional row, column and grand
 * totals. Cells follow the cell rule; totals are derived from the displays (see the file comment).
 */
export function publishTable(
  values: readonly (readonly (number | undefined)[])[],
  options: { readonly rowTotals?: boolean; readonly colTotals?: boolean; readonly grandTotal?: boolean },
  config: SuppressionConfig = SUPPRESSION,
): PublishedTable {
  const cells = values.map((row) => row.map((v) => showCount(v, config)));
  const width = Math.max(0, ...values.map((r) => r.length));
  const column = (j: number): Shown[] => cells.map((row) => row[j] ?? NONE);
  return {
    cells,
    ...(options.rowTotals ? { rowTotals: cells.map((row) => showTotal(row, config)) } : {}),
    ...(options.colTotals
      ? { colTotals: Array.from({ length: width }, (_, j) => showTotal(column(j), config)) }
      : {}),
    ...(options.grandTotal ? { grandTotal: showTotal(cells.flat(), config) } : {}),
  };
}

/** The personal catalogue codes (DOMAIN.md "Indicator catalogue"). */
export const PERSONAL_CODES: readonly string[] = INDICATORS.filter((i) => i.personal).map((i) => i.code);

/** The rule in plain words for "Om data", one paragraph per line. */
export function describeSuppression(config: SuppressionConfig, lang: Lang): string[] {
  const t = config.threshold;
  const m = config.marker;
  const personal = INDICATORS.filter((i) => i.personal)
    .map((i) => i.label[lang])
    .join(', ');
  if (lang === 'da') {
    return [
      `Tal om borgere og deres forløb vises kun, når de bygger på mindst ${t} forløb. Et tal mellem 1 og ${t - 1} vises som "${m}" – aldrig som tallet selv (primær diskretionering).`,
      `Det gælder disse indikatorer fra kataloget: ${personal}; kommunernes egne indikatorer (vi kan ikke vide, om de handler om borgere); og korpsets aktive forløb.`,
      `Nul vises som 0: et nul beskriver ingen borger.`,
      `En procent vises kun, når antallet af forløb bag den (n) er mindst ${t}. Mangler n, vises "${m}", fordi grundlaget er ukendt.`,
      `Forhold, intervaller, advarsler og diagrampunkter, der bygger på et skjult tal, skjules også (fx deltagere pr. årsværk).`,
      `Summer regnes kun ud fra det, der vises. Indgår et skjult tal, vises summen som det interval, den med sikkerhed ligger i (fx "312–324"), i stedet for et præcist tal (sekundær diskretionering). Derfor kan et skjult tal hverken regnes ud fra række- eller kolonnesummer, fra andre ark eller ved at sammenligne to udgaver af oversigten for samme periode: intet offentliggjort tal afhænger af en skjult værdi ud over, at den ligger mellem 1 og ${t - 1}.`,
      `Antal afrundes til hele tal, før reglen bruges.`,
    ];
  }
  return [
    `Figures about citizens and their cases are shown only when they are based on at least ${t} cases. A figure between 1 and ${t - 1} is shown as "${m}", never as the figure itself (primary suppression).`,
    `This applies to these catalogue indicators: ${personal}; the municipalities' own indicators (we cannot tell whether they are about citizens); and the corps' active cases.`,
    `Zero is shown as 0: a zero describes no citizen.`,
    `A percentage is shown only when the number of cases behind it (n) is at least ${t}. Without n it is shown as "${m}", because its base is unknown.`,
    `Ratios, bands, warnings and chart points built on a hidden figure are hidden too (e.g. participants per full-time post).`,
    `Totals are worked out only from what is shown. Where a hidden figure is part of a total, the total is shown as the interval it certainly lies in (e.g. "312–324") instead of an exact figure (secondary suppression). So a hidden figure cannot be worked out from row or column totals, from other sheets, or by comparing two versions of the summary for the same period: no published figure depends on a hidden value beyond it being between 1 and ${t - 1}.`,
    `Counts are rounded to whole numbers before the rule is applied.`,
  ];
}
