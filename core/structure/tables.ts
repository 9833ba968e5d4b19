// The smaller tables: roles, corps, indicators, communication and the needs analysis. Each value is
// read by its column's kind in the spec: text as shown, lists in the coordinator's own words
// (listcells.ts), numbers from text such as "10 timer" or "7,5", dates as a column (tabledates.ts).

import type { DraftRow, Place } from '../draft';
import { a1, type GridCell } from '../grid';
import type { Communication, CorpsMember, Indicator, Role } from '../schema';
import {
  COMMUNICATION_SHEET,
  CORPS_SHEET,
  DEFAULT_ROLES,
  INDICATORS,
  INDICATORS_SHEET,
  NEEDS_ANALYSIS,
  ROLES_SHEET,
  type ColumnSpec,
  type TableSheetSpec,
} from '../spec';
import { foldText } from '../normalize';
import { displayText } from './sheet';
import type { DetectedTable } from './detect';
import { addCheck, fieldColumns, isMergedLine, valueCell, type Ctx } from './context';
import { figureApproximate, indicatorCodeUnknown, numberInvalid, numberRange, quote } from './messages';
import { parseNumberCell } from './values';
import { readTableDate } from './tabledates';
import { readListCell } from './listcells';
import { QUESTION_THRESHOLD, scoreNeeds } from './similarity';
import { isNote, isTotalsRow } from './rows';

type Values = Record<string, string | number>;

interface RawRow {
  readonly r: number;
  readonly values: Values;
  readonly cells: Record<string, string>;
  /** Cells whose values landed in `values`, by field. */
  readonly landed: Map<string, GridCell>;
}

/** Reads every row of a table by its spec's column kinds. */
function readRows(t: DetectedTable, spec: TableSheetSpec, ctx: Ctx): RawRow[] {
  const view = t.view;
  const cols = fieldColumns(t);
  const out: RawRow[] = [];
  const rows = view.rowsBetween(t.firstRow, t.lastRow);
  // Whether the table's entries fill several columns: then a sentence alone in a row is a note.
  const wide = rows.some((r) => view.rowCells(r, t.c0, t.c1).length >= 2);
  for (const r of rows) {
    const own = view.rowCells(r, t.c0, t.c1);
    // A totals row ("I alt" with sums) is no mentor or indicator: it stays in the unmapped report.
    if (own.length === 0 || isMergedLine(t, own) || isTotalsRow(own, view)) continue;
    // A note under the table ("Timer er pr. uge i gennemsnit.") is no mentor or indicator either.
    const only = own.length === 1 ? own[0] : undefined;
    if (wide && only && typeof only.v === 'string' && isNote(only.v)) continue;
    const values: Values = {};
    const cells: Record<string, string> = {};
    const landed = new Map<string, GridCell>();
    for (const col of spec.columns) {
      const c = cols.get(col.field);
      if (c === undefined) continue;
      const cell = valueCell(t, r, c);
      cells[col.field] = cell ? a1(cell.r, cell.c) : a1(r, c);
      if (!cell) continue;
      const v = readValue(t, col, cell, ctx);
      if (v !== undefined) {
        values[col.field] = v;
        landed.set(col.field, cell);
      }
    }
    out.push({ r, values, cells, landed });
  }
  return out;
}

function readValue(t: DetectedTable, col: ColumnSpec, cell: GridCell, ctx: Ctx): string | number | undefined {
  const sheet = t.view.name;
  const text = displayText(cell, ctx.date1904);
  const at = a1(cell.r, cell.c);
  switch (col.kind) {
    case 'text':
    case 'email':
      // An error value (#N/A, #REF!) is no text: it stays in the unmapped report.
      return text === '' || cell.t === 'e' ? undefined : text;
    case 'list': {
      if (!col.list) return text;
      // In the coordinator's own words; a judgement is a check at the cell.
      return readListCell(ctx, sheet, cell, col.list, { field: `${t.key}.${col.field}` })?.id;
    }
    case 'number':
    case 'integer': {
      const n = parseNumberCell(cell);
      if (!n.ok && n.range === true) {
        ctx.issues.push(numberRange(sheet, at, text));
        return undefined;
      }
      if (!n.ok || n.value < 0 || (col.kind === 'integer' && !Number.isInteger(n.value))) {
        ctx.issues.push(numberInvalid(sheet, at, text, col.kind === 'integer'));
        return undefined;
      }
      // "ca. 6", "6+": the figure is kept, and the coordinator asked for the exact one.
      if (n.approx)
        addCheck(ctx, {
          sheet,
          cell: at,
          field: `${t.key}.${col.field}`,
          value: quote(text),
          confidence: 0.7,
          reason: figureApproximate(at, text, n.value, n.approx),
        });
      return n.value;
    }
    case 'date':
      // The column's day/month order and the plan's years apply; issues and checks at the cell.
      return readTableDate(t, ctx, col.field, cell)?.last;
  }
}

