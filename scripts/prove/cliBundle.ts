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
    entryPoints: [join(__dirname, 'cli-main.ts')],
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
