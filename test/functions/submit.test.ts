// POST /api/submissions and reading back: what a coordinator, a leader and an administrator see,
// with the real intake, structuring and validation and Azurite behind the handlers.

import { receiptSchema, type Receipt } from '../../core/receipt';
import type { Issue, Plan } from '../../core/schema';
import { containsCpr } from '../../core/validate/cpr';
import { names } from '../../functions/src/storage/submissions';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bearer, startService, type CallResult, type TestService } from './harness';
import {
  CPR,
  CPR_DIGITS,
  editedWorkbook,
  legacyXls,
  passwordProtected,
  PERIOD,
  pdf,
  withDtd,
  withMacros,
  withZipBomb,
  workbook,
} from './fixtures';

let svc: TestService;
const responses: CallResult[] = [];

beforeAll(async () => {
  svc = await startService({ parts: { today: () => '2026-10-01' } });
});
afterAll(async () => {
  // No CPR number in any response or log line of this whole suite.
  for (const r of responses) {
    expect(containsCpr(r.text)).toBe(false);
    expect(r.text).not.toContain(CPR_DIGITS);
  }
  expect(svc.logs.length).toBeGreaterThan(0);
  for (const line of svc.logs) {
    expect(containsCpr(line)).toBe(false);
    expect(line).not.toContain(CPR_DIGITS);
  }
  await svc.close();
});

async function submit(
  as: string,
  bytes: Uint8Array,
  headers: Record<string, string> = {},
): Promise<CallResult> {
  const res = await svc.call('submit', {
    body: bytes,
    headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token(as)), ...headers },
  });
  responses.push(res);
  return res;
}

async function get(name: string, as: string, init: { path?: string; params?: Record<string, string> } = {}) {
  const res = await svc.call(name, { ...init, headers: bearer(await svc.token(as)) });
  responses.push(res);
  return res;
}

function errorCode(res: CallResult): string {
  return res.json<{ error: { code: string } }>().error.code;
}

async function storedUnder(prefix: string): Promise<string[]> {
  return svc.store.list(prefix);
}

describe('an accepted submission', () => {
  let receipt: Receipt;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await workbook('751');
    const res = await submit('coordinator:751', bytes, {
      'x-korpsplan-note': encodeURIComponent('Forsinkelser skyldes ny leder – se plan for Q4.'),
    });
    expect(res.status).toBe(201);
    receipt = receiptSchema.parse(res.json());
    expect(res.headers.get('location')).toBe(`/api/submissions/${receipt.submissionId}/plan`);
  });

  test('gets a receipt for the municipality and period the workbook names', async () => {
    const { createHash } = await import('node:crypto');
    expect(receipt.municipality).toEqual({ code: '751', name: 'Aarhus' });
    expect(receipt.period).toBe(PERIOD);
    expect(receipt.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(receipt.counts.activities).toBe(16);
    expect(receipt.counts.checklistAnswered).toBeGreaterThan(0);
    expect(receipt.counts.late).toBe(receipt.warnings.filter((w) => w.code === 'activity_late').length);
    expect(receipt.warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(receipt.note).toBe('Forsinkelser skyldes ny leder – se plan for Q4.');
    expect(receipt.submittedBy).toBe('Koordinator Aarhus');
  });

  test('stores the original file, the canonical plan and the receipt under server-made names', async () => {
    const dir = names.dir('751', PERIOD, receipt.submissionId);
    expect((await storedUnder(dir)).sort()).toEqual(
      [`${dir}original.xlsx`, `${dir}plan.json`, `${dir}receipt.json`].sort(),
    );
    const original = await svc.store.read(`${dir}original.xlsx`);
    expect(Buffer.compare(original!.body, Buffer.from(bytes))).toBe(0);
    const latest = await svc.store.read(names.latest(PERIOD, '751'));
    expect(JSON.parse(latest!.body.toString('utf8'))).toMatchObject({ submissionId: receipt.submissionId });
  });

  test('its plan can be read back by the coordinator and by leaders, not by another coordinator', async () => {
    const own = await get('plan', 'coordinator:751', { params: { id: receipt.submissionId } });
    expect(own.status).toBe(200);
    const plan = own.json<Plan>();
    expect(plan.municipality.code).toBe('751');
    expect(plan.activities).toHaveLength(16);
    const leader = await get('plan', 'leader', { params: { id: receipt.submissionId } });
    expect(leader.status).toBe(200);
    expect(leader.json()).toEqual(plan);
    const other = await get('plan', 'coordinator:101', { params: { id: receipt.submissionId } });
    expect(other.status).toBe(403);
    expect(errorCode(other)).toBe('municipality_forbidden');
  });

  test('an unknown or malformed id is 404', async () => {
    const fake = receipt.submissionId.replace(/-[0-9a-f]{12}$/, '-000000000000');
    expect((await get('plan', 'leader', { params: { id: fake } })).status).toBe(404);
    expect((await get('plan', 'leader', { params: { id: '../../roster/roster' } })).status).toBe(404);
  });

  test('shows in the coordinator’s history, marked latest', async () => {
    const res = await get('history', 'coordinator:751', { path: `api/submissions?period=${PERIOD}` });
    expect(res.status).toBe(200);
    const body = res.json<{ submissions: Receipt[]; latest: string[] }>();
    expect(body.submissions.map((r) => r.submissionId)).toContain(receipt.submissionId);
    expect(body.latest).toContain(receipt.submissionId);
    expect(body.submissions.every((r) => r.municipality.code === '751')).toBe(true);
  });

  test('the same bytes again return the existing receipt (200) and store nothing new', async () => {
    const again = await submit('coordinator:751', bytes);
    expect(again.status).toBe(200);
    expect(again.json<Receipt>().submissionId).toBe(receipt.submissionId);
    const receipts = (await storedUnder(`submissions/751/${PERIOD}/`)).filter((n) =>
      n.endsWith('receipt.json'),
    );
    expect(receipts).toHaveLength(1);
  });
});

