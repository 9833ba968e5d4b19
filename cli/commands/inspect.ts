// korpsplan inspect / validate, and the reading every command that reads a workbook shares.
//
// This module is what a start loads for these commands; it holds the options and the safe intake
// only (core/xlsx, which needs neither zod nor exceljs). Structuring, validation and the report
// (./inspectWork) are loaded after the intake accepted the file, so a refused file is answered
// without loading them (the command-line start target in bench/).

import { basename } from 'node:path';
import { Command, Option } from 'commander';
import type { Register } from '../main';
import { ExitCode, parseLang, type Output } from '../output';
import { readWorkbookFile } from '../../workbook/files';
import { readWorkbook } from '../../core/xlsx';
import type { InspectResult } from '../../core/inspect';
import type { CoverKey } from '../../core/corrections';
import type { Grid } from '../../core/grid';
import type { Lang } from '../../core/spec';

export interface ReadOptions {
  json?: boolean;
  lang: Lang;
  municipality?: string;
  period?: string;
  phase?: string;
  set?: string[];
  today?: string;
  maxBytes?: number;
  /** A remembered-corrections file (--corrections). */
  corrections?: string;
  /** Fetch the signed-in coordinator's municipality's remembered corrections (--remembered). */
  remembered?: boolean;
  server?: string;
  token?: string;
  as?: string;
}

/** The names `--set FIELD=VALUE` takes, and the cover field each sets. */
export const SET_FIELDS: Readonly<Record<string, CoverKey>> = {
  municipality: 'municipality',
  period: 'period',
  phase: 'phase',
  coordinator: 'coordinatorName',
  'coordinator-email': 'coordinatorEmail',
  leader: 'leaderName',
  'leader-email': 'leaderEmail',
  organisation: 'organisation',
  supervision: 'supervisionModel',
};

export const FIELD_LIST = Object.keys(SET_FIELDS).join(', ');

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb)?$/i.exec(value.trim());
  if (!m || m[1] === undefined) throw new Error(`--max-bytes: not a size: "${value}"`);
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

export function parseIsoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--today must be YYYY-MM-DD, not "${value}"`);
  return value;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Options shared by every command that reads a workbook. */
export function readingOptions(command: Command): Command {
  return command
    .option('--municipality <code>', 'kommunekode eller -navn (overrules the workbook)')
    .option('--period <period>', 'rapporteringsperiode, fx 2026-H2 (overrules the workbook)')
    .option(
      '--phase <phase>',
      'fase: id eller navn, fx initial eller "Indledende implementering" (overrules the workbook)',
    )
    .option(
      '--set <field=value>',
      `sæt et felt på forsiden / set a cover field (repeatable; empty value clears): ${FIELD_LIST}`,
      collect,
    )
    .addOption(
      new Option('--today <date>', 'judge lateness against this day (YYYY-MM-DD)').argParser(parseIsoDay),
    )
    .addOption(new Option('--max-bytes <size>', 'size limit, e.g. 5mb (default 5 MB)').argParser(parseSize))
    .option(
      '--corrections <file>',
      'huskede rettelser (JSON) at læse med / remembered corrections (JSON) to read with',
    )
    .option(
      '--remembered',
      'hent kommunens huskede rettelser fra tjenesten / fetch the municipality’s remembered corrections from the service',
    )
    .option('--server <url>', 'with --remembered: the korpsplan service (default: KORPSPLAN_SERVER)')
    .option('--token <token>', 'with --remembered: access token (default: KORPSPLAN_TOKEN)')
    .option('--as <user>', 'with --remembered, local server only: sign in as coordinator:<kode>')
    .addOption(
      new Option('--lang <lang>', 'sprog for rapporten / report language: da or en')
        .default('da')
        .argParser(parseLang),
    );
}

/**
 * Reads a workbook as every reading command does: the file (size-checked) and the safe intake
 * first, which refuses a file it will not read (RefusalError); then the options' cover values and
 * remembered corrections, structuring and validation.
 */
export async function readAndInspect(
  file: string,
  opts: ReadOptions,
  out: Output,
): Promise<InspectResult & { grid: Grid; bytes: Uint8Array }> {
  out.json = opts.json === true;
  out.lang = opts.lang;
  const bytes = await readWorkbookFile(file, opts.maxBytes);
  const grid = readWorkbook(bytes, opts.maxBytes ? { maxBytes: opts.maxBytes } : undefined);
  const work = await import('./inspectWork');
  // The bytes that were read, for `structure` (which keeps the original sheets' formatting).
  return { ...(await work.inspectRead(grid, opts, basename(file))), grid, bytes };
}

export const registerInspect: Register = (program, out) => {
  readingOptions(
    program
      .command('inspect')
      .description(
        'Læs en arbejdsbog og vis det læste, fejl og ikke-placerede værdier / read a workbook and show what was read, the issues and unmapped values',
      )
      .argument('<file>', 'the .xlsx file')
      .option('--json', 'print { plan, draft, issues, unmapped, checks } as JSON'),
  ).action(async (file: string, opts: ReadOptions) => {
    const result = await readAndInspect(file, opts, out);
    const work = await import('./inspectWork');
    work.printInspect(result, opts, out);
    out.exitCode = work.hasErrors(result.issues) ? ExitCode.Invalid : ExitCode.Ok;
  });

  readingOptions(
    program
      .command('validate')
      .description('Valider en arbejdsbog og vis fejl og advarsler / validate a workbook and list its issues')
      .argument('<file>', 'the .xlsx file')
      .option('--json', 'print { issues } as JSON'),
  ).action(async (file: string, opts: ReadOptions) => {
    const result = await readAndInspect(file, opts, out);
    const work = await import('./inspectWork');
    work.printValidate(result, opts, out);
    out.exitCode = work.hasErrors(result.issues) ? ExitCode.Invalid : ExitCode.Ok;
  });
};
