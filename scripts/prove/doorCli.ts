// The door campaign through the command line, as a user runs it: each file of the catalogue
// (./door.ts) written to disk and given to `korpsplan inspect | validate | structure | submit` in a
// process of its own, human and --json; the exit code, stdout, stderr and any file written are
// kept for the leak search, and each command's answer is judged against the outcome the file must
// earn.
//
// The process is bin/korpsplan.js (the sources through tsx, ~2 s a start on a loaded 2-core
// machine) or, for the full run of `npm run prove`, the same cli/main.ts bundled with esbuild into
// dist/prove (./cliBundle.ts; ~0.3 s a start), so that ~900 runs take minutes, not half an hour.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DoorFile, Outcome } from './door';
import { ROOT } from './stack';

export const CLI_COMMANDS = [
  'inspect',
  'inspect --json',
  'validate',
  'validate --json',
  'structure',
  'submit',
  'submit --json',
] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

export interface CliRunner {
  /** The program and the arguments before the command (e.g. node bin/korpsplan.js). */
  readonly program: string;
  readonly prefix: readonly string[];
  /** What runs, in the report's words. */
  readonly label: string;
}

export const BIN_RUNNER: CliRunner = {
  program: process.execPath,
  prefix: [join(ROOT, 'bin', 'korpsplan.js')],
  label: 'bin/korpsplan.js',
};

export interface CliRun {
  readonly id: string;
  readonly command: CliCommand;
  readonly args: readonly string[];
  readonly exit: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The file `structure -o` wrote, when it wrote one. */
  readonly written: Uint8Array | null;
  readonly ms: number;
  readonly earned: boolean;
  readonly problem: string | null;
}

export interface CliContext {
  readonly runner: CliRunner;
  /** Where the files and outputs go (emptied first). */
  readonly dir: string;
  /** The service `submit` sends to (local sign-in: --as coordinator:751). */
  readonly server: string;
  /** Commands to run, for all files or per file (default all). */
  readonly commands?: readonly CliCommand[] | ((file: DoorFile) => readonly CliCommand[]);
  /** Processes at once (default 2). */
  readonly concurrency?: number;
}

const TODAY = '2026-06-01';

function argsFor(command: CliCommand, file: string, out: string, server: string): string[] {
  const base = command.split(' ')[0] as 'inspect' | 'validate' | 'structure' | 'submit';
  const json = command.endsWith('--json') ? ['--json'] : [];
  if (base === 'structure') return ['structure', file, '-o', out, '--today', TODAY];
  if (base === 'submit') return ['submit', file, ...json, '--server', server, '--as', 'coordinator:751'];
  return [base, file, ...json, '--today', TODAY];
}

function exec(
  runner: CliRunner,
  args: readonly string[],
): Promise<{ exit: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(runner.program, [...runner.prefix, ...args], {
      cwd: ROOT,
      env: { ...process.env, KORPSPLAN_TOKEN: '', KORPSPLAN_SERVER: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve({
        exit,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: performance.now() - t0,
      });
    });
  });
}

interface JsonAnswer {
  readonly error?: { readonly code?: string };
  readonly issues?: readonly { readonly code: string; readonly message: { readonly en: string } }[];
}

function parsed(stdout: string): JsonAnswer | null {
  try {
    return JSON.parse(stdout) as JsonAnswer;
  } catch {
    return null;
  }
}

/** Whether a command's answer is the outcome the file must earn; null when it is, else why not. */
export function judgeCli(
  expect: Outcome,
  command: CliCommand,
  r: { exit: number | null; stdout: string; stderr: string; written: boolean },
): string | null {
  const json = command.endsWith('--json') ? parsed(r.stdout) : null;
  if (command.endsWith('--json') && json === null) return 'the --json output is not JSON';
  const cprIssues = (json?.issues ?? []).filter((i) => i.code === 'cpr_number');
  const isStructure = command === 'structure';
  if (expect.kind === 'refused') {
    if (r.exit !== 2) return `exit ${String(r.exit)}, not 2`;
    if (json && json.error?.code !== expect.code)
      return `code ${json.error?.code ?? 'none'}, not ${expect.code}`;
    if (!json && !/[A-Za-zÆØÅæøå]{3}/.test(r.stderr + r.stdout)) return 'no message';
    if (isStructure && r.written) return 'a refused file was structured';
    return null;
  }
  if (expect.kind === 'cpr') {
    if (r.exit !== 1) return `exit ${String(r.exit)}, not 1`;
    if (isStructure && r.written) return 'a workbook with a CPR number was written';
    if (command === 'submit --json') {
      if (json?.error?.code !== 'cpr_found') return `code ${json?.error?.code ?? 'none'}, not cpr_found`;
    }
    if (json) {
      const wanted = expect.alsoPlace === undefined ? 1 : 2;
      if (cprIssues.length !== wanted) return `${cprIssues.length} cpr_number issues, not ${wanted}`;
      if (!cprIssues.some((i) => expect.place.test(i.message.en)))
        return `the place is not named: ${cprIssues[0]?.message.en ?? ''}`;
      if (expect.alsoPlace !== undefined && !cprIssues.some((i) => expect.alsoPlace!.test(i.message.en)))
        return `the second place is not named: ${cprIssues.map((i) => i.message.en).join(' | ')}`;
    }
    return null;
  }
  // A control: not refused, no CPR number found. It is no complete plan (no municipality), so
  // inspect/validate/submit end with its errors (exit 1); structure writes it (its errors listed).
  if (r.exit === 2) return 'refused (exit 2)';
  if (cprIssues.length > 0 || json?.error?.code === 'cpr_found') return 'a CPR number was reported';
  if (isStructure && !r.written) return 'structure wrote nothing';
  return null;
}

async function pool<T>(items: readonly T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, n) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

/** Every file through every command; runs in the order of the files. */
export async function runDoorCli(files: readonly DoorFile[], ctx: CliContext): Promise<CliRun[]> {
  rmSync(ctx.dir, { recursive: true, force: true });
  mkdirSync(ctx.dir, { recursive: true });
  const commandsOf = (file: DoorFile): readonly CliCommand[] =>
    typeof ctx.commands === 'function' ? ctx.commands(file) : (ctx.commands ?? CLI_COMMANDS);
  const jobs: { file: DoorFile; command: CliCommand; index: number }[] = [];
  files.forEach((file, i) => {
    for (const command of commandsOf(file)) jobs.push({ file, command, index: i });
  });
  const paths = files.map((file, i) => {
    const path = join(ctx.dir, `${String(i).padStart(3, '0')}-${file.catalogue}-${file.name}.xlsx`);
    writeFileSync(path, file.bytes);
    return path;
  });
  const runs: (CliRun | undefined)[] = jobs.map(() => undefined);
  await pool(
    jobs.map((j, k) => ({ ...j, k })),
    ctx.concurrency ?? 2,
    async ({ file, command, index, k }) => {
      const input = paths[index] ?? '';
      const out = join(ctx.dir, `${String(index).padStart(3, '0')}-${command.replace(/\W+/g, '_')}.out.xlsx`);
      const args = argsFor(command, input, out, ctx.server);
      const r = await exec(ctx.runner, args);
      const written = existsSync(out) ? new Uint8Array(readFileSync(out)) : null;
      const problem = judgeCli(file.expect, command, { ...r, written: written !== null });
      runs[k] = { id: file.id, command, args, ...r, written, earned: problem === null, problem };
    },
  );
  return runs.filter((r): r is CliRun => r !== undefined);
}
