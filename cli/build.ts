// npm run build:cli (and `prepare`, so `npm ci` runs it): the korpsplan command line as one
// compiled CommonJS file, dist/cli/korpsplan.js, which bin/korpsplan.js runs. Compiling the
// TypeScript sources at every start (tsx) cost ~0.9 s a command; the bundle starts in the time
// Node needs plus what the command loads (cli/main.ts loads only the named command's module).
//
// Packages from node_modules stay external (required from node_modules at run time, as the
// functions bundle does), so exceljs, jose and the Azure SDK load only when a command uses them.
// Beside the bundle, sources.json lists every source file that went into it: bin/korpsplan.js
// runs the sources through tsx instead when one of them is newer than the bundle (a checkout or
// an edit after the last build), so a stale bundle never runs.
//
// The bundle is minified in whitespace and syntax, not in names (stack traces keep the functions'
// names; the linked source map gives the sources' lines): Node parses the whole file at every start,
// and a quarter less of it is ~14 ms less a command on this project's machine class.
//
// Type checking is `npm run typecheck`; this step only compiles.

import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const CLI_OUT_DIR = join(ROOT, 'dist', 'cli');
/** The compiled command line bin/korpsplan.js runs (keep the names in step with it). */
export const CLI_BUNDLE = 'korpsplan.js';
export const CLI_SOURCES = 'sources.json';

export async function buildCli(outDir: string = CLI_OUT_DIR): Promise<{ bundle: string; sources: string[] }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, CLI_BUNDLE);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: bundle,
    packages: 'external',
    sourcemap: 'linked',
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'warning',
  });
  // Paths relative to the repository root (esbuild's working directory).
  const sources = Object.keys(result.metafile.inputs).sort();
  writeFileSync(join(outDir, CLI_SOURCES), `${JSON.stringify(sources)}\n`, 'utf8');
  return { bundle, sources };
}

if (require.main === module) {
  buildCli()
    .then(({ bundle, sources }) => {
      process.stdout.write(`Built ${bundle} (${sources.length} sources)\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    });
}
