// Reporting rounds and reviews (issue 12).
//   GET   /api/rounds                         every round, newest first (any signed-in user)
//   POST  /api/rounds                         open a round (leaders, administrators)
//   PATCH /api/rounds/{period}                move the deadline, change the message or the
//                                             municipalities expected, close (leaders, administrators;
//                                             If-Match with the round's ETag refuses a lost update)
//   GET   /api/rounds/{period}/status         the status list (leaders and administrators: every
//                                             expected municipality, ?filter=; a coordinator: their own row)
//   POST  /api/submissions/{id}/review        approve or send back (leaders, administrators)
//   GET   /api/submissions/{id}/review        the review of a submission (who may read the submission)

import { LIMITS } from '../../../core/contract';
import { z } from 'zod';
import { expectedMunicipalities } from '../../../core/roster';
import {
  changeRound,
  changeRoundSchema,
  filterStatus,
  municipalityLabel,
  openRound,
  openRoundSchema,
  reviewRequestSchema,
  statusCounts,
  statusList,
  STATUS_FILTERS,
  RoundClosedError,
  type Actor,
  type Review,
  type Round,
  type StatusFilter,
  type StatusRow,
  type SubmissionFacts,
} from '../../../core/rounds';
import { periodSchema } from '../../../core/schema';
import { zodText } from '../../../core/zodText';
import { requireMunicipality, requireRole, type Principal } from '../auth/principal';
import type { Deps } from '../deps';
import { answer, handle, log, queryParam, type Handler } from '../http';
import { ServiceError, type ServiceErrorCode } from '../messages';
import { parseSubmissionId, receivedAtOfId } from '../storage/submissions';

const MAX_BODY = LIMITS.jsonBodyBytes;

function actor(principal: Principal): Actor {
  return { role: principal.role, ...(principal.name ? { name: principal.name.slice(0, 200) } : {}) };
}

async function jsonBody<T>(
  request: { text(): Promise<string> },
  schema: z.ZodType<T>,
  code: ServiceErrorCode,
): Promise<T> {
  const text = await request.text();
  if (text.length > MAX_BODY) throw new ServiceError(code, { detail: { da: 'for stor', en: 'too large' } });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ServiceError(code, { detail: { da: 'ikke JSON', en: 'not JSON' } });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ServiceError(code, { detail: zodText(parsed.error, raw) });
  return parsed.data;
}

function periodOf(value: string | undefined): string {
  if (!value || !periodSchema.safeParse(value).success) {
    throw new ServiceError('bad_query', {
      detail: { da: 'perioden skal skrives som 2026-H2', en: 'the period must be written as 2026-H2' },
    });
  }
  return value;
}

export function roundsListHandler(deps: Deps): Handler {
  return handle('rounds_list', async (request) => {
    await deps.auth.principal(request);
    return answer('roundsList', 200, { rounds: await deps.rounds.list() });
  });
}

export function roundOpenHandler(deps: Deps): Handler {
  return handle('round_open', async (request, context) => {
    const principal = await deps.auth.principal(request);
    requireRole(principal, 'leader', 'admin');
    const input = await jsonBody(request, openRoundSchema, 'round_invalid');
    const { roster } = await deps.roster.get();
    const round = openRound(input, expectedMunicipalities(roster), actor(principal), deps.now());
    const etag = await deps.rounds.put(round, null);
    if (etag === null) throw new ServiceError('round_exists', { period: round.period });
    log(context, 'info', 'round_opened', { period: round.period, expected: round.expected.length });
    return answer('roundOpen', 201, round, { ETag: etag });
  });
}

export function roundChangeHandler(deps: Deps): Handler {
  return handle('round_change', async (request, context) => {
    const principal = await deps.auth.principal(request);
    requireRole(principal, 'leader', 'admin');
    const period = periodOf(request.params.period);
    const change = await jsonBody(request, changeRoundSchema, 'round_invalid');
    const current = await deps.rounds.get(period);
    if (!current) throw new ServiceError('round_not_found', { period });
    const ifMatch = request.headers.get('if-match')?.trim();
    if (ifMatch && ifMatch !== current.etag) throw new ServiceError('round_changed');
    let next;
    try {
      next = changeRound(current.round, change, actor(principal), deps.now());
    } catch (err) {
      if (err instanceof RoundClosedError) throw new ServiceError('round_closed', { period });
      throw err;
    }
    const etag = await deps.rounds.put(next, current.etag);
    if (etag === null) throw new ServiceError('round_changed');
    log(context, 'info', 'round_changed', {
      period,
      changes: next.changes.length - current.round.changes.length,
    });
    return answer('roundChange', 200, next, { ETag: etag });
  });
}

/**
 * The status list of a round over the municipalities it expects. Per municipality one listing of its
 * period, then only what the list shows: the latest receipt (warnings, note) and the reviews of the
 * latest and the one before (the send-back it may answer); older submissions count by their ids.
 */
