// The review loop on the web page in Chromium, against the real local service: a round is open and
// two municipalities have submitted. The leader filters the status list to "Mangler" (only those who
// have not submitted), then sends Aarhus's plan back with a comment. Aarhus's coordinator signs in,
// sees the state and the comment in the round card, drops the corrected workbook and submits again
// from the card; the service records the new submission as the answer to the send-back. Screenshots
// at 1280 px and 340 px go to test-artifacts/addin/.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPlan, demoWorkbook } from '../../../functions/src/local/demoPlans';
import { XLSX_MEDIA_TYPE } from '../../../core/contract';
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

import { todayInDenmark } from '../../../core/inspect';

jest.setTimeout(240_000);

const skip = chromiumMissing();
if (skip) console.warn(skip);

function inDays(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

async function token(service: E2EService, as: string): Promise<string> {
  const res = await fetch(`${service.url}/local-issuer/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ as }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

async function api(service: E2EService, as: string, path: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(`${service.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${await token(service, as)}`, ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

function planBytes(municipality: string, seed: number): Promise<Uint8Array> {
  return demoWorkbook(demoPlan({ municipality, period: periodNow(), today: todayInDenmark(), seed }));
}

async function noOverflowAt340(page: Page, shot: string): Promise<void> {
  await page.setViewportSize({ width: 340, height: 900 });
  await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

(skip ? describe.skip : describe)('the review loop on the web page', () => {
  let built: Awaited<ReturnType<typeof buildForTest>>;
  let service: E2EService;
  let browser: Browser;
  const period = periodNow();
  const comment = 'Fasen passer ikke med planen. Ret Forside!B4, og indsend igen.';
  let sentBackId = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    built = await buildForTest();
    service = await startE2EService(built.dir);
    browser = await launch();
    await api(service, 'leader', '/api/rounds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ period, deadline: inDays(30) }),
    });
    for (const [code, seed] of [
      ['751', 1],
      ['101', 2],
    ] as const) {
      const res = await api(service, `coordinator:${code}`, '/api/submissions', {
        method: 'POST',
        headers: { 'content-type': XLSX_MEDIA_TYPE },
        body: new Uint8Array(await planBytes(code, seed)),
      });
      if (code === '751') sentBackId = ((await res.json()) as { submissionId: string }).submissionId;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    built?.remove();
  });

  async function open(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    await serveOfficeJs(context);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${service.url}/index.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return { context, page, errors };
  }

  test('the leader filters the list to "Mangler", then sends Aarhus’s plan back with a comment', async () => {
    const { context, page, errors } = await open();
    await signIn(page, context, 'Korpsledelsen (demo)');
    const review = page.getByRole('region', { name: `Vurdering af planer · ${period}` });
    await review.getByText(/8 forventet · 6 mangler · 2 afventer/).waitFor();

    await review.getByRole('combobox', { name: 'Vis' }).selectOption('mangler');
    const rows = review.getByRole('listitem');
    await expect(rows.count()).resolves.toBe(6);
    const names = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names).not.toContain('Aarhus');
    expect(names).not.toContain('København');
    await page.screenshot({ path: join(ARTIFACTS, '20-review-mangler-1280.png'), fullPage: true });
    await noOverflowAt340(page, '21-review-mangler-340.png');

    await review.getByRole('combobox', { name: 'Vis' }).selectOption('afventer');
    const aarhus = review.getByRole('listitem', { name: 'Aarhus' });
    await aarhus.getByRole('button', { name: 'Send tilbage' }).click();
    await aarhus.getByRole('textbox', { name: 'Hvad skal koordinatoren rette?' }).fill(comment);
    await aarhus.getByRole('button', { name: 'Send tilbage med kommentar' }).click();
    await review.getByText(/1 sendt tilbage/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, '22-review-sent-back-1280.png'), fullPage: true });

    const stored = await service.deps.rounds.reviewOf(sentBackId);
    expect(stored).toMatchObject({ decision: 'sent_back', comment, by: { role: 'leader' } });
    expect(errors.filter((e) => !/non-boolean attribute[\s\S]*\binert\b/.test(e))).toEqual([]);
    await context.close();
  });

  test('the coordinator sees the comment in the round card and submits again from it', async () => {
    const { context, page, errors } = await open();
    await signIn(page, context, 'Koordinator Aarhus');
    const card = page.getByRole('region', { name: `Indberetningsrunde ${period}` });
    await card.getByText('Sendt tilbage').waitFor();
    await card.getByText(comment).waitFor();
    // Nothing to submit until the corrected workbook is open; the card says what to do.
    await expect(card.getByRole('button', { name: 'Indsend igen' }).count()).resolves.toBe(0);
    await card.getByText(/åbn den rettede arbejdsbog her, og tryk Indsend igen/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, '23-round-sent-back-1280.png'), fullPage: true });
    await noOverflowAt340(page, '24-round-sent-back-340.png');

    await dropFile(page, 'Aarhus rettet.xlsx', await planBytes('751', 3));
    await card.getByRole('button', { name: 'Indsend igen' }).click();
    await page.getByText('Planen er indsendt').first().waitFor();
    // The card follows: the plan now awaits review, and the comment is gone from the card.
    await card.getByText('Indsendt').waitFor();
    await card.getByText(comment).waitFor({ state: 'detached' });
    await page.screenshot({ path: join(ARTIFACTS, '25-round-resubmitted-1280.png'), fullPage: true });

    const status = (await (await api(service, 'leader', `/api/rounds/${period}/status`)).json()) as {
      rows: {
        municipality: string;
        state: string;
        submissionId?: string;
        answers?: { submissionId: string };
      }[];
    };
    const row = status.rows.find((r) => r.municipality === '751');
    expect(row?.state).toBe('indsendt');
    expect(row?.submissionId).not.toBe(sentBackId);
    expect(row?.answers?.submissionId).toBe(sentBackId);
    expect(errors.filter((e) => !/non-boolean attribute[\s\S]*\binert\b/.test(e))).toEqual([]);
    await context.close();
  });
});
