// Habits found by the second held-out round of the accuracy corpus (p32–p37): which sheets and
// tables are the plan, and how a careful reader takes what a coordinator wrote beside it.

import { structure } from '../../../core/structure';
import { gridOf } from './grid-builder';

const PLAN_HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const planRows = (who: string): (string | number)[][] => [
  PLAN_HEADER,
  ['Ledelse', 'Styregruppemøde om planen', who, '31.03.2027', 'I gang'],
  ['Kommunikation', 'Nyhedsbrev til medarbejdere', who, '30.04.2027', 'Ikke startet'],
];

describe('a count by theme beside the plan is no plan', () => {
  test('"Tema | Antal aktiviteter | Heraf færdige | Ansvarlig" adds no activities, and its cells are listed', () => {
    const r = structure(
      gridOf(
        {
          name: 'Overblik',
          rows: [
            ['Tema', 'Antal aktiviteter', 'Heraf færdige', 'Ansvarlig'],
            ['Ledelse', 1, 1, 'Søren Boll'],
            ['Kommunikation', 2, 1, 'Maja Kjær'],
            ['Opkvalificering', 1, 0, 'Maja Kjær'],
          ],
        },
        { name: 'Aktiviteter', rows: planRows('Maja Kjær') },
      ),
    );
    expect(r.draft.activities.map((a) => `${a.source.sheet}!${a.source.row}`)).toEqual([
      'Aktiviteter!2',
      'Aktiviteter!3',
    ]);
    expect(r.unmapped.filter((u) => u.sheet === 'Overblik').map((u) => u.cell)).toContain('B3');
  });

  test("a column headed by the activity's own label keeps its numbered rows", () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig'],
          ['Ledelse', '1', 'Søren Boll'],
          ['Kommunikation', '2', 'Maja Kjær'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual(['1', '2']);
  });
});

describe('which sheet is the plan', () => {
  test('a plan on a hidden sheet beside a visible one is an old version: not read, and named in a check', () => {
    const r = structure(
      gridOf(
        { name: 'Plan', rows: planRows('Maja Kjær') },
        { name: 'Plan (gammel)', rows: planRows('Ole Dam'), state: 'hidden' },
      ),
    );
    expect(r.draft.activities.map((a) => a.values.responsible)).toEqual(['Maja Kjær', 'Maja Kjær']);
    expect(r.checks.find((c) => c.sheet === 'Plan (gammel)')?.reason.da).toContain('skjult');
    expect(r.unmapped.some((u) => u.sheet === 'Plan (gammel)' && u.value === 'Ole Dam')).toBe(true);
  });

  test('a plan kept only on a hidden sheet is still read', () => {
    const r = structure(
      gridOf(
        { name: 'Forside', rows: [['Kommune', 'Assens']] },
        { name: 'Plan', rows: planRows('Ole Dam'), state: 'hidden' },
      ),
    );
    expect(r.draft.activities).toHaveLength(2);
  });

  test('of sheets named by half-years the latest is the plan, the other named in a check', () => {
    const r = structure(
      gridOf(
        { name: '2027 H1', rows: planRows('Forår') },
        { name: '2. halvår 2027', rows: planRows('Efterår') },
      ),
    );
    expect(r.draft.activities.map((a) => `${a.source.sheet}:${a.values.responsible}`)).toEqual([
      '2. halvår 2027:Efterår',
      '2. halvår 2027:Efterår',
    ]);
    expect(r.checks.find((c) => c.sheet === '2027 H1')?.reason.en).toContain('another half-year');
  });

  test('the sheet of the period being reported wins over a later one prepared ahead', () => {
    const r = structure(
      gridOf({ name: '2027 H1', rows: planRows('Forår') }, { name: '2027 H2', rows: planRows('Efterår') }),
      { period: '2027-H1' },
    );
    expect(r.draft.activities.map((a) => a.values.responsible)).toEqual(['Forår', 'Forår']);
  });

  test('the period the workbook states on its cover decides which half-year sheet is the plan', () => {
    const sheets = (cover: string[][]) =>
      structure(
        gridOf(
          { name: 'Forside', rows: cover },
          { name: '1. halvår 2027', rows: planRows('Forår') },
          { name: '2. halvår 2027', rows: planRows('Efterår') },
        ),
      ).draft.activities.map((a) => a.values.responsible);
    expect(
      sheets([
        ['Kommune', 'Assens'],
        ['Periode', '1. halvår 2027'],
      ]),
    ).toEqual(['Forår', 'Forår']);
    expect(sheets([['Rapporteringsperiode: 2. halvår 2027']])).toEqual(['Efterår', 'Efterår']);
  });

  test('sheets named by years are not versions of each other: both are read', () => {
    const r = structure(
      gridOf(
        { name: 'Plan 2026', rows: planRows('Forår') },
        { name: 'Plan 2027', rows: planRows('Efterår') },
      ),
    );
    expect(r.draft.activities).toHaveLength(4);
  });
});

