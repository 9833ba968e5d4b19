// The add-in over HTTPS on this machine: Office loads add-ins only from https:// URLs, so
// https://localhost:3000 serves dist/addin with a locally generated certificate, and passes /api/*
// and /local-issuer/* on to the service (http://localhost:7071), so that the pages call the service on
// their own origin. `npm start` runs it beside the service; alone: `npx tsx addin/devServer.ts`.
//
// The certificate: on first start a small certificate authority of this machine and a localhost
// certificate signed by it are made with openssl in .data/dev-certs/. Trust ca.crt once (README,
// "Add-in: sideload step by step"); the key of the authority never leaves the machine.

/* eslint-disable no-restricted-imports -- build and dev tooling: runs in Node, never in the add-in */

import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const DEV_PORT = 3000;
const PROXIED = [/^\/api(\/|$)/, /^\/local-issuer(\/|$)/];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DevCertificate {
  readonly key: string;
  readonly cert: string;
  /** The authority to trust (PEM file). */
  readonly caFile: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/** The localhost certificate in dir, made with openssl the first time (or when it has expired). */
export function devCertificate(dir: string): DevCertificate {
  mkdirSync(dir, { recursive: true });
  const caFile = join(dir, 'ca.crt');
  const certFile = join(dir, 'localhost.crt');
  const keyFile = join(dir, 'localhost.key');
  const fresh = (file: string) => {
    if (!existsSync(file)) return false;
    try {
      openssl(['x509', '-checkend', String(7 * 24 * 3600), '-noout', '-in', file], dir);
      return true;
    } catch {
      return false;
    }
  };
  if (!fresh(caFile)) {
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '825',
        '-keyout',
        'ca.key',
        '-out',
        'ca.crt',
        '-subj',
        '/CN=korpsplan local development CA',
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      dir,
    );
  }
  if (!fresh(certFile) || statSync(certFile).mtimeMs < statSync(caFile).mtimeMs) {
    writeFileSync(
      join(dir, 'localhost.ext'),
      [
        'basicConstraints=CA:FALSE',
        'keyUsage=critical,digitalSignature,keyEncipherment',
        'extendedKeyUsage=serverAuth',
        'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
        '',
      ].join('\n'),
    );
    openssl(
      [
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'localhost.key',
        '-out',
        'localhost.csr',
        '-subj',
        '/CN=localhost',
      ],
      dir,
    );
    // 397 days: the longest validity browsers and macOS accept for a server certificate.
    openssl(
      [
        'x509',
        '-req',
        '-sha256',
        '-days',
        '397',
        '-in',
        'localhost.csr',
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'localhost.crt',
        '-extfile',
        'localhost.ext',
      ],
      dir,
    );
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), caFile };
}

function serveFile(root: string, path: string, res: ServerResponse): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  let file = resolve(root, normalize(decoded).replace(/^([/\\])+/, ''));
  if (file !== root && !file.startsWith(root + sep)) return false;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  createReadStream(file).pipe(res);
  return true;
}

function proxy(target: URL, req: IncomingMessage, res: ServerResponse): void {
  const upstream = httpRequest(
    {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (err) => {
    if (!res.headersSent) {
      res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' });
    }
    res.end(
      JSON.stringify({
        error: {
          code: 'service_unreachable',
          message: {
            da: `korpsplan-tjenesten svarer ikke (${err.message}). Kører npm start?`,
            en: `The korpsplan service does not answer (${err.message}). Is npm start running?`,
          },
        },
      }),
    );
  });
  req.pipe(upstream);
}

export interface DevServerOptions {
  readonly staticDir: string;
  /** The service, e.g. http://localhost:7071. */
  readonly apiBase: string;
  readonly certDir: string;
  readonly port?: number;
}

export interface RunningDevServer {
  readonly url: string;
  readonly caFile: string;
  readonly server: Server;
  close(): Promise<void>;
}

export async function startAddinDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const cert = devCertificate(options.certDir);
  const root = resolve(options.staticDir);
  const target = new URL(options.apiBase);
  const server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://localhost').pathname;
    if (PROXIED.some((p) => p.test(path))) {
      proxy(target, req, res);
      return;
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && serveFile(root, path, res)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? DEV_PORT, 'localhost', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${port}`,
    caFile: cert.caFile,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (require.main === module) {
  const ROOT = join(__dirname, '..');
  startAddinDevServer({
    staticDir: join(ROOT, 'dist', 'addin'),
    apiBase: process.env.KORPSPLAN_API ?? 'http://localhost:7071',
    certDir: join(ROOT, '.data', 'dev-certs'),
  })
    .then((s) =>
      process.stdout.write(`Tilføjelsen / the add-in: ${s.url}/taskpane.html (trust ${s.caFile})\n`),
    )
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
