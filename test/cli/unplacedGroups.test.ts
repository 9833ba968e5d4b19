// The report's unplaced list for a plan kept over several years: a later year's columns, or the rows
// planned for later, are one line naming the sheet, the columns (or rows), the count and the reason,
// not a line for each cell (core/unplaced.ts).

import { formatUnmapped } from '../../cli/report';
import { COVER, inspectSheetjs } from '../fixtures/sheetjs';
import { multiYearPlan } from '../fixtures/multiyear';

describe('the unplaced list of a multi-year plan', () => {
  test("each later year's column group is one line: sheet, columns, rows, count, reason (da and en)", () => {
    const r = multiYearPlan();
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'Nyhedsbrev',
      'Kursus',
    ]);
    expect(r.structure.unmapped).toHaveLength(23);
    const da = formatUnmapped(r.structure.unmapped, 'da');
    expect(da).toEqual([
      '',
      'Værdier der ikke blev placeret i planen (23):',
      '  Plan!D1  "2027"',
      '  Plan kolonne F–G (rækkerne 1–6)  11 celler: kolonnerne under "2028", et senere år end planens periode: ikke læst som planens',
      '  Plan kolonne H–I (rækkerne 1–7)  11 celler: kolonnerne under "2029", et senere år end planens periode: ikke læst som planens',
    ]);
    const en = formatUnmapped(r.structure.unmapped, 'en');
    expect(en[3]).toBe(
      `  Plan columns F–G (rows 1–6)  11 cells: the columns under "2028", a later year than the plan's period: not read as the plan's`,
    );
  });

  test('rows planned for later by a year column are one line naming the rows and their years', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'År', 'Status'],
          ['Ledelse', 'Styregruppemøde', 'Anne Lund', '2027', 'I gang'],
          ['Opkvalificering', 'Opfølgning på skolerne', 'Eva Holm', '2028', 'Ikke startet'],
          ['Opkvalificering', 'Mentorkursus', 'Eva Holm', '2028', 'Ikke startet'],
          ['Ledelse', 'Evaluering', 'Eva Holm', '2029', 'Ikke startet'],
        ],
      ],
    ]);
    expect(formatUnmapped(r.structure.unmapped, 'da').slice(-1)).toEqual([
      '  Plan rækkerne 3–5  3 celler: rækker planlagt til senere ("2028", "2029"), ikke aktiviteter i perioden',
    ]);
  });

  test('other cells are listed one by one, as before', () => {
    const lines = formatUnmapped([{ sheet: 'Plan', cell: 'K2', value: 'Husk kage' }], 'da');
    expect(lines).toEqual(['', 'Værdier der ikke blev placeret i planen (1):', '  Plan!K2  "Husk kage"']);
  });
});
