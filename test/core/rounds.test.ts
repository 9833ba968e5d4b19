// Reporting rounds (core/rounds.ts): deadlines judged in Danish time, each municipality's state in
// the round from its submissions and their reviews, the filters a leader uses, and the rules for
// changing a round and for reviewing.

import {
  changeRound,
  copenhagenOffset,
  daysLeft,
  deadlineEnd,
  filterStatus,
  isLate,
  openRound,
  reviewRequestSchema,
  RoundClosedError,
  statusCounts,
  statusList,
  type Review,
  type SubmissionFacts,
} from '../../core/rounds';

const leader = { role: 'leader' as const, name: 'Lise Leder' };
const at = new Date('2026-12-01T09:00:00Z');

describe('deadlines in Danish time', () => {
  test.each([
    ['2026-06-30', '2026-06-30T22:00:00.000Z'], // summer time: midnight is 22:00 UTC
    ['2026-12-31', '2026-12-31T23:00:00.000Z'], // winter time: 23:00 UTC
    ['2026-03-28', '2026-03-28T23:00:00.000Z'], // the night summer time starts: still winter time at midnight
    ['2026-03-29', '2026-03-29T22:00:00.000Z'], // the day it started
    ['2026-10-24', '2026-10-24T22:00:00.000Z'], // the night it ends: still summer time at midnight
    ['2026-10-25', '2026-10-25T23:00:00.000Z'], // the day it ended
  ])('the deadline %s ends at %s', (deadline, end) => {
    expect(deadlineEnd(deadline).toISOString()).toBe(end);
  });

  test("the offset agrees with the platform's time-zone data for every hour of two years", () => {
    const fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) {
      const d = new Date(t);
      const local = Number(fmt.format(d));
      expect({ at: d.toISOString(), offset: (local - d.getUTCHours() + 24) % 24 }).toEqual({
        at: d.toISOString(),
        offset: copenhagenOffset(d),
      });
    }
  });

  test('a plan in at 23:59 Danish time on the deadline day is on time; at midnight it is late', () => {
    expect(isLate('2026-06-30T21:59:59.999Z', '2026-06-30')).toBe(false);
    expect(isLate('2026-06-30T22:00:00.000Z', '2026-06-30')).toBe(true);
  });

  test('days left count the deadline day itself as the last', () => {
    expect(daysLeft('2026-12-15', new Date('2026-12-15T10:00:00Z'))).toBe(0);
    expect(daysLeft('2026-12-15', new Date('2026-12-14T10:00:00Z'))).toBe(1);
    expect(daysLeft('2026-12-15', new Date('2026-12-16T10:00:00Z'))).toBe(-1);
  });
});

describe('opening and changing a round', () => {
  const round = openRound(
    { period: '2026-H2', deadline: '2026-12-15' },
    ['751', '101', '751', '461'],
    leader,
    at,
  );

  test('expects the default municipalities once each, and records who opened it', () => {
    expect(round.expected).toEqual(['101', '461', '751']);
    expect(round.changes).toEqual([{ at: at.toISOString(), by: leader, what: 'opened', to: '2026-12-15' }]);
  });

  test('a moved deadline and a message are recorded with their old values; closing ends changes', () => {
    const later = new Date('2026-12-10T08:00:00Z');
    const moved = changeRound(round, { deadline: '2026-12-22', message: 'Husk noten' }, leader, later);
    expect(moved.deadline).toBe('2026-12-22');
    expect(moved.changes.slice(1)).toEqual([
      { at: later.toISOString(), by: leader, what: 'deadline', from: '2026-12-15', to: '2026-12-22' },
      { at: later.toISOString(), by: leader, what: 'message', to: 'Husk noten' },
    ]);
    const closed = changeRound(moved, { closed: true }, leader, later);
    expect(closed.closed).toBe(true);
    expect(() => changeRound(closed, { deadline: '2027-01-10' }, leader, later)).toThrow(RoundClosedError);
  });

  test('a deadline that does not exist is refused', () => {
    expect(() => openRound({ period: '2026-H2', deadline: '2026-02-30' }, ['751'], leader, at)).toThrow();
  });
});

