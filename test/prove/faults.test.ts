// One storage fault of each kind, over HTTP against the running service: unavailable (injected),
// a failing conditional write, slowness and a real outage (Azurite stopped and started again),
// during submissions and during summary building. Callers get clear 503s with Retry-After, nothing
// half-written is ever visible, retries succeed, latest stays the newest, and a summary is complete
// or not served at all.

import type { Receipt } from '../../core/receipt';
import { Client, parseJson, type Reply } from '../../scripts/prove/client';
import {
  clear503,
  conflictOnLatest,
  failAtStep,
  outageDuringSubmissions,
  outageDuringSummary,
  slowStorage,
  SUBMIT_STEPS,
  summaryFault,
  type FaultContext,
  type FaultOutcome,
} from '../../scripts/prove/faultCampaign';
import { Ledger, reconcile } from '../../scripts/prove/ledger';
import { prepareMunicipalities, sha256, versionOf } from '../../scripts/prove/load';
import { startInProcessStack, type Stack } from '../../scripts/prove/stack';
import { checkIntegrity, StorageView } from '../../scripts/prove/storage';
import { checkSummary } from '../../scripts/prove/summaryCheck';
import { AzureBlobStore } from '../../functions/src/storage/blobs';
import { KOMMUNER } from '../../core/kommuner';
import { PROVE_PERIOD } from '../../scripts/prove/service';

let stack: Stack;
let ctx: FaultContext;
beforeAll(async () => {
  stack = await startInProcessStack();
  ctx = {
    stack,
    client: new Client(stack.url),
    view: new StorageView(stack.connectionString, stack.container),
    pool: await prepareMunicipalities(
      KOMMUNER.slice(0, 12).map((k) => k.code),
      99,
    ),
    ledger: new Ledger(),
    retryAfterCapMs: 200,
  };
}, 60_000);
afterAll(() => stack.close());

function expectSurvived(outcome: FaultOutcome): void {
  expect({ scenario: outcome.scenario, fired: outcome.fired, problems: outcome.problems }).toEqual({
    scenario: outcome.scenario,
    fired: true,
    problems: [],
  });
}

describe('during a submission', () => {
  test('storage unavailable while writing the receipt: 503, nothing visible, the retry succeeds', async () => {
    const step = SUBMIT_STEPS.find((s) => s.step === 'writing the receipt');
    if (!step) throw new Error('no such step');
    const outcome = await failAtStep(ctx, step);
    expect(outcome.answers).toBe('503 → 201');
    expectSurvived(outcome);
  });

  test('the conditional write of latest failing every time: 503, then the retry moves latest', async () => {
    const outcome = await conflictOnLatest(ctx, 'always');
    expect(outcome.answers).toBe('503 → 200');
    expectSurvived(outcome);
  }, 30_000);

  test('slow storage: concurrent submissions and a summary all succeed, complete', async () => {
    expectSurvived(await slowStorage(ctx, 100, 3));
  });

  test('a real outage: every caller gets 2xx or a clear 503, retries land, nothing lost', async () => {
    const outcome = await outageDuringSubmissions(ctx, {
      coordinators: 3,
      durationMs: 3_000,
      downAtMs: 600,
      downForMs: 1_200,
    });
    expect(outcome.answers).toMatch(/503×\d+/);
    expectSurvived(outcome);
  }, 30_000);
});

describe('during summary building', () => {
  test('storage unavailable while reading a plan: 503, then a complete summary', async () => {
    const outcome = await summaryFault(ctx, 'unavailable while reading a plan', 'unavailable', {
      kind: 'fail',
      ops: ['read'],
      match: '/plan\\.json$',
      times: 1,
    });
    expect(outcome.answers).toBe('503 → 200');
    expectSurvived(outcome);
  });

  test('a real outage mid-summary: 503 (or a complete summary), then a complete one', async () => {
    expectSurvived(await outageDuringSummary(ctx, 150));
  });
});

