// The Office layer reads the open workbook into the same grid core/xlsx makes from the file, in a
// bounded number of requests.

import {
  readGridFromExcel,
  planValueRequests,
  PAYLOAD_BUDGET_BYTES,
  FORMAT_BYTES_PER_CELL,
  FORMULA_BYTES_PER_CELL,
  VALUE_TYPE_BYTES_PER_CELL,
} from '../../../addin/src/office/read';
import { FakeExcel } from '../support/fakeExcel';

const all = () => true;
/**
 * A host without ExcelApi 1.9: no fill colours or bold; every cell's number format, formula and value
 * type come with its value (estimated bytes per cell: the value's plus these).
 */
const valuesOnly = (set: string, version: string) => !(set === 'ExcelApi' && version === '1.9');
const withoutSpecialCells = FORMAT_BYTES_PER_CELL + FORMULA_BYTES_PER_CELL + VALUE_TYPE_BYTES_PER_CELL;
/** Value requests for `rows` rows of `cols` cells at `perCell` bytes under `budget`. */
const requestsFor = (rows: number, cols: number, perCell: number, budget: number) =>
  Math.ceil(rows / Math.floor(budget / (cols * perCell)));

function messyPlan(): FakeExcel {
  return new FakeExcel({
    title: 'Handleplan',
    sheets: [
      {
        name: 'Plan 2026',
        rows: [
          ['Implementeringsplan – Aarhus Kommune', null, null],
          [null, null, null],
          ['Tidsplan', 'Aktiviteter', 'Tovholder', 'Status'],
          [46096, 'Kick-off', 'Mette', 'I gang'],
          ['uge 12 2026', 'Uddannelse', 'Lars', 'Færdig'],
          [46100, '#N/A', true, 3.5],
        ],
        formats: { A4: 'dd.mm.yyyy', A6: 'dd-mm-yyyy', D6: '0.0' },
        formulas: ['B6', 'D6'],
        errors: ['B6'],
        merges: ['A1:D1'],
        charts: ['Fremdrift'],
        shapes: [{ name: 'Logo', type: 'Image' }],
        comments: [{ cell: 'C4', text: 'Spørg Mette', author: 'KO' }],
      },
      { name: 'Noter', visibility: 'Hidden', rows: [[null, 'skjult']] },
      { name: 'Tom', rows: [] },
    ],
  });
}

