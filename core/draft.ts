// The draft plan: everything structuring understood from a grid, with where each value came from.
// Structuring (core/structure) produces it; validation (core/validate) judges it; toPlan turns a
// complete draft into the canonical plan. Values in a draft are already normalised (ISO dates, list
// ids); a value that could not be normalised is absent from `values` and reported as an issue.

import type {
  Issue,
  ReadCheck,
  Unmapped,
  Plan,
  Activity,
  Role,
  CorpsMember,
  Indicator,
  Communication,
} from './schema';
import type {
  Answer,
  ChecklistId,
  FrontFieldKey,
  Organisation,
  Phase,
  SupervisionModel,
  TableKey,
} from './spec';
import type { AppliedRemembered, RememberedEntries } from './remembered';
import { a1, colName, parseA1 } from './grid';

export interface Place {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
}

/**
 * Where a row came from: its sheet and row; `col` where the row's own line is one cell, as with an
 * activity of a plan laid on its side (the row of its text, its column) or typed into a month
 * calendar's day (its cell): several such activities share a row.
 */
export interface RowSource {
  readonly sheet: string;
  readonly row: number;
  readonly col?: number;
}

/**
 * Whether the cell at (r, c) (0-based) is the row's own line of the sheet: its row, or — for a row
 * known by its cell (`col`) — that cell. Its other fields are found by their places (`cells`).
 */
export function sourceHolds(source: RowSource, r: number, c: number): boolean {
  return source.row === r + 1 && (source.col === undefined || source.col === c + 1);
}

/** "række 5" / "row 5", or "celle D4" / "cell D4" for a row known by its cell. */
export function sourceWhere(source: RowSource): { readonly da: string; readonly en: string } {
  if (source.col === undefined) return { da: `række ${source.row}`, en: `row ${source.row}` };
  const cell = `${colName(source.col - 1)}${source.row}`;
  return { da: `celle ${cell}`, en: `cell ${cell}` };
}

/**
 * Where a row came from as a reader finds it: "Plan!5" (the sheet and row), or "Plan!D4" for a row
 * known by its cell; "5" / "D4" without the sheet.
 */
export function sourceText(source: RowSource, withSheet = true): string {
  const at = source.col !== undefined ? `${colName(source.col - 1)}${source.row}` : String(source.row);
  return withSheet ? `${source.sheet}!${at}` : at;
}

/** The keys (sourceKey) of the rows whose own line holds the cell `ref` of `sheet`: its row's and its own. */
export function sourceKeysAt(sheet: string, ref: string): string[] {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (m === null) return [];
  const at = parseA1(`${m[1] ?? ''}${m[2] ?? ''}`);
  return at ? [sourceKey({ sheet, row: at.r + 1 }), sourceKey({ sheet, row: at.r + 1, col: at.c + 1 })] : [];
}

/** A key of the row's own line (sheet and row, or sheet, row and column for a row known by its cell). */
export function sourceKey(source: RowSource): string {
  return source.col !== undefined
    ? `${source.sheet}\u0000${source.row}\u0000${source.col}`
    : `${source.sheet}\u0000${source.row}`;
}

export interface DraftRow<T> {
  readonly values: Partial<T>;
  /**
   * The row in the source workbook (1-based, as Excel shows it). `col` (1-based): an activity of a
   * plan laid on its side has a column of its own, and `row` is its activity text's row.
   */
  readonly source: RowSource;
  /** Where each field of this row is (or would be, when its column exists but the cell is empty). */
  readonly cells: Partial<Record<keyof T & string, string>>;
}

export type ActivityFields = Omit<Activity, 'source'>;

// --- Rows whose places are made when asked for ----------------------------------------------------
//
// A large plan's rows each hold a field's A1 address per column of the table ("C812"): for a
// 19,000-row plan 174,000 strings, most never looked at (validation asks for the cell of a field it
// reports; the pane, for the rows it shows). A table row whose every field lies on the row itself,
// in the table's column, keeps no addresses: its prototype holds the table's field → column map
// (shared by all the table's rows), and `cells` is made from it the first time it is read (then
// kept on the row, so that a change to it stays). `fieldCell` answers for one field without making
// the rest. JSON, spreading and equality see the same `cells` as a plain row's.

