// When a corps member was trained, as coordinators write it, proven on a workbook SheetJS wrote, read
// through the intake: the column's word repeated before the day, a member not trained yet, a tick
// without a day, and a placeholder. None of them is an unreadable date; each is read or checked.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';

const WRITTEN: readonly [written: string, trainedOn: string | undefined][] = [
  ['Uddannet marts 2026', '2026-03-31'],
  ['Uddannet: 3. maj 2026', '2026-05-03'],
  ['Uddannet i maj 2026', '2026-05-31'],
  ['Under uddannelse', undefined],
  ['Ikke uddannet endnu', undefined],
  ['Afventer kursus', undefined],
  ['Ja', undefined],
  ['✓', undefined],
  ['-', undefined],
  ['TBD', undefined],
  ['Hold 3', undefined],
];

const r = inspectSheet('Korps', [
  ['Initialer', 'Rolle', 'Uddannet', 'Timer pr. uge'],
  ...WRITTEN.map(([written], i) => [`A${String.fromCharCode(65 + i)}`, 'Mentor', written, '10']),
]);
const issuesAt = (cell: string): string[] =>
  r.issues.filter((i) => i.sheet === 'Korps' && i.cell === cell).map((i) => i.code);

test('each training date is read as a careful person reads it', () => {
  expect(r.structure.draft.corps.map((m) => m.values.trainedOn)).toEqual(WRITTEN.map(([, d]) => d));
});

test('the column word before the day is no part of it: read without a check', () => {
  for (const cell of ['C2', 'C3', 'C4'])
    expect([cell, issuesAt(cell), checkedAt(r, 'Korps', cell)]).toEqual([cell, [], false]);
});

test('not trained yet, a tick and a placeholder are empty with a check, not an unreadable date', () => {
  for (let row = 5; row <= 11; row++) {
    const cell = `C${row}`;
    expect([cell, issuesAt(cell), checkedAt(r, 'Korps', cell)]).toEqual([cell, [], true]);
  }
  // What names no time at all is still asked.
  expect(issuesAt('C12')).toEqual(['date_unreadable']);
});

test('in a plan\'s deadline column, "Frist 15.03.2027" is that day', () => {
  const plan = inspectSheet('Plan', [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ['Ledelse', 'Styregruppemøde', 'Anna Holm', 'Frist 15.03.2027', 'I gang'],
  ]);
  expect(plan.structure.draft.activities[0]?.values.deadline).toBe('2027-03-15');
});
