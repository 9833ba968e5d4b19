// CPR door, round 20 (test/fixtures/cprRound20.ts): the forms of text hidden by its colour round 19
// left open (a conditional format in the sheet's extLst, a conditional format's font on the cell's
// own fill or its fill under a run, a shape filled through its style or in a theme colour with
// modifiers, a run taking its shape's style font, colours near what they are drawn on, a header's
// theme colour, a note's own fill), cells that show nothing for other reasons (a 1-point font, a
// number format that shows nothing or in white, a column 0 wide), custom XML records, and new forms
// of old places. Each probe's workbook is refused for its number with the place named, or (a
// control) accepted; nothing the inspection returns repeats the number. A probe marked `before` is
// one the product read wrongly before round 20's rules.

import { ROUND20_PROBES } from '../../fixtures/cprRound20';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(20, ROUND20_PROBES, { probes: 30, controls: 15 });
