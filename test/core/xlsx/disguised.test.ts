// CPR numbers written so that a reader sees one, though the file does not hold ten ASCII digits in
// a row: digits of another script (full-width, Arabic-Indic, mathematical), characters that show
// nothing between the digits (soft hyphen, zero-width space, direction marks), another dash or
// space as the separator, a line break in the cell, percent-escapes in a link or a part name. Each
// is found wherever it is kept (a cell, a text no cell shows, an attribute, a part's name), reported
// as a cpr_number issue without the number, and no plan is made. Texts that only look alike pass.

import { inspectBytes } from '../../../core/inspect';
import { containsCpr } from '../../../core/validate';
import { maskCprDeep } from '../../../core/validate/cpr';
import {
  escapeXml,
  rels,
  workbookParts,
  workbookZip,
  worksheet,
  type WorkbookSpec,
} from '../../fixtures/hostile';
import { writeZip } from '../../fixtures/zipWriter';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

const FIRST_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>';

function inCell(text: string): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          `${FIRST_ROW}<row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c></row>`,
        ),
      },
    ],
  });
}

/** A shared string no cell shows: judged by the package scan, not by the grid. */
function inUnusedSharedString(text: string): Uint8Array {
  return workbookZip({
    sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }],
    sharedStrings: `${DECL}<sst xmlns="${NS_MAIN}"><si><t xml:space="preserve">${escapeXml(text)}</t></si></sst>`,
  });
}

/** A shape's alternative text: an attribute of a drawing part. */
function inAltText(text: string): Uint8Array {
  const anchor =
    '<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Figur 1" descr="${escapeXml(text)}"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp>` +
    '<xdr:clientData/></xdr:twoCellAnchor>';
  const spec: WorkbookSpec = {
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(FIRST_ROW, '<drawing r:id="rId1"/>'),
        rels: rels([['rId1', 'drawing', '../drawings/drawing1.xml']]),
      },
    ],
    contentTypes: `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT_DRAWING}"/>`,
    parts: [
      {
        name: 'xl/drawings/drawing1.xml',
        data: `${DECL}<xdr:wsDr xmlns:xdr="${NS_XDR}">${anchor}</xdr:wsDr>`,
      },
    ],
  };
  return workbookZip(spec);
}

function inspect(bytes: Uint8Array): { json: string; cpr: { da: string; en: string }[]; plan: unknown } {
  const result = inspectBytes(bytes, { today: '2026-06-01' });
  const json = JSON.stringify({
    plan: result.plan,
    issues: result.issues,
    unmapped: result.unmapped,
    checks: result.checks,
    textFindings: result.grid.textFindings,
  });
  return {
    json,
    cpr: result.issues.filter((i) => i.code === 'cpr_number').map((i) => i.message),
    plan: result.plan,
  };
}

