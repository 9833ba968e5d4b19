// A status column per follow-up, the newest written first ("Status pr. 1/6 | Status pr. 1/3"): the
// dates in the headers decide which is the row's status now, not the columns' order, and the
// reading is checked. Dates without a year decide only within half a year of each other. SheetJS
// writes the probes, read through the intake.

import { checkedAt, inspectSheetjs, COVER } from '../../fixtures/sheetjs';

function read(first: string, second: string) {
  return inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    [
      'Plan',
      [
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', first, second],
        ['Ledelse', 'Styregruppemøde', 'Sanne Kragh', '15.03.2027', 'Færdig', 'I gang'],
        ['Kommunikation', 'Nyhedsbrev', 'Bo Eriksen', '30.04.2027', 'I gang', 'Ikke startet'],
        ['Opkvalificering', 'Kursusdag', 'Anna Holm', '31.05.2027', null, 'Ikke startet'],
      ],
    ],
  ]);
}

const statuses = (r: ReturnType<typeof read>) => r.structure.draft.activities.map((a) => a.values.status);

test('"Status pr. 1/6 | Status pr. 1/3": the status of 1 June, checked; an empty June falls back to March', () => {
  const r = read('Status pr. 1/6', 'Status pr. 1/3');
  expect(statuses(r)).toEqual(['done', 'in_progress', 'not_started']);
  expect(checkedAt(r, 'Plan', 'E2')).toBe(true);
  // Row 4 has no status of 1 June: March's is read, and said to be from an older column.
  expect(checkedAt(r, 'Plan', 'F4')).toBe(true);
});

test('"Status juni 2027 | Status marts 2027": June, the later by the year written', () => {
  expect(statuses(read('Status juni 2027', 'Status marts 2027'))).toEqual([
    'done',
    'in_progress',
    'not_started',
  ]);
});

test('in date order left to right, the right-most stands, with no check of the order', () => {
  const r = read('Status pr. 1/3', 'Status pr. 1/6');
  expect(statuses(r)).toEqual(['in_progress', 'not_started', 'not_started']);
  expect(checkedAt(r, 'Plan', 'F2')).toBe(false);
});

test('"Status pr. 1/12 | Status pr. 1/3" (a school year): no order by day and month alone, read left to right', () => {
  expect(statuses(read('Status pr. 1/12', 'Status pr. 1/3'))).toEqual([
    'in_progress',
    'not_started',
    'not_started',
  ]);
});
