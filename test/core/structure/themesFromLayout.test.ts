// Themes from the layout: heading rows between the activities (bold, filled or merged, with or
// without "Tema:", numbered), one sheet per theme, and theme names in other words and orders matched
// by meaning with a confidence — and a check wherever the match is below certainty.

import { structure } from '../../../core/structure';
import { themeByMeaning } from '../../../core/structure/themes';
import type { StructureResult } from '../../../core/draft';
import { gridOf } from './grid-builder';

const HEADER = ['Deadline', 'Aktivitet', 'Ansvarlig', 'Status'];

function themes(r: StructureResult): (string | undefined)[] {
  return r.draft.activities.map((a) => a.values.theme);
}

function themeChecks(r: StructureResult) {
  return r.checks.filter((c) => c.field === 'activities.theme').map((c) => [c.sheet, c.cell, c.confidence]);
}

test('theme names in other words and orders are matched by meaning, with a confidence', () => {
  expect(themeByMeaning('Arbejdsproces & kultur')).toEqual({ theme: 'process_culture', confidence: 0.9 });
  expect(themeByMeaning('Kultur og arbejdsproces')).toEqual({ theme: 'process_culture', confidence: 0.9 });
  expect(themeByMeaning('Organisering/roller/ansvar')).toEqual({
    theme: 'organisation_roles',
    confidence: 0.9,
  });
  expect(themeByMeaning('Dokumentation og opfølgning')).toEqual({ theme: 'documentation', confidence: 0.9 });
  expect(themeByMeaning('Inddragelse af medarbejdere')).toEqual({ theme: 'involvement', confidence: 0.9 });
  expect(themeByMeaning('Leadership & governance')).toEqual({ theme: 'leadership', confidence: 0.9 });
  expect(themeByMeaning('Work processes and culture')).toEqual({ theme: 'process_culture', confidence: 1 });
  expect(themeByMeaning('Kompetenceudvikling')).toEqual({ theme: 'upskilling', confidence: 1 });
  // Phrases whose words say nothing one by one: "ways of working" is the process, "måden vi arbejder på" too.
  expect(themeByMeaning('Culture & ways of working')).toEqual({ theme: 'process_culture', confidence: 0.9 });
  expect(themeByMeaning('Måden vi arbejder på')).toEqual({ theme: 'process_culture', confidence: 0.9 });
  expect(themeByMeaning('Documentation & follow-up')).toEqual({ theme: 'documentation', confidence: 0.9 });
  // Two themes named equally, or none: no guess.
  expect(themeByMeaning('Opfølgning og evaluering')).toBeUndefined();
  expect(themeByMeaning('Kick-off møde')).toBeUndefined();
});

describe('heading rows set the theme of the rows under them', () => {
  test('bold headings in other words; a check at each heading read by meaning', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          HEADER,
          ['', 'Kultur og arbejdsproces'],
          ['31.03.2026', 'Fælles sprog om forløb', 'Mette', 'I gang'],
          ['30.04.2026', 'Ny mødestruktur', 'Lars', 'Ikke startet'],
          ['', 'Organisering/roller/ansvar'],
          ['31.05.2026', 'Rollebeskrivelser for mentorer', 'Sofie', 'I gang'],
        ],
        bold: ['B2', 'B5'],
      }),
    );
    expect(themes(r)).toEqual(['process_culture', 'process_culture', 'organisation_roles']);
    expect(r.draft.activities[0]?.cells.theme).toBe('B2');
    expect(themeChecks(r)).toEqual([
      ['Plan', 'B2', 0.9],
      ['Plan', 'B5', 0.9],
    ]);
    expect(r.unmapped).toEqual([]);
  });

  test('a filled heading row merged across the table, "Tema 2:" and numbered, is a heading too', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          HEADER,
          ['Tema 2: Inddragelse af medarbejdere'],
          ['31.03.2026', 'Workshop med mentorerne', 'Mette', 'I gang'],
          ['3. Dokumentation og opfølgning'],
          ['30.04.2026', 'Data fra platformen gennemgås', 'Lars', 'I gang'],
        ],
        merges: ['A2:D2'],
        fills: { A4: 'D9E1F2', B4: 'D9E1F2', C4: 'D9E1F2', D4: 'D9E1F2' },
      }),
    );
    expect(themes(r)).toEqual(['involvement', 'documentation']);
  });

  test('an activity alone in its row is no heading, though its words name a theme', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
          ['31.03.2026', 'Ledelse', 'Styregruppemøde', 'Mette', 'I gang'],
          ['', '', 'Uddannelse af mentorer'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'Uddannelse af mentorer',
    ]);
  });

  test('a bold heading of another kind ("Fase 2: Klargøring") is no activity and ends the theme above', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          HEADER,
          ['Ledelse'],
          ['31.03.2026', 'Styregruppemøde', 'Mette', 'I gang'],
          ['', 'Fase 2: Klargøring'],
          ['30.04.2026', 'Ledelsesnetværk', 'Lars', 'Ikke startet'],
        ],
        bold: ['A2', 'B4'],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.activity, a.values.theme])).toEqual([
      ['Styregruppemøde', 'leadership'],
      ['Ledelsesnetværk', undefined],
    ]);
    expect(r.unmapped).toEqual([{ sheet: 'Plan', cell: 'B4', value: 'Fase 2: Klargøring' }]);
  });
});

