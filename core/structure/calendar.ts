// The effort's meetings and milestones kept in a calendar and exported as a table (Outlook's
// "Eksportér til en fil › Kommaseparerede værdier", opened in a spreadsheet): one row per calendar
// item, in the calendar's own columns.
//
//   Emne | Startdato | Starttidspunkt | Slutdato | Sluttidspunkt | Heldagsbegivenhed | … |
//   Mødearrangør | Påkrævede deltagere | … | Beskrivelse | Kategorier | Placering | … | Privat
//
// A careful reader reads each item as an activity in the calendar's own terms: the subject
// ("Emne") is the activity, the description ("Beskrivelse") tells how it went (the status, in
// prose), the organiser ("Mødearrangør") is the responsible, the categories ("Kategorier") the theme
// (Outlook's never-renamed colour categories, "Gul kategori", name none; of several, the first,
// checked), the start and end days the start and the deadline. And the calendar's ways: an all-day
// event ends at midnight AFTER its last day (the deadline is the day before, checked); a recurring
// meeting is exported as one row per meeting of the range (one activity, from its first meeting to
// its last, the other rows left out, each checked); a cancelled meeting's subject begins "Aflyst:"
// ("Canceled:"), which is no part of the activity (a cancelled meeting of a series is left out); a
// private appointment ("Privat": Til) is the coordinator's own, no activity of the plan.
//
// The sheet is read as the plan table these readings make: the same cells in the same places, the
// calendar's headers read as the plan's, and the values a calendar's ways change changed, each
// change checked at its cell; the rows left out are read and then dropped (calendarRows). Only a table whose header names a calendar item's subject, start day
// and a start or end time or the all-day flag.

import type { CheckField } from '../checkFields';
import { excelSerialToIso, formatDanishDate, isoToDays, parseDateCell } from '../dates';
import { a1, type GridCell, type GridSheet } from '../grid';
import { foldText } from '../normalize';
import type { DraftRow } from '../draft';
import type { ReadCheck } from '../schema';

/** The header is near the top (an export, lines typed above it at most): no scan of a long sheet. */
const TOP_ROWS = 40;

type Role =
  | 'subject'
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'allDay'
  | 'organiser'
  | 'categories'
  | 'description'
  | 'private';

/** Outlook's column names (Danish and English exports), folded. */
const ROLES: ReadonlyMap<string, Role> = new Map<string, Role>([
  ['emne', 'subject'],
  ['subject', 'subject'],
  ['startdato', 'startDate'],
  ['start date', 'startDate'],
  ['starttidspunkt', 'startTime'],
  ['start time', 'startTime'],
  ['slutdato', 'endDate'],
  ['end date', 'endDate'],
  ['sluttidspunkt', 'endTime'],
  ['end time', 'endTime'],
  ['heldagsbegivenhed', 'allDay'],
  ['all day event', 'allDay'],
  ['modearrangor', 'organiser'],
  ['meeting organizer', 'organiser'],
  ['kategorier', 'categories'],
  ['categories', 'categories'],
  ['beskrivelse', 'description'],
  ['description', 'description'],
  ['privat', 'private'],
  ['private', 'private'],
]);

/** The plan's own header for each role the plan reads (the others keep theirs). */
const PLAN_HEADER: Partial<Record<Role, string>> = {
  subject: 'Aktivitet',
  startDate: 'Start',
  endDate: 'Frist',
  organiser: 'Ansvarlig',
  categories: 'Tema',
  description: 'Status',
};

/** Outlook's flags: "Til"/"Fra" in Danish, "True"/"False" in English (and a ticked box). */
function isOn(cell: GridCell | undefined): boolean {
  if (!cell) return false;
  if (cell.t === 'b') return cell.v === true;
  if (cell.t === 'n') return cell.v === 1;
  return typeof cell.v === 'string' && /^(?:til|sand|true|ja|yes|on)$/iu.test(cell.v.trim());
}

/** A time of midnight: 0 (a time cell) or "00:00(:00)" as text. */
function isMidnight(cell: GridCell | undefined): boolean {
  if (!cell) return false;
  if (cell.t === 'n') return cell.v === 0;
  return typeof cell.v === 'string' && /^0?0[:.]00(?:[:.]00)?$/u.test(cell.v.trim());
}

