// The service's configuration, read once from the environment (app settings in Azure,
// local.settings.json under `func start`, scripts/start.ts locally) and checked with zod.

import { LOCAL_TENANT_ID } from '../../core/localUsers';
import { z } from 'zod';
import { TEMPLATE_VERSIONS } from '../../core/spec';

export const ENTRA_AUTHORITY = 'https://login.microsoftonline.com';
export const DEFAULT_SCOPE = 'access_as_user';
export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * The inspection pool (functions/src/inspect/pool.ts), sized for a Flex Consumption instance of
 * 2,048 MB (infra/main.bicep) with two cores:
 * - 2 workers: one per core; the request loop itself only waits for messages and storage, so it
 *   needs no core of its own to stay responsive, and one hostile upload occupies at most one
 *   worker while the other goes on with everyone else's.
 * - a queue of 100: every municipality of the corps (98) may have one upload waiting; a job holds
 *   only a reference to a body the request has already read.
 * - 20 s a job: the 1 MB benchmark plan takes ~0.5 s on an idle machine and ~2 s on a loaded one;
 *   what is refused at intake is refused in well under a second. 20 s is ten times a slow real plan.
 * - 512 MB of heap a worker: a worker runs both kinds of job (its heap limit is set when it
 *   starts), so the limit is the structure job's. Inspecting the 1 MB plan peaks at ~100 MB of
 *   heap (~150 MB of process), but structuring a 1 MB / 20,000-row plan laid out by its
 *   coordinator (its original sheet kept beside the template) needs more than 256 MB and less
 *   than 384 MB of heap, formatted or values-only alike (measured through this pool:
 *   test/prove/largePlan.test.ts, and over HTTP by `npm run prove`), so a values-only fallback
 *   (workbook/structured.ts MAX_FORMATTED_XML_BYTES) would not bring it under 256 MB. Two workers
 *   at their limit (~1.2 GB of process with code and buffers) and the request loop fit in the
 *   instance's 2,048 MB. A hostile file is not what reaches this limit: the intake's limits and
 *   work budget refuse those under 100 MB.
 */
export const DEFAULT_INSPECT = Object.freeze({
  workers: 2,
  queue: 100,
  timeLimitMs: 20_000,
  /** A structure job also renders the workbook with the originals copied (see InspectPoolOptions). */
  structureTimeLimitMs: 90_000,
  memoryLimitMb: 512,
});
export { LOCAL_TENANT_ID };
export const LOCAL_AUDIENCE = 'api://korpsplan-local';

const list = z.string().transform((s) =>
  s
    .split(/[,;\s]+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);

const guid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/);

const adminRef = z
  .string()
  .regex(/^[0-9a-fA-F-]{36}[:/][0-9a-fA-F-]{36}$/, 'tenantId:objectId')
  .transform((s) => {
    const [tenantId = '', objectId = ''] = s.split(/[:/]/);
    return { tenantId: tenantId.toLowerCase(), objectId: objectId.toLowerCase() };
  });

const envSchema = z
  .object({
    AUTH_MODE: z.enum(['entra', 'local']).default('entra'),
    /** Tenants whose users may sign in (comma-separated tenant ids). */
    AUTH_ALLOWED_TENANTS: list.pipe(z.array(guid)).optional(),
    /** Accepted audiences: api://<client-id> and/or the client id. */
    AUTH_AUDIENCES: list.pipe(z.array(z.string().min(1))).optional(),
    /** Issuer per tenant; {tid} is replaced by the token's tenant id. */
    AUTH_ISSUER: z.string().min(1).default(`${ENTRA_AUTHORITY}/{tid}/v2.0`),
    /** The tenant's signing keys; {tid} as above. */
    AUTH_JWKS_URI: z.string().min(1).default(`${ENTRA_AUTHORITY}/{tid}/discovery/v2.0/keys`),
    AUTH_REQUIRED_SCOPE: z.string().min(1).default(DEFAULT_SCOPE),
    /** Administrators before a roster exists: tenantId:objectId, comma-separated. */
    AUTH_BOOTSTRAP_ADMINS: list.pipe(z.array(adminRef)).default([]),
    /** Azurite or an account key (local); in Azure use STORAGE_ACCOUNT_URL with managed identity. */
    STORAGE_CONNECTION_STRING: z.string().min(1).optional(),
    STORAGE_ACCOUNT_URL: z.string().url().optional(),
    /** Client id of a user-assigned managed identity; system-assigned when absent. */
    STORAGE_MANAGED_IDENTITY_CLIENT_ID: z.string().min(1).optional(),
    STORAGE_CONTAINER: z
      .string()
      .regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'a blob container name')
      .default('korpsplan'),
    MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_UPLOAD_BYTES),
    ROSTER_CACHE_SECONDS: z.coerce.number().int().nonnegative().default(15),
    /**
     * The template versions a submission may be made from (comma-separated, e.g. "1.1"); default
     * every version korpsplan knows. A plan of another version is refused with the version to use.
     */
    ACCEPTED_TEMPLATE_VERSIONS: list.pipe(z.array(z.enum(TEMPLATE_VERSIONS)).min(1)).optional(),
    /** The inspection pool: worker threads, waiting uploads, time (ms) and heap (MB) per job. */
    INSPECT_WORKERS: z.coerce.number().int().min(1).max(16).default(DEFAULT_INSPECT.workers),
    INSPECT_QUEUE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_INSPECT.queue),
    INSPECT_TIME_LIMIT_MS: z.coerce.number().int().min(100).default(DEFAULT_INSPECT.timeLimitMs),
    INSPECT_STRUCTURE_TIME_LIMIT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(DEFAULT_INSPECT.structureTimeLimitMs),
    INSPECT_MEMORY_MB: z.coerce.number().int().min(32).default(DEFAULT_INSPECT.memoryLimitMb),
    /** Local mode: where the local issuer's key pair is kept, and the server's public base URL. */
    LOCAL_DATA_DIR: z.string().min(1).default('.data'),
    LOCAL_BASE_URL: z.string().url().default('http://localhost:7071'),
  })
  .superRefine((env, ctx) => {
    if (!env.STORAGE_CONNECTION_STRING && !env.STORAGE_ACCOUNT_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['STORAGE_CONNECTION_STRING'],
        message: 'set STORAGE_CONNECTION_STRING (local) or STORAGE_ACCOUNT_URL (Azure, managed identity)',
      });
    }
    if (env.AUTH_MODE === 'entra') {
      if (!env.AUTH_ALLOWED_TENANTS?.length)
        ctx.addIssue({ code: 'custom', path: ['AUTH_ALLOWED_TENANTS'], message: 'at least one tenant id' });
      if (!env.AUTH_AUDIENCES?.length)
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_AUDIENCES'],
          message: 'api://<client-id> and/or the client id',
        });
    }
  });

