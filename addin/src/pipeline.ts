// The two things both the task pane and the ribbon's Indsend command do: read and check the workbook,
// and submit it. Written against WorkbookHost, KorpsplanApi and Auth only, so the Office add-in and
// the web page run the very same steps.

import type { Grid } from '../../core/grid';
import type { RememberedEntries } from '../../core/remembered';
import type { ColumnOverride } from '../../core/draft';
import { isEmptyCorrections, type Corrections } from '../../core/corrections';
import { hasErrors, Inspector, type InspectResult } from '../../core/inspect';
import type { Issue } from '../../core/schema';
import type { Receipt } from '../../core/receipt';
import type { Lang } from '../../core/spec';
import { ApiError, type ApiFailure, type KorpsplanApi } from './api';
import { sha256Hex } from './common/bytes';
import { FileReadError, FileTooLargeError, type WorkbookHost } from './host';
import { SignInCancelled, type Auth } from './auth/types';
import { templateMarker } from './common/template';
import { maskCprDeep } from '../../core/validate/cpr';

import { MAX_UPLOAD_BYTES, NOTE_MAX } from './limits';
import type { RoundAfterSubmit } from './notice';
import { logError } from './log';

export { MAX_UPLOAD_BYTES, NOTE_MAX };

export interface Inspected {
  readonly grid: Grid;
  readonly result: InspectResult;
  /** The workbook already has the template's sheets (structured earlier). */
  readonly structured: boolean;
}

export interface InspectInput {
  readonly columnOverrides?: readonly ColumnOverride[];
  /** The coordinator's corrections (core/corrections.ts), applied before validation. */
  readonly corrections?: Corrections;
  /** The municipality's remembered corrections (core/remembered.ts), applied while reading. */
  readonly remembered?: RememberedEntries;
  /** YYYY-MM-DD; defaults to today in Denmark. */
  readonly today?: string;
  /** The workbook's file name: a hint for the municipality and half-year (core/structure/cover.ts). */
  readonly fileName?: string;
}

export async function inspectWorkbook(host: WorkbookHost, input: InspectInput = {}): Promise<Inspected> {
  const grid = await host.readGrid();
  return inspectGridWith(grid, { ...fileNameOf(host), ...input });
}

/** The host's file name as an InspectInput part: a hint for the municipality and half-year. */
export function fileNameOf(host: WorkbookHost): { fileName?: string } {
  const name = host.workbookName();
  return name !== undefined && name !== '' ? { fileName: name } : {};
}

/**
 * One inspector for the page: a correction re-inspects the same grid, whose structuring is kept and
 * whose validation is incremental (core/inspect.ts Inspector).
 */
const inspector = new Inspector();

export function inspectGridWith(grid: Grid, input: InspectInput = {}): Inspected {
  const result = inspector.inspect(grid, {
    ...(input.columnOverrides && input.columnOverrides.length > 0
      ? { columnOverrides: input.columnOverrides }
      : {}),
    ...(input.corrections && !isEmptyCorrections(input.corrections)
      ? { corrections: input.corrections }
      : {}),
    ...(input.remembered ? { remembered: input.remembered } : {}),
    ...(input.today ? { today: input.today } : {}),
    ...(input.fileName !== undefined ? { fileName: input.fileName } : {}),
  });
  return { grid, result: shown(result), structured: templateMarker(grid) !== undefined };
}

/**
 * What the page shows of a workbook that holds a CPR number: the values as read with every CPR
 * number masked ("[CPR fjernet]"), where the command line and the service show none of them; the
 * issues name the places, so the coordinator finds and removes them in the workbook.
 */
function shown(result: InspectResult): InspectResult {
  if (!result.issues.some((i) => i.code === 'cpr_number')) return result;
  const before = result.structure.draft as unknown as Record<string, unknown>;
  let draft: Record<string, unknown> | undefined;
  for (const key of Object.keys(before)) {
    const value = before[key];
    const masked = Array.isArray(value) ? maskRows(value) : maskCprDeep(value);
    if (masked !== value) (draft ??= { ...before })[key] = masked;
  }
  if (draft === undefined) return result;
  return {
    ...result,
    structure: { ...result.structure, draft: draft as unknown as typeof result.structure.draft },
  };
}

/**
 * A table's rows with the CPR numbers in their values masked. A row is copied with its prototype:
 * a row read in its table's columns finds its places there (core/draft.ts lazyRow).
 */
function maskRows(rows: readonly unknown[]): readonly unknown[] {
  let out: unknown[] | undefined;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    if (row === null || typeof row !== 'object' || !('values' in row)) {
      const masked = maskCprDeep(row);
      if (masked !== row) (out ??= rows.slice())[k] = masked;
      continue;
    }
    const values = maskCprDeep(row.values);
    if (values === row.values) continue;
    (out ??= rows.slice())[k] = Object.assign(
      Object.create(Object.getPrototypeOf(row) as object) as object,
      row,
      {
        values,
      },
    );
  }
  return out ?? rows;
}

export type SubmitOutcome =
  | {
      readonly kind: 'accepted';
      readonly receipt: Receipt;
      /** false: the service already had exactly this file and gave its receipt again. */
      readonly created: boolean;
      /** The receipt was written into the cover sheet. */
      readonly recorded: boolean;
      /** Why writing the receipt into the workbook failed (the submission itself succeeded). */
      readonly recordError?: string;
    }
  /** Errors in the plan (found here before anything was sent). */
  | { readonly kind: 'blocked'; readonly issues: readonly Issue[] }
  /** Column corrections exist that only structuring puts into the file the service reads. */
  | { readonly kind: 'needsStructure' }
  | { readonly kind: 'signedOut' }
  | { readonly kind: 'tooLarge'; readonly size: number; readonly limit: number }
  | { readonly kind: 'readFailed'; readonly detail: string }
  | { readonly kind: 'failure'; readonly failure: ApiFailure };

