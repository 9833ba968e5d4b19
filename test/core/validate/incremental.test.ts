// Incremental validation (core/validate/incremental.ts, core/inspect.ts Inspector): the pane
// corrects one value after another; each time the issues are exactly those of a full inspection,
// and only the rows the correction touched are validated anew.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_CORRECTIONS, type Corrections } from '../../../core/corrections';
import { parseA1, type Grid } from '../../../core/grid';
import { Inspector, inspectGrid, type InspectOptions } from '../../../core/inspect';
import { readWorkbook } from '../../../core/xlsx';
import { draftFromPlan } from '../../../core/plan';
import { writeStructured } from '../../../workbook/template';
import * as messy from '../../fixtures/messy';
import { generatePlan, makeRng } from '../../fixtures/plans';

const TODAY = '2026-10-01';
const MESSY = join(__dirname, '..', '..', 'fixtures', 'messy');

/** Workbooks not written by korpsplan: hand-built packages and LibreOffice conversions. */
async function workbooks(): Promise<[string, Grid][]> {
  return [
    ['seed headings under a title (hand-built)', readWorkbook(await messy.seedHeadingsUnderTitle())],
    ['free-text statuses and dates (hand-built)', readWorkbook(await messy.freeTextStatusesAndDates())],
    ['LibreOffice plan', readWorkbook(new Uint8Array(readFileSync(join(MESSY, 'libreoffice-plan.xlsx'))))],
  ];
}

/** The activity rows as the first inspection read them: sheet, the row's cells by field. */
function activityCells(grid: Grid): { sheet: string; cells: Partial<Record<string, string>> }[] {
  return inspectGrid(grid, { today: TODAY }).structure.draft.activities.map((r) => ({
    sheet: r.source.sheet,
    cells: r.cells,
  }));
}

function withValue(
  c: Corrections,
  sheet: string,
  cell: string,
  field: string,
  value: string | null,
): Corrections {
  return {
    ...c,
    values: [
      ...c.values.filter((v) => !(v.sheet === sheet && v.cell === cell)),
      { sheet, cell, field, value },
    ],
  };
}

test.each([0, 1, 2])(
  'one correction after another: the same issues as a full inspection (workbook %i)',
  async (n) => {
    const [, grid] = (await workbooks())[n]!;
    const rows = activityCells(grid);
    expect(rows.length).toBeGreaterThan(2);
    const inspector = new Inspector();
    let corrections: Corrections = NO_CORRECTIONS;
    const steps: ((c: Corrections) => Corrections)[] = [];
    rows.slice(0, 3).forEach((row, i) => {
      const status = row.cells.status ?? row.cells.deadline;
      if (status)
        steps.push((c) =>
          withValue(c, row.sheet, status, 'activities.status', i % 2 ? 'done' : 'in_progress'),
        );
      const milestone = row.cells.milestone;
      if (milestone) steps.push((c) => withValue(c, row.sheet, milestone, 'activities.milestone', null));
      const deadline = row.cells.deadline;
      if (deadline) steps.push((c) => withValue(c, row.sheet, deadline, 'activities.deadline', '2026-01-15'));
    });
    steps.push((c) => ({ ...c, cover: { ...c.cover, phase: 'initial' } }));
    expect(steps.length).toBeGreaterThan(3);

    const first = inspector.inspect(grid, { today: TODAY });
    expect(first).toEqual(inspectGrid(grid, { today: TODAY }));
    for (const step of steps) {
      corrections = step(corrections);
      const options: InspectOptions = { today: TODAY, corrections };
      expect(inspector.inspect(grid, options)).toEqual(inspectGrid(grid, options));
    }
    // Another day: lateness changes everywhere, so every row is validated again.
    expect(inspector.inspect(grid, { today: '2027-06-01', corrections })).toEqual(
      inspectGrid(grid, { today: '2027-06-01', corrections }),
    );
  },
);

