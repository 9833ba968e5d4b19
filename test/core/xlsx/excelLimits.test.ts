// Limits Excel itself enforces (issue 10 §3): a file beyond them was not saved by Excel and is
// refused with the limit named; a file at the limit is read.

import { RefusalError, type RefusalCode } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';
import { EXCEL_LIMITS } from '../../../core/xlsx/limits';
import { escapeXml, workbookZip, worksheet, type SheetSpec } from '../../fixtures/hostile';

function outcome(
  bytes: Uint8Array,
  limits?: Parameters<typeof readWorkbook>[1],
): { code: RefusalCode | 'read'; da: string; en: string } {
  try {
    readWorkbook(bytes, limits);
    return { code: 'read', da: '', en: '' };
  } catch (err) {
    if (err instanceof RefusalError) return { code: err.code, ...err.userMessage };
    throw err;
  }
}

const named = (...names: string[]): Uint8Array =>
  workbookZip({ sheets: names.map((name): SheetSpec => ({ name, xml: worksheet('') })) });

const cells = (rows: string, after = ''): Uint8Array =>
  workbookZip({ sheets: [{ name: 'Plan', xml: worksheet(rows, after) }] });

describe('sheet names', () => {
  test.each([
    ['x'.repeat(31), 'read', '31 characters'],
    ['x'.repeat(32), 'sheet_name_invalid', '32 characters'],
    ["Koordinator's plan", 'read', 'an apostrophe inside'],
    ["'Plan", 'sheet_name_invalid', 'an apostrophe first'],
    ["Plan'", 'sheet_name_invalid', 'an apostrophe last'],
    ['Plan: 2026', 'sheet_name_invalid', 'a colon'],
    ['Plan\\2026', 'sheet_name_invalid', 'a backslash'],
    ['Plan?', 'sheet_name_invalid', 'a question mark'],
    ['Plan*', 'sheet_name_invalid', 'an asterisk'],
    ['Plan [1]', 'sheet_name_invalid', 'brackets'],
    ['Økonomi & ansvar (2026)', 'read', 'Danish letters, & and parentheses'],
  ])('%s: %s (%s)', (name, code) => {
    expect(outcome(named(name)).code).toBe(code);
  });

  test('the message names the sheet and the limit', () => {
    const { da, en } = outcome(named('Implementeringsplan for 2026-2027'));
    expect(da).toMatch(/"Implementeringsplan for 2026-2027".*33 tegn.*højst 31/);
    expect(en).toMatch(/"Implementeringsplan for 2026-2027".*33 characters.*at most 31/);
  });

  test('two sheets whose names differ only in case are refused, Danish letters too', () => {
    expect(outcome(named('Plan', 'PLAN')).code).toBe('sheet_name_invalid');
    expect(outcome(named('Økonomi', 'økonomi')).code).toBe('sheet_name_invalid');
    expect(outcome(named('Plan', 'Plan 2')).code).toBe('read');
  });
});

describe("references stay inside Excel's grid (XFD1048576)", () => {
  test.each([
    ['<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', '', 'read'],
    ['<row r="1"><c r="XFE1"><v>1</v></c></row>', '', 'reference_out_of_range'],
    ['<row r="1048577"><c r="A1048577"><v>1</v></c></row>', '', 'reference_out_of_range'],
    ['<row r="1048577"/>', '', 'reference_out_of_range'],
    ['', '<mergeCells count="1"><mergeCell ref="A1:XFE2"/></mergeCells>', 'reference_out_of_range'],
    ['', '<mergeCells count="1"><mergeCell ref="XFD1:XFD2"/></mergeCells>', 'read'],
  ])('%s%s: %s', (rows, after, code) => {
    // The biggest legal reference holding a value is read: the intake's limits count the rows and
    // columns that hold values, not how far down or right they stand.
    expect(outcome(cells(rows, after)).code).toBe(code);
  });

  test('cells and rows without their numbers that count past the edge are refused', () => {
    // (The intake's own column limit lifted, so that the edge of Excel's grid is what is met.)
    const wide = (n: number): Uint8Array => cells(`<row r="1">${'<c><v>1</v></c>'.repeat(n)}</row>`);
    const lifted = { maxColumns: EXCEL_LIMITS.columns + 10 };
    expect(outcome(wide(EXCEL_LIMITS.columns + 1), lifted).code).toBe('reference_out_of_range');
    expect(outcome(wide(EXCEL_LIMITS.columns), lifted).code).toBe('read');
    expect(outcome(wide(EXCEL_LIMITS.columns)).code).toBe('too_many_columns');
    expect(outcome(cells('<row r="1048576"><c><v>1</v></c></row><row><c><v>2</v></c></row>')).code).toBe(
      'reference_out_of_range',
    );
  });

  test("a sheet's stated size, a validation and a link beyond the grid are refused, with the limit named", () => {
    const dimension = outcome(
      workbookZip({ sheets: [{ name: 'Plan', xml: worksheet('', '', '<dimension ref="A1:A1048577"/>') }] }),
    );
    expect(dimension.code).toBe('reference_out_of_range');
    expect(dimension.da).toMatch(/1\.048\.576 rækker og 16\.384 kolonner/);
    expect(dimension.en).toMatch(/1,048,576 rows and 16,384 columns/);
    expect(
      outcome(
        cells(
          '',
          '<dataValidations count="1"><dataValidation type="list" sqref="B2 B1048577"><formula1>"Ja,Nej"</formula1></dataValidation></dataValidations>',
        ),
      ).code,
    ).toBe('reference_out_of_range');
  });
});

