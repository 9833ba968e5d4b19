// One call from a grid (or bytes) to what every part of the product works from: the canonical plan,
// the issues and the unmapped values. The CLI, the server and the add-in all call this.

import { parseA1, type Grid } from './grid';
import type { StructureOptions, StructureResult } from './draft';
import type { Inspection, Issue, Unmapped } from './schema';
import { structure } from './structure';
import { IncrementalValidator, validate } from './validate';
import { maskCpr, maskCprDeep, withCprMemo } from './validate/cpr';
import { toPlan, type PlanRowMemo } from './plan';
import { visibleGrid } from './visible';
import { readWorkbook, type IntakeLimits } from './xlsx';
import {
  applyCorrections,
  applyCover,
  type Corrections,
  type CoverValues,
  type Unapplied,
} from './corrections';

export interface InspectOptions extends StructureOptions {
  /** ISO date that decides whether an activity is late; defaults to today in Denmark. */
  readonly today?: string;
  /**
   * Cover values set by a person (core/corrections.ts): they replace what was read before the
   * plan is validated; set values are certain.
   */
  readonly cover?: CoverValues;
  /**
   * Everything a person corrected in the pane (core/corrections.ts): its column mappings join
   * `columnOverrides` (the later wins), the rest is applied to the structured draft before it is
   * validated (after `cover`).
   */
  readonly corrections?: Corrections;
}

export interface InspectResult extends Inspection {
  readonly structure: StructureResult;
  /** Corrections that could not be applied, each with why (empty without corrections). */
  readonly unapplied: readonly Unapplied[];
}

/** Today's date in Denmark as YYYY-MM-DD. */
export function todayInDenmark(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** Each sheet's place in the workbook, by its name and by its name with CPR numbers masked. */
function sheetOrder(grid: Grid): Map<string, number> {
  const order = new Map<string, number>();
  grid.sheets.forEach((s, i) => {
    order.set(s.name, i);
    const masked = maskCpr(s.name);
    if (!order.has(masked)) order.set(masked, i);
  });
  return order;
}

/** A cell's place in row-major order, -1 when it is not a cell address. */
function cellOrder(cell: string): number {
  // The common form ("B5": capitals then digits, nothing else) read here, without the trimmed copy
  // and the { r, c } object of parseA1 (one per issue of a large plan); anything else is parseA1's.
  const n = cell.length;
  let i = 0;
  let c = 0;
  for (; i < n && i < 4; i++) {
    const code = cell.charCodeAt(i);
    if (code < 65 || code > 90) break;
    c = c * 26 + (code - 64);
  }
  const letters = i;
  let r = 0;
  for (; i < n; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    r = r * 10 + d;
  }
  if (i === n && letters >= 1 && letters <= 3 && i - letters >= 1 && i - letters <= 7 && r >= 1) {
    return (r - 1) * 16384 + (c - 1);
  }
  const at = parseA1(cell);
  return at ? at.r * 16384 + at.c : -1;
}

/** Errors first, then in workbook order (sheet, row, column). */
export function sortIssues(issues: readonly Issue[], grid: Grid): Issue[] {
  const order = sheetOrder(grid);
  const sheets = grid.sheets.length + 1;
  // One number per issue: severity, then sheet, then row-major cell (all well within 2^53). The keys
  // sit in a Float64Array and positions are sorted, not { issue, key } objects: a large plan has
  // tens of thousands of issues. Array.prototype.sort is stable, so ties keep their order as before.
  const keys = new Float64Array(issues.length);
  const positions: number[] = [];
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    keys[i] =
      ((issue.severity === 'error' ? 0 : 1) * sheets + (order.get(issue.sheet) ?? -1) + 1) * 2 ** 38 +
      cellOrder(issue.cell) +
      1;
    positions.push(i);
  }
  positions.sort(
    (a, b) =>
      (keys[a] as number) - (keys[b] as number) ||
      (issues[a] as Issue).code.localeCompare((issues[b] as Issue).code),
  );
  return positions.map((i) => issues[i] as Issue);
}

