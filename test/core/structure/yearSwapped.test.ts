// A year typed with two digits the wrong way round: "30.06.2072" in a plan for 2027. Round 19
// (plans typed in haste, p108) had it read as 30 June 2072 and only asked about; a careful reader
// reads the plan's year and asks. Probes written by SheetJS, read through the intake.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

function deadlines(rows: readonly (readonly unknown[])[]) {
  const r = inspectSheet('Plan', [HEADER, ...rows]);
  return { r, read: r.structure.draft.activities.map((a) => a.values.deadline) };
}

test('a year that is the plan year with two digits swapped is read as the plan year, and checked', () => {
  const { r, read } = deadlines([
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '30.06.2072', 'I gang'],
    ['Kommunikation', 'Nyhedsbrev', 'Pia Munk', '1.2.2072', 'I gang'],
    ['Opkvalificering', 'Kursusdag', 'Ole Berg', '31.03.2027', 'Ikke startet'],
  ]);
  expect(read).toEqual(['2027-06-30', '2027-02-01', '2027-03-31']);
  expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
  expect(checkedAt(r, 'Plan', 'D3')).toBe(true);
  expect(checkedAt(r, 'Plan', 'D4')).toBe(false);
});

test('a far year that no swap of two digits makes the plan year is kept as written, and checked', () => {
  const { r, read } = deadlines([
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '15.03.2037', 'I gang'],
    ['Kommunikation', 'Nyhedsbrev', 'Pia Munk', '15.02.2027', 'I gang'],
  ]);
  expect(read).toEqual(['2037-03-15', '2027-02-15']);
  expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
});

test('a swap that would make a day that does not exist is not made', () => {
  // 29 February 2072 exists; 29 February 2027 does not: kept as written, and checked.
  const { r, read } = deadlines([
    ['Ledelse', 'Styregruppemøde', 'Lars Holt', '29.02.2072', 'I gang'],
    ['Kommunikation', 'Nyhedsbrev', 'Pia Munk', '15.02.2027', 'I gang'],
  ]);
  expect(read[0]).toBe('2072-02-29');
  expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
});
