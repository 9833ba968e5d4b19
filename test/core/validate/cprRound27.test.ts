// CPR door, round 27 (test/fixtures/cprRound27.ts): what round 26 left open (a chart's labels
// split over two points, a date in pieces by neighbouring cells' formats, a sheet right to left and
// an indented cell under a partly see-through picture) and places never probed (a background
// picture, a form control's linked cell and fill range), with variants of places probed before.
// Each probe's workbook is refused for its number with the place named, or (a control) accepted;
// nothing the inspection returns repeats the number. A probe marked `before` is one the product
// read wrongly before round 27's rules.

import { ROUND27_HTTP, ROUND27_PROBES } from '../../fixtures/cprRound27';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(27, ROUND27_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND27_HTTP).toHaveLength(8);
  expect(ROUND27_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(4);
});
