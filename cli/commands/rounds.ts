// Reporting rounds and reviews from the command line (issue 12):
//   korpsplan round open --period P --deadline YYYY-MM-DD [--message TEXT] [--expected 751,101]
//   korpsplan round list
//   korpsplan round change --period P [--deadline D] [--message TEXT] [--close]
//   korpsplan status --period P [--filter mangler|sendt_tilbage|afventer|godkendt|for_sent]
//   korpsplan review SUBMISSION_ID --approve | --send-back --comment TEXT
// Danish by default, --lang en; --json prints the service's answer.

import { daysLeft, STATE_LABELS, STATUS_FILTERS, type Round, type StatusResponse } from '../../core/rounds';
import type { Register } from '../main';
import { formatTimestamp } from '../report';
import { ExitCode, type Output } from '../output';
import { callRoute, guarded, serverOptions, ApiError, type ServerOptions } from './token';

interface RoundOptions extends ServerOptions {
  period?: string;
  deadline?: string;
  message?: string;
  expected?: string;
  close?: boolean;
  filter?: string;
}

interface ReviewOptions extends ServerOptions {
  approve?: boolean;
  sendBack?: boolean;
  comment?: string;
}

function usage(da: string, en: string): ApiError {
  return new ApiError(0, 'usage', { da, en });
}

function needPeriod(opts: RoundOptions): string {
  if (!opts.period) throw usage('Angiv --period, fx 2026-H2.', 'Give --period, e.g. 2026-H2.');
  return opts.period;
}

function printRound(out: Output, round: Round, da: boolean): void {
  const left = daysLeft(round.deadline, new Date());
  const when = round.closed
    ? da
      ? 'lukket'
      : 'closed'
    : left >= 0
      ? da
        ? `${left} dag(e) tilbage`
        : `${left} day(s) left`
      : da
        ? `fristen er overskredet med ${-left} dag(e)`
        : `${-left} day(s) past the deadline`;
  out.line(
    `${round.period}  ${da ? 'frist' : 'deadline'} ${round.deadline}  (${when})  ${round.expected.length} ${da ? 'kommuner' : 'municipalities'}`,
  );
  if (round.message) out.line(`  ${round.message}`);
}

function printStatus(out: Output, status: StatusResponse, da: boolean): void {
  printRound(out, status.round, da);
  const c = status.counts;
  out.line(
    da
      ? `Mangler ${c.mangler} · indsendt ${c.indsendt} · sendt tilbage ${c.sendt_tilbage} · godkendt ${c.godkendt} · for sent ${c.late}`
      : `Missing ${c.mangler} · submitted ${c.indsendt} · sent back ${c.sendt_tilbage} · approved ${c.godkendt} · late ${c.late}`,
  );
  out.line('');
  out.line(
    da
      ? 'Kommune              Status         Indsendt (dansk tid)  For sent  Advars.  Indsendelse'
      : 'Municipality         State          Submitted (Danish)    Late      Warn.    Submission',
  );
  for (const r of status.rows) {
    out.line(
      [
        `${r.name} (${r.municipality})`.padEnd(20),
        STATE_LABELS[r.state][da ? 'da' : 'en'].padEnd(14),
        (r.submittedAt ? formatTimestamp(r.submittedAt, da ? 'da' : 'en') : '–').padEnd(21),
        (r.late ? (da ? 'ja' : 'yes') : '').padEnd(9),
        String(r.warnings ?? '').padStart(6),
        `   ${r.submissionId ?? ''}`,
      ].join(' '),
    );
    if (r.review?.comment)
      out.line(
        `    ${da ? 'Kommentar' : 'Comment'} (${r.review.by.name ?? r.review.by.role}): ${r.review.comment}`,
      );
    if (r.note) out.line(`    ${da ? 'Note' : 'Note'}: ${r.note}`);
  }
}

