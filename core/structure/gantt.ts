// Gantt-style plans: a run of period columns beside the activity ("jan", "feb", … or "januar 2026",
// "Uge 1", "U1", week numbers under "Uge", "Q1" …, or the first day of each week or month as a date),
// each activity's row marked with an x or a fill under the periods it runs. The first marked
// period gives the start (its first day) and the last the deadline (its last day). The year comes
// from the headers when they name it, otherwise from the plan around them (contextYear); months and
// weeks that run past December continue into the next year.

import { isoWeekRange, isoWeeksInYear, isDateFormat, excelSerialToIso } from '../dates';
import { type GridCell } from '../grid';
import { displayText, type SheetView } from './sheet';

export interface GanttColumn {
  readonly col: number;
  /** First and last day of the column's period (ISO). */
  readonly start: string;
  readonly end: string;
  /** The header cell(s) of the column. */
  readonly cells: readonly GridCell[];
}

export interface Gantt {
  readonly columns: readonly GanttColumn[];
  /** The headers named the year; when false the year came from the plan around them. */
  readonly yearKnown: boolean;
  /** Where the year came from when the headers did not name it (for the check). */
  readonly yearFrom?: string;
}

type Period =
  | { kind: 'month'; n: number; year?: number }
  | { kind: 'week'; n: number; year?: number }
  | { kind: 'quarter'; n: number; year?: number }
  | { kind: 'number'; n: number }
  | { kind: 'date'; iso: string };

const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'jan', 'january'],
  ['februar', 'feb', 'february'],
  ['marts', 'mar', 'march', 'mrt'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_INDEX = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i] as const)));

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.length === 2) return 2000 + n;
  return n >= 2000 && n <= 2099 ? n : undefined;
}

/** A header text read as a period, or undefined. */
export function parsePeriodHeader(text: string): Period | undefined {
  // Not normalizeText: "2. kvartal" must keep its number.
  const t = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:;,]+$/, '');
  if (t === '') return undefined;
  let m = /^(\p{L}+)\.?(?:\s*[-/ ]?\s*(\d{4}|\d{2}))?$/u.exec(t) ?? null;
  if (m) {
    const month = MONTH_INDEX.get(m[1] ?? '');
    if (month !== undefined) {
      const year = yearOf(m[2]);
      return year === undefined ? { kind: 'month', n: month } : { kind: 'month', n: month, year };
    }
  }
  m = /^(\d{4})\s*[-/ ]?\s*(\p{L}+)\.?$/u.exec(t);
  if (m) {
    const month = MONTH_INDEX.get(m[2] ?? '');
    const year = yearOf(m[1]);
    if (month !== undefined && year !== undefined) return { kind: 'month', n: month, year };
  }
  m = /^(?:uge|ugenr|uge nr|u|w|week|wk|kw)\.?\s*(\d{1,2})(?:\s*[-/ ,]\s*(\d{4}))?$/u.exec(t);
  if (m) {
    const n = Number(m[1]);
    const year = yearOf(m[2]);
    if (n >= 1 && n <= 53) return year === undefined ? { kind: 'week', n } : { kind: 'week', n, year };
  }
  m =
    /^(?:q|k|kvartal|kvt|quarter)\.?\s*([1-4])(?:\s*[-/ ]\s*(\d{4}))?$/u.exec(t) ??
    /^([1-4])\.?\s*(?:kvartal|kvt|quarter)\.?(?:\s*(\d{4}))?$/u.exec(t);
  if (m) {
    const n = Number(m[1]);
    const year = yearOf(m[2]);
    return year === undefined ? { kind: 'quarter', n } : { kind: 'quarter', n, year };
  }
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    if (n >= 1 && n <= 53) return { kind: 'number', n };
  }
  return undefined;
}

