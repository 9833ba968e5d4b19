// Struck-through text, read from the font of a cell's style as Excel shows it: <strike/> (or
// <strike val="1"/>) strikes the text, <strike val="0"/> does not. A cancelled activity or a member
// who left the corps is often struck out rather than deleted.

import { readWorkbook } from '../../../core/xlsx';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';

test('a struck-through cell is marked strike; bold and plain cells are not', () => {
  const wb = new WorkbookModel();
  wb.sheet('Plan')
    .set('A1', 'Aktivitet', { bold: true })
    .set('A2', 'Temadag for skoleledere', { strike: true })
    .set('A3', 'Nyhedsbrev')
    .set('B2', 25, { strike: true, bold: true });
  const grid = readWorkbook(toXlsx(wb));
  const cells = grid.sheets[0]?.cells ?? [];
  const at = (r: number, c: number) => cells.find((x) => x.r === r && x.c === c);
  expect(at(0, 0)?.strike).toBeUndefined();
  expect(at(1, 0)?.strike).toBe(true);
  expect(at(2, 0)?.strike).toBeUndefined();
  expect(at(1, 1)).toMatchObject({ v: 25, bold: true, strike: true });
});
