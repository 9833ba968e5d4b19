// Rules found by held-out round 32 (p145–p146: the activity plan kept as a Kanban board drawn in
// cells; a plan whose times are holidays and school weeks named in words), each on a probe of one
// habit built here with SheetJS, never the round's plans.

import { readDateText } from '../../../core/dates';
import { checkedAt, inspectSheet, type Inspected } from '../../fixtures/sheetjs';

/** Whether the reading says a sheet was read as a Kanban board. */
const readAsBoard = (r: Inspected): boolean =>
  (r.checks ?? []).some((c) => String(c.value).startsWith('kanban:'));

/** A board: status columns across, two swimlanes down column A, a card a cell. */
function board(extraHeader?: string, broken = false): Inspected {
  const plain = ['Tema', 'Ikke startet', 'I gang – maks. 3', 'Venter', 'Færdig'];
  const head = broken ? plain.map((h) => h.replace(/ /gu, '\n')) : plain;
  return inspectSheet('Tavle', [
    ['Kanban-tavle 2027'],
    extraHeader ? [...head, extraHeader] : head,
    [
      'Ledelse',
      'Rollebeskrivelse\nAnsvarlig: Bo Holm\nFrist: 30/4',
      '',
      '',
      'Styregruppemøde\nAnsvarlig: Bo Holm\nFrist: 29/1',
    ],
    ['', '', 'Halvårsstatus\nAnsvarlig: Eva Lund\nStart: 1/3\nFrist: 15/6'],
    ['Kommunikation', '', '', 'Nyhedsbrev til forældre\nAnsvarlig: Eva Lund\nFrist: 31/3'],
    [],
    ['Kort: aktivitet, ansvarlig og frist på hver sin linje.'],
  ]);
}

describe('a Kanban board drawn in cells: status columns, themes as lanes, a card a cell', () => {
  const r = board();
  const at = (row: number, col: number) =>
    r.structure.draft.activities.find((a) => a.source.row === row && a.source.col === col)?.values;

  test('each card is an activity known by its cell, several to a row', () => {
    expect(r.structure.draft.activities).toHaveLength(4);
    expect(at(3, 2)).toMatchObject({
      activity: 'Rollebeskrivelse',
      responsible: 'Bo Holm',
      deadline: '2027-04-30',
      status: 'not_started',
      theme: 'leadership',
    });
    expect(at(3, 5)).toMatchObject({ activity: 'Styregruppemøde', status: 'done', deadline: '2027-01-29' });
  });

  test("the status is the column's heading (a limit after it, – maks. 3, no part of it), the theme the lane's", () => {
    expect(at(4, 3)).toMatchObject({
      activity: 'Halvårsstatus',
      status: 'in_progress',
      theme: 'leadership',
      start: '2027-03-01',
      deadline: '2027-06-15',
      responsible: 'Eva Lund',
    });
    expect(at(5, 4)).toMatchObject({ activity: 'Nyhedsbrev til forældre', theme: 'communication' });
  });

  test('"Venter" is read as a guess, checked at the card; the board is checked at its status row', () => {
    expect(checkedAt(r, 'Tavle', 'D5')).toBe(true);
    expect(checkedAt(r, 'Tavle', 'B2')).toBe(true);
    expect(readAsBoard(r)).toBe(true);
    expect(r.structure.draft.activities.some((a) => /Kort:/u.test(a.values.activity ?? ''))).toBe(false);
  });

  test('a status heading broken over lines is read as one line', () => {
    const b = board(undefined, true);
    expect(readAsBoard(b)).toBe(true);
    expect(
      b.structure.draft.activities.find((a) => a.source.row === 3 && a.source.col === 2)?.values.status,
    ).toBe('not_started');
  });

  test('marks under status columns beside an activity column are a ticked plan, no board', () => {
    const ticked = inspectSheet('Plan', [
      ['Aktivitet', 'Ikke startet', 'I gang', 'Færdig'],
      ['Styregruppemøde', '', 'x', ''],
      ['Nyhedsbrev', 'x', '', ''],
      ['Kursus', '', '', 'x'],
    ]);
    expect(ticked.structure.draft.activities.some((a) => a.values.activity === 'x')).toBe(false);
    expect(readAsBoard(ticked)).toBe(false);
  });

  test('a legend of statuses over a plan table is no board', () => {
    const r3 = inspectSheet('Plan', [
      ['Forklaring:', 'Ikke startet', 'I gang', 'Gennemført'],
      [],
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Bo Holm', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Eva Lund', 'Ikke startet'],
      ['Inddragelse', 'Forældrepanel', 'Eva Lund', 'Gennemført'],
    ]);
    expect(readAsBoard(r3)).toBe(false);
    expect(r3.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'Nyhedsbrev',
      'Forældrepanel',
    ]);
  });

  test('another heading in the status row: no board', () => {
    const r2 = board('Aktivitet');
    expect(r2.structure.draft.activities.some((a) => a.values.activity === 'Rollebeskrivelse')).toBe(false);
    expect(readAsBoard(r2)).toBe(false);
  });
});

describe('a holiday or a school holiday named in words, in the plan year', () => {
  const read = (t: string) => {
    const d = readDateText(t, { year: 2027 });
    return d && { first: d.first, last: d.last, range: d.range };
  };

  test('a movable feast is worked out from Easter (2027: 28 March), a fixed one is its day', () => {
    expect(read('Fastelavn')?.last).toBe('2027-02-07');
    expect(read('Store bededag')?.last).toBe('2027-04-23');
    expect(read('Kr. himmelfartsdag')?.last).toBe('2027-05-06');
    expect(read('senest Grundlovsdag')?.last).toBe('2027-06-05');
    expect(read('Sankthans')?.last).toBe('2027-06-23');
    expect(read('Skærtorsdag 2028')?.last).toBe('2028-04-13');
  });

  test('"inden", "dagen efter", "ugen efter" move from the holiday; "efter påske" alone is no day', () => {
    expect(read('inden påske')?.last).toBe('2027-03-24');
    expect(read('dagen efter Kr. himmelfartsdag')?.last).toBe('2027-05-07');
    expect(read('ugen efter pinse')).toEqual({ first: '2027-05-17', last: '2027-05-23', range: false });
    expect(read('efter påske')).toBeUndefined();
    expect(readDateText('Grundlovsdag')).toBeUndefined();
  });

  test('a date beside words about the holiday it falls in is the date', () => {
    expect(read('efter påske (uge 14-15)')).toEqual({ first: '2027-04-05', last: '2027-04-18', range: true });
    expect(read('uge 2, efter juleferien')?.last).toBe('2027-01-17');
  });

  test('read in a plan: the deadline of the row, the year from the cover', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Hvornår', 'Ansvarlig'],
      ['Ledelse', 'Styregruppemøde', 'ugen efter pinse', 'Bo Holm'],
      ['Kommunikation', 'Nyhedsbrev', 'senest Grundlovsdag', 'Eva Lund'],
    ]);
    expect(r.structure.draft.activities.map((a) => a.values.deadline)).toEqual(['2027-05-23', '2027-06-05']);
  });
});
