// A small HTTP server that runs the function handlers outside the Functions host: it matches the
// same route table, builds real HttpRequest and InvocationContext objects from @azure/functions, and
// writes the HttpResponse back. Also serves the add-in's static files when they are built. Used by
// `npm start`, the tests and the benchmark.

import { HttpRequest, HttpResponse, InvocationContext } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { HEADERS } from '../../../core/contract';
import { redactText } from '../../../core/redact';
import { errorBody } from '../http';
import { formatBytes, SERVICE_ERRORS, fill } from '../messages';
import type { Route } from '../routes';

export type LogLevel = 'trace' | 'debug' | 'information' | 'warning' | 'error' | 'critical' | 'none';
export type LogSink = (level: LogLevel, functionName: string, message: string) => void;

export interface LocalServerOptions {
  readonly routes: readonly Route[];
  readonly host?: string;
  /** 0 takes a free port. */
  readonly port: number;
  /** Bodies larger than this are refused (413) before they are buffered. */
  readonly maxBodyBytes: number;
  /** Static files served at / for paths no route takes (the built add-in). */
  readonly staticDir?: string;
  /** Origins allowed to call the API from a browser (the add-in's dev server). */
  readonly corsOrigins?: readonly string[];
  /** Where context.log output goes. */
  readonly log?: LogSink;
  /** Called once per request with its method, path, status and time. */
  readonly onRequest?: (line: { method: string; path: string; status: number; ms: number }) => void;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** Replaces the routes served (a server started before its handlers exist, e.g. to learn its port). */
  setRoutes(routes: readonly Route[]): void;
  close(): Promise<void>;
}

interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly params: readonly string[];
}

function compile(route: Route): CompiledRoute {
  const params: string[] = [];
  const source = route.route
    .split('/')
    .map((part) => {
      const m = /^\{(\w+)\??\}$/.exec(part);
      if (m?.[1]) {
        params.push(m[1]);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { route, pattern: new RegExp(`^/${source}/?$`), params };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  // Every header of the contract (core/contract.ts HEADERS), so none is left out of a cross-origin call.
  'Access-Control-Allow-Headers': ['Authorization', 'Content-Type', ...Object.values(HEADERS)].join(', '),
  'Access-Control-Expose-Headers': 'ETag, Location, Retry-After, Idempotent-Replayed, WWW-Authenticate',
  'Access-Control-Max-Age': '600',
};

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

/** Reads a request body, or answers 413 without buffering more than `max` bytes. */
function readLimited(req: IncomingMessage, max: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > max) {
      // Answer once the body is in (dropped, up to a bound), as below: a client still sending when
      // the connection closes sees a reset (EPIPE) instead of the 413.
      req.resume();
      if (declared > max * 8) resolvePromise('too_large');
      else {
        req.on('end', () => resolvePromise('too_large'));
        req.on('error', () => resolvePromise('too_large'));
      }
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > max) {
        over = true;
        chunks.length = 0;
        // Keep reading (and dropping) so the client sees the 413 rather than a reset, up to a bound.
        if (size > max * 8) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(over ? 'too_large' : Buffer.concat(chunks, size)));
    req.on('error', (err) => (over ? resolvePromise('too_large') : reject(err)));
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function serveStatic(dir: string, path: string, res: ServerResponse): boolean {
  const root = resolve(dir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  let file = resolve(root, rel);
  if (file !== root && !file.startsWith(root + sep)) return false;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  createReadStream(file).pipe(res);
  return true;
}

export async function startLocalServer(options: LocalServerOptions): Promise<RunningServer> {
  let compiled = options.routes.map(compile);
  const cors = new Set(options.corsOrigins ?? []);
  let base = '';

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toUpperCase();
    const origin = req.headers.origin;
    const corsHeaders: Record<string, string> =
      origin && cors.has(origin)
        ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', ...CORS_HEADERS }
        : {};

    const matches = compiled
      .map((c) => ({ c, m: c.pattern.exec(url.pathname) }))
      .filter((x): x is { c: CompiledRoute; m: RegExpExecArray } => x.m !== null);
    if (method === 'OPTIONS' && matches.length > 0) {
      res.writeHead(204, corsHeaders);
      res.end();
      return;
    }
    const hit = matches.find((x) => x.c.route.methods.includes(method as Route['methods'][number]));
    if (!hit) {
      if (matches.length > 0) {
        sendJson(
          res,
          405,
          errorBody('method_not_allowed', {
            da: `Metoden ${method} kan ikke bruges her.`,
            en: `The method ${method} cannot be used here.`,
          }),
          { Allow: [...new Set(matches.flatMap((x) => x.c.route.methods))].join(', '), ...corsHeaders },
        );
        return;
      }
      if (
        (method === 'GET' || method === 'HEAD') &&
        options.staticDir &&
        serveStatic(options.staticDir, url.pathname, res)
      ) {
        return;
      }
      sendJson(
        res,
        404,
        errorBody('route_not_found', {
          da: 'Adressen findes ikke.',
          en: 'There is nothing at this address.',
        }),
        corsHeaders,
      );
      return;
    }

    const params: Record<string, string> = {};
    hit.c.params.forEach((name, i) => {
      const value = hit.m[i + 1];
      if (value !== undefined) params[name] = decodeURIComponent(value);
    });
    let bytes: Buffer | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const body = await readLimited(req, options.maxBodyBytes);
      if (body === 'too_large') {
        const e = SERVICE_ERRORS.file_too_large;
        sendJson(
          res,
          e.status,
          errorBody('file_too_large', fill(e.message, { max: formatBytes(options.maxBodyBytes) })),
          {
            Connection: 'close',
            ...corsHeaders,
          },
        );
        return;
      }
      bytes = body;
    }
    const request = new HttpRequest({
      method,
      url: url.toString(),
      headers: flatHeaders(req),
      params,
      ...(bytes && bytes.byteLength > 0 ? { body: { bytes } } : {}),
    });
    const name = hit.c.route.name;
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: name,
      logHandler: (level, ...args) => options.log?.(level, name, args.map((a) => String(a)).join(' ')),
    });
    const init = await hit.c.route.handler(request, context);
    const response = new HttpResponse(init);
    const headers: Record<string, string> = { ...corsHeaders };
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const out = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, headers);
    res.end(method === 'HEAD' ? undefined : out);
  };

  const server = createServer((req, res) => {
    const t0 = performance.now();
    res.on('finish', () =>
      options.onRequest?.({
        method: req.method ?? '',
        // The path is what a person typed (a period, a submission id): masked like every log line.
        path: redactText((req.url ?? '').split('?')[0] ?? ''),
        status: res.statusCode,
        ms: performance.now() - t0,
      }),
    );
    serve(req, res).catch((err: unknown) => {
      options.log?.(
        'error',
        'local-server',
        err instanceof Error ? redactText(`${err.name}: ${err.message}`) : 'error',
      );
      if (!res.headersSent) {
        sendJson(
          res,
          500,
          errorBody('internal_error', {
            da: 'Der skete en uventet fejl i den lokale server.',
            en: 'An unexpected error happened in the local server.',
          }),
        );
      } else {
        res.destroy();
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  const host =
    options.host && options.host !== '0.0.0.0' && options.host !== '127.0.0.1' ? options.host : 'localhost';
  base = `http://${host}:${port}`;
  return {
    url: base,
    port,
    server,
    setRoutes: (routes) => {
      compiled = routes.map(compile);
    },
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolvePromise()));
      }),
  };
}
