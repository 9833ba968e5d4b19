// Rules found by held-out round 36 (p153–p154: a plan kept as a RACI matrix; the plan sheet copied
// before every monthly status meeting), each on a probe of one habit built here with SheetJS or by
// hand, never the round's plans.

import { inspectBytes } from '../../../core/inspect';
import { RACI_FIELD } from '../../../core/structure';
import { readWorkbook } from '../../../core/xlsx';
import { structure } from '../../../core/structure';
import { monthOfSheetName } from '../../../core/structure/snapshots';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import {
  checkedAt,
  COVER,
  inspectSheetjs,
  issuesAt,
  sheetjsBytes,
  TODAY,
  type Inspected,
} from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const onSheet = (r: Inspected, sheet: string) => activitiesOf(r).filter((a) => a.source.sheet === sheet);
const checkFor = (r: Inspected, sheet: string, cell: string, field: string) =>
  (r.checks ?? []).find((c) => c.sheet === sheet && c.cell === cell && c.field === field);

// --- A RACI matrix in place of a responsible column ---------------------------------------------

const RACI_HEAD = [
  'Tema',
  'Aktivitet',
  'Frist',
  'Status',
  'Koordinator',
  'Skoleleder',
  'Styregruppe',
  'Mentorer',
];

function matrix(rows: readonly (readonly string[])[], below: readonly (readonly string[])[] = []) {
  return inspectSheetjs([
    ['Forside', COVER],
    ['Ansvarsmatrix', [['Ansvarsmatrix 2027'], [], RACI_HEAD, ...rows, [], ...below]],
  ]);
}

describe('a plan kept as a RACI matrix (one column per role holding R, A, C or I)', () => {
  const r = matrix(
    [
      ['Ledelse', 'Styregruppemøde om mål', '15.03.2027', 'Gennemført', 'C', 'I', 'R', 'I'],
      ['Kommunikation', 'Nyhedsbrev til forældre', '30.04.2027', 'I gang', 'R/A', 'I', '', 'i'],
      ['Inddragelse', 'Dialogmøde med unge', '20.05.2027', 'I gang', 'a', 'r', 'c', ''],
    ],
    [['R = Ansvarlig (udfører), A = Godkender, C = Konsulteres, I = Informeres']],
  );

  test('the responsible is the column marked R ("R/A" and lower case too), a body as well as a person', () => {
    expect(onSheet(r, 'Ansvarsmatrix').map((a) => a.values.responsible)).toEqual([
      'Styregruppe',
      'Koordinator',
      'Skoleleder',
    ]);
    expect(onSheet(r, 'Ansvarsmatrix')[0]?.cells.responsible).toBe('G4');
  });

  test('the role columns are no status or theme, and their letters are read, not left unplaced', () => {
    expect(onSheet(r, 'Ansvarsmatrix').map((a) => a.values.status)).toEqual([
      'done',
      'in_progress',
      'in_progress',
    ]);
    expect(r.unmapped.filter((u) => u.sheet === 'Ansvarsmatrix' && /^[E-H]\d+$/.test(u.cell))).toEqual([]);
    expect(issuesAt(r, 'Ansvarsmatrix', 'A4')).not.toContain('required_missing');
  });

  test('one check at the matrix says how the responsible was read', () => {
    expect(checkFor(r, 'Ansvarsmatrix', 'E3', 'activities.responsible')?.confidence).toBeLessThan(1);
  });
});