/**
 * An issue with its sheet's name masked when the name holds a CPR number (and then its message too,
 * which may name the sheet). Messages quote the workbook only through quote(), which masks; they
 * are not all read again here: that would copy every message of a large plan (megabytes).
 */
function maskIssue(issue: Issue): Issue {
  const sheet = maskCpr(issue.sheet);
  if (sheet === issue.sheet) return issue;
  return { ...issue, sheet, message: maskCprDeep(issue.message) };
}

/**
 * maskIssue for each issue of a list: the list itself when no issue changes (a large plan's
 * thousands of issues name a few sheets: each name is looked at once in a row, not per issue).
 */
function maskIssues(issues: Issue[]): Issue[] {
  let out: Issue[] | undefined;
  let sheet: string | undefined;
  let masked = '';
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    if (issue.sheet !== sheet) {
      sheet = issue.sheet;
      masked = maskCpr(sheet);
    }
    if (masked !== sheet) (out ??= issues.slice())[i] = maskIssue(issue);
  }
  return out ?? issues;
}

/** Shown instead of the value of a cell that holds a piece of a CPR number a formula joins, or shows one. */
export const PIECE_HIDDEN = '•••';

/**
 * The values not placed, with those of the cells a formula joins into a CPR number hidden: each
 * holds a piece of the number (its birth date and its serial, for B2&C2), no CPR number alone, but together
 * they are one. The cells are still named, so the coordinator finds them.
 */
function withoutPieces(unmapped: readonly Unmapped[], grid: Grid, issues: readonly Issue[]): Unmapped[] {
  const pieces = new Set<string>();
  for (const f of grid.textFindings ?? [])
    for (const x of f.reads ?? []) pieces.add(`${x.sheet}\u0000${x.cell}`);
  // A cell found to show a CPR number whose value the mask of texts does not change (2308920942000
  // that the format "0," shows as 2308920942) is hidden whole; one the mask changes is masked.
  // Two cells side by side that read as one number cut in two (D5:E5): each holds a piece, and
  // both are hidden, as the cells a formula joins are.
  const shown = new Set<string>();
  for (const i of issues) {
    if (i.code !== 'cpr_number' || i.cell === '') continue;
    const [from, to] = i.cell.split(':');
    const a = to === undefined ? undefined : parseA1(from ?? '');
    const b = to === undefined ? undefined : parseA1(to);
    if (a !== undefined && b !== undefined && a.r === b.r && b.c === a.c + 1) {
      shown.add(`${i.sheet}\u0000${from}`);
      shown.add(`${i.sheet}\u0000${to}`);
    } else shown.add(`${i.sheet}\u0000${i.cell}`);
  }
  if (pieces.size === 0 && shown.size === 0) return [...unmapped];
  return unmapped.map((u) => {
    const at = `${u.sheet}\u0000${u.cell}`;
    const hide = pieces.has(at) || (shown.has(at) && maskCprDeep(u.value) === u.value);
    return hide ? { ...u, value: PIECE_HIDDEN } : u;
  });
}

/**
 * Structures and validates a grid. Everything returned that quotes the workbook (issues with their
 * sheet names, unmapped values and checks with theirs) has its CPR numbers masked, also numbers
 * that lost their leading zero in a number cell; a workbook with a CPR number gives no plan at all.
 * `structure` is the raw structuring result, for callers that write the workbook back.
 */
export function inspectGrid(grid: Grid, options: InspectOptions = {}): InspectResult {
  return inspectUsing(grid, options, structure, validate);
}

/**
 * inspectGrid's steps, with the structuring and the validation given (see Inspector). The texts
 * found free of CPR numbers are remembered while it runs (withCprMemo): each distinct text is
 * pre-checked once, not once a cell, once a plan value and once a message.
 */