describe('reading the open workbook into the grid', () => {
  test('values, number formats of numbers, formulas, errors, merges, drawings and comments arrive as the grid', async () => {
    const excel = messyPlan();
    const grid = await readGridFromExcel(excel.context(), { supports: all });

    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Plan 2026', 'visible'],
      ['Noter', 'hidden'],
      ['Tom', 'visible'],
    ]);
    const plan = grid.sheets[0]!;
    const cell = (r: number, c: number) => plan.cells.find((x) => x.r === r && x.c === c);
    expect(cell(0, 0)).toEqual({ r: 0, c: 0, v: 'Implementeringsplan – Aarhus Kommune', t: 's' });
    expect(cell(3, 0)).toEqual({ r: 3, c: 0, v: 46096, t: 'n', fmt: 'dd.mm.yyyy' });
    expect(cell(4, 0)).toEqual({ r: 4, c: 0, v: 'uge 12 2026', t: 's' });
    expect(cell(5, 1)).toEqual({ r: 5, c: 1, v: '#N/A', t: 'e', formula: true });
    expect(cell(5, 2)).toEqual({ r: 5, c: 2, v: true, t: 'b' });
    expect(cell(5, 3)).toEqual({ r: 5, c: 3, v: 3.5, t: 'n', fmt: '0.0', formula: true });
    // Only non-empty cells, in row then column order.
    expect(plan.cells.map((x) => `${x.r}:${x.c}`)).toEqual(
      [...plan.cells].sort((a, b) => a.r - b.r || a.c - b.c).map((x) => `${x.r}:${x.c}`),
    );
    expect(plan.cells).toHaveLength(1 + 4 + 4 + 4 + 4);
    expect(plan.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }]);
    expect(plan.drawings).toEqual([
      { kind: 'chart', name: 'Fremdrift' },
      { kind: 'image', name: 'Logo' },
    ]);
    expect(plan.comments).toEqual([{ r: 3, c: 2, text: 'Spørg Mette', author: 'KO' }]);
    expect(grid.sheets[1]!.cells).toEqual([{ r: 0, c: 1, v: 'skjult', t: 's' }]);
    expect(grid.sheets[2]!.cells).toEqual([]);
    expect(grid.date1904).toBe(false);
    expect(grid.properties).toContainEqual({ name: 'title', value: 'Handleplan' });
  });

  test('the 1904 date system is detected without writing anything', async () => {
    const excel = new FakeExcel({ date1904: true, sheets: [{ name: 'Ark1', rows: [[1]] }] });
    const grid = await readGridFromExcel(excel.context(), { supports: all });
    expect(grid.date1904).toBe(true);
  });

  test('tables are reported with their ranges', async () => {
    const excel = new FakeExcel({
      sheets: [
        {
          name: 'Ark1',
          rows: [
            ['Aktivitet', 'Ansvarlig'],
            ['Møde', 'KO'],
          ],
          tables: [{ name: 'Tabel1', ref: 'A1:B2' }],
        },
      ],
    });
    const grid = await readGridFromExcel(excel.context(), { supports: all });
    expect(grid.sheets[0]!.tables).toEqual([
      { name: 'Tabel1', ref: { s: { r: 0, c: 0 }, e: { r: 1, c: 1 } } },
    ]);
  });

  test('a workbook of any number of sheets is read in three requests', async () => {
    const sheets = Array.from({ length: 12 }, (_, i) => ({
      name: `Ark${i + 1}`,
      rows: Array.from({ length: 50 }, (_, r) => [`r${r}`, r, r * 2]),
    }));
    const excel = new FakeExcel({ sheets });
    const grid = await readGridFromExcel(excel.context(), { supports: all });
    expect(excel.syncs).toBe(3);
    expect(grid.sheets).toHaveLength(12);
    expect(grid.sheets.every((s) => s.cells.length === 150)).toBe(true);
  });

  test('values over the payload budget are split into requests each under it, and nothing is lost', async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => [`Aktivitet nummer ${r}`, r, 'Ansvarlig person']);
    const excel = new FakeExcel({ sheets: [{ name: 'Plan', rows }] });
    const budget = 40_000;
    const grid = await readGridFromExcel(excel.context(), {
      supports: valuesOnly,
      budgetBytes: budget,
      bytesPerCell: 16,
    });
    // 9,000 cells at 16 bytes of value plus their formats, formulas and types: requests under 40 kB.
    const requests = requestsFor(3000, 3, 16 + withoutSpecialCells, budget);
    expect(requests).toBeGreaterThan(4);
    expect(excel.syncs).toBe(2 + requests);
    expect(grid.sheets[0]!.cells).toHaveLength(9000);
    expect(grid.sheets[0]!.cells[8999]).toEqual({ r: 2999, c: 2, v: 'Ansvarlig person', t: 's' });
  });

  test('a request Excel refuses for its size is retried with half the budget', async () => {
    const rows = Array.from({ length: 100 }, (_, r) => [`x${r}`, r]);
    const excel = new FakeExcel({ sheets: [{ name: 'Plan', rows }] });
    const context = excel.context();
    const originalSync = context.sync.bind(context);
    let calls = 0;
    context.sync = () => {
      calls += 1;
      if (calls === 3) {
        const err = Object.assign(new Error('The response payload size has exceeded the limit.'), {
          code: 'ResponsePayloadSizeLimitExceeded',
        });
        return Promise.reject(err);
      }
      return originalSync();
    };
    const grid = await readGridFromExcel(context, {
      supports: valuesOnly,
      budgetBytes: 3200,
      bytesPerCell: 16,
    });
    expect(grid.sheets[0]!.cells).toHaveLength(200);
    // Two requests of metadata, the refused one, then the same values at half the budget.
    const perCell = 16 + withoutSpecialCells;
    expect(calls).toBe(2 + 1 + requestsFor(100, 2, perCell, 1600));
  });

  test('a host that refuses number formats by area still gives them, with the values', async () => {
    const excel = messyPlan();
    const context = excel.context();
    const originalSync = context.sync.bind(context);
    let calls = 0;
    context.sync = () => {
      calls += 1;
      if (calls === 2)
        return Promise.reject(Object.assign(new Error('Too many areas'), { code: 'GeneralException' }));
      return originalSync();
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const grid = await readGridFromExcel(context, { supports: all });
    warn.mockRestore();
    expect(calls).toBe(4);
    const plan = grid.sheets[0]!;
    expect(plan.cells.find((x) => x.r === 3 && x.c === 0)).toEqual({
      r: 3,
      c: 0,
      v: 46096,
      t: 'n',
      fmt: 'dd.mm.yyyy',
    });
    expect(plan.cells.find((x) => x.r === 5 && x.c === 3)).toEqual({
      r: 5,
      c: 3,
      v: 3.5,
      t: 'n',
      fmt: '0.0',
      formula: true,
    });
    expect(plan.merges).toHaveLength(1);
  });

  test('other failures are not retried', async () => {
    const excel = new FakeExcel({ sheets: [{ name: 'Plan', rows: [[1]] }] });
    const context = excel.context();
    excel.failNextSync(new Error('InvalidArgument'));
    await expect(readGridFromExcel(context, { supports: all })).rejects.toThrow('InvalidArgument');
  });
});

describe('planning the value requests', () => {
  test('a 20,000 × 10 plan fits one request under the 4 MB budget', () => {
    const requests = planValueRequests([{ r: 0, c: 0, rows: 20_000, cols: 10 }], PAYLOAD_BUDGET_BYTES, 16);
    expect(requests).toHaveLength(1);
  });

  test('blocks cover every row exactly once, across sheets', () => {
    const used = [
      { r: 2, c: 1, rows: 1234, cols: 7 },
      { r: 0, c: 0, rows: 0, cols: 0 },
      { r: 0, c: 0, rows: 555, cols: 3 },
    ];
    const requests = planValueRequests(used, 10_000, 16);
    const blocks = requests.flat();
    for (const [sheet, u] of used.entries()) {
      const rows = blocks.filter((b) => b.sheet === sheet).reduce((n, b) => n + b.rows, 0);
      expect(rows).toBe(u.rows);
    }
    for (const request of requests) {
      expect(request.reduce((n, b) => n + b.rows * b.cols, 0)).toBeLessThanOrEqual(10_000 / 16);
    }
  });
});
