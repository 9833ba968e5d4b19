// Rules found by held-out round 33 (p147–p148: a plan kept as one sheet per activity with an index
// of links; a legacy shared workbook with Track Changes and Excel's History list copied beside the
// plan), each on a probe of one habit built here with SheetJS or by hand, never the round's plans.

import * as XLSX from 'xlsx';
import { readWorkbook } from '../../../core/xlsx';
import { namesNothing } from '../../../core/structure/values';
import { inspectBytes } from '../../../core/inspect';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import {
  checkedAt,
  COVER,
  inspectSheetjs,
  sheetjsBytes,
  TODAY,
  type Inspected,
  type SheetInput,
} from '../../fixtures/sheetjs';

/** One activity's form: label | value down A–B, a link back to the index in A1. */
function form(rows: readonly (readonly [string, string])[]): SheetInput {
  return [['← Oversigt'], ...rows.map(([l, v]) => [l, v])];
}

const KURSUS = form([
  ['Aktivitet', 'Kursus for nye mentorer'],
  ['Tema', 'Opkvalificering'],
  ['Ansvarlig', 'Eva Lund'],
  ['Start', '01.03.2027'],
  ['Frist', '30.04.2027'],
  ['Status', 'I gang'],
]);
// Copied from an older sheet: colons after the labels, the theme first and the status third.
const MOEDE = form([
  ['Tema:', 'Ledelse'],
  ['Aktivitet:', 'Styregruppemøde om mål'],
  ['Status:', 'Gennemført'],
  ['Ansvarlig:', 'Bo Holm'],
  ['Frist:', '29.01.2027'],
]);
const BLANK = form([
  ['Aktivitet', '[skriv her]'],
  ['Tema', '[vælg tema]'],
  ['Ansvarlig', '[skriv her]'],
  ['Frist', 'dd-mm-åååå'],
  ['Status', '[vælg status]'],
]);

const activitiesOf = (r: Inspected) => r.structure.draft.activities;

describe('a plan kept as one sheet per activity, each a label | value form', () => {
  const r = inspectSheetjs([
    ['Forside', COVER],
    ['Kursus', KURSUS],
    ['Møde', MOEDE],
    ['Ny aktivitet', BLANK],
  ]);

  test('each form is an activity, read by its labels whatever their order or colon', () => {
    const kursus = activitiesOf(r).find((a) => a.source.sheet === 'Kursus');
    expect(kursus?.values).toMatchObject({
      activity: 'Kursus for nye mentorer',
      theme: 'upskilling',
      responsible: 'Eva Lund',
      start: '2027-03-01',
      deadline: '2027-04-30',
      status: 'in_progress',
    });
    const moede = activitiesOf(r).find((a) => a.source.sheet === 'Møde');
    expect(moede?.values).toMatchObject({
      activity: 'Styregruppemøde om mål',
      theme: 'leadership',
      status: 'done',
      responsible: 'Bo Holm',
      deadline: '2027-01-29',
    });
    expect(moede?.cells.activity).toBe('B3');
  });

  test('the blank form of prompts is the template, no activity, checked on its sheet', () => {
    expect(activitiesOf(r).map((a) => a.source.sheet)).toEqual(['Kursus', 'Møde']);
    expect(checkedAt(r, 'Ny aktivitet', 'A2')).toBe(true);
  });

  test('a blank row after a first line that names no activity: the form goes on below it', () => {
    const spaced = form([
      ['Tema', 'Ledelse'],
      ['', ''],
      ['Aktivitet', 'Styregruppemøde om mål'],
      ['Ansvarlig', 'Bo Holm'],
      ['Frist', '29.01.2027'],
    ]);
    const r2 = inspectSheetjs([
      ['Forside', COVER],
      ['Kursus', KURSUS],
      ['Møde', spaced],
    ]);
    const moede = activitiesOf(r2).find((a) => a.source.sheet === 'Møde');
    expect(moede?.values).toMatchObject({ activity: 'Styregruppemøde om mål', theme: 'leadership' });
    expect(moede?.source.row).toBe(2);
  });

  test('one form on one sheet alone is not read so (a cover of label | value rows may name an activity)', () => {
    const one = inspectSheetjs([
      ['Forside', COVER],
      ['Kursus', KURSUS],
    ]);
    expect(activitiesOf(one)).toHaveLength(0);
  });
});

