// CPR numbers in the forms and places the earlier rounds left open (issue: hostile files, round 3):
// a date written with separators and then the serial (01.01.90-1234), nine digits that lost their
// leading zero in any text of the workbook (a comment, a text box, a name), a number cut between a
// cell's text and its phonetic run, and workbooks of kinds no test named before (strict OOXML, a
// UTF-16 sheet, slicer and timeline caches, query tables, external links whose refusal quotes a
// path). Each workbook is hand-built (test/fixtures/hostile.ts); the controls beside each rule are
// what a plan really holds (dates, phone numbers, amounts) and must pass.

import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { holdsCpr, redactText } from '../../../core/redact';
import { containsCpr, maskCpr, maskCprText, mayHoldCpr } from '../../../core/validate/cpr';
import { scanBytes } from '../../../core/xlsx/audit';
import { buildZip, rels, workbookZip, worksheet, type WorkbookSpec } from '../../fixtures/hostile';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
const inline = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;

interface Outcome {
  readonly cpr: readonly {
    readonly sheet: string;
    readonly cell: string;
    readonly en: string;
    readonly da: string;
  }[];
  readonly json: string;
}

function inspect(bytes: Uint8Array): Outcome {
  const r = inspectBytes(bytes, { today: '2026-12-04' });
  const cpr = r.issues
    .filter((i) => i.code === 'cpr_number')
    .map((i) => ({ sheet: i.sheet, cell: i.cell, en: i.message.en, da: i.message.da }));
  return {
    cpr,
    json: JSON.stringify({ issues: r.issues, unmapped: r.unmapped, checks: r.checks, plan: r.plan }),
  };
}

function refusal(bytes: Uint8Array): RefusalError {
  try {
    inspectBytes(bytes, { today: '2026-12-04' });
  } catch (err) {
    if (err instanceof RefusalError) return err;
    throw err;
  }
  throw new Error('the workbook was accepted');
}

const textCell = (text: string): Uint8Array =>
  workbookZip({ sheets: [{ name: 'Ark1', xml: worksheet(row(2, inline('B2', text))) }] });

/** Whether anything of 0101901234 (any separators, or nine digits) is in a text. */
function leaks(text: string): boolean {
  return /0?1\D{0,3}01\D{0,3}90\D{0,3}1234|101901234/.test(text);
}

// --- 1. A date with separators, then the serial ---------------------------------------------------

const DATED: readonly [string, string][] = [
  ['dots and a hyphen', 'Borger 01.01.90-1234'],
  ['spaces only', 'Borger 01 01 90 1234'],
  ['slashes and a hyphen', 'Borger 01/01/90-1234'],
  ['hyphens and the year in full', 'Borger 01-01-1990-1234'],
  ['dots and the year in full', 'Borger 01.01.1990-1234'],
  ['dots and a space', 'født 01.01.90 1234'],
  ['a substitute number (day + 60)', 'Borger 61.01.90-1234'],
  ['full-width digits and stops', 'Borger ０１．０１．９０－１２３４'],
  ['a zero-width space inside', 'Borger 01.\u200b01.90-1234'],
  ['alone in the cell', '01.01.90-1234'],
];

const NOT_DATED: readonly [string, string][] = [
  ['a plain date', 'Møde 01.01.2027'],
  ['a date with a short year', 'Frist 15.03.26'],
  ['a phone number in pairs', 'Tlf 12 34 56 78'],
  ['a phone number with the country code', 'Ring +45 12 34 56 78'],
  ['a date and a year whose century the serial does not give', 'Periode 01.01.2026-2027'],
  ['a date range', '01.01.2026 - 31.12.2026'],
  ['a date and a time', 'Møde 15.03.2026 kl. 14.30'],
  ['no such day', 'Borger 32.01.90-1234'],
  ['no such month', 'Borger 01.13.90-1234'],
  ['a date inside a longer number', 'Sag 12.01.01.90-1234'],
  ['a year in full that the 7th digit contradicts', 'Borger 01.01.2090-1234'],
  ['an ISO date and four digits', 'Log 2026-01-01 1234'],
];