test('a theme column in other words: matched by meaning and checked; an exact name is not', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Deadline', 'Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
        ['31.03.2026', 'Organisering/roller/ansvar', 'Rollebeskrivelser', 'Mette', 'I gang'],
        ['30.04.2026', 'Ledelse', 'Styregruppemøde', 'Lars', 'I gang'],
      ],
    }),
  );
  expect(themes(r)).toEqual(['organisation_roles', 'leadership']);
  expect(themeChecks(r)).toEqual([['Plan', 'B2', 0.9]]);
  expect(r.issues).toEqual([]);
});

describe('one sheet per theme', () => {
  const sheet = (name: string, activity: string) => ({
    name,
    rows: [['Handleplan 2026'], [], HEADER, ['31.03.2026', activity, 'Mette', 'I gang']],
  });

  test('several sheets named after themes: each sheet’s name is the theme of its rows, one plan', () => {
    const r = structure(
      gridOf(
        sheet('Ledelse', 'Styregruppemøde'),
        sheet('Kultur og arbejdsproces', 'Fælles sprog'),
        sheet('Inddragelse af medarbejdere', 'Workshop'),
      ),
    );
    expect(r.draft.activities.map((a) => [a.source.sheet, a.values.theme])).toEqual([
      ['Ledelse', 'leadership'],
      ['Kultur og arbejdsproces', 'process_culture'],
      ['Inddragelse af medarbejdere', 'involvement'],
    ]);
    // The exact name is certain; the others are matched by meaning and checked, once per sheet.
    expect(themeChecks(r)).toEqual([
      ['Kultur og arbejdsproces', '', 0.9],
      ['Inddragelse af medarbejdere', '', 0.9],
    ]);
    expect(r.draft.planTable?.sheet).toBe('Ledelse');
  });

  test('a single plan sheet with a theme-like name that is not a theme’s name gives no theme', () => {
    const r = structure(gridOf(sheet('Data', 'Gennemgang af tal')));
    expect(themes(r)).toEqual([undefined]);
  });
});

test('a row coloured as a traffic light with only its activity is an activity, not a heading band', () => {
  const fills = {
    A3: 'FF0000',
    B3: 'FF0000',
    C3: 'FF0000',
    D3: 'FF0000',
    A2: '00B050',
    B2: '00B050',
    C2: '00B050',
    D2: '00B050',
  };
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [HEADER, ['31.03.2026', 'Styregruppemøde', 'Mette', ''], ['', 'Kommunikationsplan']],
      fills,
    }),
  );
  expect(r.draft.activities.map((a) => [a.values.activity, a.values.status])).toEqual([
    ['Styregruppemøde', 'done'],
    ['Kommunikationsplan', 'not_started'],
  ]);
});
