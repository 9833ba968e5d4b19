// Every figure on Overblik, Tjeklister, Indikatorer and Korps, recomputed here from the canonical
// plans, independently of core/summary, and compared with the .xlsx read back.

import { buildSummary } from '../../workbook/summary';
import { generateCorps, generatePrevious } from '../fixtures/plans';
import { KOMMUNER } from '../../core/kommuner';
import { CHECKLIST, INDICATORS, PHASES, STATUSES, type Lang } from '../../core/spec';
import type { StoredPlan } from '../../core/receipt';
import type { Roster } from '../../core/roster';
import { readSummary, tableRows, type ReadSummary, type Rec } from './read';

const TODAY = '2026-11-12';
const MARKER = '<5';

interface Scenario {
  readonly lang: Lang;
  readonly plans: StoredPlan[];
  readonly roster?: Roster;
  readonly summary: ReadSummary;
}

async function scenario(seed: number, lang: Lang, count: number, roster?: Roster): Promise<Scenario> {
  const plans = generateCorps({ seed, municipalities: count });
  const bytes = await buildSummary({
    period: '2026-H2',
    plans,
    previous: generatePrevious(plans, seed),
    ...(roster ? { roster } : {}),
    generatedAt: new Date(`${TODAY}T10:00:00Z`),
    lang,
  });
  return { lang, plans, ...(roster ? { roster } : {}), summary: await readSummary(bytes) };
}

// --- The expected figures, written out plainly -------------------------------------------------------

const late = (a: StoredPlan['plan']['activities'][number]): boolean =>
  a.deadline !== undefined &&
  a.deadline < TODAY &&
  (a.status === 'not_started' || a.status === 'in_progress');

function readiness(plan: StoredPlan['plan'], prefix: 'F' | 'L'): number {
  const answers = plan.checklist.filter((c) => c.id.startsWith(prefix));
  const points = answers.reduce((s, c) => s + (c.answer === 'yes' ? 1 : c.answer === 'partly' ? 0.5 : 0), 0);
  return points / answers.length;
}

const sumCases = (plan: StoredPlan['plan']): number => plan.corps.reduce((s, m) => s + m.activeCases, 0);
const fte = (plan: StoredPlan['plan']): number => plan.corps.reduce((s, m) => s + m.hoursPerWeek, 0) / 37;

function band(plan: StoredPlan['plan']): string | null {
  const cases = sumCases(plan);
  const f = fte(plan);
  if (f === 0) return null;
  if (cases > 0 && cases < 5) return MARKER;
  const r = cases / f;
  return r < 10 ? 'Under 10' : r < 15 ? '10–14' : r < 20 ? '15–19' : '20+';
}

function label(
  list: readonly { id: string; label: { da: string; en: string } }[],
  id: string,
  lang: Lang,
): string {
  const v = list.find((x) => x.id === id);
  if (!v) throw new Error(`no ${id}`);
  return v.label[lang];
}

function byName(rows: Rec[], key: string): Map<string, Rec> {
  return new Map(rows.map((r) => [String(r[key]), r]));
}

function indicatorResult(plan: StoredPlan['plan'], code: string): number | undefined {
  return plan.indicators.find((i) => i.code === code)?.result;
}

const H = {
  da: {
    municipality: 'Kommune',
    phase: 'Fase',
    last: 'Sidst indsendt',
    prep: 'Parathed forberedelse',
    ongoing: 'Parathed løbende',
    unanswered: 'Ubesvarede spørgsmål',
    activities: 'Aktiviteter',
    late: 'Forsinkede',
    themes: 'Temaer dækket (af 8)',
    corps: 'Korps (antal)',
    fte: 'Årsværk',
    band: 'Deltagere pr. årsværk',
    missing: 'mangler',
  },
  en: {
    municipality: 'Municipality',
    phase: 'Phase',
    last: 'Last submitted',
    prep: 'Readiness preparation',
    ongoing: 'Readiness ongoing',
    unanswered: 'Unanswered questions',
    activities: 'Activities',
    late: 'Late',
    themes: 'Themes covered (of 8)',
    corps: 'Corps (number)',
    fte: 'Full-time posts',
    band: 'Participants per full-time post',
    missing: 'missing',
  },
} as const;

