// A large plan is read completely, and the work per row stays bounded: inside a table, a row of
// dates and values is data, and is not looked at again as a possible header. (How fast this is, is measured by
// `npm run bench`: bench/structure.ts, in a fresh process.)

import { structure } from '../../../core/structure';
import * as vocab from '../../../core/structure/vocab';
import { bigPlan } from './big-plan';

afterEach(() => jest.restoreAllMocks());

test('a 5,000-row plan is read completely', () => {
  const result = structure(bigPlan(5000));
  expect(result.draft.activities).toHaveLength(5000);
  expect(
    result.draft.activities.every((a) => a.values.theme !== undefined && a.values.deadline !== undefined),
  ).toBe(true);
  expect(result.unmapped).toEqual([]);
  expect(result.issues).toEqual([]);
});

test('data rows are not looked at as headers: four times the rows, no more header look-ups', () => {
  const calls = (rows: number): number => {
    const spy = jest.spyOn(vocab, 'mightBeHeader');
    structure(bigPlan(rows, `n${rows}-`));
    const n = spy.mock.calls.length;
    spy.mockRestore();
    return n;
  };
  const small = calls(500);
  const large = calls(2000);
  expect(small).toBeGreaterThan(0);
  expect(large).toBe(small);
});
