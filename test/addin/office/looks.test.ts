// Fill colours and bold fonts through the Office layer: read with the values (no extra request) for a
// plan of ordinary size, per column of each band for a large sheet with only the bands whose cells
// differ read cell by cell, and nothing at all on a host without ExcelApi 1.9.

import { readGridFromExcel, INLINE_LOOK_MAX_CELLS, LOOK_BAND_ROWS } from '../../../addin/src/office/read';
import { FakeExcel } from '../support/fakeExcel';
import type { GridSheet } from '../../../core/grid';

const all = () => true;

function trafficLights(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: 'Plan',
        rows: [
          ['Aktivitet', 'Ansvarlig', 'Status'],
          ['Kick-off', 'Mette', null],
          ['Nyhedsbrev', 'Lars', 'I gang'],
          ['Uddannelse', 'Sofie', null],
        ],
        fills: { A1: 'D9E1F2', B1: 'D9E1F2', C1: 'D9E1F2', C2: '00B050', C3: 'FFC000', C4: 'FF0000' },
        bold: ['A1', 'B1', 'C1'],
      },
    ],
  });
}

function sheet0(sheets: readonly GridSheet[]): GridSheet {
  const s = sheets[0];
  if (!s) throw new Error('no sheet');
  return s;
}

test('a plan’s fills and bold headers come with its values: three requests, as before', async () => {
  const excel = trafficLights();
  const grid = await readGridFromExcel(excel.context(), { supports: all });
  const s = sheet0(grid.sheets);
  expect(s.cells.filter((c) => c.r === 0)).toEqual([
    { r: 0, c: 0, v: 'Aktivitet', t: 's', fill: 'D9E1F2', bold: true },
    { r: 0, c: 1, v: 'Ansvarlig', t: 's', fill: 'D9E1F2', bold: true },
    { r: 0, c: 2, v: 'Status', t: 's', fill: 'D9E1F2', bold: true },
  ]);
  expect(s.cells.find((c) => c.r === 2 && c.c === 2)).toEqual({
    r: 2,
    c: 2,
    v: 'I gang',
    t: 's',
    fill: 'FFC000',
  });
  // The traffic lights without text are kept as coloured cells.
  expect(s.fills).toEqual([
    { r: 1, c: 2, fill: '00B050' },
    { r: 3, c: 2, fill: 'FF0000' },
  ]);
  expect(excel.syncs).toBe(3);
});

test('a host without ExcelApi 1.9 gives the values without looks, in the same three requests', async () => {
  const excel = trafficLights();
  const grid = await readGridFromExcel(excel.context(), {
    supports: (set, version) => !(set === 'ExcelApi' && version === '1.9'),
  });
  const s = sheet0(grid.sheets);
  expect(s.cells.some((c) => c.fill !== undefined || c.bold)).toBe(false);
  expect(s.fills).toBeUndefined();
  expect(excel.syncs).toBe(3);
  expect(excel.cellPropertiesRead + excel.columnPropertiesRead).toBe(0);
});

/** A plan of 2,000 rows × 10 columns (over INLINE_LOOK_MAX_CELLS), optionally with a coloured status column. */
function largePlan(fills: Record<string, string> = {}, bold: string[] = []): FakeExcel {
  const rows = [
    [
      'Start',
      'Deadline',
      'Tema',
      'Aktivitet',
      'Milepæl',
      'Ansvarlig',
      'Status',
      'Forankring',
      'Evaluering',
      'Note',
    ],
  ];
  for (let i = 0; i < 1999; i++) {
    rows.push([
      `${i}`,
      `${i}`,
      'Ledelse',
      `Aktivitet ${i}`,
      'M',
      'KO',
      i % 5 === 0 ? '' : 'I gang',
      'Drift',
      'E',
      'N',
    ]);
  }
  return new FakeExcel({ sheets: [{ name: 'Plan', rows, fills, bold }] });
}