/** "Aflyst: …" / "Canceled: …": a cancelled meeting's subject, and the subject without it. */
const CANCELLED = /^(?:aflyst|cancell?ed|annulleret)\s*:\s*/iu;

/** Outlook's own colour categories, never renamed: they name no theme. */
const COLOUR_CATEGORY =
  /^(?:(?:rød|orange|gul|grøn|blå|lilla)\s+kategori|(?:red|orange|yellow|green|blue|purple)\s+category)$/iu;

interface Header {
  readonly row: number;
  readonly cols: ReadonlyMap<Role, number>;
}

/** The calendar export's header row, or undefined. A plain plan fails the first test at once. */
function calendarHeader(sheet: GridSheet): Header | undefined {
  const cols = sheet.columns;
  const texts: { r: number; c: number; v: string }[] = [];
  if (cols) {
    for (let i = 0; i < cols.length; i++) {
      const r = cols.r[i] as number;
      if (r >= TOP_ROWS) break;
      const v = cols.type(i) === 's' ? cols.textOf(i) : undefined;
      if (v !== undefined && v.length <= 30) texts.push({ r, c: cols.c[i] as number, v });
    }
  } else {
    for (const cell of sheet.cells) {
      if (cell.r >= TOP_ROWS) break;
      if (typeof cell.v === 'string' && cell.v.length <= 30) texts.push({ r: cell.r, c: cell.c, v: cell.v });
    }
  }
  // Cheap first: a calendar's time or all-day column somewhere at the top.
  const marks = texts.filter((t) => {
    const role = ROLES.get(foldText(t.v));
    return role === 'startTime' || role === 'endTime' || role === 'allDay';
  });
  for (const mark of marks) {
    const found = new Map<Role, number>();
    for (const t of texts) {
      if (t.r !== mark.r) continue;
      const role = ROLES.get(foldText(t.v));
      if (role !== undefined && !found.has(role)) found.set(role, t.c);
    }
    if (found.has('subject') && found.has('startDate') && found.size >= 4)
      return { row: mark.r, cols: found };
  }
  return undefined;
}

function check(
  sheet: string,
  r: number,
  c: number,
  field: CheckField,
  value: string,
  da: string,
  en: string,
): ReadCheck {
  return { sheet, cell: a1(r, c), field, value, confidence: 0.8, reason: { da, en } };
}

/** A date cell's day (ISO), or undefined. */
function dayOf(cell: GridCell | undefined, date1904: boolean): string | undefined {
  if (!cell) return undefined;
  const read = parseDateCell(cell, date1904);
  return read.ok && read.span.start === undefined ? read.span.deadline : undefined;
}

/** The cell holding the day before its own (a serial one less; a text date as the ISO day). */
function dayBefore(cell: GridCell, date1904: boolean): GridCell | undefined {
  if (cell.t === 'n' && typeof cell.v === 'number')
    return cell.v >= 2 ? { ...cell, v: Math.floor(cell.v) - 1 } : undefined;
  const iso = dayOf(cell, date1904);
  const days = iso === undefined ? undefined : isoToDays(iso);
  if (days === undefined) return undefined;
  const d = new Date((days - 1) * 86_400_000);
  return { ...cell, t: 's', v: d.toISOString().slice(0, 10) };
}