const FULLWIDTH = (d: string): string => d.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)));
const ARABIC = (d: string): string => d.replace(/\d/g, (c) => String.fromCharCode(0x0660 + Number(c)));
const MATH = (d: string): string => d.replace(/\d/g, (c) => String.fromCodePoint(0x1d7ce + Number(c)));
const SUPERSCRIPT = (d: string): string => d.replace(/\d/g, (c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.charAt(Number(c)));
const SUBSCRIPT = (d: string): string => d.replace(/\d/g, (c) => String.fromCharCode(0x2080 + Number(c)));
const CIRCLED = (d: string): string =>
  d.replace(/\d/g, (c) => (c === '0' ? '\u24ea' : String.fromCharCode(0x2460 + Number(c) - 1)));
const ON_EACH = (d: string, mark: string): string => d.replace(/\d/g, (c) => c + mark);

/** [how it is written, the text]: each a CPR number of its own, as a reader sees it. */
const DISGUISED: readonly (readonly [string, string])[] = [
  ['full-width digits', `Borger ${FULLWIDTH('0304911247')}`],
  ['Arabic-Indic digits', `Borger ${ARABIC('1105881236')}`],
  ['mathematical bold digits (outside the BMP)', `Borger ${MATH('2207951219')}`],
  ['a soft hyphen inside', 'Borger 1409\u00ad861238'],
  ['zero-width spaces inside', 'Borger 02\u200b11\u200b93\u200b1229'],
  ['a right-to-left override inside', 'Borger 1812\u202e841237'],
  ['an em dash', 'Borger 050287\u20141221'],
  ['a figure dash', 'Borger 060389\u20121215'],
  ['a full-width hyphen', 'Borger 070490\uff0d1218'],
  ['a thin space', 'Borger 080591\u20091211'],
  ['a narrow no-break space', 'Borger 090692\u202f1214'],
  ['a line break', 'Borger 100793\n1217'],
  ['a dash, then a line break', 'Borger 110894-\r\n1210'],
  ['superscript digits', `Borger ${SUPERSCRIPT('1209831224')}`],
  ['subscript digits', `Borger ${SUBSCRIPT('1310841227')}`],
  ['circled digits', `Borger ${CIRCLED('1411851220')}`],
  ['a combining underline on each digit', `Borger ${ON_EACH('1512861223', '\u0332')}`],
  [
    'keycap digits (a variation selector and an enclosing keycap)',
    `Borger ${ON_EACH('1601871226', '\ufe0f\u20e3')}`,
  ],
  ['Mongolian variation selectors inside', `Borger ${ON_EACH('1702881229', '\u180b')}`],
  ['a superscript minus as the dash', 'Borger 180389\u207b1222'],
  [
    'written backwards after a right-to-left override, which shows it the right way',
    'Borger \u202e8321-198091',
  ],
];

describe('a CPR number as a reader sees it is found in every kind of place', () => {
  test.each(
    DISGUISED.flatMap(([how, text]) => [
      [how, 'a cell', inCell(text), text] as const,
      [how, 'a shared string no cell shows', inUnusedSharedString(text), text] as const,
      [how, "a shape's alternative text (an attribute)", inAltText(text), text] as const,
    ]),
  )('%s, in %s', (_how, _where, bytes, text) => {
    const { json, cpr, plan } = inspect(bytes);
    expect(cpr).toHaveLength(1);
    expect(cpr[0]!.en).toContain('looks like a CPR number');
    expect(cpr[0]!.da).toMatch(/CPR-nummer/);
    expect(plan).toBeNull();
    // Not repeated, in the form written nor as a reader sees it.
    const digits = text.slice('Borger '.length);
    expect(json).not.toContain(JSON.stringify(digits).slice(1, -1));
    expect(containsCpr(json)).toBe(false);
  });
});

describe('percent-escapes in a link or a part name are read as a browser and a file system read them', () => {
  const escaped = (d: string): string => [...d].map((c) => `%3${c}`).join('');

  test('a hyperlink whose target sends a CPR number as escapes', () => {
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            `${FIRST_ROW}<row r="2"><c r="B2" t="inlineStr"><is><t>Opslag</t></is></c></row>`,
            '<hyperlinks><hyperlink ref="B2" r:id="rId1"/></hyperlinks>',
          ),
          rels: rels([['rId1', 'hyperlink', `https://opslag.example/?q=${escaped('1209951232')}`, true]]),
        },
      ],
    });
    const { json, cpr } = inspect(bytes);
    expect(cpr).toHaveLength(1);
    // Named as the cell's link (the cell's own check reads escapes since round 9) or as the hyperlink.
    expect(cpr[0]!.en).toMatch(/(?:hyperlink.*|link in cell )'Ark1'!B2/);
    expect(json).not.toContain(escaped('1209951232'));
  });

  test("a part's name, which the message names masked", () => {
    const name = `xl/media/${escaped('1310961235')}.png`;
    const bytes = workbookZip({
      sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }],
      parts: [{ name, data: new Uint8Array([1, 2, 3]), method: 0 }],
    });
    const { json, cpr } = inspect(bytes);
    expect(cpr).toHaveLength(1);
    expect(cpr[0]!.en).toContain('xl/media/[CPR fjernet].png');
    expect(json).not.toContain(escaped('1310961235'));
    expect(json).not.toContain('1310961235');
  });
});

