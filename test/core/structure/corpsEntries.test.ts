// Corps members as coordinators write them in the initials and cases columns, proven on a workbook
// SheetJS wrote, read through the intake. The corps holds initials only: an e-mail address or a
// name becomes initials (never kept), each with a check.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';

const ROWS: readonly [initials: string, role: string, cases: string][] = [
  ['AB (mentor)', '', '3 + 1 på venteliste'],
  ['Anne B.', 'Mentor', 'Ingen endnu'],
  ['carl.dam@vejle.dk', 'Forældrecoach', '2'],
  ['x12345@vejle.dk', 'Mentor', '1'],
  ['EF', 'Mentor', '4'],
  ['GH', 'Mentor', '-'],
];

const r = inspectSheet('Korps', [
  ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
  ...ROWS.map((r) => [r[0], r[1], '10', r[2]]),
]);
const corps = r.structure.draft.corps;
const checked = (cell: string): boolean => checkedAt(r, 'Korps', cell);

test('initials with the role after them give both', () => {
  expect(corps[0]?.values).toMatchObject({ initials: 'AB', role: 'mentor' });
  expect(checked('A2')).toBe(true);
});

test('a first name with the initial of the surname becomes initials', () => {
  expect(corps[1]?.values.initials).toBe('AB');
  expect(checked('A3')).toBe(true);
});

test('an e-mail address is never kept: its initials where it gives them, else asked', () => {
  expect(corps[2]?.values.initials).toBe('CD');
  expect(corps[3]?.values.initials).toBeUndefined();
  expect([checked('A4'), checked('A5')]).toEqual([true, true]);
  expect(JSON.stringify(r.structure.draft)).not.toMatch(/@vejle\.dk/);
  expect(corps[4]?.values.initials).toBe('EF');
  expect(checked('A6')).toBe(false);
});

test('"3 + 1 på venteliste" is 3 active cases, checked; "Ingen endnu" is none', () => {
  expect(corps.slice(0, 2).map((m) => m.values.activeCases)).toEqual([3, 0]);
  expect(checked('D2')).toBe(true);
  expect((r.checks ?? []).find((c) => c.cell === 'D2')?.reason.da).toMatch(/flere af noget andet/);
});

test('a dash for the cases is no figure: read as empty with a check, and the figure asked for', () => {
  expect(corps[5]?.values.activeCases).toBeUndefined();
  expect(checked('D7')).toBe(true);
  expect(r.issues.filter((i) => i.sheet === 'Korps' && i.cell === 'D7').map((i) => i.code)).not.toContain(
    'number_invalid',
  );
});

test('nor is it in any check or issue the reading gives', () => {
  expect(JSON.stringify([r.checks, r.issues, r.structure.unmapped])).not.toMatch(/@vejle\.dk/);
});
