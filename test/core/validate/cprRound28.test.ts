// CPR door, round 28 (test/fixtures/cprRound28.ts): what round 27 left open (a picture drawn
// mirrored over cells, an indent of one level under a partly see-through picture, a sheet right to
// left whose cells set an explicit alignment, a camera picture) and new forms in places probed
// before. Each probe's workbook is refused for its number with the place named, or (a control)
// accepted; nothing the inspection returns repeats the number. A probe marked `before` is one the
// product read wrongly before round 28's rules.

import { num, text } from '../../fixtures/sheetXml';
import { ALIGNED, overC2, png } from '../../fixtures/cprRound26';
import { RTL } from '../../fixtures/cprRound27';
import { ROUND28_HTTP, ROUND28_PROBES } from '../../fixtures/cprRound28';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(28, ROUND28_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND28_HTTP).toHaveLength(12);
  expect(ROUND28_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(6);
});

// The pieces of the focused cases: B2 and D2 read as one number where C2 is hidden.
const found = (bytes: Uint8Array): number => {
  const o = doorOutcome(bytes);
  return o.kind === 'cpr' ? o.messages.length : -1;
};
const pieces = (c: string, o: { xfrm?: string; crop?: string; size?: readonly [number, number] }) =>
  ({ b: '300487-', c, d: '2530', ...o }) as const;

describe('a picture drawn mirrored or cropped: the part of its image over the letters (round 28)', () => {
  // Two rows tall from C2: C2 takes the picture's top half.
  const TALL: readonly [number, number] = [609600, 2 * 190500];
  test.each([
    [
      'flipH, opaque right in the file, a text',
      text('C2', 'x'),
      { xfrm: 'flipH="1"' },
      (x: number) => x >= 4,
      1,
    ],
    [
      'flipH, opaque left in the file, a text',
      text('C2', 'x'),
      { xfrm: 'flipH="1"' },
      (x: number) => x < 4,
      0,
    ],
    [
      'flipH, opaque left in the file, a number',
      num('C2', 7),
      { xfrm: 'flipH="1"' },
      (x: number) => x < 4,
      1,
    ],
    [
      'flipV, two rows, opaque top in the file',
      text('C2', 'x'),
      { xfrm: 'flipV="1"', size: TALL },
      (_x: number, y: number) => y < 4,
      0,
    ],
    [
      'flipV, two rows, opaque bottom in the file',
      text('C2', 'x'),
      { xfrm: 'flipV="1"', size: TALL },
      (_x: number, y: number) => y >= 4,
      1,
    ],
    [
      'cropped to the right half, opaque there',
      text('C2', 'x'),
      { crop: 'l="50000"' },
      (x: number) => x >= 4,
      1,
    ],
    [
      'cropped to the left half, opaque there, a number',
      num('C2', 7),
      { crop: 'r="50000"' },
      (x: number) => x < 4,
      1,
    ],
    [
      'cropped to the bottom half, opaque there',
      text('C2', 'x'),
      { crop: 't="50000"' },
      (_x: number, y: number) => y >= 4,
      1,
    ],
    [
      'cropped to the right half, see-through there',
      text('C2', 'x'),
      { crop: 'l="50000"' },
      (x: number) => x < 4,
      0,
    ],
    [
      'a crop past the edges: the whole image, as before',
      text('C2', 'x'),
      { crop: 'l="-50000"' },
      (x: number) => x < 4,
      1,
    ],
  ])('%s', (_name, c, o, opaque, n) => {
    expect(found(overC2({ ...pieces(c, o), media: png(opaque) }))).toBe(n);
  });
});

describe("an indent moves where a cell's letters begin under a partly see-through picture (round 28)", () => {
  // A column of 64 pixels, a picture of 8: an indent level is 9 pixels.
  test.each([
    [
      'left, indent 1, opaque from the 8th pixel to the 48th',
      'horizontal="left" indent="1"',
      text('C2', 'x', 1),
      (x: number) => x >= 1 && x <= 5,
      1,
    ],
    [
      'left, indent 2, opaque from the 16th pixel to the 32nd',
      'horizontal="left" indent="2"',
      text('C2', 'x', 1),
      (x: number) => x >= 2 && x <= 3,
      1,
    ],
    [
      'left, indent 1, opaque over the first 8 pixels',
      'horizontal="left" indent="1"',
      text('C2', 'x', 1),
      (x: number) => x < 1,
      0,
    ],
    [
      'right, indent 1, opaque from the 16th pixel to the 56th',
      'horizontal="right" indent="1"',
      num('C2', 7, 1),
      (x: number) => x >= 2 && x <= 6,
      1,
    ],
    [
      'right, indent 1, opaque over the last 8 pixels',
      'horizontal="right" indent="1"',
      num('C2', 7, 1),
      (x: number) => x >= 7,
      0,
    ],
  ])('%s', (_name, attrs, c, opaque, n) => {
    expect(found(overC2({ ...pieces(c, {}), styles: ALIGNED(attrs), media: png(opaque) }))).toBe(n);
  });
});

describe('an explicit alignment right to left, a text read right to left (round 28)', () => {
  test.each([
    [
      'right to left, aligned left, opaque right',
      RTL,
      'horizontal="left"',
      text('C2', 'x', 1),
      (x: number) => x >= 4,
      0,
    ],
    [
      'right to left, aligned left, opaque left',
      RTL,
      'horizontal="left"',
      text('C2', 'x', 1),
      (x: number) => x < 4,
      1,
    ],
    [
      'right to left, a number aligned right, opaque left',
      RTL,
      'horizontal="right"',
      num('C2', 7, 1),
      (x: number) => x < 4,
      0,
    ],
    [
      'right to left, a number aligned right, opaque right',
      RTL,
      'horizontal="right"',
      num('C2', 7, 1),
      (x: number) => x >= 4,
      1,
    ],
    [
      'right to left, justified, opaque right (both sides)',
      RTL,
      'horizontal="justify"',
      text('C2', 'x', 1),
      (x: number) => x >= 4,
      1,
    ],
    [
      'read right to left, a text, opaque right',
      '',
      'readingOrder="2"',
      text('C2', 'x', 1),
      (x: number) => x >= 4,
      1,
    ],
    [
      'read right to left, a text, opaque left',
      '',
      'readingOrder="2"',
      text('C2', 'x', 1),
      (x: number) => x < 4,
      0,
    ],
    [
      'read right to left, a number, opaque left (both sides)',
      '',
      'readingOrder="2"',
      num('C2', 7, 1),
      (x: number) => x < 4,
      1,
    ],
    [
      'read left to right, a text, opaque right',
      '',
      'readingOrder="1"',
      text('C2', 'x', 1),
      (x: number) => x >= 4,
      0,
    ],
  ])('%s', (_name, before, attrs, c, opaque, n) => {
    expect(found(overC2({ ...pieces(c, {}), before, styles: ALIGNED(attrs), media: png(opaque) }))).toBe(n);
  });
});
