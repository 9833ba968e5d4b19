// A plan kept as the coordinator's week calendar: a time column headed "Uge" (or "Week") holding
// bare week numbers, one row for every week of the half-year in order (33, 34, 35 …), most weeks
// with nothing planned. A bare number under such a header is that week; a row with nothing but its
// week (and the Monday beside it) is a week with nothing planned, and a row whose only other content
// is one line merged across the table ("EFTERÅRSFERIE") is a holiday: neither is an activity. A row
// with no week right under a week's rows is another activity of the same week.

import type { GridCell } from '../grid';
import type { DetectedTable } from './detect';
import { valueCell } from './context';

/** A header naming a column of week numbers. */
export const WEEK_HEADER = /^(?:uge|ugenr\.?|uge\s*nr\.?|ugenummer|week|week\s*no\.?|wk|kw)$/iu;

/** The week number a cell holds alone (1–53, a number or its digits), or undefined. */
export function bareWeek(cell: GridCell): number | undefined {
  const n =
    typeof cell.v === 'number' && cell.fmt === undefined
      ? cell.v
      : typeof cell.v === 'string' && /^\s*\d{1,2}\s*$/u.test(cell.v)
        ? Number(cell.v)
        : undefined;
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 53 ? n : undefined;
}

export interface WeekCalendar {
  /** The column of week numbers. */
  readonly col: number;
  /** Rows that hold their week's number. */
  readonly weekRows: ReadonlySet<number>;
}

/**
 * The table's week calendar: its column of week numbers (headed as weeks) holding at least six bare
 * week numbers and nothing else, each the week after the one above it (52 or 53 may be followed by
 * 1), with no week left out: a calendar, not a list of activities each with its week.
 */
export function weekCalendar(t: DetectedTable, col: number | undefined): WeekCalendar | undefined {
  if (col === undefined) return undefined;
  const header = t.columns.find((c) => c.col === col)?.header.trim() ?? '';
  if (!WEEK_HEADER.test(header)) return undefined;
  const weekRows = new Set<number>();
  let prev: number | undefined;
  for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
    const cell = valueCell(t, r, col);
    if (!cell) continue;
    const w = bareWeek(cell);
    if (w === undefined) return undefined;
    if (prev !== undefined && w !== prev + 1 && !(prev >= 52 && w === 1)) return undefined;
    prev = w;
    weekRows.add(r);
  }
  return weekRows.size >= 6 ? { col, weekRows } : undefined;
}
