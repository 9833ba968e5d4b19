// The corps written as lines of text, one member a line, where the workbook has no corps table (a
// OneNote page or a mail pasted into one column):
//
//   Korps
//   ⇥CB: mentor, 8 t/uge, 3 forløb
//   ⇥JV: mentor og forældrecoach, 12 timer om ugen, 4 forløb
//
// A line is the initials, a colon or a dash, then the role, the hours a week and the active cases,
// parted by commas; every part must be read, and two or more lines on a sheet must be so, for the
// lines to be taken as the corps. Each field's place is the line's cell.

import { a1 } from '../grid';
import type { CorpsMember } from '../schema';
import type { DraftRow } from '../draft';
import { readListValue } from './values';
import type { SheetView } from './sheet';

/** "CB: the rest", "CB – the rest": initials of two to four capitals first. */
const MEMBER_LINE = /^\s*(\p{Lu}{2,4})\s*(?::|\s[–—-])\s*(\S.*)$/u;
/** "8 t/uge", "7,5 timer om ugen", "10 t. pr. uge", "8 timer". */
const HOURS =
  /^(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:t\.?|timer|time|h)(?:\s*(?:\/|pr\.?|om|per|a)\s*(?:uge|ugen|week))?$/iu;
/** "3 forløb", "2 aktive forløb", "4 sager". */
const CASES = /^(\d{1,3})\s*(?:aktive\s+)?(?:forløb|sager|familier|unge|cases)$/iu;
/** The least number of member lines on a sheet. */
const MIN_LINES = 2;

/** The corps members written one a line on a sheet; none unless two or more lines read fully. */
export function readCorpsLines(view: SheetView): DraftRow<CorpsMember>[] {
  const out: DraftRow<CorpsMember>[] = [];
  const used: (typeof view.rows)[number][] = [];
  for (const r of view.rows) {
    const own = view.rowCells(r);
    const cell = own.length === 1 ? own[0] : undefined;
    // The cheap first test: a short text with a comma.
    if (!cell || typeof cell.v !== 'string' || cell.v.length > 120 || cell.v.indexOf(',') === -1) continue;
    // White space as typed (a no-break space pasted from OneNote or a mail is a space).
    const m = MEMBER_LINE.exec(cell.v.replace(/\s+/gu, ' '));
    if (!m?.[1] || !m[2]) continue;
    // Parted by commas; a decimal comma ("7,5 t/uge") parts nothing.
    const parts = m[2]
      .trim()
      .split(/\s*,(?!\d)\s*/u)
      .filter((p) => p !== '');
    if (parts.length !== 3) continue;
    const role = readListValue('corpsRole', parts[0] as string);
    const hours = HOURS.exec(parts[1] as string)?.[1];
    const cases = CASES.exec(parts[2] as string)?.[1];
    if (!role || role.confidence < 1 || hours === undefined || cases === undefined) continue;
    const at = a1(cell.r, cell.c);
    used.push(r);
    out.push({
      values: {
        initials: m[1],
        role: role.id as CorpsMember['role'],
        hoursPerWeek: Number(hours.replace(',', '.')),
        activeCases: Number(cases),
      },
      source: { sheet: view.name, row: r + 1 },
      cells: { initials: at, role: at, hoursPerWeek: at, activeCases: at },
    });
  }
  if (out.length < MIN_LINES) return [];
  for (const r of used) for (const c of view.rowCells(r)) view.useCell(c);
  return out;
}
