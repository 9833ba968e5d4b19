// Habits found by the eighth held-out round of the accuracy corpus (p61–p64): plans as they come
// from other tools and hands (Microsoft Lists, group headers over sub-headers, progress bars,
// checklists on a scale or in traffic-light words, moved deadlines, figures written with words).

import { structure } from '../../../core/structure';
import type { StructureResult } from '../../../core/draft';
import { readListValue } from '../../../core/structure/values';
import { readAnswerText } from '../../../core/structure/checklist';
import { gridOf, type In } from './grid-builder';

function answered(r: StructureResult): Record<string, string> {
  return Object.fromEntries(
    r.draft.checklist.filter((c) => c.answer !== null).map((c) => [c.id, c.answer as string]),
  );
}

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

describe('a header merged over two columns without sub-headers', () => {
  test('the first activity under "Ansvarlig" merged over two columns stays an activity', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', null, 'Frist', 'Status'],
          ['Ledelse', 'Kick-off med ledergruppen', 'Anna Berg', 'Bo Holm', '28.01.2027', 'I gang'],
          ['Kommunikation', 'Nyhedsbrev', 'Bo Holm', null, '26.02.2027', 'Ikke startet'],
        ],
        merges: ['C1:D1'],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
      'Kick-off med ledergruppen',
      'Nyhedsbrev',
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

describe('a checklist answered in traffic-light words by a legend above it', () => {
  const rows = (answers: readonly string[]): In[][] => [
    ['Tjekliste'],
    ['Grøn = ja · Gul = delvist · Rød = nej'],
    [],
    ['Nr.', 'Spørgsmål', 'Status', 'Kommentar'],
    ['F1', 'Har kommunen gennemført en analyse af behovet for indsatsen?', answers[0]],
    ['F2', 'Har relevante aktører været involveret i analysen af behovet?', answers[1]],
    ['F3', 'Er der en plan for at involvere samarbejdspartnere?', answers[2], 'Mangler skolerne'],
    ['F4', 'Er der valgt en koordinator?', answers[3]],
  ];

  test('"Grøn", "Gul", "Rød" are read by the legend, whatever the colour word\'s length', () => {
    const r = structure(gridOf({ name: 'Tjekliste', rows: rows(['Grøn', 'Gul', 'Rød', 'grøn']) }));
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'no', F4: 'yes' });
  });

  test('"Gul/grøn" (between two of the legend\'s answers) is the first, with a check and no comment', () => {
    const r = structure(gridOf({ name: 'Tjekliste', rows: rows(['Grøn', 'Gul/grøn', 'Rød', 'Grøn']) }));
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'no', F4: 'yes' });
    expect(r.draft.checklist.find((c) => c.id === 'F2')?.comment).toBeUndefined();
    expect(r.checks.map((c) => `${c.field}@${c.cell}`)).toContain('checklist.F2@C6');
  });
});

describe('indicators: a result column dated by its day, cases in the result cell, percentages over the catalogue', () => {
  const grid = gridOf(
    {
      name: 'Plan',
      rows: [
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
        ['Ledelse', 'Kick-off med ledergruppen', 'Jesper Lind', '28.01.2027', 'I gang'],
      ],
    },
    {
      name: 'Indikatorer',
      rows: [
        ['Indikator', 'Baseline (2026)', 'Mål 2027', 'Status pr. 1/6-2027'],
        ['Aktive mentorforløb', 8, 20, 14],
        ['Forløb med positiv progression', '40 %', '60 %', '62 % (n=21)'],
        ['Unge fastholdt i uddannelse efter 6 mdr.', '55 %', '70 %', '64 % (n = 14)'],
      ],
    },
  );

  test('"Status pr. 1/6-2027" is the result column', () => {
    const r = structure(grid);
    expect(r.draft.indicators.map((i) => i.values.result)).toEqual([14, 62, 64]);
  });

  test('"62 % (n=21)" gives the number of cases, 21', () => {
    const r = structure(grid);
    expect(r.draft.indicators.map((i) => i.values.cases)).toEqual([undefined, 21, 14]);
  });

  test("figures all written as percentages make the unit percent, over the catalogue's count, with a check", () => {
    const r = structure(grid);
    expect(r.draft.indicators.map((i) => i.values.unit)).toEqual(['count', 'percent', 'percent']);
    expect(r.checks.map((c) => `${c.field}@${c.cell}`)).toContain('indicators.unit@B3');
  });
});

