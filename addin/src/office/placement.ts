// Where the template sheets go in the workbook that is open in Excel. The layout (core/layout.ts, a
// core/document WorkbookDocument) is made for a new file: template sheets plus copies of the original
// sheets. In the open workbook the originals stay where they are, untouched, so the copies are left
// out and the lists sheet names the originals themselves as archive (so that reading the workbook
// again takes the plan from the template sheets only). Pure: no Office.js here.

import type { Grid } from '../../../core/grid';
import { originalSheetName } from '../../../core/layout';
import type { PlacedCell, PlacedSheet, WorkbookDocument } from '../../../core/document/model';
import { LISTS_SHEET } from '../../../core/spec';
import { templateMarker, templateSheetNames } from '../common/template';

export { templateSheetNames };

export interface Placement {
  /** The sheets to write, in order: the template sheets and the lists sheet. */
  readonly sheets: readonly PlacedSheet[];
  /** Original sheets whose name a template sheet needs; they keep their contents under a new name. */
  readonly renames: readonly { readonly from: string; readonly to: string }[];
  /** Template sheets from an earlier structuring, replaced by the new ones. */
  readonly replaces: readonly string[];
  /** The tables on those sheets: deleted first, so that the new tables can have their names. */
  readonly replacedTables: readonly string[];
  /** Original sheets (after renaming) that the lists sheet names as archive. */
  readonly archived: readonly string[];
  /** Table names for the new tables, changed only where an original table already has the name. */
  readonly tableNames: ReadonlyMap<string, string>;
}

const ALL_TEMPLATE_NAMES = new Set(
  (['da', 'en'] as const).flatMap((lang) => templateSheetNames(lang).map((n) => n.toLowerCase())),
);

/**
 * Decides how the layout goes into the open workbook: `existing` are the workbook's sheet names in
 * tab order, `existingTables` its table names, `grid` what was read from it.
 */
export function placeLayout(
  layout: WorkbookDocument,
  existing: readonly string[],
  existingTables: readonly string[],
  grid: Grid,
): Placement {
  const lang = layout.lang;
  const wanted = templateSheetNames(lang);
  const wantedLower = new Set(wanted.map((n) => n.toLowerCase()));
  const marker = templateMarker(grid);
  const replaces = marker
    ? existing.filter((n) => ALL_TEMPLATE_NAMES.has(n.toLowerCase()) && !marker.archived.has(n))
    : [];
  const originals = existing.filter((n) => !replaces.includes(n));

  const taken = new Set([...existing, ...wanted].map((n) => n.toLowerCase()));
  const renames: { from: string; to: string }[] = [];
  const archived = originals.map((name) => {
    if (!wantedLower.has(name.toLowerCase())) return name;
    const to = originalSheetName(name, lang, taken);
    taken.add(to.toLowerCase());
    renames.push({ from: name, to });
    return to;
  });

  const sheets = layout.sheets
    .filter((s) => wantedLower.has(s.name.toLowerCase()))
    .map((s) => (s.name === LISTS_SHEET[lang] ? withArchive(s, archived) : s));

  // Tables on the sheets being replaced go with them; tables on the originals keep their names.
  const replacedTables = grid.sheets
    .filter((s) => replaces.includes(s.name))
    .flatMap((s) => s.tables.map((t) => t.name))
    .filter((name) => existingTables.some((t) => t.toLowerCase() === name.toLowerCase()));
  const freed = new Set(replacedTables.map((t) => t.toLowerCase()));
  const tablesTaken = new Set(existingTables.map((t) => t.toLowerCase()).filter((t) => !freed.has(t)));
  const tableNames = new Map<string, string>();
  for (const sheet of sheets) {
    for (const table of sheet.tables) {
      let name = table.name;
      for (let i = 2; tablesTaken.has(name.toLowerCase()); i++) name = `${table.name}${i}`;
      tablesTaken.add(name.toLowerCase());
      tableNames.set(table.name, name);
    }
  }
  return { sheets, renames, replaces, replacedTables, archived, tableNames };
}

/** The lists sheet with the originals of the open workbook as its archive list (column A from row 3). */
function withArchive(sheet: PlacedSheet, archived: readonly string[]): PlacedSheet {
  const cells: PlacedCell[] = sheet.cells.filter((c) => !(c.c === 0 && c.r >= 2));
  archived.forEach((name, i) => cells.push({ r: 2 + i, c: 0, v: name }));
  return { ...sheet, cells };
}
