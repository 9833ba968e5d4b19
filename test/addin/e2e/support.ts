// What the browser tests share: Debian's Chromium through playwright-core (skipped with a message when
// it is missing), Office.js served from the @microsoft/office-js package instead of Microsoft's CDN
// (its telemetry blocked), the add-in built into a temporary folder, and the real service in this
// process (Azurite, the handlers, the local sign-in) serving those files.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { LocalIssuer, demoRoster } from '../../../functions/src/auth/localIssuer';
import { loadConfig } from '../../../functions/src/config';
import { createDeps, type Deps } from '../../../functions/src/deps';
import { startAzurite, type RunningAzurite } from '../../../functions/src/local/azurite';
import { startLocalServer, type RunningServer } from '../../../functions/src/local/server';
import { routes } from '../../../functions/src/routes';
import { productionParts } from '../../../functions/src/app';
import { buildAddin } from '../../../addin/build';
import { XLSX_MEDIA_TYPE } from '../../../core/contract';
import { todayInDenmark } from '../../../core/inspect';
import { currentPeriod } from '../../../addin/src/ui/corrections';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const ROOT = join(__dirname, '..', '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'addin');
const OFFICE_JS_DIR = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `Chromium not found at ${CHROMIUM}: the add-in's browser tests are skipped (apt-get install chromium, or set CHROMIUM_PATH).`;
}

/**
 * Chromium headless. `scrollbars`: with the scroll bars a user drags (Playwright hides them by
 * default in headless mode).
 */
export function launch(options: { readonly scrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    ...(options.scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** Office.js from the npm package, as if from appsforoffice.microsoft.com; its telemetry is blocked. */
export async function serveOfficeJs(
  context: BrowserContext,
): Promise<{ blocked: string[]; served: string[] }> {
  const blocked: string[] = [];
  const served: string[] = [];
  await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const url = new URL(route.request().url());
    const rel = normalize(url.pathname.replace(/^\/lib\/1\/hosted\//, '')).replace(/^([/\\])+/, '');
    if (/telemetry|aria/i.test(rel)) {
      blocked.push(url.toString());
      await route.abort('blockedbyclient');
      return;
    }
    const file = join(OFFICE_JS_DIR, rel);
    if (!file.startsWith(OFFICE_JS_DIR) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'not in @microsoft/office-js' });
      return;
    }
    served.push(rel);
    await route.fulfill({
      status: 200,
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  // Anything else on the internet is out of bounds for these tests.
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, async (route) => {
    if (route.request().url().startsWith('https://appsforoffice.microsoft.com/')) return route.fallback();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return { blocked, served };
}

export interface E2EService {
  readonly url: string;
  readonly deps: Deps;
  readonly server: RunningServer;
  close(): Promise<void>;
}

/** The add-in built (unminified, local sign-in) into a temporary folder. */
export async function buildForTest(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'korpsplan-addin-'));
  await buildAddin({ outDir: dir, minify: false, config: { authMode: 'local', apiBaseUrl: '' } });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startE2EService(staticDir: string): Promise<E2EService> {
  const azuriteDir = mkdtempSync(join(tmpdir(), 'korpsplan-azurite-'));
  const azurite: RunningAzurite = await startAzurite({ location: azuriteDir });
  const server = await startLocalServer({ routes: [], port: 0, maxBodyBytes: 5 * 1024 * 1024, staticDir });
  const issuer = await LocalIssuer.ephemeral(server.url);
  const config = loadConfig({
    AUTH_MODE: 'local',
    LOCAL_BASE_URL: server.url,
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    STORAGE_CONTAINER: `e2e${randomBytes(6).toString('hex')}`,
    ROSTER_CACHE_SECONDS: '0',
  });
  const deps = await createDeps({ ...productionParts(config), localIssuer: issuer });
  server.setRoutes(routes(deps));
  await deps.roster.put(demoRoster(), null);
  return {
    url: server.url,
    deps,
    server,
    async close() {
      await server.close();
      await azurite.close();
      rmSync(azuriteDir, { recursive: true, force: true });
    },
  };
}

/** Collects what the page logs as errors, so a test can show them when it fails. */
export function watchConsole(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') lines.push(m.text());
  });
  page.on('pageerror', (e) => lines.push(`pageerror: ${e.message}`));
  return lines;
}

/** Drops a file on the drop zone the way a browser does: a drop event carrying it. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const data = await page.evaluateHandle(
    ({ name, content, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(content)], name, { type }));
      return dt;
    },
    { name, content: [...bytes], type: XLSX_MEDIA_TYPE },
  );
  await page.dispatchEvent('[data-testid="dropzone"]', 'drop', { dataTransfer: data });
}

/**
 * Signs in through the local sign-in page as the user named `name`; `onPopup` looks at that page
 * first (axe, a screenshot).
 */
export async function signIn(
  page: Page,
  context: BrowserContext,
  name: string,
  onPopup?: (popup: Page) => Promise<void>,
): Promise<void> {
  const popupPromise = context.waitForEvent('page');
  await page.locator('header').getByRole('button', { name: 'Log ind' }).click();
  const popup = await popupPromise;
  if (onPopup) {
    await popup.getByRole('button', { name }).waitFor();
    await onPopup(popup);
  }
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name }).click();
  await closed;
  await page.getByText(`Logget ind som ${name}`).waitFor();
}

/** The half-year of today in Denmark, e.g. 2026-H2 (the product's own reckoning). */
export function periodNow(): string {
  return currentPeriod(todayInDenmark());
}