describe("the matrix's columns as the coordinator sees and corrects them", () => {
  const ROWS = [
    ['Ledelse', 'Styregruppemøde om mål', '15.03.2027', 'Gennemført', 'C', 'I', 'R', 'I'],
    ['Kommunikation', 'Nyhedsbrev til forældre', '30.04.2027', 'I gang', 'R', 'I', '', 'A'],
  ];
  const grid = () =>
    readWorkbook(
      sheetjsBytes([
        ['Forside', COVER],
        ['Ansvarsmatrix', [RACI_HEAD, ...ROWS]],
      ]),
    );
  const plan = (r: ReturnType<typeof structure>) => r.tables.find((t) => t.key === 'activities');

  test("the role columns are shown as the responsible's letters, not as columns not used", () => {
    const columns = plan(structure(grid()))?.columns ?? [];
    expect(columns.filter((c) => c.field === RACI_FIELD).map((c) => c.header)).toEqual([
      'Koordinator',
      'Skoleleder',
      'Styregruppe',
      'Mentorer',
    ]);
    expect(columns.filter((c) => c.field === null)).toEqual([]);
  });

  test('a column the coordinator sets to no field is no longer read as one', () => {
    const r = structure(grid(), { columnOverrides: [{ sheet: 'Ansvarsmatrix', col: 6, field: null }] });
    expect(r.draft.activities.map((a) => a.values.responsible)).toEqual([undefined, 'Koordinator']);
    expect(plan(r)?.columns.find((c) => c.col === 6)?.field).toBeNull();
  });

  test('columns the coordinator sets to RACI are read so, though the reader did not take them for it', () => {
    // Only R and A: no C or I anywhere, so the reader does not take the columns for a matrix itself.
    const plain = readWorkbook(
      sheetjsBytes([
        ['Forside', COVER],
        [
          'Plan',
          [
            ['Aktivitet', 'Frist', 'Koordinator', 'Mentorer'],
            ['Temadag', '15.03.2027', 'R', 'A'],
            ['Nyhedsbrev', '30.04.2027', '', 'R'],
          ],
        ],
      ]),
    );
    expect(structure(plain).draft.activities.map((a) => a.values.responsible)).toEqual([
      undefined,
      undefined,
    ]);
    const r = structure(plain, {
      columnOverrides: [
        { sheet: 'Plan', col: 2, field: RACI_FIELD },
        { sheet: 'Plan', col: 3, field: RACI_FIELD },
      ],
    });
    expect(r.draft.activities.map((a) => a.values.responsible)).toEqual(['Koordinator', 'Mentorer']);
  });
});

describe('a RACI row without exactly one R', () => {
  const r = matrix([
    ['Arbejdsproces og kultur', 'Sparring mentorer og SSP', '18.06.2027', 'I gang', 'A', '', 'C', 'R'],
    ['Opkvalificering', 'Supervision af forældrecoaches', '15.06.2027', 'I gang', 'R', 'C', '', 'R'],
    ['Opkvalificering', 'Ekstern supervision', '15.06.2027', 'Ikke startet', 'C', '', 'A', 'I'],
    ['Kommunikation', 'Orientering om årsrapporten', '30.06.2027', 'Ikke startet', 'I', 'I', 'I', 'I'],
  ]);
  const rows = onSheet(r, 'Ansvarsmatrix');

  test('two columns marked R: both are responsible, with a check at the first', () => {
    expect(rows[1]?.values.responsible).toBe('Koordinator, Mentorer');
    expect(checkFor(r, 'Ansvarsmatrix', 'E5', 'activities.responsible')).toBeDefined();
  });

  test('no R but an A: the approver, with a check', () => {
    expect(rows[2]?.values.responsible).toBe('Styregruppe');
    expect(checkFor(r, 'Ansvarsmatrix', 'G6', 'activities.responsible')?.confidence).toBeLessThanOrEqual(0.5);
  });

  test('every role only informed: nobody is responsible, with a check and the missing value reported', () => {
    expect(rows[3]?.values.responsible).toBeUndefined();
    expect(checkFor(r, 'Ansvarsmatrix', 'E7', 'activities.responsible')).toBeDefined();
    expect(issuesAt(r, 'Ansvarsmatrix', 'E7')).toContain('required_missing');
  });

  test('a single R is read without a check of its own', () => {
    expect(rows[0]?.values.responsible).toBe('Mentorer');
    expect(checkedAt(r, 'Ansvarsmatrix', 'H4')).toBe(false);
  });
});

