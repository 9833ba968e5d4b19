// Whether a workbook is already in the template layout: its lists sheet carries the template marker
// in A1 and, below "sourceSheets", the names of the original sheets kept as archive.

import { cellText, SheetIndex, type Grid } from '../../../core/grid';
import { FRONT_SHEET, LISTS_SHEET, TABLE_SHEETS, TEMPLATE_MARKER, type Lang } from '../../../core/spec';

/** The template's sheet names in a language, in order: cover, the table sheets, the lists sheet. */
export function templateSheetNames(lang: Lang): string[] {
  return [FRONT_SHEET.sheet[lang], ...TABLE_SHEETS.map((t) => t.sheet[lang]), LISTS_SHEET[lang]];
}

/** The archive list of a workbook already in the template layout, or undefined when it is not. */
export function templateMarker(grid: Grid): { archived: Set<string> } | undefined {
  const lists = grid.sheets.find((s) => s.name === LISTS_SHEET.da || s.name === LISTS_SHEET.en);
  if (!lists) return undefined;
  const index = new SheetIndex(lists);
  if (cellText(index.get(0, 0)) !== TEMPLATE_MARKER) return undefined;
  const archived = new Set<string>();
  for (let r = 2; r <= index.maxRow; r++) {
    const name = cellText(index.get(r, 0));
    if (name) archived.add(name);
  }
  return { archived };
}
