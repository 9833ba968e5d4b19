// A totals row under an exported report whose dates came out as text ("Total | 12 | 1. feb. 27 |
// 30. jun. 27 | 136": the first start and the last deadline the rows span) is still the totals, not
// an activity. Found by the metamorphic explorer writing p144's dates as text. SheetJS probes.

import { inspectSheet } from '../../fixtures/sheetjs';

const head = ['Tema', 'Aktivitet', 'Ansvarlig', 'Status', 'Antal', 'Start', 'Deadline', 'Timer'];

describe.each([
  ['a short month', ['1. feb. 27', '30. jun. 27']],
  ['an ISO day', ['2027-02-01', '2027-06-30']],
  ['day/month-year', ['1/2-27', '30/6-27']],
])('a totals row whose span is written as text (%s)', (_kind, [from, to]) => {
  const r = inspectSheet('Export', [
    head,
    ['Ledelse', 'Styregruppemøde', 'Jonas Frost', 'I gang', 1, from, '15.03.2027', 4],
    ['Opkvalificering', 'LAT-kursus', 'Bente Juul', 'Gennemført', 1, '01.03.2027', to, 40],
    ['Total', '', '', '', 2, from, to, 44],
  ]);

  test('is no activity, and the rows above it are read', () => {
    const acts = r.structure.draft.activities;
    expect(acts.map((a) => a.values.activity)).toEqual(['Styregruppemøde', 'LAT-kursus']);
    // Nothing asks about the totals row's cells either (no date out of place, no missing field).
    expect(
      r.issues.filter((i) => i.sheet === 'Export' && /^[A-Z]4$/.test(i.cell ?? '')).map((i) => i.code),
    ).toEqual([]);
  });
});

test("a row whose first text is no totals word keeps its text days as an activity's dates", () => {
  const r = inspectSheet('Export', [
    head,
    ['Ledelse', 'Styregruppemøde', 'Jonas Frost', 'I gang', 1, '1. feb. 27', '15.03.2027', 4],
    ['Afslutning', 'Evaluering', 'Bente Juul', 'Ikke startet', 1, '1. maj 27', '30. jun. 27', 8],
  ]);
  expect(r.structure.draft.activities.map((a) => a.values.deadline)).toEqual(['2027-03-15', '2027-06-30']);
});
