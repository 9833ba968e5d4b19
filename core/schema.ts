// The canonical plan (DOMAIN.md "Canonical plan (JSON)") as zod schemas, derived from the template
// specification: each table row's schema is built from its sheet's columns, each list from its
// fixed list. Field names are fixed; new optional fields may be added.

import { z } from 'zod';
import { isCheckField, type CheckField } from './checkFields';
import { isIsoDate } from './dates';
import {
  ACTIVITIES_SHEET,
  CHECKLIST_IDS,
  COMMUNICATION_SHEET,
  CORPS_SHEET,
  FRONT_SHEET,
  INDICATORS_SHEET,
  LISTS,
  PERIOD_PATTERN,
  ROLES_SHEET,
  type ChecklistId,
  type ColumnSpec,
  type FrontFieldKey,
  type ListId,
} from './spec';

export const isoDate = z.string().refine(isIsoDate, 'a calendar date written YYYY-MM-DD');

type ListIds<L extends ListId> = (typeof LISTS)[L][number]['id'];

export function listSchema<L extends ListId>(list: L): z.ZodEnum<{ [K in ListIds<L>]: K }> {
  const ids = (LISTS[list] as readonly { id: string }[]).map((v) => v.id);
  return z.enum(ids as [ListIds<L>, ...ListIds<L>[]]);
}

// --- Deriving row schemas from column specs -----------------------------------------------------

type KindSchema<C extends ColumnSpec> = C['kind'] extends 'list'
  ? C['list'] extends ListId
    ? z.ZodEnum<{ [K in ListIds<C['list']>]: K }>
    : never
  : C['kind'] extends 'number' | 'integer'
    ? z.ZodNumber
    : z.ZodString;

type ColumnSchema<C extends ColumnSpec> = C['required'] extends true
  ? KindSchema<C>
  : z.ZodOptional<KindSchema<C>>;

type RowShape<Cols extends readonly ColumnSpec[]> = {
  [C in Cols[number] as C['field']]: ColumnSchema<C>;
};

function kindSchema(col: ColumnSpec): z.ZodType {
  switch (col.kind) {
    case 'list':
      if (!col.list) throw new Error(`Column ${col.field} is a list without a list id`);
      return listSchema(col.list);
    case 'number':
      return z.number().finite().nonnegative();
    case 'integer':
      return z.number().int().nonnegative();
    case 'date':
      return isoDate;
    case 'email':
      return z.string().email();
    case 'text':
      return z.string().trim().min(1);
  }
}

export function rowSchema<const Cols extends readonly ColumnSpec[]>(
  columns: Cols,
): z.ZodObject<RowShape<Cols>> {
  const shape: Record<string, z.ZodType> = {};
  for (const col of columns) {
    const s = kindSchema(col);
    shape[col.field] = col.required ? s : s.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<RowShape<Cols>>;
}

// --- The plan ---------------------------------------------------------------------------------

/** Where a row came from; `col`: an activity of a plan laid on its side, one column per activity. */
export const sourceSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  col: z.number().int().positive().optional(),
});

export const activitySchema = rowSchema(ACTIVITIES_SHEET.columns).extend({ source: sourceSchema });

export const checklistAnswerSchema = z.object({
  id: z.enum(CHECKLIST_IDS as [ChecklistId, ...ChecklistId[]]),
  answer: listSchema('answer').nullable(),
  comment: z.string().optional(),
});

export const roleSchema = rowSchema(ROLES_SHEET.columns);
export const corpsMemberSchema = rowSchema(CORPS_SHEET.columns);
export const indicatorSchema = rowSchema(INDICATORS_SHEET.columns);
export const communicationSchema = rowSchema(COMMUNICATION_SHEET.columns);
export const needsAnswerSchema = z.object({ id: z.string().min(1), answer: z.string() });

const person = z.object({ name: z.string().trim().min(1), email: z.string().email().optional() });

export const periodSchema = z.string().regex(PERIOD_PATTERN, 'YYYY-H1 or YYYY-H2');

export const planSchema = z.object({
  templateVersion: z.string().min(1),
  municipality: z.object({ code: listSchema('municipality'), name: z.string().min(1) }),
  period: periodSchema,
  phase: listSchema('phase'),
  coordinator: person.optional(),
  leader: person.optional(),
  organisation: listSchema('organisation').optional(),
  supervisionModel: listSchema('supervisionModel').optional(),
  activities: z.array(activitySchema),
  checklist: z
    .array(checklistAnswerSchema)
    .refine(
      (items) =>
        items.length === CHECKLIST_IDS.length && CHECKLIST_IDS.every((id) => items.some((i) => i.id === id)),
      `all ${CHECKLIST_IDS.length} checklist ids, each once`,
    ),
  roles: z.array(roleSchema),
  corps: z.array(corpsMemberSchema),
  indicators: z.array(indicatorSchema),
  communication: z.array(communicationSchema),
  needsAnalysis: z.array(needsAnswerSchema),
});

export type Plan = z.infer<typeof planSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;
export type Role = z.infer<typeof roleSchema>;
export type CorpsMember = z.infer<typeof corpsMemberSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Communication = z.infer<typeof communicationSchema>;
export type NeedsAnswer = z.infer<typeof needsAnswerSchema>;

// --- Validation issues ------------------------------------------------------------------------

export const messageSchema = z.object({ da: z.string().min(1), en: z.string().min(1) });
export type Message = z.infer<typeof messageSchema>;

