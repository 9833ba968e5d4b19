// A plan with a column that says how often an activity recurs ("Gentages", "Hyppighed",
// "Frekvens": "hver måned", "hver 2. uge fra uge 10", "løbende", "kvartalsvis"). A recurring
// activity has no single deadline: where its own time cell is empty (or a dash, or says that it
// recurs), it runs through the half-year the workbook reports on (or to where the recurrence says
// it ends: "til april", "indtil uge 20"), and starts where the recurrence says ("fra uge 10",
// "fra marts"). Read with a check at the recurrence, since the row never says
// its end. An activity with a time of its own keeps it; one that recurs not at all ("Nej",
// "1 gang") is left as it is.

import { a1, type GridCell } from '../grid';
import type { ActivityFields, DraftRow } from '../draft';
import { formatDanishDate, isoWeekRange, isoWeeksInYear, monthOfWord } from '../dates';
import { periodName } from '../spec';
import { addCheck, type Ctx } from './context';
import { displayText } from './sheet';
import type { DetectedTable } from './detect';
import { quote } from './messages';
import { reportingPeriod } from './years';

/** The header of a recurrence column. */
export const RECURRENCE_HEADER =
  /^(?:gentages|gentagelse|gentagelser|gentaget|tilbagevendende|hyppighed|frekvens|interval|recurrence|recurring|repeats?|frequency)\s*[?:]?$/iu;

/** A recurrence: "hver …", "hvert …", "månedligt", "ugentlig", "kvartalsvis", "løbende", "every …". */
const RECURS =
  /^(?:hver|hvert|hveranden|månedlig[te]?|maanedlig[te]?|ugentlig[te]?|kvartalsvist?|halvårlig[te]?|dagligt?|løbende|loebende|fortløbende|every|monthly|weekly|biweekly|fortnightly|quarterly|daily|ongoing)(?![\p{L}])/iu;

/** A time cell that gives no time of its own: empty, a dash, or saying again that it recurs. */
const NO_TIME = /^(?:[-–—.]*|løbende|loebende|fortløbende|hele (?:halvåret|perioden|året)|ongoing)$/iu;

const FROM_WEEK = /(?:^|\s)(?:fra|from)\s+(?:uge|week|u\.?)\s*(\d{1,2})(?!\d)/iu;
const FROM_MONTH = /(?:^|\s)(?:fra|from)\s+(?:primo\s+|start\s+af\s+)?(\p{L}{3,9}\.?)/iu;
const TO_WEEK = /(?:^|\s)(?:til|indtil|to|until)\s+(?:og\s+med\s+)?(?:uge|week|u\.?)\s*(\d{1,2})(?!\d)/iu;
const TO_MONTH =
  /(?:^|\s)(?:til|indtil|to|until)\s+(?:og\s+med\s+)?(?:ultimo\s+|udgangen\s+af\s+)?(\p{L}{3,9}\.?)/iu;

/** The last day of a half-year "2027-H1"; its first day. */
function halfYear(period: string): { year: number; first: string; last: string } | undefined {
  const m = /^(\d{4})-H([12])$/.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  return m[2] === '1'
    ? { year, first: `${year}-01-01`, last: `${year}-06-30` }
    : { year, first: `${year}-07-01`, last: `${year}-12-31` };
}

/** Where the recurrence says it starts, inside the half-year; else undefined. */
function startOf(text: string, half: { year: number; first: string; last: string }): string | undefined {
  let day: string | undefined;
  const week = FROM_WEEK.exec(text);
  if (week) {
    const n = Number(week[1]);
    if (n >= 1 && n <= isoWeeksInYear(half.year)) day = isoWeekRange(half.year, n).start;
  } else {
    const month = FROM_MONTH.exec(text);
    const n = month ? monthOfWord(month[1] as string) : undefined;
    if (n !== undefined) day = `${half.year}-${String(n).padStart(2, '0')}-01`;
  }
  return day !== undefined && day >= half.first && day <= half.last ? day : undefined;
}

/** Where the recurrence says it ends ("til uge 20", "indtil april"), inside the half-year; else undefined. */
function endOf(text: string, half: { year: number; first: string; last: string }): string | undefined {
  let day: string | undefined;
  const week = TO_WEEK.exec(text);
  if (week) {
    const n = Number(week[1]);
    if (n >= 1 && n <= isoWeeksInYear(half.year)) day = isoWeekRange(half.year, n).end;
  } else {
    const month = TO_MONTH.exec(text);
    const n = month ? monthOfWord(month[1] as string) : undefined;
    if (n !== undefined) day = new Date(Date.UTC(half.year, n, 0)).toISOString().slice(0, 10);
  }
  return day !== undefined && day >= half.first && day <= half.last ? day : undefined;
}

/**
 * A row of a table with a recurrence column: where it has no deadline, its time cell gives none and
 * its recurrence cell says it recurs, the deadline is the reporting half-year's last day (and the
 * start the day the recurrence names), checked at the recurrence.
 */
export function readRecurrence(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  timeCols: readonly number[],
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const values = row.values as { start?: string; deadline?: string };
  if (values.deadline !== undefined) return;
  const cell = own.find((c) => c.c === col);
  if (cell === undefined || typeof cell.v !== 'string') return;
  const text = displayText(cell, ctx.date1904).replace(/\s+/gu, ' ').trim();
  if (!RECURS.test(text)) return;
  for (const c of timeCols) {
    const time = own.find((x) => x.c === c);
    if (time !== undefined && !NO_TIME.test(displayText(time, ctx.date1904).trim())) return;
  }
  const period = reportingPeriod(ctx.years);
  const half = period === undefined ? undefined : halfYear(period);
  if (period === undefined || half === undefined) return;
  const at = a1(cell.r, cell.c);
  t.view.useCell(cell);
  const end = endOf(text, half) ?? half.last;
  values.deadline = end;
  const cells = row.cells as { start?: string; deadline?: string };
  cells.deadline = at;
  const start = values.start === undefined ? startOf(text, half) : undefined;
  if (start !== undefined) {
    values.start = start;
    cells.start = at;
  }
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'activities.deadline',
    value: text,
    confidence: 0.7,
    reason: {
      da: `Aktiviteten i række ${r + 1} gentages ("${quote(text)}") og har ingen frist; den er læst som løbende i ${periodName(period)}, til ${formatDanishDate(end)}${start ? `, fra ${formatDanishDate(start)}` : ''}. Skriv en frist, hvis den slutter før.`,
      en: `The activity in row ${r + 1} recurs ("${quote(text)}") and has no deadline; it was read as running in the half-year ${period}, to ${end}${start ? `, from ${start}` : ''}. Write a deadline if it ends earlier.`,
    },
  });
}
