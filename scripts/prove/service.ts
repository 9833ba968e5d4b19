// The service as the campaign runs it: the real handlers (functions/src/app.ts, the production
// parts) behind the local HTTP adapter on loopback, local sign-in, storage in Azurite behind a
// FaultableBlobs wrapper, a roster with all 98 municipalities' coordinators, a leader and an
// administrator, and every context.log line and request line handed to `log`. Started in this
// process by the Jest tests and in a child process (./service-main.ts) by `npm run prove`.

import { KOMMUNER } from '../../core/kommuner';
import type { Roster } from '../../core/roster';
import type { IntakeLimits } from '../../core/xlsx';
import { createAppDeps, productionParts } from '../../functions/src/app';
import { createDeps } from '../../functions/src/deps';
import { LocalIssuer, localRosterEntry, type AsSpec } from '../../functions/src/auth/localIssuer';
import { loadConfig } from '../../functions/src/config';
import type { Deps } from '../../functions/src/deps';
import { startLocalServer, type RunningServer } from '../../functions/src/local/server';
import { routes } from '../../functions/src/routes';
import { AzureBlobStore } from '../../functions/src/storage/blobs';
import { FaultableBlobs } from './faults';

export const PROVE_PERIOD = '2026-H2';
export const PROVE_CONTAINER = 'korpsplan';

export interface ServiceOptions {
  readonly connectionString: string;
  readonly container?: string;
  /** One line per context.log call and per request (JSON), exactly as the service wrote it. */
  readonly log: (line: string) => void;
  /**
   * Intake limits laid over every inspection job (the liveness measure lifts the work budget, so
   * that a crafted file runs until the pool's time limit instead of being refused at once).
   */
  readonly inspectLimits?: Partial<IntakeLimits>;
}

export interface ProveService {
  readonly url: string;
  readonly deps: Deps;
  readonly faults: FaultableBlobs;
  readonly server: RunningServer;
  close(): Promise<void>;
}

/** All 98 municipalities expected, a coordinator for each, one leader and one administrator. */
export function proveRoster(): Roster {
  const specs: AsSpec[] = [
    { role: 'admin' },
    { role: 'leader' },
    ...KOMMUNER.map((k) => ({ role: 'coordinator' as const, municipality: k.code })),
  ];
  return {
    version: 1,
    expected: KOMMUNER.map((k) => k.code),
    entries: specs.map(localRosterEntry),
  };
}

export async function startProveService(options: ServiceOptions): Promise<ProveService> {
  const server = await startLocalServer({
    routes: [],
    port: 0,
    maxBodyBytes: 5 * 1024 * 1024,
    log: (level, fn, message) => options.log(JSON.stringify({ kind: 'log', level, fn, message })),
    onRequest: (line) => options.log(JSON.stringify({ kind: 'request', ...line })),
  });
  const env = {
    AUTH_MODE: 'local',
    LOCAL_BASE_URL: server.url,
    STORAGE_CONNECTION_STRING: options.connectionString,
    STORAGE_CONTAINER: options.container ?? PROVE_CONTAINER,
    ROSTER_CACHE_SECONDS: '15',
  };
  const config = loadConfig(env);
  const faults = new FaultableBlobs(AzureBlobStore.fromConfig(config.storage));
  const localIssuer = await LocalIssuer.ephemeral(server.url);
  const deps = options.inspectLimits
    ? // The production parts (functions/src/app.ts productionParts) with a pool of the same size
      // and limits but these intake limits (productionParts would start a pool of its own beside it).
      await createDeps({
        ...productionParts(config, { limits: options.inspectLimits }),
        blobs: faults,
        localIssuer,
      })
    : await createAppDeps(env, { blobs: faults, localIssuer });
  server.setRoutes(routes(deps));
  const etag = await deps.roster.put(proveRoster());
  if (etag === null) throw new Error('the roster could not be stored');
  return {
    url: server.url,
    deps,
    faults,
    server,
    close: async () => {
      await server.close();
      await deps.close();
    },
  };
}
