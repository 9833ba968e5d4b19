// A sheet copied beside itself: Excel's "Opret en kopi" makes "Handleplan (2)", Google Sheets
// "Kopi af Handleplan". Read as two plans every activity counted twice, silently: the metamorphic
// explorer copied each corpus plan's plan sheet so, and 659 activities were read a second time. A
// careful reader reads the plan once and says so. Probes written by SheetJS.

import { COVER, inspectSheetjs } from '../../fixtures/sheetjs';

const PLAN = [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
  ['Ledelse', 'Styregruppemøde', 'Mette Holm', '31.01.2027', 'Færdig'],
  ['Kommunikation', 'Infobrev til skolerne', 'Lars Bo', '28.02.2027', 'I gang'],
];

function read(sheets: [string, unknown[][]][]) {
  const r = inspectSheetjs([['Forside', COVER.map((row) => [...row])], ...sheets]);
  return {
    activities: r.structure.draft.activities.map((a) => `${a.source.sheet}: ${String(a.values.activity)}`),
    checks: (r.checks ?? []).filter((c) => c.field === 'sheet').map((c) => `${c.sheet}: ${c.reason.da}`),
  };
}

test("a plan sheet copied beside itself is read once, and the copy's check says so", () => {
  for (const copy of ['Handleplan (2)', 'Kopi af Handleplan', 'Handleplan - kopi', 'Copy of Handleplan']) {
    const { activities, checks } = read([
      ['Handleplan', PLAN],
      [copy, PLAN],
    ]);
    expect(activities).toEqual(['Handleplan: Styregruppemøde', 'Handleplan: Infobrev til skolerne']);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatch(new RegExp(`^${copy.replace(/[()]/g, '\\$&')}: .*kopi af "Handleplan"`));
  }
});

test('the copy read once also where its title differs, or where it stands first', () => {
  const titled = [['Kopi – ikke færdig'], [], ...PLAN];
  expect(
    read([
      ['Handleplan', PLAN],
      ['Handleplan (2)', titled],
    ]).activities,
  ).toEqual(['Handleplan: Styregruppemøde', 'Handleplan: Infobrev til skolerne']);
  expect(
    read([
      ['Handleplan (2)', PLAN],
      ['Handleplan', PLAN],
    ]).activities,
  ).toEqual(['Handleplan: Styregruppemøde', 'Handleplan: Infobrev til skolerne']);
});

test('a copy whose activities were changed is not read beside its original, and the check asks which applies', () => {
  const edited = PLAN.map((row, i) => (i === 2 ? [...row.slice(0, 4), 'Færdig'] : row));
  const { activities, checks } = read([
    ['Handleplan', PLAN],
    ['Handleplan (2)', edited],
  ]);
  expect(activities).toEqual(['Handleplan: Styregruppemøde', 'Handleplan: Infobrev til skolerne']);
  expect(checks).toEqual([expect.stringMatching(/^Handleplan \(2\): .*ikke helt de samme.*gældende plan/)]);
});

test('plan sheets that are no copies are all read', () => {
  const other = [PLAN[0]!, ['Inddragelse', 'Workshop med unge', 'Ole Berg', '31.03.2027', 'Ikke startet']];
  // Numbered like copies, but no sheet of the name they would be copies of.
  expect(
    read([
      ['Plan (1)', PLAN],
      ['Plan (2)', other],
    ]).activities,
  ).toHaveLength(3);
  // A sheet per theme.
  expect(
    read([
      ['Ledelse', PLAN],
      ['Inddragelse', other],
    ]).activities,
  ).toHaveLength(3);
});

test('a checklist or cover copied beside itself, cell for cell, is read once', () => {
  const list = [
    ['Nr.', 'Spørgsmål', 'Svar'],
    ['F1', 'Har kommunen gennemført en analyse af behovet for indsatsen?', 'Ja'],
    ['F2', 'Har relevante aktører været involveret i en analyse af behovet?', 'Delvist'],
  ];
  const cover = COVER.map((row) => [...row]);
  const r = inspectSheetjs([
    ['Forside', cover],
    ['Forside (2)', cover],
    ['Plan', PLAN],
    ['Huskeliste', list],
    ['Huskeliste (2)', list],
  ]);
  // Without the rule each answer on the copy is "already answered elsewhere".
  expect(r.issues.filter((i) => i.sheet.endsWith('(2)'))).toEqual([]);
  expect(r.structure.draft.checklist.slice(0, 2).map((q) => q.answer)).toEqual(['yes', 'partly']);
  expect((r.checks ?? []).filter((c) => c.field === 'sheet').map((c) => c.sheet)).toEqual([
    'Forside (2)',
    'Huskeliste (2)',
  ]);
});

test('a plan table copied below itself, under its header again, is read once', () => {
  const { activities, checks } = read([['Handleplan', [...PLAN, [], [], ...PLAN]]]);
  expect(activities).toEqual(['Handleplan: Styregruppemøde', 'Handleplan: Infobrev til skolerne']);
  expect(checks).toEqual([
    expect.stringMatching(/^Handleplan: Tabellen ved A6 er en kopi af planen ved Handleplan!A1/),
  ]);
});

test('a plan copied onto another sheet with a column more is read once', () => {
  const wider = PLAN.map((row, i) => [...row, i === 0 ? 'Bemærkning' : ''].filter((x) => x !== ''));
  const { activities } = read([
    ['Handleplan', PLAN],
    ['Til direktionen', wider],
  ]);
  expect(activities).toEqual(['Handleplan: Styregruppemøde', 'Handleplan: Infobrev til skolerne']);
});

test('tables with other activities under the same header, or one row alike, are all read', () => {
  const next = [
    PLAN[0]!,
    ['Inddragelse', 'Workshop med unge', 'Ole Berg', '31.03.2027', 'Ikke startet'],
    PLAN[1]!,
  ];
  expect(read([['Handleplan', [...PLAN, [], [], ...next]]]).activities).toHaveLength(4);
});

test('a row pasted twice, right under itself, is one activity, and the check names both rows', () => {
  const { activities, checks } = read([['Handleplan', [...PLAN, PLAN[2]!]]]);
  expect(activities).toEqual(['Handleplan: Styregruppemøde', 'Handleplan: Infobrev til skolerne']);
  expect(checks).toEqual([expect.stringMatching(/^Handleplan: Række 4 gentager række 3 celle for celle/)]);
});

test('the same activity again with another deadline, or in another numbered row, stays two activities', () => {
  const again = [...PLAN[2]!.slice(0, 3), '31.03.2027', PLAN[2]![4]!];
  expect(read([['Handleplan', [...PLAN, again]]]).activities).toHaveLength(3);
  const numbered = [
    ['Nr.', ...PLAN[0]!],
    ['1', ...PLAN[1]!],
    ['2', ...PLAN[2]!],
    ['3', ...PLAN[2]!],
  ];
  expect(read([['Handleplan', numbered]]).activities).toHaveLength(3);
});
