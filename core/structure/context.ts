// What the readers share: the issues found so far, the date system, and small helpers to reach a
// table's cells.

import { parseA1, type GridCell } from '../grid';
import type { Issue, ReadCheck } from '../schema';
import type { DetectedTable } from './detect';
import type { Initials } from './initials';
import type { SymbolLegends } from './symbols';
import type { ThemeCode } from './themes';
import type { YearContext } from './years';

export interface Ctx {
  readonly date1904: boolean;
  readonly issues: Issue[];
  /** Values read with less than certainty (see ReadCheck); add them with addCheck. */
  readonly checks: ReadCheck[];
  /** The years the plan is about (titles, period), for dates written without one (years.ts). */
  years?: YearContext;
  /**
   * What the workbook's symbol legends say (✓ = Gennemført, 🟢 = Ja: symbols.ts), looked for on the
   * first symbol met: most plans hold none, and the look goes through every text of the workbook.
   */
  symbols?: () => SymbolLegends;
  /**
   * The theme codes the workbook explains ("T1 | Ledelse" on a sheet of its own: themes.ts), looked
   * for on the first theme cell that holds a code.
   */
  themeCodes?: () => ReadonlyMap<string, ThemeCode>;
  /**
   * The initials the workbook's list of staff explains ("KM | Kirsten Mogensen": initials.ts), looked
   * for on the first responsible written as initials.
   */
  initials?: () => ReadonlyMap<string, Initials>;
  /** The initials already read as a name, each told once in a check (at the first cell). */
  initialsTold?: Set<string>;
  /** What a reader worked out once for a table (see memo); dies with the context. */
  perTable?: Map<DetectedTable, Map<string, unknown>>;
}

/**
 * A value worked out once per table and reader (a table's date columns, its list options), kept
 * on the context rather than in a module-level map, so that nothing outlives one structuring.
 */
export function memo<T>(
  ctx: Ctx,
  t: DetectedTable,
  key: string,
  /** Given the context too, so that callers pass a function made once, not a closure per call (hot). */
  make: (t: DetectedTable, key: string, ctx: Ctx) => T,
): T {
  ctx.perTable ??= new Map();
  let mine = ctx.perTable.get(t);
  if (!mine) {
    mine = new Map();
    ctx.perTable.set(t, mine);
  }
  let value = mine.get(key) as T | undefined;
  if (value === undefined) {
    value = make(t, key, ctx);
    mine.set(key, value);
  }
  return value;
}

/** Records a value read with less than certainty, so that the coordinator is asked to check it. */
export function addCheck(ctx: Ctx, check: ReadCheck): void {
  ctx.checks.push(check);
}

/** field → column of a table (fields nobody maps are absent). */
export function fieldColumns(t: DetectedTable): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of t.columns) if (m.field !== null && !out.has(m.field)) out.set(m.field, m.col);
  return out;
}

/**
 * The cell holding a table's value at (r, c): the cell itself, or the top cell of a merged area
 * running down from an earlier row of the same table (a theme merged over its activities).
 */
export function valueCell(
  t: DetectedTable,
  r: number,
  c: number,
  /** The row's cells, sorted by column, when the caller has them already (saves a lookup). */
  rowCells?: readonly GridCell[],
): GridCell | undefined {
  const own = rowCells ? findInRow(rowCells, c) : t.view.cell(r, c);
  if (own) return own;
  const m = t.view.mergeAt(r, c);
  if (m && m.s.c === c && m.s.r < r && m.s.r >= t.firstRow) return t.view.cell(m.s.r, m.s.c);
  return undefined;
}

/** A row that is one text spread over several columns (a merged title or note line). */
export function isMergedLine(t: DetectedTable, cells: readonly GridCell[]): boolean {
  if (cells.length !== 1) return false;
  const cell = cells[0];
  if (!cell) return false;
  const m = t.view.mergeAt(cell.r, cell.c);
  return m !== undefined && m.s.r === cell.r && m.s.c === cell.c && m.e.c > m.s.c;
}

function findInRow(row: readonly GridCell[], c: number): GridCell | undefined {
  let lo = 0;
  let hi = row.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cell = row[mid] as GridCell;
    if (cell.c === c) return cell;
    if (cell.c < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Drops the issues and checks reading gave at cells of a sheet that `inside` takes in (rows or a
 * table read, then passed over as copies).
 */
export function forgetWhere(ctx: Ctx, sheet: string, inside: (r: number, c: number) => boolean): void {
  const at = (s: string | undefined, cell: string | undefined): boolean => {
    if (s !== sheet || cell === undefined) return false;
    const place = parseA1(cell);
    return place !== undefined && inside(place.r, place.c);
  };
  for (let i = ctx.issues.length - 1; i >= 0; i--) {
    const issue = ctx.issues[i];
    if (issue && at(issue.sheet, issue.cell)) ctx.issues.splice(i, 1);
  }
  for (let i = ctx.checks.length - 1; i >= 0; i--) {
    const check = ctx.checks[i];
    if (check && at(check.sheet, check.cell)) ctx.checks.splice(i, 1);
  }
}
