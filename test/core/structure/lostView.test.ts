// A plan view made by a formula from raw data of codes, as a program that cannot calculate the
// formula saves it: every cell of the view an error value (LibreOffice and Gnumeric know no LET,
// LAMBDA or SORTBY and save #NAME?). A careful reader of such a copy reads the plan from the data
// the view was made of, each code looked up in the workbook's lists. SheetJS probes of the habit,
// never a corpus plan.

import * as XLSX from 'xlsx';
import { checkedAt, COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const THEMES = ['Ledelse', 'Kommunikation', 'Inddragelse', 'Arbejdsproces og kultur', 'Organisering, roller og ansvar', 'Opkvalificering', 'Opfølgning på dokumentation', 'Evaluering og tilpasning']; // prettier-ignore
const STATUSES = ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket'];

/** The lists the codes stand for, numbered, side by side on a sheet of their own. */
const LISTS = [
  ['Nr', 'Tema', 'Nr', 'Status'],
  ...THEMES.map((t, i) => [i + 1, t, ...(STATUSES[i] === undefined ? [] : [i + 1, STATUSES[i]])]),
];

const DATA = [
  ['ID', 'TemaNr', 'Aktivitet', 'Ansvarlig', 'Frist', 'StatusNr'],
  [1, 1, 'Styregruppens opstartsmøde', 'Kirsten Mogensen', '19-01-2027', 3],
  [2, 6, 'Uddannelsesdage for mentorer', 'Fatima Ali', '29-04-2027', 2],
  [3, 2, 'Pressemeddelelse om korpset', 'Jakob Nygaard', '05-02-2027', 1],
];

/** A sheet of these rows whose cells given as null are error values (#NAME?, as SheetJS writes 0x1D). */
function withErrors(rows: readonly (readonly (string | null)[])[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map((v) => v ?? '')));
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) ws[XLSX.utils.encode_cell({ r, c })] = { t: 'e', v: 0x1d, w: '#NAME?' };
    }),
  );
  return ws;
}

/** The view's header, then its rows, every cell an error. */
const LOST_VIEW = withErrors([
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
  ...DATA.slice(1).map(() => [null, null, null, null, null]),
]);

function read(
  r: Inspected,
): { at: string; theme?: string; activity?: string; status?: string; responsible?: string }[] {
  return r.structure.draft.activities.map((a) => ({
    at: `${a.source.sheet}!${a.source.row}`,
    ...(a.values.theme !== undefined ? { theme: a.values.theme } : {}),
    ...(a.values.activity !== undefined ? { activity: a.values.activity } : {}),
    ...(a.values.status !== undefined ? { status: a.values.status } : {}),
    ...(a.values.responsible !== undefined ? { responsible: a.values.responsible } : {}),
  }));
}

describe('a plan view whose every cell is an error value', () => {
  test('is no plan: the data it was made of is read, its codes through the lists, the view checked', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', LOST_VIEW],
      ['Data', DATA],
      ['Lister', LISTS],
    ]);
    expect(read(r)).toEqual([
      {
        at: 'Data!2',
        theme: 'leadership',
        activity: 'Styregruppens opstartsmøde',
        status: 'done',
        responsible: 'Kirsten Mogensen',
      },
      {
        at: 'Data!3',
        theme: 'upskilling',
        activity: 'Uddannelsesdage for mentorer',
        status: 'in_progress',
        responsible: 'Fatima Ali',
      },
      {
        at: 'Data!4',
        theme: 'communication',
        activity: 'Pressemeddelelse om korpset',
        status: 'not_started',
        responsible: 'Jakob Nygaard',
      },
    ]);
    expect(checkedAt(r, 'Plan', 'A2')).toBe(true);
  });

  test('a row with one error among its values stays an activity', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        withErrors([
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Ledelse', 'Styregruppemøde', 'Anne Toft', null, 'I gang'],
          ['Kommunikation', 'Nyhedsbrev', 'Kim Brix', '15-03-2027', 'Ikke startet'],
        ]),
      ],
    ]);
    expect(read(r).map((x) => x.at)).toEqual(['Plan!2', 'Plan!3']);
  });
});

