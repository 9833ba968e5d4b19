// Formulas as other programs write them, read by the CPR door as Excel calculates them (round 9's
// probes saved by other programs: test/core/xlsx/writersDoor.test.ts). Gnumeric writes a function
// its own list of Excel's lacks with its own prefix (_xlfngnumeric.NUMBERVALUE where Excel writes
// _xlfn.NUMBERVALUE); openxlsx drops a number cell's formula saved without its result, so that a
// table's calculated column keeps the formula only in the table's part. Round 11's spill read
// through ANCHORARRAY (C2#): LibreOffice writes the function's name in lower case
// (_xlfn.anchorarray) and TRUE as the function TRUE(), with the error #NAME? as the result it
// saves; openpyxl keeps the array formula but not the values it spilled.

import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { escapeXml, rels, workbookZip, worksheet } from '../../fixtures/hostile';

const TODAY = '2026-12-05';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The door's CPR messages (English), or 'refused'. */
function cprMessages(bytes: Uint8Array): string[] | 'refused' {
  try {
    return inspectBytes(bytes, { today: TODAY })
      .issues.filter((i) => i.code === 'cpr_number')
      .map((i) => i.message.en);
  } catch (err) {
    if (err instanceof RefusalError) return 'refused';
    throw err;
  }
}

/** Ark1 with "Plan" in A1 and, at B2, `cell` (the XML of a <c>). */
function withCell(cell: string): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row><row r="2">${cell}</row>`,
        ),
      },
    ],
  });
}

/** A formula at B2 with the error result Gnumeric saves when it did not calculate it. */
function gnumericFormula(formula: string): Uint8Array {
  return withCell(`<c r="B2" t="e"><f>${escapeXml(formula)}</f><v>#N/A</v></c>`);
}

describe("a function written with a program's own prefix (Gnumeric: _xlfngnumeric.)", () => {
  test('NUMBERVALUE over a grouped number is read as Excel reads _xlfn.NUMBERVALUE: the CPR number is found at its cell', () => {
    for (const prefix of ['_xlfn.', '_xlfngnumeric.']) {
      const messages = cprMessages(gnumericFormula(`${prefix}NUMBERVALUE("1.409.920.960",",",".")`));
      expect(messages).toHaveLength(1);
      expect((messages as string[])[0]).toMatch(/'Ark1'!B2 .*looks like a CPR number/);
    }
  });

  test('the same function making a decimal, or no number, is no CPR number', () => {
    expect(cprMessages(gnumericFormula('_xlfngnumeric.NUMBERVALUE("1.409.920,5",",",".")'))).toEqual([]);
    expect(cprMessages(gnumericFormula('_xlfngnumeric.NUMBERVALUE("14.09.92.09.60",",",",")'))).toEqual([]);
  });
});

/** A table at Ark1!A1:B2 whose column B holds `column` (calculatedColumnFormula or totalsRowFormula). */
function table(column: string, b2 = '<c r="B2"/>'): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c><c r="B1" t="inlineStr"><is><t>Id</t></is></c></row>' +
            `<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c>${b2}</row>`,
          '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
        ),
        rels: rels([['rId1', 'table', '../tables/table1.xml']]),
      },
    ],
    contentTypes: `<Override PartName="/xl/tables/table1.xml" ContentType="${TABLE_TYPE}"/>`,
    parts: [
      {
        name: 'xl/tables/table1.xml',
        data:
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS_MAIN}" id="1" name="Tabel1" displayName="Tabel1" ref="A1:B2"><tableColumns count="2">` +
          `<tableColumn id="1" name="Plan"/><tableColumn id="2" name="Id">${column}</tableColumn></tableColumns></table>`,
      },
    ],
  });
}

