// What an inspection worker does with an upload, and the messages it exchanges with the pool: the
// CPU-heavy part of a request (intake, structuring, validation, and for /api/structure the
// rendering of the template layout), which must not run on the request loop (see ./pool.ts).

import { z } from 'zod';
import { RefusalError, REFUSAL_CODES, type RefusalCode } from '../../../core/codes';
import { FILE_NAME_CHARACTERS } from '../../../core/contract';
import { inspectBytes } from '../../../core/inspect';
import { readHistory, type PlanHistory } from '../../../core/nextPeriod';
import { correctionsSchema } from '../../../core/corrections-schema';
import type { Issue, Plan } from '../../../core/schema';
import { rememberedSchema } from '../../../core/remembered-schema';

/** Intake limits a job may set (the handlers set the size limit; tests may lift the others). */
const limitsSchema = z
  .record(z.string(), z.union([z.number().nonnegative(), z.literal(Infinity)]))
  .optional();

const inspectOptionsSchema = z.object({
  today: z.string().optional(),
  limits: limitsSchema,
  /** The caller's municipality's remembered corrections (core/remembered.ts), applied while reading. */
  remembered: rememberedSchema.optional(),
  /** The upload's file name: a hint for the municipality and half-year (core/structure/cover.ts). */
  fileName: z
    .string()
    .max(FILE_NAME_CHARACTERS * 2)
    .optional(),
});

const structureOptionsSchema = inspectOptionsSchema.extend({
  lang: z.enum(['da', 'en']),
  /** When the structured workbook says it was made (ISO). */
  now: z.string(),
  columnOverrides: z.array(z.object({ sheet: z.string(), col: z.number(), field: z.string().nullable() })),
  /** Everything the coordinator corrected in the pane (checked again: the worker is a boundary too). */
  corrections: correctionsSchema.optional(),
});

export type InspectJobOptions = z.input<typeof inspectOptionsSchema>;
export type StructureJobOptions = z.input<typeof structureOptionsSchema>;

export const jobSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.number().int(),
    kind: z.literal('inspect'),
    bytes: z.instanceof(Uint8Array),
    options: inspectOptionsSchema,
  }),
  z.object({
    id: z.number().int(),
    kind: z.literal('structure'),
    bytes: z.instanceof(Uint8Array),
    options: structureOptionsSchema,
  }),
]);
export type Job = z.infer<typeof jobSchema>;

export interface InspectOutcome {
  readonly plan: Plan | null;
  readonly issues: readonly Issue[];
  /** The template version the workbook names (also when it makes no plan). */
  readonly templateVersion?: string;
  /** The history sheet of a workbook started as a next half-year (core/nextPeriod.ts), if it has one. */
  readonly history?: PlanHistory;
}

export interface StructureOutcome {
  readonly issues: readonly Issue[];
  /** Activities the plan was read with (for the log line). */
  readonly activities: number;
  /** The workbook in the template layout; null when a CPR-like number was found (nothing written). */
  readonly workbook: Uint8Array | null;
}

type Structured = typeof import('../../../workbook/structured');

const refusalCodes = Object.keys(REFUSAL_CODES) as [RefusalCode, ...RefusalCode[]];

/** A worker's answer to one job. Results are checked as a shape, not field by field: they come from our own code. */
export const replySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('done'), id: z.number().int(), result: z.record(z.string(), z.unknown()) }),
  z.object({
    kind: z.literal('refused'),
    id: z.number().int(),
    code: z.enum(refusalCodes),
    message: z.object({ da: z.string(), en: z.string() }),
  }),
  z.object({ kind: z.literal('failed'), id: z.number().int(), name: z.string(), message: z.string() }),
]);
export type Reply = z.infer<typeof replySchema>;

export function runInspect(bytes: Uint8Array, options: InspectJobOptions): InspectOutcome {
  const result = inspectBytes(bytes, options);
  const named = result.structure.draft.templateVersion;
  const history = readHistory(result.grid);
  return {
    plan: result.plan,
    issues: result.issues,
    ...(named !== undefined ? { templateVersion: named } : {}),
    ...(history.from.length > 0 ? { history } : {}),
  };
}

export async function runStructure(
  bytes: Uint8Array,
  options: StructureJobOptions,
): Promise<StructureOutcome> {
  const result = inspectBytes(bytes, options);
  const activities = result.structure.draft.activities.length;
  // A workbook with a CPR-like number is not rendered: only the places of the numbers go back.
  if (result.issues.some((i) => i.code === 'cpr_number')) {
    return { issues: result.issues, activities, workbook: null };
  }
  // Loaded on the first structure job only, so a worker that only inspects never loads exceljs. A
  // require, not import(): in a worker run from the sources, import() would bypass tsx's CommonJS
  // hook (and bundled, esbuild makes this a lazily run part of the bundle all the same).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { writeStructuredWorkbook } = require('../../../workbook/structured') as Structured;
  // The original sheets are kept beside the template, with their formatting (the original bytes go
  // through the intake again inside the writer, with the limits this job was read with).
  const { bytes: workbook } = await writeStructuredWorkbook(
    options.lang,
    { draft: result.structure.draft, grid: result.grid, notCarried: result.structure.notCarried },
    { created: new Date(options.now), original: bytes, limits: options.limits ?? {} },
  );
  return { issues: result.issues, activities, workbook };
}

/** Runs one job; never throws (a refusal and a failure are answers too). */
export async function runJob(job: Job): Promise<{ reply: Reply; transfer: ArrayBuffer[] }> {
  try {
    if (job.kind === 'inspect') {
      const result = runInspect(job.bytes, job.options);
      return { reply: { kind: 'done', id: job.id, result: { ...result } }, transfer: [] };
    }
    const result = await runStructure(job.bytes, job.options);
    const workbook = result.workbook === null ? null : exact(result.workbook);
    return {
      reply: { kind: 'done', id: job.id, result: { ...result, workbook } },
      transfer: workbook === null ? [] : [workbook.buffer as ArrayBuffer],
    };
  } catch (err) {
    if (err instanceof RefusalError) {
      return {
        reply: { kind: 'refused', id: job.id, code: err.code, message: err.userMessage },
        transfer: [],
      };
    }
    // Only the kind of error and its first line go back: the pool logs nothing a workbook said.
    const name = err instanceof Error ? err.name : typeof err;
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '').slice(0, 300) : '';
    return { reply: { kind: 'failed', id: job.id, name, message }, transfer: [] };
  }
}

/** Bytes in a buffer of their own, so the buffer can be transferred without carrying anything else. */
export function exact(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
