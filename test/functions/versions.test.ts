// Template versions at the service: the versions configured as accepted are taken, another is
// refused with the version to use and how to update; a stored 1.0 plan is migrated on read and
// nothing stored is rewritten.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../core/schema';
import { inspectBytes } from '../../core/inspect';
import { CHECKLIST_IDS } from '../../core/spec';
import { names, XLSX_TYPE } from '../../functions/src/storage/submissions';
import { loadConfig } from '../../functions/src/config';
import { allAnswered, versionedWorkbook } from '../fixtures/versioned';
import { bearer, startService, type TestService } from './harness';

const STORED = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'stored', 'submissions-1.0.json'), 'utf8'),
) as { receipt: { submissionId: string; municipality: { code: string }; period: string }; plan: unknown }[];

async function submit(svc: TestService, as: string, bytes: Uint8Array) {
  return svc.call('submit', {
    body: bytes,
    headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token(as)) },
  });
}

const aarhus10 = versionedWorkbook({
  version: '1.0',
  municipality: 'Aarhus',
  period: '2026-H2',
  answers: allAnswered('1.0'),
});
const aarhus11 = versionedWorkbook({
  version: '1.1',
  municipality: 'Aarhus',
  period: '2026-H2',
  answers: allAnswered('1.1'),
});

describe('the service configured to accept only template 1.1', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({
      env: { ACCEPTED_TEMPLATE_VERSIONS: '1.1' },
      parts: { today: () => '2026-10-01' },
    });
  });
  afterAll(() => svc.close());

  it('refuses a 1.0 workbook, naming the version to use and how to update, and stores nothing', async () => {
    const res = await submit(svc, 'coordinator:751', aarhus10);
    expect(res.status).toBe(422);
    const body = res.json<{ error: { code: string; message: { da: string; en: string } } }>();
    expect(body.error.code).toBe('template_version_not_accepted');
    expect(body.error.message.da).toContain('skabelon 1.0');
    expect(body.error.message.da).toContain('Opdater til skabelon 1.1');
    expect(body.error.message.en).toContain('--template-version 1.1');
    expect(await svc.store.list('submissions/751/')).toEqual([]);
  });

  it('accepts a 1.1 workbook', async () => {
    const res = await submit(svc, 'coordinator:751', aarhus11);
    expect(res.status).toBe(201);
    expect(res.json<{ templateVersion: string; counts: object }>()).toMatchObject({
      templateVersion: '1.1',
      counts: { checklistAnswered: 16, checklistQuestions: 16 },
    });
  });
});

describe('the service with its default configuration', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ parts: { today: () => '2026-10-01' } });
  });
  afterAll(() => svc.close());

  it('accepts every known version by default', async () => {
    expect(
      loadConfig({ AUTH_MODE: 'local', STORAGE_CONNECTION_STRING: 'x' }).acceptedTemplateVersions,
    ).toEqual(['1.0', '1.1']);
    const res = await submit(svc, 'coordinator:751', aarhus10);
    expect(res.status).toBe(201);
    expect(res.json<{ counts: object }>()).toMatchObject({
      counts: { checklistAnswered: 15, checklistQuestions: 15 },
    });
  });

  it('starts the next half-year from a workbook (POST /api/next-period), storing nothing', async () => {
    const before = await svc.store.list('submissions/');
    const res = await svc.call('nextPeriod', {
      body: aarhus10,
      headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token('coordinator:751')) },
    });
    expect(res.status).toBe(200);
    const read = inspectBytes(new Uint8Array(res.bytes), { today: '2026-10-01' });
    expect(read.plan).toMatchObject({ period: '2027-H1', templateVersion: '1.1' });
    expect(read.issues.filter((i) => i.code === 'checklist_unconfirmed')).toHaveLength(15);
    expect(await svc.store.list('submissions/')).toEqual(before);
  });

  it('migrates a stored 1.0 plan on read and never rewrites it', async () => {
    const stored = STORED[0]!;
    const { submissionId: id, municipality, period } = stored.receipt;
    const planName = names.plan(municipality.code, period, id);
    const planBytes = Buffer.from(JSON.stringify(stored.plan));
    await svc.store.create(
      names.receipt(municipality.code, period, id),
      Buffer.from(JSON.stringify(stored.receipt)),
      'application/json',
    );
    await svc.store.create(planName, planBytes, 'application/json');

    const res = await svc.call('plan', { params: { id }, headers: bearer(await svc.token('leader')) });
    expect(res.status).toBe(200);
    const plan = res.json<Plan>();
    expect(plan.templateVersion).toBe('1.0');
    expect(plan.checklist.map((c) => c.id)).toEqual([...CHECKLIST_IDS]);
    expect(plan.checklist.find((c) => c.id === 'L9')).toEqual({ id: 'L9', answer: null });

    const after = await svc.store.read(planName);
    expect(Buffer.from(after!.body).equals(planBytes)).toBe(true);
  });
});
