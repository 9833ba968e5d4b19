// The hostile-twins catalogue (test/fixtures/hostileTwins.ts): files in which two things claim one
// role (two values in a cell, two main parts, two content types for a part, two shared-string
// tables or style sheets, one relationship id for two parts, two <sheetData>, ...), so that readers
// may pick different ones. Each is read within a deadline and either refused with its code, in
// Danish and English naming the part (and the sheet and cell where there is one), or read as the
// tests below say. The rules this round added each have a test here that fails without them.

import { inspectBytes } from '../../../core/inspect';
import { HOSTILE_FILES } from '../../fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../fixtures/hostileContent';
import { HOSTILE_MEANING_FILES, valueAndInlineString } from '../../fixtures/hostileMeaning';
import { describeCatalogue, outcome, read, values } from '../../fixtures/hostileOutcome';
import { HOSTILE_STRUCTURE_FILES } from '../../fixtures/hostileStructure';
import * as T from '../../fixtures/hostileTwins';

const CPR_WRITTEN = '0101511001';

describeCatalogue(T.HOSTILE_TWIN_FILES, [
  HOSTILE_FILES,
  HOSTILE_ARCHIVES,
  HOSTILE_CONTENT_FILES,
  HOSTILE_STRUCTURE_FILES,
  HOSTILE_MEANING_FILES,
]);

describe('a cell with both <v> and <is> (left open by the fifth round)', () => {
  test('it is read as Excel reads it, with a check at the cell; a CPR number in the unread <v> is still found', () => {
    const result = inspectBytes(T.inlineStringBesideCprValue(), { today: '2026-12-07' });
    expect(values(result.grid)).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Temadag'],
    ]);
    expect(result.grid.sheets[0]!.cellsWithUnreadValue).toEqual([{ r: 1, c: 1 }]);
    const checks = result.structure.checks.filter((c) => c.field === 'valueNotRead');
    expect(checks.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Plan!B2']);
    expect(checks[0]!.reason.da).toMatch(/både en værdi og en tekst.*den anden vises ingen steder/);
    expect(checks[0]!.reason.en).toMatch(/both a value and a text.*the other is shown nowhere/);
    expect(result.issues.some((i) => i.code === 'cpr_number')).toBe(true);
    expect(JSON.stringify(result)).not.toContain(CPR_WRITTEN);
  });

  test("a number's unread <is> is checked too; a cell whose two agree, or one empty, is not", () => {
    const number = read(T.numberBesideInlineText);
    expect(values(number)).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 8],
    ]);
    expect(number.sheets[0]!.cellsWithUnreadValue).toEqual([{ r: 1, c: 1 }]);
    // The fifth round's file (B2 inlineStr with <v>7</v>, C2 a number 8 with an <is>) has two.
    expect(read(valueAndInlineString).sheets[0]!.cellsWithUnreadValue).toEqual([
      { r: 1, c: 1 },
      { r: 1, c: 2 },
    ]);
    for (const make of [T.prefixedSheetForeignDefault, T.rowGivenTwice])
      expect(read(make).sheets[0]!.cellsWithUnreadValue).toBeUndefined();
  });
});

describe("a sheet's default namespace foreign beside SpreadsheetML under a prefix (left open)", () => {
  test('every element under the prefix: read as Excel reads namespaces', () => {
    expect(values(read(T.prefixedSheetForeignDefault))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Temadag'],
    ]);
  });

  test('an element without the prefix is in the foreign namespace: refused naming the part, the element and the namespace', () => {
    const { error } = outcome(T.unprefixedRowsInForeignDefault());
    expect(error?.code).toBe('xml_invalid');
    expect(error?.userMessage.da).toMatch(
      /\(xl\/worksheets\/sheet1\.xml\).*elementet <row> står uden præfiks i delens standardnavnerum "urn:evil"/,
    );
    expect(error?.userMessage.en).toMatch(
      /the element <row> stands without a prefix in the part's default namespace "urn:evil", not SpreadsheetML's/,
    );
  });
});

