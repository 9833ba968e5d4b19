// What counts as reaching outside the workbook, in formulas and in links: the rules behind the
// external_link, dde and unsafe_link refusals, with the look-alikes that must pass.

import { RefusalError } from '../../../core/codes';
import { checkFormula, classifyLink } from '../../../core/xlsx/active';

function verdict(formula: string): string {
  try {
    checkFormula(formula, 'Ark1!A1');
    return 'ok';
  } catch (err) {
    if (err instanceof RefusalError) return err.code;
    throw err;
  }
}

describe('formulas', () => {
  test.each([
    ['SUM(Tabel1[Timer])', 'a structured reference'],
    ['[@[Dato: start]]*2', 'a this-row reference with a colon in the column name'],
    ['Tabel1[[#This Row],[Timer]]', 'a qualified this-row reference'],
    ['Tabel1[1]', 'a table column named 1'],
    ["'Ark 1'!A1+Ark2!B2", 'quoted and plain sheet names'],
    ['[0]!Navn', 'a name in this workbook ([0])'],
    ['HYPERLINK("https://example.dk","Korpset")', 'a web link'],
    ['"a|b"&A1', 'a pipe inside a string'],
    ['IF(A1="[1]x",1,2)', 'brackets inside a string'],
    ['VLOOKUP(A2,Opslag!$A:$B,2,FALSE)', 'a lookup in another sheet'],
  ])('%s passes (%s)', (formula) => {
    expect(verdict(formula)).toBe('ok');
  });

  test.each([
    ['[1]Ark1!A1', 'external_link'],
    ["'[1]Ark 1'!A1", 'external_link'],
    ["'C:\\Users\\x\\[Budget.xlsx]Ark1'!A1", 'external_link'],
    ["'https://example.dk/[Budget.xlsx]Ark1'!A1", 'external_link'],
    ['[Budget.xlsx]Ark1!A1', 'external_link'],
    ['SUM([2]!Tal)', 'external_link'],
    ["cmd|'/c calc'!A0", 'dde'],
    ["=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\cmd.exe /c calc'!''", 'dde'],
    ['DDEAUTO(c:\\windows\\system32\\cmd.exe)', 'dde'],
    ['DDE("cmd";"/c calc";"x")', 'dde'],
    ['HYPERLINK("file:///C:/Windows/System32/calc.exe","Klik")', 'unsafe_link'],
    ['HYPERLINK("\\\\attacker\\share\\x","Klik")', 'unsafe_link'],
  ])('%s is refused as %s', (formula, code) => {
    expect(verdict(formula)).toBe(code);
  });
});

describe('links', () => {
  test.each([
    ['https://example.dk/plan?a=1&b=2', 'ok'],
    ['http://example.dk', 'ok'],
    ['HTTPS://EXAMPLE.DK', 'ok'],
    ['mailto:koordinator@aarhus.dk', 'ok'],
    ['#Roller!A1', 'internal'],
    ['file:///C:/Windows/System32/calc.exe', 'unsafe'],
    ['FILE://server/share', 'unsafe'],
    ['javascript:alert(1)', 'unsafe'],
    ['java\tscript:alert(1)', 'unsafe'],
    [' vbscript:msgbox(1)', 'unsafe'],
    ['data:text/html,<script>alert(1)</script>', 'unsafe'],
    ['\\\\attacker\\share\\x.xlsx', 'unsafe'],
    ['//attacker/share', 'unsafe'],
    ['C:\\Users\\x\\plan.docx', 'unsafe'],
    ['../Dokumenter/plan.docx', 'unsafe'],
    ['ms-word:ofe|u|https://example.dk/x.docx', 'unsafe'],
    ['smb://attacker/share', 'unsafe'],
  ])('%s is %s', (target, kind) => {
    expect(classifyLink(target).kind).toBe(kind);
  });

  test('a kept link keeps its target as written', () => {
    expect(classifyLink(' https://example.dk/a b ')).toEqual({
      kind: 'ok',
      target: 'https://example.dk/a b',
    });
  });
});
