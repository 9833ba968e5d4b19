// A reporting round end to end, with the real handlers and Azurite: a leader opens a round, three
// municipalities submit (one late), a leader sends one back with a comment, the coordinator sees it
// and submits again, the leader approves; the status list shows every state. Two leaders reviewing
// at once: one wins, the other is told who got there first. A coordinator cannot review, an older
// submission cannot be reviewed, and a closed round cannot change.

import ExcelJS from 'exceljs';
import { inspectBytes } from '../../core/inspect';
import type { Receipt } from '../../core/receipt';
import type { Review, Round, StatusRow } from '../../core/rounds';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bearer, startService, type CallResult, type TestService } from './harness';
import { PERIOD, workbook } from './fixtures';

let svc: TestService;
let clock = new Date('2026-12-01T09:00:00Z');

beforeAll(async () => {
  svc = await startService({ parts: { today: () => '2026-10-01', now: () => clock } });
});
afterAll(async () => svc.close());

async function as(who: string): Promise<Record<string, string>> {
  return bearer(await svc.token(who));
}

async function submit(municipality: string, seed: number): Promise<Receipt> {
  const res = await svc.call('submit', {
    body: await workbook(municipality, { seed }),
    headers: { 'content-type': XLSX_TYPE, ...(await as(`coordinator:${municipality}`)) },
  });
  expect(res.status).toBe(201);
  return res.json<Receipt>();
}

async function review(who: string, id: string, body: unknown): Promise<CallResult> {
  return svc.call('review', {
    path: `api/submissions/${id}/review`,
    params: { id },
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(await as(who)) },
  });
}

async function status(
  who: string,
  filter?: string,
): Promise<{ rows: StatusRow[]; counts: Record<string, number> }> {
  const res = await svc.call('roundStatus', {
    path: `api/rounds/${PERIOD}/status${filter ? `?filter=${filter}` : ''}`,
    params: { period: PERIOD },
    headers: await as(who),
  });
  expect(res.status).toBe(200);
  return res.json();
}

function row(rows: readonly StatusRow[], code: string): StatusRow | undefined {
  return rows.find((r) => r.municipality === code);
}

test('a round from opening to approval, with every state on the status list', async () => {
  const opened = await svc.call('roundOpen', {
    body: JSON.stringify({ period: PERIOD, deadline: '2026-12-15', expected: ['751', '101', '461', '851'] }),
    headers: { 'content-type': 'application/json', ...(await as('leader')) },
  });
  expect(opened.status).toBe(201);
  expect(opened.json<Round>().changes[0]).toMatchObject({ what: 'opened', by: { role: 'leader' } });

  // Before anyone submits: all four missing.
  expect((await status('leader')).counts).toMatchObject({ expected: 4, mangler: 4 });

  clock = new Date('2026-12-10T10:00:00Z');
  const first751 = await submit('751', 1);
  const on101 = await submit('101', 1);
  // 461 submits the day after the deadline (Danish time): accepted, and late.
  clock = new Date('2026-12-16T08:00:00Z');
  const late461 = await submit('461', 1);

  // A leader sends 751 back with a comment; the coordinator of 751 sees it in their row.
  clock = new Date('2026-12-16T09:00:00Z');
  const back = await review('leader', first751.submissionId, {
    decision: 'sent_back',
    comment: 'Fasen mangler på forsiden (B4).',
  });
  expect(back.status).toBe(201);
  const seen = await status('coordinator:751');
  expect(seen.rows).toHaveLength(1);
  expect(seen.rows[0]).toMatchObject({
    municipality: '751',
    state: 'sendt_tilbage',
    review: { decision: 'sent_back', comment: 'Fasen mangler på forsiden (B4).' },
  });

  // The older submission cannot be reviewed once a newer one is in.
  clock = new Date('2026-12-17T09:00:00Z');
  const second751 = await submit('751', 2);
  const superseded = await review('leader', first751.submissionId, { decision: 'approved' });
  expect(superseded.status).toBe(409);
  expect(
    superseded.json<{ error: { code: string; message: { da: string; en: string } } }>().error,
  ).toMatchObject({
    code: 'review_superseded',
    message: {
      da: expect.stringContaining('Aarhus') as unknown,
      en: expect.stringContaining('latest') as unknown,
    },
  });

  // The resubmission is awaiting review, answers the send-back, and is not late (751 first came in time).
  const afterResubmit = await status('leader');
  expect(row(afterResubmit.rows, '751')).toMatchObject({
    state: 'indsendt',
    late: false,
    submissionId: second751.submissionId,
    answers: { decision: 'sent_back' },
  });

  expect((await review('leader', second751.submissionId, { decision: 'approved' })).status).toBe(201);
  expect((await review('admin', late461.submissionId, { decision: 'approved' })).status).toBe(201);

  const final = await status('leader');
  expect(final.rows.map((r) => [r.municipality, r.state, r.late])).toEqual([
    ['101', 'indsendt', false],
    ['461', 'godkendt', true],
    ['751', 'godkendt', false],
    ['851', 'mangler', false],
  ]);
  expect(final.counts).toEqual({
    expected: 4,
    mangler: 1,
    indsendt: 1,
    sendt_tilbage: 0,
    godkendt: 2,
    late: 1,
  });
  expect((await status('leader', 'mangler')).rows.map((r) => r.municipality)).toEqual(['851']);
  expect((await status('leader', 'afventer')).rows.map((r) => r.submissionId)).toEqual([on101.submissionId]);
  expect((await status('leader', 'for_sent')).rows.map((r) => r.municipality)).toEqual(['461']);
});

