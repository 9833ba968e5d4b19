// Round 22: whether a PNG with an alpha channel draws every pixel opaque. A logo is often saved with
// an alpha channel it does not use (every alpha 255): laid over a cell, it hides the cell as a JPEG
// does. The picture is read as a viewer reads it: its image data inflated (bounded), each row's
// filter undone, each pixel's alpha looked at. Round 23: every colour type and bit depth (1, 2, 4
// bits a sample: grey, a palette), interlaced (Adam7: each pass a small image of its own) or not,
// and a tRNS chunk read as the standard reads it (a palette entry's alpha, entries past it opaque;
// the one grey or colour it makes transparent). Anything not plainly opaque (a see-through pixel,
// a broken stream, a picture too large) is not.

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

/** Adam7's seven passes: [first column, first row, column step, row step]. */
const ADAM7: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** The samples a pixel has, by colour type (0 grey, 2 RGB, 3 palette, 4 grey and alpha, 6 RGBA). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** The bit depths each colour type allows. */
const DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/**
 * Whether `png` (the whole file) draws every pixel opaque: a PNG of any colour type and bit depth,
 * interlaced or not, where every pixel has the full alpha (its alpha sample, its palette entry's
 * alpha in tRNS), or is not the one grey or colour tRNS makes transparent. A PNG of grey, colour or
 * a palette without tRNS is opaque without being read; a palette whose tRNS gives every entry the
 * full alpha likewise.
 */
export function pngOpaque(png: Uint8Array): boolean {
  return readPng(png);
}

/** Which pixels of a picture are opaque: 1 where one is, row by row (round 25). */
export interface Opacity {
  readonly width: number;
  readonly height: number;
  readonly opaque: Uint8Array;
}

/**
 * Round 25: which pixels of a PNG are opaque (as pngOpaque reads them), for a picture partly
 * see-through: undefined where the picture cannot be read (or is too large).
 */
export function pngOpacity(png: Uint8Array): Opacity | undefined {
  if (png.length < 33) return undefined;
  const width = u32(png, 16);
  const height = u32(png, 20);
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) return undefined;
  const opaque = new Uint8Array(width * height);
  if (pngOpaque(png)) opaque.fill(1);
  else if (!readPng(png, opaque)) return undefined;
  return { width, height, opaque };
}

/**
 * Whether every pixel of a picture that lies over the part given (fractions of its width and
 * height, left to right and top to bottom) is opaque: each pixel the part overlaps.
 */
export function opaqueOver(o: Opacity, x0: number, x1: number, y0: number, y1: number): boolean {
  // A part's edge that falls on a pixel's edge (within rounding) takes no pixel beyond it.
  const first = (f: number, n: number): number => Math.max(0, Math.floor(f * n + 1e-9));
  const last = (f: number, n: number): number => Math.min(n, Math.ceil(f * n - 1e-9));
  for (let y = first(y0, o.height); y < last(y1, o.height); y++)
    for (let x = first(x0, o.width); x < last(x1, o.width); x++)
      if (o.opaque[y * o.width + x] !== 1) return false;
  return true;
}

/**
 * The picture read (pngOpaque): with `opaque`, each pixel's opacity kept there (true where the
 * picture was read), without, whether every pixel is opaque.
 */
