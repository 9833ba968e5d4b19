// Every kind of hostile or damaged file is refused with its own code and a message in Danish and
// English, fast and without holding much memory. The files come from test/fixtures/hostile.ts.

import { inflateSync } from 'fflate';
import { REFUSAL_CODES, type RefusalCode } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import { refusalMessage } from '../../../core/xlsx/messages';
import * as H from '../../fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../fixtures/hostileContent';
import { refusalOf } from './refusal';

/** [fixture, code, what both messages mention (one pattern for both, or Danish and English)]. */
const CASES: readonly (readonly [
  string,
  RefusalCode,
  () => Uint8Array,
  RegExp | readonly [RegExp, RegExp] | null,
])[] = [
  ['emptyFile', 'file_empty', H.emptyFile, null],
  ['oversizedFile', 'file_too_large', H.oversizedFile, /5 MB/],
  ['truncatedWorkbook', 'file_truncated', H.truncatedWorkbook, null],
  ['pdfRenamed', 'not_a_workbook', H.pdfRenamed, /PDF/],
  ['csvRenamed', 'not_a_workbook', H.csvRenamed, /\.xlsx/],
  ['wordDocumentRenamed', 'not_a_workbook', H.wordDocumentRenamed, /Word/],
  ['zipWithoutWorkbook', 'not_a_workbook', H.zipWithoutWorkbook, /zip/],
  ['legacyXls', 'legacy_xls', H.legacyXls, /\.xls/],
  [
    'passwordProtectedWorkbook',
    'encrypted_workbook',
    H.passwordProtectedWorkbook,
    [/Fjern adgangskoden og prøv igen/, /Remove the password and try again/],
  ],
  ['twentyThousandEntries', 'zip_too_many_entries', H.twentyThousandEntries, null],
  ['zipBombHonestSizes', 'zip_too_large_uncompressed', H.zipBombHonestSizes, null],
  ['zipBombForgedSizes', 'zip_size_mismatch', H.zipBombForgedSizes, null],
  ['zipRatioSuspicious', 'zip_ratio_suspicious', H.zipRatioSuspicious, null],
  ['overlappingEntries', 'zip_invalid', H.overlappingEntries, null],
  ['absolutePathEntry', 'zip_entry_name_unsafe', H.absolutePathEntry, null],
  ['parentPathEntry', 'zip_entry_name_unsafe', H.parentPathEntry, null],
  ['backslashEntry', 'zip_entry_name_unsafe', H.backslashEntry, null],
  ['nulInEntryName', 'zip_entry_name_unsafe', H.nulInEntryName, null],
  ['duplicateEntryNames', 'zip_entry_name_unsafe', H.duplicateEntryNames, null],
  ['encryptedZipEntry', 'encrypted_workbook', H.encryptedZipEntry, null],
  ['unsupportedCompression', 'zip_invalid', H.unsupportedCompression, null],
  ['xmlWithEntityExpansion', 'xml_dtd', H.xmlWithEntityExpansion, null],
  ['xmlWithExternalEntity', 'xml_dtd', H.xmlWithExternalEntity, null],
  ['dtdInUnusedPart', 'xml_dtd', H.dtdInUnusedPart, null],
  ['malformedXml', 'xml_invalid', H.malformedXml, null],
  ['invalidUtf8Xml', 'xml_invalid', H.invalidUtf8Xml, null],
  ['macroWorkbookRenamed', 'macros', H.macroWorkbookRenamed, [/makroer/, /macros/]],
  ['macroSheetWorkbook', 'macros', H.macroSheetWorkbook, null],
  ['vbaProjectDisguised', 'macros', H.vbaProjectDisguised, null],
  ['activeXWorkbook', 'activex', H.activeXWorkbook, null],
  ['embeddedObjectWorkbook', 'embedded_object', H.embeddedObjectWorkbook, null],
  ['externalLinkWorkbook', 'external_link', H.externalLinkWorkbook, /Budget\.xlsx/],
  ['externalReferenceInFormula', 'external_link', H.externalReferenceInFormula, null],
  ['externalDefinedName', 'external_link', H.externalDefinedName, null],
  ['dataConnectionWorkbook', 'external_link', H.dataConnectionWorkbook, null],
  ['remoteImageWorkbook', 'external_link', H.remoteImageWorkbook, /attacker/],
  ['ddeWorkbook', 'dde', H.ddeWorkbook, /cmd/],
  ['ddeLinkWorkbook', 'dde', H.ddeLinkWorkbook, /cmd/],
  ['fileLinkWorkbook', 'unsafe_link', H.fileLinkWorkbook, /Ark1!B2/],
  ['javascriptLinkWorkbook', 'unsafe_link', H.javascriptLinkWorkbook, /javascript/],
  ['vbscriptLinkWorkbook', 'unsafe_link', H.vbscriptLinkWorkbook, /vbscript/],
  ['dataUriLinkWorkbook', 'unsafe_link', H.dataUriLinkWorkbook, /data:/],
  ['uncLinkWorkbook', 'unsafe_link', H.uncLinkWorkbook, /UNC/],
  ['tooManySheets', 'too_many_sheets', H.tooManySheets, /201/],
  ['millionRows', 'too_many_rows', H.millionRows, /100[.,]000 (rækker|rows)/],
  ['tooManyColumns', 'too_many_columns', H.tooManyColumns, /1[.,]000 (kolonner|columns)/],
  ['tooManyCells', 'too_many_cells', H.tooManyCells, /500[.,]000/],
  ['millionsOfEmptyCells', 'too_many_cells', H.millionsOfEmptyCells, /3[.,]000[.,]000/],
  ['mergedRangeWholeSheet', 'merged_area_too_large', H.mergedRangeWholeSheet, /A1:XFD1048576/],
  ['hugeSharedStrings', 'shared_strings_too_large', H.hugeSharedStrings, /250[.,]000/],
  ['hugeSharedStringsUndeclared', 'shared_strings_too_large', H.hugeSharedStringsUndeclared, /250[.,]000/],
  ['longCellText', 'cell_text_too_long', H.longCellText, /40[.,]000/],
];