// --- The checks -----------------------------------------------------------------------------------

function checkOverview(s: Scenario): void {
  const h = H[s.lang];
  const rows = tableRows(s.summary, 'Overblik');
  const expected = s.roster?.expected ?? KOMMUNER.map((k) => k.code);
  const names = KOMMUNER.filter((k) => expected.includes(k.code)).map((k) => k.name);
  expect(rows.map((r) => r[h.municipality]).sort()).toEqual([...names].sort());
  const plans = new Map(
    s.plans.map((p) => [KOMMUNER.find((k) => k.code === p.plan.municipality.code)?.name, p.plan]),
  );
  for (const row of rows) {
    const plan = plans.get(String(row[h.municipality]));
    if (!plan) {
      expect(row[h.last]).toBe(h.missing);
      expect(row[h.phase]).toBeNull();
      continue;
    }
    expect(row[h.phase]).toBe(label(PHASES, plan.phase, s.lang));
    expect(row[h.prep]).toBeCloseTo(readiness(plan, 'F'), 10);
    expect(row[h.ongoing]).toBeCloseTo(readiness(plan, 'L'), 10);
    expect(row[h.unanswered]).toBe(plan.checklist.filter((c) => c.answer === null).length);
    expect(row[h.activities]).toBe(plan.activities.length);
    for (const st of STATUSES) {
      expect(row[st.label[s.lang]]).toBe(plan.activities.filter((a) => a.status === st.id).length);
    }
    expect(row[h.late]).toBe(plan.activities.filter(late).length);
    expect(row[h.themes]).toBe(new Set(plan.activities.map((a) => a.theme)).size);
    expect(row[h.corps]).toBe(plan.corps.length);
    expect(row[h.fte]).toBeCloseTo(fte(plan), 10);
    expect(row[h.band]).toBe(band(plan));
  }
}

function checkChecklists(s: Scenario): void {
  const rows = tableRows(s.summary, 'Tjeklister');
  const plans = s.plans.map((p) => p.plan);
  const answerLabel = (a: string | null): string =>
    a === null
      ? '–'
      : a === 'yes'
        ? s.lang === 'da'
          ? 'Ja'
          : 'Yes'
        : a === 'partly'
          ? s.lang === 'da'
            ? 'Delvist'
            : 'Partly'
          : s.lang === 'da'
            ? 'Nej'
            : 'No';
  const shareCols =
    s.lang === 'da'
      ? ['Andel Ja', 'Andel Delvist', 'Andel Nej', 'Andel ubesvaret']
      : ['Share Yes', 'Share Partly', 'Share No', 'Share unanswered'];
  expect(rows).toHaveLength(CHECKLIST.length);
  for (const row of rows) {
    const id = String(row[s.lang === 'da' ? 'Nr.' : 'No.']);
    const answers = plans.map((p) => p.checklist.find((c) => c.id === id)?.answer ?? null);
    const share = (a: string | null): number => answers.filter((x) => x === a).length / plans.length;
    expect(row[shareCols[0]!]).toBeCloseTo(share('yes'), 10);
    expect(row[shareCols[1]!]).toBeCloseTo(share('partly'), 10);
    expect(row[shareCols[2]!]).toBeCloseTo(share('no'), 10);
    expect(row[shareCols[3]!]).toBeCloseTo(share(null), 10);
    for (const p of plans) {
      const name = KOMMUNER.find((k) => k.code === p.municipality.code)?.name ?? '';
      expect(row[name]).toBe(answerLabel(p.checklist.find((c) => c.id === id)?.answer ?? null));
    }
  }
}

function shownValue(v: number | undefined, personal: boolean): string | number | null {
  if (v === undefined) return null;
  return personal && v > 0 && v < 5 ? MARKER : v;
}

