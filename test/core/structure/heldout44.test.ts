// Rules found by held-out round 44 (p169–p170: a file kept for more than this municipality's plan
// for this half-year — a plan for several years in one sheet, a year per column group; one
// coordinator's file for several municipalities, a sheet per municipality), each on a probe of one
// habit built here with SheetJS, never the round's plans.

import * as XLSX from 'xlsx';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { checkedAt, COVER, inspectSheetjs } from '../../fixtures/sheetjs';

/** A sheet of rows with these merged ranges, as SheetJS writes it. */
function merged(rows: readonly (readonly unknown[])[], merges: readonly string[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => [...r]));
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

describe('a plan for several years, one column group per year', () => {
  // COVER reports 1. halvår 2027.
  const plan = (years: readonly string[], sub: readonly string[]): XLSX.WorkSheet =>
    merged(
      [
        ['Handleplan 2026–2028'],
        [],
        ['', '', '', years[0], '', years[1], '', years[2], ''],
        ['Tema', 'Aktivitet', 'Ansvarlig', ...sub, ...sub, ...sub],
        ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.12.2026', 'Gennemført', '30.06.2027', 'I gang', '15.12.2028', 'Ikke startet'],
        ['Evaluering og tilpasning', 'Slutevaluering', 'Anne Lund', '', '', '', '', '30.11.2028', 'Ikke startet'],
        ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', '', '31.05.2027', 'Ikke startet', '', ''],
      ],
      ['D3:E3', 'F3:G3', 'H3:I3'],
    ); // prettier-ignore

  test("the period's year is read in its group; a row only in later years is no activity, checked", () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', plan(['2026', '2027', '2028'], ['Frist', 'Status'])],
    ]);
    const acts = r.structure.draft.activities;
    expect(acts.map((a) => a.values.activity)).toEqual(['Styregruppemøde', 'Nyhedsbrev']);
    // The 2027 group's status and deadline, not the 2028 group's laid out ahead, nor 2026's.
    expect(acts[0]?.values.status).toBe('in_progress');
    expect(acts[0]?.values.deadline).toBe('2027-06-30');
    expect(acts[1]?.values.deadline).toBe('2027-05-31');
    expect(checkedAt(r, 'Plan', 'F6')).toBe(true);
  });

  test('years over different sub-headers, or headings that are no years, are read as before', () => {
    for (const [years, sub] of [
      [
        ['2026', '2027', '2028'],
        ['Frist', 'Status'],
      ],
      [
        ['Skole', 'PPR', 'Familie'],
        ['Frist', 'Status'],
      ],
    ] as const) {
      const ws = plan(years, sub);
      if (years[0] === '2026') ws['H4'] = { t: 's', v: 'Mål' }; // 2028 over "Mål | Status"
      const r = inspectSheetjs([
        ['Forside', COVER],
        ['Plan', ws],
      ]);
      expect(r.structure.draft.activities.map((a) => a.values.activity)).toContain('Slutevaluering');
    }
  });
});

describe("one coordinator's file for several municipalities, a sheet per municipality", () => {
  // COVER names Vejle; the neighbour is Fredericia.
  const planRows = (who: string, acts: readonly (readonly string[])[]): (readonly string[])[] => [
    [`${who} Kommune – implementeringsplan`],
    [],
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
    ...acts,
  ];
  const checklistRows = (answer: string): (readonly string[])[] => [
    ['Nr.', 'Spørgsmål', 'Svar'],
    ...SEED_QUESTIONS.map(([id, q]) => [id, q, answer]),
  ];
  const theirs = [['Ledelse', 'Styregruppe i Fredericia', 'Kim Holt', '15.03.2027', 'I gang']];
  const ours = [
    ['Ledelse', 'Styregruppe i Vejle', 'Anne Lund', '20.03.2027', 'I gang'],
    ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '30.04.2027', 'Ikke startet'],
  ];

  test("the cover's municipality's sheets are read, the neighbour's left out, checked", () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Fredericia', planRows('Fredericia', theirs)],
      ['Vejle', planRows('Vejle', ours)],
      ['Tjekliste Fredericia', checklistRows('Nej')],
      ['Tjekliste Vejle', checklistRows('Ja')],
    ]);
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppe i Vejle',
      'Nyhedsbrev',
    ]);
    // (L9, a question of template 1.1 the seed's list has not, stays unanswered.)
    const answered = r.structure.draft.checklist.filter((a) => a.answer !== null);
    expect(answered.map((a) => a.answer)).toEqual(SEED_QUESTIONS.map(() => 'yes'));
    expect(checkedAt(r, 'Fredericia', 'A1')).toBe(true);
    expect(checkedAt(r, 'Tjekliste Fredericia', 'A1')).toBe(true);
  });

  test('a cover naming neither, sheets named for no municipality, or one plan sheet: all read as before', () => {
    const neither = inspectSheetjs([
      ['Forside', [['Kommune', 'Kolding'], COVER[1] as readonly [string, string]]],
      ['Fredericia', planRows('Fredericia', theirs)],
      ['Vejle', planRows('Vejle', ours)],
    ]);
    expect(neither.structure.draft.activities).toHaveLength(3);
    const departments = inspectSheetjs([
      ['Forside', COVER],
      ['Skolen', planRows('Skolens', theirs)],
      ['Vejle', planRows('Vejle', ours)],
    ]);
    expect(departments.structure.draft.activities).toHaveLength(3);
    // A neighbour's name left in the only plan's title (as p87) is read as the plan.
    const copied = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', planRows('Fredericia', ours)],
    ]);
    expect(copied.structure.draft.activities).toHaveLength(2);
  });
});
