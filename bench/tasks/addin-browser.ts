// The add-in's plan core as the browser runs it (bundled by bench/addin.ts with esbuild for the
// browser): validates a grid, or reads a file and validates it, and reports each run's time.

import { Inspector, inspectGrid } from '../../core/inspect';
import type { Grid } from '../../core/grid';
import { structure } from '../../core/structure';
import { validate } from '../../core/validate';
import { readWorkbook } from '../../core/xlsx';

function timed(runs: number, warmup: number, task: () => void): number[] {
  for (let i = 0; i < warmup; i++) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    task();
    times.push(performance.now() - t0);
  }
  return times;
}

const api = {
  /** inspectGrid (structuring + validation), what the task pane runs after every change. */
  validate(
    gridJson: string,
    today: string,
    runs: number,
    warmup: number,
  ): { times: number[]; issues: number } {
    const grid = JSON.parse(gridJson) as Grid;
    let issues = 0;
    const times = timed(runs, warmup, () => {
      issues = inspectGrid(grid, { today }).issues.length;
    });
    return { times, issues };
  },
  /** The validation rules alone over a structured plan (validate()). */
  rules(gridJson: string, today: string, runs: number, warmup: number): { times: number[]; issues: number } {
    const grid = JSON.parse(gridJson) as Grid;
    const read = structure(grid, {});
    let issues = 0;
    const times = timed(runs, warmup, () => {
      issues = validate(read, grid, { today }).length;
    });
    return { times, issues };
  },
  /**
   * The pane after one corrected value: the workbook was inspected (Inspector), then each run
   * corrects another activity's status and inspects again.
   */
  revalidate(
    gridJson: string,
    today: string,
    corrections: { sheet: string; cell: string }[],
  ): { times: number[]; first: number; rows: number[] } {
    const grid = JSON.parse(gridJson) as Grid;
    const inspector = new Inspector();
    let t0 = performance.now();
    inspector.inspect(grid, { today });
    const first = performance.now() - t0;
    const times: number[] = [];
    const rows: number[] = [];
    for (const [i, c] of corrections.entries()) {
      const values = [{ ...c, field: 'activities.status', value: i % 2 === 0 ? 'done' : 'in_progress' }];
      t0 = performance.now();
      inspector.inspect(grid, {
        today,
        corrections: { cover: {}, columns: [], values, placed: [], dismissed: [] },
      });
      times.push(performance.now() - t0);
      rows.push(inspector.rowsRevalidated);
    }
    return { times, first, rows };
  },
  /** readWorkbook + inspectGrid from the file's bytes, what the web page runs on a dropped file. */
  readAndValidate(base64: string, today: string, runs: number, warmup: number): { times: number[] } {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return { times: timed(runs, warmup, () => void inspectGrid(readWorkbook(bytes), { today })) };
  },
};

(globalThis as unknown as { korpsplanBench: typeof api }).korpsplanBench = api;
