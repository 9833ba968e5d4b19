// The hostile-transit catalogue (test/fixtures/hostileTransit.ts): files damaged or changed on their
// way (cut short, bytes appended, as the mail held them, packed again, recompressed, sent as text,
// zeroed), and what users send in their place (lock and companion files, shortcuts, a saved web
// page). Each is read within a deadline and either refused with its code, in Danish and English
// saying what the file is and what to send instead, or read as Excel reads it. The rules this round
// added each have a test here that fails without them.

import { HOSTILE_FILES, minimalWorkbook, utf8 } from '../../fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../fixtures/hostileContent';
import { HOSTILE_ENCODING_FILES } from '../../fixtures/hostileEncodings';
import { HOSTILE_MEANING_FILES } from '../../fixtures/hostileMeaning';
import { HOSTILE_MODERN_FILES } from '../../fixtures/hostileModern';
import { describeCatalogue, outcome, read, values } from '../../fixtures/hostileOutcome';
import { HOSTILE_STRUCTURE_FILES } from '../../fixtures/hostileStructure';
import * as T from '../../fixtures/hostileTransit';
import { HOSTILE_TWIN_FILES } from '../../fixtures/hostileTwins';

describeCatalogue(T.HOSTILE_TRANSIT_FILES, [
  HOSTILE_FILES,
  HOSTILE_ARCHIVES,
  HOSTILE_CONTENT_FILES,
  HOSTILE_STRUCTURE_FILES,
  HOSTILE_MEANING_FILES,
  HOSTILE_TWIN_FILES,
  HOSTILE_ENCODING_FILES,
  HOSTILE_MODERN_FILES,
]);

function messages(make: () => Uint8Array): { da: string; en: string } {
  const { error } = outcome(make());
  if (error === undefined) throw new Error('read, not refused');
  return error.userMessage;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

describe('what the user sends in place of the workbook is named, and what to send instead', () => {
  test('Excel\'s owner file is named as such, and the user\'s name in it is never repeated (before: "not an Excel workbook")', () => {
    const { da, en } = messages(T.excelOwnerFile);
    expect(en).toMatch(/owner file \("~\$" before the name\).*without "~\$"/);
    expect(da).toMatch(/ejerfil/);
    expect(`${da} ${en}`).not.toMatch(/Mette|Sørensen/);
  });

  test('a zip of one workbook names it; of two, names both (before: "a zip file with no Excel workbook in it", which was false)', () => {
    expect(messages(T.workbookInsideZip).en).toMatch(/zip file with the workbook "plan\.xlsx" in it.*Unpack/);
    expect(messages(T.zipOfTwoWorkbooks).en).toMatch(/2 workbooks in it .*choose the one workbook/);
    expect(messages(T.unpackedAndZippedInFolder).en).toMatch(
      /unpacked and zipped again inside the folder "plan\/"/,
    );
  });

  test('an Outlook message is no old Excel file (before: "the old Excel format (.xls)")', () => {
    const { error } = outcome(T.outlookMessage());
    expect(error?.code).toBe('not_a_workbook');
    expect(error?.userMessage.en).not.toMatch(/\.xls\)/);
  });

  test('the mail\'s text of a workbook, a saved mail and winmail.dat say to save the attachment (before: "not an Excel workbook")', () => {
    for (const make of [T.base64Attachment, T.quotedPrintable, T.savedMailMessage, T.outlookMessage]) {
      expect(messages(make).en).toMatch(/save the attachment \(Save As\)/);
      expect(messages(make).da).toMatch(/gem den vedhæftede fil \(Gem som\)/);
    }
    expect(messages(T.winmailDat).en).toMatch(/plain attachment/);
  });

  test('a SharePoint page saved from the browser is no "web page with a table" (before: it was called one)', () => {
    expect(messages(T.sharePointPageSaved).en).not.toMatch(/with a table/);
    expect(messages(T.sharePointPageSaved).en).toMatch(/Download/);
  });

  test('shortcuts, companion files and archives around the workbook are each named', () => {
    expect(messages(T.internetShortcut).en).toMatch(/Internet shortcut \(\.url\)/);
    expect(messages(T.windowsShortcut).en).toMatch(/Windows shortcut \(\.lnk\)/);
    expect(messages(T.appleDoubleCompanion).en).toMatch(/without "\._"/);
    expect(messages(T.gzipped).en).toMatch(/gzip-compressed file the workbook is packed in/);
    expect(messages(T.sevenZipArchive).en).toMatch(/7z archive/);
  });
});