describe('hostile files', () => {
  test('the reference workbook the hostile variants are built from is accepted', () => {
    const grid = readWorkbook(H.minimalWorkbook());
    expect(grid.sheets.map((s) => s.name)).toEqual(['Ark1']);
    expect(grid.sheets[0]!.cells).toEqual([{ r: 0, c: 0, v: 'Plan', t: 's' }]);
  });

  test.each(CASES)('%s is refused as %s, in Danish and English', (_name, code, make, mentions) => {
    const err = refusalOf(make());
    expect(err.code).toBe(code);
    expect(err.status).toBe(REFUSAL_CODES[code]);
    const { da, en } = err.userMessage;
    expect(da.length).toBeGreaterThan(30);
    expect(en.length).toBeGreaterThan(30);
    expect(da).not.toEqual(en);
    // Danish is Danish, and both tell the coordinator what to do.
    expect(da).toMatch(/[æøå]|prøv igen|Gem|Slet|Fjern|Send|Vælg|Bryd|Ophæv|Forkort/);
    expect(en).toMatch(/try again|Save|Delete|Remove|Send|Choose|Break|Unmerge|Shorten/);
    if (mentions) {
      const [inDa, inEn] = mentions instanceof RegExp ? [mentions, mentions] : mentions;
      expect(da).toMatch(inDa);
      expect(en).toMatch(inEn);
    }
    expect(err.toJSON()).toEqual({ code, message: { da, en } });
  });

  test("the table above is the fixtures' own catalogue (what a campaign against the service uses)", () => {
    expect(CASES.map(([name, code]) => [name, code])).toEqual(H.HOSTILE_FILES.map((f) => [f.name, f.code]));
  });

  test('every refusal code a hostile file can earn is exercised', () => {
    // Here, by the hostile archives (test/core/xlsx/archives.test.ts) or by the hostile-content
    // catalogue (test/core/xlsx/hostileContent.test.ts).
    const exercised = new Set([
      ...CASES.map(([, code]) => code),
      ...HOSTILE_ARCHIVES.map((f) => f.code),
      ...HOSTILE_CONTENT_FILES.map((f) => f.code),
    ]);
    for (const code of Object.keys(REFUSAL_CODES)) expect(exercised).toContain(code);
  });

  test('a general message exists for every code, for callers that refuse a file themselves', () => {
    for (const code of Object.keys(REFUSAL_CODES) as RefusalCode[]) {
      const m = refusalMessage(code);
      expect(m.da.length).toBeGreaterThan(20);
      expect(m.en.length).toBeGreaterThan(20);
      expect(m.da).not.toEqual(m.en);
    }
    expect(refusalMessage('file_too_large', { maxBytes: 10 * 1024 * 1024 }).en).toMatch(/10 MB/);
  });
});

