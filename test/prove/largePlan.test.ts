// A realistic large plan (~1 MB, 20,000 activities, laid out by its coordinator) is structured by
// the inspection pool at the service's memory limit per job (functions/src/config.ts
// DEFAULT_INSPECT), with its original sheet kept beside the template: the job's memory limit is
// sized for the structure job, not only for inspection (at 256 MB this plan was ended for memory,
// formatted or values-only alike). The time limit is lifted here: this test is about memory; the
// time over HTTP with the real limits is measured by `npm run prove`.

import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_INSPECT } from '../../functions/src/config';
import { InspectPool } from '../../functions/src/inspect/pool';
import { LARGE_PLAN_SHEET, largeOwnLayoutPlan } from '../../scripts/prove/largePlan';

jest.setTimeout(300_000);

test('a 1 MB plan of 20,000 rows in its own layout structures within the memory limit of a job', async () => {
  const bytes = await largeOwnLayoutPlan();
  expect(bytes.byteLength).toBeGreaterThan(900 * 1024);
  const pool = new InspectPool({
    size: 1,
    queue: 1,
    timeLimitMs: 280_000,
    memoryLimitMb: DEFAULT_INSPECT.memoryLimitMb,
  });
  try {
    const result = await pool.structure(bytes, {
      lang: 'da',
      now: '2026-09-10T08:00:00.000Z',
      columnOverrides: [],
      today: '2026-09-10',
      limits: { maxBytes: 5 * 1024 * 1024 },
    });
    expect(pool.stats().endedForMemory).toBe(0);
    expect(result.activities).toBe(20_000);
    const out = unzipSync(result.workbook ?? new Uint8Array());
    const sheets = [
      ...strFromU8(out['xl/workbook.xml'] ?? new Uint8Array()).matchAll(/<sheet [^>]*name="([^"]+)"/g),
    ].map((m) => m[1]);
    // The template's plan sheet, and the coordinator's own sheet kept beside it.
    expect(sheets).toEqual(expect.arrayContaining(['Implementeringsplan', `Original - ${LARGE_PLAN_SHEET}`]));
  } finally {
    await pool.close();
  }
});
