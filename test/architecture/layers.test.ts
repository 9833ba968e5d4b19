// Dependencies point one way: core ← workbook ← functions, cli; core ← addin. core is pure (no Node
// built-ins, no Office.js), production code never imports from test/, and the CLI never imports from
// functions/. Checked on every import and export-from of every source file.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const LAYERS = ['core', 'workbook', 'functions', 'cli', 'addin'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import from the project (besides itself). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: [],
  workbook: ['core'],
  functions: ['core', 'workbook'],
  cli: ['core', 'workbook'],
  addin: ['core'],
};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function specifiers(text: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(pattern)) found.push((m[1] ?? m[2] ?? m[3]) as string);
  return found;
}

function layerOf(path: string): Layer | 'test' | 'other' {
  const top = relative(ROOT, path).split(sep)[0];
  if (top === 'test') return 'test';
  return (LAYERS as readonly string[]).includes(top ?? '') ? (top as Layer) : 'other';
}

export function violations(
  files: readonly string[],
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    if (from === 'test' || from === 'other') continue;
    const inBrowser = from === 'addin' && relative(ROOT, file).startsWith(`addin${sep}src${sep}`);
    for (const spec of specifiers(read(file))) {
      const where = `${relative(ROOT, file)} → ${spec}`;
      if (spec.startsWith('.')) {
        const to = layerOf(resolve(dirname(file), spec));
        if (to === 'test') problems.push(`${where}: production code imports from test/`);
        else if (to !== 'other' && to !== from && !MAY_IMPORT[from].includes(to))
          problems.push(`${where}: ${from} may not import from ${to}`);
      } else if (
        from === 'core' &&
        (spec.startsWith('node:') || ['fs', 'path', 'os', 'crypto'].includes(spec))
      ) {
        problems.push(`${where}: core is pure (no Node built-ins)`);
      } else if (from === 'core' && /office/i.test(spec)) {
        problems.push(`${where}: core is pure (no Office.js)`);
      } else if (inBrowser && spec.startsWith('node:')) {
        problems.push(`${where}: the add-in runs in the browser`);
      }
    }
  }
  return problems;
}

const all = LAYERS.flatMap((l) => sources(join(ROOT, l)));

test('every import points the way the layers allow', () => {
  expect(all.length).toBeGreaterThan(100);
  expect(violations(all)).toEqual([]);
});

test('control: an import against the direction is named', () => {
  const probe = join(ROOT, 'cli', 'commands', 'roster.ts');
  const offending = "import { parseAs } from '../../functions/src/auth/localIssuer';\n";
  expect(violations([probe], () => offending)).toEqual([
    'cli/commands/roster.ts → ../../functions/src/auth/localIssuer: cli may not import from functions',
  ]);
  const pure = join(ROOT, 'core', 'plan.ts');
  expect(violations([pure], () => "import { readFileSync } from 'node:fs';\n")).toEqual([
    'core/plan.ts → node:fs: core is pure (no Node built-ins)',
  ]);
});