test('a corrected value validates anew only the row it is in', async () => {
  const [, grid] = (await workbooks())[0]!;
  const rows = activityCells(grid);
  const inspector = new Inspector();
  inspector.inspect(grid, { today: TODAY });
  const nonBlank = inspector.rowsRevalidated;
  expect(nonBlank).toBeGreaterThan(2);
  const target = rows.find((r) => r.cells.milestone !== undefined)!;
  const corrected = withValue(
    NO_CORRECTIONS,
    target.sheet,
    target.cells.milestone!,
    'activities.milestone',
    'Aftale underskrevet',
  );
  const result = inspector.inspect(grid, { today: TODAY, corrections: corrected });
  expect(inspector.rowsRevalidated).toBe(1);
  expect(result).toEqual(inspectGrid(grid, { today: TODAY, corrections: corrected }));
  // Nothing new: at most the corrected row (a correction makes a new object of its row each time).
  inspector.inspect(grid, { today: TODAY });
  expect(inspector.rowsRevalidated).toBeLessThanOrEqual(1);
});

describe('a complete plan corrected in the pane', () => {
  // As JSON: a row read by the template's layout makes its cells when first asked for (core/draft.ts),
  // which the pane's earlier corrections did and a fresh inspection did not.
  const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

  async function plan(): Promise<Grid> {
    const written = generatePlan(makeRng(11), { code: '461', name: 'Odense' }, { activities: 12 });
    return readWorkbook(await writeStructured('da', { draft: draftFromPlan(written) }));
  }

  test('the plan after each correction is the plan a full inspection gives, with the corrected value', async () => {
    const grid = await plan();
    const inspector = new Inspector();
    const first = inspector.inspect(grid, { today: TODAY });
    expect(first.plan).not.toBeNull();
    const rows = activityCells(grid);
    let corrections: Corrections = NO_CORRECTIONS;
    for (const i of [2, 7, 2]) {
      const row = rows[i]!;
      const text = `Milepæl rettet i rækken ${i} (${corrections.values.length})`;
      corrections = withValue(corrections, row.sheet, row.cells.milestone!, 'activities.milestone', text);
      const options: InspectOptions = { today: TODAY, corrections };
      const got = inspector.inspect(grid, options);
      expect(json(got)).toEqual(json(inspectGrid(grid, options)));
      expect(got.plan?.activities[i]?.milestone).toBe(text);
    }
    // Taken back: the row reads as in the workbook again.
    const back = inspector.inspect(grid, { today: TODAY });
    expect(json(back)).toEqual(json(inspectGrid(grid, { today: TODAY })));
    expect(back.plan?.activities[2]?.milestone).toBe(first.plan?.activities[2]?.milestone);
  });

  test('a CPR number read in an activity stays reported after corrections elsewhere, and no plan is given', async () => {
    const grid = await plan();
    const rows = activityCells(grid);
    const target = rows[4]!;
    const at = target.cells.milestone!;
    const sheet = grid.sheets.find((s) => s.name === target.sheet)!;
    // The number typed into the cell after the workbook was read (the pane reads it again).
    const place = parseA1(at)!;
    const cells = sheet.cells.map((c) =>
      c.r === place.r && c.c === place.c ? { ...c, v: 'Aftale med borger 010190-1234 om forløb' } : c,
    );
    const withCpr: Grid = { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, cells } : s)) };
    const inspector = new Inspector();
    const cprAt = (r: ReturnType<Inspector['inspect']>) =>
      r.issues.filter((i) => i.code === 'cpr_number').map((i) => `${i.sheet}!${i.cell}`);
    const first = inspector.inspect(withCpr, { today: TODAY });
    expect(cprAt(first)).toContain(`${target.sheet}!${at}`);
    expect(first.plan).toBeNull();
    const other = rows[9]!;
    const options: InspectOptions = {
      today: TODAY,
      corrections: withValue(
        NO_CORRECTIONS,
        other.sheet,
        other.cells.milestone!,
        'activities.milestone',
        'Ny',
      ),
    };
    const again = inspector.inspect(withCpr, options);
    expect(json(again)).toEqual(json(inspectGrid(withCpr, options)));
    expect(cprAt(again)).toEqual(cprAt(first));
    expect(again.plan).toBeNull();
  });
});
