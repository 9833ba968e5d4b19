// The ribbon's Indsend tells the outcome in one small notice; every outcome has its words, in both
// languages.

import { outcomeNotice } from '../../../addin/src/notice';
import type { SubmitOutcome } from '../../../addin/src/pipeline';
import { receipt } from '../support/fakes';

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
