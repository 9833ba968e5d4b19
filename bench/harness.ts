// Benchmark harness: runs a measured task in a fresh Node process (bundled with esbuild, so no
// TypeScript loader inflates memory) and reports wall time and peak resident memory.
//
// A task module default-exports `async (args) => unknown`. The child calls it `warmup` times, then
// `runs` times, and reports each run's time plus the process's peak RSS (`resourceUsage().maxRSS`).

import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { z } from 'zod';

const OUT_DIR = join(__dirname, '..', 'dist', 'bench');

const childReport = z.object({
  baselineRssMb: z.number(),
  peakRssMb: z.number(),
  times: z.array(z.number()),
  result: z.unknown(),
});
export type TaskReport = z.infer<typeof childReport> & { p50: number; p95: number; min: number };

const bundled = new Map<string, string>();

async function bundle(entry: string): Promise<string> {
  const cached = bundled.get(entry);
  if (cached) return cached;
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${basename(entry, '.ts')}.child.js`);
  await build({
    entryPoints: [join(__dirname, 'child.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'error',
    alias: { 'bench-task': entry },
    external: ['playwright-core', 'chromium-bidi', 'azurite', '@azure/*', 'xlsx'],
  });
  // The service's inspection pool finds its worker beside the bundle (functions/src/inspect/pool.ts).
  await build({
    entryPoints: { 'inspect-worker': join(__dirname, '..', 'functions', 'src', 'inspect', 'worker.ts') },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: OUT_DIR,
    logLevel: 'error',
    external: ['@azure/*'],
  });
  bundled.set(entry, outfile);
  return outfile;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export interface RunOptions {
  readonly warmup?: number;
  readonly runs?: number;
  readonly timeoutMs?: number;
}

/** Runs the task module `entry` (absolute path) with `args` in a fresh process. */
export async function runIsolated(
  entry: string,
  args: unknown,
  options: RunOptions = {},
): Promise<TaskReport> {
  const script = await bundle(entry);
  const payload = JSON.stringify({ args, warmup: options.warmup ?? 0, runs: options.runs ?? 1 });
  const child = spawn(process.execPath, ['--expose-gc', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stdin.end(payload);
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timeout);
  if (code !== 0) throw new Error(`benchmark task ${entry} exited with ${code}`);
  const last = stdout.trim().split('\n').pop() ?? '';
  const report = childReport.parse(JSON.parse(last));
  const sorted = [...report.times].sort((a, b) => a - b);
  return { ...report, p50: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0] ?? NaN };
}

export interface Row {
  readonly name: string;
  readonly figure: string;
  readonly target: string;
  readonly ok: boolean;
}

export function printTable(title: string, rows: readonly Row[]): void {
  const w0 = Math.max(...rows.map((r) => r.name.length), 4);
  const w1 = Math.max(...rows.map((r) => r.figure.length), 6);
  process.stdout.write(`\n${title}\n`);
  for (const r of rows) {
    process.stdout.write(
      `  ${r.ok ? 'ok  ' : 'MISS'}  ${r.name.padEnd(w0)}  ${r.figure.padEnd(w1)}  target: ${r.target}\n`,
    );
  }
}
