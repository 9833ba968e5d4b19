// The plan table's rows → activities. Time columns through core/dates (one date or a range gives
// start and deadline), list columns through matchListValue, themes also from section headings in
// the table ("1. Ledelse", "Tema: Kommunikation", "LEDELSE" on a row of its own): a heading sets the
// theme of the rows under it, and a theme written in a row wins.

import type { ActivityFields, DraftRow } from '../draft';
import { a1, type GridCell } from '../grid';
import type { Anchoring, Status, Theme } from '../spec';
import { matchListValue, normalizeText, stripParentheses } from '../normalize';
import { displayText } from './sheet';
import type { DetectedTable } from './detect';
import { fieldColumns, isMergedLine, valueCell, type Ctx } from './context';
import { dateUnreadable, valueNotInList } from './messages';
import { readDate, readStartDate } from './values';

const HEADING_PREFIX =
  /^(?:tema|temaet|tematik|indsatsområde|indsatsomrade|indsatsomraade|fokusområde|område|theme|focus area|area)\s*\d*\s*[:.\-–—]\s*/u;

/** The theme a section heading names ("1. Ledelse", "Tema: Kommunikation", "LEDELSE"), if any. */
export function headingTheme(text: string): Theme | undefined {
  if (text.length > 80) return undefined;
  const n = normalizeText(text).replace(HEADING_PREFIX, '');
  const id = matchListValue('theme', n) ?? matchListValue('theme', stripParentheses(n));
  return id as Theme | undefined;
}

const DATE_FIELDS = new Set(['start', 'deadline']);

export function readActivities(t: DetectedTable, ctx: Ctx): DraftRow<ActivityFields>[] {
  const view = t.view;
  const cols = fieldColumns(t);
  const colField = new Map<number, string>([...cols].map(([f, c]) => [c, f]));
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
    out.push(readRow(t, r, cols, heading, ctx));
  }
  return out;
}

function readRow(
  t: DetectedTable,
  r: number,
  cols: ReadonlyMap<string, number>,
  heading: { theme: Theme; cell: string } | undefined,
  ctx: Ctx,
): DraftRow<ActivityFields> {
  const view = t.view;
  const sheet = view.name;
  const values: { -readonly [K in keyof ActivityFields]?: ActivityFields[K] } = {};
  const cells: Partial<Record<keyof ActivityFields, string>> = {};
  let themeCellEmpty = true;

  const order = [...cols.keys()].sort((a, b) => Number(a === 'start') - Number(b === 'start'));
  for (const field of order) {
    const c = cols.get(field);
    if (c === undefined) continue;
    const cell = valueCell(t, r, c);
    const at = cell ? a1(cell.r, cell.c) : a1(r, c);
    if (field in FIELD_KEYS) cells[field as keyof ActivityFields] = at;
    if (!cell) continue;
    const text = displayText(cell, ctx.date1904);
    switch (field) {
      case 'deadline': {
        const d = readDate(cell, ctx.date1904);
        if (!d.ok) {
          ctx.issues.push(dateUnreadable(sheet, at, text));
          break;
        }
        values.deadline = d.deadline;
        if (d.start !== undefined) values.start = d.start;
        view.useCell(cell);
        break;
      }
      case 'start': {
        const d = readStartDate(cell, ctx.date1904);
        if (!d.ok) {
          ctx.issues.push(dateUnreadable(sheet, at, text));
          break;
        }
        values.start = d.start;
        view.useCell(cell);
        break;
      }
      case 'theme':
        themeCellEmpty = false;
        listField(cell, text, 'theme', (id) => (values.theme = id as Theme));
        break;
      case 'status':
        listField(cell, text, 'status', (id) => (values.status = id as Status));
        break;
      case 'anchoring':
        listField(cell, text, 'anchoring', (id) => (values.anchoring = id as Anchoring));
        break;
      case 'activity':
      case 'milestone':
      case 'responsible':
      case 'evaluation':
        values[field] = text;
        view.useCell(cell);
        break;
      default:
        break;
    }
  }
  if (themeCellEmpty && values.theme === undefined && heading) {
    values.theme = heading.theme;
    if (!cols.has('theme')) cells.theme = heading.cell;
  }
  return { values, source: { sheet, row: r + 1 }, cells };

  function listField(
    cell: GridCell,
    text: string,
    list: 'theme' | 'status' | 'anchoring',
    set: (id: string) => void,
  ): void {
    const id =
      list === 'theme' ? (headingTheme(text) ?? matchListValue(list, text)) : matchListValue(list, text);
    if (id === undefined) {
      ctx.issues.push(valueNotInList(sheet, a1(cell.r, cell.c), list, text));
      return;
    }
    set(id);
    view.useCell(cell);
  }
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
