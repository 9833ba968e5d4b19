// Habits found by the seventh held-out round of the accuracy corpus (p58–p61): the plan's other
// parts (cover banners, checklist answers, corps and indicator figures written as text).

import { structure } from '../../../core/structure';
import { readAnswerText } from '../../../core/structure/checklist';
import { gridOf } from './grid-builder';

const PLAN_ROWS = [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
  ['Ledelse', 'Kick-off med ledergruppen', 'Henrik Vestergaard', '28.01.2027', 'Gennemført'],
  ['Kommunikation', 'Nyhedsbrev til skolerne', 'Louise Brandt', '26.02.2027', 'I gang'],
];

describe('a cover banner of parts of which only some are labelled', () => {
  test('"Frederikshavn Kommune · 1. halvår 2027 · Fase: Klargøring" gives the phase and, as a title, the rest', () => {
    const r = structure(
      gridOf(
        {
          name: 'Forside',
          rows: [
            ['Frederikshavn Kommune · 1. halvår 2027 · Fase: Klargøring'],
            [],
            ['Koordinator: Louise Brandt'],
          ],
          merges: ['A1:F1'],
        },
        { name: 'Plan', rows: PLAN_ROWS },
      ),
    );
    expect(r.draft.phase).toBe('readiness');
    expect(r.draft.municipality?.code).toBe('813');
    expect(r.draft.period).toBe('2027-H1');
    expect(r.draft.coordinator?.name).toBe('Louise Brandt');
  });
});

describe('a yes narrowed in brackets', () => {
  test('"Ja (delvist)" and "Yes (partly)" are Delvist; "Ja (se note)" stays a yes with its comment', () => {
    expect(readAnswerText('Ja (delvist)')).toEqual({ answer: 'partly' });
    expect(readAnswerText('Yes (partly)')).toEqual({ answer: 'partly' });
    expect(readAnswerText('Ja (se note)')).toEqual({ answer: 'yes', comment: 'se note' });
  });
});

describe('corps and indicator figures written with a note or a whole', () => {
  test('active cases "3 (+1 på venteliste)" are 3; an indicator result "12 af 20" is 12', () => {
    const r = structure(
      gridOf(
        { name: 'Plan', rows: PLAN_ROWS },
        {
          name: 'Korps',
          rows: [
            ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
            ['LB', 'Mentor', 7.5, '3 (+1 på venteliste)'],
            ['MK', 'Forældrecoach', 10, '1 (heraf 1 ny)'],
          ],
        },
        {
          name: 'Indikatorer',
          rows: [
            ['Indikator', 'Enhed', 'Mål', 'Resultat'],
            ['Unge i mentorforløb', 'antal', 20, '12 af 20'],
            ['Opkvalificerede medarbejdere', 'antal', 6, '4 ud af 6'],
          ],
        },
      ),
    );
    expect(r.draft.corps.map((c) => c.values.activeCases)).toEqual([3, 1]);
    expect(r.draft.indicators.map((i) => i.values.result)).toEqual([12, 4]);
  });
});

describe('a target written as a lower bound', () => {
  test('"≥ 75 %" is 75, kept with a check (the exact figure asked for)', () => {
    const r = structure(
      gridOf(
        { name: 'Plan', rows: PLAN_ROWS },
        {
          name: 'Indikatorer',
          rows: [
            ['Indikator', 'Enhed', 'Mål', 'Resultat'],
            ['Forløb med positiv progression', 'procent', '≥ 75 %', 60],
          ],
        },
      ),
    );
    expect(r.draft.indicators.map((i) => i.values.target)).toEqual([75]);
    expect(r.checks.some((c) => c.sheet === 'Indikatorer' && c.cell === 'C2')).toBe(true);
  });
});