export async function statusRows(deps: Deps, round: Round): Promise<StatusRow[]> {
  const facts: SubmissionFacts[] = [];
  const reviews = new Map<string, Review>();
  const queue = [...round.expected];
  const worker = async (): Promise<void> => {
    for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
      const { committed, reviewed } = await deps.submissions.periodIndex(code, round.period);
      const latestId = committed[committed.length - 1];
      if (latestId === undefined) continue;
      const latest = await deps.submissions.receipt(latestId);
      if (!latest) throw new Error(`the receipt of ${latestId} was listed but cannot be read`);
      for (const id of committed.slice(0, -1)) {
        const receivedAt = receivedAtOfId(id);
        if (receivedAt) facts.push({ submissionId: id, municipality: code, receivedAt, warnings: 0 });
      }
      facts.push({
        submissionId: latestId,
        municipality: code,
        receivedAt: latest.receivedAt,
        warnings: latest.warnings.length,
        ...(latest.note !== undefined ? { note: latest.note } : {}),
      });
      for (const id of committed.slice(-2)) {
        if (!reviewed.has(id)) continue;
        const review = await deps.rounds.reviewOf(id);
        if (review) reviews.set(id, review);
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return statusList(round, facts, reviews);
}

export function roundStatusHandler(deps: Deps): Handler {
  return handle('round_status', async (request) => {
    const principal = await deps.auth.principal(request);
    const period = periodOf(request.params.period);
    const filter = queryParam(
      request,
      'filter',
      (v) => ((STATUS_FILTERS as readonly string[]).includes(v) ? (v as StatusFilter) : undefined),
      { da: STATUS_FILTERS.join(', '), en: STATUS_FILTERS.join(', ') },
    );
    const stored = await deps.rounds.get(period);
    if (!stored) throw new ServiceError('round_not_found', { period });
    const { round } = stored;
    const expected =
      principal.role === 'coordinator'
        ? round.expected.filter((c) => c === principal.municipality)
        : round.expected;
    const rows = await statusRows(deps, { ...round, expected });
    if (principal.role !== 'coordinator') {
      // Leaders get the coordinators' addresses from the roster, for the reminder mail.
      const { roster } = await deps.roster.get();
      for (const row of rows) {
        const contacts = roster.entries
          .filter((e) => e.role === 'coordinator' && e.municipality === row.municipality && e.email)
          .map((e) => e.email as string);
        if (contacts.length > 0) Object.assign(row, { contacts });
      }
    }
    return answer('roundStatus', 200, {
      round,
      counts: statusCounts(rows),
      rows: filterStatus(rows, filter),
      ...(filter ? { filter } : {}),
    });
  });
}

function submissionOf(id: string | undefined): { id: string; municipality: string; period: string } {
  const where = id ? parseSubmissionId(id) : null;
  if (!id || !where) throw new ServiceError('not_found');
  return { id, ...where };
}

const DECISION_WORDS: Record<Review['decision'], { da: string; en: string }> = {
  approved: { da: 'godkendt', en: 'approved' },
  sent_back: { da: 'sendt tilbage', en: 'sent back' },
};

export function reviewHandler(deps: Deps): Handler {
  return handle('review', async (request, context) => {
    const principal = await deps.auth.principal(request);
    requireRole(principal, 'leader', 'admin');
    const { id, municipality, period } = submissionOf(request.params.id);
    const input = await jsonBody(request, reviewRequestSchema, 'review_invalid');
    const receipt = await deps.submissions.receipt(id);
    if (!receipt) throw new ServiceError('not_found');
    const latest = (await deps.submissions.latest(period)).get(municipality);
    if (latest && latest.submissionId !== id) {
      throw new ServiceError('review_superseded', {
        municipality: municipalityLabel(municipality),
        latest: latest.receivedAt,
      });
    }
    const review: Review = {
      version: 1,
      submissionId: id,
      decision: input.decision,
      ...(input.comment !== undefined ? { comment: input.comment } : {}),
      by: actor(principal),
      at: deps.now().toISOString(),
    };
    const written = await deps.rounds.review(review);
    if (written.kind === 'taken') {
      const first = written.review;
      throw new ServiceError('review_taken', {
        name: first.by.name ?? { da: 'En anden', en: 'Someone else' },
        decision: DECISION_WORDS[first.decision],
        at: first.at,
      });
    }
    log(context, 'info', 'reviewed', { municipality, period, decision: review.decision });
    return answer('review', 201, review);
  });
}

export function reviewGetHandler(deps: Deps): Handler {
  return handle('review_get', async (request) => {
    const principal = await deps.auth.principal(request);
    const { id, municipality } = submissionOf(request.params.id);
    requireMunicipality(principal, municipality);
    const review = await deps.rounds.reviewOf(id);
    if (!review) throw new ServiceError('not_found');
    return answer('reviewGet', 200, review);
  });
}
