// Storage that loses nothing: a failure at any step of a submission leaves nothing half-written
// visible and the same request simply succeeds when sent again; concurrent submissions never leave
// an older one as the latest; nothing stored is overwritten.

import { receiptSchema, type Receipt } from '../../core/receipt';
import { startAzurite, type RunningAzurite } from '../../functions/src/local/azurite';
import { names, SubmissionRepository } from '../../functions/src/storage/submissions';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bearer, FaultyBlobs, startService, type TestService } from './harness';
import { PERIOD, workbook } from './fixtures';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite.close();
});

async function submitAs(
  svc: TestService,
  as: string,
  bytes: Uint8Array,
  headers: Record<string, string> = {},
) {
  return svc.call('submit', {
    body: bytes,
    headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token(as)), ...headers },
  });
}

async function visibleReceipts(svc: TestService, municipality: string): Promise<string[]> {
  return (await svc.store.list(`submissions/${municipality}/`)).filter((n) => n.endsWith('/receipt.json'));
}

describe('a storage failure part-way through a submission', () => {
  let faulty!: FaultyBlobs;
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({
      azurite,
      wrapBlobs: (inner) => (faulty = new FaultyBlobs(inner)),
      parts: { today: () => '2026-10-01' },
    });
  });
  afterAll(() => svc.close());
  afterEach(() => {
    faulty.failWhen = () => false;
  });

  // Each step of the write path, in order; the fault hits that step once.
  const steps: { step: string; when: (op: string, name: string) => boolean }[] = [
    {
      step: 'reading the idempotency record',
      when: (op, n) => op === 'read' && n.startsWith('idempotency/'),
    },
    { step: 'writing the claim', when: (op, n) => op === 'create' && n.startsWith('dedupe/') },
    {
      step: 'writing the idempotency record',
      when: (op, n) => op === 'create' && n.startsWith('idempotency/'),
    },
    { step: 'writing the original file', when: (op, n) => op === 'create' && n.endsWith('/original.xlsx') },
    { step: 'writing the plan', when: (op, n) => op === 'create' && n.endsWith('/plan.json') },
    { step: 'writing the receipt', when: (op, n) => op === 'create' && n.endsWith('/receipt.json') },
  ];
  const codes = ['751', '101', '461', '851', '147', '157'];

  test.each(steps.map((s, i) => ({ ...s, municipality: codes[i]! })))(
    'at $step: 503, nothing visible, and a retry succeeds',
    async ({ when, municipality }) => {
      const bytes = await workbook(municipality);
      const key = `fault-test-${municipality}-0001`;
      let fired = false;
      faulty.failWhen = (op, name) => {
        if (!fired && when(op, name)) {
          fired = true;
          return true;
        }
        return false;
      };
      const failed = await submitAs(svc, `coordinator:${municipality}`, bytes, { 'idempotency-key': key });
      expect(fired).toBe(true);
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toMatch(/^\d+$/);
      const error = failed.json<{ error: { code: string; message: { da: string; en: string } } }>().error;
      expect(error.code).toBe('storage_unavailable');
      expect(error.message.da).toMatch(/Prøv igen/);
      expect(error.message.en).toMatch(/Try again/);

      // Nothing half-written is visible: no receipt, no latest, no history, no plan.
      expect(await visibleReceipts(svc, municipality)).toEqual([]);
      expect(await svc.store.read(names.latest(PERIOD, municipality))).toBeNull();
      const history = await svc.call('history', {
        headers: bearer(await svc.token(`coordinator:${municipality}`)),
      });
      expect(history.json<{ submissions: Receipt[] }>().submissions).toEqual([]);

      const retry = await submitAs(svc, `coordinator:${municipality}`, bytes, { 'idempotency-key': key });
      expect(retry.status).toBe(201);
      const receipt = receiptSchema.parse(retry.json());
      expect(await visibleReceipts(svc, municipality)).toHaveLength(1);
      const dir = names.dir(municipality, PERIOD, receipt.submissionId);
      expect((await svc.store.list(dir)).sort()).toEqual([
        `${dir}original.xlsx`,
        `${dir}plan.json`,
        `${dir}receipt.json`,
      ]);
      const latest = await svc.store.read(names.latest(PERIOD, municipality));
      expect(JSON.parse(latest!.body.toString('utf8'))).toMatchObject({ submissionId: receipt.submissionId });
    },
  );

  test('at moving latest: 503; the complete submission is kept and the retry moves latest', async () => {
    const bytes = await workbook('751', { seed: 2 });
    faulty.failWhen = (op, name) => op === 'replace' && name.startsWith('latest/');
    const failed = await submitAs(svc, 'coordinator:751', bytes);
    expect(failed.status).toBe(503);
    const latestBefore = JSON.parse(
      (await svc.store.read(names.latest(PERIOD, '751')))!.body.toString('utf8'),
    ) as {
      submissionId: string;
    };
    faulty.failWhen = () => false;
    const retry = await submitAs(svc, 'coordinator:751', bytes);
    expect(retry.status).toBe(200);
    const receipt = receiptSchema.parse(retry.json());
    expect(receipt.submissionId > latestBefore.submissionId).toBe(true);
    const latestAfter = JSON.parse(
      (await svc.store.read(names.latest(PERIOD, '751')))!.body.toString('utf8'),
    ) as {
      submissionId: string;
    };
    expect(latestAfter.submissionId).toBe(receipt.submissionId);
  });

  test('a latest update that failed and was never retried is repaired before the summary reads it', async () => {
    const bytes = await workbook('101', { seed: 7 });
    const before = JSON.parse((await svc.store.read(names.latest(PERIOD, '101')))!.body.toString('utf8')) as {
      submissionId: string;
    };
    faulty.failWhen = (op, name) => op === 'replace' && name.startsWith('latest/');
    expect((await submitAs(svc, 'coordinator:101', bytes)).status).toBe(503);
    faulty.failWhen = () => false;
    const plans = await svc.deps.submissions.latestPlans(PERIOD);
    const copenhagen = plans.find((p) => p.receipt.municipality.code === '101');
    expect(copenhagen!.receipt.submissionId > before.submissionId).toBe(true);
    const latest = JSON.parse((await svc.store.read(names.latest(PERIOD, '101')))!.body.toString('utf8')) as {
      submissionId: string;
    };
    expect(latest.submissionId).toBe(copenhagen!.receipt.submissionId);
  });

  test('storage unreachable: health answers 503', async () => {
    faulty.failWhen = (op) => op === 'ping';
    const res = await svc.call('health');
    expect(res.status).toBe(503);
    expect(res.json()).toMatchObject({ storage: 'unreachable' });
  });
});

