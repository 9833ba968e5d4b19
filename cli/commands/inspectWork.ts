// The work of the reading commands after the intake accepted the file (loaded by ./inspect then):
// structuring and validation with the options' cover values and remembered corrections
// (./inspectOptions, loaded when an option gives some), and the printed report.

import type { Output } from '../output';
import { hasErrors, inspectGrid, type InspectResult } from '../../core/inspect';
import type { Grid } from '../../core/grid';
import type { InspectOutput } from '../../core/schema';
import type { FrontFieldKey } from '../../core/spec';
import type { AppliedRemembered } from '../../core/remembered';
import {
  formatIssues,
  formatNotCarried,
  formatRead,
  formatRemembered,
  formatUnmapped,
  holdsCpr,
} from '../report';
import { SET_FIELDS, type ReadOptions } from './inspect';

export { hasErrors };

/** The output as built from readonly results (the type checker holds the draft to the schema). */
type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Whether the options need the cover values' and corrections' schemas (./inspectOptions, with zod):
 * a plain `korpsplan inspect plan.xlsx` does without them, and loading zod is ~0.1 s of its start.
 */
function needsOptions(opts: ReadOptions): boolean {
  return (
    opts.phase !== undefined ||
    (opts.set !== undefined && opts.set.length > 0) ||
    opts.corrections !== undefined ||
    opts.remembered === true
  );
}

/**
 * Structures and validates an intake-checked grid with the options' cover values and corrections;
 * `fileName`, the file's own name, is a hint for the municipality and half-year.
 */
export async function inspectRead(grid: Grid, opts: ReadOptions, fileName?: string): Promise<InspectResult> {
  const options = needsOptions(opts) ? await import('./inspectOptions') : undefined;
  const cover = options ? options.coverFromOptions(opts) : {};
  const remembered = options ? await options.rememberedFromOptions(opts) : undefined;
  return inspectGrid(grid, {
    ...(remembered ? { remembered } : {}),
    ...(opts.municipality ? { municipality: opts.municipality } : {}),
    ...(opts.period ? { period: opts.period } : {}),
    ...(Object.keys(cover).length > 0 ? { cover } : {}),
    ...(opts.today ? { today: opts.today } : {}),
    ...(fileName !== undefined ? { fileName } : {}),
  });
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

/**
 * The cover fields the command line sets (to show them as set rather than read): --phase, then each
 * --set in order (inspectRead refused a wrong or repeated one before any report is made).
 */
export function setFields(opts: ReadOptions): FrontFieldKey[] {
  const keys: FrontFieldKey[] = opts.phase !== undefined ? ['phase'] : [];
  for (const item of opts.set ?? []) {
    const name = item.slice(0, item.indexOf('=')).trim().toLowerCase();
    keys.push(SET_FIELDS[name] as FrontFieldKey);
  }
  if (opts.municipality !== undefined) keys.push('municipality');
  if (opts.period !== undefined) keys.push('period');
  return keys;
}

/** `korpsplan inspect`: what was read, the issues, and what did not land in the plan. */
export function printInspect(result: InspectResult & { grid?: Grid }, opts: ReadOptions, out: Output): void {
  if (out.json) {
    out.printJson(inspectOutput(result));
    return;
  }
  const sheets = result.grid?.sheets.map((s) => s.name);
  const lines = formatRead({ ...result, ...(sheets ? { sheets } : {}) }, opts.lang, setFields(opts));
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
