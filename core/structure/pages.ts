// A plan turned back from a PDF by a converter that puts every page (or every table it finds) on a
// sheet of its own: "Page 1" … "Page 4" (Acrobat), "Table 1" … "Table 6" (online converters). The
// pages are read in their numbers' order, whatever order the tabs stand in; and a page whose rows
// carry the plan on under no header (the converter found the header on the first page only) is
// read under the header of the plan on the page before, when its first row fits that header's
// columns (a theme under the theme, a date under a date, a status under the status), checked.

import { a1, type GridCell } from '../grid';
import type { ReadCheck } from '../schema';
import { matchListValue } from '../normalize';
import { TABLE_GAP, type DetectedTable } from './detect';
import { displayText, type SheetView } from './sheet';
import { readDate } from './values';

/** A sheet's name ending in a number: "Page 2", "Table 3", "Side 2", "Tabel_3". */
const NUMBERED = /^(.*?)[\s_-]*(\d{1,3})$/u;

function pageOf(name: string): { stem: string; n: number } | undefined {
  const m = NUMBERED.exec(name.trim());
  if (!m) return undefined;
  return { stem: (m[1] ?? '').toLowerCase(), n: Number(m[2]) };
}

/**
 * The sheets' names in page order: by their numbers when every one of them is a page of one
 * stem ("Page 1", "Page 2" …), else as given.
 */
export function pageOrder(names: readonly string[]): readonly string[] {
  if (names.length < 2) return names;
  const pages = names.map(pageOf);
  const stem = pages[0]?.stem;
  if (stem === undefined || stem === '' || pages.some((p) => p === undefined || p.stem !== stem))
    return names;
  return names
    .map((name, i) => ({ name, n: (pages[i] as { n: number }).n }))
    .sort((a, b) => a.n - b.n)
    .map((x) => x.name);
}

/** The tables in their sheets' page order (a stable sort: the tables of a sheet keep theirs). */
export function inPageOrder<T extends { readonly view: SheetView }>(tables: readonly T[]): T[] {
  const names = [...new Set(tables.map((t) => t.view.name))];
  const order = pageOrder(names);
  if (order === names) return [...tables];
  const rank = new Map(order.map((n, i) => [n, i]));
  return [...tables].sort((a, b) => (rank.get(a.view.name) ?? 0) - (rank.get(b.view.name) ?? 0));
}

/** How many of the plan's own fields the row's cells read as (a theme under the theme, …). */
function fits(plan: DetectedTable, cells: readonly GridCell[], date1904: boolean): number {
  let n = 0;
  for (const m of plan.columns) {
    const cell = cells.find((c) => c.c === m.col);
    if (!cell || m.field === null) continue;
    const text = displayText(cell, date1904).trim();
    if (m.field === 'theme' && matchListValue('theme', text) !== undefined) n++;
    else if (m.field === 'status' && matchListValue('status', text) !== undefined) n++;
    else if ((m.field === 'deadline' || m.field === 'start') && readDate(cell, date1904).ok) n++;
  }
  return n;
}

export interface ContinuedPlan {
  /** The plan table on the page before. */
  readonly before: DetectedTable;
  /** The rows of this page read under its header. */
  readonly table: DetectedTable;
  readonly check: ReadCheck;
}

/**
 * The plan carried on under no header on the page after a plan's page: the sheet holds no plan
 * table of its own (or one read only by what its columns hold), its first rows lie in the plan's
 * columns (one more, right of them, allowed: a row the converter shifted) and the first fits at
 * least two of the plan's fields.
 */
export function continuedPlans(
  views: readonly SheetView[],
  tables: readonly DetectedTable[],
  headerless: ReadonlySet<DetectedTable>,
  date1904: boolean,
): ContinuedPlan[] {
  const order = pageOrder(views.map((v) => v.name));
  const byName = new Map(views.map((v) => [v.name, v]));
  const out: ContinuedPlan[] = [];
  let before: DetectedTable | undefined;
  for (const name of order) {
    const view = byName.get(name) as SheetView;
    const own = tables.filter((t) => t.view === view);
    const plans = own.filter((t) => t.key === 'activities' && !headerless.has(t));
    if (plans.length > 0) {
      before = plans.reduce((a, b) => (b.firstRow > a.firstRow ? b : a));
      continue;
    }
    const prev = before;
    before = undefined;
    if (!prev || view.rows.length === 0) continue;
    const first = view.rows[0] as number;
    const top = own.filter((t) => !headerless.has(t)).reduce((m, t) => Math.min(m, t.headerTop), Infinity);
    if (first >= top) continue;
    const cells = view.rowCells(first);
    if (cells.length < 3 || cells.some((c) => c.c < prev.c0 || c.c > prev.c1 + 1)) continue;
    if (fits(prev, cells, date1904) < 2) continue;
    let last = first;
    for (const r of view.rows) {
      if (r <= first) continue;
      if (r >= top || r - last - 1 >= TABLE_GAP) break;
      last = r;
    }
    const table: DetectedTable = {
      key: 'activities',
      view,
      headerTop: first - 1,
      headerBottom: first - 1,
      c0: prev.c0,
      c1: prev.c1,
      columns: prev.columns,
      info: [],
      score: 0,
      alternatives: [],
      firstRow: first,
      lastRow: last,
      preamble: [],
    };
    out.push({ before: prev, table, check: continuedCheck(view.name, a1(first, prev.c0), prev.view.name) });
    before = table;
  }
  return out;
}

function continuedCheck(sheet: string, cell: string, beforeSheet: string): ReadCheck {
  return {
    sheet,
    cell,
    field: 'column',
    value: beforeSheet,
    confidence: 0.7,
    reason: {
      da: `Arket har ingen overskriftsrække, men dets rækker står i de samme kolonner som planen på arket "${beforeSheet}" (en PDF omsat til Excel med en side pr. ark): de er læst under den plans overskrifter. Tjek at kolonnerne passer.`,
      en: `The sheet has no header row, but its rows stand in the same columns as the plan on the sheet "${beforeSheet}" (a PDF turned into Excel one page a sheet): they were read under that plan's headers. Check that the columns fit.`,
    },
  };
}
