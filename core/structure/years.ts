// The years a plan is about, found once per workbook before its tables are read, so that a date
// written without a year ("15. maj", "uge 10-11", "Q1") can take its year from the plan itself:
//
//   title   a title above or beside the tables ("Handleplan 2027", "Implementeringsplan 2026-2027",
//           "Implementeringsplan – 2. halvår 2026"), or a sheet's name ("Handleplan 2027");
//   period  the reporting half-year written on the cover ("Periode: 2. halvår 2026") or given as an
//           option (--period 2026-H2).
//
// A text that also holds a full date or says when the file was updated, printed or saved
// ("Opdateret 15.03.2026") tells when the file was touched, not what the plan is about, and is not
// used. Neighbouring dates in the same column or row are stronger evidence than any of these; they
// are weighed where the table is read (core/structure/tabledates.ts).

import { a1, type GridCell } from '../grid';
import { findPeriod } from '../normalize';
import type { DetectedTable } from './detect';
import type { SheetView } from './sheet';
import { AreaIndex } from './areas';

export interface YearSource {
  /** The first and last year the source names (equal for one year). */
  readonly from: number;
  readonly to: number;
  readonly kind: 'title' | 'sheetName' | 'period' | 'option';
  readonly sheet: string;
  /** A1 address of the text ('' for a sheet name or an option). */
  readonly cell: string;
  /** The text the years were taken from, for the coordinator's check. */
  readonly text: string;
}

