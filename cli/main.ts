// The korpsplan command line: the same jobs as the add-in and the service, on files.

import { Command, CommanderError } from 'commander';
import { RefusalError } from '../core/codes';
import { FileError } from '../workbook/files';
import { registerTemplate } from './commands/template';
import { registerInspect } from './commands/inspect';
import { registerStructure } from './commands/structure';
import { registerMerge } from './commands/merge';
import { registerSubmit } from './commands/submit';
import { registerHistory } from './commands/history';
import { registerRoster } from './commands/roster';
import { registerToken } from './commands/token';
import { Output, ExitCode } from './output';

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const defaultIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
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
  registerMerge,
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
    if (err instanceof RefusalError || err instanceof FileError) {
      out.fail(err.toJSON());
      return ExitCode.Refused;
    }
    throw err;
  }
}
