// The campaign's HTTP client: real requests to the local stack on loopback, each answer timed and,
// when a recorder is attached, kept whole (status, every header, the body) for the leak search.

import { XLSX_TYPE } from '../../functions/src/storage/submissions';

export interface Reply {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** Round trip in milliseconds, request sent to body read. */
  readonly ms: number;
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: { readonly da: string; readonly en: string } };
}

export function text(reply: Reply): string {
  return reply.body.toString('utf8');
}

export function parseJson<T>(reply: Reply): T {
  try {
    return JSON.parse(text(reply)) as T;
  } catch (err) {
    throw new Error(`${reply.method} ${reply.path} answered ${reply.status} with a body that is not JSON`, {
      cause: err,
    });
  }
}

/** The error code and message of an error answer, or null when the body is not one. */
export function errorOf(reply: Reply): ErrorBody['error'] | null {
  if (!(reply.headers['content-type'] ?? '').includes('json')) return null;
  const body = parseJson<Partial<ErrorBody>>(reply);
  const e = body.error;
  return e &&
    typeof e.code === 'string' &&
    typeof e.message?.da === 'string' &&
    typeof e.message.en === 'string'
    ? e
    : null;
}

/** A Danish and an English message that are both there and not the same text. */
export function bilingual(reply: Reply): boolean {
  const e = errorOf(reply);
  return (
    e !== null &&
    e.message.da.trim().length > 10 &&
    e.message.en.trim().length > 10 &&
    e.message.da !== e.message.en
  );
}

export interface RequestInit {
  readonly token?: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
  /** Abort after this many milliseconds (default 120 s). */
  readonly timeoutMs?: number;
}

export class Client {
  private readonly tokens = new Map<string, Promise<string>>();
  /** Every reply, when recording (the leak search reads them). */
  recorder: Reply[] | null = null;

  constructor(readonly base: string) {}

  async request(method: string, path: string, init: RequestInit = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
    const t0 = performance.now();
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(init.body !== undefined
        ? { body: typeof init.body === 'string' ? init.body : Buffer.from(init.body) }
        : {}),
      signal: AbortSignal.timeout(init.timeoutMs ?? 120_000),
    });
    const body = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - t0;
    const flat: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      flat[key] = value;
    });
    const reply: Reply = { method, path, status: response.status, headers: flat, body, ms };
    this.recorder?.push(reply);
    return reply;
  }

  /** A token from the local sign-in (POST /local-issuer/token), kept for the run. */
  token(as: string): Promise<string> {
    let token = this.tokens.get(as);
    if (!token) {
      token = this.request('POST', '/local-issuer/token', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ as }),
      }).then((reply) => {
        if (reply.status !== 200) throw new Error(`no token for ${as}: ${reply.status}`);
        return parseJson<{ access_token: string }>(reply).access_token;
      });
      token.catch(() => this.tokens.delete(as));
      this.tokens.set(as, token);
    }
    return token;
  }

  async submit(as: string, bytes: Uint8Array, headers: Record<string, string> = {}): Promise<Reply> {
    return this.request('POST', '/api/submissions', {
      token: await this.token(as),
      headers: { 'content-type': XLSX_TYPE, ...headers },
      body: bytes,
    });
  }

  async get(as: string, path: string): Promise<Reply> {
    return this.request('GET', path, { token: await this.token(as) });
  }
}