export const issueSchema = z.object({
  code: z.string().min(1),
  severity: z.enum(['error', 'warning']),
  sheet: z.string(),
  cell: z.string(),
  message: messageSchema,
});
export type Issue = z.infer<typeof issueSchema>;

export const unmappedSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  value: z.string(),
  /**
   * Why a cell was left out with others of its kind: a multi-year plan's later (or earlier) year's
   * column group, or a row planned for a later year. The group's heading or year as `label`; the
   * pane and the report show such cells as one line per group (core/unplaced.ts).
   */
  leftOut: z
    .object({ kind: z.enum(['laterColumns', 'earlierColumns', 'laterRows']), label: z.string() })
    .optional(),
});
export type Unmapped = z.infer<typeof unmappedSchema>;

/**
 * A value that was read with less than certainty (a guess from a colour, a year taken from the
 * title, a column told by its values, a theme matched by meaning): shown to the coordinator for a
 * check. A value that is wrong is never silent: it has an issue or a check at its cell.
 */
export const readCheckSchema = z.object({
  sheet: z.string(),
  /** A1 address of the cell the value was read from ('' when it is not one cell, e.g. a column). */
  cell: z.string(),
  /**
   * What the value is for: "activities.status", "activities.deadline", "checklist.F3", "cover.period",
   * or a check about the workbook, "column", "sheet" ... (core/checkFields.ts, which names each).
   */
  field: z.custom<CheckField>((v) => typeof v === 'string' && isCheckField(v), {
    message: 'not a field of the plan nor a kind of check (core/checkFields.ts)',
  }),
  /** The value as read, for display (masked: never a CPR number). */
  value: z.string(),
  /** 0..1; below 1 means "please check". */
  confidence: z.number().min(0).max(1),
  /** Why it is uncertain, in Danish and English. */
  reason: z.object({ da: z.string(), en: z.string() }),
});
export type ReadCheck = z.infer<typeof readCheckSchema>;

/** What `korpsplan inspect --json` prints, and what the add-in and the server work from. */
export const inspectionSchema = z.object({
  plan: planSchema.nullable(),
  issues: z.array(issueSchema),
  unmapped: z.array(unmappedSchema),
  /** Values read with less than certainty, for the coordinator to check (absent in older output). */
  checks: z.array(readCheckSchema).optional(),
});
export type Inspection = z.infer<typeof inspectionSchema>;

// --- What was read: the draft with its places (`korpsplan inspect --json`) ----------------------
// The draft (core/draft.ts) holds the values as read, before the plan's rules judge them: a row may
// lack a required value, so every column is optional here and only its kind is checked (text, list
// ids and dates as strings, numbers as numbers). Each row says where it came from (`source`) and
// where each of its values is (`cells`, A1); the cover fields where they were found or belong.

export const placeSchema = z.object({ sheet: z.string(), cell: z.string() });

const FRONT_KEYS = FRONT_SHEET.fields.map((f) => f.key) as [FrontFieldKey, ...FrontFieldKey[]];

function draftRowSchema(columns: readonly ColumnSpec[]) {
  const values: Record<string, z.ZodType> = {};
  for (const col of columns) {
    values[col.field] = (
      col.kind === 'number' || col.kind === 'integer' ? z.number() : z.string()
    ).optional();
  }
  return z.object({
    values: z.object(values),
    source: sourceSchema,
    cells: z.partialRecord(z.enum(columns.map((c) => c.field) as [string, ...string[]]), z.string()),
  });
}

const draftPerson = z.object({ name: z.string(), email: z.string().optional() });

export const draftPlanSchema = z.object({
  templateVersion: z.string().optional(),
  municipality: z.object({ code: z.string(), name: z.string() }).optional(),
  period: z.string().optional(),
  phase: listSchema('phase').optional(),
  coordinator: draftPerson.optional(),
  leader: draftPerson.optional(),
  organisation: listSchema('organisation').optional(),
  supervisionModel: listSchema('supervisionModel').optional(),
  places: z.partialRecord(z.enum(FRONT_KEYS), placeSchema),
  planTable: z.object({ sheet: z.string(), headerRow: z.number().int().nonnegative() }).optional(),
  activities: z.array(draftRowSchema(ACTIVITIES_SHEET.columns)),
  checklist: z.array(
    z.object({
      id: z.enum(CHECKLIST_IDS as [ChecklistId, ...ChecklistId[]]),
      answer: listSchema('answer').nullable(),
      comment: z.string().optional(),
      place: placeSchema.optional(),
    }),
  ),
  roles: z.array(draftRowSchema(ROLES_SHEET.columns)),
  corps: z.array(draftRowSchema(CORPS_SHEET.columns)),
  indicators: z.array(draftRowSchema(INDICATORS_SHEET.columns)),
  communication: z.array(draftRowSchema(COMMUNICATION_SHEET.columns)),
  needsAnalysis: z.array(z.object({ id: z.string(), answer: z.string(), place: placeSchema.optional() })),
});
export type DraftJson = z.infer<typeof draftPlanSchema>;

/**
 * What `korpsplan inspect --json` prints: the inspection (its keys unchanged, so older readers such
 * as `korpsplan merge` keep working) and what was read beside it. `plan` is the canonical plan
 * when the draft makes one, else null; `draft` is always what was read, with its places, except
 * for a workbook that holds a CPR number (null: nothing read from it is printed).
 */
export const inspectOutputSchema = inspectionSchema.extend({
  draft: draftPlanSchema.nullable(),
  checks: z.array(readCheckSchema),
});
export type InspectOutput = z.infer<typeof inspectOutputSchema>;