describe('reviews', () => {
  test('sending back needs a comment; approving does not', () => {
    expect(reviewRequestSchema.safeParse({ decision: 'sent_back' }).success).toBe(false);
    expect(reviewRequestSchema.safeParse({ decision: 'sent_back', comment: '  ' }).success).toBe(false);
    expect(reviewRequestSchema.safeParse({ decision: 'sent_back', comment: 'Mangler fase' }).success).toBe(
      true,
    );
    expect(reviewRequestSchema.safeParse({ decision: 'approved' }).success).toBe(true);
  });

  test('a comment with a CPR number is refused', () => {
    const r = reviewRequestSchema.safeParse({ decision: 'sent_back', comment: 'Borger 010190-1234 nævnt' });
    expect(r.success).toBe(false);
  });
});

describe('the status list', () => {
  const round = { expected: ['101', '461', '751', '851'], deadline: '2026-12-15' };
  const sub = (m: string, receivedAt: string, n: number): SubmissionFacts => ({
    submissionId: `s-${m}-${n}`,
    municipality: m,
    receivedAt,
    warnings: n,
  });
  const review = (submissionId: string, decision: Review['decision']): Review => ({
    version: 1,
    submissionId,
    decision,
    ...(decision === 'sent_back' ? { comment: 'Ret fasen' } : {}),
    by: leader,
    at: '2026-12-16T10:00:00.000Z',
  });
  const submissions = [
    sub('751', '2026-12-10T10:00:00.000Z', 1), // on time, sent back
    sub('751', '2026-12-18T10:00:00.000Z', 2), // resubmitted after the deadline: still on time
    sub('461', '2026-12-16T10:00:00.000Z', 1), // late, approved
    sub('101', '2026-12-15T22:59:00.000Z', 1), // 23:59 Danish time on the deadline day: on time
    sub('999', '2026-12-01T10:00:00.000Z', 1), // not expected in this round
  ];
  const reviews = new Map([
    ['s-751-1', review('s-751-1', 'sent_back')],
    ['s-461-1', review('s-461-1', 'approved')],
  ]);
  const rows = statusList(round, submissions, reviews);
  const byCode = new Map(rows.map((r) => [r.municipality, r]));

  test('every expected municipality has one row, in the order of the municipality list', () => {
    expect(rows.map((r) => r.municipality)).toEqual(['101', '461', '751', '851']);
  });

  test('states follow the latest submission and its review', () => {
    expect(byCode.get('851')).toMatchObject({ state: 'mangler', late: false, submissions: 0 });
    expect(byCode.get('461')).toMatchObject({ state: 'godkendt', late: true, submissionId: 's-461-1' });
    expect(byCode.get('101')).toMatchObject({ state: 'indsendt', late: false });
    // The resubmission answers the send-back: submitted again, awaiting review, not late.
    expect(byCode.get('751')).toMatchObject({
      state: 'indsendt',
      late: false,
      submissionId: 's-751-2',
      submissions: 2,
      warnings: 2,
      answers: { decision: 'sent_back', comment: 'Ret fasen' },
    });
  });

  test('a sent-back plan not yet resubmitted is sendt_tilbage', () => {
    const only = statusList(round, submissions.slice(0, 1), reviews);
    expect(only.find((r) => r.municipality === '751')).toMatchObject({ state: 'sendt_tilbage' });
  });

  test('filters and counts', () => {
    expect(filterStatus(rows, 'mangler').map((r) => r.municipality)).toEqual(['851']);
    expect(filterStatus(rows, 'afventer').map((r) => r.municipality)).toEqual(['101', '751']);
    expect(filterStatus(rows, 'for_sent').map((r) => r.municipality)).toEqual(['461']);
    expect(filterStatus(rows, undefined)).toHaveLength(4);
    expect(statusCounts(rows)).toEqual({
      expected: 4,
      mangler: 1,
      indsendt: 2,
      sendt_tilbage: 0,
      godkendt: 1,
      late: 1,
    });
  });
});
