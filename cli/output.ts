// Where the CLI's words go, and its exit codes.

import type { Lang } from '../core/spec';
import type { CliIO } from './main';

export const ExitCode = {
  /** No errors (warnings may be present). */
  Ok: 0,
  /** The workbook was read but has validation errors. */
  Invalid: 1,
  /** The file was refused or could not be read (or the command line was wrong). */
  Refused: 2,
} as const;

export interface FailureBody {
  readonly code: string;
  readonly message: { readonly da: string; readonly en: string };
}

export class Output {
  exitCode: number = ExitCode.Ok;
  json = false;
  lang: Lang = 'da';

  constructor(readonly io: CliIO) {}

  line(text = ''): void {
    this.io.stdout(`${text}\n`);
  }

  printJson(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A refusal or unreadable file: JSON under --json, otherwise both languages on stderr. */
  fail(error: FailureBody): void {
    if (this.json) {
      this.printJson({ error });
    } else {
      const first = this.lang === 'da' ? error.message.da : error.message.en;
      const second = this.lang === 'da' ? error.message.en : error.message.da;
      this.io.stderr(`${this.lang === 'da' ? 'Afvist' : 'Refused'} (${error.code}): ${first}\n  ${second}\n`);
    }
    this.exitCode = ExitCode.Refused;
  }
}

export function parseLang(value: string): Lang {
  if (value !== 'da' && value !== 'en') throw new Error(`--lang must be da or en, not "${value}"`);
  return value;
}
