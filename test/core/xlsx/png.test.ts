// Round 22: a PNG with an alpha channel is opaque only where every pixel has the full alpha
// (core/xlsx/png.ts), read through each row's filter as a viewer reads it.

import { zlibSync } from 'fflate';
import { opaqueOver, pngOpacity, pngOpaque } from '../../../core/xlsx/png';
import { alphaPng } from '../../fixtures/cprRound22';
import { packedPng } from '../../fixtures/cprRound23';
import { concat } from '../../fixtures/cprRound17';

/** A PNG whose IHDR is changed at `at` to the bytes given (the CRC is not checked by the reader). */
const patched = (png: Uint8Array, at: number, bytes: readonly number[]): Uint8Array => {
  const out = Uint8Array.from(png);
  out.set(bytes, at);
  return out;
};

describe('pngOpaque (round 22)', () => {
  test.each([
    ['RGBA, every alpha 255, no filter', alphaPng(4, 3, () => 255, 0), true],
    ['RGBA, every alpha 255, the sub filter (stored alphas 0)', alphaPng(4, 3, () => 255, 1), true],
    ['RGBA, every alpha 255, the up filter', alphaPng(4, 3, () => 255, 2), true],
    ['grey and alpha, every alpha 255, the up filter', alphaPng(3, 3, () => 255, 2, true), true],
    ['RGBA, one pixel alpha 254', alphaPng(4, 3, (x, y) => (x === 3 && y === 2 ? 254 : 255), 1), false],
    ['RGBA at half alpha', alphaPng(4, 3, () => 128), false],
    [
      'grey and alpha, one see-through pixel',
      alphaPng(3, 3, (x, y) => (x === 1 && y === 1 ? 0 : 255), 2, true),
      false,
    ],
  ])('%s', (_name, png, opaque) => {
    expect(pngOpaque(png)).toBe(opaque);
  });

  test('the average and Paeth filters are undone (rows written raw with filters 3 and 4 over zeros)', () => {
    // One RGBA pixel a row, two rows; row 2 stored with the average filter: raw alpha 255 - (0 + 255) / 2.
    const rows = Uint8Array.from([4, 0, 0, 0, 255, 3, 0, 0, 0, 255 - 127]);
    const base = alphaPng(1, 2, () => 255, 0);
    const idatAt = 33;
    const head = base.subarray(0, idatAt);
    const chunk = (type: string, body: Uint8Array): Uint8Array => {
      const out = new Uint8Array(12 + body.length);
      new DataView(out.buffer).setUint32(0, body.length);
      out.set(
        [...type].map((c) => c.charCodeAt(0)),
        4,
      );
      out.set(body, 8);
      return out;
    };
    const png = concat(head, chunk('IDAT', zlibSync(rows)), chunk('IEND', new Uint8Array(0)));
    expect(pngOpaque(png)).toBe(true);
    const seeThrough = concat(
      head,
      chunk('IDAT', zlibSync(Uint8Array.from([4, 0, 0, 0, 255, 3, 0, 0, 0, 0]))),
      chunk('IEND', new Uint8Array(0)),
    );
    expect(pngOpaque(seeThrough)).toBe(false);
  });

  test('an interlaced header over a stream that is not, an alpha colour type over a stream of another, a short stream: not judged opaque', () => {
    const png = alphaPng(4, 3, () => 255, 0);
    expect(pngOpaque(patched(png, 28, [1]))).toBe(false);
    // Called RGB without tRNS it is opaque unread (round 23: as opaqueImage always judged RGB);
    // called grey and alpha, its stream is too long for the header.
    expect(pngOpaque(patched(png, 25, [2]))).toBe(true);
    expect(pngOpaque(patched(png, 25, [4]))).toBe(false);
    expect(pngOpaque(patched(png, 20, [0, 0, 0, 9]))).toBe(false);
    expect(pngOpaque(png.subarray(0, 40))).toBe(false);
  });
});