describe('concurrent submissions', () => {
  test('50 at once from 10 municipalities: every file kept, latest is each one’s newest', async () => {
    const svc = await startService({ azurite, parts: { today: () => '2026-10-01' } });
    try {
      const municipalities = ['751', '101', '461', '851', '147', '157', '630', '561', '615', '707'];
      await svc.setRoster({
        version: 1,
        entries: [
          ...municipalities.map((m) => ({
            tenantId: svc.issuer.tenantId,
            objectId: `c0000000-0000-4000-8000-000000000${m}`,
            role: 'coordinator' as const,
            municipality: m,
          })),
        ],
      });
      const jobs = await Promise.all(
        municipalities.flatMap((m) =>
          [1, 2, 3, 4, 5].map(async (seed) => ({ m, bytes: await workbook(m, { seed }) })),
        ),
      );
      const results = await Promise.all(jobs.map((j) => submitAs(svc, `coordinator:${j.m}`, j.bytes)));
      expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
      const receipts = results.map((r) => receiptSchema.parse(r.json()));
      expect(new Set(receipts.map((r) => r.submissionId)).size).toBe(50);

      const stored = await svc.store.list('submissions/');
      expect(stored).toHaveLength(150);
      for (const r of receipts) {
        const dir = names.dir(r.municipality.code, r.period, r.submissionId);
        for (const file of ['original.xlsx', 'plan.json', 'receipt.json'])
          expect(stored).toContain(`${dir}${file}`);
      }
      for (const m of municipalities) {
        const newest = receipts
          .filter((r) => r.municipality.code === m)
          .map((r) => r.submissionId)
          .sort()
          .pop();
        const latest = await svc.store.read(names.latest(PERIOD, m));
        expect(JSON.parse(latest!.body.toString('utf8'))).toMatchObject({ submissionId: newest });
      }
    } finally {
      await svc.close();
    }
    // 50 plans read by the inspection pool's workers, which start cold (from the TypeScript sources).
  }, 90_000);

  test('latest never moves backwards, whatever order concurrent updates land in', async () => {
    const svc = await startService({ azurite });
    try {
      const repo = new SubmissionRepository(svc.store, { sleep: () => new Promise((r) => setImmediate(r)) });
      const receipts = Array.from({ length: 25 }, (_, i) => ({
        submissionId: `20261010T12${String(10 + i).padStart(2, '0')}00000Z-751-${PERIOD}-${'a'.repeat(12)}`,
        receivedAt: `2026-10-10T12:${String(10 + i).padStart(2, '0')}:00.000Z`,
        sha256: 'f'.repeat(64),
        municipality: { code: '751', name: 'Aarhus' },
        period: PERIOD,
        templateVersion: '1.0',
        counts: { activities: 1, late: 0, checklistAnswered: 0 },
        warnings: [],
      }));
      const shuffled = [...receipts].sort(() => Math.random() - 0.5);
      await Promise.all(shuffled.map((r) => repo.advanceLatest(receiptSchema.parse(r))));
      const latest = await svc.store.read(names.latest(PERIOD, '751'));
      expect(JSON.parse(latest!.body.toString('utf8'))).toMatchObject({
        submissionId: receipts[24]!.submissionId,
      });
    } finally {
      await svc.close();
    }
  });

  test('nothing written once is ever overwritten', async () => {
    const svc = await startService({ azurite });
    try {
      expect(await svc.store.create('x/once.json', Buffer.from('1'), 'application/json')).toBe('created');
      expect(await svc.store.create('x/once.json', Buffer.from('2'), 'application/json')).toBe('exists');
      expect((await svc.store.read('x/once.json'))!.body.toString()).toBe('1');
      const stale = (await svc.store.read('x/once.json'))!.etag;
      expect(
        await svc.store.replace('x/once.json', Buffer.from('3'), 'application/json', stale),
      ).not.toBeNull();
      expect(await svc.store.replace('x/once.json', Buffer.from('4'), 'application/json', stale)).toBeNull();
      expect((await svc.store.read('x/once.json'))!.body.toString()).toBe('3');
    } finally {
      await svc.close();
    }
  });
});
