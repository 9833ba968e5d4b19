// The hostile-structure catalogue (test/fixtures/hostileStructure.ts): XML, packages, cells and
// parts as a careful attacker or a broken program writes them. Each file is read within a deadline
// and either refused with its code, in Danish and English naming the part (and the sheet and cell
// where there is one), or read as the tests below say. The rules this round added each have a test
// here that fails without them.

import { inspectBytes } from '../../../core/inspect';
import { HOSTILE_FILES } from '../../fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../fixtures/hostileContent';
import { describeCatalogue, outcome, read, values } from '../../fixtures/hostileOutcome';
import * as S from '../../fixtures/hostileStructure';

describeCatalogue(S.HOSTILE_STRUCTURE_FILES, [HOSTILE_FILES, HOSTILE_ARCHIVES, HOSTILE_CONTENT_FILES]);

describe('broken but readable files are read as their writer meant', () => {
  test('XML 100,000 deep, a tag of 50,000 attributes, processing instructions: the cells as written', () => {
    expect(values(read(S.nestedHundredThousandDeep))).toEqual([[0, 0, 'Implementeringsplan']]);
    expect(values(read(S.fiftyThousandAttributes))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 7],
    ]);
    expect(values(read(S.processingInstructionsInSheetData))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 7],
    ]);
  });

  test('CDATA sections are text, a "]]>" split over two of them too', () => {
    expect(values(read(S.cdataInText))).toEqual([
      [0, 0, 'Møde & <opstart>'],
      [0, 1, 'Del 1 og ]]> del 2'],
    ]);
  });

  test('relationships to the sheet itself or to the workbook are not followed as drawings', () => {
    for (const make of [S.relationshipToItself, S.relationshipToWorkbook]) {
      const grid = read(make);
      expect(values(grid)).toEqual([[0, 0, 'Implementeringsplan']]);
      expect(grid.sheets[0]!.shapes ?? []).toEqual([]);
    }
  });

  test('a workbook without sheets is read as one without sheets (the plan is then missing)', () => {
    expect(read(S.noSheets).sheets).toEqual([]);
    expect(read(S.sheetsElementMissing).sheets).toEqual([]);
  });

  test('rows out of order are sorted; style indexes past the list read as General', () => {
    expect(values(read(S.rowsOutOfOrder))).toEqual([
      [1, 0, 'Anden'],
      [4, 0, 'Femte'],
    ]);
    const styled = read(S.styleIndexPastTheList).sheets[0]!.cells;
    expect(styled.map((c) => [c.v, c.fmt])).toEqual([
      ['Implementeringsplan', undefined],
      [46000, undefined],
      [46001, undefined],
      [46002, undefined],
    ]);
  });

  test('a merged range written backwards is the same range forwards', () => {
    const merges = read(S.mergeReversed).sheets[0]!.merges;
    expect(merges).toEqual([
      { s: { r: 0, c: 0 }, e: { r: 1, c: 1 } },
      { s: { r: 4, c: 2 }, e: { r: 9, c: 3 } },
    ]);
  });

  test("an error value that is none of Excel's is read as the error text it is, as Excel's own are", () => {
    // Gnumeric writes its own (test/fixtures/writers/cpr8/gnumeric/control.formulaLetUnused.xlsx).
    expect(read(S.unknownErrorValue).sheets[0]!.cells.map((c) => [c.v, c.t])).toEqual([
      ['Implementeringsplan', 's'],
      ['#HACKED!', 'e'],
    ]);
    const known = S.errorValues(['#N/A', '#DIV/0!', '#SPILL!', '#NAME?']);
    expect(read(() => known).sheets[0]!.cells.map((c) => [c.v, c.t])).toEqual([
      ['#N/A', 'e'],
      ['#DIV/0!', 'e'],
      ['#SPILL!', 'e'],
      ['#NAME?', 'e'],
    ]);
  });

  test('a defined name or formulas in a loop, saved without values, end with no value (no hang)', () => {
    for (const make of [S.definedNameLoop, S.formulaCycleWithoutValues]) {
      const cells = read(make).sheets[0]!.cells;
      expect(cells.filter((c) => c.formula).map((c) => c.v)).toEqual(['', '']);
    }
  });
});

describe('the rules this round added', () => {
  test('two sheets read from one part are refused naming both and the part (they were read twice)', () => {
    for (const make of [S.sheetsShareOnePart, S.sheetListedTwice]) {
      const { error } = outcome(make());
      expect(error?.code).toBe('zip_invalid');
      expect(error?.userMessage.da).toMatch(
        /arkene "Plan" og "(Plan 2|Kopi)" er begge delen xl\/worksheets\/sheet1\.xml/,
      );
    }
  });

  test('a cell given twice is read last-wins with a check at the cell (its first value was lost without a word)', () => {
    const result = inspectBytes(S.cellWrittenTwice(), { today: '2026-12-07' });
    expect(values(result.grid)).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Ikke startet'],
    ]);
    expect(result.grid.sheets[0]!.cellsGivenTwice).toEqual([{ r: 1, c: 1 }]);
    // A read check, as the other checks of what the file holds (markup remnants, dates as text).
    const checks = result.structure.checks.filter((c) => c.field === 'cellGivenTwice');
    expect(checks.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Plan!B2']);
    expect(checks[0]!.reason.da).toMatch(/Cellen står to gange i filen/);
    expect(checks[0]!.reason.en).toMatch(/The cell is written twice in the file/);
    // Written 100,000 times: listed once.
    expect(read(S.rowRepeatedHundredThousandTimes).sheets[0]!.cellsGivenTwice).toEqual([{ r: 1, c: 0 }]);
  });

  test('merged ranges that overlap are refused naming both and the cell (the structured workbook crashed on them)', () => {
    const { error } = outcome(S.mergesOverlap());
    expect(error?.code).toBe('xml_invalid');
    expect(error?.userMessage.da).toMatch(/de flettede områder A1:B2 og A100:C1 overlapper i cellen Plan!A1/);
    expect(error?.userMessage.en).toMatch(/the merged ranges A1:B2 and A100:C1 overlap at cell Plan!A1/);
  });

  test('a value that cannot be read names its cell, besides the part', () => {
    const { error } = outcome(S.numberNaN());
    expect(error?.userMessage.da).toMatch(/ugyldigt tal "NaN" i cellen Plan!B2/);
    expect(error?.userMessage.en).toMatch(
      /xl\/worksheets\/sheet1\.xml.*invalid number "NaN" in cell Plan!B2/,
    );
  });

  test("a table past the sheet's last row is refused naming the table, the sheet and the part", () => {
    const { error } = outcome(S.tablePastTheSheet());
    expect(error?.code).toBe('reference_out_of_range');
    expect(error?.userMessage.en).toMatch(
      /Table "Tabel1" in sheet "Plan" \(xl\/tables\/table1\.xml\) refers to A1048570:B1048580/,
    );
  });

  test('the token limit names the part it was reached in', () => {
    const { error } = outcome(S.themeOfMillionColours());
    expect(error?.userMessage.da).toMatch(/grænsen blev nået i xl\/theme\/theme1\.xml/);
    expect(error?.userMessage.en).toMatch(/the limit was reached in xl\/theme\/theme1\.xml/);
  });
});