describe('columns of letters that are no RACI matrix are left as before', () => {
  test('a responsible column wins over letters beside it', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Koordinator', 'Styregruppe'],
          ['Ledelse', 'Styregruppemøde', 'Eva Lund', '15.03.2027', 'I gang', 'C', 'R'],
          ['Kommunikation', 'Nyhedsbrev', 'Bo Holm', '30.04.2027', 'I gang', 'R', 'I'],
        ],
      ],
    ]);
    expect(onSheet(r, 'Plan').map((a) => a.values.responsible)).toEqual(['Eva Lund', 'Bo Holm']);
  });

  test('columns of letters with no R (grades, codes) give no responsible', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Frist', 'Status', 'Skole A', 'Skole B'],
          ['Ledelse', 'Styregruppemøde', '15.03.2027', 'I gang', 'A', 'C'],
          ['Kommunikation', 'Nyhedsbrev', '30.04.2027', 'I gang', 'C', 'I'],
        ],
      ],
    ]);
    expect(onSheet(r, 'Plan').map((a) => a.values.responsible)).toEqual([undefined, undefined]);
  });

  test('a column holding other texts beside its letters is no RACI column', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Frist', 'Status', 'Koordinator', 'Skole Vest'],
          ['Ledelse', 'Styregruppemøde', '15.03.2027', 'I gang', 'R', 'C'],
          ['Kommunikation', 'Nyhedsbrev', '30.04.2027', 'I gang', 'I', 'Ikke med'],
        ],
      ],
    ]);
    expect(onSheet(r, 'Plan').map((a) => a.values.responsible)).toEqual([undefined, undefined]);
  });
});

// --- Monthly snapshots of the plan sheet ------------------------------------------------------------

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
type Row = readonly [string, string, string, string, string];
const MOEDE: Row = ['Ledelse', 'Styregruppemøde om mål', 'Eva Lund', '15.03.2027', 'Ikke startet'];
const BREV: Row = ['Kommunikation', 'Nyhedsbrev til forældre', 'Bo Holm', '30.04.2027', 'Ikke startet'];
const KURSUS: Row = ['Opkvalificering', 'Kursus for nye mentorer', 'Ida Berg', '31.05.2027', 'Ikke startet'];
const status = (row: Row, s: string): Row => [row[0], row[1], row[2], row[3], s];
const sheet = (rows: readonly Row[]) => [['Handleplan 2027'], HEAD, ...rows];

/** A hand-built package (Excel's own kind) with these sheets, in this tab order, read through the intake. */
function handBuilt(sheets: readonly (readonly [string, readonly (readonly string[])[]])[]): Inspected {
  const wb = new WorkbookModel();
  const cover = wb.sheet('Forside');
  COVER.forEach(([l, v], i) => cover.row(`A${i + 1}`, [l, v]));
  for (const [name, rows] of sheets) {
    const s = wb.sheet(name);
    rows.forEach((row, i) => s.row(`A${i + 1}`, row));
  }
  return inspectBytes(toXlsx(wb), { today: TODAY });
}

describe('the plan sheet copied before every monthly status meeting', () => {
  // Tabs out of order: May dragged before March.
  const r = handBuilt([
    ['Status jan 27', sheet([MOEDE, BREV])],
    [
      'Status maj 2027',
      sheet([status(MOEDE, 'Gennemført'), status(BREV, 'Gennemført'), status(KURSUS, 'I gang')]),
    ],
    ['Status Marts 27', sheet([status(MOEDE, 'Gennemført'), status(BREV, 'I gang'), KURSUS])],
  ]);

  test("the latest month's sheet by its name (not the tab order) is the plan", () => {
    expect(activitiesOf(r).map((a) => a.source.sheet)).toEqual([
      'Status maj 2027',
      'Status maj 2027',
      'Status maj 2027',
    ]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['done', 'done', 'in_progress']);
  });

  test("the earlier months' sheets are passed over, each named in a check", () => {
    expect(checkFor(r, 'Status jan 27', 'A1', 'sheet')).toBeDefined();
    expect(checkFor(r, 'Status Marts 27', 'A1', 'sheet')).toBeDefined();
    expect(checkFor(r, 'Status maj 2027', 'A1', 'sheet')).toBeUndefined();
  });

  test('a month written without a year takes the year its sibling sheets share', () => {
    const s = inspectSheetjs([
      ['Forside', COVER],
      ['Status sep 27', sheet([MOEDE, BREV])],
      ['Status okt', sheet([status(MOEDE, 'I gang'), BREV, KURSUS])],
      ['Status aug 27', sheet([MOEDE, BREV])],
    ]);
    expect(new Set(activitiesOf(s).map((a) => a.source.sheet))).toEqual(new Set(['Status okt']));
  });

  test('sheets named by month that are no copies of one another (a calendar) are all read', () => {
    const s = inspectSheetjs([
      ['Forside', COVER],
      ['Plan januar 2027', sheet([MOEDE])],
      ['Plan februar 2027', sheet([BREV])],
      ['Plan marts 2027', sheet([KURSUS])],
    ]);
    expect(activitiesOf(s).map((a) => a.source.sheet)).toEqual([
      'Plan januar 2027',
      'Plan februar 2027',
      'Plan marts 2027',
    ]);
  });
});