describe('texts that only look alike pass', () => {
  test.each([
    ['a six-digit number and a four-digit one on separate paragraphs', 'Sag 010190\n\n1234'],
    ['a labelled phone number on the next line', 'Tlf.\n0101901234'],
    ['an amount with a no-break space after the currency', 'kr.\u00a00101901234'],
    ['a case number with Danish letters around it', 'Sagsnr. 2026-0001234 for Ærø'],
    ['percent-escapes of a short number in a link text', 'Se %31%32%33 i oversigten'],
    ['a right-to-left override over a date and a week', 'Frist \u202e2026-03-15\u202c, uge \u202e21\u202c'],
    ['areas and footnotes in superscript', 'Lokale 120 m² og 35 m³, budget 2026¹ og 2027²⁾'],
    ['a circled step number beside a year', 'Trin ② i 2026, trin ③ i 2027'],
    ['prose with combining marks (Arabic vowels, a decomposed accent)', 'مُرْشِد 2026 · Cafe\u0301 12 34 56'],
  ])('%s', (_what, text) => {
    expect(inspect(inCell(text)).cpr).toEqual([]);
    expect(inspect(inUnusedSharedString(text)).cpr).toEqual([]);
  });
});

describe('a formula that writes a CPR number in pieces joined with &', () => {
  test.each([
    [
      "a cell's formula without its cached result",
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(`${FIRST_ROW}<row r="2"><c r="B2" t="str"><f>"140197"&amp;"1243"</f></c></row>`),
          },
        ],
      }),
      /formula|cell/i,
    ],
    [
      'a defined name',
      workbookZip({
        sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }],
        workbookExtra:
          '<definedNames><definedName name="Borger">"1502"&amp;981246</definedName></definedNames>',
      }),
      /defined name/,
    ],
    [
      "a data validation's list, in pieces of two digits",
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              FIRST_ROW,
              '<dataValidations count="1"><dataValidation type="list" sqref="B2"><formula1>"16"&amp;"03"&amp;"99"&amp;"-"&amp;"12"&amp;"49"</formula1></dataValidation></dataValidations>',
            ),
          },
        ],
      }),
      /data validation/,
    ],
  ])('%s', (_where, bytes, place) => {
    const { cpr, plan } = inspect(bytes);
    expect(cpr).toHaveLength(1);
    expect(cpr[0]!.en).toMatch(place);
    expect(plan).toBeNull();
  });

  const inFormula = (formula: string): Uint8Array =>
    workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(`${FIRST_ROW}<row r="2"><c r="B2" t="str"><f>${escapeXml(formula)}</f></c></row>`),
        },
      ],
    });

  test.each([
    'CONCATENATE("170498","1250")',
    'CONCAT("180599";"1251")',
    'TEXTJOIN("",TRUE,"190600","4252")',
    'CONCATENATE("2007",014253)',
    'TEXT(20801;"000000")&"-4255"',
    'TEXT(32888,"ddmmyy")&"1256"',
  ])('or given to a function that joins its arguments, or shown by TEXT: %s', (formula) => {
    const { cpr, json } = inspect(inFormula(formula));
    expect(cpr).toHaveLength(1);
    expect(containsCpr(json)).toBe(false);
  });

  test.each([
    [
      "a data validation's formula",
      '<dataValidations count="1"><dataValidation type="custom" sqref="B2"><formula1>CONCATENATE("21";"08";"02";"42";"56")=B2</formula1></dataValidation></dataValidations>',
      /data validation/,
    ],
    [
      "a conditional format's formula",
      '<conditionalFormatting sqref="B2"><cfRule type="expression" priority="1"><formula>B2=CONCAT("22","09","03","42","57")</formula></cfRule></conditionalFormatting>',
      /conditional format/,
    ],
  ])('pieces of two digits given to CONCATENATE in %s', (_where, after, place) => {
    const { cpr } = inspect(workbookZip({ sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW, after) }] }));
    expect(cpr.map((m) => m.en)).toEqual([expect.stringMatching(place)]);
  });

  test('controls: joining functions whose pieces make no CPR number, and literals that are separate arguments', () => {
    expect(inspect(inFormula('CONCATENATE("Uge ";"12";" ";"2026")')).cpr).toEqual([]);
    expect(inspect(inFormula('TEXTJOIN(", ",TRUE,"Tlf. 12345678","CVR 12345678")')).cpr).toEqual([]);
    expect(inspect(inFormula('IF(A1>0,"170498","1250")')).cpr).toEqual([]);
    expect(
      inspect(inFormula('"Uge "&TEXT(12,"00")&" "&TEXT(2026,"0")&", "&TEXT(46100,"dd-mm-yyyy")')).cpr,
    ).toEqual([]);
  });

  test('a formula joining text that is no CPR number passes', () => {
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            `${FIRST_ROW}<row r="2"><c r="B2" t="str"><f>"Uge "&amp;"12"&amp;" "&amp;"2026"</f><v>Uge 12 2026</v></c></row>`,
          ),
        },
      ],
      workbookExtra:
        '<definedNames><definedName name="Periode">"2026"&amp;"-H1"</definedName></definedNames>',
    });
    expect(inspect(bytes).cpr).toEqual([]);
  });
});

