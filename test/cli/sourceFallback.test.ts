// bin/korpsplan.js without a current bundle (no `npm run build:cli` since a checkout or an edit):
// it runs the TypeScript sources instead, and every command works there too — including those
// cli/main.ts loads on demand with import(), which a require hook alone cannot load.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
let tree: string;

beforeAll(() => {
  // A tree like the repository's, without dist/: the bundle was never built.
  tree = mkdtempSync(join(tmpdir(), 'korpsplan-nobundle-'));
  mkdirSync(join(tree, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'korpsplan.js'), join(tree, 'bin', 'korpsplan.js'));
  for (const entry of [
    'cli',
    'core',
    'workbook',
    'node_modules',
    'package.json',
    'tsconfig.json',
    'templates',
  ])
    symlinkSync(join(ROOT, entry), join(tree, entry));
});

afterAll(() => rmSync(tree, { recursive: true, force: true }));

function korpsplan(args: readonly string[]) {
  return spawnSync(process.execPath, [join(tree, 'bin', 'korpsplan.js'), ...args], {
    cwd: tree,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('a command loaded on demand reads a plan from the sources', () => {
  const ran = korpsplan(['inspect', join('templates', 'Implementeringsplan.xlsx'), '--json']);
  expect(ran.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module/);
  expect(ran.status).toBe(1); // the empty template has errors: no municipality, no period
  const inspection = JSON.parse(ran.stdout) as { issues: unknown[] };
  expect(inspection.issues.length).toBeGreaterThan(0);
});

test('the exit code of a refused file comes through from the sources', () => {
  const ran = korpsplan(['inspect', 'package.json']);
  expect(ran.status).toBe(2);
  expect(ran.stderr).toContain('not_a_workbook');
});