function checkIndicators(s: Scenario): void {
  const plans = s.plans.map((p) => p.plan);
  const matrix = byName(tableRows(s.summary, 'Indikatorer_Kommuner'), H[s.lang].municipality);
  for (const p of plans) {
    const name = KOMMUNER.find((k) => k.code === p.municipality.code)?.name ?? '';
    const row = matrix.get(name);
    expect(row).toBeDefined();
    for (const ind of INDICATORS) {
      expect(row?.[ind.label[s.lang]]).toEqual(shownValue(indicatorResult(p, ind.code), ind.personal));
    }
  }
  const corps = byName(tableRows(s.summary, 'Indikatorer_Korps'), s.lang === 'da' ? 'Kode' : 'Code');
  for (const ind of INDICATORS) {
    const row = corps.get(ind.code);
    const values = plans.map((p) => indicatorResult(p, ind.code)).filter((v): v is number => v !== undefined);
    const hidden = ind.personal ? values.filter((v) => v > 0 && v < 5) : [];
    const shown = values.filter((v) => !hidden.includes(v));
    const shownSum = shown.reduce((a, b) => a + b, 0);
    expect(row?.[s.lang === 'da' ? 'Kommuner med tal' : 'Municipalities reporting']).toBe(values.length);
    expect(row?.[s.lang === 'da' ? 'Heraf <5' : 'Of which <5']).toBe(hidden.length);
    const total = row?.[s.lang === 'da' ? 'Korpset i alt' : 'Corps total'];
    if (values.length === 0) expect(total).toBeNull();
    else if (hidden.length === 0) expect(total).toBe(shownSum);
    else {
      // The interval that follows from what is shown; never the exact total.
      const fmt = (n: number): string => n.toLocaleString(s.lang === 'da' ? 'da-DK' : 'en-GB');
      expect(total).toBe(`${fmt(shownSum + hidden.length)}–${fmt(shownSum + 4 * hidden.length)}`);
    }
    const bins: [string, (v: number) => boolean][] = [
      ['0', (v) => v === 0],
      ['1–4', (v) => v > 0 && v < 5],
      ['5–9', (v) => v >= 5 && v < 10],
      ['10–24', (v) => v >= 10 && v < 25],
      ['25–49', (v) => v >= 25 && v < 50],
      ['50+', (v) => v >= 50],
    ];
    for (const [bin, test] of bins) {
      const header = s.lang === 'da' ? `Kommuner med ${bin}` : `Municipalities with ${bin}`;
      expect(row?.[header]).toBe(values.filter(test).length);
    }
  }
}

