// Renders addin/assets/icon.svg to the PNGs the manifest names (16, 32 and 80 px), with Debian's
// Chromium through playwright-core: `npx tsx addin/icons.ts`. The PNGs are committed; run this again
// only when the SVG changes. Same SVG and Chromium give the same pixels.

/* eslint-disable no-restricted-imports -- build and dev tooling: runs in Node, never in the add-in */

import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

const ASSETS = join(__dirname, 'assets');
export const ICON_SIZES = [16, 32, 80] as const;

async function main(): Promise<void> {
  const svg = readFileSync(join(ASSETS, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="80" height="80"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(join(ASSETS, `icon-${size}.png`), png);
      await page.close();
      process.stdout.write(`addin/assets/icon-${size}.png (${png.length} bytes)\n`);
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
