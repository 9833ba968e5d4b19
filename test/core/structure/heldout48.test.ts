// Rules found by held-out round 48 (p177–p178: plans written around goals — a programme theory's
// logic model before the plan's time table, and a goal hierarchy numbered 1, 1.1, 1.1.1 whose goals
// carry success criteria, owners, horizons and attainment), each on a probe of one habit built here
// with SheetJS, never the round's plans.

import { checkedAt, COVER, inspectSheetjs } from '../../fixtures/sheetjs';

describe("a programme theory's logic model beside the plan's time table", () => {
  const model: readonly (readonly string[])[] = [
    ['Forandringsteori'],
    [],
    ['Input', 'Aktiviteter', 'Output', 'Kortsigtet outcome', 'Langsigtet outcome'],
    ['To koordinatorer', '• Uddannelse af mentorer\n• Supervision hver 6. uge', '10 mentorer uddannet', 'Mentorerne er klædt på', 'Flere unge i uddannelse'],
    ['Aftale med skolerne', '• Informationsmøde for skolerne', '40 forløb om året', '80 % af familierne er tilfredse', 'Færre anbringelser'],
  ]; // prettier-ignore
  const plan: readonly (readonly string[])[] = [
    ['Aktivitet', 'Tema', 'Ansvarlig', 'Frist', 'Status'],
    ['Uddannelse af mentorer', 'Opkvalificering', 'Anne Lund', '30.04.2027', 'I gang'],
    ['Supervision hver 6. uge', 'Opkvalificering', 'Bo Kjær', '30.06.2027', 'I gang'],
    ['Informationsmøde for skolerne', 'Kommunikation', 'Eva Holm', '15.03.2027', 'Ikke startet'],
  ];

  test('the model is passed over, checked at its header; the activities are read once, from the plan', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Forandringsteori', model],
      ['Tidsplan', plan],
    ]);
    const acts = r.structure.draft.activities;
    expect(acts.map((a) => a.source.sheet)).toEqual(['Tidsplan', 'Tidsplan', 'Tidsplan']);
    expect(checkedAt(r, 'Forandringsteori', 'A3')).toBe(true);
  });

  test('a model with no plan beside it, or a plan with an output column and deadlines, is read as before', () => {
    const alone = inspectSheetjs([
      ['Forside', COVER],
      ['Forandringsteori', model],
    ]);
    expect(alone.structure.draft.activities.some((a) => a.source.sheet === 'Forandringsteori')).toBe(true);
    const withOutput = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Aktivitet', 'Input', 'Output', 'Ansvarlig', 'Frist', 'Status'],
          ['Uddannelse af mentorer', 'Kursusmidler', '10 uddannet', 'Anne Lund', '30.04.2027', 'I gang'],
        ],
      ],
      ['Tidsplan', plan],
    ]);
    expect(withOutput.structure.draft.activities.some((a) => a.source.sheet === 'Plan')).toBe(true);
  });
});

describe('a goal hierarchy numbered 1, 1.1, 1.1.1', () => {
  const HEADER = ['Nr.', 'Mål / aktivitet', 'Succeskriterium', 'Tema', 'Ansvarlig', 'Frist', 'Status'];

  test('goals with an owner, a horizon and their attainment are no activities, each checked', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Mål',
        [
          HEADER,
          ['1', 'Mål 1: Flere unge i uddannelse', '70 % i uddannelse efter 12 mdr.', '', 'Ledelsesgruppen', '31.12.2027', 'På vej (62 %)'],
          ['1.1', 'Delmål 1.1: Hurtigt match', '90 % matchet inden 4 uger', '', 'Koordinator', '30.06.2027', 'Opfyldt'],
          ['1.1.1', 'Faste matchmøder', '', 'Arbejdsproces og kultur', 'Anne Lund', '31.03.2027', 'I gang'],
          ['1.1.2', 'Visitationsguide til rådgiverne', '', 'Organisering, roller og ansvar', 'Bo Kjær', '28.02.2027', 'Gennemført'],
          ['2', 'Mål 2: Forældrene styrkes', '80 % af familierne er tilfredse', '', 'Ledelsesgruppen', '31.12.2027', 'Ikke målt'],
          ['2.1', 'Forældrepanel', '', 'Inddragelse', 'Eva Holm', '30.04.2027', 'Ikke startet'],
        ],
      ],
    ]); // prettier-ignore
    const acts = r.structure.draft.activities;
    expect(acts.map((a) => a.values.activity)).toEqual([
      'Faste matchmøder',
      'Visitationsguide til rådgiverne',
      'Forældrepanel',
    ]);
    expect(checkedAt(r, 'Mål', 'B2')).toBe(true);
    expect(checkedAt(r, 'Mål', 'B3')).toBe(true);
    expect(checkedAt(r, 'Mål', 'B6')).toBe(true);
  });

  test('a goal told only by the success criterion its rows leave empty', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Mål',
        [
          HEADER,
          ['1', 'Flere unge i uddannelse', '70 % i uddannelse efter 12 mdr.', '', 'Ledelsesgruppen', '31.12.2027', 'På vej'],
          ['1.1', 'Faste matchmøder', '', 'Arbejdsproces og kultur', 'Anne Lund', '31.03.2027', 'I gang'],
          ['1.2', 'Visitationsguide til rådgiverne', '', 'Organisering, roller og ansvar', 'Bo Kjær', '28.02.2027', 'Gennemført'],
        ],
      ],
    ]); // prettier-ignore
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Faste matchmøder',
      'Visitationsguide til rådgiverne',
    ]);
  });

  test('a goal told only by its name ("Delmål 1.1:"), with no criterion column', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Mål',
        [
          ['Nr.', 'Mål / aktivitet', 'Tema', 'Ansvarlig', 'Frist', 'Status'],
          ['1.1', 'Delmål 1.1: Hurtigt match', '', 'Koordinator', '30.06.2027', 'På vej'],
          ['1.1.1', 'Faste matchmøder', 'Arbejdsproces og kultur', 'Anne Lund', '31.03.2027', 'I gang'],
          ['1.1.2', 'Visitationsguide til rådgiverne', 'Organisering, roller og ansvar', 'Bo Kjær', '28.02.2027', 'Gennemført'],
        ],
      ],
    ]); // prettier-ignore
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Faste matchmøder',
      'Visitationsguide til rådgiverne',
    ]);
  });

  test('a numbered activity with a status over its tasks, no goal, is read as before', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          HEADER,
          ['1', 'Opstart af første mentorhold', '', 'Opkvalificering', 'Anne Lund', '31.03.2027', 'I gang'],
          ['1.1', 'Rekruttering', '', 'Opkvalificering', 'Anne Lund', '31.01.2027', 'Gennemført'],
          ['1.2', 'Uddannelse', '', 'Opkvalificering', 'Bo Kjær', '28.02.2027', 'I gang'],
        ],
      ],
    ]); // prettier-ignore
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toContain(
      'Opstart af første mentorhold',
    );
  });
});