/** The table's field → column map, on the prototype of its lazily placed rows. */
const COLUMNS = Symbol('korpsplan.draftRowColumns');

type FieldColumns = Readonly<Record<string, number>>;

interface LazyRow {
  readonly values: object;
  readonly source: { readonly sheet: string; readonly row: number };
  readonly [COLUMNS]: FieldColumns;
}

function placesOf(row: LazyRow): Record<string, string> {
  const cols = row[COLUMNS];
  const r = row.source.row - 1;
  const out: Record<string, string> = {};
  for (const field in cols) out[field] = a1(r, cols[field] as number);
  return out;
}

function keep(row: object, cells: object): void {
  Object.defineProperty(row, 'cells', { value: cells, enumerable: true, writable: true, configurable: true });
}

const LAZY_ROW = Object.create(Object.prototype, {
  cells: {
    get(this: LazyRow): Record<string, string> {
      const cells = placesOf(this);
      keep(this, cells);
      return cells;
    },
    set(this: LazyRow, cells: object): void {
      keep(this, cells);
    },
    enumerable: false,
    configurable: false,
  },
  toJSON: {
    value(this: LazyRow & { cells: Record<string, string> }): object {
      return { values: this.values, source: this.source, cells: this.cells };
    },
    enumerable: false,
  },
}) as object;

/**
 * The prototype of a table's lazily placed rows: `columns` lists each field's column, in the order
 * the fields' places are listed (as a plain row's `cells` would list them).
 */
export function lazyRowPrototype(columns: Readonly<Record<string, number>>): object {
  const frozen = Object.freeze({ ...columns });
  return Object.create(LAZY_ROW, { [COLUMNS]: { value: frozen, enumerable: false } }) as object;
}

/** A row of `prototype`'s table whose fields all lie on `source.row` in the table's columns. */
export function lazyRow<T>(
  prototype: object,
  values: Partial<T>,
  source: { readonly sheet: string; readonly row: number },
): DraftRow<T> {
  const row = Object.create(prototype) as { values: Partial<T>; source: typeof source };
  row.values = values;
  row.source = source;
  return row as unknown as DraftRow<T>;
}

function lazyColumns(row: object): FieldColumns | undefined {
  const cols = (row as Partial<LazyRow>)[COLUMNS];
  return cols !== undefined && !Object.prototype.hasOwnProperty.call(row, 'cells') ? cols : undefined;
}

/** Where the row's `field` is (A1), as `row.cells[field]`, without making the row's other places. */
export function fieldCell<T>(row: DraftRow<T>, field: keyof T & string): string | undefined {
  const cols = lazyColumns(row);
  if (cols === undefined) return row.cells[field];
  const c = cols[field];
  return c === undefined ? undefined : a1(row.source.row - 1, c);
}

/** Whether the row has a place for `field` (its column exists), as `row.cells[field] !== undefined`. */
export function hasFieldCell<T>(row: DraftRow<T>, field: keyof T & string): boolean {
  const cols = lazyColumns(row);
  return cols === undefined ? row.cells[field] !== undefined : cols[field] !== undefined;
}

/** Calls `each` with every place of the row, in `row.cells`' order, without keeping them on the row. */
export function forEachFieldCell<T>(row: DraftRow<T>, each: (cell: string, field: string) => void): void {
  const cols = lazyColumns(row);
  if (cols === undefined) {
    const cells = row.cells as Partial<Record<string, string>>;
    for (const field in cells) {
      const cell = cells[field];
      if (cell !== undefined) each(cell, field);
    }
    return;
  }
  const r = row.source.row - 1;
  for (const field in cols) each(a1(r, cols[field] as number), field);
}

export interface DraftChecklistAnswer {
  readonly id: ChecklistId;
  readonly answer: Answer | null;
  readonly comment?: string;
  /** Where the answer is (or would be) written. */
  readonly place?: Place;
}

