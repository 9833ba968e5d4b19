// Property-based fuzzing of the path after the grid: inspectGrid (structure → validate → plan) on
// grids that are valid but strange. Reproduce a failure with FUZZ_SEED=<seed> (printed by fast-check)
// and raise the runs with FUZZ_RUNS=500.

import fc from 'fast-check';
import { inspectGrid, type InspectResult } from '../../../core/inspect';
import { RefusalError } from '../../../core/codes';
import { inspectionSchema, issueSchema } from '../../../core/schema';
import { containsCpr } from '../../../core/validate/cpr';
import * as spec from '../../../core/spec';
import { ACTIVITIES_SHEET, FRONT_SHEET } from '../../../core/spec';
import type { Grid, GridCell, GridSheet } from '../../../core/grid';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED === undefined ? 20261204 : Number(process.env.FUZZ_SEED);
const TODAY = '2026-06-01';

/** A synthetic CPR number (valid date, modulus 11), never a real person's. */
const CPR = '0101901234';

const LABELS = [...ACTIVITIES_SHEET.columns, ...FRONT_SHEET.fields].flatMap((c) => [c.label.da, c.label.en]);
const COVER = ['Kommune:', 'Periode', 'Koordinator:', 'Kommune', 'Period:', 'Forvaltning'];

const labelArb = fc
  .tuple(fc.constantFrom(...LABELS, ...COVER), fc.constantFrom('', ' ', ':', '  ', '*', '\n', '.'), fc.nat(2))
  .map(([l, p, k]) => (k === 0 ? l.toUpperCase() : k === 1 ? ` ${l.toLowerCase()}` : l) + p);

const textArb = fc.oneof(
  labelArb,
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '🚀 Aktivitet',
    '\u200fنص\u200f',
    'linje 1\nlinje 2',
    '=SUM(A1)',
    '+45 1234',
    '-x',
    '@navn',
    'x'.repeat(5000),
  ),
  fc.constantFrom('Ikke startet', 'I gang', 'Gennemført', 'Done', 'uge 12 2026', '15.03.2026', 'Q3 2026'),
  fc.stringMatching(/^[0-9 .\-/]{1,14}$/),
);

const numArb = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 0.5, 1, 59, 60, 61, 2958465, 2958466, 1e308, -1e308, 46000, 46023.75),
);
const fmtArb = fc.option(
  fc.constantFrom('dd-mm-yyyy', 'yyyy-mm-dd', '0.0', 'd. mmmm yyyy', '[$-406]mmm yy', '@'),
  {
    nil: undefined,
  },
);

const cellValueArb: fc.Arbitrary<Omit<GridCell, 'r' | 'c'>> = fc.oneof(
  textArb.map((v) => ({ v, t: 's' as const })),
  fc
    .tuple(numArb, fmtArb)
    .map(([v, fmt]) => (fmt === undefined ? { v, t: 'n' as const } : { v, t: 'n' as const, fmt })),
  fc.boolean().map((v) => ({ v, t: 'b' as const })),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!').map((v) => ({ v, t: 'e' as const, formula: true as const })),
);

