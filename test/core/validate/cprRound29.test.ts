// CPR door, round 29 (test/fixtures/cprRound29.ts): what round 28 left open (a text read left to
// right on a sheet right to left, the letters' width in a wide cell, a picture's effects) and new
// forms (digits with the serial in words, Danish numbers of two digits). Each probe's workbook is
// refused for its number with the place named, or (a control) accepted; nothing the inspection
// returns repeats the number. A probe marked `before` is one the product read wrongly before round
// 29's rules.

import { ROUND29_HTTP, ROUND29_PROBES } from '../../fixtures/cprRound29';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(29, ROUND29_PROBES, { probes: 20, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND29_HTTP).toHaveLength(12);
  expect(ROUND29_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(6);
});