describe('"Uændret" as a status on the latest monthly sheet', () => {
  test("reads as the status on the month before's sheet, with a check", () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Status feb 27', sheet([MOEDE, BREV])],
      ['Status mar 27', sheet([status(MOEDE, 'I gang'), BREV])],
      ['Status apr 27', sheet([status(MOEDE, 'Uændret'), status(BREV, 'I gang')])],
    ]);
    const [moede] = onSheet(r, 'Status apr 27');
    expect(moede?.values.status).toBe('in_progress');
    expect(checkFor(r, 'Status apr 27', 'E3', 'activities.status')).toBeDefined();
    expect(issuesAt(r, 'Status apr 27', 'E3')).toEqual([]);
  });

  test("is not read where the month before's two copies disagree", () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Status feb 27', sheet([MOEDE, BREV])],
      ['Status mar 27', sheet([status(MOEDE, 'I gang'), BREV])],
      ['Status mar 27 (kopi)', sheet([status(MOEDE, 'Gennemført'), BREV])],
      ['Status apr 27', sheet([status(MOEDE, 'Uændret'), status(BREV, 'Uændret')])],
    ]);
    const [moede, brev] = onSheet(r, 'Status apr 27');
    expect(moede?.values.status).toBeUndefined();
    expect(checkFor(r, 'Status apr 27', 'E3', 'activities.status')?.reason.en).toMatch(/disagree/);
    expect(issuesAt(r, 'Status apr 27', 'E3')).toContain('value_not_in_list');
    // Where the copies agree, the status is read.
    expect(brev?.values.status).toBe('not_started');
  });
});

describe('"Uændret" where the month before holds no status of the list', () => {
  test('is not read from an older month past it', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Status feb 27', sheet([status(MOEDE, 'I gang'), BREV])],
      ['Status mar 27', sheet([status(MOEDE, 'Se referatet'), BREV])],
      ['Status apr 27', sheet([status(MOEDE, 'Uændret'), BREV])],
    ]);
    const [moede] = onSheet(r, 'Status apr 27');
    expect(moede?.values.status).toBeUndefined();
    expect(issuesAt(r, 'Status apr 27', 'E3')).toContain('value_not_in_list');
  });
});

describe("a sheet's name read for its month", () => {
  test.each([
    ['Status jan 26', { month: 1, year: 2026, copy: false, stem: 'status' }],
    ['Status Marts 26', { month: 3, year: 2026, copy: false, stem: 'status' }],
    ['Status maj 2026', { month: 5, year: 2026, copy: false, stem: 'status' }],
    ['Status okt (kopi)', { month: 10, year: undefined, copy: true, stem: 'status' }],
    ['Status sept.', { month: 9, year: undefined, copy: false, stem: 'status' }],
  ])('%s', (name, expected) => {
    expect(monthOfSheetName(name)).toEqual(expected);
  });

  test.each(['Handleplan', 'Status 2026', 'Jan og feb 2026', 'Status jan 26 udkast', 'Handleplan 2026-H2'])(
    '%s names no month',
    (name) => {
      expect(monthOfSheetName(name)).toBeUndefined();
    },
  );
});
