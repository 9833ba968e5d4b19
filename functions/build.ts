// npm run build: the deployable Azure Functions package in dist/functions.
//
// Our TypeScript (functions/src, core/, workbook/) is bundled by esbuild into CommonJS:
// dist/functions/index.js, the entry, and beside it inspect-worker.js, the entry of the inspection
// pool's worker threads (functions/src/inspect/pool.ts finds it next to the bundle). Packages from node_modules stay external: they are listed in the
// package's own package.json (with the versions the repository pins) and installed at deployment
// (`npm install --omit=dev` in dist/functions, or the platform's remote build). jose v6 is ESM-only;
// the CommonJS bundle loads it with require(esm) (Node 22.12+, and 20.19+ where tests still run), which test/functions/build.test.ts
// proves by loading the built entry in a plain Node process.
//
// Type checking is `npm run typecheck`; this step only compiles and packages.

import { build, type Metafile } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { WORKER_BUNDLE } from './src/inspect/pool';

const ROOT = join(__dirname, '..');
export const OUT_DIR = join(ROOT, 'dist', 'functions');

const rootPackage = z
  .object({
    name: z.string(),
    version: z.string(),
    engines: z.record(z.string(), z.string()).optional(),
    dependencies: z.record(z.string(), z.string()),
  })
  .parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));

/** The package name of a bare import ("@azure/storage-blob/x" → "@azure/storage-blob"). */
function packageName(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? null);
}

function externalPackages(meta: Metafile): string[] {
  const names = new Set<string>();
  for (const input of Object.values(meta.inputs)) {
    for (const imp of input.imports) {
      if (!imp.external) continue;
      const name = packageName(imp.path);
      if (name && !BUILTINS.has(name)) names.add(name);
    }
  }
  return [...names].sort();
}

const BUILTINS = new Set(
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:module') as { builtinModules: string[] }).builtinModules,
);

export async function buildFunctions(
  outDir: string = OUT_DIR,
): Promise<{ entry: string; worker: string; packages: string[] }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'index.js');
  const worker = join(outDir, WORKER_BUNDLE);
  const result = await build({
    entryPoints: {
      index: join(ROOT, 'functions', 'src', 'index.ts'),
      [WORKER_BUNDLE.replace(/\.js$/, '')]: join(ROOT, 'functions', 'src', 'inspect', 'worker.ts'),
    },
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    outdir: outDir,
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  const packages = externalPackages(result.metafile);
  const dependencies: Record<string, string> = {};
  for (const name of packages) {
    const range = rootPackage.dependencies[name];
    if (!range) {
      throw new Error(
        `The functions import "${name}", which is not a runtime dependency in package.json. ` +
          'Add it to "dependencies" (not devDependencies) so that the deployed package installs it.',
      );
    }
    dependencies[name] = range;
  }
  const functionsPackage = {
    name: `${rootPackage.name}-functions`,
    version: rootPackage.version,
    private: true,
    description: 'korpsplan: the submission service (Azure Functions, Node v4 programming model).',
    main: 'index.js',
    // The Function App's runtime (infra/main.bicep): Node 22.
    engines: { node: '>=22' },
    dependencies,
  };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(functionsPackage, null, 2)}\n`);
  copyFileSync(join(ROOT, 'host.json'), join(outDir, 'host.json'));
  writeFileSync(
    join(outDir, '.funcignore'),
    ['*.map', 'local.settings.json', '.data', ''].join('\n'),
    'utf8',
  );
  return { entry, worker, packages };
}

if (require.main === module) {
  buildFunctions()
    .then(({ entry, packages }) => {
      process.stdout.write(`Built ${entry}\nRuntime packages: ${packages.join(', ')}\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    });
}