export interface SubmitDeps {
  readonly host: WorkbookHost;
  readonly api: KorpsplanApi;
  readonly auth: Auth;
}

export interface SubmitInput extends InspectInput {
  readonly lang: Lang;
  readonly note?: string;
  /** May a sign-in window open (task pane: yes; ribbon command: only through a dialog). */
  readonly interactive: boolean;
  /**
   * Excel: every value and cover correction is written in its cell (so the file carries them). When
   * false, the plan must be structured before it is submitted. Not used on the web page, where the
   * corrections go to the service with the file (POST /api/structure) and the structured bytes are
   * submitted.
   */
  readonly correctionsInFile?: boolean;
}

/** The same file and note always get the same key, so retrying after a lost answer gives the same receipt. */
export async function idempotencyKey(bytes: Uint8Array, note: string | undefined): Promise<string> {
  const noteBytes = new TextEncoder().encode(`\u0000${note ?? ''}`);
  const all = new Uint8Array(bytes.length + noteBytes.length);
  all.set(bytes);
  all.set(noteBytes, bytes.length);
  return `kp-${(await sha256Hex(all)).slice(0, 48)}`;
}

/** Checks, reads and submits the workbook; every way it can end is an outcome, never a thrown error, except programming errors. */
export async function submitPlan(deps: SubmitDeps, input: SubmitInput): Promise<SubmitOutcome> {
  const { host, api, auth } = deps;
  const inspected = await inspectWorkbook(host, input);
  const corrections =
    input.corrections && !isEmptyCorrections(input.corrections) ? input.corrections : undefined;
  // The web page sends its corrections with the file: the service structures it with them and the
  // structured bytes are submitted, so the service re-reads and re-checks exactly what it stores.
  const viaService = corrections !== undefined && !host.capabilities.structureInPlace;
  if (!viaService) {
    const columns = (input.columnOverrides?.length ?? 0) + (corrections?.columns.length ?? 0);
    if (columns > 0 && !inspected.structured) return { kind: 'needsStructure' };
    if (corrections && input.correctionsInFile === false) return { kind: 'needsStructure' };
  }
  if (hasErrors(inspected.result.issues)) {
    return { kind: 'blocked', issues: inspected.result.issues.filter((i) => i.severity === 'error') };
  }

  if ((await auth.token()) === null) {
    if (!input.interactive) return { kind: 'signedOut' };
    try {
      await auth.signIn();
    } catch (err) {
      if (err instanceof SignInCancelled) return { kind: 'signedOut' };
      throw err;
    }
  }

  let bytes: Uint8Array;
  try {
    bytes = await host.readFile(MAX_UPLOAD_BYTES);
  } catch (err) {
    if (err instanceof FileTooLargeError) return { kind: 'tooLarge', size: err.size, limit: err.limit };
    if (err instanceof FileReadError) return { kind: 'readFailed', detail: err.message };
    throw err;
  }

  if (viaService) {
    try {
      bytes = await api.structure(bytes, input.lang, corrections, host.workbookName());
    } catch (err) {
      if (err instanceof ApiError) {
        return err.failure.kind === 'signedOut'
          ? { kind: 'signedOut' }
          : { kind: 'failure', failure: err.failure };
      }
      throw err;
    }
    if (bytes.length > MAX_UPLOAD_BYTES)
      return { kind: 'tooLarge', size: bytes.length, limit: MAX_UPLOAD_BYTES };
  }

  const note = input.note?.trim() ? input.note.trim().slice(0, NOTE_MAX) : undefined;
  let accepted;
  try {
    accepted = await api.submit(bytes, {
      ...(note ? { note } : {}),
      ...fileNameOf(host),
      idempotencyKey: await idempotencyKey(bytes, note),
    });
  } catch (err) {
    if (err instanceof ApiError) {
      return err.failure.kind === 'signedOut'
        ? { kind: 'signedOut' }
        : { kind: 'failure', failure: err.failure };
    }
    throw err;
  }

  let recorded = false;
  let recordError: string | undefined;
  if (host.capabilities.recordReceipt) {
    try {
      recorded = await host.recordReceipt(accepted.receipt, input.lang);
    } catch (err) {
      // The plan is submitted; only the note of it in the workbook failed. Say so, do not hide it.
      recordError = err instanceof Error ? err.message : String(err);
    }
  }
  return {
    kind: 'accepted',
    receipt: accepted.receipt,
    created: accepted.created,
    recorded,
    ...(recordError !== undefined ? { recordError } : {}),
  };
}

/**
 * The round of a submitted plan's period as the service tells it (the ribbon's notice says where the
 * plan now stands). A period without a round is `status: null`; any other failure is told in the
 * notice (the submission itself stands) and logged.
 */
export async function roundAfterSubmit(
  api: Pick<KorpsplanApi, 'roundStatus'>,
  period: string,
  now: Date,
): Promise<RoundAfterSubmit> {
  try {
    return { status: await api.roundStatus(period), now };
  } catch (err) {
    if (err instanceof ApiError && err.failure.kind === 'failed' && err.failure.status === 404) {
      return { status: null, now };
    }
    logError('korpsplan: the round could not be fetched after submitting', err);
    return { error: err instanceof ApiError ? err.failure.kind : String(err) };
  }
}
