// Workbooks whose formulas have no calculated value in the file: written by programs that do not
// calculate (openpyxl saves an empty result, XlsxWriter saves 0 and asks Excel to calculate in full
// when the file is opened). Excel shows the calculated values, so the intake works them out from the
// workbook's own cells where it can, and asks the coordinator to check each cell where it cannot.
// The two library-written files are made by test/fixtures/writers/make.py (committed).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../../core/inspect';
import type { GridSheet } from '../../../core/grid';
import { readWorkbook } from '../../../core/xlsx';
import { formulaValue } from '../../../core/validate/formulaText';
import { workbookZip, worksheet } from '../../fixtures/hostile';

const WRITERS = join(__dirname, '..', '..', 'fixtures', 'writers');
const TODAY = '2026-12-05';

function file(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(WRITERS, name)));
}

function valueAt(sheet: GridSheet | undefined, a1: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const c = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r = Number(m[2]) - 1;
  return sheet?.cells.find((x) => x.r === r && x.c === c)?.v;
}

describe.each([
  ['openpyxl-formulas.xlsx', 'openpyxl: every result empty'],
  ['xlsxwriter-formulas.xlsx', 'XlsxWriter: every result 0, calculated in full when opened'],
])('%s (%s)', (name) => {
  const r = inspectBytes(file(name), { today: TODAY });
  const activities = r.structure.draft.activities.map((a) => a.values);

  test('references to another sheet give the names Excel shows: the coordinator and the responsible', () => {
    expect(r.structure.draft.coordinator?.name).toBe('Camilla Friis');
    expect(activities.map((a) => a.responsible)).toEqual([
      'Jakob Hviid',
      'Camilla Friis',
      'Tina Bang',
      'Tina Bang', // VLOOKUP("SSP"; Medarbejdere!B2:C4; 2; FALSE)
    ]);
  });

  test('dates made by formulas: a day plus 14, DATE(2027,3,1), EOMONTH', () => {
    expect(activities.slice(0, 3).map((a) => a.deadline)).toEqual(['2027-01-25', '2027-03-01', '2027-03-31']);
  });

  test('a formula that depends on the day (TODAY) is not worked out: the cell is to be checked', () => {
    const formula = (r.checks ?? []).filter((c) => c.field === 'formula');
    expect(formula.map((c) => `${c.sheet}!${c.cell}`)).toEqual([
      'Handleplan!E10',
      'Indikatorer!A5',
      'Indikatorer!B5',
    ]);
    expect(formula[0]?.reason.da).toMatch(/Åbn filen i Excel, gem den/);
    // No made-up deadline: openpyxl saved no result, and XlsxWriter's 0 is not what Excel shows.
    expect(activities[3]?.deadline).toBeUndefined();
  });

  test('a sum over a range, and two formulas that refer to each other (left, without hanging)', () => {
    const sheet = r.grid.sheets.find((s) => s.name === 'Indikatorer');
    expect(valueAt(sheet, 'C2')).toBe(23);
    expect(sheet?.uncalculated?.map((u) => [u.r, u.c])).toEqual([
      [4, 0],
      [4, 1],
    ]);
  });
});

const S = (rows: string): Uint8Array => workbookZip({ sheets: [{ name: 'Ark1', xml: worksheet(rows) }] });

describe('hand-built packages', () => {
  test('a shared formula saved without results (no <v>): each cell of its range is worked out with its references moved', () => {
    const grid = readWorkbook(
      S(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Anna</t></is></c><c r="B1" t="inlineStr"><is><t>Holm</t></is></c><c r="C1"><f t="shared" ref="C1:C2" si="0">A1&amp;" "&amp;B1</f></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>Bo</t></is></c><c r="B2" t="inlineStr"><is><t>Ek</t></is></c><c r="C2"><f t="shared" si="0"/></c></row>',
      ),
    );
    const sheet = grid.sheets[0];
    expect([valueAt(sheet, 'C1'), valueAt(sheet, 'C2')]).toEqual(['Anna Holm', 'Bo Ek']);
  });

  test('a result Excel saved is kept as it is, even where the formula would give another today', () => {
    const grid = readWorkbook(S('<row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>A1*2</f><v>7</v></c></row>'));
    expect(valueAt(grid.sheets[0], 'B1')).toBe(7);
    expect(grid.sheets[0]?.uncalculated).toBeUndefined();
  });

  test('a joined CPR number without a result is still found, and never shown', () => {
    const bytes = S('<row r="1"><c r="A1" t="str"><f>"010190"&amp;"-"&amp;"1234"</f><v></v></c></row>');
    const r = inspectBytes(bytes, { today: TODAY });
    expect(r.issues.some((i) => i.code === 'cpr_number')).toBe(true);
    expect(JSON.stringify({ ...r, grid: undefined })).not.toMatch(/010190.?1234/);
  });
});

