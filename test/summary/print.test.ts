// The summary on paper (issue 14): LibreOffice renders it to PDF (kept in test-artifacts/summary/print/
// with PNGs of the Resumé and the first overview pages). The Resumé is one landscape page; the
// overview prints in column groups that each fit the page width, landscape, with the header row and
// the municipality repeated; no header has to break inside a word (every column is at least as wide
// as its header's longest word). Skipped, with a message, where soffice or poppler is missing.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { buildSummary } from '../../workbook/summary';
import { generateCorps, generatePrevious } from '../fixtures/plans';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'summary', 'print');
const hasTools =
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
  spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasTools) process.stderr.write('test/summary/print.test.ts: soffice or poppler not found – skipped.\n');
const maybe = hasTools ? describe : describe.skip;

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 200_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

interface Page {
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

maybe('the summary on paper', () => {
  let pages: Page[] = [];
  let files: Record<string, Uint8Array> = {};
  const pdf = join(ARTIFACTS, 'korpsoversigt.pdf');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const plans = generateCorps({ seed: 42, municipalities: 45 });
    const bytes = await buildSummary({
      period: '2026-H2',
      plans,
      previous: generatePrevious(plans, 42),
      generatedAt: new Date('2026-11-12T10:00:00Z'),
      lang: 'da',
    });
    files = unzipSync(bytes);
    const xlsx = join(ARTIFACTS, 'korpsoversigt.xlsx');
    writeFileSync(xlsx, bytes);
    const profile = mkdtempSync(join(tmpdir(), 'korpsplan-print-'));
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
    const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
    const sizes = run('pdfinfo', ['-f', '1', '-l', String(count), pdf]);
    pages = Array.from({ length: count }, (_, i) => {
      const m = new RegExp(`Page\\s+${i + 1} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(sizes);
      return {
        width: Number(m?.[1] ?? 0),
        height: Number(m?.[2] ?? 0),
        text: run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']),
      };
    });
    for (const old of readdirSync(ARTIFACTS).filter((f) => f.endsWith('.png'))) rmSync(join(ARTIFACTS, old));
    run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '3', pdf, join(ARTIFACTS, 'side')]);
  }, 240_000);

  const first = (title: string): number => pages.findIndex((p) => p.text.includes(title));

  test('the Resumé is the first page, one landscape page; the overview starts on the next', () => {
    expect(pages[0]?.text).toContain('Resumé for ledelsen – 2026-H2');
    expect(pages[0]?.text).toContain('Kommunernes indberetning');
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    expect(first('Overblik over korpset – 2026-H2')).toBe(1);
  });

  test('the overview prints landscape in column groups that each fit one page width', () => {
    const start = first('Overblik over korpset');
    const end = first('Diagrammer – 2026-H2');
    const overview = pages.slice(start, end);
    for (const p of overview) expect(p.width).toBeGreaterThan(p.height);
    // Each group's headers are together on one page, with the municipality repeated at its left.
    const groups = [
      ['Region', 'Fase', 'Sidst indsendt'],
      ['Parathed', 'forberedelse', 'løbende', 'Ubesvarede', 'Aktiviteter'],
      ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket', 'Forsinkede', 'Temaer'],
      ['Korps', 'Årsværk', 'Deltagere pr.', 'Advarsler'],
      ['Koordinatorens bemærkning', 'Seneste kommentar fra ledelsen'],
      ['Til aktiviteter', 'Til tjekliste', 'Til korps', 'Til indikatorer'],
    ];
    for (const headers of groups) {
      const page = overview.find((p) => headers.every((h) => p.text.includes(h)));
      expect(page).toBeDefined();
      expect(page?.text).toMatch(/^\s*Kommune\b/m);
    }
    // 98 municipalities in six groups: every group takes the same number of pages.
    expect(overview.length % groups.length).toBe(0);
    // Every page has the footer with the period and its number.
    for (const [i, p] of overview.entries()) {
      expect(p.text).toContain('Korpsoversigt 2026-H2 · Overblik');
      expect(p.text).toContain(`Side ${start + i + 1} af ${pages.length}`);
    }
  });

  test('no header breaks inside a word: every column is at least as wide as its longest header word', () => {
    const xml = (path: string): string => strFromU8(files[path] ?? new Uint8Array());
    const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
      [...(m[1] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''),
    );
    const cellXfs = [
      ...(xml('xl/styles.xml').split('<cellXfs')[1] ?? '').matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/gs),
    ].map((m) => m[0]);
    const colNum = (letters: string): number =>
      [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const tooNarrow: string[] = [];
    let checked = 0;
    for (const path of Object.keys(files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
      const headerRow = /ref="[A-Z]+(\d+):/.exec(xml(path))?.[1] ?? '';
      const rel = Object.keys(files).find(
        (p) => p.includes('worksheets/_rels/') && xml(p).includes(path.replace('xl/', '../')),
      );
      const sheet = xml(rel?.replace('_rels/', '').replace(/\.rels$/, '') ?? '');
      const widths = new Map<number, number>();
      for (const c of sheet.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) {
        for (let i = Number(c[1]); i <= Number(c[2]); i++) widths.set(i, Number(c[3]));
      }
      const cells = sheet.matchAll(
        new RegExp(`<c r="([A-Z]+)${headerRow}" s="(\\d+)" t="s"><v>(\\d+)</v>`, 'g'),
      );
      for (const [, letters, style, index] of cells) {
        // Rotated headers (the municipalities on Tjeklister) run along the column, not across it.
        if (/textRotation="90"/.test(cellXfs[Number(style)] ?? '')) continue;
        const header = shared[Number(index)] ?? '';
        const longest = header.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
        const width = widths.get(colNum(letters ?? '')) ?? 9;
        // A bold character takes about one Excel width unit, plus a unit of padding each side.
        if (width < longest.length + 2) tooNarrow.push(`${header} (${width})`);
        checked += 1;
      }
    }
    expect(tooNarrow).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
