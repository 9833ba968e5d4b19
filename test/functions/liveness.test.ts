// One file cannot stop the service (issue 10 §4): while a crafted upload is being inspected, the
// service keeps answering GET /api/health and other coordinators' submissions over real HTTP, and
// the crafted upload is refused when its job passes the time limit.
//
// The crafted file is the shared-string amplification (one 32,000-character text in 300,000 cells,
// ~160 kB). With the intake's work budget it is refused in milliseconds, so here the budget is
// lifted for the pool: the file then takes ~30 s of a loaded 2-core machine's CPU (seconds on a
// fast idle one), which without the pool would all be spent on the request loop, and no request
// would be answered until it was done. "Within 1 s" is a liveness bound, not a speed target: a
// health answer normally takes milliseconds here; the second is margin for a machine shared with
// other work.

import { InspectPool } from '../../functions/src/inspect/pool';
import { poolParts } from '../../functions/src/app';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { sharedStringAmplificationOf } from '../fixtures/hostileContent';
import { bearer, startService, type TestService } from './harness';
import { TODAY, workbook } from './fixtures';

jest.setTimeout(180_000);

const TIME_LIMIT_MS = 3_000;
let svc: TestService;

beforeAll(async () => {
  const pool = new InspectPool({
    size: 2,
    queue: 10,
    timeLimitMs: TIME_LIMIT_MS,
    memoryLimitMb: 512,
    limits: { maxWork: Infinity },
  });
  svc = await startService({ parts: { ...poolParts(pool), today: () => TODAY } });
});
afterAll(() => svc.close());

async function submit(as: string, bytes: Uint8Array): Promise<{ status: number; code?: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${svc.server.url}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token(as)) },
    body: Buffer.from(bytes),
  });
  const body = (await res.json()) as { error?: { code?: string } };
  return {
    status: res.status,
    ...(body.error?.code !== undefined ? { code: body.error.code } : {}),
    ms: performance.now() - t0,
  };
}

test('GET /api/health answers within 1 s while a crafted file is inspected, and the file is refused at its limit', async () => {
  // Both workers up (a worker's first start compiles the sources). Not what is tested: on a machine
  // busy with other test suites a cold worker's first plan may pass the time limit, so each plan is
  // sent again (at most twice more) until it is stored.
  const warmUp = async (as: string, code: string): Promise<number> => {
    let res = await submit(as, await workbook(code));
    for (let tries = 0; res.status === 422 && res.code === 'inspection_limit' && tries < 2; tries++)
      res = await submit(as, await workbook(code));
    return res.status;
  };
  const warm = await Promise.all([warmUp('coordinator:751', '751'), warmUp('coordinator:101', '101')]);
  expect(warm).toEqual([201, 201]);

  const crafted = sharedStringAmplificationOf(300_000, 32_000);
  const valid = await workbook('461');
  let settled = false;
  const upload = submit('coordinator:147', crafted).finally(() => (settled = true));

  const health: number[] = [];
  let other: Promise<{ status: number }> | undefined;
  while (!settled) {
    const t0 = performance.now();
    const res = await fetch(`${svc.server.url}/api/health`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    health.push(performance.now() - t0);
    // Another coordinator sends a plan while the crafted file occupies a worker.
    if (health.length === 3) other = submit('coordinator:461', valid);
    await new Promise((r) => setTimeout(r, 100));
  }
  const refused = await upload;

  expect({ status: refused.status, code: refused.code }).toEqual({ status: 422, code: 'inspection_limit' });
  // Refused at its limit: the time limit plus the time to send, end the worker and answer.
  expect(refused.ms).toBeLessThan(TIME_LIMIT_MS + 5_000);
  expect(health.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...health)).toBeLessThan(1_000);
  expect((await other)?.status).toBe(201);
});
