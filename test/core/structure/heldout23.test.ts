// Habits found by the twenty-third held-out round of the accuracy corpus (p121–p124): plans saved by
// office programs no plan came from — Apple Numbers' category summary rows, an East-Asian input
// method's full-width punctuation (WPS Office), and a joint plan with a partner across the border
// (bilingual Danish–German labels, German statuses, the partner's own rows and mentors). Each probe
// is a workbook SheetJS wrote, read through the intake (never the round's plans).

import * as XLSX from 'xlsx';
import { halfWidth } from '../../../core/normalize';
import { checkedAt, COVER, inspectSheetjs, issuesAt, type Inspected } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

function activities(
  r: Inspected,
): { row: number; activity?: string; responsible?: string; status?: string }[] {
  return r.structure.draft.activities.map((a) => ({
    row: a.source.row,
    ...(a.values.activity !== undefined ? { activity: a.values.activity } : {}),
    ...(a.values.responsible !== undefined ? { responsible: a.values.responsible } : {}),
    ...(a.values.status !== undefined ? { status: a.values.status } : {}),
  }));
}

describe('full-width punctuation from an East-Asian input method', () => {
  test('is read as the ASCII it stands for, the space it takes kept', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          HEADER,
          [
            'Ledelse',
            'Infomøde for rådgivere（udskudt fra december）',
            'Lis Holm，Jens Bo',
            '15.03.2027',
            'I gang',
          ],
          ['Kommunikation', 'Nyhedsbrev', 'Lis Holm', '30.04.2027', 'Ikke startet'],
        ],
      ],
    ]);
    expect(activities(r)[0]).toMatchObject({
      activity: 'Infomøde for rådgivere (udskudt fra december)',
      responsible: 'Lis Holm, Jens Bo',
    });
  });

  test('digits and a mark between digits stay together', () => {
    expect(halfWidth('７，５ timer')).toBe('7,5 timer');
    expect(halfWidth('Note：se bilag')).toBe('Note: se bilag');
  });
});

describe('a category summary row (Apple Numbers, above its group)', () => {
  test('the group value with formula figures alone is no activity', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      HEADER,
      ['Ledelse'],
      ['Ledelse', 'Styregruppemøde', 'Mette Lund', '31.01.2027', 'Gennemført'],
      ['Ledelse', 'Status til direktionen', 'Mette Lund', '30.06.2027', 'Ikke startet'],
      ['Kommunikation'],
      ['Kommunikation', 'Nyhedsbrev', 'Sanne Bech', '28.02.2027', 'I gang'],
    ]);
    ws['B2'] = { t: 'n', v: 2, f: 'SUBTOTAL(103,B3:B4)' };
    ws['B5'] = { t: 'n', v: 1, f: 'SUBTOTAL(103,B6:B6)' };
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ws],
    ]);
    expect(activities(r).map((a) => a.row)).toEqual([3, 4, 6]);
  });

  test('the same when the program that saved the copy could not work out the formulas (#NUM!)', () => {
    // Gnumeric, saving through .ods, lacks SUBTOTAL's Numbers form and writes its error instead.
    const ws = XLSX.utils.aoa_to_sheet([
      HEADER,
      ['Ledelse'],
      ['Ledelse', 'Styregruppemøde', 'Mette Lund', '31.01.2027', 'Gennemført'],
      ['Ledelse', 'Status til direktionen', 'Mette Lund', '30.06.2027', 'Ikke startet'],
      ['Kommunikation'],
      ['Kommunikation', 'Nyhedsbrev', 'Sanne Bech', '28.02.2027', 'I gang'],
    ]);
    ws['B2'] = { t: 'e', v: 0x24, w: '#NUM!', f: 'SUBTOTAL(103,B3:B4)' };
    ws['B5'] = { t: 'e', v: 0x24, w: '#NUM!', f: 'SUBTOTAL(103,B6:B6)' };
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ws],
    ]);
    expect(activities(r).map((a) => a.row)).toEqual([3, 4, 6]);
    expect(r.issues.filter((i) => i.sheet === 'Plan' && /^[A-Z]+[25]$/.test(i.cell))).toEqual([]);
    // An activity whose text a broken lookup could not give would look the same: each is asked about.
    expect(
      (r.checks ?? [])
        .filter((c) => c.field === 'activities.row')
        .map((c) => [c.cell, c.reason.da.includes('#NUM!')]),
    ).toEqual([
      ['A2', true],
      ['A5', true],
    ]);
  });

  test('a typed number beside a theme is still read (no formula: no summary)', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [HEADER, ['Ledelse', 2], ['Ledelse', 'Styregruppemøde', 'Mette Lund', '31.01.2027', 'Gennemført']],
      ],
    ]);
    expect(activities(r).map((a) => a.row)).toContain(2);
  });
});

