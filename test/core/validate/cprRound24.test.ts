// CPR door, round 24 (test/fixtures/cprRound24.ts): what round 23 left open (a cell under a picture
// see-through only away from the letters it covers; a table's first or last header or total cell in
// a look of its own; a header's field beside digits that are no number) and places or forms that are
// new (digits written as words, a rich string's runs in several fonts, a text box rotated or off the
// used range, a note's author, a code name, a table column's totals label and calculated formula, a
// pivot item's name, a data model, an OLE object's programme id and alt text, a chart title in runs,
// a cell style's name, a number format no cell uses). Each probe's workbook is refused for its number
// with the place named, or (a control) accepted; nothing the inspection returns repeats the number. A
// probe marked `before` is one the product read wrongly before round 24's rules.

import { ROUND24_HTTP, ROUND24_PROBES } from '../../fixtures/cprRound24';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(24, ROUND24_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND24_HTTP).toHaveLength(8);
  expect(ROUND24_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(4);
});
