// The coordinator's corrections as the pane holds them: one `Corrections` value (core/corrections.ts)
// per workbook, changed only through these pure functions, and what the pane derives from it (the
// cell a correction writes in Excel, the field an issue is about, the choices of a field). The
// remembered corrections of a municipality (another part of the product) join here: they are a
// Corrections value too, merged into this one.

import {
  COVER_KEYS,
  type CoverKey,
  type Corrections,
  type Placement,
  type ValueCorrection,
} from '../../../core/corrections';
import {
  sourceHolds,
  sourceWhere,
  type ColumnOverride,
  type DraftPlan,
  type Place,
  type RowSource,
} from '../../../core/draft';
import { a1, cellText, parseA1, type Grid } from '../../../core/grid';
import { TABLE_HEADER_ROW } from '../../../core/layout';
import { KOMMUNER } from '../../../core/kommuner';
import { readCoverValue, readFieldValue } from '../../../core/corrections';
import type { Issue } from '../../../core/schema';
import {
  CHECKLIST,
  CHECKLIST_SHEET,
  LISTS,
  TABLE_SHEETS,
  fieldLabel,
  fieldSpec,
  type ColumnSpec,
  type Lang,
  type ListValue,
  type TableKey,
} from '../../../core/spec';
import type { CellWrite } from '../host';
import { withOverride } from './model';

export { NO_CORRECTIONS, isEmptyCorrections } from '../../../core/corrections';

function sameCell(a: { sheet: string; cell: string }, b: { sheet: string; cell: string }): boolean {
  return a.sheet === b.sheet && a.cell.replace(/\$/g, '') === b.cell.replace(/\$/g, '');
}

// --- Changing the corrections -------------------------------------------------------------------

export function withColumn(c: Corrections, next: ColumnOverride): Corrections {
  return { ...c, columns: withOverride(c.columns, next) };
}

/** Sets (null: clears) a cover field; undefined forgets the correction (the value read counts again). */
export function withCover(c: Corrections, key: CoverKey, value: string | null | undefined): Corrections {
  const cover: Record<string, unknown> = { ...c.cover };
  if (value === undefined) delete cover[key];
  else cover[key] = value;
  // Checked as a whole (correctionsSchema) before it is used.
  return { ...c, cover };
}

/** Sets (or replaces) the correction of one value: the same cell and field (and question). */
export function withValue(c: Corrections, next: ValueCorrection): Corrections {
  const same = (v: ValueCorrection) => sameCell(v, next) && v.field === next.field && v.id === next.id;
  return { ...c, values: [...c.values.filter((v) => !same(v)), next] };
}

/** Places an unplaced value in a field ("brug som: …"); it is no longer dismissed. */
export function withPlaced(c: Corrections, next: Placement): Corrections {
  return {
    ...c,
    placed: [...c.placed.filter((p) => !sameCell(p, next)), next],
    dismissed: c.dismissed.filter((d) => !sameCell(d, next)),
  };
}

export function withDismissed(c: Corrections, at: { sheet: string; cell: string }): Corrections {
  return {
    ...c,
    dismissed: [...c.dismissed.filter((d) => !sameCell(d, at)), { sheet: at.sheet, cell: at.cell }],
    placed: c.placed.filter((p) => !sameCell(p, at)),
  };
}

/** How many corrections there are (each cover field, column, value, placement and dismissal). */
export function correctionCount(c: Corrections): number {
  return (
    Object.values(c.cover).filter((v) => v !== undefined).length +
    c.columns.length +
    c.values.length +
    c.placed.length +
    c.dismissed.length
  );
}

// --- Fields and their choices ---------------------------------------------------------------------

export type EditableTable = 'activities' | 'checklist' | 'corps' | 'indicators';
export const EDITABLE_TABLES: readonly EditableTable[] = ['activities', 'checklist', 'corps', 'indicators'];

/** The columns of a table a person may correct (the checklist: its answer and comment). */
export function editableColumns(table: TableKey): readonly ColumnSpec[] {
  const spec = TABLE_SHEETS.find((s) => s.key === table);
  if (!spec) return [];
  if (table === 'checklist') return spec.columns.filter((c) => c.field === 'answer' || c.field === 'comment');
  return spec.columns;
}

export const columnSpec = fieldSpec;

