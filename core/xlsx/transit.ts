// What a file damaged or changed on its way is, when it is no zip a reader can open: the mail's
// text of a workbook (base64, quoted-printable, a saved mail), an archive around it, a shortcut or
// a lock or companion file sent in its place, a workbook cut at its first bytes, zeros, or a zip
// whose beginning was overwritten; and, for a zip refused for its structure, a transfer that changed
// it (every line feed made CR LF, or two copies joined). Each answer says what the file is and what
// to send instead (test/fixtures/hostileTransit.ts).

import type { RefusalError } from '../codes';
import { packedFormat } from './audit';
import { refuse } from './messages';

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const SIG_EOCD = [0x50, 0x4b, 0x05, 0x06];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A shell link's header size and CLSID 00021401-0000-0000-C000-000000000046 ([MS-SHLLINK] 2.1). */
const SHELL_LINK = [
  0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x46,
];
/** TNEF, Outlook's "winmail.dat" ([MS-OXTNEF] 2.1.3.1: TNEF_SIGNATURE 0x223E9F78). */
const TNEF = [0x78, 0x9f, 0x3e, 0x22];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/** Whether the bytes are a workbook's (a zip's, or an encrypted workbook's compound file's) first bytes. */
function workbookStart(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, SIG_EOCD) || startsWith(bytes, OLE);
}

/**
 * Why a file that is no zip is what it is, for the kinds a transfer leaves; undefined for anything
 * else (identify's other answers then follow). `head` is its first 4 KB as text.
 */
export function transitRefusal(bytes: Uint8Array, head: string): RefusalError | undefined {
  // 1–3 bytes that begin a zip: the upload stopped at once.
  if (bytes.length < ZIP_LOCAL.length && bytes.every((b, i) => b === ZIP_LOCAL[i])) return refuse.truncated();
  if (bytes.every((b) => b === 0)) return refuse.zerosOnly();
  if (startsWith(bytes, TNEF))
    return refuse.inTransit(
      'Outlooks "winmail.dat" (TNEF), som projektmappen er pakket ind i på vejen fra Outlook',
      'Outlook\'s "winmail.dat" (TNEF), which wrapped the workbook on its way from Outlook',
      'Bed afsenderen sende projektmappen igen som almindelig vedhæftet fil (ikke i RTF-format).',
      'Ask the sender to send the workbook again as a plain attachment (not in Rich Text format).',
    );
  // AppleSingle/AppleDouble (RFC 1740): magic 0x00051600 / 0x00051607, version 2.
  if (bytes[0] === 0 && bytes[1] === 5 && bytes[2] === 0x16 && (bytes[3] === 0 || bytes[3] === 7))
    return refuse.inTransit(
      'macOS\' skjulte følgefil (AppleDouble, "._" foran navnet), som en Mac lægger ved siden af filen i en zip-fil eller på et USB-drev',
      'macOS\'s hidden companion file (AppleDouble, "._" before the name), which a Mac puts beside the file in a zip file or on a USB drive',
      'Vælg filen med samme navn uden "._" foran.',
      'Choose the file of the same name without "._" before it.',
    );
  if (startsWith(bytes, SHELL_LINK))
    return refuse.inTransit(
      'en Windows-genvej (.lnk) til projektmappen',
      'a Windows shortcut (.lnk) to the workbook',
      'En genvej peger kun på filen.',
      'A shortcut only points to the file.',
    );
  if (ownerFile(bytes))
    return refuse.inTransit(
      'Excels ejerfil ("~$" foran navnet), som Excel skriver ved siden af en åben projektmappe, og som kun rummer navnet på den, der har den åben',
      'Excel\'s owner file ("~$" before the name), which Excel writes beside an open workbook, holding only the name of whoever has it open',
      'Vælg filen med samme navn uden "~$" foran.',
      'Choose the file of the same name without "~$" before it.',
    );
  const packed = packedFormat(bytes.subarray(0, 16));
  // Archives and compressed streams; not RTF, which packedFormat names too (identify calls it a document).
  if (packed !== undefined && packed.kind !== 'zlib' && !startsWith(bytes, RTF))
    return refuse.inTransit(
      `${packed.da}, som projektmappen er pakket i`,
      `${packed.en} the workbook is packed in`,
      'Pak den ud med det program, den er pakket med.',
      'Unpack it with the program it was packed with.',
    );
  const text = head.replace(/^[\s\ufeff]+/, '');
  if (/^\[(InternetShortcut|\{000214A0-0000-0000-C000-000000000046\})\]/i.test(text))
    return refuse.inTransit(
      'en internetgenvej (.url), et link til projektmappen',
      'an Internet shortcut (.url), a link to the workbook',
      'Åbn linket, og hent projektmappen ned (Filer > Gem en kopi > Download en kopi).',
      'Open the link and download the workbook (File > Save a Copy > Download a Copy).',
    );
  const mailed = mailedAs(text);
  if (mailed !== undefined) return mailed;
  if (
    text.startsWith('<') &&
    /sharepoint|wopiframe|onedrive|_layouts\/15\//i.test(text) &&
    !/urn:schemas-microsoft-com:office:spreadsheet|progid\s*=\s*["']Excel\.Sheet["']/i.test(text)
  )
    return refuse.inTransit(
      'den webside, SharePoint eller OneDrive viser projektmappen i, gemt fra browseren',
      'the web page SharePoint or OneDrive shows the workbook in, saved from the browser',
      'Hent projektmappen ned i SharePoint eller OneDrive (vælg filen > Download).',
      'Download the workbook from SharePoint or OneDrive (select the file > Download).',
    );
  if (endRecordAtEnd(bytes) && !workbookStart(bytes))
    return refuse.zipInvalid(
      'slutningen af en zip-fil er der, men begyndelsen er overskrevet eller mangler, fx efter en disk- eller synkroniseringsfejl',
      'the end of a zip file is there, but its beginning is overwritten or missing, as a disk or sync error leaves it',
    );
  return undefined;
}

/**
 * Excel's owner ("lock") file, "~$name.xlsx": a length byte of 1–53, that many bytes of the user's
 * name, spaces to byte 54, then the name again in UTF-16 (162 or 165 bytes in all). Read from its
 * layout alone; the name is never repeated.
 */
function ownerFile(bytes: Uint8Array): boolean {
  if (bytes.length < 56 || bytes.length > 1024) return false;
  const n = bytes[0]!;
  if (n < 1 || n > 53) return false;
  for (let i = 1; i <= n; i++) if (bytes[i]! < 0x20) return false;
  for (let i = n + 1; i < 54; i++) if (bytes[i] !== 0x20) return false;
  return true;
}

/** The workbook as a mail carries it: base64 or quoted-printable text, or a whole saved message. */
function mailedAs(text: string): RefusalError | undefined {
  const decoded = (bytes: Uint8Array): boolean => workbookStart(bytes);
  if (
    /^[A-Za-z0-9+/]{8}/.test(text) &&
    decoded(Uint8Array.from(atob(text.slice(0, 8)), (c) => c.charCodeAt(0)))
  )
    return refuse.inTransit(
      'projektmappen som base64-tekst, sådan som en e-mail bærer en vedhæftet fil ("UEsDB..." i begyndelsen)',
      'the workbook as base64 text, as a mail carries an attachment ("UEsDB..." at its start)',
      'Åbn e-mailen, og gem den vedhæftede fil (Gem som).',
      'Open the mail and save the attachment (Save As).',
    );
  const qp = /^(?:[!-<>-~]|=[0-9A-F]{2}){4}/.exec(text);
  if (qp !== null && decoded(quotedPrintableStart(qp[0])))
    return refuse.inTransit(
      'projektmappen som quoted-printable-tekst, sådan som en e-mail kan bære en vedhæftet fil',
      'the workbook as quoted-printable text, as a mail may carry an attachment',
      'Åbn e-mailen, og gem den vedhæftede fil (Gem som).',
      'Open the mail and save the attachment (Save As).',
    );
  // A saved mail (.eml): header lines first, one of them a MIME header.
  const headers = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  if (
    /^[A-Za-z][A-Za-z0-9-]*:/.test(headers) &&
    /^(MIME-Version|Content-Type|Content-Transfer-Encoding):/im.test(headers) &&
    headers.split(/\r?\n/).every((line) => /^([A-Za-z][A-Za-z0-9-]*:|[ \t])/.test(line))
  )
    return refuse.inTransit(
      'en gemt e-mail (.eml), som projektmappen er vedhæftet',
      'a saved mail message (.eml) the workbook is attached to',
      'Åbn e-mailen, og gem den vedhæftede fil (Gem som).',
      'Open the mail and save the attachment (Save As).',
    );
  return undefined;
}

function quotedPrintableStart(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=') {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(s.charCodeAt(i));
  }
  return Uint8Array.from(out);
}