describe('a number broken over two lines of a text box or a note reads as one', () => {
  const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

  function textBox(paragraphs: string): Uint8Array {
    const anchor =
      '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
      '<xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      '<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="Tekstfelt 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/>' +
      `<xdr:txBody><a:bodyPr/>${paragraphs}</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`;
    return workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(FIRST_ROW, '<drawing r:id="rId1"/>'),
          rels: rels([['rId1', 'drawing', '../drawings/drawing1.xml']]),
        },
      ],
      contentTypes: `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT_DRAWING}"/>`,
      parts: [
        {
          name: 'xl/drawings/drawing1.xml',
          data: `${DECL}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchor}</xdr:wsDr>`,
        },
      ],
    });
  }

  test.each([
    [
      'a line break in a paragraph',
      textBox('<a:p><a:r><a:t>Borger 170200</a:t></a:r><a:br/><a:r><a:t>4231</a:t></a:r></a:p>'),
    ],
    [
      'two paragraphs',
      textBox(
        '<a:p><a:pPr algn="l"/><a:r><a:t>Borger 180301</a:t></a:r><a:endParaRPr lang="da-DK"/></a:p>' +
          '<a:p><a:r><a:t>4224</a:t></a:r></a:p>',
      ),
    ],
  ])('a text box: %s', (_how, bytes) => {
    const { cpr } = inspect(bytes);
    expect(cpr).toHaveLength(1);
    expect(cpr[0]!.en).toMatch(/text box or shape at 'Ark1'!B2/);
  });

  test('a legacy note (VML) with a <br/>', () => {
    const bytes = workbookZip({
      sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }],
      parts: [
        {
          name: 'xl/drawings/vmlDrawing1.vml',
          data:
            '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><div>' +
            '<font>Borger 190402</font><br/><font>4217</font></div></v:textbox></v:shape></xml>',
        },
      ],
    });
    expect(inspect(bytes).cpr).toHaveLength(1);
  });

  test('lines that are no CPR number pass: the lines are not run together', () => {
    const bytes = textBox(
      '<a:p><a:r><a:t>Sag 170200</a:t></a:r></a:p><a:p><a:r><a:t>Uge 12</a:t></a:r></a:p>' +
        '<a:p><a:r><a:t>Sag 17020</a:t></a:r><a:br/><a:r><a:t>04231 stk.</a:t></a:r></a:p>',
    );
    expect(inspect(bytes).cpr).toEqual([]);
  });
});

