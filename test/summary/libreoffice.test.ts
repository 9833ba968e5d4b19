// The summary opens in LibreOffice: converted to PDF and PNG (the PNGs of Overblik and Diagrammer
// are kept in test-artifacts/summary/ to look at). Skipped, with a message, where soffice is missing.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSummary } from '../../workbook/summary';
import { generateCorps, generatePrevious } from '../fixtures/plans';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'summary');
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPoppler = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice || !hasPoppler) {
  process.stderr.write(
    'test/summary/libreoffice.test.ts: soffice or pdftoppm not found – the LibreOffice rendering test is skipped.\n',
  );
}
const maybe = hasSoffice && hasPoppler ? test : test.skip;

function run(cmd: string, args: string[], timeout = 150_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

function pageOf(pdf: string, pages: number, heading: string): number {
  for (let p = 1; p <= pages; p++) {
    if (run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']).includes(heading)) return p;
  }
  throw new Error(`no page with "${heading}"`);
}

maybe(
  'LibreOffice converts the summary to PDF; Overblik and Diagrammer render to PNG',
  async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const plans = generateCorps({ seed: 42, municipalities: 45 });
    const bytes = await buildSummary({
      period: '2026-H2',
      plans,
      previous: generatePrevious(plans, 42),
      generatedAt: new Date('2026-11-12T10:00:00Z'),
      lang: 'da',
    });
    const xlsx = join(ARTIFACTS, 'korpsoversigt.xlsx');
    writeFileSync(xlsx, bytes);
    const profile = mkdtempSync(join(tmpdir(), 'korpsplan-lo-'));
    try {
      run('soffice', [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        ARTIFACTS,
        xlsx,
      ]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = join(ARTIFACTS, 'korpsoversigt.pdf');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
    expect(pages).toBeGreaterThan(5);

    const first = run('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
    expect(first).toContain('Resumé for ledelsen – 2026-H2');
    const overviewPage = run('pdftotext', ['-f', '2', '-l', '2', pdf, '-']);
    expect(overviewPage).toContain('Overblik over korpset – 2026-H2');
    expect(overviewPage).toContain('mangler');

    for (const [heading, file] of [
      ['Overblik over korpset', 'overblik'],
      ['Diagrammer – 2026-H2', 'diagrammer'],
    ] as const) {
      const page = pageOf(pdf, pages, heading);
      for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${file}-`)))
        rmSync(join(ARTIFACTS, old));
      run('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        String(page),
        '-l',
        String(page),
        pdf,
        join(ARTIFACTS, file),
      ]);
      const png = readdirSync(ARTIFACTS).find((f) => f.startsWith(`${file}-`) && f.endsWith('.png'));
      expect(png).toBeDefined();
      expect(statSync(join(ARTIFACTS, png ?? '')).size).toBeGreaterThan(20_000);
    }
    // The charts are drawn: their titles are on the Diagrammer page.
    const charts = run('pdftotext', [
      '-f',
      String(pageOf(pdf, pages, 'Diagrammer – 2026-H2')),
      '-l',
      String(pageOf(pdf, pages, 'Diagrammer – 2026-H2')),
      pdf,
      '-',
    ]);
    expect(charts).toContain('Kommuner pr. fase');
    expect(charts).toContain('Aktiviteternes status pr. indsatsområde');
  },
  240_000,
);
