// Three habits the held-out rounds 36 and 37 left open, each a general rule a careful reader follows,
// each on probes built here with SheetJS (never the round's plans): monthly snapshots named by a day,
// in numbers or by week; CSV lines in one column whose fields hold the separator unquoted or whose
// header names columns with figures; a template's example row known only by its look.

import { inspectBytes } from '../../../core/inspect';
import { WorkbookModel, type Style } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { COVER, inspectSheetjs, TODAY, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const sheetsRead = (r: Inspected) => [...new Set(activitiesOf(r).map((a) => a.source.sheet))];
const checkFor = (r: Inspected, sheet: string, cell: string, field: string) =>
  (r.checks ?? []).find((c) => c.sheet === sheet && c.cell === cell && c.field === field);

// --- Snapshots named by a day, in numbers or by week ---------------------------------------------

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
type Row = readonly [string, string, string, string, string];
const MOEDE: Row = ['Ledelse', 'Styregruppemøde om mål', 'Eva Lund', '15.03.2027', 'Ikke startet'];
const BREV: Row = ['Kommunikation', 'Nyhedsbrev til forældre', 'Bo Holm', '30.04.2027', 'Ikke startet'];
const KURSUS: Row = ['Opkvalificering', 'Kursus for nye mentorer', 'Ida Berg', '31.05.2027', 'Ikke startet'];
const status = (row: Row, s: string): Row => [row[0], row[1], row[2], row[3], s];
const sheet = (rows: readonly Row[]) => [['Handleplan 2027'], HEAD, ...rows];

/** Three snapshots, the newest (third name) put first in the tab order, the oldest last. */
function snapshots(oldest: string, middle: string, newest: string): Inspected {
  return inspectSheetjs([
    ['Forside', COVER],
    [newest, sheet([status(MOEDE, 'Gennemført'), status(BREV, 'Gennemført'), status(KURSUS, 'I gang')])],
    [middle, sheet([status(MOEDE, 'Gennemført'), status(BREV, 'I gang'), KURSUS])],
    [oldest, sheet([MOEDE, BREV])],
  ]);
}

describe('monthly snapshots named by a day, in numbers or by week: the newest by the name is the plan', () => {
  test.each([
    ['a day written in numbers', 'Status 26.02.2027', 'Status 12.03.2027', 'Status 09.04.2027'],
    ['a day and a month word', 'Status 12. marts 2027', 'Status 26. marts 2027', 'Status 9. april 2027'],
    [
      'a month word and a day (the numbers differ: no year)',
      'Status Marts 12',
      'Status Marts 26',
      'Status April 9',
    ],
    ['an ISO month', '2027-01', '2027-02', '2027-03'],
    ['a month and a two-digit year', '11-26', '12-26', '01-27'],
    ['a day and a month without a year', 'Møde 26.02', 'Møde 12.03', 'Møde 09.04'],
    ['a week', 'uge 9', 'uge 11', 'uge 13'],
    ['a week and a year', 'Uge 51 2026', 'Uge 1 2027', 'Uge 3 2027'],
    ['months without a year over the new year', 'Status nov', 'Status dec', 'Status jan'],
  ])('%s', (_what, oldest, middle, newest) => {
    const r = snapshots(oldest, middle, newest);
    expect(sheetsRead(r)).toEqual([newest]);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['done', 'done', 'in_progress']);
    expect(checkFor(r, oldest, 'A1', 'sheet')).toBeDefined();
    expect(checkFor(r, middle, 'A1', 'sheet')).toBeDefined();
  });

  test('sheets named by week that are no copies of one another (a calendar) are all read', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['uge 10', sheet([MOEDE])],
      ['uge 11', sheet([BREV])],
      ['uge 12', sheet([KURSUS])],
    ]);
    expect(sheetsRead(r)).toEqual(['uge 10', 'uge 11', 'uge 12']);
  });

  test('sheets named by version numbers are no dated snapshots', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Version 1.2', sheet([MOEDE, BREV])],
      ['Version 1.1', sheet([MOEDE, BREV])],
    ]);
    expect(checkFor(r, 'Version 1.1', 'A1', 'sheet')?.reason.da ?? '').not.toMatch(/måneds kopi/u);
  });
});

// --- CSV lines in one column: a separator typed in a field, figures in the header ----------------

const csvLines = (lines: readonly string[]) =>
  inspectSheetjs([
    ['Forside', COVER],
    ['handleplan_eksport', lines.map((l) => [l])],
  ]);
const inCells = (lines: readonly string[]) =>
  inspectSheetjs([
    ['Forside', COVER],
    ['handleplan_eksport', lines.map((l) => l.split('|'))],
  ]);
const fieldsOf = (r: Inspected) =>
  activitiesOf(r).map((a) => [
    a.values.theme,
    a.values.activity,
    a.values.responsible,
    a.values.deadline,
    a.values.status,
    a.values.evaluation,
  ]);

