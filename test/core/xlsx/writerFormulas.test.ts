// Formulas as other programs write them, read by the CPR door as Excel calculates them (round 9's
// probes saved by other programs: test/core/xlsx/writersDoor.test.ts). Gnumeric writes a function
// its own list of Excel's lacks with its own prefix (_xlfngnumeric.NUMBERVALUE where Excel writes
// _xlfn.NUMBERVALUE).

import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { escapeXml, workbookZip, worksheet } from '../../fixtures/hostile';

const TODAY = '2026-12-05';

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