function headerPeriod(view: SheetView, cell: GridCell | undefined): Period | undefined {
  if (!cell) return undefined;
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.fmt !== undefined && isDateFormat(cell.fmt)) {
    try {
      return { kind: 'date', iso: excelSerialToIso(cell.v, view.date1904) };
    } catch (e) {
      if (e instanceof RangeError) return undefined;
      throw e;
    }
  }
  if (typeof cell.v === 'number' && Number.isInteger(cell.v)) return parsePeriodHeader(String(cell.v));
  return parsePeriodHeader(displayText(cell, view.date1904));
}

const DAY = 86_400_000;

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function msOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function monthSpan(year: number, month: number): { start: string; end: string } {
  return { start: isoOf(Date.UTC(year, month, 1)), end: isoOf(Date.UTC(year, month + 1, 1) - DAY) };
}

export interface HeaderColumn {
  readonly col: number;
  /** The header cells of the column, top first. */
  readonly cells: readonly GridCell[];
}

/**
 * The period columns among a table's header columns: the longest run of at least three adjacent
 * columns (one empty column between two allowed) of one kind whose periods go forward (months and weeks may pass the turn of the year),
 * or two quarters. `year()` gives the plan's year when no header names it.
 */
export function findGantt(
  view: SheetView,
  headers: readonly HeaderColumn[],
  year: () => { year: number; from: string } | undefined,
  /** A year written above the headers (a merged "2026" over the months), if any. */
  yearAbove: (col: number) => number | undefined,
): Gantt | undefined {
  const parsed = headers.map((h) => {
    for (const cell of [...h.cells].reverse()) {
      const p = headerPeriod(view, cell);
      if (p) return { col: h.col, cells: h.cells, p };
    }
    return { col: h.col, cells: h.cells, p: undefined };
  });
  let best: typeof parsed = [];
  let run: typeof parsed = [];
  const flush = (): void => {
    if (run.length > best.length) best = run;
    run = [];
  };
  // One empty column between two periods (room left, or a column put in and not used) does not
  // end the run: its neighbours are still one period apart, and it is no period of its own.
  let gap = false;
  for (const x of parsed) {
    const prev = run[run.length - 1];
    if (!x.p && prev !== undefined && !gap && x.col === prev.col + 1 && emptyHeader(view, x.cells)) {
      gap = true;
      continue;
    }
    const next = prev !== undefined && (x.col === prev.col + 1 || (gap && x.col === prev.col + 2));
    if (!x.p || (prev && (!next || prev.p?.kind !== x.p.kind || !follows(prev.p, x.p)))) {
      flush();
      gap = false;
      if (!x.p) continue;
    }
    run.push(x);
    gap = false;
  }
  flush();
  const kind = best[0]?.p?.kind;
  if (kind === undefined) return undefined;
  if (best.length < (kind === 'quarter' ? 2 : kind === 'number' ? 4 : 3)) return undefined;
  const periods = best.map((b) => b.p as Period);

  if (kind === 'date') {
    const days = periods.map((p) => msOf((p as { iso: string }).iso));
    const step = (days[1] ?? 0) - (days[0] ?? 0);
    if (!(step > 0)) return undefined;
    const columns = best.map((b, i) => {
      const start = days[i] as number;
      const next = days[i + 1] ?? start + step;
      return { col: b.col, cells: b.cells, start: isoOf(start), end: isoOf(next - DAY) };
    });
    return { columns, yearKnown: true };
  }

  // The year of the first column: from a header that names one, counted back over turns of the year.
  let known: { index: number; year: number } | undefined;
  periods.forEach((p, i) => {
    const y = 'year' in p ? p.year : undefined;
    const above = yearAbove(best[i]?.col ?? -1);
    if (known === undefined && (y !== undefined || above !== undefined))
      known = { index: i, year: (y ?? above) as number };
  });
  let firstYear: number;
  let yearFrom: string | undefined;
  if (known) {
    let turns = 0;
    for (let i = 1; i <= known.index; i++) if (wraps(periods[i - 1] as Period, periods[i] as Period)) turns++;
    firstYear = known.year - turns;
  } else {
    const ctx = year();
    if (!ctx) return undefined;
    firstYear = ctx.year;
    yearFrom = ctx.from;
  }
  let y = firstYear;
  const columns: GanttColumn[] = [];
  periods.forEach((p, i) => {
    if (i > 0 && wraps(periods[i - 1] as Period, p)) y++;
    const year = 'year' in p && p.year !== undefined ? p.year : y;
    y = year;
    const span = spanOf(p, year);
    if (span) columns.push({ col: best[i]?.col ?? 0, cells: best[i]?.cells ?? [], ...span });
  });
  if (columns.length < 2) return undefined;
  return { columns, yearKnown: known !== undefined, ...(yearFrom !== undefined ? { yearFrom } : {}) };
}

