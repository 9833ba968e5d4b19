// Remembered corrections: what a municipality's coordinator confirmed once (a column's meaning, how
// a status or theme written in their own words is read, which label names a cover field), kept in a
// form that applies to the NEXT workbook of the same municipality even when it is laid out
// differently. Nothing here is keyed by a cell address: a column is remembered by its folded header
// text and the kind of table, a value by its folded text and the list it belongs to, a cover label
// by its folded text. The service stores one such set per municipality (GET/PUT
// /api/municipalities/{code}/corrections); structuring applies it (StructureOptions.remembered)
// and marks every value it decided as "husket fra sidst", so that the pane can show and undo it.
//
// Small and strict: capped numbers of entries and text lengths, versioned, zod-checked at every
// boundary, and never a CPR number in any entry (a set holding one is refused as a whole). The
// schema, and making a set from a person's corrections (rememberFrom, mergeRemembered), are in
// core/remembered-schema.ts: structuring imports this module, and the intake path loads no zod.
//
// Pure: no I/O, runs in the browser as well as in Node.

import {
  fieldCell,
  type DraftRow,
  type ColumnMapping,
  type ColumnOverride,
  type DraftPlan,
  type Place,
  type StructureResult,
} from './draft';
import { a1, cellText, parseA1, SheetIndex, type Grid } from './grid';
import type { Issue, Message, ReadCheck, Unmapped } from './schema';
import { TABLE_SHEETS, type ColumnSpec, type ListId, type TableKey } from './spec';
import { foldText } from './normalize';
import { applyCover, COVER_KEYS, readCoverValue, type CoverKey, type CoverValues } from './corrections';
import type {
  RememberedColumn,
  RememberedEntries,
  RememberedLabel,
  RememberedValue,
} from './remembered-schema';

// The types of a parsed set, for the many readers that import them from here.
export type {
  RememberedColumn,
  RememberedEntries,
  RememberedLabel,
  RememberedValue,
} from './remembered-schema';

function specColumns(key: string): readonly ColumnSpec[] {
  return TABLE_SHEETS.find((t) => t.key === key)?.columns ?? [];
}

export const REMEMBERED_VERSION = 1 as const;

/** Caps that keep a municipality's set small (the service also caps the request body). */
export const REMEMBERED_LIMITS = {
  columns: 100,
  values: 300,
  labels: 30,
  /** Characters of one remembered text (a header, a value, a label). */
  text: 120,
} as const;

/** The label the pane shows beside everything a remembered correction decided. */
export const REMEMBERED_SOURCE: Message = { da: 'husket fra sidst', en: 'remembered from last time' };

/** The lists whose readings are remembered (a period is not: the next workbook is another half-year). */
export const REMEMBERED_LISTS = [
  'theme',
  'status',
  'anchoring',
  'answer',
  'corpsRole',
  'unit',
  'phase',
  'organisation',
  'supervisionModel',
  'municipality',
] as const satisfies readonly ListId[];
export type RememberedList = (typeof REMEMBERED_LISTS)[number];

/** Cover fields whose label wording is remembered (the municipality and period are read by their own rules). */
export type LabelKey = Exclude<CoverKey, 'municipality' | 'period'>;
export const REMEMBERED_LABEL_KEYS = COVER_KEYS.filter(
  (k): k is LabelKey => k !== 'municipality' && k !== 'period',
);

export const EMPTY_REMEMBERED: RememberedEntries = {
  version: REMEMBERED_VERSION,
  columns: [],
  values: [],
  labels: [],
};

/** A stable key per entry: the pane's undo names an entry by it. */
export function columnKey(e: Pick<RememberedColumn, 'table' | 'header'>): string {
  return `column:${e.table}:${foldText(e.header)}`;
}
export function valueKey(e: Pick<RememberedValue, 'list' | 'text'>): string {
  return `value:${e.list}:${foldText(e.text)}`;
}
export function labelKey(e: Pick<RememberedLabel, 'text'>): string {
  return `label:${foldText(e.text)}`;
}

/** Something a remembered correction decided in this workbook, for the pane to show and undo. */
export interface AppliedRemembered {
  /** The entry's key (columnKey / valueKey / labelKey): undo removes that entry. */
  readonly key: string;
  readonly kind: 'column' | 'value' | 'label';
  readonly sheet: string;
  /** A1 address: the header cell of a column, the value's cell, the cover value's cell. */
  readonly cell: string;
  /** "column:activities" for a column, else the field as ReadCheck names it ("activities.status", "cover.phase"). */
  readonly field: string;
  /** What it was read as: a plan field, a list id, a cover value ('' for a column set to "not used"). */
  readonly value: string;
  readonly remembered: true;
  readonly source: Message;
}

// --- Turning a person's corrections into entries --------------------------------------------------

