// Load: for a bounded time every one of the 98 municipalities submits and resubmits its plan (each
// resubmission a changed plan) while leaders fetch the summary, all over loopback HTTP against the
// local stack. The generator knows the hash of everything it sent, so afterwards it can show that no
// acknowledged submission was lost, none was filed under another municipality, each municipality's
// latest is its newest submission (by the latest record in storage, by /api/submissions, and by the
// plan the service hands back), and every summary served was complete.

import { createHash } from 'node:crypto';
import { KOMMUNER } from '../../core/kommuner';
import type { Receipt } from '../../core/receipt';
import type { Plan } from '../../core/schema';
import { demoWorkbook } from '../../functions/src/local/demoPlans';
import { generatePlan, makeRng } from '../../test/fixtures/plans';
import { errorOf, parseJson, type Client, type Reply } from './client';
import { Ledger, reconcile, type Acked } from './ledger';
import { PROVE_PERIOD } from './service';
import { checkIntegrity, type StorageView } from './storage';
import { checkSummary } from './summaryCheck';
import { editZip, replaceSharedString } from './zipEdit';

// --- Workbooks ---------------------------------------------------------------------------------------

/** The text in a plan that each resubmission changes: "(rev. 751-0003)" in the first milestone. */
export function revision(code: string, version: number): string {
  return `(rev. ${code}-${String(version).padStart(4, '0')})`;
}

export interface Municipality {
  readonly code: string;
  readonly name: string;
  /** The plan as rendered (version 0). */
  readonly plan: Plan;
  readonly base: Uint8Array;
  /** The first activity's milestone in version 0, ending in its revision text. */
  readonly milestone: string;
}

/** A realistic plan per municipality (test/fixtures/plans.ts), rendered once with writeStructured. */
export async function prepareMunicipalities(codes: readonly string[], seed = 20262): Promise<Municipality[]> {
  const out: Municipality[] = [];
  for (const code of codes) {
    const k = KOMMUNER.find((x) => x.code === code);
    if (!k) throw new Error(`unknown municipality ${code}`);
    const plan = generatePlan(makeRng(seed * 1000 + Number(code)), k, { period: PROVE_PERIOD });
    const first = plan.activities[0];
    if (!first) throw new Error(`the plan of ${code} has no activity`);
    const milestone = `${first.milestone ?? 'Milepæl'} ${revision(code, 0)}`;
    first.milestone = milestone;
    out.push({ code, name: k.name, plan, base: await demoWorkbook(plan), milestone });
  }
  return out;
}