describe('hostile files are refused fast and without holding memory', () => {
  const measured = [
    ['zipBombForgedSizes', H.zipBombForgedSizes],
    ['zipBombHonestSizes', H.zipBombHonestSizes],
    ['twentyThousandEntries', H.twentyThousandEntries],
    ['millionRows', H.millionRows],
    ['hugeSharedStrings', H.hugeSharedStrings],
    ['hugeSharedStringsUndeclared', H.hugeSharedStringsUndeclared],
    ['tooManyCells', H.tooManyCells],
    ['millionsOfEmptyCells', H.millionsOfEmptyCells],
    ['mergedRangeWholeSheet', H.mergedRangeWholeSheet],
  ] as const;

  test.each(measured)('%s', (_name, make) => {
    const bytes = make();
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage();
    refusalOf(bytes);
    const after = process.memoryUsage();
    // Loose bounds (the hard figures are the benchmark's): nothing close to what the file unpacks to.
    const grown = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
    expect(grown).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('the fixtures are what they claim to be', () => {
  test('the honest bomb really inflates to its declared 256 MiB of zeros', () => {
    // Checked on a smaller stream of the same construction, and the CRC helper against the table one.
    for (const n of [1, 258, 259, 5_000, 100_000, 3_000_001]) {
      const out = inflateSync(H.deflatedZeros(n));
      expect(out.length).toBe(n);
      expect(out.every((b) => b === 0)).toBe(true);
    }
    expect(H.deflatedZeros(256 * 1024 * 1024).length).toBeLessThan(1.8 * 1024 * 1024);
    for (const n of [0, 1, 7, 258, 1000, 65_537]) expect(H.crc32OfZeros(n)).toBe(H.crc32(new Uint8Array(n)));
  });

  test('the password-protected workbook is a compound file holding EncryptedPackage', () => {
    const bytes = H.passwordProtectedWorkbook();
    expect([...bytes.subarray(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  });

  test('the generators are deterministic', () => {
    const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));
    for (const make of [
      H.passwordProtectedWorkbook,
      H.externalLinkWorkbook,
      H.zipBombForgedSizes,
      H.millionRows,
    ]) {
      expect(same(make(), make())).toBe(true);
    }
  });

  test('the large generated parts are real: lifted limits, they read in full', () => {
    const rows = readWorkbook(H.millionRows(), {
      maxRows: 2_000_000,
      maxCells: 2_000_000,
      maxXmlTokens: Infinity,
    });
    expect(rows.sheets[0]!.cells.length).toBe(1_048_576);
    expect(rows.sheets[0]!.cells.at(-1)).toMatchObject({ r: 1_048_575, c: 0, t: 'n' });
    const cells = readWorkbook(H.tooManyCells(), { maxCells: 2_000_000, maxXmlTokens: Infinity });
    expect(cells.sheets[0]!.cells.length).toBe(1_001_000);
    expect(() =>
      readWorkbook(H.hugeSharedStringsUndeclared(), { maxSharedStrings: 1_000_000, maxXmlTokens: Infinity }),
    ).not.toThrow();
  });
});
