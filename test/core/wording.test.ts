// What coordinators and leaders read names its sources by name, never by the seed files' numbers
// ("000 §2.3", "004 Tabel 24" mean nothing outside the team): every text of the template spec and
// of the summary's words is walked.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as spec from '../../core/spec';

const LABELS = join(__dirname, '..', '..', 'core', 'summary', 'labels');

function texts(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => texts(v, seen));
}

const SEED_NUMBER = /\b00\d(?:\s*(?:§|Tabel|Table|kap\.|afsnit)|_)/i;

test('the template spec names no source by a seed number', () => {
  const all = texts(spec);
  expect(all.length).toBeGreaterThan(500);
  expect(all.filter((t) => SEED_NUMBER.test(t))).toEqual([]);
});

test.each(readdirSync(LABELS).filter((f) => f.endsWith('.ts')))(
  "the summary's words in %s name no source by a seed number",
  async (file) => {
    const all = texts(await import(join(LABELS, file)));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((t) => SEED_NUMBER.test(t))).toEqual([]);
  },
);

test('the pattern finds the forms it is for', () => {
  expect(['(000 §2.3)', '004 Tabel 24', '004 Table 24', '002_x'].every((t) => SEED_NUMBER.test(t))).toBe(
    true,
  );
  expect(['2026', 'kl. 10.00', 'uge 004'].some((t) => SEED_NUMBER.test(t))).toBe(false);
});