function readPng(png: Uint8Array, opaque?: Uint8Array): boolean {
  if (png.length < 33) return false;
  const width = u32(png, 16);
  const height = u32(png, 20);
  const depth = png[24] as number;
  const type = png[25] as number;
  const interlace = png[28] as number;
  const channels = CHANNELS[type];
  if (channels === undefined || !(DEPTHS[type] ?? []).includes(depth) || interlace > 1) return false;
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) return false;

  // The chunks: tRNS (before the image data, as the standard places it) and the image data.
  let trns: Uint8Array | undefined;
  const idat: Uint8Array[] = [];
  let at = 8;
  while (at + 8 <= png.length) {
    const length = u32(png, at);
    const chunk = String.fromCharCode(png[at + 4] ?? 0, png[at + 5] ?? 0, png[at + 6] ?? 0, png[at + 7] ?? 0);
    if (chunk === 'IEND') break;
    const body = png.subarray(at + 8, Math.min(png.length, at + 8 + length));
    if (chunk === 'tRNS' && idat.length === 0) trns = body;
    else if (chunk === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  if (type === 4 || type === 6) {
    if (trns !== undefined) return false;
  } else if (trns === undefined) return true;
  else if (type === 3 && trns.every((a) => a === 255)) return true;

  const bits = channels * depth;
  const bpp = Math.max(1, bits >> 3);
  const passes = (interlace === 1 ? ADAM7 : [[0, 0, 1, 1] as const]).map(([x0, y0, dx, dy]) => {
    const w = x0 >= width ? 0 : Math.ceil((width - x0) / dx);
    const h = y0 >= height ? 0 : Math.ceil((height - y0) / dy);
    return { w, h, stride: Math.ceil((w * bits) / 8) };
  });
  const expected = passes.reduce((n, p) => n + (p.w === 0 ? 0 : p.h * (p.stride + 1)), 0);

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
    for (const piece of idat) inflater.push(piece, false);
    inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof TooLong) return false;
    throw err;
  }
  if (inflater.err !== 0 || got !== expected) return false;

  // A sample of a row (the `k`th of the pixel at x): bits packed from the high bit, or bytes.
  const sample = (line: Uint8Array, x: number, k: number): number => {
    if (depth === 16)
      return ((line[(x * channels + k) * 2] as number) << 8) | (line[(x * channels + k) * 2 + 1] as number);
    if (depth === 8) return line[x * channels + k] as number;
    const bit = (x * channels + k) * depth;
    return ((line[bit >> 3] as number) >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
  };
  const full = (1 << depth) - 1;
  const key = (i: number): number =>
    (((trns?.[i * 2] ?? 0) << 8) | (trns?.[i * 2 + 1] ?? 0)) & (depth === 16 ? 0xffff : full);
  const opaqueAt = (line: Uint8Array, x: number): boolean => {
    if (type === 4 || type === 6) return sample(line, x, channels - 1) === (depth === 16 ? 0xffff : full);
    if (type === 3) return (trns?.[sample(line, x, 0)] ?? 255) === 255;
    if (type === 0) return sample(line, x, 0) !== key(0);
    return [0, 1, 2].some((k) => sample(line, x, k) !== key(k));
  };

  // Each pass's rows, each filter (none, sub, up, average, Paeth) undone against the row before.
  let base = 0;
  for (const [pass, { w, h, stride }] of passes.entries()) {
    const [x0, y0, dx, dy] = interlace === 1 ? (ADAM7[pass] as readonly number[]) : [0, 0, 1, 1];
    if (w === 0) continue;
    let prev = new Uint8Array(stride);
    let line = new Uint8Array(stride);
    for (let y = 0; y < h; y++) {
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
      if (opaque === undefined) {
        for (let x = 0; x < w; x++) if (!opaqueAt(line, x)) return false;
      } else {
        const rowAt = ((y0 as number) + y * (dy as number)) * width + (x0 as number);
        for (let x = 0; x < w; x++) if (opaqueAt(line, x)) opaque[rowAt + x * (dx as number)] = 1;
      }
      [prev, line] = [line, prev];
      base += stride + 1;
    }
  }
  return true;
}

/**
 * Round 26: whether a GIF draws every pixel of its picture: its first frame covers the whole
 * picture, and no frame has a transparent colour (a graphic control extension's flag) or clears its
 * place to the background when done (disposal 2: shows what is under the picture). A GIF cut short
 * or malformed is not opaque.
 */
export function gifOpaque(gif: Uint8Array): boolean {
  const u16 = (at: number): number => (gif[at] ?? 0) | ((gif[at + 1] ?? 0) << 8);
  if (gif.length < 13) return false;
  const width = u16(6);
  const height = u16(8);
  const table = (packed: number): number => ((packed & 0x80) !== 0 ? 3 << ((packed & 7) + 1) : 0);
  let at = 13 + table(gif[10] as number);
  let frames = 0;
  // Sub-blocks (a size byte, then its data) up to the empty one: the index after it, or -1.
  const skip = (i: number): number => {
    while (i < gif.length) {
      const size = gif[i] as number;
      if (size === 0) return i + 1;
      i += 1 + size;
    }
    return -1;
  };
  while (at < gif.length) {
    const block = gif[at] as number;
    if (block === 0x3b) return frames > 0;
    if (block === 0x21) {
      const label = gif[at + 1];
      if (label === 0xf9) {
        const packed = gif[at + 3] ?? 0;
        if ((packed & 1) !== 0 || ((packed >> 2) & 7) === 2) return false;
      }
      at = skip(at + 2);
    } else if (block === 0x2c) {
      if (at + 10 > gif.length) return false;
      if (
        frames === 0 &&
        (u16(at + 1) !== 0 || u16(at + 3) !== 0 || u16(at + 5) !== width || u16(at + 7) !== height)
      )
        return false;
      frames++;
      at = skip(at + 10 + table(gif[at + 9] as number) + 1);
    } else return false;
    if (at < 0) return false;
  }
  return false;
}
