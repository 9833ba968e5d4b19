// The leaders' summary is a sink like the command line's output and the service's answers: whatever
// a stored plan holds (a plan stored before the doors checked nine digits, a plan file merged
// offline), no CPR number reaches the workbook — neither in text nor as a number that lost its
// leading zero. The doors refuse them first (test/core/doors.test.ts); this is the last line.

import { strFromU8, unzipSync } from 'fflate';
import type { StoredPlan } from '../../core/receipt';
import { buildSummary } from '../../workbook/summary';
import { leaks } from '../cli/helpers';
import { generateCorps } from '../fixtures/plans';
import { readSummary, tableRows } from './read';

function plansWithNumbers(): StoredPlan[] {
  const [a, b] = generateCorps({ seed: 11, municipalities: 2, activities: 6 });
  if (!a || !b) throw new Error('fixture');
  const first = a.plan.activities[0];
  const second = a.plan.activities[1];
  if (!first || !second) throw new Error('fixture');
  first.activity = 'Samtale med 010190-1234 om forløbet';
  second.milestone = 'Sag 202902345 afsluttet';
  a.plan.indicators.push({ name: 'Egen opgørelse', unit: 'count', result: 303903456 });
  b.receipt.note = 'Ring om 040490 4567';
  return [a, b];
}

const NUMBERS = ['0101901234', '0202902345', '0303903456', '0404904567'];

test('no CPR number of a stored plan reaches any part of the summary', async () => {
  const bytes = await buildSummary({
    period: '2026-H2',
    plans: plansWithNumbers(),
    generatedAt: new Date('2026-11-12T10:00:00Z'),
    lang: 'da',
  });
  const text = Object.values(unzipSync(bytes))
    .map((part) => strFromU8(part))
    .join('\n');
  expect(NUMBERS.map((digits) => leaks(digits, text))).toEqual([false, false, false, false]);
  // The rest of the text is kept, the number masked where it stood.
  const summary = await readSummary(bytes);
  const activities = [...summary.tables.keys()].flatMap((name) => tableRows(summary, name));
  const cells = activities
    .flatMap((row) => Object.values(row))
    .filter((v): v is string => typeof v === 'string');
  expect(cells).toContain('Samtale med [CPR fjernet] om forløbet');
  expect(cells).toContain('Sag [CPR fjernet] afsluttet');
});
