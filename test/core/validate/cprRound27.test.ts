// CPR door, round 27 (test/fixtures/cprRound27.ts): what round 26 left open (a chart's labels
// split over two points, a date in pieces by neighbouring cells' formats, a sheet right to left and
// an indented cell under a partly see-through picture) and places never probed (a background
// picture, a form control's linked cell and fill range), with variants of places probed before.
// Each probe's workbook is refused for its number with the place named, or (a control) accepted;
// nothing the inspection returns repeats the number. A probe marked `before` is one the product
// read wrongly before round 27's rules.

import { num, text } from '../../fixtures/sheetXml';
import { ALIGNED, labelsFromCells, overC2, png, styledCells } from '../../fixtures/cprRound26';
import { ROUND27_HTTP, ROUND27_PROBES, RTL } from '../../fixtures/cprRound27';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(27, ROUND27_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND27_HTTP).toHaveLength(12);
  expect(ROUND27_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(6);
});

// The pieces of the focused cases: B2 and D2 read as one number where C2 is hidden.
const found = (bytes: Uint8Array): number => {
  const o = doorOutcome(bytes);
  return o.kind === 'cpr' ? o.messages.length : -1;
};

describe('a sheet right to left: the picture over its cells as seen (round 27)', () => {
  // A picture two cells wide from C2 (over C2 and D2): right to left, C2 stands at its right.
  const WIDE: readonly [number, number] = [2 * 609600, 190500];
  test.each([
    ['left to right, opaque over the left half (C2)', '', (x: number) => x < 4, 1],
    ['left to right, opaque over the right half (D2)', '', (x: number) => x >= 4, 0],
    ['right to left, opaque over the left half (D2)', RTL, (x: number) => x < 4, 0],
    ['right to left, opaque over the right half (C2)', RTL, (x: number) => x >= 4, 1],
  ])('%s', (_name, before, opaque, n) => {
    expect(
      found(overC2({ b: '300487-', c: text('C2', 'x'), d: '2530', size: WIDE, before, media: png(opaque) })),
    ).toBe(n);
  });
  test.each([
    ['general text, opaque right', '', text('C2', 'x', 1), (x: number) => x >= 4, 1],
    ['general text, opaque left', '', text('C2', 'x', 1), (x: number) => x < 4, 0],
    ['general number, opaque left', '', num('C2', 7, 1), (x: number) => x < 4, 1],
    ['general number, opaque right', '', num('C2', 7, 1), (x: number) => x >= 4, 0],
    ['aligned left, opaque left', 'horizontal="left"', text('C2', 'x', 1), (x: number) => x < 4, 1],
    // Round 28: an explicit left stands at the cell's left even right to left (ECMA-376 §18.18.40).
    ['aligned left, opaque right', 'horizontal="left"', text('C2', 'x', 1), (x: number) => x >= 4, 0],
    [
      'centred, opaque at both edges',
      'horizontal="center"',
      text('C2', 'x', 1),
      (x: number) => x < 2 || x >= 6,
      0,
    ],
  ])('right to left, %s', (_name, attrs, c, opaque, n) => {
    const styles = attrs === '' ? { xfs: [[0, 0] as const] } : ALIGNED(attrs);
    expect(found(overC2({ b: '300487-', c, d: '2530', styles, before: RTL, media: png(opaque) }))).toBe(n);
  });
});

describe('an indented cell under a partly see-through picture: its letters from the indent (round 27)', () => {
  // A column of 64 pixels: an indent level is 9 pixels, four put the letters past the middle.
  test.each([
    [
      'left, indent 4, opaque right',
      'horizontal="left" indent="4"',
      text('C2', 'x', 1),
      (x: number) => x >= 4,
      1,
    ],
    [
      'left, indent 4, opaque left',
      'horizontal="left" indent="4"',
      text('C2', 'x', 1),
      (x: number) => x < 4,
      0,
    ],
    [
      'left, indent 3, opaque left',
      'horizontal="left" indent="3"',
      text('C2', 'x', 1),
      (x: number) => x < 4,
      1,
    ],
    [
      'right, indent 4, opaque left',
      'horizontal="right" indent="4"',
      num('C2', 7, 1),
      (x: number) => x < 4,
      1,
    ],
    [
      'right, indent 4, opaque right',
      'horizontal="right" indent="4"',
      num('C2', 7, 1),
      (x: number) => x >= 4,
      0,
    ],
  ])('%s', (_name, attrs, c, opaque, n) => {
    expect(found(overC2({ b: '300487-', c, d: '2530', styles: ALIGNED(attrs), media: png(opaque) }))).toBe(n);
  });
});

describe("a chart's neighbouring text points read as two cells side by side (round 27)", () => {
  test.each([
    ['the dash ending the first', ['Anna', '300487-', '2530'], 1],
    ['the dash starting the second', ['300487', '-2530'], 1],
    ['no dash', ['300487', '2530'], 0],
    ['a point between them', ['300487-', 'Bo', '2530'], 0],
    ['not a date', ['300287-', '2530'], 0],
    ['words around the pieces', ['Født 300487-', '2530 kr.'], 0],
  ])('%s', (_name, labels, n) => {
    expect(found(labelsFromCells(labels))).toBe(n);
  });
});

describe("neighbouring cells' formats showing a number cut inside its date (round 27)", () => {
  const cells = (b: number, bf: string, c: number, cf: string): Uint8Array =>
    styledCells(num('B2', b, 1) + num('C2', c, 2), {
      formats: [bf, cf],
      xfs: [
        [0, 0, 164],
        [0, 0, 165],
      ],
    });
  test.each([
    ['day and month, then the rest', 3004, '0000', 872530, '00"-"0000', 1],
    ['the day, then the rest', 30, '00', 4872530, '0000"-"0000', 1],
    ['five digits, then the rest', 30048, '00000', 72530, '0"-"0000', 1],
    ['not a date', 3002, '0000', 872530, '00"-"0000', 0],
    ['a word between', 3004, '0000', 872530, '" kl. "00"-"0000', 0],
    ['no format on the first', 3004, 'General', 872530, '00"-"0000', 0],
  ])('%s', (_name, b, bf, c, cf, n) => {
    expect(found(cells(b, bf, c, cf))).toBe(n);
  });
});
