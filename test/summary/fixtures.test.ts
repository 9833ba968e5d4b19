// The demo-data generator: deterministic from a seed, valid canonical plans, and realistic enough
// to exercise what leaders look at (late activities, small numbers, every phase).

import { storedPlanSchema } from '../../core/receipt';
import { generateCorps, generatePrevious } from '../fixtures/plans';

test('the same seed gives the same plans; another seed gives others', () => {
  const a = generateCorps({ seed: 99, municipalities: 5 });
  const b = generateCorps({ seed: 99, municipalities: 5 });
  const c = generateCorps({ seed: 100, municipalities: 5 });
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
});

test('every generated submission is a valid stored plan, this period and the previous', () => {
  const plans = generateCorps({ seed: 3, municipalities: 98 });
  const previous = generatePrevious(plans, 3);
  for (const p of [...plans, ...previous]) expect(storedPlanSchema.safeParse(p).success).toBe(true);
  expect(new Set(plans.map((p) => p.plan.municipality.code)).size).toBe(98);
  expect(previous.every((p) => p.plan.period === '2026-H1')).toBe(true);
});

test('the plans vary the way real ones do', () => {
  const plans = generateCorps({ seed: 4, municipalities: 60 }).map((p) => p.plan);
  expect(new Set(plans.map((p) => p.phase)).size).toBe(4);
  const today = '2026-11-12';
  const late = plans
    .flatMap((p) => p.activities)
    .filter(
      (a) => a.deadline && a.deadline < today && (a.status === 'not_started' || a.status === 'in_progress'),
    );
  expect(late.length).toBeGreaterThan(10);
  expect(plans.some((p) => p.checklist.some((c) => c.answer === null))).toBe(true);
  const smallCases = plans.filter((p) => {
    const n = p.corps.reduce((s, m) => s + m.activeCases, 0);
    return n > 0 && n < 5;
  });
  expect(smallCases.length).toBeGreaterThan(0);
  expect(
    plans.some((p) => p.indicators.some((i) => i.result !== undefined && i.result > 0 && i.result < 5)),
  ).toBe(true);
  expect(plans.flatMap((p) => p.activities).some((a) => /[æøå]/.test(a.activity))).toBe(true);
});