describe('lists exported from Microsoft Lists: "Title" and the list\'s own columns', () => {
  const r = structure(
    gridOf(
      {
        name: 'Aktiviteter',
        rows: [
          ['Title', 'Bucket', 'Progress', 'Assigned to', 'Due date', 'Modified'],
          [
            'Opstartsmøde med direktionen',
            'Ledelse',
            '100 %',
            'morten.skov@hvidovre.dk',
            '2027-01-26T23:00:00Z',
            '2027-02-03T15:27:41Z',
          ],
        ],
      },
      {
        name: 'Tjekliste',
        rows: [
          ['Title', 'Svar', 'Kommentar', 'Modified'],
          ['F1 Er behovet for indsatsen analyseret?', 'Ja', null, '2027-01-20T12:00:31Z'],
          [
            'F2 Har relevante aktører været involveret i analysen?',
            'Delvist',
            'Skoler mangler',
            '2027-01-20T12:00:31Z',
          ],
        ],
      },
      {
        name: 'Korps',
        rows: [
          ['Title', 'Rolle', 'Timer pr. uge', 'Aktive forløb', 'Modified'],
          ['SH', 'Mentor', 8, 3, '2027-01-18T10:11:12Z'],
          ['LN', 'Forældrecoach', 6, 2, '2027-01-18T10:11:12Z'],
        ],
      },
      {
        name: 'Indikatorer',
        rows: [
          ['Title', 'Enhed', 'Baseline', 'Mål', 'Resultat', 'Modified'],
          ['Aktive mentorforløb', 'Antal', 0, 20, 12, '2027-02-01T07:45:00Z'],
        ],
      },
    ),
  );

  test('the checklist\'s questions are under "Title", and "Modified" is the list\'s column (no status "Ændret" in the header)', () => {
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly' });
  });

  test('a corps list: "Title" holds the initials', () => {
    expect(
      r.draft.corps.map((c) => [c.values.initials, c.values.hoursPerWeek, c.values.activeCases]),
    ).toEqual([
      ['SH', 8, 3],
      ['LN', 6, 2],
    ]);
  });

  test('an indicator list: "Title" holds the name', () => {
    expect(r.draft.indicators.map((i) => [i.values.name, i.values.target, i.values.result])).toEqual([
      ['Aktive mentorforløb', 20, 12],
    ]);
  });
});

describe('progress drawn as a bar of blocks', () => {
  test.each([
    ['▮▮▮▮▮', 'done'],
    ['▮▮▮▯▯', 'in_progress'],
    ['▮▯▯▯▯', 'in_progress'],
    ['▯▯▯▯▯', 'not_started'],
    ['██░░░', 'in_progress'],
    ['■■■■■', 'done'],
    ['●●○○○', 'in_progress'],
  ])('"%s" is %s', (text, id) => {
    expect(readListValue('status', text)?.id).toBe(id);
  });

  test('two blocks or blocks mixed with letters are no bar', () => {
    expect(readListValue('status', '▮▯')).toBeUndefined();
    expect(readListValue('status', '▮▮x▯▯')).toBeUndefined();
  });
});

describe('a checklist answered on a four-step scale', () => {
  test('"I høj grad" is Ja, "I nogen grad" Delvist, "Slet ikke" Nej', () => {
    expect(readAnswerText('I høj grad')).toEqual({ answer: 'yes' });
    expect(readAnswerText('I nogen grad')).toEqual({ answer: 'partly' });
    expect(readAnswerText('Slet ikke')).toEqual({ answer: 'no' });
  });

  test('"I mindre grad" lies between Delvist and Nej: Delvist, to be checked', () => {
    expect(readAnswerText('I mindre grad')).toEqual({ answer: 'partly', guessed: true });
  });
});

describe('a legend line under the corps', () => {
  test('"M = mentor, FC = forældrecoach" under the table is no member', () => {
    const r = structure(
      gridOf({
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Afdeling', 'Timer/uge', 'Forløb'],
          ['SR', 'M', 'Skole', 8, 3],
          ['TK', 'FC', 'Familie', 6, 2],
          [],
          ['M = mentor, FC = forældrecoach'],
        ],
      }),
    );
    expect(r.draft.corps.map((c) => c.values.initials)).toEqual(['SR', 'TK']);
  });
});

describe('corps figures written as clock times and with words', () => {
  const r = structure(
    gridOf({
      name: 'Korps',
      rows: [
        ['Initialer', 'Funktion', 'Timer pr. uge', 'Forløb'],
        ['MK', 'Mentor', '7:30', '2 aktive, 1 afsluttet'],
        ['OW', 'Forældrecoach', '10:00', 3],
        ['HB', 'Mentor', '4:45', '4 aktive'],
        ['RS', 'Mentor', { v: 0.25, fmt: 'h:mm' }, '1 aktiv, 2 på vej'],
      ],
    }),
  );

  test('hours as "7:30", "4:45" or a time cell are hours and minutes', () => {
    expect(r.draft.corps.map((c) => c.values.hoursPerWeek)).toEqual([7.5, 10, 4.75, 6]);
  });

  test('cases as "2 aktive, 1 afsluttet" are the active ones', () => {
    expect(r.draft.corps.map((c) => c.values.activeCases)).toEqual([2, 3, 4, 1]);
  });
});