test('a header under merged group headings ("Hvem" over "Ansvarlig | Deltagere") is one two-row header, a heading korpsplan does not know among them', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Hvad', '', 'Tid', '', 'Hvem', '', 'Status'],
        ['Tema', 'Aktivitet', 'Start', 'Slut', 'Ansvarlig', 'Deltagere', ''],
        ['Ledelse', 'Styregruppemøde', '01.02.2027', '28.02.2027', 'Tina Sand', 'Ledergruppen', 'I gang'],
        [
          'Kommunikation',
          'Pjece til forældre',
          '01.03.2027',
          '31.03.2027',
          'Karina Lund',
          'PPR',
          'Gennemført',
        ],
      ],
      merges: ['A1:B1', 'C1:D1', 'E1:F1', 'G1:G2'],
    }),
  );
  expect(r.draft.activities.map((a) => [a.values.responsible, a.values.status, a.values.start])).toEqual([
    ['Tina Sand', 'in_progress', '2027-02-01'],
    ['Karina Lund', 'done', '2027-03-01'],
  ]);
  expect(r.unmapped.map((u) => u.value)).toContain('Ledergruppen');
});

describe('themes written as codes', () => {
  const plan = (themes: string[]): (string | number)[][] => [
    ['Nr.', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist'],
    ...themes.map((th, i) => [i + 1, th, `Aktivitet ${i + 1}`, 'Rasmus Kirk', '31.03.2027']),
  ];

  test('a code the workbook explains on a sheet of its own ("T3 | Inddragelse") is that theme', () => {
    const r = structure(
      gridOf(
        { name: 'Handleplan', rows: plan(['T1', 'T3', 't 8']) },
        {
          name: 'Temaer',
          rows: [
            ['Kode', 'Tema'],
            ['T1', 'Ledelse'],
            ['T3', 'Inddragelse'],
            ['T8', 'Evaluering og tilpasning'],
          ],
        },
      ),
    );
    expect(r.draft.activities.map((a) => a.values.theme)).toEqual([
      'leadership',
      'involvement',
      'evaluation',
    ]);
    expect(r.issues.filter((i) => i.sheet === 'Handleplan')).toEqual([]);
  });

  test('a code nothing explains, or explained as two themes, is no theme: an issue at the cell', () => {
    const r = structure(
      gridOf(
        { name: 'Handleplan', rows: plan(['T1', 'T2']) },
        {
          name: 'Temaer',
          rows: [
            ['T1', 'Ledelse'],
            ['T1', 'Kommunikation'],
          ],
        },
      ),
    );
    expect(r.draft.activities.map((a) => a.values.theme)).toEqual([undefined, undefined]);
    expect(r.issues.filter((i) => i.sheet === 'Handleplan').map((i) => i.cell)).toEqual(
      expect.arrayContaining(['B2', 'B3']),
    );
  });

  test("the plan's own row numbers beside its themes explain no codes", () => {
    const r = structure(gridOf({ name: 'Handleplan', rows: plan(['Ledelse', '1']) }));
    expect(r.draft.activities.map((a) => a.values.theme)).toEqual(['leadership', undefined]);
  });
});

test('a checklist answered with ballot boxes: ☒ in the chosen column, ☐ in the others (not an answer, no issue)', () => {
  const r = structure(
    gridOf({
      name: 'Huskeliste',
      rows: [
        ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
        ['F1', 'Er der gennemført en analyse af behovet?', '☒', '☐', '☐'],
        ['F2', 'Har relevante aktører været involveret?', '☐', '☒', '☐'],
        ['F3', 'Er der en plan for samarbejdspartnere?', '☐', '☐', '☐'],
        ['F4', 'Er der valgt en koordinator?', '□', '□', '☒'],
      ],
    }),
  );
  const answer = (id: string): string | null | undefined =>
    r.draft.checklist.find((a) => a.id === id)?.answer;
  expect([answer('F1'), answer('F2'), answer('F3'), answer('F4')]).toEqual(['yes', 'partly', null, 'no']);
  expect(r.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
});

test('a template\'s example row ("fx Ledelse | fx Styregruppemøde | fx 28.02.27") is no activity, and raises no issue', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        PLAN_HEADER,
        ['fx Ledelse', 'fx Styregruppemøde om planen', 'f.eks. leder', 'fx 28.02.27', 'Eksempel: I gang'],
        ['Ledelse', 'Fx-kursus for mentorer', 'Line Brix', '31.03.2027', 'I gang'],
        ['Kommunikation', 'Eksempler på gode forløb samles', 'Line Brix', '30.04.2027', 'I gang'],
      ],
    }),
  );
  expect(r.draft.activities.map((a) => a.source.row)).toEqual([3, 4]);
  expect(r.issues.filter((i) => i.cell.endsWith('2'))).toEqual([]);
  expect(r.unmapped.map((u) => u.cell)).toContain('B2');
});

