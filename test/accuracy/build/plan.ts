// Writing a corpus plan: the workbook a coordinator made, and beside every value the reading a
// careful human gives it. The plan files (test/accuracy/plans/*.ts) say, cell by cell, what is
// written and what it means; this builder places the cells and keeps the answer key (where each
// value is, and what it is) in step with them. Nothing here reads the product.

import {
  ACTIVITY_FIELDS,
  expectedSchema,
  type ActivityField,
  type ChecklistIdKey,
  type CorpsField,
  type CoverField,
  type Expected,
  type ExpectedValue,
  type IndicatorField,
} from '../expected';
import {
  a1,
  colNumber,
  isCell,
  parseA1,
  WorkbookModel,
  type Cell,
  type SheetModel,
  type Style,
  type Value,
} from './model';

export type Tool = Expected['tool'];

/** One edit to a copy of the shipped template (see scripts/accuracy-template-edit.py). */
export type TemplateEdit = readonly [
  string,
  ...(string | number | null | { date: string } | readonly number[])[],
];

/** An expected value as written in a plan file: a bare value, or with a flag, alternatives, a place. */
export type Exp =
  | string
  | number
  | null
  | {
      readonly v: string | number | null;
      readonly flag?: true;
      readonly alt?: readonly (string | number)[];
      readonly note?: string;
      /** Overrides the cell the value is read from (a Gantt bar's first and last marked cell). */
      readonly cell?: string;
      readonly sheet?: string;
    };

/** A value that a careful human cannot be sure of: right only with an issue or check at its cell. */
export function unsure(v: string | number | null, note: string): Exp {
  return { v, flag: true, note };
}

export function toExpected(e: Exp, cell: string, sheet?: string): ExpectedValue {
  if (e === null || typeof e !== 'object') return { value: e, cell, ...(sheet ? { sheet } : {}) };
  const s = e.sheet ?? sheet;
  return {
    value: e.v,
    cell: e.cell ?? cell,
    ...(s ? { sheet: s } : {}),
    ...(e.flag ? { flag: true as const } : {}),
    ...(e.alt ? { alt: [...e.alt] } : {}),
    ...(e.note ? { note: e.note } : {}),
  };
}

/** The text a human reads in a cell (a plain string value), for the literal fields. */
function cellText(cell: Cell | undefined): string | null {
  const v = cell?.v;
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (typeof v === 'number') return String(v);
  return null;
}

type CellIn = Value | Cell | null | undefined;

/** One row of an activity table. */
export type TableRow =
  | {
      /** A theme heading row: the text, and the theme it names. */
      readonly section: string;
      readonly theme: Exp;
      readonly style?: Style;
      /** Merge the heading across the table's columns. */
      readonly merge?: boolean;
    }
  | { readonly blank: true }
  | {
      /** A row with content that is not an activity (a note, a total, a legend line). */
      readonly not: string;
      readonly cells: Readonly<Record<string, CellIn>>;
      readonly style?: Style;
    }
  | {
      readonly cells: Readonly<Record<string, CellIn>>;
      /** The human reading; theme comes from the section when not given, activity and responsible from their cells. */
      readonly x: Partial<Record<ActivityField, Exp>>;
      readonly style?: Style;
    };

export interface ActivityTable {
  readonly sheet: string;
  /** Row of the header (1-based). */
  readonly headerRow: number;
  /** First column (letters), default A. */
  readonly firstCol?: string;
  readonly columns: readonly { readonly key: string; readonly header: CellIn; readonly width?: number }[];
  readonly headerStyle?: Style;
  /** Which column holds each field ("when" gives both start and deadline). */
  readonly fields: Readonly<Partial<Record<ActivityField | 'when', string>>>;
  readonly rows: readonly TableRow[];
  /** Rows between the header and the first data row (a second header line, a blank). */
  readonly gap?: number;
}

