// What a coordinator's workbook becomes: every value, format, merge, comment, table, drawing, link,
// name and property the structuring code needs, read the same way whoever wrote the file.

import ExcelJS from 'exceljs';
import { RefusalError } from '../../../core/codes';
import { SheetIndex, type Grid, type GridCell, type GridSheet } from '../../../core/grid';
import { readWorkbook } from '../../../core/xlsx';
import { buildZip, rels, workbookZip, worksheet, type ZipItem } from '../../fixtures/hostile';
import { danishPlan, patched, text, withChart, withCustomProperties, written } from './workbooks';

function sheet(grid: Grid, name: string): GridSheet {
  const found = grid.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function at(s: GridSheet, ref: string): GridCell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return new SheetIndex(s).get(Number(m[2]) - 1, c - 1);
}

function isSortedRowMajor(cells: readonly GridCell[]): boolean {
  return cells.every(
    (cell, i) =>
      i === 0 || cell.r > cells[i - 1]!.r || (cell.r === cells[i - 1]!.r && cell.c > cells[i - 1]!.c),
  );
}

describe('a Danish plan written by Excel-like tools', () => {
  let grid: Grid;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = withCustomProperties(withChart(await written(danishPlan()), 'xl/worksheets/sheet1.xml'), {
      Kommunekode: '751',
      Skabelonversion: '1.0',
    });
    grid = readWorkbook(bytes);
  });

  test('every sheet, in workbook order, with its visibility', () => {
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Forside', 'visible'],
      ['Implementeringsplan', 'visible'],
      ['Huskeliste', 'hidden'],
      ['Opslag', 'veryHidden'],
    ]);
  });

  test('cells come sorted row by row, empty cells left out', () => {
    for (const s of grid.sheets) {
      expect(isSortedRowMajor(s.cells)).toBe(true);
      for (const cell of s.cells) expect(cell.v === '' && cell.formula !== true).toBe(false);
    }
    // The merged title's covered cells B1:D1 are written by Excel as empty <c/>: not cells.
    expect(sheet(grid, 'Forside').cells.filter((c) => c.r === 0)).toEqual([
      { r: 0, c: 0, v: 'Implementeringsplan – Aarhus Kommune', t: 's' },
    ]);
  });

  test('text with æøå, numbers, booleans and errors keep their type', () => {
    const forside = sheet(grid, 'Forside');
    expect(at(forside, 'B3')).toEqual({ r: 2, c: 1, v: 'Aarhus', t: 's' });
    expect(at(forside, 'B7')).toEqual({ r: 6, c: 1, v: 12, t: 'n' });
    expect(at(forside, 'B8')).toEqual({ r: 7, c: 1, v: true, t: 'b' });
    expect(at(forside, 'B9')).toEqual({ r: 8, c: 1, v: '#N/A', t: 'e' });
    const plan = sheet(grid, 'Implementeringsplan');
    expect(at(plan, 'F4')?.v).toBe('Tovholder Søren');
    expect(at(plan, 'G7')?.v).toBe('Ændret');
  });

  test('rich text is its runs joined', () => {
    expect(at(sheet(grid, 'Implementeringsplan'), 'D4')).toMatchObject({
      v: 'Opstart med ledelsen på Ærø',
      t: 's',
    });
  });

  test('dates are serial numbers with their number format; General has none', () => {
    const plan = sheet(grid, 'Implementeringsplan');
    // 1 January 2026 is serial 46023 in the 1900 date system.
    expect(at(plan, 'A4')).toEqual({ r: 3, c: 0, v: 46023, t: 'n', fmt: 'dd-mm-yyyy' });
    expect(at(plan, 'H4')).toEqual({ r: 3, c: 7, v: 0.5, t: 'n' });
    // Built-in format 14 (no <numFmt> of its own in styles.xml) is still known as a date format.
    expect(at(sheet(grid, 'Forside'), 'B10')).toEqual({ r: 9, c: 1, v: 46096, t: 'n', fmt: 'mm-dd-yy' });
    const styles = text(unzipped(bytes), 'xl/styles.xml');
    expect(styles).toMatch(/numFmtId="14"/);
    expect(styles).not.toMatch(/<numFmt numFmtId="14"/);
  });

  test('a formula gives its cached value, never its text', () => {
    const plan = sheet(grid, 'Implementeringsplan');
    expect(at(plan, 'I5')).toEqual({ r: 4, c: 8, v: 3, t: 'n', formula: true });
    expect(JSON.stringify(grid)).not.toMatch(/H5\*2/);
  });

  test('merged ranges', () => {
    expect(sheet(grid, 'Forside').merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }]);
    expect(sheet(grid, 'Implementeringsplan').merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }]);
  });

  test('comments (notes) with their cell and author', () => {
    expect(sheet(grid, 'Forside').comments).toEqual([
      { r: 2, c: 1, text: 'Kommunekode 751', author: 'Author' },
    ]);
    expect(sheet(grid, 'Implementeringsplan').comments).toEqual([
      { r: 4, c: 3, text: 'Husk at invitere skolen', author: 'Author' },
    ]);
  });

  test('tables by name and range', () => {
    expect(sheet(grid, 'Implementeringsplan').tables).toEqual([
      { name: 'Aktiviteter', ref: { s: { r: 2, c: 0 }, e: { r: 14, c: 8 } } },
    ]);
  });

  test('charts, pictures and shapes are reported, so the caller can say they were not carried over', () => {
    expect(sheet(grid, 'Forside').drawings).toEqual([
      { kind: 'chart', name: 'Diagram 1' },
      // A chartex chart counts once: its fallback shape for older Excel is not a second object.
      { kind: 'chart', name: 'Vandfald 2' },
      { kind: 'shape', name: 'Tekstboks 3' },
    ]);
    expect(sheet(grid, 'Implementeringsplan').drawings).toEqual([{ kind: 'image', name: 'Picture 1' }]);
    expect(sheet(grid, 'Huskeliste').drawings).toEqual([]);
  });

  test('web and mail links are kept on their cells', () => {
    const forside = sheet(grid, 'Forside');
    expect(at(forside, 'B5')).toEqual({
      r: 4,
      c: 1,
      v: 'Mette Sørensen',
      t: 's',
      link: 'mailto:mette.soerensen@aarhus.dk',
    });
    expect(at(forside, 'B6')?.link).toBe('https://example.dk/korps?side=plan&sprog=da');
  });

  test('defined names, with the sheet a local name belongs to', () => {
    expect(grid.definedNames).toEqual([
      { name: 'Kommune', value: 'Forside!$B$3' },
      { name: '_xlnm.Print_Area', value: "'Implementeringsplan'!$A1:$I15", sheet: 'Implementeringsplan' },
    ]);
  });

  test('document properties: core, app and custom', () => {
    const props = Object.fromEntries(grid.properties.map((p) => [p.name, p.value]));
    expect(props).toMatchObject({
      title: 'Implementeringsplan for Aarhus Kommune',
      creator: 'Mette Sørensen',
      lastModifiedBy: 'Jørgen Ærø',
      created: '2026-01-05T09:00:00Z',
      Company: 'Aarhus Kommune',
      Kommunekode: '751',
      Skabelonversion: '1.0',
    });
  });

  test('the 1900 date system by default', () => {
    expect(grid.date1904).toBe(false);
  });

  test('the grid is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(grid))).toEqual(grid);
  });
});

