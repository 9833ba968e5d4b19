// A sheet read from a file holds its cells as columns of numbers (GridSheet.columns), and
// structuring reads them there: a large plan's cells never all live as objects at once. Whatever
// reads the grid gets the same cells, and structuring reads the same plan, as from plain objects.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { type Grid, type GridSheet } from '../../../core/grid';
import { inspectBytes } from '../../../core/inspect';
import { structure } from '../../../core/structure';
import { validate } from '../../../core/validate';
import { readWorkbook } from '../../../core/xlsx';
import { bigPlan } from '../structure/big-plan';
import { rels, workbookZip, worksheet } from '../../fixtures/hostile';

const CORPUS = join(__dirname, '..', '..', 'accuracy', 'corpus');

/** The same grid as plain objects (what the add-in's Office.js reading and the tests give). */
function plain(grid: Grid): Grid {
  return JSON.parse(JSON.stringify(grid)) as Grid;
}

/** Whether a sheet's cells were made as objects (read through `cells`). */
function cellsMade(sheet: GridSheet): boolean {
  return Object.getOwnPropertyDescriptor(sheet, 'cells')?.get === undefined;
}

/** A big plan written by SheetJS (no styles; numbers with their formats). */
function sheetJsPlan(rows: number): Uint8Array {
  const grid = bigPlan(rows);
  const ws: XLSX.WorkSheet = {};
  let maxR = 0;
  let maxC = 0;
  for (const cell of grid.sheets[0]?.cells ?? []) {
    ws[XLSX.utils.encode_cell({ r: cell.r, c: cell.c })] =
      typeof cell.v === 'number'
        ? { t: 'n', v: cell.v, ...(cell.fmt ? { z: cell.fmt } : {}) }
        : { t: 's', v: String(cell.v) };
    maxR = Math.max(maxR, cell.r);
    maxC = Math.max(maxC, cell.c);
  }
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, ws, 'Plan');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('a sheet read from a file', () => {
  it('holds its cells as columns, and gives the same cells as objects when asked, in JSON too', () => {
    const grid = readWorkbook(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              '<row r="1"><c r="A1" t="inlineStr"><is><t>Aktivitet</t></is></c><c r="B1"><v>46000</v></c>' +
                '<c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c></row>' +
                '<row r="3"><c r="B3"><f>1+1</f><v>2</v></c></row>',
            ),
          },
        ],
      }),
    );
    const sheet = grid.sheets[0] as GridSheet;
    expect(sheet.columns?.length).toBe(5);
    // Not enumerable: copies and JSON see the cells, not the columns.
    expect(Object.keys(sheet)).not.toContain('columns');
    expect(cellsMade(sheet)).toBe(false);
    const json = JSON.parse(JSON.stringify(sheet)) as GridSheet;
    expect(json.cells).toEqual([
      { r: 0, c: 0, v: 'Aktivitet', t: 's' },
      { r: 0, c: 1, v: 46000, t: 'n' },
      { r: 0, c: 2, v: true, t: 'b' },
      { r: 0, c: 3, v: '#N/A', t: 'e' },
      { r: 2, c: 1, v: 2, t: 'n', formula: true },
    ]);
    expect(Object.keys(json)).toEqual(['name', 'state', 'cells', 'merges', 'comments', 'tables', 'drawings']);
    expect(sheet.cells).toEqual(json.cells);
    expect(cellsMade(sheet)).toBe(true);
  });

  it('keeps a hyperlink on the right cell when the cells were written out of order', () => {
    const grid = readWorkbook(
      workbookZip({
        sheets: [
          {
            name: 'Ark1',
            xml: worksheet(
              '<row r="2"><c r="C2" t="inlineStr"><is><t>Hjemmeside</t></is></c>' +
                '<c r="A2" t="inlineStr"><is><t>Nyhedsbrev</t></is></c></row>' +
                '<row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c></row>',
              '<hyperlinks><hyperlink ref="C2" r:id="rId1"/></hyperlinks>',
            ),
            rels: rels([['rId1', 'hyperlink', 'https://example.dk/', true]]),
          },
        ],
      }),
    );
    expect(grid.sheets[0]?.cells.map((c) => [c.r, c.c, c.v, c.link])).toEqual([
      [0, 0, 'Titel', undefined],
      [1, 0, 'Nyhedsbrev', undefined],
      [1, 2, 'Hjemmeside', 'https://example.dk/'],
    ]);
  });

  it('is structured without its cells made as objects', () => {
    const bytes = readFileSync(join(CORPUS, 'p20-rebild-stor-plan-to-overskriftsraekker.xlsx'));
    const result = inspectBytes(new Uint8Array(bytes), { today: '2026-12-01' });
    expect(result.structure.draft.activities.length).toBeGreaterThan(10);
    const planSheet = result.structure.draft.planTable?.sheet;
    const sheet = result.grid.sheets.find((s) => s.name === planSheet) as GridSheet;
    expect(sheet.columns).toBeDefined();
    expect(cellsMade(sheet)).toBe(false);
  });
});

describe('structuring a sheet of columns', () => {
  it('reads every plan of the corpus as it reads the same cells given as objects', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const file of files) {
      const grid = readWorkbook(new Uint8Array(readFileSync(join(CORPUS, file))));
      const objects = plain(grid);
      const fromColumns = structure(grid);
      const fromObjects = structure(objects);
      expect({ file, result: JSON.parse(JSON.stringify(fromColumns)) as unknown }).toEqual({
        file,
        result: JSON.parse(JSON.stringify(fromObjects)) as unknown,
      });
      expect({
        file,
        issues: validate(fromColumns, grid, { today: '2026-12-01' }),
      }).toEqual({ file, issues: validate(fromObjects, objects, { today: '2026-12-01' }) });
    }
  });

  it('reads a plan of thousands of rows (more than the view keeps made) as from objects', () => {
    const grid = readWorkbook(sheetJsPlan(3000));
    expect(grid.sheets[0]?.columns?.length).toBeGreaterThan(15000);
    const fromColumns = structure(grid);
    const fromObjects = structure(plain(grid));
    expect(fromColumns.draft.activities.length).toBe(3000);
    expect(JSON.stringify(fromColumns)).toBe(JSON.stringify(fromObjects));
  });
});

describe('a large sheet of columns, read in several passes', () => {
  it('reads dates that need their column (no year, a far-off year) as from objects, each reported once', () => {
    const header = ['Aktivitet', 'Ansvarlig', 'Start', 'Deadline', 'Status'];
    const aoa: (string | number)[][] = [['Implementeringsplan 2027'], [], header];
    for (let i = 0; i < 900; i++) {
      const day = (i % 27) + 1;
      const month = (i % 12) + 1;
      aoa.push([
        `Aktivitet ${i}`,
        ['Koordinator', 'Leder'][i % 2] as string,
        // A date without a year, read from the plan's years; now and then a year far off.
        i % 50 === 0 ? `${day}.${month}` : `${day}.${month}.2027`,
        i % 70 === 0 ? `${day}.${month}.2037` : `${day}.${month}.2027`,
        'I gang',
      ]);
    }
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Plan');
    const grid = readWorkbook(
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
    );
    const fromColumns = structure(grid);
    const fromObjects = structure(plain(grid));
    expect(fromColumns.draft.activities).toHaveLength(900);
    expect(JSON.stringify(fromColumns)).toBe(JSON.stringify(fromObjects));
    const places = fromColumns.checks.map((c) => `${c.sheet}!${c.cell}`);
    expect(new Set(places).size).toBe(places.length);
    expect(fromColumns.checks.some((c) => c.cell === 'D4')).toBe(true);
  });
});
