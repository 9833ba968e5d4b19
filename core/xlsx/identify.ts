// What kind of file this is, from its content alone (never its name): a zip (the only thing that
// may be an .xlsx), an OLE compound file (old .xls, or a password-protected .xlsx, which Office
// stores as an OLE file holding an EncryptedPackage stream), a PDF, or anything else.

import { refuse } from './messages';
import { transitRefusal } from './transit';

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/** Returns when the bytes are a zip; throws the right refusal for everything else. */
export function identify(bytes: Uint8Array): void {
  if (startsWith(bytes, ZIP_LOCAL)) return;
  if (startsWith(bytes, ZIP_EMPTY)) throw refuse.zipWithoutWorkbook();
  if (startsWith(bytes, OLE)) {
    const names = compoundFileStreams(bytes);
    // Rights management (IRM/RMS: Restrict Access, or a sensitivity label that encrypts) keeps the
    // package in a data space of Microsoft's DRM transform, with no EncryptionInfo: no password opens
    // it, only a signed-in user with rights ([MS-OFFCRYPTO] 2.2.10, "DRMEncryptedTransform").
    if (
      names.has('encryptedpackage') &&
      !names.has('encryptioninfo') &&
      [...names].some((n) => /^\u0009?drm/.test(n))
    )
      throw refuse.rightsManaged();
    if (names.has('encryptedpackage')) throw refuse.encrypted();
    if (names.has('worddocument'))
      throw refuse.otherOffice('et Word-dokument (.doc)', 'a Word document (.doc)');
    // An Outlook message (.msg, [MS-OXMSG]): properties in __substg1.0_ streams; the workbook, if
    // attached, inside it. Dragged out of Outlook instead of the attachment.
    if ([...names].some((n) => n.startsWith('__substg1.0_') || n === '__properties_version1.0')) {
      throw refuse.inTransit(
        'en Outlook-meddelelse (.msg), som projektmappen er vedhæftet',
        'an Outlook message (.msg) the workbook is attached to',
        'Åbn meddelelsen, og gem den vedhæftede fil (Gem som).',
        'Open the message and save the attachment (Save As).',
      );
    }
    if (names.has('powerpoint document')) {
      throw refuse.otherOffice('en PowerPoint-præsentation (.ppt)', 'a PowerPoint presentation (.ppt)');
    }
    throw refuse.legacyXls();
  }
  // A PDF header may follow a little junk; readers accept it anywhere in the first kilobyte.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) {
    if (startsWith(head, PDF, i)) throw refuse.pdf();
  }
  // Excel 2.1–4.0 wrote BIFF2–4 records with no compound file around them: a BOF record (09 00,
  // 09 02 or 09 04) of 4–16 bytes first ([MS-XLS] 2.4.21; the older BOFs of the BIFF2–4 docs).
  if (bytes[0] === 0x09 && (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04)) {
    const length = bytes.length >= 4 ? u16(bytes, 2) : 0;
    if (length >= 4 && length <= 16 && bytes[3] === 0) throw refuse.legacyXls();
  }
  const transit = transitRefusal(bytes, headText(bytes.subarray(0, 4096)));
  if (transit !== undefined) throw transit;
  const kind = textKind(bytes);
  if (kind !== undefined)
    throw kind.office ? refuse.otherOffice(kind.da, kind.en) : refuse.otherSpreadsheet(kind.da, kind.en);
  throw refuse.notWorkbook();
}

/**
 * What a file that is text is, from its first 4 KB: the formats Excel itself opens and saves that
 * people send under an .xlsx name (SpreadsheetML 2003, a flat OpenDocument spreadsheet, an HTML
 * table, SYLK, CSV and tab-separated "Unicode text"), and Rich Text. Undefined for anything else
 * (binary data, or text in no recognisable form), which keeps the general answer.
 */
