// The zip container, read from its central directory without trusting it: every count, size, name
// and offset is checked before a single byte is inflated, and inflating stops as soon as an entry
// produces more than it declared. Only the entries a caller asks for are inflated.

import {
  ZStream,
  Z_BUF_ERROR,
  Z_NO_FLUSH,
  Z_OK,
  Z_STREAM_END,
  zlibInflate,
  zlibInflateEnd,
  zlibInflateInit2,
} from 'pako';
import { crc32 } from './crc32';
import type { IntakeLimits } from './limits';
import { refuse } from './messages';

export interface ZipEntry {
  /** The name as stored (decoded as UTF-8). */
  readonly name: string;
  /** The name's key: normalised (no empty or "." segments, no trailing slash), NFC, lower case. */
  readonly key: string;
  readonly method: number;
  readonly compressedSize: number;
  /** Declared uncompressed size. */
  readonly size: number;
  /** Declared CRC-32 of the uncompressed data. */
  readonly crc: number;
  readonly localOffset: number;
  /** Where the entry's data starts (after the local header). */
  readonly dataStart: number;
  readonly isDirectory: boolean;
  /** The name as stored in the central directory, its extra field and its comment (views, not copies). */
  readonly rawName: Uint8Array;
  readonly centralExtra: Uint8Array;
  readonly comment: Uint8Array;
  /** The extra field of the local header. */
  readonly localExtra: Uint8Array;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  /** Entries by key (partKey): part names are case-insensitive in OPC. */
  readonly byName: ReadonlyMap<string, ZipEntry>;
  /** The archive comment (after the end record). */
  readonly comment: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_DATA_DESCRIPTOR = 0x08074b50;

/** General-purpose flags: encrypted (0), sizes and CRC in a data descriptor (3), UTF-8 name (11). */
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const FLAG_STRONG_ENCRYPTION = 0x0040;
/** Extra-field ids: zip64 sizes and offsets; Info-ZIP Unicode path (another name for the entry). */
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;

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
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** IBM code page 437 from 0x80 on (APPNOTE 4.4.4: a name without the UTF-8 flag is in CP437). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * An entry's name. With the UTF-8 flag (bit 11) it is UTF-8. Without it the zip format says CP437
 * (APPNOTE 4.4.4), as Windows' own zip folders and old archivers write "ø" (0x9B); but many
 * writers put UTF-8 there without setting the flag, so a name that is valid UTF-8 is read as such
 * (as 7-Zip and Info-ZIP do), and only one that is not is read as CP437. ASCII reads alike in both.
 */
function decodeName(b: Uint8Array, flags: number): string {
  if ((flags & FLAG_UTF8) !== 0) return utf8.decode(b);
  let ascii = true;
  for (let i = 0; i < b.length && ascii; i++) if (b[i]! >= 0x80) ascii = false;
  if (ascii) return utf8.decode(b);
  try {
    return utf8Strict.decode(b);
  } catch (err) {
    // A TypeError (checked by name: it may come from another realm than ours): not UTF-8.
    if (typeof err !== 'object' || err === null || (err as { name?: unknown }).name !== 'TypeError')
      throw err;
    let name = '';
    for (const c of b) name += c < 0x80 ? String.fromCharCode(c) : CP437_HIGH.charAt(c - 0x80);
    return name;
  }
}

/**
 * The key a part name is known by: segments that are empty or "." dropped ("xl//a.xml" and
 * "xl/./a.xml" are "xl/a.xml"), no trailing slash, Unicode NFC, lower case (OPC part names are
 * case-insensitive). Two entries with one key are one part written twice.
 */
export function partKey(name: string): string {
  let key = name;
  if (key.indexOf('//') !== -1 || key.indexOf('./') !== -1 || key.endsWith('/') || key.endsWith('/.')) {
    key = key
      .split('/')
      .filter((seg) => seg !== '' && seg !== '.')
      .join('/');
  }
  return key.normalize('NFC').toLowerCase();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The data of extra-field record `id` in `extra`, or undefined. */
function extraRecord(extra: Uint8Array, id: number): Uint8Array | undefined {
  let e = 0;
  while (e + 4 <= extra.length) {
    const len = u16(extra, e + 2);
    if (e + 4 + len > extra.length) return undefined;
    if (u16(extra, e) === id) return extra.subarray(e + 4, e + 4 + len);
    e += 4 + len;
  }
  return undefined;
}

/** The Info-ZIP Unicode path in an extra field, when there is one. */
function unicodePath(extra: Uint8Array): string | undefined {
  const rec = extraRecord(extra, EXTRA_UNICODE_PATH);
  if (rec === undefined || rec.length < 5) return undefined;
  return utf8.decode(rec.subarray(5));
}

/**
 * The end record: the last signature whose comment runs exactly to the end of the file. A record
 * whose comment ends before the end of the file means bytes after it that nothing accounts for.
 */
function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const n = bytes.length;
  const stop = Math.max(0, n - 22 - 0xffff);
  let short = -1;
  for (let i = n - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === SIG_EOCD) {
      const end = i + 22 + u16(bytes, i + 20);
      if (end === n) return i;
      // Zeros after the record (a tool or disk padding the file to whole sectors) hold nothing to
      // hide: the record is the end, as a reader that scans from the end finds it.
      if (end < n && short === -1 && zerosFrom(bytes, end)) return i;
      // A record whose comment runs past the end is a signature inside someone's comment or data.
      if (end < n && short === -1 && u32(bytes, i + 16) + u32(bytes, i + 12) <= i) short = i;
    }
  }
  if (short !== -1) {
    // Text there is what a mail gateway or mail program appends on the way (a footer, a signature).
    const after = bytes.subarray(short + 22 + u16(bytes, short + 20));
    if (after.length > 0 && after.every((b) => (b >= 0x20 ? b !== 0x7f : b === 9 || b === 10 || b === 13)))
      throw refuse.hiddenData(
        'tekst efter zip-filens slutpost, som når en mailgateway eller et mailprogram tilføjer en sidefod eller en signatur undervejs',
        'text after the end record of the zip file, as a mail gateway or mail program adds a footer or a signature on the way',
      );
    throw refuse.hiddenData('efter zip-filens slutpost', 'after the end record of the zip file');
  }
  return -1;
}

