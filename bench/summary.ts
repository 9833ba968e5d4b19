// npm run bench, part: the corps summary workbook (issue 4 §6).
// Targets: 100 organisations × 500 activities in under 5 s and 300 MB peak;
// 1,000 organisations × 200 activities in under 60 s and 1 GB.
import { join } from 'node:path';
import { runIsolated, type Row } from './harness';

const TASK = join(__dirname, 'tasks', 'summary-task.ts');

interface Case {
  readonly name: string;
  readonly organisations: number;
  readonly activities: number;
  readonly maxMs: number;
  readonly maxMb: number;
  readonly runs: number;
}

const CASES: readonly Case[] = [
  {
    name: 'summary 100 × 500 activities',
    organisations: 100,
    activities: 500,
    maxMs: 5_000,
    maxMb: 300,
    runs: 3,
  },
  {
    name: 'summary 1,000 × 200 activities',
    organisations: 1_000,
    activities: 200,
    maxMs: 60_000,
    maxMb: 1_024,
    runs: 1,
  },
];

export async function bench(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of CASES) {
    const report = await runIsolated(
      TASK,
      { organisations: c.organisations, activities: c.activities },
      { warmup: 1, runs: c.runs, timeoutMs: 10 * 60_000 },
    );
    const seconds = report.p50 / 1000;
    rows.push({
      name: `${c.name} (time, p50 of ${c.runs})`,
      figure: `${seconds.toFixed(2)} s`,
      target: `< ${c.maxMs / 1000} s`,
      ok: report.p50 < c.maxMs,
    });
    rows.push({
      name: `${c.name} (peak memory)`,
      figure: `${Math.round(report.peakRssMb)} MB`,
      target: `< ${c.maxMb} MB`,
      ok: report.peakRssMb < c.maxMb,
    });
  }
  return rows;
}

if (require.main === module) {
  void bench().then((rows) => {
    for (const r of rows)
      process.stdout.write(`${r.ok ? 'ok  ' : 'MISS'}  ${r.name}  ${r.figure}  (${r.target})\n`);
  });
}
