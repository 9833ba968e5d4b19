// Round 22: a PNG with an alpha channel is opaque only where every pixel has the full alpha
// (core/xlsx/png.ts), read through each row's filter as a viewer reads it.

import { zlibSync } from 'fflate';
import { pngAlphaOpaque } from '../../../core/xlsx/png';
import { alphaPng } from '../../fixtures/cprRound22';
import { concat } from '../../fixtures/cprRound17';

/** A PNG whose IHDR is changed at `at` to the bytes given (the CRC is not checked by the reader). */
const patched = (png: Uint8Array, at: number, bytes: readonly number[]): Uint8Array => {
  const out = Uint8Array.from(png);
  out.set(bytes, at);
  return out;
};

describe('pngAlphaOpaque (round 22)', () => {
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
    expect(pngAlphaOpaque(png)).toBe(opaque);
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
    expect(pngAlphaOpaque(png)).toBe(true);
    const seeThrough = concat(
      head,
      chunk('IDAT', zlibSync(Uint8Array.from([4, 0, 0, 0, 255, 3, 0, 0, 0, 0]))),
      chunk('IEND', new Uint8Array(0)),
    );
    expect(pngAlphaOpaque(seeThrough)).toBe(false);
  });

  test('an interlaced image, a colour type without alpha, a short stream: not judged opaque', () => {
    const png = alphaPng(4, 3, () => 255, 0);
    expect(pngAlphaOpaque(patched(png, 28, [1]))).toBe(false);
    expect(pngAlphaOpaque(patched(png, 25, [2]))).toBe(false);
    expect(pngAlphaOpaque(patched(png, 20, [0, 0, 0, 9]))).toBe(false);
    expect(pngAlphaOpaque(png.subarray(0, 40))).toBe(false);
  });
});
