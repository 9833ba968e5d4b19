// A PivotTable's report counts or sums other data. Where the plan's own rows stand elsewhere, a
// careful reader does not read the report's rows again as activities ("Ledelse | 1 | 1 | 2" under a
// "Tema" header is a count, not an activity called Ledelse); the report is passed over with a check
// and its cells are not listed as unplaced. Where the file holds no other table of that kind, the
// report is read as before. Hand-built packages: a pivot part as Excel and LibreOffice write its
// location (core/xlsx reads it into GridSheet.pivots), and a LibreOffice copy of the corpus's p140.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../../core/inspect';
import { readWorkbook } from '../../../core/xlsx';
import { rels, worksheet, workbookZip, type SheetSpec } from '../../fixtures/hostile';
import { row, text, num } from '../../fixtures/sheetXml';

const TODAY = '2026-11-20';
const COLS = 'ABCDEFGH';

function rowsXml(rows: readonly (readonly (string | number | null)[])[], from = 1): string {
  return rows
    .map((cells, i) =>
      row(
        from + i,
        cells
          .map((v, c) => {
            const ref = `${COLS[c] ?? 'A'}${from + i}`;
            return v === null ? '' : typeof v === 'number' ? num(ref, v) : text(ref, v);
          })
          .join(''),
      ),
    )
    .join('');
}

const PLAN: SheetSpec = {
  name: 'Plan',
  xml: worksheet(
    rowsXml([
      ['Kommune', 'Greve'],
      ['Periode', '2027-H1'],
      ['Koordinator', 'Mia Stenholt'],
      [],
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Per Lund', '15.03.2027', 'I gang'],
      ['Ledelse', 'Ledelsesseminar', 'Per Lund', '15.05.2027', 'Gennemført'],
      ['Kommunikation', 'Nyhedsbrev', 'Ida Berg', '30.04.2027', 'Ikke startet'],
    ]),
  ),
};

/** The report as LibreOffice lays a count of activities per theme and status. */
const REPORT = rowsXml(
  [
    ['Antal af Aktivitet', 'Status'],
    ['Tema', 'Gennemført', 'I gang', 'Ikke startet', 'Total Result'],
    ['Ledelse', 1, 1, null, 2],
    ['Kommunikation', null, null, 1, 1],
    ['Total Result', 1, 1, 1, 3],
  ],
  3,
);

function pivotPart(ref: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Pivottabel1" cacheId="1" dataCaption="Værdier">' +
    `<location ref="${ref}" firstHeaderRow="1" firstDataRow="2" firstDataCol="1"/></pivotTableDefinition>`
  );
}

function workbook(sheets: readonly SheetSpec[], withPivot: boolean): Uint8Array {
  return workbookZip({
    sheets,
    contentTypes: withPivot
      ? '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>'
      : '',
    parts: withPivot ? [{ name: 'xl/pivotTables/pivotTable1.xml', data: pivotPart('A3:E7') }] : [],
  });
}

const overview = (withPivot: boolean): SheetSpec => ({
  name: 'Overblik',
  xml: worksheet(REPORT),
  ...(withPivot ? { rels: rels([['rId1', 'pivotTable', '../pivotTables/pivotTable1.xml']]) } : {}),
});

describe("a PivotTable's report beside the plan", () => {
  const r = inspectBytes(workbook([PLAN, overview(true)], true), { today: TODAY });

  test("core/xlsx reads the report's place", () => {
    const g = readWorkbook(workbook([PLAN, overview(true)], true));
    expect(g.sheets[1]?.pivots).toEqual([
      { name: 'Pivottabel1', ref: { s: { r: 2, c: 0 }, e: { r: 6, c: 4 } } },
    ]);
  });

  test("the report's rows are no activities; the plan's three are read", () => {
    expect(r.structure.draft.activities.map((a) => [a.source.sheet, a.values.activity])).toEqual([
      ['Plan', 'Styregruppemøde'],
      ['Plan', 'Ledelsesseminar'],
      ['Plan', 'Nyhedsbrev'],
    ]);
  });

  test('a check at the report says why, and its cells are not listed as unplaced', () => {
    const check = (r.checks ?? []).find((c) => c.sheet === 'Overblik' && c.cell === 'A3');
    expect(check?.reason.da).toContain('Pivottabellen "Pivottabel1" i A3:E7');
    expect(check?.reason.en).toContain('summary of other data');
    expect(r.unmapped.filter((u) => u.sheet === 'Overblik')).toEqual([]);
  });

  test('the same cells with no PivotTable behind them are read as before (the rule is the report)', () => {
    const plain = inspectBytes(workbook([PLAN, overview(false)], false), { today: TODAY });
    expect(plain.structure.draft.activities.some((a) => a.source.sheet === 'Overblik')).toBe(true);
  });

  test('a report that is the only table of its kind in the file is still read', () => {
    const only = inspectBytes(workbook([overview(true)], true), { today: TODAY });
    expect(only.structure.draft.activities.some((a) => a.source.sheet === 'Overblik')).toBe(true);
    expect((only.checks ?? []).some((c) => c.reason.da.includes('Pivottabellen'))).toBe(false);
  });
});

test("LibreOffice's copy of a plan with a PivotTable (corpus p140): the report is passed over", () => {
  const file = join(
    __dirname,
    '..',
    '..',
    'accuracy',
    'writers',
    'libreoffice',
    'p140-greve-tabel-udsnitsvaerktoejer-pivottabel-tidslinje-i-alt-raekke.xlsx',
  );
  const r = inspectBytes(new Uint8Array(readFileSync(file)), { today: TODAY });
  expect(r.structure.draft.activities.filter((a) => a.source.sheet === 'Overblik')).toEqual([]);
  expect((r.checks ?? []).some((c) => c.sheet === 'Overblik' && c.reason.da.includes('Pivottabellen'))).toBe(
    true,
  );
});
