// Reading submissions back.
//   GET /api/submissions?period=&municipality=   history, newest first: a coordinator sees their own
//                                                municipality; leaders and administrators any (filter)
//   GET /api/submissions/{id}                    one receipt
//   GET /api/submissions/{id}/plan               the stored canonical plan
// A submission exists for readers only once its receipt (the commit marker) is stored.

import type { Review } from '../../../core/rounds';
import { listSchema, periodSchema } from '../../../core/schema';
import { requireMunicipality, type Principal } from '../auth/principal';
import type { Deps } from '../deps';
import { answer, handle, queryParam, type Handler } from '../http';
import { ServiceError } from '../messages';
import { parseSubmissionId, XLSX_TYPE } from '../storage/submissions';

const municipalityCode = listSchema('municipality');

function periodParam(value: string): string | undefined {
  return periodSchema.safeParse(value).success ? value : undefined;
}

function municipalityParam(value: string): string | undefined {
  return municipalityCode.safeParse(value).success ? value : undefined;
}

export function historyHandler(deps: Deps): Handler {
  return handle('history', async (request) => {
    const principal: Principal = await deps.auth.principal(request);
    const period = queryParam(request, 'period', periodParam, {
      da: 'en periode som 2026-H2',
      en: 'a period such as 2026-H2',
    });
    const asked = queryParam(request, 'municipality', municipalityParam, {
      da: 'en kommunekode som 751',
      en: 'a municipality code such as 751',
    });
    let municipality = asked;
    if (principal.role === 'coordinator') {
      if (asked) requireMunicipality(principal, asked);
      municipality = principal.municipality;
    }
    const receipts = await deps.submissions.history({
      ...(municipality ? { municipality } : {}),
      ...(period ? { period } : {}),
    });
    const latestIds: string[] = [];
    const periods = new Set(receipts.map((r) => r.period));
    for (const p of periods) {
      for (const [code, record] of await deps.submissions.latest(p)) {
        if (!municipality || code === municipality) latestIds.push(record.submissionId);
      }
    }
    // Each submission's review, when it has one (approved or sent back, with the leader's comment).
    const reviews: Record<string, Review> = {};
    const queue = receipts.map((r) => r.submissionId);
    const worker = async (): Promise<void> => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const review = await deps.rounds.reviewOf(id);
        if (review) reviews[id] = review;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return answer('history', 200, { submissions: receipts, latest: latestIds.sort().reverse(), reviews });
  });
}

function idParam(id: string | undefined): { id: string; municipality: string } {
  const where = id ? parseSubmissionId(id) : null;
  if (!id || !where) throw new ServiceError('not_found');
  return { id, municipality: where.municipality };
}

export function receiptHandler(deps: Deps): Handler {
  return handle('receipt', async (request) => {
    const principal = await deps.auth.principal(request);
    const { id, municipality } = idParam(request.params.id);
    requireMunicipality(principal, municipality);
    const receipt = await deps.submissions.receipt(id);
    if (!receipt) throw new ServiceError('not_found');
    return answer('receipt', 200, await deps.submissions.withNotes(receipt));
  });
}

export function planHandler(deps: Deps): Handler {
  return handle('plan', async (request) => {
    const principal = await deps.auth.principal(request);
    const { id, municipality } = idParam(request.params.id);
    requireMunicipality(principal, municipality);
    const plan = await deps.submissions.plan(id);
    if (!plan) throw new ServiceError('not_found');
    return answer('plan', 200, plan);
  });
}

/** GET /api/submissions/{id}/workbook?lang=: the stored plan in the template layout (to review it in Excel). */
export function planWorkbookHandler(deps: Deps): Handler {
  return handle('plan_workbook', async (request) => {
    const principal = await deps.auth.principal(request);
    const { id, municipality } = idParam(request.params.id);
    requireMunicipality(principal, municipality);
    const lang =
      queryParam(request, 'lang', (v) => (v === 'da' || v === 'en' ? v : undefined), {
        da: 'da eller en',
        en: 'da or en',
      }) ?? 'da';
    const plan = await deps.submissions.plan(id);
    if (!plan) throw new ServiceError('not_found');
    const bytes = await deps.planWorkbook(plan, lang);
    return {
      status: 200,
      body: bytes,
      headers: {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="${id}.xlsx"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    };
  });
}
