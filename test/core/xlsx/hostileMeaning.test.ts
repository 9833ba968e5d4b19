// The hostile-meaning catalogue (test/fixtures/hostileMeaning.ts): files whose XML parses and whose
// package is sound but whose meaning contradicts itself. Each is read within a deadline and either
// refused with its code, in Danish and English naming the part (and the sheet and cell where there
// is one), or read as the tests below say. The rules this round added each have a test here that
// fails without them.

import { inspectBytes } from '../../../core/inspect';
import { HOSTILE_FILES } from '../../fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../fixtures/hostileContent';
import * as M from '../../fixtures/hostileMeaning';
import { describeCatalogue, outcome, read, values } from '../../fixtures/hostileOutcome';
import { HOSTILE_STRUCTURE_FILES } from '../../fixtures/hostileStructure';

describeCatalogue(M.HOSTILE_MEANING_FILES, [
  HOSTILE_FILES,
  HOSTILE_ARCHIVES,
  HOSTILE_CONTENT_FILES,
  HOSTILE_STRUCTURE_FILES,
]);

describe('the rules this round added', () => {
  test('a sheet whose root declares another namespace is refused naming the part and the namespace', () => {
    const { error } = outcome(M.sheetRootInForeignNamespace());
    expect(error?.code).toBe('xml_invalid');
    expect(error?.userMessage.da).toMatch(
      /\(xl\/worksheets\/sheet1\.xml\).*arket er i navnerummet "urn:evil", ikke SpreadsheetML's/,
    );
    expect(error?.userMessage.en).toMatch(/the sheet is in the namespace "urn:evil", not SpreadsheetML's/);
    // SpreadsheetML under a prefix is a sheet; a root that declares no namespace is read too.
    expect(values(read(M.sheetCellsOutsideTheNamespace))).toEqual([[0, 0, 'Implementeringsplan']]);
  });

  test('a part in UTF-16 without its byte-order mark is refused naming the encoding, either byte order', () => {
    const le = outcome(M.sharedStringsUtf16LeWithoutBom()).error;
    expect(le?.userMessage.da).toMatch(
      /\(xl\/sharedStrings\.xml\).*tegnkodningen UTF-16 \(little-endian\) uden byte-rækkefølgemærke/,
    );
    expect(le?.userMessage.en).toMatch(/UTF-16 encoding \(little-endian\) without a byte-order mark/);
    const be = outcome(M.sheetUtf16BeWithoutBom()).error;
    expect(be?.userMessage.en).toMatch(
      /\(xl\/worksheets\/sheet1\.xml\).*UTF-16 encoding \(big-endian\) without a byte-order mark/,
    );
  });

  test('two tables over one cell are refused naming both, the sheet and the first shared cell', () => {
    const { error } = outcome(M.tablesShareOneCell());
    expect(error?.code).toBe('xml_invalid');
    expect(error?.userMessage.da).toMatch(
      /tabellerne "Tabel1" og "Tabel2" i arket "Plan" overlapper i cellen Plan!B3/,
    );
    expect(error?.userMessage.en).toMatch(
      /\(xl\/tables\/table2\.xml\).*the tables "Tabel1" and "Tabel2" in sheet "Plan" overlap at cell Plan!B3/,
    );
    expect(outcome(M.tableInsideAnother()).error?.userMessage.en).toMatch(/overlap at cell Plan!B2/);
  });
});

describe('values under a merged range', () => {
  test('values under a merged range (not its top-left) are read with a check at each cell (they were read without a word)', () => {
    const result = inspectBytes(M.mergeCoversValues(), { today: '2026-12-07' });
    expect(result.grid.sheets[0]!.cellsUnderMerges).toEqual([
      { r: 1, c: 1 },
      { r: 1, c: 2 },
    ]);
    const checks = result.structure.checks.filter((c) => c.field === 'cellUnderMerge');
    expect(checks.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Plan!B2', 'Plan!C2']);
    expect(checks[0]!.reason.da).toMatch(/Cellen ligger under en fletning.*Excel viser den ikke/);
    expect(checks[0]!.reason.en).toMatch(/lies under a merged range.*Excel does not show it/);
  });

  test('a merged title over empty cells, or cells beside a range, give none', () => {
    expect(read(M.mergeReadAlone).sheets[0]!.cellsUnderMerges).toBeUndefined();
  });
});

describe('contradictory files read as Excel shows them', () => {
  test("a table's header cells are read, not its column names (Excel's repair keeps the cells)", () => {
    for (const make of [M.tableHeaderDiffersFromColumnNames, M.tableColumnCountDisagrees]) {
      const sheet = read(make).sheets[0]!;
      expect(sheet.cells.slice(0, 2).map((c) => c.v)).toEqual(['Aktivitet', 'Status']);
      expect(sheet.tables).toEqual([{ name: 'Tabel1', ref: { s: { r: 0, c: 0 }, e: { r: 3, c: 1 } } }]);
    }
  });

  test('formulas are read at their cached values (what Excel shows until it calculates)', () => {
    expect(read(M.cachedValueContradictsFormula).sheets[0]!.cells[1]).toMatchObject({ v: 3, formula: true });
    expect(values(read(M.sharedFormulaWithoutMaster))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 5],
      [2, 1, 6],
    ]);
    expect(values(read(M.sharedFormulaMasterLast)).map((v) => v[2])).toEqual([
      'Implementeringsplan',
      1,
      2,
      2,
      3,
    ]);
    expect(values(read(M.arrayFormulaPastTheSheet))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 2],
    ]);
  });

  test('views, print areas and validations that point nowhere leave the cells as they are', () => {
    const hidden = read(M.activeTabVeryHidden);
    expect(hidden.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Plan', 'visible'],
      ['Skjult', 'veryHidden'],
    ]);
    for (const make of [M.firstSheetPastTheCount, M.printAreaOnMissingSheet])
      expect(values(read(make))).toEqual([[0, 0, 'Ark Plan']]);
    expect(values(read(M.validationListOnMissingSheet))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'I gang'],
    ]);
  });

  test('t="d" dates are the same day in the 1904 system; signed and exponent numbers are the numbers', () => {
    // 15 March 2026 is serial 46096 in the 1900 system and 46096 − 1462 in the 1904 system.
    const cells = read(M.date1904WithTypedDates).sheets[0]!.cells;
    expect(cells.slice(1).map((c) => c.v)).toEqual([46096 - 1462, 46096 - 1462, 44808]);
    expect(values(read(M.datesAsSignedOrExponent)).slice(1)).toEqual([
      [1, 1, 46000],
      [1, 2, 46000],
    ]);
  });

  test('cells are read where they stand whatever the spans, formats and merges say', () => {
    expect(values(read(M.rowSpansLie)).slice(1)).toEqual([
      [1, 2, 'Temadag'],
      [1, 3, 'I gang'],
      [1, 4, 46000],
    ]);
    expect(read(M.onlyStyleHidesEverything).sheets[0]!.cells.map((c) => [c.v, c.fmt])).toEqual([
      ['Implementeringsplan', ';;;'],
      [46000, ';;;'],
    ]);
    expect(values(read(M.mergeCoversValues)).slice(1)).toEqual([
      [1, 0, 'Synlig'],
      [1, 1, 'Skjult 1'],
      [1, 2, 42],
    ]);
    // The type decides: an inline string's <is>, a number's <v>.
    expect(values(read(M.valueAndInlineString)).slice(1)).toEqual([
      [1, 1, 'Tekst'],
      [1, 2, 8],
    ]);
  });

  test('sheet names Excel allows, entries that lead to a chart or a part of the wrong type', () => {
    expect(read(M.sheetNamesDifferByTrailingSpace).sheets.map((s) => s.name)).toEqual(['Plan', 'Plan ']);
    const chart = read(M.sheetEntryIsChartsheet);
    expect(chart.sheets.map((s) => [s.name, s.cells.length])).toEqual([['Plan', 0]]);
    expect(values(read(M.sheetRelationshipOfWrongType))).toEqual([[0, 0, 'Implementeringsplan']]);
  });
});
