// Every place of a structure result moved from one layout of a sheet to another: a sheet was read
// in another shape than it is laid (Markdown lines split into cells, a plan laid on its side stood
// upright), and each place the result names must be the cell the coordinator sees.

import type { DraftRow, Place, StructureResult } from '../draft';
import type { GridCell, GridSheet } from '../grid';
import type { Issue, ReadCheck, Unmapped } from '../schema';

export interface PlaceMove {
  /** The sheets read in another shape. */
  readonly sheets: { has(name: string): boolean };
  /** Where the cell `cell` of one of those sheets is as laid (the same string where it stays). */
  readonly cellOf: (sheet: string, cell: string) => string;
  /** An issue moved to `cell` (default: the cell replaced). */
  readonly issue?: (x: Issue, cell: string) => Issue;
  /** A check moved to `cell` (default: the cell replaced); undefined keeps the check as it is. */
  readonly check?: (x: ReadCheck, cell: string) => ReadCheck | undefined;
  /** After a row's fields are moved: anything more about the row (its source). */
  readonly row?: (row: DraftRow<unknown>) => void;
}

/**
 * The result with every place on a moved sheet at its cell as laid: each row's fields (changed in
 * place: the rows are the structuring's own), the cover's places, the answers', the issues, the
 * checks and the unplaced cells.
 */
export function movePlaces(result: StructureResult, m: PlaceMove): StructureResult {
  const to = (x: Place): string | undefined => {
    if (!m.sheets.has(x.sheet)) return undefined;
    const cell = m.cellOf(x.sheet, x.cell);
    return cell === x.cell ? undefined : cell;
  };
  const move = <T extends Place>(x: T): T => {
    const cell = to(x);
    return cell === undefined ? x : { ...x, cell };
  };
  const rows = (list: readonly DraftRow<unknown>[]): void => {
    for (const row of list) {
      if (!m.sheets.has(row.source.sheet)) continue;
      const cells = row.cells as Record<string, string | undefined>;
      const moved: Record<string, string> = {};
      for (const field in cells) {
        const at = cells[field];
        if (at !== undefined) moved[field] = m.cellOf(row.source.sheet, at);
      }
      (row as { cells: unknown }).cells = moved;
      m.row?.(row);
    }
  };
  const d = result.draft;
  rows(d.activities);
  rows(d.corps);
  rows(d.indicators);
  rows(d.roles);
  rows(d.communication);
  const places: Partial<Record<string, Place>> = {};
  for (const [k, p] of Object.entries(d.places)) if (p) places[k] = move(p);
  const issue = m.issue ?? ((x: Issue, cell: string): Issue => ({ ...x, cell }));
  const check = m.check ?? ((x: ReadCheck, cell: string): ReadCheck => ({ ...x, cell }));
  return {
    ...result,
    draft: {
      ...d,
      places,
      checklist: d.checklist.map((a) => (a.place ? { ...a, place: move(a.place) } : a)),
    },
    issues: result.issues.map((x) => {
      const cell = to(x);
      return cell === undefined ? x : issue(x, cell);
    }),
    checks: result.checks.map((x) => {
      const cell = to(x);
      return cell === undefined ? x : (check(x, cell) ?? x);
    }),
    unmapped: result.unmapped.map((x: Unmapped) => move(x)),
  };
}

/**
 * A sheet as read in another shape: its cells as read, with the sheet's name, state and drawings
 * (its notes and tables belong to the sheet as laid; merges only where the new shape keeps some).
 */
export function sheetAsRead(
  sheet: GridSheet,
  cells: GridCell[],
  merges: GridSheet['merges'] = [],
): GridSheet {
  return {
    name: sheet.name,
    state: sheet.state,
    cells,
    merges,
    comments: [],
    tables: [],
    drawings: sheet.drawings,
  };
}
