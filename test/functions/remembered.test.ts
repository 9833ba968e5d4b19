// GET/PUT /api/municipalities/{code}/corrections through the real handlers and Azurite: what a
// coordinator corrected in one plan is remembered for the municipality and read right in the next,
// differently laid-out plan, when it is submitted or structured; nobody else can read or write the
// set; every save is audited; oversize, malformed and CPR-carrying sets are refused.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { correctionsPath, CORRECTIONS_MAX_BYTES, type CorrectionsResponse } from '../../core/contract';
import { inspectBytes, inspectGrid } from '../../core/inspect';
import { receiptSchema } from '../../core/receipt';
import { EMPTY_REMEMBERED, type RememberedEntries } from '../../core/remembered';
import { mergeRemembered, rememberFrom } from '../../core/remembered-schema';
import type { Plan } from '../../core/schema';
import { containsCpr } from '../../core/validate/cpr';
import { readWorkbook } from '../../core/xlsx';
import { demoRoster, localObjectId, localRosterEntry } from '../../functions/src/auth/localIssuer';
import { rememberedNames, versionRecordSchema } from '../../functions/src/storage/remembered';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bearer, startService, type CallResult, type TestService } from './harness';

const dir = join(__dirname, '..', 'fixtures', 'remembered');
const FIRST = readFileSync(join(dir, 'hjoerring-2026-H2.xlsx'));
const SECOND = readFileSync(join(dir, 'hjoerring-2027-H1.xlsx'));
const HJ = '860';
const CPR_TEXT = '010190-1234';

let svc: TestService;
const responses: CallResult[] = [];

beforeAll(async () => {
  svc = await startService({ parts: { today: () => '2027-01-10' } });
  const roster = demoRoster();
  await svc.setRoster({
    ...roster,
    entries: [...roster.entries, localRosterEntry({ role: 'coordinator', municipality: HJ })],
  });
});
afterAll(async () => {
  for (const r of responses) expect(containsCpr(r.text)).toBe(false);
  for (const line of svc.logs) expect(containsCpr(line)).toBe(false);
  await svc.close();
});

async function call(
  name: 'correctionsGet' | 'correctionsPut' | 'submit' | 'structure' | 'plan',
  as: string | null,
  init: {
    code?: string;
    body?: string | Uint8Array;
    headers?: Record<string, string>;
    params?: Record<string, string>;
  } = {},
): Promise<CallResult> {
  const code = init.code ?? HJ;
  const corrections = name === 'correctionsGet' || name === 'correctionsPut';
  const res = await svc.call(name, {
    ...(corrections ? { path: correctionsPath(code).slice(1), params: { code } } : {}),
    ...(init.params ? { params: init.params } : {}),
    ...(init.body !== undefined ? { body: init.body } : {}),
    headers: { ...(as ? bearer(await svc.token(as)) : {}), ...(init.headers ?? {}) },
  });
  responses.push(res);
  return res;
}

