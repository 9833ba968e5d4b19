// The local sign-in (AUTH_MODE=local): a token issuer of its own, so that the whole product runs on
// one machine without Entra ID. It has an RS256 key pair made on first start and kept in
// .data/local-issuer/, publishes its public key set like Entra does, and mints tokens shaped like
// Entra v2 access tokens for the demo users. The service checks them with the very same verifier
// as Entra tokens (auth/verify.ts); only the configured issuer, key set, tenant and audience differ.

import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Roster } from '../../../core/roster';
import {
  formatAs,
  LOCAL_TENANT_ID,
  localObjectId,
  localRosterEntry,
  localUserName,
  type AsSpec,
} from '../../../core/localUsers';
import { DEFAULT_SCOPE, LOCAL_AUDIENCE, localIssuer } from '../config';

const jwkSchema = z.record(z.string(), z.unknown());
const keyFileSchema = z.object({ kid: z.string().min(1), privateJwk: jwkSchema, publicJwk: jwkSchema });
type KeyFile = z.infer<typeof keyFileSchema>;

// The local users themselves (who "coordinator:751" is) live in core, so that the CLI shares them.
export {
  AsSpecError,
  formatAs,
  localObjectId,
  localRosterEntry,
  localUserName,
  parseAs,
  type AsSpec,
} from '../../../core/localUsers';

/** Municipalities of the demo: the first ones submit demo plans, the last ones are expected but have not. */
export const DEMO_SUBMITTING = ['751', '101', '461', '851', '147', '157'] as const;
export const DEMO_MISSING = ['630', '561'] as const;

export function demoRoster(): Roster {
  const specs: AsSpec[] = [
    { role: 'admin' },
    { role: 'leader' },
    ...[...DEMO_SUBMITTING, ...DEMO_MISSING].map((m) => ({ role: 'coordinator' as const, municipality: m })),
  ];
  return {
    version: 1,
    expected: [...DEMO_SUBMITTING, ...DEMO_MISSING] as Roster['expected'],
    entries: specs.map(localRosterEntry),
  };
}

export interface MintOptions {
  /** Lifetime in seconds (default one hour). */
  readonly expiresIn?: number;
  /** Extra or replaced claims (tests use this to make tokens that must be refused). */
  readonly claims?: JWTPayload;
  /** Seconds since the epoch to use as "now". */
  readonly now?: number;
}

export class LocalIssuer {
  private constructor(
    private readonly keys: KeyFile,
    private readonly privateKey: CryptoKey,
    readonly issuer: string,
    readonly jwksUri: string,
    readonly baseUrl: string,
  ) {}

  /** Loads the key pair from dataDir/local-issuer/key.json, or makes and keeps one on first start. */
  static async open(dataDir: string, baseUrl: string): Promise<LocalIssuer> {
    const dir = join(dataDir, 'local-issuer');
    const file = join(dir, 'key.json');
    let keys: KeyFile;
    try {
      keys = keyFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new Error(`The local issuer's key file ${file} is unreadable; delete it to make a new one.`, {
          cause: err,
        });
      }
      keys = await LocalIssuer.makeKeys();
      await mkdir(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(keys), { mode: 0o600 });
      await rename(tmp, file);
    }
    return LocalIssuer.fromKeys(keys, baseUrl);
  }

  /** An issuer whose keys live only in memory (tests). */
  static async ephemeral(baseUrl: string): Promise<LocalIssuer> {
    return LocalIssuer.fromKeys(await LocalIssuer.makeKeys(), baseUrl);
  }

  private static async makeKeys(): Promise<KeyFile> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', {
      extractable: true,
      modulusLength: 2048,
    });
    const kid = randomUUID();
    return {
      kid,
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
    };
  }

  private static async fromKeys(keys: KeyFile, baseUrl: string): Promise<LocalIssuer> {
    const key = await importJWK(keys.privateJwk as JWK, 'RS256');
    if (!(key instanceof CryptoKey)) throw new Error('the local issuer key is not an RSA private key');
    const { issuer, jwksUri } = localIssuer(baseUrl);
    return new LocalIssuer(keys, key, issuer, jwksUri, baseUrl.replace(/\/+$/, ''));
  }

  get tenantId(): string {
    return LOCAL_TENANT_ID;
  }

  get audience(): string {
    return LOCAL_AUDIENCE;
  }

  get kid(): string {
    return this.keys.kid;
  }

  /** The public key set, as served at /local-issuer/discovery/v2.0/keys. */
  jwks(): { keys: JWK[] } {
    return { keys: [this.keys.publicJwk] };
  }

  openidConfiguration(): { issuer: string; jwks_uri: string } & Record<string, unknown> {
    return {
      issuer: this.issuer,
      jwks_uri: this.jwksUri,
      token_endpoint: `${this.baseUrl}/local-issuer/token`,
      authorization_endpoint: `${this.baseUrl}/local-issuer/authorize`,
      response_types_supported: ['token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: [DEFAULT_SCOPE],
      tenant_region_scope: 'local',
    };
  }

  /** A token shaped like an Entra v2 access token for the given local user. */
  async mint(spec: AsSpec, options: MintOptions = {}): Promise<string> {
    const now = options.now ?? Math.floor(Date.now() / 1000);
    const oid = localObjectId(spec);
    const claims: JWTPayload = {
      aud: this.audience,
      iss: this.issuer,
      iat: now,
      nbf: now,
      exp: now + (options.expiresIn ?? 3600),
      tid: this.tenantId,
      oid,
      sub: oid,
      scp: DEFAULT_SCOPE,
      ver: '2.0',
      name: localUserName(spec),
      preferred_username: `${formatAs(spec).replace(':', '-')}@korpsplan.local`,
      azp: 'korpsplan-local-addin',
      ...options.claims,
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.kid })
      .sign(this.privateKey);
  }
}