test('two leaders reviewing at once: one 201, one 409 naming who got there first', async () => {
  const receipt = await submit('851', 7);
  const [a, b] = await Promise.all([
    review('leader', receipt.submissionId, { decision: 'approved' }),
    review('admin', receipt.submissionId, { decision: 'sent_back', comment: 'Indikatorerne mangler.' }),
  ]);
  expect([a.status, b.status].sort()).toEqual([201, 409]);
  const loser = a.status === 409 ? a : b;
  const winner = (a.status === 201 ? a : b).json<Review>();
  const message = loser.json<{ error: { code: string; message: { da: string; en: string } } }>().error;
  expect(message.code).toBe('review_taken');
  expect(message.message.en).toContain(winner.by.name ?? 'Someone else');
  // The stored review is the winner's, written once.
  const stored = await svc.call('reviewGet', {
    path: `api/submissions/${receipt.submissionId}/review`,
    params: { id: receipt.submissionId },
    headers: await as('coordinator:851'),
  });
  expect(stored.json<Review>()).toEqual(winner);
});

test('a coordinator cannot review, not even their own plan; sending back needs a comment', async () => {
  const receipt = await submit('147', 3);
  const own = await review('coordinator:147', receipt.submissionId, { decision: 'approved' });
  expect(own.status).toBe(403);
  const noComment = await review('leader', receipt.submissionId, { decision: 'sent_back' });
  expect(noComment.status).toBe(422);
  expect(noComment.text).toContain('comment');
});

test('a moved deadline is kept with who moved it; a closed round cannot change', async () => {
  const patch = async (body: unknown) =>
    svc.call('roundChange', {
      method: 'PATCH',
      path: `api/rounds/${PERIOD}`,
      params: { period: PERIOD },
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(await as('leader')) },
    });
  const moved = await patch({ deadline: '2026-12-22' });
  expect(moved.status).toBe(200);
  expect(moved.json<Round>().changes.at(-1)).toMatchObject({
    what: 'deadline',
    from: '2026-12-15',
    to: '2026-12-22',
  });
  expect((await patch({ closed: true })).status).toBe(200);
  const refused = await patch({ deadline: '2027-01-05' });
  expect(refused.status).toBe(409);
  expect(refused.json<{ error: { code: string } }>().error.code).toBe('round_closed');
  // Every change is also kept as a blob of its own.
  expect(await svc.deps.rounds.changes(PERIOD)).toHaveLength(3);
});

