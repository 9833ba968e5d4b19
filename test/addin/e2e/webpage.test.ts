// The web page in Chromium against the real local service: a coordinator signs in, drops a messy
// workbook, sees how it was understood and what is wrong, cannot submit it; downloads the structured
// workbook; drops a valid plan, explains the warnings, submits it and gets the receipt. A leader opens
// the corps summary. Screenshots go to test-artifacts/addin/.

import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { draftFromPlan } from '../../../core/plan';
import type { Plan } from '../../../core/schema';
import { CHECKLIST_IDS, THEMES } from '../../../core/spec';
import { readWorkbook } from '../../../core/xlsx';
import { writeStructured } from '../../../workbook/template';
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
    activities: THEMES.map((theme, i) => ({
      theme: theme.id,
      activity: `Aktivitet om ${theme.label.da.toLowerCase()}`,
      milestone: 'Delmål nået',
      start: '2026-01-05',
      deadline: i === 0 ? '2026-01-31' : '2030-06-30',
      responsible: 'Mette',
      status: i === 0 ? 'in_progress' : 'not_started',
      source: { sheet: 'Implementeringsplan', row: 4 + i },
    })),
    checklist: CHECKLIST_IDS.map((id) => ({ id, answer: 'yes' })),
    roles: [{ role: 'Koordinator', name: 'Mette Kristensen' }],
    corps: [
      { initials: 'AB', role: 'mentor', hoursPerWeek: 10, activeCases: 4 },
      { initials: 'CD', role: 'parent_coach', hoursPerWeek: 8, activeCases: 3 },
    ],
    indicators: [],
    communication: [],
    needsAnalysis: [],
  };
}