/** Whether a zip end record ends exactly where the file does (its comment included). */
function endRecordAtEnd(bytes: Uint8Array): boolean {
  const n = bytes.length;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (startsWith(bytes, SIG_EOCD, i) && i + 22 + (bytes[i + 20]! | (bytes[i + 21]! << 8)) === n)
      return true;
  }
  return false;
}

/**
 * For a zip refused for its structure: whether a transfer changed it. FTP in text mode (or any tool
 * that took it for text) made every line feed CR LF: at least four line feeds, none alone (a zip's
 * compressed bytes hold line feeds at random, one in 256 after a CR). Or two zips were joined: a
 * whole end record followed at once by a local header (the same file sent twice, say).
 */
export function transferDamage(bytes: Uint8Array): RefusalError | undefined {
  let pairs = 0;
  let alone = false;
  for (let i = 0; i < bytes.length && !alone; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (i > 0 && bytes[i - 1] === 0x0d) pairs++;
    else alone = true;
  }
  if (!alone && pairs >= 4)
    return refuse.zipInvalid(
      'hvert linjeskift (byte 0A) er blevet til CR LF (0D 0A), som når en fil sendes som tekst, fx med FTP i teksttilstand',
      'every line feed byte (0A) became CR LF (0D 0A), as when a file is sent as text, by FTP in text mode, say',
    );
  for (let i = 0; i + 26 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || !startsWith(bytes, SIG_EOCD, i)) continue;
    const end = i + 22 + (bytes[i + 20]! | (bytes[i + 21]! << 8));
    if (end < bytes.length && startsWith(bytes, ZIP_LOCAL, end))
      return refuse.zipInvalid(
        'den er to zip-filer lige efter hinanden, fx den samme fil sendt to gange',
        'it is two zip files one right after the other, such as the same file sent twice',
      );
  }
  return undefined;
}
