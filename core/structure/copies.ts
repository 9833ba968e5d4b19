// A plan sheet copied beside itself. Excel's "Flyt eller kopiér → Opret en kopi" names the copy
// "Handleplan (2)"; Google Sheets "Kopi af Handleplan" / "Copy of Handleplan"; others "Handleplan -
// kopi" or "Handleplan copy". A coordinator copies the sheet as a backup or to start the next
// version, and leaves both. Read as two plans, every activity would count twice, silently.
//
// A careful reader reads such a pair once: where the two sheets' plan tables hold the same cells,
// the copy is passed over (it adds nothing); where a sheet's name marks it as a copy of another
// plan sheet but its cells differ, the original is read and the copy passed over too, and the check
// says so, for the coordinator to say which is current (delete or rename the one that is not). A
// copy is told by its name, or, for identical sheets with no copy mark, by being the later sheet.

import { foldText } from '../normalize';
import { parseA1, type GridSheet } from '../grid';
import type { DetectedTable } from './detect';
import { INITIALS } from './initials';
import { displayText } from './sheet';

/** "Handleplan (2)", "Kopi af Handleplan", "Copy of Handleplan", "Handleplan - kopi", "Handleplan copy". */
const COPY_NAME: readonly RegExp[] = [
  /^(.+?)\s*\((?:[2-9]|1\d)\)$/u,
  /^(?:kopi af|copy of)\s+(.+)$/iu,
  /^(.+?)\s*[-–]?\s*\(?(?:kopi|copy)(?:\s*(?:[2-9]|1\d))?\)?$/iu,
];

/** The name a copy's name was made from, folded, or undefined when it is no copy's name. */
function originalName(name: string): string | undefined {
  for (const re of COPY_NAME) {
    const m = re.exec(name.trim());
    if (m?.[1] !== undefined && m[1].trim() !== '') return foldText(m[1]);
  }
  return undefined;
}

export interface CopiedSheet {
  readonly sheet: string;
  readonly kept: string;
  /** The two sheets' plan tables hold the same cells. */
  readonly same: boolean;
}

/** Every text of a sheet's plan tables, by its place in its table (a copy's cells sit alike). */
function contents(tables: readonly DetectedTable[]): string {
  const parts: string[] = [];
  for (const t of tables) {
    parts.push(`#${t.headerTop - t.firstRow}:${t.c1 - t.c0}`);
    for (let r = t.headerTop; r <= t.lastRow; r++)
      for (const cell of t.view.rowCells(r, t.c0, t.c1)) {
        const text = displayText(cell, t.view.date1904).trim();
        if (text !== '') parts.push(`${r - t.headerTop},${cell.c - t.c0}=${text}`);
      }
  }
  return parts.join('\u0000');
}

/** Visible plan sheets that are a copy of another plan sheet, each with the sheet read instead. */
export function copiedPlanSheets(tables: readonly DetectedTable[]): CopiedSheet[] {
  const bySheet = new Map<string, DetectedTable[]>();
  for (const t of tables) {
    if (t.key !== 'activities' || t.view.sheet.state !== 'visible') continue;
    const list = bySheet.get(t.view.name) ?? [];
    list.push(t);
    bySheet.set(t.view.name, list);
  }
  if (bySheet.size < 2) return [];
  const names = [...bySheet.keys()];
  const folded = new Map(names.map((n) => [foldText(n), n]));
  const content = new Map<string, string>();
  const contentOf = (name: string): string => {
    let c = content.get(name);
    if (c === undefined) {
      c = contents(bySheet.get(name) ?? []);
      content.set(name, c);
    }
    return c;
  };
  const out: CopiedSheet[] = [];
  const passed = new Set<string>();
  for (const name of names) {
    // A copy by its name: the sheet it was made from is a plan sheet of this workbook.
    const from = originalName(name);
    const original = from !== undefined ? folded.get(from) : undefined;
    if (original !== undefined && original !== name && !passed.has(original)) {
      out.push({ sheet: name, kept: original, same: contentOf(name) === contentOf(original) });
      passed.add(name);
    }
  }
  // Sheets with the same plan cells and no copy's name: the later one is passed over.
  for (let i = 0; i < names.length; i++) {
    const a = names[i] as string;
    if (passed.has(a)) continue;
    for (let j = i + 1; j < names.length; j++) {
      const b = names[j] as string;
      if (passed.has(b) || contentOf(a) !== contentOf(b)) continue;
      out.push({ sheet: b, kept: a, same: true });
      passed.add(b);
    }
  }
  return out;
}

