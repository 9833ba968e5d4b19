// A small real PNG (RGB, 8 bits, no interlace) drawn from a function of the pixel, for the
// pictures a coordinator pastes onto a sheet (a screenshot of last half-year's plan). The bytes
// are a valid image any viewer opens: signature, IHDR, one zlib-compressed IDAT, IEND.

import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A width × height RGB PNG whose pixel (x, y) has the colour `at(x, y)` ([r, g, b], 0–255). */
export function png(
  width: number,
  height: number,
  at: (x: number, y: number) => readonly [number, number, number],
): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = at(x, y);
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array(deflateSync(raw))),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * A screenshot of a table as it looks scaled down: a header band, grey grid lines, and in each
 * row a few dark strokes where text was. Not a picture of any text: nothing in it can be read.
 */
export function tableScreenshot(
  width: number,
  height: number,
  rows: number,
  header: readonly [number, number, number],
): Uint8Array {
  const rowH = Math.max(4, Math.floor(height / (rows + 1)));
  return png(width, height, (x, y) => {
    if (y < rowH) return header;
    if (y % rowH === 0 || x % Math.floor(width / 5) === 0) return [191, 191, 191];
    const inRow = y % rowH;
    const stroke =
      inRow > rowH / 3 && inRow < (2 * rowH) / 3 && (x * 7 + Math.floor(y / rowH) * 13) % 23 < 15;
    return stroke ? [64, 64, 64] : [255, 255, 255];
  });
}