describe("a table's calculated column whose cells lost their formula (openxlsx drops a formula saved without its result)", () => {
  const MID = escapeXml('MID("9915089209367",3,10)');

  test('the formula left in the table part is read as Excel calculates it: the table is named', () => {
    for (const column of [
      `<calculatedColumnFormula>${MID}</calculatedColumnFormula>`,
      `<totalsRowFormula>${MID}</totalsRowFormula>`,
    ]) {
      const messages = cprMessages(table(column));
      expect(messages).toHaveLength(1);
      expect((messages as string[])[0]).toMatch(
        /^An Excel table \(its column names or formulas\) at 'Ark1'!A1:B2 contains/,
      );
    }
  });

  test('where the cells carry the formula, the cell is named once, not the table again', () => {
    const messages = cprMessages(
      table(`<calculatedColumnFormula>${MID}</calculatedColumnFormula>`, `<c r="B2"><f>${MID}</f></c>`),
    );
    expect(messages).toHaveLength(1);
    expect((messages as string[])[0]).toMatch(/^The formula in cell 'Ark1'!B2 /);
  });

  test('a column formula that cuts out no CPR number is accepted', () => {
    expect(
      cprMessages(
        table(`<calculatedColumnFormula>${escapeXml('MID("9915089209367",3,4)')}</calculatedColumnFormula>`),
      ),
    ).toEqual([]);
  });
});

describe('a dynamic array joined through ANCHORARRAY (C2#) as other programs save it', () => {
  /** TEXTJOIN of C2's spill at B2, C2 the array formula =E2:F2 over E2 and F2. */
  function spillJoined(b2: string, c2: string, e2 = '210395', f2 = '1121'): Uint8Array {
    return withCell(
      `${b2}${c2}<c r="D2"><v>${f2}</v></c><c r="E2"><v>${e2}</v></c><c r="F2"><v>${f2}</v></c>`,
    );
  }
  const anchor = '<c r="C2" t="n"><f t="array" ref="C2:D2">E2:F2</f><v>210395</v></c>';
  const join = (fn: string, yes: string): string => escapeXml(`_xlfn.TEXTJOIN("-",${yes},_xlfn.${fn}(C2))`);

  test('LibreOffice: the name in lower case and TRUE(), saved with #NAME?: the CPR number is found at B2', () => {
    const messages = cprMessages(
      spillJoined(
        `<c r="B2" t="e"><f aca="false">${join('anchorarray', 'TRUE()')}</f><v>#NAME?</v></c>`,
        anchor,
      ),
    );
    expect(messages).toEqual([expect.stringContaining("'Ark1'!B2")]);
  });

  test('the function TRUE() and a name in lower case, each alone, are read as Excel reads them', () => {
    const b2 = (fn: string, yes: string): string => `<c r="B2" t="str"><f>${join(fn, yes)}</f></c>`;
    expect(cprMessages(spillJoined(b2('anchorarray', 'TRUE'), anchor))).toHaveLength(1);
    expect(cprMessages(spillJoined(b2('ANCHORARRAY', 'TRUE()'), anchor))).toHaveLength(1);
  });

  test("openpyxl: the spill's cells saved without their values are the array formula's own: found at B2", () => {
    const messages = cprMessages(
      spillJoined(
        `<c r="B2"><f>${join('ANCHORARRAY', 'TRUE')}</f><v></v></c>`,
        '<c r="C2"><f t="array" ref="C2:D2">E2:F2</f><v></v></c>',
      ),
    );
    expect(messages).toEqual([expect.stringContaining("'Ark1'!B2")]);
  });

  test('the same spills joining no CPR number are accepted (a date that does not exist, a phone number)', () => {
    const noValues = '<c r="C2"><f t="array" ref="C2:D2">E2:F2</f><v></v></c>';
    const b2 = `<c r="B2"><f>${join('ANCHORARRAY', 'TRUE()')}</f><v></v></c>`;
    expect(cprMessages(spillJoined(b2, noValues, '320195', '1121'))).toEqual([]);
    expect(cprMessages(spillJoined(b2, noValues, '4570', '2211'))).toEqual([]);
    // FALSE() keeps the empty cells the join skips with TRUE: "210395--1121" is no CPR number.
    const withGap = withCell(
      `<c r="B2"><f>${escapeXml('_xlfn.TEXTJOIN("-",FALSE(),_xlfn.ANCHORARRAY(C2))')}</f><v></v></c>` +
        '<c r="C2"><f t="array" ref="C2:E2">F2:H2</f><v></v></c><c r="F2"><v>210395</v></c><c r="H2"><v>1121</v></c>',
    );
    expect(cprMessages(withGap)).toEqual([]);
  });
});