const put = (as: string | null, body: unknown, headers: Record<string, string> = {}, code = HJ) =>
  call('correctionsPut', as, {
    code,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

function errorOf(res: CallResult): { code: string; message: { da: string; en: string } } {
  return res.json<{ error: { code: string; message: { da: string; en: string } } }>().error;
}

/** What the coordinator corrected in the first plan (as the pane sends them). */
function correctionsOfFirstPlan(): RememberedEntries {
  const grid = readWorkbook(FIRST);
  const read = inspectGrid(grid, { today: '2026-09-01' });
  const sheet = 'hjoerring-2026-H2';
  return rememberFrom(
    read.structure,
    grid,
    [
      { sheet, col: 2, field: 'responsible' },
      { sheet, col: 3, field: 'deadline' },
    ],
    [
      { sheet, cell: 'E8', field: 'activities.status', value: 'in_progress' },
      { sheet, cell: 'E9', field: 'activities.status', value: 'not_started' },
      { sheet, cell: 'E10', field: 'activities.status', value: 'done' },
      { sheet, cell: 'A10', field: 'activities.theme', value: 'upskilling' },
      { sheet, cell: 'B5', field: 'cover.coordinatorName', value: 'Mette Hansen' },
    ],
  ).entries;
}

// The second plan's activities as a careful person reads them.
const SECOND_BY_HAND = [
  ['Temadag for ledere i Børn og Familie', 'not_started', 'leadership', '2027-03-31', 'Mette Hansen'],
  ['Supervision af mentorer hver måned', 'in_progress', 'upskilling', '2027-06-30', 'Jens Holm'],
  ['Intranetside om indsatsen', 'done', 'communication', '2027-02-28', 'Mette Hansen'],
  ['Møde med forældrerådet', 'in_progress', 'involvement', '2027-05-15', 'Jens Holm'],
  ['Opfølgning på dokumentationsplatformen', 'not_started', 'upskilling', '2027-04-30', 'Mette Hansen'],
];
const rowsOf = (plan: Plan) =>
  plan.activities.map((a) => [a.activity, a.status, a.theme, a.deadline, a.responsible]);

describe('a second, differently laid-out plan needs no correction the first one made', () => {
  it('is refused before the corrections are remembered', async () => {
    const res = await call('submit', `coordinator:${HJ}`, {
      body: SECOND,
      headers: { 'content-type': XLSX_TYPE, 'idempotency-key': 'before-remembering-1' },
    });
    expect(res.status).toBe(422);
    expect(errorOf(res).code).toBe('plan_invalid');
  });

  it('after a PUT of the first plan’s corrections, is submitted with the values read as by hand', async () => {
    const got = await call('correctionsGet', `coordinator:${HJ}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('none');
    const before = got.json<CorrectionsResponse>();
    expect(before.remembered).toEqual(EMPTY_REMEMBERED);

    const merged = mergeRemembered(before.remembered, correctionsOfFirstPlan());
    const saved = await put(`coordinator:${HJ}`, merged, { 'if-match': 'none' });
    expect(saved.status).toBe(200);
    expect(saved.json<CorrectionsResponse>().remembered).toEqual(merged);
    expect(saved.headers.get('etag')).toBeTruthy();

    const again = await call('correctionsGet', `coordinator:${HJ}`);
    expect(again.json<CorrectionsResponse>().remembered).toEqual(merged);
    expect(again.headers.get('etag')).toBe(saved.headers.get('etag'));

    const res = await call('submit', `coordinator:${HJ}`, {
      body: SECOND,
      headers: { 'content-type': XLSX_TYPE },
    });
    expect(res.status).toBe(201);
    const receipt = receiptSchema.parse(res.json());
    const plan = await call('plan', `coordinator:${HJ}`, { params: { id: receipt.submissionId } });
    const stored = plan.json<Plan>();
    expect(rowsOf(stored)).toEqual(SECOND_BY_HAND);
    expect(stored.coordinator).toEqual({ name: 'Mette Hansen' });
  });

  it('is structured by POST /api/structure with the same values', async () => {
    const res = await call('structure', `coordinator:${HJ}`, {
      body: SECOND,
      headers: { 'content-type': XLSX_TYPE },
    });
    expect(res.status).toBe(200);
    // The structured workbook, read again with no memory at all, holds the remembered readings.
    const read = inspectBytes(new Uint8Array(res.bytes), { today: '2027-01-10' });
    expect(read.plan && rowsOf(read.plan)).toEqual(SECOND_BY_HAND);
  });

  it("another municipality's coordinator structures the same file without them", async () => {
    const res = await call('structure', 'coordinator:751', {
      body: SECOND,
      headers: { 'content-type': XLSX_TYPE },
    });
    expect(res.status).toBe(200);
    const read = inspectBytes(new Uint8Array(res.bytes), { today: '2027-01-10' });
    expect(read.plan).toBeNull();
  });
});

describe('only the coordinator of the municipality may read or write its corrections', () => {
  it.each([
    ['coordinator:751', 403],
    ['leader', 403],
    ['admin', 403],
    [null, 401],
  ] as const)('%s: GET and PUT → %i, and nothing changes', async (as, status) => {
    const before = await call('correctionsGet', `coordinator:${HJ}`);
    const read = await call('correctionsGet', as);
    expect(read.status).toBe(status);
    expect(read.text).not.toContain('fagligt fundament');
    const write = await put(as, EMPTY_REMEMBERED);
    expect(write.status).toBe(status);
    if (status === 403) {
      expect(errorOf(write).code).toBe('corrections_forbidden');
      expect(errorOf(write).message.da).toContain(HJ);
      expect(errorOf(write).message.en).toContain(HJ);
    }
    const after = await call('correctionsGet', `coordinator:${HJ}`);
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    expect(after.json<CorrectionsResponse>().remembered).toEqual(
      before.json<CorrectionsResponse>().remembered,
    );
  });

  it('a coordinator reads and writes their own municipality only', async () => {
    const own = await put('coordinator:751', EMPTY_REMEMBERED, {}, '751');
    expect(own.status).toBe(200);
    const other = await call('correctionsGet', `coordinator:${HJ}`, { code: '751' });
    expect(other.status).toBe(403);
  });

  it('a code that is no municipality is a 400', async () => {
    const res = await call('correctionsGet', `coordinator:${HJ}`, { code: 'abc' });
    expect(res.status).toBe(400);
  });
});

describe('every save is kept and audited', () => {
  it('writes a version with who, when and how large, beside the latest pointer', async () => {
    const code = '101';
    const body = JSON.stringify({
      ...EMPTY_REMEMBERED,
      values: [{ list: 'status', text: 'i proces', value: 'in_progress' }],
    });
    const first = await put('coordinator:101', body, { 'if-match': 'none' }, code);
    expect(first.status).toBe(200);
    const second = await put(
      'coordinator:101',
      { ...EMPTY_REMEMBERED, labels: [{ text: 'tovholder', field: 'coordinatorName' }] },
      { 'if-match': first.headers.get('etag') ?? '' },
      code,
    );
    expect(second.status).toBe(200);
    const names = (await svc.store.list(rememberedNames.versions(code))).sort();
    expect(names).toHaveLength(2);
    const records = await Promise.all(
      names.map(async (n) =>
        versionRecordSchema.parse(JSON.parse((await svc.store.read(n))!.body.toString('utf8'))),
      ),
    );
    const [a, b] = records as [(typeof records)[0], (typeof records)[0]];
    expect(a.audit.by.objectId).toBe(localObjectId({ role: 'coordinator', municipality: code }));
    expect(a.audit.role).toBe('coordinator');
    expect(a.audit.bytes).toBe(Buffer.byteLength(body));
    expect(Date.parse(a.audit.at)).not.toBeNaN();
    expect(a.audit.previous).toBeNull();
    expect(b.audit.previous).toBe(a.versionId);
    expect(second.json<CorrectionsResponse>().version).toBe(b.versionId);
    // The first version is still there, unchanged: versions are written once.
    expect(a.remembered.values).toEqual([{ list: 'status', text: 'i proces', value: 'in_progress' }]);
    expect(svc.logs.some((l) => l.includes('corrections_saved') && l.includes(b.versionId))).toBe(true);
  });

  it('a save from a stale read is refused with 409, and of two saves at once one wins', async () => {
    const code = '461';
    const as = 'coordinator:461';
    const first = await put(as, EMPTY_REMEMBERED, { 'if-match': 'none' }, code);
    const etag = first.headers.get('etag') ?? '';
    const next = await put(as, EMPTY_REMEMBERED, { 'if-match': etag }, code);
    expect(next.status).toBe(200);
    const stale = await put(as, EMPTY_REMEMBERED, { 'if-match': etag }, code);
    expect(stale.status).toBe(409);
    expect(errorOf(stale).code).toBe('corrections_changed');

    const now = next.headers.get('etag') ?? '';
    const race = await Promise.all([
      put(
        as,
        { ...EMPTY_REMEMBERED, labels: [{ text: 'a etiket', field: 'leaderName' }] },
        { 'if-match': now },
        code,
      ),
      put(
        as,
        { ...EMPTY_REMEMBERED, labels: [{ text: 'b etiket', field: 'leaderName' }] },
        { 'if-match': now },
        code,
      ),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = race.find((r) => r.status === 200)!.json<CorrectionsResponse>();
    const latest = await call('correctionsGet', as, { code });
    expect(latest.json<CorrectionsResponse>().remembered).toEqual(winner.remembered);
  });
});

describe('refused bodies', () => {
  const as = 'coordinator:147';
  const code = '147';

  async function nothingStored(): Promise<void> {
    expect(await svc.store.list(rememberedNames.versions(code))).toEqual([]);
  }

  it('too large: 413 in Danish and English', async () => {
    const huge = JSON.stringify({ ...EMPTY_REMEMBERED, pad: 'x'.repeat(CORRECTIONS_MAX_BYTES) });
    const res = await put(as, huge, {}, code);
    expect(res.status).toBe(413);
    expect(errorOf(res).code).toBe('corrections_too_large');
    expect(errorOf(res).message.da).toMatch(/højst/);
    expect(errorOf(res).message.en).toMatch(/at most/);
    await nothingStored();
  });

  it.each([
    ['not JSON', '{"version": 1, '],
    ['an unknown key', JSON.stringify({ ...EMPTY_REMEMBERED, extra: 1 })],
    [
      'a value outside its list',
      JSON.stringify({ ...EMPTY_REMEMBERED, values: [{ list: 'status', text: 'x y', value: 'soon' }] }),
    ],
    [
      'too many entries',
      JSON.stringify({
        ...EMPTY_REMEMBERED,
        labels: Array.from({ length: 31 }, (_, i) => ({ text: `etiket ${i}`, field: 'leaderName' })),
      }),
    ],
  ])('%s: 422 naming what is wrong', async (_what, body) => {
    const res = await put(as, body, {}, code);
    expect(res.status).toBe(422);
    expect(errorOf(res).code).toBe('corrections_invalid');
    expect(errorOf(res).message.da.length).toBeGreaterThan(20);
    expect(errorOf(res).message.en.length).toBeGreaterThan(20);
    await nothingStored();
  });

  it.each([
    `borger ${CPR_TEXT}`,
    // Nine digits that lost their leading zero, and a slash after DDMMYY (core/redact.ts holdsCpr).
    'borger 101901234',
    'borger 010190/1234',
  ])('a CPR number in any entry (%s): 422, never echoed, nothing stored', async (text) => {
    const res = await put(
      as,
      { ...EMPTY_REMEMBERED, values: [{ list: 'status', text, value: 'done' }] },
      {},
      code,
    );
    expect(res.status).toBe(422);
    expect(errorOf(res).code).toBe('corrections_contain_cpr');
    expect(res.text).not.toContain('010190');
    expect(res.text).not.toContain('101901234');
    await nothingStored();
  });
});
