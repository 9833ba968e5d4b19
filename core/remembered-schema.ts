// Remembered corrections as they are stored and exchanged (core/remembered.ts): the schema every
// boundary parses a set with (the service's GET/PUT and its storage, the CLI's --corrections file
// and the service's answer, the inspection jobs), and the two functions that make a set from a
// person's corrections (rememberFrom) or from two sets (mergeRemembered), each of which checks what
// it makes against the schema. They are here, apart from core/remembered.ts, because structuring
// applies remembered sets on the intake path, which loads no zod
// (test/core/intake-without-zod.test.ts); what it applies has been parsed where it came in.

import { z } from 'zod';
import type { ColumnOverride, StructureResult } from './draft';
import { a1, type Grid } from './grid';
import { foldText, matchListValue } from './normalize';
import { COVER_KEYS, type CoverKey } from './corrections';
import {
  EMPTY_REMEMBERED,
  GridText,
  LABEL_IN_CELL,
  REMEMBERED_LABEL_KEYS,
  REMEMBERED_LIMITS,
  REMEMBERED_LISTS,
  REMEMBERED_VERSION,
  columnKey,
  labelKey,
  valueKey,
  type LabelKey,
  type NotRemembered,
  type RememberResult,
  type RememberedList,
  type ValueCorrectionInput,
} from './remembered';
import { FRONT_SHEET, LISTS, TABLE_SHEETS, type ColumnSpec, type TableKey } from './spec';
import { knownFields } from './structure/detect';
import { CHECKLIST_MARK_FIELDS } from './structure/vocab';
import { holdsCpr } from './redact';

function specColumns(key: string): readonly ColumnSpec[] {
  return TABLE_SHEETS.find((t) => t.key === key)?.columns ?? [];
}

const TABLE_KEYS = TABLE_SHEETS.map((t) => t.key) as [TableKey, ...TableKey[]];

const NO_CPR = 'looks like a CPR number: korpsplan never stores personal identity numbers';

const rememberedText = z
  .string()
  .min(1)
  .max(REMEMBERED_LIMITS.text)
  .refine((v) => foldText(v) !== '', 'empty once folded')
  .refine((v) => !holdsCpr(v), NO_CPR);

const columnEntrySchema = z
  .object({
    table: z.enum(TABLE_KEYS),
    /** The header as foldText gives it ("tovholder", "hvordan gar det"). */
    header: rememberedText,
    /** The plan field of that table, or null: "this column is not used". */
    field: z.string().min(1).max(60).nullable(),
  })
  .strict()
  .refine(
    (e) => e.field === null || knownFields(e.table).has(e.field) || e.field in CHECKLIST_MARK_FIELDS,
    'field: not a field of that table',
  );

const valueEntrySchema = z
  .object({
    list: z.enum(REMEMBERED_LISTS),
    /** The value as written, folded ("i proces", "gron"). */
    text: rememberedText,
    /** The list id it means ("in_progress", "done", a municipality code). */
    value: z.string().min(1).max(60),
  })
  .strict()
  .refine(
    (e) => (LISTS[e.list] as readonly { id: string }[]).some((v) => v.id === e.value),
    'value: not an id of that list',
  );

const labelEntrySchema = z
  .object({
    /** A cover label as written, folded ("programmets tovholder"). */
    text: rememberedText,
    field: z.enum(REMEMBERED_LABEL_KEYS as [LabelKey, ...LabelKey[]]),
  })
  .strict();

/** One municipality's remembered corrections; in each list the newest entry comes first. */
export const rememberedSchema = z
  .object({
    version: z.literal(REMEMBERED_VERSION),
    columns: z.array(columnEntrySchema).max(REMEMBERED_LIMITS.columns),
    values: z.array(valueEntrySchema).max(REMEMBERED_LIMITS.values),
    labels: z.array(labelEntrySchema).max(REMEMBERED_LIMITS.labels),
  })
  .strict();
export type RememberedEntries = z.infer<typeof rememberedSchema>;
export type RememberedColumn = RememberedEntries['columns'][number];
export type RememberedValue = RememberedEntries['values'][number];
export type RememberedLabel = RememberedEntries['labels'][number];

// --- Turning a person's corrections into entries --------------------------------------------------

/** The list a value field reads from ("activities.status" → status), or undefined for free text. */
function listOfField(field: string): { list: RememberedList } | { cover: CoverKey } | undefined {
  const dot = field.indexOf('.');
  const head = dot < 0 ? field : field.slice(0, dot);
  const rest = dot < 0 ? '' : field.slice(dot + 1);
  if (head === 'checklist') return { list: 'answer' };
  if (head === 'cover') {
    const key = COVER_KEYS.find(
      (k) => k === rest || FRONT_SHEET.fields.some((f) => f.key === k && f.field === rest),
    );
    return key ? { cover: key } : undefined;
  }
  const list = specColumns(head).find((c) => c.field === rest)?.list;
  return list && (REMEMBERED_LISTS as readonly string[]).includes(list)
    ? { list: list as RememberedList }
    : undefined;
}

function notRemembered(c: ValueCorrectionInput, da: string, en: string): NotRemembered {
  return { sheet: c.sheet, cell: c.cell, field: c.field, reason: { da, en } };
}

/**
 * A person's corrections on one workbook as entries that carry to the next: each column override
 * by the header it stands under (and its table's kind), each list value by the text it was written
 * as, each cover value by the label beside it. What cannot carry (free text, an empty cell, a CPR
 * number, a text too long) is listed in `notRemembered` with why.
 */
