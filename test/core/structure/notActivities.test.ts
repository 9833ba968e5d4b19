// Rows that are not activities — totals, notes, legends, blank separator rows — are left out of the
// tables and listed as not placed; the same for the Korps and Indikatorer tables (a totals row is
// not a mentor).

import { structure } from '../../../core/structure';
import { gridOf } from './grid-builder';

test('totals, a note alone in its row, a merged note and blank rows are no activities, and are listed', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status', 'Timer', 'Budget'],
        ['31.03.2026', 'Ledelse', 'Styregruppemøde', 'Mette', 'I gang', 4, 2000],
        [],
        ['30.04.2026', 'Kommunikation', 'Nyhedsbrev', 'Lars', 'Ikke startet', 6, 1500],
        ['', '', 'Planlægges efter sommerferien.'],
        ['31.05.2026', 'Opkvalificering', 'Uddannelse af mentorer', 'Sofie', 'I gang', 20, 12000],
        ['NB: datoerne er foreløbige og aftales med styregruppen'],
        ['I alt', '', '', '', '', 30, 15500],
        ['', '', '', '', '', { v: 30, t: 'n' }, { v: 15500, t: 'n' }],
      ],
      merges: ['A7:G7'],
    }),
  );
  expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
    'Styregruppemøde',
    'Nyhedsbrev',
    'Uddannelse af mentorer',
  ]);
  // Nothing is dropped: the note, the merged note, the totals and the number columns no plan field
  // names are all listed where they are.
  expect(r.unmapped.map((u) => `${u.cell}=${u.value}`)).toEqual([
    'F1=Timer',
    'G1=Budget',
    'F2=4',
    'G2=2000',
    'F4=6',
    'G4=1500',
    'C5=Planlægges efter sommerferien.',
    'F6=20',
    'G6=12000',
    'A7=NB: datoerne er foreløbige og aftales med styregruppen',
    'A8=I alt',
    'F8=30',
    'G8=15500',
    'F9=30',
    'G9=15500',
  ]);
  expect(r.issues).toEqual([]);
});

test('an activity with its other fields left blank is still an activity (a title, not a sentence)', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status'],
        ['31.03.2026', 'Ledelse', 'Styregruppemøde', 'Mette', 'I gang'],
        ['', '', 'Kick-off med mentorerne'],
      ],
    }),
  );
  expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
    'Styregruppemøde',
    'Kick-off med mentorerne',
  ]);
});

test('a totals row under the corps is not a mentor, under the indicators not an indicator', () => {
  const r = structure(
    gridOf(
      {
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
          ['MH', 'Mentor', 10, 6],
          ['LK', 'Forældrecoach', 8, 4],
          ['I alt', '', 18, 10],
        ],
      },
      {
        name: 'Indikatorer',
        rows: [
          ['Indikator', 'Enhed', 'Baseline', 'Mål', 'Resultat'],
          ['Aktive mentorforløb', 'Antal', 10, 20, 14],
          ['Forløb afsluttet i perioden', 'Antal', 2, 8, 5],
          ['Total', '', 12, 28, 19],
        ],
      },
    ),
  );
  expect(r.draft.corps.map((c) => c.values.initials)).toEqual(['MH', 'LK']);
  expect(r.draft.indicators.map((i) => i.values.name)).toEqual([
    'Aktive mentorforløb',
    'Forløb afsluttet i perioden',
  ]);
  expect(r.unmapped.map((u) => `${u.sheet}!${u.cell}`)).toEqual([
    'Korps!A4',
    'Korps!C4',
    'Korps!D4',
    'Indikatorer!A4',
    'Indikatorer!C4',
    'Indikatorer!D4',
    'Indikatorer!E4',
  ]);
});

test('a totals row whose sums are approximate ("ca. 32") is not a mentor either', () => {
  const r = structure(
    gridOf({
      name: 'Korps',
      rows: [
        ['Initialer', 'Rolle', 'Timer', 'Forløb'],
        ['A.B.', 'Mentor', 'ca. 20', '6'],
        ['K.L.', 'Forældrecoach', 'cirka 12', '4'],
        ['I alt', '', 'ca. 32', '10'],
      ],
    }),
  );
  expect(r.draft.corps.map((c) => c.values.initials)).toEqual(['A.B.', 'K.L.']);
});

test('a count of the activities ("I alt: 15 aktiviteter", "I alt | 13 aktiviteter", "11 aktiviteter") is no activity, and is listed', () => {
  for (const countRow of [
    ['', '', 'I alt: 15 aktiviteter'],
    ['I alt', '', '13 aktiviteter'],
    ['', '', '11 aktiviteter'],
  ]) {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status'],
          ['31.03.2026', 'Ledelse', 'Styregruppemøde', 'Mette', 'I gang'],
          ['30.04.2026', 'Kommunikation', 'Nyhedsbrev', 'Lars', 'Ikke startet'],
          countRow,
        ],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual(['Styregruppemøde', 'Nyhedsbrev']);
    expect(r.unmapped.map((u) => u.value)).toEqual(countRow.filter((v) => v !== ''));
  }
});

test('a legend line under the plan ("= planlagt periode" beside a coloured swatch, "x = …") is no activity', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Ansvarlig', 'Status', 'Deadline'],
        ['Styregruppemøde', 'Mette', 'I gang', '31.03.2026'],
        ['Nyhedsbrev', 'Lars', 'Ikke startet', '30.04.2026'],
        [],
        ['', '= planlagt periode'],
        ['x = aktiviteten finder sted i måneden'],
      ],
      fills: { A5: '5B9BD5' },
    }),
  );
  expect(r.draft.activities.map((a) => a.values.activity)).toEqual(['Styregruppemøde', 'Nyhedsbrev']);
  expect(r.unmapped.map((u) => `${u.cell}=${u.value}`)).toEqual([
    'B5== planlagt periode',
    'A6=x = aktiviteten finder sted i måneden',
  ]);
});

test('a note under the corps ("Timer er pr. uge i gennemsnit.") is not a mentor, and is listed', () => {
  const r = structure(
    gridOf({
      name: 'Korps',
      rows: [
        ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
        ['MH', 'Mentor', 10, 6],
        ['LK', 'Forældrecoach', 8, 4],
        [],
        ['Timer er pr. uge i gennemsnit.'],
      ],
    }),
  );
  expect(r.draft.corps.map((c) => c.values.initials)).toEqual(['MH', 'LK']);
  expect(r.unmapped).toEqual([{ sheet: 'Korps', cell: 'A5', value: 'Timer er pr. uge i gennemsnit.' }]);
});
