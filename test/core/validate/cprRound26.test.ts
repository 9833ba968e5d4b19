// CPR door, round 26 (test/fixtures/cprRound26.ts): what round 25 left open (a cell under a picture
// partly see-through whose letters stand where its alignment puts them; a shape, a GIF or a JPEG
// over a cell; a picture over more than 4,096 cells) and forms that are new (a number split by a
// line break, a text stacked or turned, a merge's covered cells, a chart's labels from cells,
// neighbouring cells' number formats). Each probe's workbook is refused for its number with the
// place named, or (a control) accepted; nothing the inspection returns repeats the number. A probe
// marked `before` is one the product read wrongly before round 26's rules.

import { ROUND26_HTTP, ROUND26_PROBES } from '../../fixtures/cprRound26';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(26, ROUND26_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND26_HTTP).toHaveLength(10);
  expect(ROUND26_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(5);
});
