// Themes as coordinators name them, proven on a workbook SheetJS wrote, read through the intake:
// two words for the same theme joined by a slash, a Danish compound ending in a theme's word, and
// "Kompetencer" for Opkvalificering. Two themes in one cell are still asked, not guessed.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';

const THEMES: readonly [written: string, id: string | undefined][] = [
  ['Kommunikation/formidling', 'communication'],
  ['Borgerinddragelse', 'involvement'],
  ['Sagsdokumentation', 'documentation'],
  ['Kompetencer', 'upskilling'],
  ['Ledelse/kommunikation', undefined],
  ['Ledelse', 'leadership'],
];

const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(
  wb,
  XLSX.utils.aoa_to_sheet([
    ['Kommune', 'Vejle'],
    ['Periode', '1. halvår 2027'],
  ]),
  'Forside',
);
XLSX.utils.book_append_sheet(
  wb,
  XLSX.utils.aoa_to_sheet([
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
    ...THEMES.map(([theme], i) => [theme, `Aktivitet ${i + 1}`, 'Anna Holm', '15.03.2027', 'I gang']),
  ]),
  'Plan',
);
const r = inspectBytes(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), {
  today: '2026-12-05',
});
const checked = (cell: string): boolean =>
  (r.checks ?? []).some((c) => c.sheet === 'Plan' && c.cell === cell);

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
