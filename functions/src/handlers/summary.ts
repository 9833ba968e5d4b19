// GET /api/summary?period=&lang=: the leaders' merged summary workbook, built from the latest
// committed plan of every municipality for the period (or, with basis=approved, the newest approved
// one), the roster (who is expected) and the period's round, when one is open. Leaders and
// administrators only. The workbook itself is made by workbook/summary (injected as deps.summary).

import { periodSchema } from '../../../core/schema';
import { previousPeriod } from '../../../core/summary/figures';
import type { Lang } from '../../../core/spec';
import { requireRole } from '../auth/principal';
import type { Deps } from '../deps';
import { handle, log, queryParam, type Handler } from '../http';
import { ServiceError } from '../messages';
import { fieldMissing } from '../../../core/zodText';
import { XLSX_TYPE } from '../storage/submissions';
import type { StoredPlan } from '../../../core/receipt';
import { statusRows } from './rounds';

/**
 * The newest approved submission of each municipality for the period: the latest one when it is
 * approved, else the newest earlier one that was (a plan sent back keeps the last approved one).
 */
async function approvedPlans(
  deps: Deps,
  period: string,
  latest: readonly StoredPlan[],
): Promise<StoredPlan[]> {
  const receipts = await deps.submissions.history({ period });
  const municipalities = [...new Set(receipts.map((r) => r.municipality.code))];
  const reviews = await deps.rounds.reviews(period, municipalities);
  const byId = new Map(latest.map((p) => [p.receipt.submissionId, p]));
  const chosen = new Map<string, string>();
  // history() is newest first: the first approved receipt of a municipality is its newest approved.
  for (const r of receipts) {
    if (!chosen.has(r.municipality.code) && reviews.get(r.submissionId)?.decision === 'approved') {
      chosen.set(r.municipality.code, r.submissionId);
    }
  }
  const out: StoredPlan[] = [];
  for (const id of chosen.values()) {
    const known = byId.get(id);
    if (known) {
      out.push(known);
      continue;
    }
    const [receipt, plan] = await Promise.all([deps.submissions.receipt(id), deps.submissions.plan(id)]);
    if (receipt && plan) out.push({ receipt, plan });
  }
  return out;
}

export function summaryHandler(deps: Deps): Handler {
  return handle('summary', async (request, context) => {
    const principal = await deps.auth.principal(request);
    requireRole(principal, 'leader', 'admin');
    const period = queryParam(request, 'period', (v) => (periodSchema.safeParse(v).success ? v : undefined), {
      da: 'en periode som 2026-H2',
      en: 'a period such as 2026-H2',
    });
    if (!period) {
      throw new ServiceError('bad_query', { detail: fieldMissing(['period']) });
    }
    const lang: Lang =
      queryParam(request, 'lang', (v) => (v === 'da' || v === 'en' ? v : undefined), {
        da: 'da eller en',
        en: 'da or en',
      }) ?? 'da';
    const basis =
      queryParam(request, 'basis', (v) => (v === 'latest' || v === 'approved' ? v : undefined), {
        da: 'latest eller approved',
        en: 'latest or approved',
      }) ?? 'latest';
    if (!deps.summary) throw new ServiceError('summary_unavailable');
    const [latest, previous, { roster }, stored] = await Promise.all([
      deps.submissions.latestPlans(period),
      deps.submissions.latestPlans(previousPeriod(period)),
      deps.roster.get(),
      deps.rounds.get(period),
    ]);
    const round = stored ? { round: stored.round, rows: await statusRows(deps, stored.round) } : undefined;
    const plans = basis === 'approved' ? await approvedPlans(deps, period, latest) : latest;
    const bytes = await deps.summary({
      period,
      lang,
      plans,
      previous,
      roster,
      now: deps.now(),
      ...(round ? { round } : {}),
      basis,
    });
    log(context, 'info', 'summary_built', { period, plans: plans.length, basis, round: round !== undefined });
    return {
      status: 200,
      body: bytes,
      headers: {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="korpsplan-${period}${lang === 'en' ? '.en' : ''}.xlsx"`,
        'Cache-Control': 'no-store',
      },
    };
  });
}
