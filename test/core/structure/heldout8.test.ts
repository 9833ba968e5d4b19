// Habits found by the eighth held-out round of the accuracy corpus (p61–p64): plans as they come
// from other tools and hands (Microsoft Lists, group headers over sub-headers, progress bars,
// checklists on a scale or in traffic-light words, moved deadlines, figures written with words).

import { structure } from '../../../core/structure';
import { gridOf } from './grid-builder';

describe('a header on two rows: group headers over sub-headers', () => {
  test('"Periode" over "Start | Slut" and "Ansvar" over "Team | Kontakt": start, deadline and the contact', () => {
    const r = structure(
      gridOf({
        name: 'Handleplan 2027',
        rows: [
          ['Handleplan 2027'],
          [],
          ['Tema', 'Aktivitet', 'Periode', null, null, 'Ansvar', null, null, 'Status'],
          [null, null, 'Start', 'Slut', null, 'Team', 'Kontakt'],
          [
            'Ledelse',
            'Ledergruppen godkender rammen',
            '01.02.2027',
            '26.02.2027',
            null,
            'Ledelse',
            'HJ',
            null,
            'I gang',
          ],
          [
            'Kommunikation',
            'Folder til forældre',
            '01.03.2027',
            '31.05.2027',
            null,
            'Skole',
            'AB',
            null,
            'Ikke startet',
          ],
        ],
        merges: ['C3:D3', 'F3:G3', 'A3:A4', 'B3:B4', 'I3:I4'],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.start, a.values.deadline, a.values.responsible])).toEqual([
      ['2027-02-01', '2027-02-26', 'HJ'],
      ['2027-03-01', '2027-05-31', 'AB'],
    ]);
  });

  test('sub-headers korpsplan hardly knows ("Hvornår" over "Fra | Til", "Hvem" over "Enhed | Kontakt") are the second header row, not an activity', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Hvornår', null, 'Hvem', null, 'Status'],
          [null, null, 'Fra', 'Til', 'Enhed', 'Kontakt'],
          ['Ledelse', 'Ledergruppen godkender rammen', '01.02.2027', '26.02.2027', 'Ledelse', 'HJ', 'I gang'],
          ['Kommunikation', 'Folder til forældre', '01.03.2027', '31.05.2027', 'Skole', 'AB', 'Ikke startet'],
        ],
        merges: ['C1:D1', 'E1:F1'],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.start, a.values.deadline, a.values.responsible])).toEqual([
      ['2027-02-01', '2027-02-26', 'HJ'],
      ['2027-03-01', '2027-05-31', 'AB'],
    ]);
  });
});

describe('a moved deadline written with an arrow', () => {
  test('"28.02.2027 → 14.03.2027" under "Frist" beside a start column: the deadline 14 March, no start, a check', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'],
          [
            'Kommunikation',
            'Præsentation på skoleledermøde',
            'Maria Kragh',
            null,
            '28.02.2027 → 14.03.2027',
            'I gang',
          ],
          [
            'Inddragelse',
            'Workshop med forældre',
            'Maria Kragh',
            '01.03.2027',
            '30.04.2027 → 15.06.2027',
            'I gang',
          ],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
      [undefined, '2027-03-14'],
      ['2027-03-01', '2027-06-15'],
    ]);
    expect(r.checks.some((c) => c.cell === 'E2' && c.field === 'activities.deadline')).toBe(true);
  });

  test('without a start column the arrow joins a period: "01.03.2027 → 14.03.2027" gives both', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Hvornår', 'Status'],
          [
            'Kommunikation',
            'Præsentation på skoleledermøde',
            'Maria Kragh',
            '01.03.2027 → 14.03.2027',
            'I gang',
          ],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2027-03-01', '2027-03-14'],
    ]);
  });
});
