import { Command, Option } from 'commander';
import type { Register } from '../main';
import { ExitCode, parseLang, type Output } from '../output';
import { UsageError } from '../usage';
import { readWorkbookFile } from '../../workbook/files';
import { hasErrors, inspectBytes, type InspectResult } from '../../core/inspect';
import { coverValuesSchema, readCoverValue, type CoverKey, type CoverValues } from '../../core/corrections';
import type { Grid } from '../../core/grid';
import type { InspectOutput } from '../../core/schema';
import type { FrontFieldKey, Lang } from '../../core/spec';
import { mergeRemembered, type AppliedRemembered, type RememberedEntries } from '../../core/remembered';
import {
  formatIssues,
  formatNotCarried,
  formatRead,
  formatRemembered,
  formatUnmapped,
  holdsCpr,
} from '../report';
import { fetchRemembered, readCorrectionsFile } from './corrections';

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

/** The output as built from readonly results (the type checker holds the draft to the schema). */
type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

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

const FIELD_LIST = Object.keys(SET_FIELDS).join(', ');

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

/**
 * The cover values of --phase and --set FIELD=VALUE (an empty VALUE clears what was read). A field
 * given twice, an unknown field or a value outside its list is refused with what is allowed.
 */
export function coverFromOptions(
  opts: Pick<ReadOptions, 'phase' | 'set' | 'municipality' | 'period'>,
): CoverValues {
  // [field, value, the option it came from]
  const given: [string, string, string][] = [];
  if (opts.phase !== undefined) given.push(['phase', opts.phase, '--phase']);
  for (const item of opts.set ?? []) {
    const at = item.indexOf('=');
    const name = (at < 0 ? item : item.slice(0, at)).trim().toLowerCase();
    if (at < 0 || !(name in SET_FIELDS)) {
      throw new UsageError('option_invalid', {
        da: `--set skal skrives FELT=VÆRDI, hvor FELT er et af: ${FIELD_LIST}.`,
        en: `--set takes FIELD=VALUE, where FIELD is one of: ${FIELD_LIST}.`,
      });
    }
    given.push([name, item.slice(at + 1), `--set ${name}`]);
  }
  const cover: Partial<Record<CoverKey, string | null>> = {};
  const seen = new Set<string>([
    ...(opts.municipality !== undefined ? ['municipality'] : []),
    ...(opts.period !== undefined ? ['period'] : []),
  ]);
  for (const [name, text, option] of given) {
    const key = SET_FIELDS[name] as CoverKey;
    if (seen.has(name)) {
      throw new UsageError('option_invalid', {
        da: `Feltet ${name} er givet mere end én gang (--${name} eller --set ${name}=…). Giv det én gang.`,
        en: `The field ${name} is given more than once (--${name} or --set ${name}=…). Give it once.`,
      });
    }
    seen.add(name);
    if (text.trim() === '') {
      cover[key] = null;
      continue;
    }
    const read = readCoverValue(key, text);
    if (!read.ok) {
      throw new UsageError('option_invalid', {
        da: `${option}: ${read.message.da}`,
        en: `${option}: ${read.message.en}`,
      });
    }
    cover[key] = read.value;
  }
  // The values were read one by one above; the schema holds them together (and to no CPR number).
  return coverValuesSchema.parse(cover);
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

export async function readAndInspect(
  file: string,
  opts: ReadOptions,
  out: Output,
): Promise<InspectResult & { grid: Grid; bytes: Uint8Array }> {
  out.json = opts.json === true;
  out.lang = opts.lang;
  const cover = coverFromOptions(opts);
  const remembered = await rememberedFromOptions(opts);
  const bytes = await readWorkbookFile(file, opts.maxBytes);
  const result = inspectBytes(bytes, {
    ...(remembered ? { remembered } : {}),
    ...(opts.municipality ? { municipality: opts.municipality } : {}),
    ...(opts.period ? { period: opts.period } : {}),
    ...(Object.keys(cover).length > 0 ? { cover } : {}),
    ...(opts.today ? { today: opts.today } : {}),
    ...(opts.maxBytes ? { limits: { maxBytes: opts.maxBytes } } : {}),
  });
  // The bytes that were read, for `structure` (which keeps the original sheets' formatting).
  return { ...result, bytes };
}

/**
 * The remembered corrections to read with: the municipality's set from the service (--remembered)
 * and a file (--corrections), the file's entries winning where both have one.
 */
export async function rememberedFromOptions(opts: ReadOptions): Promise<RememberedEntries | undefined> {
  const file = opts.corrections !== undefined ? await readCorrectionsFile(opts.corrections) : undefined;
  if (!opts.remembered) return file;
  const fetched = await fetchRemembered({
    lang: opts.lang,
    ...(opts.server !== undefined ? { server: opts.server } : {}),
    ...(opts.token !== undefined ? { token: opts.token } : {}),
    ...(opts.as !== undefined ? { as: opts.as } : {}),
  });
  return file ? mergeRemembered(fetched, file) : fetched;
}

/**
 * What `inspect --json` prints (inspectOutputSchema): the canonical plan when valid, the draft
 * with its places (null for a workbook that holds a CPR number: nothing read from it is shown).
 */
export function inspectOutput(
  result: InspectResult,
): DeepReadonly<InspectOutput> & { remembered?: readonly AppliedRemembered[] } {
  return {
    plan: result.plan,
    draft: holdsCpr(result.issues) ? null : result.structure.draft,
    issues: result.issues,
    unmapped: result.unmapped,
    checks: result.checks ?? [],
    ...(result.structure.remembered ? { remembered: result.structure.remembered } : {}),
  };
}

/** The cover fields the command line sets (to show them as set rather than read). */
export function setFields(opts: ReadOptions): FrontFieldKey[] {
  const keys = Object.keys(coverFromOptions(opts)) as FrontFieldKey[];
  if (opts.municipality !== undefined) keys.push('municipality');
  if (opts.period !== undefined) keys.push('period');
  return keys;
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
    if (out.json) {
      out.printJson(inspectOutput(result));
    } else {
      const lines = formatRead(result, opts.lang, setFields(opts));
      lines.push(...formatRemembered(result.structure.remembered ?? [], opts.lang));
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
