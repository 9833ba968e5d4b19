// A plan that is also something else: the steering group's agenda around it, the coordinator's own
// to-do list inside it. Rows of that other document are no activities (held-out round 43).

import { a1, type GridCell } from '../grid';
import type { ReadCheck } from '../schema';
import { quote } from './messages';
import { displayText } from './sheet';

/** A clock time "13.00", "kl. 9:30". */
const CLOCK = String.raw`(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:]([0-5]\d)`;
/** A span of clock times "13.10–13.40", "kl. 9:00 - 9:30". */
const CLOCK_SPAN = new RegExp(String.raw`^${CLOCK}\s*[-–—]\s*${CLOCK}$`, 'iu');

/**
 * A span of clock times, never a span of dates: "13.10–13.40" has minutes that are no month on at
 * least one side ("01.02–03.04" could be two dates and is not taken), or says "kl.".
 */
export function isClockSpan(text: string): boolean {
  const m = CLOCK_SPAN.exec(text.trim());
  if (m === null) return false;
  if (/kl/iu.test(text)) return true;
  const months = [m[1], m[2]].map(Number);
  return months.some((n) => n === 0 || n > 12);
}

/** An agenda item's number: "1.", "2", "Pkt. 3", "3)". */
const ITEM_NUMBER = /^(?:pkt\.?\s*)?\d{1,2}[.)]?$/iu;

/**
 * An agenda item of a meeting the plan is kept in: a row with a span of clock times ("13.10–13.40")
 * outside the table's date columns, beside at most an item's number and its title, and no value in
 * a responsible, status or date column. No activity: the meeting's, left for the unmapped report.
 * Cheap first: four cells or fewer, one of them text shaped as a clock span.
 */
export function isAgendaItemRow(
  own: readonly GridCell[],
  colField: ReadonlyMap<number, string>,
  date1904: boolean,
): boolean {
  if (own.length < 2 || own.length > 4) return false;
  let clock = false;
  let texts = 0;
  for (const cell of own) {
    const field = colField.get(cell.c);
    if (typeof cell.v !== 'string') {
      // An item's number typed as a number ("1", "2"), never a date.
      if (typeof cell.v !== 'number' || !Number.isInteger(cell.v) || cell.v < 1 || cell.v > 99) return false;
      if (field === 'start' || field === 'deadline') return false;
      continue;
    }
    const text = displayText(cell, date1904).trim();
    if (!clock && isClockSpan(text)) {
      if (field === 'start' || field === 'deadline') return false;
      clock = true;
      continue;
    }
    if (field === 'responsible' || field === 'status' || field === 'start' || field === 'deadline')
      return false;
    if (ITEM_NUMBER.test(text)) continue;
    texts++;
  }
  return clock && texts === 1;
}

/** Initials as a responsible ("AP", "KJ", "A.P."): two to four capitals, dots allowed. */
const INITIALS = /^(?:\p{Lu}\.?){2,4}$/u;

/**
 * The coordinator's own to-do typed between the plan's activities: the whole row grey italic (the
 * look of a note to oneself), no theme in a table with a theme column, and as responsible initials
 * or nobody — while the table's activities are typed plainly. No activity; said in a check at its
 * text, so that it is never lost. Cheap first: the row's first cell is grey italic.
 */
export function isPersonalToDoRow(
  own: readonly GridCell[],
  themeCol: number | undefined,
  responsibleCol: number | undefined,
  plainRows: () => boolean,
  date1904: boolean,
): boolean {
  if (own[0]?.faint !== true || themeCol === undefined || own.length < 2) return false;
  for (const cell of own) {
    if (cell.faint !== true) return false;
    if (cell.c === themeCol) return false;
    if (cell.c === responsibleCol && !INITIALS.test(displayText(cell, date1904).trim())) return false;
  }
  return plainRows();
}

/**
 * Whether most of a table's rows are typed plainly (their first cell not grey italic): a grey italic
 * row among them stands out as something else; where most rows look so, the look means nothing.
 */
