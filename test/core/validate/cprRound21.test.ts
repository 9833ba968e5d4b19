// CPR door, round 21 (test/fixtures/cprRound21.ts): the forms of hidden text round 20 left open (a
// conditional fill over a font of its colour, gradient and pattern fills, DrawingML colours with
// alpha, satMod and hueMod, a table style's font, a column narrower than a character, rows of no
// height, text pushed out of its cell, a cell under a picture), places that may be unread (pictures'
// metadata, SVG text, an embedded Word document, a picture's link, a chart's axis title and data
// labels' field cache, a pivot table's calculated field and item, a named sheet view's filter, the
// company, a mentioned person's id) and numbers as a person writes them. Each probe's workbook is
// refused for its number with the place named, or (a control) accepted; nothing the inspection
// returns repeats the number. A probe marked `before` is one the product read wrongly before round
// 21's rules. Beside them, each rule's edges.

import { ROUND21_PROBES } from '../../fixtures/cprRound21';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(21, ROUND21_PROBES, { probes: 30, controls: 15 });
