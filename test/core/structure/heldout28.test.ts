// Rules found by held-out round 28 (p137–p138: an activity plan laid on its side, one column per
// activity, from Excel for Mac; the meetings and milestones of an Outlook calendar exported as CSV),
// each on a SheetJS probe of one habit, never the round's plans.

import * as XLSX from 'xlsx';
import { sourceSchema } from '../../../core/schema';
import { checkedAt, inspectSheet, type Inspected } from '../../fixtures/sheetjs';

const rowOf = (r: Inspected, row: number) =>
  r.structure.draft.activities.find((a) => a.source.row === row && a.source.col === undefined)?.values;

describe('an activity plan laid on its side', () => {
  const r = inspectSheet('Plan', [
    ['Aktivitetsplan 1. halvår 2027'],
    [],
    ['', '1. kvartal', '', '2. kvartal'],
    ['Aktivitet', 'Styregruppemøde', 'Forældrepanel', 'LAT-kursus'],
    ['Tema', 'Ledelse', 'Inddragelse', 'Opkvalificering'],
    ['Ansvarlig', 'Per Lund', 'Ida Berg', 'Ida Berg'],
    ['Frist', '15.03.2027', '30.04.2027', '21.05.2027'],
    ['Status', 'I gang', 'Ikke startet', 'Gennemført'],
  ]);
  const byCol = (col: number) =>
    r.structure.draft.activities.find((a) => a.source.sheet === 'Plan' && a.source.col === col);

  test('each column is an activity, known by its column and its activity text row', () => {
    expect(r.structure.draft.activities).toHaveLength(3);
    expect(byCol(2)?.values).toMatchObject({
      activity: 'Styregruppemøde',
      theme: 'leadership',
      responsible: 'Per Lund',
      deadline: '2027-03-15',
      status: 'in_progress',
    });
    expect(byCol(4)?.values).toMatchObject({ activity: 'LAT-kursus', theme: 'upskilling', status: 'done' });
    expect(byCol(3)?.source.row).toBe(4);
  });

  test('places are the cells as laid, and the source keeps the column', () => {
    expect(byCol(3)?.cells).toMatchObject({ activity: 'C4', theme: 'C5', deadline: 'C7' });
    expect(sourceSchema.parse(byCol(3)?.source)).toEqual({ sheet: 'Plan', row: 4, col: 3 });
    expect(checkedAt(r, 'Plan', 'A4')).toBe(true);
    // The title and the quarter headings are listed as not placed.
    expect(r.unmapped.map((u) => u.cell)).toEqual(expect.arrayContaining(['A1', 'B3', 'D3']));
  });

  test("an issue's words name the cell as it is laid", () => {
    const t = inspectSheet('Plan', [
      ['Aktivitet', 'Styregruppemøde', 'Forældrepanel'],
      ['Tema', 'Ledelse', 'Inddragelse'],
      ['Ansvarlig', 'Per Lund', 'Ida Berg'],
      ['Frist', 'løbende', '30.04.2027'],
    ]);
    const issue = t.issues.find((i) => i.code === 'date_unreadable');
    expect(issue?.cell).toBe('B4');
    expect(issue?.message.en).toContain('B4');
  });

  test('a form for one activity (one column of values) is no plan on its side', () => {
    const form = inspectSheet('Plan', [
      ['Aktivitet', 'Styregruppemøde'],
      ['Tema', 'Ledelse'],
      ['Ansvarlig', 'Per Lund'],
      ['Frist', '15.03.2027'],
      ['Status', 'I gang'],
    ]);
    expect(form.structure.draft.activities.every((a) => a.source.col === undefined)).toBe(true);
  });
});

/** A calendar export's sheet as a spreadsheet shows it: dates and times as numbers. */
function calendar(rows: readonly (readonly unknown[])[]): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]));
}
const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const HEAD = [
  'Emne',
  'Startdato',
  'Starttidspunkt',
  'Slutdato',
  'Sluttidspunkt',
  'Heldagsbegivenhed',
  'Påmindelsesdato',
  'Mødearrangør',
  'Påkrævede deltagere',
  'Beskrivelse',
  'Kategorier',
  'Privat',
];

