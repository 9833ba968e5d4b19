// The service's configuration, read once from the environment (app settings in Azure,
// local.settings.json under `func start`, scripts/start.ts locally) and checked with zod.

import { z } from 'zod';

export const ENTRA_AUTHORITY = 'https://login.microsoftonline.com';
export const DEFAULT_SCOPE = 'access_as_user';
export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const LOCAL_TENANT_ID = '10ca1000-0000-4000-8000-00000000c0de';
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
  readonly local: { readonly dataDir: string; readonly baseUrl: string };
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
    local,
  };
}
