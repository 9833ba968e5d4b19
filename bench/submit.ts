// The submission service's speed target: the local end-to-end submit of a 200-row plan (HTTP on
// loopback, intake + structuring + validation, storage writes in Azurite, latest update, receipt)
// has p95 under 300 ms, for one client and with two clients submitting at the same time. Also
// prints each step's share of the server's time.

import { join } from 'node:path';
import { z } from 'zod';
import { runIsolated, type Row } from './harness';

const WARMUP = 5;
const RUNS = 40;

const step = z.object({
  readBody: z.number(),
  inspect: z.number(),
  storage: z.number(),
  latest: z.number(),
  total: z.number(),
});
const result = z.object({ timings: z.array(step), roundTrips: z.array(z.number()) });

function p95(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

export async function bench(): Promise<Row[]> {
  const report = await runIsolated(
    join(__dirname, 'tasks', 'submit-e2e.ts'),
    { activities: 200, count: WARMUP + RUNS },
    { warmup: WARMUP, runs: RUNS, timeoutMs: 300_000 },
  );
  const measured = result.parse(report.result);
  // The server-side steps of the measured runs only (the warmup ones come first).
  const steps = measured.timings.slice(-RUNS);
  const total = mean(steps.map((t) => t.total));
  const share = (pick: (t: z.infer<typeof step>) => number): string => {
    const ms = mean(steps.map(pick));
    return `${ms.toFixed(1)} ms (${Math.round((100 * ms) / total)}%)`;
  };
  const other = mean(steps.map((t) => t.total - t.readBody - t.inspect - t.storage - t.latest));

  // Two coordinators submitting at the same time: every submission's own round trip.
  const two = await runIsolated(
    join(__dirname, 'tasks', 'submit-e2e.ts'),
    { activities: 200, count: WARMUP + RUNS, clients: 2 },
    { warmup: WARMUP, runs: RUNS, timeoutMs: 300_000 },
  );
  const trips = result.parse(two.result).roundTrips.slice(-2 * RUNS);
  const two95 = p95(trips);
  return [
    {
      name: 'submit 200-row plan end to end, two clients at once, p95 of each submission',
      figure: `${two95.toFixed(0)} ms (p50 ${[...trips].sort((a, b) => a - b)[Math.floor(trips.length / 2)]?.toFixed(0)} ms, ${trips.length} submissions)`,
      target: '< 300 ms',
      ok: two95 < 300,
    },
    {
      name: 'submit 200-row plan end to end, p95',
      figure: `${report.p95.toFixed(0)} ms (p50 ${report.p50.toFixed(0)} ms, ${RUNS} runs, peak ${report.peakRssMb.toFixed(0)} MB)`,
      target: '< 300 ms',
      ok: report.p95 < 300,
    },
    { name: '  step: read body', figure: share((t) => t.readBody), target: 'share', ok: true },
    {
      name: '  step: inspect (intake, structure, validate)',
      figure: share((t) => t.inspect),
      target: 'share',
      ok: true,
    },
    {
      name: '  step: storage writes (claim, original, plan, receipt)',
      figure: share((t) => t.storage),
      target: 'share',
      ok: true,
    },
    { name: '  step: latest update', figure: share((t) => t.latest), target: 'share', ok: true },
    {
      name: '  step: auth, hashing, rest',
      figure: `${other.toFixed(1)} ms (${Math.round((100 * other) / total)}%)`,
      target: 'share',
      ok: true,
    },
  ];
}

if (require.main === module) {
  void bench().then(async (rows) => {
    const { printTable } = await import('./harness');
    printTable('Service: end-to-end submit', rows);
  });
}
