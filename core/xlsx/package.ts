// The OPC package inside the zip: content types, relationships and part names resolved the way
// ECMA-376 Part 2 says (relative to the source part, or absolute from the package root), and the
// reading of one part through the zip inflater, a UTF-8/UTF-16 decoder and the XML tokenizer.

import { RefusalError } from '../codes';
import type { GridTextPlace } from '../grid';
import { NOT_AS_SEEN_CHARACTER } from '../visible';
import { packedFormat, Role, Unpacker, type PackageAudit } from './audit';
import type { IntakeLimits } from './limits';
import { refuse } from './messages';
import { XmlScanner, type XmlHandler } from './xml';
import { partKey, streamEntry, type ZipArchive, type ZipEntry } from './zip';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The last segment of the type URI ("worksheet", "hyperlink", ...): transitional and strict alike. */
  readonly kind: string;
  /** The resolved part name (no leading slash) or, when external, the target as written. */
  readonly target: string;
  readonly external: boolean;
}

/** Bytes collected while waiting for a '>' before they are flushed to the decoder anyway. */
const MAX_PENDING = 1024 * 1024;

function partDir(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash === -1 ? '' : part.slice(0, slash);
}

/** Resolves a relationship target against its source part; undefined when it climbs out of the package. */
export function resolvePart(source: string, target: string): string | undefined {
  let t = target;
  const hash = t.indexOf('#');
  if (hash !== -1) t = t.slice(0, hash);
  const segments = t.startsWith('/')
    ? []
    : partDir(source)
        .split('/')
        .filter((s) => s.length > 0);
  for (const raw of t.split('/')) {
    const seg = percentDecode(raw);
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
      continue;
    }
    segments.push(seg);
  }
  return segments.join('/');
}

function percentDecode(s: string): string {
  if (s.indexOf('%') === -1) return s;
  try {
    return decodeURIComponent(s);
  } catch (err) {
    // Not valid percent-encoding: the name is meant literally.
    if (err instanceof URIError) return s;
    throw err;
  }
}

export function relsPathOf(part: string): string {
  if (part === '') return '_rels/.rels';
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A name from a file as a message shows it: control characters replaced, at most `max` characters. */
function shown(text: string, max = 80): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max - 3)}...` : clean;
}

function shownId(id: string): string {
  return shown(id, 40);
}

class RelsHandler implements XmlHandler {
  readonly rels: Relationship[] = [];
  /** Each id read, with its relationship (ids are unique in a part: ECMA-376 Part 2, 9.3). */
  private readonly byId = new Map<string, Relationship>();
  constructor(private readonly source: string) {}
  open(name: string, x: XmlScanner): void {
    if (name !== 'Relationship') return;
    const id = x.attr('Id') ?? '';
    const type = x.attr('Type') ?? '';
    const target = x.attr('Target') ?? '';
    const external = (x.attr('TargetMode') ?? '').toLowerCase() === 'external';
    const resolved = external ? target : resolvePart(this.source, target);
    if (resolved === undefined) return;
    const rel = { id, type, kind: type.slice(type.lastIndexOf('/') + 1), target: resolved, external };
    this.twice(rel);
    this.rels.push(rel);
  }
  /**
   * One id given twice to different parts or types (no program writes it: ids are unique): a reader
   * that takes the first and one that takes the last read different parts as the same thing (a
   * sheet, its strings). Refused naming the relationships part and the id; the same relationship
   * written twice means one thing and is read.
   */
  private twice(rel: Relationship): void {
    if (rel.id === '') return;
    const before = this.byId.get(rel.id);
    if (before === undefined) {
      this.byId.set(rel.id, rel);
      return;
    }
    const same = (a: string, b: string): boolean => (rel.external ? a === b : partKey(a) === partKey(b));
    if (before.type === rel.type && before.external === rel.external && same(before.target, rel.target))
      return;
    const id = shownId(rel.id);
    throw refuse.xmlInvalid(
      relsPathOf(this.source),
      `id'et "${id}" står to gange, for delene ${shown(before.target)} og ${shown(rel.target)}, så det er uklart, hvilken der menes`,
      `the id "${id}" is given twice, for the parts ${shown(before.target)} and ${shown(rel.target)}, so which is meant is unclear`,
    );
  }
  close(): void {}
  text(): void {}
}

