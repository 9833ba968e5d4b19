// CPR door, round 23 (test/fixtures/cprRound23.ts): what round 22 left open (a cell under a PNG the
// reader did not decode: interlaced, under 8 bits a sample, a tRNS chunk that makes no drawn pixel
// see-through; a table style's first or last column; a cell's own fill over a stripe; a number in a
// formula judged as the same number typed), and places or forms that are new (a threaded comment's
// mention, a note's VML text with HTML formatting, two cells aligned to meet, field codes in a
// header, a number format's literal, digits of other scripts in new places, the narrow no-break
// space, a picture's title and a decorative picture, a link's location). Each probe's workbook is
// refused for its number with the place named, or (a control) accepted; nothing the inspection
// returns repeats the number. A probe marked `before` is one the product read wrongly before round
// 23's rules.

import { ROUND23_HTTP, ROUND23_PROBES } from '../../fixtures/cprRound23';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(23, ROUND23_PROBES, { probes: 30, controls: 15 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND23_HTTP).toHaveLength(8);
  expect(ROUND23_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(5);
});
