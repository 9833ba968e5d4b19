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

import { formulaHasCpr } from '../../../core/validate/cpr';
import { headerFooter } from '../../fixtures/cprRound19';
import { dxfLook } from '../../fixtures/cprRound20';
import { stripedTable } from '../../fixtures/cprRound22';
import { ROUND23_HTTP, ROUND23_PROBES } from '../../fixtures/cprRound23';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(23, ROUND23_PROBES, { probes: 30, controls: 15 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND23_HTTP).toHaveLength(8);
  expect(ROUND23_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(5);
});

describe("a table style's first or last column, and a cell's own fill over the table's (round 23)", () => {
  const cprMessages = (bytes: Uint8Array): string[] => {
    const o = doorOutcome(bytes);
    return o.kind === 'cpr' ? o.messages.map((m) => m.en) : [`refused: ${o.code}`];
  };
  const gold = dxfLook(undefined, 'rgb="FFFFC000"');
  const red = dxfLook(undefined, 'rgb="FFFF0000"');
  const onRow = (r: 2 | 3): readonly (readonly [string, string, string])[] =>
    r === 2
      ? [
          ['091085-', 'x', '2309'],
          ['Se note', '', ''],
        ]
      : [
          ['Se note', '', ''],
          ['091085-', 'x', '2309'],
        ];
  test.each([
    [
      'the first column gold, shown',
      '<tableStyleElement type="firstColumn" dxfId="0"/>',
      2,
      { firstColumn: true },
      1,
    ],
    ['the first column gold, not shown', '<tableStyleElement type="firstColumn" dxfId="0"/>', 2, {}, 0],
    [
      'the last column gold, shown',
      '<tableStyleElement type="lastColumn" dxfId="0"/>',
      2,
      { lastColumn: true },
      1,
    ],
    [
      'the first column red over the last gold (the first wins)',
      '<tableStyleElement type="lastColumn" dxfId="0"/><tableStyleElement type="firstColumn" dxfId="1"/>',
      2,
      { firstColumn: true, lastColumn: true },
      0,
    ],
    [
      'the second stripe gold under a red first column (the column wins)',
      '<tableStyleElement type="secondRowStripe" dxfId="0"/><tableStyleElement type="firstColumn" dxfId="1"/>',
      3,
      { firstColumn: true },
      0,
    ],
    [
      'the second stripe gold, the first column red but not shown',
      '<tableStyleElement type="secondRowStripe" dxfId="0"/><tableStyleElement type="firstColumn" dxfId="1"/>',
      3,
      {},
      1,
    ],
    [
      'the first stripe gold, the cell filled white of its own',
      '<tableStyleElement type="firstRowStripe" dxfId="0"/>',
      2,
      { ownFill: 'FFFFFF' },
      0,
    ],
    [
      'the first stripe gold, the cell filled gold of its own',
      '<tableStyleElement type="firstRowStripe" dxfId="0"/>',
      2,
      { ownFill: 'FFC000' },
      1,
    ],
  ] as const)('%s', (_name, elements, r, shown, found) => {
    expect(cprMessages(stripedTable(elements, 'rows', onRow(r), 'FFC000', [gold, red], shown))).toHaveLength(
      found,
    );
  });
});

describe("a formula's number literal with decimals is judged as the same number typed (round 23)", () => {
  test.each([
    ['an amount doubled', '101190.1234*2', false],
    ['the amount alone', '101190.1234', false],
    ['the amount after a reference', 'Ark1!A1+101190.1234', false],
    ['the amount rounded', 'ROUND(101190.1234,2)', false],
    ['the amount as a quoted text', '"101190.1234"&""', true],
    ['the amount joined to a text (shows as text)', '"Borger "&101190.1234', true],
    ['the number typed with its dash (a subtraction)', '131085-2313', true],
    ['a sheet named by the dotted number', "'131085.2313'!A1", true],
    ['the ten digits with a decimal zero', '1310852313.0*1', true],
  ])('%s', (_name, f, found) => {
    expect(formulaHasCpr(f)).toBe(found);
  });
});

describe("a header's field glued to the digits of a number (round 23)", () => {
  const found = (content: string): number => {
    const o = doorOutcome(headerFooter(content));
    return o.kind === 'cpr' ? o.messages.length : -1;
  };
  test.each([
    ['the page inside the date', '<oddHeader>&amp;LBorger 1810&amp;P85-2318</oddHeader>', 1],
    ['the date inside the date', '<oddFooter>&amp;CBorger 18&amp;D1085-2318</oddFooter>', 1],
    ['the pages inside the serial', '<oddHeader>&amp;RBorger 181085-23&amp;N18</oddHeader>', 1],
    ['page of pages', '<oddHeader>&amp;LSide &amp;P af &amp;N</oddHeader>', 0],
    ['a year before the page', '<oddHeader>&amp;LPlan 2026&amp;P&amp;RUdskrevet &amp;D</oddHeader>', 0],
    ['a page number glued to a count', '<oddFooter>&amp;CSide 1&amp;P af 12</oddFooter>', 0],
  ])('%s', (_name, content, n) => {
    expect(found(content)).toBe(n);
  });
});