test('a large sheet is read per column of each band: no cell-by-cell reads where every band is plain', async () => {
  const excel = largePlan();
  expect(2000 * 10).toBeGreaterThan(INLINE_LOOK_MAX_CELLS);
  const grid = await readGridFromExcel(excel.context(), { supports: all });
  expect(excel.syncs).toBe(3);
  expect(excel.cellPropertiesRead).toBe(0);
  // (One answer per column of each band, and one per column of the used range for its hidden columns.)
  expect(excel.columnPropertiesRead).toBe(Math.ceil(2000 / LOOK_BAND_ROWS) * 10 + 10);
  expect(sheet0(grid.sheets).cells).toHaveLength(2000 * 10 - 400);
});

test('in a large sheet only the bands whose cells differ are read cell by cell, in one more request', async () => {
  const fills: Record<string, string> = {};
  // A bold, filled header row; a status column with traffic lights in rows 501–700; a block of one
  // colour (rows 1601–1664 of column J, two whole bands) known from the band answers alone.
  for (const col of 'ABCDEFGHIJ') fills[`${col}1`] = 'D9E1F2';
  for (let r = 501; r <= 700; r++) fills[`G${r}`] = r % 3 === 0 ? 'FF0000' : '00B050';
  for (let r = 1601; r <= 1664; r++) fills[`J${r}`] = 'FFFF00';
  const excel = largePlan(
    fills,
    [...'ABCDEFGHIJ'].map((c) => `${c}1`),
  );
  const grid = await readGridFromExcel(excel.context(), { supports: all });
  expect(excel.syncs).toBe(4);
  // Band 1 (rows 1–32) in every column, and the bands of rows 481–704 in column G.
  const statusBands = Math.ceil(704 / LOOK_BAND_ROWS) - Math.floor(480 / LOOK_BAND_ROWS);
  expect(excel.cellPropertiesRead).toBe(10 * LOOK_BAND_ROWS + statusBands * LOOK_BAND_ROWS);
  const s = sheet0(grid.sheets);
  const at = (r: number, c: number) => s.cells.find((x) => x.r === r && x.c === c);
  expect(at(0, 3)).toMatchObject({ v: 'Aktivitet', fill: 'D9E1F2', bold: true });
  expect(at(1, 3)).toEqual({ r: 1, c: 3, v: 'Aktivitet 0', t: 's' });
  expect(at(500, 6)).toMatchObject({ v: 'I gang', fill: 'FF0000' });
  expect(at(502, 6)).toMatchObject({ v: 'I gang', fill: '00B050' });
  expect(at(1600, 9)).toMatchObject({ v: 'N', fill: 'FFFF00' });
  // Status cells without text (every fifth row) in the coloured rows are kept as coloured cells.
  expect(s.fills?.filter((f) => f.c === 6)).toHaveLength(40);
  expect(Math.max(...excel.payloads)).toBeLessThan(4_000_000);
});

test('struck-through text is read in Excel as from the file: the cell says so, for a small and a large sheet', async () => {
  const rows: (string | null)[][] = [['Aktivitet', 'Ansvarlig', 'Status']];
  const large = INLINE_LOOK_MAX_CELLS / 3 + LOOK_BAND_ROWS;
  for (let i = 1; i <= large; i++) rows.push([`Aktivitet ${i}`, 'Mette', 'I gang']);
  for (const n of [4, rows.length]) {
    const excel = new FakeExcel({ sheets: [{ name: 'Plan', rows: rows.slice(0, n), struck: ['A3'] }] });
    const grid = await readGridFromExcel(excel.context(), { supports: all });
    const cells = sheet0(grid.sheets).cells;
    expect(cells.find((c) => c.r === 2 && c.c === 0)).toMatchObject({ v: 'Aktivitet 2', strike: true });
    expect(cells.filter((c) => c.strike === true)).toHaveLength(1);
  }
});

