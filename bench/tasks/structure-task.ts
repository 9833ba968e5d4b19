// Benchmark task (bench/harness.ts runs it bundled in a fresh Node process): structures one plan of
// `rows` rows in any layout per call, a different workbook each time (eight are made up front).

import { z } from 'zod';
import { structure } from '../../core/structure';
import { bigPlan } from '../../test/core/structure/big-plan';
import { gridOf } from '../../test/core/structure/grid-builder';

const argsSchema = z.object({
  rows: z.number().int().positive(),
  /** 'tables': the header written again over every entry, so that each entry is a table of its own. */
  layout: z.enum(['own', 'tables']).default('own'),
});

/** A plan of `rows` rows, half of them a header and half an entry: rows / 2 tables of one row. */
function headerOverEveryEntry(rows: number, prefix: string): ReturnType<typeof bigPlan> {
  const head = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
  return gridOf({
    name: 'Plan',
    rows: Array.from({ length: rows }, (_, i) =>
      i % 2 === 0 ? head : ['Ledelse', `${prefix}møde ${i}`, 'Anne Holm', '15.03.2027', 'I gang'],
    ),
  });
}

const cache = new Map<number, ReturnType<typeof bigPlan>[]>();
let next = 0;

export default function task(args: unknown): Promise<{ activities: number; unmapped: number }> {
  const { rows, layout } = argsSchema.parse(args);
  const key = layout === 'own' ? rows : -rows;
  let plans = cache.get(key);
  if (!plans) {
    const make = layout === 'own' ? bigPlan : headerOverEveryEntry;
    plans = Array.from({ length: layout === 'own' ? 8 : 2 }, (_, i) => make(rows, `w${i}-`));
    cache.set(key, plans);
  }
  const grid = plans[next++ % plans.length];
  if (!grid) throw new Error('no plan');
  const result = structure(grid);
  return Promise.resolve({ activities: result.draft.activities.length, unmapped: result.unmapped.length });
}
