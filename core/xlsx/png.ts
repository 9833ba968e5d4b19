// Round 22: whether a PNG with an alpha channel draws every pixel opaque. A logo is often saved with
// an alpha channel it does not use (every alpha 255): laid over a cell, it hides the cell as a JPEG
// does. The picture is read as a viewer reads it: its image data inflated (bounded), each row's
// filter undone, each pixel's alpha looked at. Anything not plainly opaque (a see-through pixel,
// an interlaced image, a bit depth under 8, a broken stream, a picture too large) is not.

import { Inflate } from 'pako';

/** The pixels a picture may have to be read (a 2,000 × 2,000 logo); a larger one is not judged. */
const MAX_PIXELS = 4_000_000;

const u32 = (b: Uint8Array, at: number): number =>
  (((b[at] as number) << 24) |
    ((b[at + 1] as number) << 16) |
    ((b[at + 2] as number) << 8) |
    (b[at + 3] as number)) >>>
  0;

/** Thrown out of the inflater when it gives more than the image can hold. */
class TooLong extends Error {}

/**
 * Whether `png` (the whole file) is a non-interlaced PNG of grey and alpha or RGBA, 8 or 16 bits a
 * channel, every pixel of which has the full alpha.
 */
export function pngAlphaOpaque(png: Uint8Array): boolean {
  if (png.length < 33) return false;
  const width = u32(png, 16);
  const height = u32(png, 20);
  const depth = png[24] as number;
  const type = png[25] as number;
  if ((type !== 4 && type !== 6) || (depth !== 8 && depth !== 16) || png[28] !== 0) return false;
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) return false;
  const channels = type === 6 ? 4 : 2;
  const bpp = (channels * depth) / 8;
  const stride = width * bpp;
  const expected = height * (stride + 1);

  const out = new Uint8Array(expected);
  let got = 0;
  const inflater = new Inflate({ chunkSize: 64 * 1024 });
  inflater.onData = (piece: Uint8Array): void => {
    if (got + piece.length > expected) throw new TooLong();
    out.set(piece, got);
    got += piece.length;
  };
  inflater.onEnd = (): void => {};
  try {
    let at = 8;
    while (at + 8 <= png.length) {
      const length = u32(png, at);
      const chunk = String.fromCharCode(
        png[at + 4] ?? 0,
        png[at + 5] ?? 0,
        png[at + 6] ?? 0,
        png[at + 7] ?? 0,
      );
      if (chunk === 'IEND') break;
      if (chunk === 'IDAT') inflater.push(png.subarray(at + 8, Math.min(png.length, at + 8 + length)), false);
      at += 12 + length;
    }
    inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof TooLong) return false;
    throw err;
  }
  if (inflater.err !== 0 || got !== expected) return false;

  // Undo each row's filter (none, sub, up, average, Paeth) into `line`, against the row before.
  let prev = new Uint8Array(stride);
  let line = new Uint8Array(stride);
  const alphaAt = (channels - 1) * (depth / 8);
  for (let y = 0; y < height; y++) {
    const base = y * (stride + 1);
    const filter = out[base] as number;
    if (filter > 4) return false;
    for (let i = 0; i < stride; i++) {
      const raw = out[base + 1 + i] as number;
      const a = i >= bpp ? (line[i - bpp] as number) : 0;
      const b = prev[i] as number;
      const c = i >= bpp ? (prev[i - bpp] as number) : 0;
      let v = raw;
      if (filter === 1) v = raw + a;
      else if (filter === 2) v = raw + b;
      else if (filter === 3) v = raw + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = raw + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      line[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const at = x * bpp + alphaAt;
      if (line[at] !== 255 || (depth === 16 && line[at + 1] !== 255)) return false;
    }
    [prev, line] = [line, prev];
  }
  return true;
}
