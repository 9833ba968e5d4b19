// The intake's scan of the whole package for CPR numbers (core/xlsx/audit.ts), at the level of the
// grid: what it reports in Grid.textFindings (where, and what kind of place: never the text), what it
// leaves to the grid's own check, and how it reads text however it is written or cut.

import fc from 'fast-check';
import type { GridTextFinding } from '../../../core/grid';
import { readWorkbook } from '../../../core/xlsx';
import { BinaryScanner, PackageAudit, Role, scanBytes } from '../../../core/xlsx/audit';
import { XmlScanner, type XmlHandler } from '../../../core/xlsx/xml';
import { CPR_PLACE_FIXTURES, leaks } from '../../fixtures/cprPlaces';
import { workbookZip, worksheet } from '../../fixtures/hostile';

const NOTHING: XmlHandler = { open() {}, close() {}, text() {} };
/** A handler that takes plain text runs by position: the tokenizer then hands the audit positions too. */
const BY_POSITION: XmlHandler = { open() {}, close() {}, text() {}, textAt() {} };

function fixture(id: string): Uint8Array {
  const f = CPR_PLACE_FIXTURES.find((x) => x.id === id);
  if (!f) throw new Error(`no fixture ${id}`);
  return f.build();
}

function findings(id: string): readonly GridTextFinding[] {
  return readWorkbook(fixture(id)).textFindings ?? [];
}

/** Runs XML through one part's audit, cut into the given pieces; returns what was found. */
function auditWith(pieces: readonly string[], role: Role = Role.Other, handler = NOTHING): number {
  const pkg = new PackageAudit();
  const scanner = new XmlScanner('x.xml', handler, false, pkg.forPart('x.xml', role, false));
  for (const p of pieces) scanner.feed(p);
  scanner.end();
  return pkg.findings.length;
}

