// CPR door, round 28 (test/fixtures/cprRound28.ts): what round 27 left open (a picture drawn
// mirrored over cells, an indent of one level under a partly see-through picture, a sheet right to
// left whose cells set an explicit alignment, a camera picture) and new forms in places probed
// before. Each probe's workbook is refused for its number with the place named, or (a control)
// accepted; nothing the inspection returns repeats the number. A probe marked `before` is one the
// product read wrongly before round 28's rules.

import { ROUND28_HTTP, ROUND28_PROBES } from '../../fixtures/cprRound28';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(28, ROUND28_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND28_HTTP).toHaveLength(12);
  expect(ROUND28_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(6);
});
