// POST /api/submissions: the raw .xlsx bytes as the body. The server reads, structures and
// validates the workbook itself (the same inspectBytes as the CLI and the add-in) and trusts nothing
// the client says about it.
//
//   201  accepted: the receipt
//   200  these bytes were already received for this municipality and period (or an Idempotency-Key
//        retry of a completed submission): the existing receipt; also when the canonical plan is
//        the municipality's latest plan unchanged, whatever changed in the bytes (a re-save, the
//        receipt written into the cover sheet): that receipt, with a changed note kept on it
//        (header Korpsplan-Plan-Unchanged: true)
//   401  no or bad token · 403 not in the roster, or a plan for another municipality
//   413  too large (Content-Length, or the streamed body) · 415 not a workbook
//   422  refused file, or validation errors (with the issue list), or a CPR-like number anywhere
//   503  storage failed part-way: nothing is visible, the same request can simply be sent again
//
// X-Korpsplan-File-Name (optional): the file's own name, URL-encoded; the municipality and the
// half-year are read from it, with a check, where the workbook names neither. Never stored.

import { fileNameFromHeader, HEADERS, LIMITS, WORKBOOK_MEDIA_TYPES } from '../../../core/contract';
import { createHash } from 'node:crypto';
import type { HttpRequest } from '@azure/functions';
import type { Issue, Plan } from '../../../core/schema';
import { checklistCounts, type Receipt } from '../../../core/receipt';
import { holdsCpr, jsonHoldsCpr } from '../../../core/redact';
import { TEMPLATE_VERSION, TEMPLATE_VERSIONS } from '../../../core/spec';
import { requireMunicipality, requireRole, type Principal } from '../auth/principal';
import type { Deps } from '../deps';
import { callerRemembered } from './remembered';
import { answer, handle, json, log, readBody, safeIssues, errorBody, type Handler } from '../http';
import { SERVICE_ERRORS, ServiceError } from '../messages';
import { hashIdempotencyKey, IdempotencyMismatchError, XLSX_TYPE } from '../storage/submissions';

export const NOTE_HEADER = HEADERS.note;
export const NOTE_MAX = LIMITS.noteCharacters;
const IDEMPOTENCY_KEY = LIMITS.idempotencyKey;

/** Milliseconds per step of the last submissions, for the benchmark (never personal data). */
export interface SubmitTimings {
  readBody: number;
  inspect: number;
  storage: number;
  latest: number;
  total: number;
}

function checkContentType(request: HttpRequest): void {
  const raw = request.headers.get('content-type');
  if (raw === null || raw.trim() === '') return;
  const type = (raw.split(';')[0] ?? '').trim().toLowerCase();
  if (!WORKBOOK_MEDIA_TYPES.has(type)) {
    throw new ServiceError('unsupported_media_type', { expected: XLSX_TYPE, given: type.slice(0, 80) });
  }
}

/** The coordinator's explanation of the warnings: URL-encoded UTF-8 in X-Korpsplan-Note. */
export function readNote(request: HttpRequest): string | undefined {
  const raw = request.headers.get(NOTE_HEADER);
  if (raw === null) return undefined;
  let note: string;
  try {
    note = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw new ServiceError('note_malformed');
  }
  note = note.trim();
  if (note === '') return undefined;
  const length = [...note].length;
  if (length > NOTE_MAX) throw new ServiceError('note_too_long', { length, max: NOTE_MAX });
  if (holdsCpr(note)) throw new ServiceError('note_contains_cpr');
  return note;
}

function readIdempotencyKey(request: HttpRequest): string | undefined {
  const raw = request.headers.get(HEADERS.idempotencyKey);
  if (raw === null) return undefined;
  const key = raw.trim().replace(/^"(.*)"$/, '$1');
  if (!IDEMPOTENCY_KEY.test(key)) throw new ServiceError('idempotency_key_invalid');
  return key;
}

function makeReceipt(
  plan: Plan,
  issues: readonly Issue[],
  extra: { sha256: string; note?: string; submittedBy?: string },
): (submissionId: string, receivedAt: string) => Receipt {
  const warnings = safeIssues(issues.filter((i) => i.severity === 'warning'));
  return (submissionId, receivedAt) => ({
    submissionId,
    municipality: plan.municipality,
    period: plan.period,
    receivedAt,
    sha256: extra.sha256,
    templateVersion: plan.templateVersion,
    counts: {
      activities: plan.activities.length,
      late: issues.filter((i) => i.code === 'activity_late').length,
      ...checklistCounts(plan),
    },
    warnings,
    ...(extra.note !== undefined ? { note: extra.note } : {}),
    ...(extra.submittedBy !== undefined ? { submittedBy: extra.submittedBy } : {}),
  });
}

function receiptResponse(receipt: Receipt, status: 200 | 201, headers: Record<string, string> = {}) {
  return answer('submit', status, receipt, {
    Location: `/api/submissions/${receipt.submissionId}/plan`,
    ...headers,
  });
}

