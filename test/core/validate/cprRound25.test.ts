// CPR door, round 25 (test/fixtures/cprRound25.ts): what round 24 left open (a cell under a picture
// partly see-through; a number in digit words where the product prints a text it redacted) and forms
// that are new (digit groups parted by a thin, narrow no-break or figure space; digits of other
// scripts) in places read before. Each probe's workbook is refused for its number with the place
// named, or (a control) accepted; nothing the inspection returns repeats the number. A probe marked
// `before` is one the product read wrongly before round 25's rules.

import { ROUND25_HTTP, ROUND25_PROBES } from '../../fixtures/cprRound25';
import { describeDoorRound } from '../../fixtures/doorRound';
import { containsCpr, CPR_MASK, maskCpr } from '../../../core/validate/cpr';

describeDoorRound(25, ROUND25_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND25_HTTP).toHaveLength(8);
  expect(ROUND25_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(4);
});

describe("digits of a set of ten that follows another without a gap (round 25's astral digits)", () => {
  const inSet = (zero: number, s: string): string =>
    s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
  test.each([
    ['mathematical bold', 0x1d7ce, true],
    ['mathematical double-struck', 0x1d7d8, true],
    ['mathematical sans-serif', 0x1d7e2, true],
    ['mathematical sans-serif bold', 0x1d7ec, true],
    ['mathematical monospace', 0x1d7f6, true],
  ])('%s digits read as their values', (_name, zero, found) => {
    expect(containsCpr(`Borger ${inSet(zero, '300487-2530')}`)).toBe(found);
    expect(containsCpr(`Plan ${inSet(zero, '2026-2027')}`)).toBe(false);
    expect(maskCpr(`Borger ${inSet(zero, '300487-2530')}!`)).toBe(`Borger ${CPR_MASK}!`);
  });
});
