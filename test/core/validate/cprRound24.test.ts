// CPR door, round 24 (test/fixtures/cprRound24.ts): what round 23 left open (a cell under a picture
// see-through only away from the letters it covers; a table's first or last header or total cell in
// a look of its own; a header's field beside digits that are no number) and places or forms that are
// new (digits written as words, a rich string's runs in several fonts, a text box rotated or off the
// used range, a note's author, a code name, a table column's totals label and calculated formula, a
// pivot item's name, a data model, an OLE object's programme id and alt text, a chart title in runs,
// a cell style's name, a number format no cell uses). Each probe's workbook is refused for its number
// with the place named, or (a control) accepted; nothing the inspection returns repeats the number. A
// probe marked `before` is one the product read wrongly before round 24's rules.

import {
  cornerTable,
  element,
  GOLD_ON_GOLD,
  RED_FONT,
  ROUND24_HTTP,
  ROUND24_PROBES,
} from '../../fixtures/cprRound24';
import { containsCpr, maskCpr } from '../../../core/validate/cpr';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(24, ROUND24_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND24_HTTP).toHaveLength(8);
  expect(ROUND24_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(4);
});

describe("a table's first or last header or total cell in a look of its own (round 24)", () => {
  const found = (bytes: Uint8Array): number => {
    const o = doorOutcome(bytes);
    return o.kind === 'cpr' ? o.messages.length : -1;
  };
  const head: readonly (readonly [string, string, string])[] = [
    ['240386-', 'x', '2430'],
    ['', '', ''],
    ['', 'I alt', ''],
  ];
  const foot: readonly (readonly [string, string, string])[] = [
    ['', 'Timer', ''],
    ['', '', ''],
    ['240386-', 'x', '2430'],
  ];
  const hiddenHeader = element('headerRow', 0);
  test.each([
    ['the first header cell gold on gold, shown', element('firstHeaderCell', 0), head, true, false, 1],
    ['the first header cell gold on gold, not shown', element('firstHeaderCell', 0), head, false, false, 0],
    [
      'the first header cell red over a gold header row',
      element('headerRow', 0) + element('firstHeaderCell', 1),
      head,
      true,
      false,
      0,
    ],
    [
      'one column: the first header cell red over the last gold (the first wins)',
      element('lastHeaderCell', 0) + element('firstHeaderCell', 1),
      head,
      true,
      true,
      0,
    ],
    [
      'one column: the last header cell gold, the first red not shown',
      element('lastHeaderCell', 0) + element('firstHeaderCell', 1),
      head,
      false,
      true,
      1,
    ],
    ['the first total cell gold on gold', hiddenHeader + element('firstTotalCell', 0), foot, true, false, 1],
    [
      'the last total cell red over a gold total row',
      hiddenHeader + element('totalRow', 0) + element('lastTotalCell', 1),
      foot,
      false,
      true,
      0,
    ],
  ] as const)('%s', (_name, elements, cells, first, last, n) => {
    expect(found(cornerTable({ elements, dxfs: [GOLD_ON_GOLD, RED_FONT], cells, first, last }))).toBe(n);
  });
});

describe('a number written with its digits as Danish words (round 24)', () => {
  test.each([
    ['words, a spaced dash before the serial', 'Borger et fem nul tre otte seks - to fire tre et', true],
    ['words between commas, capitalised', 'Et, fem, nul, tre, otte, seks, to, fire, tre, to', true],
    ['counting nought to nine (no date)', 'Tæl: nul en to tre fire fem seks syv otte ni', false],
    ['six words that are no date', 'et to tre fire fem seks', false],
    ['numbers in a sentence', 'To til tre gange om ugen, fire til fem deltagere, et møde', false],
    ['a word that is no digit breaks the run', 'uge nul tre otte seks to fire tre tre', false],
  ])('%s', (_name, text, found) => {
    expect(containsCpr(text)).toBe(found);
  });
  test('masked where it stands, the words taken out', () => {
    const masked = maskCpr('Borger et fem nul tre otte seks - to fire tre et, ring');
    expect(masked).not.toMatch(/otte|seks/);
    expect(masked).toMatch(/^Borger .+, ring$/);
  });
});
