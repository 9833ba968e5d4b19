// CPR door, round 15 (test/fixtures/cprRound15.ts): texts a person sends through the product's
// other ways in, at every door core holds (a value or cover value typed in the pane or on the
// command line, a leader's comment, a round's message and its change, a roster name, a remembered
// correction's text) and at the sinks' mask; and the summary's clipping of a note for paper.

import { holdsCpr, jsonHoldsCpr, redactJson, redactText } from '../../core/redact';
import { readCoverValue, readFieldValue } from '../../core/corrections';
import { changeRoundSchema, openRoundSchema, reviewRequestSchema } from '../../core/rounds';
import { rosterWriteSchema } from '../../core/roster';
import { zodText } from '../../core/zodText';
import { clip } from '../../core/summary/cells';
import { OVERVIEW_NOTE_CHARS } from '../../core/summary/sheets/overview';
import { ROUND15_CLIPPED, ROUND15_TEXTS, readerSees, type Round15Text } from '../fixtures/cprRound15';
import { leaks } from '../cli/helpers';
import { planWithoutPhase } from '../cli/fixtures';
import { inspectBytes } from '../../core/inspect';

const refused = ROUND15_TEXTS.filter((p) => p.outcome === 'refused');
const accepted = ROUND15_TEXTS.filter((p) => p.outcome === 'accepted');
const cases = (ps: readonly Round15Text[]) => ps.map((p) => [p.id, p] as const);

/** Whether a reader sees the probe's number in any of the texts. */
const seen = (p: Round15Text, ...texts: string[]) => leaks(p.written, ...texts.map(readerSees));

const entry = {
  tenantId: '11111111-1111-1111-1111-111111111111',
  objectId: '22222222-2222-2222-2222-222222222222',
  role: 'leader' as const,
};

/** Every door core holds, each with what it answered (a refusal's words, or null where it took the text). */
function doors(text: string): [string, { da: string; en: string } | null][] {
  const said = (r: { success: boolean; error?: unknown }) =>
    r.success ? null : zodText((r as { error: Parameters<typeof zodText>[0] }).error);
  const field = readFieldValue('activities.activity', text);
  const cover = readCoverValue('coordinatorName', text);
  return [
    ['a table value typed in the pane', field.ok ? null : field.message],
    ['a cover value typed in the pane', cover.ok ? null : cover.message],
    [
      "a leader's send-back comment",
      said(reviewRequestSchema.safeParse({ decision: 'sent_back', comment: text })),
    ],
    [
      "a round's message",
      said(openRoundSchema.safeParse({ period: '2026-H2', deadline: '2026-12-15', message: text })),
    ],
    ["a round's changed message", said(changeRoundSchema.safeParse({ message: text }))],
    [
      'a name in the roster',
      said(rosterWriteSchema.safeParse({ version: 1, entries: [{ ...entry, name: text }] })),
    ],
  ];
}

describe('round 15: texts sent at the other doors', () => {
  test.each(cases(refused))('%s: every door refuses it, saying why, without repeating it', (_id, p) => {
    expect(holdsCpr(p.value)).toBe(true);
    expect(jsonHoldsCpr({ note: p.value })).toBe(true);
    for (const [door, message] of doors(p.value)) {
      expect({ door, refused: message !== null }).toEqual({ door, refused: true });
      if (message === null) continue;
      expect(message.da).toMatch(/CPR-nummer/);
      expect(message.en).toMatch(/CPR number/);
      expect(seen(p, message.da, message.en)).toBe(false);
    }
  });
  test.each(cases(refused))('%s: the sinks mask it', (_id, p) => {
    expect(redactText(p.value)).not.toBe(p.value);
    expect(seen(p, redactText(p.value))).toBe(false);
  });
  test.each(cases(accepted))('%s: every door takes it, and no sink changes it', (_id, p) => {
    expect(holdsCpr(p.value)).toBe(false);
    for (const [door, message] of doors(p.value)) expect({ door, message }).toEqual({ door, message: null });
    expect(redactText(p.value)).toBe(p.value);
  });
});

describe("round 15: the summary's overview clips a note without making a number", () => {
  test.each(cases(ROUND15_CLIPPED))('%s: accepted, and shown clipped as written', (_id, p) => {
    expect(holdsCpr(p.value)).toBe(false);
    const shown = clip(p.value, OVERVIEW_NOTE_CHARS) ?? '';
    expect(holdsCpr(shown)).toBe(false);
    expect(redactText(shown)).toBe(shown);
    // Still the note: its words are there, as far as it goes.
    expect(shown.slice(0, 10)).toBe(p.value.slice(0, 10));
  });
  test('control: a short note is only flattened', () => {
    expect(clip('Møde  i\n\nuge 12', OVERVIEW_NOTE_CHARS)).toBe('Møde i uge 12');
    expect(clip('x'.repeat(200), 20)).toBe(`${'x'.repeat(19)}…`);
  });
});

describe('round 15: the same forms in a workbook cell', () => {
  const missed = refused.filter((p) => p.before === 'missed' && /[ОоΟοІΙ]/.test(p.value));
  test.each(cases(missed))('%s in an activity: a CPR number at its cell, never shown', (_id, p) => {
    const bytes = planWithoutPhase({
      rows: [['15.12.2026', 'Ledelse', `Samtale ${p.value}`, 'Møde', 'Koordinator', 'I gang']],
    });
    const result = inspectBytes(bytes, { today: '2026-10-01' });
    const cpr = result.issues.filter((i) => i.code === 'cpr_number');
    expect(cpr.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Handleplan!C11']);
    // The draft as a sink gives it (the answer's and the CLI's mask, the pane's maskCprDeep).
    expect(seen(p, JSON.stringify(result.issues), JSON.stringify(redactJson(result.structure.draft)))).toBe(
      false,
    );
  });
});