describe('damage on the way is told as such', () => {
  test('1 byte of a zip is a file cut short (before: "not an Excel workbook")', () => {
    expect(outcome(T.cutAfterOneByte()).error?.code).toBe('file_truncated');
    expect(outcome(minimalWorkbook().slice(0, 3)).error?.code).toBe('file_truncated');
    // Three bytes that are not a zip's beginning stay no workbook.
    expect(outcome(utf8('PKX')).error?.code).toBe('not_a_workbook');
  });

  test('only zeros is content that never came (before: "not an Excel workbook"); 100 MB of them is refused by size at once', () => {
    expect(messages(T.zerosOnly).en).toMatch(/only zero bytes/);
    const big = outcome(T.hundredMegabytesOfZeros());
    expect(big.error?.code).toBe('file_too_large');
    expect(big.ms).toBeLessThan(2000);
  });

  test('a zip whose first sector is zeroed is damaged, not "no workbook"; its end alone is not enough without it', () => {
    expect(outcome(T.firstSectorZeroed()).error?.code).toBe('zip_invalid');
    // A text that holds an end record somewhere else than at its end is no damaged zip.
    const zip = minimalWorkbook();
    const tail = zip.slice(zip.length - 22);
    expect(outcome(concat(concat(new Uint8Array(600), tail), utf8('more'))).error?.code).toBe(
      'not_a_workbook',
    );
  });

  test('FTP text mode (every LF made CR LF) is told (before: "data between the central directory and the end record")', () => {
    expect(messages(T.ftpTextModeCrlf).en).toMatch(/every line feed byte \(0A\) became CR LF/);
    // The archives catalogue's hidden data keeps its own message: its line feeds are not all CR LF.
    for (const f of HOSTILE_ARCHIVES.filter((a) => a.code === 'zip_hidden_data')) {
      expect(outcome(f.make()).error?.userMessage.en).not.toMatch(/CR LF|two zip files/);
    }
  });

  test('the same file sent twice is two zips joined (before: "data between the central directory and the end record")', () => {
    expect(messages(T.sentTwiceConcatenated).en).toMatch(/two zip files one right after the other/);
  });

  test('text after the end record is told as a footer or signature; other bytes keep the general message', () => {
    expect(messages(T.mailGatewayFooter).en).toMatch(/footer or a signature/);
    const binary = concat(minimalWorkbook(), Uint8Array.from([1, 2, 3, 0xff]));
    const { error } = outcome(binary);
    expect(error?.code).toBe('zip_hidden_data');
    expect(error?.userMessage.en).not.toMatch(/footer/);
  });

  test('zeros padding the file to a sector hold nothing and are read (before: refused as hidden data); one byte else is not', () => {
    expect(values(read(T.zeroPaddedToSector))).toEqual(values(read(minimalWorkbook)));
    const padded = T.zeroPaddedToSector();
    padded[padded.length - 1] = 1;
    expect(outcome(padded).error?.code).toBe('zip_hidden_data');
  });

  test('parts recompressed with another method name it and the part (before: "method 9")', () => {
    expect(messages(T.recompressedDeflate64).en).toMatch(
      /\[Content_Types\]\.xml is compressed with Deflate64 \(method 9\)/,
    );
    expect(messages(T.recompressedBzip2).da).toMatch(/bzip2 \(metode 12\)/);
    // Stored parts are read as Excel reads them.
    expect(values(read(T.recompressedStored))).toEqual(values(read(minimalWorkbook)));
  });
});

describe('links a gateway rewrote', () => {
  test('safe links are read as Excel reads them: the wrapped address kept for reporting, never followed', () => {
    const grid = read(T.safeLinksRewritten);
    const cell = grid.sheets[0]!.cells.find((c) => c.v === 'Se dokumentet');
    expect(cell?.link).toMatch(/^https:\/\/eur02\.safelinks\.protection\.outlook\.com\//);
  });
});

test('no answer holds a CPR-looking number', () => {
  for (const f of T.HOSTILE_TRANSIT_FILES) {
    const { error } = outcome(f.make());
    if (error === undefined) continue;
    expect(JSON.stringify(error.userMessage)).not.toMatch(/\d{6}-?\d{4}/);
  }
});
