// Command line benchmark (issue 15): `korpsplan --version` and a refused file answer in < 0.2 s of
// process time beyond `node -e 0`, run as a user runs them: `node bin/korpsplan.js …`, which starts
// the compiled bundle (built here first, as `npm ci`'s prepare step does). Process time is the user
// and system CPU time of the processes themselves, read with the shell's `times` after N runs (the
// children's totals), so a loaded machine does not count against the product the way wall time would.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from '../cli/build';
import { zipBombForgedSizes } from '../test/fixtures/hostile';
import type { Row } from './harness';

const ROOT = join(__dirname, '..');
const DIR = join(ROOT, 'dist', 'bench', 'files');
const RUNS = 20;
const TARGET_S = 0.2;

/** Seconds "1m2.345s" of `times` output. */
function seconds(text: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(text.trim());
  if (!m) throw new Error(`unexpected times output: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * CPU seconds (user + system) one run of `command` takes, the mean over RUNS runs in one shell; the
 * command's exit code is checked against `expectCode` on every run.
 */
function processTime(command: string, expectCode: number): number {
  const script = [
    `for i in $(seq ${RUNS}); do`,
    `  ${command} >/dev/null 2>&1; code=$?`,
    `  if [ "$code" != "${expectCode}" ]; then echo "exit $code" >&2; exit 90; fi`,
    `done`,
    `times`,
  ].join('\n');
  const ran = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
  if (ran.status !== 0) throw new Error(`benchmark command failed: ${command}: ${ran.stderr}`);
  // `times` prints the shell's own user and system time, then its children's.
  const children = ran.stdout.trim().split('\n').pop() ?? '';
  const [user, system] = children.split(/\s+/);
  if (user === undefined || system === undefined) throw new Error(`unexpected times output: ${ran.stdout}`);
  return (seconds(user) + seconds(system)) / RUNS;
}

const ms = (s: number): string => `${(s * 1000).toFixed(0)} ms`;

export async function bench(): Promise<Row[]> {
  await buildCli();
  mkdirSync(DIR, { recursive: true });
  const refused = join(DIR, 'cli-refused-zip-bomb.xlsx');
  writeFileSync(refused, zipBombForgedSizes());
  const node = JSON.stringify(process.execPath);
  const bare = processTime(`${node} -e 0`, 0);
  const version = processTime(`${node} bin/korpsplan.js --version`, 0);
  // A refused file exits with the usage/refusal code the command line gives (not 0): see cli/main.ts.
  const refusedCode = spawnSync(process.execPath, ['bin/korpsplan.js', 'inspect', refused], {
    cwd: ROOT,
  }).status;
  if (refusedCode === 0 || refusedCode === null) throw new Error('the zip bomb was not refused');
  const refusal = processTime(`${node} bin/korpsplan.js inspect ${JSON.stringify(refused)}`, refusedCode);
  return [
    {
      name: `korpsplan --version, process time beyond node -e 0 (${RUNS} runs)`,
      figure: `${ms(version - bare)} (${ms(version)} vs ${ms(bare)})`,
      target: '< 200 ms',
      ok: version - bare < TARGET_S,
    },
    {
      name: `korpsplan inspect of a refused file (zip bomb), process time beyond node -e 0 (${RUNS} runs)`,
      figure: `${ms(refusal - bare)} (${ms(refusal)} vs ${ms(bare)}, exit ${refusedCode})`,
      target: '< 200 ms',
      ok: refusal - bare < TARGET_S,
    },
  ];
}