export function fieldName(field: string, lang: Lang): string {
  return fieldLabel(field)[lang];
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** The values a list field takes, by id with the label in the app's language; undefined for a free field. */
export function listChoices(field: string, lang: Lang): Choice[] | undefined {
  const spec = columnSpec(field);
  if (!spec || spec.kind !== 'list' || !spec.list) return undefined;
  if (spec.list === 'municipality') {
    return [...KOMMUNER]
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((k) => ({ value: k.code, label: k.name }));
  }
  if (spec.list === 'period') return undefined;
  return (LISTS[spec.list] as readonly ListValue[]).map((v) => ({ value: v.id, label: v.label[lang] }));
}

/** The fields an unplaced value may be used as: the cover's, and the fields of a table row at its row. */
export function placementChoices(
  draft: DraftPlan,
  at: { sheet: string; cell: string },
  lang: Lang,
): Choice[] {
  const place = parseA1(at.cell.replace(/\$/g, ''));
  const out: Choice[] = COVER_KEYS.map((k) => ({
    value: `cover.${k}`,
    label: fieldName(`cover.${k}`, lang),
  }));
  for (const table of ['activities', 'corps', 'indicators', 'roles', 'communication'] as const) {
    const rows = draft[table] as readonly { source: RowSource }[];
    if (!place || !rows.some((r) => r.source.sheet === at.sheet && sourceHolds(r.source, place.r, place.c)))
      continue;
    for (const c of editableColumns(table))
      out.push({ value: `${table}.${c.field}`, label: fieldName(`${table}.${c.field}`, lang) });
  }
  return out;
}

/** The current half-year, e.g. 2026-H2, of a YYYY-MM-DD date. */
export function currentPeriod(today: string): string {
  const [y, m] = today.split('-').map(Number);
  return `${y ?? 2026}-H${(m ?? 1) <= 6 ? 1 : 2}`;
}

export interface MunicipalityMismatch {
  readonly workbook: string;
  readonly yours: string;
}

/** The workbook is for another municipality than the signed-in coordinator's (both named). */
export function municipalityMismatch(
  draft: DraftPlan,
  user: { readonly role?: string; readonly municipality?: string } | null,
): MunicipalityMismatch | undefined {
  if (!user || user.role !== 'coordinator' || !user.municipality || !draft.municipality) return undefined;
  if (draft.municipality.code === user.municipality) return undefined;
  const yours = KOMMUNER.find((k) => k.code === user.municipality);
  return {
    workbook: `${draft.municipality.name} (${draft.municipality.code})`,
    yours: yours ? `${yours.name} (${yours.code})` : user.municipality,
  };
}

// --- Issues and rows as places to correct -----------------------------------------------------------

export interface ValueTarget {
  readonly sheet: string;
  readonly cell: string;
  /** "activities.status", "checklist.answer", ... */
  readonly field: string;
  readonly id?: string;
  /** The value now, as the pane shows it (a list id, a date, a number as text). */
  readonly current: string;
}

/**
 * The field a row's issue is about when its code says so: a row-level issue is placed at the row's
 * first cell, which may hold another field (the late activity's cell is its deadline, but a missing
 * milestone is reported there too).
 */
const ISSUE_FIELD: Readonly<Record<string, string>> = {
  activity_late: 'deadline',
  milestone_missing: 'milestone',
  done_without_evaluation: 'evaluation',
  start_after_deadline: 'start',
  caseload_high: 'activeCases',
  indicator_small_number: 'cases',
};

type RowLike = {
  readonly values: Record<string, unknown>;
  readonly cells: Record<string, string | undefined>;
  readonly source: RowSource;
};

/** The value an issue is about, when it is a value of a row or a checklist answer the pane can correct. */
export function issueTarget(issue: Issue, draft: DraftPlan): ValueTarget | undefined {
  if (issue.cell === '') return undefined;
  const at = parseA1(issue.cell.replace(/\$/g, ''));
  for (const table of ['activities', 'corps', 'indicators'] as const) {
    for (const row of draft[table] as readonly RowLike[]) {
      if (row.source.sheet !== issue.sheet) continue;
      const cells = Object.entries(row.cells).filter((e): e is [string, string] => e[1] !== undefined);
      const byCell = cells.find(([, cell]) => sameCell({ sheet: issue.sheet, cell }, issue));
      if (!byCell && !(at && sourceHolds(row.source, at.r, at.c))) continue;
      const wanted = ISSUE_FIELD[issue.code];
      const hit = wanted !== undefined ? cells.find(([key]) => key === wanted) : byCell;
      if (!hit) return undefined;
      const [key, cell] = hit;
      return { sheet: issue.sheet, cell, field: `${table}.${key}`, current: show(row.values[key]) };
    }
  }
  const answer = draft.checklist.find((a) => a.place && sameCell(a.place, issue));
  if (answer) {
    return {
      sheet: issue.sheet,
      cell: issue.cell,
      field: 'checklist.answer',
      id: answer.id,
      current: answer.answer ?? '',
    };
  }
  return undefined;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** Where the i-th question's answer goes in the template's checklist sheet (an answer not found in the workbook). */
function templateAnswerPlace(i: number, lang: Lang): Place {
  const answerCol = CHECKLIST_SHEET.columns.findIndex((c) => c.field === 'answer');
  return { sheet: CHECKLIST_SHEET.sheet[lang], cell: a1(TABLE_HEADER_ROW + 1 + i, answerCol) };
}

export interface RowView {
  readonly key: string;
  readonly label: string;
  readonly fields: readonly ValueTarget[];
}

/** The rows of a table the pane can correct, each field with its cell (a field without a cell is left out). */
export function rowViews(draft: DraftPlan, table: EditableTable, lang: Lang): RowView[] {
  if (table === 'checklist') {
    return draft.checklist.map((a, i) => {
      const q = CHECKLIST.find((x) => x.id === a.id);
      const place: Place = a.place ?? templateAnswerPlace(i, lang);
      const text = q ? q.text[lang] : a.id;
      return {
        key: a.id,
        label: `${a.id}: ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`,
        fields:
          place.cell === ''
            ? []
            : [
                {
                  sheet: place.sheet,
                  cell: place.cell,
                  field: 'checklist.answer',
                  id: a.id,
                  current: a.answer ?? '',
                },
                {
                  sheet: place.sheet,
                  cell: place.cell,
                  field: 'checklist.comment',
                  id: a.id,
                  current: a.comment ?? '',
                },
              ],
      };
    });
  }
  const rows = draft[table] as readonly {
    values: Record<string, unknown>;
    cells: Record<string, string | undefined>;
    source: RowSource;
  }[];
  const first = table === 'activities' ? 'activity' : table === 'corps' ? 'initials' : 'name';
  return rows.map((r) => ({
    key: `${r.source.sheet}!${r.source.col === undefined ? '' : `c${r.source.col}:`}${r.source.row}`,
    label: `${r.source.sheet} ${sourceWhere(r.source)[lang]}: ${show(r.values[first]).slice(0, 60)}`,
    fields: editableColumns(table).flatMap((c) => {
      const cell = r.cells[c.field];
      return cell === undefined
        ? []
        : [{ sheet: r.source.sheet, cell, field: `${table}.${c.field}`, current: show(r.values[c.field]) }];
    }),
  }));
}

/** Checks a typed value before it becomes a correction: the message to show, or undefined when it fits. */
export function valueProblem(field: string, text: string, lang: Lang): string | undefined {
  if (text.trim() === '') return undefined;
  if (field.startsWith('cover.')) {
    const r = readCoverValue(field.slice(6) as CoverKey, text);
    return r.ok ? undefined : r.message[lang];
  }
  const r = readFieldValue(field, text);
  return r.ok ? undefined : r.message[lang];
}

// --- What a correction writes in Excel ------------------------------------------------------------

export type { CellWrite };

/** The value as a coordinator reads it in a cell: a list value by its label, a date as 15.03.2026. */
function cellValueOf(field: string, value: string | null, lang: Lang): string | number | null {
  if (value === null || value.trim() === '') return null;
  const spec = columnSpec(field);
  if (field.startsWith('cover.')) {
    const key = field.slice(6) as CoverKey;
    const read = readCoverValue(key, value);
    if (!read.ok) return value;
    if (key === 'municipality') return KOMMUNER.find((k) => k.code === read.value)?.name ?? read.value;
    const choice = listChoices(field, lang)?.find((c) => c.value === read.value);
    return choice ? choice.label : read.value;
  }
  const read = readFieldValue(field, value);
  if (!read.ok || !spec) return value;
  if (spec.kind === 'list')
    return listChoices(field, lang)?.find((c) => c.value === read.value)?.label ?? value;
  if (spec.kind === 'date' && typeof read.value === 'string') {
    const [y, m, d] = read.value.split('-');
    return `${d}.${m}.${y}`;
  }
  return read.value;
}

/**
 * The cell a value correction writes: its own cell. A checklist answer is written only in the
 * template's checklist (one answer column): in a coordinator's own checklist the answer may be an x
 * in one of three columns, and its comment has no cell of its own; such corrections stay held in
 * the pane and reach the workbook when it is structured (undefined).
 */
export function valueWrite(v: ValueCorrection, lang: Lang, structured: boolean): CellWrite | undefined {
  if (v.field === 'checklist.comment') return undefined;
  if (v.field === 'checklist.answer' && !structured) return undefined;
  return { sheet: v.sheet, cell: v.cell, value: cellValueOf(v.field, v.value, lang) };
}

/**
 * The cell a cover correction writes: the field's place, when that cell holds nothing but the
 * field's value (or nothing at all, or a value that could not be read there). A title that names
 * the municipality and the period among other words is not overwritten: undefined.
 */
export function coverWrite(
  key: CoverKey,
  value: string | null,
  draft: DraftPlan,
  grid: Grid,
  issues: readonly Issue[],
  lang: Lang,
): CellWrite | undefined {
  const place = draft.places[key];
  if (!place) return undefined;
  const shared = COVER_KEYS.some((k) => k !== key && draft.places[k] && sameCell(draft.places[k], place));
  if (shared) return undefined;
  const sheet = grid.sheets.find((s) => s.name === place.sheet);
  if (!sheet) return undefined;
  const at = parseA1(place.cell.replace(/\$/g, ''));
  const cell = at ? sheet.cells.find((c) => c.r === at.r && c.c === at.c) : undefined;
  const text = cellText(cell).trim();
  const unreadable = issues.some((i) => sameCell(i, place));
  if (text !== '' && !unreadable && !readCoverValue(key, text).ok) return undefined;
  return { sheet: place.sheet, cell: place.cell, value: cellValueOf(`cover.${key}`, value, lang) };
}
