// Corps hours written as coordinators write them when not as hours a week, and a member who is both
// roles in a sentence: proven on a workbook SheetJS wrote (not the product's writer), through the
// intake. Each reading has a check: the municipality knows the hours, the reading is ours.

import * as XLSX from 'xlsx';
import { checkedAt, inspectSheetjs, inspectSheet } from '../../fixtures/sheetjs';

const HOURS: readonly [written: string | number, hours: number | undefined][] = [
  ['25%', 9.3],
  ['50 % stilling', 18.5],
  ['0,5 årsværk', 18.5],
  ['1 dag om ugen', 7.4],
  ['2 dage/uge', 14.8],
  ['8 timer hver anden uge', 4],
  ['4 t/14 dage', 2],
  ['120 timer/år', 2.3],
  [0.5, 18.5], // a number formatted as a percentage
  ['10', 10],
  ['250 %', undefined],
];

function read(): ReturnType<typeof inspectSheetjs> {
  const rows: (string | number)[][] = [['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb']];
  HOURS.forEach(([written], i) => {
    rows.push([`A${String.fromCharCode(65 + i)}`, i === 0 ? 'Både mentor og coach' : 'Mentor', written, 2]);
  });
  const corps = XLSX.utils.aoa_to_sheet(rows);
  const percentCell = corps[`C${HOURS.findIndex(([w]) => typeof w === 'number') + 2}`] as XLSX.CellObject;
  percentCell.z = '0%';
  return inspectSheet('Korps', corps);
}

const r = read();
const corps = r.structure.draft.corps;
const checked = (cell: string): boolean => checkedAt(r, 'Korps', cell);

test('hours as a share of full time, in posts, days, a fortnight or a year are hours a week, checked', () => {
  expect(corps.map((m) => m.values.hoursPerWeek)).toEqual(HOURS.map(([, hours]) => hours));
  HOURS.forEach(([written, hours], i) => {
    if (hours !== undefined && written !== '10')
      expect([written, checked(`C${i + 2}`)]).toEqual([written, true]);
  });
  expect(checked(`C${HOURS.findIndex(([w]) => w === '10') + 2}`)).toBe(false);
});

test('a percentage over 100 is no share of a post: asked, not read', () => {
  const at = `C${HOURS.length + 1}`;
  expect(r.issues.filter((i) => i.sheet === 'Korps' && i.cell === at).map((i) => i.code)).toEqual([
    'number_invalid',
  ]);
});

test('"Både mentor og coach" is the role Mentor and parent coach, checked', () => {
  expect(corps[0]?.values.role).toBe('both');
  expect(checked('B2')).toBe(true);
  expect(corps[1]?.values.role).toBe('mentor');
});

test('under a header of shares of full time ("Årsværk") a figure is a share, and words are not turned twice', () => {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Initialer', 'Rolle', 'Årsværk'],
    ['AB', 'Mentor', '0,5'],
    ['CD', 'Mentor', '50 %'],
    ['EF', 'Mentor', 'halv tid'],
    ['GH', 'Mentor', '50 % stilling'],
    ['IJ', 'Mentor', '1 dag om ugen'],
  ]);
  const read = inspectSheet('Korps', sheet);
  expect(read.structure.draft.corps.map((m) => m.values.hoursPerWeek)).toEqual([18.5, 18.5, 18.5, 18.5, 7.4]);
});