describe('pngOpaque: interlaced and under 8 bits a sample, tRNS read (round 23)', () => {
  const rgba = (alpha: (x: number, y: number) => number, interlaced: boolean): Uint8Array =>
    packedPng({
      type: 6,
      depth: 8,
      width: 5,
      height: 5,
      pixel: (x, y) => [0, 0, 0, alpha(x, y)],
      interlaced,
    });
  test.each([
    ['RGBA interlaced, every alpha 255', rgba(() => 255, true), true],
    [
      'RGBA interlaced, one see-through pixel in the first pass',
      rgba((x, y) => (x + y === 0 ? 0 : 255), true),
      false,
    ],
    [
      'RGBA interlaced, one see-through pixel in the last pass',
      rgba((x, y) => (x === 4 && y === 3 ? 0 : 255), true),
      false,
    ],
    [
      'RGBA interlaced, one see-through pixel in the sixth pass',
      rgba((x, y) => (x === 3 && y === 2 ? 0 : 255), true),
      false,
    ],
    [
      '1-bit grey, no tRNS',
      packedPng({ type: 0, depth: 1, width: 9, height: 2, pixel: (x) => [x % 2] }),
      true,
    ],
    [
      '2-bit grey, tRNS grey 3 that no pixel has',
      packedPng({ type: 0, depth: 2, width: 5, height: 2, pixel: (x) => [x % 3], trns: [0, 3] }),
      true,
    ],
    [
      '2-bit grey, tRNS grey 2 that pixels have',
      packedPng({ type: 0, depth: 2, width: 5, height: 2, pixel: (x) => [x % 3], trns: [0, 2] }),
      false,
    ],
    [
      '4-bit grey interlaced, tRNS grey 15 in the last pixel',
      packedPng({
        type: 0,
        depth: 4,
        width: 7,
        height: 7,
        pixel: (x, y) => [x === 6 && y === 6 ? 15 : 3],
        trns: [0, 15],
        interlaced: true,
      }),
      false,
    ],
    [
      'palette, tRNS every entry 255',
      packedPng({
        type: 3,
        depth: 2,
        width: 5,
        height: 3,
        pixel: (x) => [x % 4],
        palette: ['000000', 'FFFFFF', '808080', 'FF0000'],
        trns: [255, 255, 255, 255],
      }),
      true,
    ],
    [
      'palette, tRNS shorter than the palette (entries past it opaque)',
      packedPng({
        type: 3,
        depth: 8,
        width: 4,
        height: 2,
        pixel: (x) => [x % 3],
        palette: ['000000', '808080', 'FFFFFF'],
        trns: [255],
      }),
      true,
    ],
    [
      'palette, an entry past a short tRNS is opaque but a listed one at 254 is used',
      packedPng({
        type: 3,
        depth: 8,
        width: 4,
        height: 2,
        pixel: (x) => [x % 3],
        palette: ['000000', '808080', 'FFFFFF'],
        trns: [254],
      }),
      false,
    ],
    [
      'palette, a transparent entry no pixel uses',
      packedPng({
        type: 3,
        depth: 4,
        width: 3,
        height: 3,
        pixel: () => [1],
        palette: ['FFFFFF', '000000'],
        trns: [0, 255],
      }),
      true,
    ],
    [
      'palette interlaced 1-bit, the transparent entry in the last pixel',
      packedPng({
        type: 3,
        depth: 1,
        width: 9,
        height: 9,
        pixel: (x, y) => [x === 8 && y === 8 ? 0 : 1],
        palette: ['FFFFFF', '000000'],
        trns: [0, 255],
        interlaced: true,
      }),
      false,
    ],
    [
      'RGB, tRNS a colour no pixel has',
      packedPng({
        type: 2,
        depth: 8,
        width: 3,
        height: 2,
        pixel: () => [255, 255, 255],
        trns: [0, 0, 0, 255, 0, 0],
      }),
      true,
    ],
    [
      'RGB, tRNS white, which the pixels are',
      packedPng({
        type: 2,
        depth: 8,
        width: 3,
        height: 2,
        pixel: () => [255, 255, 255],
        trns: [0, 255, 0, 255, 0, 255],
      }),
      false,
    ],
  ])('%s', (_name, png, opaque) => {
    expect(pngOpaque(png)).toBe(opaque);
  });
});

describe('pngOpacity and opaqueOver: a partly see-through picture over the place of the letters (round 25)', () => {
  const rgba = (opaque: (x: number, y: number) => boolean, interlaced = false): Uint8Array =>
    packedPng({
      type: 6,
      depth: 8,
      width: 8,
      height: 8,
      interlaced,
      pixel: (x, y) => [0, 0, 0, opaque(x, y) ? 255 : 0],
    });
  // The left half, across the middle half of the height (core/xlsx/index.ts's HIDDEN_LETTERS).
  const letters = (png: Uint8Array): boolean | undefined => {
    const o = pngOpacity(png);
    return o === undefined ? undefined : opaqueOver(o, 0, 0.5, 0.25, 0.75);
  };
  test.each([
    ['opaque over the left half', (x: number) => x < 4, true],
    ['see-through along its top row and right column', (x: number, y: number) => x < 7 && y > 0, true],
    ['see-through along its foot (the top three quarters opaque)', (_x: number, y: number) => y < 6, true],
    [
      'a see-through left edge one pixel wide',
      (x: number, y: number) => x > 0 && x < 7 && y > 0 && y < 7,
      false,
    ],
    ['opaque right of the middle', (x: number) => x >= 4, false],
    ['a chequer', (x: number, y: number) => (x + y) % 2 === 0, false],
    ['a frame', (x: number, y: number) => x === 0 || x === 7 || y === 0 || y === 7, false],
    ['one see-through pixel over the letters', (x: number, y: number) => !(x === 2 && y === 4), false],
    ['one see-through pixel away from them', (x: number, y: number) => !(x === 6 && y === 4), true],
  ])('%s', (_name, opaque, hides) => {
    expect(letters(rgba(opaque))).toBe(hides);
    expect(letters(rgba(opaque, true))).toBe(hides);
  });
  test('a picture opaque all over: every part; a picture that cannot be read: none', () => {
    const o = pngOpacity(rgba(() => true));
    expect(o === undefined ? undefined : opaqueOver(o, 0, 1, 0, 1)).toBe(true);
    expect(
      pngOpacity(
        patched(
          rgba(() => true),
          28,
          [1],
        ).subarray(0, 40),
      ),
    ).toBeUndefined();
  });
});
