// CPR door, round 11 (test/fixtures/cprRound11.ts): each probe's workbook is refused for its number
// with the place named, or refused outright, or (a control) accepted; and nothing the inspection
// returns repeats the number. A probe marked `before` is one the product missed (or named in words a
// coordinator cannot act on) before round 11's rules: it is expected to fail until its rule is in.

import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { isCprDigits } from '../../../core/validate';
import { CPR_PLACE_FIXTURES, cprDigitsOf, leaks } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES } from '../../fixtures/cprRound9';
import { ROUND10_PROBES } from '../../fixtures/cprRound10';
import { ROUND11_PROBES, type Round11Probe } from '../../fixtures/cprRound11';

const TODAY = '2026-06-01';

type Outcome =
  | { kind: 'cpr'; messages: { da: string; en: string }[]; json: string }
  | { kind: 'refused'; code: string; message: { da: string; en: string }; json: string };

function outcome(bytes: Uint8Array): Outcome {
  try {
    const r = inspectBytes(bytes, { today: TODAY });
    const json = JSON.stringify({
      plan: r.plan,
      issues: r.issues,
      unmapped: r.unmapped,
      checks: r.checks,
      textFindings: r.grid.textFindings,
    });
    return {
      kind: 'cpr',
      messages: r.issues.filter((i) => i.code === 'cpr_number').map((i) => i.message),
      json,
    };
  } catch (err) {
    if (err instanceof RefusalError)
      return {
        kind: 'refused',
        code: err.code,
        message: err.userMessage,
        json: JSON.stringify(err.userMessage),
      };
    throw err;
  }
}

function check(p: Round11Probe): void {
  const o = outcome(p.build());
  expect(leaks(o.json, p.written)).toEqual([]);
  if (p.outcome === 'refused') {
    expect(o.kind).toBe('refused');
    if (o.kind === 'refused') {
      expect(o.code).toBe(p.code);
      expect(o.message.en).toMatch(p.place);
    }
    return;
  }
  expect(o.kind).toBe('cpr');
  if (o.kind !== 'cpr') return;
  if (p.outcome === 'accepted') {
    expect(o.messages).toEqual([]);
    return;
  }
  expect(o.messages).toHaveLength(1);
  const m = o.messages[0]!;
  expect(m.en).toMatch(p.place);
  expect(m.en).toContain('looks like a CPR number');
  expect(m.da).toMatch(/CPR-nummer/);
  expect((JSON.parse(o.json) as { plan: unknown }).plan).toBeNull();
}

describe('round 11 probes', () => {
  test('at least 30 places and forms, each with its own number, none shared with rounds 1–10', () => {
    const probes = ROUND11_PROBES.filter((p) => p.outcome !== 'accepted');
    expect(probes.length).toBeGreaterThanOrEqual(30);
    const digits = probes.map((p) => cprDigitsOf(p.written));
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(digits).size).toBe(digits.length);
    const earlier = new Set(
      [...CPR_PLACE_FIXTURES, ...ROUND8_PROBES, ...ROUND9_PROBES, ...ROUND10_PROBES].map((f) =>
        cprDigitsOf(f.written),
      ),
    );
    expect(digits.filter((d) => earlier.has(d))).toEqual([]);
    expect(new Set(ROUND11_PROBES.map((p) => p.id)).size).toBe(ROUND11_PROBES.length);
  });

  const caught = ROUND11_PROBES.filter((p) => p.before === undefined);
  const missed = ROUND11_PROBES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => check(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 11)', (_id, p) =>
      check(p),
    );
});
