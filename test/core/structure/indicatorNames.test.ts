// Indicator names in coordinators' own words, proven on a workbook SheetJS wrote, read through the
// intake: a name that means a catalogue indicator in other words gets its code (so its figure is
// added up across the corps), checked; names of other things keep no code.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';

const NAMES: readonly [written: string, code: string | undefined][] = [
  ['Nye forløb', 'cases_started'],
  ['Opstartede forløb', 'cases_started'],
  ['Forløb med fremgang', 'cases_positive_progression'],
  ['Mentorforløb i gang', 'mentor_cases_active'],
  ['Fastholdt i uddannelse 6 mdr', 'retained_education_6m'],
  ['Refleksionsmøder', 'reflection_meetings'],
  ['Fritidsjob', 'leisure_jobs'],
  ['Nye mentorer', undefined],
  ['Ikke-aktive mentorforløb', undefined],
  ['Forløb afbrudt', undefined],
];

const r = inspectSheet('Indikatorer', [
  ['Indikator', 'Enhed', 'Mål', 'Resultat'],
  ...NAMES.map(([name]) => [name, 'Antal', '10', '4']),
]);

test('a catalogue indicator in other words gets its code; other names keep none', () => {
  expect(r.structure.draft.indicators.map((i) => i.values.code)).toEqual(NAMES.map(([, code]) => code));
});

test('each code read from other words is checked, with the catalogue name in the check', () => {
  NAMES.forEach(([written, code], i) => {
    if (code !== undefined)
      expect([written, checkedAt(r, 'Indikatorer', `A${i + 2}`)]).toEqual([written, true]);
  });
  const reason = (r.checks ?? []).find((c) => c.sheet === 'Indikatorer' && c.cell === 'A2')?.reason.da;
  expect(reason).toContain('Forløb startet i perioden');
});
