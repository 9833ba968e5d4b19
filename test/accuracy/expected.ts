// The labelled corpus's answer key: what a careful human reads in each plan, and where it is.
// Every corpus file test/accuracy/corpus/NAME.xlsx has NAME.expected.json beside it, validated by
// `expectedSchema`. The scorer (test/accuracy/score.ts, `npm run accuracy`) holds the product's
// reading to it. Values use the canonical plan's ids (core/spec.ts): themes, statuses, answers,
// phases, ... and ISO dates.

import { z } from 'zod';

/** Where a value is: sheet and A1 cell. The sheet defaults to the row's sheet where there is one. */
const cell = z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/, 'an A1 cell address');

/**
 * One expected value.
 * - `value` is what a careful human reads; null when the plan gives none.
 * - `flag: true` marks a value a careful human cannot be sure of: with `value: null` (an undecidable
 *   date, "efterår") it is right only when the product gives no value and has an issue or a check at
 *   the cell; with a value (a traffic light without a legend: the usual reading, to be proposed and
 *   asked about) it is right only when the product gives that value and has an issue or a check at
 *   the cell.
 * - `alt` lists other readings that are just as right ("Hansen, Mette" beside "Mette Hansen").
 */
export const expectedValueSchema = z
  .object({
    value: z.union([z.string(), z.number(), z.null()]),
    sheet: z.string().min(1).optional(),
    cell,
    flag: z.literal(true).optional(),
    alt: z.array(z.union([z.string(), z.number()])).optional(),
    /** Why the value is what it is, for the reader of the answer key (not scored). */
    note: z.string().optional(),
  })
  .strict();
export type ExpectedValue = z.infer<typeof expectedValueSchema>;

export const ACTIVITY_FIELDS = ['theme', 'activity', 'status', 'start', 'deadline', 'responsible'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

export const COVER_FIELDS = [
  'municipality',
  'period',
  'phase',
  'coordinator',
  'leader',
  'organisation',
  'supervisionModel',
] as const;
export type CoverField = (typeof COVER_FIELDS)[number];

export const CORPS_FIELDS = ['initials', 'role', 'hoursPerWeek', 'activeCases'] as const;
export type CorpsField = (typeof CORPS_FIELDS)[number];

export const INDICATOR_FIELDS = ['code', 'name', 'unit', 'baseline', 'target', 'result', 'cases'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

const source = { sheet: z.string().min(1), row: z.number().int().positive() };

export const expectedActivitySchema = z
  .object({
    ...source,
    /**
     * A row of a formula's view (a spilled plan made of raw data kept on another sheet): the row of
     * that data it shows. A copy whose view a program could not calculate (errors where the plan
     * stood) is read by a careful reader from the data itself: the activity read at this row, where
     * none is read at the view's own row, is judged as the view's.
     */
    from: z.object(source).strict().optional(),
    /**
     * A plan laid on its side (the field names down a column, one COLUMN per activity): the
     * activity's column (letters); `row` is then the row of its activity text. Such an activity is
     * matched by the cell the two give, as others are by their row.
     */
    col: z
      .string()
      .regex(/^[A-Z]{1,3}$/)
      .optional(),
    /** All six fields, each with its place; null where the plan gives no value. */
    fields: z
      .object({
        theme: expectedValueSchema,
        activity: expectedValueSchema,
        status: expectedValueSchema,
        start: expectedValueSchema,
        deadline: expectedValueSchema,
        responsible: expectedValueSchema,
      })
      .strict(),
  })
  .strict();
export type ExpectedActivity = z.infer<typeof expectedActivitySchema>;

export const CHECKLIST_ID_LIST = [
  'F1',
  'F2',
  'F3',
  'F4',
  'F5',
  'F6',
  'F7',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'L6',
  'L7',
  'L8',
] as const;

export type ChecklistIdKey = (typeof CHECKLIST_ID_LIST)[number];

export const expectedChecklistSchema = z
  .object({
    id: z.enum(CHECKLIST_ID_LIST),
    answer: expectedValueSchema.refine(
      (v) => v.value === null || v.value === 'yes' || v.value === 'partly' || v.value === 'no',
      'yes, partly, no or null',
    ),
    /** The comment kept beside the answer, where the plan gives one. */
    comment: expectedValueSchema.optional(),
  })
  .strict();

export const expectedCorpsSchema = z
  .object({
    ...source,
    fields: z
      .object({
        initials: expectedValueSchema.optional(),
        role: expectedValueSchema.optional(),
        hoursPerWeek: expectedValueSchema.optional(),
        activeCases: expectedValueSchema.optional(),
      })
      .strict(),
  })
  .strict();

export const expectedIndicatorSchema = z
  .object({
    ...source,
    fields: z
      .object({
        code: expectedValueSchema.optional(),
        name: expectedValueSchema.optional(),
        unit: expectedValueSchema.optional(),
        baseline: expectedValueSchema.optional(),
        target: expectedValueSchema.optional(),
        result: expectedValueSchema.optional(),
        cases: expectedValueSchema.optional(),
      })
      .strict(),
  })
  .strict();

export const expectedSchema = z
  .object({
    /** The workbook beside this file. */
    file: z.string().regex(/\.xlsx$/),
    /**
     * What made the workbook: "libreoffice-fods", "libreoffice-csv", "hand-built", "sheetjs", or
     * korpsplan's own template filled in with openpyxl ("openpyxl"), then saved again by LibreOffice
     * ("openpyxl-libreoffice").
     */
    tool: z.enum([
      'libreoffice-fods',
      'libreoffice-csv',
      'hand-built',
      'sheetjs',
      'openpyxl',
      'openpyxl-libreoffice',
    ]),
    /** One line about the plan, and the kinds of issue 11 §1 it holds. */
    description: z.string().min(1),
    kinds: z.array(z.string().min(1)).min(1),
    cover: z
      .object({
        municipality: expectedValueSchema.optional(),
        period: expectedValueSchema.optional(),
        phase: expectedValueSchema.optional(),
        coordinator: expectedValueSchema.optional(),
        leader: expectedValueSchema.optional(),
        organisation: expectedValueSchema.optional(),
        supervisionModel: expectedValueSchema.optional(),
      })
      .strict(),
    activities: z.array(expectedActivitySchema).min(1),
    /** All 15 ids when the plan has a checklist; absent when it has none. */
    checklist: z
      .array(expectedChecklistSchema)
      .refine(
        (items) => items.length === 15 && new Set(items.map((i) => i.id)).size === 15,
        'all 15 checklist ids, each once',
      )
      .optional(),
    corps: z.array(expectedCorpsSchema).optional(),
    indicators: z.array(expectedIndicatorSchema).optional(),
    /** Rows that hold content but are not activities (totals, notes, legends), for the reader. */
    notActivities: z
      .array(z.object({ sheet: z.string(), row: z.number().int().positive(), why: z.string() }).strict())
      .optional(),
  })
  .strict();
export type Expected = z.infer<typeof expectedSchema>;

/** Reads and checks an answer key; throws with zod's message naming the broken field. */
export function parseExpected(json: unknown): Expected {
  return expectedSchema.parse(json);
}
