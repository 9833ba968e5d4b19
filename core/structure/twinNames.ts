// Two defined names of one name in one scope ("Omfang" and "omfang": Excel does not tell upper from
// lower case), or two tables of one name. Excel never saves either: it opens such a file only by
// repairing it, removing the second defined name ("Removed Records: Named range from
// /xl/workbook.xml part") and renaming the second table ("Repaired Records: Table from
// /xl/tables/… part"). korpsplan reads as the repaired file does: a formula or a form control naming
// the name gets the first one's range, and both tables' cells are read where they stand. Neither is
// silent: each is named in a check (the part, the name, the two ranges or sheets), so the
// coordinator can delete or rename one in Excel's Name Manager or Table Design and save again.
// Excel's own print settings (_xlnm.Print_Area given twice, as LibreOffice may save) are left out:
// nothing is read from them.

import { rangeA1, type Grid } from '../grid';
import type { ReadCheck } from '../schema';

/** A range as written ("Plan!$A$1"); anything else (a constant, a formula) is not repeated in a message. */
const REFERENCE =
  /^(?:'[^']{1,31}'|[^'"!(),\s]{1,31})!\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?$/u;
/** Six digits in a row, spaced or not: never repeated in a message (a CPR number may be one). */
const DIGIT_RUN = /(?:\d[\s.-]?){6}/u;

function shown(value: string, da: boolean): string {
  return REFERENCE.test(value) && !DIGIT_RUN.test(value) ? value : da ? 'en anden værdi' : 'another value';
}

/** Cheap: nothing to compare unless there are two names or two tables. */
export function twinNameChecks(grid: Grid): ReadCheck[] {
  const out: ReadCheck[] = [];
  if (grid.definedNames.length > 1) {
    const seen = new Map<string, { value: string; sheet?: string }>();
    for (const n of grid.definedNames) {
      if (n.name.toLowerCase().startsWith('_xlnm.') || DIGIT_RUN.test(n.name)) continue;
      const key = `${n.sheet ?? ''}\u0000${n.name.toLowerCase()}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, n);
        continue;
      }
      const scope = n.sheet === undefined ? 'projektmappen' : `arket "${n.sheet}"`;
      const scopeEn = n.sheet === undefined ? 'the workbook' : `the sheet "${n.sheet}"`;
      out.push({
        sheet: n.sheet ?? '',
        cell: '',
        field: 'fileSyntax',
        value: n.name,
        confidence: 0.5,
        reason: {
          da: `Filen er ikke helt gyldig: delen xl/workbook.xml har navnet "${n.name}" to gange i ${scope} (${shown(first.value, true)} og ${shown(n.value, true)}); Excel skelner ikke mellem store og små bogstaver og fjerner det andet, når filen repareres. korpsplan har brugt det første (${shown(first.value, true)}). Slet det forkerte i Navnestyring (Formler > Navnestyring), og gem igen.`,
          en: `The file is not quite valid: its part xl/workbook.xml has the name "${n.name}" twice in ${scopeEn} (${shown(first.value, false)} and ${shown(n.value, false)}); Excel does not tell upper from lower case and removes the second when it repairs the file. korpsplan has used the first (${shown(first.value, false)}). Delete the wrong one in the Name Manager (Formulas > Name Manager), and save again.`,
        },
      });
    }
  }
  let tables = 0;
  for (const s of grid.sheets) tables += s.tables.length;
  if (tables > 1) {
    const seen = new Map<string, { sheet: string; ref: string }>();
    for (const s of grid.sheets)
      for (const t of s.tables) {
        const key = t.name.toLowerCase();
        if (DIGIT_RUN.test(t.name)) continue;
        const first = seen.get(key);
        const ref = rangeA1(t.ref);
        if (first === undefined) {
          seen.set(key, { sheet: s.name, ref });
          continue;
        }
        out.push({
          sheet: s.name,
          cell: ref.split(':')[0] ?? '',
          field: 'fileSyntax',
          value: t.name,
          confidence: 0.5,
          reason: {
            da: `Filen er ikke helt gyldig: to tabeller hedder "${t.name}" (på arket "${first.sheet}" ${first.ref} og her ${ref}); Excel omdøber den anden, når filen repareres. korpsplan har læst begge tabellers celler, hvor de står. Giv tabellen et andet navn (Tabeldesign > Tabelnavn), og gem igen.`,
            en: `The file is not quite valid: two tables are named "${t.name}" (on the sheet "${first.sheet}" ${first.ref} and here ${ref}); Excel renames the second when it repairs the file. korpsplan has read both tables' cells where they stand. Give the table another name (Table Design > Table Name), and save again.`,
          },
        });
      }
  }
  return out;
}
