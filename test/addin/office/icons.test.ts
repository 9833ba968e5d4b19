// Icon sets (statuses and answers shown as traffic lights or ✔ ! ✖ over 1–3 numbers) read through
// the Office layer give the same GridSheet.icons as core/xlsx reads from the file's bytes, with no
// request of their own; an Excel without what they need reads the workbook without them.

import { readGridFromExcel } from '../../../addin/src/office/read';
import type { GridSheet } from '../../../core/grid';
import { readWorkbook } from '../../../core/xlsx';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { FakeExcel, type FakeIconSet } from '../support/fakeExcel';

const all = () => true;
const ROWS = [
  ['Aktivitet', 'Status'],
  ['Kick-off', 3],
  ['Nyhedsbrev', 2],
  ['Temadag', 1],
  ['Note', 'x'],
] as const;

function excel(iconSets: readonly FakeIconSet[], excelApi?: number): FakeExcel {
  return new FakeExcel({
    sheets: [{ name: 'Plan', rows: ROWS.map((r) => [...r]), iconSets }],
    ...(excelApi !== undefined ? { excelApi } : {}),
  });
}

const NUMBER_THRESHOLDS: FakeIconSet = {
  ref: 'B2:B5',
  style: 'ThreeTrafficLights1',
  showIconOnly: true,
  criteria: [
    { type: 'Percent', formula: '=0', operator: 'GreaterThanOrEqual' },
    { type: 'Number', formula: '=2', operator: 'GreaterThanOrEqual' },
    { type: 'Number', formula: '=3', operator: 'GreaterThanOrEqual' },
  ],
};

function sheet0(sheets: readonly GridSheet[]): GridSheet {
  const s = sheets[0];
  if (!s) throw new Error('no sheet');
  return s;
}

async function iconsInExcel(iconSets: readonly FakeIconSet[], excelApi?: number) {
  const fake = excel(iconSets, excelApi);
  const grid = await readGridFromExcel(fake.context(), {
    supports: excelApi === undefined ? all : fake.supports,
  });
  return { icons: sheet0(grid.sheets).icons, fake };
}

test('the same icons as read from the file: number thresholds, the number hidden', async () => {
  const wb = new WorkbookModel();
  const s = wb.sheet('Plan');
  ROWS.forEach((row, r) => row.forEach((v, c) => s.set(`${String.fromCharCode(65 + c)}${r + 1}`, v)));
  s.iconSets.push({ ref: 'B2:B5', iconSet: '3TrafficLights1', thresholds: [2, 3], iconOnly: true });
  const fromBytes = sheet0(readWorkbook(toXlsx(wb)).sheets).icons;
  const { icons } = await iconsInExcel([NUMBER_THRESHOLDS]);
  expect(fromBytes).toHaveLength(3);
  expect(icons).toEqual(fromBytes);
});

test('percent thresholds, reversed order, "greater than": the icon Excel shows', async () => {
  const { icons } = await iconsInExcel([
    {
      ref: 'B2:B5',
      style: 'ThreeSymbols',
      reverseIconOrder: true,
      criteria: [
        { type: 'Percent', formula: '=0', operator: 'GreaterThanOrEqual' },
        { type: 'Percent', formula: '=50', operator: 'GreaterThan' },
        { type: 'Percent', formula: '=100', operator: 'GreaterThanOrEqual' },
      ],
    },
  ]);
  // 1 → lowest, 2 → not above 50 % of the way (2 is exactly half): lowest, 3 → highest; reversed.
  expect(icons?.map((i) => [i.r, i.set, i.index, i.count, i.iconOnly === true])).toEqual([
    [1, '3Symbols', 0, 3, false],
    [2, '3Symbols', 2, 3, false],
    [3, '3Symbols', 2, 3, false],
  ]);
});

test('a criterion given by a formula that is no number leaves the rule out, as from the file', async () => {
  const { icons } = await iconsInExcel([
    {
      ...NUMBER_THRESHOLDS,
      criteria: [
        { type: 'Percent', formula: '=0', operator: 'GreaterThanOrEqual' },
        { type: 'Formula', formula: '=$D$1', operator: 'GreaterThanOrEqual' },
        { type: 'Number', formula: '=3', operator: 'GreaterThanOrEqual' },
      ],
    },
  ]);
  expect(icons).toBeUndefined();
});

test('no request of their own: the same number of syncs with icon sets as without', async () => {
  const withIcons = await iconsInExcel([NUMBER_THRESHOLDS]);
  const without = await iconsInExcel([]);
  expect(withIcons.fake.syncs).toBe(without.fake.syncs);
});

test('an Excel without getRanges (ExcelApi 1.8, Excel 2019) reads a one-area rule; nothing newer is called', async () => {
  const { icons, fake } = await iconsInExcel([NUMBER_THRESHOLDS], 8);
  expect(icons?.map((i) => i.index)).toEqual([2, 1, 0]);
  expect(fake.tooNew).toEqual([]);
});