/** Signs in; with a screenshot name, the sign-in page is checked with axe and photographed first. */
function signInAs(page: Page, context: BrowserContext, name: string, screenshot?: string): Promise<void> {
  return signIn(
    page,
    context,
    name,
    screenshot
      ? async (popup) => {
          expect(await seriousViolations(popup)).toEqual([]);
          await popup.screenshot({ path: join(ARTIFACTS, `${screenshot}.png`), fullPage: true });
        }
      : undefined,
  );
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** One part of the page at full size, to look at closely. */
async function shootRegion(page: Page, name: string, region: string): Promise<void> {
  await page.getByRole('region', { name: region }).screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

(skip ? describe.skip : describe)('the web page', () => {
  let built: Awaited<ReturnType<typeof buildForTest>>;
  let service: E2EService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let office: { blocked: string[]; served: string[] };

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
      viewport: { width: 480, height: 900 },
      acceptDownloads: true,
    });
    office = await serveOfficeJs(context);
    page = await context.newPage();
    errors = watchConsole(page);
    await page.goto(`${service.url}/index.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  afterEach(async () => {
    await context.close();
  });

  test('outside Office the page runs as the web page, without loading Office.js', async () => {
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('tjek og indsend');
    // Nothing was asked of Microsoft's CDN (test/addin/e2e/cdnBlocked.test.ts: the page with it unreachable).
    expect(office.served).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '01-web-empty');
  });

  test('a messy workbook: the mapping with its confidence, the issues by sheet, and submission blocked', async () => {
    await signInAs(page, context, 'Koordinator Aarhus', '00-local-sign-in');
    await dropFile(page, 'Handleplan 2026.xlsx', await messy.seedHeadingsUnderTitle());

    const structure = page.getByRole('region', { name: 'Genkendt struktur' });
    await structure.waitFor();
    await expect(structure.getByRole('heading', { level: 3 }).first().textContent()).resolves.toMatch(
      /Aktiviteter – arket "Ark1", overskrift i række 4/,
    );
    const deadline = structure.getByRole('combobox', { name: 'Kolonne A: TIDSPLAN' });
    await expect(deadline.inputValue()).resolves.toBe('deadline');
    await expect(structure.getByText('Sikker').count()).resolves.toBeGreaterThan(3);

    const issues = page.getByRole('region', { name: 'Fejl og advarsler' });
    await expect(issues.getByText(/Fasen mangler\./).isVisible()).resolves.toBe(true);
    await expect(
      issues.getByRole('button', { name: /Huskeliste/ }).getAttribute('aria-expanded'),
    ).resolves.toBe('false');

    const submit = page.getByRole('region', { name: 'Indsend' });
    const button = submit.getByRole('button', { name: 'Indsend plan' });
    await expect(button.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(submit.getByText('Ret fejlen, før planen kan indsendes.').isVisible()).resolves.toBe(true);
    // A click on the blocked button sends nothing.
    await button.click({ force: true });
    expect((await service.deps.submissions.history({ municipality: '751' })).length).toBe(0);

    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '02-web-messy-blocked');
    await shootRegion(page, '02a-structure', 'Genkendt struktur');
    await shootRegion(page, '02b-issues', 'Fejl og advarsler');
    await shootRegion(page, '02c-submit-blocked', 'Indsend');
    expect(errors).toEqual([]);
  });

  test('correcting a column changes what is read, and structuring downloads the template workbook', async () => {
    await signInAs(page, context, 'Koordinator Aarhus');
    await dropFile(page, 'Handleplan 2026.xlsx', await messy.seedHeadingsUnderTitle());
    const structure = page.getByRole('region', { name: 'Genkendt struktur' });
    const milestone = structure.getByRole('combobox', { name: 'Kolonne D: MILEPÆLE' });
    const warningsBefore = await page
      .getByRole('region', { name: 'Hvor står planen' })
      .getByText(/advarsler$/)
      .textContent();
    await milestone.selectOption('');
    await structure.getByText('Rettet').waitFor();
    await expect(structure.getByRole('button', { name: 'Fortryd rettelser' }).isVisible()).resolves.toBe(
      true,
    );
    // Without the milestone column every activity now lacks a milestone: more warnings.
    const warningsAfter = await page
      .getByRole('region', { name: 'Hvor står planen' })
      .getByText(/advarsler$/)
      .textContent();
    expect(Number.parseInt(warningsAfter ?? '', 10)).toBeGreaterThan(
      Number.parseInt(warningsBefore ?? '', 10),
    );

    const downloadPromise = page.waitForEvent('download');
    await structure.getByRole('button', { name: 'Hent struktureret arbejdsbog' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('Handleplan 2026 (struktureret).xlsx');
    const path = await download.path();
    const grid = readWorkbook(new Uint8Array(readFileSync(path)));
    expect(grid.sheets.map((s) => s.name).slice(0, 3)).toEqual([
      'Forside',
      'Implementeringsplan',
      'Huskeliste',
    ]);
    expect(grid.sheets.some((s) => s.name === 'Original - Ark1')).toBe(true);

    await structure.getByText(/Den strukturerede arbejdsbog er hentet/).waitFor();
    await structure.getByText(/Planen står allerede i skabelonens ark/).waitFor();
    // From now on the page shows and sends the structured workbook, and says so.
    await page.getByText(/^Handleplan 2026 \(struktureret\)\.xlsx \(/).waitFor();
    await shoot(page, '03-web-structured');
  });

  test('a valid plan: the warnings explained, submitted, and the receipt shown', async () => {
    const period = periodNow();
    await signInAs(page, context, 'Koordinator Aarhus');
    const bytes = await writeStructured('da', { draft: draftFromPlan(validPlan(period)) });
    await page.setInputFiles('input[type="file"]', {
      name: 'Implementeringsplan Aarhus.xlsx',
      mimeType: XLSX,
      buffer: Buffer.from(bytes),
    });

    const status = page.getByRole('region', { name: 'Hvor står planen' });
    await status.getByText('0 fejl').waitFor();
    await expect(status.getByText('Aarhus (751)').isVisible()).resolves.toBe(true);
    await expect(status.getByText('8 aktiviteter genkendt').isVisible()).resolves.toBe(true);

    const submit = page.getByRole('region', { name: 'Indsend' });
    const note = 'Den forsinkede aktivitet er rykket til næste halvår.';
    await submit.getByRole('textbox', { name: /Forklaring til advarslerne/ }).fill(note);
    await submit.getByRole('button', { name: 'Indsend plan' }).click();
    await submit.getByText('Planen er indsendt').waitFor();
    await expect(submit.getByText('Kvitteringsnummer').isVisible()).resolves.toBe(true);

    const stored = await service.deps.submissions.history({ municipality: '751' });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.note).toBe(note);
    await expect(submit.getByText(stored[0]!.submissionId).isVisible()).resolves.toBe(true);
    await status.getByText(new RegExp(`kvittering ${stored[0]!.submissionId}`)).waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '04-web-submitted');
    await shootRegion(page, '04a-status', 'Hvor står planen');
    await shootRegion(page, '04b-receipt', 'Indsend');

    // The same file again: the service recognises it and gives the same receipt.
    await submit.getByRole('button', { name: 'Indsend plan' }).click();
    await submit.getByText(/Planen var allerede indsendt/).waitFor();
    expect(await service.deps.submissions.history({ municipality: '751' })).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('submitting signed out asks for sign-in; a refused file gets the service’s message', async () => {
    const period = periodNow();
    await dropFile(
      page,
      'plan.xlsx',
      await writeStructured('da', { draft: draftFromPlan(validPlan(period)) }),
    );
    const submit = page.getByRole('region', { name: 'Indsend' });
    const popupPromise = context.waitForEvent('page');
    await submit.getByRole('button', { name: 'Indsend plan' }).click();
    const popup = await popupPromise;
    await popup.close();
    await submit.getByText(/Du er ikke logget ind/).waitFor();
    await shootRegion(page, '05-web-signed-out', 'Indsend');

    // A plan for another municipality than the coordinator's own.
    await signInAs(page, context, 'Koordinator Aarhus');
    const other = { ...validPlan(period), municipality: { code: '101', name: 'København' } };
    await dropFile(page, 'kbh.xlsx', await writeStructured('da', { draft: draftFromPlan(other) }));
    await page.getByRole('region', { name: 'Hvor står planen' }).getByText('København (101)').waitFor();
    await submit.getByRole('button', { name: 'Indsend plan' }).click();
    await submit.getByText(/kan ikke indsende eller se planer for kommune 101/).waitFor();
    await shootRegion(page, '06-web-forbidden', 'Indsend');
  });

  test('a leader opens the corps summary for a period', async () => {
    await signInAs(page, context, 'Korpsledelsen (demo)');
    const summary = page.getByRole('region', { name: 'Korpsoverblik' });
    await summary.waitFor();
    await summary.getByRole('combobox', { name: 'Periode' }).selectOption(periodNow());
    const downloadPromise = page.waitForEvent('download');
    await summary.getByRole('button', { name: 'Åbn korpsoverblik' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`Korpsoverblik ${periodNow()}.xlsx`);
    await summary.getByText(/Korpsoverblikket er hentet/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '07-web-leader-summary');
  });

  test('at the width of Excel’s task pane nothing is cut off or needs sideways scrolling', async () => {
    await page.setViewportSize({ width: 340, height: 900 });
    await signInAs(page, context, 'Koordinator Aarhus');
    await dropFile(page, 'Handleplan 2026.xlsx', await messy.xMarkedChecklists());
    await page.getByRole('region', { name: 'Genkendt struktur' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(page, '09-pane-width');
    await shootRegion(page, '09a-pane-structure', 'Genkendt struktur');
  });

  test('English when asked', async () => {
    await page.goto(`${service.url}/index.html?lang=en`);
    await page.getByRole('heading', { name: /check and submit your implementation plan/ }).waitFor();
    await dropFile(page, 'plan.xlsx', await messy.englishHeadings());
    await page.getByRole('region', { name: 'Recognised structure' }).waitFor();
    await page.getByRole('region', { name: 'Errors and warnings' }).waitFor();
    await shoot(page, '08-web-english');
  });
});