/** A value a person set at a cell (core/corrections.ts ValueCorrection has this shape). */
export interface ValueCorrectionInput {
  readonly sheet: string;
  readonly cell: string;
  /** "activities.status", "checklist.F3", "corps.role", "cover.phase", "cover.coordinatorName", ... */
  readonly field: string;
  readonly value: string | null;
}

export interface NotRemembered {
  readonly sheet: string;
  readonly cell: string;
  readonly field: string;
  readonly reason: Message;
}

export interface RememberResult {
  readonly entries: RememberedEntries;
  /** Corrections that cannot be carried to another workbook, each with why (nothing is dropped silently). */
  readonly notRemembered: readonly NotRemembered[];
}

/** The text of a grid's cells by sheet and A1 address (sheets indexed on first use). */
export class GridText {
  private readonly sheets = new Map<string, SheetIndex>();
  constructor(private readonly grid: Grid) {}
  at(sheet: string, cell: string): string {
    const at = parseA1(cell.replace(/\$/g, ''));
    if (!at) return '';
    let idx = this.sheets.get(sheet);
    if (!idx) {
      const s = this.grid.sheets.find((x) => x.name === sheet);
      if (!s) return '';
      idx = new SheetIndex(s);
      this.sheets.set(sheet, idx);
    }
    return cellText(idx.get(at.r, at.c));
  }
  /** The nearest text to the left of a cell on its row (a cover label), within a few columns. */
  labelLeftOf(sheet: string, cell: string): { text: string; cell: string } | undefined {
    const at = parseA1(cell.replace(/\$/g, ''));
    if (!at) return undefined;
    for (let c = at.c - 1; c >= Math.max(0, at.c - 4); c--) {
      const text = this.at(sheet, a1(at.r, c));
      if (text.trim() !== '') return /\p{L}/u.test(text) ? { text, cell: a1(at.r, c) } : undefined;
    }
    return undefined;
  }
}

/** "label: value" (or "label – value") in one cell. */
export const LABEL_IN_CELL = /^(.{2,80}?)\s*[:–-]\s+(.+)$/su;

/** The entries without those named by key (the pane's undo). */
export function forgetRemembered(entries: RememberedEntries, keys: readonly string[]): RememberedEntries {
  const drop = new Set(keys);
  return {
    version: REMEMBERED_VERSION,
    columns: entries.columns.filter((e) => !drop.has(columnKey(e))),
    values: entries.values.filter((e) => !drop.has(valueKey(e))),
    labels: entries.labels.filter((e) => !drop.has(labelKey(e))),
  };
}

// --- Applying them while structuring ----------------------------------------------------------------

/** The part of a detected table that remembered columns need (structure/detect's DetectedTable has it). */
export interface RememberedTableView {
  readonly key: TableKey;
  readonly sheet: string;
  readonly columns: readonly ColumnMapping[];
  /** Every header cell of the table: its column, its text, and the A1 address of its (lower) cell. */
  readonly headers: readonly { readonly col: number; readonly header: string; readonly cell: string }[];
}

/**
 * The column overrides remembered headers give in this workbook: a column whose header (folded)
 * and table kind match an entry takes the entry's field, unless it is read so already with
 * certainty. Each override comes with its mark for the pane.
 */