function inspectUsing(
  grid: Grid,
  options: InspectOptions,
  read: typeof structure,
  check: (result: StructureResult, grid: Grid, options: { today: string }) => Issue[],
  planMemo?: PlanRowMemo,
): InspectResult {
  // Read as a reader sees it: without the characters that show nothing (core/visible.ts).
  const seen = visibleGrid(grid);
  return withCprMemo(() => inspectSteps(seen, options, read, check, planMemo));
}

function inspectSteps(
  grid: Grid,
  options: InspectOptions,
  read: typeof structure,
  check: (result: StructureResult, grid: Grid, options: { today: string }) => Issue[],
  planMemo?: PlanRowMemo,
): InspectResult {
  const corrections = options.corrections;
  const columnOverrides =
    corrections && corrections.columns.length > 0
      ? [
          ...(options.columnOverrides ?? []).filter(
            (o) => !corrections.columns.some((c) => c.sheet === o.sheet && c.col === o.col),
          ),
          ...corrections.columns,
        ]
      : options.columnOverrides;
  const structured0 = read(grid, { ...options, ...(columnOverrides ? { columnOverrides } : {}) });
  const covered = options.cover ? applyCover(structured0, options.cover) : structured0;
  const corrected = corrections ? applyCorrections(covered, corrections) : undefined;
  const structured = corrected ?? covered;
  const ruleIssues = check(structured, grid, { today: options.today ?? todayInDenmark() });
  // Ordered before masking: the order looks sheets up by name (and knows their masked names too).
  const all = structured.issues.length === 0 ? ruleIssues : [...structured.issues, ...ruleIssues];
  const issues = maskIssues(sortIssues(all, grid));
  // A workbook with a CPR number gives no plan at all: nothing of it may be stored or printed.
  const hasCpr = issues.some((i) => i.code === 'cpr_number');
  return {
    plan: hasCpr ? null : toPlan(structured.draft, planMemo),
    issues,
    unmapped: maskCprDeep(hasCpr ? withoutPieces(structured.unmapped, grid, all) : [...structured.unmapped]),
    checks: maskCprDeep([...structured.checks]),
    structure: structured,
    unapplied: maskCprDeep([...(corrected?.unapplied ?? [])]),
  };
}

/**
 * inspectGrid for a workbook that is corrected again and again (the pane, the web page): while the
 * grid and the reading options stay the same, its structuring is kept, and validation is
 * incremental (IncrementalValidator): a corrected value re-validates the rows it touched, the
 * tables and the plan, not the whole workbook. Gives what inspectGrid gives.
 */
export class Inspector {
  private last: { grid: Grid; key: string; read: StructureResult } | undefined;
  private readonly validator = new IncrementalValidator();
  private readonly planRows: PlanRowMemo = new WeakMap();

  inspect(grid: Grid, options: InspectOptions = {}): InspectResult {
    return inspectUsing(
      grid,
      options,
      (g, readOptions) => {
        // Everything structuring reads from (the options but the cover values and corrections,
        // which are applied to its result).
        const {
          cover: _cover,
          corrections: _corrections,
          today: _today,
          ...rest
        } = readOptions as InspectOptions;
        const key = JSON.stringify(rest);
        if (this.last?.grid !== g || this.last.key !== key) {
          this.last = { grid: g, key, read: structure(g, readOptions) };
        }
        return this.last.read;
      },
      (result, g, validateOptions) => this.validator.validate(result, g, validateOptions),
      this.planRows,
    );
  }

  /** Activity rows validated anew by the last inspect (the rest were unchanged). */
  get rowsRevalidated(): number {
    return this.validator.lastComputed;
  }
}

/** Reads the bytes through the safe intake (throws RefusalError) and inspects the workbook. */
export function inspectBytes(
  bytes: Uint8Array,
  options: InspectOptions & { readonly limits?: Partial<IntakeLimits> } = {},
): InspectResult & { grid: Grid } {
  const grid = readWorkbook(bytes, options.limits);
  return { ...inspectGrid(grid, options), grid };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
