// The command line as it ships: compiled JavaScript (cli/build.ts, run by `prepare` at `npm ci`),
// started as a process. `--version` and a refused file load no command they do not run, and
// output piped into a reader that stops early (`| head`) ends quietly.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, CLI_BUNDLE } from '../../cli/build';
import { modulesFor } from '../../cli/main';
import { ACTIVITY_ROWS, planWithoutPhase, type CellValue } from './fixtures';

const ROOT = join(__dirname, '..', '..');
// A bundle of its own (dist/cli is what bin/korpsplan.js runs, maybe in another test meanwhile).
const OUT = join(ROOT, 'dist', 'test-cli');
let dir: string;
let runner: string;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Modules loaded from node_modules (by name), as the process reported them. */
  loaded: string[];
}

/**
 * Runs the compiled command line in a process. With `stopAfter`, the reader closes stdout after
 * that many bytes, as `| head -c N` does.
 */
function korpsplan(args: readonly string[], stopAfter?: number): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stopAfter !== undefined && stdout.length >= stopAfter) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const marker = /^LOADED (.*)$/m.exec(stderr);
      const loaded = marker?.[1] ? (JSON.parse(marker[1]) as string[]) : [];
      resolve({ code, stdout, stderr: stderr.replace(/^LOADED .*\n?/m, ''), loaded });
    });
  });
}

beforeAll(async () => {
  const { bundle } = await buildCli(OUT);
  dir = mkdtempSync(join(tmpdir(), 'korpsplan-compiled-'));
  runner = join(dir, 'run.js');
  // The way bin/korpsplan.js runs the bundle, and at exit the packages the process loaded.
  writeFileSync(
    runner,
    [
      `process.on('exit', () => {`,
      `  const names = Object.keys(require.cache).filter((p) => p.includes('/node_modules/'))`,
      `    .map((p) => p.split('/node_modules/').pop().split('/').slice(0, 1).join('/'));`,
      `  process.stderr.write('LOADED ' + JSON.stringify([...new Set(names)]) + '\\n');`,
      `});`,
      `require(${JSON.stringify(join(ROOT, 'bin', 'load-bundle.js'))}).loadBundle(${JSON.stringify(bundle)}).run(process.argv);`,
    ].join('\n'),
  );
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

test('the bundle is plain JavaScript: no TypeScript compiler in the process', async () => {
  const source = readFileSync(join(OUT, CLI_BUNDLE), 'utf8');
  expect(source).not.toMatch(/require\("tsx/);
  const ran = await korpsplan(['--version']);
  expect(ran.code).toBe(0);
  expect(ran.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  expect(ran.loaded).not.toContain('tsx');
  expect(ran.loaded).not.toContain('typescript');
  expect(ran.loaded).not.toContain('esbuild');
});

test('--version loads no command: neither zod nor exceljs', async () => {
  const ran = await korpsplan(['--version']);
  expect(ran.loaded).not.toContain('zod');
  expect(ran.loaded).not.toContain('exceljs');
});

test('a refused file is answered in both languages, exit 2, before structuring, validation or exceljs load', async () => {
  const file = join(dir, 'plan.xlsx');
  writeFileSync(file, 'Kommune;Periode\nAarhus;2026-H2\n');
  for (const command of [
    ['validate', file],
    ['inspect', file],
    ['structure', file, '-o', join(dir, 'out.xlsx')],
  ]) {
    const ran = await korpsplan(command);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      /^Afvist \(not_a_workbook\): Filen er en CSV-fil \(\.csv\), ikke en Excel-projektmappe/,
    );
    expect(ran.stderr).toMatch(/The file is a CSV file \(\.csv\), not an Excel workbook/);
    expect(ran.loaded).not.toContain('zod');
    expect(ran.loaded).not.toContain('exceljs');
  }
});

test('an accepted file is read, validated and reported as before', async () => {
  const file = join(dir, 'accepted.xlsx');
  writeFileSync(file, planWithoutPhase());
  const ran = await korpsplan(['validate', file]);
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(1);
  expect(ran.stdout).toMatch(/[Ff]ase/);
  // No option gives cover values or corrections: their schemas (zod) are not loaded.
  expect(ran.loaded).not.toContain('zod');
});

test('cover values given as options are held to their schema (zod loaded then), and shown as set', async () => {
  const file = join(dir, 'accepted.xlsx');
  writeFileSync(file, planWithoutPhase());
  const ran = await korpsplan(['inspect', file, '--phase', 'initial', '--set', 'leader=Jens Holm']);
  expect(ran.stderr).toBe('');
  expect(ran.stdout).toMatch(/Fase +Indledende implementering +\(sat på kommandolinjen\)/);
  expect(ran.stdout).toMatch(/Leder +Jens Holm +\(sat på kommandolinjen\)/);
  expect(ran.loaded).toContain('zod');
  const wrong = await korpsplan(['validate', file, '--set', 'phase=måske']);
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toMatch(/--set phase: /);
});

test('output piped into a reader that stops early (| head) ends quietly', async () => {
  // Enough activities that `inspect` prints far more than a pipe holds (64 KiB).
  const rows: (readonly CellValue[])[] = [];
  for (let i = 0; i < 1500; i++) {
    for (const r of ACTIVITY_ROWS)
      rows.push([r[0] ?? null, r[1] ?? null, `Aktivitet nummer ${i}`, ...r.slice(3)]);
  }
  const file = join(dir, 'long.xlsx');
  writeFileSync(file, planWithoutPhase({ rows }));
  const whole = await korpsplan(['inspect', file, '--phase', 'initial']);
  expect(whole.stdout.length).toBeGreaterThan(256 * 1024);

  const cut = await korpsplan(['inspect', file, '--phase', 'initial'], 100);
  expect(cut.stderr).toBe('');
  expect(cut.stderr).not.toMatch(/EPIPE|Error/);
  expect(cut.code).toBe(whole.code);
}, 60_000);

test('a start loads the module of the command it runs; help and unknown commands load all', () => {
  const names = (argv: string[]): string[][] =>
    modulesFor(['node', 'korpsplan', ...argv]).map((m) => [...m.names]);
  expect(names(['--version'])).toEqual([]);
  expect(names(['validate', 'x.xlsx', '--json'])).toEqual([['inspect', 'validate']]);
  expect(names(['status', '--period', '2026-H2'])).toEqual([['round', 'status', 'review']]);
  const all = modulesFor(['node', 'korpsplan', '--help']).length;
  expect(all).toBeGreaterThanOrEqual(10);
  expect(names(['valdate', 'x.xlsx'])).toHaveLength(all);
  expect(names([])).toHaveLength(all);
});
