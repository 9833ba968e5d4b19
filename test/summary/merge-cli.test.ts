// korpsplan merge: plan files of three shapes in, the corps summary out; bad files refused by name.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main';
import { KOMMUNER } from '../../core/kommuner';
import { generateCorps } from '../fixtures/plans';
import { readSummary, tableRows } from './read';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'korpsplan-merge-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'korpsplan', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

function write(name: string, value: unknown, mtime?: Date): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  if (mtime) utimesSync(path, mtime, mtime);
  return path;
}

const nameOf = (code: string): string => KOMMUNER.find((k) => k.code === code)?.name ?? code;

test('a bare plan, a stored submission and inspect output make one summary', async () => {
  const [a, b, c] = generateCorps({ seed: 31, municipalities: 3 });
  const bare = write('bare.json', a!.plan, new Date('2026-09-01T08:00:00Z'));
  const stored = write('stored.json', b);
  const inspected = write('inspect.json', { plan: c!.plan, issues: [], unmapped: [] });
  const out = join(dir, 'oversigt.xlsx');
  const r = await cli('merge', bare, stored, inspected, '-o', out, '--period', '2026-H2');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('3 kommuner indsendt, 95 mangler');
  const summary = await readSummary(readFileSync(out));
  const subs = tableRows(summary, 'Indsendelser').filter(
    (s) => s['Brugt i oversigten'] === 'Ja – nyeste indsendelse',
  );
  expect(subs).toHaveLength(3);
  // A file without a receipt gets one from its bytes and modification time.
  const made = subs.find((s) => s['Kommune'] === nameOf(a!.plan.municipality.code));
  expect(made?.['SHA-256']).toBe(createHash('sha256').update(readFileSync(bare)).digest('hex'));
  expect(String(made?.['Indsendelses-id'])).toMatch(/^fil-20260901080000/);
  const kept = subs.find((s) => s['Kommune'] === nameOf(b!.plan.municipality.code));
  expect(kept?.['Indsendelses-id']).toBe(b!.receipt.submissionId);
});

test('two files for the same municipality: the newest wins, and the command says so', async () => {
  const [a] = generateCorps({ seed: 32, municipalities: 1 });
  const older = { ...a!.plan, phase: 'preparation' as const };
  const newer = { ...a!.plan, phase: 'full' as const };
  const oldFile = write('gammel.json', older, new Date('2026-08-01T08:00:00Z'));
  const newFile = write('ny.json', newer, new Date('2026-10-01T08:00:00Z'));
  const out = join(dir, 'o.xlsx');
  const r = await cli('merge', newFile, oldFile, '-o', out, '--period', '2026-H2', '--lang', 'en');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('ny.json is newer than gammel.json, which is not used');
  const summary = await readSummary(readFileSync(out));
  const row = tableRows(summary, 'Overblik').find(
    (x) => x['Municipality'] === nameOf(a!.plan.municipality.code),
  );
  expect(row?.['Phase']).toBe('Full implementation');
});

test("a refused plan names its fields in Danish and English, not zod's path: message", async () => {
  const [a] = generateCorps({ seed: 34, municipalities: 1 });
  const broken = { ...a!.plan, period: '2026-X9', municipality: { ...a!.plan.municipality, code: '75' } };
  const bad = write('felter.json', broken);
  const out = join(dir, 'o.xlsx');
  const r = await cli('merge', bad, '-o', out, '--period', '2026-H2');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('kommunekoden findes ikke på listen');
  expect(r.stderr).toContain('perioden skal skrives som 2026-H2');
  expect(r.stderr).toContain('the period must be written like 2026-H2');
  expect(r.stderr).not.toMatch(/Invalid input|municipality\.code:|period:/);
  expect(r.stderr).not.toContain('2026-X9');
});

test('a bad file is refused by name, in Danish and English, and nothing is written', async () => {
  const [a] = generateCorps({ seed: 33, municipalities: 1 });
  const good = write('god.json', a);
  const broken = { ...a!.plan, checklist: a!.plan.checklist.slice(0, 3) };
  const bad = write('daarlig.json', broken);
  const out = join(dir, 'o.xlsx');
  const r = await cli('merge', good, bad, '-o', out, '--period', '2026-H2');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`Filen "${bad}" er ikke en gyldig kanonisk plan`);
  expect(r.stderr).toContain(`The file "${bad}" is not a valid canonical plan`);
  expect(r.stderr).toContain('checklist');
  expect(existsSync(out)).toBe(false);

  const notJson = write('tekst.json', 'dette er ikke json');
  const r2 = await cli('merge', notJson, '-o', out, '--period', '2026-H2');
  expect(r2.code).toBe(2);
  expect(r2.stderr).toContain('tekst.json');

  const withErrors = write('fejl.json', {
    plan: null,
    issues: [
      {
        code: 'cpr_number',
        severity: 'error',
        sheet: 'Korps',
        cell: 'A4',
        message: { da: 'CPR', en: 'CPR' },
      },
    ],
    unmapped: [],
  });
  const r3 = await cli('merge', withErrors, '-o', out, '--period', '2026-H2');
  expect(r3.code).toBe(2);
  expect(r3.stderr).toContain('fejl.json');
});

test('a plan for another period and a bad roster are refused', async () => {
  const [a] = generateCorps({ seed: 34, municipalities: 1, period: '2026-H1' });
  const file = write('h1.json', a);
  const out = join(dir, 'o.xlsx');
  const r = await cli('merge', file, '-o', out, '--period', '2026-H2');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('er en plan for 2026-H1, ikke for 2026-H2');

  const [b] = generateCorps({ seed: 35, municipalities: 1 });
  const roster = write('roster.json', { version: 2, entries: [] });
  const r2 = await cli('merge', write('b.json', b), '-o', out, '--period', '2026-H2', '--roster', roster);
  expect(r2.code).toBe(2);
  expect(r2.stderr).toContain('roster.json');
});

test('the roster decides who is missing, and --previous fills the change sheet', async () => {
  const plans = generateCorps({ seed: 36, municipalities: 2 });
  const previous = generateCorps({
    seed: 37,
    municipalities: plans.map((p) => p.plan.municipality.code),
    period: '2026-H1',
  });
  const files = plans.map((p, i) => write(`p${i}.json`, p));
  const prev = previous.map((p, i) => write(`f${i}.json`, p));
  const expected = [...plans.map((p) => p.plan.municipality.code), '101'];
  const roster = write('roster.json', { version: 1, expected: [...new Set(expected)], entries: [] });
  const out = join(dir, 'o.xlsx');
  const r = await cli(
    'merge',
    ...files,
    '-o',
    out,
    '--period',
    '2026-H2',
    '--roster',
    roster,
    '--previous',
    ...prev,
  );
  expect(r.code).toBe(0);
  const summary = await readSummary(readFileSync(out));
  const overview = tableRows(summary, 'Overblik');
  expect(overview).toHaveLength(new Set(expected).size);
  const change = tableRows(summary, 'Udvikling').filter((x) => x['Fase (forrige)'] !== null);
  expect(change).toHaveLength(plans.length);
});
