// A list of the changes made to the workbook's cells, kept beside the plan: Excel's History sheet
// (a shared workbook with Track Changes, Highlight Changes › "List changes on a new sheet": Action
// Number | Date | Time | Who | Change | Sheet | Range | New Value | Old Value | Action Type | Losing
// Action), copied to a sheet of its own because Excel removes its generated sheet when the workbook
// is saved; or a change log an audit macro writes (when, who, sheet, cell, before, after).
//
// Its rows hold dates, names and statuses, and a header a plan's words can be read into ("Date",
// "Who", "Dato", "Hvem"), but each row tells what a cell of another sheet held before and after, never
// an activity: a careful reader takes the plan's values from the plan and passes the list over. It
// is known by what it holds, not by its header's words (which differ with Excel's language): a
// column naming sheets of this workbook (other than the list's own) and a column of cell references
// ("G6", "$G$6", "B5:C7", "14:14"), row after row.

import type { ReadCheck } from '../schema';
import { a1 } from '../grid';
import type { DetectedTable } from './detect';
import { passedOverTableCheck } from './layoutChecks';
import { displayText } from './sheet';

/** A cell, a range, whole rows or whole columns as a change names them: "G6", "$G$6", "B5:C7", "14:14", "C:C". */
const CELL_REF =
  /^(?:\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?|\$?\d{1,7}:\$?\d{1,7}|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/u;

/** The share of a column's filled cells that must hold a sheet's name, or a cell reference. */
const SHARE = 0.8;
/** Rows a change list has at least. */
const MIN_ROWS = 3;

/** A sheet's name as Excel compares it (case and surrounding spaces do not count). */
function sheetKey(name: string): string {
  return name.trim().toLocaleLowerCase('da');
}

/**
 * Plan tables that are lists of changes to the workbook's cells: a column whose cells name other
 * sheets of the workbook and a column of cell references, each in at least 80 % of its filled
 * cells and in three rows or more. (Cheap first: a table whose first row holds no cell reference,
 * or no other sheet's name, is no such list.)
 */
export function changeLogTables(
  tables: readonly DetectedTable[],
  sheetNames: readonly string[],
): DetectedTable[] {
  const out: DetectedTable[] = [];
  let names: Set<string> | undefined;
  for (const t of tables) {
    if (t.key !== 'activities' || t.lastRow - t.firstRow + 1 < MIN_ROWS) continue;
    const view = t.view;
    const text = (r: number, c: number): string => displayText(view.cell(r, c), view.date1904).trim();
    // The first row holding anything (blank rows may stand between the header and the data).
    let top = t.firstRow;
    while (top < t.lastRow && view.rowCells(top, t.c0, t.c1).length === 0) top++;
    const first = view.rowCells(top, t.c0, t.c1).map((cell) => displayText(cell, view.date1904).trim());
    if (!first.some((v) => CELL_REF.test(v))) continue;
    names ??= new Set(sheetNames.map(sheetKey));
    const own = sheetKey(view.name);
    const known = names;
    if (!first.some((v) => sheetKey(v) !== own && known.has(sheetKey(v)))) continue;
    let refs = false;
    let sheets = false;
    for (let c = t.c0; c <= t.c1 && !(refs && sheets); c++) {
      let filled = 0;
      let ref = 0;
      let sheet = 0;
      for (let r = t.firstRow; r <= t.lastRow; r++) {
        const v = text(r, c);
        if (v === '') continue;
        filled++;
        if (CELL_REF.test(v)) ref++;
        const key = sheetKey(v);
        if (key !== own && names.has(key)) sheet++;
      }
      if (filled === 0) continue;
      if (ref >= MIN_ROWS && ref >= SHARE * filled) refs = true;
      else if (sheet >= MIN_ROWS && sheet >= SHARE * filled) sheets = true;
    }
    if (refs && sheets) out.push(t);
  }
  return out;
}

/** A list of changes to the workbook's cells: passed over, the plan read where it stands. */
export function changeLogCheck(table: DetectedTable, kept: string | undefined): ReadCheck {
  return passedOverTableCheck(table.view.name, a1(table.headerTop, table.c0), kept, {
    da: 'er en liste over ændringer i projektmappens celler (hver række nævner et ark og en celle og hvad den har indeholdt, som Excels historikark ved Spor ændringer); den er ikke læst som aktiviteter, og dens gamle værdier ændrer intet i planen',
    en: "is a list of changes to the workbook's cells (each row names a sheet and a cell and what it held, as Excel's History sheet under Track Changes); it was not read as activities, and its old values change nothing in the plan",
  });
}
