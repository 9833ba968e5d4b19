// POST /api/next-period?lang=da|en&period=2027-H1: the last half-year's workbook (raw .xlsx) in, the
// next half-year's workbook out ("Start næste halvår" on the web page and in the pane): the plan
// rolled forward by core/nextPeriod.ts in the current template, its history sheet beside it (a
// history sheet the workbook already had is kept). Nothing is stored; only counts are logged.
//
//   200  the next half-year's workbook
//   400  a bad lang or period
//   401/403  not signed in / not in the roster
//   413/415/422  the file was refused at intake (as for submissions)
//   422  the plan has errors (with the issues), or a CPR-like number (with the places only)

import { NextPeriodError, startNextPeriod } from '../../../core/nextPeriod';
import { PERIOD_PATTERN, type Lang } from '../../../core/spec';
import { writeNextPeriodWorkbook } from '../../../workbook/nextPeriod';
import type { Deps } from '../deps';
import { errorBody, handle, json, log, queryParam, readBody, safeIssues, type Handler } from '../http';
import { SERVICE_ERRORS, ServiceError } from '../messages';
import { XLSX_TYPE } from '../storage/submissions';

const FILE_NAMES: Record<Lang, (period: string) => string> = {
  da: (p) => `Implementeringsplan ${p}.xlsx`,
  en: (p) => `Implementation plan ${p}.xlsx`,
};

export function nextPeriodHandler(deps: Deps): Handler {
  return handle('nextPeriod', async (request, context) => {
    await deps.auth.principal(request);
    const lang: Lang =
      queryParam(request, 'lang', (v) => (v === 'da' || v === 'en' ? v : undefined), {
        da: 'da eller en',
        en: 'da or en',
      }) ?? 'da';
    const period = queryParam(request, 'period', (v) => (PERIOD_PATTERN.test(v) ? v : undefined), {
      da: 'et halvår, fx 2027-H1',
      en: 'a half-year, e.g. 2027-H1',
    });
    const bytes = await readBody(request, deps.maxUploadBytes);
    if (bytes.byteLength === 0) throw new ServiceError('file_empty');

    // Read in the inspection pool, off the request loop (intake refusals pass to handle()).
    const today = deps.today();
    const result = await deps.inspect(bytes, { today, limits: { maxBytes: deps.maxUploadBytes } });
    const issues = safeIssues(result.issues);
    if (issues.some((i) => i.code === 'cpr_number')) {
      log(context, 'info', 'next_period_refused', { code: 'cpr_found' });
      return json(422, {
        ...errorBody('cpr_found', SERVICE_ERRORS.cpr_found.message),
        issues: issues.filter((i) => i.code === 'cpr_number'),
      });
    }
    if (!result.plan) {
      log(context, 'info', 'next_period_refused', { code: 'plan_invalid' });
      return json(422, {
        ...errorBody('plan_invalid', SERVICE_ERRORS.plan_invalid.message),
        issues: issues.filter((i) => i.severity === 'error'),
      });
    }
    let next;
    try {
      next = startNextPeriod(result.plan, {
        today,
        ...(period ? { period } : {}),
        ...(result.history ? { history: result.history } : {}),
      });
    } catch (err) {
      if (err instanceof NextPeriodError) throw new ServiceError('bad_query', { detail: err.userMessage });
      throw err;
    }
    const out = await writeNextPeriodWorkbook(next, lang, deps.now());
    log(context, 'info', 'next_period_done', {
      carried: next.draft.activities.length,
      settled: next.history.activities.length,
      decisions: next.decisions.length,
      bytesOut: out.byteLength,
    });
    return {
      status: 200,
      body: out,
      headers: {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(FILE_NAMES[lang](next.period))}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'X-Korpsplan-Period': next.period,
      },
    };
  });
}
