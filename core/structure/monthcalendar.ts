// The effort's activities typed into a MONTH CALENDAR (Excel's and LibreOffice's calendar
// templates): a sheet per month ("Januar 2027"), a grid of weeks by weekdays under a row of the
// weekdays' names, each day's number in the week's row of numbers (or on its cell's first line),
// and the day's entry typed in the cell under the number.
//
//   Uge │ man │ tir                          │ ons │ …
//    2  │  11 │  12                          │  13 │
//       │     │ Styregruppemøde kl. 13 (Per) │     │
//
// A careful reader reads each entry as an activity on its day (the day's number above it, the
// month and year from the sheet's name or title), an entry merged across days from its first day to
// its last; the name in brackets at its end as the responsible, the time of day ("kl. 13") and a
// deadline's label ("Frist:") as no part of the activity, "AFLYST" before it as its status; the theme
// as the entry cell's colour where a legend names the colour's theme (a coloured cell holding a
// theme's name); and a holiday ("Vinterferie", "Kr. himmelfartsdag") as no activity.
//
// The sheet is read as the plan table these readings make (one row an entry), every place moved
// back to the entry's cell at the end (sideways.ts movedBack); each activity is known by its cell's
// row and column. Only a sheet with a row naming the seven weekdays in order, under a month and year,
// whose numbers under the weekdays are that month's days on those weekdays.

import { excelSerialToIso, isDateFormat, isoToDays, isoToExcelSerial } from '../dates';
import { a1, type GridCell, type GridSheet } from '../grid';
import { foldText, matchListValue, normalizeText } from '../normalize';
import type { ReadCheck, Unmapped } from '../schema';
import type { SheetMover } from './sideways';
import { displayText } from './sheet';
import { sheetAsRead } from './moveplaces';

/** The weekdays' row is near the top: no scan of a long sheet. */
const TOP_ROWS = 15;

/** The weekdays' names (folded), Monday 0 … Sunday 6. */
const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [
    ['man', 'mandag', 'ma', 'mon', 'monday', 'mo'],
    ['tir', 'tirsdag', 'ti', 'tue', 'tues', 'tuesday', 'tu'],
    ['ons', 'onsdag', 'on', 'wed', 'wednesday', 'we'],
    ['tor', 'torsdag', 'to', 'thu', 'thur', 'thurs', 'thursday', 'th'],
    ['fre', 'fredag', 'fr', 'fri', 'friday'],
    ['lor', 'lordag', 'lo', 'loer', 'loerdag', 'sat', 'saturday', 'sa'],
    ['son', 'sondag', 'so', 'soen', 'soendag', 'sun', 'sunday', 'su'],
  ].flatMap((names, day) => names.map((n) => [n, day] as const)),
);

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['januar', 'january', 'jan'],
    ['februar', 'february', 'feb'],
    ['marts', 'march', 'mar'],
    ['april', 'apr'],
    ['maj', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, m) => names.map((n) => [n, m + 1] as const)),
);

/** The weekday a short text names, if any. */
function weekdayOf(text: string): number | undefined {
  if (text.length > 10) return undefined;
  return WEEKDAYS.get(foldText(text).replace(/\.$/u, '').trim());
}