function unzipped(bytes: Uint8Array): Map<string, string | Uint8Array> {
  let parts = new Map<string, string | Uint8Array>();
  patched(bytes, (p) => {
    parts = p;
  });
  return parts;
}

describe('other writers and other corners of the format', () => {
  test('inline strings (writers without a shared-strings table), rich runs joined, phonetic runs left out', () => {
    const grid = readWorkbook(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Opstart </t></r><r><t>med ledelsen på Ærø</t></r>' +
                '<rPh sb="0" eb="1"><t>オプ</t></rPh></is></c><c r="B1" t="str"><v>Kommunikation</v></c></row>',
            ),
          },
        ],
      }),
    );
    expect(grid.sheets[0]!.cells).toEqual([
      { r: 0, c: 0, v: 'Opstart med ledelsen på Ærø', t: 's' },
      { r: 0, c: 1, v: 'Kommunikation', t: 's' },
    ]);
  });

  test('numbers and shared-string indexes read where they stand are what their text says', () => {
    // A plain run of digits is read without a string; anything else (spaces, signs, decimals,
    // exponents, more than 15 digits, a value in pieces or with references) as JavaScript reads it.
    const values: [string, number][] = [
      ['46412', 46412],
      ['007', 7],
      ['999999999999999', 999999999999999],
      ['1234567890123456789', 1234567890123456789],
      ['-0', -0],
      [' 12 ', 12],
      ['1.5', 1.5],
      ['1e3', 1000],
      ['0x1F', 31],
      ['12<!-- x -->34', 1234],
      ['4&#54;', 46],
      ['1<![CDATA[2]]>', 12],
    ];
    const row = values.map(([xml], i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${xml}</v></c>`).join('');
    const shared =
      '<c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>0001</v></c><c r="C2" t="s"><v>0<!---->1</v></c>';
    const grid = readWorkbook(
      workbookZip({
        sheets: [{ name: 'Ark1', xml: worksheet(`<row r="1">${row}</row><row r="2">${shared}</row>`) }],
        sharedStrings:
          '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>nul</t></si><si><t>en</t></si></sst>',
      }),
    );
    const cells = grid.sheets[0]!.cells;
    expect(cells.filter((c) => c.r === 0).map((c) => c.v)).toEqual(values.map(([, v]) => v));
    expect(cells.filter((c) => c.r === 1).map((c) => c.v)).toEqual(['en', 'en', 'en']);
  });

  test.each([
    ['a number that is none', '<c r="A1"><v>12a</v></c>', 'xml_invalid'],
    ['an index with a space', '<c r="A1" t="s"><v>0 </v></c>', 'xml_invalid'],
    ['an index past the table', '<c r="A1" t="s"><v>2</v></c>', 'xml_invalid'],
    ['an index that is no whole number', '<c r="A1" t="s"><v>1e0</v></c>', 'xml_invalid'],
  ])('refused: %s', (_what, cell, code) => {
    const bytes = workbookZip({
      sheets: [{ name: 'Ark1', xml: worksheet(`<row r="1">${cell}</row>`) }],
      sharedStrings:
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>nul</t></si><si><t>en</t></si></sst>',
    });
    let refused = 'accepted';
    try {
      readWorkbook(bytes);
    } catch (err) {
      if (!(err instanceof RefusalError)) throw err;
      refused = err.code;
    }
    expect(refused).toBe(code);
  });

  test('the 1904 date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Ark1');
    ws.getCell('A1').value = new Date(Date.UTC(2026, 0, 1));
    ws.getCell('A1').numFmt = 'dd-mm-yyyy';
    const grid = readWorkbook(await written(wb));
    expect(grid.date1904).toBe(true);
    // 1 January 2026 is 1,462 days less in the 1904 system.
    expect(grid.sheets[0]!.cells[0]).toEqual({ r: 0, c: 0, v: 46023 - 1462, t: 'n', fmt: 'dd-mm-yyyy' });
  });

  test('shared strings: phonetic runs left out, white space kept, _xHHHH_ escapes decoded', () => {
    const sst =
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">' +
      '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t xml:space="preserve">  Ja, delvist  </t></si>' +
      '<si><t>Linje 1_x000D_\nLinje 2 og _x005F_x0041_</t></si></sst>';
    const grid = readWorkbook(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
            ),
          },
        ],
        sharedStrings: sst,
      }),
    );
    expect(grid.sheets[0]!.cells.map((c) => c.v)).toEqual([
      '東京',
      '  Ja, delvist  ',
      'Linje 1\r\nLinje 2 og _x0041_',
    ]);
  });

  test('rows and cells without r attributes follow one another', () => {
    const grid = readWorkbook(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>' +
                '<row r="4"><c><v>2</v></c><c r="D4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
            ),
          },
        ],
      }),
    );
    expect(grid.sheets[0]!.cells.map((c) => [c.r, c.c, c.v])).toEqual([
      [0, 0, 'a'],
      [0, 1, 1],
      [3, 0, 2],
      [3, 3, 3],
      [3, 4, 4],
      [4, 0, 5],
    ]);
  });

  test('cells written out of order are sorted', () => {
    const grid = readWorkbook(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              '<row r="2"><c r="B2"><v>2</v></c><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>9</v></c></row>',
            ),
          },
        ],
      }),
    );
    expect(grid.sheets[0]!.cells.map((c) => [c.r, c.c, c.v])).toEqual([
      [0, 0, 9],
      [1, 0, 1],
      [1, 1, 2],
    ]);
  });

  test('a cell written twice keeps its last value, and is listed for a check at the cell', () => {
    // Hostile round 4 (test/fixtures/hostileStructure.ts): it was read last-wins without a word.
    for (const rows of [
      '<row r="1"><c r="A1"><v>0</v></c><c r="A1"><v>9</v></c></row>',
      '<row r="1"><c r="A1"><v>0</v></c></row><row r="2"><c r="B2"><v>2</v></c></row><row r="1"><c r="A1"><v>9</v></c></row>',
    ]) {
      const sheet = readWorkbook(workbookZip({ sheets: [{ name: 'Ark1', xml: worksheet(rows) }] }))
        .sheets[0]!;
      expect(sheet.cells.filter((c) => c.r === 0).map((c) => [c.c, c.v])).toEqual([[0, 9]]);
      expect(sheet.cellsGivenTwice).toEqual([{ r: 0, c: 0 }]);
    }
  });

  test('out of order within one row, past row 2,048 (a row-major key above 2^31), is sorted too', () => {
    const grid = readWorkbook(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              '<row r="3000"><c r="A3000"><v>1</v></c><c r="C3000"><v>3</v></c><c r="B3000"><v>2</v></c>' +
                '<c r="B2999"><v>4</v></c></row><row r="3001"><c r="A3001"><v>5</v></c></row>',
            ),
          },
        ],
      }),
    );
    expect(grid.sheets[0]!.cells.map((c) => [c.r, c.c, c.v])).toEqual([
      [2998, 1, 4],
      [2999, 0, 1],
      [2999, 1, 2],
      [2999, 2, 3],
      [3000, 0, 5],
    ]);
  });

  test('every cell type: str formula results, ISO dates (t="d"), booleans, errors, references', () => {
    const grid = readWorkbook(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              '<row r="1"><c r="A1" t="str"><f>UPPER("aarhus")</f><v>AARHUS</v></c><c r="B1" t="d"><v>2026-03-15T00:00:00</v></c>' +
                '<c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
                '<c r="E1" t="inlineStr"><is><t>Ikke &amp; aldrig &#248; &#x00E6; &lt;x&gt;</t></is></c><c r="F1"><f>G1</f></c></row>',
            ),
          },
        ],
      }),
    );
    expect(grid.sheets[0]!.cells).toEqual([
      { r: 0, c: 0, v: 'AARHUS', t: 's', formula: true },
      { r: 0, c: 1, v: 46096, t: 'n' },
      { r: 0, c: 2, v: false, t: 'b' },
      { r: 0, c: 3, v: '#DIV/0!', t: 'e', formula: true },
      { r: 0, c: 4, v: 'Ikke & aldrig ø æ <x>', t: 's' },
      // A formula saved without its result is worked out as Excel would: G1 is empty, so 0.
      { r: 0, c: 5, v: 0, t: 'n', formula: true },
    ]);
  });

  test('strict OOXML (purl.oclc.org namespaces and relationship types) reads like transitional', () => {
    const S = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const R = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    const bytes = buildZip([
      {
        name: '[Content_Types].xml',
        data:
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/></Types>`,
      },
      { name: '_rels/.rels', data: rels([['rId1', `${R}/officeDocument`, '/xl/workbook.xml']]) },
      {
        name: 'xl/workbook.xml',
        data: `<?xml version="1.0"?><x:workbook xmlns:x="${S}" xmlns:r="${R}" conformance="strict"><x:sheets><x:sheet name="Ark1" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: rels([['rId1', `${R}/worksheet`, '/xl/worksheets/sheet1.xml']]),
      },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: `<?xml version="1.0"?><x:worksheet xmlns:x="${S}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Plan</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      },
    ]);
    expect(readWorkbook(bytes).sheets[0]!.cells).toEqual([
      { r: 0, c: 0, v: 'Plan', t: 's' },
      { r: 0, c: 1, v: 7, t: 'n' },
    ]);
  });

  test('threaded comments replace the placeholder notes Excel writes beside them', () => {
    const TC = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';
    const PERSON = 'http://schemas.microsoft.com/office/2017/10/relationships/person';
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Frist</t></is></c></row>'),
          rels: rels([
            ['rId1', 'comments', '../comments1.xml'],
            ['rId2', TC, '../threadedComments/threadedComment1.xml'],
          ]),
        },
      ],
      workbookRels: `<Relationship Id="rIdP" Type="${PERSON}" Target="persons/person.xml"/>`,
      parts: [
        {
          name: 'xl/comments1.xml',
          data:
            '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>tc={1}</author><author>Lise</author></authors><commentList>' +
            '<comment ref="A1" authorId="0"><text><t>[Threaded comment] Your version of Excel allows you to read this threaded comment</t></text></comment>' +
            '<comment ref="B2" authorId="1"><text><r><rPr><b/></rPr><t>Lise:</t></r><r><t xml:space="preserve">\nSpørg Søren</t></r></text></comment></commentList></comments>',
        },
        {
          name: 'xl/threadedComments/threadedComment1.xml',
          data:
            '<?xml version="1.0"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
            '<threadedComment ref="A1" dT="2026-02-01T10:00:00.00" personId="{P1}" id="{C1}"><text>Er fristen realistisk?</text></threadedComment>' +
            '<threadedComment ref="A1" dT="2026-02-02T10:00:00.00" personId="{P2}" id="{C2}" parentId="{C1}"><text>Ja, hvis skolen er med.</text></threadedComment></ThreadedComments>',
        },
        {
          name: 'xl/persons/person.xml',
          data:
            '<?xml version="1.0"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
            '<person displayName="Mette Sørensen" id="{P1}" userId="mette@aarhus.dk" providerId="AD"/><person displayName="Jørgen Ærø" id="{P2}" userId="j" providerId="AD"/></personList>',
        },
      ],
    });
    expect(readWorkbook(bytes).sheets[0]!.comments).toEqual([
      { r: 0, c: 0, text: 'Er fristen realistisk?', author: 'Mette Sørensen' },
      { r: 0, c: 0, text: 'Ja, hvis skolen er med.', author: 'Jørgen Ærø' },
      { r: 1, c: 1, text: 'Lise:\nSpørg Søren', author: 'Lise' },
    ]);
  });

  test('a note whose author is blank (LibreOffice writes " ") has no author: its first line is the author\'s', () => {
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Ja</t></is></c></row>'),
          rels: rels([['rId1', 'comments', '../comments1.xml']]),
        },
      ],
      parts: [
        {
          name: 'xl/comments1.xml',
          data:
            '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author> </author></authors><commentList>' +
            '<comment ref="A1" authorId="0"><text><r><t xml:space="preserve">Koordinator:&#10;</t></r><r><t xml:space="preserve">Plan for skolerne mangler</t></r></text></comment></commentList></comments>',
        },
      ],
    });
    expect(readWorkbook(bytes).sheets[0]!.comments).toEqual([
      { r: 0, c: 0, text: 'Koordinator:\nPlan for skolerne mangler' },
    ]);
  });

  test('relationship targets resolve relative to their part, absolute from the root, %-encoded', () => {
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            '<row r="1"><c r="A1"><v>1</v></c></row>',
            '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
          ),
          rels: rels([['rId1', 'table', '/xl/tables/Tabel%201.xml']]),
        },
      ],
      parts: [
        {
          name: 'xl/tables/Tabel 1.xml',
          data: '<?xml version="1.0"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Tabel1" displayName="Roller" ref="A1:C4"/>',
        },
      ],
    });
    expect(readWorkbook(bytes).sheets[0]!.tables).toEqual([
      { name: 'Roller', ref: { s: { r: 0, c: 0 }, e: { r: 3, c: 2 } } },
    ]);
  });

  test('a chart sheet is a sheet without cells whose drawing is a chart', async () => {
    const base = await written(danishPlan(2));
    const bytes = patched(base, (parts) => {
      parts.set(
        'xl/workbook.xml',
        text(parts, 'xl/workbook.xml').replace(
          '</sheets>',
          '<sheet name="Diagram" sheetId="9" r:id="rIdCs"/></sheets>',
        ),
      );
      parts.set(
        'xl/_rels/workbook.xml.rels',
        text(parts, 'xl/_rels/workbook.xml.rels').replace(
          '</Relationships>',
          '<Relationship Id="rIdCs" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        ),
      );
      parts.set(
        'xl/chartsheets/sheet1.xml',
        '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr/><drawing r:id="rId1"/></chartsheet>',
      );
      parts.set(
        'xl/chartsheets/_rels/sheet1.xml.rels',
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/></Relationships>',
      );
      parts.set(
        'xl/drawings/drawing9.xml',
        '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="1" cy="1"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Status"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>',
      );
    });
    const diagram = sheet(readWorkbook(bytes), 'Diagram');
    expect(diagram.cells).toEqual([]);
    expect(diagram.drawings).toEqual([{ kind: 'chart', name: 'Status' }]);
  });

  test('a link inside the workbook (location only) is harmless and not kept', () => {
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Gå til roller</t></is></c></row>',
            '<hyperlinks><hyperlink ref="A1" location="Roller!A1" display="Roller"/></hyperlinks>',
          ),
        },
      ],
    });
    expect(readWorkbook(bytes).sheets[0]!.cells).toEqual([{ r: 0, c: 0, v: 'Gå til roller', t: 's' }]);
  });

  test('a link over a range marks every filled cell in it', () => {
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>',
            '<hyperlinks><hyperlink ref="A1:B3" r:id="rId1"/></hyperlinks>',
          ),
          rels: rels([['rId1', 'hyperlink', 'https://example.dk/', true]]),
        },
      ],
    });
    expect(readWorkbook(bytes).sheets[0]!.cells.map((c) => c.link)).toEqual([
      'https://example.dk/',
      'https://example.dk/',
      undefined,
    ]);
  });
});

