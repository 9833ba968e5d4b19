// Rules found by held-out round 39 (p159–p160: plans that came out of another program: a Microsoft
// Project export; a SurveyXact dataset), each on a probe of one habit built here with SheetJS, never
// the round's plans.

import { readDateText } from '../../../core/dates';
import { withoutAssignmentUnits } from '../../../core/structure/values';
import { checkedAt, COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;

// --- Microsoft Project's export: "Dispositionsniveau", weekday dates, resource units ---------------

const PROJECT_HEADER = [
  'Id',
  'Dispositionsniveau',
  'Navn',
  'Varighed',
  'Start',
  'Slut',
  'Ressourcenavne',
  '% færdig',
];
const PROJECT = [
  PROJECT_HEADER,
  [0, 0, 'Indsatsen 2027', '60 dage', 'ma 01-03-27', 'fr 21-05-27', '', '40%'],
  [1, 1, 'Kommunikation', '20 dage', 'ma 01-03-27', 'fr 26-03-27', '', '50%'],
  [2, 2, 'Informationsmøde for skolerne', '5 dage', 'ma 01-03-27', 'fr 05-03-27', 'Anne Berg[50%]', '100%'],
  [
    3,
    2,
    'Nyhedsbrev til forældre',
    '10 dage',
    'ma 15-03-27',
    'fr 26-03-27',
    'Lars Kjær;Anne Berg[25%]',
    '0%',
  ],
  [4, 1, 'Opkvalificering', '40 dage', 'ma 22-03-27', 'fr 21-05-27', '', '30%'],
  [5, 2, 'LAT-kursus for nye mentorer', '40 dage', 'ma 22-03-27', 'fr 21-05-27', 'Mette Friis', '30%'],
  [6, 3, 'Kursusdag 1', '1 dag', 'ma 22-03-27', 'ma 22-03-27', 'Mette Friis', '100%'],
];

describe('a Microsoft Project export: the outline level as a number in a column of its own', () => {
  test('level 1 rows are the themes of the rows under them, level 0 the project, level 3 a task', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Opgave_tabel1', PROJECT],
    ]);
    const acts = activitiesOf(r).map((a) => `${a.values.theme ?? '—'}:${a.values.activity ?? ''}`);
    expect(acts).toEqual([
      'communication:Informationsmøde for skolerne',
      'communication:Nyhedsbrev til forældre',
      'upskilling:LAT-kursus for nye mentorer',
    ]);
    // The theme's heading and the project's row are named in checks at their text.
    expect(checkedAt(r, 'Opgave_tabel1', 'C3')).toBe(true);
    expect(checkedAt(r, 'Opgave_tabel1', 'C2')).toBe(true);
  });

  test('a column of levels that holds other things (a number over 9, a word) gives no hierarchy', () => {
    const rows = PROJECT.map((row, i) => (i === 4 ? [row[0], 'to', ...row.slice(2)] : row));
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Opgave_tabel1', rows],
    ]);
    expect(activitiesOf(r).map((a) => a.values.activity)).toContain('Kommunikation');
  });

  test('the dates are the days the weekday texts give, the responsible without the shares', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Opgave_tabel1', PROJECT],
    ]);
    const [first, second] = activitiesOf(r);
    expect(first?.values.start).toBe('2027-03-01');
    expect(first?.values.deadline).toBe('2027-03-05');
    expect(first?.values.responsible).toBe('Anne Berg');
    expect(second?.values.responsible).toBe('Lars Kjær;Anne Berg');
  });
});

describe("Danish weekdays shortened to two letters before a date (Project's 'ma 01-03-27')", () => {
  test('read when the weekday is the day’s', () => {
    expect(readDateText('ma 01-03-27')?.first).toBe('2027-03-01');
    expect(readDateText('fr. 05-03-2027')?.first).toBe('2027-03-05');
    expect(readDateText('sø 07-03-27')?.first).toBe('2027-03-07');
  });
  test('a Danish weekday that is not the day’s leaves the date unread', () => {
    expect(readDateText('ti 01-03-27')).toBeUndefined();
  });
  test('English "on" before a day that is no Wednesday is still read', () => {
    expect(readDateText('on 15.03.2027')?.first).toBe('2027-03-15');
  });
});

describe("a resource's assignment units in brackets after its name", () => {
  test('dropped after a name, kept elsewhere', () => {
    expect(withoutAssignmentUnits('Anne Berg[50%]')).toBe('Anne Berg');
    expect(withoutAssignmentUnits('Per Juul [25 %];Anne Berg')).toBe('Per Juul;Anne Berg');
    expect(withoutAssignmentUnits('Anne Berg[0,5]')).toBe('Anne Berg');
    expect(withoutAssignmentUnits('[Navn]')).toBe('[Navn]');
    expect(withoutAssignmentUnits('Team [se arket Roller]')).toBe('Team [se arket Roller]');
  });
});
