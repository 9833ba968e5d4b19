// Linked data types through the Office layer: Excel gives a Geography or People cell's value as
// "#VALUE!" and its name only in valuesAsJson (ExcelApi 1.16). The pane reads the name, as core/xlsx
// reads it from the file's rich values (test/core/xlsx/richValues.test.ts), in one more request
// made only where a cell shows #VALUE!; a real error stays an error, and an Excel without 1.16 keeps
// the error.

import { readGridFromExcel } from '../../../addin/src/office/read';
import { FakeExcel } from '../support/fakeExcel';

function cover(excelApi?: number): FakeExcel {
  return new FakeExcel({
    ...(excelApi !== undefined ? { excelApi } : {}),
    sheets: [
      {
        name: 'Forside',
        rows: [
          ['Kommune', null],
          ['Koordinator', null],
          ['Leder', '#VALUE!'],
        ],
        entities: { B1: 'Aabenraa', B2: 'Birgitte Hansen' },
        errors: ['B3'],
      },
    ],
  });
}

test('a linked data type is the text it shows; a real #VALUE! stays an error', async () => {
  const excel = cover();
  const grid = await readGridFromExcel(excel.context(), { supports: () => true });
  const cells = grid.sheets[0]?.cells ?? [];
  expect(cells.find((c) => c.r === 0 && c.c === 1)).toMatchObject({ v: 'Aabenraa', t: 's' });
  expect(cells.find((c) => c.r === 1 && c.c === 1)).toMatchObject({ v: 'Birgitte Hansen', t: 's' });
  expect(cells.find((c) => c.r === 2 && c.c === 1)).toMatchObject({ v: '#VALUE!', t: 'e' });
});

test('an Excel without ExcelApi 1.16 keeps the error, and asks nothing more', async () => {
  const excel = cover(15);
  const grid = await readGridFromExcel(excel.context(), {
    supports: (_set, version) => Number(version.split('.')[1]) <= 15,
  });
  expect(grid.sheets[0]?.cells.find((c) => c.r === 1 && c.c === 1)).toMatchObject({ v: '#VALUE!', t: 'e' });
  expect(excel.tooNew).toEqual([]);
});

test('a workbook without #VALUE! takes no extra request', async () => {
  const plain = new FakeExcel({ sheets: [{ name: 'Forside', rows: [['Kommune', 'Aabenraa']] }] });
  const entity = cover();
  await readGridFromExcel(plain.context(), { supports: () => true });
  await readGridFromExcel(entity.context(), { supports: () => true });
  expect(entity.syncs).toBe(plain.syncs + 1);
});
