// A value typed far from the plan (Ctrl+Down, then a keystroke: "x" in row 600,000, or a note in
// column XFD) is one cell. The intake's limits count the rows and columns that hold values, not how
// far down or right they stand: the plan is read and the stray value reported as not placed, where
// the whole file was refused before. Proven through the intake on a workbook SheetJS wrote and on
// hand-built packages (SheetJS's writer walks every cell of a sheet's range: a value in XFD or a
// million rows down would take it minutes).

import * as XLSX from 'xlsx';
import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { SheetView } from '../../../core/structure/sheet';
import { readWorkbook } from '../../../core/xlsx';
import { escapeXml, workbookZip, worksheet } from '../../fixtures/hostile';

const PLAN = [
  ['Implementeringsplan – Aarhus Kommune, 1. halvår 2027'],
  [],
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Deadline', 'Status'],
  ['Ledelse', 'Styregruppemøde om korpset', 'Lars Holm', '2027-02-01', '2027-02-28', 'I gang'],
  ['Kommunikation', 'Nyhedsbrev om korpset', 'Mette Kjær', '2027-03-01', '2027-04-30', 'Ikke startet'],
];

function planWith(stray: readonly [string, string][]): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(PLAN);
  for (const [cell, text] of stray) XLSX.utils.sheet_add_aoa(ws, [[text]], { origin: cell });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Plan');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** The plan and the stray values as a hand-built package: inline strings, cells in row order. */
function handBuilt(stray: readonly [string, string][], sheets = 1): Uint8Array {
  const at = (ref: string): { row: number; ref: string } => ({ row: Number(/\d+$/.exec(ref)?.[0]), ref });
  const cells = PLAN.flatMap((row, r) =>
    row.map((text, c) => ({ ...at(`${String.fromCharCode(65 + c)}${r + 1}`), text })),
  );
  for (const [ref, text] of stray) cells.push({ ...at(ref), text });
  cells.sort((a, b) => a.row - b.row);
  const byRow = new Map<number, string[]>();
  for (const cell of cells) {
    const xml = `<c r="${cell.ref}" t="inlineStr"><is><t>${escapeXml(cell.text)}</t></is></c>`;
    byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), xml]);
  }
  const data = [...byRow].map(([row, xs]) => `<row r="${row}">${xs.join('')}</row>`).join('');
  return workbookZip({
    sheets: Array.from({ length: sheets }, (_, i) => ({
      name: i === 0 ? 'Plan' : `Ark${i + 1}`,
      xml: worksheet(data),
    })),
  });
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof RefusalError) return err.code;
    throw err;
  }
  return 'read';
}

test('a stray value in row 200,000 under the plan: the plan is read, the value reported where it is', () => {
  const r = inspectBytes(planWith([['A200000', 'x']]), { today: '2026-12-05' });
  expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
    'Styregruppemøde om korpset',
    'Nyhedsbrev om korpset',
  ]);
  expect(r.structure.draft.municipality?.code).toBe('751');
  expect(r.structure.unmapped).toContainEqual(expect.objectContaining({ sheet: 'Plan', cell: 'A200000' }));
});

test("values at the grid's last row and in its last column are read and reported", () => {
  const r = inspectBytes(
    handBuilt([
      ['XFD4', 'note til mig selv'],
      ['A1048576', 'slut'],
    ]),
    { today: '2026-12-05' },
  );
  expect(r.structure.draft.activities).toHaveLength(2);
  const unmapped = r.structure.unmapped.map((u) => u.cell);
  expect(unmapped).toEqual(expect.arrayContaining(['A1048576', 'XFD4']));
});

test('the limits count rows and columns that hold values, wherever they stand', () => {
  // Ten rows with values (the plan's four, six more spread down to row 900,000): more than nine.
  const spread = handBuilt(
    Array.from({ length: 6 }, (_, i): [string, string] => [`B${(i + 1) * 150_000}`, 'x']),
  );
  expect(refusal(() => readWorkbook(spread, { maxRows: 9 }))).toBe('too_many_rows');
  expect(refusal(() => readWorkbook(spread, { maxRows: 10 }))).toBe('read');
  // Seven columns with values, one of them XFD: more than a limit of six.
  const wide = handBuilt([['XFD1', 'x']]);
  expect(refusal(() => readWorkbook(wide, { maxColumns: 6 }))).toBe('too_many_columns');
  expect(refusal(() => readWorkbook(wide, { maxColumns: 7 }))).toBe('read');
});

test('the message says how many rows hold data and what to do, in Danish and English', () => {
  let message: { da: string; en: string } | undefined;
  try {
    readWorkbook(handBuilt([['A900000', 'x']]), { maxRows: 4 });
  } catch (err) {
    if (err instanceof RefusalError) message = err.userMessage;
  }
  expect(message?.da).toMatch(/Arket "Plan" har data i flere end 4 rækker; højst 4 er tilladt\. Slet/);
  expect(message?.en).toMatch(/Sheet "Plan" has data in more than 4 rows; at most 4 are allowed\. Delete/);
});

test("a sheet's view of a value a million rows down holds no array a million long", () => {
  // Fifty sheets with a value in row 1 and one in the grid's last row, all alive at once, as the
  // structuring of one workbook keeps its views: an index per row number would be 200 MB.
  const grid = readWorkbook(handBuilt([['C1048576', 'x']], 50));
  const before = process.memoryUsage().arrayBuffers;
  const views = grid.sheets.map((s) => new SheetView(s, false));
  const grown = process.memoryUsage().arrayBuffers - before;
  expect(grown).toBeLessThan(20 * 1024 * 1024);
  for (const view of views) {
    expect(view.maxRow).toBe(1_048_575);
    expect(view.cell(1_048_575, 2)?.v).toBe('x');
    expect(view.cell(2, 1)?.v).toBe('Aktivitet');
    expect(view.cell(1_048_574, 2)).toBeUndefined();
    expect(view.rowCells(1_048_575).map((c) => c.v)).toEqual(['x']);
  }
});
