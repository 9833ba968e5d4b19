// Rules found by held-out round 49 (p179–p180: a plan carried into the next half-year — last
// half-year's sheet copied with its tab and title still naming the old half-year, and dropped rows
// written "UDGÅR: …" before the activity's text), each on a probe of one habit built here with
// SheetJS, never the round's plans.

import { checkedAt, COVER, inspectSheetjs } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const ROWS: readonly (readonly string[])[] = [
  ['Ledelse', 'Styregruppemøde om korpset', 'Anne Lund', '15.03.2027', 'I gang'],
  ['Opkvalificering', 'Grunduddannelse af mentorer', 'Bo Kjær', '30.04.2027', 'Ikke startet'],
];

/** Whether the period (cover "Periode", Forside!B2) is checked. */
function periodChecked(r: ReturnType<typeof inspectSheetjs>): boolean {
  return (r.checks ?? []).some((c) => c.sheet === 'Forside' && c.cell === 'B2' && c.field === 'cover.period');
}

describe('a plan sheet copied from last half-year, its title or tab naming the old half-year', () => {
  test('a title naming another half-year than the cover: the cover is the period, checked at its cell', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', [['Implementeringsplan 2. halvår 2026'], [], HEADER, ...ROWS]],
    ]);
    expect(r.structure.draft.period).toBe('2027-H1');
    expect(r.structure.draft.activities).toHaveLength(2);
    expect(periodChecked(r)).toBe(true);
  });

  test('a tab named for another half-year: checked the same way', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan 2. halvår 2026', [HEADER, ...ROWS]],
    ]);
    expect(r.structure.draft.period).toBe('2027-H1');
    expect(periodChecked(r)).toBe(true);
  });

  test("a title and tab naming the cover's half-year, or none, are no reason for a check", () => {
    const same = inspectSheetjs([
      ['Forside', COVER],
      ['Plan 1. halvår 2027', [['Implementeringsplan 1. halvår 2027'], [], HEADER, ...ROWS]],
    ]);
    expect(periodChecked(same)).toBe(false);
    const none = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', [['Implementeringsplan'], [], HEADER, ...ROWS]],
    ]);
    expect(periodChecked(none)).toBe(false);
  });
});

describe('a dropped row marked before its text', () => {
  test('"UDGÅR: …" and "[Aflyst] …" are closed, the activity without the note, the status checked', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          HEADER,
          ['Inddragelse', 'UDGÅR: Fælles temadag med forældrene', 'Eva Holm', '19.06.2027', 'Ikke startet'],
          ['Kommunikation', '[Aflyst] Informationsmøde for skolerne', 'Bo Kjær', '12.05.2027', 'I gang'],
          ...ROWS,
        ],
      ],
    ]); // prettier-ignore
    const acts = r.structure.draft.activities;
    expect(acts.map((a) => [a.values.activity, a.values.status])).toEqual([
      ['Fælles temadag med forældrene', 'closed'],
      ['Informationsmøde for skolerne', 'closed'],
      ['Styregruppemøde om korpset', 'in_progress'],
      ['Grunduddannelse af mentorer', 'not_started'],
    ]);
    expect(checkedAt(r, 'Plan', 'E2')).toBe(true);
    expect(checkedAt(r, 'Plan', 'E3')).toBe(true);
  });

  test('a text that only begins with such a word, or a note with almost nothing after it, is read as written', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          HEADER,
          ['Inddragelse', 'Udgåede forløb tages op igen', 'Eva Holm', '19.06.2027', 'I gang'],
          ['Kommunikation', 'Aflyste møder genplanlægges', 'Bo Kjær', '12.05.2027', 'Ikke startet'],
        ],
      ],
    ]); // prettier-ignore
    expect(r.structure.draft.activities.map((a) => [a.values.activity, a.values.status])).toEqual([
      ['Udgåede forløb tages op igen', 'in_progress'],
      ['Aflyste møder genplanlægges', 'not_started'],
    ]);
  });
});
