// The schemas of a person's corrections (core/corrections.ts): what every boundary that takes
// corrections parses with — the service's POST /api/structure header and its inspection jobs, the
// CLI's --set and --phase, the pane before it applies a correction. The functions that apply
// corrections (applyCover, applyCorrections) take the parsed, typed values: they are on the intake
// path, which loads no zod (test/core/intake-without-zod.test.ts).

import { z } from 'zod';
import { CORRECTABLE_FIELDS, EMAIL_MAX, PERSON_NAME_MAX } from './corrections';
import { parsePeriod } from './normalize';
import { listSchema, periodSchema } from './schema';
import {
  CHECKLIST_IDS,
  FIRST_PERIOD_YEAR,
  LAST_PERIOD_YEAR,
  TEMPLATE_VERSIONS,
  type ChecklistId,
} from './spec';
import { holdsCpr } from './redact';

const NO_CPR = {
  message: 'looks like a CPR number: korpsplan never takes personal identity numbers',
};

const personName = z
  .string()
  .trim()
  .min(1)
  .max(PERSON_NAME_MAX)
  .refine((v) => !holdsCpr(v), NO_CPR);
// core/corrections.ts and core/plan.ts read an e-mail with the same pattern (EMAIL_PATTERN, core/spec.ts).
const email = z
  .string()
  .trim()
  .email()
  .max(EMAIL_MAX)
  .refine((v) => !holdsCpr(v), NO_CPR);

/**
 * Cover values set by a person, by the canonical plan's ids (a municipality by its code, a period
 * as 2026-H2). A field that is absent is left as read; `null` clears what was read.
 */
export const coverValuesSchema = z
  .object({
    municipality: listSchema('municipality').nullable().optional(),
    period: periodSchema
      .refine((v) => parsePeriod(v)?.id === v, `a half-year from ${FIRST_PERIOD_YEAR} to ${LAST_PERIOD_YEAR}`)
      .nullable()
      .optional(),
    phase: listSchema('phase').nullable().optional(),
    coordinatorName: personName.nullable().optional(),
    coordinatorEmail: email.nullable().optional(),
    leaderName: personName.nullable().optional(),
    leaderEmail: email.nullable().optional(),
    organisation: listSchema('organisation').nullable().optional(),
    supervisionModel: listSchema('supervisionModel').nullable().optional(),
  })
  .strict();
export type CoverValues = z.infer<typeof coverValuesSchema>;

const A1 = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/;
const MAX_CORRECTIONS = 2_000;
const MAX_VALUE = 2_000;

const sheetName = z.string().min(1).max(31);
const cellRefSchema = z.object({ sheet: sheetName, cell: z.string().regex(A1) }).strict();
export type CellRef = z.infer<typeof cellRefSchema>;

const FIELD_SET = new Set(CORRECTABLE_FIELDS);

const fieldSchema = z.string().refine((f) => FIELD_SET.has(f), 'a field of the plan, e.g. activities.status');

export const valueCorrectionSchema = z
  .object({
    sheet: sheetName,
    cell: z.string().regex(A1),
    field: fieldSchema,
    /** As a person typed or chose it (a list value by id or label); null clears the value. */
    value: z
      .string()
      .max(MAX_VALUE)
      .refine((v) => !holdsCpr(v), NO_CPR)
      .nullable(),
    /** For a checklist answer: the question (when its place is not known to the draft). */
    id: z.enum(CHECKLIST_IDS as unknown as [ChecklistId, ...ChecklistId[]]).optional(),
  })
  .strict();
export type ValueCorrection = z.infer<typeof valueCorrectionSchema>;

/** A value that did not land in the plan, placed in a field by a person ("brug som: …"). */
export const placementSchema = z
  .object({ sheet: sheetName, cell: z.string().regex(A1), field: fieldSchema })
  .strict();
export type Placement = z.infer<typeof placementSchema>;

const columnOverrideSchema = z
  .object({
    sheet: sheetName,
    col: z.number().int().min(0).max(16383),
    field: z.string().min(1).max(60).nullable(),
  })
  .strict();

export const correctionsSchema = z
  .object({
    cover: coverValuesSchema,
    columns: z.array(columnOverrideSchema).max(MAX_CORRECTIONS),
    values: z.array(valueCorrectionSchema).max(MAX_CORRECTIONS),
    placed: z.array(placementSchema).max(MAX_CORRECTIONS),
    dismissed: z.array(cellRefSchema).max(MAX_CORRECTIONS),
    /** Checklist answers carried from the previous half-year that the coordinator confirmed. */
    confirmed: z
      .array(z.enum(CHECKLIST_IDS as unknown as [ChecklistId, ...ChecklistId[]]))
      .max(CHECKLIST_IDS.length)
      .optional(),
    /** "Opdater til skabelon 1.1": the template version to write the workbook in (core/migrate.ts). */
    templateVersion: z.enum(TEMPLATE_VERSIONS).optional(),
  })
  .strict();
export type Corrections = z.infer<typeof correctionsSchema>;
