// Rules found by held-out round 47 (p175–p176: the corps plan in a workbook that holds much more
// than the plan — a department's master workbook with a plan per programme, two programmes' plans
// on one sheet, last year's plan left visible), each on a probe of one habit built here with
// SheetJS, never the round's plans.

import { checkedAt, inspectSheetjs } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

/** A cover titled `title`, naming Vejle and 1. halvår 2027. */
function cover(title: string, more: readonly (readonly string[])[] = []): readonly (readonly string[])[] {
  return [[title], [], ['Kommune', 'Vejle'], ['Periode', '1. halvår 2027'], ...more];
}

/** A plan sheet titled `title` with these activities (theme, activity, responsible). */
function planSheet(title: string, rows: readonly (readonly [string, string, string])[]): string[][] {
  return [[title], [], HEADER, ...rows.map(([t, a, r]) => [t, a, r, '31.03.2027', 'I gang'])];
}

const CORPS_ROWS = [
  ['Ledelse', 'Styregruppemøde om korpset', 'Anne Lund'],
  ['Opkvalificering', 'Grunduddannelse af mentorer', 'Bo Kjær'],
] as const;
const HEALTH_ROWS = [
  ['Kommunikation', 'Kampagne om søvn i 5. klasse', 'Ida Falk'],
  ['Opkvalificering', 'Kursus for sundhedsplejersker', 'Ida Falk'],
] as const;
const LANGUAGE_ROWS = [['Inddragelse', 'Sprogkufferter til forældre', 'Karina Bech']] as const;

describe("a department's workbook with a plan per programme", () => {
  const sheets = (title: string) =>
    [
      ['Forside', cover(title)],
      ['Sundhed', planSheet('Handleplan 2027 – Sundhedsplan', HEALTH_ROWS)],
      ['Korps', planSheet('Handleplan 2027 – Mentorkorpset', CORPS_ROWS)],
      ['Sprog', planSheet('Handleplan 2027 – Sprogindsats', LANGUAGE_ROWS)],
    ] as const;

  test("only the corps' sheet is read; the other programmes' sheets are left out, each checked", () => {
    const r = inspectSheetjs(sheets('Handleplaner 2027 – Børn og Unge'));
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde om korpset',
      'Grunduddannelse af mentorer',
    ]);
    expect(checkedAt(r, 'Sundhed', 'A1')).toBe(true);
    expect(checkedAt(r, 'Sprog', 'A1')).toBe(true);
  });

  test('in a file titled for the corps every sheet is a part of its plan (tracks, departments)', () => {
    const r = inspectSheetjs(sheets('Mentor- og forældrecoachkorpset i Vejle'));
    expect(r.structure.draft.activities).toHaveLength(5);
    expect(checkedAt(r, 'Sundhed', 'A1')).toBe(false);
  });
});

describe('tables of one plan under headings that name no programme', () => {
  test("groups headed by themes under a first group named for the corps are all the corps' plan", () => {
    const rows: string[][] = [
      ['Mentorkorps – opstart'],
      HEADER,
      ...CORPS_ROWS.map(([t, a, p]) => [t, a, p, '31.03.2027', 'I gang']),
      [],
      ['Kommunikation'],
      HEADER,
      ...HEALTH_ROWS.map(([t, a, p]) => [t, a, p, '28.02.2027', 'Ikke startet']),
    ];
    const r = inspectSheetjs([
      ['Forside', cover('Opgaveliste fra tavlen')],
      ['Tavle', rows],
    ]);
    expect(r.structure.draft.activities).toHaveLength(4);
  });

  test("a letterhead repeated over a PDF's pages is no other programme's title", () => {
    const page = (title: string[][], rows: readonly (readonly [string, string, string])[]): string[][] => [
      ['Vejle Kommune · Rådhuset · 7100 Vejle'],
      ...title,
      HEADER,
      ...rows.map(([t, a, p]) => [t, a, p, '31.03.2027', 'I gang']),
    ];
    const r = inspectSheetjs([
      ['Forside', cover('Børn og Unge')],
      ['Page 1', page([['Implementeringsplan for mentorkorpset']], CORPS_ROWS)],
      ['Page 2', page([], HEALTH_ROWS)],
    ]);
    expect(r.structure.draft.activities).toHaveLength(4);
  });
});

describe("two programmes' plans on one sheet, each under its heading", () => {
  test("the block under the corps' heading is the plan, the other block is left out and checked", () => {
    const rows: string[][] = [
      ['Handleplaner 2027 – Familie og Forebyggelse'],
      [],
      ['Familieiværksætterne'],
      HEADER,
      ...HEALTH_ROWS.map(([t, a, p]) => [t, a, p, '28.02.2027', 'Ikke startet']),
      [],
      ['Mentor- og forældrecoachkorpset'],
      HEADER,
      ...CORPS_ROWS.map(([t, a, p]) => [t, a, p, '31.03.2027', 'I gang']),
    ];
    const r = inspectSheetjs([
      ['Forside', cover('Familie og Forebyggelse')],
      ['Handleplaner', rows],
    ]);
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde om korpset',
      'Grunduddannelse af mentorer',
    ]);
    expect(checkedAt(r, 'Handleplaner', 'A3')).toBe(true);
  });
});

describe("last year's plan left visible beside this year's", () => {
  test("a plan titled with a year wholly before the half-year preceding the period's is passed over, checked", () => {
    const r = inspectSheetjs([
      ['Forside', cover('Mentorkorpset i Vejle')],
      ['Plan 2026', planSheet('Handleplan 2025 – mentorkorpset', HEALTH_ROWS)],
      ['Plan 2027', planSheet('Handleplan 2027 – mentorkorpset', CORPS_ROWS)],
    ]);
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde om korpset',
      'Grunduddannelse af mentorer',
    ]);
    expect(checkedAt(r, 'Plan 2026', 'A1')).toBe(true);
  });

  test("last year's table in a plan for the first half-year is read: its autumn may run on", () => {
    const r = inspectSheetjs([
      ['Forside', cover('Mentorkorpset i Vejle')],
      ['Plan 2026', planSheet('Aktiviteter fra efteråret 2026', HEALTH_ROWS)],
      ['Plan 2027', planSheet('Handleplan 2027 – mentorkorpset', CORPS_ROWS)],
    ]);
    expect(r.structure.draft.activities).toHaveLength(4);
  });

  test('a title with a date or a later year is no earlier plan', () => {
    const r = inspectSheetjs([
      ['Forside', cover('Mentorkorpset i Vejle')],
      ['Plan A', planSheet('Handleplan, opdateret 01.12.2025', HEALTH_ROWS)],
      ['Plan B', planSheet('Handleplan 2028 – mentorkorpset', CORPS_ROWS)],
    ]);
    expect(r.structure.draft.activities).toHaveLength(4);
  });
});

describe('a cover label qualified by the effort it is about', () => {
  test('"Koordinator (mentor- og forældrekorps)" names the coordinator', () => {
    const r = inspectSheetjs([
      [
        'Forside',
        cover('Handleplaner 2027 – Børn og Unge', [['Koordinator (mentor- og forældrekorps)', 'Lene Skov']]),
      ],
      ['Korps', planSheet('Handleplan 2027 – Mentorkorpset', CORPS_ROWS)],
    ]);
    expect(r.structure.draft.coordinator?.name).toBe('Lene Skov');
  });
});