describe('controls: the checks can fail', () => {
  test('a 500, or a 503 without Retry-After, is not a clear 503', () => {
    const reply = (status: number, headers: Record<string, string>): Reply => ({
      method: 'POST',
      path: '/api/submissions',
      status,
      headers: { 'content-type': 'application/json', ...headers },
      body: Buffer.from(
        JSON.stringify({
          error: {
            code: 'storage_unavailable',
            message: { da: 'Lageret svarer ikke lige nu.', en: 'Storage is not answering.' },
          },
        }),
      ),
      ms: 1,
    });
    expect(clear503(reply(503, { 'retry-after': '5' }))).toBeNull();
    expect(clear503(reply(500, {}))).toMatch(/not 503/);
    expect(clear503(reply(503, {}))).toMatch(/Retry-After/);
  });

  test('a truncated summary, or one missing a municipality that had submitted, is not complete', async () => {
    const served = await ctx.client.get('leader', `/api/summary?period=${PROVE_PERIOD}`);
    expect(served.status).toBe(200);
    const roster = KOMMUNER.map((k) => k.code);
    expect(checkSummary(served.body, { period: PROVE_PERIOD, roster }).complete).toBe(true);
    const truncated = checkSummary(served.body.subarray(0, Math.floor(served.body.length * 0.9)), {
      period: PROVE_PERIOD,
      roster,
    });
    expect(truncated.complete).toBe(false);
    // A municipality that never submitted, claimed to have: the summary shows it as missing.
    const never = KOMMUNER[KOMMUNER.length - 1]!.code;
    const stale = checkSummary(served.body, { period: PROVE_PERIOD, roster, atLeast: new Map([[never, 0]]) });
    expect(stale.problems.join('\n')).toMatch(/shown as missing though it had submitted/);
  });
  test('an acknowledged submission that is not there is reported lost; a stored one not sent, misattributed', async () => {
    const m = ctx.pool.shift();
    if (!m) throw new Error('no municipality left');
    const bytes = versionOf(m, 0);
    const honest = new Ledger();
    honest.note(m.code, sha256(bytes));
    const reply = await ctx.client.submit(`coordinator:${m.code}`, bytes);
    expect(reply.status).toBe(201);
    honest.ack(m.code, 0, parseJson<Receipt>(reply));
    expect(await reconcile(honest, ctx.client, ctx.view, PROVE_PERIOD)).toEqual({
      lost: [],
      misattributed: [],
      latestWrong: [],
    });
    // Books that claim another hash was sent and an id that was never stored was acknowledged.
    const wrong = new Ledger();
    wrong.note(m.code, 'f'.repeat(64));
    wrong.acked.set(m.code, [
      { v: 0, sha: 'f'.repeat(64), id: `20261101T000000000Z-${m.code}-${PROVE_PERIOD}-0123456789ab` },
    ]);
    const found = await reconcile(wrong, ctx.client, ctx.view, PROVE_PERIOD);
    expect(found.lost).toHaveLength(1);
    expect(found.misattributed).toHaveLength(1);
    expect(found.latestWrong.length).toBeGreaterThan(0);
  });

  // Last: it leaves a broken record in storage.
  test('a receipt without its plan is seen as a half-written submission', async () => {
    const raw = AzureBlobStore.fromConfig({
      kind: 'connectionString',
      connectionString: stack.connectionString,
      container: stack.container,
    });
    const [receiptName] = (await ctx.view.list('submissions/')).filter((n) => n.endsWith('/receipt.json'));
    if (!receiptName) throw new Error('no committed submission to copy');
    const body = await ctx.view.read(receiptName);
    if (!body) throw new Error('receipt vanished');
    const fake = receiptName.replace(
      /\/[^/]+\/receipt\.json$/,
      '/19990101T000000000Z-101-2026-H2-000000000000/receipt.json',
    );
    await raw.create(fake, body, 'application/json');
    const integrity = await checkIntegrity(ctx.view);
    expect(integrity.problems.join('\n')).toMatch(/receipt without plan\.json/);
  });
});
