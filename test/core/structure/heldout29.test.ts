// Rules found by held-out round 29 (p139–p140: a ClickUp Folder exported to Excel, and a plan kept as
// an Excel table with a totals row, slicers, a PivotTable and a timeline), each on a SheetJS probe of
// one habit, never the round's plans.

import { inspectSheet, type Inspected } from '../../fixtures/sheetjs';

const rowOf = (r: Inspected, row: number) =>
  r.structure.draft.activities.find((a) => a.source.row === row)?.values;
const rows = (r: Inspected): number[] => r.structure.draft.activities.map((a) => a.source.row);

/** Milliseconds since 1970 of a Danish local time (1 h ahead of UTC in winter, 2 h in summer). */
const ms = (isoUtc: string): number => Date.parse(isoUtc);

describe('a task tool export: dates as epoch milliseconds', () => {
  const r = inspectSheet('Tasks', [
    ['Task Name', 'Status', 'Start Date', 'Due Date', 'Assignees'],
    // 04:00 Danish time (03:00 UTC in winter, 02:00 UTC in summer), as ClickUp keeps a day.
    ['Styregruppemøde', 'complete', ms('2026-08-10T02:00:00Z'), ms('2026-08-28T02:00:00Z'), 'Per Lund'],
    // Midnight in Denmark is 23:00 UTC the day before: the Danish day.
    ['LAT-kursus', 'to do', ms('2027-02-28T23:00:00Z'), ms('2027-05-31T22:00:00Z'), 'Ida Berg'],
  ]); // prettier-ignore

  test('a 13-digit number in a date column is the day it falls on in Danish time', () => {
    expect(rowOf(r, 2)).toMatchObject({ start: '2026-08-10', deadline: '2026-08-28' });
    expect(rowOf(r, 3)).toMatchObject({ start: '2027-03-01', deadline: '2027-06-01' });
  });
});

describe('a task tool export: subtasks by Parent ID with ids of letters and digits', () => {
  const r = inspectSheet('Tasks', [
    ['Task ID', 'Task Name', 'Status', 'Due Date', 'Parent ID', 'Assignees', 'List Name'],
    ['86c0x4a1m', 'Informationsmøde for skolerne', 'complete', '23.09.2026', '', 'Per Lund', 'Kommunikation'],
    ['86c0x4a2q', 'Forældrepanel', 'to do', '26.02.2027', '', 'Ida Berg', 'Inddragelse'],
    ['86c0x4acp', 'Book lokale', 'complete', '11.09.2026', '86c0x4a1m', 'Pia Toft', 'Kommunikation'],
  ]); // prettier-ignore

  test("a row whose Parent ID is another row's Task ID is a step of it, no activity", () => {
    expect(rows(r)).toEqual([2, 3]);
  });
});

describe('a task tool export: the assignees as a bracketed list', () => {
  const r = inspectSheet('Tasks', [
    ['Task Name', 'Status', 'Due Date', 'Assignees', 'Tema'],
    ['Styregruppemøde', 'in progress', '28.08.2026', '[Per Lund]', 'Ledelse'],
    ['Forældrepanel', 'to do', '26.02.2027', '[Ida Berg, Jonas Kjær]', 'Inddragelse'],
    ['Registrering', 'to do', '29.01.2027', '[]', 'Opfølgning på dokumentation'],
  ]);

  test('"[A, B]" is the people without the brackets', () => {
    expect(rowOf(r, 2)?.responsible).toBe('Per Lund');
    expect(rowOf(r, 3)?.responsible).toBe('Ida Berg, Jonas Kjær');
  });

  test('"[]" names no one', () => {
    expect(rowOf(r, 4)?.responsible).toBeUndefined();
  });

  test('a list wrapped onto two lines in a narrow column is the same list', () => {
    const wrapped = inspectSheet('Tasks', [
      ['Task Name', 'Status', 'Due Date', 'Assignees', 'Tema'],
      ['Forældrepanel', 'to do', '26.02.2027', '[Ida Berg,\nJonas\nKjær]', 'Inddragelse'],
    ]);
    expect(rowOf(wrapped, 2)?.responsible).toBe('Ida Berg, Jonas Kjær');
  });
});

describe('tags beside a column of theme names', () => {
  const r = inspectSheet('Tasks', [
    ['Task Name', 'Status', 'Due Date', 'Assignee', 'Tags', 'List Name'],
    ['Styregruppemøde', 'in progress', '28.08.2026', 'Per Lund', '[styregruppe]', 'Ledelse'],
    ['Forældrepanel', 'to do', '26.02.2027', 'Ida Berg', '[forældre]', 'Inddragelse'],
    ['LAT-kursus', 'to do', '11.12.2026', 'Ida Berg', '[lat, kursus]', 'Opkvalificering'],
  ]);

  test('a weakly named theme column whose values name no theme yields to the column of themes', () => {
    expect(rowOf(r, 2)?.theme).toBe('leadership');
    expect(rowOf(r, 3)?.theme).toBe('involvement');
    expect(rowOf(r, 4)?.theme).toBe('upskilling');
  });

  test('tags that name themes stay the theme', () => {
    const own = inspectSheet('Tasks', [
      ['Task Name', 'Status', 'Due Date', 'Assignee', 'Tags', 'List Name'],
      ['Styregruppemøde', 'in progress', '28.08.2026', 'Per Lund', 'Ledelse', 'Forår'],
      ['Forældrepanel', 'to do', '26.02.2027', 'Ida Berg', 'Inddragelse', 'Forår'],
    ]);
    expect(rowOf(own, 2)?.theme).toBe('leadership');
    expect(rowOf(own, 3)?.theme).toBe('involvement');
  });
});

describe("a table's totals row labelled by hand", () => {
  const r = inspectSheet('Plan', [
    ['Nr.', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Timer'],
    [1, 'Ledelse', 'Styregruppemøde', 'Per Lund', '22.01.2027', 'I gang', 4],
    [2, 'Inddragelse', 'Forældrepanel', 'Ida Berg', '16.04.2027', 'Ikke startet', 5],
    ['I alt', 'Antal aktiviteter', 2, '', '', '', 9],
  ]);

  test('"I alt | Antal aktiviteter | 2 … 9" is the totals, no activity', () => {
    expect(rows(r)).toEqual([2, 3]);
  });

  test('a row of words after "I alt" with no figure is not taken for the totals', () => {
    const words = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Per Lund', '22.01.2027', 'I gang'],
      ['Samlet', 'Antal deltagere på kurset'],
    ]);
    expect(rows(words)).toContain(3);
  });
});