/** The month and year a text names ("Januar 2027", "januar 2027", "Jan. 2027"). */
function monthOf(text: string): { year: number; month: number } | undefined {
  if (text.length > 60) return undefined;
  const m = /(?:^|[^\p{L}])(\p{L}{3,9})\.?\s+((?:19|20)\d{2})(?![\d])/u.exec(foldText(text));
  const month = m?.[1] === undefined ? undefined : MONTHS.get(m[1]);
  return month === undefined ? undefined : { year: Number(m![2]), month };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The weekday (Monday 0) of a day of a month, or undefined when the month has no such day. */
function dayWeekday(year: number, month: number, day: number): number | undefined {
  const days = isoToDays(`${year}-${pad(month)}-${pad(day)}`);
  if (days === undefined) return undefined;
  // Day 0 of isoToDays is 1970-01-01, a Thursday.
  return (((days + 3) % 7) + 7) % 7;
}

/** A holiday typed in the calendar: a school holiday ("Vinterferie") or a public holiday. */
const HOLIDAY =
  /^(?:\p{L}*ferie|helligdag|fridag|lukket|nytårsdag|skærtorsdag|langfredag|(?:1\.|2\.|anden)?\s*påskedag|store bededag|st\.? bededag|kr(?:isti)?\.? himmelfartsdag|(?:1\.|2\.|anden)?\s*pinsedag|grundlovsdag|juleaften|(?:1\.|2\.|anden)?\s*juledag|nytårsaften)(?:\s*\(.*\))?$/iu;

/** "AFLYST – …", "Aflyst: …", "CANCELLED: …": the entry's status before it. */
const CANCELLED = /^\s*(aflyst|annulleret|cancell?ed)\s*(?:[:!–—-]\s*|\s+)/iu;
/** A deadline's label before the entry ("Frist: ansøgning"). */
const DEADLINE_LABEL = /^\s*(?:frist|deadline|senest)\s*:\s*/iu;
/** A time of day: "kl. 13", "kl. 9-12", "kl. 14.30–16", "klokken 13". */
const TIME_OF_DAY =
  /\s*\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?(?![\d])/giu;
/** A name (or names, or initials) in brackets at the end: "(Per)", "(Mette Kjær)", "(AB, CD)". */
const NAME_AT_END =
  /\s*\(\s*((?:\p{Lu}[\p{L}.'-]*)(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*(?:,|\/|og|&)\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})*)\s*\)\s*$/u;

/** An entry's text read in a calendar's terms. */
export function readEntry(text: string): {
  activity: string;
  responsible?: string;
  status?: string;
} {
  let rest = text.replace(/\s+/gu, ' ').trim();
  let status: string | undefined;
  const cancelled = CANCELLED.exec(rest);
  if (cancelled && cancelled[0].length < rest.length) {
    status = cancelled[1];
    rest = rest.slice(cancelled[0].length);
  }
  let responsible: string | undefined;
  const name = NAME_AT_END.exec(rest);
  if (name?.[1] && name.index > 0) {
    responsible = name[1];
    rest = rest.slice(0, name.index);
  }
  const untimed = rest.replace(TIME_OF_DAY, '').trim();
  if (untimed !== '') rest = untimed;
  const label = DEADLINE_LABEL.exec(rest);
  if (label && label[0].length < rest.length) rest = rest.slice(label[0].length);
  rest = rest.replace(/[\s,;:–—-]+$/u, '').trim();
  return {
    activity: rest,
    ...(responsible ? { responsible } : {}),
    ...(status ? { status } : {}),
  };
}

/** A month calendar's sheet, read as the plan table its entries make. */
export interface MonthCalendar extends SheetMover {
  readonly sheet: GridSheet;
  /** The weekdays' row and its first and last column (0-based). */
  readonly headerRow: number;
  readonly c0: number;
  readonly c1: number;
  readonly month: { readonly year: number; readonly month: number };
  /** The entries read as activities. */
  readonly entries: number;
}

/** The short texts of the sheet's first rows, in reading order. Cheap on a long sheet. */
function topTexts(sheet: GridSheet): { r: number; c: number; v: string }[] {
  const out: { r: number; c: number; v: string }[] = [];
  const cols = sheet.columns;
  if (cols) {
    for (let i = 0; i < cols.length; i++) {
      const r = cols.r[i] as number;
      if (r >= TOP_ROWS) break;
      const v = cols.type(i) === 's' ? cols.textOf(i) : undefined;
      if (v !== undefined && v.length <= 10) out.push({ r, c: cols.c[i] as number, v });
    }
    return out;
  }
  for (const cell of sheet.cells) {
    if (cell.r >= TOP_ROWS) break;
    if (cell.t === 's' && typeof cell.v === 'string' && cell.v.length <= 10)
      out.push({ r: cell.r, c: cell.c, v: cell.v });
  }
  return out;
}

/** The weekdays' row near the top: seven columns side by side naming the days in order. */
function weekdayRow(sheet: GridSheet): { r: number; cols: Map<number, number> } | undefined {
  let row = -1;
  let cols = new Map<number, number>();
  for (const text of topTexts(sheet)) {
    if (text.r !== row) {
      row = text.r;
      cols = new Map();
    }
    const day = weekdayOf(text.v);
    if (day === undefined) continue;
    cols.set(text.c, day);
    if (cols.size === 7) {
      const cs = [...cols.keys()].sort((a, b) => a - b);
      const first = cs[0]!;
      // Side by side, each day once, in the week's order (Monday or Sunday first).
      const inOrder = cs.every((c, i) => c === first + i && cols.get(c) === (cols.get(first)! + i) % 7);
      if (inOrder) return { r: row, cols };
    }
  }
  return undefined;
}

/** The day of the month a cell's number (or its text's first line) gives, with the rest of its text. */
function dayNumber(
  cell: GridCell,
  month: { year: number; month: number },
  date1904: boolean,
): { day: number; rest?: string } | undefined {
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (isDateFormat(cell.fmt)) {
      let iso: string;
      try {
        iso = excelSerialToIso(cell.v, date1904);
      } catch {
        return undefined;
      }
      return iso.startsWith(`${month.year}-${pad(month.month)}-`)
        ? { day: Number(iso.slice(8, 10)) }
        : undefined;
    }
    return Number.isInteger(cell.v) && cell.v >= 1 && cell.v <= 31 ? { day: cell.v } : undefined;
  }
  if (cell.t === 's' && typeof cell.v === 'string') {
    const m = /^\s*(\d{1,2})\.?\s*(?:\n\s*([\s\S]*\S))?\s*$/u.exec(cell.v);
    if (!m) return undefined;
    const day = Number(m[1]);
    return day >= 1 && day <= 31 ? { day, ...(m[2] ? { rest: m[2] } : {}) } : undefined;
  }
  return undefined;
}

/** The themes a legend's coloured cells name, by their colour (a coloured cell holding a theme's name). */
export function themeColours(sheets: readonly GridSheet[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of sheets)
    for (const cell of sheet.cells) {
      if (cell.fill === undefined || cell.t !== 's' || typeof cell.v !== 'string' || cell.v.length > 60)
        continue;
      const theme = matchListValue('theme', normalizeText(cell.v));
      if (theme !== undefined && !out.has(cell.fill.toUpperCase()))
        out.set(cell.fill.toUpperCase(), cell.v.trim());
    }
  return out;
}

/**
 * The sheet read as the plan table its entries make, or undefined when it is no month calendar.
 * `legend`: the themes' names by colour (themeColours), asked for only when the sheet is one.
 */
export function monthCalendarSheet(
  sheet: GridSheet,
  date1904: boolean,
  legend: () => ReadonlyMap<string, string>,
): MonthCalendar | undefined {
  // Cheap first: a weekday's name among the first rows' short texts.
  const head = weekdayRow(sheet);
  if (!head) return undefined;
  const c0 = Math.min(...head.cols.keys());
  const c1 = c0 + 6;
  let month = monthOf(sheet.name);
  if (!month)
    for (const cell of sheet.cells) {
      if (cell.r >= head.r) break;
      if (cell.t === 's' && typeof cell.v === 'string') month = monthOf(cell.v);
      if (month) break;
    }
  if (!month) return undefined;
  const m = month;
  // The rows of days' numbers: every number under the weekdays that month's day on that weekday.
  const byRow = new Map<number, GridCell[]>();
  for (const cell of sheet.cells) {
    if (cell.r <= head.r || cell.c < c0 || cell.c > c1) continue;
    const list = byRow.get(cell.r);
    if (list) list.push(cell);
    else byRow.set(cell.r, [cell]);
  }
  const dayRows = new Map<number, Map<number, number>>();
  const firstLines = new Map<string, string>();
  for (const [r, cells] of byRow) {
    const days = new Map<number, number>();
    let others = 0;
    const rests: [string, string][] = [];
    for (const cell of cells) {
      const d = dayNumber(cell, m, date1904);
      if (d && dayWeekday(m.year, m.month, d.day) === head.cols.get(cell.c)) {
        days.set(cell.c, d.day);
        if (d.rest) rests.push([a1(r, cell.c), d.rest]);
      } else if (displayText(cell, date1904).trim() !== '') others++;
    }
    if (days.size > 0 && others === 0) {
      dayRows.set(r, days);
      for (const [at, rest] of rests) firstLines.set(at, rest);
    }
  }
  // A calendar shows a month's weeks: at least four rows of its days.
  if (dayRows.size < 4) return undefined;
  const dayRowList = [...dayRows.keys()].sort((a, b) => a - b);
  const dayAbove = (r: number, c: number): { day: number; row: number } | undefined => {
    for (let i = dayRowList.length - 1; i >= 0; i--) {
      const dr = dayRowList[i]!;
      if (dr > r) continue;
      const day = dayRows.get(dr)?.get(c);
      return day === undefined ? undefined : { day, row: dr };
    }
    return undefined;
  };
  const iso = (day: number): string => `${m.year}-${pad(m.month)}-${pad(day)}`;
  const serial = (day: number): number => isoToExcelSerial(iso(day)) - (date1904 ? 1462 : 0);

  // The entries, in reading order.
  type Entry = { r: number; c: number; text: string; first: number; last: number; fill?: string };
  const entries: Entry[] = [];
  const outside: Unmapped[] = [];
  const used = new Set<string>();
  for (const cell of sheet.cells) {
    const at = a1(cell.r, cell.c);
    const own = firstLines.get(at);
    const inGrid =
      cell.r > head.r && cell.c >= c0 && cell.c <= c1 && (own !== undefined || !dayRows.has(cell.r));
    const text = own ?? (cell.t === 's' && typeof cell.v === 'string' ? cell.v : undefined);
    const day = inGrid ? dayAbove(cell.r, cell.c) : undefined;
    if (text === undefined || text.trim() === '' || !day || HOLIDAY.test(normalizeText(text).trim())) {
      outside.push({ sheet: sheet.name, cell: at, value: displayText(cell, date1904) });
      continue;
    }
    // An entry merged across days runs to the last day it covers.
    const merge = sheet.merges.find((g) => g.s.r === cell.r && g.s.c === cell.c);
    let last = day.day;
    if (merge) {
      const end = Math.min(merge.e.c, c1);
      last = dayRows.get(day.row)?.get(end) ?? day.day + (end - cell.c);
      if (dayWeekday(m.year, m.month, last) === undefined) last = day.day;
    }
    used.add(at);
    entries.push({
      r: cell.r,
      c: cell.c,
      text,
      first: day.day,
      last,
      ...(cell.fill ? { fill: cell.fill.toUpperCase() } : {}),
    });
  }
  const themes = entries.length > 0 ? legend() : new Map<string, string>();

  // The plan table the entries make: a header, then one row an entry.
  const HEAD = ['Aktivitet', 'Tema', 'Start', 'Frist', 'Ansvarlig', 'Status'];
  const cells: GridCell[] = HEAD.map((v, c) => ({ r: 0, c, v, t: 's' as const }));
  const places = new Map<string, string>();
  const sources: { row: number; col: number }[] = [];
  const headAt = a1(head.r, c0);
  HEAD.forEach((_, c) => places.set(a1(0, c), headAt));
  // The entries with no theme first: nothing above them is a theme to carry down (each entry of a
  // calendar has its own colour, or none); their places keep them apart.
  const themed = entries.map((e) => ({ e, theme: e.fill ? themes.get(e.fill) : undefined }));
  themed.sort((a, b) => Number(a.theme !== undefined) - Number(b.theme !== undefined));
  themed.forEach(({ e, theme }, i) => {
    const r = i + 1;
    const read = readEntry(e.text);
    const row: (GridCell | undefined)[] = [
      { r, c: 0, v: read.activity, t: 's' },
      theme ? { r, c: 1, v: theme, t: 's' } : undefined,
      e.last > e.first ? { r, c: 2, v: serial(e.first), t: 'n', fmt: 'dd-mm-yyyy' } : undefined,
      { r, c: 3, v: serial(e.last), t: 'n', fmt: 'dd-mm-yyyy' },
      read.responsible ? { r, c: 4, v: read.responsible, t: 's' } : undefined,
      read.status ? { r, c: 5, v: read.status, t: 's' } : undefined,
    ];
    for (const cell of row) if (cell) cells.push(cell);
    for (let c = 0; c < HEAD.length; c++) places.set(a1(r, c), a1(e.r, e.c));
    sources.push({ row: e.r + 1, col: e.c + 1 });
  });
  const read: GridSheet = sheetAsRead(sheet, cells);
  return {
    sheet: read,
    headerRow: head.r,
    c0,
    c1,
    month: m,
    entries: entries.length,
    outside,
    back: (cell) => places.get(cell) ?? headAt,
    source: (row) => sources[row - 2] ?? { row: head.r + 1, col: c0 + 1 },
  };
}

/** The check at the weekdays' row that says how the calendar was read. */
export function monthCalendarCheck(name: string, cal: MonthCalendar): ReadCheck {
  const first = a1(cal.headerRow, cal.c0);
  const month = `${pad(cal.month.month)}-${cal.month.year}`;
  return {
    sheet: name,
    cell: first,
    field: 'column',
    value: `${month}: ${cal.entries}`,
    confidence: 0.85,
    reason: {
      da: `Arket er en månedskalender (${month}): hver tekst under en dags nummer er læst som en aktivitet på den dag (${cal.entries} i alt), med navnet i parentes som ansvarlig og cellens farve som tema efter forklaringen. Helligdage og ferier er ikke læst som aktiviteter. Skabelonen har én række pr. aktivitet.`,
      en: `The sheet is a month calendar (${month}): each text under a day's number was read as an activity on that day (${cal.entries} in all), the name in brackets as the responsible and the cell's colour as the theme by the legend. Holidays were not read as activities. The template has one row per activity.`,
    },
  };
}
