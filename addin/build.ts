// npm run build:addin: the add-in and the web page in dist/addin, ready to be served as static files.
//
//   dist/addin/*.html, app.css        from addin/public
//   dist/addin/*.js                   the entries bundled with esbuild (browser, ES2020)
//   dist/addin/assets/icon-*.png      the committed icons
//   dist/addin/config.json            the app's settings (sign-in, service URL), checked with zod
//   dist/addin/manifest.xml           manifest.xml with https://localhost:3000 rewritten to
//                                     ADDIN_PUBLIC_URL (and the Entra client id of ADDIN_CLIENT_ID)
//
// Settings (environment or flags):
//   ADDIN_PUBLIC_URL   / --public-url URL   where the add-in is served in production (https://...)
//   ADDIN_AUTH_MODE    / --auth-mode M      local (default without a public URL) or entra
//   ADDIN_CLIENT_ID    / --client-id ID     the add-in's Entra app registration (entra)
//   ADDIN_AUTHORITY                         default https://login.microsoftonline.com/organizations
//   ADDIN_API_SCOPE                         default api://<client id>/access_as_user (docs/deploy.md)
//   ADDIN_API_URL      / --api-url URL      the service's base URL ('' = same origin, the default)
//   --dev                                   no minification

/* eslint-disable no-restricted-imports -- build and dev tooling: runs in Node, never in the add-in */

import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appConfigSchema, type AppConfig } from './src/config';

const ROOT = join(__dirname, '..');
export const OUT_DIR = join(ROOT, 'dist', 'addin');
export const DEV_URL = 'https://localhost:3000';
/** The client id in manifest.xml's WebApplicationInfo (a placeholder for local sideloading). */
export const DEV_CLIENT_ID = '3b0c8f2e-7d41-4a6b-9e25-5c1d7a9f0e63';

const ENTRIES: Record<string, string> = {
  app: 'addin/src/entries/app.tsx',
  commands: 'addin/src/entries/commands.ts',
  signin: 'addin/src/entries/signin.tsx',
  notify: 'addin/src/entries/notify.ts',
  authDialog: 'addin/src/entries/authDialog.ts',
  authRedirect: 'addin/src/entries/authRedirect.ts',
};

export interface ManifestTarget {
  /** https://... where the built add-in is served. */
  readonly publicUrl: string;
  readonly clientId?: string;
}

/** manifest.xml for a deployment: every dev URL and the placeholder client id replaced. */
export function rewriteManifest(xml: string, target: ManifestTarget): string {
  const url = target.publicUrl.replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+/.test(url))
    throw new Error(`The add-in's public URL must be https://..., not "${url}"`);
  // WebApplicationInfo's resource is the app registration's Application ID URI, api://<client id>
  // (docs/deploy.md), so only the client id changes there.
  let out = xml.split(DEV_URL).join(url);
  if (target.clientId) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(target.clientId)) {
      throw new Error(`ADDIN_CLIENT_ID must be a GUID, not "${target.clientId}"`);
    }
    out = out.split(DEV_CLIENT_ID).join(target.clientId);
  }
  return out;
}

export interface BuildSettings {
  readonly outDir: string;
  readonly publicUrl?: string;
  readonly config: AppConfig;
  readonly clientId?: string;
  readonly minify: boolean;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The settings from the environment and the command line, checked. */
export function settingsFrom(env: NodeJS.ProcessEnv, argv: readonly string[]): BuildSettings {
  const publicUrl = flag(argv, '--public-url') ?? env.ADDIN_PUBLIC_URL;
  const clientId = flag(argv, '--client-id') ?? env.ADDIN_CLIENT_ID;
  const authMode = flag(argv, '--auth-mode') ?? env.ADDIN_AUTH_MODE ?? (publicUrl ? 'entra' : 'local');
  const apiBaseUrl = flag(argv, '--api-url') ?? env.ADDIN_API_URL ?? '';
  const raw =
    authMode === 'entra'
      ? {
          authMode,
          apiBaseUrl,
          clientId,
          authority: env.ADDIN_AUTHORITY ?? 'https://login.microsoftonline.com/organizations',
          apiScope: env.ADDIN_API_SCOPE ?? (clientId ? `api://${clientId}/access_as_user` : undefined),
        }
      : { authMode, apiBaseUrl };
  const parsed = appConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `build:addin: the settings are incomplete for ${authMode} sign-in:\n` +
        parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n') +
        '\n(set ADDIN_CLIENT_ID, ADDIN_PUBLIC_URL and optionally ADDIN_API_SCOPE / ADDIN_AUTHORITY)',
    );
  }
  return {
    outDir: OUT_DIR,
    ...(publicUrl ? { publicUrl } : {}),
    ...(clientId ? { clientId } : {}),
    config: parsed.data,
    minify: !argv.includes('--dev'),
  };
}

export async function buildAddin(settings: BuildSettings): Promise<void> {
  const out = settings.outDir;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'assets'), { recursive: true });

  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: out,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2020', 'chrome100', 'edge100', 'safari15', 'firefox100'],
    minify: settings.minify,
    sourcemap: 'linked',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': settings.minify ? '"production"' : '"development"' },
    legalComments: 'linked',
    logLevel: 'warning',
  });

  const publicDir = join(__dirname, 'public');
  for (const file of readdirSync(publicDir)) copyFileSync(join(publicDir, file), join(out, file));
  for (const file of readdirSync(join(__dirname, 'assets'))) {
    if (file.endsWith('.png')) copyFileSync(join(__dirname, 'assets', file), join(out, 'assets', file));
  }
  writeFileSync(join(out, 'config.json'), `${JSON.stringify(settings.config, null, 2)}\n`);
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  writeFileSync(
    join(out, 'manifest.xml'),
    settings.publicUrl
      ? rewriteManifest(manifest, {
          publicUrl: settings.publicUrl,
          ...(settings.clientId ? { clientId: settings.clientId } : {}),
        })
      : manifest,
  );
}

if (require.main === module) {
  const started = Date.now();
  Promise.resolve()
    .then(() => settingsFrom(process.env, process.argv.slice(2)))
    .then(async (settings) => {
      await buildAddin(settings);
      process.stdout.write(
        `build:addin: dist/addin (${settings.config.authMode} sign-in${settings.publicUrl ? `, manifest for ${settings.publicUrl}` : ', manifest for https://localhost:3000'}) in ${Date.now() - started} ms\n`,
      );
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}