export function rememberFrom(
  result: Pick<StructureResult, 'tables'>,
  grid: Grid,
  columns: readonly ColumnOverride[],
  values: readonly ValueCorrectionInput[],
): RememberResult {
  const text = new GridText(grid);
  const out: { columns: RememberedColumn[]; values: RememberedValue[]; labels: RememberedLabel[] } = {
    columns: [],
    values: [],
    labels: [],
  };
  const left: NotRemembered[] = [];
  const fits = (t: string): boolean => t !== '' && t.length <= REMEMBERED_LIMITS.text && !holdsCpr(t);

  for (const o of columns) {
    const table = tableOf(result.tables, o.sheet, o.col);
    const place = {
      sheet: o.sheet,
      cell: table ? a1(table.headerRow, o.col) : '',
      field: 'column',
      value: null,
    };
    if (!table) {
      left.push(notRemembered(place, 'Ingen tabel på dette sted.', 'No table at this place.'));
      continue;
    }
    const header =
      table.columns.find((m) => m.col === o.col)?.header ?? text.at(o.sheet, a1(table.headerRow, o.col));
    const folded = foldText(header);
    if (!fits(folded) || holdsCpr(header)) {
      left.push(
        notRemembered(
          place,
          'Kolonnen har ingen overskrift, der kan genkendes næste gang.',
          'The column has no header that can be recognised next time.',
        ),
      );
      continue;
    }
    out.columns.push({ table: table.key, header: folded, field: o.field });
  }

  for (const c of values) {
    const kind = listOfField(c.field);
    if (!kind) {
      left.push(
        notRemembered(
          c,
          'Fri tekst huskes ikke; kun værdier fra en liste og forsidens etiketter.',
          'Free text is not remembered; only values from a list and the cover labels.',
        ),
      );
      continue;
    }
    if (c.value === null) {
      left.push(notRemembered(c, 'En slettet værdi huskes ikke.', 'A cleared value is not remembered.'));
      continue;
    }
    const written = text.at(c.sheet, c.cell);
    if (
      'list' in kind ||
      kind.cover === 'phase' ||
      kind.cover === 'organisation' ||
      kind.cover === 'supervisionModel' ||
      kind.cover === 'municipality'
    ) {
      const list: RememberedList = 'list' in kind ? kind.list : (kind.cover as RememberedList);
      const folded = foldText(written);
      if (!fits(folded) || holdsCpr(written) || !/\p{L}{2}/u.test(folded)) {
        left.push(
          notRemembered(
            c,
            'Cellen har ingen tekst, der kan genkendes næste gang.',
            'The cell holds no text that can be recognised next time.',
          ),
        );
        continue;
      }
      // A text that already reads as this value needs no memory.
      if (matchListValue(list, written) === c.value) continue;
      const entry = valueEntrySchema.safeParse({ list, text: folded, value: c.value });
      if (entry.success) out.values.push(entry.data);
      else left.push(notRemembered(c, 'Værdien er ikke på listen.', 'The value is not on the list.'));
      continue;
    }
    // A cover value in free text (a name, an e-mail): the label that names it is remembered.
    const key = kind.cover as LabelKey | 'period';
    if (key === 'period') {
      left.push(
        notRemembered(
          c,
          'Perioden huskes ikke: næste plan gælder et andet halvår.',
          'The period is not remembered: the next plan is for another half-year.',
        ),
      );
      continue;
    }
    const inCell = LABEL_IN_CELL.exec(written);
    const label = inCell?.[1] ?? text.labelLeftOf(c.sheet, c.cell)?.text;
    const folded = label === undefined ? '' : foldText(label);
    if (!fits(folded) || (label !== undefined && holdsCpr(label))) {
      left.push(
        notRemembered(
          c,
          'Der står ingen etiket ved værdien, som kan genkendes næste gang.',
          'No label beside the value that can be recognised next time.',
        ),
      );
      continue;
    }
    out.labels.push({ text: folded, field: key });
  }

  const entries = mergeRemembered(EMPTY_REMEMBERED, {
    version: REMEMBERED_VERSION,
    columns: out.columns,
    values: out.values,
    labels: out.labels,
  });
  return { entries, notRemembered: left };
}

function tableOf(
  tables: StructureResult['tables'],
  sheet: string,
  col: number,
): StructureResult['tables'][number] | undefined {
  const onSheet = tables.filter((t) => t.sheet === sheet);
  const span = (t: (typeof onSheet)[number]): [number, number] => {
    const cols = t.columns.map((m) => m.col);
    return [Math.min(...cols), Math.max(...cols)];
  };
  const dist = (t: (typeof onSheet)[number]): number => {
    const [c0, c1] = span(t);
    return col < c0 ? c0 - col : col > c1 ? col - c1 : 0;
  };
  return [...onSheet].sort((a, b) => dist(a) - dist(b))[0];
}

// --- Merging --------------------------------------------------------------------------------------

function newestFirst<T>(fresh: readonly T[], old: readonly T[], key: (e: T) => string, cap: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const e of [...fresh, ...old]) {
    const k = key(e);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
    if (out.length === cap) break;
  }
  return out;
}

/**
 * Old and new entries together: an entry of `fresh` replaces the old one with the same key (the
 * newest confirmation wins), the newest come first, and each list keeps at most its cap (the
 * oldest entries fall off). Both sets are schema-checked (throws a ZodError when one is invalid).
 */
export function mergeRemembered(old: RememberedEntries, fresh: RememberedEntries): RememberedEntries {
  const a = rememberedSchema.parse(old);
  const b = rememberedSchema.parse(fresh);
  return {
    version: REMEMBERED_VERSION,
    columns: newestFirst(b.columns, a.columns, columnKey, REMEMBERED_LIMITS.columns),
    values: newestFirst(b.values, a.values, valueKey, REMEMBERED_LIMITS.values),
    labels: newestFirst(b.labels, a.labels, labelKey, REMEMBERED_LIMITS.labels),
  };
}
