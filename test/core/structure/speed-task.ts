// Benchmark task (bench/harness.ts runs it bundled in a fresh Node process): structures one
// 5,000-row plan per call, a different workbook each time.

import { structure } from '../../../core/structure';
import { bigPlan } from './big-plan';

const PLANS = Array.from({ length: 8 }, (_, i) => bigPlan(5000, `w${i}-`));
let next = 0;

export default function task(): Promise<{ activities: number; unmapped: number }> {
  const grid = PLANS[next++ % PLANS.length];
  if (!grid) throw new Error('no plan');
  const result = structure(grid);
  return Promise.resolve({ activities: result.draft.activities.length, unmapped: result.unmapped.length });
}