/** The zip compression methods an archive tool may choose besides deflate (APPNOTE 4.4.5). */
const METHOD_NAMES: Readonly<Record<number, string>> = {
  1: 'Shrink',
  6: 'Implode',
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'xz',
  96: 'JPEG',
  97: 'WavPack',
  98: 'PPMd',
};

function zerosFrom(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
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

/** What one central-directory record says about its entry, before its local header is read. */
interface CentralRecord {
  readonly name: string;
  readonly key: string;
  readonly rawName: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly zip64: boolean;
  readonly centralExtra: Uint8Array;
  readonly comment: Uint8Array;
}

/**
 * Reads and checks the central directory and every local header. Inflates nothing. Every byte of
 * the file must belong to an entry (local header, data, data descriptor), the central directory or
 * the end records: anything else is data no reader would see, and is refused.
 */
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
    // The record's own size (after its first 12 bytes) must reach the locator: version 1 has no
    // room for anything else, and an "extensible data sector" is nothing Excel writes.
    if (rec + 12 + u64(bytes, rec + 4) !== loc || u64(bytes, rec + 4) !== 44) {
      throw refuse.hiddenData('i zip64-slutposten', 'in the zip64 end record');
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
  if (cdOffset + cdSize !== cdLimit) {
    throw refuse.hiddenData(
      'mellem indholdsfortegnelsen og slutposten',
      'between the central directory and the end record',
    );
  }

  const records: CentralRecord[] = [];
  const keys = new Set<string>();
  let declaredTotal = 0;
  let p = cdOffset;
  const cdEnd = cdOffset + cdSize;
  while (p < cdEnd) {
    if (records.length >= limits.maxEntries)
      throw refuse.tooManyEntries(records.length + 1, limits.maxEntries);
    if (p + 46 > cdEnd || u32(bytes, p) !== SIG_CENTRAL) {
      throw refuse.zipInvalid('indholdsfortegnelsen er ødelagt', 'the central directory is corrupt');
    }
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
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
    const centralExtra = bytes.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    const comment = bytes.subarray(p + 46 + nameLen + extraLen, next);
    const name = decodeName(rawName, flags);

    const zip64 = size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff;
    if (zip64) {
      // Zip64 extended information: the fields that overflowed, in this order.
      const rec = extraRecord(centralExtra, EXTRA_ZIP64);
      if (rec === undefined) throw refuse.zipInvalid('zip64-oplysninger mangler', 'zip64 fields missing');
      let f = 0;
      if (size === 0xffffffff && f + 8 <= rec.length) {
        size = u64(rec, f);
        f += 8;
      }
      if (compressedSize === 0xffffffff && f + 8 <= rec.length) {
        compressedSize = u64(rec, f);
        f += 8;
      }
      if (localOffset === 0xffffffff && f + 8 <= rec.length) localOffset = u64(rec, f);
    }

    const why = unsafeName(rawName, name);
    if (why) throw refuse.unsafeName(name, why[0], why[1]);
    const key = partKey(name);
    if (keys.has(key)) {
      throw refuse.unsafeName(
        name,
        'navnet findes to gange (store og små bogstaver, "./" og "//" regnes for ens)',
        'the name appears twice (upper and lower case, "./" and "//" counted as the same)',
      );
    }
    keys.add(key);
    if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0 || method === 99)
      throw refuse.encryptedEntry(name);
    if (method !== 0 && method !== 8) {
      // An archive tool that packed the parts again with its own method (APPNOTE 4.4.5): Excel
      // reads only stored (0) and deflate (8).
      const known = METHOD_NAMES[method];
      const named = known === undefined ? `metode ${method}` : `${known} (metode ${method})`;
      const namedEn = known === undefined ? `method ${method}` : `${known} (method ${method})`;
      throw refuse.zipInvalid(
        `delen ${name} er pakket med ${named}, som Excel ikke læser – fx pakket om af et arkivprogram`,
        `part ${name} is compressed with ${namedEn}, which Excel does not read – packed again by an archive tool, say`,
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

    const alias = unicodePath(centralExtra);
    if (alias !== undefined && alias !== name) {
      throw refuse.headerMismatch(
        name,
        'delens navn i indholdsfortegnelsen og dens Unicode-navn er forskellige',
        "the part's name in the central directory and its Unicode name differ",
      );
    }
    records.push({
      name,
      key,
      rawName,
      flags,
      method,
      crc,
      compressedSize,
      size,
      localOffset,
      zip64,
      centralExtra,
      comment,
    });
    p = next;
  }
  if (records.length !== total)
    throw refuse.zipInvalid('antallet af dele passer ikke', 'the number of parts does not match');
  checkFoldersAgainstFiles(records);

  // The local headers: where each entry's data starts.
  const dataStarts = records.map((r) => {
    if (r.localOffset + 30 > cdOffset || u32(bytes, r.localOffset) !== SIG_LOCAL) {
      throw refuse.zipInvalid(
        `delen ${r.name} mangler sit lokale hoved`,
        `part ${r.name} lacks its local header`,
      );
    }
    const dataStart = r.localOffset + 30 + u16(bytes, r.localOffset + 26) + u16(bytes, r.localOffset + 28);
    if (dataStart + r.compressedSize > cdOffset) {
      throw refuse.zipInvalid(
        `delen ${r.name} rækker ud over filens data`,
        `part ${r.name} runs past the file's data`,
      );
    }
    return dataStart;
  });

  // Entries that share or overlap their data are the trick behind non-recursive zip bombs.
  const order = records.map((_, i) => i).sort((a, b) => records[a]!.localOffset - records[b]!.localOffset);
  for (let k = 1; k < order.length; k++) {
    const prev = records[order[k - 1]!]!;
    const cur = records[order[k]!]!;
    if (cur.localOffset < dataStarts[order[k - 1]!]! + prev.compressedSize) {
      throw refuse.zipInvalid(
        `delene ${prev.name} og ${cur.name} overlapper`,
        `parts ${prev.name} and ${cur.name} overlap`,
      );
    }
  }

  // Each local header agrees with the directory, and the entries follow one another with nothing
  // between them: data before the first, between two or after the last is refused.
  const entries: ZipEntry[] = new Array<ZipEntry>(records.length);
  let expected = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const r = records[i]!;
    if (r.localOffset !== expected) {
      throw refuse.hiddenData(
        k === 0 ? 'før den første del' : `mellem delene ${records[order[k - 1]!]!.name} og ${r.name}`,
        k === 0 ? 'before the first part' : `between parts ${records[order[k - 1]!]!.name} and ${r.name}`,
      );
    }
    const dataStart = dataStarts[i]!;
    const localExtra = checkLocalHeader(bytes, r, dataStart);
    const dataEnd = dataStart + r.compressedSize;
    const nextStart = k + 1 < order.length ? records[order[k + 1]!]!.localOffset : cdOffset;
    expected = dataEnd + descriptorLength(bytes, r, dataEnd, nextStart);
    entries[i] = {
      name: r.name,
      key: r.key,
      method: r.method,
      compressedSize: r.compressedSize,
      size: r.size,
      crc: r.crc,
      localOffset: r.localOffset,
      dataStart,
      isDirectory: r.name.endsWith('/'),
      rawName: r.rawName,
      centralExtra: r.centralExtra,
      comment: r.comment,
      localExtra,
    };
  }
  if (order.length > 0 && expected !== cdOffset) {
    throw refuse.hiddenData(
      'mellem den sidste del og indholdsfortegnelsen',
      'between the last part and the central directory',
    );
  }
  if (order.length === 0 && cdOffset !== 0) {
    throw refuse.hiddenData('før indholdsfortegnelsen', 'before the central directory');
  }

  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(e.key, e);
  return { bytes, entries, byName, comment: bytes.subarray(eocd + 22, bytes.length) };
}

/** A file may not also be a folder of other entries ("xl/a.xml" and "xl/a.xml/b.xml"). */
function checkFoldersAgainstFiles(records: readonly CentralRecord[]): void {
  const files = new Set<string>();
  for (const r of records) if (!r.name.endsWith('/')) files.add(r.key);
  for (const r of records) {
    let slash = r.key.lastIndexOf('/');
    while (slash > 0) {
      const folder = r.key.slice(0, slash);
      if (files.has(folder)) {
        throw refuse.unsafeName(
          r.name,
          'ligger i en mappe, der har samme navn som en anden del',
          'lies in a folder named like another part',
        );
      }
      slash = folder.lastIndexOf('/');
    }
  }
}

/** Checks a local header against its directory record; returns its extra field. */
function checkLocalHeader(bytes: Uint8Array, r: CentralRecord, dataStart: number): Uint8Array {
  const o = r.localOffset;
  const nameLen = u16(bytes, o + 26);
  const extraLen = u16(bytes, o + 28);
  const localName = bytes.subarray(o + 30, o + 30 + nameLen);
  const localExtra = bytes.subarray(o + 30 + nameLen, dataStart);
  const mismatch = (da: string, en: string): never => {
    throw refuse.headerMismatch(r.name, da, en);
  };
  if (!sameBytes(localName, r.rawName)) {
    mismatch(
      'navnet i det lokale hoved er et andet end i indholdsfortegnelsen',
      'the name in the local header differs from the one in the central directory',
    );
  }
  const flags = u16(bytes, o + 6);
  const bits = FLAG_ENCRYPTED | FLAG_DESCRIPTOR | FLAG_UTF8;
  if ((flags & bits) !== (r.flags & bits)) {
    mismatch(
      'flagene i det lokale hoved er andre end i indholdsfortegnelsen',
      'the flags in the local header differ from those in the central directory',
    );
  }
  if (u16(bytes, o + 8) !== r.method) {
    mismatch(
      'pakkemetoden i det lokale hoved er en anden end i indholdsfortegnelsen',
      'the compression method in the local header differs from the central directory',
    );
  }
  const crc = u32(bytes, o + 14);
  let compressedSize = u32(bytes, o + 18);
  let size = u32(bytes, o + 22);
  if (size === 0xffffffff || compressedSize === 0xffffffff) {
    const rec = extraRecord(bytes.subarray(o + 30 + nameLen, o + 30 + nameLen + extraLen), EXTRA_ZIP64);
    if (rec !== undefined && rec.length >= 16) {
      if (size === 0xffffffff) size = u64(rec, 0);
      if (compressedSize === 0xffffffff) compressedSize = u64(rec, 8);
    }
  }
  // With a data descriptor the local header may leave CRC and sizes at zero; whatever it says
  // must still agree.
  const deferred = (r.flags & FLAG_DESCRIPTOR) !== 0;
  if (!(deferred && crc === 0) && crc !== r.crc) {
    mismatch(
      'kontrolsummen (CRC) i det lokale hoved er en anden end i indholdsfortegnelsen',
      'the checksum (CRC) in the local header differs from the central directory',
    );
  }
  if (
    !(deferred && compressedSize === 0 && size === 0) &&
    (compressedSize !== r.compressedSize || size !== r.size)
  ) {
    mismatch(
      'størrelserne i det lokale hoved er andre end i indholdsfortegnelsen',
      'the sizes in the local header differ from those in the central directory',
    );
  }
  const alias = unicodePath(localExtra);
  if (alias !== undefined && alias !== r.name) {
    mismatch(
      'delens Unicode-navn i det lokale hoved er et andet end dens navn',
      "the part's Unicode name in the local header differs from its name",
    );
  }
  return localExtra;
}

/**
 * The length of the data descriptor after an entry's data: 0 without one. A descriptor is 12, 16,
 * 20 or 24 bytes (with or without its signature, with 32- or 64-bit sizes), so the bytes up to the
 * next entry tell which; what it says must agree with the directory.
 */
function descriptorLength(bytes: Uint8Array, r: CentralRecord, dataEnd: number, nextStart: number): number {
  if ((r.flags & FLAG_DESCRIPTOR) === 0) return 0;
  const gap = nextStart - dataEnd;
  let p = dataEnd;
  let wide: boolean;
  if (gap === 16 || gap === 24) {
    if (u32(bytes, p) !== SIG_DATA_DESCRIPTOR) return descriptorMissing(r);
    p += 4;
    wide = gap === 24;
  } else if (gap === 12 || gap === 20) {
    wide = gap === 20;
  } else {
    return descriptorMissing(r);
  }
  const crc = u32(bytes, p);
  const compressedSize = wide ? u64(bytes, p + 4) : u32(bytes, p + 4);
  const size = wide ? u64(bytes, p + 12) : u32(bytes, p + 8);
  if (crc !== r.crc || compressedSize !== r.compressedSize || size !== r.size) {
    throw refuse.headerMismatch(
      r.name,
      'databeskrivelsen efter delen siger noget andet end indholdsfortegnelsen',
      'the data descriptor after the part disagrees with the central directory',
    );
  }
  return gap;
}

function descriptorMissing(r: CentralRecord): never {
  throw refuse.hiddenData(`efter delen ${r.name}`, `after part ${r.name}`);
}

/** Raw deflate (no zlib header), the largest window: what a zip entry's method 8 is. */
const RAW_DEFLATE_WINDOW = -15;

export interface StreamOptions {
  /**
   * Hand out every piece in one buffer, filled again for the next: the sink must be done with a
   * piece when it returns (copy what it keeps). An entry of several MB then costs one buffer, not
   * one per 64 KB that the engine frees only at its next collection.
   */
  readonly reuse?: boolean;
}

/**
 * Inflates an entry and hands its bytes to `sink` piece by piece; `sink` returns false to stop early.
 * Refuses the entry as soon as it produces more than its declared size, when it ends short, and,
 * when it was read to the end, when its bytes do not have the declared CRC-32.
 */
export function streamEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  sink: (chunk: Uint8Array) => boolean,
  options: StreamOptions = {},
): void {
  const data = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let crc = 0;
  if (entry.method === 0) {
    for (let p = 0; p < data.length; p += STORED_CHUNK) {
      const chunk = data.subarray(p, Math.min(data.length, p + STORED_CHUNK));
      crc = crc32(chunk, crc);
      if (!sink(chunk)) return;
    }
    if (crc !== entry.crc) throw refuse.crcMismatch(entry.name);
    return;
  }
  const invalid = (): Error =>
    refuse.zipInvalid(`delen ${entry.name} kan ikke pakkes ud`, `part ${entry.name} cannot be unpacked`);
  // pako's own stream driver (zlib's inflate() called in a loop, as zlib's users do) so that the
  // output buffer can be kept: pako's Inflate class makes a new one for every piece.
  const strm = new ZStream();
  if (zlibInflateInit2(strm, RAW_DEFLATE_WINDOW) !== Z_OK) throw invalid();
  const fresh = (): void => {
    strm.output = new Uint8Array(INFLATE_OUTPUT_CHUNK);
    strm.next_out = 0;
    strm.avail_out = INFLATE_OUTPUT_CHUNK;
  };
  fresh();
  let produced = 0;
  /** Hands over what the output buffer holds; false when the sink is done with the entry. */
  const handOver = (): boolean => {
    const n = strm.next_out;
    produced += n;
    if (produced > entry.size) throw refuse.sizeMismatch(entry.name);
    const chunk = n === strm.output.length ? strm.output : strm.output.subarray(0, n);
    crc = crc32(chunk, crc);
    const more = sink(chunk);
    if (options.reuse === true) {
      strm.next_out = 0;
      strm.avail_out = strm.output.length;
    } else {
      fresh();
    }
    return more;
  };
  let ended = false;
  let pushed = 0;
  try {
    for (let p = 0; p < data.length && !ended; p += INFLATE_INPUT_CHUNK) {
      const end = Math.min(data.length, p + INFLATE_INPUT_CHUNK);
      strm.input = data.subarray(p, end);
      strm.next_in = 0;
      strm.avail_in = end - p;
      pushed = end;
      for (;;) {
        const status = zlibInflate(strm, Z_NO_FLUSH);
        // Data that is no deflate stream (a bad block, a distance too far back, ...).
        if (status !== Z_OK && status !== Z_STREAM_END && status !== Z_BUF_ERROR) throw invalid();
        if (status === Z_STREAM_END) ended = true;
        const full = strm.avail_out === 0;
        if (strm.next_out > 0 && (full || ended) && !handOver()) return;
        // On to the next piece of input when the stream ended, when this one is used up and the
        // output had room (a full output may still hold back more: called again), or when the
        // inflater could make no progress.
        if (ended || status === Z_BUF_ERROR || (strm.avail_in === 0 && !full)) break;
      }
    }
    // A stream cut short: what it gave is handed over first, as a reader meets it.
    if (!ended && strm.next_out > 0 && !handOver()) return;
  } finally {
    zlibInflateEnd(strm);
  }
  if (!ended) throw invalid();
  if (produced !== entry.size) throw refuse.sizeMismatch(entry.name);
  if (crc !== entry.crc) throw refuse.crcMismatch(entry.name);
  // Bytes after the end of the deflate stream, inside the entry: nothing would ever read them.
  if (data.length - pushed + strm.avail_in > 0) {
    throw refuse.hiddenData(
      `inde i delen ${entry.name}, efter dens pakkede data`,
      `inside part ${entry.name}, after its compressed data`,
    );
  }
}
