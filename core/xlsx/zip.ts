// The zip container, read from its central directory without trusting it: every count, size, name
// and offset is checked before a single byte is inflated, and inflating stops as soon as an entry
// produces more than it declared. Only the entries a caller asks for are inflated.

import { Inflate } from 'pako';
import type { IntakeLimits } from './limits';
import { refuse } from './messages';

export interface ZipEntry {
  /** The name as stored (UTF-8 or CP437 decoded). */
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** Declared uncompressed size. */
  readonly size: number;
  readonly localOffset: number;
  /** Where the entry's data starts (after the local header). */
  readonly dataStart: number;
  readonly isDirectory: boolean;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  /** Entries by lower-cased name (part names are case-insensitive in OPC). */
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

/** Compressed bytes pushed into the inflater at a time. */
const INFLATE_INPUT_CHUNK = 64 * 1024;
/**
 * Inflated bytes handed out at a time: the inflater fills a buffer of this size, hands it over and
 * starts a new one, so however much one push would produce (a zip bomb: ~1032× its input), no more
 * than this is held before the size check sees it.
 */
const INFLATE_OUTPUT_CHUNK = 64 * 1024;
/** Stored entries are handed out in pieces of this size. */
const STORED_CHUNK = 256 * 1024;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** A little-endian u64 as a number; anything beyond 2^53 is damage, not a size. */
function u64(b: Uint8Array, o: number): number {
  const hi = u32(b, o + 4);
  if (hi > 0x1fffff)
    throw refuse.zipInvalid('ugyldig størrelse i zip64-felt', 'invalid size in a zip64 field');
  return hi * 0x100000000 + u32(b, o);
}

const utf8 = new TextDecoder('utf-8');

function decodeName(b: Uint8Array): string {
  return utf8.decode(b);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const n = bytes.length;
  const stop = Math.max(0, n - 22 - 0xffff);
  for (let i = n - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === SIG_EOCD) {
      // A record whose comment runs past the end is a signature inside someone's comment or data.
      if (i + 22 + u16(bytes, i + 20) <= n) return i;
    }
  }
  return -1;
}

/** Why a name is unsafe, or undefined when it is fine. */
function unsafeName(raw: Uint8Array, name: string): [string, string] | undefined {
  if (name.length === 0) return ['tomt navn', 'empty name'];
  if (raw.includes(0)) return ['indeholder et NUL-tegn', 'contains a NUL character'];
  if (name.includes('\\')) return ['indeholder en omvendt skråstreg', 'contains a backslash'];
  if (name.startsWith('/')) return ['er en absolut sti', 'is an absolute path'];
  if (/^[A-Za-z]:/.test(name)) return ['begynder med et drevbogstav', 'starts with a drive letter'];
  if (name.split('/').some((seg) => seg === '..'))
    return ['går op i mappen over (..)', 'climbs out of its folder (..)'];
  return undefined;
}

