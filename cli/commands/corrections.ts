// Remembered corrections on the command line (core/remembered.ts, the service's GET/PUT
// /api/municipalities/{code}/corrections; shapes in core/contract.ts):
//
//   korpsplan inspect|validate|structure FILE --corrections C.json   read with a set from a file
//   korpsplan inspect|validate|structure FILE --remembered           ... with the municipality's set
//                                                                     fetched from the service
//   korpsplan submit FILE --corrections C.json     the set is saved for the municipality first
//                                                  (merged), so the service reads the file with it
//   korpsplan corrections get [-o FILE]            the municipality's set (JSON)
//   korpsplan corrections put FILE [--replace]     merges FILE into the set (newest wins), or
//                                                  replaces it; under the ETag read (409: try again)
//   korpsplan corrections remember WORKBOOK --column 'Ark1!C=responsible'
//             --value 'Ark1!E8:activities.status=in_progress' -o C.json
//                                                  the corrections of one workbook as a set that
//                                                  carries to the next (core/remembered.ts rememberFrom)
//
// A corrections file is a set ({ version, columns, values, labels }) or what `corrections get`
// prints ({ municipality, remembered, ... }); either is zod-checked, and a file holding a CPR
// number is refused without repeating it.

import { Option, type Command } from 'commander';
import { RefusalError } from '../../core/codes';
import {
  CONTRACT,
  CORRECTIONS_MAX_BYTES,
  HEADERS,
  NO_VERSION_ETAG,
  pathOf,
  correctionsPath,
  correctionsResponseSchema,
  type CorrectionsResponse,
} from '../../core/contract';
import type { ColumnOverride } from '../../core/draft';
import type { RememberedEntries, ValueCorrectionInput } from '../../core/remembered';
import { mergeRemembered, rememberFrom, rememberedSchema } from '../../core/remembered-schema';
import { structure } from '../../core/structure';
import { readWorkbook } from '../../core/xlsx';
import { holdsCpr } from '../../core/redact';
import { zodText } from '../../core/zodText';
import { LIST_TITLES, fieldLabel, listValueName, tableLabel } from '../../core/spec';
import { readWorkbookFile, writeFileAtomic } from '../../workbook/files';
import type { Register } from '../main';
import { ExitCode, parseLang } from '../output';
import { UsageError } from '../usage';
import {
  ApiError,
  apiError,
  call,
  guarded,
  resolveToken,
  serverOptions,
  serverUrl,
  type ServerOptions,
} from './token';

