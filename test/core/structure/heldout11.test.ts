// Habits found by the eleventh held-out round of the accuracy corpus (p73–p76): a plan kept as a
// status log, a portfolio tool's export, two rows per activity, English-locale dates. Each probe is
// a workbook SheetJS wrote, read through the intake.

import { checkedAt, inspectCover, inspectSheet, type Inspected } from '../../fixtures/sheetjs';

const activities = (r: Inspected) => r.structure.draft.activities;

describe('a "Dato" column beside "Frist"', () => {
  test('"Frist" is the deadline; "Dato" (the day the row was written) is not', () => {
    const r = inspectSheet('Plan', [
      ['Dato', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['04.01.2027', 'Ledelse', 'Kickoff i ledergruppen', 'Henrik', '29.01.2027', 'I gang'],
      ['11.01.2027', 'Kommunikation', 'Pjece til forældre', 'Mette', '15.03.2027', 'Ikke startet'],
    ]);
    expect(activities(r).map((a) => a.values.deadline)).toEqual(['2027-01-29', '2027-03-15']);
  });

  test('a "Dato" column alone is still the deadline', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Dato', 'Status'],
      ['Ledelse', 'Kickoff i ledergruppen', 'Henrik', '29.01.2027', 'I gang'],
    ]);
    expect(activities(r).map((a) => a.values.deadline)).toEqual(['2027-01-29']);
  });
});

describe('a plan kept as a status log: one row per update, the newest row of an activity counts', () => {
  const r = inspectSheet('Log', [
    ['Dato', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Bemærkning'],
    ['04.01.2027', 'Ledelse', 'Kickoff i ledergruppen', 'Henrik', '29.01.2027', 'Ikke startet', null],
    ['04.01.2027', 'Kommunikation', 'Pjece til forældre', 'Mette', '15.03.2027', 'Ikke startet', null],
    ['29.01.2027', null, 'Kickoff i ledergruppen', null, null, 'Færdig', 'Holdt 27/1'],
    ['08.02.2027', null, 'Pjece til forældre', null, '29.03.2027', 'I gang', 'Ny frist'],
    ['01.03.2027', 'Opkvalificering', 'LAT-kursus', 'Jonas', '30.04.2027', 'I gang', null],
  ]);
  const rows = activities(r);

  test('each activity once, at its newest row, with the status then', () => {
    expect(rows.map((a) => [a.source.row, a.values.activity, a.values.status])).toEqual([
      [4, 'Kickoff i ledergruppen', 'done'],
      [5, 'Pjece til forældre', 'in_progress'],
      [6, 'LAT-kursus', 'in_progress'],
    ]);
  });

  test('what the newest row leaves out is taken from the rows before; a deadline it moves is the new one', () => {
    expect(rows.map((a) => [a.values.theme, a.values.responsible, a.values.deadline])).toEqual([
      ['leadership', 'Henrik', '2027-01-29'],
      ['communication', 'Mette', '2027-03-29'],
      ['upskilling', 'Jonas', '2027-04-30'],
    ]);
    expect(rows[0]?.cells.theme).toBe('B2');
  });

  test('each older row is checked, not dropped silently', () => {
    expect(checkedAt(r, 'Log', 'C2')).toBe(true);
    expect(checkedAt(r, 'Log', 'C3')).toBe(true);
  });

  test('without a column for the log date, a repeated activity stays two activities', () => {
    const plain = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Henrik', '31.03.2027', 'I gang'],
      ['Ledelse', 'Styregruppemøde', 'Henrik', '30.06.2027', 'Ikke startet'],
    ]);
    expect(activities(plain)).toHaveLength(2);
  });

  test('the same text under two themes in a log is two activities', () => {
    const two = inspectSheet('Log', [
      ['Dato', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['04.01.2027', 'Ledelse', 'Temamøde', 'Henrik', '31.03.2027', 'I gang'],
      ['04.01.2027', 'Kommunikation', 'Temamøde', 'Mette', '30.04.2027', 'I gang'],
    ]);
    expect(activities(two)).toHaveLength(2);
  });
});

