// korpsplan history: the submissions the caller may see, newest first (a coordinator's own
// municipality; leaders and administrators all, or one with --municipality).

import { z } from 'zod';
import { receiptSchema } from '../../core/receipt';
import { reviewSchema } from '../../core/rounds';
import type { Register } from '../main';
import { formatTimestamp } from '../report';
import { ExitCode } from '../output';
import { apiError, call, guarded, resolveToken, serverOptions, serverUrl, type ServerOptions } from './token';

const historyBody = z.object({
  submissions: z.array(receiptSchema),
  latest: z.array(z.string()).default([]),
  reviews: z.record(z.string(), reviewSchema).default({}),
});

interface HistoryOptions extends ServerOptions {
  period?: string;
  municipality?: string;
}

export const registerHistory: Register = (program, out) => {
  serverOptions(
    program
      .command('history')
      .description('Vis indsendte planer / list submitted plans')
      .option('--period <period>', 'only this period, e.g. 2026-H2')
      .option('--municipality <code>', 'leaders and administrators: only this municipality'),
  ).action(async (opts: HistoryOptions) => {
    await guarded(out, opts, async () => {
      const query = new URLSearchParams();
      if (opts.period) query.set('period', opts.period);
      if (opts.municipality) query.set('municipality', opts.municipality);
      const token = await resolveToken(opts);
      const response = await call(
        `${serverUrl(opts)}/api/submissions${query.size ? `?${query.toString()}` : ''}`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      if (!response.ok) throw await apiError(response);
      const body = historyBody.parse(await response.json());
      if (out.json) {
        out.printJson(body);
        return;
      }
      const da = opts.lang === 'da';
      if (body.submissions.length === 0) {
        out.line(da ? 'Ingen indsendelser.' : 'No submissions.');
        return;
      }
      const latest = new Set(body.latest);
      out.line(
        da
          ? 'Kommune              Periode  Modtaget (dansk tid)  Akt.  Forsink.  Advars.  Kvittering'
          : 'Municipality         Period   Received (Danish)     Act.  Late      Warn.    Receipt',
      );
      for (const r of body.submissions) {
        out.line(
          [
            `${r.municipality.name} (${r.municipality.code})`.padEnd(20),
            r.period.padEnd(8),
            formatTimestamp(r.receivedAt, da ? 'da' : 'en').padEnd(21),
            String(r.counts.activities).padStart(4),
            String(r.counts.late).padStart(8),
            String(r.warnings.length).padStart(8),
            ` ${r.submissionId}${latest.has(r.submissionId) ? (da ? '  ← seneste' : '  ← latest') : ''}`,
          ].join(' '),
        );
        const review = body.reviews[r.submissionId];
        if (review) {
          const who = review.by.name ?? review.by.role;
          const what =
            review.decision === 'approved'
              ? da
                ? `Godkendt af ${who}`
                : `Approved by ${who}`
              : da
                ? `Sendt tilbage af ${who}`
                : `Sent back by ${who}`;
          out.line(
            `    ${what} ${formatTimestamp(review.at, da ? 'da' : 'en')}${review.comment ? `: ${review.comment}` : ''}`,
          );
        }
      }
      out.exitCode = ExitCode.Ok;
    });
  });
};
