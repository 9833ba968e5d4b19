// A plan split over sheets by who does the work: one sheet per department ("Skole", "Sundhed",
// "Familieafdelingen") or per person ("Mette", "Lars H.", "SSP – Jonas"), each with the same kind of
// table and no responsible column, because the sheet is the department's or the person's own (a
// joint sheet beside them, "Fælles", may have its own column). A careful reader takes the sheet's
// name as the owner of every row on it — when the workbook itself says the sheets are owners: their
// names stand listed beside something (the cover's "Afdeling | Kontaktperson" table, an overview
// counting each one's activities) on a sheet that holds no plan. Without that, the names may be
// anything (pages, tables, half-years, tracks) and the rows stay without a responsible, reported as
// before. Read with a check: the coordinator may name a person instead.

import { a1 } from '../grid';
import type { ReadCheck } from '../schema';
import { foldText } from '../normalize';
import type { DetectedTable } from './detect';
import { displayText, type SheetView } from './sheet';

/**
 * The plan sheets whose name gives the owner of their rows, each with the cell that lists it
 * ("Forside!A12"). Only when activities were read on two or more visible sheets (`read`) without a
 * responsible column, more of them than with one (a joint sheet's own column gives its rows); then
 * only the cells of sheets with no plan table are looked at, once each.
 */
export function ownerSheets(
  tables: readonly DetectedTable[],
  views: readonly SheetView[],
  themed: ReadonlySet<string>,
  read: ReadonlySet<string>,
): Map<string, string> {
  const none = new Map<string, string>();
  const plans = tables.filter((t) => t.key === 'activities' && read.has(t.view.name));
  if (plans.some((t) => t.view.sheet.state !== 'visible')) return none;
  // A joint sheet beside the owners' own ("Fælles", its own "Ansvarlig" column: "Alle", "Mette og
  // Lars"): its column gives its rows, and the other sheets are still their owners'. Only where the
  // sheets without the column are the more, two at the least.
  const columned = new Set(
    plans.filter((t) => t.columns.some((c) => c.field === 'responsible')).map((t) => t.view.name),
  );
  const names = new Set(plans.map((t) => t.view.name).filter((n) => !columned.has(n)));
  if (names.size < 2 || names.size <= columned.size) return none;
  if ([...names].some((n) => themed.has(n))) return none;
  const folded = new Map([...names].map((n) => [foldText(n), n]));
  const planSheets = new Set(tables.filter((t) => t.key === 'activities').map((t) => t.view.name));
  const listed = new Map<string, string>();
  for (const view of views) {
    if (planSheets.has(view.name)) continue;
    for (const r of view.rows) {
      const cells = view.rowCells(r);
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (!cell || typeof cell.v !== 'string') continue;
        const name = folded.get(foldText(cell.v));
        // Listed beside a value of its own (a contact person, a note), as a list of owners is.
        const next = cells[i + 1];
        if (name === undefined || listed.has(name) || !next || next.c !== cell.c + 1) continue;
        if (displayText(next, view.date1904).trim() === '') continue;
        listed.set(name, `${view.name}!${a1(r, cell.c)}`);
      }
    }
  }
  // Every plan sheet listed so: the sheets are the owners' own.
  return listed.size === names.size ? listed : none;
}

/** The sheet's name read as the responsible of every row on it. */
export function ownerSheetCheck(sheet: string, cell: string, listedAt: string): ReadCheck {
  return {
    sheet,
    cell,
    field: 'activities.responsible',
    value: sheet,
    confidence: 0.6,
    reason: {
      da: `Planen er delt i ét ark pr. afdeling eller person, og arket "${sheet}" har ingen kolonne for den ansvarlige; arkets navn står på listen i ${listedAt}, så "${sheet}" er læst som ansvarlig for hver aktivitet på arket. Er det en bestemt person, så tilføj en kolonne "Ansvarlig".`,
      en: `The plan is split into one sheet per department or person, and the sheet "${sheet}" has no column for the responsible; the sheet's name is listed in ${listedAt}, so "${sheet}" was read as responsible for every activity on it. If it is a particular person, add a column "Ansvarlig".`,
    },
  };
}