/** The workbook of version `v` of a municipality's plan: the base with its revision text changed. */
export function versionOf(m: Municipality, v: number): Uint8Array {
  if (v === 0) return m.base;
  const changed = m.milestone.replace(revision(m.code, 0), revision(m.code, v));
  return editZip(m.base, (e) => replaceSharedString(e, m.milestone, changed));
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// --- The run -----------------------------------------------------------------------------------------

export interface Sample {
  readonly route: string;
  readonly status: number;
  readonly ms: number;
  /** Milliseconds since the start of the window. */
  readonly at: number;
  readonly ok: boolean;
}

export interface LoadOptions {
  readonly client: Client;
  readonly view: StorageView;
  readonly municipalities: readonly Municipality[];
  readonly durationMs: number;
  /** Leaders fetching the summary in a loop. */
  readonly leaders: number;
  /** Pause between one coordinator's submissions, [min, max] ms. */
  readonly thinkMs: readonly [number, number];
  readonly leaderThinkMs: readonly [number, number];
  /** Every how many accepted submissions a coordinator reads its receipt back (0: never). */
  readonly readBackEvery: number;
  /** Leaders reviewing while the municipalities submit (0: none): each reads the status list of
   * plans awaiting review and approves one or sends it back with a comment. */
  readonly reviewers?: number;
  readonly reviewerThinkMs?: readonly [number, number];
  /** Called as the window opens and as it closes (to take CPU figures for the window alone). */
  readonly onWindow?: (edge: 'start' | 'end') => void;
}

export interface RouteFigures {
  readonly route: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly errors: number;
}

export interface LoadResult {
  readonly seconds: number;
  readonly routes: RouteFigures[];
  readonly submissionsAccepted: number;
  readonly summariesServed: number;
  readonly errors: { readonly route: string; readonly status: number; readonly code: string | null }[];
  readonly lost: string[];
  readonly misattributed: string[];
  readonly latestWrong: string[];
  readonly summaryProblems: string[];
  readonly integrityProblems: string[];
  /** Municipalities that had at least two submissions accepted (all should). */
  readonly resubmitted: number;
  readonly municipalities: number;
  /** Committed submissions in storage after the run (every period). */
  readonly storedSubmissions: number;
  /** Reviews the service accepted (201) during the window. */
  readonly reviewsAccepted: number;
  /** Reviews refused because another leader got there first, or the municipality had submitted again (409). */
  readonly reviewsRaced: { readonly taken: number; readonly superseded: number };
  /** An accepted review not kept as sent, or a status list that disagrees with the reviews kept. */
  readonly reviewProblems: string[];
  /** The same requests one at a time after the window, on the same data (what a request costs without a queue). */
  readonly idle: { readonly route: string; readonly ms: readonly number[] }[];
}

function rand(rng: () => number, [min, max]: readonly [number, number]): number {
  return min + rng() * (max - min);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function routeFigures(
  samples: readonly Sample[],
  seconds: number,
  ok: (s: Sample) => boolean,
): RouteFigures[] {
  return [...new Set(samples.map((s) => s.route))].map((route): RouteFigures => {
    const of = samples.filter((s) => s.route === route);
    const ms = of.map((s) => s.ms);
    return {
      route,
      requests: of.length,
      perSecond: of.length / seconds,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      max: Math.max(...ms),
      errors: of.filter((s) => !ok(s)).length,
    };
  });
}

/** Does the plan the service returns for the newest submission carry that version's revision text? */
export function planIsVersion(plan: Plan, code: string, newest: Acked): boolean {
  return plan.activities[0]?.milestone?.includes(revision(code, newest.v)) === true;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { client, view } = options;
  const samples: Sample[] = [];
  const errors: LoadResult['errors'] = [];
  const ledger = new Ledger();
  const summaries: { bytes: Buffer; atLeast: Map<string, number> }[] = [];
  const readBackProblems: string[] = [];
  for (const m of options.municipalities) await client.token(`coordinator:${m.code}`);
  await client.token('leader');
  if ((options.reviewers ?? 0) > 0) {
    // The round the reviewers work in (already open is as good).
    const opened = await client.request('POST', '/api/rounds', {
      token: await client.token('leader'),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ period: PROVE_PERIOD, deadline: '2099-12-31' }),
    });
    if (opened.status !== 201 && opened.status !== 409)
      throw new Error(
        `the round could not be opened: ${opened.status} ${opened.body.toString('utf8').slice(0, 200)}`,
      );
  }

  options.onWindow?.('start');
  const t0 = performance.now();
  const end = t0 + options.durationMs;
  // A pause that would end after the window ends with it: no request follows it either way (each
  // loop stops at the end), so the same requests are sent, without waiting out the last think time.
  const pause = (ms: number): Promise<void> => sleep(Math.min(ms, end - performance.now()));
  const record = (route: string, reply: Reply, ok: boolean): void => {
    samples.push({ route, status: reply.status, ms: reply.ms, at: performance.now() - t0, ok });
    if (!ok) errors.push({ route, status: reply.status, code: errorOf(reply)?.code ?? null });
  };

  const coordinator = async (m: Municipality, index: number): Promise<void> => {
    const rng = makeRng(7 + index);
    // Start spread over the first second, as people do not all press at once.
    await sleep(rng() * 1000);
    let accepted = 0;
    while (performance.now() < end) {
      const v = ledger.sent.get(m.code)?.length ?? 0;
      const bytes = versionOf(m, v);
      const sha = sha256(bytes);
      ledger.note(m.code, sha);
      const reply = await client.submit(`coordinator:${m.code}`, bytes);
      record('POST /api/submissions', reply, reply.status === 201);
      if (reply.status === 201) {
        const receipt = parseJson<Receipt>(reply);
        ledger.ack(m.code, v, receipt);
        accepted++;
        if (receipt.sha256 !== sha || receipt.municipality.code !== m.code)
          readBackProblems.push(
            `${m.code} v${v}: the receipt names ${receipt.municipality.code} and another hash`,
          );
        if (options.readBackEvery > 0 && accepted % options.readBackEvery === 0) {
          const back = await client.get(`coordinator:${m.code}`, `/api/submissions/${receipt.submissionId}`);
          record('GET /api/submissions/{id}', back, back.status === 200);
          if (back.status === 200 && parseJson<Receipt>(back).sha256 !== sha)
            readBackProblems.push(`${m.code} v${v}: reading the receipt back gave another submission`);
        }
      }
      await pause(rand(rng, options.thinkMs));
    }
  };

  // Reviews the service accepted, by submission id, exactly as sent.
  const reviewed = new Map<string, { decision: 'approved' | 'sent_back'; comment?: string }>();
  const raced = { taken: 0, superseded: 0 };
  const statusPath = `/api/rounds/${PROVE_PERIOD}/status`;
  const reviewer = async (index: number): Promise<void> => {
    const rng = makeRng(5000 + index);
    const who = index % 2 === 0 ? 'leader' : 'admin';
    await sleep(2000 + rng() * 2000);
    let n = 0;
    while (performance.now() < end) {
      const list = await client.get(who, `${statusPath}?filter=afventer`);
      record('GET /api/rounds/{period}/status', list, list.status === 200);
      const rows =
        list.status === 200
          ? parseJson<{ rows: { submissionId?: string }[] }>(list).rows.filter((r) => r.submissionId)
          : [];
      const pick = rows[Math.floor(rng() * rows.length)];
      if (pick?.submissionId) {
        n += 1;
        const body =
          rng() < 0.3
            ? { decision: 'sent_back' as const, comment: `Ret Forside!B4 (vurdering ${index}-${n})` }
            : { decision: 'approved' as const };
        const reply = await client.request('POST', `/api/submissions/${pick.submissionId}/review`, {
          token: await client.token(who),
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const code = errorOf(reply)?.code;
        const racedOk = reply.status === 409 && (code === 'review_taken' || code === 'review_superseded');
        record('POST /api/submissions/{id}/review', reply, reply.status === 201 || racedOk);
        if (reply.status === 201) reviewed.set(pick.submissionId, body);
        else if (code === 'review_taken') raced.taken += 1;
        else if (code === 'review_superseded') raced.superseded += 1;
      }
      await pause(rand(rng, options.reviewerThinkMs ?? [500, 1500]));
    }
  };

  const leader = async (index: number): Promise<void> => {
    const rng = makeRng(1000 + index);
    await sleep(500 + rng() * 1500);
    while (performance.now() < end) {
      const atLeast = ledger.snapshot();
      const reply = await client.get('leader', `/api/summary?period=${PROVE_PERIOD}`);
      record('GET /api/summary', reply, reply.status === 200);
      if (reply.status === 200) summaries.push({ bytes: reply.body, atLeast });
      await pause(rand(rng, options.leaderThinkMs));
    }
  };

  await Promise.all([
    ...options.municipalities.map((m, i) => coordinator(m, i)),
    ...Array.from({ length: options.leaders }, (_, i) => leader(i)),
    ...Array.from({ length: options.reviewers ?? 0 }, (_, i) => reviewer(i)),
  ]);
  const seconds = (performance.now() - t0) / 1000;
  options.onWindow?.('end');

  // One at a time, on the data the window left: what each request costs without a queue.
  const idleSubmit: number[] = [];
  const idleSummary: number[] = [];
  const first = options.municipalities[0];
  for (let i = 0; first && i < 5; i++) {
    const v = ledger.sent.get(first.code)?.length ?? 0;
    const bytes = versionOf(first, v);
    ledger.note(first.code, sha256(bytes));
    const reply = await client.submit(`coordinator:${first.code}`, bytes);
    if (reply.status === 201) ledger.ack(first.code, v, parseJson<Receipt>(reply));
    else
      errors.push({
        route: 'POST /api/submissions (idle)',
        status: reply.status,
        code: errorOf(reply)?.code ?? null,
      });
    idleSubmit.push(reply.ms);
  }
  for (let i = 0; i < 3; i++) {
    const atLeast = ledger.snapshot();
    const reply = await client.get('leader', `/api/summary?period=${PROVE_PERIOD}`);
    if (reply.status === 200) summaries.push({ bytes: reply.body, atLeast });
    else
      errors.push({
        route: 'GET /api/summary (idle)',
        status: reply.status,
        code: errorOf(reply)?.code ?? null,
      });
    idleSummary.push(reply.ms);
  }

  // After the window: what the service holds against what was sent.
  const rec = await reconcile(ledger, client, view, PROVE_PERIOD, planIsVersion);
  const summaryProblems: string[] = [];
  const roster = KOMMUNER.map((k) => k.code);
  summaries.forEach((s, i) => {
    const verdict = checkSummary(s.bytes, {
      period: PROVE_PERIOD,
      roster,
      sent: ledger.sent,
      atLeast: s.atLeast,
    });
    for (const p of verdict.problems) summaryProblems.push(`summary ${i + 1}: ${p}`);
  });
  const integrity = await checkIntegrity(view);
  const reviewProblems = (options.reviewers ?? 0) > 0 ? await checkReviews(client, reviewed) : [];
  return {
    seconds,
    routes: routeFigures(samples, seconds, (s) => s.ok),
    submissionsAccepted: ledger.accepted,
    summariesServed: summaries.length,
    errors,
    lost: rec.lost,
    misattributed: [...readBackProblems, ...rec.misattributed],
    latestWrong: rec.latestWrong,
    summaryProblems,
    integrityProblems: integrity.problems,
    resubmitted: [...ledger.acked.values()].filter((l) => l.length >= 2).length,
    municipalities: options.municipalities.length,
    storedSubmissions: integrity.receipts,
    reviewsAccepted: reviewed.size,
    reviewsRaced: raced,
    reviewProblems,
    idle: [
      { route: 'POST /api/submissions', ms: idleSubmit },
      { route: 'GET /api/summary', ms: idleSummary },
    ],
  };
}

/**
 * Every accepted review is kept as it was sent (read back one by one), and the status list agrees:
 * a municipality whose latest submission was reviewed shows that decision, one whose latest was not
 * shows "indsendt", and no review appears that the reviewers did not make.
 */
export async function checkReviews(
  client: Client,
  reviewed: ReadonlyMap<string, { decision: 'approved' | 'sent_back'; comment?: string }>,
): Promise<string[]> {
  const problems: string[] = [];
  const ids = [...reviewed.keys()];
  const worker = async (): Promise<void> => {
    for (let id = ids.shift(); id !== undefined; id = ids.shift()) {
      const sent = reviewed.get(id);
      const back = await client.get('leader', `/api/submissions/${id}/review`);
      if (back.status !== 200) {
        problems.push(`the review of ${id} is gone (${back.status})`);
        continue;
      }
      const kept = parseJson<{ decision: string; comment?: string }>(back);
      if (kept.decision !== sent?.decision || kept.comment !== sent?.comment)
        problems.push(
          `the review of ${id} was kept as ${kept.decision} "${kept.comment ?? ''}", not as sent`,
        );
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const status = await client.get('leader', `/api/rounds/${PROVE_PERIOD}/status`);
  if (status.status !== 200) return [...problems, `the status list answered ${status.status}`];
  const rows = parseJson<{
    rows: { municipality: string; state: string; submissionId?: string; review?: { decision: string } }[];
  }>(status).rows;
  for (const row of rows) {
    if (!row.submissionId) continue;
    const sent = reviewed.get(row.submissionId);
    const want = sent ? (sent.decision === 'approved' ? 'godkendt' : 'sendt_tilbage') : 'indsendt';
    if (row.state !== want)
      problems.push(`${row.municipality}: the status list says ${row.state}, not ${want}`);
    if (row.review && !sent) problems.push(`${row.municipality}: a review no reviewer made`);
  }
  return problems;
}
