// Gantt-style plans: month, week or quarter columns marked with an x or a fill give the start (the
// first marked period's first day) and the deadline (the last marked period's last day). The year
// comes from the headers, or from the plan around them with a check.

import { structure } from '../../../core/structure';
import { parsePeriodHeader } from '../../../core/structure/gantt';
import type { StructureResult } from '../../../core/draft';
import { date, gridOf } from './grid-builder';

function spans(r: StructureResult): [string | undefined, string | undefined, string | undefined][] {
  return r.draft.activities.map((a) => [a.values.activity, a.values.start, a.values.deadline]);
}

test('period headers as coordinators write them', () => {
  expect(parsePeriodHeader('jan')).toEqual({ kind: 'month', n: 0 });
  expect(parsePeriodHeader('Januar 2026')).toEqual({ kind: 'month', n: 0, year: 2026 });
  expect(parsePeriodHeader('mar. 26')).toEqual({ kind: 'month', n: 2, year: 2026 });
  expect(parsePeriodHeader('Uge 12')).toEqual({ kind: 'week', n: 12 });
  expect(parsePeriodHeader('U7')).toEqual({ kind: 'week', n: 7 });
  expect(parsePeriodHeader('Q3 2026')).toEqual({ kind: 'quarter', n: 3, year: 2026 });
  expect(parsePeriodHeader('2. kvartal')).toEqual({ kind: 'quarter', n: 2 });
  expect(parsePeriodHeader('Status')).toBeUndefined();
});

test('months marked with x; the year from the plan’s title, checked at the marks', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Handleplan 2026'],
        [],
        ['Aktivitet', 'Ansvarlig', 'Status', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun'],
        ['Opstartsmøde', 'Mette', 'I gang', 'x', '', '', '', '', ''],
        ['Uddannelse af mentorer', 'Lars', 'Ikke startet', '', 'x', 'x', 'x', '', ''],
        ['Evaluering', 'Sofie', 'Ikke startet', '', '', '', '', 'X', 'X'],
      ],
    }),
  );
  expect(spans(r)).toEqual([
    ['Opstartsmøde', '2026-01-01', '2026-01-31'],
    ['Uddannelse af mentorer', '2026-02-01', '2026-04-30'],
    ['Evaluering', '2026-05-01', '2026-06-30'],
  ]);
  expect(r.draft.activities[1]?.cells).toMatchObject({ start: 'E5', deadline: 'G5' });
  expect(r.checks.filter((c) => c.field === 'activities.deadline').map((c) => [c.cell, c.value])).toEqual([
    ['D4', '2026-01-31'],
    ['G5', '2026-04-30'],
    ['I6', '2026-06-30'],
  ]);
  // The marks and the month headers are used, not left unmapped.
  expect(r.unmapped).toEqual([{ sheet: 'Plan', cell: 'A1', value: 'Handleplan 2026' }]);
});

test('months with the year in the header, marked by a fill: certain, and a written deadline wins', () => {
  const fills: Record<string, string> = { C3: '5B9BD5', D3: '5B9BD5', E3: '5B9BD5', D4: '5B9BD5' };
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Deadline', 'november 2026', 'december 2026', 'januar 2027', 'februar 2027'],
        ['Rekruttering', ''],
        ['Forældrecoach-uddannelse', ''],
        ['Midtvejsmøde', '15.12.2026'],
      ],
      fills,
    }),
  );
  expect(spans(r)).toEqual([
    ['Rekruttering', undefined, undefined],
    ['Forældrecoach-uddannelse', '2026-11-01', '2027-01-31'],
    ['Midtvejsmøde', '2026-12-01', '2026-12-15'],
  ]);
  expect(r.checks).toEqual([]);
});

test('months past the turn of the year continue into the next year', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Ansvarlig', 'okt 2026', 'nov', 'dec', 'jan', 'feb'],
        ['Overdragelse til drift', 'Mette', '', '', 'x', 'x', 'x'],
      ],
    }),
  );
  expect(spans(r)).toEqual([['Overdragelse til drift', '2026-12-01', '2027-02-28']]);
});

test('week columns ("Uge 10" …), the year from the title', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Tidsplan 2026'],
        ['Aktivitet', 'Ansvarlig', 'Uge 10', 'Uge 11', 'Uge 12', 'Uge 13'],
        ['Kick-off', 'Mette', 'x', 'x', '', ''],
        ['Nyhedsbrev', 'Lars', '', '', '', 'x'],
      ],
    }),
  );
  expect(spans(r)).toEqual([
    ['Kick-off', '2026-03-02', '2026-03-15'],
    ['Nyhedsbrev', '2026-03-23', '2026-03-29'],
  ]);
});

