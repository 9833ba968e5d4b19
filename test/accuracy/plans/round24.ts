// Helpers for the twenty-fourth held-out round (p125–p128): plans kept in the Excel of Microsoft 365
// as it is in 2026. Only what more than one plan of the round writes the same way.

import type { ExpectedValue } from '../expected';
import { toExpected, type Exp, type PlanBuilder } from '../build/plan';
import type { Style } from '../build/model';

export const M365 = { application: 'Microsoft Excel', appVersion: '16.0300' } as const;

/** Excel's cell checkbox (Insert › Checkbox): a boolean cell whose style carries the checkbox. */
export const CHECKBOX: Style = { checkbox: true };

/** An expected value on `sheet`, from a plan file's Exp. */
export function at(sheet: string): (e: Exp, cell: string) => ExpectedValue {
  return (e, cell) => toExpected(e, cell, sheet);
}

/** The cover's "Label | value" pairs from row `first` in columns A and B; each fact read at B. */
export function coverPairs(
  p: PlanBuilder,
  sheet: string,
  first: number,
  pairs: readonly (readonly [string, string, Parameters<PlanBuilder['fact']>[0]?, Exp?])[],
): void {
  const s = p.sheet(sheet);
  pairs.forEach(([label, value, field, exp], i) => {
    const r = first + i;
    s.row(`A${r}`, [label, value]);
    if (field) p.fact(field, exp === undefined ? value : exp, sheet, `B${r}`);
  });
}
