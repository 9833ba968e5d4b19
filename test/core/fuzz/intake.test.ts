// The whole intake after the grid (structure, validation, the plan, the issues) on grids that are
// valid but strange: words of plans and covers mixed with any text, numbers, dates, booleans and
// formats, on sheets named as the plan's or not, hidden or not. Whatever the grid, inspectGrid
// answers (or refuses with a RefusalError), every issue is well-formed, the answer is the same for the
// grid and its JSON, and a CPR number anywhere in it gives a cpr_number issue, no plan, and is in
// nothing that may be shown. Seeded: FUZZ_SEED=n FUZZ_RUNS=n npx jest test/core/fuzz to search further.

import fc from 'fast-check';
import { RefusalError } from '../../../core/codes';
import { inspectGrid, type InspectResult } from '../../../core/inspect';
import { issueSchema } from '../../../core/schema';
import { containsCpr } from '../../../core/validate/cpr';
import { gridOf, type In, type SheetInput } from '../structure/grid-builder';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

const WORDS = [
  'Tema',
  'Aktivitet',
  'Ansvarlig',
  'Frist',
  'Deadline',
  'Status',
  'Start',
  'Kommune',
  'Periode',
  'Fase',
  'Koordinator',
  'Leder',
  'Ledelse',
  'I gang',
  'Gennemført',
  'Ja',
  'Nej',
  'Delvist',
  'Ja (nej)',
  'Initialer',
  'Rolle',
  'Timer pr. uge',
  'Indikator',
  'Mål',
  'Resultat',
  'Aarhus',
  '2027-H1',
  '1. halvår 2027',
  'x',
  '✔',
  '🟢',
  'uge 12',
  'Q3',
  'ult. april',
  '3 (+1)',
  '12 af 20',
  'Fase: Klargøring',
  'A · B | C',
  '=SUM(A1)',
  '',
  ' ',
  '\n',
  'Huskeliste',
  'Spørgsmål',
  'Svar',
  'Korps',
  'mentor',
  'Mål:',
  'I alt',
  'Completed At',
];

const cell: fc.Arbitrary<In> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.record({
    v: fc.integer({ min: -10, max: 3_000_000 }),
    fmt: fc.constantFrom('dd-mm-yyyy', '0%', '#,##0', 'yyyy-mm-dd', '@', 'General'),
  }),
);

const sheets = fc.uniqueArray(
  fc.record({
    name: fc.constantFrom('Plan', 'Forside', 'Korps', 'Huskeliste', 'Indikatorer', 'Ark1', 'Data'),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
    hidden: fc.boolean(),
  }),
  { selector: (s) => s.name, minLength: 1, maxLength: 4 },
);

const inputs = (list: readonly { name: string; rows: In[][]; hidden: boolean }[]): SheetInput[] =>
  list.map((s) => ({ name: s.name, rows: s.rows, ...(s.hidden ? { state: 'hidden' as const } : {}) }));

function inspect(grid: ReturnType<typeof gridOf>): InspectResult | 'refused' {
  try {
    return inspectGrid(grid, { today: '2026-11-23' });
  } catch (err) {
    if (err instanceof RefusalError) return 'refused';
    throw err;
  }
}

/** What inspect returns beside the grid, as one text. */
const returned = (r: InspectResult): string =>
  JSON.stringify({
    plan: r.plan,
    draft: r.structure.draft,
    issues: r.issues,
    unmapped: r.unmapped,
    checks: r.checks,
  });

/**
 * What may be shown of a workbook that holds a CPR number: the plan, the issues, the values not
 * carried and the checks; not the draft, which every door withholds then (cli/commands/inspectWork.ts
 * inspectOutput, the service, the pane).
 */
const shown = (r: InspectResult): string =>
  JSON.stringify({ plan: r.plan, issues: r.issues, unmapped: r.unmapped, checks: r.checks });

test('any grid is answered, with well-formed issues, the same for the grid and its JSON', () => {
  fc.assert(
    fc.property(sheets, (list) => {
      const grid = gridOf(...inputs(list));
      const r = inspect(grid);
      if (r === 'refused') return;
      for (const issue of r.issues) {
        issueSchema.parse(issue);
        expect(issue.message.da.trim()).not.toBe('');
        expect(issue.message.en.trim()).not.toBe('');
      }
      const again = inspect(JSON.parse(JSON.stringify(grid)) as typeof grid);
      expect(again === 'refused' ? again : returned(again)).toBe(returned(r));
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test('a CPR number anywhere in a grid gives a cpr_number issue, no plan, and is in nothing that may be shown', () => {
  const cpr = fc.constantFrom('010190-1234', '0101901234', '01.01.90-1234', 'født 311299 4321', '101901234');
  fc.assert(
    fc.property(sheets, cpr, fc.nat(), fc.nat(), (list, number, at, col) => {
      const input = inputs(list);
      const target = input[at % input.length] as SheetInput;
      const rows = target.rows.map((row) => [...row]);
      const r0 = rows.length === 0 ? 0 : at % rows.length;
      while (rows.length <= r0) rows.push([]);
      const row = rows[r0] as In[];
      row[col % 9] = number;
      const grid = gridOf(...input.map((s) => (s === target ? { ...s, rows } : s)));
      const r = inspect(grid);
      if (r === 'refused') return;
      expect(r.issues.some((i) => i.code === 'cpr_number')).toBe(true);
      expect(r.plan).toBeNull();
      expect(containsCpr(shown(r))).toBe(false);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});
