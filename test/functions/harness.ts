// The service under test: Azurite in this process (random port, temp dir), the real handlers with
// real HttpRequest objects, the local issuer's key set served over HTTP on loopback so that the
// verifier fetches it exactly as it fetches Entra's, and every context.log line collected.

import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Roster } from '../../core/roster';
import { parseAs, LocalIssuer, demoRoster, type MintOptions } from '../../functions/src/auth/localIssuer';
import { loadConfig } from '../../functions/src/config';
import { productionParts } from '../../functions/src/app';
import { createDeps, type Deps, type DepsParts } from '../../functions/src/deps';
import { startAzurite, type RunningAzurite } from '../../functions/src/local/azurite';
import { startLocalServer, type RunningServer } from '../../functions/src/local/server';
import { routes, type Route } from '../../functions/src/routes';
import { AzureBlobStore, StorageUnavailableError, type BlobStore } from '../../functions/src/storage/blobs';

export interface CallInit {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
  readonly params?: Record<string, string>;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Buffer;
  readonly text: string;
  json<T = unknown>(): T;
}

export interface TestService {
  readonly azurite: RunningAzurite;
  readonly issuer: LocalIssuer;
  readonly server: RunningServer;
  readonly deps: Deps;
  readonly routes: Map<string, Route>;
  /** Every line handlers wrote through context.log/warn/error. */
  readonly logs: string[];
  /** The raw blob store (without injected faults), to look at what is stored. */
  readonly store: BlobStore;
  call(name: string, init?: CallInit): Promise<CallResult>;
  token(as: string, options?: MintOptions): Promise<string>;
  setRoster(roster: Roster): Promise<void>;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Wraps the real blob store (fault injection). */
  readonly wrapBlobs?: (inner: BlobStore) => BlobStore;
  readonly parts?: Partial<DepsParts>;
  /** Shares one Azurite between services (each gets its own container). */
  readonly azurite?: RunningAzurite;
  readonly env?: Record<string, string>;
}

export async function toResult(init: HttpResponseInit): Promise<CallResult> {
  const response = new HttpResponse(init);
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text,
    json: <T>() => JSON.parse(text) as T,
  };
}

export async function startService(options: ServiceOptions = {}): Promise<TestService> {
  const dir = options.azurite ? undefined : mkdtempSync(join(tmpdir(), 'korpsplan-azurite-'));
  const azurite = options.azurite ?? (await startAzurite({ location: dir }));
  const server = await startLocalServer({ routes: [], port: 0, maxBodyBytes: 5 * 1024 * 1024 });
  const issuer = await LocalIssuer.ephemeral(server.url);
  const config = loadConfig({
    AUTH_MODE: 'local',
    LOCAL_BASE_URL: server.url,
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    STORAGE_CONTAINER: `t${randomBytes(6).toString('hex')}`,
    ROSTER_CACHE_SECONDS: '0',
    ...options.env,
  });
  const store = AzureBlobStore.fromConfig(config.storage);
  const deps = await createDeps({
    ...productionParts(config),
    version: 'test',
    blobs: options.wrapBlobs ? options.wrapBlobs(store) : store,
    localIssuer: issuer,
    ...options.parts,
  });
  const table = routes(deps);
  server.setRoutes(table);
  const byName = new Map<string, Route>(table.map((r) => [r.name, r]));
  const logs: string[] = [];

  const service: TestService = {
    azurite,
    issuer,
    server,
    deps,
    routes: byName,
    logs,
    store,
    async call(name, init = {}) {
      const route = byName.get(name);
      if (!route) throw new Error(`no route ${name}`);
      const method = init.method ?? route.methods[0] ?? 'GET';
      const body =
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? { string: init.body }
            : { bytes: init.body };
      const request = new HttpRequest({
        method,
        url: `${server.url}/${init.path ?? route.route}`,
        headers: init.headers ?? {},
        params: init.params ?? {},
        ...(body ? { body } : {}),
      });
      const context = new InvocationContext({
        functionName: name,
        invocationId: randomBytes(8).toString('hex'),
        logHandler: (_level, ...args) => logs.push(args.map((a) => String(a)).join(' ')),
      });
      return toResult(await route.handler(request, context));
    },
    token: (as, mint) => issuer.mint(parseAs(as), mint),
    async setRoster(roster) {
      const etag = await deps.roster.put(roster);
      if (etag === null) throw new Error('roster not stored');
    },
    async close() {
      await server.close();
      await deps.close();
      if (!options.azurite) {
        await azurite.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  await service.setRoster(demoRoster());
  return service;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** A blob store that fails the chosen operations (fault injection at any step). */
export class FaultyBlobs implements BlobStore {
  readonly calls: { op: string; name: string }[] = [];
  constructor(
    private readonly inner: BlobStore,
    public failWhen: (op: string, name: string) => boolean = () => false,
  ) {}

  private check(op: string, name: string): void {
    this.calls.push({ op, name });
    if (this.failWhen(op, name)) {
      throw new StorageUnavailableError(`${op} (injected)`);
    }
  }

  async create(name: string, body: Uint8Array, contentType: string) {
    this.check('create', name);
    return this.inner.create(name, body, contentType);
  }
  async read(name: string) {
    this.check('read', name);
    return this.inner.read(name);
  }
  async replace(name: string, body: Uint8Array, contentType: string, etag: string | null) {
    this.check('replace', name);
    return this.inner.replace(name, body, contentType, etag);
  }
  async list(prefix: string) {
    this.check('list', prefix);
    return this.inner.list(prefix);
  }
  async ping() {
    this.check('ping', '');
    return this.inner.ping();
  }
}
