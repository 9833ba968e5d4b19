// Numbers shown as icons by an icon-set conditional format, read the way Excel picks the icon: the
// highest icon whose threshold the number reaches (numbers as written, percents of the way from the
// least number to the greatest), reversed when the rule says so, and whether the number is hidden.

import { readWorkbook } from '../../../core/xlsx';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';

function iconsOf(build: (wb: WorkbookModel) => void) {
  const wb = new WorkbookModel();
  build(wb);
  return (readWorkbook(toXlsx(wb)).sheets[0]?.icons ?? []).map((i) => [
    i.r,
    i.c,
    i.set,
    i.index,
    i.iconOnly === true,
  ]);
}

test('traffic lights over 1–3 with number thresholds 2 and 3, the number hidden', () => {
  expect(
    iconsOf((wb) => {
      const s = wb.sheet('Plan').set('A1', 'Status').set('A2', 3).set('A3', 2).set('A4', 1).set('A5', 'x');
      s.iconSets.push({ ref: 'A2:A5', iconSet: '3TrafficLights1', thresholds: [2, 3], iconOnly: true });
    }),
  ).toEqual([
    [1, 0, '3TrafficLights1', 2, true],
    [2, 0, '3TrafficLights1', 1, true],
    [3, 0, '3TrafficLights1', 0, true],
  ]);
});

test('a cell outside the rule, or a sheet without one, has no icon', () => {
  expect(
    iconsOf((wb) => {
      const s = wb.sheet('Tjekliste').set('C4', 2).set('C5', 0).set('D4', 2);
      s.iconSets.push({ ref: 'C4:C5', iconSet: '3Symbols', thresholds: [1, 2] });
    }),
  ).toEqual([
    [3, 2, '3Symbols', 2, false],
    [4, 2, '3Symbols', 0, false],
  ]);
  expect(iconsOf((wb) => void wb.sheet('Plan').set('A1', 2))).toEqual([]);
});