describe('Idempotency-Key', () => {
  test('a retry with the same key and bytes replays the receipt; other bytes under the key are refused', async () => {
    const key = 'retry-key-0001-abcdef';
    const first = await submit('coordinator:461', await workbook('461'), { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const retry = await submit('coordinator:461', await workbook('461'), { 'idempotency-key': key });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.json<Receipt>().submissionId).toBe(first.json<Receipt>().submissionId);
    const misuse = await submit('coordinator:461', await workbook('461', { seed: 99 }), {
      'idempotency-key': key,
    });
    expect(misuse.status).toBe(422);
    expect(errorCode(misuse)).toBe('idempotency_key_reused');
    expect((await storedUnder(`submissions/461/`)).filter((n) => n.endsWith('receipt.json'))).toHaveLength(1);
  });

  test('a malformed key is 400', async () => {
    const res = await submit('coordinator:461', await workbook('461'), { 'idempotency-key': 'x' });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('idempotency_key_invalid');
  });
});

describe('who may submit', () => {
  test('a coordinator cannot submit another municipality’s plan (403) and nothing is stored', async () => {
    const res = await submit('coordinator:101', await workbook('851'));
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe('municipality_forbidden');
    expect(res.json<{ error: { message: { da: string } } }>().error.message.da).toContain('851');
    expect(await storedUnder('submissions/851/')).toEqual([]);
    expect(await storedUnder('dedupe/851/')).toEqual([]);
  });

  test('a leader cannot submit; an administrator may on a municipality’s behalf', async () => {
    const leader = await submit('leader', await workbook('147'));
    expect(leader.status).toBe(403);
    expect(errorCode(leader)).toBe('role_forbidden');
    const admin = await submit('admin', await workbook('147'));
    expect(admin.status).toBe(201);
    expect(admin.json<Receipt>().submittedBy).toBe('Administrator (demo)');
  });

  test('leaders see every municipality’s history and can filter; coordinators only their own', async () => {
    const all = await get('history', 'leader');
    const codes = new Set(all.json<{ submissions: Receipt[] }>().submissions.map((r) => r.municipality.code));
    expect(codes.has('751') && codes.has('147')).toBe(true);
    const filtered = await get('history', 'leader', { path: 'api/submissions?municipality=147' });
    expect(filtered.json<{ submissions: Receipt[] }>().submissions.map((r) => r.municipality.code)).toEqual([
      '147',
    ]);
    const mine = await get('history', 'coordinator:147');
    expect(
      mine.json<{ submissions: Receipt[] }>().submissions.every((r) => r.municipality.code === '147'),
    ).toBe(true);
    const bad = await get('history', 'leader', { path: 'api/submissions?period=2026-H3' });
    expect(bad.status).toBe(400);
  });
});

describe('who am I', () => {
  test('GET /api/me tells the caller their role and, for a coordinator, the municipality', async () => {
    expect((await get('me', 'coordinator:751')).json()).toMatchObject({
      role: 'coordinator',
      municipality: '751',
    });
    const leader = await get('me', 'leader');
    expect(leader.status).toBe(200);
    expect(leader.json<{ role: string; municipality?: string }>()).toMatchObject({ role: 'leader' });
    expect(leader.json<{ municipality?: string }>().municipality).toBeUndefined();
    expect((await svc.call('me')).status).toBe(401);
  });
});

describe('a plan with validation errors', () => {
  test('is refused with 422 and the issue list, and nothing is stored', async () => {
    const bytes = await editedWorkbook('157', (plan) => {
      const first = plan.activities[0]!;
      first.responsible = '';
      first.start = '2026-12-01';
      first.deadline = '2026-08-01';
    });
    const res = await submit('coordinator:157', bytes);
    expect(res.status).toBe(422);
    const body = res.json<{ error: { code: string }; issues: Issue[] }>();
    expect(body.error.code).toBe('plan_invalid');
    const codes = body.issues.filter((i) => i.severity === 'error').map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['required_missing', 'start_after_deadline']));
    expect(body.issues.every((i) => i.message.da && i.message.en && i.sheet && i.cell)).toBe(true);
    expect(await storedUnder('submissions/157/')).toEqual([]);
  });
});

