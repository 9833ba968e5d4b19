// The next half-year on the web page, in Chromium against the real local service: a coordinator
// loads last half-year's plan (template 1.0), starts the next half-year, confirms the checklist
// answers carried from the last one, and submits. The service stores the 2026-H2 plan in template
// 1.1 with no answer left unconfirmed.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inspectBytes } from '../../../core/inspect';
import { allAnswered, versionedWorkbook } from '../../fixtures/versioned';
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
} from './support';

jest.setTimeout(180_000);

const skip = chromiumMissing();
if (skip) console.warn(skip);

(skip ? describe.skip : describe)('the next half-year on the web page', () => {
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

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await service?.close();
    built?.remove();
  });

  test('load last half-year’s plan, start the next, confirm the carried answers, submit', async () => {
    await signIn(page, context, 'Koordinator Aarhus');
    const last = versionedWorkbook({
      version: '1.0',
      municipality: 'Aarhus',
      period: '2026-H1',
      answers: allAnswered('1.0', { F3: 'partly', L2: 'no' }),
    });
    await dropFile(page, 'Implementeringsplan 2026-H1.xlsx', last);

    const panel = page.getByRole('region', { name: 'Næste halvår og skabelon' });
    await panel.waitFor();
    // A 1.0 workbook is offered the update; the next half-year starts from it.
    await panel.getByRole('button', { name: 'Opdater til skabelon 1.1' }).waitFor();
    const downloaded = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Start næste halvår' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('Implementeringsplan 2026-H2.xlsx');
    const file = await download.path();
    const next = inspectBytes(new Uint8Array(readFileSync(file)), {});
    expect(next.plan).toMatchObject({ period: '2026-H2', templateVersion: '1.1' });

    // The page now works on the new workbook: the carried answers ask to be confirmed.
    await panel.getByText(/Næste halvår er startet/).waitFor();
    const carried = panel.getByRole('region', { name: 'Svar ført med fra sidste halvår' });
    await carried
      .getByText('15 svar i huskelisten er ført med fra sidste halvår', { exact: false })
      .waitFor();
    // Each unconfirmed answer is a warning until it is confirmed.
    const status = page.getByRole('region', { name: 'Hvor står planen' });
    const warnings = async () =>
      Number.parseInt(
        (await status
          .getByText(/advarsl/)
          .first()
          .textContent()) ?? '',
        10,
      );
    const before = await warnings();
    expect(before).toBeGreaterThanOrEqual(15);
    // One by one, then the rest at once.
    await carried.getByRole('button', { name: 'Bekræft svaret på F3' }).click();
    await carried.getByText('14 svar i huskelisten', { exact: false }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, '20-web-next-half-1280.png'), fullPage: true });
    await carried.getByRole('button', { name: 'Bekræft alle' }).click();
    await panel.getByText('Alle svar ført med fra sidste halvår er bekræftet.').waitFor();
    expect(await warnings()).toBe(before - 15);

    const submit = page.getByRole('region', { name: 'Indsend' });
    await submit.getByRole('button', { name: 'Indsend plan' }).click();
    await submit.getByText('Planen er indsendt').waitFor();
    const stored = await service.deps.submissions.history({ municipality: '751' });
    expect(stored).toHaveLength(1);
    const receipt = stored[0]!;
    expect(receipt.period).toBe('2026-H2');
    expect(receipt.templateVersion).toBe('1.1');
    expect(receipt.warnings.filter((w) => w.code === 'checklist_unconfirmed')).toEqual([]);
    const plan = await service.deps.submissions.plan(receipt.submissionId);
    expect(plan?.checklist.find((c) => c.id === 'F3')?.answer).toBe('partly');
    expect(plan?.checklist.find((c) => c.id === 'L2')?.answer).toBe('no');
    expect(plan?.activities.map((a) => a.activity)).toEqual(['Kursus for mentorer']);
    await page.screenshot({ path: join(ARTIFACTS, '21-web-next-half-submitted-1280.png'), fullPage: true });
    expect(errors.filter((e) => !/non-boolean attribute[\s\S]*\binert\b/.test(e))).toEqual([]);
  });
});
