// An indicator's unit written as the symbol for "number of" ("#"), as an English-writing consultant
// heads a KPI sheet: a count, as "%" is a percentage. Seen as two blocking "not a valid unit" errors
// when p69 was dropped on the web page. Workbooks made with SheetJS.

import { matchListValue } from '../../../core/normalize';
import { COVER, inspectSheetjs, issuesAt } from '../../fixtures/sheetjs';

const PLAN = [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
  ['Ledelse', 'Styregruppemøde', 'Lis Holm', '15.03.2027', 'I gang'],
];

test('"#" is a count and "%" a percentage; neither is a value outside the list', () => {
  const r = inspectSheetjs([
    ['Forside', COVER],
    ['Plan', PLAN],
    [
      'KPIs',
      [
        ['KPI', 'Unit', 'Baseline', 'Target', 'Actual'],
        ['Active mentoring cases', '#', 0, 25, 9],
        ['Cases with positive progression', '%', 40, 60, 55],
      ],
    ],
  ]);
  expect(r.structure.draft.indicators.map((i) => i.values.unit)).toEqual(['count', 'percent']);
  expect(issuesAt(r, 'KPIs', 'B2')).toEqual([]);
});

test('a symbol names a list value only where the list has it', () => {
  expect(matchListValue('unit', ' # ')).toBe('count');
  expect(matchListValue('status', '#')).toBeUndefined();
  expect(matchListValue('unit', '*')).toBeUndefined();
});