export function rememberedOverrides(
  tables: readonly RememberedTableView[],
  remembered: RememberedEntries,
): { overrides: ColumnOverride[]; applied: AppliedRemembered[] } {
  const byKey = new Map(remembered.columns.map((e) => [columnKey(e), e]));
  const overrides: ColumnOverride[] = [];
  const applied: AppliedRemembered[] = [];
  for (const t of tables) {
    for (const h of t.headers) {
      const key = columnKey({ table: t.key, header: h.header });
      const entry = byKey.get(key);
      if (!entry) continue;
      const now = t.columns.find((m) => m.col === h.col);
      if (now && now.field === entry.field && (now.confidence >= 1 || entry.field === null)) continue;
      overrides.push({ sheet: t.sheet, col: h.col, field: entry.field });
      applied.push({
        key,
        kind: 'column',
        sheet: t.sheet,
        cell: h.cell,
        field: `column:${t.key}`,
        value: entry.field ?? '',
        remembered: true,
        source: REMEMBERED_SOURCE,
      });
    }
  }
  return { overrides, applied };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type RowTable = 'activities' | 'roles' | 'corps' | 'indicators' | 'communication';
const ROW_TABLES: readonly RowTable[] = ['activities', 'roles', 'corps', 'indicators', 'communication'];

function samePlace(a: { sheet: string; cell: string }, b: { sheet: string; cell: string }): boolean {
  return a.sheet === b.sheet && a.cell.replace(/\$/g, '') === b.cell.replace(/\$/g, '');
}

/**
 * The structuring result with remembered value readings and cover labels applied: a list value
 * whose written text matches an entry takes the entry's value (its reading issues, checks and the
 * unplaced value at that cell go), and a cover label that matches an entry gives its field the value
 * beside it (when the field was not read with certainty). Every decision is listed in `remembered`.
 */
export function applyRememberedValues(
  result: StructureResult,
  grid: Grid,
  remembered: RememberedEntries,
): StructureResult {
  if (remembered.values.length === 0 && remembered.labels.length === 0) return result;
  const text = new GridText(grid);
  const byKey = new Map(remembered.values.map((e) => [valueKey(e), e]));
  const applied: AppliedRemembered[] = [];
  const decided: { sheet: string; cell: string; field: string }[] = [];
  const draft: Mutable<DraftPlan> = { ...result.draft };

  const lookup = (list: RememberedList, sheet: string, cell: string): RememberedValue | undefined => {
    const written = text.at(sheet, cell);
    if (written.trim() === '') return undefined;
    return byKey.get(valueKey({ list, text: written }));
  };
  const mark = (e: RememberedValue, sheet: string, cell: string, field: string): void => {
    decided.push({ sheet, cell, field });
    applied.push({
      key: valueKey(e),
      kind: 'value',
      sheet,
      cell,
      field,
      value: e.value,
      remembered: true,
      source: REMEMBERED_SOURCE,
    });
  };

  // Table rows.
  for (const key of ROW_TABLES) {
    const listed = specColumns(key).filter(
      (c) =>
        c.kind === 'list' && c.list !== undefined && (REMEMBERED_LISTS as readonly string[]).includes(c.list),
    );
    if (listed.length === 0) continue;
    const rows = result.draft[key] as DraftPlan['activities'];
    draft[key] = rows.map((row) => {
      let values: Record<string, unknown> | undefined;
      for (const col of listed) {
        const cell = fieldCell(row as DraftRow<Record<string, unknown>>, col.field);
        if (cell === undefined) continue;
        const entry = lookup(col.list as RememberedList, row.source.sheet, cell);
        if (!entry) continue;
        values ??= { ...row.values };
        values[col.field] = entry.value;
        mark(entry, row.source.sheet, cell, `${key}.${col.field}`);
      }
      // Not a spread of the row: a row's places may be made when asked for (core/draft.ts lazyRow).
      return values ? { values: values, source: row.source, cells: row.cells } : row;
    }) as never;
  }

  // Checklist answers.
  draft.checklist = result.draft.checklist.map((a) => {
    if (!a.place) return a;
    const entry = lookup('answer', a.place.sheet, a.place.cell);
    if (!entry) return a;
    mark(entry, a.place.sheet, a.place.cell, `checklist.${a.id}`);
    return { ...a, answer: entry.value as typeof a.answer };
  });

  // Cover fields: list values at their places, and values beside remembered labels.
  const cover: Mutable<CoverValues> = {};
  const coverPlaces: Partial<Record<CoverKey, Place>> = {};
  for (const key of ['phase', 'organisation', 'supervisionModel', 'municipality'] as const) {
    const place = result.draft.places[key];
    if (!place) continue;
    const entry = lookup(key, place.sheet, place.cell);
    if (!entry) continue;
    (cover as Record<string, string>)[key] = entry.value;
    mark(entry, place.sheet, place.cell, `cover.${key}`);
  }
  const usedUnmapped: { sheet: string; cell: string }[] = [];
  for (const found of labelValues(result.unmapped, remembered.labels)) {
    const key = found.entry.field;
    if (cover[key] !== undefined || coverPlaces[key]) continue;
    if (readWithCertainty(result, key)) continue;
    const read = readCoverValue(key, found.value);
    if (!read.ok) continue;
    (cover as Record<string, string>)[key] = read.value;
    coverPlaces[key] = found.valueAt;
    usedUnmapped.push(found.labelAt, found.valueAt);
    decided.push({ ...found.valueAt, field: `cover.${key}` });
    applied.push({
      key: labelKey(found.entry),
      kind: 'label',
      sheet: found.valueAt.sheet,
      cell: found.valueAt.cell,
      field: `cover.${key}`,
      value: read.value,
      remembered: true,
      source: REMEMBERED_SOURCE,
    });
  }

  // A cover value the reader found beside a label it did not know (and so asked to check): when the
  // label is a remembered one for that field, the reading is confirmed.
  const confirmed = new Set<ReadCheck>();
  for (const c of result.checks) {
    const key = REMEMBERED_LABEL_KEYS.find(
      (k) => coverCheckField(k) === c.field && !coverPlaces[k] && cover[k] === undefined,
    );
    if (!key || c.cell === '') continue;
    const written = text.at(c.sheet, c.cell);
    const label = LABEL_IN_CELL.exec(written)?.[1] ?? text.labelLeftOf(c.sheet, c.cell)?.text;
    if (label === undefined) continue;
    const entry = remembered.labels.find(
      (l) => labelKey(l) === labelKey({ text: label }) && coverCheckField(l.field) === c.field,
    );
    if (!entry) continue;
    confirmed.add(c);
    applied.push({
      key: labelKey(entry),
      kind: 'label',
      sheet: c.sheet,
      cell: c.cell,
      field: c.field,
      value: c.value,
      remembered: true,
      source: REMEMBERED_SOURCE,
    });
  }

  // What a remembered reading decided is no longer a reading problem, nor uncertain, nor unplaced.
  const at = (x: { sheet: string; cell: string }): boolean => decided.some((d) => samePlace(d, x));
  const issues: Issue[] = result.issues.filter((i) => !at(i));
  const checks: ReadCheck[] = result.checks.filter(
    (c) => !confirmed.has(c) && !decided.some((d) => samePlace(d, c) && d.field === c.field),
  );
  const unmapped: Unmapped[] = result.unmapped.filter(
    (u) => !at(u) && !usedUnmapped.some((x) => samePlace(x, u)),
  );
  let next: StructureResult = { ...result, draft, issues, checks, unmapped };
  if (Object.keys(cover).length > 0) {
    next = applyCover(next, cover);
    const places = { ...next.draft.places, ...coverPlaces };
    next = { ...next, draft: { ...next.draft, places } };
  }
  return { ...next, remembered: describeApplied([...(result.remembered ?? []), ...applied]) };
}

/** A cover field read with certainty (a value and no check about it) is not replaced by a label. */
function readWithCertainty(result: StructureResult, key: CoverKey): boolean {
  const d = result.draft;
  const has =
    key === 'coordinatorName'
      ? d.coordinator?.name
      : key === 'coordinatorEmail'
        ? d.coordinator?.email
        : key === 'leaderName'
          ? d.leader?.name
          : key === 'leaderEmail'
            ? d.leader?.email
            : d[key as 'phase' | 'organisation' | 'supervisionModel'];
  if (has === undefined || has === '') return false;
  return !result.checks.some((c) => c.field === coverCheckField(key));
}

/** The field a cover check names ("cover.coordinator" for the coordinator's name and e-mail). */
function coverCheckField(key: CoverKey): string {
  if (key === 'coordinatorName' || key === 'coordinatorEmail') return 'cover.coordinator';
  if (key === 'leaderName' || key === 'leaderEmail') return 'cover.leader';
  return `cover.${key}`;
}

interface LabelValue {
  readonly entry: RememberedLabel;
  readonly value: string;
  readonly labelAt: Place;
  readonly valueAt: Place;
}

/**
 * Values beside remembered labels among the cells nothing else used: the label alone in a cell with
 * its value in the next used cell to the right on the same row (within four columns), or
 * "label: value" in one cell.
 */
function labelValues(unmapped: readonly Unmapped[], labels: readonly RememberedLabel[]): LabelValue[] {
  if (labels.length === 0) return [];
  const byText = new Map(labels.map((l) => [labelKey(l), l]));
  const out: LabelValue[] = [];
  for (const u of unmapped) {
    const here = parseA1(u.cell);
    if (!here) continue;
    const whole = byText.get(labelKey({ text: u.value }));
    if (whole) {
      const right = unmapped
        .filter((v) => v.sheet === u.sheet)
        .map((v) => ({ v, at: parseA1(v.cell) }))
        .filter((x) => x.at && x.at.r === here.r && x.at.c > here.c && x.at.c <= here.c + 4)
        .sort((x, y) => (x.at?.c ?? 0) - (y.at?.c ?? 0))[0];
      if (right && right.v.value.trim() !== '') {
        out.push({
          entry: whole,
          value: right.v.value,
          labelAt: { sheet: u.sheet, cell: u.cell },
          valueAt: { sheet: u.sheet, cell: right.v.cell },
        });
      }
      continue;
    }
    const inCell = LABEL_IN_CELL.exec(u.value);
    const label = inCell?.[1] !== undefined ? byText.get(labelKey({ text: inCell[1] })) : undefined;
    if (label && inCell?.[2] !== undefined) {
      const place = { sheet: u.sheet, cell: u.cell };
      out.push({ entry: label, value: inCell[2], labelAt: place, valueAt: place });
    }
  }
  return out;
}

/** The user-facing list of what remembered corrections decided, in workbook order. */
export function describeApplied(applied: readonly AppliedRemembered[]): AppliedRemembered[] {
  return [...applied].sort(
    (a, b) =>
      a.sheet.localeCompare(b.sheet) ||
      (parseA1(a.cell)?.r ?? 0) - (parseA1(b.cell)?.r ?? 0) ||
      (parseA1(a.cell)?.c ?? 0) - (parseA1(b.cell)?.c ?? 0),
  );
}
