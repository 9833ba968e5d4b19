// The zip layer on its own: what is decided from the directory before anything is inflated, and
// how inflating stops at the declared size.

import { RefusalError } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import { DEFAULT_LIMITS } from '../../../core/xlsx/limits';
import { openZip, streamEntry } from '../../../core/xlsx/zip';
import * as H from '../../fixtures/hostile';

function code(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof RefusalError) return err.code;
    throw err;
  }
  return 'accepted';
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

describe('decided from the directory alone', () => {
  test('20,000 entries are refused from the end record: the directory itself is never read', () => {
    const bytes = H.twentyThousandEntries();
    const v = view(bytes);
    const eocd = bytes.length - 22;
    const cdOffset = v.getUint32(eocd + 16, true);
    bytes.fill(0xaa, cdOffset, eocd); // the central directory, destroyed
    expect(code(() => readWorkbook(bytes))).toBe('zip_too_many_entries');
  });

  test('an end record that understates the count does not let more entries through', () => {
    const bytes = H.twentyThousandEntries();
    const eocd = bytes.length - 22;
    view(bytes).setUint16(eocd + 8, 3, true);
    view(bytes).setUint16(eocd + 10, 3, true);
    expect(code(() => readWorkbook(bytes))).toBe('zip_too_many_entries');
  });

  test('declared sizes and ratios are judged before anything is inflated', () => {
    expect(code(() => openZip(H.zipBombHonestSizes(), DEFAULT_LIMITS))).toBe('zip_too_large_uncompressed');
    expect(code(() => openZip(H.zipRatioSuspicious(), DEFAULT_LIMITS))).toBe('zip_ratio_suspicious');
    // Small entries may compress well: the ratio is only held against entries over the grace size.
    expect(
      code(() => openZip(H.zipRatioSuspicious(), { ...DEFAULT_LIMITS, ratioGraceBytes: 64 * 1024 * 1024 })),
    ).toBe('accepted');
  });

  test('a zip64 end record is followed to the real directory', () => {
    const zip = H.minimalWorkbook();
    const eocd = zip.length - 22;
    const v = view(zip);
    const count = v.getUint16(eocd + 10, true);
    const cdSize = v.getUint32(eocd + 12, true);
    const cdOffset = v.getUint32(eocd + 16, true);
    const out = new Uint8Array(eocd + 56 + 20 + 22);
    out.set(zip.subarray(0, eocd));
    const o = view(out);
    // Zip64 end of central directory record.
    o.setUint32(eocd, 0x06064b50, true);
    o.setBigUint64(eocd + 4, 44n, true);
    o.setUint16(eocd + 12, 45, true);
    o.setUint16(eocd + 14, 45, true);
    o.setBigUint64(eocd + 24, BigInt(count), true);
    o.setBigUint64(eocd + 32, BigInt(count), true);
    o.setBigUint64(eocd + 40, BigInt(cdSize), true);
    o.setBigUint64(eocd + 48, BigInt(cdOffset), true);
    // Locator.
    const loc = eocd + 56;
    o.setUint32(loc, 0x07064b50, true);
    o.setBigUint64(loc + 8, BigInt(eocd), true);
    o.setUint32(loc + 16, 1, true);
    // Classic end record, every field saying "see zip64".
    const end = loc + 20;
    o.setUint32(end, 0x06054b50, true);
    o.setUint16(end + 8, 0xffff, true);
    o.setUint16(end + 10, 0xffff, true);
    o.setUint32(end + 12, 0xffffffff, true);
    o.setUint32(end + 16, 0xffffffff, true);
    expect(readWorkbook(out).sheets[0]!.cells).toEqual([{ r: 0, c: 0, v: 'Plan', t: 's' }]);
  });
});

describe('inflating', () => {
  test('an entry that inflates past its declared size is stopped there: the caller never sees more', () => {
    const bytes = H.zipBombForgedSizes();
    const zip = openZip(bytes, DEFAULT_LIMITS);
    const sheet = zip.byName.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.size).toBe(2_000);
    let delivered = 0;
    expect(
      code(() =>
        streamEntry(zip, sheet, (chunk) => {
          delivered += chunk.length;
          return true;
        }),
      ),
    ).toBe('zip_size_mismatch');
    expect(delivered).toBeLessThanOrEqual(2_000);
  });

  test('an entry that ends short of its declared size is refused too', () => {
    const items = H.workbookParts().map((item) =>
      item.name === 'xl/worksheets/sheet1.xml' ? { ...item, size: 100_000 } : item,
    );
    expect(code(() => readWorkbook(H.buildZip(items)))).toBe('zip_size_mismatch');
  });

  test('a corrupt deflate stream is a damaged file, not a crash', () => {
    const items = H.workbookParts().map((item) =>
      item.name === 'xl/workbook.xml'
        ? { ...item, compressed: Uint8Array.from([0xff, 0xff, 0xff, 0xff]), size: 50 }
        : item,
    );
    expect(['zip_invalid', 'xml_invalid']).toContain(code(() => readWorkbook(H.buildZip(items))));
  });

  test('a sink can stop early (a prolog check reads only the start of a part)', () => {
    const zip = openZip(H.millionRows(), { ...DEFAULT_LIMITS, maxRatio: Infinity });
    const sheet = zip.byName.get('xl/worksheets/sheet1.xml')!;
    let delivered = 0;
    streamEntry(zip, sheet, (chunk) => {
      delivered += chunk.length;
      return false;
    });
    expect(delivered).toBeGreaterThan(0);
    expect(delivered).toBeLessThan(sheet.size / 10);
  });
});
