// People written by their initials ("KM"), as raw data kept for a formula keeps them, explained by
// a list of the staff elsewhere in the workbook: the initials in one cell and the name in the cell
// to its right ("KM | Kirsten Mogensen"), on a sheet of lists or beside the plan. A careful reader
// looks the initials up there. Only a list whose names carry those initials (the first letters of
// the name's words, or of its first and last word) explains them: "FA | mentor" explains nothing.

import { a1 } from '../grid';
import { displayText, type SheetView } from './sheet';

/** Initials as written: two to four capitals, nothing else. */
export const INITIALS = /^\p{Lu}{2,4}$/u;

/** A name of two to four words, each with a capital first. */
const NAME = /^\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){1,3}$/u;

/** One explained initials: the name, and where the list says it. */
export interface Initials {
  readonly name: string;
  readonly sheet: string;
  /** A1 cells of the initials and of the name. */
  readonly cells: readonly [string, string];
}

/** Whether the name carries the initials: its words' first letters, or its first and last word's. */
function carries(initials: string, name: string): boolean {
  const firsts = name.split(/\s+/u).map((w) => w[0] ?? '');
  const all = firsts.join('').toUpperCase();
  const ends = `${firsts[0] ?? ''}${firsts[firsts.length - 1] ?? ''}`.toUpperCase();
  return initials === all || initials === ends;
}

/**
 * The initials a workbook explains, outside its plan tables (`inPlan`): keyed by the initials; one
 * explained as two different names is left out. Looked for only when a responsible is written as
 * initials.
 */
export function findInitials(
  views: readonly SheetView[],
  inPlan: (sheet: string, r: number, c: number) => boolean,
): Map<string, Initials> {
  const out = new Map<string, Initials>();
  const clash = new Set<string>();
  for (const view of views) {
    for (const r of view.rows) {
      const cells = view.rowCells(r);
      for (let i = 0; i + 1 < cells.length; i++) {
        const cell = cells[i]!;
        const next = cells[i + 1]!;
        if (next.c !== cell.c + 1 || typeof cell.v !== 'string' || typeof next.v !== 'string') continue;
        const initials = cell.v.trim();
        if (!INITIALS.test(initials) || inPlan(view.name, cell.r, cell.c)) continue;
        const name = displayText(next, view.date1904).trim();
        if (!NAME.test(name) || !carries(initials, name)) continue;
        const known = out.get(initials);
        if (known !== undefined && known.name !== name) clash.add(initials);
        else out.set(initials, { name, sheet: view.name, cells: [a1(cell.r, cell.c), a1(next.r, next.c)] });
      }
    }
  }
  for (const initials of clash) out.delete(initials);
  return out;
}
