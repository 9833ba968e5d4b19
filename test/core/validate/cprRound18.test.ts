// CPR door, round 18 (test/fixtures/cprRound18.ts): tables kept outside the sheets (a pivot cache's
// records, a table drawn in a text box), runs no one sees in colours other than white RGB, headers
// and labels as exports write them, the whole number in pairs, a format's currency text, an input
// message's title and text. Each probe's workbook is refused for its number with the place named,
// or (a control) accepted; nothing the inspection returns repeats the number. A probe marked
// `before` is one the product read wrongly before round 18's rules.

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
];

describeDoorRound(18, ROUND18_PROBES, EARLIER, { probes: 30, controls: 15 });
