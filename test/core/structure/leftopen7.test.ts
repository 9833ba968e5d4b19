// Habits the last rounds left open (leftopen7), each judged on a probe built here with SheetJS,
// never a corpus plan. (The unplaced list's groups are tested with the pane and the CLI.)

import { inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const reasonAt = (r: Inspected, sheet: string, cell: string) =>
  (r.checks ?? []).find((c) => c.sheet === sheet && c.cell === cell)?.reason;

// --- 4. Last year's whole-year plan left on a sheet beside the plan --------------------------------

describe("last year's whole plan beside this one is named as a year's plan, not a half-year's", () => {
  const plan = (title: string, year: number, what = 'Nyhedsbrev') => [
    [title],
    [],
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ['Ledelse', 'Styregruppemøde', 'Anne Lund', `15.09.${year}`, 'I gang'],
    ['Kommunikation', what, 'Bo Kjær', `01.10.${year}`, 'Ikke startet'],
  ];
  const read = (period: string, oldYear: number, oldTitle: string) =>
    inspectSheetjs([
      [
        'Forside',
        [
          ['Kommune', 'Vejle'],
          ['Periode', period],
        ],
      ],
      ['Handleplan', plan(`Handleplan ${period}`, 2027)],
      ['Gammel', plan(oldTitle, oldYear, 'Temadag')],
    ]);

  test.each([
    ['2. halvår 2027', 2026, 'Handleplan 2026', 'sidste års plan', "last year's plan"],
    ['1. halvår 2027', 2025, 'Handleplan 2025', 'et tidligere års plan', "an earlier year's plan"],
  ])('%s beside "%s": "%s"', (period, oldYear, oldTitle, da, en) => {
    const r = read(period, oldYear, oldTitle);
    expect(r.structure.draft.activities).toHaveLength(2);
    const reason = reasonAt(r, 'Gammel', 'A1');
    expect(reason?.da).toContain(`er ${da},`);
    expect(reason?.en).toContain(`is ${en},`);
    expect(reason?.da).not.toContain('halvår');
  });

  test('a half-year\'s plan is still "et tidligere halvårs plan"', () => {
    const r = read('2. halvår 2027', 2027, '1. halvår 2027 – afsluttet');
    expect(reasonAt(r, 'Gammel', 'A1')?.da).toContain('er et tidligere halvårs plan,');
  });
});
