// The Resumé sheet, recomputed here from the canonical plans independently of core/summary: the
// reporting state, readiness, late activities, the corps and every catalogue indicator total, each
// beside the previous period with the change — personal figures suppressed as elsewhere, and a
// change over a hidden figure shown as the interval that follows from the two displays.

import { buildSummary } from '../../workbook/summary';
import { INDICATORS, type Lang } from '../../core/spec';
import type { StoredPlan } from '../../core/receipt';
import { generateCorps, generatePrevious } from '../fixtures/plans';
import { readSummary, tableRows, type Rec } from './read';

const TODAY = '2026-11-12';
const PREVIOUS_LATE_DAY = '2026-06-30';
type Plan = StoredPlan['plan'];

const lateOn = (day: string) => (a: Plan['activities'][number]) =>
  a.deadline !== undefined && a.deadline < day && (a.status === 'not_started' || a.status === 'in_progress');
const readiness = (p: Plan, prefix: string): number => {
  const answers = p.checklist.filter((c) => c.id.startsWith(prefix));
  return (
    answers.reduce((s, c) => s + (c.answer === 'yes' ? 1 : c.answer === 'partly' ? 0.5 : 0), 0) /
    answers.length
  );
};
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** [lo, hi] of a total over counts, as a reader of the displays knows it (hidden: 1–4). */
function range(values: number[], personal: boolean): [number, number] | null {
  if (values.length === 0) return null;
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    const hidden = personal && v > 0 && v < 5;
    lo += hidden ? 1 : v;
    hi += hidden ? 4 : v;
  }
  return [lo, hi];
}

function shown(r: [number, number] | null, lang: Lang): number | string | null {
  if (!r) return null;
  const fmt = (n: number): string => n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
  return r[0] === r[1] ? r[0] : `${fmt(r[0])}–${fmt(r[1])}`;
}

function change(
  now: [number, number] | null,
  before: [number, number] | null,
  lang: Lang,
): number | string | null {
  if (!now || !before) return null;
  const [lo, hi] = [now[0] - before[1], now[1] - before[0]];
  if (lo === hi) return lo;
  const sign = (n: number): string =>
    (n > 0 ? '+' : n < 0 ? '\u2212' : '') + Math.abs(n).toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
  return lang === 'da' ? `fra ${sign(lo)} til ${sign(hi)}` : `from ${sign(lo)} to ${sign(hi)}`;
}

describe.each(['da', 'en'] as const)('Resumé (%s)', (lang) => {
  const plans = generateCorps({ seed: 77, municipalities: 36 });
  const previous = generatePrevious(plans, 77);
  let key: Map<string, Rec>;
  let indicators: Map<string, Rec>;
  let sheetNames: readonly string[];
  const da = lang === 'da';
  const H = {
    figure: da ? 'Nøgletal' : 'Key figure',
    now: da ? 'Nu' : 'Now',
    before: da ? 'Forrige periode' : 'Previous period',
    change: da ? 'Ændring' : 'Change',
  };

  beforeAll(async () => {
    const summary = await readSummary(
      await buildSummary({
        period: '2026-H2',
        plans,
        previous,
        generatedAt: new Date(`${TODAY}T10:00:00Z`),
        lang,
      }),
    );
    sheetNames = summary.sheetNames;
    key = new Map(tableRows(summary, 'Resume_Noegletal').map((r) => [String(r[H.figure]), r]));
    indicators = new Map(
      tableRows(summary, 'Resume_Indikatorer').map((r) => [String(r[da ? 'Indikator' : 'Indicator']), r]),
    );
  });

  test('it is the first sheet', () => {
    expect(sheetNames[0]).toBe(da ? 'Resumé' : 'Summary');
  });

  test('reporting, readiness, late activities and the corps, now and before', () => {
    const now = plans.map((p) => p.plan);
    const before = previous.map((p) => p.plan);
    const row = (label: string): Rec => {
      const r = key.get(label);
      if (!r) throw new Error(`no row ${label}`);
      return r;
    };
    expect(row(da ? 'Forventede kommuner' : 'Municipalities expected')[H.now]).toBe(98);
    expect(row(da ? 'Har indsendt' : 'Have submitted')[H.now]).toBe(now.length);
    expect(row(da ? 'Har indsendt' : 'Have submitted')[H.before]).toBe(before.length);
    expect(row(da ? 'Mangler' : 'Missing')[H.now]).toBe(98 - now.length);
    const prep = row(da ? 'Parathed, forberedelse (gns.)' : 'Readiness, preparation (mean)');
    expect(prep[H.now]).toBeCloseTo(mean(now.map((p) => readiness(p, 'F'))), 10);
    expect(prep[H.before]).toBeCloseTo(mean(before.map((p) => readiness(p, 'F'))), 10);
    const late = (ps: Plan[], day: string): number =>
      ps.reduce((s, p) => s + p.activities.filter(lateOn(day)).length, 0);
    const lateRow = row(da ? 'Forsinkede aktiviteter' : 'Late activities');
    expect(lateRow[H.now]).toBe(late(now, TODAY));
    expect(lateRow[H.before]).toBe(late(before, PREVIOUS_LATE_DAY));
    expect(lateRow[H.change]).toBe(late(now, TODAY) - late(before, PREVIOUS_LATE_DAY));
    expect(
      row(da ? 'Kommuner med forsinkede aktiviteter' : 'Municipalities with late activities')[H.now],
    ).toBe(now.filter((p) => p.activities.some(lateOn(TODAY))).length);
    const members = (ps: Plan[]): number => ps.reduce((s, p) => s + p.corps.length, 0);
    const corps = row(da ? 'Korpsets medlemmer' : 'Members of the corps');
    expect(corps[H.now]).toBe(members(now));
    expect(corps[H.change]).toBe(members(now) - members(before));
    const cases = (ps: Plan[]): number[] => ps.map((p) => p.corps.reduce((s, m) => s + m.activeCases, 0));
    const active = row(da ? 'Aktive forløb' : 'Active cases');
    const nowCases = range(cases(now), true);
    const beforeCases = range(cases(before), true);
    expect(active[H.now]).toEqual(shown(nowCases, lang));
    expect(active[H.before]).toEqual(shown(beforeCases, lang));
    expect(active[H.change]).toEqual(change(nowCases, beforeCases, lang));
  });

  test('every catalogue indicator total, before and the change, suppressed across both periods', () => {
    let intervals = 0;
    for (const ind of INDICATORS) {
      const values = (ps: StoredPlan[]): number[] =>
        ps.flatMap((p) => {
          const v = p.plan.indicators.find((i) => i.code === ind.code)?.result;
          return v === undefined ? [] : [Math.round(v)];
        });
      const now = range(values(plans), ind.personal);
      const before = range(values(previous), ind.personal);
      const row = indicators.get(ind.label[lang]);
      expect(row?.[H.now]).toEqual(shown(now, lang));
      expect(row?.[H.before]).toEqual(shown(before, lang));
      expect(row?.[H.change]).toEqual(change(now, before, lang));
      if (typeof row?.[H.change] === 'string') intervals += 1;
    }
    // The fixture has hidden figures, so the interval path is exercised.
    expect(intervals).toBeGreaterThan(0);
  });
});
