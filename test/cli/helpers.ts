// Running the command line in-process, and searching what it printed for a CPR number.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'korpsplan', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** A temporary directory for one test file's workbooks. */
export function tempDir(prefix: string): {
  path: (name: string) => string;
  write: (name: string, bytes: Uint8Array) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), `korpsplan-${prefix}-`));
  return {
    path: (name) => join(dir, name),
    write: (name, bytes) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Anything that may stand between two digits of a number written for people. */
const SEP = '[\\s\\u00a0\\-\\u2010-\\u2015\\u2212.,/_]?';

/**
 * The number in every form it could be printed in: its ten digits together or split anywhere by a
 * space, hyphen, dash, dot or slash (0101901234, 010190-1234, 01.01.90-1234), and, when it starts
 * with a zero, the nine digits a number cell keeps (101901234).
 */
export function leakPattern(digits: string): RegExp {
  const forms = [digits.split('').join(SEP)];
  if (digits.startsWith('0')) forms.push(digits.slice(1).split('').join(SEP));
  return new RegExp(forms.join('|'));
}

/** Whether any of the texts shows the number in any form. */
export function leaks(digits: string, ...texts: string[]): boolean {
  const re = leakPattern(digits);
  return texts.some((t) => re.test(t));
}
