// The korpsplan command line: the same jobs as the add-in and the service, on files.

import { Command, CommanderError } from 'commander';
import { RefusalError } from '../core/codes';
import { FileError } from '../workbook/files';
import { refuseCprArguments } from './arguments';
import { UsageError } from './usage';
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

/** What `korpsplan --version` prints (the package's version). */
const VERSION = '0.1.0';

/** Commands register themselves here; each returns its exit code through `out.exitCode`. */
export type Register = (program: Command, out: Output) => void;

/**
 * Each command's module, loaded only when the command line names one of its commands: a start
 * loads what it runs and nothing else (exceljs, jose and the summary writer cost ~0.5 s to load,
 * which `korpsplan --version` or a refused file must not pay). Help and an unknown command load
 * them all, so that help lists every command and commander can suggest the nearest one.
 */
const MODULES: readonly { readonly names: readonly string[]; readonly load: () => Promise<Register> }[] = [
  { names: ['template'], load: async () => (await import('./commands/template')).registerTemplate },
  { names: ['inspect', 'validate'], load: async () => (await import('./commands/inspect')).registerInspect },
  { names: ['structure'], load: async () => (await import('./commands/structure')).registerStructure },
  { names: ['submit'], load: async () => (await import('./commands/submit')).registerSubmit },
  { names: ['history'], load: async () => (await import('./commands/history')).registerHistory },
  { names: ['roster'], load: async () => (await import('./commands/roster')).registerRoster },
  { names: ['token'], load: async () => (await import('./commands/token')).registerToken },
  {
    names: ['round', 'status', 'review'],
    load: async () => (await import('./commands/rounds')).registerRounds,
  },
  { names: ['merge'], load: async () => (await import('./commands/merge')).registerMerge },
  { names: ['corrections'], load: async () => (await import('./commands/corrections')).registerCorrections },
  { names: ['next-period'], load: async () => (await import('./commands/nextPeriod')).registerNextPeriod },
];

/** The command modules a command line needs (process-style argv: node, script, ...args). */
export function modulesFor(argv: readonly string[]): typeof MODULES {
  const args = argv.slice(2);
  const first = args[0];
  if (args.length === 1 && (first === '--version' || first === '-V')) return [];
  // The program has no options of its own but --version and --help, so the first word that is not
  // an option is the command.
  const name = args.find((a) => !a.startsWith('-'));
  const named = MODULES.filter((m) => name !== undefined && m.names.includes(name));
  return named.length > 0 ? named : MODULES;
}

export async function buildProgram(out: Output, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('korpsplan')
    .description(
      'Implementeringsplaner for mentor- og forældrecoachkorpset: skabelon, indlæsning, validering og strukturering.\n' +
        'Implementation plans for the mentor and parent-coach corps: template, inspect, validate, structure.',
    )
    .version(VERSION)
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => out.io.stdout(s), writeErr: (s) => out.io.stderr(s) })
    .exitOverride();
  // Nothing typed with a CPR number in it is sent or printed (cli/arguments.ts).
  program.hook('preAction', (_program, action) => refuseCprArguments(action));
  const registers = await Promise.all(modulesFor(argv).map((m) => m.load()));
  for (const register of registers) register(program, out);
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
  try {
    const program = await buildProgram(out, argv);
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