function useLanded(t: DetectedTable, row: RawRow): void {
  for (const cell of row.landed.values()) t.view.useCell(cell);
}

function draftRow<T>(t: DetectedTable, row: RawRow): DraftRow<T> {
  useLanded(t, row);
  return {
    values: row.values as Partial<T>,
    source: { sheet: t.view.name, row: row.r + 1 },
    cells: row.cells as Partial<Record<keyof T & string, string>>,
  };
}

const DEFAULT_ROLE_KEYS = new Set(DEFAULT_ROLES.flatMap((l) => [foldText(l.da), foldText(l.en)]));

export function readRoles(t: DetectedTable, ctx: Ctx): DraftRow<Role>[] {
  const out: DraftRow<Role>[] = [];
  let prev: { row: RawRow; values: Values } | undefined;
  for (const row of readRows(t, ROLES_SHEET, ctx)) {
    const fields = [...row.landed.keys()];
    // A role's responsibilities often run over several rows (000 §1.2 lists them as bullets).
    if (prev && fields.length === 1 && fields[0] === 'responsibilities') {
      const more = row.values.responsibilities;
      const had = prev.values.responsibilities;
      prev.values.responsibilities = had === undefined ? String(more) : `${String(had)}\n${String(more)}`;
      useLanded(t, row);
      continue;
    }
    // The template's suggested roles with nothing filled in are not roles yet.
    const role = row.values.role;
    if (fields.length === 1 && typeof role === 'string' && DEFAULT_ROLE_KEYS.has(foldText(role))) {
      useLanded(t, row);
      continue;
    }
    const values = { ...row.values };
    out.push(draftRow<Role>(t, { ...row, values }));
    prev = { row, values };
  }
  return out;
}

export function readCorps(t: DetectedTable, ctx: Ctx): DraftRow<CorpsMember>[] {
  return readRows(t, CORPS_SHEET, ctx).map((row) => draftRow<CorpsMember>(t, row));
}

export function readCommunication(t: DetectedTable, ctx: Ctx): DraftRow<Communication>[] {
  // "When" is free text in the plan; a date cell shows as YYYY-MM-DD.
  return readRows(t, COMMUNICATION_SHEET, ctx).map((row) => draftRow<Communication>(t, row));
}

function catalogueByCodeOrLabel(text: string): (typeof INDICATORS)[number] | undefined {
  const f = foldText(text);
  return INDICATORS.find(
    (i) => foldText(i.code) === f || foldText(i.label.da) === f || foldText(i.label.en) === f,
  );
}

export function readIndicators(t: DetectedTable, ctx: Ctx): DraftRow<Indicator>[] {
  // The code column is free text in the spec: a catalogue code, or a catalogue name written there.
  const specCols = INDICATORS_SHEET.columns.map((c) =>
    c.field === 'code' ? { ...c, kind: 'text' as const } : c,
  );
  const spec = { ...INDICATORS_SHEET, columns: specCols };
  const out: DraftRow<Indicator>[] = [];
  for (const row of readRows(t, spec, ctx)) {
    const values = { ...row.values };
    const landed = new Map(row.landed);
    const codeText = typeof values.code === 'string' ? values.code : undefined;
    const nameText = typeof values.name === 'string' ? values.name : undefined;
    let entry = codeText !== undefined ? catalogueByCodeOrLabel(codeText) : undefined;
    if (codeText !== undefined && !entry) {
      const codeCell = landed.get('code');
      if (nameText === undefined) {
        // Their own indicator written in the code column: it is the name.
        values.name = codeText;
        delete values.code;
        if (codeCell) row.cells.name ??= a1(codeCell.r, codeCell.c);
      } else {
        delete values.code;
        landed.delete('code');
        if (codeCell)
          ctx.issues.push(indicatorCodeUnknown(t.view.name, a1(codeCell.r, codeCell.c), codeText));
      }
    }
    if (!entry && nameText !== undefined) entry = catalogueByCodeOrLabel(nameText);
    if (entry) {
      values.code = entry.code;
      values.name ??= entry.label.da;
      values.unit ??= entry.unit;
    }
    if (values.unit === undefined) {
      const shown = percentShown(landed, ctx.date1904);
      if (shown) {
        values.unit = 'percent';
        row.cells.unit ??= a1(shown.r, shown.c);
      }
    }
    checkFiguresAgainstUnit(t, values, landed, ctx);
    out.push(draftRow<Indicator>(t, { ...row, values, landed }));
  }
  return out;
}