function textKind(bytes: Uint8Array): { da: string; en: string; office?: true } | undefined {
  const start = headText(bytes.subarray(0, 4096)).replace(/^[\s\ufeff]+/, '');
  if (start.startsWith('<')) {
    if (/urn:schemas-microsoft-com:office:spreadsheet|progid\s*=\s*["']Excel\.Sheet["']/i.test(start))
      return {
        da: 'et Excel 2003 XML-regneark (SpreadsheetML 2003)',
        en: 'an Excel 2003 XML Spreadsheet (SpreadsheetML 2003)',
      };
    if (/opendocument\.spreadsheet/i.test(start))
      return { da: 'et fladt OpenDocument-regneark (.fods)', en: 'a flat OpenDocument spreadsheet (.fods)' };
    if (/<(!doctype\s+html|html|table|body)[\s>]/i.test(start))
      return { da: 'en HTML-side (en webside med en tabel)', en: 'an HTML page (a web page with a table)' };
    return undefined;
  }
  if (/^ID;P/.test(start)) return { da: 'en SYLK-fil (.slk)', en: 'a SYLK file (.slk)' };
  if (start.startsWith('{\\rtf'))
    return { da: 'et RTF-dokument (.rtf)', en: 'a Rich Text document (.rtf)', office: true };
  // Delimited text: no control characters but tab and line ends, and a first line of at least two
  // fields. Tabs make it Excel's "Unicode text" or "Text (tab-delimited)"; ; or , a CSV file.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(start)) return undefined;
  const first = start.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (first.includes('\t'))
    return { da: 'en tekstfil med tabulatorer (.txt)', en: 'a tab-delimited text file (.txt)' };
  if (/[;,]/.test(first)) return { da: 'en CSV-fil (.csv)', en: 'a CSV file (.csv)' };
  return undefined;
}

/**
 * The bytes as text: UTF-16 by its byte-order mark, else UTF-8, else windows-1252 (a Danish CSV
 * saved by older Excel); binary data then shows as control characters, which textKind turns away.
 */
function headText(head: Uint8Array): string {
  const label =
    head[0] === 0xff && head[1] === 0xfe
      ? 'utf-16le'
      : head[0] === 0xfe && head[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    // stream: a character cut at the 4 KB boundary is not an error.
    return new TextDecoder(label, { fatal: true }).decode(head, { stream: true });
  } catch (err) {
    // A TypeError (checked by name: it may come from another realm than ours): not valid UTF-8.
    if (typeof err !== 'object' || err === null || (err as { name?: unknown }).name !== 'TypeError')
      throw err;
    return new TextDecoder('windows-1252').decode(head);
  }
}

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;

/**
 * The lower-cased names of the entries in an OLE compound file's directory ([MS-CFB]). Reads only
 * the header, the FAT and the directory chain, each bounded by the file's own size; a damaged file
 * yields the names found before the damage.
 */
export function compoundFileStreams(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  if (bytes.length < 512) return names;
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return names;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const perSector = sectorSize / 4;
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;
  const validSector = (s: number): boolean =>
    s <= MAX_REGULAR_SECTOR && sectorOffset(s) + sectorSize <= bytes.length;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = Math.min(u32(bytes, 0x2c), sectorCount);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(bytes, 0x4c + i * 4));
  let difat = u32(bytes, 0x44);
  for (let guard = 0; fatSectors.length < fatCount && validSector(difat) && guard < sectorCount; guard++) {
    const off = sectorOffset(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++)
      fatSectors.push(u32(bytes, off + i * 4));
    difat = u32(bytes, off + (perSector - 1) * 4);
  }
  const next = (s: number): number => {
    const fs = fatSectors[Math.floor(s / perSector)];
    if (fs === undefined || !validSector(fs)) return END_OF_CHAIN;
    return u32(bytes, sectorOffset(fs) + (s % perSector) * 4);
  };

  let dir = u32(bytes, 0x30);
  for (let guard = 0; validSector(dir) && guard < sectorCount; guard++) {
    const off = sectorOffset(dir);
    for (let e = 0; e < sectorSize; e += 128) {
      const entry = off + e;
      const type = bytes[entry + 0x42];
      const nameBytes = Math.min(u16(bytes, entry + 0x40), 64);
      if (type === 0 || nameBytes < 2) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(u16(bytes, entry + i));
      names.add(name.toLowerCase());
    }
    dir = next(dir);
  }
  return names;
}