test('a HYPERLINK formula whose link sends a CPR number as percent-escapes', () => {
  const link = `https://opslag.example/?q=${[...'2005031230'].map((c) => `%3${c}`).join('')}`;
  const bytes = workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          `${FIRST_ROW}<row r="2"><c r="B2" t="str"><f>HYPERLINK("${link}","Se")</f><v>Se</v></c></row>`,
        ),
      },
    ],
  });
  const { cpr, json } = inspect(bytes);
  expect(cpr).toHaveLength(1);
  expect(cpr[0]!.en).toMatch(/formula at 'Ark1'!B2/);
  expect(json).not.toContain(link);
});

test("the zip archive's own comments, read as UTF-8 text: full-width digits, a zero-width space", () => {
  const parts = workbookParts({ sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }] });
  const archive = writeZip(parts, { comment: `Borger ${FULLWIDTH('2106971255')}` });
  expect(inspect(archive).cpr).toHaveLength(1);
  const entry = writeZip(parts.map((p, i) => (i === 0 ? { ...p, comment: 'Borger 2207\u200b981258' } : p)));
  expect(inspect(entry).cpr).toHaveLength(1);
  const clean = writeZip(parts, { comment: 'Plan for Ærø Kommune, 2026' });
  expect(inspect(clean).cpr).toEqual([]);
});

test('output that quotes the workbook is masked in every form: escapes, other digits, invisible characters', () => {
  const quoted = {
    link: 'https://opslag.example/?q=%31%34%30%35%39%31%31%32%32%33',
    values: [`Borger ${FULLWIDTH('1505921224')}`, 'Borger 1606\u200b931227', 'Uge 12 2026 (50 %)'],
  };
  const masked = maskCprDeep(quoted);
  expect(masked.link).toBe('https://opslag.example/?q=[CPR fjernet]');
  expect(masked.values).toEqual(['Borger [CPR fjernet]', 'Borger [CPR fjernet]', 'Uge 12 2026 (50 %)']);
});

test("a CPR number in an element's or an attribute's name (custom XML) is found", () => {
  const part = (xml: string): Uint8Array =>
    workbookZip({
      sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }],
      parts: [{ name: 'customXml/item1.xml', data: `${DECL}<root>${xml}</root>` }],
    });
  expect(inspect(part('<Borger_2611921270>x</Borger_2611921270>')).cpr).toHaveLength(1);
  expect(inspect(part('<item borger_2712931273="1"/>')).cpr).toHaveLength(1);
  expect(inspect(part('<item xmlns:b2812941276="urn:x" b2812941276:v="1"/>')).cpr).toHaveLength(1);
  expect(inspect(part('<Implementeringsplan version_2026="1"/>')).cpr).toEqual([]);
});

test('a document property typed as a number holds a CPR number without its leading zero', () => {
  const custom = (value: string): Uint8Array =>
    writeZip(
      workbookParts({
        sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }],
        contentTypes:
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
        parts: [
          {
            name: 'docProps/custom.xml',
            data:
              `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
              `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Sagsnummer">${value}</property></Properties>`,
          },
        ],
      }).map((item) =>
        item.name === '_rels/.rels'
          ? {
              ...item,
              data: rels([
                ['rId1', 'officeDocument', 'xl/workbook.xml'],
                [
                  'rId2',
                  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
                  'docProps/custom.xml',
                ],
              ]),
            }
          : item,
      ),
    );
  const hit = inspect(custom('<vt:i8>101901234</vt:i8>'));
  expect(hit.cpr).toHaveLength(1);
  expect(hit.cpr[0]!.en).toMatch(/property/i);
  expect(inspect(custom('<vt:r8>101901234.5</vt:r8>')).cpr).toEqual([]);
  expect(inspect(custom('<vt:i4>2026</vt:i4>')).cpr).toEqual([]);
});