describe('a date written with separators, then the serial', () => {
  test.each(DATED)('%s is a CPR number: found, refused at a door, masked at a sink', (_what, text) => {
    expect(containsCpr(text)).toBe(true);
    expect(holdsCpr(text)).toBe(true);
    expect(leaks(redactText(text))).toBe(false);
    expect(leaks(maskCpr(text))).toBe(false);
    expect(leaks(maskCprText(text))).toBe(false);
  });

  test.each(NOT_DATED)('%s is not', (_what, text) => {
    expect(containsCpr(text)).toBe(false);
    expect(holdsCpr(text)).toBe(false);
    expect(redactText(text)).toBe(text);
  });

  test.each(DATED.slice(0, 5))(
    '%s in a text cell: a CPR number at its cell, and quoted nowhere',
    (_what, text) => {
      const r = inspect(textCell(text));
      expect(r.cpr.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Ark1!B2']);
      expect(leaks(r.json)).toBe(false);
    },
  );

  test.each(NOT_DATED.slice(0, 4))('%s in a text cell is no CPR number', (_what, text) => {
    expect(inspect(textCell(text)).cpr).toEqual([]);
  });

  test('the pre-check passes the forms, and prose with years and dates but no serial costs no judging', () => {
    expect(mayHoldCpr('Borger 01.01.90-1234')).toBe(true);
    expect(mayHoldCpr('Borger 01 01 90 1234')).toBe(true);
    expect(mayHoldCpr('Mødet 15.03.2026 om planen for 2027 og 2028')).toBe(false);
  });

  test('split over two rich-text runs of a shared string ("01.01." and "90-1234")', () => {
    const bytes = workbookZip({
      sheets: [{ name: 'Ark1', xml: worksheet(row(2, '<c r="B2" t="s"><v>0</v></c>')) }],
      sharedStrings: `${DECL}<sst xmlns="${NS_MAIN}" count="1" uniqueCount="1"><si><r><t>Borger 01.01.</t></r><r><rPr><b/></rPr><t>90-1234</t></r></si></sst>`,
    });
    const r = inspect(bytes);
    expect(r.cpr.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Ark1!B2']);
    expect(leaks(r.json)).toBe(false);
  });

  test('in the bytes of a binary part (a picture, printer settings): Latin-1 and UTF-16 in both byte orders', () => {
    const encodings: readonly [string, (t: string) => Uint8Array][] = [
      ['Latin-1', (t) => Uint8Array.from(t, (c) => c.charCodeAt(0))],
      ['UTF-16LE', (t) => Uint8Array.from([...t].flatMap((c) => [c.charCodeAt(0), 0]))],
      ['UTF-16BE', (t) => Uint8Array.from([...t].flatMap((c) => [0, c.charCodeAt(0)]))],
    ];
    for (const [encoding, encode] of encodings) {
      for (const offset of [0, 1, 2, 3, 4]) {
        // Bytes that are no text around it (0x7f), at every alignment to the scan's sampling.
        const within = (text: string): Uint8Array => {
          const bytes = new Uint8Array(offset + 60 + text.length * 2).fill(0x7f);
          bytes.set(encode(text), offset + 20);
          return bytes;
        };
        for (const [, text] of DATED.slice(0, 6))
          expect([encoding, offset, text, scanBytes(within(text))]).toEqual([encoding, offset, text, true]);
        for (const [, text] of NOT_DATED)
          expect([encoding, offset, text, scanBytes(within(text))]).toEqual([encoding, offset, text, false]);
      }
    }
  });

  test("in a refusal's quote (an external link's path) it is masked", () => {
    const err = refusal(externalLink('file:///C:/Borger%2001.01.90-1234.xlsx'));
    expect(err.code).toBe('external_link');
    expect(leaks(JSON.stringify(err.userMessage))).toBe(false);
    expect(err.userMessage.en).toContain('[CPR fjernet]');
  });
});

// --- 2. Nine digits that lost their zero, in every text of the workbook ----------------------------

function withComment(text: string): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(row(2, inline('B2', 'x')), '<legacyDrawing r:id="rId2"/>'),
        rels: rels([
          ['rId1', 'comments', '../comments1.xml'],
          ['rId2', 'vmlDrawing', '../drawings/vmlDrawing1.vml'],
        ]),
      },
    ],
    contentTypes: `<Override PartName="/xl/comments1.xml" ContentType="${CT}.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`,
    parts: [
      {
        name: 'xl/comments1.xml',
        data: `${DECL}<comments xmlns="${NS_MAIN}"><authors><author>A</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>${text}</t></r></text></comment></commentList></comments>`,
      },
      {
        name: 'xl/drawings/vmlDrawing1.vml',
        data: '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
      },
    ],
  });
}

