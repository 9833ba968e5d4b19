// The issue's flow in Chromium against the real local service: a coordinator drops a messy plan on
// the web page, fills period and phase in the pane, corrects a column and a value, sees the issue
// list and the counts change at once, and submits — with no download in between. The service
// structures the file with the corrections and stores exactly what it re-read. Screenshots at the
// task pane's width (340 px) and a desktop's (1280 px) go to test-artifacts/addin/.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import * as messy from '../../fixtures/messy';
import {
  ARTIFACTS,
  buildForTest,
  chromiumMissing,
  launch,
  serveOfficeJs,
  startE2EService,
  watchConsole,
  type E2EService,
  dropFile,
  signIn,
  periodNow,
} from './support';

jest.setTimeout(180_000);

const skip = chromiumMissing();
if (skip) console.warn(skip);

(skip ? describe.skip : describe)('finishing a plan on the web page', () => {
  let built: Awaited<ReturnType<typeof buildForTest>>;
  let service: E2EService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
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
    context = await browser.newContext({
      locale: 'da-DK',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await serveOfficeJs(context);
    page = await context.newPage();
    errors = watchConsole(page);
    await page.goto(`${service.url}/index.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  afterEach(async () => {
    await context.close();
  });

  test('a plan that names no municipality or half-year is read with both from its file name, to be checked', async () => {
    const wb = XLSX.utils.book_new();
    const rows = [
      ['Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
      ['Opstartsmøde med skolerne', 'Anna Holm', '15.03.2027', 'I gang'],
      ['Temadag for forældrecoaches', 'Lars Holt', 'ca. 1. april 2027', 'På hold'],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Ark1');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    await dropFile(page, 'Implementeringsplan Silkeborg 1. halvår 2027.xlsx', bytes);
    const cover = page.getByRole('region', { name: 'Forside' });
    await cover.waitFor();
    await expect(cover.getByRole('combobox', { name: 'Kommune' }).inputValue()).resolves.toBe('740');
    await expect(cover.getByRole('combobox', { name: 'Periode' }).inputValue()).resolves.toBe('2027-H1');
    await page
      .getByText(/taget fra filens navn/)
      .first()
      .waitFor();
    await page.setViewportSize({ width: 340, height: 900 });
    await cover.screenshot({ path: join(ARTIFACTS, '11b-cover-from-file-name-340.png') });
    // The rest of what was read with less than certainty, each with its cell and why.
    const checks = page.getByRole('region', { name: 'Læst med usikkerhed' });
    await expect(checks.getByText('Ark1 C3').count()).resolves.toBeGreaterThan(0);
    await checks.screenshot({ path: join(ARTIFACTS, '11c-checks-340.png') });
    expect(errors).toEqual([]);
  });

  test('period and phase filled, a column and a value corrected, the issues change at once, submitted without a download', async () => {
    const period = periodNow();
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await signIn(page, context, 'Koordinator Aarhus');
    await dropFile(page, 'Handleplan 2026.xlsx', await messy.seedHeadingsUnderTitle());

    const status = page.getByRole('region', { name: 'Hvor står planen' });
    const issues = page.getByRole('region', { name: 'Fejl og advarsler' });
    const cover = page.getByRole('region', { name: 'Forside' });
    await cover.waitFor();
    await expect(issues.getByText(/Fasen mangler\./).isVisible()).resolves.toBe(true);
    await status.getByText('1 fejl').waitFor();

    // Period and phase in the pane: the missing phase goes from the list at once.
    await cover.getByRole('combobox', { name: 'Periode' }).selectOption(period);
    await cover.getByRole('combobox', { name: 'Fase' }).selectOption('initial');
    await status.getByText('0 fejl').waitFor();
    await expect(issues.getByText(/Fasen mangler/).count()).resolves.toBe(0);

    // A column: the milestones are not used; every activity now lacks one (more warnings).
    const warnings = async () =>
      Number.parseInt(
        (await status
          .getByText(/advarsl/)
          .first()
          .textContent()) ?? '',
        10,
      );
    const before = await warnings();
    const structure = page.getByRole('region', { name: 'Genkendt struktur' });
    await structure.getByRole('combobox', { name: 'Kolonne D: MILEPÆLE' }).selectOption('');
    await structure.getByText('Rettet').waitFor();
    // The same render that marks the column corrected shows the new count: no reading, no reload.
    expect(await warnings()).toBeGreaterThan(before);

    // A value, from the issue list: the late newsletter gets a new deadline; the issue goes at once.
    const late = /Nyhedsbrev til mentorer og forældrecoaches' har deadline/;
    // A sheet with only warnings opens on request.
    const ark1 = issues.getByRole('button', { name: /^Ark1/ });
    if ((await ark1.getAttribute('aria-expanded')) === 'false') await ark1.click();
    await expect(issues.getByText(late).count()).resolves.toBe(1);
    const lateCount = async () =>
      Number.parseInt(
        (await status
          .getByText(/forsinke/)
          .first()
          .textContent()) ?? '',
        10,
      );
    const lateBefore = await lateCount();
    expect(lateBefore).toBeGreaterThan(0);
    const lateItem = issues.locator('li').filter({ hasText: late });
    // On a busy machine (two jest workers beside Chromium) the list may still render again after the
    // click and the editor close with it: opened again until its field shows (at most four times).
    for (let tries = 1; ; tries++) {
      await lateItem.getByRole('button', { name: /^Ret / }).click();
      try {
        await lateItem.getByRole('textbox').waitFor({ timeout: 5_000 });
        break;
      } catch (err) {
        if (tries >= 4) throw err;
      }
    }
    await lateItem.getByRole('textbox').fill('30.06.2027');
    await lateItem.getByRole('button', { name: 'Gem' }).click();
    await issues.getByText(late).waitFor({ state: 'detached' });
    expect(await lateCount()).toBe(lateBefore - 1);

    const corrections = page.getByRole('region', { name: 'Ret værdier' });
    await corrections.getByText(/rettelser i denne plan/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, '10-web-corrections-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 340, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, '11-web-corrections-340.png'), fullPage: true });
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 8)
        .map(
          (e) =>
            `${e.tagName}.${e.className.toString().slice(0, 40)} ${Math.round(e.getBoundingClientRect().right)}`,
        ),
    );
    expect(wide).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await cover.screenshot({ path: join(ARTIFACTS, '11a-cover-340.png') });

    // Submitted: the service structured the file with the corrections and stored what it re-read.
    const submit = page.getByRole('region', { name: 'Indsend' });
    await submit.getByRole('button', { name: 'Indsend plan' }).click();
    await submit.getByText('Planen er indsendt').waitFor();
    expect(downloads).toBe(0);
    const stored = await service.deps.submissions.history({ municipality: '751' });
    expect(stored).toHaveLength(1);
    const plan = await service.deps.submissions.plan(stored[0]!.submissionId);
    expect(plan?.phase).toBe('initial');
    expect(plan?.period).toBe(period);
    expect(plan?.activities.find((a) => a.activity.startsWith('Nyhedsbrev'))?.deadline).toBe('2027-06-30');
    expect(plan?.activities.every((a) => a.milestone === undefined)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, '12-web-corrected-submitted-1280.png'), fullPage: true });
    // Opening an accordion makes Fluent UI's collapse motion set `inert` on the panel, which React 18
    // (development build) warns about; it is Fluent's, not the page's, and harmless. Anything else fails.
    expect(errors.filter((e) => !/non-boolean attribute[\s\S]*\binert\b/.test(e))).toEqual([]);
  });
});