const JOINT_COVER: readonly (readonly [string, string])[] = [
  ['Kommune / Kommune', 'Vejle Kommune'],
  ['Partner', 'Stadt Flensburg'],
  ['Periode / Zeitraum', '1. halvår 2027'],
  ['Koordinator (Vejle)', 'Birgitte Hansen'],
  ['Koordinatorin (Flensburg)', 'Anke Petersen'],
  ['Leder / Leitung', 'Claus Jessen'],
];

describe('a joint plan with a partner that is no Danish municipality', () => {
  const plan = [
    [
      'Tema / Thema',
      'Aktivitet / Maßnahme',
      'Partner',
      'Ansvarlig / Verantwortlich',
      'Frist / Termin',
      'Status',
    ],
    ['Ledelse', 'Fælles styregruppe', 'Fælles / Gemeinsam', 'Claus Jessen', '28.01.2027', 'offen'],
    ['Kommunikation', 'Infomøde for skolerne', 'Vejle', 'Birgitte Hansen', '15.03.2027', 'in Arbeit'],
    ['Kommunikation', 'Elternabend an Schulen', 'Flensburg', 'Anke Petersen', '15.03.2027', 'erledigt'],
    ['Evaluering', 'Fælles dataark', 'Fælles / Gemeinsam', 'Birgitte Hansen', '30.06.2027', 'verschoben'],
  ];

  test("the partner's own rows are left out, each reported; joint and own rows are read", () => {
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', plan],
    ]);
    expect(activities(r).map((a) => a.row)).toEqual([2, 3, 5]);
    expect(checkedAt(r, 'Plan', 'C4')).toBe(true);
  });

  test("what reading would ask about a partner's row (a date, a role) is asked of no one", () => {
    const theirs = plan.map((row, i) =>
      i === 3 ? row.map((v) => (v === '15.03.2027' ? 'irgendwann' : v)) : row,
    );
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', theirs],
      [
        'Korps',
        [
          ['Initialer', 'Rolle', 'Kommune', 'Timer pr. uge', 'Aktive forløb'],
          ['AK', 'Mentor', 'Vejle', 8, 3],
          ['KB', 'Elterncoach', 'Flensburg', 8, 2],
        ],
      ],
    ]);
    expect(activities(r).map((a) => a.row)).toEqual([2, 3, 5]);
    expect(issuesAt(r, 'Plan', 'E4')).toEqual([]);
    expect(issuesAt(r, 'Korps', 'B3')).toEqual([]);
    // The same values on the municipality's own rows are asked about.
    const ours = theirs.map((row) => row.map((v) => (v === 'Flensburg' ? 'Vejle' : v)));
    const own = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', ours],
    ]);
    expect(issuesAt(own, 'Plan', 'E4')).toContain('date_unreadable');
  });

  test('German month names in a text date are read, day first ("15. März 2027", "31. Mai 2027")', () => {
    const dated = plan.map((row, i) =>
      i === 2
        ? row.map((v) => (v === '15.03.2027' ? '15. März 2027' : v))
        : i === 4
          ? row.map((v) => (v === '30.06.2027' ? '31. Mai 2027' : v))
          : row,
    );
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', dated],
    ]);
    expect(r.structure.draft.activities.map((a) => a.values.deadline)).toEqual([
      '2027-01-28',
      '2027-03-15',
      '2027-05-31',
    ]);
    expect(issuesAt(r, 'Plan', 'E3')).toEqual([]);
  });

  test('German statuses are read (verschoben as Udskudt, checked)', () => {
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', plan],
    ]);
    expect(activities(r).map((a) => a.status)).toEqual(['not_started', 'in_progress', 'changed']);
    expect(checkedAt(r, 'Plan', 'F5')).toBe(true);
  });

  test("a second Danish municipality's rows stay (a joint plan of two municipalities)", () => {
    const two = plan.map((row, i) => (i === 3 ? row.map((v) => (v === 'Flensburg' ? 'Horsens' : v)) : row));
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', two],
    ]);
    expect(activities(r).map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });

  test('a column naming whom each activity is done with (many others beside the municipality) leaves no row out', () => {
    const withWhom = [
      ['Tema', 'Aktivitet', 'Partner', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Vejle Kommune', 'Claus Jessen', '28.01.2027', 'I gang'],
      ['Kommunikation', 'Infomøde for skolerne', 'Skolerne', 'Birgitte Hansen', '15.03.2027', 'I gang'],
      ['Inddragelse', 'Dialogmøde', 'PPR', 'Birgitte Hansen', '15.04.2027', 'Ikke startet'],
      ['Opkvalificering', 'Temadag', 'Sundhedsplejen', 'Birgitte Hansen', '15.05.2027', 'Ikke startet'],
    ];
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', withWhom],
    ]);
    expect(activities(r).map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });

  test("a short form of the plan's own municipality is no partner", () => {
    const short = plan.map((row, i) => (i === 3 ? row.map((v) => (v === 'Flensburg' ? 'Vejl.' : v)) : row));
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', short],
    ]);
    expect(activities(r).map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });

  test("the partner's mentors are no members of the corps", () => {
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', plan],
      [
        'Korps',
        [
          ['Initialer', 'Rolle', 'Kommune', 'Timer pr. uge', 'Aktive forløb'],
          ['AK', 'Mentor', 'Vejle', 8, 3],
          ['TW', 'Mentor', 'Flensburg', 19.5, 5],
          ['LS', 'Forældrecoach', 'Vejle', 10, 2],
        ],
      ],
    ]);
    expect(r.structure.draft.corps.map((m) => m.values.initials)).toEqual(['AK', 'LS']);
    expect(checkedAt(r, 'Korps', 'C3')).toBe(true);
  });

  test("the cover's labels in two languages or qualified by the municipality name its facts", () => {
    const r = inspectSheetjs([
      ['Forside', JOINT_COVER],
      ['Plan', plan],
    ]);
    expect(r.structure.draft.coordinator?.name).toBe('Birgitte Hansen');
    expect(r.structure.draft.leader?.name).toBe('Claus Jessen');
  });

  test("a label qualified by another Danish municipality is that municipality's, whatever the order", () => {
    const plan1 = [
      ['Tema', 'Aktivitet', 'Frist'],
      ['Ledelse', 'Styregruppemøde', '15.03.2027'],
    ];
    for (const first of [true, false]) {
      const theirs: [string, string] = ['Koordinator (Horsens)', 'Hans Lund'];
      const ours: [string, string] = ['Koordinator (Vejle)', 'Vera Holm'];
      const r = inspectSheetjs([
        ['Forside', [...COVER, ...(first ? [theirs, ours] : [ours, theirs])]],
        ['Plan', plan1],
      ]);
      expect(r.structure.draft.coordinator?.name).toBe('Vera Holm');
    }
  });
});
