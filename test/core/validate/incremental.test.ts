// Incremental validation (core/validate/incremental.ts, core/inspect.ts Inspector): the pane
// corrects one value after another; each time the issues are exactly those of a full inspection,
// and only the rows the correction touched are validated anew.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_CORRECTIONS, type Corrections } from '../../../core/corrections';
import type { Grid } from '../../../core/grid';
import { Inspector, inspectGrid, type InspectOptions } from '../../../core/inspect';
import { readWorkbook } from '../../../core/xlsx';
import * as messy from '../../fixtures/messy';

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
