// A plan typed all in small letters: a heading row under an activity starts with a small letter as
// the rest of a wrapped text does, but it is a heading — a theme's name ("tema 2: kommunikation") or
// a line set out as a heading (filled or bold) — and heads the rows under it. Found by the
// metamorphic explorer writing p113's and p24's texts in small letters. A SheetJS probe and grids
// with the looks a file gives.

import * as XLSX from 'xlsx';
import { structure } from '../../../core/structure';
import { inspectSheet } from '../../fixtures/sheetjs';
import { gridOf } from './grid-builder';

const HEADER = ['aktivitet', 'ansvarlig', 'frist', 'status'];

test("a theme's heading in small letters under an activity with a date heads the rows under it (SheetJS)", () => {
  const ws = XLSX.utils.aoa_to_sheet([
    HEADER,
    ['tema 1: ledelse'],
    ['ledermøde om tid til forløb', 'jens aagaard', '30.09.2026', 'i gang'],
    ['tema 2: kommunikation'],
    ['artikel på intranettet', 'pia nørgaard', '30.10.2026', 'ikke startet'],
  ]);
  const acts = inspectSheet('Plan', ws).structure.draft.activities;
  expect(acts.map((a) => [a.values.activity, a.values.theme])).toEqual([
    ['ledermøde om tid til forløb', 'leadership'],
    ['artikel på intranettet', 'communication'],
  ]);
});

describe.each([
  ['filled across', { fills: { A3: 'DDEBF7', B3: 'DDEBF7', C3: 'DDEBF7', D3: 'DDEBF7' } }],
  ['bold', { bold: ['A3'] }],
])('a heading in small letters %s, naming a theme by its meaning', (_look, looks) => {
  const rows = [
    HEADER,
    ['styregruppen følger op på planen', 'jens lund', '15.09.2026', 'i gang'],
    ['kommunikation og formidling'],
    ['artikel i lokalavisen', 'signe krogh', '01.10.2026', 'ikke startet'],
  ];

  test('is a heading: the row above keeps its text, the row under takes its theme', () => {
    const acts = structure(gridOf({ name: 'Plan', rows, ...looks })).draft.activities;
    expect(acts.map((a) => [a.values.activity, a.values.theme])).toEqual([
      ['styregruppen følger op på planen', undefined],
      ['artikel i lokalavisen', 'communication'],
    ]);
  });

  test('typed plainly (no look), the same line is still the rest of the row above', () => {
    const acts = structure(gridOf({ name: 'Plan', rows })).draft.activities;
    expect(acts[0]?.values.activity).toBe('styregruppen følger op på planen kommunikation og formidling');
  });
});