test('indented text (a project tool’s hierarchy) is read in Excel as from the file, for a small and a large sheet', async () => {
  const rows: (string | null)[][] = [['Opgave', 'Ansvarlig', 'Status']];
  const large = INLINE_LOOK_MAX_CELLS / 3 + LOOK_BAND_ROWS;
  for (let i = 1; i <= large; i++) rows.push([`Opgave ${i}`, 'Mette', 'I gang']);
  for (const n of [6, rows.length]) {
    const excel = new FakeExcel({
      sheets: [{ name: 'Plan', rows: rows.slice(0, n), indents: { A3: 1, A4: 2, A5: 1 } }],
    });
    const grid = await readGridFromExcel(excel.context(), { supports: all });
    expect(sheet0(grid.sheets).indents).toEqual([
      { r: 2, c: 0, level: 1 },
      { r: 3, c: 0, level: 2 },
      { r: 4, c: 0, level: 1 },
    ]);
  }
});

test('a Smartsheet plan whose hierarchy is only its indentation is read alike in Excel and from the file', async () => {
  // Sections (themes) at level 0 with their tasks indented under them, as Smartsheet exports.
  const XLSX = await import('xlsx');
  const { readWorkbook } = await import('../../../core/xlsx');
  const { inspectGrid } = await import('../../../core/inspect');
  const { fakeFromGrid } = await import('../support/fakeExcel');
  const rows = [
    ['Opgavenavn', 'Ansvarlig', 'Slutdato', 'Status'],
    ['Ledelse', null, null, null],
    ['Styregruppemøde', 'Lis Holm', '15.03.2027', 'I gang'],
    ['Book mødelokale', 'Lis Holm', '01.03.2027', 'I gang'],
    ['Send invitation', 'Lis Holm', '05.03.2027', 'Ikke startet'],
    ['Kommunikation', null, null, null],
    ['Nyhedsbrev', 'Bo Ek', '31.03.2027', 'I gang'],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Plan');
  const file = readWorkbook(
    new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
  );
  // The task rows indented one step (SheetJS writes no alignment: the grid is given it as core/xlsx reads it).
  const indented = {
    ...file,
    sheets: file.sheets.map((s) => ({
      ...s,
      cells: s.cells,
      // The tasks one step in, the steps of the first task two (its parts, no activities of their own).
      indents: [
        { r: 2, c: 0, level: 1 },
        { r: 3, c: 0, level: 2 },
        { r: 4, c: 0, level: 2 },
        { r: 6, c: 0, level: 1 },
      ],
    })),
  };
  const fromFile = inspectGrid(indented, { today: '2026-12-05' });
  const fromExcel = inspectGrid(
    await readGridFromExcel(fakeFromGrid(indented).context(), { supports: all }),
    {
      today: '2026-12-05',
    },
  );
  const acts = (r: typeof fromFile) =>
    r.structure.draft.activities.map((a) => `${a.values.theme}|${a.values.activity}`);
  expect(acts(fromFile)).toEqual(['leadership|Styregruppemøde', 'communication|Nyhedsbrev']);
  expect(acts(fromExcel)).toEqual(acts(fromFile));
});

test('a 20,300-row plan past the inline size: its values and its bands’ looks still in three requests', async () => {
  // A band's look costs its column one answer per LOOK_BAND_ROWS rows: counted per cell at its share,
  // not rounded up to a whole byte (which split these values into two requests).
  const rows: (string | number | null)[][] = [
    ['Start', 'Frist', 'Tema', 'Aktivitet', 'Status', 'A', 'B', 'C', 'D', 'E'],
  ];
  for (let i = 0; i < 20_300; i++)
    rows.push([46023, 46203, 'Tema', `Aktivitet ${i}`, 'I gang', 'x', null, null, null, null]);
  const excel = new FakeExcel({ sheets: [{ name: 'Plan', rows }] });
  expect(rows.length * 10).toBeGreaterThan(INLINE_LOOK_MAX_CELLS);
  const grid = await readGridFromExcel(excel.context(), { supports: all });
  expect(sheet0(grid.sheets).cells.filter((c) => c.c === 3)).toHaveLength(20_301);
  expect(excel.syncs).toBe(3);
  expect(Math.max(...excel.payloads)).toBeLessThan(4_000_000);
  // 20,300 rows through the fake Excel: ~10 s alone, over 30 s on two busy cores (CI at 61116741).
}, 120_000);
