// The plan table's rows → activities. Time columns through tabledates.ts (one date or a range gives
// start and deadline; the column's day/month order and the plan's years apply), statuses and
// anchorings in the coordinator's own words through listcells.ts (words beside them kept in the
// evaluation), themes through matchListValue and also from section headings in
// the table ("1. Ledelse", "Tema: Kommunikation", "LEDELSE" on a row of its own): a heading sets the
// theme of the rows under it, and a theme written in a row wins.

import type { ActivityFields, DraftRow } from '../draft';
import { a1, type GridCell } from '../grid';
import type { Anchoring, Status, Theme } from '../spec';
import { matchListValue, normalizeText, stripParentheses } from '../normalize';
import { displayText } from './sheet';
import type { DetectedTable } from './detect';
import { fieldColumns, isMergedLine, memo, valueCell, type Ctx } from './context';
import { valueNotInList } from './messages';
import { readDate, type ListReading } from './values';
import { readTableDate } from './tabledates';
import { readListCell, type ListCellOptions } from './listcells';

const HEADING_PREFIX =
  /^(?:tema|temaet|tematik|indsatsområde|indsatsomrade|indsatsomraade|fokusområde|område|theme|focus area|area)\s*\d*\s*[:.\-–—]\s*/u;

/** The theme a section heading names ("1. Ledelse", "Tema: Kommunikation", "LEDELSE"), if any. */
export function headingTheme(text: string): Theme | undefined {
  if (text.length > 80) return undefined;
  if (headingCache.has(text)) return headingCache.get(text);
  const n = normalizeText(text).replace(HEADING_PREFIX, '');
  const id = (matchListValue('theme', n) ?? matchListValue('theme', stripParentheses(n))) as
    Theme | undefined;
  if (headingCache.size > 20000) headingCache.clear();
  headingCache.set(text, id);
  return id;
}

const headingCache = new Map<string, Theme | undefined>();

const DATE_FIELDS = new Set(['start', 'deadline']);

export function readActivities(t: DetectedTable, ctx: Ctx): DraftRow<ActivityFields>[] {
  const view = t.view;
  const cols = fieldColumns(t);
  const colField = new Map<number, string>([...cols].map(([f, c]) => [c, f]));
  const order = columnsInOrder(cols);
  const out: DraftRow<ActivityFields>[] = [];
  let heading: { theme: Theme; cell: string } | undefined;

  for (const r of view.rowsBetween(t.firstRow, t.lastRow)) {
    const own = view.rowCells(r, t.c0, t.c1);
    if (own.length === 0) continue;
    const only = own.length === 1 ? own[0] : undefined;
    if (only) {
      const text = displayText(only, ctx.date1904);
      const theme = headingTheme(text);
      const field = colField.get(only.c);
      if (theme) {
        heading = { theme, cell: a1(only.r, only.c) };
        view.useCell(only);
        continue;
      }
      // A line of its own that is no activity: a merged note or title, or text in a date or theme
      // column that reads as neither. Left for the unmapped report.
      if (isMergedLine(t, own) || field === undefined || field === 'theme') continue;
      if (DATE_FIELDS.has(field) && !readDate(only, ctx.date1904).ok) continue;
    }
    out.push(readRow(t, r, own, order, cols.has('theme'), heading, ctx));
  }
  return out;
}

type Field = keyof ActivityFields;
type ListField = 'theme' | 'status' | 'anchoring';

/** The table's activity columns, start last (a start column wins over a range's start). */
function columnsInOrder(cols: ReadonlyMap<string, number>): { field: Field; col: number }[] {
  const out: { field: Field; col: number }[] = [];
  for (const [field, col] of cols) if (field in FIELD_KEYS) out.push({ field: field as Field, col });
  return out.sort((a, b) => Number(a.field === 'start') - Number(b.field === 'start'));
}

