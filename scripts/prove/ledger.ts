// What a campaign sent and what the service acknowledged, per municipality: the hash of every
// workbook in the order sent (noted before it is sent, since the service may commit it before the
// answer arrives) and the id of every one accepted. Checked against storage, /api/submissions and
// every summary afterwards.

import type { Receipt } from '../../core/receipt';
import type { Plan } from '../../core/schema';
import { parseSubmissionId } from '../../functions/src/storage/submissions';
import { parseJson, type Client } from './client';
import type { StorageView } from './storage';

export interface Acked {
  /** Index in the municipality's sent list (its version). */
  readonly v: number;
  readonly sha: string;
  readonly id: string;
}

export class Ledger {
  readonly sent = new Map<string, string[]>();
  readonly acked = new Map<string, Acked[]>();

  /** Notes a workbook about to be sent; returns its version. */
  note(code: string, sha: string): number {
    let list = this.sent.get(code);
    if (!list) this.sent.set(code, (list = []));
    list.push(sha);
    return list.length - 1;
  }

  ack(code: string, v: number, receipt: Receipt): void {
    let list = this.acked.get(code);
    if (!list) this.acked.set(code, (list = []));
    const sha = this.sent.get(code)?.[v] ?? '';
    list.push({ v, sha, id: receipt.submissionId });
  }

  newest(code: string): Acked | undefined {
    const list = this.acked.get(code);
    return list?.[list.length - 1];
  }

  /** For each municipality, the version of its newest acknowledged submission (a summary asked for now must show it or a newer one). */
  snapshot(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [code, list] of this.acked) {
      const last = list[list.length - 1];
      if (last) out.set(code, last.v);
    }
    return out;
  }

  get accepted(): number {
    return [...this.acked.values()].reduce((n, l) => n + l.length, 0);
  }
}

export interface Reconciliation {
  readonly lost: string[];
  readonly misattributed: string[];
  readonly latestWrong: string[];
}

/**
 * For every municipality in the ledger: every acknowledged submission is in /api/submissions with
 * its hash; nothing there was sent by anyone else; the latest (by /api/submissions and by the latest
 * record in storage) is the newest acknowledged one; and `planHolds(plan, newest)` of the plan the
 * service hands back for it (when given). /api/submissions is read once, as a leader, for the period.
 */
export async function reconcile(
  ledger: Ledger,
  client: Client,
  view: StorageView,
  period: string,
  planHolds?: (plan: Plan, code: string, newest: Acked) => boolean,
): Promise<Reconciliation> {
  const lost: string[] = [];
  const misattributed: string[] = [];
  const latestWrong: string[] = [];
  const history = await client.get('leader', `/api/submissions?period=${period}`);
  if (history.status !== 200)
    return { lost: [`/api/submissions answered ${history.status}`], misattributed, latestWrong };
  const body = parseJson<{ submissions: Receipt[]; latest: string[] }>(history);
  const byId = new Map(body.submissions.map((r) => [r.submissionId, r]));
  for (const [code, sentList] of ledger.sent) {
    const mine = new Set(sentList);
    const done = ledger.acked.get(code) ?? [];
    for (const a of done) {
      const r = byId.get(a.id);
      if (!r) lost.push(`${code} v${a.v} (${a.id})`);
      else if (r.sha256 !== a.sha || r.municipality.code !== code)
        misattributed.push(`${code} v${a.v}: its id holds another hash or municipality`);
    }
    for (const r of body.submissions) {
      if (
        parseSubmissionId(r.submissionId)?.municipality === code &&
        (r.municipality.code !== code || !mine.has(r.sha256))
      )
        misattributed.push(`${code}: ${r.submissionId} was not sent by ${code}`);
    }
    const newest = done[done.length - 1];
    if (!newest) continue;
    const latest = body.latest.filter((id) => parseSubmissionId(id)?.municipality === code);
    if (latest.length !== 1 || latest[0] !== newest.id)
      latestWrong.push(
        `${code}: /api/submissions names ${latest.join(',') || 'none'} as latest, the newest is ${newest.id}`,
      );
    const record = (await view.readJson(`latest/${period}/${code}.json`)) as { sha256?: string } | null;
    if (record?.sha256 !== newest.sha)
      latestWrong.push(`${code}: the latest record is not the newest submission`);
    if (planHolds) {
      const plan = await client.get('leader', `/api/submissions/${newest.id}/plan`);
      if (plan.status !== 200 || !planHolds(parseJson<Plan>(plan), code, newest))
        latestWrong.push(`${code}: the stored plan of the newest submission is not the one sent`);
    }
  }
  return { lost, misattributed, latestWrong };
}
