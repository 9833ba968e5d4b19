// Packed content inside a workbook's package: a byte scan cannot see text that is compressed, so a
// binary part that is a compressed stream (a gzip-packed EMF picture, .emz, or a zlib stream) is
// unpacked, bounded, and its text scanned; an archive, a compound file or a PDF (an .xlsx inside the
// .xlsx, an OLE file with a compressed VBA project, a PDF's compressed streams) is refused, whatever
// the part is called, with a message that names the part.

import { gzipSync, zipSync, zlibSync } from 'fflate';
import { RefusalError } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import { png } from '../../fixtures/cprPlaces';
import { compoundFile, seeded, utf8, workbookZip, worksheet, type ZipItem } from '../../fixtures/hostile';

const SHEETS = [
  { name: 'Ark1', xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>') },
];

/** The minimal workbook with one more part. */
function withPart(part: ZipItem): Uint8Array {
  return workbookZip({ sheets: SHEETS, parts: [part] });
}

function refusal(bytes: Uint8Array, limits?: Parameters<typeof readWorkbook>[1]): RefusalError {
  try {
    readWorkbook(bytes, limits);
  } catch (err) {
    if (err instanceof RefusalError) return err;
    throw err;
  }
  throw new Error('not refused');
}

/** An EMF-like picture record stream with a text in it (EMF keeps text as UTF-16LE). */
function emf(text: string): Uint8Array {
  const head = [0x01, 0, 0, 0, 0x6c, 0, 0, 0, 0x20, 0x45, 0x4d, 0x46];
  const body = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) body[2 * i] = text.charCodeAt(i);
  return Uint8Array.from([...head, ...new Uint8Array(40), ...body, ...new Uint8Array(40)]);
}

/** A workbook holding a CPR number in a cell: what someone may hide inside another workbook. */
const INNER = workbookZip({
  sheets: [
    {
      name: 'Ark1',
      xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Borger 0304911247</t></is></c></row>'),
    },
  ],
});

describe('packed archives, compound files and PDFs are refused wherever they are kept', () => {
  test.each<[string, ZipItem, RegExp]>([
    ['a workbook stored as a picture', { name: 'xl/media/image1.png', data: INNER, method: 0 }, /a zip file/],
    ['a workbook deflated under another name', { name: 'customXml/item9.bin', data: INNER }, /a zip file/],
    [
      'a zip of a text file',
      { name: 'xl/media/a.dat', data: zipSync({ 'a.txt': utf8('Borger 0304911247') }), method: 0 },
      /a zip file/,
    ],
    [
      'a compound file outside xl/embeddings (a VBA project compresses its source)',
      { name: 'xl/media/image2.bin', data: compoundFile([{ name: 'VBA', data: utf8('Attribute') }]) },
      /an embedded Office file \(OLE\)/,
    ],
    [
      'a PDF',
      { name: 'xl/media/doc.pdf', data: utf8('%PDF-1.7\n1 0 obj <</Filter /FlateDecode>> stream\n') },
      /a PDF document/,
    ],
  ])('%s', (_what, part, what) => {
    const err = refusal(withPart(part));
    expect(err.code).toBe('part_unreadable');
    expect(err.userMessage.en).toContain(String(part.name));
    expect(err.userMessage.en).toMatch(what);
    expect(err.userMessage.en).toMatch(/cannot be checked for personal data/);
    expect(err.userMessage.da).toContain(String(part.name));
    expect(err.userMessage.da).toMatch(/kan ikke kontrolleres for personoplysninger/);
    expect(JSON.stringify(err.userMessage)).not.toMatch(/0304911247/);
  });
});

