// Hidden columns through the Office layer: two values with only hidden columns between them stand
// side by side on screen, so the pane's CPR door reads "070187-" | (hidden) | "1607" as one number,
// as the service does from the file (CPR round 16). Read with the values' first request (ExcelApi
// 1.9), one answer per column of the used range; an Excel without 1.9 reads none.

import { readGridFromExcel } from '../../../addin/src/office/read';
import { inspectGrid } from '../../../core/inspect';
import { FakeExcel } from '../support/fakeExcel';

function plan(excelApi?: number): FakeExcel {
  return new FakeExcel({
    ...(excelApi !== undefined ? { excelApi } : {}),
    sheets: [
      {
        name: 'Deltagere',
        rows: [
          ['Navn', 'Note', null, null],
          ['Gitte', '070187-', null, '1607'],
        ],
        hiddenColumns: [{ min: 2, max: 2 }],
      },
    ],
  });
}

test('the pane reads the hidden columns and finds the number parted by one', async () => {
  const excel = plan();
  const grid = await readGridFromExcel(excel.context(), { supports: () => true });
  expect(grid.sheets[0]?.hiddenColumns).toEqual([{ min: 2, max: 2 }]);
  expect(excel.syncs).toBe(3);
  const found = inspectGrid(grid, { today: '2026-12-05' }).issues.filter((i) => i.code === 'cpr_number');
  expect(found.map((i) => i.cell)).toEqual(['B2:D2']);
});

test('an Excel without ExcelApi 1.9 reads no hidden columns and asks nothing it lacks', async () => {
  const excel = plan(8);
  const grid = await readGridFromExcel(excel.context(), {
    supports: (_set, version) => Number(version.split('.')[1]) <= 8,
  });
  expect(grid.sheets[0]?.hiddenColumns).toBeUndefined();
  expect(excel.tooNew).toEqual([]);
});