const sheetArb = (withCpr: boolean): fc.Arbitrary<GridSheet> =>
  fc
    .record({
      name: fc.oneof(
        fc.constantFrom('Aktiviteter', 'Forside', 'Ark1', 'Plan 2026', "O'Brien"),
        fc.string({ minLength: 1, maxLength: 31 }),
      ),
      state: fc.constantFrom(
        'visible' as const,
        'visible' as const,
        'hidden' as const,
        'veryHidden' as const,
      ),
      raw: fc.array(fc.tuple(fc.nat(40), fc.nat(12), cellValueArb, fc.boolean()), { maxLength: 80 }),
      merges: fc.array(fc.tuple(fc.nat(40), fc.nat(12), fc.nat(50), fc.nat(20)), { maxLength: 4 }),
      comments: fc.array(fc.tuple(fc.nat(40), fc.nat(12), fc.string({ maxLength: 20 })), { maxLength: 2 }),
      fills: fc.array(fc.tuple(fc.nat(40), fc.nat(12)), { maxLength: 5 }),
      cprAt: fc.nat(3),
    })
    .map(({ name, state, raw, merges, comments, fills, cprAt }) => {
      const byPlace = new Map<string, GridCell>();
      for (const [r, c, v, bold] of raw)
        byPlace.set(`${r},${c}`, { r, c, ...v, ...(bold ? { bold: true as const } : {}) });
      const cmts = comments.map(([r, c, text]) => ({ r, c, text }));
      if (withCpr && cprAt === 0)
        byPlace.set('3,1', { r: 3, c: 1, v: `Borger ${CPR.slice(0, 6)}-${CPR.slice(6)}`, t: 's' });
      if (withCpr && cprAt === 1) byPlace.set('5,2', { r: 5, c: 2, v: Number(CPR), t: 'n' });
      if (withCpr && cprAt === 2) cmts.push({ r: 0, c: 0, text: `cpr ${CPR}` });
      const cells = [...byPlace.values()].sort((a, b) => a.r - b.r || a.c - b.c);
      const taken = new Set(byPlace.keys());
      const fillList = [...new Set(fills.map(([r, c]) => `${r},${c}`))]
        .filter((k) => !taken.has(k))
        .map((k) => k.split(',').map(Number) as [number, number])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([r, c]) => ({ r, c, fill: 'FFC000' }));
      const sheet: GridSheet = {
        name: withCpr && cprAt === 3 ? `Ark ${CPR}` : name,
        state,
        cells,
        merges: merges.map(([r, c, h, w]) => ({ s: { r, c }, e: { r: r + h, c: c + w } })),
        comments: cmts,
        tables: [],
        drawings: [],
        ...(fillList.length > 0 ? { fills: fillList } : {}),
      };
      return sheet;
    });

/** withCpr: a synthetic CPR in a cell, a comment, a sheet name, a defined name or a property. */
const gridArb = (withCpr: boolean): fc.Arbitrary<Grid> =>
  fc
    .tuple(fc.nat(2), fc.boolean(), fc.array(sheetArb(false), { maxLength: 3 }), fc.boolean())
    .chain(([where, otherCpr, rest, date1904]) =>
      sheetArb(withCpr && where === 0).map((first) => {
        const names = new Set<string>();
        const sheets = [first, ...rest].filter(
          (s) => !names.has(s.name.toLowerCase()) && names.add(s.name.toLowerCase()),
        );
        const cprText = otherCpr ? `${CPR.slice(0, 6)}-${CPR.slice(6)}` : CPR;
        const definedNames =
          withCpr && where === 1
            ? [{ name: 'Borger', value: `"${cprText}"` }]
            : [{ name: 'Print_Area', value: 'A1:B2' }];
        const properties = withCpr && where === 2 ? [{ name: 'Note', value: `Borger ${cprText}` }] : [];
        return { sheets, definedNames, properties, date1904 };
      }),
    );

/** The slowest case seen (ms), reported as a finding above 2 s (not asserted: the machine is shared). */
let slowest = 0;
afterAll(() => {
  if (slowest > 2000) console.warn(`fuzz: slowest inspectGrid case took ${slowest} ms`);
});

function run(grid: Grid): InspectResult | RefusalError {
  const started = Date.now();
  try {
    return inspectGrid(grid, { today: TODAY });
  } catch (e) {
    if (e instanceof RefusalError) return e;
    throw e;
  } finally {
    slowest = Math.max(slowest, Date.now() - started);
  }
}

/** The result without what the grid itself holds (the structure keeps the grid). */
function outward(result: InspectResult): unknown {
  const { plan, issues, unmapped, checks, unapplied } = result;
  return { plan, issues, unmapped, checks, unapplied };
}