function checkCorps(s: Scenario): void {
  const da = s.lang === 'da';
  const rows = byName(tableRows(s.summary, 'Korps_Kommuner'), H[s.lang].municipality);
  const plans = s.plans.map((p) => p.plan);
  expect(rows.size).toBe(plans.length);
  let hiddenCount = 0;
  let shownCases = 0;
  for (const p of plans) {
    const row = rows.get(KOMMUNER.find((k) => k.code === p.municipality.code)?.name ?? '');
    const cases = sumCases(p);
    const hidden = cases > 0 && cases < 5;
    if (hidden) hiddenCount += 1;
    else shownCases += cases;
    expect(row?.[da ? 'Medlemmer' : 'Members']).toBe(p.corps.length);
    expect(row?.['Mentor']).toBe(p.corps.filter((m) => m.role === 'mentor').length);
    expect(row?.[da ? 'Forældrecoach' : 'Parent coach']).toBe(
      p.corps.filter((m) => m.role === 'parent_coach').length,
    );
    expect(row?.[da ? 'Mentor og forældrecoach' : 'Mentor and parent coach']).toBe(
      p.corps.filter((m) => m.role === 'both').length,
    );
    expect(row?.[da ? 'Timer pr. uge' : 'Hours per week']).toBeCloseTo(
      p.corps.reduce((x, m) => x + m.hoursPerWeek, 0),
      10,
    );
    expect(row?.[da ? 'Årsværk (timer/37)' : 'Full-time posts (hours/37)']).toBeCloseTo(fte(p), 10);
    expect(row?.[da ? 'Aktive forløb' : 'Active cases']).toEqual(hidden ? MARKER : cases);
    const perFte = row?.[da ? 'Deltagere pr. årsværk' : 'Participants per full-time post'];
    if (fte(p) === 0) expect(perFte).toBeNull();
    else if (hidden) expect(perFte).toBe(MARKER);
    else expect(perFte).toBeCloseTo(cases / fte(p), 10);
    expect(row?.[da ? 'Interval (deltagere pr. årsværk)' : 'Band (participants per full-time post)']).toBe(
      band(p),
    );
  }
  const totals = byName(tableRows(s.summary, 'Korps_I_alt'), da ? 'Nøgletal' : 'Key figure');
  const value = (key: string): unknown => totals.get(key)?.[da ? 'Korpset' : 'The corps'];
  expect(value(da ? 'Medlemmer i alt' : 'Members in all')).toBe(
    plans.reduce((x, p) => x + p.corps.length, 0),
  );
  expect(value(da ? 'Årsværk i alt' : 'Full-time posts in all')).toBeCloseTo(
    plans.reduce((x, p) => x + fte(p), 0),
    10,
  );
  const fmt = (n: number): string => n.toLocaleString(da ? 'da-DK' : 'en-GB');
  expect(value(da ? 'Aktive forløb i alt' : 'Active cases in all')).toEqual(
    hiddenCount === 0 ? shownCases : `${fmt(shownCases + hiddenCount)}–${fmt(shownCases + 4 * hiddenCount)}`,
  );
  const dist = tableRows(s.summary, 'Korps_Fordeling');
  const bandGroup = da ? 'Deltagere pr. årsværk' : 'Participants per full-time post';
  for (const b of ['Under 10', '10–14', '15–19', '20+']) {
    const row = dist.find(
      (r) => r[da ? 'Fordeling' : 'Distribution'] === bandGroup && r[da ? 'Værdi' : 'Value'] === b,
    );
    expect(row?.[da ? 'Kommuner' : 'Municipalities']).toBe(plans.filter((p) => band(p) === b).length);
  }
}

describe('the corps summary workbook: figures recomputed from the plans', () => {
  test('Danish, no roster: all 98 municipalities expected, the rest shown as "mangler"', async () => {
    const s = await scenario(11, 'da', 40);
    // The fixture has hidden figures, so the suppression paths are exercised.
    expect(s.plans.some((p) => sumCases(p.plan) > 0 && sumCases(p.plan) < 5)).toBe(true);
    checkOverview(s);
    checkChecklists(s);
    checkIndicators(s);
    checkCorps(s);
  });

  test('English, with a roster: only the roster is expected', async () => {
    const plans = generateCorps({ seed: 12, municipalities: 25 });
    const expected = [...plans.slice(0, 20).map((p) => p.plan.municipality.code), '101', '147', '751'];
    const roster: Roster = {
      version: 1,
      expected: [...new Set(expected)] as Roster['expected'],
      entries: [],
    };
    const s = await scenario(12, 'en', 25, roster);
    // Submitted but not expected municipalities are listed too, so compare against both.
    const rows = tableRows(s.summary, 'Overblik');
    const names = new Set(rows.map((r) => r['Municipality']));
    for (const p of s.plans)
      expect(names.has(KOMMUNER.find((k) => k.code === p.plan.municipality.code)?.name ?? '')).toBe(true);
    checkChecklists(s);
    checkIndicators(s);
    checkCorps(s);
    const notExpected = rows.filter((r) => String(r['Warnings'] ?? '').includes('not on the expected list'));
    const outside = s.plans.filter((p) => !roster.expected?.includes(p.plan.municipality.code));
    expect(outside.length).toBeGreaterThan(0);
    expect(notExpected).toHaveLength(outside.length);
    const missing = rows.filter((r) => r['Last submitted'] === 'missing').map((r) => r['Municipality']);
    const submittedCodes = new Set(s.plans.map((p) => p.plan.municipality.code));
    const expectedMissing = (roster.expected ?? []).filter((c) => !submittedCodes.has(c));
    expect(missing.sort()).toEqual(
      expectedMissing.map((c) => KOMMUNER.find((k) => k.code === c)?.name).sort(),
    );
  });
});
