// The hostile-encodings catalogue (test/fixtures/hostileEncodings.ts): text and encoding at the XML
// level (UTF-16 and UTF-32 parts, declared 8-bit encodings, XML 1.1, byte-order marks where none
// belongs, references and raw characters XML 1.0 forbids, white space, phonetic runs and _xHHHH_
// escapes, zip names in CP437 and part names percent-encoded in one place), and files that are
// something else under an .xlsx name. Each is read within a deadline and either refused with its
// code, in Danish and English naming the part or saying what the file is and what to do, or read
// as Excel reads it. The rules this round added each have a test here that fails without them.

import { inspectBytes } from '../../../core/inspect';
import { HOSTILE_FILES, csvRenamed } from '../../fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../fixtures/hostileContent';
import * as E from '../../fixtures/hostileEncodings';
import { HOSTILE_MEANING_FILES } from '../../fixtures/hostileMeaning';
import { describeCatalogue, outcome, read, values } from '../../fixtures/hostileOutcome';
import { HOSTILE_STRUCTURE_FILES } from '../../fixtures/hostileStructure';
import { HOSTILE_TWIN_FILES } from '../../fixtures/hostileTwins';

const TODAY = { today: '2026-12-07' };

describeCatalogue(E.HOSTILE_ENCODING_FILES, [
  HOSTILE_FILES,
  HOSTILE_ARCHIVES,
  HOSTILE_CONTENT_FILES,
  HOSTILE_STRUCTURE_FILES,
  HOSTILE_MEANING_FILES,
  HOSTILE_TWIN_FILES,
]);

function messages(make: () => Uint8Array): { da: string; en: string } {
  const { error } = outcome(make());
  if (error === undefined) throw new Error('read, not refused');
  return error.userMessage;
}

describe('parts in another encoding than UTF-8 are read as Excel reads them', () => {
  test('UTF-16 with its byte-order mark, in either byte order, and whatever the declaration says', () => {
    expect(values(read(E.sheetUtf16LeWithBom))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Kursus på Ærø'],
    ]);
    expect(values(read(E.sharedStringsUtf16BeWithBom))[1]).toEqual([1, 1, 'Opfølgning i Søborg']);
    expect(values(read(E.utf16BomDeclaresUtf8))[1]).toEqual([1, 1, 'Temadag']);
  });

  test('ISO-8859-1 and windows-1252 as declared (the euro sign and the en dash of 0x80 and 0x96)', () => {
    expect(values(read(E.latin1Declared))[1]).toEqual([1, 1, 'Årsmøde på Sæby Kro']);
    expect(values(read(E.windows1252Declared))[1]).toEqual([1, 1, 'Budget 5.000 € – fase 2']);
  });

  test('UTF-32 is refused naming the part and the encoding (before: "text outside the root element")', () => {
    const { da, en } = messages(E.sheetUtf32LeWithBom);
    expect(da).toMatch(
      /\(xl\/worksheets\/sheet1\.xml\).*tegnkodningen UTF-32 \(little-endian\), som Excel ikke læser/,
    );
    expect(en).toMatch(
      /\(xl\/worksheets\/sheet1\.xml\).*the UTF-32 encoding \(little-endian\), which Excel does not read/,
    );
  });

  test("XML 1.1 is read by XML 1.0's rules, which its text here keeps", () => {
    expect(values(read(E.xml11Declaration))[1]).toEqual([1, 1, 'Temadag']);
  });
});

describe('byte-order marks where none belongs', () => {
  test('a second mark before the declaration is refused naming it (before: "text outside the root element")', () => {
    const { da, en } = messages(E.bomTwiceAtStart);
    expect(da).toMatch(
      /\(xl\/worksheets\/sheet1\.xml\).*et ekstra byte-rækkefølgemærke \(BOM, U\+FEFF\) uden for rodelementet/,
    );
    expect(en).toMatch(/an extra byte-order mark \(BOM, U\+FEFF\) outside the root element/);
  });

  test('a mark between two rows is character data in <sheetData>, which holds none: read, rows as they are', () => {
    expect(values(read(E.bomBetweenRows))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Temadag'],
    ]);
  });
});

describe('characters XML 1.0 forbids', () => {
  test('references to NUL, to surrogate halves and to U+FFFE/U+FFFF are refused naming the part', () => {
    expect(messages(E.referenceToNul).en).toMatch(
      /\(xl\/worksheets\/sheet1\.xml\).*invalid character reference/,
    );
    expect(messages(E.referenceToSurrogates).da).toMatch(/\(xl\/sharedStrings\.xml\).*ugyldig tegnreference/);
    expect(messages(E.referenceToNonCharacter).en).toMatch(/invalid character reference/);
  });

  test('a raw control character is refused naming the part and the character (before: read into the cell)', () => {
    const { da, en } = messages(E.rawControlCharacter);
    expect(da).toMatch(/\(xl\/sharedStrings\.xml\).*styretegnet U\+0001, som XML ikke tillader/);
    expect(en).toMatch(/\(xl\/sharedStrings\.xml\).*the control character U\+0001, which XML does not allow/);
  });
});

describe('white space as XML and Excel keep it', () => {
  test('a text of spaces and a tab kept by xml:space="preserve" is the cell\'s value, as Excel holds it', () => {
    expect(values(read(E.preservedWhiteSpaceOnly))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, '  \t '],
      [1, 2, 'Temadag'],
    ]);
  });

  test('a newline and a tab written in an attribute are each a space (XML 1.0, 3.3.3)', () => {
    expect(read(E.attributeNewlineNormalised).sheets[0]!.name).toBe('Plan 2026 H1');
  });
});