/** A sheet's cells as one text (row, column and value of each), to tell an exact copy. */
function cellsText(sheet: GridSheet): string {
  const parts: string[] = [];
  for (const cell of sheet.cells) parts.push(`${cell.r},${cell.c}=${String(cell.v)}`);
  return parts.join('\u0000');
}

/**
 * Visible sheets that hold exactly the cells of an earlier visible sheet (a cover, a checklist or a
 * plan copied beside itself), each with the sheet read instead: the copy is not read at all, so
 * nothing on it counts twice. The sheet with a copy's name is the copy; else the later one. Only
 * sheets with as many cells as another are compared (one count each: cheap on any workbook).
 */
export function identicalSheets(sheets: readonly GridSheet[]): { sheet: string; kept: string }[] {
  const byCount = new Map<number, GridSheet[]>();
  for (const s of sheets) {
    if (s.state !== 'visible') continue;
    const n = s.columns?.length ?? s.cells.length;
    if (n === 0) continue;
    const list = byCount.get(n) ?? [];
    list.push(s);
    byCount.set(n, list);
  }
  const out: { sheet: string; kept: string }[] = [];
  for (const group of byCount.values()) {
    if (group.length < 2) continue;
    const texts = group.map(cellsText);
    const passed = new Set<number>();
    for (let i = 0; i < group.length; i++) {
      if (passed.has(i)) continue;
      for (let j = i + 1; j < group.length; j++) {
        if (passed.has(j) || texts[i] !== texts[j]) continue;
        const a = group[i] as GridSheet;
        const b = group[j] as GridSheet;
        // The one named as a copy of the other is the copy; else the later sheet.
        const aCopy = originalName(a.name) === foldText(b.name);
        out.push(aCopy ? { sheet: a.name, kept: b.name } : { sheet: b.name, kept: a.name });
        passed.add(aCopy ? i : j);
        if (aCopy) break;
      }
    }
  }
  return out;
}

/** A run of a plan table's rows under its header, or under a row that repeats the header. */
export interface PlanRun<R> {
  readonly table: DetectedTable;
  /** The (0-based) row of the run's header. */
  readonly top: number;
  /** The last (0-based) row of the run. */
  readonly bottom: number;
  readonly rows: readonly R[];
}

/**
 * Runs of plan rows that repeat an earlier run's activities, all of them and in order (at least
 * two): a table copied below itself (under its header again) or onto another sheet, with some
 * cells not alike (a table part on one, a width or a note row that differ), each with the run kept.
 * Compared only where two runs or more were read.
 */
export function repeatedPlanRuns<R extends { readonly values: object }>(
  runs: readonly PlanRun<R>[],
): { run: PlanRun<R>; kept: PlanRun<R> }[] {
  const withRows = runs.filter((x) => x.rows.length >= 2);
  if (withRows.length < 2) return [];
  const joined = withRows.map(
    (x) => `\u0001${x.rows.map((r) => JSON.stringify(r.values)).join('\u0001')}\u0001`,
  );
  const out: { run: PlanRun<R>; kept: PlanRun<R> }[] = [];
  const passed = new Set<number>();
  for (let j = 1; j < withRows.length; j++) {
    for (let i = 0; i < j; i++) {
      if (passed.has(i) || !(joined[i] as string).includes(joined[j] as string)) continue;
      out.push({ run: withRows[j] as PlanRun<R>, kept: withRows[i] as PlanRun<R> });
      passed.add(j);
      break;
    }
  }
  return out;
}

/** A plan table's rows cut into runs at the rows that repeat its header. */
export function planRuns<R extends { readonly source: { readonly row: number } }>(
  table: DetectedTable,
  rows: readonly R[],
): PlanRun<R>[] {
  const cuts = [...(table.headerAgain ?? [])].sort((a, b) => a - b);
  const runs: PlanRun<R>[] = [];
  let top = table.headerTop;
  let from = 0;
  for (const cut of [...cuts, Infinity]) {
    let to = from;
    // A row's source counts from 1.
    while (to < rows.length && (rows[to] as R).source.row - 1 < cut) to++;
    runs.push({ table, top, bottom: cut === Infinity ? table.lastRow : cut - 1, rows: rows.slice(from, to) });
    top = cut;
    from = to;
  }
  return runs;
}

/**
 * Activities read from a row that repeats the row right above it, cell for cell, and reads to the
 * same values (a row pasted twice): their indexes in `rows`. The first of them is the activity; a
 * careful reader counts it once and asks. `rowText` gives a sheet row's cells as one text. Cheap:
 * only rows right under a row with the same activity text are looked at closer.
 */
export function repeatedRows<
  R extends {
    readonly values: { readonly activity?: unknown };
    readonly source: { readonly sheet: string; readonly row: number };
  },
