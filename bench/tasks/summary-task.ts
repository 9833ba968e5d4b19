// Benchmark task: builds the corps summary workbook for N organisations × M activities.
// Plans are generated once per process (the warm-up run) and reused, so the timed runs measure
// the build alone; peak memory includes the plans, as a server holding them would.
import { z } from 'zod';
import type { StoredPlan } from '../../core/receipt';
import { buildSummary } from '../../workbook/summary';
import { generateCorps } from '../../test/fixtures/plans';

const argsSchema = z.object({
  organisations: z.number().int().positive(),
  activities: z.number().int().positive(),
  seed: z.number().int().default(1),
});

const cache = new Map<string, StoredPlan[]>();

export default async function task(args: unknown): Promise<{ bytes: number; activities: number }> {
  const { organisations, activities, seed } = argsSchema.parse(args);
  const key = `${organisations}x${activities}@${seed}`;
  let plans = cache.get(key);
  if (!plans) {
    // Synthetic organisation codes (9001…): the 98 municipality codes are too few for 1,000.
    plans = generateCorps({ seed, organisations, activities });
    cache.set(key, plans);
  }
  const bytes = await buildSummary({
    period: '2026-H2',
    plans,
    // Only the organisations themselves are expected, so no "mangler" rows are added.
    roster: { version: 1, expected: [], entries: [] },
    generatedAt: new Date('2026-11-12T09:00:00Z'),
    lang: 'da',
  });
  return { bytes: bytes.length, activities: organisations * activities };
}