/** The sheet of a calendar export read as the plan its items make, and the checks on what changed. */
export function calendarSheet(
  sheet: GridSheet,
  date1904: boolean,
): { sheet: GridSheet; checks: ReadCheck[] } | undefined {
  const header = calendarHeader(sheet);
  if (!header) return undefined;
  const { row: h, cols } = header;
  const name = sheet.name;
  const col = (role: Role): number | undefined => cols.get(role);
  const checks: ReadCheck[] = [];
  const byRow = new Map<number, Map<number, GridCell>>();
  for (const cell of sheet.cells) {
    const m = byRow.get(cell.r);
    if (m) m.set(cell.c, cell);
    else byRow.set(cell.r, new Map([[cell.c, cell]]));
  }
  const at = (r: number, role: Role): GridCell | undefined => {
    const c = col(role);
    return c === undefined ? undefined : byRow.get(r)?.get(c);
  };
  const text = (r: number, role: Role): string => {
    const v = at(r, role)?.v;
    return typeof v === 'string' ? v.trim() : '';
  };
  const day = (cell: GridCell | undefined): string =>
    cell && typeof cell.v === 'number' ? excelSerialToIso(cell.v, date1904) : String(cell?.v ?? '');

  // The items: the rows under the header with a subject and a start day, until the table ends.
  const items: number[] = [];
  const rows = [...byRow.keys()].filter((r) => r > h).sort((a, b) => a - b);
  for (const r of rows) {
    if (text(r, 'subject') === '' || at(r, 'startDate') === undefined) {
      if (items.length > 0) break;
      continue;
    }
    items.push(r);
  }
  const replaced = new Map<string, GridCell>();
  const dropped = new Set<number>();
  const removed = new Set<GridCell>();
  const put = (cell: GridCell): void => {
    replaced.set(`${cell.r}:${cell.c}`, cell);
  };

  // A recurring meeting: the rows of one subject (and a cancelled meeting of it) are one activity.
  const series = new Map<string, number[]>();
  for (const r of items) {
    const subject = text(r, 'subject');
    const key = foldText(subject.replace(CANCELLED, ''));
    const list = series.get(key);
    if (list) list.push(r);
    else series.set(key, [r]);
  }
  // An all-day event's end (or an item from midnight to midnight) is the midnight after its last day.
  const endOf = (r: number): GridCell | undefined => {
    const end = at(r, 'endDate');
    if (!end) return undefined;
    const allDay = isOn(at(r, 'allDay'));
    if (!allDay && !(isMidnight(at(r, 'endTime')) && isMidnight(at(r, 'startTime')))) return undefined;
    const last = dayOf(end, date1904);
    const first = dayOf(at(r, 'startDate'), date1904);
    return last !== undefined && first !== undefined && last > first ? dayBefore(end, date1904) : undefined;
  };

  for (const r of items) {
    const subjectCol = col('subject') as number;
    // A private appointment is the coordinator's own.
    if (isOn(at(r, 'private'))) {
      dropped.add(r);
      checks.push(
        check(
          name, r, subjectCol, 'activities.activity', text(r, 'subject'),
          `Rækken er en privat aftale i kalenderen ("Privat": ${String(at(r, 'private')?.v ?? '')}) og er ikke læst som en aktivitet.`,
          `The row is a private appointment in the calendar ("Private": ${String(at(r, 'private')?.v ?? '')}) and was not read as an activity.`,
        ),
      ); // prettier-ignore
      continue;
    }
    const subject = text(r, 'subject');
    const key = foldText(subject.replace(CANCELLED, ''));
    const meetings = (series.get(key) ?? [r]).filter((x) => !isOn(at(x, 'private')));
    const held = meetings.filter((x) => !CANCELLED.test(text(x, 'subject')));
    const first = held[0] ?? meetings[0] ?? r;
    if (meetings.length > 1 && r !== first) {
      dropped.add(r);
      const cancelled = CANCELLED.test(subject);
      checks.push(
        check(
          name, r, subjectCol, 'activities.activity', subject,
          cancelled
            ? `Et aflyst møde i den tilbagevendende aftale "${subject.replace(CANCELLED, '')}" (første møde i række ${first + 1}); læst med serien, ikke som en aktivitet for sig.`
            : `Et møde i den tilbagevendende aftale "${subject}", som kalenderen skriver som en række pr. møde; læst som én aktivitet fra første møde (række ${first + 1}) til sidste.`,
          cancelled
            ? `A cancelled meeting of the recurring "${subject.replace(CANCELLED, '')}" (its first meeting in row ${first + 1}); read with the series, not as an activity of its own.`
            : `A meeting of the recurring "${subject}", which the calendar writes as one row per meeting; read as one activity from its first meeting (row ${first + 1}) to its last.`,
        ),
      ); // prettier-ignore
      continue;
    }
    // A cancelled meeting's subject without "Aflyst:".
    if (CANCELLED.test(subject)) {
      const cell = at(r, 'subject') as GridCell;
      const rest = subject.replace(CANCELLED, '');
      put({ ...cell, v: rest });
      checks.push(
        check(
          name, r, subjectCol, 'activities.activity', rest,
          `Kalenderen skriver "${subject.slice(0, subject.length - rest.length).trim()}" foran et aflyst møde; aktiviteten er læst uden det.`,
          `The calendar writes "${subject.slice(0, subject.length - rest.length).trim()}" before a cancelled meeting; the activity was read without it.`,
        ),
      ); // prettier-ignore
    }
    // A subject ended with a full stop, as a sentence is ("Frist: Forældremøde."): read without it,
    // as any other calendar's (a stop after a word of four letters or more: "m.fl." keeps its own).
    const read = CANCELLED.test(subject) ? subject.replace(CANCELLED, '') : subject;
    const unstopped = read.replace(/(\p{L}{4,})\.\s*$/u, '$1');
    if (unstopped !== read) put({ ...(at(r, 'subject') as GridCell), v: unstopped });
    // The deadline: the last meeting's end, and an all-day event's last day.
    const lastRow = held.length > 1 ? (held[held.length - 1] as number) : r;
    const endCol = col('endDate');
    const endCell = at(lastRow, 'endDate');
    if (endCol !== undefined && endCell) {
      const allDayEnd = endOf(lastRow);
      const end = allDayEnd ?? endCell;
      if (lastRow !== r || allDayEnd) {
        put({ ...end, r, c: endCol });
        const da: string[] = [];
        const en: string[] = [];
        if (lastRow !== r) {
          da.push(`Fristen er det sidste møde i den tilbagevendende aftale (${held.length} møder, det sidste i ${a1(lastRow, endCol)}).`);
          en.push(`The deadline is the last meeting of the recurring appointment (${held.length} meetings, the last in ${a1(lastRow, endCol)}).`);
        }
        if (allDayEnd) {
          da.push(`En heldagsbegivenhed slutter ved midnat efter sin sidste dag (${formatDanishDate(day(endCell))} kl. 00.00); fristen er dagen før.`);
          en.push(`An all-day event ends at midnight after its last day (${day(endCell)} 00:00); the deadline is the day before.`);
        }
        checks.push(check(name, r, endCol, 'activities.deadline', day(end), da.join(' '), en.join(' ')));
      } // prettier-ignore
    }
    // The categories: Outlook's colour names are none; of several, the first.
    const catCol = col('categories');
    const cats = text(r, 'categories');
    if (catCol !== undefined && cats !== '') {
      const named = cats
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '' && !COLOUR_CATEGORY.test(s));
      const cell = at(r, 'categories') as GridCell;
      const value = named[0] ?? '';
      if (value === '') removed.add(cell);
      else if (value !== cats) put({ ...cell, v: value });
      if (named.length > 1)
        checks.push(
          check(
            name, r, catCol, 'activities.theme', value,
            `Emnet har ${named.length} kategorier (${named.join(', ')}); temaet er læst som den første.`,
            `The item has ${named.length} categories (${named.join(', ')}); the theme was read as the first.`,
          ),
        ); // prettier-ignore
    }
  }

  // The upright table: the header read in the plan's words, the changed cells, the dropped rows gone.
  const cells: GridCell[] = [];
  const headerOf = new Map<number, string>();
  for (const [role, c] of cols) {
    const plan = PLAN_HEADER[role];
    if (plan) headerOf.set(c, plan);
  }
  for (const cell of sheet.cells) {
    if (removed.has(cell)) continue;
    if (cell.r === h && headerOf.has(cell.c)) {
      cells.push({ ...cell, v: headerOf.get(cell.c) as string, t: 's' });
      continue;
    }
    cells.push(replaced.get(`${cell.r}:${cell.c}`) ?? cell);
  }
  const { columns: _columns, ...rest } = sheet;
  const upright: GridSheet = { ...rest, cells };
  // The rows left out stay on the sheet (a gap of rows would end the table): they are read and then
  // left out of the plan (calendarRows), each checked above.
  if (dropped.size > 0) LEFT_OUT.set(upright, dropped);
  return { sheet: upright, checks };
}

/** The rows of a calendar export's sheet that are no activity (0-based), by the sheet read. */
const LEFT_OUT = new WeakMap<GridSheet, ReadonlySet<number>>();

/** The plan's rows without a calendar's private appointments and further meetings of a series. */
export function calendarRows<T extends DraftRow<unknown>>(sheet: GridSheet, rows: T[]): T[] {
  const out = LEFT_OUT.get(sheet);
  return out === undefined ? rows : rows.filter((row) => !out.has(row.source.row - 1));
}