function withTextBox(text: string): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(row(1, inline('A1', 'x')), '<drawing r:id="rId1"/>'),
        rels: rels([['rId1', 'drawing', '../drawings/drawing1.xml']]),
      },
    ],
    contentTypes:
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    parts: [
      {
        name: 'xl/drawings/drawing1.xml',
        data:
          `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
          '<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>101901234</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
          '<xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
          '<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="Tekstboks 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="101901234" y="0"/></a:xfrm></xdr:spPr>' +
          `<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
      },
    ],
  });
}

function withDefinedName(attrs: string, value: string): Uint8Array {
  return workbookZip({
    workbookExtra: `<definedNames><definedName name="Sag"${attrs}>${value}</definedName></definedNames>`,
  });
}

function withTableColumn(name: string): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          row(2, inline('A2', 'x')),
          '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
        ),
        rels: rels([['rId1', 'table', '../tables/table1.xml']]),
      },
    ],
    contentTypes: `<Override PartName="/xl/tables/table1.xml" ContentType="${CT}.table+xml"/>`,
    parts: [
      {
        name: 'xl/tables/table1.xml',
        data: `${DECL}<table xmlns="${NS_MAIN}" id="1" name="T" displayName="T" ref="A1:A2"><tableColumns count="1"><tableColumn id="1" name="${name}"/></tableColumns></table>`,
      },
    ],
  });
}

const NINE_PLACES: readonly [string, (text: string) => Uint8Array, RegExp][] = [
  ['a text cell outside the plan', textCell, /^Cell 'Ark1'!B2 .*lost its leading zero/],
  ['a comment', withComment, /^The comment in cell 'Ark1'!B2 contains/],
  ['a text box', withTextBox, /^A text box or shape at 'Ark1'!D5 contains/],
  [
    'a sheet name',
    (t) =>
      workbookZip({
        sheets: [
          { name: 'Ark1', xml: worksheet('') },
          { name: t, xml: worksheet('') },
        ],
      }),
    /^The name of the sheet 'Sag \[CPR fjernet\]' contains/,
  ],
  ['a defined name', (t) => withDefinedName('', `"${t}"`), /^The defined name 'Sag' contains/],
  [
    "a defined name's comment",
    (t) => withDefinedName(` comment="${t}"`, 'Ark1!$A$1'),
    /^The comment or description of the defined name 'Sag' .*contains/,
  ],
  [
    "a table column's name",
    withTableColumn,
    /^An Excel table \(its column names or formulas\) at 'Ark1'!A1:A2 contains/,
  ],
];

