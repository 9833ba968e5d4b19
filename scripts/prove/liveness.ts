// One file cannot stop the service (issue 10 §4), measured: while a crafted upload is inspected,
// GET /api/health is asked every 100 ms and another coordinator submits a valid plan; the crafted
// upload must be refused at its limit with a clear message, health must answer within 1 s each
// time, and the other coordinator's plan must be accepted.
//
// The crafted file is the shared-string amplification (one 32,000-character text in 300,000 cells,
// ~160 kB; test/fixtures/hostileContent.ts). The intake's work budget refuses it in milliseconds,
// so the stack it is sent to runs with the budget lifted (./stack.ts liftWorkBudget): it then runs
// until the pool's time limit (functions/src/config.ts DEFAULT_INSPECT), which without the pool
// would all be spent on the request loop.

import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { sharedStringAmplificationOf } from '../../test/fixtures/hostileContent';
import { errorOf, type Client } from './client';
import type { MemoryProbe } from './stack';

export const LIVENESS_TARGET_MS = 1000;

export interface LivenessFigures {
  readonly craftedBytes: number;
  /** The crafted upload's answer. */
  readonly status: number;
  readonly code: string | null;
  /** Its round trip (the pool's time limit, the worker ended, the answer). */
  readonly refusedMs: number;
  /** /api/health round trips while it was inspected. */
  readonly health: {
    readonly count: number;
    readonly p50: number;
    readonly max: number;
    readonly failed: number;
  };
  /** The other coordinator's valid plan, sent while the crafted file occupied a worker. */
  readonly other: { readonly status: number; readonly ms: number };
  /** Growth of the service process's peak RSS (workers are its threads) over its settled RSS (MB). */
  readonly mb: number | null;
  readonly kept: boolean;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

export async function measureLiveness(
  client: Client,
  memory: MemoryProbe | null,
  /** A valid plan of a municipality. */
  valid: (code: string) => Promise<Uint8Array>,
  crafted: Uint8Array = sharedStringAmplificationOf(300_000, 32_000),
): Promise<LivenessFigures> {
  // Both workers up, so that neither the crafted file nor the other plan waits for a start.
  const mine = await valid('751');
  const theirs = await valid('461');
  await Promise.all([
    client.submit('coordinator:751', mine),
    client.request('POST', '/api/structure', {
      token: await client.token('coordinator:751'),
      headers: { 'content-type': XLSX_TYPE },
      body: mine,
    }),
  ]);
  const base = memory ? await memory.settle() : 0;
  let settled = false;
  const upload = client.submit('coordinator:147', crafted).finally(() => (settled = true));
  const health: number[] = [];
  let failed = 0;
  let other: ReturnType<Client['submit']> | undefined;
  while (!settled) {
    const reply = await client.request('GET', '/api/health', { timeoutMs: 30_000 }).catch(() => null);
    if (reply === null || reply.status !== 200) failed++;
    else health.push(reply.ms);
    if (health.length === 3) other = client.submit('coordinator:461', theirs);
    await new Promise((r) => setTimeout(r, 100));
  }
  const refused = await upload;
  const otherReply = other ? await other : null;
  const mb = memory ? memory.peakMb() - base : null;
  const sorted = [...health].sort((a, b) => a - b);
  const max = sorted.at(-1) ?? NaN;
  const code = errorOf(refused)?.code ?? null;
  return {
    craftedBytes: crafted.byteLength,
    status: refused.status,
    code,
    refusedMs: refused.ms,
    health: { count: health.length, p50: percentile(sorted, 0.5), max, failed },
    other: { status: otherReply?.status ?? 0, ms: otherReply?.ms ?? NaN },
    mb,
    kept:
      refused.status === 422 &&
      code === 'inspection_limit' &&
      failed === 0 &&
      health.length >= 5 &&
      max < LIVENESS_TARGET_MS &&
      (otherReply?.status === 201 || otherReply?.status === 200),
  };
}