export function submitHandler(deps: Deps, onTimings?: (t: SubmitTimings) => void): Handler {
  return handle('submit', async (request, context) => {
    const t0 = performance.now();
    const principal: Principal = await deps.auth.principal(request);
    requireRole(principal, 'coordinator', 'admin');
    checkContentType(request);
    const note = readNote(request);
    const key = readIdempotencyKey(request);

    const bytes = await readBody(request, deps.maxUploadBytes);
    if (bytes.byteLength === 0) throw new ServiceError('file_empty');
    const tRead = performance.now();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const keyHash = key ? hashIdempotencyKey(principal.tenantId, principal.objectId, key) : undefined;

    if (keyHash) {
      try {
        const replayed = await deps.submissions.replay(keyHash, sha256);
        if (replayed) {
          requireMunicipality(principal, replayed.municipality.code);
          log(context, 'info', 'submit_replayed', { submissionId: replayed.submissionId });
          return receiptResponse(replayed, 200, { 'Idempotent-Replayed': 'true' });
        }
      } catch (err) {
        if (err instanceof IdempotencyMismatchError) throw new ServiceError('idempotency_key_reused');
        throw err;
      }
    }

    // Intake, structuring and validation, in the inspection pool: a RefusalError (413/415/422), a job
    // past its limit (422) or a full queue (503) passes to handle().
    const tInspect = performance.now();
    // A coordinator's workbook is read with their municipality's remembered corrections.
    const remembered = await callerRemembered(deps, principal);
    const fileName = fileNameFromHeader(request.headers.get(HEADERS.fileName));
    const result = await deps.inspect(bytes, {
      today: deps.today(),
      limits: { maxBytes: deps.maxUploadBytes },
      ...(remembered ? { remembered } : {}),
      ...(fileName !== undefined ? { fileName } : {}),
    });
    const inspectMs = performance.now() - tInspect;
    const issues = safeIssues(result.issues);
    const errors = issues.filter((i) => i.severity === 'error');
    if (issues.some((i) => i.code === 'cpr_number')) {
      // Nothing of this workbook is stored, and only the places of the numbers are returned.
      log(context, 'info', 'submit_refused', { code: 'cpr_found', findings: errors.length });
      return json(422, { ...errorBody('cpr_found', SERVICE_ERRORS.cpr_found.message), issues: errors });
    }
    // A plan of a template version the corps no longer accepts is refused before its errors are
    // listed: updating the workbook comes first.
    const version = result.plan?.templateVersion ?? result.templateVersion ?? TEMPLATE_VERSION;
    const accepted = deps.acceptedTemplateVersions ?? TEMPLATE_VERSIONS;
    if (!accepted.includes(version)) {
      log(context, 'info', 'submit_refused', { code: 'template_version_not_accepted' });
      const use = [...TEMPLATE_VERSIONS].reverse().find((v) => accepted.includes(v)) ?? TEMPLATE_VERSION;
      throw new ServiceError('template_version_not_accepted', {
        version: version.slice(0, 20),
        accepted: accepted.join(', '),
        use,
      });
    }
    if (errors.length > 0 || !result.plan) {
      log(context, 'info', 'submit_refused', { code: 'plan_invalid', errors: errors.length });
      return json(422, { ...errorBody('plan_invalid', SERVICE_ERRORS.plan_invalid.message), issues });
    }
    const plan = result.plan;
    // Whatever the workbook says: a coordinator submits for their own municipality only.
    requireMunicipality(principal, plan.municipality.code);
    if (jsonHoldsCpr(plan)) {
      log(context, 'warn', 'submit_refused', { code: 'cpr_found', where: 'plan' });
      return json(422, { ...errorBody('cpr_found', SERVICE_ERRORS.cpr_found.message), issues: [] });
    }
    const submittedBy = principal.name && !holdsCpr(principal.name) ? principal.name : undefined;

    // The same canonical plan as the municipality's latest submission (the bytes changed only by a
    // re-save or the receipt written into the cover sheet): the same receipt, and a new note kept
    // beside it rather than dropped.
    const unchanged = await deps.submissions.unchangedLatest(plan);
    if (unchanged) {
      if (keyHash) {
        try {
          await deps.submissions.rememberKey(keyHash, sha256, unchanged.submissionId);
        } catch (err) {
          if (err instanceof IdempotencyMismatchError) throw new ServiceError('idempotency_key_reused');
          throw err;
        }
      }
      const current = await deps.submissions.withNotes(unchanged);
      const receipt =
        note !== undefined && note !== current.note
          ? await deps.submissions.addNote(current, {
              note,
              at: deps.now().toISOString(),
              ...(submittedBy !== undefined ? { by: submittedBy } : {}),
            })
          : current;
      log(context, 'info', 'submit_unchanged', {
        submissionId: receipt.submissionId,
        noteAdded: receipt !== current,
        ms: Math.round(performance.now() - t0),
      });
      return receiptResponse(receipt, 200, { 'Korpsplan-Plan-Unchanged': 'true' });
    }

    let committed;
    try {
      committed = await deps.submissions.commit({
        municipality: plan.municipality.code,
        period: plan.period,
        sha256,
        original: bytes,
        plan,
        receipt: makeReceipt(plan, issues, {
          sha256,
          ...(note !== undefined ? { note } : {}),
          ...(submittedBy !== undefined ? { submittedBy } : {}),
        }),
        now: deps.now(),
        ...(keyHash ? { idempotencyKeyHash: keyHash } : {}),
      });
    } catch (err) {
      if (err instanceof IdempotencyMismatchError) throw new ServiceError('idempotency_key_reused');
      throw err;
    }
    const { receipt, created, steps } = committed;
    const total = performance.now() - t0;
    onTimings?.({
      readBody: tRead - t0,
      inspect: inspectMs,
      storage: steps.claim + steps.files + steps.receipt,
      latest: steps.latest,
      total,
    });
    log(context, 'info', created ? 'submit_accepted' : 'submit_duplicate', {
      submissionId: receipt.submissionId,
      municipality: receipt.municipality.code,
      period: receipt.period,
      role: principal.role,
      activities: receipt.counts.activities,
      warnings: receipt.warnings.length,
      bytes: bytes.byteLength,
      ms: Math.round(total),
    });
    return receiptResponse(receipt, created ? 201 : 200);
  });
}
