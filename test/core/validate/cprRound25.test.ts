// CPR door, round 25 (test/fixtures/cprRound25.ts): what round 24 left open (a cell under a picture
// partly see-through; a number in digit words where the product prints a text it redacted) and forms
// that are new (digit groups parted by a thin, narrow no-break or figure space; digits of other
// scripts) in places read before. Each probe's workbook is refused for its number with the place
// named, or (a control) accepted; nothing the inspection returns repeats the number. A probe marked
// `before` is one the product read wrongly before round 25's rules.

import { row, text } from '../../fixtures/sheetXml';
import { header } from '../../fixtures/cprRound19';
import { listPicture } from '../../fixtures/cprRound20';
import { partPng } from '../../fixtures/cprRound24';
import { ROUND25_HTTP, ROUND25_PROBES } from '../../fixtures/cprRound25';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';
import { containsCpr, CPR_MASK, maskCpr } from '../../../core/validate/cpr';

describeDoorRound(25, ROUND25_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND25_HTTP).toHaveLength(8);
  expect(ROUND25_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(4);
});

describe("digits of a set of ten that follows another without a gap (round 25's astral digits)", () => {
  const inSet = (zero: number, s: string): string =>
    s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
  test.each([
    ['mathematical bold', 0x1d7ce, true],
    ['mathematical double-struck', 0x1d7d8, true],
    ['mathematical sans-serif', 0x1d7e2, true],
    ['mathematical sans-serif bold', 0x1d7ec, true],
    ['mathematical monospace', 0x1d7f6, true],
  ])('%s digits read as their values', (_name, zero, found) => {
    expect(containsCpr(`Borger ${inSet(zero, '300487-2530')}`)).toBe(found);
    expect(containsCpr(`Plan ${inSet(zero, '2026-2027')}`)).toBe(false);
    expect(maskCpr(`Borger ${inSet(zero, '300487-2530')}!`)).toBe(`Borger ${CPR_MASK}!`);
  });
});

describe('a partly see-through picture over two cells, each judged under its own letters (round 25)', () => {
  // A picture over C2:D2 (two default columns, one row), the pieces in B2 and E2 around them.
  const overTwo = (opaque: (x: number, y: number) => boolean): Uint8Array =>
    listPicture({
      from: [2, 1],
      size: [2 * 609600, 190500],
      media: { name: 'image1.png', data: partPng(opaque), type: 'image/png' },
      rows:
        header('Navn', 'Id', '', '', '') +
        row(
          2,
          text('A2', 'Anna Jensen') +
            text('B2', '300487-') +
            text('C2', 'x') +
            text('D2', 'y') +
            text('E2', '2530'),
        ),
    });
  const found = (bytes: Uint8Array): number => {
    const o = doorOutcome(bytes);
    return o.kind === 'cpr' ? o.messages.length : -1;
  };
  test.each([
    ['opaque over the left half of each cell', (x: number) => x % 4 < 2, 1],
    ['opaque all but the right quarter of each cell', (x: number) => x % 4 < 3, 1],
    ['the second cell see-through at its left', (x: number) => x < 4 || x >= 5, 0],
    ['opaque over the right half of each cell', (x: number) => x % 4 >= 2, 0],
  ])('%s', (_name, opaque, n) => {
    expect(found(overTwo(opaque))).toBe(n);
  });
});
