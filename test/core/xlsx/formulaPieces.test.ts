// Hostile files, round 6: a formula that builds a CPR number with text functions from pieces that
// hold none (REPLACE, SUBSTITUTE, MID, LEFT, RIGHT, REPT, CHAR, TRIM, joined with & or CONCAT). Excel
// shows the number when it calculates; the file need keep no result (or a harmless one). The
// formula is read as Excel calculates it, wherever a formula is kept: a cell, a data validation,
// a defined name. Ordinary formulas that cut and join text pass.

import { inspectBytes, PIECE_HIDDEN } from '../../../core/inspect';
import { formulaHasCpr } from '../../../core/validate/cpr';
import { escapeXml, workbookZip, worksheet } from '../../fixtures/hostile';

const FIRST_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>';

function inspect(bytes: Uint8Array): { cpr: string[]; json: string } {
  const r = inspectBytes(bytes, { today: '2026-12-05' });
  const found = r.issues.filter((i) => i.code === 'cpr_number');
  if (found.length > 0) expect(r.plan).toBeNull();
  return {
    cpr: found.map((i) => i.message.en),
    json: JSON.stringify({ issues: r.issues, unmapped: r.unmapped, textFindings: r.grid.textFindings }),
  };
}

/** A text formula in B2, with the cached result given (or none). */
function inCell(formula: string, cached?: string): Uint8Array {
  const v = cached === undefined ? '' : `<v>${escapeXml(cached)}</v>`;
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(`${FIRST_ROW}<row r="2"><c r="B2" t="str"><f>${escapeXml(formula)}</f>${v}</c></row>`),
      },
    ],
  });
}

function inValidation(formula: string): Uint8Array {
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          FIRST_ROW,
          `<dataValidations count="1"><dataValidation type="custom" sqref="C3"><formula1>${escapeXml(formula)}</formula1></dataValidation></dataValidations>`,
        ),
      },
    ],
  });
}

function inDefinedName(formula: string): Uint8Array {
  return workbookZip({
    sheets: [{ name: 'Ark1', xml: worksheet(FIRST_ROW) }],
    workbookExtra: `<definedNames><definedName name="Opslag">${escapeXml(formula)}</definedName></definedNames>`,
  });
}

/** [the function, a formula (as the file keeps it: commas between arguments)]. */
const BUILT: readonly (readonly [string, string])[] = [
  ['REPLACE', 'REPLACE("1702XX1262",5,2,"88")'],
  ['SUBSTITUTE', 'SUBSTITUTE("1702XX1262","XX","88")'],
  ['SUBSTITUTE of letters between the digits', 'SUBSTITUTE("17x02x88x1262","x","")'],
  ['MID of a longer number', 'MID("99170288126299",3,10)'],
  ['LEFT of a longer number', 'LEFT("170288126299",10)'],
  ['RIGHT of a longer number', 'RIGHT("99170288-1262",11)'],
  ['REPT for a digit', '"17028"&REPT("8",1)&"1262"'],
  ['CHAR for a digit', '"17028"&CHAR(56)&"1262"'],
  ['_xlfn.UNICHAR for the dash', '"170288"&_xlfn.UNICHAR(45)&"1262"'],
  ['TRIM of two spaces', 'TRIM("170288  1262")'],
  ['nested, inside IF', 'IF(TRUE,LEFT(SUBSTITUTE("1702XX126299","XX","88"),10),"")'],
  ['CONCAT of cut pieces', '_xlfn.CONCAT(LEFT("1702xx",4),MID("x88x",2,2),RIGHT("xx1262",4))'],
  // Round 7: functions that hand a piece on unchanged, joined to the rest.
  ['LOWER of a piece', 'LOWER("170288")&"-1262"'],
  ['UPPER and PROPER of pieces', 'UPPER("1702")&PROPER("88-1262")'],
  ['T of a piece', 'T("170288")&"1262"'],
  ['VALUE of a piece, joined', '"170288-"&VALUE("1262")'],
];