describe('a calendar exported from Outlook', () => {
  const r = inspectSheet(
    'Kalender',
    calendar([
      HEAD,
      ['Styregruppemøde', d('2027-01-14'), 0.375, d('2027-01-14'), 0.458, 'Fra', d('2027-01-14'), 'Per Lund', 'Ida Berg;Ole Dam', 'Afholdt. Referat sendt.', 'Ledelse', 'Fra'],
      ['Sparring i korpset', d('2027-01-21'), 0.583, d('2027-01-21'), 0.646, 'Fra', d('2027-01-21'), 'Ida Berg', 'Ole Dam', 'Status: i gang.', 'Arbejdsproces og kultur', 'Fra'],
      ['Frist: Rollebeskrivelser', d('2027-02-05'), 0, d('2027-02-06'), 0, 'Til', d('2027-02-04'), 'Ida Berg', '', 'Gennemført – sendt til MED.', 'Gul kategori;Organisering, roller og ansvar', 'Fra'],
      ['Sparring i korpset', d('2027-02-04'), 0.583, d('2027-02-04'), 0.646, 'Fra', d('2027-02-04'), 'Ida Berg', 'Ole Dam', 'Status: i gang.', 'Arbejdsproces og kultur', 'Fra'],
      ['LAT-kursus', d('2027-02-08'), 0, d('2027-02-11'), 0, 'Til', d('2027-02-07'), 'Ole Dam', '', 'Ikke påbegyndt.', 'Opkvalificering;Inddragelse', 'Fra'],
      ['Privat aftale', d('2027-02-09'), 0.333, d('2027-02-09'), 0.375, 'Fra', '', 'Ida Berg', '', '', '', 'Til'],
      ['Aflyst: Sparring i korpset', d('2027-02-18'), 0.583, d('2027-02-18'), 0.646, 'Fra', d('2027-02-18'), 'Ida Berg', 'Ole Dam', 'Aflyst.', 'Arbejdsproces og kultur', 'Fra'],
      ['Sparring i korpset', d('2027-03-04'), 0.583, d('2027-03-04'), 0.646, 'Fra', d('2027-03-04'), 'Ida Berg', 'Ole Dam', 'Status: i gang.', 'Arbejdsproces og kultur', 'Fra'],
      ['Aflyst: Forældrecafé', d('2027-03-10'), 0.667, d('2027-03-10'), 0.75, 'Fra', d('2027-03-10'), 'Ole Dam', 'Ida Berg', 'Aflyst – for få tilmeldte.', 'Inddragelse', 'Fra'],
    ]),
  ); // prettier-ignore

  test("the calendar's columns are the plan's: subject, organiser, categories, description", () => {
    expect(rowOf(r, 2)).toMatchObject({
      activity: 'Styregruppemøde',
      responsible: 'Per Lund',
      theme: 'leadership',
      status: 'done',
      start: '2027-01-14',
      deadline: '2027-01-14',
    });
  });

  test("an all-day event's end is the midnight after its last day: the deadline is the day before", () => {
    expect(rowOf(r, 6)).toMatchObject({ start: '2027-02-08', deadline: '2027-02-10', status: 'not_started' });
    expect(rowOf(r, 4)?.deadline).toBe('2027-02-05');
    expect(checkedAt(r, 'Kalender', 'D6')).toBe(true);
  });

  test('a recurring meeting is one activity from its first meeting to its last, the others left out', () => {
    expect(rowOf(r, 3)).toMatchObject({
      activity: 'Sparring i korpset',
      start: '2027-01-21',
      deadline: '2027-03-04',
      status: 'in_progress',
    });
    expect(rowOf(r, 5)).toBeUndefined();
    expect(rowOf(r, 9)).toBeUndefined();
    expect(checkedAt(r, 'Kalender', 'A5')).toBe(true);
    expect(checkedAt(r, 'Kalender', 'D3')).toBe(true);
  });

  test('"Aflyst:" is no part of the activity, and a cancelled meeting of a series is left out', () => {
    expect(rowOf(r, 10)).toMatchObject({ activity: 'Forældrecafé', status: 'closed' });
    expect(rowOf(r, 8)).toBeUndefined();
    expect(checkedAt(r, 'Kalender', 'A8')).toBe(true);
  });

  test('a private appointment is no activity', () => {
    expect(rowOf(r, 7)).toBeUndefined();
    expect(checkedAt(r, 'Kalender', 'A7')).toBe(true);
  });

  test("Outlook's colour categories name no theme; of several categories the first, checked", () => {
    expect(rowOf(r, 4)?.theme).toBe('organisation_roles');
    expect(checkedAt(r, 'Kalender', 'K4')).toBe(false);
    expect(rowOf(r, 6)?.theme).toBe('upskilling');
    expect(checkedAt(r, 'Kalender', 'K6')).toBe(true);
  });

  test('an all-day end kept as text is read as the day before too', () => {
    const t = inspectSheet('Kalender', [
      HEAD,
      ['Frist: Halvårsstatus', '11-06-2027', '00:00:00', '12-06-2027', '00:00:00', 'Til', '', 'Ida Berg', '', 'Ikke påbegyndt.', 'Evaluering og tilpasning', 'Fra'],
    ]); // prettier-ignore
    expect(rowOf(t, 2)).toMatchObject({ start: '2027-06-11', deadline: '2027-06-11' });
  });

  test("a table without a calendar item's columns is read as before", () => {
    const plain = inspectSheet('Plan', [
      ['Emne', 'Beskrivelse', 'Ansvarlig', 'Frist'],
      ['Ledelse', 'Styregruppemøde', 'Per Lund', '15.03.2027'],
    ]);
    expect(rowOf(plain, 2)).toMatchObject({ activity: 'Styregruppemøde', theme: 'leadership' });
  });
});