describe('cover labels in both languages', () => {
  const cover = (rows: string[][]) =>
    structure(gridOf({ name: 'Forside', rows }, { name: 'Plan', rows: planRows('Jonas Winther') })).draft;

  test('"Fase / Phase", "Koordinator (Coordinator)", "Leder | Manager" are the fields both parts name', () => {
    const d = cover([
      ['Kommune / Municipality', 'Fredericia'],
      ['Fase / Phase', 'Klargøring'],
      ['Koordinator (Coordinator)', 'Jonas Winther'],
      ['Leder | Manager', 'Line Brix'],
    ]);
    expect([d.phase, d.coordinator?.name, d.leader?.name]).toEqual([
      'readiness',
      'Jonas Winther',
      'Line Brix',
    ]);
  });

  test('a label whose parts name two different fields is no label', () => {
    const d = cover([
      ['Kommune', 'Fredericia'],
      ['Leder / Koordinator', 'Line Brix'],
    ]);
    expect([d.coordinator, d.leader]).toEqual([undefined, undefined]);
  });
});

test('an indicator with no unit written whose figures are shown as percentages (0,35 as 35 %) is a percentage', () => {
  const pct = (v: number) => ({ v, fmt: '0%' });
  const r = structure(
    gridOf({
      name: 'Indikatorer',
      rows: [
        ['Indikator', 'Baseline', 'Mål', 'Resultat'],
        ['Andel unge i uddannelse efter forløb', pct(0.35), pct(0.5), pct(0.42)],
        ['Andel med positiv progression', '60 %', '75 %'],
        ['Hjemmebesøg', 6, 15, 11],
        ['Blandet', pct(0.2), 15],
      ],
    }),
  );
  expect(r.draft.indicators.map((i) => [i.values.unit, i.values.baseline])).toEqual([
    ['percent', 35],
    ['percent', 60],
    // Whole figures without %: a count, with a check (indicatorUnit.test.ts).
    ['count', 6],
    [undefined, 20],
  ]);
});

describe('a plan kept as a form: one block of label/value rows per activity', () => {
  const block = (akt: string, tema: string, who: string, frist: string, status: string): string[][] => [
    ['Aktivitet:', akt],
    ['Tema:', tema],
    ['Ansvarlig:', who],
    ['Start:', ''],
    ['Frist:', frist],
    ['Status:', status],
    [],
  ];

  test("each block is an activity, its source the block's first row, each value at its own cell", () => {
    const r = structure(
      gridOf({
        name: 'Handleplan',
        rows: [
          ['Handleplan 2027'],
          [],
          ...block('Ledelsen godkender planen', 'Ledelse', 'Henrik Bruun', '29.01.2027', 'Afsluttet'),
          ...block('Nyhedsbrev til medarbejdere', 'Kommunikation', 'MK/LH', '15.02.27', 'Påbegyndt'),
          ...block('Registrering af forløb', 'Opfølgning på dokumentation', 'MK', 'løbende', 'Påbegyndt'),
        ],
      }),
    );
    expect(
      r.draft.activities.map((a) => [
        a.source.row,
        a.values.activity,
        a.values.theme,
        a.values.deadline,
        a.values.status,
      ]),
    ).toEqual([
      [3, 'Ledelsen godkender planen', 'leadership', '2027-01-29', 'done'],
      [10, 'Nyhedsbrev til medarbejdere', 'communication', '2027-02-15', 'in_progress'],
      [17, 'Registrering af forløb', 'documentation', undefined, 'in_progress'],
    ]);
    expect(r.draft.activities[1]?.cells).toMatchObject({
      activity: 'B10',
      responsible: 'B12',
      start: 'B13',
      deadline: 'B14',
    });
    // The unreadable "løbende" is reported at its own cell, and the message names that cell.
    const issue = r.issues.find((i) => i.code === 'date_unreadable');
    expect(issue?.cell).toBe('B21');
    expect(issue?.message.da).toContain('B21');
    expect(r.issues.map((i) => i.code)).not.toContain('plan_table_missing');
    // Nothing else is left: the title, and the unreadable date (kept, not placed).
    expect(r.unmapped.map((u) => u.cell)).toEqual(['A1', 'B21']);
  });

  test('label/value rows that are no list of activities (a cover form, a single block) make none', () => {
    const r = structure(
      gridOf({
        name: 'Forside',
        rows: [
          ['Kommune:', 'Tønder'],
          ['Koordinator:', 'Mette Krogh'],
          [],
          ['Aktivitet:', 'Opstartsmøde'],
          ['Ansvarlig:', 'Mette Krogh'],
          ['Frist:', '01.03.2027'],
        ],
      }),
    );
    expect(r.draft.activities).toEqual([]);
  });
});

