// Benchmark task (bench/harness.ts runs it bundled in a fresh Node process): structures one plan of
// `rows` rows in any layout per call, a different workbook each time (eight are made up front).

import { z } from 'zod';
import { structure } from '../../core/structure';
import { bigPlan } from '../../test/core/structure/big-plan';

const argsSchema = z.object({ rows: z.number().int().positive() });

const cache = new Map<number, ReturnType<typeof bigPlan>[]>();
let next = 0;

export default function task(args: unknown): Promise<{ activities: number; unmapped: number }> {
  const { rows } = argsSchema.parse(args);
  let plans = cache.get(rows);
  if (!plans) {
    plans = Array.from({ length: 8 }, (_, i) => bigPlan(rows, `w${i}-`));
    cache.set(rows, plans);
  }
  const grid = plans[next++ % plans.length];
  if (!grid) throw new Error('no plan');
  const result = structure(grid);
  return Promise.resolve({ activities: result.draft.activities.length, unmapped: result.unmapped.length });
}
