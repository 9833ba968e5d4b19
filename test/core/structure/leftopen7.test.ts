// Habits the last rounds left open (leftopen7), each judged on a probe built here with SheetJS,
// never a corpus plan. (The unplaced list's groups are tested with the pane and the CLI.)

import { checkedAt, COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

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

// --- 2. Two versions of one row, one under the other -----------------------------------------------

describe('two versions of one activity typed one under the other are read once', () => {
  const H = ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'];
  const NEWS = ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '01.05.2027', 'Ikke startet'];
  const read = (rows: readonly (readonly string[])[]) => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', rows],
    ]);
    const acts = r.structure.draft.activities.map(
      (a) => `${a.values.activity} | ${a.values.responsible} | ${a.values.deadline} | ${a.source.row}`,
    );
    return { r, acts };
  };

  test.each([
    ['(gammel) above', 'Styregruppemøde (gammel)', 'Styregruppemøde', 'B2', 3],
    ['(old) above', 'Styregruppemøde (old)', 'Styregruppemøde', 'B2', 3],
    ['"Tidligere version:" below', 'Styregruppemøde', 'Tidligere version: Styregruppemøde', 'B3', 2],
  ])('the version marked old is left out, checked: %s', (_, upper, lower, at, keptRow) => {
    // The version read is due 30.03, the one marked old 15.03.
    const [up, low] = at === 'B2' ? ['15.03.2027', '30.03.2027'] : ['30.03.2027', '15.03.2027'];
    const { r, acts } = read([
      H,
      ['Ledelse', upper, 'Anne Lund', up, 'I gang'],
      ['Ledelse', lower, 'Anne Lund', low, 'I gang'],
      NEWS,
    ]);
    expect(acts).toEqual([
      `Styregruppemøde | Anne Lund | 2027-03-30 | ${keptRow}`,
      'Nyhedsbrev | Bo Kjær | 2027-05-01 | 4',
    ]);
    expect(checkedAt(r, 'Plan', at)).toBe(true);
  });

  test('two named versions ("Version Anne: …", "Version Bo: …"): the lower one read, both checked', () => {
    const { r, acts } = read([
      H,
      ['Ledelse', 'Version Anne: Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang'],
      ['Ledelse', 'Version Bo: Styregruppemøde', 'Bo Kjær', '30.03.2027', 'I gang'],
      NEWS,
    ]);
    expect(acts).toEqual([
      'Styregruppemøde | Bo Kjær | 2027-03-30 | 3',
      'Nyhedsbrev | Bo Kjær | 2027-05-01 | 4',
    ]);
    expect([checkedAt(r, 'Plan', 'B2'), checkedAt(r, 'Plan', 'B3')]).toEqual([true, true]);
  });

  test('a version column ("Version Anne" / "Version Bo"): the lower one read, both checked', () => {
    const { r, acts } = read([
      [...H, 'Version'],
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang', 'Version Anne'],
      ['Ledelse', 'Styregruppemøde', 'Bo Kjær', '30.03.2027', 'I gang', 'Version Bo'],
      [...NEWS, ''],
    ]);
    expect(acts).toEqual([
      'Styregruppemøde | Bo Kjær | 2027-03-30 | 3',
      'Nyhedsbrev | Bo Kjær | 2027-05-01 | 4',
    ]);
    expect([checkedAt(r, 'Plan', 'F2'), checkedAt(r, 'Plan', 'F3')]).toEqual([true, true]);
  });

  test('guards: rows apart, other texts, or no mark are two activities as before', () => {
    expect(
      read([
        H,
        ['Ledelse', 'Styregruppemøde (gammel)', 'Anne Lund', '15.03.2027', 'I gang'],
        NEWS,
        ['Ledelse', 'Styregruppemøde', 'Anne Lund', '30.03.2027', 'I gang'],
      ]).acts,
    ).toHaveLength(3);
    expect(
      read([
        H,
        ['Ledelse', 'Version Anne: Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang'],
        ['Ledelse', 'Version Bo: Temadag', 'Bo Kjær', '30.03.2027', 'I gang'],
      ]).acts,
    ).toHaveLength(2);
    expect(
      read([
        H,
        ['Ledelse', 'Evaluering af tidligere version af kurset', 'Anne Lund', '15.03.2027', 'I gang'],
        ['Ledelse', 'Evaluering af kurset', 'Bo Kjær', '30.03.2027', 'I gang'],
      ]).acts,
    ).toHaveLength(2);
  });
});

// --- 3. Review replies worded otherwise than "Ansvarlig: …" ------------------------------------------

describe('a reply to the review in other words gives the value the row lacks, checked', () => {
  test('"… er tovholder", "Flyttet til …", "Vi forventer at være færdige uge 24"; the plan\'s column kept', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status', 'Kommentar (KL)', 'Svar fra kommunen'],
          ['Ledelse', 'Styregruppemøde', '', '15.03.2027', 'I gang', 'Hvem?', 'Mette Holm er tovholder'],
          ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', 'Ikke startet', 'Frist?', 'Flyttet til 30.11.2027'],
          ['Kommunikation', 'Temadag', 'Bo Kjær', '', 'Ikke startet', 'Frist?', 'Vi forventer at være færdige uge 24'],
          ['Ledelse', 'Evaluering', 'Anne Lund', '01.06.2027', 'Ikke startet', 'Frist?', 'Flyttet til 30.06.2027'],
          ['Ledelse', 'Kursus', '', '01.06.2027', 'Ikke startet', 'Hvem?', 'Det ser vi på'],
        ],
      ],
    ]); // prettier-ignore
    expect(
      r.structure.draft.activities.map((a) => [a.values.activity, a.values.responsible, a.values.deadline]),
    ).toEqual([
      ['Styregruppemøde', 'Mette Holm', '2027-03-15'],
      ['Nyhedsbrev', 'Bo Kjær', '2027-11-30'],
      ['Temadag', 'Bo Kjær', '2027-06-20'],
      ['Evaluering', 'Anne Lund', '2027-06-01'],
      ['Kursus', undefined, '2027-06-01'],
    ]);
    expect(['G2', 'G3', 'G4', 'G5', 'G6'].map((c) => checkedAt(r, 'Plan', c))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