describe('CPR numbers never reach storage, a response or a log', () => {
  test('a workbook with a CPR number is refused before anything is written', async () => {
    const bytes = await editedWorkbook('860', (plan) => {
      plan.activities[2]!.evaluation = `Borger ${CPR} deltog`;
      plan.activities[2]!.status = 'done';
    });
    const before = (await storedUnder('')).length;
    const res = await svc.call('submit', {
      body: bytes,
      headers: { ...bearer(await svc.token('admin')), 'content-type': XLSX_TYPE },
    });
    responses.push(res);
    expect(res.status).toBe(422);
    const body = res.json<{ error: { code: string }; issues: Issue[] }>();
    expect(body.error.code).toBe('cpr_found');
    expect(body.issues.some((i) => i.code === 'cpr_number')).toBe(true);
    expect((await storedUnder('')).length).toBe(before);
  });

  test('a note with a CPR number is refused', async () => {
    const res = await submit('coordinator:751', await workbook('751', { seed: 5 }), {
      'x-korpsplan-note': encodeURIComponent(`Spørg om ${CPR}`),
    });
    expect(res.status).toBe(422);
    expect(errorCode(res)).toBe('note_contains_cpr');
  });

  test('a note longer than 1000 characters is refused', async () => {
    const res = await submit('coordinator:751', await workbook('751', { seed: 5 }), {
      'x-korpsplan-note': encodeURIComponent('æ'.repeat(1001)),
    });
    expect(res.status).toBe(422);
    expect(errorCode(res)).toBe('note_too_long');
  });
});

describe('refused files', () => {
  test.each([
    { what: 'a PDF', make: () => Promise.resolve(pdf()), status: 415, code: 'not_a_workbook' },
    { what: 'an old binary .xls', make: () => Promise.resolve(legacyXls()), status: 415, code: 'legacy_xls' },
    { what: 'a workbook with macros', make: () => withMacros(workbook('751')), status: 422, code: 'macros' },
    { what: 'a workbook with a DTD', make: () => withDtd(workbook('751')), status: 422, code: 'xml_dtd' },
    {
      what: 'a zip bomb',
      make: () => withZipBomb(workbook('751')),
      status: 422,
      code: /^zip_(too_large_uncompressed|ratio_suspicious)$/,
    },
    {
      what: 'a password-protected workbook',
      make: () => Promise.resolve(passwordProtected()),
      status: 422,
      code: 'encrypted_workbook',
    },
  ])('$what: $status', async ({ make, status, code }) => {
    const res = await submit('coordinator:751', await make());
    expect(res.status).toBe(status);
    const body = res.json<{ error: { code: string; message: { da: string; en: string } } }>();
    if (typeof code === 'string') expect(body.error.code).toBe(code);
    else expect(body.error.code).toMatch(code);
    expect(body.error.message.da.length).toBeGreaterThan(10);
    expect(body.error.message.en.length).toBeGreaterThan(10);
  });

  test('an empty body is 422 file_empty', async () => {
    const res = await submit('coordinator:751', new Uint8Array(0));
    expect(res.status).toBe(422);
    expect(errorCode(res)).toBe('file_empty');
  });

  test('a form upload instead of the raw file is 415', async () => {
    const res = await submit('coordinator:751', await workbook('751'), {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(res.status).toBe(415);
    expect(errorCode(res)).toBe('unsupported_media_type');
  });

  test('a workbook sent as .xlsm (no macro in it) is taken like an .xlsx', async () => {
    const res = await submit('coordinator:751', await workbook('751'), {
      'content-type': 'application/vnd.ms-excel.sheet.macroEnabled.12',
    });
    expect(res.status).not.toBe(415);
    expect(res.status).toBeLessThan(300);
  });

  test('too large by Content-Length: 413 before the body is read', async () => {
    const res = await submit('coordinator:751', new Uint8Array(16), {
      'content-length': String(50 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(errorCode(res)).toBe('file_too_large');
  });
});

describe('the template and health', () => {
  test('the template is a workbook in either language', async () => {
    for (const lang of ['da', 'en']) {
      const res = await svc.call('template', { path: `api/template?lang=${lang}` });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
      expect(res.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    }
    expect((await svc.call('template', { path: 'api/template?lang=de' })).status).toBe(400);
  });

  test('health reports storage reachable and the version', async () => {
    const res = await svc.call('health');
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', storage: 'reachable', version: 'test' });
  });
});

describe('the leaders’ summary', () => {
  test('leaders get the merged workbook of the latest plans; coordinators may not', async () => {
    const res = await get('summary', 'leader', { path: `api/summary?period=${PERIOD}&lang=da` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toContain(`korpsplan-${PERIOD}.xlsx`);
    expect(res.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // The workbook names the municipalities that submitted.
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(res.bytes));
    const text = Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(text).toContain('Aarhus');
    expect(text).toContain('Frederiksberg');
    const coordinator = await get('summary', 'coordinator:751', { path: `api/summary?period=${PERIOD}` });
    expect(coordinator.status).toBe(403);
    const missing = await get('summary', 'leader', { path: 'api/summary' });
    expect(missing.status).toBe(400);
  });
});