/** A checklist answer carried from the previous half-year, to be confirmed (core/nextPeriod.ts). */
export interface CarriedAnswer {
  readonly id: ChecklistId;
  readonly answer: Answer;
  /** The half-year it was carried from. */
  readonly period?: string;
}

export interface DraftPlan {
  readonly templateVersion?: string;
  readonly municipality?: { readonly code: string; readonly name: string };
  readonly period?: string;
  readonly phase?: Phase;
  readonly coordinator?: { readonly name: string; readonly email?: string };
  readonly leader?: { readonly name: string; readonly email?: string };
  readonly organisation?: Organisation;
  readonly supervisionModel?: SupervisionModel;
  /** Where each cover-sheet field was found, or where it belongs in the template layout. */
  readonly places: Partial<Record<FrontFieldKey, Place>>;
  /** The plan table that was found; undefined when none was. */
  readonly planTable?: { readonly sheet: string; readonly headerRow: number };
  readonly activities: readonly DraftRow<ActivityFields>[];
  /** Always all the spec's ids, in CHECKLIST order. */
  readonly checklist: readonly DraftChecklistAnswer[];
  /** Answers carried from the previous half-year and not yet confirmed (absent: none). */
  readonly carried?: readonly CarriedAnswer[];
  readonly roles: readonly DraftRow<Role>[];
  readonly corps: readonly DraftRow<CorpsMember>[];
  readonly indicators: readonly DraftRow<Indicator>[];
  readonly communication: readonly DraftRow<Communication>[];
  readonly needsAnalysis: readonly { readonly id: string; readonly answer: string; readonly place?: Place }[];
}

/** How one source column was understood; the add-in shows it and lets the coordinator correct it. */
export interface ColumnMapping {
  /** 0-based column index in the source sheet. */
  readonly col: number;
  readonly header: string;
  /** The plan field (a column `field` of the table's spec), or null when the column is not used. */
  readonly field: string | null;
  /** 0..1: 1 for an exact template header, lower for aliases and guesses. */
  readonly confidence: number;
}

export interface TableMapping {
  readonly key: TableKey;
  readonly sheet: string;
  /** 0-based row of the header. */
  readonly headerRow: number;
  /** 0-based rows of the first and last data row (inclusive); last < first when the table is empty. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly ColumnMapping[];
}

export interface ColumnOverride {
  readonly sheet: string;
  readonly col: number;
  readonly field: string | null;
}

export interface StructureOptions {
  /** Municipality code or name; overrides what the workbook says. */
  readonly municipality?: string;
  /** Reporting period such as 2026-H2; overrides what the workbook says. */
  readonly period?: string;
  /**
   * The file's name ("Implementeringsplan Aarhus 1. halvår 2027.xlsx"): the municipality and the
   * half-year are read from it, each with a check, where nothing in the workbook gives them.
   */
  readonly fileName?: string;
  /** Corrections of the header mapping, chosen by the coordinator in the add-in. */
  readonly columnOverrides?: readonly ColumnOverride[];
  /**
   * The municipality's remembered corrections (core/remembered.ts): matching headers, values and
   * cover labels are read as remembered, each listed in StructureResult.remembered. The person's
   * own columnOverrides win over them.
   */
  readonly remembered?: RememberedEntries;
}

export interface StructureResult {
  readonly draft: DraftPlan;
  /** Issues found while reading: unreadable dates, values outside a list, no plan table, ... */
  readonly issues: readonly Issue[];
  /** Every non-empty source cell that did not land in a plan field. */
  readonly unmapped: readonly Unmapped[];
  /** Values read with less than certainty, each at its place, for the coordinator to check. */
  readonly checks: readonly ReadCheck[];
  readonly tables: readonly TableMapping[];
  /** Original sheets kept beside a structured workbook (archive, not plan data). */
  readonly archivedSheets: readonly string[];
  /** Things in the workbook that cannot be carried over into the template (charts, images). */
  readonly notCarried: readonly { readonly sheet: string; readonly what: string }[];
  /** What remembered corrections decided ("husket fra sidst"), for the pane to show and undo. */
  readonly remembered?: readonly AppliedRemembered[];
}

export type { Plan };