test('week numbers with the year merged above them, past the turn of the year', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['', '', '2026'],
        ['Aktivitet', 'Ansvarlig', 51, 52, 53, 1, 2],
        ['Juleafslutning', 'Mette', '', 'x', 'x', 'x', ''],
      ],
      merges: ['C1:G1'],
    }),
  );
  // 2026 has 53 ISO weeks; week 1 after it is 2027's.
  expect(spans(r)).toEqual([['Juleafslutning', '2026-12-21', '2027-01-10']]);
  expect(r.checks).toEqual([]);
});

test('quarters, and the first day of each week as dates in the header', () => {
  const quarters = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Ansvarlig', 'Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026'],
        ['Rekruttering', 'Mette', '', 'x', 'x', ''],
      ],
    }),
  );
  expect(spans(quarters)).toEqual([['Rekruttering', '2026-04-01', '2026-09-30']]);
  const weeks = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Ansvarlig', date('2026-03-02'), date('2026-03-09'), date('2026-03-16')],
        ['Kick-off', 'Mette', '', 'x', 'x'],
      ],
    }),
  );
  expect(spans(weeks)).toEqual([['Kick-off', '2026-03-09', '2026-03-22']]);
});

test('a month shaded down the whole chart (the summer holiday) is no mark; row banding is none either', () => {
  const fills: Record<string, string> = {};
  for (let r = 2; r <= 5; r++) fills[`I${r}`] = 'D9D9D9';
  fills.D3 = 'FFC000';
  fills.E3 = 'FFC000';
  for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'])
    fills[`${c}5`] = fills[`${c}5`] ?? 'DDEBF7';
  fills.F5 = 'FFC000';
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Ansvarlig', 'Status', 'jan 2026', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul'],
        ['Opstart', 'Mette', 'I gang'],
        ['Rekruttering', 'Lars', 'I gang'],
        ['Nyhedsbrev', 'Sofie', 'I gang'],
        ['Uddannelse', 'Mette', 'I gang'],
      ],
      fills,
    }),
  );
  expect(spans(r)).toEqual([
    ['Opstart', undefined, undefined],
    ['Rekruttering', '2026-01-01', '2026-02-28'],
    ['Nyhedsbrev', undefined, undefined],
    ['Uddannelse', '2026-03-01', '2026-03-31'],
  ]);
});

test('amounts under month columns are no marks', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Ansvarlig', 'Deadline', 'jan 2026', 'feb 2026', 'mar 2026'],
        ['Kursus for mentorer', 'Mette', '', '500', '2 t', ''],
        ['Netværksmøde', 'Lars', '', '', 'x', ''],
      ],
    }),
  );
  expect(spans(r)).toEqual([
    ['Kursus for mentorer', undefined, undefined],
    ['Netværksmøde', '2026-02-01', '2026-02-28'],
  ]);
  expect(r.unmapped.map((u) => u.cell)).toEqual(['D2', 'E2']);
});

test('month columns under a merged year heading (header over two rows): the months row is header, not an activity', () => {
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Aktivitet', 'Ansvarlig', 'Status', '2027', '', '', '', ''],
        ['', '', '', 'jan', 'feb', 'mar', 'apr', 'maj'],
        ['Styregruppemøde', 'Maja', 'Planlagt', '', 'x', '', 'x', ''],
        ['Temadag', 'Louise', 'I gang', 'X', '', '', '', ''],
      ],
      merges: ['D1:H1', 'A1:A2', 'B1:B2', 'C1:C2'],
    }),
  );
  expect(spans(r)).toEqual([
    ['Styregruppemøde', '2027-02-01', '2027-04-30'],
    ['Temadag', '2027-01-01', '2027-01-31'],
  ]);
  // The year came from the heading above the months: certain, no check.
  expect(r.checks.filter((c) => c.field.startsWith('activities.'))).toEqual([]);
  expect(r.unmapped).toEqual([]);
});

test('bare week numbers in a row of their own under a merged "Uge" heading; the year from the title', () => {
  const bar = '8EA9DB';
  const r = structure(
    gridOf({
      name: 'Plan',
      rows: [
        ['Handleplan 1. halvår 2027'],
        [],
        ['Aktivitet', 'Ansvarlig', 'Status', 'Uge', '', '', '', ''],
        ['', '', '', 10, 11, 12, 13, 14],
        ['Styregruppemøde', 'Lone', 'I gang'],
        ['Temadag', 'Camilla', 'Ikke startet'],
      ],
      merges: ['D3:H3', 'A3:A4', 'B3:B4', 'C3:C4'],
      fills: { D5: bar, E5: bar, G6: bar },
    }),
  );
  expect(spans(r)).toEqual([
    ['Styregruppemøde', '2027-03-08', '2027-03-21'],
    ['Temadag', '2027-03-29', '2027-04-04'],
  ]);
  // The week numbers are headers, not a totals row left unplaced (the title is the period).
  expect(r.draft.period).toBe('2027-H1');
  expect(r.unmapped).toEqual([]);
});
