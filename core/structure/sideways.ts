// An activity plan laid ON ITS SIDE, as it is drawn on a whiteboard: the field names down a column
// ("Aktivitet", "Tema", "Ansvarlig", "Start", "Frist", "Status" …) and one COLUMN per activity to
// their right.
//
//   Aktivitet │ Kickoff i styregruppen │ Rekruttering af mentorer │ …
//   Tema      │ Ledelse                │ Organisering             │ …
//   Frist     │ 30.11.2026             │ 29.01.2027               │ …
//
// A careful reader reads each column as an activity. The block of field names and their columns is
// read as the plan table it would be stood upright (row and column swapped), and every place the
// reading names on it is moved back to the cell it came from; each activity is known by its own
// column (its source's `col`) and the row of its activity text. What else the sheet holds (a title,
// merged quarter headings over the columns) is listed as not placed. Only where a column holds four
// or more different activity fields' names, one under the other, the activity's among them, each
// named once, with two or more columns of values beside them: a form kept for one activity (one
// column of values) and a plan's own header row are no such block.

import type { StructureResult } from '../draft';
import { movePlaces, sheetAsRead } from './moveplaces';
import { a1, parseA1, type GridCell, type GridSheet } from '../grid';
import type { ReadCheck, Unmapped } from '../schema';
import { displayText } from './sheet';
import { scoreHeader } from './vocab';

/** Field names are near the top and the left: no scan of a long sheet's every cell. */
const TOP_ROWS = 40;
const LEFT_COLS = 4;
const MIN_FIELDS = 4;
const MIN_ACTIVITIES = 2;

/** A sheet laid on its side, read as its plan stood upright. */
export interface SidewaysSheet {
  /** The upright sheet: the block's cells with row and column swapped, nothing else. */
  readonly sheet: GridSheet;
  /** 0-based row of the activity's field name (each activity's text is on it). */
  readonly activityRow: number;
  /** The field names' column (0-based) and the first and last row (0-based) of the block. */
  readonly c0: number;
  readonly r0: number;
  readonly r1: number;
  /** The last column holding an activity (0-based). */
  readonly c1: number;
  /** The sheet's cells outside the block, listed as not placed. */
  readonly outside: readonly Unmapped[];
}

/** The activity field a short text names as a header, if any. */
function fieldNamed(text: string): string | undefined {
  const t = text.trim();
  if (t === '' || t.length > 30 || /\d{2}/u.test(t)) return undefined;
  return scoreHeader(t).get('activities')?.[0]?.field;
}

/** The sheet's text cells in its top-left corner, by column: row → text. Cheap on a long sheet. */
function cornerTexts(sheet: GridSheet): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  const add = (r: number, c: number, text: string): void => {
    const col = out.get(c);
    if (col) col.set(r, text);
    else out.set(c, new Map([[r, text]]));
  };
  const cols = sheet.columns;
  if (cols) {
    for (let i = 0; i < cols.length; i++) {
      const r = cols.r[i] as number;
      if (r >= TOP_ROWS) break;
      const c = cols.c[i] as number;
      const text = c < LEFT_COLS ? cols.textOf(i) : undefined;
      if (text !== undefined && cols.type(i) === 's') add(r, c, text);
    }
    return out;
  }
  for (const cell of sheet.cells) {
    if (cell.r >= TOP_ROWS) break;
    if (cell.c < LEFT_COLS && cell.t === 's' && typeof cell.v === 'string') add(cell.r, cell.c, cell.v);
  }
  return out;
}

/** The longest run of rows in one column naming different activity fields, the activity among them. */
function fieldRun(sheet: GridSheet): { c0: number; r0: number; r1: number; activityRow: number } | undefined {
  const corner = cornerTexts(sheet);
  let best: { c0: number; r0: number; r1: number; activityRow: number; n: number } | undefined;
  for (const [c, texts] of corner) {
    // Cheap first: fewer than four texts in the column's top cannot name four fields.
    if (texts.size < MIN_FIELDS) continue;
    const rows = [...texts.keys()].sort((a, b) => a - b);
    let start = -1;
    let seen = new Map<string, number>();
    const close = (end: number): void => {
      const activityRow = seen.get('activity');
      if (seen.size >= MIN_FIELDS && activityRow !== undefined && (!best || seen.size > best.n))
        best = { c0: c, r0: start, r1: end, activityRow, n: seen.size };
    };
    let prev = -2;
    for (const r of rows) {
      const field = fieldNamed(texts.get(r) ?? '');
      const joins = field !== undefined && r === prev + 1 && start >= 0 && !seen.has(field);
      if (!joins) {
        if (start >= 0) close(prev);
        start = -1;
        seen = new Map();
        if (field !== undefined) {
          start = r;
          seen.set(field, r);
        }
      } else seen.set(field, r);
      prev = field === undefined ? -2 : r;
    }
    if (start >= 0) close(prev);
  }
  return best;
}

