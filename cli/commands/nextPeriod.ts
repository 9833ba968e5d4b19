// korpsplan next-period FILE -o OUT [--period P]: the next half-year's workbook from the last plan —
// a workbook (the open plan; a history sheet it has is kept) or a stored plan as JSON (a plan, a
// stored { receipt, plan } as the service keeps it, or `inspect --json` output).

import { Option } from 'commander';
import { extname } from 'node:path';
import type { Register } from '../main';
import { ExitCode, parseLang, type Output } from '../output';
import { inspectBytes, todayInDenmark } from '../../core/inspect';
import {
  EMPTY_HISTORY,
  NextPeriodError,
  readHistory,
  startNextPeriod,
  type PlanHistory,
} from '../../core/nextPeriod';
import type { Issue, Plan } from '../../core/schema';
import type { Lang } from '../../core/spec';
import { readWorkbookFile, writeFileAtomic } from '../../workbook/files';
import { writeNextPeriodWorkbook } from '../../workbook/nextPeriod';
import { formatIssues } from '../report';
import { UsageError } from '../usage';
import { loadPlanFile, MergeInputError } from './merge';
import { parseIsoDay } from './inspect';

interface Options {
  output: string;
  period?: string;
  today?: string;
  lang: Lang;
  maxBytes?: number;
}

const NO_PLAN = {
  da: 'Næste halvår kan ikke startes: planen har fejl, der skal rettes først.',
  en: 'The next half-year cannot be started: the plan has errors to correct first.',
};

async function lastPlan(
  file: string,
  opts: Options,
  out: Output,
): Promise<{ plan: Plan; history: PlanHistory } | null> {
  if (extname(file).toLowerCase() === '.json') {
    const loaded = await loadPlanFile(file);
    return { plan: loaded.stored.plan, history: EMPTY_HISTORY };
  }
  const bytes = await readWorkbookFile(file, opts.maxBytes);
  const read = inspectBytes(bytes, { ...(opts.today ? { today: opts.today } : {}) });
  if (!read.plan) {
    const errors: Issue[] = read.issues.filter((i) => i.severity === 'error');
    out.line(NO_PLAN[opts.lang]);
    for (const l of formatIssues(errors, opts.lang)) out.line(l);
    out.exitCode = ExitCode.Invalid;
    return null;
  }
  return { plan: read.plan, history: readHistory(read.grid) };
}

export const registerNextPeriod: Register = (program, out) => {
  program
    .command('next-period')
    .description(
      'Start næste halvår fra den seneste plan / start the next half-year from the last plan (a workbook or a stored plan as JSON)',
    )
    .argument('<file>', 'the last plan: .xlsx, or .json (a plan or a stored { receipt, plan })')
    .requiredOption('-o, --output <file>', 'the next half-year’s .xlsx file to write')
    .option('--period <period>', 'the half-year to start, e.g. 2027-H1 (default: the one after the plan’s)')
    .addOption(
      new Option('--today <date>', 'the day deadlines are judged against (YYYY-MM-DD)').argParser(
        parseIsoDay,
      ),
    )
    .addOption(new Option('--lang <lang>', 'da (default) or en').default('da').argParser(parseLang))
    .action(async (file: string, opts: Options) => {
      out.lang = opts.lang;
      let last;
      try {
        last = await lastPlan(file, opts, out);
      } catch (err) {
        if (err instanceof MergeInputError) {
          out.fail(err.toJSON());
          return;
        }
        throw err;
      }
      if (!last) return;
      let next;
      try {
        next = startNextPeriod(last.plan, {
          today: opts.today ?? todayInDenmark(),
          ...(opts.period ? { period: opts.period } : {}),
          history: last.history,
        });
      } catch (err) {
        if (err instanceof NextPeriodError) throw new UsageError('option_invalid', err.userMessage);
        throw err;
      }
      await writeFileAtomic(opts.output, await writeNextPeriodWorkbook(next, opts.lang));
      const da = opts.lang === 'da';
      const h = next.history;
      const moved = h.activities.filter((a) => a.period === last.plan.period).length;
      out.line(
        da
          ? `Næste halvår ${next.period} er skrevet til ${opts.output}: ${next.draft.activities.length} aktiviteter ført med, ${moved} afsluttede flyttet til arket Historik, ${next.carried.length} svar i huskelisten at bekræfte.`
          : `The next half-year ${next.period} is written to ${opts.output}: ${next.draft.activities.length} activities carried, ${moved} settled ones moved to the sheet History, ${next.carried.length} checklist answers to confirm.`,
      );
      if (next.decisions.length > 0) {
        out.line(
          da
            ? `Deadline passeret – beslut ny deadline, Ændret eller Lukket (${next.decisions.length}):`
            : `Deadline passed – decide a new deadline, Changed or Closed (${next.decisions.length}):`,
        );
        for (const d of next.decisions) out.line(`  ${d.deadline}  ${d.activity}`);
      }
      out.exitCode = ExitCode.Ok;
    });
};
