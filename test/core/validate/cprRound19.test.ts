// CPR door, round 19 (test/fixtures/cprRound19.ts): text hidden by its colour other than white on
// white (a palette of the workbook's own, a run or a cell in its fill's colour, a run that takes its
// cell's font, a conditional format that makes font and fill one colour, a note's own yellow, a text
// box's fill, a header's white text or 1-point font) and a pivot cache's values shown in their field's
// number format. Each probe's workbook is refused for its number with the place named, or (a
// control) accepted; nothing the inspection returns repeats the number. A probe marked `before` is
// one the product read wrongly before round 19's rules.

import { CPR_PLACE_FIXTURES } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES } from '../../fixtures/cprRound9';
import { ROUND10_PROBES } from '../../fixtures/cprRound10';
import { ROUND11_PROBES } from '../../fixtures/cprRound11';
import { ROUND12_PROBES } from '../../fixtures/cprRound12';
import { ROUND13_PROBES } from '../../fixtures/cprRound13';
import { ROUND14_PROBES } from '../../fixtures/cprRound14';
import { ROUND16_PROBES } from '../../fixtures/cprRound16';
import { ROUND17_PROBES } from '../../fixtures/cprRound17';
import { ROUND18_PROBES } from '../../fixtures/cprRound18';
import { ROUND19_HTTP, ROUND19_PROBES } from '../../fixtures/cprRound19';
import { describeDoorRound } from '../../fixtures/doorRound';

const EARLIER = [
  ...CPR_PLACE_FIXTURES,
  ...ROUND8_PROBES,
  ...ROUND9_PROBES,
  ...ROUND10_PROBES,
  ...ROUND11_PROBES,
  ...ROUND12_PROBES,
  ...ROUND13_PROBES,
  ...ROUND14_PROBES,
  ...ROUND16_PROBES,
  ...ROUND17_PROBES,
  ...ROUND18_PROBES,
];

describeDoorRound(19, ROUND19_PROBES, EARLIER, { probes: 30, controls: 15 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND19_HTTP).toHaveLength(13);
  expect(ROUND19_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(5);
});
