// The ribbon's Indsend tells the outcome in one small notice; every outcome has its words, in both
// languages.

import type { Review, StatusResponse } from '../../../core/rounds';
import { outcomeNotice, roundLine } from '../../../addin/src/notice';
import { roundAfterSubmit, type SubmitOutcome } from '../../../addin/src/pipeline';
import { fakeApi, json, receipt } from '../support/fakes';

const outcomes: SubmitOutcome[] = [
  { kind: 'accepted', receipt: receipt(), created: true, recorded: true },
  { kind: 'blocked', issues: [] },
  { kind: 'needsStructure' },
  { kind: 'signedOut' },
  { kind: 'tooLarge', size: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 },
  { kind: 'readFailed', detail: 'slice lost' },
  { kind: 'failure', failure: { kind: 'offline' } },
  { kind: 'failure', failure: { kind: 'signedOut' } },
  {
    kind: 'failure',
    failure: {
      kind: 'forbidden',
      code: 'x',
      message: { da: 'Ikke din kommune.', en: 'You cannot submit for this municipality.' },
    },
  },
  {
    kind: 'failure',
    failure: {
      kind: 'refused',
      status: 415,
      code: 'x',
      message: { da: 'Ikke en arbejdsbog.', en: 'The file is not a workbook.' },
    },
  },
  {
    kind: 'failure',
    failure: { kind: 'invalid', code: 'plan_invalid', message: { da: 'Fejl.', en: 'Errors.' }, issues: [] },
  },
  { kind: 'failure', failure: { kind: 'unavailable', retryAfter: 5 } },
  { kind: 'failure', failure: { kind: 'failed', status: 500, detail: 'boom' } },
];

describe('the notice after Indsend', () => {
  test('a receipt: its number, time and counts, and that it was written on the cover sheet', () => {
    const notice = outcomeNotice(outcomes[0]!, 'da');
    expect(notice.intent).toBe('success');
    expect(notice.title).toBe('Planen er indsendt');
    expect(notice.lines).toEqual([
      `Kvitteringsnummer: ${receipt().submissionId}`,
      'Modtaget: 23-11-2026 kl. 11:15',
      '8 aktiviteter, 1 forsinkede, 15 af 15 spørgsmål besvaret',
      'Ingen advarsler',
      'Kvitteringen er skrevet på Forside-arket (Sidst indsendt og Kvitteringsnummer).',
    ]);
  });

  test.each(['da', 'en'] as const)('every outcome says something, with the right tone (%s)', (lang) => {
    const notices = outcomes.map((o) => outcomeNotice(o, lang));
    for (const n of notices) {
      expect(n.lines.length).toBeGreaterThan(0);
      expect(n.lines.every((l) => l.trim().length > 10)).toBe(true);
    }
    expect(notices.map((n) => n.intent)).toEqual([
      'success',
      'error',
      'warning',
      'warning',
      'error',
      'error',
      'error',
      'warning',
      'error',
      'error',
      'error',
      'warning',
      'error',
    ]);
  });

  test('a signed-out coordinator is told how to sign in from the ribbon', () => {
    expect(outcomeNotice({ kind: 'signedOut' }, 'da').lines[0]).toMatch(
      /Tryk Strukturér eller Valider .* log ind/,
    );
    expect(outcomeNotice({ kind: 'signedOut' }, 'en').lines[0]).toMatch(
      /Press Structure or Validate .* sign in/,
    );
  });
});

describe('the notice says where the plan stands in the round', () => {
  const id = receipt().submissionId;
  const round = {
    version: 1 as const,
    period: '2026-H2',
    deadline: '2026-12-15',
    expected: ['751'],
    closed: false,
    changes: [{ at: '2026-11-01T09:00:00.000Z', by: { role: 'leader' as const }, what: 'opened' as const }],
  };
  const counts = { expected: 1, mangler: 0, indsendt: 1, sendt_tilbage: 0, godkendt: 0, late: 0 };
  const row = {
    municipality: '751' as const,
    name: 'Aarhus',
    state: 'indsendt' as const,
    late: false,
    submissionId: id,
    submissions: 1,
  };
  const status = (r: Partial<typeof row> & Record<string, unknown> = {}): StatusResponse => ({
    round,
    counts,
    rows: [{ ...row, ...r }],
  });
  const now = new Date('2026-12-02T09:00:00Z');
  const sentBack: Review = {
    version: 1,
    submissionId: 'older',
    decision: 'sent_back',
    comment: 'Ret Forside!B4',
    by: { role: 'leader', name: 'Korpsledelsen' },
    at: '2026-11-30T10:00:00.000Z',
  };

  test('awaiting review, with the deadline and the days left', () => {
    const notice = outcomeNotice(outcomes[0]!, 'da', { status: status(), now });
    expect(notice.lines).toContain(
      'Indberetningsrunde 2026-H2: frist 15. december 2026 (13 dage tilbage). Planen afventer ledelsens vurdering.',
    );
  });

  test('an answer to a send-back, submitted late', () => {
    const line = roundLine({ status: status({ answers: sentBack, late: true }), now }, id, 'en');
    expect(line).toBe(
      'Reporting round 2026-H2: deadline 15 December 2026 (13 days left). The plan answers the one sent back and now awaits the leaders’ review. The municipality submitted after the deadline.',
    );
  });

  test('a closed round, no round, and a round that could not be fetched', () => {
    expect(roundLine({ status: { ...status(), round: { ...round, closed: true } }, now }, id, 'da')).toBe(
      'Indberetningsrunde 2026-H2: frist 15. december 2026. Runden er lukket.',
    );
    expect(roundLine({ status: null, now }, id, 'da')).toBeNull();
    expect(outcomeNotice(outcomes[0]!, 'da', { status: null, now }).lines).toHaveLength(5);
    expect(roundLine({ error: 'offline' }, id, 'da')).toMatch(/kunne ikke hentes .* planen er modtaget/);
  });

  test('the ribbon asks the service: a period without a round is no round, other failures are told', async () => {
    const { api } = fakeApi(() =>
      json(404, { error: { code: 'round_not_found', message: { da: 'x', en: 'x' } } }),
    );
    expect(await roundAfterSubmit(api, '2026-H2', now)).toEqual({ status: null, now });
    const down = fakeApi(() =>
      json(500, { error: { code: 'internal_error', message: { da: 'x', en: 'x' } } }),
    );
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await roundAfterSubmit(down.api, '2026-H2', now)).toEqual({ error: 'failed' });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    const ok = fakeApi(() => json(200, status()));
    expect(await roundAfterSubmit(ok.api, '2026-H2', now)).toEqual({ status: status(), now });
  });
});
