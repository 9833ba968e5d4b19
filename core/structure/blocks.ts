// A plan kept as a form, one activity per block of rows, the way a coordinator used to a Word
// document keeps it in Excel:
//
//   Aktivitet:   Ledelsesgruppen godkender planen
//   Tema:        Ledelse
//   Ansvarlig:   Henrik Bruun
//   Frist:       29.01.2027
//   Status:      Afsluttet
//                                        (a blank row, then the next block)
//
// The labels are the plan's headings written down the side. Each block is read as one row of a
// plan table whose headers are the labels: the blocks are laid side by side in a sheet of their own
// (the same cells, moved), read by the plan table's own reader, and every place it names (values,
// issues, checks, used cells) is moved back to where it is written. An activity's source row is its
// block's first row.

import { a1, type GridCell, type GridSheet } from '../grid';
import type { ActivityFields, DraftRow } from '../draft';
import { readActivities, type ActivityOptions } from './activities';
import { addCheck, type Ctx } from './context';
import { detectTables } from './detect';
import { columnCheck } from './layoutChecks';
import { displayText, SheetView } from './sheet';
import { scoreHeader } from './vocab';

/** A label names a plan field this surely, at least. */
const LABEL_SCORE = 0.85;

export interface LabelRow {
  readonly r: number;
  readonly label: GridCell;
  readonly field: string;
  readonly value?: GridCell;
  /** Where the field is written (A1), when not in the cell right of the label. */
  readonly at?: string;
}

/** The plan field a label cell names ("Aktivitet:", "Frist", "Ansvarlig(e):"), if any. */
function labelField(cell: GridCell, date1904: boolean): string | undefined {
  if (typeof cell.v !== 'string') return undefined;
  const text = displayText(cell, date1904).replace(/\s*:\s*$/u, '');
  if (text === '' || text.length > 30) return undefined;
  const best = scoreHeader(text).get('activities')?.[0];
  return best && best.score >= LABEL_SCORE ? best.field : undefined;
}

export interface ActivityBlocks {
  readonly rows: DraftRow<ActivityFields>[];
  /** The rows and columns the blocks take (for the cover's search, which leaves them alone). */
  readonly region: { readonly r0: number; readonly r1: number; readonly c0: number; readonly c1: number };
}

/**
 * The activities of a sheet kept as blocks of label/value rows, or undefined when the sheet holds
 * no such blocks: at least two blocks, in one label column, each with a label naming the activity
 * and labels naming at least three plan fields in all. `found`: the sheet's blocks, when looked for
 * already (activityBlocks).
 */
export function readActivityBlocks(
  view: SheetView,
  ctx: Ctx,
  options: ActivityOptions,
  found: readonly LabelRow[][] | undefined = activityBlocks(view),
): ActivityBlocks | undefined {
  if (!found || found.length < 2) return undefined;
  return readBlocks(view, found, ctx, options);
}

/**
 * The blocks of label/value rows of a sheet, in the label column that holds the most: each block
 * with a label naming the activity, and labels naming at least three plan fields in all. One block
 * alone is a form (a sheet per activity: see forms.ts); undefined when there is none.
 */
export function activityBlocks(view: SheetView): LabelRow[][] | undefined {
  // The label rows of each label column: a label as the row's first cell, its value the next cell.
  const byCol = new Map<number, LabelRow[]>();
  for (const r of view.rows) {
    const cells = view.rowCells(r);
    const first = cells[0];
    if (!first || cells.length > 2) continue;
    const field = labelField(first, view.date1904);
    if (!field) continue;
    const list = byCol.get(first.c) ?? [];
    list.push({ r, label: first, field, ...(cells[1] ? { value: cells[1] } : {}) });
    byCol.set(first.c, list);
  }
  let best: LabelRow[][] | undefined;
  for (const list of byCol.values()) {
    const blocks = split(list);
    if (blocks.length < 1 || !blocks.every((b) => b.some((l) => l.field === 'activity'))) continue;
    if (new Set(list.map((l) => l.field)).size < 3) continue;
    if (!best || blocks.length > best.length) best = blocks;
  }
  return best;
}

/** Label rows → blocks: a new block after a blank row (unless what follows is the rest of the block), or where a field comes again. */
function split(list: readonly LabelRow[]): LabelRow[][] {
  const out: LabelRow[][] = [];
  let cur: LabelRow[] = [];
  let prev: LabelRow | undefined;
  for (const l of list) {
    if (cur.length > 0 && (prev === undefined || l.r - prev.r > 1 || cur.some((x) => x.field === l.field))) {
      out.push(cur);
      cur = [];
    }
    cur.push(l);
    prev = l;
  }
  if (cur.length > 0) out.push(cur);
  // A blank row inside a block (room left, or a line emptied): the rows after it that name no
  // activity and none of the block's fields again are the rest of the block above, not a block.
  const joined: LabelRow[][] = [];
  for (const block of out) {
    const above = joined[joined.length - 1];
    if (
      above !== undefined &&
      !block.some((l) => l.field === 'activity') &&
      !block.some((l) => above.some((x) => x.field === l.field))
    )
      above.push(...block);
    else joined.push(block);
  }
  // A blank row inside a form whose activity comes later (the theme first): the rows before it that
  // name no activity and none of the next block's fields begin the block below.
  for (let i = joined.length - 2; i >= 0; i--) {
    const block = joined[i] as LabelRow[];
    const below = joined[i + 1] as LabelRow[];
    if (
      !block.some((l) => l.field === 'activity') &&
      below.some((l) => l.field === 'activity') &&
      !block.some((l) => below.some((x) => x.field === l.field))
    ) {
      below.unshift(...block);
      joined.splice(i, 1);
    }
  }
  return joined;
}

