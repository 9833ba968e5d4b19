// The add-in's one way to the browser console. What it logs is an error of the host, the service
// or the browser, and those quote what they were given: Excel's error for a failed write names the
// statement and its values (debugInfo.statement), a failed request its address, a parse error the
// text it could not read, a message a person typed. So every line goes through the sinks' mask
// (core/redact.ts): no CPR number from the workbook or from typed text reaches the console, in any
// form the product masks (ten digits, a date and the serial, nine digits that lost their zero).
//
// Everything else in addin/src logs through here (test/addin/log.test.ts checks that no file but
// this one calls console).

import { redactText } from '../../core/redact';

/** How deep an error's causes are followed (a cycle of causes stops here). */
const MAX_DEPTH = 4;

/** The properties of an Error other than name, message and stack (Office's code and debugInfo). */
function extras(err: Error): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(err)) {
    if (key !== 'name' && key !== 'message' && key !== 'stack' && key !== 'cause') {
      out[key] = (err as unknown as Record<string, unknown>)[key];
    }
  }
  return out;
}

/** A value as JSON (cycles and BigInts written as such), masked by the caller. */
function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  const seen = new WeakSet<object>();
  try {
    const json = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[cycle]';
        seen.add(v);
      }
      return v;
    });
    return json ?? typeof value;
  } catch (err) {
    // A getter that throws: said so (its message is masked with the rest).
    if (!(err instanceof Error)) throw err;
    return `(${typeof value} that cannot be written: ${err.name}: ${err.message})`;
  }
}

function describe(value: unknown, depth: number): string {
  if (!(value instanceof Error)) return plain(value);
  // The stack begins with "Name: message" in V8; other engines leave it out.
  const head = `${value.name}: ${value.message}`;
  const stack = value.stack ?? '';
  let text = stack.startsWith(head) ? stack : stack === '' ? head : `${head}\n${stack}`;
  const more = extras(value);
  if (Object.keys(more).length > 0) text += `\n${plain(more)}`;
  const cause: unknown = (value as { cause?: unknown }).cause;
  if (cause !== undefined && depth < MAX_DEPTH) text += `\ncaused by: ${describe(cause, depth + 1)}`;
  return text;
}

/** An error or any value as text for the console, with every CPR number masked. */
export function describeForLog(value: unknown): string {
  return redactText(describe(value, 0));
}

/** console.error with the message and the error masked. */
export function logError(message: string, err?: unknown): void {
  if (err === undefined) console.error(redactText(message));
  else console.error(redactText(message), describeForLog(err));
}

/** console.warn with the message and the error masked. */
export function logWarn(message: string, err?: unknown): void {
  if (err === undefined) console.warn(redactText(message));
  else console.warn(redactText(message), describeForLog(err));
}
