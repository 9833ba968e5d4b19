// A row that repeats the table's header, wholly or in part, as a table pasted under its own header
// with its header row, or two lists joined one under the other, leave it: no activity. The
// metamorphic explorer repeated each corpus plan's header row under it: 18 plans read the copy as an
// activity ("Titel", "Opgavenavn" with "Ansvarlig (Person)" as its responsible), flagged for the
// coordinator to delete. Probes written by SheetJS, read through the intake.

import { inspectSheet } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const ROWS = [
  ['Ledelse', 'Styregruppemøde', 'Mette Holm', '31.01.2027', 'Færdig'],
  ['Ledelse', 'Budget for korpset', 'Mette Holm', '28.02.2027', 'I gang'],
  ['Kommunikation', 'Infobrev til skolerne', 'Lars Bo', '31.03.2027', 'Ikke startet'],
];

function activities(rows: readonly (readonly unknown[])[]): unknown[] {
  return inspectSheet('Plan', rows).structure.draft.activities.map((a) => a.values.activity);
}

test('a row repeating part of the header, under it or between the rows, is no activity', () => {
  const names = ['Styregruppemøde', 'Budget for korpset', 'Infobrev til skolerne'];
  // The header's first two texts again, the rest of the row empty.
  expect(activities([HEADER, ['Tema', 'Aktivitet'], ...ROWS])).toEqual(names);
  // In capitals and with stray spaces, between two activities.
  expect(activities([HEADER, ROWS[0]!, [' TEMA', 'AKTIVITET ', 'Ansvarlig'], ROWS[1]!, ROWS[2]!])).toEqual(
    names,
  );
});

test('a row with a header word in one cell, or beside other text, stays an activity', () => {
  expect(
    activities([
      HEADER,
      ['Ledelse', 'Status', 'Mette Holm', '31.01.2027', 'Færdig'],
      ['Tema', 'Temadag for mentorerne', 'Lars Bo', '28.02.2027', 'I gang'],
    ]),
  ).toEqual(['Status', 'Temadag for mentorerne']);
});
