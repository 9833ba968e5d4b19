// Each overview row links to that municipality's rows elsewhere, and the figures carry number
// formats a leader can read (percentages, dates, one decimal).

import { buildSummary } from '../../workbook/summary';
import { generateCorps } from '../fixtures/plans';
import { colIndex, parseRef, plain, readSummary, type ReadSummary } from './read';

let summary: ReadSummary;

beforeAll(async () => {
  const plans = generateCorps({ seed: 51, municipalities: 12 });
  summary = await readSummary(
    await buildSummary({
      period: '2026-H2',
      plans,
      generatedAt: new Date('2026-11-12T10:00:00Z'),
      lang: 'da',
    }),
  );
});

test('every link of an overview row lands on the same municipality', () => {
  const overview = summary.workbook.getWorksheet('Overblik');
  const xml = summary.xml(summary.sheetParts.get('Overblik')!);
  const links = [...xml.matchAll(/<hyperlink ref="([A-Z]+)(\d+)" location="'([^']+)'!([A-Z]+)(\d+)"/g)];
  expect(links.length).toBe(12 * 4);
  const seen = new Set<string>();
  for (const [, , row, sheet, col, targetRow] of links) {
    const name = plain(overview!.getCell(`A${row}`));
    const target = summary.workbook.getWorksheet(sheet);
    expect(target).toBeDefined();
    const landed = plain(target!.getRow(Number(targetRow)).getCell(colIndex(col!) + 1));
    // Tjeklister: the municipality's column header; elsewhere the row's first cell.
    expect(landed).toBe(name);
    seen.add(sheet!);
    if (sheet === 'Aktiviteter') {
      // The first of that municipality's activities: the row above belongs to another (or is the header).
      const above = plain(target!.getRow(Number(targetRow) - 1).getCell(1));
      expect(above).not.toBe(name);
    }
  }
  expect([...seen].sort()).toEqual(['Aktiviteter', 'Indikatorer pr. kommune', 'Korps', 'Tjeklister']);
});

test('number formats: readiness in %, dates as dates, full-time posts with one decimal, filters on', () => {
  const overview = summary.workbook.getWorksheet('Overblik')!;
  const info = summary.tables.get('Overblik')!;
  const { r1 } = parseRef(info.ref);
  const col = (header: string): number => info.columns.indexOf(header) + 1;
  const first = r1 + 1;
  let checked = 0;
  for (let r = first; r < first + 98; r++) {
    const cells = overview.getRow(r);
    if (plain(cells.getCell(col('Sidst indsendt'))) === 'mangler') continue;
    expect(cells.getCell(col('Parathed forberedelse')).numFmt).toBe('0%');
    expect(cells.getCell(col('Årsværk')).numFmt).toBe('#,##0.0');
    expect(cells.getCell(col('Sidst indsendt')).numFmt).toBe('dd-mm-yyyy hh:mm');
    expect(cells.getCell(col('Temaer dækket (af 8)')).numFmt).toBe('0" af 8"');
    checked += 1;
  }
  expect(checked).toBe(12);
  const activities = summary.workbook.getWorksheet('Aktiviteter')!;
  expect(activities.getCell('F5').numFmt).toBe('dd-mm-yyyy');
  expect(plain(activities.getCell('F5'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const t of summary.tables.values()) expect(summary.xml(t.part)).toContain('<autoFilter');
});
