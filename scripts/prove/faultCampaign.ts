// Faults: storage unavailable, slow, or failing a conditional write, during submissions and during
// summary building, by the service's own fault injection (./faults.ts) and by a real outage (Azurite
// stopped, its port closed, and started again). Each scenario checks the promises a caller relies on:
// a clear 503 (storage_unavailable, Danish and English, Retry-After), no half-written submission
// ever visible (storage invariants, /api/submissions), retries that succeed, latest the newest, and a
// summary that is complete or not served at all.

import type { Receipt } from '../../core/receipt';
import { KOMMUNER } from '../../core/kommuner';
import { bilingual, errorOf, parseJson, type Client, type Reply } from './client';
import type { FaultRule } from './faults';
import { Ledger, reconcile } from './ledger';
import { planIsVersion, sha256, versionOf, type Municipality } from './load';
import { PROVE_PERIOD } from './service';
import type { Stack } from './stack';
import { checkIntegrity, type StorageView } from './storage';
import { checkSummary } from './summaryCheck';

export type FaultKind = 'unavailable' | 'conditional write' | 'slow' | 'outage';

export interface FaultOutcome {
  readonly scenario: string;
  readonly during: 'submission' | 'summary';
  readonly kind: FaultKind;
  /** The answers callers got, in order (e.g. "503 → 201"). */
  readonly answers: string;
  /** The fault really happened (a rule fired, or storage was down while requests were made). */
  readonly fired: boolean;
  readonly problems: string[];
  /** The slowest answer in the scenario (ms). */
  readonly slowestMs: number;
}

export interface FaultContext {
  readonly stack: Stack;
  readonly client: Client;
  readonly view: StorageView;
  /** Prepared plans, one per municipality a scenario may use (each scenario takes fresh ones). */
  readonly pool: Municipality[];
  readonly ledger: Ledger;
  /** Longest wait honoured from a Retry-After header (ms). */
  readonly retryAfterCapMs: number;
}

// --- Pieces --------------------------------------------------------------------------------------------

function take(ctx: FaultContext, n: number): Municipality[] {
  if (ctx.pool.length < n) throw new Error(`the fault campaign ran out of municipalities (${n} more needed)`);
  return ctx.pool.splice(0, n);
}

