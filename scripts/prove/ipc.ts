// Requests and answers between the campaign and its child processes (the service, the storage
// emulator) over Node's IPC channel: { id, cmd, arg } one way, { id, ok, value | error } back.

import type { ChildProcess } from 'node:child_process';

interface Request {
  readonly id: number;
  readonly cmd: string;
  readonly arg?: unknown;
}

type Answer =
  | { readonly id: number; readonly ok: true; readonly value?: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: string;
    };

function isRequest(m: unknown): m is Request {
  return typeof m === 'object' && m !== null && typeof (m as Request).id === 'number' && 'cmd' in m;
}

function isAnswer(m: unknown): m is Answer {
  return typeof m === 'object' && m !== null && typeof (m as Answer).id === 'number' && 'ok' in m;
}

/** Child side: answers each request with its handler's value. */
export function answerRequests(handlers: Record<string, (arg: unknown) => unknown>): void {
  process.on('message', (message: unknown) => {
    if (!isRequest(message)) return;
    const send = (answer: Answer): void => {
      process.send?.(answer);
    };
    const handler = handlers[message.cmd];
    if (!handler) {
      send({ id: message.id, ok: false, error: `unknown command ${message.cmd}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.arg))
      .then(
        (value) => send({ id: message.id, ok: true, value }),
        (err: unknown) =>
          send({ id: message.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  });
}

/** Parent side: sends requests to a child and resolves with its answers. */
export class ChildChannel {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(private readonly child: ChildProcess) {
    child.on('message', (message: unknown) => {
      if (!isAnswer(message)) return;
      const w = this.waiting.get(message.id);
      if (!w) return;
      this.waiting.delete(message.id);
      if (message.ok) w.resolve(message.value);
      else w.reject(new Error(message.error));
    });
    child.on('exit', (code, signal) => {
      for (const w of this.waiting.values()) w.reject(new Error(`child exited (${code ?? signal ?? '?'})`));
      this.waiting.clear();
    });
  }

  call(cmd: string, arg?: unknown): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, cmd, arg } satisfies Request, (err) => {
        if (err) {
          this.waiting.delete(id);
          reject(err);
        }
      });
    });
  }
}

/** Waits for the first message of a given kind from a child (its "ready" report). */
export function firstMessage<T>(child: ChildProcess, kind: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${kind} message within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (m: unknown): void => {
      if (typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === kind) {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(m as T);
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with ${code ?? '?'} before ${kind}`));
    });
  });
}