describe('the summary workbook shows the round', () => {
  async function overview(
    query: string,
  ): Promise<{ rows: Map<string, Record<string, string>>; about: string }> {
    const res = await svc.call('summary', {
      path: `api/summary?period=${PERIOD}${query}`,
      headers: await as('leader'),
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Overblik');
    if (!sheet) throw new Error('no Overblik');
    const header = sheet.getRow(4).values as unknown[];
    const rows = new Map<string, Record<string, string>>();
    sheet.eachRow((row, n) => {
      if (n <= 4) return;
      const values = row.values as unknown[];
      const record: Record<string, string> = {};
      header.forEach((h, i) => {
        if (typeof h === 'string') record[h] = cellString(values[i]);
      });
      if (record.Kommune) rows.set(record.Kommune, record);
    });
    const aboutSheet = book.getWorksheet('Om data');
    const about: string[] = [];
    aboutSheet?.eachRow((row) => about.push((row.values as unknown[]).map(cellString).join(' ')));
    return { rows, about: about.join('\n') };
  }

  function cellString(v: unknown): string {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return v.toISOString();
    if (typeof v === 'object' && 'richText' in v)
      return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
    if (typeof v === 'object' && 'text' in v) return String(v.text);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
    return JSON.stringify(v);
  }

  test('the overview has the state in the round, on time, reviewed by and when; "Om data" names the round', async () => {
    const { rows, about } = await overview('');
    expect(rows.get('Aarhus')).toMatchObject({ 'Status i runden': 'Godkendt', 'Til tiden': 'Ja' });
    expect(rows.get('Aarhus')?.['Vurderet af']).not.toBe('');
    // Odense came in on 16 December: late against the first deadline, on time since the test above
    // moved it to the 22nd — lateness follows the round's deadline as it stands.
    expect(rows.get('Odense')).toMatchObject({ 'Status i runden': 'Godkendt', 'Til tiden': 'Ja' });
    expect(rows.get('Aalborg')?.['Status i runden']).toMatch(/Godkendt|Sendt tilbage/);
    expect(rows.get('København')).toMatchObject({ 'Status i runden': 'Indsendt', 'Vurderet af': '' });
    expect(about).toContain('Indberetningsrunde');
    expect(about).toContain(`${PERIOD} med frist`);
    expect(about).toContain('godkendt eller ej');
  });

  test('built from approved submissions only, a plan not yet approved is missing and the workbook says so', async () => {
    const { rows, about } = await overview('&basis=approved');
    expect(rows.get('Aarhus')?.['Fase']).not.toBe('');
    // 101 submitted but was never reviewed: no approved plan, so no figures from it.
    expect(rows.get('København')?.['Fase']).toBe('');
    expect(about).toContain('Kun godkendte indsendelser');
  });
});

test('a leader opens a submission as a workbook in the template layout, and it reads back to the stored plan', async () => {
  const receipt = await submit('157', 4);
  const res = await svc.call('planWorkbook', {
    path: `api/submissions/${receipt.submissionId}/workbook`,
    params: { id: receipt.submissionId },
    headers: await as('leader'),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
  const stored = await svc.call('plan', {
    path: `api/submissions/${receipt.submissionId}/plan`,
    params: { id: receipt.submissionId },
    headers: await as('leader'),
  });
  const reread = inspectBytes(new Uint8Array(res.bytes), { today: '2026-10-01' });
  expect(reread.plan).toEqual(stored.json());
  const other = await svc.call('planWorkbook', {
    path: `api/submissions/${receipt.submissionId}/workbook`,
    params: { id: receipt.submissionId },
    headers: await as('coordinator:751'),
  });
  expect(other.status).toBe(403);
});
