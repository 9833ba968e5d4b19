// The work of the reading commands after the intake accepted the file (loaded by ./inspect then):
// the cover values and remembered corrections of the options, structuring and validation, and the
// printed report.

import { UsageError } from '../usage';
import type { Output } from '../output';
import { hasErrors, inspectGrid, type InspectResult } from '../../core/inspect';
import { readCoverValue, type CoverKey, type CoverValues } from '../../core/corrections';
import { coverValuesSchema } from '../../core/corrections-schema';
import type { Grid } from '../../core/grid';
import type { InspectOutput } from '../../core/schema';
import type { FrontFieldKey } from '../../core/spec';
import type { AppliedRemembered, RememberedEntries } from '../../core/remembered';
import { mergeRemembered } from '../../core/remembered-schema';
import {
  formatIssues,
  formatNotCarried,
  formatRead,
  formatRemembered,
  formatUnmapped,
  holdsCpr,
} from '../report';
import { fetchRemembered, readCorrectionsFile } from './corrections';
import { FIELD_LIST, SET_FIELDS, type ReadOptions } from './inspect';

export { hasErrors };

/** The output as built from readonly results (the type checker holds the draft to the schema). */
type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

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

/** Structures and validates an intake-checked grid with the options' cover values and corrections. */
export async function inspectRead(grid: Grid, opts: ReadOptions): Promise<InspectResult> {
  const cover = coverFromOptions(opts);
  const remembered = await rememberedFromOptions(opts);
  return inspectGrid(grid, {
    ...(remembered ? { remembered } : {}),
    ...(opts.municipality ? { municipality: opts.municipality } : {}),
    ...(opts.period ? { period: opts.period } : {}),
    ...(Object.keys(cover).length > 0 ? { cover } : {}),
    ...(opts.today ? { today: opts.today } : {}),
  });
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

/** `korpsplan inspect`: what was read, the issues, and what did not land in the plan. */
export function printInspect(result: InspectResult, opts: ReadOptions, out: Output): void {
  if (out.json) {
    out.printJson(inspectOutput(result));
    return;
  }
  const lines = formatRead(result, opts.lang, setFields(opts));
  lines.push(...formatRemembered(result.structure.remembered ?? [], opts.lang));
  lines.push(...formatIssues(result.issues, opts.lang), ...formatUnmapped(result.unmapped, opts.lang));
  lines.push(...formatNotCarried(result.structure, opts.lang));
  for (const l of lines) out.line(l);
}

/** `korpsplan validate`: the issues. */
export function printValidate(result: InspectResult, opts: ReadOptions, out: Output): void {
  if (out.json) out.printJson({ issues: result.issues });
  else for (const l of formatIssues(result.issues, opts.lang)) out.line(l);
}
