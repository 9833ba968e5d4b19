// The inspection pool (functions/src/inspect/pool.ts): uploads are read in worker threads, with the
// same result as reading them in the request's own thread; a job past its time or memory limit is
// ended, refused in Danish and English, and its worker replaced; a full queue is answered 503.
// The workers run the TypeScript sources through tsx here (test/functions/build.test.ts runs the
// built bundle).

import { RefusalError } from '../../core/codes';
import { inspectBytes } from '../../core/inspect';
import { ServiceError } from '../../functions/src/messages';
import { InspectPool, type InspectPoolOptions } from '../../functions/src/inspect/pool';
import * as H from '../fixtures/hostile';
import { sharedStringAmplificationOf } from '../fixtures/hostileContent';
import { CPR, editedWorkbook, TODAY, workbook } from './fixtures';

jest.setTimeout(120_000);

const pools: InspectPool[] = [];
function pool(options: Partial<InspectPoolOptions> = {}): InspectPool {
  const p = new InspectPool({ size: 1, queue: 10, timeLimitMs: 20_000, memoryLimitMb: 256, ...options });
  pools.push(p);
  return p;
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

/**
 * A file that takes many seconds once the work budget is lifted: one 32,000-character text in
 * 300,000 cells (9.6 billion characters to look at; ~30 s on a loaded 2-core machine).
 */
const slow = sharedStringAmplificationOf(300_000, 32_000);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('the job was not refused');
}

test('a workbook read in a worker gives what reading it in this thread gives', async () => {
  const bytes = await workbook('751');
  const here = inspectBytes(bytes, { today: TODAY });
  const there = await pool().inspect(bytes, { today: TODAY });
  expect(there.plan).toEqual(here.plan);
  expect(there.issues).toEqual(here.issues);
});

test("a refusal at intake comes back as the intake's own refusal", async () => {
  const err = await rejection(pool().inspect(H.macroWorkbookRenamed(), {}));
  expect(err).toBeInstanceOf(RefusalError);
  expect((err as RefusalError).code).toBe('macros');
  expect((err as RefusalError).userMessage.da).toMatch(/makroer/);
});

test('structure renders the template layout in the worker, and renders nothing for a CPR number', async () => {
  const p = pool();
  const options = { today: TODAY, lang: 'da' as const, now: '2026-10-01T08:00:00Z', columnOverrides: [] };
  const done = await p.structure(await workbook('751'), options);
  expect(done.workbook).not.toBeNull();
  expect(Buffer.from(done.workbook!.subarray(0, 2)).toString('latin1')).toBe('PK');
  expect(done.activities).toBeGreaterThan(0);
  const withCpr = await editedWorkbook('751', (plan) => {
    plan.activities[0]!.milestone = `Samtale med ${CPR}`;
  });
  const refused = await p.structure(withCpr, options);
  expect(refused.workbook).toBeNull();
  expect(refused.issues.some((i) => i.code === 'cpr_number')).toBe(true);
});

test('a job past its time limit is ended and refused (422, both languages), and its worker replaced', async () => {
  const p = pool({ timeLimitMs: 2_500, limits: { maxWork: Infinity } });
  const err = await rejection(p.inspect(slow, {}));
  expect(err).toBeInstanceOf(ServiceError);
  const e = err as ServiceError;
  expect({ code: e.code, status: e.status }).toEqual({ code: 'inspection_limit', status: 422 });
  expect(e.userMessage.da).toMatch(/2,5 sekunder/);
  expect(e.userMessage.en).toMatch(/2\.5 seconds/);
  expect(p.stats().endedForTime).toBe(1);
  // The next upload is read by a new worker.
  const next = await p.inspect(H.minimalWorkbook(), {});
  expect(next.issues.length).toBeGreaterThan(0);
});

test('a structure job has its own, longer time limit: the same file read is refused, structured is not', async () => {
  // 5 ms is far less than any real reading takes in a worker; structure gets 60 s.
  const p = pool({ timeLimitMs: 5, structureTimeLimitMs: 60_000 });
  const bytes = await workbook('751', { activities: 40 });
  const err = await rejection(p.inspect(bytes, { today: TODAY }));
  expect(err).toBeInstanceOf(ServiceError);
  expect((err as ServiceError).code).toBe('inspection_limit');
  const options = { today: TODAY, lang: 'da' as const, now: '2026-10-01T08:00:00Z', columnOverrides: [] };
  const done = await p.structure(bytes, options);
  expect(done.activities).toBe(40);
});

test('a worker past its memory limit is ended and the upload refused, and the pool goes on', async () => {
  // A million cells, each limit but memory lifted: far more than 64 MB of heap.
  const p = pool({
    memoryLimitMb: 64,
    limits: { maxCells: 2_000_000, maxXmlTokens: Infinity, maxWork: Infinity },
  });
  const err = await rejection(p.inspect(H.tooManyCells(), {}));
  expect(err).toBeInstanceOf(ServiceError);
  expect((err as ServiceError).code).toBe('inspection_limit');
  expect((err as ServiceError).userMessage.en).toMatch(/64 MB of memory/);
  expect(p.stats().endedForMemory).toBe(1);
  const next = await p.inspect(H.minimalWorkbook(), {});
  expect(next.issues.length).toBeGreaterThan(0);
});

test('with every worker busy and the queue full, an upload is answered 503 with Retry-After', async () => {
  const p = pool({ size: 1, queue: 1, timeLimitMs: 5_000, limits: { maxWork: Infinity } });
  const running = rejection(p.inspect(slow, {}));
  // Once the worker has started and taken the first job, one more may wait.
  for (const end = Date.now() + 60_000; p.stats().busy === 0;) {
    if (Date.now() > end) throw new Error('the first job was never started');
    await new Promise((r) => setTimeout(r, 20));
  }
  const waiting = rejection(p.inspect(slow, {}));
  const err = await rejection(p.inspect(await workbook('101'), {}));
  expect(err).toBeInstanceOf(ServiceError);
  expect((err as ServiceError).status).toBe(503);
  expect((err as ServiceError).code).toBe('inspection_busy');
  expect((err as ServiceError).headers['Retry-After']).toBe('5');
  expect(p.stats()).toMatchObject({ busy: 1, queued: 1 });
  await p.close();
  await Promise.all([running, waiting]);
});

test('the size, queue and limits must make sense', () => {
  expect(() => new InspectPool({ size: 0, queue: 1, timeLimitMs: 1, memoryLimitMb: 64 })).toThrow(RangeError);
  expect(() => new InspectPool({ size: 1, queue: 0, timeLimitMs: 1, memoryLimitMb: 64 })).toThrow(RangeError);
});
