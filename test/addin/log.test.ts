// The add-in's console: errors of Excel, of the service and of the browser quote what they were
// given (a statement with the values it wrote, a request's address, a text a person typed). Every
// line the add-in logs goes through addin/src/log.ts, which masks CPR numbers in every form; and no
// other file of the add-in calls the console itself.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeForLog, logError, logWarn } from '../../addin/src/log';
import { leaks } from '../cli/helpers';

/** An error as Office.js throws it (OfficeExtension.Error): code, message and debugInfo. */
function officeError(): Error {
  const err = new Error('The argument is invalid or missing: Borger 0101901234');
  err.name = 'RichApi.Error';
  Object.assign(err, {
    code: 'InvalidArgument',
    debugInfo: {
      code: 'InvalidArgument',
      message: 'The argument is invalid or missing or has an incorrect format.',
      errorLocation: 'Range.values',
      statement: 'range.values = [["Samtale med 01.01.90-1234", 101901234]];',
      surroundingStatements: ['var range = ws.getRange("B2:C2");', '// >>>>>', 'range.values = ...'],
    },
  });
  return err;
}

const LOGGED: readonly [string, () => unknown][] = [
  ['an Office error with the statement it failed on', officeError],
  [
    'an error caused by another (a failed request with its address)',
    () =>
      new Error('Submitting failed', {
        cause: Object.assign(new TypeError('Failed to fetch'), {
          url: 'https://korpsplan.example/api/submit?note=Ring%20om%20101901234',
          status: 0,
        }),
      }),
  ],
  ['a thrown string a person typed', () => 'Ugyldig bemærkning: Husk 01 01 90 1234'],
  ['a plain object (an Office.AsyncResult error)', () => ({ code: 12002, message: 'Dialog: 010190-1234' })],
  [
    'an error whose stack quotes the number',
    () => {
      const err = new Error('ok');
      err.stack = 'Error: ok\n    at read (Borger_0101901234.xlsx:1:1)';
      return err;
    },
  ],
];

describe('what the add-in logs holds no CPR number', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    const keep = (...args: unknown[]): void => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
    jest.spyOn(console, 'error').mockImplementation(keep);
    jest.spyOn(console, 'warn').mockImplementation(keep);
  });
  afterEach(() => jest.restoreAllMocks());

  test.each(LOGGED)('%s: masked in console.error and console.warn', (_what, make) => {
    logError('korpsplan: submitting failed', make());
    logWarn('korpsplan: reading failed', make());
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(leaks('0101901234', line)).toBe(false);
      expect(line).toContain('[CPR fjernet]');
    }
  });

  test('a message with typed text in it is masked too', () => {
    logError('korpsplan: the comment "Ring 101901234" could not be saved');
    expect(lines).toEqual(['korpsplan: the comment "Ring [CPR fjernet]" could not be saved']);
  });

  test('what helps to find the fault is kept: the name, the code, the place, the cause', () => {
    const text = describeForLog(officeError());
    expect(text).toContain('RichApi.Error');
    expect(text).toContain('InvalidArgument');
    expect(text).toContain('Range.values');
    const caused = describeForLog(
      new Error('Submitting failed', { cause: new TypeError('Failed to fetch') }),
    );
    expect(caused).toContain('caused by: TypeError: Failed to fetch');
  });

  test('an object that cannot be written as JSON (a cycle) is still logged', () => {
    const cyclic: Record<string, unknown> = { note: 'Borger 0101901234' };
    cyclic.self = cyclic;
    const text = describeForLog(cyclic);
    expect(leaks('0101901234', text)).toBe(false);
  });
});

describe('no file of the add-in calls the console but addin/src/log.ts', () => {
  const root = join(__dirname, '../../addin/src');
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
  }

  test('every console call is in log.ts', () => {
    const calling = files(root)
      .filter((file) => !file.endsWith(join('addin', 'src', 'log.ts')))
      .filter((file) => /\bconsole\s*\.\s*\w+\s*\(|\bconsole\s*\[/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(root.length + 1));
    expect(calling).toEqual([]);
  });
});