describe("a template's prompt names nothing", () => {
  test.each(['[skriv her]', '[Skriv tekst her]', '[vælg tema]', 'dd-mm-åååå', '[Indsæt tekst]'])('%s', (t) =>
    expect(namesNothing(t)).toBe(true),
  );
  test.each(['[Ledelse]', 'Skriv til forældrene', 'Eva Lund'])('%s is a value', (t) =>
    expect(namesNothing(t)).toBe(false),
  );
});

/** An index sheet: a link to each form (a HYPERLINK formula, or a link to a place in the workbook). */
function index(by: 'formula' | 'location'): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Nr.', 'Aktivitet', 'Status'],
    [1, '', ''],
    [2, '', ''],
  ]);
  const line = (r: number, sheet: string, text: string, status: string): void => {
    ws[`B${r}`] =
      by === 'formula'
        ? { t: 's', v: text, f: `HYPERLINK("#'${sheet}'!A1","${text}")` }
        : { t: 's', v: text, l: { Target: `#'${sheet}'!A1` } };
    ws[`C${r}`] = { t: 's', v: status, f: `'${sheet}'!B7` };
  };
  line(2, 'Kursus', 'Kursus', 'I gang');
  line(3, 'Møde', 'Styregruppemøde', 'Gennemført');
  return ws;
}

describe('an index of the forms: a line a sheet, linking to it, its status pulled by a formula', () => {
  test.each(['formula', 'location'] as const)(
    'linked by %s: its lines are no activities, each checked',
    (by) => {
      const r = inspectSheetjs([
        ['Forside', COVER],
        ['Oversigt', index(by)],
        ['Kursus', KURSUS],
        ['Møde', MOEDE],
      ]);
      expect(activitiesOf(r).map((a) => a.source.sheet)).toEqual(['Kursus', 'Møde']);
      expect(checkedAt(r, 'Oversigt', 'B2')).toBe(true);
      expect(checkedAt(r, 'Oversigt', 'B3')).toBe(true);
    },
  );

  test('the grid keeps the sheet each formula or link points into', () => {
    const grid = readWorkbook(sheetjsBytes([['Oversigt', index('formula')]]));
    expect(grid.sheets[0]?.sheetRefs).toEqual(
      expect.arrayContaining([
        { r: 1, c: 1, sheet: 'Kursus' },
        { r: 1, c: 2, sheet: 'Kursus' },
        { r: 2, c: 1, sheet: 'Møde' },
      ]),
    );
    const linked = readWorkbook(sheetjsBytes([['Oversigt', index('location')]]));
    expect(linked.sheets[0]?.sheetRefs).toEqual(expect.arrayContaining([{ r: 1, c: 1, sheet: 'Kursus' }]));
  });
});

/** A plan sheet and a list of its cells' changes, as Excel's History sheet lists them. */
const PLAN: readonly (readonly unknown[])[] = [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
  ['Ledelse', 'Styregruppemøde', 'Bo Holm', '10.09.2027', 'Gennemført'],
  ['Kommunikation', 'Nyhedsbrev', 'Eva Lund', '20.11.2027', 'I gang'],
  ['Inddragelse', 'Forældrepanel', 'Eva Lund', '22.10.2027', 'Ikke startet'],
];
function changes(head: readonly string[]): readonly (readonly unknown[])[] {
  return [
    head,
    [1, '31-08-2027', 'Eva Lund', 'Cell Change', 'Plan', 'E2', 'I gang', 'Ikke startet'],
    [2, '11-09-2027', 'Bo Holm', 'Cell Change', 'Plan', 'E2', 'Gennemført', 'I gang'],
    [3, '14-10-2027', 'Eva Lund', 'Cell Change', 'Plan', 'D3', '20-11-2027', '15-10-2027'],
    [4, '14-10-2027', 'Eva Lund', 'Cell Change', 'Forside', 'B2', '2. halvår 2027', '1. halvår 2027'],
    [5, '02-11-2027', 'Eva Lund', 'Cell Change', 'Plan', 'E3', 'I gang', 'Ikke startet'],
  ];
}
const ENGLISH = ['Action Number', 'Date', 'Who', 'Change', 'Sheet', 'Range', 'New Value', 'Old Value'];
const DANISH = ['Nr.', 'Dato', 'Hvem', 'Ændring', 'Ark', 'Celle', 'Ny værdi', 'Gammel værdi'];

