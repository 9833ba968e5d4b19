import { Command, Option } from 'commander';
import type { Register } from '../main';
import { ExitCode, parseLang, type Output } from '../output';
import { readWorkbookFile } from '../../workbook/files';
import { hasErrors, inspectBytes, type InspectResult } from '../../core/inspect';
import type { Grid } from '../../core/grid';
import type { Lang } from '../../core/spec';
import { formatIssues, formatNoPlan, formatNotCarried, formatPlanSummary, formatUnmapped } from '../report';

export interface ReadOptions {
  json?: boolean;
  lang: Lang;
  municipality?: string;
  period?: string;
  today?: string;
  maxBytes?: number;
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb)?$/i.exec(value.trim());
  if (!m || m[1] === undefined) throw new Error(`--max-bytes: not a size: "${value}"`);
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

function parseIsoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--today must be YYYY-MM-DD, not "${value}"`);
  return value;
}

/** Options shared by every command that reads a workbook. */
export function readingOptions(command: Command): Command {
  return command
    .option('--municipality <code>', 'kommunekode eller -navn (overrules the workbook)')
    .option('--period <period>', 'rapporteringsperiode, fx 2026-H2 (overrules the workbook)')
    .addOption(
      new Option('--today <date>', 'judge lateness against this day (YYYY-MM-DD)').argParser(parseIsoDay),
    )
    .addOption(new Option('--max-bytes <size>', 'size limit, e.g. 5mb (default 5 MB)').argParser(parseSize))
    .addOption(
      new Option('--lang <lang>', 'sprog for rapporten / report language: da or en')
        .default('da')
        .argParser(parseLang),
    );
}

export async function readAndInspect(
  file: string,
  opts: ReadOptions,
  out: Output,
): Promise<InspectResult & { grid: Grid; bytes: Uint8Array }> {
  out.json = opts.json === true;
  out.lang = opts.lang;
  const bytes = await readWorkbookFile(file, opts.maxBytes);
  const result = inspectBytes(bytes, {
    ...(opts.municipality ? { municipality: opts.municipality } : {}),
    ...(opts.period ? { period: opts.period } : {}),
    ...(opts.today ? { today: opts.today } : {}),
    ...(opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}),
  });
  // The bytes that were read, for `structure` (which keeps the original sheets' formatting).
  return { ...result, bytes };
}

export const registerInspect: Register = (program, out) => {
  readingOptions(
    program
      .command('inspect')
      .description(
        'Læs en arbejdsbog og vis planen, fejl og ikke-placerede værdier / read a workbook and show the plan, issues and unmapped values',
      )
      .argument('<file>', 'the .xlsx file')
      .option('--json', 'print { plan, issues, unmapped } as JSON'),
  ).action(async (file: string, opts: ReadOptions) => {
    const result = await readAndInspect(file, opts, out);
    if (out.json) {
      out.printJson({ plan: result.plan, issues: result.issues, unmapped: result.unmapped });
    } else {
      const lines = result.plan
        ? formatPlanSummary(result.plan, result.issues, opts.lang)
        : [formatNoPlan(opts.lang)];
      lines.push(...formatIssues(result.issues, opts.lang), ...formatUnmapped(result.unmapped, opts.lang));
      lines.push(...formatNotCarried(result.structure, opts.lang));
      for (const l of lines) out.line(l);
    }
    out.exitCode = hasErrors(result.issues) ? ExitCode.Invalid : ExitCode.Ok;
  });

  readingOptions(
    program
      .command('validate')
      .description('Valider en arbejdsbog og vis fejl og advarsler / validate a workbook and list its issues')
      .argument('<file>', 'the .xlsx file')
      .option('--json', 'print { issues } as JSON'),
  ).action(async (file: string, opts: ReadOptions) => {
    const result = await readAndInspect(file, opts, out);
    if (out.json) out.printJson({ issues: result.issues });
    else for (const l of formatIssues(result.issues, opts.lang)) out.line(l);
    out.exitCode = hasErrors(result.issues) ? ExitCode.Invalid : ExitCode.Ok;
  });
};
