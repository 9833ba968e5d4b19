// Storage access in Azure without keys: the Function App's managed identity. App Service and
// Functions expose a local token endpoint (IDENTITY_ENDPOINT, IDENTITY_HEADER); this asks it for a
// token for Azure Storage and caches it until shortly before it expires. Small on purpose: the
// service needs exactly this one credential.

import { z } from 'zod';

/** The shape of @azure/core-auth's AccessToken and TokenCredential, which the storage SDK accepts. */
interface AccessToken {
  token: string;
  expiresOnTimestamp: number;
}
interface TokenCredential {
  getToken(scopes: string | string[]): Promise<AccessToken | null>;
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_on: z.union([z.string(), z.number()]).transform((v) => Number(v)),
});

const STORAGE_RESOURCE = 'https://storage.azure.com/';
const REFRESH_BEFORE_MS = 5 * 60 * 1000;

export class ManagedIdentityCredential implements TokenCredential {
  private cached: AccessToken | null = null;

  constructor(
    private readonly clientId?: string,
    private readonly env: Record<string, string | undefined> = process.env,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async getToken(): Promise<AccessToken> {
    if (this.cached && this.cached.expiresOnTimestamp - Date.now() > REFRESH_BEFORE_MS) return this.cached;
    const endpoint = this.env.IDENTITY_ENDPOINT;
    const header = this.env.IDENTITY_HEADER;
    if (!endpoint || !header) {
      throw new Error(
        'No managed identity here (IDENTITY_ENDPOINT/IDENTITY_HEADER are not set). ' +
          'Set STORAGE_CONNECTION_STRING for local use, or turn on the Function App identity.',
      );
    }
    const url = new URL(endpoint);
    url.searchParams.set('resource', STORAGE_RESOURCE);
    url.searchParams.set('api-version', '2019-08-01');
    if (this.clientId) url.searchParams.set('client_id', this.clientId);
    const response = await this.fetchImpl(url, { headers: { 'X-IDENTITY-HEADER': header } });
    if (!response.ok) {
      throw new Error(`The managed identity endpoint answered ${response.status}`);
    }
    const body = tokenResponse.parse(await response.json());
    this.cached = { token: body.access_token, expiresOnTimestamp: body.expires_on * 1000 };
    return this.cached;
  }
}