export interface AuthConfig {
  readonly mode: 'entra' | 'local';
  readonly allowedTenants: readonly string[];
  readonly audiences: readonly string[];
  readonly issuerTemplate: string;
  readonly jwksUriTemplate: string;
  readonly requiredScope: string;
  readonly bootstrapAdmins: readonly { readonly tenantId: string; readonly objectId: string }[];
}

export type StorageConfig =
  | { readonly kind: 'connectionString'; readonly connectionString: string; readonly container: string }
  | {
      readonly kind: 'managedIdentity';
      readonly accountUrl: string;
      readonly clientId?: string;
      readonly container: string;
    };

export interface Config {
  readonly auth: AuthConfig;
  readonly storage: StorageConfig;
  readonly maxUploadBytes: number;
  readonly rosterCacheSeconds: number;
  /** The template versions submissions are accepted from (absent: every known version). */
  readonly acceptedTemplateVersions?: readonly string[];
  readonly local: { readonly dataDir: string; readonly baseUrl: string };
  readonly inspect: {
    readonly workers: number;
    readonly queue: number;
    readonly timeLimitMs: number;
    readonly structureTimeLimitMs: number;
    readonly memoryLimitMb: number;
  };
}

/** The issuer of the local sign-in (AUTH_MODE=local), served by the local server itself. */
export function localIssuer(baseUrl: string): { issuer: string; jwksUri: string } {
  const base = baseUrl.replace(/\/+$/, '');
  return { issuer: `${base}/local-issuer/v2.0`, jwksUri: `${base}/local-issuer/discovery/v2.0/keys` };
}

export class ConfigError extends Error {
  constructor(detail: string) {
    super(
      `korpsplan: indstillingerne er ugyldige / the settings are invalid:\n${detail}\n` +
        'See docs/deploy.md for every setting.',
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`).join('\n'),
    );
  }
  const e = parsed.data;
  const local = { dataDir: e.LOCAL_DATA_DIR, baseUrl: e.LOCAL_BASE_URL.replace(/\/+$/, '') };
  const auth: AuthConfig =
    e.AUTH_MODE === 'local'
      ? {
          mode: 'local',
          allowedTenants: [LOCAL_TENANT_ID],
          audiences: [LOCAL_AUDIENCE],
          issuerTemplate: localIssuer(local.baseUrl).issuer,
          jwksUriTemplate: localIssuer(local.baseUrl).jwksUri,
          requiredScope: e.AUTH_REQUIRED_SCOPE,
          bootstrapAdmins: e.AUTH_BOOTSTRAP_ADMINS,
        }
      : {
          mode: 'entra',
          allowedTenants: (e.AUTH_ALLOWED_TENANTS ?? []).map((t) => t.toLowerCase()),
          audiences: e.AUTH_AUDIENCES ?? [],
          issuerTemplate: e.AUTH_ISSUER,
          jwksUriTemplate: e.AUTH_JWKS_URI,
          requiredScope: e.AUTH_REQUIRED_SCOPE,
          bootstrapAdmins: e.AUTH_BOOTSTRAP_ADMINS,
        };
  const storage: StorageConfig = e.STORAGE_CONNECTION_STRING
    ? {
        kind: 'connectionString',
        connectionString: e.STORAGE_CONNECTION_STRING,
        container: e.STORAGE_CONTAINER,
      }
    : {
        kind: 'managedIdentity',
        accountUrl: e.STORAGE_ACCOUNT_URL ?? '',
        ...(e.STORAGE_MANAGED_IDENTITY_CLIENT_ID ? { clientId: e.STORAGE_MANAGED_IDENTITY_CLIENT_ID } : {}),
        container: e.STORAGE_CONTAINER,
      };
  return {
    auth,
    storage,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    rosterCacheSeconds: e.ROSTER_CACHE_SECONDS,
    acceptedTemplateVersions: e.ACCEPTED_TEMPLATE_VERSIONS ?? [...TEMPLATE_VERSIONS],
    local,
    inspect: {
      workers: e.INSPECT_WORKERS,
      queue: e.INSPECT_QUEUE,
      timeLimitMs: e.INSPECT_TIME_LIMIT_MS,
      structureTimeLimitMs: e.INSPECT_STRUCTURE_TIME_LIMIT_MS,
      memoryLimitMb: e.INSPECT_MEMORY_MB,
    },
  };
}
