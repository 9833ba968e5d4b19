// CPR door, round 22 (test/fixtures/cprRound22.ts): what round 21 left open (a cell under a picture
// with an alpha channel that draws every pixel opaque, a table style's band stripes), places that
// may be unread (Power Query, connections, query tables, external links, slicers and timelines,
// rich values, cell metadata, add-ins' settings, a sheet's custom property, printer settings in
// UTF-16, a macro workbook renamed, a sensitivity label, the ribbon) and numbers as a person writes
// them in formulas, conditional formats, charts and sparklines. Each probe's workbook is refused for
// its number with the place named, or (a control) accepted; nothing the inspection returns repeats
// the number. A probe marked `before` is one the product read wrongly before round 22's rules.

import { containsCpr } from '../../../core/validate/cpr';
import { dxfLook } from '../../fixtures/cprRound20';
import { ROUND22_HTTP, ROUND22_PROBES, stripedTable } from '../../fixtures/cprRound22';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(22, ROUND22_PROBES, { probes: 30, controls: 15 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND22_HTTP).toHaveLength(8);
  expect(ROUND22_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(4);
});

describe("a table style's band stripes (round 22)", () => {
  const cprMessages = (bytes: Uint8Array): string[] => {
    const o = doorOutcome(bytes);
    return o.kind === 'cpr' ? o.messages.map((m) => m.en) : [`refused: ${o.code}`];
  };
  const rows: readonly (readonly [string, string, string])[] = [
    ['Se note', '', ''],
    ['010784-', 'x', '2201'],
  ];
  const gold = dxfLook(undefined, 'rgb="FFFFC000"');
  const bold = '<font><b/></font>';
  test.each([
    ['the second stripe gold (row 3 in it)', '<tableStyleElement type="secondRowStripe" dxfId="0"/>', 1],
    [
      'the first stripe two rows high, bold (rows 2–3), the second gold (row 4 on)',
      '<tableStyleElement type="firstRowStripe" size="2" dxfId="1"/><tableStyleElement type="secondRowStripe" dxfId="0"/>',
      0,
    ],
    [
      'the first stripe gold and two rows high (rows 2–3)',
      '<tableStyleElement type="firstRowStripe" size="2" dxfId="0"/>',
      1,
    ],
    [
      'the first stripe gold, one row high (row 2 alone)',
      '<tableStyleElement type="firstRowStripe" dxfId="0"/>',
      0,
    ],
  ])('%s', (_name, elements, found) => {
    expect(cprMessages(stripedTable(elements, 'rows', rows, 'FFC000', [gold, bold]))).toHaveLength(found);
  });
});

describe('a number broken over two lines between two of its digits (round 22)', () => {
  test.each([
    ['inside the date (LF)', 'Borger 2707\n84-2227', true],
    ['inside the date (CR LF)', 'Borger 2707\r\n84-2227', true],
    ['inside the serial', 'Borger 270784-22\n27', true],
    ['a date and an hour', 'Møde 01.01.26\nkl. 12.00', false],
    ['two numbers, nine digits together', 'Beløb 1234\n56789', false],
    ['a postcode and a year', 'Postnr. 8000\n2026', false],
    ['lines of four digits', '2026\n8000\n1234', false],
    ['ten digits over two lines, no separator (lines of numbers)', 'Sag 17020\n04231 stk.', false],
    ['a break beside a space', 'Borger 2707 \n84-2227', false],
  ])('%s', (_name, text, found) => {
    expect(containsCpr(text)).toBe(found);
  });
});