>(rows: readonly R[], rowText: (sheet: string, row: number) => string): number[] {
  const out: number[] = [];
  let kept = rows[0];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as R;
    const above = rows[i - 1] as R;
    const same =
      kept !== undefined &&
      typeof row.values.activity === 'string' &&
      row.values.activity !== '' &&
      row.values.activity === kept.values.activity &&
      row.source.sheet === above.source.sheet &&
      row.source.row === above.source.row + 1 &&
      JSON.stringify(row.values) === JSON.stringify(kept.values) &&
      rowText(row.source.sheet, row.source.row - 1) === rowText(kept.source.sheet, kept.source.row - 1);
    if (same) out.push(i);
    else kept = row;
  }
  return out;
}

/** An activity's text and deadline, the two a summary sheet carries of every row it gathers. */
function gatherKey(values: { readonly activity?: unknown; readonly deadline?: unknown }): string | undefined {
  const text = typeof values.activity === 'string' ? foldText(values.activity) : '';
  if (text === '') return undefined;
  return `${text}\u0000${typeof values.deadline === 'string' ? values.deadline : ''}`;
}

function countKeys(rows: readonly { readonly values: object }[]): Map<string, number> | undefined {
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = gatherKey(r.values);
    if (key === undefined) return undefined;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * Sheets whose plan rows gather the plan rows of two or more other sheets, every one of them once
 * and nothing more (same activity, same deadline; other columns may be left out): a "Samlet" or
 * "Overblik" sheet of formulas (=Skole!B4, INDEX, FILTER, or the values a spilled formula left) in
 * a plan split over sheets by department or track. The activities are the departments' own: the
 * summary is passed over, wherever it stands (before them, it would otherwise keep its rows and
 * pass theirs over as copies), each with the sheets it gathers. Only where plan rows were read on
 * three sheets or more; one count of keys per sheet.
 */
export function summaryPlanSheets<R extends { readonly values: object }>(
  runs: readonly PlanRun<R>[],
): { sheet: string; runs: PlanRun<R>[]; parts: string[] }[] {
  const bySheet = new Map<string, PlanRun<R>[]>();
  for (const run of runs) {
    const list = bySheet.get(run.table.view.name) ?? [];
    list.push(run);
    bySheet.set(run.table.view.name, list);
  }
  if (bySheet.size < 3) return [];
  const counts = new Map<string, Map<string, number>>();
  for (const [sheet, list] of bySheet) {
    const c = countKeys(list.flatMap((x) => x.rows));
    if (c !== undefined && c.size > 0) counts.set(sheet, c);
  }
  const out: { sheet: string; runs: PlanRun<R>[]; parts: string[] }[] = [];
  const summaries = new Set<string>();
  for (const [sheet, own] of counts) {
    // The other sheets whose rows all stand on this one.
    const parts = [...counts].filter(
      ([other, c]) =>
        other !== sheet && !summaries.has(other) && [...c].every(([k, n]) => (own.get(k) ?? 0) >= n),
    );
    if (parts.length < 2) continue;
    // ... and nothing else stands on it: it is their sum, key for key.
    const sum = new Map<string, number>();
    for (const [, c] of parts) for (const [k, n] of c) sum.set(k, (sum.get(k) ?? 0) + n);
    if (sum.size !== own.size || [...own].some(([k, n]) => sum.get(k) !== n)) continue;
    summaries.add(sheet);
    out.push({ sheet, runs: bySheet.get(sheet) ?? [], parts: parts.map(([name]) => name) });
  }
  return out;
}

/**
 * The plan runs on sheets that a summary leaves out: where a summary sheet gathers two or more
 * department sheets, another sheet with plan rows of its own, neither gathered nor gathering, is
 * one the summary's maker did not count (a department's sheet hidden when it left the effort and
 * shown again by a program that drops a sheet's hidden state, or one added after the summary was
 * made). Its rows are still read, each with the summary that leaves it out, for a check.
 */
export function unsummarisedRuns<R>(
  runs: readonly PlanRun<R>[],
  summaries: readonly { readonly sheet: string; readonly parts: readonly string[] }[],
): { rows: readonly R[]; summary: { readonly sheet: string; readonly parts: readonly string[] } }[] {
  const first = summaries[0];
  if (first === undefined) return [];
  const counted = new Set(summaries.flatMap((x) => [x.sheet, ...x.parts]));
  return runs
    .filter((run) => run.rows.length > 0 && !counted.has(run.table.view.name))
    .map((run) => ({ rows: run.rows, summary: first }));
}

/**
 * Activities listed on two or more sheets with the same text and deadline (a joint kick-off or
 * evaluation meeting each department lists as its own, with its own responsible; a row left as it
 * was when a department's sheet was copied from another's): each listing is kept, and every listing
 * is returned with the place of one on another sheet, for a check asking whether it is one activity
 * (whichever sheet comes first: the question is the same on each). Only where rows come from two
 * sheets or more; one map of keys.
 */
export function sharedActivities<
  R extends {
    readonly values: { readonly activity?: unknown; readonly deadline?: unknown };
    readonly source: { readonly sheet: string; readonly row: number };
  },
>(rows: readonly R[]): { index: number; other: R }[] {
  const first = rows[0];
  if (first === undefined || rows.every((r) => r.source.sheet === first.source.sheet)) return [];
  const byKey = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = gatherKey(row.values);
    if (key === undefined) return;
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  });
  const out: { index: number; other: R }[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    for (const index of list) {
      const sheet = (rows[index] as R).source.sheet;
      const other = list.find((j) => (rows[j] as R).source.sheet !== sheet);
      if (other !== undefined) out.push({ index, other: rows[other] as R });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * How many of the runs' theme, responsible and status cells hold a code, not words: a number, or
 * initials (two to four capitals).
 */
function codedCells<R extends { readonly values: object }>(runs: readonly PlanRun<R>[]): number {
  let n = 0;
  for (const run of runs)
    for (const row of run.rows) {
      const cells = (row as { readonly cells?: Readonly<Record<string, string | undefined>> }).cells;
      if (cells === undefined) continue;
      for (const field of CODED_FIELDS) {
        const at = cells[field] === undefined ? undefined : parseA1(cells[field]);
        const cell = at === undefined ? undefined : run.table.view.cell(at.r, at.c);
        if (cell === undefined) continue;
        if (cell.t === 'n' || (typeof cell.v === 'string' && INITIALS.test(cell.v.trim()))) n++;
      }
    }
  return n;
}

const CODED_FIELDS = ['theme', 'responsible', 'status'] as const;

/** How many of a row's theme, responsible and status were read. */
function readFields(values: object): number {
  const v = values as { readonly theme?: unknown; readonly responsible?: unknown; readonly status?: unknown };
  return (
    (v.theme !== undefined ? 1 : 0) + (v.responsible !== undefined ? 1 : 0) + (v.status !== undefined ? 1 : 0)
  );
}

/**
 * One plan on two sheets: the same activities with the same deadlines, every one once on each and
 * nothing more, in any order — raw data and the view made of it ("Data" of codes, and a "Plan"
 * whose formula sorts the rows and turns the codes into words), or a plan and its copy with some
 * columns filled in on one only. A careful reader reads the plan once, on the sheet where it reads
 * best: the one whose rows give more of their theme, responsible and status. The other is passed
 * over, with the sheet read instead. Only where exactly two sheets hold plan rows beside any
 * others' (a summary of three sheets or more is summaryPlanSheets'), at least two rows each, and
 * one reads strictly better; one count of keys per sheet.
 */
export function sourceAndView<R extends { readonly values: object }>(
  runs: readonly PlanRun<R>[],
): { sheet: string; runs: PlanRun<R>[]; kept: string } | undefined {
  const bySheet = new Map<string, PlanRun<R>[]>();
  for (const run of runs) {
    if (run.rows.length === 0) continue;
    const list = bySheet.get(run.table.view.name) ?? [];
    list.push(run);
    bySheet.set(run.table.view.name, list);
  }
  if (bySheet.size < 2) return undefined;
  const counts = [...bySheet].map(([sheet, list]) => {
    const rows = list.flatMap((x) => x.rows);
    return { sheet, list, rows, keys: rows.length >= 2 ? countKeys(rows) : undefined };
  });
  for (let i = 0; i < counts.length; i++) {
    const a = counts[i]!;
    if (a.keys === undefined) continue;
    for (let j = i + 1; j < counts.length; j++) {
      const b = counts[j]!;
      if (b.keys === undefined || b.keys.size !== a.keys.size) continue;
      if ([...a.keys].some(([k, n]) => b.keys?.get(k) !== n)) continue;
      const fa = a.rows.reduce((s, r) => s + readFields(r.values), 0);
      const fb = b.rows.reduce((s, r) => s + readFields(r.values), 0);
      // Read alike (the codes looked up in the workbook's lists): the sheet that writes its values
      // in words is the view a reader reads, the one of codes its data.
      const diff = fa !== fb ? fa - fb : codedCells(b.list) - codedCells(a.list);
      if (diff === 0) continue;
      const [drop, keep] = diff < 0 ? [a, b] : [b, a];
      return { sheet: drop.sheet, runs: drop.list, kept: keep.sheet };
    }
  }
  return undefined;
}