describe('a formula that builds a CPR number with text functions', () => {
  test.each(BUILT)('%s, in a cell without a cached result: found there, never quoted', (_fn, formula) => {
    const r = inspect(inCell(formula));
    expect(r.cpr).toEqual([expect.stringMatching(/'Ark1'!B2/)]);
    expect(r.json).not.toMatch(/170288|1702881262/);
  });

  test('in a cell whose cached result is a harmless text', () => {
    expect(inspect(inCell('SUBSTITUTE("1702XX1262","XX","88")', 'Sag')).cpr).toHaveLength(1);
  });

  test('in a data validation and in a defined name', () => {
    expect(inspect(inValidation('LEN(C3)<>LEN(REPLACE("1702XX1262",5,2,"88"))')).cpr).toHaveLength(1);
    expect(inspect(inDefinedName('SUBSTITUTE("1702XX1262","XX","88")')).cpr).toHaveLength(1);
  });

  test('controls: formulas that cut and join text and make no CPR number pass', () => {
    for (const f of [
      'LEFT(A1,10)',
      'MID("Uge 12 2026",5,2)',
      'REPT("-",20)&" "&TEXT(TODAY(),"dd.mm.yyyy")',
      'SUBSTITUTE("EAN 5790001234567"," ","")',
      '"Tlf. "&REPT("1",8)',
      'LEFT("12345678901",10)',
      'IF(ISBLANK(C5),"",TRIM(C5))',
      "'Ark 1'!A1&MID(Ærø!B2,1,3)",
      '"Sag "&LEFT("0101901234567",4)&"-"&RIGHT("2026",2)',
      // Each step of a chain is no result: "Sag 0101901234" is never shown, "Sag 01019012345" is.
      '"Sag "&REPT("0",1)&"1019"&"01234"&"5"',
    ]) {
      expect([f, formulaHasCpr(f)]).toEqual([f, false]);
      expect(inspect(inCell(f)).cpr).toEqual([]);
    }
  });

  test('bounded: deep nesting, a long REPT and a long chain are read quickly', () => {
    const started = Date.now();
    expect(formulaHasCpr(`${'MID('.repeat(3000)}"x"${',1,1)'.repeat(3000)}`)).toBe(false);
    expect(formulaHasCpr('REPT("1702881262",100000000)')).toBe(true); // the piece itself is one
    expect(formulaHasCpr(`REPT("0",1)&${'"1"&'.repeat(2000)}"1"`)).toBe(false);
    expect(formulaHasCpr(`${'-'.repeat(8000)}CHAR(48)`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

/** Cells of row 2 (B2, C2, ...) and a formula in F2 (no cached result unless given). */
function joined(cells: readonly string[], formula: string, extraRows = ''): Uint8Array {
  const row = cells
    .map((c, i) => {
      const ref = `${String.fromCharCode(66 + i)}2`;
      return /^\d+$/.test(c)
        ? `<c r="${ref}"><v>${c}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>`;
    })
    .join('');
  return workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          `${FIRST_ROW}<row r="2">${row}<c r="F2" t="str"><f>${escapeXml(formula)}</f></c></row>${extraRows}`,
        ),
      },
    ],
  });
}

describe('a formula that joins cells which hold no CPR number each', () => {
  test.each([
    ['two text cells', ['170288', '1262'], 'B2&C2'],
    ['a text cell, a dash, a text cell', ['170288', '1262'], 'B2&"-"&C2'],
    ['a number cell (its leading zero lost) and literals', ['5'], '"0"&B2&"0288"&"1262"'],
    ['CONCATENATE with absolute references', ['1702', '88', '1262'], 'CONCATENATE($B$2,$C$2,$D$2)'],
    ['TEXTJOIN', ['170288', '1262'], '_xlfn.TEXTJOIN("",TRUE,B2,C2)'],
    ['a cell cut and joined', ['xx1702', '88'], 'RIGHT(B2,4)&C2&"1262"'],
  ])('%s: found at the formula, never quoted', (_what, cells, formula) => {
    const r = inspect(joined(cells, formula));
    expect(r.cpr).toEqual([expect.stringMatching(/'Ark1'!F2/)]);
    // The cells' own values are no CPR number each (and are listed as read); the whole never shows.
    expect(r.json).not.toMatch(/1702881262|170288-1262|502881262/);
  });

  test('the cells a refused join reads are named among the values not placed, their pieces not shown', () => {
    const r = inspectBytes(joined(['170288', '1262'], 'B2&C2'), { today: '2026-12-05' });
    const at = (cell: string) => r.unmapped.find((u) => u.sheet === 'Ark1' && u.cell === cell);
    expect([at('B2')?.value, at('C2')?.value]).toEqual([PIECE_HIDDEN, PIECE_HIDDEN]);
    expect(JSON.stringify(r.unmapped)).not.toMatch(/170288|1262/);
    // On another sheet too; a cell the formula does not read keeps its value.
    const other = inspectBytes(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(`${FIRST_ROW}<row r="2"><c r="F2" t="str"><f>Data!B2&amp;Data!$C$2</f></c></row>`),
          },
          {
            name: 'Data',
            xml: worksheet(
              '<row r="2"><c r="B2" t="inlineStr"><is><t>170288</t></is></c><c r="C2" t="inlineStr"><is><t>1262</t></is></c><c r="D2" t="inlineStr"><is><t>Note 77</t></is></c></row>',
            ),
          },
        ],
      }),
      { today: '2026-12-05' },
    );
    const data = other.unmapped.filter((u) => u.sheet === 'Data').map((u) => [u.cell, u.value]);
    expect(data).toEqual([
      ['B2', PIECE_HIDDEN],
      ['C2', PIECE_HIDDEN],
      ['D2', 'Note 77'],
    ]);
  });

  test('a shared formula: each cell of its range joins its own row', () => {
    const rows =
      '<row r="3"><c r="B3" t="inlineStr"><is><t>Møde</t></is></c><c r="C3" t="inlineStr"><is><t>uge 12</t></is></c><c r="F3" t="str"><f t="shared" si="0"/></c></row>' +
      '<row r="4"><c r="B4" t="inlineStr"><is><t>170288</t></is></c><c r="C4" t="inlineStr"><is><t>1262</t></is></c><c r="F4" t="str"><f t="shared" si="0"/></c></row>';
    const bytes = workbookZip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            `${FIRST_ROW}<row r="2"><c r="B2" t="inlineStr"><is><t>Plan</t></is></c><c r="C2" t="inlineStr"><is><t>A</t></is></c>` +
              `<c r="F2" t="str"><f t="shared" ref="F2:F4" si="0">B2&amp;C2</f></c></row>${rows}`,
          ),
        },
      ],
    });
    expect(inspect(bytes).cpr).toEqual([expect.stringMatching(/'Ark1'!F4/)]);
  });

  test("cells on another sheet, named plainly or quoted ('Data''s 2'!B2)", () => {
    const other = (name: string, formula: string): Uint8Array =>
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(`${FIRST_ROW}<row r="2"><c r="F2" t="str"><f>${escapeXml(formula)}</f></c></row>`),
          },
          {
            name,
            xml: worksheet(
              '<row r="2"><c r="B2" t="inlineStr"><is><t>170288</t></is></c><c r="C2" t="inlineStr"><is><t>1262</t></is></c></row>',
            ),
          },
        ],
      });
    expect(inspect(other('Data', 'Data!B2&Data!$C$2')).cpr).toEqual([expect.stringMatching(/'Ark1'!F2/)]);
    expect(inspect(other("Data's 2", "'Data''s 2'!B2&\"-\"&'Data''s 2'!C2")).cpr).toEqual([
      expect.stringMatching(/'Ark1'!F2/),
    ]);
    // Control: the same cells joined with words between them.
    expect(inspect(other('Data', 'Data!B2&" timer, uge "&Data!C2')).cpr).toEqual([]);
  });

  test('controls: joins of ordinary cells pass', () => {
    expect(inspect(joined(['Møde', 'uge 12'], 'B2&" "&C2')).cpr).toEqual([]);
    expect(inspect(joined(['2026', '0101'], 'B2&"-"&C2')).cpr).toEqual([]);
    expect(inspect(joined(['45000', '1234'], 'B2&C2')).cpr).toEqual([]); // 450001234: no day 45... of month 00
    expect(inspect(joined(['Tlf.', '12345678'], 'B2&" "&C2')).cpr).toEqual([]);
  });
});