export function mostRowsPlain(firstCells: readonly (GridCell | undefined)[]): boolean {
  let plain = 0;
  let faint = 0;
  for (const cell of firstCells) {
    if (cell === undefined) continue;
    if (cell.faint === true) faint++;
    else plain++;
  }
  return plain >= 3 && plain > faint;
}

/** A tick as a to-do's status: done for her, no status of the plan's list. */
const TODO_TICK = /^(?:[✓✔☑✅√🗸]|x)$/iu;

/**
 * The shape of the coordinator's own to-do typed plainly: a text in the activity column, her
 * initials as responsible, at most a tick as status, and nothing else — no theme, no date, no
 * milestone (three of an activity's required values missing, where the plan's activities have them).
 * Cheap first: two or three cells, none in the theme column.
 */
export function hasPlainToDoShape(
  own: readonly GridCell[],
  colField: ReadonlyMap<number, string>,
  themeCol: number,
  date1904: boolean,
): boolean {
  if (own.length < 2 || own.length > 3) return false;
  let activity = false;
  let initials = false;
  for (const cell of own) {
    if (cell.c === themeCol) return false;
    const field = colField.get(cell.c);
    const text = displayText(cell, date1904).trim();
    if (field === 'activity') activity = text !== '';
    else if (field === 'responsible') initials = INITIALS.test(text);
    else if (field !== 'status' || (text !== '' && !TODO_TICK.test(text))) return false;
  }
  return activity && initials;
}

/**
 * Whether every other row of the table with an activity has its own theme (three or more do): a
 * plan whose activities are all themed, where a row without one that has a to-do's shape stands
 * out. Where the theme is written once per group (rows under it without one), a row without a
 * theme is an activity of the group, and this answers false.
 */
export function othersThemed(
  rowsCells: readonly (readonly GridCell[])[],
  colField: ReadonlyMap<number, string>,
  themeCol: number,
  activityCol: number,
  date1904: boolean,
): boolean {
  let themed = 0;
  for (const own of rowsCells) {
    const activity = own.find((c) => c.c === activityCol);
    if (activity === undefined || displayText(activity, date1904).trim() === '') continue;
    const theme = own.find((c) => c.c === themeCol);
    if (theme !== undefined && displayText(theme, date1904).trim() !== '') themed++;
    else if (!hasPlainToDoShape(own, colField, themeCol, date1904)) return false;
  }
  return themed >= 3;
}

/** How a to-do was told from the activities: by its grey italics, or by its shape alone. */
const TODO_REASON = {
  faint: {
    confidence: 0.8,
    da: 'er skrevet med grå kursiv uden tema og med initialer som ansvarlig, mellem aktiviteter skrevet almindeligt',
    en: 'is in grey italics without a theme and with initials as responsible, between activities typed plainly',
    fixDa: 'giv den et tema og almindelig skrift',
    fixEn: 'give it a theme and plain text',
  },
  plain: {
    confidence: 0.7,
    da: 'har hverken tema, frist eller status (højst et flueben), kun initialer som ansvarlig, i en plan hvor alle aktiviteter har et tema',
    en: 'has no theme, deadline or status (a tick at most), only initials as responsible, in a plan where every activity has a theme',
    fixDa: 'giv den et tema, en frist og en status',
    fixEn: 'give it a theme, a deadline and a status',
  },
} as const;

/** The check on a row read as the coordinator's own to-do, at its text (or the row's first cell). */
export function toDoCheck(
  look: keyof typeof TODO_REASON,
  sheet: string,
  row: number,
  cell: GridCell | undefined,
  date1904: boolean,
): ReadCheck {
  const why = TODO_REASON[look];
  return {
    sheet,
    cell: cell ? a1(cell.r, cell.c) : a1(row, 0),
    field: 'activities.row',
    value: quote(cell ? displayText(cell, date1904) : ''),
    confidence: why.confidence,
    reason: {
      da: `Rækken ${row + 1} ${why.da}; den er læst som et personligt huskepunkt og ikke som en aktivitet. Er den en aktivitet, så ${why.fixDa}.`,
      en: `Row ${row + 1} ${why.en}; it was read as a personal to-do, not as an activity. If it is an activity, ${why.fixEn}.`,
    },
  };
}
