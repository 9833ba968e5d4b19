// CRC-32 (the zip polynomial, reflected 0xEDB88320), eight bytes per step ("slicing by 8").
//
// Written here because no library the product depends on exports one: pako computes CRC-32 for its
// gzip mode but keeps the function private (pako 3 exports only its inflate/deflate API), fflate
// likewise, and the crc-32 / buffer-crc32 packages are only transitive dependencies of exceljs'
// zip writer (buffer-crc32 needs Node's Buffer, and core runs in the browser). The table is the
// textbook one; eight tables let the loop consume a 64-bit word per step, which keeps checking every
// inflated byte of a workbook cheap (about 1 GB/s).

const TABLES: Int32Array = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

/** CRC-32 of `data`, continuing from `crc` (the value returned for the bytes before; 0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = TABLES;
  let c = ~crc;
  const n = data.length;
  const end8 = n - (n % 8);
  let i = 0;
  for (; i < end8; i += 8) {
    c ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    c =
      t[1792 + (c & 0xff)]! ^
      t[1536 + ((c >>> 8) & 0xff)]! ^
      t[1280 + ((c >>> 16) & 0xff)]! ^
      t[1024 + (c >>> 24)]! ^
      t[768 + data[i + 4]!]! ^
      t[512 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < n; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
