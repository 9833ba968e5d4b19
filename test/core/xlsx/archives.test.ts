// Strict archives: every byte of the file belongs to an entry, the central directory or the end
// records; each local header and data descriptor agrees with the directory; every entry read has
// the CRC-32 it declares; two names for one part are refused. The fixtures are
// test/fixtures/hostileArchives.ts; a refusal never repeats a CPR number the file holds.

import fc from 'fast-check';
import { RefusalError, REFUSAL_CODES } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import { crc32 } from '../../../core/xlsx/crc32';
import { DEFAULT_LIMITS } from '../../../core/xlsx/limits';
import { openZip, partKey, streamEntry } from '../../../core/xlsx/zip';
import { containsCpr } from '../../../core/validate/cpr';
import { crc32 as referenceCrc32, utf8, workbookParts, workbookZip, worksheet } from '../../fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../fixtures/hostileArchives';
import { extraField, writeZip } from '../../fixtures/zipWriter';
import { refusalOf } from './refusal';

describe('hostile archives', () => {
  test.each(HOSTILE_ARCHIVES.map((f) => [f.name, f.code, f.make] as const))(
    '%s is refused as %s, in Danish and English',
    (_name, code, make) => {
      const err = refusalOf(make());
      expect(err.code).toBe(code);
      expect(err.status).toBe(REFUSAL_CODES[code]);
      const { da, en } = err.userMessage;
      expect(da).not.toEqual(en);
      expect(da).toMatch(/prøv igen|Gem som|Slet/);
      expect(en).toMatch(/try again|Save As|Delete/);
      // Some of these files hold a CPR number in the bytes no part accounts for: never echoed.
      expect(`${da}${en}`).not.toMatch(/\d{6}[-\s]?\d{4}/);
    },
  );

  test('each refusal names what is wrong, not only that something is', () => {
    const en = (name: string): string =>
      refusalOf(HOSTILE_ARCHIVES.find((f) => f.name === name)!.make()).userMessage.en;
    expect(en('localNameDiffers')).toMatch(/name in the local header/);
    expect(en('localSizeDiffers')).toMatch(/sizes in the local header/);
    expect(en('localMethodDiffers')).toMatch(/compression method/);
    expect(en('dataDescriptorDisagrees')).toMatch(/data descriptor/);
    expect(en('unicodePathDiffers')).toMatch(/Unicode name/);
    expect(en('dataBeforeFirstEntry')).toMatch(/before the first part/);
    expect(en('gapBetweenEntries')).toMatch(/between parts .* and xl\/worksheets\/sheet1\.xml/);
    expect(en('gapBeforeCentralDirectory')).toMatch(/between the last part and the central directory/);
    expect(en('gapAfterCentralDirectory')).toMatch(/between the central directory and the end record/);
    expect(en('bytesAfterEndRecord')).toMatch(/after the end record/);
    expect(en('bytesAfterDeflateStream')).toMatch(/inside part xl\/worksheets\/sheet1\.xml/);
    expect(en('crcMismatch')).toMatch(/checksum \(CRC-32\)/);
    expect(en('duplicateAfterNormalising')).toMatch(/appears twice/);
    expect(en('fileUsedAsFolder')).toMatch(/folder named like another part/);
  });
});

describe('what a well-formed archive may do', () => {
  test('data descriptors that agree are read, with and without their signature', () => {
    for (const signature of [true, false]) {
      const bytes = writeZip(workbookParts().map((e) => ({ ...e, descriptor: { signature } })));
      expect(readWorkbook(bytes).sheets[0]!.cells).toEqual([{ r: 0, c: 0, v: 'Plan', t: 's' }]);
    }
  });

  test('an archive comment, entry comments and extra fields without personal data are fine', () => {
    const bytes = writeZip(
      workbookParts().map((e) => ({
        ...e,
        comment: 'gemt af Excel',
        centralExtra: extraField(0x5455, Uint8Array.from([1, 0, 0, 0, 0])),
        localExtra: extraField(0x7075, Uint8Array.from([1, 0, 0, 0, 0, ...utf8(String(e.name))])),
      })),
      { comment: 'Implementeringsplan' },
    );
    const grid = readWorkbook(bytes);
    expect(grid.sheets).toHaveLength(1);
    expect(grid.textFindings).toBeUndefined();
  });

  test('a stored entry is checked against its CRC too', () => {
    const items = workbookParts().map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, method: 0, crc: 1 } : e,
    );
    expect(refusalOf(writeZip(items)).code).toBe('zip_crc_mismatch');
    expect(() => readWorkbook(writeZip(workbookParts().map((e) => ({ ...e, method: 0 }))))).not.toThrow();
  });

  test('a part stopped early (a sink that has read enough) is not judged by its CRC', () => {
    const zip = openZip(
      writeZip(workbookParts().map((e) => (e.name === 'xl/workbook.xml' ? { ...e, crc: 1 } : e))),
      DEFAULT_LIMITS,
    );
    const entry = zip.byName.get('xl/workbook.xml')!;
    expect(() => streamEntry(zip, entry, () => false)).not.toThrow();
    expect(() => streamEntry(zip, entry, () => true)).toThrow(RefusalError);
  });
});