const TEMPLATE_SHEETS = Object.values(spec).flatMap((v: unknown) => {
  if (typeof v !== 'object' || v === null) return [];
  const label = 'sheet' in v ? v.sheet : v;
  if (typeof label !== 'object' || label === null || !('da' in label) || !('en' in label)) return [];
  const { da, en } = label;
  return typeof da === 'string' && typeof en === 'string' ? [da, en] : [];
});

const params = { numRuns: RUNS, seed: SEED };

test('inspectGrid throws nothing but RefusalError and returns a well-formed inspection', () => {
  fc.assert(
    fc.property(gridArb(false), (grid) => {
      const result = run(grid);
      if (result instanceof RefusalError) return;
      const parsed = inspectionSchema.safeParse(outward(result));
      expect(parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe('');
      // An issue names a sheet of the grid, or the template's sheet where a missing thing belongs.
      const sheetNames = new Set([...grid.sheets.map((s) => s.name), ...TEMPLATE_SHEETS]);
      for (const i of result.issues) {
        expect(issueSchema.safeParse(i).success).toBe(true);
        expect(i.message.da.trim()).not.toBe('');
        expect(i.message.en.trim()).not.toBe('');
        if (i.sheet !== '') expect(sheetNames.has(i.sheet)).toBe(true);
        if (i.cell !== '')
          expect(i.cell).toMatch(/^\$?[A-Z]{1,3}\$?[1-9][0-9]*(:\$?[A-Z]{1,3}\$?[1-9][0-9]*)?$/);
      }
    }),
    params,
  );
}, 120_000);

test('a CPR number anywhere gives a cpr_number issue and never leaves in the result', () => {
  fc.assert(
    fc.property(gridArb(true), (grid) => {
      const result = run(grid);
      if (result instanceof RefusalError) {
        expect(containsCpr(JSON.stringify(result.toJSON()))).toBe(false);
        return;
      }
      expect(result.issues.some((i) => i.code === 'cpr_number')).toBe(true);
      expect(containsCpr(JSON.stringify(outward(result)))).toBe(false);
    }),
    params,
  );
}, 120_000);

test('deterministic: the same grid twice, and its JSON copy, give identical results', () => {
  fc.assert(
    fc.property(gridArb(false), (grid) => {
      const a = run(grid);
      const b = run(grid);
      const c = run(JSON.parse(JSON.stringify(grid)) as Grid);
      const show = (x: InspectResult | RefusalError): string =>
        JSON.stringify(x instanceof RefusalError ? x.toJSON() : outward(x));
      expect(show(b)).toBe(show(a));
      expect(show(c)).toBe(show(a));
    }),
    { ...params, numRuns: Math.max(10, Math.floor(RUNS / 2)) },
  );
}, 120_000);

test('texts that look like formulas stay the same text in the plan', () => {
  const texts = ['=HYPERLINK("http://x")', '+45 møde', '-nedlagt', '@alle'];
  const rows = [
    ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status'],
    ...texts.map((t) => ['15.03.2026', 'Ledelse', t, 'Leder', 'I gang']),
  ];
  const cells: GridCell[] = rows.flatMap((row, r) => row.map((v, c) => ({ r, c, v, t: 's' as const })));
  const grid: Grid = {
    sheets: [
      { name: 'Aktiviteter', state: 'visible', cells, merges: [], comments: [], tables: [], drawings: [] },
    ],
    definedNames: [],
    properties: [],
    date1904: false,
  };
  const result = run(grid);
  if (result instanceof RefusalError) throw result;
  // The plan is refused here (no cover), so look at the structured activities and the messages.
  const drafted = JSON.stringify(result.structure.draft.activities);
  for (const t of texts) {
    expect(drafted).toContain(JSON.stringify(t).slice(1, -1));
    expect(result.issues.some((i) => i.message.en.includes(`'${t}'`))).toBe(true);
  }
});
