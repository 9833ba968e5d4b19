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

// --- A survey's dataset with its codebook (SurveyXact's "Datasæt") -------------------------------

const QUESTIONS: readonly (readonly [string, string])[] = [
  [
    'f1',
    'Har kommunen gennemført en analyse af behovet for indsatsen og for at indgå i det landsdækkende mentorkorps?',
  ],
  ['f2', 'Har relevante aktører i kommunen været involveret i en analyse af behovet?'],
  [
    'f4',
    'Er der valgt en koordinator, som kan stå for at drive og understøtte implementering af indsatsen organisatorisk og fagligt?',
  ],
];
const DATASET = [
  ['respondentid', 'kommune', 'periode', 'koord', 'leder', 'f1', 'f2', 'f4', 'f4_txt'],
  [7, 615, 2, 'Jonas Krogh', 'Birgitte Lund', 1, 3, 2, 'Kun delvist bemandet'],
];
const VARIABLES = [
  ['Variabel', 'Label'],
  ['respondentid', 'Respondent-id'],
  ['kommune', 'Hvilken kommune besvarer du for?'],
  ['periode', 'Hvilket halvår gælder besvarelsen?'],
  ['koord', 'Koordinatorens navn'],
  ['leder', 'Ansvarlig leders navn'],
  ...QUESTIONS,
  ['f4_txt', 'Uddyb gerne'],
];
const VALUES = [
  ['Variabel', 'Værdi', 'Label'],
  ['kommune', 615, 'Horsens'],
  ['periode', 1, '1. halvår 2026'],
  ['periode', 2, '2. halvår 2026'],
  ...['f1', 'f2', 'f4'].flatMap((v) => [
    [v, 1, 'Ja'],
    [v, 2, 'Delvist'],
    [v, 3, 'Nej'],
  ]),
];
const PLAN = [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
  ['Ledelse', 'Styregruppemøde', 'Birgitte Lund', '15.03.2027', 'I gang'],
];

describe("a survey's dataset: variable names over one row of codes, the codebook on two sheets", () => {
  const r = inspectSheetjs([
    ['Handleplan', PLAN],
    ['Dataset', DATASET],
    ['Variabler', VARIABLES],
    ['Værdier', VALUES],
  ]);
  const answer = (id: string) => r.structure.draft.checklist.find((a) => a.id === id);

  test('each code is read as its label, at the cell of the code', () => {
    expect(answer('F1')?.answer).toBe('yes');
    expect(answer('F2')?.answer).toBe('no');
    expect(answer('F4')?.answer).toBe('partly');
    expect(answer('F4')?.place).toEqual({ sheet: 'Dataset', cell: 'H2' });
    expect(answer('F4')?.comment).toBe('Kun delvist bemandet');
  });

  test('the cover facts asked by questions are read from the codes, at their cells', () => {
    expect(r.structure.draft.municipality?.code).toBe('615');
    expect(r.structure.draft.period).toBe('2026-H2');
    expect(r.structure.draft.coordinator?.name).toBe('Jonas Krogh');
    // Not the cell under "Ansvarlig leders navn" on the codebook's sheet: the codebook is looked up.
    expect(r.structure.draft.leader?.name).toBe('Birgitte Lund');
    expect(r.structure.draft.places.leaderName).toEqual({ sheet: 'Dataset', cell: 'E2' });
    expect(r.structure.draft.places.period).toEqual({ sheet: 'Dataset', cell: 'C2' });
    expect(checkedAt(r, 'Dataset', 'A1')).toBe(true);
  });

  test('the codebook is not read as the checklist, nor the dataset without one', () => {
    const alone = inspectSheetjs([
      ['Handleplan', PLAN],
      ['Dataset', DATASET],
      ['Variabler', VARIABLES],
    ]);
    expect(alone.structure.draft.checklist.filter((a) => a.answer !== null)).toHaveLength(0);
  });

  test('read alike moved down and right, with an empty row under the header, the tabs in any order', () => {
    const moved = (rows: readonly (readonly unknown[])[]) => [
      [],
      [],
      [],
      ...rows.map((row, i) => (i === 1 ? [[], [null, null, ...row]] : [[null, null, ...row]])).flat(),
    ];
    for (const sheets of [
      [
        ['Handleplan', PLAN],
        ['Dataset', moved(DATASET)],
        ['Variabler', moved(VARIABLES)],
        ['Værdier', moved(VALUES)],
      ],
      [
        ['Værdier', VALUES],
        ['Variabler', VARIABLES],
        ['Dataset', DATASET],
        ['Handleplan', PLAN],
      ],
    ] as const) {
      const x = inspectSheetjs(sheets);
      expect(x.structure.draft.checklist.find((a) => a.id === 'F2')?.answer).toBe('no');
      expect(x.structure.draft.leader?.name).toBe('Birgitte Lund');
      expect(x.structure.draft.period).toBe('2026-H2');
    }
  });

  test('several respondents are no answer of the plan: none is read, the dataset checked (leftopen2)', () => {
    const many = inspectSheetjs([
      ['Handleplan', PLAN],
      ['Dataset', [...DATASET, [8, 615, 2, 'Bo Eriksen', 'Per Holm', 3, 3, 3, '']]],
      ['Variabler', VARIABLES],
      ['Værdier', VALUES],
    ]);
    expect(many.structure.draft.checklist.filter((a) => a.answer !== null)).toHaveLength(0);
    expect(checkedAt(many, 'Dataset', 'A1')).toBe(true);
  });
});

describe('a question naming two cover facts asks for the one after its question word', () => {
  test('"Hvilken fase er kommunen i?" is the phase', () => {
    const r = inspectSheetjs([
      ['Forside', [...COVER, ['Hvilken fase er kommunen i?', 'Indledende implementering']]],
      ['Plan', PLAN],
    ]);
    expect(r.structure.draft.phase).toBe('initial');
  });
});
