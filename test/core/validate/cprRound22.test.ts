// CPR door, round 22 (test/fixtures/cprRound22.ts): what round 21 left open (a cell under a picture
// with an alpha channel that draws every pixel opaque, a table style's band stripes), places that
// may be unread (Power Query, connections, query tables, external links, slicers and timelines,
// rich values, cell metadata, add-ins' settings, a sheet's custom property, printer settings in
// UTF-16, a macro workbook renamed, a sensitivity label, the ribbon) and numbers as a person writes
// them in formulas, conditional formats, charts and sparklines. Each probe's workbook is refused for
// its number with the place named, or (a control) accepted; nothing the inspection returns repeats
// the number. A probe marked `before` is one the product read wrongly before round 22's rules.

import { ROUND22_HTTP, ROUND22_PROBES } from '../../fixtures/cprRound22';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(22, ROUND22_PROBES, { probes: 30, controls: 15 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND22_HTTP).toHaveLength(8);
  expect(ROUND22_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(4);
});
