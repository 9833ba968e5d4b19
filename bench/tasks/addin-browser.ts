// The add-in's plan core as the browser runs it (bundled by bench/addin.ts with esbuild for the
// browser): validates a grid, or reads a file and validates it, and reports each run's time.

import { inspectGrid } from '../../core/inspect';
import type { Grid } from '../../core/grid';
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
  /** readWorkbook + inspectGrid from the file's bytes, what the web page runs on a dropped file. */
  readAndValidate(base64: string, today: string, runs: number, warmup: number): { times: number[] } {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return { times: timed(runs, warmup, () => void inspectGrid(readWorkbook(bytes), { today })) };
  },
};

(globalThis as unknown as { korpsplanBench: typeof api }).korpsplanBench = api;
