// Suppression across the sheets of one workbook: a hidden count stays hidden wherever a figure is
// built on it (ratios, bands, warnings, totals, distributions and chart points).

import { buildSummary } from '../../workbook/summary';
import { generateCorps } from '../fixtures/plans';
import { KOMMUNER } from '../../core/kommuner';
import type { StoredPlan } from '../../core/receipt';
import { readSummary, tableRows, type ReadSummary } from './read';

let summary: ReadSummary;
let small: string;

function setCode(stored: StoredPlan, code: string, result: number): void {
  stored.plan.indicators = stored.plan.indicators.filter((i) => i.code !== code);
  stored.plan.indicators.push({ code, name: 'Forløb startet', unit: 'count', result, cases: result });
}

beforeAll(async () => {
  const plans = generateCorps({ seed: 8, municipalities: 3 });
  const [a, b, c] = plans;
  if (!a || !b || !c) throw new Error('fixture');
  // A: 3 active cases on 2 hours a week. Unsuppressed, that is 68 per full-time post: "20+" and a
  // caseload warning, both of which would tell a reader more than "<5".
  a.plan.corps = [
    { initials: 'AB', role: 'mentor', hoursPerWeek: 1, activeCases: 3 },
    { initials: 'CD', role: 'mentor', hoursPerWeek: 1, activeCases: 0 },
  ];
  b.plan.corps = [{ initials: 'EF', role: 'mentor', hoursPerWeek: 37, activeCases: 14 }];
  c.plan.corps = [{ initials: 'GH', role: 'both', hoursPerWeek: 18.5, activeCases: 9 }];
  setCode(a, 'cases_started', 3);
  setCode(b, 'cases_started', 10);
  setCode(c, 'cases_started', 20);
  small = KOMMUNER.find((k) => k.code === a.plan.municipality.code)?.name ?? '';
  const bytes = await buildSummary({
    period: '2026-H2',
    plans,
    generatedAt: new Date('2026-11-12T10:00:00Z'),
    lang: 'da',
  });
  summary = await readSummary(bytes);
});

test('the corps sheet hides the count and the ratio built on it', () => {
  const row = tableRows(summary, 'Korps_Kommuner').find((r) => r['Kommune'] === small);
  expect(row?.['Aktive forløb']).toBe('<5');
  expect(row?.['Deltagere pr. årsværk']).toBe('<5');
  expect(row?.['Interval (deltagere pr. årsværk)']).toBe('<5');
  // Hours and full-time posts are not about citizens and stay visible.
  expect(row?.['Timer pr. uge']).toBe(2);
});

test('the overview shows no band and no caseload warning for it', () => {
  const row = tableRows(summary, 'Overblik').find((r) => r['Kommune'] === small);
  expect(row?.['Deltagere pr. årsværk']).toBe('<5');
  expect(String(row?.['Advarsler'] ?? '')).not.toContain('over 20');
});

test('totals over it are intervals, on the corps sheet and for indicators', () => {
  const totals = tableRows(summary, 'Korps_I_alt');
  expect(totals.find((r) => r['Nøgletal'] === 'Aktive forløb i alt')?.['Korpset']).toBe('24–27');
  const perFte = totals.find((r) => r['Nøgletal'] === 'Deltagere pr. årsværk (korpset)')?.['Korpset'];
  expect(typeof perFte).toBe('string');
  const started = tableRows(summary, 'Indikatorer_Korps').find((r) => r['Kode'] === 'cases_started');
  expect(started?.['Korpset i alt']).toBe('31–34');
  expect(started?.['Heraf <5']).toBe(1);
  const matrix = tableRows(summary, 'Indikatorer_Kommuner').find((r) => r['Kommune'] === small);
  expect(matrix?.['Forløb startet i perioden']).toBe('<5');
});

test('distributions and charts leave it out of every band and plot only shown values', () => {
  const bands = tableRows(summary, 'Diagram_Deltagere');
  const count = (label: string): unknown =>
    bands.find((r) => r['Deltagere pr. årsværk'] === label)?.['Kommuner'];
  expect(count('20+')).toBe(0);
  expect(count('Skjult (<5 forløb)')).toBe(1);
  const indicators = tableRows(summary, 'Diagram_Indikatorer');
  const row = indicators.find((r) => String(r['Indikator']).startsWith('Forløb startet i perioden'));
  expect(row?.['Indikator']).toBe('Forløb startet i perioden (+1 × <5)');
  expect(row?.['Sum af viste tal']).toBe(30);
  const chart = Object.keys(summary.files)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .map((p) => summary.xml(p))
    .find((x) => x.includes('Indikatorer i alt'));
  expect(chart).toBeDefined();
  const values = /<c:val>(.*?)<\/c:val>/.exec(chart ?? '')?.[1] ?? '';
  const index = indicators.indexOf(row!);
  // The plotted point is the sum of the shown values (30), never the true total (33).
  expect(new RegExp(`<c:pt idx="${index}"><c:v>30</c:v></c:pt>`).test(values)).toBe(true);
});