describe('compressed streams are unpacked and their text scanned', () => {
  test('a gzip-packed picture (.emz) with a CPR number in its text is found, without one it is read', () => {
    const hit = readWorkbook(
      withPart({ name: 'xl/media/image1.emz', data: gzipSync(emf('Borger 0304911247')), method: 0 }),
    );
    expect(hit.textFindings).toEqual([{ sheet: '', cell: '', kind: 'image', part: 'xl/media/image1.emz' }]);
    const clean = readWorkbook(
      withPart({ name: 'xl/media/image1.emz', data: gzipSync(emf('Plan for 2026')), method: 0 }),
    );
    expect(clean.textFindings).toBeUndefined();
  });

  test('a zlib stream with a CPR number in it is found', () => {
    const grid = readWorkbook(withPart({ name: 'xl/data.bin', data: zlibSync(utf8('Borger 0304911247')) }));
    expect(grid.textFindings).toEqual([{ sheet: '', cell: '', kind: 'binary', part: 'xl/data.bin' }]);
  });

  test('bytes that only start like a zlib stream are bytes: read, and scanned as they are', () => {
    const bytes = Uint8Array.from([0x78, 0x9c, 0xff, 0xff, 0xff, 0xff, ...utf8(' Plan 2026 '), 1, 2, 3]);
    expect(readWorkbook(withPart({ name: 'xl/data.bin', data: bytes })).textFindings).toBeUndefined();
    const hit = Uint8Array.from([0x78, 0x9c, 0xff, 0xff, ...utf8(' Borger 0304911247 ')]);
    expect(readWorkbook(withPart({ name: 'xl/data.bin', data: hit })).textFindings).toHaveLength(1);
  });

  test('a gzip stream that unpacks to far more than its size is refused, as is a broken one', () => {
    const bomb = refusal(
      withPart({ name: 'xl/media/image1.emz', data: gzipSync(new Uint8Array(8 * 1024 * 1024)), method: 0 }),
    );
    expect(bomb.code).toBe('part_unreadable');
    expect(bomb.userMessage.en).toMatch(/xl\/media\/image1\.emz.*unpacks to far too much/);
    const packed = gzipSync(emf('Plan for 2026'));
    const broken = refusal(
      withPart({ name: 'xl/media/image1.emz', data: packed.subarray(0, packed.length - 20), method: 0 }),
    );
    expect(broken.code).toBe('part_unreadable');
    expect(broken.userMessage.en).toContain('xl/media/image1.emz');
  });

  test('an archive inside a compressed stream is refused: one level is unpacked, not more', () => {
    const err = refusal(withPart({ name: 'xl/media/image1.emz', data: gzipSync(INNER), method: 0 }));
    expect(err.code).toBe('part_unreadable');
    expect(err.userMessage.en).toMatch(/inside it is a zip file/);
  });
});

describe('what the scan inflates is bounded for the whole package, not only per piece', () => {
  /** A zTXt chunk whose text inflates to `size` bytes of zeros. */
  function zTxt(size: number): readonly [string, Uint8Array] {
    const packed = zlibSync(new Uint8Array(size), { level: 9 });
    const data = new Uint8Array(3 + packed.length);
    data.set([0x6b, 0, 0]); // keyword "k", its NUL, compression method 0
    data.set(packed, 3);
    return ['zTXt', data];
  }

  test("a picture's compressed text chunks are one budget: a hundred of 1 MB each are refused", () => {
    const chunks = Array.from({ length: 100 }, () => zTxt(1024 * 1024));
    const started = Date.now();
    const err = refusal(withPart({ name: 'xl/media/image1.png', data: png(chunks), method: 0 }));
    expect(err.code).toBe('part_unreadable');
    expect(err.userMessage.en).toContain('xl/media/image1.png');
    expect(Date.now() - started).toBeLessThan(3_000);
    // One chunk of that size, as a real picture's ICC profile may be, is read.
    expect(
      readWorkbook(withPart({ name: 'xl/media/image1.png', data: png([zTxt(1024 * 1024)]), method: 0 }))
        .textFindings,
    ).toBeUndefined();
  });

  test('pictures and packed streams together stay within the limit on uncompressed bytes', () => {
    const parts: ZipItem[] = Array.from({ length: 6 }, (_, i) => ({
      name: `xl/media/image${i + 1}.png`,
      data: png([zTxt(3 * 1024 * 1024)]),
      method: 0,
    }));
    const bytes = workbookZip({ sheets: SHEETS, parts });
    expect(readWorkbook(bytes).textFindings).toBeUndefined();
    const err = refusal(bytes, { maxUncompressedBytes: 12 * 1024 * 1024 });
    expect(err.code).toBe('part_unreadable');
    expect(err.userMessage.en).toMatch(/xl\/media\/image[45]\.png/);

    const rng = seeded(11);
    const text = (): Uint8Array =>
      utf8(Array.from({ length: 400_000 }, () => 'abcdefghij '[Math.floor(rng() * 11)]).join(''));
    const streams = workbookZip({
      sheets: SHEETS,
      parts: Array.from({ length: 4 }, (_, i) => ({
        name: `xl/media/image${i + 1}.emz`,
        data: gzipSync(text()),
        method: 0,
      })),
    });
    expect(readWorkbook(streams).textFindings).toBeUndefined();
    expect(refusal(streams, { maxUncompressedBytes: 1024 * 1024 }).code).toBe('part_unreadable');
  });
});