export const registerRounds: Register = (program, out) => {
  const round = program.command('round').description('Indberetningsrunder / reporting rounds');

  serverOptions(
    round
      .command('open')
      .description('Åbn en runde / open a round')
      .option('--period <period>', 'e.g. 2026-H2')
      .option('--deadline <day>', 'YYYY-MM-DD (Danish time, end of the day)')
      .option('--message <text>', 'a message to the coordinators')
      .option('--expected <codes>', 'municipality codes, comma-separated (default: the roster)'),
  ).action(async (opts: RoundOptions) => {
    await guarded(out, opts, async () => {
      const period = needPeriod(opts);
      if (!opts.deadline)
        throw usage('Angiv --deadline, fx 2026-12-15.', 'Give --deadline, e.g. 2026-12-15.');
      const body = {
        period,
        deadline: opts.deadline,
        ...(opts.message ? { message: opts.message } : {}),
        ...(opts.expected
          ? {
              expected: opts.expected
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            }
          : {}),
      };
      const opened = await callRoute(opts, 'roundOpen', {}, { body });
      if (out.json) out.printJson(opened);
      else {
        out.line(opts.lang === 'da' ? 'Runden er åbnet:' : 'The round is open:');
        printRound(out, opened, opts.lang === 'da');
      }
      out.exitCode = ExitCode.Ok;
    });
  });

  serverOptions(round.command('list').description('Vis runder / list rounds')).action(
    async (opts: RoundOptions) => {
      await guarded(out, opts, async () => {
        const body = await callRoute(opts, 'roundsList', {});
        if (out.json) out.printJson(body);
        else if (body.rounds.length === 0) out.line(opts.lang === 'da' ? 'Ingen runder.' : 'No rounds.');
        else for (const r of body.rounds) printRound(out, r, opts.lang === 'da');
        out.exitCode = ExitCode.Ok;
      });
    },
  );

  serverOptions(
    round
      .command('change')
      .description('Ret eller luk en runde / change or close a round')
      .option('--period <period>', 'e.g. 2026-H2')
      .option('--deadline <day>', 'a new deadline, YYYY-MM-DD')
      .option('--message <text>', 'a new message ("" removes it)')
      .option('--expected <codes>', 'municipality codes, comma-separated')
      .option('--close', 'close the round'),
  ).action(async (opts: RoundOptions) => {
    await guarded(out, opts, async () => {
      const period = needPeriod(opts);
      const body = {
        ...(opts.deadline ? { deadline: opts.deadline } : {}),
        ...(opts.message !== undefined ? { message: opts.message } : {}),
        ...(opts.expected
          ? {
              expected: opts.expected
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            }
          : {}),
        ...(opts.close ? { closed: true } : {}),
      };
      const changed = await callRoute(opts, 'roundChange', { period }, { body });
      if (out.json) out.printJson(changed);
      else printRound(out, changed, opts.lang === 'da');
      out.exitCode = ExitCode.Ok;
    });
  });

  serverOptions(
    program
      .command('status')
      .description('Statusliste for en runde / the status list of a round')
      .option('--period <period>', 'e.g. 2026-H2')
      .option('--filter <filter>', STATUS_FILTERS.join(' | ')),
  ).action(async (opts: RoundOptions) => {
    await guarded(out, opts, async () => {
      const period = needPeriod(opts);
      const status = await callRoute(opts, 'roundStatus', { period }, { query: { filter: opts.filter } });
      if (out.json) out.printJson(status);
      else printStatus(out, status, opts.lang === 'da');
      out.exitCode = ExitCode.Ok;
    });
  });

  serverOptions(
    program
      .command('review <submission>')
      .description('Godkend eller send tilbage / approve or send back')
      .option('--approve', 'approve the submission')
      .option('--send-back', 'send it back to the coordinator (needs --comment)')
      .option('--comment <text>', 'what the coordinator should change'),
  ).action(async (id: string, opts: ReviewOptions) => {
    await guarded(out, opts, async () => {
      if (opts.approve === opts.sendBack) {
        throw usage('Angiv enten --approve eller --send-back.', 'Give either --approve or --send-back.');
      }
      if (opts.sendBack && !opts.comment?.trim()) {
        throw usage(
          'Skriv en kommentar (--comment), når en plan sendes tilbage.',
          'Write a comment (--comment) when a plan is sent back.',
        );
      }
      const body = {
        decision: opts.approve ? 'approved' : 'sent_back',
        ...(opts.comment?.trim() ? { comment: opts.comment } : {}),
      };
      const review = await callRoute(opts, 'review', { id }, { body });
      if (out.json) out.printJson(review);
      else {
        const da = opts.lang === 'da';
        out.line(
          review.decision === 'approved'
            ? da
              ? `Godkendt: ${review.submissionId}`
              : `Approved: ${review.submissionId}`
            : da
              ? `Sendt tilbage: ${review.submissionId}`
              : `Sent back: ${review.submissionId}`,
        );
      }
      out.exitCode = ExitCode.Ok;
    });
  });
};