test('"Supervision: | Koordinator" — a list value that reads like another label is the value when nothing stands beside it', () => {
  const read = (rows: string[][]) =>
    structure(gridOf({ name: 'Stamdata', rows }, { name: 'Plan', rows: planRows('Mette Krogh') })).draft;
  const d = read([
    ['Kommune:', 'Tønder'],
    ['Supervision:', 'Koordinator'],
    ['Koordinator:', 'Mette Krogh'],
  ]);
  expect([d.supervisionModel, d.coordinator?.name]).toEqual(['leader_or_coordinator', 'Mette Krogh']);
  // A label with its own value beside it stays a label.
  const e = read([
    ['Kommune:', 'Tønder'],
    ['Supervision:', 'Koordinator:', 'Mette Krogh'],
  ]);
  expect([e.supervisionModel, e.coordinator?.name]).toEqual([undefined, 'Mette Krogh']);
});

describe('a contact line under the plan', () => {
  const read = (line: string) =>
    structure(gridOf({ name: 'Plan', rows: [...planRows('Tina Sand'), [], [line]] }));

  test('"Kontaktperson: Karina Lund (koordinator), tlf. …" right under the table names the coordinator', () => {
    const r = read('Kontaktperson: Karina Lund (koordinator), tlf. 9684 0000');
    expect(r.draft.coordinator?.name).toBe('Karina Lund');
    expect(r.draft.places.coordinatorName).toEqual({ sheet: 'Plan', cell: 'A5' });
    expect(r.checks.filter((c) => c.cell === 'A5')).toEqual([]);
  });

  test('the role written beside the name decides: "(leder)" is the leader', () => {
    const r = read('Kontakt: Tina Sand (leder)');
    expect([r.draft.leader?.name, r.draft.coordinator]).toEqual(['Tina Sand', undefined]);
  });

  test('a contact line with only a phone number names nobody', () => {
    expect(read('Kontakt: 9684 0000').draft.coordinator).toBeUndefined();
    expect(read('Kontakt: tlf. 9684 0000').draft.coordinator).toBeUndefined();
  });

  test('a contact person without a role is read as the coordinator, with a check', () => {
    const r = read('Kontaktperson: Karina Lund');
    expect(r.draft.coordinator?.name).toBe('Karina Lund');
    expect(r.checks.some((c) => c.cell === 'A5' && c.confidence < 1)).toBe(true);
  });
});

test('headers in both languages whose every part is the field\'s own name ("Tema /⏎Theme", "Status / Status") are certain: no column check', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Tema /\nTheme', 'Aktivitet /\nActivity', 'Ansvarlig | Owner', 'Deadline', 'Status / Status'],
        ['Ledelse', 'Styregruppemøde', 'Line Brix', '31.03.2027', 'I gang'],
        ['Kommunikation', 'Nyhedsbrev', 'Jonas Winther', '30.04.2027', 'Gennemført'],
      ],
    }),
  );
  expect(r.draft.activities.map((a) => a.values.responsible)).toEqual(['Line Brix', 'Jonas Winther']);
  expect(r.checks.filter((c) => c.field === 'column')).toEqual([]);
});

test('"inden 1. april" is that day with a check that it may mean the day before; "inden uge 12" is no day (an issue)', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        PLAN_HEADER,
        ['Ledelse', 'Styregruppemøde', 'Tina Sand', '31.03.2027', 'I gang'],
        ['Ledelse', 'Budgetmøde', 'Tina Sand', 'inden 1. april', 'I gang'],
        ['Ledelse', 'Ledermøde', 'Tina Sand', 'inden uge 12', 'I gang'],
      ],
    }),
  );
  expect(r.draft.activities.map((a) => a.values.deadline)).toEqual(['2027-03-31', '2027-04-01', undefined]);
  expect(r.checks.find((c) => c.cell === 'D3')?.reason.da).toContain('dagen før');
  expect(r.issues.find((i) => i.cell === 'D4')?.code).toBe('date_unreadable');
});
