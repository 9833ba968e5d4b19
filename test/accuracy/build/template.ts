// Writing a corpus plan that starts from korpsplan's own template (templates/*.xlsx): the edits a
// coordinator makes to a copy of it, applied by scripts/accuracy-template-edit.py (openpyxl), and
// beside every value the reading a careful human gives it. Nothing here reads the product.

import type { ActivityField, ChecklistIdKey } from '../expected';
import { PlanBuilder, toExpected, type Exp, type TemplateEdit, type Tool } from './plan';

/** A value as the edit script takes it: text ("=…" a formula), a number, a day, or empty. */
export type EditValue = string | number | null | { date: string };

/** "2026-09-15" as a date cell. */
export function day(iso: string): { date: string } {
  return { date: iso };
}

export class TemplatePlan extends PlanBuilder {
  readonly edits: TemplateEdit[] = [];

  constructor(
    name: string,
    tool: Extract<Tool, 'openpyxl' | 'openpyxl-libreoffice'>,
    file: string,
    description: string,
    kinds: readonly string[],
  ) {
    super(name, tool, description, kinds);
    this.template = { file, edits: this.edits };
  }

  edit(...op: TemplateEdit): this {
    this.edits.push(op);
    return this;
  }

  set(sheet: string, cell: string, v: EditValue, format?: string): this {
    return this.edit('set', sheet, cell, v, ...(format ? [format] : []));
  }

  /**
   * Activity rows from `first` on: `cols` says which column holds each field (start and deadline
   * may share one, or be absent: then their place is the activity's cell). Each row gives its cells
   * by column letter and the human reading of the fields not read literally.
   */
  rows(
    sheet: string,
    first: number,
    cols: Readonly<Partial<Record<ActivityField, string>>>,
    rows: readonly {
      readonly cells: Readonly<Record<string, EditValue | undefined>>;
      readonly x: Partial<Record<ActivityField, Exp>>;
      /** Where the theme is read when not in this row's theme cell (a merged cell's first row). */
      readonly themeCell?: string;
    }[],
  ): number {
    let row = first;
    for (const r of rows) {
      for (const [col, v] of Object.entries(r.cells)) if (v !== undefined) this.set(sheet, `${col}${row}`, v);
      const at = (f: ActivityField): string => `${cols[f] ?? cols.activity}${row}`;
      const literal = (f: 'activity' | 'responsible'): Exp => {
        if (r.x[f] !== undefined) return r.x[f];
        const v = r.cells[cols[f] ?? ''];
        return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v === undefined ? null : (v as Exp);
      };
      this.activity(sheet, row, {
        theme: toExpected(r.x.theme ?? null, r.themeCell ?? at('theme')),
        activity: toExpected(literal('activity'), at('activity')),
        status: toExpected(r.x.status ?? null, at('status')),
        start: toExpected(r.x.start ?? null, at('start')),
        deadline: toExpected(r.x.deadline ?? null, at('deadline')),
        responsible: toExpected(literal('responsible'), at('responsible')),
      });
      row++;
    }
    return row - 1;
  }

  /** A checklist answer written at `cell` (the reading `answer`), with its comment where one is kept. */
  check(
    id: ChecklistIdKey,
    sheet: string,
    cell: string,
    written: EditValue,
    answer: Exp,
    comment?: { cell: string; written?: EditValue; x: Exp },
  ): this {
    if (written !== null) this.set(sheet, cell, written);
    if (comment?.written !== undefined && comment.written !== null)
      this.set(sheet, comment.cell, comment.written);
    const c = comment?.x;
    const kept: Exp | undefined =
      comment === undefined
        ? undefined
        : c !== null && typeof c === 'object'
          ? { ...c, cell: comment.cell }
          : { v: c ?? null, cell: comment.cell };
    this.answer(id, answer, sheet, cell, kept);
    return this;
  }
}
