// Shared pieces of every handler: JSON answers, error answers in Danish and English, the size-checked
// body reader, structured logs without personal data, and the wrapper that turns any failure into a
// clear answer.

import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { RefusalError } from '../../core/codes';
import type { CONTRACT, OkBody, RouteName } from '../../core/contract';
import type { Issue, Message } from '../../core/schema';
import { maskCpr } from '../../core/validate/cpr';
import { redactJson } from '../../core/redact';
import { fieldMustBe } from '../../core/zodText';
import { formatBytes, ServiceError } from './messages';
import { StorageUnavailableError } from './storage/blobs';

export type Handler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/** Seconds a client should wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

const NO_STORE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/** Every JSON answer passes the CPR mask (core/redact.ts): no response carries a CPR number. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponseInit {
  return { status, jsonBody: redactJson(body), headers: { ...NO_STORE, ...headers } };
}

/**
 * A route's JSON answer, typed by the HTTP contract (core/contract.ts): the body must have the shape
 * the contract promises for that route and status, or the handler does not compile.
 */
export function answer<N extends RouteName, S extends keyof (typeof CONTRACT)[N]['ok'] & number>(
  _route: N,
  status: S,
  body: OkBody<N, S>,
  headers: Record<string, string> = {},
): HttpResponseInit {
  return json(status, body, headers);
}

export function errorBody(code: string, message: Message): { error: { code: string; message: Message } } {
  return { error: { code, message: { da: maskCpr(message.da), en: maskCpr(message.en) } } };
}

/** Issues as they leave the service: messages and places never carry a CPR-like run. */
export function safeIssues(issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({
    ...i,
    sheet: maskCpr(i.sheet),
    cell: maskCpr(i.cell),
    message: { da: maskCpr(i.message.da), en: maskCpr(i.message.en) },
  }));
}

export function serviceErrorResponse(err: ServiceError): HttpResponseInit {
  return json(err.status, errorBody(err.code, err.userMessage), err.headers);
}

export function refusalResponse(err: RefusalError): HttpResponseInit {
  return json(err.status, errorBody(err.code, err.userMessage));
}

type LogValue = string | number | boolean | null | undefined;

/**
 * One structured log line. Only codes, ids, counts and timings go here: never names, e-mail
 * addresses, object ids, file contents or anything a user typed.
 */
export function log(
  context: InvocationContext,
  level: 'info' | 'warn' | 'error',
  event: string,
  fields: Record<string, LogValue> = {},
): void {
  // Masked too, whatever a field was given (core/redact.ts).
  const line = JSON.stringify(redactJson({ event, ...fields }));
  if (level === 'info') context.log(line);
  else if (level === 'warn') context.warn(line);
  else context.error(line);
}

/** Runs a handler body; every failure becomes an answer with a code and a Danish + English message. */
export function handle(name: string, body: Handler): Handler {
  return async (request, context) => {
    try {
      return await body(request, context);
    } catch (err) {
      if (err instanceof ServiceError) {
        log(context, err.status >= 500 ? 'warn' : 'info', `${name}_refused`, {
          code: err.code,
          status: err.status,
        });
        return serviceErrorResponse(err);
      }
      if (err instanceof RefusalError) {
        log(context, 'info', `${name}_refused`, { code: err.code, status: err.status });
        return refusalResponse(err);
      }
      if (err instanceof StorageUnavailableError) {
        log(context, 'error', `${name}_storage_unavailable`, {
          operation: err.operation,
          cause: causeName(err),
        });
        return serviceErrorResponse(
          new ServiceError('storage_unavailable', {}, { 'Retry-After': String(RETRY_AFTER_SECONDS) }),
        );
      }
      const ref = context.invocationId;
      log(context, 'error', `${name}_failed`, {
        error: err instanceof Error ? err.name : typeof err,
        detail: err instanceof Error ? maskCpr(err.message).slice(0, 300) : undefined,
        ref,
      });
      return serviceErrorResponse(new ServiceError('internal_error', { ref }));
    }
  };
}

function causeName(err: Error): string | undefined {
  const cause = err.cause;
  if (cause instanceof Error)
    return `${cause.name}: ${maskCpr(cause.message).split('\n')[0]?.slice(0, 200) ?? ''}`;
  return undefined;
}

/**
 * The request body as bytes, refusing it with 413 as soon as it is known to be larger than `max`:
 * first by Content-Length, then while streaming, so that an oversized body is never buffered whole.
 */
export async function readBody(request: HttpRequest, max: number): Promise<Uint8Array> {
  const tooLarge = (): ServiceError => new ServiceError('file_too_large', { max: formatBytes(max) });
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > max) throw tooLarge();
  const stream = request.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = (await reader.read()) as { done: boolean; value?: unknown };
    if (next.done) break;
    const value = next.value;
    const chunk =
      value instanceof Uint8Array
        ? value
        : value instanceof ArrayBuffer
          ? new Uint8Array(value)
          : Buffer.from(String(value), 'utf8');
    size += chunk.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A query parameter checked by a zod-like parser; a wrong value is a 400 in both languages. */
export function queryParam<T>(
  request: HttpRequest,
  name: string,
  parse: (value: string) => T | undefined,
  what: Message,
): T | undefined {
  const raw = request.query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = parse(raw);
  if (value === undefined) {
    throw new ServiceError('bad_query', {
      detail: fieldMustBe([name], what),
    });
  }
  return value;
}