describe('text that is base64 is read as the bytes it stands for', () => {
  const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
  const NS_WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';

  function webExtension(value: string): Uint8Array {
    return withPart({
      name: 'xl/webextensions/webextension1.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="${NS_WE}" id="{52811C31-4593-43B8-A697-EB873422D156}">` +
        `<we:properties><we:property name="state" value="${value}"/></we:properties></we:webextension>`,
    });
  }

  function customXml(text: string): Uint8Array {
    return withPart({ name: 'customXml/item1.xml', data: `<?xml version="1.0"?><root>${text}</root>` });
  }

  test("an add-in's property and a custom XML item holding a CPR number as base64 are found", () => {
    expect(readWorkbook(webExtension(b64(utf8('Borger 2409901264')))).textFindings).toEqual([
      { sheet: '', cell: '', kind: 'addinSettings', part: 'xl/webextensions/webextension1.xml' },
    ]);
    const wrapped = b64(utf8(`{"note":"Borger 2510911267","pad":"${'x'.repeat(100)}"}`)).replace(
      /(.{76})/g,
      '$1\n',
    );
    expect(readWorkbook(customXml(wrapped)).textFindings).toEqual([
      { sheet: '', cell: '', kind: 'customXml', part: 'customXml/item1.xml' },
    ]);
  });

  test('Power Query queries (DataMashup: a zip after an 8-byte header) cannot be checked: refused', () => {
    const mashup = new Uint8Array(8 + INNER.length);
    mashup.set(INNER, 8);
    const err = refusal(
      customXml(`<DataMashup xmlns="http://schemas.microsoft.com/DataMashup">${b64(mashup)}</DataMashup>`),
    );
    expect(err.code).toBe('part_unreadable');
    // Named as Power Query, with where to delete the queries (round 12).
    expect(err.userMessage.en).toMatch(
      /Power Query queries \(customXml\/item1\.xml\).*Data > Queries & Connections/,
    );
    expect(err.userMessage.da).toMatch(/Power Query-forespørgsler .*Data > Forespørgsler og forbindelser/);
    expect(refusal(webExtension(b64(gzipSync(utf8('Plan')))))).toBeInstanceOf(RefusalError);
  });

  test('base64 with white space around it is base64: an indented inline string, a space typed after it', () => {
    const encoded = b64(utf8('Borger 0103180875'));
    const cell = (is: string): Uint8Array =>
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(`<row r="2"><c r="B2" t="inlineStr"><is>${is}</is></c></row>`),
          },
        ],
      });
    const finding = [{ sheet: 'Ark1', cell: 'B2', kind: 'cellEncoded', part: 'xl/worksheets/sheet1.xml' }];
    // Gnumeric pretty-prints its XML: the indentation stands inside <is>, before and after <t>.
    expect(readWorkbook(cell(`\n          <t>${encoded}</t>\n        `)).textFindings).toEqual(finding);
    expect(readWorkbook(cell(`<t xml:space="preserve">  ${encoded} </t>`)).textFindings).toEqual(finding);
    expect(readWorkbook(customXml(`\n    ${encoded}\n  `)).textFindings).toEqual([
      { sheet: '', cell: '', kind: 'customXml', part: 'customXml/item1.xml' },
    ]);
    // A space inside it still ends it: words are not base64.
    expect(
      readWorkbook(cell(`<t>${encoded.slice(0, 8)} ${encoded.slice(8)}</t>`)).textFindings,
    ).toBeUndefined();
  });

  test('base64 without a CPR number, and words that only look like base64, are read', () => {
    const hash = b64(Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256));
    expect(readWorkbook(webExtension(hash)).textFindings).toBeUndefined();
    expect(readWorkbook(webExtension(b64(utf8('{"theme":"dark","rows":12}')))).textFindings).toBeUndefined();
    expect(readWorkbook(customXml('ImplementeringsplanForAarhus')).textFindings).toBeUndefined();
  });
});

test('a word that reads as base64 starting like a zlib header is not taken for a packed file', () => {
  // "eJxL" is base64 of 78 9C 4B: a zlib header and a first byte, as a word may start by chance.
  const grid = readWorkbook(
    withPart({
      name: 'customXml/item1.xml',
      data: '<?xml version="1.0"?><root>eJxLPlanForAarhusKommune2026</root>',
    }),
  );
  expect(grid.textFindings).toBeUndefined();
});

test('an unpacked stream whose data starts like a zlib header by chance is read', () => {
  const data = Uint8Array.from([0x78, 0x9c, ...utf8(' EMF-like records, no text '), 0, 1, 2, 3]);
  const grid = readWorkbook(withPart({ name: 'xl/media/image1.emz', data: gzipSync(data), method: 0 }));
  expect(grid.textFindings).toBeUndefined();
});