describe('a project tool\'s "% færdig" as fractions 0–1', () => {
  test('0 is not started, 0.35 in progress, 1 done', () => {
    const r = inspectSheet('Opgaver', [
      ['Opgavenavn', 'Tema', 'Ansvarlig', 'Planlagt slut', '% færdig'],
      ['Opstartsmøde', 'Ledelse', 'Ole', '22.01.2027', 1],
      ['LAT-uddannelse', 'Opkvalificering', 'Nina', '18.06.2027', 0.35],
      ['Evalueringsworkshop', 'Evaluering og tilpasning', 'Camilla', '24.06.2027', 0],
    ]);
    expect(activities(r).map((a) => a.values.status)).toEqual(['done', 'in_progress', 'not_started']);
  });

  test('beside whole per cents, a 1 is no fraction: not read as done', () => {
    const r = inspectSheet('Opgaver', [
      ['Opgavenavn', 'Tema', 'Ansvarlig', 'Planlagt slut', '% færdig'],
      ['Opstartsmøde', 'Ledelse', 'Ole', '22.01.2027', 100],
      ['LAT-uddannelse', 'Opkvalificering', 'Nina', '18.06.2027', 1],
    ]);
    expect(activities(r)[1]?.values.status).not.toBe('done');
  });
});

describe("a project tool's WBS outline: summary rows naming a theme, with the share rolled up", () => {
  const r = inspectSheet('Opgaver', [
    ['WBS', 'Opgavenavn', 'Ansvarlig', 'Planlagt slut', '% færdig'],
    ['1', 'Ledelse', null, '25.06.2027', 0.55],
    ['1.1', 'Opstartsmøde i direktionen', 'Ole', '22.01.2027', 1],
    ['1.2', 'Ledelsesinformation', 'Camilla', '25.06.2027', 0.3],
    ['2', 'Kommunikation', null, '28.05.2027', 0.4],
    ['2.1', 'Kommunikationsplan', 'Camilla', '19.02.2027', 1],
    ['2.2', 'Informationsmøder på skolerne', 'Lars', '28.05.2027', 0.25],
  ]);

  test('the summary rows are no activities: their names are the themes of the rows under them', () => {
    expect(activities(r).map((a) => [a.source.row, a.values.theme])).toEqual([
      [3, 'leadership'],
      [4, 'leadership'],
      [6, 'communication'],
      [7, 'communication'],
    ]);
  });

  test('a parent row with a status whose text names no theme stays an activity', () => {
    const plain = inspectSheet('Opgaver', [
      ['WBS', 'Tema', 'Opgavenavn', 'Ansvarlig', 'Frist', 'Status'],
      ['1', 'Ledelse', 'Styregruppemøder', 'Ole', '25.06.2027', 'I gang'],
      ['1.1', 'Ledelse', 'Første møde', 'Ole', '22.01.2027', 'Færdig'],
      ['1.2', 'Ledelse', 'Andet møde', 'Ole', '25.06.2027', 'Ikke startet'],
    ]);
    expect(activities(plain)).toHaveLength(3);
  });
});

describe('indicators as a chart\'s source table: months as columns, "I alt" and "Mål 2027"', () => {
  test('"I alt" (the months added up so far) is the result', () => {
    const r = inspectSheet('Indikatorer', [
      ['Indikator', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'I alt', 'Mål 2027'],
      ['Forløb startet', 2, 3, 1, 4, 2, 3, 15, 30],
      ['Afholdte refleksionsmøder', 1, 1, 1, 1, 1, 1, 6, 12],
    ]);
    expect(
      r.structure.draft.indicators.map((i) => [i.values.name, i.values.result, i.values.target]),
    ).toEqual([
      ['Forløb startet', 15, 30],
      ['Afholdte refleksionsmøder', 6, 12],
    ]);
  });
});