/** A header column with nothing written in its header cells. */
function emptyHeader(view: SheetView, cells: readonly GridCell[]): boolean {
  return cells.every((c) => displayText(c, view.date1904).trim() === '');
}

function spanOf(p: Period, year: number): { start: string; end: string } | undefined {
  switch (p.kind) {
    case 'month':
      return monthSpan(year, p.n);
    case 'quarter':
      return { start: monthSpan(year, (p.n - 1) * 3).start, end: monthSpan(year, p.n * 3 - 1).end };
    case 'week':
    case 'number':
      return p.n <= isoWeeksInYear(year) ? isoWeekRange(year, p.n) : undefined;
    case 'date':
      return undefined;
  }
}

function indexOf(p: Period): number {
  return p.kind === 'date' ? msOf(p.iso) : p.n;
}

/** The next period comes right after (or, past the turn of the year, starts again). */
function follows(a: Period, b: Period): boolean {
  if (a.kind === 'date' || b.kind === 'date') return a.kind === b.kind && indexOf(b) > indexOf(a);
  if ('year' in a && 'year' in b && a.year !== undefined && b.year !== undefined && b.year < a.year)
    return false;
  return b.n === a.n + 1 || wraps(a, b);
}

function wraps(a: Period, b: Period): boolean {
  if (a.kind === 'date' || b.kind === 'date') return false;
  if ('year' in a && 'year' in b && a.year !== undefined && b.year !== undefined)
    return b.year === a.year + 1;
  switch (a.kind) {
    case 'month':
      return a.n === 11 && b.n === 0;
    case 'quarter':
      return a.n === 4 && b.n === 1;
    case 'week':
    case 'number':
      return a.n >= 52 && b.n === 1;
  }
}

/**
 * The plan's year when a cell or header does not say it: a year in the titles above the table, in
 * the sheet's name, or the year most of the sheet's dates fall in.
 *
 * Kept behind this one function so that it can be pointed at the plan's year context
 * (core/structure/years.ts) when that is in place.
 */
export function contextYear(
  view: SheetView,
  titleRows: readonly number[],
): { year: number; from: string } | undefined {
  const inText = (text: string): number | undefined => {
    const years = [...text.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
    return years.length === 1 ? years[0] : undefined;
  };
  for (const r of titleRows) {
    for (const cell of view.rowCells(r)) {
      const y = inText(displayText(cell, view.date1904));
      if (y !== undefined) return { year: y, from: view.a1(cell.r, cell.c) };
    }
  }
  const fromName = inText(view.name);
  if (fromName !== undefined) return { year: fromName, from: view.name };
  const counts = new Map<number, number>();
  for (const r of view.rows) {
    for (const cell of view.rowCells(r)) {
      if (cell.t !== 'n' || typeof cell.v !== 'number' || cell.fmt === undefined || !isDateFormat(cell.fmt))
        continue;
      const iso = displayText(cell, view.date1904);
      const y = Number(iso.slice(0, 4));
      if (y >= 2000 && y <= 2099) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return top ? { year: top[0], from: 'dates' } : undefined;
}
