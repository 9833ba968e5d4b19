// A plan with no header row at all, read by what its columns hold, as a careful reader does: a
// column of theme names, a column of statuses, one or two columns of dates, a column of long texts
// (the activities) and one of short ones beside them (who is responsible). Such a plan comes from an
// Excel table whose header row was turned off, saved again by a program that drops the table part
// and with it the names of its columns (Gnumeric, a script), or from rows pasted without their
// header. Only where no plan table was found on the sheet, and only when the columns say so
// plainly: the activities, and two of themes, statuses and dates. Every column so read is checked.

import { a1, type GridCell } from '../grid';
import type { ColumnMapping } from '../draft';
import type { ReadCheck } from '../schema';
import { matchListValue } from '../normalize';
import { displayText, type SheetView } from './sheet';
import { TABLE_GAP, type DetectedTable } from './detect';
import { readDate } from './values';

/** The share of a column's filled cells that must be of one kind for the column to be that kind. */
const SHARE = 0.8;
/** A plan of fewer rows is not read without a header. */
const MIN_ROWS = 3;

type Kind = 'theme' | 'status' | 'date' | 'text';

interface Column {
  readonly col: number;
  readonly kind: Kind;
  readonly filled: number;
  readonly meanLength: number;
}

function kindOf(cells: readonly GridCell[], date1904: boolean): Omit<Column, 'col'> {
  let themes = 0;
  let statuses = 0;
  let dates = 0;
  let length = 0;
  for (const cell of cells) {
    const text = displayText(cell, date1904).trim();
    length += text.length;
    if (readDate(cell, date1904).ok) dates++;
    else if (text.length <= 60 && matchListValue('theme', text) !== undefined) themes++;
    else if (text.length <= 40 && matchListValue('status', text) !== undefined) statuses++;
  }
  const n = cells.length;
  const enough = (k: number, least: number): boolean => k >= least && k >= SHARE * n;
  const kind: Kind = enough(themes, MIN_ROWS)
    ? 'theme'
    : enough(statuses, MIN_ROWS)
      ? 'status'
      : enough(dates, 2)
        ? 'date'
        : 'text';
  return { kind, filled: n, meanLength: n === 0 ? 0 : length / n };
}

/** The longest run of rows of three or more cells, outside the tables found, with no long gap. */
function rowsOfData(view: SheetView, tables: readonly DetectedTable[]): number[] {
  const inside = (r: number): boolean =>
    tables.some((t) => r >= Math.min(t.headerTop, t.firstRow) && r <= t.lastRow);
  let best: number[] = [];
  let run: number[] = [];
  for (const r of view.rows) {
    if (inside(r) || view.rowCells(r).length < 3) continue;
    const last = run[run.length - 1];
    if (last !== undefined && r - last - 1 >= TABLE_GAP) run = [];
    run.push(r);
    if (run.length > best.length) best = run;
  }
  return best;
}

/**
 * The sheet's plan read without a header, or undefined: only on a sheet where no plan table was
 * found, from a run of at least three rows whose columns read plainly as the activities (the
 * longest texts) and two of themes, statuses and dates, with an empty row above for the header.
 */
export function headerlessPlan(
  view: SheetView,
  tables: readonly DetectedTable[],
  date1904: boolean,
): DetectedTable | undefined {
  if (tables.some((t) => t.key === 'activities')) return undefined;
  const rows = rowsOfData(view, tables);
  if (rows.length < MIN_ROWS) return undefined;
  const first = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  const cellsOf = new Map<number, GridCell[]>();
  for (const r of view.rowsBetween(first, last))
    for (const cell of view.rowCells(r)) {
      if (displayText(cell, date1904).trim() === '') continue;
      const list = cellsOf.get(cell.c) ?? [];
      list.push(cell);
      cellsOf.set(cell.c, list);
    }
  const columns: Column[] = [...cellsOf.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([col, cells]) => ({ col, ...kindOf(cells, date1904) }));
  const c0 = columns[0]?.col;
  const c1 = columns[columns.length - 1]?.col;
  if (c0 === undefined || c1 === undefined || first < 1 || view.rowCells(first - 1, c0, c1).length > 0)
    return undefined;
  const one = (kind: Kind): Column[] => columns.filter((c) => c.kind === kind);
  const themes = one('theme');
  const statuses = one('status');
  const dates = one('date');
  if (themes.length > 1 || statuses.length > 1 || dates.length > 2) return undefined;
  if ([themes, statuses, dates].filter((k) => k.length > 0).length < 2) return undefined;
  // The activities: the text column of the longest texts, filled in most rows.
  const texts = one('text').filter((c) => c.filled >= 0.6 * rows.length);
  const activity = [...texts].sort((a, b) => b.meanLength - a.meanLength)[0];
  if (!activity || activity.meanLength < 15) return undefined;
  // Who is responsible: a column of short texts, the nearest right of the activities.
  const responsible = texts
    .filter((c) => c !== activity && c.meanLength <= 40)
    .sort((a, b) => (a.col > activity.col ? 0 : 1) - (b.col > activity.col ? 0 : 1) || a.col - b.col)[0];
  const fields = new Map<number, string>([[activity.col, 'activity']]);
  if (themes[0]) fields.set(themes[0].col, 'theme');
  if (statuses[0]) fields.set(statuses[0].col, 'status');
  if (responsible) fields.set(responsible.col, 'responsible');
  const [d0, d1] = dates;
  if (d0 && d1) {
    fields.set(d0.col, 'start');
    fields.set(d1.col, 'deadline');
  } else if (d0) fields.set(d0.col, 'deadline');
  const mappings: ColumnMapping[] = columns.map((c) => ({
    col: c.col,
    header: '',
    field: fields.get(c.col) ?? null,
    confidence: fields.has(c.col) ? 0.6 : 0,
  }));
  return {
    key: 'activities',
    view,
    headerTop: first - 1,
    headerBottom: first - 1,
    c0,
    c1,
    columns: mappings,
    info: [],
    score: 0,
    alternatives: [],
    firstRow: first,
    lastRow: last,
    preamble: [],
  };
}

/** The check at a plan read without a header: what each column was read as. */
export function headerlessCheck(t: DetectedTable): ReadCheck {
  const named = t.columns
    .filter((c) => c.field !== null)
    .map((c) => `${a1(t.firstRow, c.col).replace(/\d+$/, '')}: ${c.field}`)
    .join(', ');
  return {
    sheet: t.view.name,
    cell: a1(t.firstRow, t.c0),
    field: 'column',
    value: named,
    confidence: 0.6,
    reason: {
      da: `Planen har ingen overskriftsrække; kolonnerne er læst efter det, de indeholder (${named}). Skriv overskrifterne over kolonnerne (Tema, Aktivitet, Ansvarlig, Start, Frist, Status), så er der ingen tvivl.`,
      en: `The plan has no header row; its columns were read by what they hold (${named}). Write the headers above the columns (Theme, Activity, Responsible, Start, Deadline, Status) so that there is no doubt.`,
    },
  };
}
