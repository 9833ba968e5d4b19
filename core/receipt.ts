// The receipt a coordinator gets for an accepted submission, and the stored record the summary reads.

import { z } from 'zod';
import { issueSchema, periodSchema, planSchema } from './schema';
import { listSchema } from './schema';
import { CHECKLIST_IDS, checklistCounts, checklistFor, versionOf } from './spec';

export const receiptSchema = z.object({
  /** Time-ordered id made by the server. */
  submissionId: z.string().min(1),
  municipality: z.object({ code: listSchema('municipality'), name: z.string().min(1) }),
  period: periodSchema,
  /** ISO 8601 date-time (UTC). */
  receivedAt: z.string().datetime(),
  /** Hex SHA-256 of the submitted file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  templateVersion: z.string().min(1),
  counts: z.object({
    activities: z.number().int().nonnegative(),
    late: z.number().int().nonnegative(),
    /** Answered questions of the plan's own template version. */
    checklistAnswered: z.number().int().min(0).max(CHECKLIST_IDS.length),
    /** How many questions the plan's template version has (absent in receipts before 1.1). */
    checklistQuestions: z.number().int().min(1).max(CHECKLIST_IDS.length).optional(),
  }),
  warnings: z.array(issueSchema),
  /** The coordinator's short explanation of the warnings, if any. */
  note: z.string().max(1000).optional(),
  /** Who submitted (display name), never a CPR number. */
  submittedBy: z.string().optional(),
  /**
   * Notes sent later with the same canonical plan (a resubmission that changed only the note),
   * oldest first. The stored receipt is written once; these are kept beside it, and `note` shows
   * the newest of them where a receipt is read.
   */
  notes: z
    .array(z.object({ note: z.string().max(1000), at: z.string().datetime(), by: z.string().optional() }))
    .optional(),
});
export type Receipt = z.infer<typeof receiptSchema>;

/** A stored submission as the summary reads it: the receipt and the canonical plan, never the original file. */
export const storedPlanSchema = z.object({ receipt: receiptSchema, plan: planSchema });
export type StoredPlan = z.infer<typeof storedPlanSchema>;

export { checklistCounts };

/** "12/16": a receipt's checklist count, also for receipts written before the count of questions was kept. */
export function checklistCountText(receipt: Pick<Receipt, 'templateVersion' | 'counts'>): string {
  const total = receipt.counts.checklistQuestions ?? checklistFor(versionOf(receipt.templateVersion)).length;
  return `${receipt.counts.checklistAnswered}/${total}`;
}
