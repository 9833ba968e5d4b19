// An answer changed by striking the old word through and typing the new one beside it, in one cell
// (rich text: "Nej" struck, then " Delvist"): a careful reader reads the words not struck; a cell
// whose every word is struck (runs or the whole cell) was taken back and answers nothing.

import type { GridCell, GridSheet } from '../grid';

const cache = new WeakMap<GridSheet, ReadonlyMap<number, string>>();

/** A sheet's cells with runs struck through: the text of the runs not struck, by r * 16384 + c. */
function struckRunsOf(sheet: GridSheet): ReadonlyMap<number, string> | undefined {
  const runs = sheet.struckRuns;
  if (runs === undefined || runs.length === 0) return undefined;
  let map = cache.get(sheet);
  if (map === undefined) {
    map = new Map(runs.map((x) => [x.r * 16384 + x.c, x.shown]));
    cache.set(sheet, map);
  }
  return map;
}

/**
 * The text of a cell's runs not struck through, when some are struck (trimmed, spaces between runs
 * made one); undefined when none of its runs is struck.
 */
export function unstruckText(sheet: GridSheet, cell: GridCell): string | undefined {
  const shown = struckRunsOf(sheet)?.get(cell.r * 16384 + cell.c);
  return shown === undefined ? undefined : shown.replace(/\s+/g, ' ').trim();
}

/** A text cell all of whose text is struck through: the whole cell, or every run of its rich text. */
export function allStruck(sheet: GridSheet, cell: GridCell): boolean {
  if (typeof cell.v !== 'string' || cell.v.trim() === '') return false;
  return cell.strike === true || unstruckText(sheet, cell) === '';
}
