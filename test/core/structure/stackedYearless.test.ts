// A plan laid out with two rows per activity (the activity's fields over its start and deadline,
// under a two-row header) whose days are written without their year ("15/3"), as a coordinator
// types them for the plan's own half-year. Each second row is the activity's dates, read with the
// plan's year and checked, as the table's own date columns are; before, each became an activity of
// its own ("4/1" with "15/3" as its responsible). Probes written by SheetJS.

import { inspectSheet } from '../../fixtures/sheetjs';

const HEADER = [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
  ['', 'Start', 'Frist', ''],
];

function read(rows: readonly (readonly string[])[]) {
  const r = inspectSheet('Plan', [...HEADER, ...rows]);
  return {
    activities: r.structure.draft.activities.map((a) => a.values),
    checked: (r.checks ?? []).filter((c) => c.sheet === 'Plan').map((c) => c.cell),
  };
}

test("days without their year on the second rows are the activities' dates, in the plan's year, checked", () => {
  const { activities, checked } = read([
    ['Ledelse', 'Styregruppemøde om mål', 'Mette Holm', ''],
    ['', '4/1', '15/3', 'I gang'],
    ['Kommunikation', 'Infobrev til skolerne', 'Lars Bo', ''],
    ['', '1. feb.', '30. april', 'Ikke startet'],
  ]);
  expect(activities).toEqual([
    {
      theme: 'leadership',
      activity: 'Styregruppemøde om mål',
      responsible: 'Mette Holm',
      start: '2027-01-04',
      deadline: '2027-03-15',
      status: 'in_progress',
    },
    {
      theme: 'communication',
      activity: 'Infobrev til skolerne',
      responsible: 'Lars Bo',
      start: '2027-02-01',
      deadline: '2027-04-30',
      status: 'not_started',
    },
  ]);
  expect(checked).toEqual(expect.arrayContaining(['B4', 'C4', 'B6', 'C6']));
});

test('a row with a text that is no date under the dates stays an activity of its own', () => {
  const { activities } = read([
    ['Ledelse', 'Styregruppemøde om mål', 'Mette Holm', ''],
    ['', '04.01.2027', '15.03.2027', 'I gang'],
    ['', 'Temadag for mentorerne', 'Lars Bo', 'Ikke startet'],
  ]);
  expect(activities.map((a) => a.activity)).toEqual(['Styregruppemøde om mål', 'Temadag for mentorerne']);
});
