// Where the CLI's words go, and its exit codes. Every write passes through the CPR mask
// (core/redact.ts): the command line never prints a CPR number, whatever a message quotes.

import type { Lang } from '../core/spec';
import { redactJson, redactText } from '../core/redact';
import type { CliIO } from './main';

export const ExitCode = {
  /** No errors (warnings may be present). */
  Ok: 0,
  /** The workbook was read but has validation errors (a CPR number among them: nothing is written). */
  Invalid: 1,
  /** The file was refused or could not be read (or the command line was wrong, or korpsplan failed). */
  Refused: 2,
} as const;

export interface FailureBody {
  readonly code: string;
  readonly message: { readonly da: string; readonly en: string };
}

/** The streams with the mask in front: what commands (and commander) write goes through it. */
export function maskedIO(io: CliIO): CliIO {
  return { stdout: (t) => io.stdout(redactText(t)), stderr: (t) => io.stderr(redactText(t)) };
}

export class Output {
  exitCode: number = ExitCode.Ok;
  json = false;
  lang: Lang = 'da';
  /** The masked streams; the only way to the real ones is through the mask. */
  readonly io: CliIO;
  readonly #raw: CliIO;

  constructor(io: CliIO) {
    this.#raw = io;
    this.io = maskedIO(io);
  }

  line(text = ''): void {
    this.io.stdout(`${text}\n`);
  }

  /**
   * JSON on stdout, masked value by value (so it stays valid JSON; a SHA-256 digest is kept whole,
   * see core/redact.ts) rather than as text.
   */
  printJson(value: unknown): void {
    this.#raw.stdout(`${JSON.stringify(redactJson(value), null, 2)}\n`);
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