class ContentTypesHandler implements XmlHandler {
  readonly defaults = new Map<string, string>();
  readonly overrides = new Map<string, string>();
  open(name: string, x: XmlScanner): void {
    if (name === 'Default') {
      const ext = x.attr('Extension');
      const type = x.attr('ContentType');
      if (ext !== undefined && type !== undefined) this.defaults.set(ext.toLowerCase(), type);
    } else if (name === 'Override') {
      const part = x.attr('PartName');
      const type = x.attr('ContentType');
      if (part !== undefined && type !== undefined) {
        const key = (resolvePart('', part) ?? part).toLowerCase();
        const before = this.overrides.get(key);
        // One part given two content types (a worksheet and a Word document): a reader that takes
        // the first and one that takes the last read the part as different things. Part names are
        // unique among the overrides (ECMA-376 Part 2, 10.1.2.2.3); the same type twice is read.
        if (before !== undefined && before.trim().toLowerCase() !== type.trim().toLowerCase()) {
          throw refuse.xmlInvalid(
            '[Content_Types].xml',
            `delen ${key} har to indholdstyper, "${shown(before)}" og "${shown(type)}", så det er uklart, hvad den er`,
            `the part ${key} has two content types, "${shown(before)}" and "${shown(type)}", so what it is is unclear`,
          );
        }
        this.overrides.set(key, type);
      }
    }
  }
  close(): void {}
  text(): void {}
}

/**
 * What windows-1252 puts at the bytes 0x80–0x9F (the euro sign, curly quotes, the en and em dash
 * ...), where Latin-1 has control characters: the Encoding Standard reads every Latin-1 label as
 * windows-1252, as Windows and browsers do, but Node's decoder reads them as Latin-1 (0x96 an
 * invisible control, not the dash Excel shows). The five bytes windows-1252 leaves unassigned stay.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;
const HAS_C1 = /[\u0080-\u009f]/;

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, part: string, stream: boolean): string {
  try {
    const text = decoder.decode(bytes, { stream });
    return decoder.encoding === 'windows-1252' && HAS_C1.test(text)
      ? text.replace(C1, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80))
      : text;
  } catch (err) {
    // A TypeError from the decoder (checked by name: it may come from another realm than ours).
    if (typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'TypeError') {
      throw refuse.xmlInvalid(
        part,
        `ugyldig tegnkodning (ikke ${encodingName(decoder)})`,
        `invalid character encoding (not ${encodingName(decoder)})`,
      );
    }
    throw err;
  }
}

/**
 * The decoder for a part without a byte-order mark: UTF-8, unless its XML declaration names another
 * encoding (encoding="ISO-8859-1", "windows-1252": XML allows any, and writers other than Excel
 * use them). Only encodings that keep ASCII's bytes for '<' and '>' can be named (every one the
 * decoder knows but UTF-16, which needs its byte-order mark, and ISO-2022-JP); one it does not know
 * is refused.
 */
function declaredDecoder(chunk: Uint8Array, part: string): TextDecoder {
  utf16WithoutMark(chunk, part);
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const head = String.fromCharCode(...chunk.subarray(0, 200));
  const m = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label === undefined || label === 'utf-8' || label === 'utf8') return utf8;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch (err) {
    // A RangeError (checked by name: it may come from another realm than ours).
    if (typeof err !== 'object' || err === null || (err as { name?: unknown }).name !== 'RangeError')
      throw err;
    throw refuse.xmlInvalid(part, `ukendt tegnkodning "${label}"`, `unknown character encoding "${label}"`);
  }
  // ISO-2022-JP switches between character sets with escapes, so a '<' or '>' byte may be half a
  // character: it cannot be read piece by piece, and is refused.
  if (decoder.encoding === 'iso-2022-jp')
    throw refuse.xmlInvalid(
      part,
      `tegnkodningen "${label}" læses ikke`,
      `the character encoding "${label}" is not read`,
    );
  // UTF-16 without its byte-order mark: its '<' is not one byte; read as UTF-8, it fails as it did.
  return decoder.encoding.startsWith('utf-16') ? utf8 : decoder;
}