describe('texts that would become CPR numbers if misread', () => {
  test('phonetic runs are not read into the text, so no CPR-looking number is made of them', () => {
    const result = inspectBytes(E.phoneticRunsJoinCpr(), TODAY);
    expect(values(result.grid)[1]).toEqual([1, 1, 'Uge 0101 og 1001']);
    expect(result.issues.some((i) => i.code === 'cpr_number')).toBe(false);
  });

  test('_xHHHH_ escapes are read as Excel shows them: the CPR number is found at the cell, and no issue tells it', () => {
    const result = inspectBytes(E.escapedDigitsCpr(), TODAY);
    const found = result.issues.filter((i) => i.code === 'cpr_number');
    expect(found.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Plan!B2']);
    // The door campaign (scripts/prove/door.ts) expects this message for the file.
    expect(found[0]!.message.en).toMatch(E.HOSTILE_ENCODINGS_CPR[0]!.place);
    expect(JSON.stringify(result.issues)).not.toContain('0101511001');
  });
});

describe('names in the zip', () => {
  test('a name without the UTF-8 flag that is not UTF-8 is CP437, as the zip format says (before: "sheet Plan is missing")', () => {
    expect(values(read(E.cp437EntryName))).toEqual([[0, 0, 'Implementeringsplan']]);
  });

  test('a name without the flag that is valid UTF-8 is read as UTF-8, as most writers mean it', () => {
    expect(values(read(E.utf8EntryNameWithoutFlag))[1]).toEqual([1, 1, 'Temadag']);
  });

  test('a part name percent-encoded in the relationship and raw in the zip is one part', () => {
    expect(values(read(E.percentEncodedInOnePlace))[1]).toEqual([1, 1, 'Temadag']);
  });
});

describe('files that are something else say what they are and what to do', () => {
  const SAVE_DA = /Gem som > Excel-projektmappe \(\*\.xlsx\), og prøv igen/;
  const SAVE_EN = /Save As > Excel Workbook \(\*\.xlsx\), and try again/;

  test.each([
    [
      'SpreadsheetML 2003',
      E.spreadsheetMl2003Renamed,
      /et Excel 2003 XML-regneark/,
      /an Excel 2003 XML Spreadsheet/,
    ],
    ['an HTML table', E.htmlTableRenamed, /en HTML-side/, /an HTML page/],
    ['Unicode text', E.unicodeTextRenamed, /en tekstfil med tabulatorer/, /a tab-delimited text file/],
    ['CSV UTF-8', E.csvUtf8WithBomRenamed, /en CSV-fil/, /a CSV file/],
    ["CSV (the older catalogue's)", csvRenamed, /en CSV-fil/, /a CSV file/],
    ['SYLK', E.sylkRenamed, /en SYLK-fil/, /a SYLK file/],
  ])('%s (before: "not an Excel workbook", nothing more)', (_what, make, da, en) => {
    const m = messages(make);
    expect(m.da).toMatch(da);
    expect(m.da).toMatch(SAVE_DA);
    expect(m.en).toMatch(en);
    expect(m.en).toMatch(SAVE_EN);
  });

  test('Rich Text is a document: send the workbook itself', () => {
    const { da, en } = messages(E.rtfRenamed);
    expect(da).toMatch(
      /Filen er et RTF-dokument \(\.rtf\), ikke en Excel-projektmappe\. Send selve projektmappen/,
    );
    expect(en).toMatch(
      /The file is a Rich Text document \(\.rtf\), not an Excel workbook\. Send the workbook/,
    );
  });

  test('Apple Numbers: export from Numbers (before: "a zip file with no Excel workbook in it")', () => {
    const { da, en } = messages(E.numbersRenamed);
    expect(da).toMatch(/Apple Numbers-regneark.*Arkiv > Eksporter til > Excel, og prøv igen/);
    expect(en).toMatch(/Apple Numbers spreadsheet.*File > Export To > Excel, and try again/);
  });

  test('.xlsb and .ods say so; Excel 5.0/95 and a bare BIFF4 file are the old format (BIFF4 before: "not an Excel workbook")', () => {
    expect(messages(E.xlsbRenamed).en).toMatch(/a binary Excel workbook \(\.xlsb\)/);
    expect(messages(E.odsRenamed).da).toMatch(/et OpenDocument-regneark \(\.ods\)/);
    for (const make of [E.biff5BookStream, E.biff4Bare]) {
      const { error } = outcome(make());
      expect(error?.code).toBe('legacy_xls');
      expect(error?.userMessage.da).toMatch(/det gamle Excel-format \(\.xls\)/);
    }
  });

  test('text in no known form, and binary data, keep the general answer', () => {
    for (const bytes of [
      new TextEncoder().encode('Implementeringsplan for mentorkorpset\n'),
      new Uint8Array([0x01, 0x02, 0x03, 0x00, 0x09, 0x04, 0x50]),
      new TextEncoder().encode('<?xml version="1.0"?><plan/>'),
    ]) {
      const { error } = outcome(bytes);
      expect(error?.userMessage.en).toMatch(/^The file is not an Excel workbook \(\.xlsx\)\./);
    }
  });
});