describe('formulas and names', () => {
  const formula = (length: number): string => `"${'x'.repeat(length - 2)}"`;

  test(`a formula of ${EXCEL_LIMITS.formulaLength} characters is read; one more is refused, naming the cell`, () => {
    const at = (f: string) => cells(`<row r="2"><c r="B2"><f>${escapeXml(f)}</f><v>0</v></c></row>`);
    expect(outcome(at(formula(8_192))).code).toBe('read');
    const over = outcome(at(formula(8_193)));
    expect(over.code).toBe('formula_too_long');
    expect(over.da).toMatch(/Plan!B2.*8\.192/);
    expect(over.en).toMatch(/Plan!B2.*8,192/);
  });

  test('the limit holds for a defined name, a validation and a formula sent in many pieces', () => {
    expect(
      outcome(
        workbookZip({
          workbookExtra: `<definedNames><definedName name="Lang">${formula(9_000)}</definedName></definedNames>`,
        }),
      ).code,
    ).toBe('formula_too_long');
    expect(
      outcome(
        cells(
          '',
          `<dataValidations count="1"><dataValidation type="custom" sqref="B2"><formula1>${formula(9_000)}</formula1></dataValidation></dataValidations>`,
        ),
      ).code,
    ).toBe('formula_too_long');
    const pieces = Array.from({ length: 100 }, () => '<![CDATA[1+]]>').join('');
    expect(outcome(cells(`<row r="2"><c r="B2"><f>${pieces.repeat(50)}1</f><v>0</v></c></row>`)).code).toBe(
      'formula_too_long',
    );
  });

  test(`a defined name of ${EXCEL_LIMITS.definedNameLength} characters is read; a longer or empty one is refused`, () => {
    const name = (n: string) =>
      workbookZip({
        workbookExtra: `<definedNames><definedName name="${n}">Ark1!$A$1</definedName></definedNames>`,
      });
    expect(outcome(name('N'.repeat(255))).code).toBe('read');
    const long = outcome(name('N'.repeat(256)));
    expect(long.code).toBe('defined_name_invalid');
    expect(long.da).toMatch(/256 tegn.*højst 255/);
    expect(outcome(name('')).code).toBe('defined_name_invalid');
  });
});

describe('styles and links', () => {
  const styled = (styles: string): Uint8Array =>
    workbookZip({
      sheets: [{ name: 'Plan', xml: worksheet('<row r="1"><c r="A1" s="1"><v>46000</v></c></row>') }],
      workbookRels:
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
      parts: [
        {
          name: 'xl/styles.xml',
          data: `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${styles}</styleSheet>`,
        },
      ],
    });
  const format = (code: string) =>
    styled(
      `<numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeXml(code)}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>`,
    );

  test(`a number format of ${EXCEL_LIMITS.numberFormatLength} characters is read; one more is refused`, () => {
    expect(outcome(format('0'.repeat(255))).code).toBe('read');
    const over = outcome(format('0'.repeat(256)));
    expect(over.code).toBe('number_format_invalid');
    expect(over.en).toMatch(/256 characters.*at most 255/);
  });

  test(`${EXCEL_LIMITS.cellFormats} cell formats are read; one more is refused`, () => {
    // Varied, as real ones are (and so that the part compresses like a real one).
    const xfs = (n: number) =>
      styled(
        `<cellXfs count="${n}">${Array.from({ length: n }, (_, i) => `<xf numFmtId="${i % 50}" fontId="${i % 7}" borderId="${i % 3}"/>`).join('')}</cellXfs>`,
      );
    expect(outcome(xfs(65_490)).code).toBe('read');
    expect(outcome(xfs(65_491)).code).toBe('too_many_cell_formats');
  });

  test(`more than ${EXCEL_LIMITS.hyperlinksPerSheet} hyperlinks in one sheet are refused, naming the sheet`, () => {
    const links = (n: number): Uint8Array => {
      let xml = '';
      for (let r = 1; r <= n; r++) xml += `<hyperlink ref="A${r}" location="Plan!A1"/>`;
      return cells('', `<hyperlinks>${xml}</hyperlinks>`);
    };
    expect(outcome(links(65_530)).code).toBe('read');
    const over = outcome(links(65_531));
    expect(over.code).toBe('too_many_hyperlinks');
    expect(over.da).toMatch(/"Plan".*65\.530/);
  });
});