/**
 * A part in UTF-16 without its byte-order mark: '<' written as two bytes, one of them zero (XML 1.0
 * appendix F's "3C 00 3F 00" and "00 3C 00 3F"). Its encoding cannot be relied on (XML asks for the
 * mark, and Excel writes UTF-8), and read as UTF-8 it failed as "invalid tag name", which named
 * nothing of what is wrong: refused naming the encoding. Two bytes looked at, once per part.
 */
function utf16WithoutMark(chunk: Uint8Array, part: string): void {
  const [a, b] = chunk;
  const order = a === 0x3c && b === 0 ? 'little-endian' : a === 0 && b === 0x3c ? 'big-endian' : undefined;
  if (order === undefined) return;
  throw refuse.xmlInvalid(
    part,
    `delen er skrevet i tegnkodningen UTF-16 (${order}) uden byte-rækkefølgemærke (BOM), så dens tegnkodning kan ikke bestemmes sikkert`,
    `the part is written in the UTF-16 encoding (${order}) without a byte-order mark (BOM), so its encoding cannot be told for certain`,
  );
}

/** The control characters XML 1.0 allows nowhere, not even as references (2.2: Char). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * A control character written as it is (U+0001 as the byte 01) anywhere in a part. XML 1.0 allows
 * none but tab, line feed and carriage return (Excel writes them as _x0001_), so a conforming
 * reader, and Excel's, stops at it; read as it was, it stood in a cell unseen. Refused naming the
 * part and the character. One regular-expression scan of each decoded piece.
 */
function controlCharacter(text: string, part: string): void {
  const m = CONTROL.exec(text);
  if (m === null) return;
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw refuse.xmlInvalid(
    part,
    `delen indeholder styretegnet ${code}, som XML ikke tillader`,
    `the part holds the control character ${code}, which XML does not allow`,
  );
}

/**
 * A part that begins with UTF-32's byte-order mark (FF FE 00 00 or 00 00 FE FF). No reader Office
 * uses reads UTF-32 (nor does the decoder here), and read as UTF-16 it failed as "text outside the
 * root element", which named nothing of what is wrong: refused naming the encoding.
 */
function utf32Mark(chunk: Uint8Array, part: string): void {
  const [a, b, c, d] = chunk;
  const order =
    a === 0xff && b === 0xfe && c === 0 && d === 0
      ? 'little-endian'
      : a === 0 && b === 0 && c === 0xfe && d === 0xff
        ? 'big-endian'
        : undefined;
  if (order === undefined) return;
  throw refuse.xmlInvalid(
    part,
    `delen er skrevet i tegnkodningen UTF-32 (${order}), som Excel ikke læser`,
    `the part is written in the UTF-32 encoding (${order}), which Excel does not read`,
  );
}

/** "UTF-8", "ISO-8859-2", "windows-1252": the decoder's encoding as people write it. */
function encodingName(decoder: TextDecoder): string {
  const e = decoder.encoding;
  return e.startsWith('utf') || e.startsWith('iso') ? e.toUpperCase() : e;
}