describe('hostile formulas', () => {
  test('a running chain down 3,000 rows (each day the one above plus 1) is worked out row by row', () => {
    let rows = '<row r="1"><c r="A1"><v>46388</v></c></row>';
    for (let r = 2; r <= 3000; r++) rows += `<row r="${r}"><c r="A${r}"><f>A${r - 1}+1</f></c></row>`;
    const grid = readWorkbook(S(rows));
    expect(valueAt(grid.sheets[0], 'A3000')).toBe(46388 + 2999);
    expect(grid.sheets[0]?.uncalculated).toBeUndefined();
  });

  test('a chain that points down, each formula nested 90 deep: not worked out past a bound, no crash', () => {
    const nested = (ref: string): string => `${'('.repeat(90)}${ref}${')'.repeat(90)}`;
    let rows = '';
    for (let r = 1; r < 400; r++)
      rows += `<row r="${r}"><c r="A${r}"><f>${nested(`A${r + 1}`)}</f></c></row>`;
    rows += '<row r="400"><c r="A400"><v>1</v></c></row>';
    const grid = readWorkbook(S(rows));
    const sheet = grid.sheets[0];
    expect(valueAt(sheet, 'A399')).toBe(1);
    expect(sheet?.uncalculated?.length).toBeGreaterThan(0);
  });
});

describe('formulaValue: what a formula shows, as Excel calculates it', () => {
  const cells: Record<string, string | number> = {
    A1: 'SSP',
    A2: 'Unge',
    B1: 'Tina Bang',
    B2: 'Jakob Hviid',
    C1: 46447,
  };
  const reading = {
    cell: (ref: string) => cells[ref.replace(/\$/g, '')] ?? null,
    range: () => undefined,
  };
  test.each([
    ['IF(C1>46000,"sen","tidlig")', 'sen'],
    ['IF("a"="A",1,2)', 1],
    ['IFERROR(1/0,"ingen")', 'ingen'],
    ['1/0', undefined],
    ['YEAR(C1)&"-"&MONTH(C1)', '2027-3'],
    ['EDATE(DATE(2027,1,31),1)', 46446], // 28 February 2027
    ['ISOWEEKNUM(DATE(2027,1,3))', 53],
    ['ROUND(2.5,0)+ROUND(-2.5,0)', 0],
    ['TODAY()', undefined],
    ['A1&" – "&B1', 'SSP – Tina Bang'],
    ['D9', 0], // an empty cell shows 0
  ])('=%s', (formula, expected) => {
    const v = formulaValue(formula, reading);
    if (formula === '1/0') expect(v).toMatchObject({ code: '#DIV/0!' });
    else expect(v).toEqual(expected);
  });
});

test('a defined name stands for its cell or range: =Koordinator, =VLOOKUP("SSP";Hold;2;FALSE)', () => {
  const bytes = workbookZip({
    sheets: [
      {
        name: 'Ark1',
        xml: worksheet(
          '<row r="1"><c r="A1"><f>Koordinator</f></c><c r="B1"><f>VLOOKUP("SSP",Hold,2,FALSE)</f></c></row>',
        ),
      },
      {
        name: 'Forside',
        xml: worksheet(
          '<row r="3"><c r="B3" t="inlineStr"><is><t>Sanne Kragh</t></is></c></row>' +
            '<row r="5"><c r="A5" t="inlineStr"><is><t>SSP</t></is></c><c r="B5" t="inlineStr"><is><t>Tina Bang</t></is></c></row>',
        ),
      },
    ],
    workbookExtra:
      '<definedNames><definedName name="Koordinator">Forside!$B$3</definedName><definedName name="Hold">Forside!$A$5:$B$6</definedName></definedNames>',
  });
  const sheet = readWorkbook(bytes).sheets[0];
  expect([valueAt(sheet, 'A1'), valueAt(sheet, 'B1')]).toEqual(['Sanne Kragh', 'Tina Bang']);
});
