// The korpsplan command line: the same jobs as the add-in and the service, on files.

import { Command, CommanderError } from 'commander';
import { RefusalError } from '../core/codes';
import { FileError } from '../workbook/files';
import { UsageError } from './usage';
import { registerTemplate } from './commands/template';
import { registerInspect } from './commands/inspect';
import { registerStructure } from './commands/structure';
import { registerMerge } from './commands/merge';
import { registerSubmit } from './commands/submit';
import { registerHistory } from './commands/history';
import { registerRoster } from './commands/roster';
import { registerToken } from './commands/token';
import { registerRounds } from './commands/rounds';
import { registerCorrections } from './commands/corrections';
import { registerNextPeriod } from './commands/nextPeriod';
import { Output, ExitCode, maskedIO } from './output';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A stream whose reader went away (`korpsplan inspect … | head`): the rest is dropped quietly. */
function quietWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true;
    else throw err;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') closed = true;
      else throw err;
    }
  };
}

const defaultIO: CliIO = {
  stdout: quietWriter(process.stdout),
  stderr: quietWriter(process.stderr),
};

/** Commands register themselves here; each returns its exit code through `out.exitCode`. */
export type Register = (program: Command, out: Output) => void;

const REGISTRY: Register[] = [
  registerTemplate,
  registerInspect,
  registerStructure,
  registerSubmit,
  registerHistory,
  registerRoster,
  registerToken,
  registerRounds,
  registerMerge,
  registerCorrections,
  registerNextPeriod,
];

export function buildProgram(out: Output): Command {
  const program = new Command('korpsplan')
    .description(
      'Implementeringsplaner for mentor- og forældrecoachkorpset: skabelon, indlæsning, validering og strukturering.\n' +
        'Implementation plans for the mentor and parent-coach corps: template, inspect, validate, structure.',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => out.io.stdout(s), writeErr: (s) => out.io.stderr(s) })
    .exitOverride();
  for (const register of REGISTRY) register(program, out);
  for (const command of program.commands) {
    command
      .exitOverride()
      .configureOutput({ writeOut: (s) => out.io.stdout(s), writeErr: (s) => out.io.stderr(s) });
  }
  return program;
}

/** Runs the CLI on process-style argv (node, script, ...args) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  const out = new Output(io);
  const program = buildProgram(out);
  try {
    await program.parseAsync([...argv]);
    return out.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? ExitCode.Ok : ExitCode.Refused;
    }
    if (err instanceof RefusalError || err instanceof FileError || err instanceof UsageError) {
      out.fail(err.toJSON());
      return ExitCode.Refused;
    }
    // A failure nobody foresaw: told through the mask like everything else (its message or stack
    // may quote an argument or a value from the workbook).
    out.io.stderr(crashText(err));
    return ExitCode.Refused;
  }
}

/** What the command line says about an unexpected failure (to be written through the mask). */
export function crashText(err: unknown): string {
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  return `korpsplan fejlede uventet / korpsplan failed unexpectedly:\n${detail}\n`;
}

/**
 * The process entry (bin/korpsplan.js, `npx tsx cli/main.ts`): runs main and sets the exit code;
 * errors that escape main or surface later (a stray rejection) are printed masked too.
 */
export function run(argv: readonly string[] = process.argv, io: CliIO = defaultIO): Promise<void> {
  const masked = maskedIO(io);
  const crash = (err: unknown): void => {
    masked.stderr(crashText(err));
    process.exitCode = ExitCode.Refused;
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  return main(argv, io).then((code) => {
    process.exitCode = code;
  }, crash);
}

if (require.main === module) void run();
