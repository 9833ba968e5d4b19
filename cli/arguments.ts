// What a person types on the command line is refused when it holds a CPR number, before anything is
// sent to the service or printed: a round's message, a review's comment, a name or an e-mail address
// for the roster, a period, a submission id, a server address — every option value and argument of
// the command that runs (core/redact.ts holdsCpr: the forms every door refuses). The refusal names
// the option, never its value; exit code 2 like any usage error.
//
// Not judged: the paths of files read or written (they are not sent; what is printed of them passes
// the output's mask, cli/output.ts) and the access token (a secret that is sent as it is and never
// printed; base64 may hold ten digits by chance). A file's content is judged where it is read.

import type { Command } from 'commander';
import { holdsCpr } from '../core/redact';
import { UsageError } from './usage';

/** Options whose value is a path of a file to read or write, or the access token. */
const NOT_JUDGED_OPTIONS: ReadonlySet<string> = new Set([
  'output',
  'corrections',
  'roster',
  'previous',
  'token',
]);

/** Arguments that are paths of files (the names the commands give them). */
const PATH_ARGUMENTS: ReadonlySet<string> = new Set(['file', 'files', 'in', 'workbook']);

function refused(what: string): UsageError {
  return new UsageError('option_invalid', {
    da: `${what} indeholder noget, der ligner et CPR-nummer. korpsplan må ikke sende eller vise personnumre; intet er sendt.`,
    en: `${what} contains something that looks like a CPR number. korpsplan must not send or show personal identity numbers; nothing was sent.`,
  });
}

function values(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * Throws a UsageError when an option value or an argument of the command holds a CPR number
 * (commander's preAction hook: before the command's action, so before anything is sent or printed).
 */
export function refuseCprArguments(command: Command): void {
  for (const option of command.options) {
    const key = option.attributeName();
    if (NOT_JUDGED_OPTIONS.has(key)) continue;
    const value: unknown = command.getOptionValue(key);
    if (values(value).some(holdsCpr)) throw refused(option.long ?? option.flags);
  }
  const declared = command.registeredArguments;
  command.processedArgs.forEach((value: unknown, i: number) => {
    const name = declared[Math.min(i, declared.length - 1)]?.name() ?? '';
    if (PATH_ARGUMENTS.has(name)) return;
    if (values(value).some(holdsCpr)) throw refused(name === '' ? `Argument ${i + 1}` : `<${name}>`);
  });
}