/** The sheet read as its plan stood upright, or undefined when it is no plan laid on its side. */
export function sidewaysSheet(sheet: GridSheet, date1904: boolean): SidewaysSheet | undefined {
  const run = fieldRun(sheet);
  if (!run) return undefined;
  const { c0, r0, r1, activityRow } = run;
  const inside: GridCell[] = [];
  const outside: Unmapped[] = [];
  const activities = new Set<number>();
  let c1 = c0;
  for (const cell of sheet.cells) {
    const inBlock = cell.r >= r0 && cell.r <= r1 && cell.c >= c0;
    if (!inBlock) {
      outside.push({ sheet: sheet.name, cell: a1(cell.r, cell.c), value: displayText(cell, date1904) });
      continue;
    }
    inside.push({ ...cell, r: cell.c, c: cell.r });
    if (cell.r === activityRow && cell.c > c0 && displayText(cell, date1904).trim() !== '') {
      activities.add(cell.c);
      c1 = Math.max(c1, cell.c);
    }
  }
  // A form for one activity (one column of values beside its field names) is read as a form.
  if (activities.size < MIN_ACTIVITIES) return undefined;
  // Also no plan laid on its side: a row of header words to the right of the first field name (the
  // names are then a plan's header row, read as it stands).
  const across = inside.filter((c) => c.c === r0 && c.r > c0 && typeof c.v === 'string');
  if (across.filter((c) => fieldNamed(c.v as string) !== undefined).length >= 2) return undefined;
  inside.sort((a, b) => a.r - b.r || a.c - b.c);
  const merges = sheet.merges
    .filter((m) => m.s.r >= r0 && m.e.r <= r1 && m.s.c >= c0)
    .map((m) => ({ s: { r: m.s.c, c: m.s.r }, e: { r: m.e.c, c: m.e.r } }));
  // Merges reaching out of the block (quarter headings over the columns) stay with the outside.
  const upright: GridSheet = sheetAsRead(sheet, inside, merges);
  return { sheet: upright, activityRow, c0, r0, r1, c1, outside };
}

/** An A1 place on the upright sheet, back on the sheet as it is laid. */
function backA1(cell: string): string {
  const p = parseA1(cell);
  return p ? a1(p.c, p.r) : cell;
}

/** The check at the first field name that says how the plan was read. */
export function sidewaysCheck(name: string, s: SidewaysSheet): ReadCheck {
  const first = a1(s.r0, s.c0);
  const last = a1(s.r1, s.c1);
  return {
    sheet: name,
    cell: first,
    field: 'column',
    value: `${first}:${last}`,
    confidence: 0.9,
    reason: {
      da: `Planen i ${first}:${last} ligger på siden: feltnavnene står ned ad kolonnen og hver aktivitet i sin egen kolonne. Den er læst kolonne for kolonne. Skabelonen har én række pr. aktivitet (Kopiér › Indsæt speciel › Transponer).`,
      en: `The plan in ${first}:${last} is laid on its side: the field names run down the column and each activity has a column of its own. It was read column by column. The template has one row per activity (Copy › Paste Special › Transpose).`,
    },
  };
}

/** How the places read on a sheet made from another move back to the sheet as it is. */
export interface SheetMover {
  /** An A1 place on the sheet read, on the sheet as it is. */
  back(cell: string): string;
  /** The source of the row read at `row` (1-based): a row and column of the sheet as it is. */
  source(row: number): { readonly row: number; readonly col: number };
  /** The sheet's cells left out of the reading, listed as not placed. */
  readonly outside: readonly Unmapped[];
}

/**
 * Every place of the result on a sheet laid on its side moved back to where it is laid: each row's
 * fields, with its source the row of its activity text and its own column; the cover's places, the
 * answers', the issues, the checks and the unplaced cells, and the cells outside the block listed
 * as not placed.
 */
export function sidewaysBack(
  result: StructureResult,
  sheets: ReadonlyMap<string, SidewaysSheet>,
  /** The checks made while reading the sheets (the others name the sheets' own cells already). */
  read: ReadonlySet<ReadCheck>,
  added: readonly ReadCheck[],
): StructureResult {
  const movers = new Map<string, SheetMover>();
  for (const [name, s] of sheets)
    movers.set(name, {
      back: backA1,
      // The upright row is the activity's column; its text is on the activity's field-name row.
      source: (row) => ({ row: s.activityRow + 1, col: row }),
      outside: s.outside,
    });
  return movedBack(result, movers, read, added);
}

/**
 * Every place of the result on sheets read as other sheets (laid on their side, a month calendar's
 * days) moved back to the sheets as they are: each row's fields and source, the cover's places, the
 * answers', the issues, the checks and the unplaced cells, and the cells left out listed as not placed.
 */
export function movedBack(
  result: StructureResult,
  sheets: ReadonlyMap<string, SheetMover>,
  /** The checks made while reading the sheets (the others name the sheets' own cells already). */
  read: ReadonlySet<ReadCheck>,
  added: readonly ReadCheck[],
): StructureResult {
  if (sheets.size === 0) return result;
  // An issue's or a check's words name its own cell: named as it is laid too.
  const named = (text: string, from: string, to: string): string =>
    from === '' ? text : text.replace(new RegExp(`(?<![A-Za-z0-9])${from}(?![0-9])`, 'gu'), to);
  const moved = movePlaces(result, {
    sheets,
    cellOf: (sheet, cell) => sheets.get(sheet)?.back(cell) ?? cell,
    issue: (x, cell) => ({
      ...x,
      cell,
      message: { da: named(x.message.da, x.cell, cell), en: named(x.message.en, x.cell, cell) },
    }),
    // Only the checks made while reading the sheets: the others name the sheets' own cells already.
    check: (x, cell) =>
      read.has(x)
        ? {
            ...x,
            cell,
            reason: { da: named(x.reason.da, x.cell, cell), en: named(x.reason.en, x.cell, cell) },
          }
        : undefined,
    row: (row) => {
      const s = sheets.get(row.source.sheet);
      if (s) (row as { source: unknown }).source = { sheet: row.source.sheet, ...s.source(row.source.row) };
    },
  });
  return {
    ...moved,
    checks: [...moved.checks, ...added],
    unmapped: [...moved.unmapped, ...[...sheets.values()].flatMap((s) => s.outside)],
  };
}