export class PlanBuilder {
  readonly wb = new WorkbookModel();
  private readonly cover: Partial<Record<CoverField, ExpectedValue>> = {};
  private readonly activities: Expected['activities'] = [];
  private readonly checklist: NonNullable<Expected['checklist']> = [];
  private readonly corps: NonNullable<Expected['corps']> = [];
  private readonly indicators: NonNullable<Expected['indicators']> = [];
  private readonly notActivities: NonNullable<Expected['notActivities']> = [];
  /**
   * For the "openpyxl" tools: the shipped template the plan starts from (a path under templates/)
   * and the edits a coordinator made to it (scripts/accuracy-template-edit.py lists them).
   */
  template?: { readonly file: string; readonly edits: readonly TemplateEdit[] };
  /** LibreOffice's CSV import options for a libreoffice-csv plan (separator, encoding, column types, language). */
  csvFilter?: string;

  constructor(
    readonly name: string,
    readonly tool: Tool,
    private readonly description: string,
    private readonly kinds: readonly string[],
  ) {}

  sheet(name: string): SheetModel {
    return this.wb.sheet(name);
  }

  /** A cover fact: writes nothing, records where the plan states it and what it means. */
  fact(field: CoverField, value: Exp, sheet: string, cell: string): this {
    this.cover[field] = toExpected(value, cell, sheet);
    return this;
  }

  /** An activity read at `row`; `from`: the row of raw data a formula's view row shows (expected.ts). */
  activity(
    sheet: string,
    row: number,
    fields: Record<ActivityField, ExpectedValue>,
    from?: { sheet: string; row: number },
    col?: string,
  ): this {
    this.activities.push({
      sheet,
      row,
      ...(from === undefined ? {} : { from }),
      ...(col === undefined ? {} : { col }),
      fields,
    });
    return this;
  }

  /** A checklist answer at `cell`; a comment given as a bare value is in the same cell. */
  answer(id: ChecklistIdKey, answer: Exp, sheet: string, cell: string, comment?: Exp): this {
    this.checklist.push({
      id,
      answer: toExpected(answer, cell, sheet),
      ...(comment !== undefined ? { comment: toExpected(comment, cell, sheet) } : {}),
    });
    return this;
  }

  corpsRow(sheet: string, row: number, fields: Partial<Record<CorpsField, [Exp, string]>>): this {
    const out: Partial<Record<CorpsField, ExpectedValue>> = {};
    for (const [k, v] of Object.entries(fields) as [CorpsField, [Exp, string]][])
      out[k] = toExpected(v[0], v[1]);
    this.corps.push({ sheet, row, fields: out });
    return this;
  }

  indicatorRow(sheet: string, row: number, fields: Partial<Record<IndicatorField, [Exp, string]>>): this {
    const out: Partial<Record<IndicatorField, ExpectedValue>> = {};
    for (const [k, v] of Object.entries(fields) as [IndicatorField, [Exp, string]][])
      out[k] = toExpected(v[0], v[1]);
    this.indicators.push({ sheet, row, fields: out });
    return this;
  }

  notActivity(sheet: string, row: number, why: string): this {
    this.notActivities.push({ sheet, row, why });
    return this;
  }

