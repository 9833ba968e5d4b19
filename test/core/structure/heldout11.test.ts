// Habits found by the eleventh held-out round of the accuracy corpus (p73–p76): a plan kept as a
// status log, a portfolio tool's export, two rows per activity, English-locale dates. Each probe is
// a workbook SheetJS wrote, read through the intake.

import { inspectSheet, type Inspected } from '../../fixtures/sheetjs';

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
