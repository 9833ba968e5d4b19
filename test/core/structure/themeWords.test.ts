// Themes as coordinators name them, proven on a workbook SheetJS wrote, read through the intake:
// two words for the same theme joined by a slash, a Danish compound ending in a theme's word, and
// "Kompetencer" for Opkvalificering. Two themes in one cell are still asked, not guessed.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';

const THEMES: readonly [written: string, id: string | undefined][] = [
  ['Kommunikation/formidling', 'communication'],
  ['Borgerinddragelse', 'involvement'],
  ['Sagsdokumentation', 'documentation'],
  ['Kompetencer', 'upskilling'],
  ['Ledelse/kommunikation', undefined],
  ['Ledelse', 'leadership'],
];

const r = inspectSheet('Plan', [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
  ...THEMES.map(([theme], i) => [theme, `Aktivitet ${i + 1}`, 'Anna Holm', '15.03.2027', 'I gang']),
]);
const checked = (cell: string): boolean => checkedAt(r, 'Plan', cell);

test('each theme is read as a careful person reads it', () => {
  expect(r.structure.draft.activities.map((a) => a.values.theme)).toEqual(THEMES.map(([, id]) => id));
});

test('a slash of two words for one theme and a compound are read with a check; a plain theme without', () => {
  expect([checked('A2'), checked('A3'), checked('A4')]).toEqual([true, true, true]);
  expect(checked('A7')).toBe(false);
});

test('two themes in one cell are asked', () => {
  expect(r.issues.filter((i) => i.sheet === 'Plan' && i.cell === 'A6').map((i) => i.code)).toContain(
    'value_not_in_list',
  );
});
