// Empty spacer columns through the Office layer: two values with only empty columns between them
// (nothing in them in the row or above) stand side by side on screen, so the pane's CPR door reads
// "080387-" | (empty) | "1708" as one number, as the service does from the file (CPR round 17). A
// column with a header of its own between a date and a postcode parts them, in the pane as in the
// service.

import { readGridFromExcel } from '../../../addin/src/office/read';
import { inspectGrid } from '../../../core/inspect';
import { FakeExcel } from '../support/fakeExcel';

async function cprCells(rows: (string | number | null)[][]): Promise<string[]> {
  const excel = new FakeExcel({ sheets: [{ name: 'Deltagere', rows }] });
  const grid = await readGridFromExcel(excel.context(), { supports: () => true });
  return inspectGrid(grid, { today: '2026-12-05' })
    .issues.filter((i) => i.code === 'cpr_number')
    .map((i) => i.cell ?? '');
}

test('the pane finds the number parted by an empty column, as the service does', async () => {
  expect(
    await cprCells([
      ['Navn', 'Note', null, null],
      ['Gitte', '080387-', null, '1708'],
    ]),
  ).toEqual(['B2:D2']);
  expect(
    await cprCells([
      ['Navn', 'CPR-nr.', null, null],
      ['Cecilie', '030387', '', '1703'],
    ]),
  ).toEqual(['B2:D2']);
});

test('a column with a header of its own between a date and a postcode parts them in the pane', async () => {
  expect(
    await cprCells([
      ['Navn', 'CPR-nr.', 'Adresse', 'Postnr.'],
      ['Bo', '090387', null, '8000'],
    ]),
  ).toEqual([]);
});