/** A 503 a caller can act on: storage_unavailable, both languages, a Retry-After in seconds. */
export function clear503(reply: Reply): string | null {
  if (reply.status !== 503)
    return `answered ${reply.status}${errorOf(reply) ? ` ${errorOf(reply)?.code}` : ''}, not 503`;
  if (errorOf(reply)?.code !== 'storage_unavailable')
    return `503 with code ${errorOf(reply)?.code ?? 'none'}`;
  if (!bilingual(reply)) return '503 without a Danish and an English message';
  if (!/^\d+$/.test(reply.headers['retry-after'] ?? '')) return '503 without Retry-After';
  return null;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function retryWait(ctx: FaultContext, reply: Reply): number {
  return Math.min(ctx.retryAfterCapMs, Number(reply.headers['retry-after'] ?? '1') * 1000);
}

interface Sent {
  readonly m: Municipality;
  readonly v: number;
  readonly bytes: Uint8Array;
  readonly sha: string;
}

function nextVersion(ctx: FaultContext, m: Municipality): Sent {
  const v = ctx.ledger.sent.get(m.code)?.length ?? 0;
  const bytes = versionOf(m, v);
  const sha = sha256(bytes);
  ctx.ledger.note(m.code, sha);
  return { m, v, bytes, sha };
}

async function send(ctx: FaultContext, s: Sent, headers: Record<string, string> = {}): Promise<Reply> {
  const reply = await ctx.client.submit(`coordinator:${s.m.code}`, s.bytes, headers);
  if (reply.status === 201 || reply.status === 200) {
    const receipt = parseJson<Receipt>(reply);
    if (
      receipt.sha256 === s.sha &&
      !ctx.ledger.acked.get(s.m.code)?.some((a) => a.id === receipt.submissionId)
    )
      ctx.ledger.ack(s.m.code, s.v, receipt);
  }
  return reply;
}

/** Nothing of these bytes is visible: no receipt in storage or in /api/submissions, latest not them. */
async function invisible(ctx: FaultContext, s: Sent): Promise<string[]> {
  const problems: string[] = [];
  for (const name of await ctx.view.list(`submissions/${s.m.code}/`)) {
    if (!name.endsWith('/receipt.json')) continue;
    const r = (await ctx.view.readJson(name)) as { sha256?: string } | null;
    if (r?.sha256 === s.sha) problems.push(`a receipt for the failed submission is stored (${name})`);
  }
  const history = await ctx.client.get(`coordinator:${s.m.code}`, '/api/submissions');
  if (history.status !== 200) problems.push(`/api/submissions answered ${history.status}`);
  else if (parseJson<{ submissions: Receipt[] }>(history).submissions.some((r) => r.sha256 === s.sha))
    problems.push('/api/submissions lists the failed submission');
  const latest = (await ctx.view.readJson(`latest/${PROVE_PERIOD}/${s.m.code}.json`)) as {
    sha256?: string;
  } | null;
  if (latest?.sha256 === s.sha) problems.push('latest points at the failed submission');
  return problems;
}

async function settled(ctx: FaultContext, codes: readonly string[]): Promise<string[]> {
  const problems = (await checkIntegrity(ctx.view)).problems;
  const sub = new Ledger();
  for (const code of codes) {
    for (const sha of ctx.ledger.sent.get(code) ?? []) sub.note(code, sha);
    for (const a of ctx.ledger.acked.get(code) ?? [])
      sub.acked.set(code, [...(sub.acked.get(code) ?? []), a]);
  }
  const rec = await reconcile(sub, ctx.client, ctx.view, PROVE_PERIOD, planIsVersion);
  return [...problems, ...rec.lost.map((l) => `lost: ${l}`), ...rec.misattributed, ...rec.latestWrong];
}

/** A summary request: a complete workbook, or a clear 503; never anything else. */
async function summary(ctx: FaultContext): Promise<{ reply: Reply; problems: string[] }> {
  const atLeast = ctx.ledger.snapshot();
  const reply = await ctx.client.get('leader', `/api/summary?period=${PROVE_PERIOD}`);
  if (reply.status === 200) {
    const verdict = checkSummary(reply.body, {
      period: PROVE_PERIOD,
      roster: KOMMUNER.map((k) => k.code),
      sent: ctx.ledger.sent,
      atLeast,
    });
    return { reply, problems: verdict.problems.map((p) => `summary served incomplete: ${p}`) };
  }
  const bad = clear503(reply);
  return { reply, problems: bad ? [`summary: ${bad}`] : [] };
}

async function withRules<T>(
  ctx: FaultContext,
  rules: readonly FaultRule[],
  body: () => Promise<T>,
): Promise<{ value: T; hits: number[] }> {
  await ctx.stack.setFaults(rules);
  try {
    const value = await body();
    return { value, hits: await ctx.stack.faultHits() };
  } finally {
    await ctx.stack.setFaults([]);
  }
}

// --- Scenarios during a submission ------------------------------------------------------------------

/** Each step of the write path, in order. */
export const SUBMIT_STEPS: readonly { readonly step: string; readonly rule: FaultRule }[] = [
  {
    step: 'reading the idempotency record',
    rule: { kind: 'fail', ops: ['read'], match: '^idempotency/', times: 1 },
  },
  { step: 'writing the claim', rule: { kind: 'fail', ops: ['create'], match: '^dedupe/', times: 1 } },
  {
    step: 'writing the idempotency record',
    rule: { kind: 'fail', ops: ['create'], match: '^idempotency/', times: 1 },
  },
  {
    step: 'writing the original file',
    rule: { kind: 'fail', ops: ['create'], match: '/original\\.xlsx$', times: 1 },
  },
  { step: 'writing the plan', rule: { kind: 'fail', ops: ['create'], match: '/plan\\.json$', times: 1 } },
  {
    step: 'writing the receipt',
    rule: { kind: 'fail', ops: ['create'], match: '/receipt\\.json$', times: 1 },
  },
];

/** Storage fails at one step: 503, nothing visible, the same request sent again succeeds. */
export async function failAtStep(
  ctx: FaultContext,
  step: (typeof SUBMIT_STEPS)[number],
): Promise<FaultOutcome> {
  const [m] = take(ctx, 1);
  if (!m) throw new Error('no municipality');
  const s = nextVersion(ctx, m);
  const key = { 'idempotency-key': `prove-${m.code}-${s.v}-${Date.now()}` };
  const { value: failed, hits } = await withRules(ctx, [step.rule], () => send(ctx, s, key));
  const problems: string[] = [];
  const bad = clear503(failed);
  if (bad) problems.push(bad);
  problems.push(...(await invisible(ctx, s)));
  const retry = await send(ctx, s, key);
  if (retry.status !== 201) problems.push(`the retry answered ${retry.status}`);
  problems.push(...(await settled(ctx, [m.code])));
  return {
    scenario: `unavailable while ${step.step}`,
    during: 'submission',
    kind: 'unavailable',
    answers: `${failed.status} → ${retry.status}`,
    fired: (hits[0] ?? 0) > 0,
    problems,
    slowestMs: Math.max(failed.ms, retry.ms),
  };
}

/** Moving latest fails after the receipt is written: 503; the submission is complete, and the retry moves latest. */
export async function failAtLatest(ctx: FaultContext): Promise<FaultOutcome> {
  const [m] = take(ctx, 1);
  if (!m) throw new Error('no municipality');
  const first = nextVersion(ctx, m);
  const ok = await send(ctx, first);
  const s = nextVersion(ctx, m);
  const { value: failed, hits } = await withRules(
    ctx,
    [{ kind: 'fail', ops: ['replace'], match: '^latest/' }],
    () => send(ctx, s),
  );
  const problems: string[] = [];
  if (ok.status !== 201) problems.push(`the first submission answered ${ok.status}`);
  const bad = clear503(failed);
  if (bad) problems.push(bad);
  problems.push(...(await checkIntegrity(ctx.view)).problems);
  const retry = await send(ctx, s);
  if (retry.status !== 200) problems.push(`the retry answered ${retry.status} (200: the same receipt)`);
  problems.push(...(await settled(ctx, [m.code])));
  return {
    scenario: 'unavailable while moving latest (after the receipt)',
    during: 'submission',
    kind: 'unavailable',
    answers: `${failed.status} → ${retry.status}`,
    fired: (hits[0] ?? 0) > 0,
    problems,
    slowestMs: Math.max(failed.ms, retry.ms),
  };
}

/** The conditional write of latest fails `times` times (another writer each time), or always. */
export async function conflictOnLatest(ctx: FaultContext, times: number | 'always'): Promise<FaultOutcome> {
  const [m] = take(ctx, 1);
  if (!m) throw new Error('no municipality');
  const problems: string[] = [];
  const first = await send(ctx, nextVersion(ctx, m));
  if (first.status !== 201) problems.push(`the first submission answered ${first.status}`);
  const s = nextVersion(ctx, m);
  const rule: FaultRule = {
    kind: 'conflict',
    ops: ['replace'],
    match: '^latest/',
    ...(times === 'always' ? {} : { times }),
  };
  const { value: reply, hits } = await withRules(ctx, [rule], () => send(ctx, s));
  let answers = String(reply.status);
  let slowest = reply.ms;
  if (times === 'always') {
    const bad = clear503(reply);
    if (bad) problems.push(bad);
    const retry = await send(ctx, s);
    answers += ` → ${retry.status}`;
    slowest = Math.max(slowest, retry.ms);
    if (retry.status !== 200) problems.push(`the retry answered ${retry.status} (200: the same receipt)`);
  } else if (reply.status !== 201) {
    problems.push(`answered ${reply.status} though the condition failed only ${times} times`);
  }
  problems.push(...(await settled(ctx, [m.code])));
  return {
    scenario:
      times === 'always'
        ? 'conditional write of latest fails every time'
        : `conditional write of latest fails ${times} times`,
    during: 'submission',
    kind: 'conditional write',
    answers,
    fired: (hits[0] ?? 0) > 0,
    problems,
    slowestMs: slowest,
  };
}

/** Every storage operation slow: concurrent submissions and a summary still succeed, complete. */
export async function slowStorage(
  ctx: FaultContext,
  delayMs: number,
  concurrent: number,
): Promise<FaultOutcome> {
  const ms = take(ctx, concurrent);
  const { value, hits } = await withRules(ctx, [{ kind: 'delay', ms: delayMs }], () =>
    Promise.all([...ms.map((m) => send(ctx, nextVersion(ctx, m))), summary(ctx)]),
  );
  const replies = value.slice(0, -1) as Reply[];
  const sum = value[value.length - 1] as { reply: Reply; problems: string[] };
  const problems = replies.filter((r) => r.status !== 201).map((r) => `a submission answered ${r.status}`);
  if (sum.reply.status !== 200) problems.push(`the summary answered ${sum.reply.status}`);
  problems.push(
    ...sum.problems,
    ...(await settled(
      ctx,
      ms.map((m) => m.code),
    )),
  );
  const all = [...replies, sum.reply];
  return {
    scenario: `every storage operation ${delayMs} ms slower: ${concurrent} submissions and a summary at once`,
    during: 'submission',
    kind: 'slow',
    answers: `${replies.filter((r) => r.status === 201).length}×201, summary ${sum.reply.status}`,
    fired: (hits[0] ?? 0) > 0,
    problems,
    slowestMs: Math.max(...all.map((r) => r.ms)),
  };
}

export interface OutageOptions {
  readonly coordinators: number;
  /** How long the campaign keeps submitting (ms). */
  readonly durationMs: number;
  /** When storage stops, and for how long (ms). */
  readonly downAtMs: number;
  readonly downForMs: number;
}

/**
 * A real outage while coordinators submit and a leader fetches summaries: Azurite stops (its port
 * closes) and starts again. Every caller gets a 2xx or a clear 503 and retries after Retry-After
 * until accepted; afterwards nothing is lost or half-visible and every summary served was complete.
 */
export async function outageDuringSubmissions(ctx: FaultContext, o: OutageOptions): Promise<FaultOutcome> {
  const ms = take(ctx, o.coordinators);
  const problems: string[] = [];
  const counts = new Map<string, number>();
  let slowest = 0;
  let duringOutage = 0;
  let down = false;
  const t0 = performance.now();
  const end = t0 + o.durationMs;
  const count = (label: string, reply: Reply): void => {
    counts.set(label, (counts.get(label) ?? 0) + 1);
    slowest = Math.max(slowest, reply.ms);
    if (down) duringOutage++;
  };
  const coordinator = async (m: Municipality): Promise<void> => {
    while (performance.now() < end) {
      const s = nextVersion(ctx, m);
      for (;;) {
        const reply = await send(ctx, s);
        count(String(reply.status), reply);
        if (reply.status === 201 || reply.status === 200) break;
        const bad = clear503(reply);
        if (bad) problems.push(`submission: ${bad}`);
        await sleep(retryWait(ctx, reply));
      }
    }
  };
  const leader = async (): Promise<void> => {
    while (performance.now() < end) {
      const { reply, problems: p } = await summary(ctx);
      count(`summary ${reply.status}`, reply);
      problems.push(...p);
      await sleep(reply.status === 503 ? retryWait(ctx, reply) : 300);
    }
  };
  const outage = async (): Promise<void> => {
    await sleep(o.downAtMs);
    await ctx.stack.stopStorage();
    down = true;
    await sleep(o.downForMs);
    await ctx.stack.startStorage();
    down = false;
  };
  await Promise.all([...ms.map(coordinator), leader(), outage()]);
  problems.push(
    ...(await settled(
      ctx,
      ms.map((m) => m.code),
    )),
  );
  const final = await summary(ctx);
  if (final.reply.status !== 200)
    problems.push(`the summary after the outage answered ${final.reply.status}`);
  problems.push(...final.problems);
  const answers = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k}×${n}`)
    .join(', ');
  return {
    scenario: `Azurite stopped for ${o.downForMs / 1000} s while ${o.coordinators} coordinators submit and a leader fetches the summary`,
    during: 'submission',
    kind: 'outage',
    answers,
    fired: duringOutage > 0 && (counts.get('503') ?? 0) > 0,
    problems,
    slowestMs: slowest,
  };
}

// --- Scenarios during summary building -------------------------------------------------------------------

/** A fault while the summary reads: a clear 503, then a complete summary once storage answers. */
export async function summaryFault(
  ctx: FaultContext,
  what: string,
  kind: FaultKind,
  rule: FaultRule,
): Promise<FaultOutcome> {
  const { value: first, hits } = await withRules(ctx, [rule], () => summary(ctx));
  const problems = [...first.problems];
  if (kind !== 'slow' && first.reply.status !== 503)
    problems.push(`answered ${first.reply.status} during the fault`);
  if (kind === 'slow' && first.reply.status !== 200)
    problems.push(`answered ${first.reply.status} though storage was only slow`);
  const again = await summary(ctx);
  problems.push(...again.problems);
  if (again.reply.status !== 200) problems.push(`the retry answered ${again.reply.status}`);
  return {
    scenario: what,
    during: 'summary',
    kind,
    answers: `${first.reply.status} → ${again.reply.status}`,
    fired: (hits[0] ?? 0) > 0,
    problems,
    slowestMs: Math.max(first.reply.ms, again.reply.ms),
  };
}

/**
 * A latest record lags behind a committed receipt (its update failed), and while the summary repairs
 * it the conditional write fails every time: a clear 503, and then a complete summary that shows the
 * repaired, newest submission.
 */
export async function summaryConflict(ctx: FaultContext): Promise<FaultOutcome> {
  const [m] = take(ctx, 1);
  if (!m) throw new Error('no municipality');
  const problems: string[] = [];
  const first = await send(ctx, nextVersion(ctx, m));
  if (first.status !== 201) problems.push(`the first submission answered ${first.status}`);
  const s = nextVersion(ctx, m);
  const lag = await withRules(ctx, [{ kind: 'fail', ops: ['replace'], match: '^latest/' }], () =>
    send(ctx, s),
  );
  if (lag.value.status !== 503) problems.push(`the lagging submission answered ${lag.value.status}`);
  // The receipt is committed: a summary asked for now must show it (the ledger is told so).
  const receipts = (await ctx.view.list(`submissions/${m.code}/`)).filter((n) => n.endsWith('/receipt.json'));
  for (const name of receipts) {
    const r = (await ctx.view.readJson(name)) as Receipt;
    if (r.sha256 === s.sha) ctx.ledger.ack(m.code, s.v, r);
  }
  const { value: during, hits } = await withRules(
    ctx,
    [{ kind: 'conflict', ops: ['replace'], match: '^latest/' }],
    () => summary(ctx),
  );
  problems.push(...during.problems);
  if (during.reply.status !== 503)
    problems.push(`answered ${during.reply.status} while the repair could not write`);
  const again = await summary(ctx);
  problems.push(...again.problems);
  if (again.reply.status !== 200) problems.push(`the retry answered ${again.reply.status}`);
  problems.push(...(await settled(ctx, [m.code])));
  return {
    scenario: 'repairing a lagging latest, the conditional write fails every time',
    during: 'summary',
    kind: 'conditional write',
    answers: `${during.reply.status} → ${again.reply.status}`,
    fired: (hits[0] ?? 0) > 0,
    problems,
    slowestMs: Math.max(during.reply.ms, again.reply.ms),
  };
}

/** Azurite stops while a summary is being built (its plan reads held until after the stop, so that it is surely mid-way). */
export async function outageDuringSummary(ctx: FaultContext, stopAfterMs: number): Promise<FaultOutcome> {
  const problems: string[] = [];
  let finishedBeforeStop = false;
  const { value } = await withRules(
    ctx,
    [{ kind: 'delay', ops: ['read'], match: '/plan\\.json$', ms: stopAfterMs + 300 }],
    async () => {
      let stopped = false;
      const pending = summary(ctx).then((r) => {
        finishedBeforeStop ||= !stopped;
        return r;
      });
      await sleep(stopAfterMs);
      await ctx.stack.stopStorage();
      stopped = true;
      const result = await pending;
      await ctx.stack.startStorage();
      return result;
    },
  );
  problems.push(...value.problems);
  const again = await summary(ctx);
  problems.push(...again.problems);
  if (again.reply.status !== 200)
    problems.push(`the summary after the outage answered ${again.reply.status}`);
  return {
    scenario: 'Azurite stopped while a summary is being built',
    during: 'summary',
    kind: 'outage',
    answers: `${value.reply.status} → ${again.reply.status}`,
    fired: !finishedBeforeStop,
    problems,
    slowestMs: Math.max(value.reply.ms, again.reply.ms),
  };
}