describe('a CSV line whose field holds the separator unquoted', () => {
  const HEADER = 'Tema;Aktivitet;Ansvarlig;Frist;Status;Bemærkning';
  const lines = [
    HEADER,
    'Ledelse;Styregruppemøde om mål;Eva Lund;15-03-2027;I gang;',
    'Kommunikation;Nyhedsbrev til forældre;Bo Holm;30-04-2027;Ikke startet;ring; mail',
    'Inddragelse;Møde; forældre og skoler;Ida Berg;20-05-2027;I gang;',
    'Opkvalificering;Kursus for nye mentorer;Ali Demir;31-05-2027;Ikke startet;',
  ];
  const r = csvLines(lines);

  test('every record is read, the text with the separator whole in its own column', () => {
    expect(activitiesOf(r).map((a) => a.values.activity)).toEqual([
      'Styregruppemøde om mål',
      'Nyhedsbrev til forældre',
      'Møde; forældre og skoler',
      'Kursus for nye mentorer',
    ]);
    expect(activitiesOf(r).map((a) => a.values.responsible)).toEqual([
      'Eva Lund',
      'Bo Holm',
      'Ida Berg',
      'Ali Demir',
    ]);
    expect(activitiesOf(r).map((a) => a.values.deadline)).toEqual([
      '2027-03-15',
      '2027-04-30',
      '2027-05-20',
      '2027-05-31',
    ]);
  });

  test('each such line is checked at its own cell', () => {
    expect(checkFor(r, 'handleplan_eksport', 'A3', 'column')).toBeDefined();
    expect(checkFor(r, 'handleplan_eksport', 'A4', 'column')).toBeDefined();
    expect(checkFor(r, 'handleplan_eksport', 'A2', 'column')).toBeUndefined();
  });
});

describe('a CSV whose header names columns with figures', () => {
  const lines = [
    'Tema;Aktivitet;Ansvarlig;Frist;Status;Bemærkning uge 12',
    'Ledelse;Styregruppemøde om mål;Eva Lund;15-03-2027;I gang;Udsat',
    'Kommunikation;Nyhedsbrev til forældre;Bo Holm;30-04-2027;Ikke startet;',
    'Opkvalificering;Kursus for nye mentorer;Ali Demir;31-05-2027;Ikke startet;',
  ];

  test('reads as the same table parted into cells', () => {
    const cells = inCells(lines.map((l) => l.replace(/;/gu, '|')));
    expect(fieldsOf(cells)).toHaveLength(3);
    expect(fieldsOf(csvLines(lines))).toEqual(fieldsOf(cells));
  });

  test('a line of a list with figures is still no header ("CB: mentor, 8 t/uge, 3 forløb")', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Korps',
        [
          ['CB: mentor, 8 t/uge, 3 forløb'],
          ['LK: forældrecoach, 10 t/uge, 2 forløb'],
          ['MH: mentor, 6 t/uge, 4 forløb'],
        ],
      ],
    ]);
    expect((r.checks ?? []).filter((c) => c.value === 'CSV')).toEqual([]);
  });
});

// --- A template's example row known only by its look (grey italics under the header) -------------

type StyledRow = readonly [readonly string[], Style?];

/** A hand-built package (Excel's own kind, styles and all): the cover and one plan sheet. */
function styled(rows: readonly StyledRow[]): Inspected {
  const wb = new WorkbookModel();
  const cover = wb.sheet('Forside');
  COVER.forEach(([l, v], i) => cover.row(`A${i + 1}`, [l, v]));
  const s = wb.sheet('Handleplan');
  rows.forEach(([row, style], i) => s.row(`A${i + 1}`, row, style));
  return inspectBytes(toXlsx(wb), { today: TODAY });
}

const GREY_ITALIC: Style = { italic: true, color: '808080' };
const PLAN: readonly StyledRow[] = [
  [['Handleplan 2027'], { bold: true }],
  [HEAD, { bold: true }],
];
const REAL: readonly StyledRow[] = [[[...MOEDE]], [[...BREV]], [[...KURSUS]]];
const EXAMPLE: readonly string[] = ['Inddragelse', 'Forældremøde på skolen', 'Mette', '15-03-2027', 'I gang'];

describe("a template's example row known only by its look", () => {
  test.each([
    ['808080', GREY_ITALIC],
    ['A6A6A6', { italic: true, color: 'A6A6A6' }],
  ])('grey (%s) italics right under the header is no activity, and says so at the row', (_grey, look) => {
    const r = styled([...PLAN, [EXAMPLE, look], ...REAL]);
    expect(activitiesOf(r).map((a) => a.values.activity)).toEqual([MOEDE[1], BREV[1], KURSUS[1]]);
    expect((r.checks ?? []).some((c) => c.sheet === 'Handleplan' && /^A3$|^B3$/u.test(c.cell))).toBe(true);
  });

  test('a real activity in grey because it is finished is read', () => {
    const r = styled([
      ...PLAN,
      [[...status(MOEDE, 'Gennemført')], { color: '808080' }],
      [[...BREV]],
      [[...KURSUS]],
    ]);
    expect(activitiesOf(r).map((a) => a.values.activity)).toEqual([MOEDE[1], BREV[1], KURSUS[1]]);
  });

  test('an italic row in black is read', () => {
    const r = styled([...PLAN, [[...MOEDE], { italic: true }], [[...BREV]], [[...KURSUS]]]);
    expect(activitiesOf(r).map((a) => a.values.activity)).toEqual([MOEDE[1], BREV[1], KURSUS[1]]);
  });

  test('a plan whose every row is grey italics is read whole', () => {
    const r = styled([...PLAN, ...REAL.map(([row]): StyledRow => [row, GREY_ITALIC])]);
    expect(activitiesOf(r).map((a) => a.values.activity)).toEqual([MOEDE[1], BREV[1], KURSUS[1]]);
  });

  test('grey italics further down (a finished activity set aside) is read', () => {
    const r = styled([...PLAN, [[...MOEDE]], [[...BREV]], [EXAMPLE, GREY_ITALIC], [[...KURSUS]]]);
    expect(activitiesOf(r)).toHaveLength(4);
  });
});