describe('limits', () => {
  test('a realistic 5,000-row plan passes the default limits', async () => {
    const bytes = await written(danishPlan(5_000));
    const plan = sheet(readWorkbook(bytes), 'Implementeringsplan');
    expect(plan.cells.length).toBeGreaterThan(5_000 * 8);
    expect(at(plan, 'I5003')).toMatchObject({ formula: true, t: 'n' });
  });

  test('a ~1 MB plan passes the default limits', async () => {
    const bytes = await written(danishPlan(22_000));
    expect(bytes.length).toBeGreaterThan(900_000);
    expect(bytes.length).toBeLessThan(1_500_000);
    expect(sheet(readWorkbook(bytes), 'Implementeringsplan').cells.length).toBeGreaterThan(22_000 * 8);
  });

  test('limits can be set per call', async () => {
    const bytes = await written(danishPlan(20));
    const refused = (limits: Parameters<typeof readWorkbook>[1]): string => {
      try {
        readWorkbook(bytes, limits);
      } catch (err) {
        if (err instanceof RefusalError) return err.code;
        throw err;
      }
      return 'accepted';
    };
    expect(refused({ maxRows: 10 })).toBe('too_many_rows');
    expect(refused({ maxColumns: 5 })).toBe('too_many_columns');
    expect(refused({ maxCells: 50 })).toBe('too_many_cells');
    expect(refused({ maxSheets: 3 })).toBe('too_many_sheets');
    expect(refused({ maxMergedCells: 10 })).toBe('merged_area_too_large');
    expect(refused({ maxCellTextLength: 20 })).toBe('cell_text_too_long');
    expect(refused({ maxSharedStrings: 10 })).toBe('shared_strings_too_large');
    expect(refused({ maxBytes: 1000 })).toBe('file_too_large');
    expect(refused({ maxEntries: 10 })).toBe('zip_too_many_entries');
    expect(refused({ maxObjects: 3 })).toBe('too_many_cells');
    expect(refused({ maxXmlTokens: 500 })).toBe('too_many_cells');
    expect(refused({})).toBe('accepted');
    expect(() => readWorkbook(bytes, { maxRows: -1 })).toThrow(RangeError);
  });

  test('rows holding values are counted, not how far down they stand; an empty formatted row is not', () => {
    const rows = (last: string): Uint8Array =>
      workbookZip({
        sheets: [{ name: 'Ark1', xml: worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>${last}`) }],
      });
    expect(
      readWorkbook(rows('<row r="1048576" ht="30" customHeight="1"><c r="A1048576" s="0"/></row>')).sheets[0]!
        .cells,
    ).toHaveLength(1);
    const far = rows('<row r="100001"><c r="A100001"><v>1</v></c></row>');
    expect(readWorkbook(far).sheets[0]!.cells.map((c) => c.r)).toEqual([0, 100_000]);
    expect(() => readWorkbook(far, { maxRows: 1 })).toThrow(/more than 1 rows/);
  });
});

describe('the package is found through its relationships, not by guessing names', () => {
  test('a workbook part at an unusual path, named by the package relationships', () => {
    const parts: ZipItem[] = [
      {
        name: '[Content_Types].xml',
        data:
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Override PartName="/data/bog.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/data/ark/a.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      },
      { name: '_rels/.rels', data: rels([['r1', 'officeDocument', 'data/bog.xml']]) },
      {
        name: 'data/bog.xml',
        data: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Forside" sheetId="1" r:id="a"/></sheets></workbook>',
      },
      { name: 'data/_rels/bog.xml.rels', data: rels([['a', 'worksheet', './ark/../ark/a.xml']]) },
      { name: 'data/ark/a.xml', data: worksheet('<row r="2"><c r="B2"><v>42</v></c></row>') },
    ];
    const grid = readWorkbook(buildZip(parts));
    expect(grid.sheets).toMatchObject([{ name: 'Forside', cells: [{ r: 1, c: 1, v: 42, t: 'n' }] }]);
  });
});

describe('encodings', () => {
  test('a UTF-8 byte-order mark starts a part; U+FEFF inside the text is text, even where a piece of the part begins', () => {
    const bom = '\uFEFF';
    // A stored part is read in 256 KiB pieces: pad it so that a piece begins with the U+FEFF of a text.
    const head = `${bom}<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
    const cell = '<row r="1"><c r="A1" t="inlineStr"><is><t>';
    const padding = 256 * 1024 - new TextEncoder().encode(head + cell).length;
    const xml = `${head}${' '.repeat(padding)}${cell}${bom}skjult</t></is></c></row></sheetData></worksheet>`;
    const grid = readWorkbook(
      workbookZip({ sheets: [{ name: 'Ark1', xml: { name: '', data: xml, method: 0 } }] }),
    );
    expect(grid.sheets[0]!.cells).toEqual([{ r: 0, c: 0, v: `${bom}skjult`, t: 's' }]);
  });

  test('a UTF-16 part (with its byte-order mark) reads like UTF-8', () => {
    const xml = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Ærø</t></is></c></row>').replace(
      'UTF-8',
      'UTF-16',
    );
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const grid = readWorkbook(workbookZip({ sheets: [{ name: 'Ark1', xml: { name: '', data: utf16 } }] }));
    expect(grid.sheets[0]!.cells).toEqual([{ r: 0, c: 0, v: 'Ærø', t: 's' }]);
  });
});