/** Reads and checks a corrections file (a set, or the output of `corrections get`). */
export async function readCorrectionsFile(path: string): Promise<RememberedEntries> {
  let bytes: Uint8Array;
  try {
    bytes = await readWorkbookFile(path, CORRECTIONS_MAX_BYTES);
  } catch (err) {
    if (err instanceof RefusalError) {
      throw new UsageError('option_invalid', {
        da: `--corrections: filen "${path}" er for stor til huskede rettelser (højst ${CORRECTIONS_MAX_BYTES / 1024} kB).`,
        en: `--corrections: the file "${path}" is too large for remembered corrections (at most ${CORRECTIONS_MAX_BYTES / 1024} kB).`,
      });
    }
    throw err;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (holdsCpr(text)) {
    throw new UsageError('option_invalid', {
      da: `--corrections: filen "${path}" indeholder noget, der ligner et CPR-nummer. korpsplan bruger aldrig personnumre; fjern det.`,
      en: `--corrections: the file "${path}" contains something that looks like a CPR number. korpsplan never uses personal identity numbers; remove it.`,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError('option_invalid', {
      da: `--corrections: filen "${path}" er ikke JSON.`,
      en: `--corrections: the file "${path}" is not JSON.`,
    });
  }
  const wrapped = correctionsResponseSchema.safeParse(raw);
  if (wrapped.success) return wrapped.data.remembered;
  const set = rememberedSchema.safeParse(raw);
  if (set.success) return set.data;
  const where = zodText(set.error, raw);
  throw new UsageError('option_invalid', {
    da: `--corrections: filen "${path}" er ikke huskede rettelser (${where.da}).`,
    en: `--corrections: the file "${path}" is not remembered corrections (${where.en}).`,
  });
}

/** The municipality the command is about: --municipality, else the signed-in coordinator's. */
async function municipalityOf(opts: ServerOptions, token: string, given?: string): Promise<string> {
  if (given !== undefined) {
    if (!/^\d{3}$/.test(given)) {
      throw new UsageError('option_invalid', {
        da: '--municipality skal være en kommunekode som 751.',
        en: '--municipality must be a municipality code such as 751.',
      });
    }
    return given;
  }
  const response = await call(`${serverUrl(opts)}${pathOf('me', {})}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw await apiError(response);
  const me = CONTRACT.me.ok[200].parse(await response.json());
  if (!me.municipality) {
    throw new ApiError(403, 'corrections_forbidden', {
      da: 'Huskede rettelser hører til en kommunes koordinator; du er ikke koordinator for en kommune.',
      en: "Remembered corrections belong to a municipality's coordinator; you are not a coordinator of a municipality.",
    });
  }
  return me.municipality;
}

interface Current {
  readonly body: CorrectionsResponse;
  readonly etag: string;
}

async function getCurrent(opts: ServerOptions, token: string, code: string): Promise<Current> {
  const response = await call(`${serverUrl(opts)}${correctionsPath(code)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw await apiError(response);
  return {
    body: correctionsResponseSchema.parse(await response.json()),
    etag: response.headers.get('etag') ?? NO_VERSION_ETAG,
  };
}

async function putSet(
  opts: ServerOptions,
  token: string,
  code: string,
  set: RememberedEntries,
  etag: string,
): Promise<CorrectionsResponse> {
  const response = await call(`${serverUrl(opts)}${correctionsPath(code)}`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      [HEADERS.ifMatch]: etag,
    },
    body: JSON.stringify(set),
  });
  if (!response.ok) throw await apiError(response);
  return correctionsResponseSchema.parse(await response.json());
}

/** The signed-in coordinator's municipality's set, from the service (for --remembered). */
export async function fetchRemembered(opts: ServerOptions): Promise<RememberedEntries> {
  const token = await resolveToken(opts);
  // --municipality of the reading commands names the plan's municipality (maybe by name); the set
  // fetched is always the signed-in coordinator's own.
  const code = await municipalityOf(opts, token);
  return (await getCurrent(opts, token, code)).body.remembered;
}

/**
 * Merges `fresh` into the municipality's saved set (newest wins) and saves it under the ETag read;
 * a save that lost a race is tried again from a fresh read (a few times).
 */
export async function saveMerged(
  opts: ServerOptions,
  fresh: RememberedEntries,
  options: { readonly replace?: boolean; readonly municipality?: string } = {},
): Promise<CorrectionsResponse> {
  const token = await resolveToken(opts);
  const code = await municipalityOf(opts, token, options.municipality);
  const replace = options.replace === true;
  for (let attempt = 1; ; attempt++) {
    const current = await getCurrent(opts, token, code);
    const next = replace ? fresh : mergeRemembered(current.body.remembered, fresh);
    try {
      return await putSet(opts, token, code, next, current.etag);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && attempt < 3) continue;
      throw err;
    }
  }
}

function summary(body: CorrectionsResponse, lang: 'da' | 'en'): string[] {
  const r = body.remembered;
  const da = lang === 'da';
  return [
    da
      ? `Huskede rettelser for kommune ${body.municipality}: ${r.columns.length} kolonner, ${r.values.length} værdier, ${r.labels.length} etiketter${body.version ? ` (version ${body.version})` : ' (intet gemt endnu)'}.`
      : `Remembered corrections of municipality ${body.municipality}: ${r.columns.length} columns, ${r.values.length} values, ${r.labels.length} labels${body.version ? ` (version ${body.version})` : ' (nothing saved yet)'}.`,
    ...r.columns.map(
      (c) =>
        `  ${da ? 'kolonne' : 'column'} (${tableLabel(c.table)[lang]}) "${c.header}" → ${c.field ? fieldLabel(`${c.table}.${c.field}`)[lang] : da ? '(bruges ikke)' : '(not used)'}`,
    ),
    ...r.values.map(
      (v) =>
        `  ${da ? 'værdi' : 'value'} "${v.text}" → ${LIST_TITLES[v.list][lang]}: ${listValueName(v.list, v.value)[lang]}`,
    ),
    ...r.labels.map(
      (l) => `  ${da ? 'etiket' : 'label'} "${l.text}" → ${fieldLabel(`cover.${l.field}`)[lang]}`,
    ),
  ];
}

const COLUMN_ARG = /^(.+)!([A-Z]{1,3})=(.*)$/i;
const VALUE_ARG = /^(.+)!([A-Z]{1,3}\d{1,7}):([\w.]+)=(.+)$/i;

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function letterToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** --column SHEET!LETTER=FIELD (empty field: not used) and --value SHEET!CELL:FIELD=VALUE. */
export function parseCorrectionArgs(
  columns: readonly string[],
  values: readonly string[],
): { columns: ColumnOverride[]; values: ValueCorrectionInput[] } {
  const refuse = (option: string, text: string, form: string): never => {
    throw new UsageError('option_invalid', {
      da: `${option} "${holdsCpr(text) ? '…' : text}" skal skrives ${form}.`,
      en: `${option} "${holdsCpr(text) ? '…' : text}" must be written ${form}.`,
    });
  };
  return {
    columns: columns.map((arg) => {
      const m = COLUMN_ARG.exec(arg.trim());
      if (!m?.[1] || !m[2])
        return refuse('--column', arg, 'ARK!KOLONNE=FELT / SHEET!COLUMN=FIELD, fx Ark1!C=responsible');
      const field = (m[3] ?? '').trim();
      return { sheet: m[1], col: letterToCol(m[2]), field: field === '' ? null : field };
    }),
    values: values.map((arg) => {
      const m = VALUE_ARG.exec(arg.trim());
      if (!m?.[1] || !m[2] || !m[3] || m[4] === undefined)
        return refuse(
          '--value',
          arg,
          'ARK!CELLE:FELT=VÆRDI / SHEET!CELL:FIELD=VALUE, fx Ark1!E8:activities.status=in_progress',
        );
      return { sheet: m[1], cell: m[2].toUpperCase(), field: m[3], value: m[4].trim() };
    }),
  };
}

interface CorrectionsOptions extends ServerOptions {
  municipality?: string;
  output?: string;
  replace?: boolean;
}

function withMunicipality(command: Command): Command {
  return serverOptions(command).option(
    '--municipality <code>',
    'kommunekode (default: den indloggede koordinators) / municipality code (default: the signed-in coordinator’s)',
  );
}

interface RememberOptions {
  column?: string[];
  value?: string[];
  output?: string;
  json?: boolean;
  lang: 'da' | 'en';
}

export const registerCorrections: Register = (program, out) => {
  const group = program
    .command('corrections')
    .description(
      'Kommunens huskede rettelser på tjenesten / the municipality’s remembered corrections on the service',
    );

  withMunicipality(
    group
      .command('get')
      .description('Hent de huskede rettelser / fetch the remembered corrections')
      .option('-o, --output <file>', 'skriv dem til en fil / write them to a file'),
  ).action(async (opts: CorrectionsOptions) => {
    await guarded(out, opts, async () => {
      const token = await resolveToken(opts);
      const code = await municipalityOf(opts, token, opts.municipality);
      const { body } = await getCurrent(opts, token, code);
      if (opts.output) await writeFileAtomic(opts.output, `${JSON.stringify(body, null, 2)}\n`);
      if (out.json) out.printJson(body);
      else for (const l of summary(body, opts.lang)) out.line(l);
      out.exitCode = ExitCode.Ok;
    });
  });

  withMunicipality(
    group
      .command('put')
      .description(
        'Gem huskede rettelser fra en fil (flettes ind; nyeste vinder) / save remembered corrections from a file (merged; newest wins)',
      )
      .argument('<file>', 'a corrections JSON file')
      .option('--replace', 'erstat i stedet for at flette / replace instead of merging'),
  ).action(async (file: string, opts: CorrectionsOptions) => {
    await guarded(out, opts, async () => {
      const set = await readCorrectionsFile(file);
      const body = await saveMerged(opts, set, {
        replace: opts.replace === true,
        ...(opts.municipality !== undefined ? { municipality: opts.municipality } : {}),
      });
      if (out.json) out.printJson(body);
      else for (const l of summary(body, opts.lang)) out.line(l);
      out.exitCode = ExitCode.Ok;
    });
  });

  group
    .command('remember')
    .description(
      'Gør en arbejdsbogs rettelser til huskede rettelser, der passer på næste plan / turn one workbook’s corrections into remembered corrections that carry to the next plan',
    )
    .argument('<workbook>', 'the .xlsx file the corrections were made in')
    .option('--column <sheet!col=field>', 'a column’s field, e.g. Ark1!C=responsible (repeatable)', collect)
    .option(
      '--value <sheet!cell:field=value>',
      'a value read, e.g. Ark1!E8:activities.status=in_progress (repeatable)',
      collect,
    )
    .option('-o, --output <file>', 'write the set to a file (for corrections put or --corrections)')
    .option('--json', 'print the set and what could not be remembered as JSON')
    .addOption(new Option('--lang <lang>', 'da (default) or en').default('da').argParser(parseLang))
    .action(async (workbook: string, opts: RememberOptions) => {
      out.json = opts.json === true;
      out.lang = opts.lang;
      const given = parseCorrectionArgs(opts.column ?? [], opts.value ?? []);
      const bytes = await readWorkbookFile(workbook);
      const grid = readWorkbook(bytes);
      const read = structure(grid, {});
      const { entries, notRemembered } = rememberFrom(read, grid, given.columns, given.values);
      if (opts.output) await writeFileAtomic(opts.output, `${JSON.stringify(entries, null, 2)}\n`);
      if (out.json) out.printJson({ remembered: entries, notRemembered });
      else {
        for (const l of summary({ municipality: '—', remembered: entries, version: null }, opts.lang).slice(
          1,
        ))
          out.line(l);
        for (const n of notRemembered)
          out.line(`  ✗ ${n.sheet}!${n.cell} ${n.field}: ${n.reason[opts.lang]}`);
      }
      out.exitCode = ExitCode.Ok;
    });
};
