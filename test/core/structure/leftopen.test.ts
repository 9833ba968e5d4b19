// Three habits the held-out rounds 36 and 37 left open, each a general rule a careful reader follows,
// each on probes built here with SheetJS (never the round's plans): monthly snapshots named by a day,
// in numbers or by week; CSV lines in one column whose fields hold the separator unquoted or whose
// header names columns with figures; a template's example row known only by its look.

import { COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

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
