// korpsplan history: the submissions the caller may see, newest first (a coordinator's own
// municipality; leaders and administrators all, or one with --municipality).

import type { Register } from '../main';
import { formatTimestamp } from '../report';
import { ExitCode } from '../output';
import { callRoute, guarded, serverOptions, type ServerOptions } from './token';

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
      const answer = await callRoute(
        opts,
        'history',
        {},
        {
          query: { period: opts.period, municipality: opts.municipality },
        },
      );
      const body = { latest: [], reviews: {}, ...answer };
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