function readRow(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  order: readonly { field: Field; col: number }[],
  hasThemeColumn: boolean,
  heading: { theme: Theme; cell: string } | undefined,
  ctx: Ctx,
): DraftRow<ActivityFields> {
  const view = t.view;
  const sheet = view.name;
  const values: { -readonly [K in Field]?: ActivityFields[K] } = {};
  const cells: Partial<Record<Field, string>> = {};
  let remarks: Remark[] | undefined;
  let themeCellEmpty = true;

  for (const { field, col } of order) {
    const cell = valueCell(t, r, col, own);
    const at = cell ? a1(cell.r, cell.c) : a1(r, col);
    cells[field] = at;
    if (!cell) continue;
    switch (field) {
      case 'deadline': {
        // The column's day/month order and the plan's years apply; issues and checks at the cell.
        const d = readTableDate(t, ctx, 'deadline', cell);
        if (!d) break;
        values.deadline = d.last;
        if (d.range) values.start = d.first;
        view.useCell(cell);
        break;
      }
      case 'start': {
        const d = readTableDate(t, ctx, 'start', cell);
        if (!d) break;
        values.start = d.first;
        view.useCell(cell);
        break;
      }
      case 'theme': {
        themeCellEmpty = false;
        const id = readList(t, cell, 'theme', ctx);
        if (id) values.theme = id as Theme;
        break;
      }
      case 'status': {
        // In other words too; words beside the status are kept in the evaluation (remarks).
        const read = readWords(t, cell, 'status', ctx);
        if (read) values.status = read.id as Status;
        if (read?.rest !== undefined) (remarks ??= []).push(remark('status', read.rest, cell));
        break;
      }
      case 'anchoring': {
        const read = readWords(t, cell, 'anchoring', ctx);
        if (read) values.anchoring = read.id as Anchoring;
        if (read?.rest !== undefined) (remarks ??= []).push(remark('anchoring', read.rest, cell));
        break;
      }
      case 'activity':
      case 'milestone':
      case 'responsible':
      case 'evaluation':
        // An error value (#N/A, #REF!) is no text: it stays in the unmapped report.
        if (cell.t === 'e') break;
        values[field] = displayText(cell, ctx.date1904);
        view.useCell(cell);
        break;
    }
  }
  if (remarks) keepRemarks(values, cells, remarks);
  if (themeCellEmpty && values.theme === undefined && heading) {
    values.theme = heading.theme;
    if (!hasThemeColumn) cells.theme = heading.cell;
  }
  return { values, source: { sheet, row: r + 1 }, cells };
}

/** A theme, or an issue quoting what was written. */
function readList(t: DetectedTable, cell: GridCell, list: ListField, ctx: Ctx): string | undefined {
  const text = displayText(cell, ctx.date1904);
  const id =
    list === 'theme' ? (headingTheme(text) ?? matchListValue(list, text)) : matchListValue(list, text);
  if (id === undefined) {
    ctx.issues.push(valueNotInList(t.view.name, a1(cell.r, cell.c), list, text));
    return undefined;
  }
  t.view.useCell(cell);
  return id;
}

/**
 * A status or anchoring in the coordinator's own words (a check at the cell when it is a
 * judgement), or an issue quoting what was written.
 */
function readWords(
  t: DetectedTable,
  cell: GridCell,
  list: 'status' | 'anchoring',
  ctx: Ctx,
): ListReading | undefined {
  const options = memo(ctx, t, list === 'status' ? 'list.status' : 'list.anchoring', listOptions);
  const read = readListCell(ctx, t.view.name, cell, list, options);
  if (read) t.view.useCell(cell);
  return read;
}

/** Words written beside a status or anchoring, kept in the evaluation. */
interface Remark {
  readonly label: string;
  readonly text: string;
  readonly cell: GridCell;
}

const EVALUATION_LABEL = { da: 'Evaluering af resultat', en: 'Evaluation of result' };

/** How a table's status and anchoring columns are read (made once per table: hot). */
function listOptions(t: DetectedTable, key: string): ListCellOptions {
  const list = key === 'list.status' ? 'status' : 'anchoring';
  const header = t.columns.find((m) => m.field === list)?.header;
  return {
    field: `activities.${list}`,
    ...(header !== undefined ? { header } : {}),
    restGoesTo: EVALUATION_LABEL,
  };
}

function remark(list: 'status' | 'anchoring', text: string, cell: GridCell): Remark {
  return { label: REMARK_LABEL[list], text, cell };
}

const REMARK_LABEL: Record<'status' | 'anchoring', string> = { status: 'Status', anchoring: 'Forankring' };

/** Adds the remarks to the evaluation ("Status: mangler budget"), after what the row's own says. */
function keepRemarks(
  values: { evaluation?: string },
  cells: Partial<Record<Field, string>>,
  remarks: readonly Remark[],
): void {
  if (remarks.length === 0) return;
  const lines = remarks.map((r) => `${r.label}: ${r.text}`);
  values.evaluation = [values.evaluation, ...lines].filter((x) => x !== undefined && x !== '').join('\n');
  const first = remarks[0];
  if (first && cells.evaluation === undefined) cells.evaluation = a1(first.cell.r, first.cell.c);
}

const FIELD_KEYS: Record<keyof ActivityFields, true> = {
  start: true,
  deadline: true,
  theme: true,
  activity: true,
  milestone: true,
  responsible: true,
  status: true,
  anchoring: true,
  evaluation: true,
};
