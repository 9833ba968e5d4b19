// The command line keeps V8's compiled code of its bundle between starts (bin/load-bundle.js; on
// Node 22.1+ Node's own compile cache does it): the cache is written after the first start, used
// as it is by the next, never trusted when damaged or when the bundle was rebuilt.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from '../../cli/build';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist', 'test-cli-cache');
const LOADER = join(ROOT, 'bin', 'load-bundle.js');
let bundle: string;

/** Runs the bundle through the loader with the cache on (whatever the Node version). */
function korpsplan(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const script = `require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(bundle)}, true).run(process.argv)`;
  const ran = spawnSync(process.execPath, ['-e', script, 'korpsplan', ...args], {
    cwd: OUT,
    encoding: 'utf8',
  });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

const caches = (): string[] => readdirSync(OUT).filter((name) => name.endsWith('.cache'));

beforeAll(async () => {
  ({ bundle } = await buildCli(OUT));
}, 60_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

test('the first start writes the cache beside the bundle; the next uses it as it is and answers the same', () => {
  expect(caches()).toEqual([]);
  const first = korpsplan('--help');
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/inspect/);
  expect(caches()).toHaveLength(1);
  const cache = join(OUT, caches()[0] as string);
  const written = readFileSync(cache);
  expect(written.length).toBeGreaterThan(10_000);
  const second = korpsplan('--help');
  expect(second).toEqual(first);
  // Accepted by V8: not written again.
  expect(readFileSync(cache).equals(written)).toBe(true);
});

test('a damaged cache is rejected: the command still answers right, and a good cache replaces it', () => {
  const expected = korpsplan('--version');
  const cache = join(OUT, caches()[0] as string);
  writeFileSync(cache, Buffer.alloc(4096, 7));
  const ran = korpsplan('--version');
  expect(ran).toEqual(expected);
  expect(ran.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  expect(readFileSync(cache).equals(Buffer.alloc(4096, 7))).toBe(false);
});

test('a rebuilt bundle never meets the cache of the one before, which goes', () => {
  const before = caches();
  expect(before).toHaveLength(1);
  const { mtimeMs } = statSync(bundle);
  utimesSync(bundle, new Date(), new Date(mtimeMs + 5_000));
  const ran = korpsplan('--version');
  expect(ran.code).toBe(0);
  const after = caches();
  expect(after).toHaveLength(1);
  expect(after).not.toEqual(before);
});
