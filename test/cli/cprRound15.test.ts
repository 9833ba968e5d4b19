// CPR door, round 15 (test/fixtures/cprRound15.ts) on the command line: an option value, an
// argument, a file's name, an environment variable and a plan file to merge, each holding a form
// the earlier rounds did not read at these doors. Refused where a person typed it (naming the
// option, never echoing it), masked where it is only printed; stdout and stderr are searched as a
// reader sees them.

import { existsSync, writeFileSync } from 'node:fs';
import { cli, leaks, tempDir, type CliRun } from './helpers';
import { planWithoutPhase } from './fixtures';
import { generateCorps } from '../fixtures/plans';
import { ROUND15_TEXTS, readerSees, type Round15Text } from '../fixtures/cprRound15';

const TODAY = '2026-10-20';
const dir = tempDir('cpr15');
afterAll(() => dir.remove());

const missed = ROUND15_TEXTS.filter((p) => p.outcome === 'refused' && p.before === 'missed');
const probe = (id: string): Round15Text => ROUND15_TEXTS.find((p) => p.id === id)!;
const seen = (p: Round15Text, ...runs: CliRun[]) =>
  leaks(p.written, ...runs.flatMap((r) => [readerSees(r.stdout), readerSees(r.stderr)]));

test.each(missed.map((p) => [p.id, p] as const))(
  '%s in --set coordinator=…: refused before anything is read, naming the option',
  async (_id, p) => {
    const file = dir.write('plan.xlsx', planWithoutPhase());
    const r = await cli('inspect', file, '--today', TODAY, '--set', `coordinator=Anna ${p.value}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set');
    expect(r.stderr).toContain('ligner et CPR-nummer');
    expect(seen(p, r)).toBe(false);
  },
);

test('a --municipality and a --today in such forms are refused the same way', async () => {
  const file = dir.write('plan.xlsx', planWithoutPhase());
  const p = probe('greekIota');
  const q = probe('nonCharacterFFFE');
  const runs = [
    await cli('validate', file, '--municipality', p.value),
    await cli('inspect', file, '--today', q.value, '--json'),
  ];
  expect(runs.map((r) => r.code)).toEqual([2, 2]);
  expect(seen(p, ...runs) || seen(q, ...runs)).toBe(false);
});

test("a file's name in such a form is not printed, in an answer or an error", async () => {
  const p = probe('cyrillicCapitalO');
  const file = dir.write(`${p.value}.xlsx`, planWithoutPhase());
  const runs = [
    await cli('inspect', file, '--today', TODAY),
    await cli('validate', file, '--today', TODAY, '--json'),
    await cli('inspect', dir.path(`mangler ${probe('cyrillicI').value}.xlsx`)),
  ];
  expect(seen(p, ...runs)).toBe(false);
  expect(seen(probe('cyrillicI'), ...runs)).toBe(false);
});

test('a plan file to merge holding such a form is refused, and no summary is written', async () => {
  const [stored] = generateCorps({ seed: 15, municipalities: 1, activities: 3 });
  const runs: CliRun[] = [];
  for (const p of missed) {
    stored!.plan.activities[0]!.activity = `Samtale ${p.value}`;
    const file = dir.path(`${p.id}.json`);
    writeFileSync(file, JSON.stringify(stored));
    const out = dir.path(`${p.id}.xlsx`);
    const r = await cli('merge', file, '-o', out, '--period', stored!.plan.period);
    runs.push(r);
    expect({ id: p.id, code: r.code, written: existsSync(out) }).toEqual({
      id: p.id,
      code: 2,
      written: false,
    });
    expect(r.stderr).toContain('looks like a CPR number');
    expect(seen(p, r)).toBe(false);
  }
});

test('control: the same plan with a control text is merged', async () => {
  const [stored] = generateCorps({ seed: 15, municipalities: 1, activities: 3 });
  stored!.plan.activities[0]!.activity = `Samtale ${probe('control.cyrillicWord').value}`;
  const file = dir.path('control.json');
  writeFileSync(file, JSON.stringify(stored));
  const out = dir.path('control.xlsx');
  const r = await cli('merge', file, '-o', out, '--period', stored!.plan.period);
  expect(r.code).toBe(0);
  expect(existsSync(out)).toBe(true);
});

test('KORPSPLAN_SERVER in such a form: the error that names the server does not show it', async () => {
  const p = probe('greekCapitalOmicron');
  const before = process.env.KORPSPLAN_SERVER;
  process.env.KORPSPLAN_SERVER = `http://127.0.0.1:9/${p.value}`;
  try {
    const r = await cli('history', '--token', 'x.y.z');
    expect(r.code).not.toBe(0);
    expect(seen(p, r)).toBe(false);
  } finally {
    if (before === undefined) delete process.env.KORPSPLAN_SERVER;
    else process.env.KORPSPLAN_SERVER = before;
  }
});