describe('part names are one name per part', () => {
  test.each([
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl//worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/./worksheets/./sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['XL/Worksheets/Sheet1.XML', 'xl/worksheets/sheet1.xml'],
    ['xl/media/', 'xl/media'],
    ['xl/m\u00e6rke.xml', 'xl/m\u00e6rke.xml'],
    ['xl/ma\u0308rke.xml', 'xl/m\u00e4rke.xml'],
  ])('%s is known as %s', (name, key) => {
    expect(partKey(name)).toBe(key);
  });

  test('a part written with an odd but unique name is still found by its normal name', () => {
    const items = workbookParts().map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, name: 'xl//worksheets/sheet1.xml' } : e,
    );
    expect(readWorkbook(writeZip(items)).sheets[0]!.cells[0]!.v).toBe('Plan');
  });
});

describe('CRC-32', () => {
  test('agrees with the textbook table implementation on any bytes, whole or in pieces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (bytes, cut) => {
        const at = Math.min(cut, bytes.length);
        expect(crc32(bytes)).toBe(referenceCrc32(bytes));
        expect(crc32(bytes.subarray(at), crc32(bytes.subarray(0, at)))).toBe(referenceCrc32(bytes));
      }),
      { numRuns: 300 },
    );
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
  });
});

describe('a refusal never repeats a CPR number the file holds', () => {
  test('an unsafe entry name with a CPR number in it is masked in the message', () => {
    const bytes = writeZip([...workbookParts(), { name: '../Borger 0101901234.xml', data: '<x/>' }]);
    const err = refusalOf(bytes);
    expect(err.code).toBe('zip_entry_name_unsafe');
    expect(err.userMessage.en).toContain('[CPR fjernet]');
    expect(JSON.stringify(err.toJSON())).not.toMatch(/0101901234|010190/);
  });

  // A damaged sheet is refused naming what is wrong, quoting the value: never a CPR number in it.
  const FIRST = '<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>';
  test.each([
    ['a boolean cell holding nine digits', '<row r="2"><c r="B2" t="b"><v>211291241</v></c></row>', ''],
    ['a date cell holding ten', '<row r="2"><c r="B2" t="d"><v>2212921242</v></c></row>', ''],
    ['a number cell holding text', '<row r="2"><c r="B2"><v>Borger 231293-1243</v></c></row>', ''],
    ['an unknown cell type', '<row r="2"><c r="B2" t="x2401941244"><v>1</v></c></row>', ''],
    ['a row number', '<row r="x250195-1245"><c r="B2"><v>1</v></c></row>', ''],
    ['a cell reference', '<row r="2"><c r="B260296-1246"><v>1</v></c></row>', ''],
    ['a merged range', '', '<mergeCells count="1"><mergeCell ref="A270397-1247"/></mergeCells>'],
    ['a missing shared string', '<row r="2"><c r="B2" t="s"><v>2804981248</v></c></row>', ''],
  ])('%s: the value quoted in the refusal is masked', (_what, rows, after) => {
    const err = refusalOf(workbookZip({ sheets: [{ name: 'Ark1', xml: worksheet(FIRST + rows, after) }] }));
    expect(err.code).toBe('xml_invalid');
    expect(err.userMessage.da).toContain('[CPR fjernet]');
    expect(err.userMessage.en).toContain('[CPR fjernet]');
    expect(containsCpr(`${JSON.stringify(err.toJSON())} ${err.message}`)).toBe(false);
  });

  // A number inside a longer row of digits is no CPR number to the mask, but its ten digits are in
  // the row: a damaged value is then told by how many digits it has, not repeated.
  test.each([
    ['a shared string index', '<c r="B2" t="s"><v>30101901234</v></c>', 11],
    ['a shared string index with a dash', '<c r="B2" t="s"><v>3010190-1234</v></c>', 11],
    ['a boolean', '<c r="B2" t="b"><v>901019012345</v></c>', 12],
  ])('%s holding a number inside a longer row is not repeated', (_what, cell, digits) => {
    const err = refusalOf(
      workbookZip({ sheets: [{ name: 'Ark1', xml: worksheet(`${FIRST}<row r="2">${cell}</row>`) }] }),
    );
    expect(err.code).toBe('xml_invalid');
    expect(err.userMessage.da).toContain(`[${digits} cifre]`);
    expect(err.userMessage.en).toContain(`[${digits} digits]`);
    expect(`${JSON.stringify(err.toJSON())} ${err.message}`).not.toMatch(/0101901234|010190-1234|101901234/);
  });

  test('a date quoted in a refusal is kept: eight digits', () => {
    const err = refusalOf(
      workbookZip({
        sheets: [
          { name: 'Ark1', xml: worksheet(`${FIRST}<row r="2"><c r="B2" t="b"><v>2026-12-01</v></c></row>`) },
        ],
      }),
    );
    expect(err.userMessage.en).toContain('"2026-12-01"');
  });
});
