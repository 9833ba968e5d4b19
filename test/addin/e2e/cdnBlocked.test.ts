// The web page where Microsoft's Office.js CDN is unreachable (a municipality's network that blocks
// it, answering nothing): the page paints at once and a coordinator signs in, drops a plan, submits
// it and gets the receipt, without one request to the CDN. Inside Office the task pane paints
// before Office.js has loaded.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { draftFromPlan } from '../../../core/plan';
import type { Plan } from '../../../core/schema';
import { CHECKLIST_IDS, THEMES } from '../../../core/spec';
import { writeStructured } from '../../../workbook/template';
import {
  buildForTest,
  chromiumMissing,
  launch,
  startE2EService,
  watchConsole,
  type E2EService,
  periodNow,
} from './support';

jest.setTimeout(180_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const skip = chromiumMissing();
if (skip) console.warn(skip);

function validPlan(period: string): Plan {
  return {
    templateVersion: '1.0',
    municipality: { code: '751', name: 'Aarhus' },
    period,
    phase: 'initial',
    coordinator: { name: 'Mette Kristensen', email: 'mette@aarhus.example.dk' },
    leader: { name: 'Jens Holm' },
    organisation: 'cross',
    supervisionModel: 'internal',
    activities: THEMES.map((theme) => ({
      theme: theme.id,
      activity: `Aktivitet om ${theme.label.da.toLowerCase()}`,
      milestone: 'Delmål nået',
      start: '2026-01-05',
      deadline: '2030-06-30',
      responsible: 'Mette',
      status: 'not_started',
      source: { sheet: 'Implementeringsplan', row: 4 },
    })),
    checklist: CHECKLIST_IDS.map((id) => ({ id, answer: 'yes' })),
    roles: [{ role: 'Koordinator', name: 'Mette Kristensen' }],
    corps: [{ initials: 'AB', role: 'mentor', hoursPerWeek: 10, activeCases: 4 }],
    indicators: [],
    communication: [],
    needsAnalysis: [],
  };
}

/**
 * The CDN as a blocking network makes it: requests to it are never answered (the worst case: the
 * browser waits instead of failing fast). Everything else outside the machine is refused.
 */
async function blackholeCdn(context: BrowserContext): Promise<{ requested: string[] }> {
  const requested: string[] = [];
  await context.route('https://appsforoffice.microsoft.com/**', (route) => {
    requested.push(route.request().url());
    // Never fulfilled: the request hangs as long as the page lives.
  });
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1|appsforoffice\.microsoft\.com)/, (route) =>
    route.abort('blockedbyclient'),
  );
  return { requested };
}

(skip ? describe.skip : describe)('the web page with Office.js’s CDN unreachable', () => {
  let built: Awaited<ReturnType<typeof buildForTest>>;
  let service: E2EService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let cdn: { requested: string[] };

  beforeAll(async () => {
    built = await buildForTest();
    service = await startE2EService(built.dir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
    built?.remove();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'da-DK', viewport: { width: 480, height: 900 } });
    cdn = await blackholeCdn(context);
    page = await context.newPage();
    errors = watchConsole(page);
  });
  afterEach(async () => {
    await context.close();
  });

  test('paints, signs in, reads a plan, submits it and shows the receipt, asking nothing of the CDN', async () => {
    await page.goto(`${service.url}/index.html`, { waitUntil: 'load', timeout: 10_000 });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');

    // Sign in through the local sign-in popup (signin.html), which does not wait for the CDN either.
    const popupPromise = context.waitForEvent('page');
    await page.locator('header').getByRole('button', { name: 'Log ind' }).click();
    const popup = await popupPromise;
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Koordinator Aarhus' }).click({ timeout: 10_000 });
    await closed;
    await page.getByText('Logget ind som Koordinator Aarhus').waitFor();

    const period = periodNow();
    const bytes = await writeStructured('da', { draft: draftFromPlan(validPlan(period)) });
    await page.setInputFiles('input[type="file"]', {
      name: 'Implementeringsplan Aarhus.xlsx',
      mimeType: XLSX,
      buffer: Buffer.from(bytes),
    });
    const status = page.getByRole('region', { name: 'Hvor står planen' });
    await status.getByText('0 fejl').waitFor();

    const submit = page.getByRole('region', { name: 'Indsend' });
    await submit.getByRole('button', { name: 'Indsend plan' }).click();
    await submit.getByText('Planen er indsendt').waitFor();
    const stored = await service.deps.submissions.history({ municipality: '751' });
    expect(stored).toHaveLength(1);
    await expect(submit.getByText(stored[0]!.submissionId).isVisible()).resolves.toBe(true);

    expect(cdn.requested).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('inside Office, the task pane paints before Office.js has loaded', async () => {
    // Office opens add-in pages with _host_Info in the URL; taskpane.html references Office.js
    // after what it paints first.
    await page.goto(`${service.url}/taskpane.html?_host_Info=Excel$Win32$16.01$da-DK$$$$0`, {
      waitUntil: 'commit',
    });
    await page.getByText('Indlæser korpsplan').waitFor({ state: 'visible', timeout: 10_000 });
    // The page asks for Office.js after what it paints first: the request may come a moment after
    // the text shows (a busy machine), so it is waited for, not looked for at once.
    const deadline = Date.now() + 10_000;
    while (!cdn.requested.some((u) => u.endsWith('/office.js')) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cdn.requested.some((u) => u.endsWith('/office.js'))).toBe(true);
  });
});