describe('Grid.textFindings: the place and the kind, never the text', () => {
  test.each<[string, GridTextFinding]>([
    [
      'headerFooter.evenFooter',
      { sheet: 'Ark1', cell: '', kind: 'headerFooter', part: 'xl/worksheets/sheet1.xml' },
    ],
    [
      'dataValidationList',
      { sheet: 'Ark1', cell: 'B2:B9', kind: 'dataValidation', part: 'xl/worksheets/sheet1.xml' },
    ],
    [
      'conditionalFormatFormula',
      { sheet: 'Ark1', cell: 'A1:A5', kind: 'conditionalFormat', part: 'xl/worksheets/sheet1.xml' },
    ],
    [
      'hyperlinkTarget',
      { sheet: 'Ark1', cell: 'B2', kind: 'hyperlink', part: 'xl/worksheets/_rels/sheet1.xml.rels' },
    ],
    [
      'formulaWithoutCachedValue',
      { sheet: 'Ark1', cell: 'B2', kind: 'formula', part: 'xl/worksheets/sheet1.xml' },
    ],
    ['phoneticRunShared', { sheet: 'Ark1', cell: 'B2', kind: 'phonetic', part: 'xl/sharedStrings.xml' }],
    ['chartTitle', { sheet: 'Ark1', cell: '', kind: 'chart', part: 'xl/charts/chart1.xml' }],
    ['textBoxRuns', { sheet: 'Ark1', cell: 'D5', kind: 'textBox', part: 'xl/drawings/drawing1.xml' }],
    ['pngCompressedText', { sheet: 'Ark1', cell: '', kind: 'image', part: 'xl/media/image1.png' }],
    [
      'printerSettingsUtf16',
      { sheet: 'Ark1', cell: '', kind: 'printerSettings', part: 'xl/printerSettings/printerSettings1.bin' },
    ],
    ['unreferencedPart', { sheet: '', cell: '', kind: 'part', part: 'xl/notes.xml' }],
    ['archiveComment', { sheet: '', cell: '', kind: 'zipComment', part: '' }],
    ['entryName', { sheet: '', cell: '', kind: 'zipEntryName', part: 'xl/media/[CPR fjernet].png' }],
    [
      'appTitlesOfParts',
      { sheet: '', cell: '', kind: 'property', part: 'docProps/app.xml', name: 'TitlesOfParts' },
    ],
    ['cellGivenTwice', { sheet: 'Ark1', cell: 'B2', kind: 'cellValue', part: 'xl/worksheets/sheet1.xml' }],
  ])('%s', (id, expected) => {
    const found = findings(id);
    expect(found).toEqual([expected]);
    const f = CPR_PLACE_FIXTURES.find((x) => x.id === id)!;
    expect(leaks(JSON.stringify(found), f.written)).toEqual([]);
  });

  test('what the grid carries is left to the grid: cell values, shown shared strings, names', () => {
    for (const id of [
      'textCell',
      'errorCell',
      'richTextRuns',
      'inlineString',
      'numberLostLeadingZero',
      'sheetName',
      'definedName',
    ]) {
      expect([id, findings(id)]).toEqual([id, []]);
    }
    // An amount: the grid judges it with its format (not a CPR number); the scan does not overrule it.
    expect(findings('control.amountFormat')).toEqual([]);
  });

  test('a shared string no cell shows is judged as text of its own', () => {
    const bytes = workbookZip({
      sheets: [{ name: 'Ark1', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
      sharedStrings:
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<si><t>Plan</t></si><si><t>Borger 0101901234</t></si></sst>',
    });
    expect(readWorkbook(bytes).textFindings).toEqual([
      { sheet: '', cell: '', kind: 'sharedString', part: 'xl/sharedStrings.xml' },
    ]);
  });

  // What the grid does not hold is not left to it, even inside an element whose text it reads: a
  // comment, a processing instruction or an unknown (or ignorable) element inside a shared string or
  // a cell's value is in the file, but in no cell. Every text shown here is an ordinary "Plan".
  const SST =
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  const shownItem = (item: string): Uint8Array =>
    workbookZip({
      sheets: [{ name: 'Ark1', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
      sharedStrings: `${SST}<si>${item}</si></sst>`,
    });
  test.each([
    ['a comment after its text', '<t>Plan</t><!-- 010190-1234 -->'],
    ['a comment inside its text', '<t>Plan<!-- 010190-1234 --></t>'],
    ['a processing instruction', '<t>Plan</t><?note 010190-1234?>'],
    ['an unknown element', '<t>Plan</t><x:extra xmlns:x="urn:x">0101901234</x:extra>'],
    [
      'an unknown element inside a run',
      '<r><t>Plan</t><x:extra xmlns:x="urn:x">Borger 010190-1234</x:extra></r>',
    ],
    ['an element HTML would call inline (underline)', '<t>Plan</t><x:u xmlns:x="urn:x">0101901234</x:u>'],
    ['an unknown element inside its text', '<t>Pl<x:extra xmlns:x="urn:x">0101901234</x:extra>an</t>'],
  ])('a shared string a cell shows, with a number in %s, is reported on its own', (_name, item) => {
    const grid = readWorkbook(shownItem(item));
    expect(grid.sheets[0]?.cells[0]?.v).toBe('Plan');
    expect(grid.textFindings).toEqual([
      { sheet: '', cell: '', kind: 'sharedString', part: 'xl/sharedStrings.xml' },
    ]);
  });

  test.each([
    ['a comment in a number cell', '<c r="B2"><v>7<!-- 010190-1234 --></v></c>', 7],
    ['an element in a number cell', '<c r="B2"><v>7<x:u xmlns:x="urn:x">0101901234</x:u></v></c>', 7],
    [
      'a comment in an inline string',
      '<c r="B2" t="inlineStr"><is><t>Plan</t><!-- 010190-1234 --></is></c>',
      'Plan',
    ],
    // Text typed straight into <is> beside its <t> is no part of the string, nor joined to it
    // ("L8" + "0101901234" would be eleven digits after a letter).
    ['text beside an inline string', '<c r="B2" t="inlineStr"><is><t>L8</t>0101901234</is></c>', 'L8'],
    [
      'an element in an inline string',
      '<c r="B2" t="inlineStr"><is><t>Pl<x:extra xmlns:x="urn:x">0101901234</x:extra>an</t></is></c>',
      'Plan',
    ],
  ])('%s is reported at the cell, and the cell reads what Excel shows', (_name, cell, value) => {
    const bytes = workbookZip({ sheets: [{ name: 'Ark1', xml: worksheet(`<row r="2">${cell}</row>`) }] });
    const grid = readWorkbook(bytes);
    expect(grid.sheets[0]?.cells.find((c) => c.r === 1 && c.c === 1)?.v).toBe(value);
    expect(grid.textFindings).toEqual([
      { sheet: 'Ark1', cell: 'B2', kind: 'cellValue', part: 'xl/worksheets/sheet1.xml' },
    ]);
  });

  test('a shared string whose own text holds the number is still judged by the grid at its cell', () => {
    // The control: the same number in the item's text is the cell's value, judged there with its
    // context (and so not reported twice).
    expect(readWorkbook(shownItem('<t>Borger 010190-1234</t>')).textFindings ?? []).toEqual([]);
  });
});

describe.each([
  ['as strings', NOTHING],
  ['by position', BY_POSITION],
])('text however it is written, its runs passed %s', (_how, handler) => {
  const audit = (pieces: readonly string[]): number => auditWith(pieces, Role.Other, handler);

  test.each([
    ['plain text', '<a><b>Borger 0101901234</b></a>'],
    ['character references', '<a><b>Borger &#48;&#49;01901234</b></a>'],
    ['an _xHHHH_ escape', '<a><b>Borger _x0030_101901234</b></a>'],
    ['an attribute', '<a><b v="Borger 0101901234"/></a>'],
    ['an attribute with references', '<a><b v="Borger &#x30;101901234"/></a>'],
    ['an attribute with an escape', '<a><b v="Borger _x0030_101901234"/></a>'],
    ['CDATA', '<a><b><![CDATA[Borger 0101901234]]></b></a>'],
    ['an XML comment', '<a><!-- Borger 0101901234 --></a>'],
    ['a processing instruction', '<a><?note Borger 0101901234?></a>'],
    ['runs of one paragraph', '<a><p><r><t>Borger 0101</t></r><r><rPr><b/></rPr><t>901234</t></r></p></a>'],
    ['runs laid out on lines', '<a><p>\n  <r>\n    <t>0101</t>\n  </r>\n  <r><t>901234</t></r>\n</p></a>'],
    ['spaces around the dash', '<a><b>010190 - 1234</b></a>'],
    ['a short run, then the rest', '<a><p><r><t>0</t></r><r><t>101901234</t></r></p></a>'],
    ['a text cut by a comment', '<a><b>0101<!-- x -->901234</b></a>'],
    ['a text cut by CDATA', '<a><b>01<![CDATA[0190]]>1234</b></a>'],
    // Nine digits on a line of their own: a number that lost its leading zero.
    ['a short run and nine digits in the next element', '<a><p><t>0</t></p><p><t>101901234</t></p></a>'],
    ['a date with separators and the serial', '<a><b>Borger 01.01.90-1234</b></a>'],
    ['a date and the serial in an attribute', '<a><b v="Borger 01.01.90-1234"/></a>'],
    ['a date and the serial, a short attribute', '<a><b v="01.01.90-1234"/></a>'],
  ])('%s', (_what, xml) => {
    expect(audit([xml])).toBe(1);
  });

  test.each([
    ['two elements', '<a><v>010190</v><v>1234</v></a>'],
    ['a GUID', '<a id="{AB010190-1234-CDEF-8899-AABBCCDDEEFF}"/>'],
    ['a labelled P-number', '<a><b>P-nummer: 0101901234</b></a>'],
    ['a longer number', '<a><b>1234567890123</b></a>'],
    ['a longer number after a line break', '<a><p><t>0</t></p><p><t>51101901234</t></p></a>'],
  ])('not in %s', (_what, xml) => {
    expect(audit([xml])).toBe(0);
  });

  test('the same, however the part is cut into pieces', () => {
    // Three places (each names its own cell, so they are three findings).
    const xml =
      '<root><x a="1"/><p r="A1"><r><t>Borger 0101</t></r><r><t>901234</t></r></p><y r="B2" v="&#48;202901234"/><z r="C3"><!-- 0303901234 --></z></root>';
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 8 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), xml.length];
        const pieces = at.slice(1).map((end, i) => xml.slice(at[i], end));
        expect(audit(pieces)).toBe(3);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bytes', () => {
  const enc = (text: string, how: 'latin1' | 'utf16le' | 'utf16be', offset = 0): Uint8Array => {
    const body =
      how === 'latin1'
        ? Uint8Array.from([...text].map((c) => c.charCodeAt(0)))
        : Uint8Array.from(
            [...text].flatMap((c) => (how === 'utf16le' ? [c.charCodeAt(0), 0] : [0, c.charCodeAt(0)])),
          );
    const out = new Uint8Array(offset + body.length + 7).fill(0xaa);
    out.set(body, offset);
    return out;
  };

  test.each(['latin1', 'utf16le', 'utf16be'] as const)('%s, at either alignment', (how) => {
    for (const offset of [0, 1, 2, 3]) {
      expect(scanBytes(enc('Printer 0101901234', how, offset))).toBe(true);
      expect(scanBytes(enc('Printer 010190-1234', how, offset))).toBe(true);
      expect(scanBytes(enc('Tlf. 0101901234', how, offset))).toBe(false);
      expect(scanBytes(enc('Serial 01019012345678', how, offset))).toBe(false);
    }
  });

  test('a number cut by the boundary between two pieces is still found', () => {
    const bytes = enc('xxxxxxxxxx Borger 0101901234 yyyyyyyy', 'utf16le', 1);
    for (let cut = 1; cut < bytes.length; cut++) {
      let found = 0;
      const scanner = new BinaryScanner('x.bin', () => found++);
      scanner.feed(bytes.subarray(0, cut));
      scanner.feed(bytes.subarray(cut));
      scanner.end();
      expect([cut, found]).toEqual([cut, 1]);
    }
  });

  test('a part of digits all along is read in linear time; a number standing apart in it is found', () => {
    const digits = (n: number): string => {
      let out = '';
      for (let i = 0; i < n; i++) out += String.fromCharCode(48 + ((i * 7919) % 10));
      return out;
    };
    const long = digits(1_500_000);
    const parts = (['latin1', 'utf16le', 'utf16be'] as const).flatMap((how) => [
      enc(long, how),
      // Eleven digits or more in a row is a longer number, wherever the six start.
      enc(`${long.slice(0, 100_000)} 01019012345 ${long.slice(0, 1000)}`, how),
    ]);
    const started = process.cpuUsage();
    for (const part of parts) expect(scanBytes(part)).toBe(false);
    const used = process.cpuUsage(started);
    // 1.5 million digits in three encodings: several seconds when each six were decoded and judged.
    expect((used.user + used.system) / 1000).toBeLessThan(1_500);
    for (const how of ['latin1', 'utf16le', 'utf16be'] as const) {
      for (const offset of [0, 1]) {
        expect(
          scanBytes(enc(`${long.slice(0, 5000)} Borger 0101901234 ${long.slice(0, 5000)}`, how, offset)),
        ).toBe(true);
        expect(scanBytes(enc(`${long.slice(0, 5000)}-0101901234-x`, how, offset))).toBe(false);
      }
    }
  });

  test('text that only decoding shows: character references (XMP), full-width digits, invisible characters', () => {
    const junk = (n: number, seed: number): number[] =>
      Array.from({ length: n }, (_, i) => (((i + seed) * 151) % 200) + 0x40).filter((x) => x < 0x80);
    const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
    const part = (text: string, seed = 1): Uint8Array =>
      Uint8Array.from([
        0xff,
        0xd8,
        0xff,
        0xe1,
        ...junk(300, seed),
        0x0a,
        ...utf8(text),
        0x0a,
        ...junk(300, seed + 7),
      ]);
    const refs = (d: string, hex: boolean): string =>
      [...d].map((c) => (hex ? `&#x${(48 + Number(c)).toString(16)};` : `&#${48 + Number(c)};`)).join('');
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(
        scanBytes(part(`<dc:description>Borger ${refs('0101901234', false)}</dc:description>`, seed)),
      ).toBe(true);
      expect(scanBytes(part(`<rdf:li>${refs('010190', true)}-${refs('1234', true)}</rdf:li>`, seed))).toBe(
        true,
      );
      expect(
        scanBytes(part('Borger \uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14', seed)),
      ).toBe(true);
      expect(scanBytes(part('Borger 01\u200b01\u200b90\u200b12\u200b34', seed))).toBe(true);
      // Look-alikes: a short number as references, a phone number, full-width text without digits.
      expect(scanBytes(part(`Uge ${refs('12', false)} ${refs('2026', false)}`, seed))).toBe(false);
      expect(scanBytes(part(`Tlf. ${refs('0101901234', false)}`, seed))).toBe(false);
      expect(scanBytes(part('\uff21\uff22\uff23 \u00e6\u00f8\u00e5 \u200b\u200b', seed))).toBe(false);
    }
  });

  test('random bytes with no digits never hold one', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const clean = bytes.map((b) => (b >= 0x30 && b <= 0x39 ? 0x41 : b));
        expect(scanBytes(clean)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
