// A 5,000-row plan structures in well under 100 ms, and time grows linearly with the rows.

import { join } from 'path';
import { structure } from '../../../core/structure';
import { runIsolated } from '../../../bench/harness';
import { bigPlan } from './big-plan';

test('a 5,000-row plan is read completely', () => {
  const result = structure(bigPlan(5000));
  expect(result.draft.activities).toHaveLength(5000);
  expect(
    result.draft.activities.every((a) => a.values.theme !== undefined && a.values.deadline !== undefined),
  ).toBe(true);
  expect(result.unmapped).toEqual([]);
  expect(result.issues).toEqual([]);
});

test('a 5,000-row plan structures in well under 100 ms (fresh process, a new workbook each run)', async () => {
  const report = await runIsolated(join(__dirname, 'speed-task.ts'), {}, { warmup: 4, runs: 16 });
  expect(report.result).toEqual({ activities: 5000, unmapped: 0 });
  console.log(
    `structure(): 5,000 rows p50 ${report.p50.toFixed(1)} ms, p95 ${report.p95.toFixed(1)} ms, min ${report.min.toFixed(1)} ms`,
  );
  expect(report.p50).toBeLessThan(100);
}, 120_000);

test('structuring time grows linearly with the rows', () => {
  // The fastest of a few runs: the least disturbed by whatever else the machine is doing.
  const time = (n: number): number => {
    const grids = ['a', 'b', 'c', 'd'].map((salt) => bigPlan(n, salt));
    const times = grids.map((g) => {
      const t0 = performance.now();
      structure(g);
      return performance.now() - t0;
    });
    return Math.min(...times.slice(1));
  };
  time(500);
  const small = time(2000);
  const large = time(8000);
  // Four times the rows: well below the sixteen times a quadratic pass would take.
  expect(large / small).toBeLessThan(8);
}, 60_000);