/** Reads and checks the central directory. Inflates nothing. */
export function openZip(bytes: Uint8Array, limits: IntakeLimits): ZipArchive {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd === -1) throw refuse.truncated();

  let total = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  let cdLimit = eocd;
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0 || u16(bytes, eocd + 8) !== total) {
    throw refuse.zipInvalid('zip-filen er delt i flere dele', 'the zip file is split into several parts');
  }
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: the real numbers are in the zip64 end record, found through its locator.
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== SIG_EOCD64_LOCATOR) {
      throw refuse.zipInvalid('zip64-oplysninger mangler', 'zip64 records missing');
    }
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > loc || u32(bytes, rec) !== SIG_EOCD64) {
      throw refuse.zipInvalid('zip64-oplysninger er ugyldige', 'zip64 records are invalid');
    }
    total = u64(bytes, rec + 32);
    cdSize = u64(bytes, rec + 40);
    cdOffset = u64(bytes, rec + 48);
    cdLimit = rec;
  }
  if (total > limits.maxEntries) throw refuse.tooManyEntries(total, limits.maxEntries);
  if (cdOffset + cdSize > cdLimit) {
    throw refuse.zipInvalid(
      'indholdsfortegnelsen ligger uden for filen',
      'the central directory lies outside the file',
    );
  }

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  let p = cdOffset;
  const cdEnd = cdOffset + cdSize;
  while (p < cdEnd) {
    if (entries.length >= limits.maxEntries)
      throw refuse.tooManyEntries(entries.length + 1, limits.maxEntries);
    if (p + 46 > cdEnd || u32(bytes, p) !== SIG_CENTRAL) {
      throw refuse.zipInvalid('indholdsfortegnelsen er ødelagt', 'the central directory is corrupt');
    }
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > cdEnd)
      throw refuse.zipInvalid('indholdsfortegnelsen er ødelagt', 'the central directory is corrupt');
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = decodeName(rawName);

    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64 extended information: the fields that overflowed, in this order.
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      let found = false;
      while (e + 4 <= extraEnd) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (e + 4 + len > extraEnd) break;
        if (id === 0x0001) {
          let f = e + 4;
          const fEnd = f + len;
          if (size === 0xffffffff && f + 8 <= fEnd) {
            size = u64(bytes, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff && f + 8 <= fEnd) {
            compressedSize = u64(bytes, f);
            f += 8;
          }
          if (localOffset === 0xffffffff && f + 8 <= fEnd) localOffset = u64(bytes, f);
          found = true;
          break;
        }
        e += 4 + len;
      }
      if (!found) throw refuse.zipInvalid('zip64-oplysninger mangler', 'zip64 fields missing');
    }

    const why = unsafeName(rawName, name);
    if (why) throw refuse.unsafeName(name, why[0], why[1]);
    const key = name.toLowerCase();
    if (byName.has(key)) throw refuse.unsafeName(name, 'navnet findes to gange', 'the name appears twice');
    if ((flags & 0x41) !== 0 || method === 99) throw refuse.encryptedEntry(name);
    const isDirectory = name.endsWith('/');
    if (method !== 0 && method !== 8) {
      throw refuse.zipInvalid(
        `delen ${name} er pakket med metode ${method}, som Excel ikke bruger`,
        `part ${name} is compressed with method ${method}, which Excel does not use`,
      );
    }
    if (size > limits.maxEntryUncompressedBytes) {
      throw refuse.tooLargeUncompressed(size, limits.maxEntryUncompressedBytes, name);
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxUncompressedBytes) {
      throw refuse.tooLargeUncompressed(declaredTotal, limits.maxUncompressedBytes);
    }
    if (size > limits.ratioGraceBytes && size / Math.max(1, compressedSize) > limits.maxRatio) {
      throw refuse.ratio(name, size / Math.max(1, compressedSize), limits.maxRatio);
    }
    if (method === 0 && size !== compressedSize) throw refuse.sizeMismatch(name);

    // The local header: its own name and extra lengths decide where the data starts.
    if (localOffset + 30 > cdOffset || u32(bytes, localOffset) !== SIG_LOCAL) {
      throw refuse.zipInvalid(
        `delen ${name} mangler sit lokale hoved`,
        `part ${name} lacks its local header`,
      );
    }
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > cdOffset) {
      throw refuse.zipInvalid(
        `delen ${name} rækker ud over filens data`,
        `part ${name} runs past the file's data`,
      );
    }
    const entry: ZipEntry = { name, method, compressedSize, size, localOffset, dataStart, isDirectory };
    entries.push(entry);
    byName.set(key, entry);
    p = next;
  }
  if (entries.length !== total)
    throw refuse.zipInvalid('antallet af dele passer ikke', 'the number of parts does not match');

  // Entries that share or overlap their data are the trick behind non-recursive zip bombs.
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const cur = ordered[i]!;
    if (cur.localOffset < prev.dataStart + prev.compressedSize) {
      throw refuse.zipInvalid(
        `delene ${prev.name} og ${cur.name} overlapper`,
        `parts ${prev.name} and ${cur.name} overlap`,
      );
    }
  }
  return { bytes, entries, byName };
}

/** Thrown from the inflater's output callback to stop inflating an entry the sink has done with. */
class StopInflating extends Error {}

/**
 * Inflates an entry and hands its bytes to `sink` piece by piece; `sink` returns false to stop early.
 * Refuses the entry as soon as it produces more than its declared size, and when it ends short.
 */
export function streamEntry(zip: ZipArchive, entry: ZipEntry, sink: (chunk: Uint8Array) => boolean): void {
  const data = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    for (let p = 0; p < data.length; p += STORED_CHUNK) {
      if (!sink(data.subarray(p, Math.min(data.length, p + STORED_CHUNK)))) return;
    }
    return;
  }
  let produced = 0;
  const inflater = new Inflate({ raw: true, chunkSize: INFLATE_OUTPUT_CHUNK });
  inflater.onData = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > entry.size) throw refuse.sizeMismatch(entry.name);
    if (chunk.length > 0 && !sink(chunk)) throw new StopInflating();
  };
  inflater.onEnd = (): void => {};
  try {
    for (let p = 0; p < data.length && !inflater.ended; p += INFLATE_INPUT_CHUNK) {
      const end = Math.min(data.length, p + INFLATE_INPUT_CHUNK);
      inflater.push(data.subarray(p, end), end === data.length);
    }
  } catch (err) {
    if (err instanceof StopInflating) return;
    throw err;
  }
  // Data that is no deflate stream, or one cut short, or with bytes after its end.
  if (inflater.err !== 0 || !inflater.ended) {
    throw refuse.zipInvalid(
      `delen ${entry.name} kan ikke pakkes ud`,
      `part ${entry.name} cannot be unpacked`,
    );
  }
  if (produced !== entry.size) throw refuse.sizeMismatch(entry.name);
}