describe('nine digits that lost their leading zero, wherever the ten-digit rule applies', () => {
  test.each(NINE_PLACES)('in %s: a CPR number, named where, never quoted', (_what, build, place) => {
    const r = inspect(build('Sag 101901234'));
    expect(r.cpr).toHaveLength(1);
    expect(r.cpr[0]?.en).toMatch(place);
    expect(r.cpr[0]?.da).toContain('CPR-nummer');
    expect(leaks(r.json)).toBe(false);
  });

  test.each([
    ['an amount in kroner after', 'Budget 101901234 kr.'],
    ['an amount in kroner before', 'Budget kr. 101901234'],
    ['nine digits that are no CPR number once zero-padded', 'Journalnr. 999999999'],
    ['an amount with decimals', 'Budget 101901234,00'],
    ['a part of a longer number', 'EAN 5710190123400'],
    ['a labelled phone number', 'Tlf. 101901234'],
  ])('control, in a comment and a text box: %s', (_what, text) => {
    expect(inspect(withComment(text)).cpr).toEqual([]);
    expect(inspect(withTextBox(text)).cpr).toEqual([]);
  });

  test("a drawing's measurements of nine digits (EMU offsets) are no text", () => {
    // withTextBox puts 101901234 in <xdr:colOff> and <a:off x>: only the text is judged.
    expect(inspect(withTextBox('Tekstboks')).cpr).toEqual([]);
  });
});

// --- 5. Hostile kinds ------------------------------------------------------------------------------

function externalLink(target: string): Uint8Array {
  return workbookZip({
    workbookExtra: '<externalReferences><externalReference r:id="rIdX"/></externalReferences>',
    workbookRels:
      '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>',
    contentTypes: `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${CT}.externalLink+xml"/>`,
    parts: [
      {
        name: 'xl/externalLinks/externalLink1.xml',
        data: `${DECL}<externalLink xmlns="${NS_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Ark1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>101901234</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
      },
      {
        name: 'xl/externalLinks/_rels/externalLink1.xml.rels',
        data: rels([['rId1', 'externalLinkPath', target, true]]),
      },
    ],
  });
}

function withWorkbookPart(rel: string, type: string, part: string, xml: string): WorkbookSpec {
  return {
    workbookRels: `<Relationship Id="rIdP" Type="${rel}" Target="${part.replace(/^xl\//, '')}"/>`,
    contentTypes: `<Override PartName="/${part}" ContentType="${type}"/>`,
    parts: [{ name: part, data: `${DECL}${xml}` }],
  };
}

const slicerCache = (caption: string): Uint8Array =>
  workbookZip(
    withWorkbookPart(
      'http://schemas.microsoft.com/office/2007/relationships/slicerCache',
      'application/vnd.ms-excel.slicerCache+xml',
      'xl/slicerCaches/slicerCache1.xml',
      `<slicerCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" name="Slicer_Sag" sourceName="Sag"><data><olap pivotCacheId="1"><levels count="1"><level uniqueName="[S].[S]" sourceCaption="Sag" count="1"><ranges><range startItem="0"><i n="[S].[x]" c="${caption}"/></range></ranges></level></levels></olap></data></slicerCacheDefinition>`,
    ),
  );

const timelineCache = (name: string): Uint8Array =>
  workbookZip(
    withWorkbookPart(
      'http://schemas.microsoft.com/office/2011/relationships/timelineCache',
      'application/vnd.ms-excel.timelineCache+xml',
      'xl/timelineCaches/timelineCache1.xml',
      `<timelineCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" name="${name}" sourceName="Dato"><state pivotCacheId="1" filterType="dateBetween"><selection startDate="2026-01-01T00:00:00" endDate="2026-12-31T00:00:00"/></state></timelineCacheDefinition>`,
    ),
  );

function queryTable(field: string): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(row(1, inline('A1', 'x'))),
        rels: rels([['rId1', 'queryTable', '../queryTables/queryTable1.xml']]),
      },
    ],
    contentTypes: `<Override PartName="/xl/queryTables/queryTable1.xml" ContentType="${CT}.queryTable+xml"/>`,
    parts: [
      {
        name: 'xl/queryTables/queryTable1.xml',
        data: `${DECL}<queryTable xmlns="${NS_MAIN}" name="Forespørgsel" connectionId="1"><queryTableRefresh nextId="2"><queryTableFields count="1"><queryTableField id="1" name="${field}"/></queryTableFields></queryTableRefresh></queryTable>`,
      },
    ],
  });
}

