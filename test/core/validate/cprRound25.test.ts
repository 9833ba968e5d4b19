// CPR door, round 25 (test/fixtures/cprRound25.ts): what round 24 left open (a cell under a picture
// partly see-through; a number in digit words where the product prints a text it redacted) and forms
// that are new (digit groups parted by a thin, narrow no-break or figure space; digits of other
// scripts) in places read before. Each probe's workbook is refused for its number with the place
// named, or (a control) accepted; nothing the inspection returns repeats the number. A probe marked
// `before` is one the product read wrongly before round 25's rules.

import { ROUND25_HTTP, ROUND25_PROBES } from '../../fixtures/cprRound25';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(25, ROUND25_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND25_HTTP).toHaveLength(8);
  expect(ROUND25_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(4);
});