export interface YearContext {
  /** Every source found, best first (titles, then sheet names, then periods). */
  readonly sources: readonly YearSource[];
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2099;
/** The rows from a sheet's first non-empty row in which a text counts as a title. */
const TITLE_ROWS = 6;
const MAX_TEXT = 120;
/** A list item's bullet at the start of a text. */
const BULLET_ITEM = /^[•·▪◦*–-]\s/u;

/** Words that make a year the date of the file, not of the plan. */
const FILE_DATE =
  /(?<![\p{L}])(?:opdateret|updated|udskrevet|printed|gemt|saved|oprettet|created|sidst ændret|senest ændret|last modified)(?![\p{L}])/iu;
/** A full date inside a text (15.03.2026, 2026-03-15, 15. marts 2026). */
const FULL_DATE =
  /\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\p{L}*\.?\s+\d{4}\b/iu;
const SPAN = /\b(20\d{2})\s*(?:[-–—/]|til|to)\s*(20\d{2}|\d{2})\b/u;
const YEAR = /\b(20\d{2})\b/gu;
/**
 * Whether the text holds "20" and two digits (/20\d\d/), without a pattern: hot, every short text
 * outside the tables is looked at.
 */
function hasYear(text: string): boolean {
  for (let i = text.indexOf('20'); i !== -1 && i + 3 < text.length; i = text.indexOf('20', i + 1)) {
    const a = text.charCodeAt(i + 2);
    const b = text.charCodeAt(i + 3);
    if (a >= 48 && a <= 57 && b >= 48 && b <= 57) return true;
  }
  return false;
}

/** The years a text names: a span ("2026-2027", "2026/27"), a half-year, or one or more years. */
export function yearsIn(text: string): { from: number; to: number } | undefined {
  if (text.length > MAX_TEXT || FILE_DATE.test(text) || FULL_DATE.test(text)) return undefined;
  const span = SPAN.exec(text);
  if (span?.[1] !== undefined && span[2] !== undefined) {
    const from = Number(span[1]);
    const to = span[2].length === 2 ? Math.floor(from / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (to >= from && to - from <= 5) return { from, to };
  }
  const period = findPeriod(text);
  if (period) return { from: period.year, to: period.year };
  const years = [...text.matchAll(YEAR)]
    .map((m) => Number(m[1]))
    .filter((y) => y >= MIN_YEAR && y <= MAX_YEAR);
  if (years.length === 0) return undefined;
  const from = Math.min(...years);
  const to = Math.max(...years);
  return to - from <= 5 ? { from, to } : undefined;
}

/** The tables' areas, each from its header to its last row. */
function tableAreas(tables: readonly DetectedTable[]): AreaIndex {
  return new AreaIndex(
    tables.map((t) => ({ r0: t.headerTop, r1: Math.max(t.lastRow, t.headerBottom), c0: t.c0, c1: t.c1 })),
  );
}

/** Every non-empty cell of row r lies inside one of the tables (its first and last cell do). */
function rowInside(view: SheetView, tables: AreaIndex, r: number): boolean {
  const first = view.firstColumn(r);
  return first < 0 || tables.holdsSpan(r, first, view.lastColumn(r));
}

/** Whether a cell lies within one of the tables. */
function inside(tables: AreaIndex, cell: GridCell): boolean {
  return tables.holds(cell.r, cell.c);
}

/** The years a text cell outside the tables names, as a title (near the top, or merged across) or not. */
function sourceOf(view: SheetView, cell: GridCell, firstRow: number): YearSource | undefined {
  const text = String(cell.v).trim();
  const years = yearsIn(text);
  if (!years) return undefined;
  const m = view.mergeAt(cell.r, cell.c);
  // A bullet line ("• … til januar 2027"), merged across the page as a report's lines are, is an
  // item of a list, not a title: its year is when that item happens.
  const title =
    !BULLET_ITEM.test(text) && (cell.r < firstRow + TITLE_ROWS || (m !== undefined && m.e.c > m.s.c));
  return { ...years, kind: title ? 'title' : 'period', sheet: view.name, cell: a1(cell.r, cell.c), text };
}

/**
 * The plan's years from its titles, sheet names, cover period and the period option. Computed once
 * per workbook after the tables are found and before their rows are read.
 */
export function yearContext(
  views: readonly SheetView[],
  tables: readonly DetectedTable[],
  options: { period?: string } = {},
): YearContext {
  const titles: YearSource[] = [];
  const names: YearSource[] = [];
  const periods: YearSource[] = [];
  for (const view of views) {
    const firstRow = view.rows[0] ?? 0;
    const mine = tableAreas(tables.filter((t) => t.view.name === view.name));
    const rows = view.rows;
    for (let i = 0; i < rows.length; i++) {
      // Hot (every cell of every sheet): no allocation (not even an iterator) until a text outside
      // the tables has a year.
      const r = rows[i] as number;
      // Most rows lie wholly inside a table (a plan's activities): skip them once per row rather
      // than testing every cell against the tables (and without the row's cells made as objects).
      if (rowInside(view, mine, r)) continue;
      const cells = view.rowCells(r);
      for (let k = 0; k < cells.length; k++) {
        const cell = cells[k] as GridCell;
        if (typeof cell.v !== 'string' || cell.v.length > MAX_TEXT) continue;
        if (inside(mine, cell)) continue;
        if (!hasYear(cell.v)) continue;
        const source = sourceOf(view, cell, firstRow);
        // Below the titles only a half-year counts (a cover's period value), not any year in a note.
        if (source?.kind === 'title') titles.push(source);
        else if (source && findPeriod(source.text)) periods.push(source);
      }
    }
    const named = yearsIn(view.name);
    if (named) names.push({ ...named, kind: 'sheetName', sheet: view.name, cell: '', text: view.name });
  }
  const option = options.period === undefined ? undefined : findPeriod(options.period);
  const fromOption: YearSource[] = option
    ? [
        {
          from: option.year,
          to: option.year,
          kind: 'option',
          sheet: '',
          cell: '',
          text: options.period ?? '',
        },
      ]
    : [];
  return { sources: [...titles, ...names, ...fromOption, ...periods] };
}

/** The best source of years for a table on `sheet`: one on the same sheet first. */
export function yearsFor(context: YearContext | undefined, sheet: string): YearSource | undefined {
  if (!context) return undefined;
  return context.sources.find((s) => s.sheet === sheet && s.kind !== 'period') ?? context.sources[0];
}

/** The reporting half-year the workbook names ("2026-H2"): the option, the cover, a title. */
export function reportingPeriod(context: YearContext | undefined): string | undefined {
  const sources = context?.sources ?? [];
  for (const kind of ['option', 'period', 'title'] as const)
    for (const s of sources) {
      const p = s.kind === kind ? findPeriod(s.text) : undefined;
      if (p) return p.id;
    }
  return undefined;
}

/**
 * A half-year as a plan kept over several writes it in a column of its own: "F26" / "E26" (forår
 * and efterår, as schools and budgets name the halves), "F2026", "forår 2026", "efterår 26", or a
 * half-year the usual way ("2. halvår 2026", "2026-H2"). As "2026-H2"; undefined otherwise.
 */
export function halfYearCode(text: string): string | undefined {
  const t = text.trim();
  const code = /^([FE])\s?(\d{2}|20\d{2})$/iu.exec(t);
  const season = /^(forår|foraar|efterår|efteraar)\s+(\d{2}|20\d{2})$/iu.exec(t);
  const m = code ?? season;
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const year = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    const half = /^f/iu.test(m[1]) ? 1 : 2;
    return `${year}-H${half}`;
  }
  const found = findPeriod(t);
  return found && t.length <= 24 ? found.id : undefined;
}