export function readBlocks(
  view: SheetView,
  blocks: readonly (readonly LabelRow[])[],
  ctx: Ctx,
  options: ActivityOptions,
): ActivityBlocks | undefined {
  // The fields in the order they first come, each a column of the side-by-side sheet.
  const fields: string[] = [];
  const headerText = new Map<string, string>();
  for (const b of blocks)
    for (const l of b)
      if (!fields.includes(l.field)) {
        fields.push(l.field);
        headerText.set(l.field, displayText(l.label, view.date1904).replace(/\s*:\s*$/u, ''));
      }
  const cells: GridCell[] = fields.map((f, c) => ({ r: 0, c, v: headerText.get(f) ?? f, t: 's' as const }));
  const firstLabel = new Map<string, GridCell>();
  for (const b of blocks) for (const l of b) if (!firstLabel.has(l.field)) firstLabel.set(l.field, l.label);
  // Where each moved cell is written: "r:c" of the side-by-side sheet → the cell in the plan, and
  // the place of every field a block labels (the cell right of its label, written or not).
  const back = new Map<string, GridCell>();
  const slots = new Map<string, string>();
  fields.forEach((f, c) => {
    const l = firstLabel.get(f);
    if (l) slots.set(`0:${c}`, a1(l.r, l.c));
  });
  blocks.forEach((b, i) => {
    for (const l of b) {
      const c = fields.indexOf(l.field);
      slots.set(`${i + 1}:${c}`, l.at ?? a1(l.r, l.label.c + 1));
      if (!l.value) continue;
      cells.push({ ...l.value, r: i + 1, c });
      back.set(`${i + 1}:${c}`, l.value);
    }
  });
  cells.sort((x, y) => x.r - y.r || x.c - y.c);
  const sheet: GridSheet = {
    name: view.name,
    state: 'visible',
    cells,
    merges: [],
    comments: [],
    tables: [],
    drawings: [],
  };
  const side = new SheetView(sheet, view.date1904);
  const table = detectTables(side, { keys: ['activities'] }).find((t) => t.headerTop === 0);
  if (!table) return undefined;
  const own: Ctx = {
    date1904: ctx.date1904,
    issues: [],
    checks: [],
    ...(ctx.years ? { years: ctx.years } : {}),
    ...(ctx.symbols ? { symbols: ctx.symbols } : {}),
    ...(ctx.themeCodes ? { themeCodes: ctx.themeCodes } : {}),
  };
  // A label that names its field only by a guess is shown for a check, as a column header is.
  for (const m of table.columns) {
    if (m.field === null || m.confidence >= 1) continue;
    addCheck(own, columnCheck(view.name, a1(0, m.col), m.header, 'activities', m.field, m.confidence));
  }
  const read = readActivities(table, own, options);
  /** A place in the side-by-side sheet → its place in the plan (undefined: a field the block has no label for). */
  const place = (at: string): string | undefined => {
    const m = /^([A-Z]+)(\d+)$/.exec(at);
    if (!m?.[1] || !m[2]) return undefined;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return slots.get(`${Number(m[2]) - 1}:${c - 1}`);
  };
  /** The places a message names, moved as well. */
  const words = (text: string): string => text.replace(/\b[A-Z]{1,2}\d+\b/g, (at) => place(at) ?? at);
  const label = (l: { da: string; en: string }): { da: string; en: string } => ({
    da: words(l.da),
    en: words(l.en),
  });
  const rows = read.map((row) => {
    const block = blocks[row.source.row - 2];
    const moved: Record<string, string> = {};
    for (const [k, v] of Object.entries(row.cells)) {
      const at = typeof v === 'string' ? place(v) : undefined;
      if (at !== undefined) moved[k] = at;
    }
    return {
      ...row,
      source: { sheet: view.name, row: (block?.[0]?.r ?? 0) + 1 },
      cells: moved,
    };
  });
  for (const issue of own.issues)
    ctx.issues.push({ ...issue, cell: place(issue.cell) ?? issue.cell, message: label(issue.message) });
  for (const check of own.checks)
    addCheck(ctx, { ...check, cell: place(check.cell) ?? check.cell, reason: label(check.reason) });
  // Every label is used, and every value the reader used.
  for (const b of blocks) for (const l of b) view.useCell(l.label);
  for (const [key, cell] of back) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    if (side.isUsed(r, c)) view.useCell(cell);
  }
  const all = blocks.flat();
  return {
    rows,
    region: {
      r0: Math.min(...all.map((l) => l.r)),
      r1: Math.max(...all.map((l) => l.r)),
      c0: Math.min(...all.map((l) => l.label.c)),
      c1: Math.max(...all.map((l) => l.value?.c ?? l.label.c)),
    },
  };
}