  /**
   * Writes an activity table and records each activity's reading. Returns the last row written.
   */
  table(t: ActivityTable): number {
    const ws = this.sheet(t.sheet);
    const first = colNumber(t.firstCol ?? 'A');
    const colOf = new Map(t.columns.map((c, i) => [c.key, first + i]));
    const lastCol = first + t.columns.length - 1;
    t.columns.forEach((c, i) => {
      if (c.header !== undefined && c.header !== null && c.header !== '')
        ws.set(a1(t.headerRow, first + i), c.header, t.headerStyle);
      if (c.width) ws.width(first + i, c.width);
    });
    const fieldCell = (field: ActivityField | 'when', row: number): string => {
      const key = t.fields[field];
      const col = key === undefined ? undefined : colOf.get(key);
      if (col === undefined) throw new Error(`${this.name}: no column for ${field}`);
      return a1(row, col);
    };
    const hasField = (f: ActivityField | 'when'): boolean => t.fields[f] !== undefined;
    let row = t.headerRow + (t.gap ?? 0);
    let section: { theme: Exp; cell: string } | undefined;
    const writeCells = (r: number, cells: Readonly<Record<string, CellIn>>, style?: Style): void => {
      for (const [key, v] of Object.entries(cells)) {
        const col = colOf.get(key);
        if (col === undefined) throw new Error(`${this.name}: unknown column ${key}`);
        if (v === undefined || v === '' || (v === null && !style)) continue;
        ws.set(a1(r, col), v, style);
      }
    };
    for (const item of t.rows) {
      row++;
      if ('blank' in item) continue;
      if ('section' in item) {
        const at = a1(row, first);
        ws.set(at, item.section, item.style);
        if (item.style?.fill) for (let c = first + 1; c <= lastCol; c++) ws.set(a1(row, c), null, item.style);
        if (item.merge) ws.merge(`${at}:${a1(row, lastCol)}`);
        section = { theme: item.theme, cell: at };
        continue;
      }
      if ('not' in item) {
        writeCells(row, item.cells, item.style);
        this.notActivity(t.sheet, row, item.not);
        continue;
      }
      writeCells(row, item.cells, item.style);
      const x = item.x;
      const when = (f: 'start' | 'deadline'): string =>
        hasField(f)
          ? fieldCell(f, row)
          : hasField('when')
            ? fieldCell('when', row)
            : fieldCell('activity', row);
      const themeExp = x.theme ?? section?.theme;
      if (themeExp === undefined) throw new Error(`${this.name}: row ${row} has no theme`);
      // The theme is read from the theme column, else from the heading row above, else from the
      // sheet (one sheet per theme: its name and title in A1).
      const themeCell =
        x.theme !== undefined && hasField('theme')
          ? fieldCell('theme', row)
          : (section?.cell ?? (hasField('theme') ? fieldCell('theme', row) : 'A1'));
      const literal = (f: 'activity' | 'responsible'): Exp => {
        if (x[f] !== undefined) return x[f];
        const text = cellText(ws.get(fieldCell(f, row)));
        return text;
      };
      const fields: Record<ActivityField, ExpectedValue> = {
        theme: toExpected(themeExp, themeCell),
        activity: toExpected(literal('activity'), fieldCell('activity', row)),
        status: toExpected(
          x.status ?? null,
          hasField('status') ? fieldCell('status', row) : fieldCell('activity', row),
        ),
        start: toExpected(x.start ?? null, when('start')),
        deadline: toExpected(x.deadline ?? null, when('deadline')),
        responsible: toExpected(
          literal('responsible'),
          hasField('responsible') ? fieldCell('responsible', row) : fieldCell('activity', row),
        ),
      };
      for (const f of ACTIVITY_FIELDS)
        if (fields[f].cell === '') throw new Error(`${this.name}: ${f} without a cell`);
      this.activity(t.sheet, row, fields);
    }
    return row;
  }

  expected(): Expected {
    return expectedSchema.parse({
      file: `${this.name}.xlsx`,
      tool: this.tool,
      description: this.description,
      kinds: [...this.kinds],
      cover: this.cover,
      activities: this.activities,
      ...(this.checklist.length ? { checklist: sortChecklist(this.checklist) } : {}),
      ...(this.corps.length ? { corps: this.corps } : {}),
      ...(this.indicators.length ? { indicators: this.indicators } : {}),
      ...(this.notActivities.length ? { notActivities: this.notActivities } : {}),
    });
  }
}

const ORDER = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8'];
function sortChecklist<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
}

/** The row number of an A1 address. */
export function rowOf(at: string): number {
  return parseA1(at).row;
}

export { isCell };
