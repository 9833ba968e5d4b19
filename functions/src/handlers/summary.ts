// GET /api/summary?period=&lang=: the leaders' merged summary workbook, built from the latest
// committed plan of every municipality for the period and the roster (who is expected). Leaders and
// administrators only. The workbook itself is made by workbook/summary (injected as deps.summary).

import { periodSchema } from '../../../core/schema';
import type { Lang } from '../../../core/spec';
import { requireRole } from '../auth/principal';
import type { Deps } from '../deps';
import { handle, log, queryParam, type Handler } from '../http';
import { ServiceError } from '../messages';
import { XLSX_TYPE } from '../storage/submissions';

/** The half-year before a period: 2026-H2 → 2026-H1, 2026-H1 → 2025-H2. */
export function previousPeriod(period: string): string {
  const [year, half] = period.split('-H').map(Number);
  if (year === undefined || half === undefined) return period;
  return half === 2 ? `${year}-H1` : `${year - 1}-H2`;
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
      throw new ServiceError('bad_query', { detail: { da: 'period mangler', en: 'period is missing' } });
    }
    const lang: Lang =
      queryParam(request, 'lang', (v) => (v === 'da' || v === 'en' ? v : undefined), {
        da: 'da eller en',
        en: 'da or en',
      }) ?? 'da';
    if (!deps.summary) throw new ServiceError('summary_unavailable');
    const [plans, previous, { roster }] = await Promise.all([
      deps.submissions.latestPlans(period),
      deps.submissions.latestPlans(previousPeriod(period)),
      deps.roster.get(),
    ]);
    const bytes = await deps.summary({ period, lang, plans, previous, roster, now: deps.now() });
    log(context, 'info', 'summary_built', { period, plans: plans.length });
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
