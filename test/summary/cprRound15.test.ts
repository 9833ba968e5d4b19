// CPR door, round 15 (test/fixtures/cprRound15.ts), at the leaders' summary: a note a door accepted
// is shown as written on the overview (clipped for paper without making a number of it), and a
// stored plan or note holding a round-15 form (stored before the doors read it, or merged offline)
// reaches no part of the workbook.

import { strFromU8, unzipSync } from 'fflate';
import type { StoredPlan } from '../../core/receipt';
import { buildSummary } from '../../workbook/summary';
import { generateCorps } from '../fixtures/plans';
import { ROUND15_CLIPPED, ROUND15_TEXTS, readerSees } from '../fixtures/cprRound15';
import { leaks } from '../cli/helpers';

async function summaryText(plans: StoredPlan[]): Promise<string> {
  const bytes = await buildSummary({
    period: '2026-H2',
    plans,
    generatedAt: new Date('2026-11-12T10:00:00Z'),
    lang: 'da',
  });
  const xml = Object.values(unzipSync(bytes))
    .map((part) => strFromU8(part))
    .join('\n');
  // As Excel shows it: its escapes of characters XML cannot hold decoded.
  return xml.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

test('round 15: a stored note or activity in a form the doors now refuse reaches no part of the summary', async () => {
  const refused = ROUND15_TEXTS.filter((p) => p.outcome === 'refused' && p.before === 'missed');
  const plans = generateCorps({ seed: 15, municipalities: refused.length, activities: 3 });
  refused.forEach((p, i) => {
    const stored = plans[i]!;
    stored.receipt.note = p.value;
    stored.plan.activities[0]!.activity = `Samtale: ${p.value}`;
  });
  const text = readerSees(await summaryText(plans));
  expect(refused.filter((p) => leaks(p.written, text)).map((p) => p.id)).toEqual([]);
});

test("round 15: a note a door accepted is shown on the overview without '[CPR fjernet]'", async () => {
  const plans = generateCorps({ seed: 16, municipalities: ROUND15_CLIPPED.length, activities: 3 });
  ROUND15_CLIPPED.forEach((p, i) => {
    plans[i]!.receipt.note = p.value;
  });
  const text = await summaryText(plans);
  expect(text).not.toContain('[CPR fjernet]');
  for (const p of ROUND15_CLIPPED) expect(text).toContain(p.value.slice(0, 12));
});