describe("a list of changes to the workbook's cells beside the plan (Excel's History sheet)", () => {
  const withList = (head: readonly string[]): Inspected =>
    inspectSheetjs([
      ['Forside', [...COVER, ['Fase', 'Klargøring']]],
      ['Plan', PLAN],
      ['Historik', changes(head)],
    ]);

  test("Excel's English headers: no line of it is an activity, the list checked at its header", () => {
    const r = withList(ENGLISH);
    expect(activitiesOf(r).map((a) => a.source.sheet)).toEqual(['Plan', 'Plan', 'Plan']);
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['done', 'in_progress', 'not_started']);
    expect(checkedAt(r, 'Historik', 'A1')).toBe(true);
  });

  test('a blank row between its header and its first change: still the list', () => {
    const [head, ...rest] = changes(ENGLISH);
    const r = inspectSheetjs([
      ['Forside', [...COVER, ['Fase', 'Klargøring']]],
      ['Plan', PLAN],
      ['Historik', [head ?? [], [], ...rest]],
    ]);
    expect(activitiesOf(r).map((a) => a.source.sheet)).toEqual(['Plan', 'Plan', 'Plan']);
    expect(checkedAt(r, 'Historik', 'A1')).toBe(true);
  });

  test('Danish headers: no line of it is an activity either', () => {
    const r = withList(DANISH);
    expect(activitiesOf(r).map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'Nyhedsbrev',
      'Forældrepanel',
    ]);
  });

  test('a plan whose theme column names the sheets (a sheet per theme) and whose times are quarters is read', () => {
    const theme = (name: string, q: string): readonly (readonly unknown[])[] => [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Kvartal', 'Status'],
      [name, `Møde ${name}`, 'Bo Holm', q, 'I gang'],
      [name, `Kursus ${name}`, 'Eva Lund', q, 'I gang'],
      [name, `Brev ${name}`, 'Eva Lund', q, 'Ikke startet'],
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Ledelse', theme('Ledelse', 'Q1')],
      ['Kommunikation', theme('Kommunikation', 'Q2')],
    ]);
    expect(activitiesOf(r)).toHaveLength(6);
  });
});

describe('a shared workbook: its revision log (xl/revisions) is no value', () => {
  test('the door reads the file, and the plan sheet holds the values', () => {
    const wb = new WorkbookModel();
    const f = wb.sheet('Forside');
    f.set('A1', 'Kommune').set('B1', 'Vejle').set('A2', 'Periode').set('B2', '2. halvår 2027');
    const p = wb.sheet('Plan');
    PLAN.forEach((row, i) => p.row(`A${i + 1}`, row as (string | number)[]));
    wb.shared = {
      sessions: [
        {
          user: 'Eva Lund',
          at: '2027-08-31T10:12:00',
          changes: [{ sheet: 'Plan', cell: 'E2', from: 'Ikke startet', to: 'I gang' }],
        },
        {
          user: 'Bo Holm',
          at: '2027-09-11T08:47:00',
          changes: [
            { sheet: 'Plan', cell: 'E2', from: 'I gang', to: 'Gennemført' },
            { sheet: 'Plan', cell: 'D3', from: { date: '2027-10-15' }, to: { date: '2027-11-20' } },
          ],
        },
      ],
    };
    // Read, not refused (a refusal throws).
    const r = inspectBytes(toXlsx(wb), { today: TODAY });
    expect(activitiesOf(r).map((a) => a.values.status)).toEqual(['done', 'in_progress', 'not_started']);
    expect(activitiesOf(r)[1]?.values.deadline).toBe('2027-11-20');
  });
});
