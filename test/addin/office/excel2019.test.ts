// Excel 2019 and other volume-licensed installs stop at ExcelApi 1.8, which the manifest asks for.
// The fake Excel below throws, as such an Excel does, when a method of a newer set is called. The
// add-in must read a coordinator's workbook there into the same values, number formats, formulas and
// errors as from the file, insert the structured sheets and write the receipt, without ever calling a
// newer method; what it does without (colours, merged areas, notes, shapes) is what the README says.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../core/xlsx';
import type { Grid, GridSheet } from '../../../core/grid';
import { planWorkbookLayout } from '../../../core/layout';
import type { Receipt } from '../../../core/receipt';
import * as messy from '../../fixtures/messy';
import { readGridFromExcel } from '../../../addin/src/office/read';
import { renderLayoutToExcel } from '../../../addin/src/office/render';
import { writeReceiptToExcel } from '../../../addin/src/office/receipt';
import { FakeExcel, fakeFromGrid } from '../support/fakeExcel';

const EXCEL_2019 = 8;

/** What Excel 2019 gives as Excel 365 does: values, types, number formats of numbers, formulas, errors, tables, charts. */
function comparable(sheet: GridSheet) {
  return {
    name: sheet.name,
    state: sheet.state,
    cells: sheet.cells
      .filter((c) => c.v !== '')
      .map(({ link: _link, fill: _fill, bold: _bold, ...c }) =>
        c.t === 'n' || c.fmt === undefined ? c : { ...c, fmt: undefined },
      )
      .map((c) => JSON.parse(JSON.stringify(c)) as unknown),
    tables: sheet.tables,
    charts: sheet.drawings.filter((d) => d.kind === 'chart').length,
  };
}

const fixtures = Object.entries(messy) as [string, () => Promise<Uint8Array>][];

describe('Excel 2019 (ExcelApi 1.8): reading the open workbook', () => {
  test.each(fixtures)(
    '%s: the same values, formats, formulas and errors as from the file',
    async (_n, build) => {
      const fromFile: Grid = readWorkbook(await build());
      const excel = fakeFromGrid(fromFile, { excelApi: EXCEL_2019 });
      const fromOffice = await readGridFromExcel(excel.context(), { supports: excel.supports });
      expect(excel.tooNew).toEqual([]);
      expect(fromOffice.sheets.map(comparable)).toEqual(fromFile.sheets.map(comparable));
      // Still three requests: the formulas and types come with the values.
      expect(excel.syncs).toBe(3);
    },
  );

  test('formulas and errors are told from values by the cells themselves, not by area', async () => {
    const excel = new FakeExcel({
      excelApi: EXCEL_2019,
      sheets: [
        {
          name: 'Plan',
          rows: [
            ['Aktivitet', 'Antal', 'Note'],
            ['Møde', 3, '=ikke en formel'],
            ['Kursus', 5, '#N/A'],
          ],
          formulas: ['B3'],
          errors: ['C3'],
        },
      ],
    });
    const grid = await readGridFromExcel(excel.context(), { supports: excel.supports });
    const cells = grid.sheets[0]!.cells;
    const at = (r: number, c: number) => cells.find((x) => x.r === r && x.c === c);
    expect(at(2, 1)).toMatchObject({ v: 5, formula: true });
    expect(at(1, 2)).toMatchObject({ v: '=ikke en formel', t: 's' });
    expect(at(1, 2)?.formula).toBeUndefined();
    expect(at(2, 2)).toMatchObject({ t: 'e' });
    expect(excel.tooNew).toEqual([]);
  });

  test('a fake of Excel 2019 refuses the newer methods (the checks above would catch a call)', async () => {
    const excel = new FakeExcel({ excelApi: EXCEL_2019, sheets: [{ name: 'Plan', rows: [[1]] }] });
    // Told it has every set, the reader asks for notes (1.10), which Excel 2019 does not have.
    await expect(readGridFromExcel(excel.context(), { supports: () => true })).rejects.toThrow(
      /needs ExcelApi 1\.10; this Excel has 1\.8/,
    );
    expect(excel.tooNew).toEqual(['Workbook.comments']);
  });
});

describe('Excel 2019 (ExcelApi 1.8): structuring and the receipt', () => {
  const receipt: Receipt = {
    submissionId: '2026-H2_751_01JD4ZJ3K1',
    municipality: { code: '751', name: 'Aarhus' },
    period: '2026-H2',
    receivedAt: '2026-11-23T13:05:00.000Z',
    sha256: 'a'.repeat(64),
    templateVersion: '1.0',
    counts: { activities: 2, late: 0, checklistAnswered: 3 },
    warnings: [],
  };

  test('the structured sheets are inserted and the receipt written with no newer method', async () => {
    const excel = new FakeExcel({ excelApi: EXCEL_2019, sheets: [{ name: 'Ark1', rows: [['Aktivitet']] }] });
    const grid = await readGridFromExcel(excel.context(), { supports: excel.supports });
    const outcome = await renderLayoutToExcel(excel.context(), planWorkbookLayout('da', undefined), grid, {
      supports: excel.supports,
    });
    expect(outcome).toBeTruthy();
    expect(excel.sheet('Forside')).toBeTruthy();
    expect(excel.validations.length).toBeGreaterThan(0);
    expect(await writeReceiptToExcel(excel.context(), receipt, 'da')).toBe(true);
    expect(excel.tooNew).toEqual([]);
  });
});

describe('the manifest asks for no more than Excel 2019 has', () => {
  test('ExcelApi 1.8 is the only requirement', () => {
    const manifest = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');
    const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(sets).toEqual([['ExcelApi', '1.8']]);
  });
});
