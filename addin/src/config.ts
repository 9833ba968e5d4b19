// The app's settings, written by addin/build.ts into config.json beside the pages and read once at
// start. Checked with zod: a broken deployment says what is wrong instead of half working.

import { z } from 'zod';

export const appConfigSchema = z.discriminatedUnion('authMode', [
  z.object({
    authMode: z.literal('local'),
    /** The service's base URL; '' for the page's own origin. */
    apiBaseUrl: z.string(),
  }),
  z.object({
    authMode: z.literal('entra'),
    apiBaseUrl: z.string(),
    /** The add-in's Entra app registration (the same id as WebApplicationInfo in the manifest). */
    clientId: z.string().min(1),
    /** e.g. https://login.microsoftonline.com/organizations */
    authority: z.string().url(),
    /** api://<client-id>/access_as_user (the app registration of infra/entra-app.bicep) */
    apiScope: z.string().min(1),
  }),
]);
export type AppConfig = z.infer<typeof appConfigSchema>;

export class ConfigLoadError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`korpsplan: config.json could not be used: ${detail}`, options);
    this.name = 'ConfigLoadError';
  }
}

export async function loadAppConfig(
  url = 'config.json',
  fetchImpl: typeof fetch = fetch,
): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store' });
  } catch (err) {
    throw new ConfigLoadError('no answer', { cause: err });
  }
  if (!response.ok) throw new ConfigLoadError(`HTTP ${response.status}`);
  const result = appConfigSchema.safeParse(await response.json());
  if (!result.success) {
    throw new ConfigLoadError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return result.data;
}