describe('codes in a plan explained by numbered lists', () => {
  const plan = (rows: readonly (readonly unknown[])[]): Inspected =>
    inspectSheetjs([
      ['Forside', COVER],
      ['Plan', rows],
      ['Lister', LISTS],
    ]);

  test('a column headed "TemaNr" is the theme, its numbers read through the numbered themes', () => {
    const r = plan([
      ['TemaNr', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      [1, 'Styregruppens opstartsmøde', 'Kirsten Mogensen', '19-01-2027', 'Gennemført'],
      [3, 'Inddragelse af ungerådet', 'Jakob Nygaard', '18-03-2027', 'I gang'],
    ]);
    expect(read(r).map((x) => x.theme)).toEqual(['leadership', 'involvement']);
  });

  test('status numbers are read through a list numbering the statuses in cells ("3 | Gennemført")', () => {
    const r = plan([
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'StatusNr'],
      ['Ledelse', 'Styregruppens opstartsmøde', 'Kirsten Mogensen', '19-01-2027', 3],
      ['Inddragelse', 'Inddragelse af ungerådet', 'Jakob Nygaard', '18-03-2027', 2],
    ]);
    expect(read(r).map((x) => x.status)).toEqual(['done', 'in_progress']);
  });

  test('numbers beside words that are no status explain nothing', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'StatusNr'],
          ['Ledelse', 'Styregruppens opstartsmøde', 'Kirsten Mogensen', '19-01-2027', 3],
        ],
      ],
      [
        'Lister',
        [
          ['Nr', 'Lokale'],
          [1, 'Mødelokale A'],
          [2, 'Mødelokale B'],
          [3, 'Kantinen'],
        ],
      ],
    ]);
    expect(read(r)[0]?.status).toBeUndefined();
    expect(r.issues.some((i) => i.code === 'value_not_in_list' && i.cell === 'E2')).toBe(true);
  });
});

describe('people written by their initials, explained by a list of the staff', () => {
  const STAFF = [
    ['Initialer', 'Navn'],
    ['KM', 'Kirsten Mogensen'],
    ['JN', 'Jakob Nygaard'],
    ['FA', 'Fatima Ali'],
  ];
  const CODED = [
    ['ID', 'TemaNr', 'Aktivitet', 'Ans', 'Frist', 'StatusNr'],
    [1, 1, 'Styregruppens opstartsmøde', 'KM', '19-01-2027', 3],
    [2, 6, 'Uddannelsesdage for mentorer', 'FA', '29-04-2027', 2],
    [3, 2, 'Pressemeddelelse om korpset', 'JN', '05-02-2027', 1],
  ];

  test('"Ans" holds the responsible, the initials read as the names the list gives them', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', LOST_VIEW],
      ['Data', CODED],
      ['Lister', LISTS],
      ['Medarbejdere', STAFF],
    ]);
    expect(read(r).map((x) => `${x.at} ${x.responsible ?? '-'}`)).toEqual([
      'Data!2 Kirsten Mogensen',
      'Data!3 Fatima Ali',
      'Data!4 Jakob Nygaard',
    ]);
    // Each initials read as a name is told once, with the list that explains it.
    expect(
      (r.checks ?? [])
        .filter((c) => c.field === 'activities.responsible')
        .map((c) => `${c.sheet}!${c.cell} ${c.value}: ${c.reason.da.includes("arket 'Medarbejdere'")}`),
    ).toEqual(['Data!D2 Kirsten Mogensen: true', 'Data!D3 Fatima Ali: true', 'Data!D4 Jakob Nygaard: true']);
  });

  test('initials beside a word that does not carry them ("FA | mentor") stay as written', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Data', CODED],
      ['Lister', LISTS],
      [
        'Korps',
        [
          ['Initialer', 'Rolle'],
          ['KM', 'Mentor'],
          ['FA', 'Forældrecoach'],
        ],
      ],
    ]);
    expect(read(r).map((x) => x.responsible)).toEqual(['KM', 'FA', 'JN']);
  });

  test('the view and its data read alike: the view in words is read, the data of codes passed over', () => {
    const view = [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppens opstartsmøde', 'Kirsten Mogensen', '19-01-2027', 'Gennemført'],
      ['Kommunikation', 'Pressemeddelelse om korpset', 'Jakob Nygaard', '05-02-2027', 'Ikke startet'],
      ['Opkvalificering', 'Uddannelsesdage for mentorer', 'Fatima Ali', '29-04-2027', 'I gang'],
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', view],
      ['Data', CODED],
      ['Lister', LISTS],
      ['Medarbejdere', STAFF],
    ]);
    expect(read(r).map((x) => x.at)).toEqual(['Plan!2', 'Plan!3', 'Plan!4']);
    expect(checkedAt(r, 'Data', 'A1')).toBe(true);
  });
});
