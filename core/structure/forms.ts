// A plan kept as ONE SHEET PER ACTIVITY: each activity's sheet a small form of label | value rows
// ("Aktivitet", "Tema", "Ansvarlig", "Start", "Frist", "Status", "Bemærkning"), the sheets made by
// copying one another (so their labels may differ in order, in a colon, in a line more), a blank
// form kept to copy from ("Ny aktivitet", its values prompts such as "[skriv her]"), and often an
// index sheet first: a table of contents with a link to each sheet and its status pulled by a
// formula (='Infomøde'!B7).
//
// A careful reader takes each form as one activity, read by its labels as blocks.ts reads a sheet
// of several forms; passes over the blank form (a template, not an activity); and reads the index
// as what it is, a list of pointers to the activities, not activities of its own. One form on a
// sheet is weak evidence alone (a cover of "Label: value" rows may name an activity), so forms are
// read a sheet each only where two sheets or more hold one.

import type { ActivityFields, DraftRow } from '../draft';
import type { ReadCheck } from '../schema';
import type { LabelRow } from './blocks';
import { displayText, type SheetView } from './sheet';
import { sheetCheck } from './layoutChecks';
import { namesNothing } from './values';

/** A sheet holding one form of label | value rows naming an activity. */
export interface FormSheet {
  readonly view: SheetView;
  readonly block: readonly LabelRow[];
}

/**
 * Whether a form holds no value but a template's prompts ("[skriv her]", "[vælg tema]",
 * "dd-mm-åååå") or nothing: the blank form kept to copy from, not an activity.
 */
export function blankForm(form: FormSheet): boolean {
  return form.block.every((l) => {
    if (!l.value) return true;
    const text = displayText(l.value, form.view.date1904).trim();
    return text === '' || namesNothing(text);
  });
}

/** A sheet's name as Excel compares it (case and surrounding spaces do not count). */
function sheetKey(name: string): string {
  return name.trim().toLocaleLowerCase('da');
}

/**
 * Plan rows read from a table that are lines of an index to the forms: each row whose cells link or
 * refer into a sheet read as one activity's form (GridSheet.sheetRefs: HYPERLINK("#'Infomøde'!A1";
 * …), ='Infomøde'!B7, a link to a place in the workbook), on a sheet where two rows or more point
 * into different form sheets. Each row with the form sheet it points into.
 */
export function indexRows(
  activities: readonly DraftRow<ActivityFields>[],
  views: readonly SheetView[],
  forms: readonly FormSheet[],
): Map<DraftRow<ActivityFields>, string> {
  const out = new Map<DraftRow<ActivityFields>, string>();
  if (forms.length < 2) return out;
  const formNames = new Map(forms.map((f) => [sheetKey(f.view.name), f.view.name] as const));
  // The form sheet each row of each sheet points into (0-based rows), from the sheets' references.
  const pointers = new Map<string, Map<number, string>>();
  for (const view of views) {
    const refs = view.sheet.sheetRefs;
    if (!refs || formNames.has(sheetKey(view.name))) continue;
    for (const ref of refs) {
      const form = formNames.get(sheetKey(ref.sheet));
      if (form === undefined) continue;
      const rows = pointers.get(view.name) ?? new Map<number, string>();
      if (!rows.has(ref.r)) rows.set(ref.r, form);
      pointers.set(view.name, rows);
    }
  }
  for (const [sheet, rows] of pointers) {
    if (new Set(rows.values()).size < 2) continue;
    for (const a of activities) {
      if (a.source.sheet !== sheet) continue;
      const form = rows.get(a.source.row - 1);
      if (form !== undefined) out.set(a, form);
    }
  }
  return out;
}

/** A line of an index to the activities' sheets: not read as an activity of its own. */
export function indexRowCheck(sheet: string, cell: string, form: string): ReadCheck {
  return sheetCheck(
    sheet,
    cell,
    form,
    `Rækken er en linje i en oversigt, der peger på arket "${form}" (et link eller en formel), hvor aktiviteten står på sin egen formular; aktiviteten er læst på "${form}", så den kun tælles én gang, og rækken her er ikke læst som en aktivitet. Er det en anden aktivitet, så skriv den på sit eget ark.`,
    `The row is a line of an index that points to the sheet "${form}" (a link or a formula), where the activity stands on a form of its own; the activity was read on "${form}", so it counts once, and this row was not read as an activity. If it is another activity, write it on a sheet of its own.`,
  );
}

/** A blank form beside the activities' forms: the template to copy, not an activity. */
export function blankFormCheck(sheet: string, cell: string): ReadCheck {
  return sheetCheck(
    sheet,
    cell,
    sheet,
    `Arket "${sheet}" er en tom formular (kun felter at udfylde, fx "[skriv her]") ligesom arkene med aktiviteterne; det er læst som skabelonen til en ny aktivitet, ikke som en aktivitet. Er det en aktivitet, så udfyld felterne.`,
    `The sheet "${sheet}" is a blank form (only fields to fill in, such as "[skriv her]") like the activities' sheets; it was read as the template for a new activity, not as an activity. If it is an activity, fill in its fields.`,
  );
}