describe('two things in one role are refused naming the part', () => {
  test('two main parts (officeDocument twice, transitional and strict); one part named twice is read', () => {
    expect(outcome(T.officeDocumentTwice()).error?.userMessage.en).toMatch(
      /\(_rels\/\.rels\).*the package has two main parts, xl\/workbook\.xml and xl2\/workbook\.xml/,
    );
    expect(outcome(T.strictAndTransitionalMain()).error?.userMessage.da).toMatch(
      /pakken har to hoveddele, xl\/workbook\.xml og xl\/strict\.xml/,
    );
    expect(values(read(T.officeDocumentTwiceToOnePart))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Temadag'],
    ]);
  });

  test('two content types for one part are refused; the same type twice is read', () => {
    const { error } = outcome(T.overrideTwiceForOnePart());
    expect(error?.userMessage.en).toMatch(
      /\(\[Content_Types\]\.xml\).*the part xl\/worksheets\/sheet1\.xml has two content types/,
    );
    expect(error?.userMessage.da).toMatch(/delen xl\/worksheets\/sheet1\.xml har to indholdstyper/);
    expect(values(read(T.overrideTwiceSameType))).toEqual([[0, 0, 'Implementeringsplan']]);
  });

  test('two shared-string tables and two style sheets are refused naming both', () => {
    expect(outcome(T.sharedStringsTwice()).error?.userMessage.en).toMatch(
      /\(xl\/_rels\/workbook\.xml\.rels\).*two shared-string tables, xl\/sharedStrings\.xml and xl\/sharedStrings2\.xml/,
    );
    expect(outcome(T.stylesTwice()).error?.userMessage.da).toMatch(
      /projektmappen har to typografiark, xl\/styles\.xml og xl\/styles2\.xml/,
    );
  });

  test('one relationship id for two parts is refused naming the id and both', () => {
    const { error } = outcome(T.relationshipIdTwice());
    expect(error?.userMessage.en).toMatch(
      /\(xl\/_rels\/workbook\.xml\.rels\).*the id "rId1" is given twice, for the parts xl\/worksheets\/sheet1\.xml and xl\/worksheets\/sheet2\.xml/,
    );
    expect(error?.userMessage.da).toMatch(/id'et "rId1" står to gange/);
  });

  test('two <sheetData> in one sheet are refused naming the part', () => {
    const { error } = outcome(T.sheetDataTwice());
    expect(error?.userMessage.da).toMatch(/\(xl\/worksheets\/sheet1\.xml\).*arket har to <sheetData>/);
    expect(error?.userMessage.en).toMatch(/the sheet has two <sheetData>/);
  });
});

describe('twins read as Excel reads them', () => {
  test('part names are case-insensitive and dots resolve: the target in another case or through ./ and ../ is the part', () => {
    for (const make of [T.targetInAnotherCase, T.targetThroughDots])
      expect(values(read(make))).toEqual([
        [0, 0, 'Implementeringsplan'],
        [1, 1, 'Temadag'],
      ]);
  });

  test('two <mergeCells> and two <dimension>: every merge kept, the dimension a hint only', () => {
    expect(read(T.mergeCellsTwice).sheets[0]!.merges).toEqual([
      { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
      { s: { r: 2, c: 0 }, e: { r: 2, c: 1 } },
    ]);
    expect(values(read(T.dimensionTwice))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Temadag'],
    ]);
  });

  test("a cell stands where its own reference says; a row given twice keeps both rows' cells", () => {
    expect(values(read(T.cellInAnotherRow))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [2, 0, 'Temadag'],
    ]);
    expect(values(read(T.rowGivenTwice))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 0, 'Temadag'],
      [1, 1, 'I gang'],
    ]);
  });

  test('a column two <col> ranges disagree on is hidden (the cautious reading: its cells are checked)', () => {
    expect(read(T.columnRangesOverlap).sheets[0]!.hiddenColumns).toEqual([{ min: 1, max: 3 }]);
  });

  test('two defined names of one name, two tables of one name, two core parts: the cells as written', () => {
    expect(values(read(T.definedNameTwice))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Temadag'],
    ]);
    expect(read(T.tableNameTwice).sheets.map((s) => s.tables?.map((t) => t.name))).toEqual([
      ['Tabel1'],
      ['Tabel1'],
    ]);
    expect(values(read(T.corePropertiesTwice))).toEqual([
      [0, 0, 'Implementeringsplan'],
      [1, 1, 'Temadag'],
    ]);
  });
});
