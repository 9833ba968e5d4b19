// Reporting rounds and reviews (issue 12): the half-yearly rhythm of the corps. A leader opens a
// round for a period with a deadline; every expected municipality then has a state in it —
// mangler (nothing submitted), indsendt (on time or late), sendt tilbage, godkendt — and a leader
// approves a submission or sends it back with a comment. Pure: the service stores rounds and
// reviews (functions/src/storage/rounds.ts), the pane, the CLI and the summary show them.
//
// Deadlines are days in Danish time: a plan is on time when it arrives before midnight at the end
// of the deadline day in Copenhagen (CET/CEST), whatever the clock of the machine that judges it.
// A municipality is late when its first submission of the period came after the deadline: a
// resubmission a leader asked for does not make an on-time municipality late.

import { z } from 'zod';
import { MONTH_NAMES_FULL } from './dates';
import { KOMMUNER } from './kommuner';
import { listSchema, periodSchema } from './schema';
import type { Lang } from './spec';
import { holdsCpr } from './redact';

export const COMMENT_MAX = 2000;
export const ROUND_MESSAGE_MAX = 2000;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'a day that exists',
    },
  );

const freeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((t) => !holdsCpr(t), { message: 'contains what looks like a CPR number' });

/** Who did something, as the service knows them (never more than the roster says). */
export const actorSchema = z.object({
  role: z.enum(['coordinator', 'leader', 'admin']),
  name: z.string().max(200).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const roundChangeSchema = z.object({
  at: z.string().datetime(),
  by: actorSchema,
  what: z.enum(['opened', 'deadline', 'message', 'expected', 'closed']),
  /** The value before and after, as text (a deadline, a message, a count of municipalities). */
  from: z.string().max(ROUND_MESSAGE_MAX).optional(),
  to: z.string().max(ROUND_MESSAGE_MAX).optional(),
});
export type RoundChange = z.infer<typeof roundChangeSchema>;

export const roundSchema = z.object({
  version: z.literal(1),
  period: periodSchema,
  deadline: isoDay,
  message: freeText(ROUND_MESSAGE_MAX).optional(),
  /** Municipality codes expected to submit in this round. */
  expected: z.array(listSchema('municipality')).min(1),
  closed: z.boolean(),
  /** Every change, oldest first: who, when, what. */
  changes: z.array(roundChangeSchema).min(1),
});
export type Round = z.infer<typeof roundSchema>;

/** What a leader sends to open a round. */
export const openRoundSchema = z.object({
  period: periodSchema,
  deadline: isoDay,
  message: freeText(ROUND_MESSAGE_MAX).optional(),
  expected: z.array(listSchema('municipality')).min(1).optional(),
});
export type OpenRound = z.infer<typeof openRoundSchema>;

/** What a leader sends to change a round (at least one field). */
export const changeRoundSchema = z
  .object({
    deadline: isoDay.optional(),
    message: z.union([freeText(ROUND_MESSAGE_MAX), z.literal('')]).optional(),
    expected: z.array(listSchema('municipality')).min(1).optional(),
    closed: z.literal(true).optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'nothing to change' });
export type ChangeRound = z.infer<typeof changeRoundSchema>;

export function openRound(input: OpenRound, expectedDefault: readonly string[], by: Actor, at: Date): Round {
  const expected = [...new Set(input.expected ?? expectedDefault)].sort();
  return roundSchema.parse({
    version: 1,
    period: input.period,
    deadline: input.deadline,
    ...(input.message ? { message: input.message } : {}),
    expected,
    closed: false,
    changes: [{ at: at.toISOString(), by, what: 'opened', to: input.deadline }],
  });
}

/** The round after a change, with the change recorded; a closed round cannot change. */
export function changeRound(round: Round, change: ChangeRound, by: Actor, at: Date): Round {
  if (round.closed) throw new RoundClosedError(round.period);
  const when = at.toISOString();
  const changes: RoundChange[] = [...round.changes];
  let next: Round = { ...round };
  if (change.deadline !== undefined && change.deadline !== round.deadline) {
    changes.push({ at: when, by, what: 'deadline', from: round.deadline, to: change.deadline });
    next = { ...next, deadline: change.deadline };
  }
  if (change.message !== undefined && change.message !== (round.message ?? '')) {
    changes.push({
      at: when,
      by,
      what: 'message',
      ...(round.message ? { from: round.message } : {}),
      ...(change.message ? { to: change.message } : {}),
    });
    const { message: _old, ...rest } = next;
    next = change.message ? { ...rest, message: change.message } : rest;
  }
  if (change.expected !== undefined) {
    const expected = [...new Set(change.expected)].sort();
    if (expected.join() !== round.expected.join()) {
      changes.push({
        at: when,
        by,
        what: 'expected',
        from: String(round.expected.length),
        to: String(expected.length),
      });
      next = { ...next, expected };
    }
  }
  if (change.closed) {
    changes.push({ at: when, by, what: 'closed' });
    next = { ...next, closed: true };
  }
  return roundSchema.parse({ ...next, changes });
}

export class RoundClosedError extends Error {
  constructor(readonly period: string) {
    super(`the round for ${period} is closed`);
    this.name = 'RoundClosedError';
  }
}

// --- Danish time --------------------------------------------------------------------------------

/** The UTC instant of the last Sunday of a month at 01:00 UTC (when EU summer time starts or ends). */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/** Copenhagen's offset from UTC in hours at an instant: 2 in summer time (EU rule), else 1. */
export function copenhagenOffset(instant: Date): 1 | 2 {
  const y = instant.getUTCFullYear();
  const t = instant.getTime();
  return t >= lastSundayAt1Utc(y, 2) && t < lastSundayAt1Utc(y, 9) ? 2 : 1;
}

/** The instant the deadline day ends in Copenhagen (midnight after it, Danish time). */
export function deadlineEnd(deadline: string): Date {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number];
  // Midnight after the day, as if UTC; then moved back by the offset in force at that moment.
  const naive = Date.UTC(y, m - 1, d + 1);
  const guess = new Date(naive - 3_600_000);
  return new Date(naive - copenhagenOffset(guess) * 3_600_000);
}

export function isLate(receivedAt: string | Date, deadline: string): boolean {
  const t = typeof receivedAt === 'string' ? Date.parse(receivedAt) : receivedAt.getTime();
  return t >= deadlineEnd(deadline).getTime();
}

/** A deadline as people write it: "15. december 2026" / "15 December 2026". */
export function deadlineText(deadline: string, lang: Lang): string {
  const [y, m, d] = deadline.split('-').map(Number);
  const month = MONTH_NAMES_FULL[lang][(m ?? 1) - 1] ?? '';
  return lang === 'da' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
}

/** Whole days from `now` until the deadline ends (0 on the day itself, negative after it). */
export function daysLeft(deadline: string, now: Date): number {
  const end = deadlineEnd(deadline).getTime();
  return Math.ceil((end - now.getTime()) / 86_400_000) - 1;
}

// --- Reviews ------------------------------------------------------------------------------------

export const DECISIONS = ['approved', 'sent_back'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What a leader sends to review a submission. */
export const reviewRequestSchema = z
  .object({
    decision: z.enum(DECISIONS),
    comment: freeText(COMMENT_MAX).optional(),
  })
  .refine((r) => r.decision !== 'sent_back' || r.comment !== undefined, {
    message: 'a comment is required when a plan is sent back',
    path: ['comment'],
  });
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

/** A review as stored, write-once, beside the submission it reviews. */
export const reviewSchema = z.object({
  version: z.literal(1),
  submissionId: z.string().min(1).max(80),
  decision: z.enum(DECISIONS),
  comment: z.string().max(COMMENT_MAX).optional(),
  by: actorSchema,
  at: z.string().datetime(),
});
export type Review = z.infer<typeof reviewSchema>;

// --- The status list ----------------------------------------------------------------------------

export const MUNICIPALITY_STATES = ['mangler', 'indsendt', 'sendt_tilbage', 'godkendt'] as const;
export type MunicipalityState = (typeof MUNICIPALITY_STATES)[number];

/** One submission as the status list needs it (from the receipts). */
export interface SubmissionFacts {
  readonly submissionId: string;
  readonly municipality: string;
  readonly receivedAt: string;
  readonly warnings: number;
  readonly note?: string;
}

export const statusRowSchema = z.object({
  municipality: listSchema('municipality'),
  name: z.string(),
  state: z.enum(MUNICIPALITY_STATES),
  late: z.boolean(),
  submissionId: z.string().optional(),
  submittedAt: z.string().datetime().optional(),
  /** When the municipality first submitted in the period (lateness is judged by it). */
  firstSubmittedAt: z.string().datetime().optional(),
  submissions: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
  review: reviewSchema.optional(),
  /** The review of the submission before the latest, when the latest answers a send-back. */
  answers: reviewSchema.optional(),
  /** Leaders and administrators: the e-mail addresses of the municipality's coordinators (roster). */
  contacts: z.array(z.string().email()).optional(),
});
export type StatusRow = z.infer<typeof statusRowSchema>;

/**
 * Every expected municipality's state in the round, in the order of the municipality list. The
 * state follows the municipality's latest submission: reviewed → its decision; not reviewed →
 * indsendt (also when it answers a send-back); none → mangler.
 */
export function statusList(
  round: Pick<Round, 'expected' | 'deadline'>,
  submissions: readonly SubmissionFacts[],
  reviews: ReadonlyMap<string, Review>,
): StatusRow[] {
  const byMunicipality = new Map<string, SubmissionFacts[]>();
  for (const s of submissions) {
    const list = byMunicipality.get(s.municipality) ?? [];
    list.push(s);
    byMunicipality.set(s.municipality, list);
  }
  const expected = new Set(round.expected);
  return KOMMUNER.filter((k) => expected.has(k.code)).map((k) => {
    const own = (byMunicipality.get(k.code) ?? [])
      .slice()
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    const latest = own[own.length - 1];
    const first = own[0];
    if (!latest || !first) {
      return {
        municipality: k.code,
        name: k.name,
        state: 'mangler',
        late: false,
        submissions: 0,
      };
    }
    const review = reviews.get(latest.submissionId);
    const before = own[own.length - 2];
    const answers = before ? reviews.get(before.submissionId) : undefined;
    const state: MunicipalityState = review
      ? review.decision === 'approved'
        ? 'godkendt'
        : 'sendt_tilbage'
      : 'indsendt';
    return {
      municipality: k.code,
      name: k.name,
      state,
      late: isLate(first.receivedAt, round.deadline),
      submissionId: latest.submissionId,
      submittedAt: latest.receivedAt,
      firstSubmittedAt: first.receivedAt,
      submissions: own.length,
      warnings: latest.warnings,
      ...(latest.note !== undefined ? { note: latest.note } : {}),
      ...(review ? { review } : {}),
      ...(answers?.decision === 'sent_back' ? { answers } : {}),
    };
  });
}

export const STATUS_FILTERS = ['mangler', 'sendt_tilbage', 'afventer', 'godkendt', 'for_sent'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The rows a filter keeps: afventer = submitted and not yet reviewed; for_sent = late. */
export function filterStatus(rows: readonly StatusRow[], filter: StatusFilter | undefined): StatusRow[] {
  if (!filter) return [...rows];
  return rows.filter((r) => {
    switch (filter) {
      case 'afventer':
        return r.state === 'indsendt';
      case 'for_sent':
        return r.late;
      default:
        return r.state === filter;
    }
  });
}

export interface StatusCounts {
  readonly expected: number;
  readonly mangler: number;
  readonly indsendt: number;
  readonly sendt_tilbage: number;
  readonly godkendt: number;
  readonly late: number;
}

export function statusCounts(rows: readonly StatusRow[]): StatusCounts {
  const count = (s: MunicipalityState) => rows.filter((r) => r.state === s).length;
  return {
    expected: rows.length,
    mangler: count('mangler'),
    indsendt: count('indsendt'),
    sendt_tilbage: count('sendt_tilbage'),
    godkendt: count('godkendt'),
    late: rows.filter((r) => r.late).length,
  };
}

export const STATE_LABELS: Record<MunicipalityState, Record<Lang, string>> = {
  mangler: { da: 'Mangler', en: 'Missing' },
  indsendt: { da: 'Indsendt', en: 'Submitted' },
  sendt_tilbage: { da: 'Sendt tilbage', en: 'Sent back' },
  godkendt: { da: 'Godkendt', en: 'Approved' },
};

/** The municipality's name for a code, for messages (the code itself when unknown). */
export function municipalityLabel(code: string): string {
  return KOMMUNER.find((k) => k.code === code)?.name ?? code;
}

/** GET /api/rounds/{period}/status: the round, its counts and the rows (filtered when asked). */
export const statusResponseSchema = z.object({
  round: roundSchema,
  counts: z.object({
    expected: z.number().int(),
    mangler: z.number().int(),
    indsendt: z.number().int(),
    sendt_tilbage: z.number().int(),
    godkendt: z.number().int(),
    late: z.number().int(),
  }),
  rows: z.array(statusRowSchema),
  filter: z.enum(STATUS_FILTERS).optional(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

/** GET /api/rounds. */
export const roundsResponseSchema = z.object({ rounds: z.array(roundSchema) });

/** A place in a workbook a leader's comment names: "Forside!B4", "'Korps og roller'!C7" or "B4". */
export interface CommentPlace {
  readonly sheet?: string;
  readonly cell: string;
  /** The text as written in the comment. */
  readonly text: string;
}

const PLACE =
  /(?:'((?:[^']|'')+)'|([A-Za-zÆØÅæøå][\wÆØÅæøå.-]*))!\$?([A-Z]{1,3})\$?(\d{1,7})\b|(?<![\w!])\$?([A-Z]{1,3})\$?(\d{1,7})\b(?!!)/gu;

/** The cell references in a comment, in order, each once: the coordinator goes to them from the pane. */
export function commentPlaces(comment: string): CommentPlace[] {
  const out: CommentPlace[] = [];
  const seen = new Set<string>();
  for (const m of comment.matchAll(PLACE)) {
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    const col = m[3] ?? m[5];
    const row = m[4] ?? m[6];
    if (!col || !row || Number(row) < 1 || Number(row) > 1_048_576) continue;
    const cell = `${col}${row}`;
    const key = `${sheet ?? ''}!${cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...(sheet !== undefined ? { sheet } : {}), cell, text: m[0] });
  }
  return out;
}

/** A mail to the coordinators of the municipalities still missing: the round's reminder. */
export function reminderMailto(
  rows: readonly StatusRow[],
  round: Pick<Round, 'period' | 'deadline'>,
  lang: Lang,
): string | null {
  const to = [...new Set(rows.filter((r) => r.state === 'mangler').flatMap((r) => r.contacts ?? []))];
  if (to.length === 0) return null;
  const subject =
    lang === 'da'
      ? `Påmindelse: implementeringsplan for ${round.period}`
      : `Reminder: implementation plan for ${round.period}`;
  const body =
    lang === 'da'
      ? `Kære koordinator\n\nVi mangler stadig kommunens implementeringsplan for ${round.period}. Fristen er ${round.deadline}. Planen indsendes fra korpsplan i Excel eller på websiden.\n\nVenlig hilsen\nKorpsledelsen`
      : `Dear coordinator\n\nWe have not yet received the municipality's implementation plan for ${round.period}. The deadline is ${round.deadline}. The plan is submitted from korpsplan in Excel or on the web page.\n\nKind regards\nThe corps leadership`;
  return `mailto:${to.map(encodeURIComponent).join(',')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