function join(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** What a part is, from its content type and, failing that, its name. */
function roleFor(key: string, contentType: string | undefined): Role {
  const t = (contentType ?? '').toLowerCase();
  if (key.endsWith('.rels') || t.includes('relationships+xml')) return Role.Relationships;
  if (t.includes('worksheet') || t.includes('chartsheet') || t.includes('dialogsheet')) return Role.Worksheet;
  if (t.includes('.main+xml')) return Role.Workbook;
  if (t.includes('sharedstrings')) return Role.SharedStrings;
  if (t.includes('styles+xml') || t.includes('theme')) return Role.Styles;
  if (t.includes('threadedcomments')) return Role.ThreadedComments;
  if (t.includes('person+xml')) return Role.Persons;
  if (t.includes('comments+xml')) return Role.Comments;
  if (t.includes('vmldrawing') || key.endsWith('.vml')) return Role.Vml;
  if (t.includes('drawingml.chart') || t.includes('chartstyle') || t.includes('chartcolorstyle'))
    return Role.Chart;
  if (t.includes('drawing+xml')) return Role.Drawing;
  // Before tables: a pivot table's type (…pivotTable+xml) ends like a table's.
  if (t.includes('pivot')) return Role.Pivot;
  if (t.includes('table+xml') || t.includes('querytable')) return Role.Table;
  if (t.includes('custom-properties')) return Role.CustomProperties;
  if (t.includes('core-properties') || t.includes('extended-properties')) return Role.Properties;
  if (t.includes('customxml') || key.startsWith('customxml/')) return Role.CustomXml;
  // No telling content type: by the folder Excel keeps such parts in.
  if (key.startsWith('xl/worksheets/') || key.startsWith('xl/chartsheets/')) return Role.Worksheet;
  if (key.startsWith('xl/charts/')) return Role.Chart;
  if (key.startsWith('xl/drawings/')) return Role.Drawing;
  if (key.startsWith('xl/tables/')) return Role.Table;
  if (key.startsWith('xl/pivot')) return Role.Pivot;
  if (key.startsWith('xl/comments')) return Role.Comments;
  if (key.startsWith('xl/threadedcomments/')) return Role.ThreadedComments;
  if (key === 'docprops/custom.xml') return Role.CustomProperties;
  if (key.startsWith('docprops/')) return Role.Properties;
  return Role.Other;
}

/** Whether a part is a workbook's data model (xl/model/item.data, content type …model+data). */
function isDataModel(key: string, contentType: string | undefined): boolean {
  return key.startsWith('xl/model/') || (contentType ?? '').toLowerCase().includes('model+data');
}

/** Whether a part is XML by its name or content type (else it is judged by its first bytes). */
function isXmlByName(key: string, contentType: string | undefined): boolean {
  if (/\.(xml|rels|vml)$/.test(key)) return true;
  const t = (contentType ?? '').toLowerCase().split(';')[0]!.trim();
  return t.endsWith('+xml') || t.endsWith('/xml');
}

/** Bytes that start like XML: a byte-order mark or white space, then '<'. */
function startsLikeXml(b: Uint8Array): boolean {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  return b[i] === 0x3c;
}

export class Package {
  private readonly parsed = new Set<string>();
  private readonly relsCache = new Map<string, readonly Relationship[]>();
  private types: ContentTypesHandler | undefined;
  /** The CPR scan of every part, when the reader asks for one. */
  audit: PackageAudit | undefined;
  /** Parts read with an ampersand that starts no reference (Grid.bareAmpersands), in reading order. */
  readonly bareAmpersands: string[] = [];
  /**
   * Whether a part read may hold a character that shows nothing or a combining mark (core/visible.ts):
   * its UTF-8 bytes hold one, or a character reference that may stand for one, or the part is in
   * another encoding.
   * False for nearly every workbook: the grid is then known to hold none (hiddenCharacters).
   */
  mayShowNothing = false;
  /**
   * Whether a part read may hold a text saved in one character set and read in another
   * (core/mojibake.ts): "Ã", "Â", "â" or U+FFFD in its UTF-8 bytes, or the part in another encoding.
   */
  mayNeedRecoding = false;

  constructor(
    readonly zip: ZipArchive,
    readonly limits: IntakeLimits,
  ) {}

  entry(part: string): ZipEntry | undefined {
    return this.zip.byName.get(partKey(part));
  }

  has(part: string): boolean {
    const e = this.entry(part);
    return e !== undefined && !e.isDirectory;
  }

  /**
   * Streams a part through the tokenizer into `handler`; refuses when the part is missing. The
   * first time a part is read, the package audit scans all its text too: `carried` says what the
   * caller reads it as when it puts its text into the grid (so that text is judged there, not here).
   */
  parse(part: string, handler: XmlHandler, carried?: Role): void {
    const entry = this.entry(part);
    if (entry === undefined || entry.isDirectory) {
      throw refuse.zipInvalid(`delen ${part} mangler`, `part ${part} is missing`);
    }
    const first = !this.parsed.has(entry.key);
    this.parsed.add(entry.key);
    const audit =
      first && this.audit !== undefined
        ? this.audit.forPart(entry.name, carried ?? this.roleOf(entry), carried !== undefined)
        : undefined;
    // An SVG picture is the file as it was inserted: drawing programs write a DOCTYPE naming the
    // SVG DTD (never read), which is accepted there; Excel's own parts never have one.
    const svg =
      entry.key.endsWith('.svg') ||
      (entry.key !== '[content_types].xml' &&
        (this.contentType(entry.name) ?? '').toLowerCase().startsWith('image/svg'));
    const scanner = new XmlScanner(entry.name, handler, false, audit, svg);
    this.feed(entry, scanner);
    scanner.end();
    if (scanner.bareAmpersands > 0) this.bareAmpersands.push(entry.name);
    this.tokensBefore += scanner.tokens;
    this.checkTokens(0, entry.name);
  }

  /** Tokens read in all parts so far: what bounds the time a file can take, whatever it holds. */
  private tokensBefore = 0;

  /** Refuses once the tokens pass the limit, naming the part being read when it was passed. */
  private checkTokens(current: number, part: string): void {
    if (this.tokensBefore + current > this.limits.maxXmlTokens)
      throw refuse.tooMuchXml(this.limits.maxXmlTokens, part);
  }

  private roleOf(entry: ZipEntry): Role {
    if (entry.key === '[content_types].xml') return Role.Other;
    if (entry.key.endsWith('.rels')) return Role.Relationships;
    return roleFor(entry.key, this.contentType(entry.name));
  }

  /**
   * Scans every part no reader has read: XML parts (by name, by content type, or by their first
   * bytes) are parsed in full, which also refuses a DTD or malformed XML in them; anything else is
   * scanned as bytes. A part that starts like XML but is not is scanned as bytes.
   */
  scanRest(
    audit: PackageAudit,
    binaryKind: (entry: ZipEntry, contentType: string | undefined) => GridTextPlace,
  ): void {
    for (const entry of this.zip.entries) {
      if (entry.isDirectory || this.parsed.has(entry.key)) continue;
      const type = this.contentType(entry.name);
      if (isXmlByName(entry.key, type)) {
        this.parse(entry.name, NO_HANDLER);
        continue;
      }
      let head: Uint8Array | undefined;
      streamEntry(this.zip, entry, (chunk) => {
        head = chunk;
        return false;
      });
      if (head !== undefined && startsLikeXml(head)) {
        try {
          this.parse(entry.name, NO_HANDLER);
          continue;
        } catch (err) {
          if (!(err instanceof RefusalError) || err.code !== 'xml_invalid') throw err;
        }
      }
      this.parsed.add(entry.key);
      const kind = binaryKind(entry, type);
      // A data model (Power Pivot; "Add this data to the Data Model") keeps whole tables, copies of
      // their sources, as a compressed backup (XPress9) that no byte scan can read: not checkable.
      if (isDataModel(entry.key, type)) {
        throw refuse.partUnreadable(
          entry.name,
          'den er en datamodel (Power Pivot), hvis tabeller er gemt pakket, så de ikke kan læses',
          'it is a data model (Power Pivot), whose tables are stored packed where they cannot be read',
        );
      }
      // Packed content hides its text from the byte scan: a compressed stream is unpacked and its
      // text scanned too; an archive, a compound file or a PDF is refused (see packedFormat).
      const packed = head === undefined ? undefined : packedFormat(head);
      if (packed !== undefined && packed.kind === 'archive') {
        throw refuse.partUnreadable(
          entry.name,
          `den er ${packed.da} gemt inde i projektmappen`,
          `it is ${packed.en} hidden inside the workbook`,
        );
      }
      const scanner = audit.binary(entry.name, kind);
      let unpacker: Unpacker | undefined;
      if (packed !== undefined) {
        const inner = audit.binary(entry.name, kind);
        const limits = this.limits;
        const max = Math.min(
          limits.maxEntryUncompressedBytes,
          Math.max(limits.ratioGraceBytes, entry.size * limits.maxRatio),
        );
        unpacker = new Unpacker(entry.name, max, packed.kind === 'zlib', audit.unpack, (piece) =>
          inner.feed(piece),
        );
        const done = unpacker;
        streamEntry(this.zip, entry, (chunk) => {
          scanner.feed(chunk);
          done.feed(chunk);
          return true;
        });
        unpacker.end();
        inner.end();
      } else {
        streamEntry(this.zip, entry, (chunk) => {
          scanner.feed(chunk);
          return true;
        });
      }
      scanner.end();
    }
  }

  /** The relationships of a part ('' for the package itself); empty when it has none. */
  rels(source: string): readonly Relationship[] {
    const cached = this.relsCache.get(source);
    if (cached) return cached;
    const path = relsPathOf(source);
    let rels: readonly Relationship[] = [];
    if (this.has(path)) {
      const handler = new RelsHandler(source);
      this.parse(path, handler);
      rels = handler.rels;
    }
    this.relsCache.set(source, rels);
    return rels;
  }

  /** The content type of a part: its Override, else the Default for its extension. */
  contentType(part: string): string | undefined {
    const types = this.contentTypes();
    const key = part.toLowerCase();
    const override = types.overrides.get(key);
    if (override !== undefined) return override;
    const dot = key.lastIndexOf('.');
    return dot === -1 || dot < key.lastIndexOf('/') ? undefined : types.defaults.get(key.slice(dot + 1));
  }

  hasContentTypes(): boolean {
    return this.has('[Content_Types].xml');
  }

  private contentTypes(): ContentTypesHandler {
    if (!this.types) {
      const handler = new ContentTypesHandler();
      this.parse('[Content_Types].xml', handler);
      this.types = handler;
    }
    return this.types;
  }

  /**
   * Notes whether a decoded text may hold a character that shows nothing, a combining mark or a
   * character reference that may stand for one (mayShowNothing), or a text saved in one character set
   * and read in another (mayNeedRecoding). A text of ASCII only (as many characters as UTF-8 bytes,
   * as nearly every piece of a formula-heavy part is) is searched for "&#" alone; the others by one
   * regular expression each. A reference cut by the piece's end counts.
   */
  private lookAt(text: string, beyondAscii: boolean): void {
    if (
      !this.mayShowNothing &&
      (text.includes('&#') || text.endsWith('&') || (beyondAscii && NOT_AS_SEEN_CHARACTER.test(text)))
    )
      this.mayShowNothing = true;
    if (!this.mayNeedRecoding && beyondAscii && MAY_NEED_RECODING.test(text)) this.mayNeedRecoding = true;
  }

  private feed(entry: ZipEntry, scanner: XmlScanner): void {
    const part = entry.name;
    let decoder: TextDecoder | undefined;
    let utf16 = false;
    const pending: Uint8Array[] = [];
    let pendingLength = 0;
    // A piece of ASCII alone decodes to as many characters as it has bytes. One that begins inside a
    // character (the rest of one a piece decoded as a stream left in the decoder) may not: it is
    // looked at whole.
    const decode = (bytes: Uint8Array, stream: boolean): string => {
      const text = decodeWith(decoder as TextDecoder, bytes, part, stream);
      this.lookAt(text, text.length !== bytes.length || (bytes[0] ?? 0) >= 0x80);
      controlCharacter(text, part);
      return text;
    };
    streamEntry(
      this.zip,
      entry,
      (chunk) => {
        if (decoder === undefined) {
          // The decoders keep byte-order marks (each piece is decoded on its own, so a U+FEFF at the
          // start of a piece may be text); the tokenizer drops the one that starts the document.
          utf32Mark(chunk, part);
          if (chunk[0] === 0xff && chunk[1] === 0xfe) {
            decoder = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
            utf16 = true;
          } else if (chunk[0] === 0xfe && chunk[1] === 0xff) {
            decoder = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });
            utf16 = true;
          } else {
            decoder = declaredDecoder(chunk, part);
          }
        }
        if (utf16 || decoder.encoding !== 'utf-8') {
          this.mayShowNothing = true;
          this.mayNeedRecoding = true;
        }
        if (utf16) {
          scanner.feed(decode(chunk, true));
          this.checkTokens(scanner.tokens, part);
          return !scanner.done;
        }
        // Hand the tokenizer text that ends just after a '>', so a tag is rarely cut in two and the
        // tokenizer seldom has to join a leftover with the next piece. A '>' never falls inside a
        // UTF-8 sequence, so each such piece decodes on its own (stream: false, the decoder's fast
        // path); only a piece flushed early for want of a '>' is decoded as a stream.
        const cut = chunk.lastIndexOf(0x3e) + 1;
        if (cut === 0) {
          // Kept past this call: a copy (the inflater fills the same buffer again).
          pending.push(chunk.slice());
          pendingLength += chunk.length;
          if (pendingLength > MAX_PENDING) {
            scanner.feed(decode(join(pending, pendingLength), true));
            this.checkTokens(scanner.tokens, part);
            pending.length = 0;
            pendingLength = 0;
          }
          return !scanner.done;
        }
        const first = pendingLength > 0 ? chunk.indexOf(0x3e) + 1 : 0;
        if (pendingLength > 0 && first < cut && scanner.holdsLittle(pendingLength + first)) {
          // The bytes left over from the last piece are joined only with this piece's text up to its
          // first '>', not with all of it: the rest up to its last '>' is decoded where it lies (no
          // copy of the whole piece). Both are decoded before either is scanned, as one piece was,
          // and the tokenizer holds too little for the cut to matter (XmlScanner.holdsLittle).
          pending.push(chunk.subarray(0, first));
          const joined = decode(join(pending, pendingLength + first), false);
          const rest = decode(chunk.subarray(first, cut), false);
          pending.length = 0;
          pendingLength = 0;
          scanner.feed(joined);
          scanner.feed(rest);
        } else if (pendingLength > 0) {
          const head = cut === chunk.length ? chunk : chunk.subarray(0, cut);
          pending.push(head);
          scanner.feed(decode(join(pending, pendingLength + head.length), false));
          pending.length = 0;
          pendingLength = 0;
        } else {
          scanner.feed(decode(cut === chunk.length ? chunk : chunk.subarray(0, cut), false));
        }
        this.checkTokens(scanner.tokens, part);
        if (cut < chunk.length) {
          pending.push(chunk.slice(cut));
          pendingLength += chunk.length - cut;
        }
        return !scanner.done;
      },
      { reuse: true },
    );
    if (decoder !== undefined && !scanner.done) {
      scanner.feed(decode(join(pending, pendingLength), false));
    }
  }
}

/**
 * "Ã", "Â", "â" or "ð", with which UTF-8 read as Windows-1252 begins each Danish letter, no-break
 * space, dash and emoji, or U+FFFD, a letter lost (core/mojibake.ts). (A text whose only such letters
 * begin with another lead, "Ä" or "Å" before a Polish letter, in a workbook with none of these, is not
 * looked at.)
 */
const MAY_NEED_RECODING = /[\u00c3\u00c2\u00e2\u00f0\ufffd]/;

const NO_HANDLER: XmlHandler = {
  open(): void {},
  close(): void {},
  text(): void {},
  // Plain text runs are not even sliced (the package audit still sees them).
  textAt(): void {},
};