describe("a project tool's project facts", () => {
  test('"Projektleder" is the coordinator and "Projektejer" the leader', () => {
    const r = inspectCover([
      ['Projektleder', 'Camilla Rask'],
      ['Projektejer', 'Ole Brandt'],
    ]);
    expect(r.structure.draft.coordinator).toEqual({ name: 'Camilla Rask' });
    expect(r.structure.draft.leader).toEqual({ name: 'Ole Brandt' });
  });
});

describe("English-locale short dates: the order shown by the table's other date column", () => {
  test('"2/1/27" under Start is 1 February when the deadlines beside it are month first ("3/15/27")', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Deadline', 'Status'],
      ['Ledelse', 'Fælles procedure', 'Louise', '2/1/27', '3/15/27', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Louise', '4/5/27', '6/24/27', 'I gang'],
    ]);
    expect(activities(r).map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2027-02-01', '2027-03-15'],
      ['2027-04-05', '2027-06-24'],
    ]);
  });
});

describe('two rows per activity under a two-row header', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
    [null, 'Start', 'Frist'],
    ['Ledelse', 'Halvårsmøde i styregruppen', 'Martin Kjær'],
    [null, null, '26.08.2027', 'Afsluttet'],
    ['Kommunikation', 'Film om et mentorforløb', 'Rikke Bech'],
    [null, '02.08.2027', '29.10.2027', 'I gang'],
    [null, 'Bemærkning: optagelser aftalt'],
    ['Inddragelse', 'Forældrecafé', 'Yasmin Ali'],
    [null, '01.09.2027', '24.11.2027', 'I gang'],
  ]);

  test('each activity once, with the start, deadline and status of the row under it', () => {
    expect(
      activities(r).map((a) => [
        a.source.row,
        a.values.theme,
        a.values.activity,
        a.values.responsible,
        a.values.start,
        a.values.deadline,
        a.values.status,
      ]),
    ).toEqual([
      [3, 'leadership', 'Halvårsmøde i styregruppen', 'Martin Kjær', undefined, '2027-08-26', 'done'],
      [
        5,
        'communication',
        'Film om et mentorforløb',
        'Rikke Bech',
        '2027-08-02',
        '2027-10-29',
        'in_progress',
      ],
      [8, 'involvement', 'Forældrecafé', 'Yasmin Ali', '2027-09-01', '2027-11-24', 'in_progress'],
    ]);
    expect(activities(r)[1]?.cells.deadline).toBe('C6');
  });

  test('a "Bemærkning:" line under an activity is its remark, no activity', () => {
    expect(activities(r)[1]?.values.evaluation).toBe('optagelser aftalt');
  });
});

describe('a WBS outline three levels deep', () => {
  test('a row numbered under an activity ("2.2.1" under "2.2") is its task, no activity', () => {
    const r = inspectSheet('Opgaver', [
      ['WBS', 'Opgavenavn', 'Ansvarlig', 'Planlagt slut', '% færdig'],
      ['2', 'Kommunikation', null, '28.05.2027', 0.4],
      ['2.1', 'Kommunikationsplan', 'Camilla', '19.02.2027', 1],
      ['2.2', 'Informationsmøder på skolerne', 'Lars', '28.05.2027', 0.25],
      ['2.2.1', 'Book møder med skolelederne', 'Lars', '12.03.2027', 1],
      ['2.2.2', 'Oplæg og materialer', 'Lars', '02.04.2027', 0.1],
      ['2.3', 'Nyhedsbrev', 'Camilla', '30.06.2027', 0],
    ]);
    expect(activities(r).map((a) => a.values.activity)).toEqual([
      'Kommunikationsplan',
      'Informationsmøder på skolerne',
      'Nyhedsbrev',
    ]);
  });
});