const FIGURES = ['baseline', 'target', 'result'] as const;

/**
 * An indicator with no unit written whose every figure is a percentage (a number shown with a
 * percent format, 0,35 as 35 %, or typed "35 %"): the unit is percent. The first such figure's cell.
 */
function percentShown(landed: ReadonlyMap<string, GridCell>, date1904: boolean): GridCell | undefined {
  let first: GridCell | undefined;
  for (const f of FIGURES) {
    const cell = landed.get(f);
    if (!cell) continue;
    const percent =
      typeof cell.v === 'number'
        ? cell.fmt?.includes('%') === true
        : /^\s*-?\d+(?:[.,]\d+)?\s*%\s*$/u.test(displayText(cell, date1904));
    if (!percent) return undefined;
    first ??= cell;
  }
  return first;
}

/**
 * An indicator's figures that do not fit its unit are kept as written and checked: a percentage
 * written as a fraction ("0,45" beside a target of 60) may mean 45 %, and a figure written with "%"
 * under the unit "antal" may be a percentage.
 */
function checkFiguresAgainstUnit(
  t: DetectedTable,
  values: Record<string, unknown>,
  landed: ReadonlyMap<string, GridCell>,
  ctx: Ctx,
): void {
  const figures = FIGURES.map((f) => ({ f, v: values[f], cell: landed.get(f) })).filter(
    (x): x is { f: (typeof FIGURES)[number]; v: number; cell: GridCell } =>
      typeof x.v === 'number' && x.cell !== undefined,
  );
  const whole = figures.some((x) => x.v >= 1);
  for (const { f, v, cell } of figures) {
    const text = displayText(cell, ctx.date1904);
    const percentFormat = typeof cell.v === 'number' && cell.fmt?.includes('%') === true;
    let reason: { da: string; en: string } | undefined;
    if (values.unit === 'percent' && v > 0 && v < 1 && whole && !percentFormat)
      reason = {
        da: `${text} er læst som ${text} %, men indikatorens andre tal er hele procent. Menes ${Math.round(v * 100)} %, så skriv ${Math.round(v * 100)}.`,
        en: `${text} was read as ${text} %, but the indicator's other figures are whole percentages. If ${Math.round(v * 100)} % is meant, write ${Math.round(v * 100)}.`,
      };
    else if (values.unit === 'count' && typeof cell.v === 'string' && cell.v.includes('%'))
      reason = {
        da: `"${text}" er skrevet med %, men indikatorens enhed er antal. Er det en procent, så ret enheden.`,
        en: `"${text}" is written with %, but the indicator's unit is a count. If it is a percentage, change the unit.`,
      };
    if (reason)
      addCheck(ctx, {
        sheet: t.view.name,
        cell: a1(cell.r, cell.c),
        field: `indicators.${f}`,
        value: text,
        confidence: 0.6,
        reason,
      });
  }
}

export interface NeedsAnswer {
  readonly id: string;
  readonly answer: string;
  readonly place?: Place;
}

export function readNeeds(t: DetectedTable, ctx: Ctx, taken: Set<string>): NeedsAnswer[] {
  const view = t.view;
  const cols = fieldColumns(t);
  const out: NeedsAnswer[] = [];
  const ids = new Set(NEEDS_ANALYSIS.map((q) => q.id));
  for (const r of view.rowsBetween(t.firstRow, t.lastRow)) {
    const cell = (field: string): GridCell | undefined => {
      const c = cols.get(field);
      return c === undefined ? undefined : valueCell(t, r, c);
    };
    const q = cell('question');
    const idCell = cell('id');
    const a = cell('answer');
    const text = q ? displayText(q, ctx.date1904) : '';
    const idText = idCell
      ? displayText(idCell, ctx.date1904)
          .toUpperCase()
          .replace(/[\s.)]/g, '')
      : '';
    let id: string | undefined;
    if (ids.has(idText)) id = idText;
    else if (/^\d$/.test(idText) && ids.has(`B${idText}`)) id = `B${idText}`;
    if (id === undefined && text !== '') {
      const best = scoreNeeds(text)[0];
      if (best && best.score >= QUESTION_THRESHOLD) id = best.id;
    }
    if (id === undefined || taken.has(id)) continue;
    const answer = a ? displayText(a, ctx.date1904) : '';
    view.useCell(q);
    view.useCell(idCell);
    if (answer === '') continue;
    taken.add(id);
    view.useCell(a);
    const answerCol = cols.get('answer');
    out.push({
      id,
      answer,
      ...(a
        ? { place: { sheet: view.name, cell: a1(a.r, a.c) } }
        : answerCol !== undefined
          ? { place: { sheet: view.name, cell: a1(r, answerCol) } }
          : {}),
    });
  }
  return out;
}
