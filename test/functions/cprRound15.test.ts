// CPR door, round 15 (test/fixtures/cprRound15.ts) over HTTP, with the real handlers and Azurite:
// each way in besides the workbook's parts — the note header, a leader's send-back comment, a
// round's message when it is opened and changed, a roster name, a remembered correction, the
// content-type and file-name headers, a query and a path — sent the forms the earlier rounds did not
// read at these doors. Each must be refused, or masked in the answer, and no answer, header, log line
// or stored blob (its name and body: the service keeps no metadata or index tags) may show it as a
// reader sees it.

import type { Receipt } from '../../core/receipt';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { HEADERS } from '../../core/contract';
import { leaks } from '../cli/helpers';
import { ROUND15_TEXTS, readerSees, type Round15Text } from '../fixtures/cprRound15';
import { bearer, startService, type CallResult, type TestService } from './harness';
import { workbook } from './fixtures';

let svc: TestService;
let receipt: Receipt;
/** One plan of 751's, sent with every note (made once: a workbook takes a moment to write). */
let plan751: Uint8Array;
const answers: string[] = [];

beforeAll(async () => {
  svc = await startService({ parts: { today: () => '2026-10-01' } });
  plan751 = await workbook('751', { seed: 32 });
  const res = await svc.call('submit', {
    body: await workbook('101', { seed: 31 }),
    headers: { 'content-type': XLSX_TYPE, ...(await as('coordinator:101')) },
  });
  expect(res.status).toBe(201);
  receipt = res.json<Receipt>();
  const opened = await svc.call('roundOpen', {
    body: JSON.stringify({ period: '2026-H2', deadline: '2026-12-15' }),
    headers: { 'content-type': 'application/json', ...(await as('leader')) },
  });
  expect(opened.status).toBe(201);
});
afterAll(async () => svc.close());

async function as(who: string): Promise<Record<string, string>> {
  return bearer(await svc.token(who));
}

function kept(res: CallResult): CallResult {
  answers.push(res.text, [...res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n'));
  return res;
}

const errorOf = (res: CallResult) =>
  res.json<{ error: { code: string; message: { da: string; en: string } } }>().error;

const missed = ROUND15_TEXTS.filter((p) => p.outcome === 'refused' && p.before === 'missed');
/** The forms a header can carry (a lone surrogate has no UTF-8 form: it travels only in JSON). */
const inHeaders = missed.filter(
  (p) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(p.value),
);

test.each(inHeaders.map((p) => [p.id, p] as const))(
  '%s in the note header: refused, nothing stored',
  async (_id, p) => {
    const res = kept(
      await svc.call('submit', {
        body: plan751,
        headers: {
          'content-type': XLSX_TYPE,
          'x-korpsplan-note': encodeURIComponent(p.value),
          ...(await as('coordinator:751')),
        },
      }),
    );
    expect({ status: res.status, code: errorOf(res).code }).toEqual({
      status: 422,
      code: 'note_contains_cpr',
    });
  },
);

test.each(missed.map((p) => [p.id, p] as const))(
  "%s in a leader's send-back comment: refused, saying why",
  async (_id, p) => {
    const id = receipt.submissionId;
    const res = kept(
      await svc.call('review', {
        path: `api/submissions/${id}/review`,
        params: { id },
        body: JSON.stringify({ decision: 'sent_back', comment: p.value }),
        headers: { 'content-type': 'application/json', ...(await as('leader')) },
      }),
    );
    expect(res.status).toBe(422);
    expect(errorOf(res).message.en).toContain('the comment looks like a CPR number');
  },
);

test("a round's message, opened and changed, a roster name and a remembered text: refused", async () => {
  const pick = (id: string): Round15Text => missed.find((p) => p.id === id)!;
  const open = kept(
    await svc.call('roundOpen', {
      body: JSON.stringify({
        period: '2027-H1',
        deadline: '2027-06-15',
        message: pick('loneHighSurrogate').value,
      }),
      headers: { 'content-type': 'application/json', ...(await as('leader')) },
    }),
  );
  const change = kept(
    await svc.call('roundChange', {
      method: 'PATCH',
      path: 'api/rounds/2026-H2',
      params: { period: '2026-H2' },
      body: JSON.stringify({ message: pick('greekIota').value }),
      headers: { 'content-type': 'application/json', ...(await as('leader')) },
    }),
  );
  const corrections = kept(
    await svc.call('correctionsPut', {
      path: 'api/municipalities/751/corrections',
      params: { code: '751' },
      body: JSON.stringify({
        version: 1,
        columns: [],
        values: [{ list: 'status', text: `i gang ${pick('nonCharacterFFFF').value}`, value: 'in_progress' }],
        labels: [],
      }),
      headers: { 'content-type': 'application/json', ...(await as('coordinator:751')) },
    }),
  );
  const roster = kept(
    await svc.call('rosterPut', {
      body: JSON.stringify({
        version: 1,
        entries: [
          {
            tenantId: '11111111-1111-1111-1111-111111111111',
            objectId: '22222222-2222-2222-2222-222222222222',
            role: 'leader',
            name: `Bo ${pick('loneLowSurrogate').value}`,
          },
        ],
      }),
      headers: { 'content-type': 'application/json', ...(await as('admin')) },
    }),
  );
  expect([open, change, roster, corrections].map((r) => r.status)).toEqual([422, 422, 422, 422]);
  expect(errorOf(roster).message.en).toContain('looks like a CPR number');
});

test('a content-type, a file name, a query and a path in such forms: never shown back', async () => {
  const p = missed.find((q) => q.id === 'cyrillicCapitalO')!;
  const type = kept(
    await svc.call('submit', {
      body: plan751,
      // A header carries Latin-1 only: a soft hyphen inside the number (shows nothing).
      headers: { 'content-type': 'application/x-0101\u00ad901234', ...(await as('coordinator:751')) },
    }),
  );
  expect(type.status).toBe(415);
  expect(leaks('0101901234', readerSees(type.text))).toBe(false);
  const named = kept(
    await svc.call('structure', {
      body: plan751,
      headers: {
        'content-type': XLSX_TYPE,
        [HEADERS.fileName]: encodeURIComponent(`Plan ${p.value}.xlsx`),
        ...(await as('coordinator:751')),
      },
    }),
  );
  expect(named.status).toBeLessThan(500);
  const query = kept(
    await svc.call('history', {
      path: `api/submissions?municipality=${encodeURIComponent(p.value)}`,
      headers: await as('leader'),
    }),
  );
  expect(query.status).toBe(400);
  const path = kept(
    await svc.call('receipt', {
      path: `api/submissions/${encodeURIComponent(p.value)}`,
      params: { id: p.value },
      headers: await as('leader'),
    }),
  );
  expect(path.status).toBeGreaterThanOrEqual(400);
});

test('no answer, header, log line or stored blob shows any of the numbers', async () => {
  const names = await svc.store.list('');
  const blobs = await Promise.all(
    names.map(async (n) => {
      const b = await svc.store.read(n);
      return `${n}\n${b?.body.toString('utf8') ?? ''}`;
    }),
  );
  const texts = [...answers, ...svc.logs, ...blobs].map((t) => readerSees(t));
  expect(missed.filter((p) => leaks(p.written, ...texts)).map((p) => p.id)).toEqual([]);
});
