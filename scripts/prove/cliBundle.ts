// cli/main.ts bundled with esbuild into dist/prove/korpsplan-cli.js, for the door campaign's
// ~900 command-line runs (./doorCli.ts): the code bin/korpsplan.js runs, started in ~0.3 s
// instead of tsx's ~2 s.

import { build } from 'esbuild';
import { join } from 'node:path';
import type { CliRunner } from './doorCli';
import { ROOT } from './stack';

export async function bundledCli(): Promise<CliRunner> {
  const outfile = join(ROOT, 'dist', 'prove', 'korpsplan-cli.js');
  await build({
    // cli/main.ts itself: it runs when it is the main module (in the bundle, it is), as under
    // bin/korpsplan.js. (An entry that called run() as well would run every command twice.)
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'error',
    external: ['@azure/*'],
  });
  return {
    program: process.execPath,
    prefix: [outfile],
    label: 'cli/main.ts bundled (dist/prove/korpsplan-cli.js)',
  };
}
