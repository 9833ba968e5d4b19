// Indicator figures as coordinators write them, proven on a workbook SheetJS wrote, read through the
// intake: a lower bound abbreviated ("min. 10"), small figures in words ("tre"), a figure for each
// half-year (the plan's own period), and a target not set yet.

import { checkedAt, inspectSheet } from '../../fixtures/sheetjs';

const TARGETS: readonly [written: string, target: number | undefined][] = [
  ['min. 10', 10],
  ['minimum 10', 10],
  ['mind. 10', 10],
  ['tre', 3],
  ['Tolv', 12],
  ['10 pr. halvår', 10],
  ['10 hvert halvår', 10],
  ['20 årligt', undefined],
  ['Fastsættes senere', undefined],
  ['Ingen mål endnu', undefined],
];

const r = inspectSheet('Indikatorer', [
  ['Indikator', 'Enhed', 'Mål', 'Resultat'],
  ...TARGETS.map(([written], i) => [`Unge i forløb ${i + 1}`, 'Antal', written, '4']),
]);
const targets = r.structure.draft.indicators.map((i) => i.values.target);
const checked = (cell: string): boolean => checkedAt(r, 'Indikatorer', cell);
const errorsAt = (cell: string): string[] =>
  r.issues
    .filter((i) => i.sheet === 'Indikatorer' && i.cell === cell && i.severity === 'error')
    .map((i) => i.code);

test('each target is read as a careful person reads it', () => {
  expect(targets).toEqual(TARGETS.map(([, t]) => t));
});

test('a lower bound is the bound, checked; figures in words and per half-year are exact', () => {
  expect(['C2', 'C3', 'C4'].map(checked)).toEqual([true, true, true]);
  expect(['C5', 'C6', 'C7', 'C8'].map(checked)).toEqual([false, false, false, false]);
});

test('a figure a year is no half-year figure: asked; a target not set yet is empty, checked, no error', () => {
  expect(errorsAt('C9')).toEqual(['number_invalid']);
  for (const cell of ['C10', 'C11']) {
    expect(checked(cell)).toBe(true);
    expect(errorsAt(cell)).toEqual([]);
  }
});
