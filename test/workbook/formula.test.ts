// Which formulas of an original sheet's conditional formats and validations stay live in its copy.
import { isSafeFormula } from '../../workbook/formula';

describe('a formula that reads only its own sheet through plain functions', () => {
  it.each([
    'AND(ISNUMBER($B4),$B4<TODAY(),$F4<>"Gennemført")',
    '"Ikke startet,I gang,Gennemført"',
    '$H$1:$H$5',
    '=COUNTIF($A:$A,A1)>1',
    'SUM(1:3)>0',
    '46300',
    '-0.5%',
    'IF(A1="",FALSE,TRUE)',
    '_xlfn.IFS(A1>1,"a",TRUE,"b")',
    'LEN(TRIM(C4))>0',
    'A1=#N/A',
    '"Ark2!A1"=A1',
  ])('keeps %s', (formula) => {
    expect(isSafeFormula(formula)).toBe(true);
  });
});

describe('a formula that reaches outside its sheet or does more than read', () => {
  it.each([
    ['another sheet', 'Lister!$A$1:$A$8'],
    ['a quoted sheet', "'Plan 2026'!B4>0"],
    ['another workbook', '[1]Ark1!A1'],
    ['a defined name', 'H4>Budgetgrænse'],
    ['a table reference', 'Korps[@Sager]>3'],
    ['INDIRECT', 'INDIRECT("Lister!A1")="x"'],
    ['HYPERLINK', 'HYPERLINK("https://example.org","x")'],
    ['WEBSERVICE', '_xlfn.WEBSERVICE("https://example.org")'],
    ['an unknown function', 'MYMACRO(A1)'],
    ['an unclosed string', '"abc'],
    ['DDE', "cmd|'/c calc'!A0"],
  ])('drops %s', (_what, formula) => {
    expect(isSafeFormula(formula)).toBe(false);
  });
});
