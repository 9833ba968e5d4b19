// Rules found by held-out round 31 (p143–p144: the half-year kept in a month calendar made from a
// calendar template; a plan sent as Power BI "Eksportér data" exports with aggregated columns), each
// on a probe of one habit built here (a grid by hand where colours matter, else SheetJS), never the
// round's plans.

import { structure } from '../../../core/structure';
import { checkedAt, inspectSheet, type Inspected } from '../../fixtures/sheetjs';
import { gridOf, type In } from './grid-builder';

const LEDELSE = 'F8CBAD';
const INDDRAGELSE = 'C6E0B4';

/** March 2027 as a calendar template shows it: 1 March is a Monday. */
function march(name = 'Marts 2027', title = 'Marts 2027'): ReturnType<typeof structure> {
  const fill = (v: string, rgb: string): In => ({ v, fill: rgb });
  const rows: (readonly In[])[] = [
    [title],
    [],
    ['Uge', 'man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn', '', 'Forklaring'],
    [9, 1, 2, 3, 4, 5, 6, 7, '', fill('Ledelse', LEDELSE)],
    [
      '',
      '',
      fill('Styregruppemøde kl. 13 (Per)', LEDELSE),
      '',
      '',
      '',
      '',
      '',
      '',
      fill('Inddragelse', INDDRAGELSE),
    ],
    [10, 8, 9, 10, 11, 12, 13, 14],
    ['', fill('Temauge om forældre (Mette)', INDDRAGELSE)],
    [11, 15, 16, 17, 18, 19, 20, 21],
    ['', '', '', 'AFLYST – Infomøde for lærere (Mette)'],
    [12, 22, 23, 24, 25, 26, 27, 28],
    ['', 'Påskeferie', '', '', '', 'Frist: ansøgning om midler'],
    [13, 29, 30, 31],
    [],
  ];
  return structure(gridOf({ name, rows, merges: ['A1:H1', 'B7:F7', 'B11:D11'] }));
}

describe('a month calendar: weeks by weekdays, the entry under the day', () => {
  const r = march();
  const at = (row: number, col: number) =>
    r.draft.activities.find((a) => a.source.row === row && a.source.col === col)?.values;

  test('each entry is an activity on its day, known by its cell; a holiday is none', () => {
    expect(r.draft.activities).toHaveLength(4);
    expect(at(5, 3)).toMatchObject({
      activity: 'Styregruppemøde',
      deadline: '2027-03-02',
      responsible: 'Per',
    });
    expect(at(9, 4)).toMatchObject({
      activity: 'Infomøde for lærere',
      deadline: '2027-03-17',
      status: 'closed',
    });
    expect(at(11, 6)).toMatchObject({ activity: 'ansøgning om midler', deadline: '2027-03-26' });
    expect(at(11, 6)?.responsible).toBeUndefined();
    expect(r.draft.activities.some((a) => a.values.activity === 'Påskeferie')).toBe(false);
  });

  test('an entry merged across days runs from its first day to its last', () => {
    expect(at(7, 2)).toMatchObject({
      activity: 'Temauge om forældre',
      start: '2027-03-08',
      deadline: '2027-03-12',
    });
  });

  test("the theme is the entry cell's colour, by the legend's coloured theme names", () => {
    expect(at(5, 3)?.theme).toBe('leadership');
    expect(at(7, 2)?.theme).toBe('involvement');
    expect(at(9, 4)?.theme).toBeUndefined();
  });

  test('places are the entry cells, and the reading is checked at the weekdays', () => {
    const row = r.draft.activities.find((a) => a.source.row === 5);
    expect(row?.cells).toMatchObject({ activity: 'C5', deadline: 'C5', responsible: 'C5' });
    expect(r.checks.some((c) => c.sheet === 'Marts 2027' && c.cell === 'B3')).toBe(true);
  });

  test("no calendar where the numbers are not the month's days on their weekdays", () => {
    const april = march('April 2027', 'April 2027');
    expect(april.draft.activities.every((a) => a.source.col === undefined)).toBe(true);
    expect(april.draft.activities.some((a) => a.values.deadline === '2027-04-02')).toBe(false);
  });
});

describe("a report's aggregated columns (Power BI's exported data, a PivotTable)", () => {
  const plan = (count: string): Inspected =>
    inspectSheet('Plan', [
      ['Tema', 'Første Aktivitet', 'Ansvarlig', 'Status', count, 'Seneste Frist'],
      ['Ledelse', 'Styregruppemøde', 'Bo Holm', 'I gang', 1, '15.03.2027'],
      ['Kommunikation', 'Nyhedsbrev', 'Bo Holm', 'I gang', 2, '30.04.2027'],
    ]);

  test('a row counting several activities is read as the one it names, checked at the activity', () => {
    const r = plan('Antal af Aktivitet-ID');
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'Nyhedsbrev',
    ]);
    expect(checkedAt(r, 'Plan', 'B3')).toBe(true);
    expect(checkedAt(r, 'Plan', 'B2')).toBe(false);
  });

  test('a count of something else ("Antal deltagere") says nothing of the row', () => {
    expect(checkedAt(plan('Antal deltagere'), 'Plan', 'B3')).toBe(false);
  });

  const corps = (cases: string): Inspected =>
    inspectSheet('Korps', [
      ['Initialer', 'Rolle', 'Sum af Timer pr. uge', cases],
      ['AB', 'Mentor', 8, 3],
      ['CD', 'Mentor', 4],
    ]);
  const member = (r: Inspected, row: number) =>
    r.structure.draft.corps.find((m) => m.source.row === row)?.values;

  test("a member's blank aggregated count of cases is none: 0, checked at the cell", () => {
    const r = corps('Antal af Forløb-ID');
    expect(member(r, 2)).toMatchObject({ initials: 'AB', activeCases: 3 });
    expect(member(r, 3)).toMatchObject({ initials: 'CD', activeCases: 0 });
    expect(checkedAt(r, 'Korps', 'D3')).toBe(true);
  });

  test('a blank under a plain cases column stays unknown', () => {
    expect(member(corps('Aktive forløb'), 3)?.activeCases).toBeUndefined();
  });
});