function strictWorkbook(text: string): Uint8Array {
  const S = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
  const R = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
  const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${DECL}<workbook xmlns="${S}" xmlns:r="${R}" conformance="strict"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `${DECL}<worksheet xmlns="${S}" xmlns:r="${R}"><sheetData>${row(2, inline('B2', text))}</sheetData></worksheet>`,
    },
  ]);
}

function utf16Sheet(text: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}"><sheetData>${row(2, inline('B2', text))}</sheetData></worksheet>`;
  const bytes = new Uint8Array(2 + xml.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < xml.length; i++) {
    bytes[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = xml.charCodeAt(i) >> 8;
  }
  return workbookZip({ sheets: [{ name: 'Ark1', xml: { name: 'x', data: bytes } }] });
}

function phoneticSplit(text: string, phonetic: string): Uint8Array {
  return workbookZip({
    sheets: [{ name: 'Ark1', xml: worksheet(row(2, '<c r="B2" t="s"><v>0</v></c>')) }],
    sharedStrings: `${DECL}<sst xmlns="${NS_MAIN}" count="1" uniqueCount="1"><si><t>${text}</t><rPh sb="0" eb="1"><t>${phonetic}</t></rPh><phoneticPr fontId="0"/></si></sst>`,
  });
}

describe('hostile kinds of workbook', () => {
  test.each([
    ['a strict OOXML workbook (ISO 29500 strict namespaces)', strictWorkbook],
    ['a worksheet written in UTF-16', utf16Sheet],
  ])('%s: a CPR number in a cell is found there', (_what, build) => {
    for (const text of ['Borger 0101901234', 'Borger 01.01.90-1234', 'Sag 101901234']) {
      const r = inspect(build(text));
      expect(r.cpr.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Ark1!B2']);
      expect(leaks(r.json)).toBe(false);
    }
    expect(inspect(build('Møde 01.01.2027')).cpr).toEqual([]);
  });

  test("a number cut between a cell's text and its phonetic run ('0101' and '901234')", () => {
    const r = inspect(phoneticSplit('Borger 0101', '901234'));
    expect(r.cpr).toHaveLength(1);
    expect(r.cpr[0]?.en).toMatch(/^The phonetic text \(furigana\) at 'Ark1'!B2 contains/);
    expect(r.cpr[0]?.da).toContain('CPR-nummer');
  });

  test('control: a text and a phonetic run that make no number together', () => {
    expect(inspect(phoneticSplit('Møde 0101', 'kl. 1234')).cpr).toEqual([]);
  });

  test.each([
    ['a slicer cache item (ten digits)', () => slicerCache('Borger 0101901234')],
    ['a slicer cache item (nine digits)', () => slicerCache('Sag 101901234')],
    ["a timeline cache's name (a date and the serial)", () => timelineCache('Tidslinje_01.01.90-1234')],
    ["a query table's field (nine digits)", () => queryTable('Sag 101901234')],
    ["a query table's field (a date and the serial)", () => queryTable('Sag 01.01.90-1234')],
  ])('%s: a CPR number, never quoted', (_what, build) => {
    const r = inspect(build());
    expect(r.cpr).toHaveLength(1);
    expect(r.cpr[0]?.da).toContain('CPR-nummer');
    expect(leaks(r.json)).toBe(false);
  });

  test('controls: a slicer, a timeline and a query table without numbers', () => {
    expect(inspect(slicerCache('Ledelse')).cpr).toEqual([]);
    expect(inspect(timelineCache('Tidslinje_Dato')).cpr).toEqual([]);
    expect(inspect(queryTable('Dato 01.01.2027')).cpr).toEqual([]);
  });

  test("an external link (cached values of another workbook) is refused, and its path's number masked", () => {
    for (const target of ['file:///C:/Sag%20101901234.xlsx', 'file:///C:/Borger%200101901234.xlsx']) {
      const err = refusal(externalLink(target));
      expect(err.code).toBe('external_link');
      expect(leaks(JSON.stringify(err.userMessage))).toBe(false);
    }
  });
});
