// The summary on paper (issue 14), in Danish and English: LibreOffice renders it to PDF (kept in
// test-artifacts/summary/print/ with PNGs of the first pages and of the overview). Every page is A4;
// the Resumé is one landscape page; the overview prints landscape in four column groups that fill the
// page width, the header row and the municipality repeated, no row taller than a few lines; every
// sheet's subtitle wraps within the printed width; no header has to break inside a word (every
// column is at least as wide as its header's longest word). Skipped, with a message, where soffice
// or poppler is missing.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { summaryModel, type SummaryInput } from '../../core/summary';
import { INDICATORS } from '../../core/spec';
import { renderSummary } from '../../workbook/summary';
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

interface Printed {
  readonly pages: Page[];
  readonly files: Record<string, Uint8Array>;
  readonly subtitles: { readonly title: string; readonly subtitle: string }[];
  readonly sheetNames: string[];
}

type Lang = 'da' | 'en';

const plans = generateCorps({ seed: 42, municipalities: 45 });
// A coordinator who wrote a long note: on the overview it is shortened, so its row stays low.
const talkative = plans[0];
if (!talkative) throw new Error('fixture');
talkative.receipt.note = Array.from(
  { length: 12 },
  (_, i) => `Punkt ${i + 1}: vi er bagud pga. sygdom i teamet, og planen justeres i næste måned.`,
).join(' ');
const input = (lang: Lang): SummaryInput => ({
  period: '2026-H2',
  plans,
  previous: generatePrevious(plans, 42),
  generatedAt: new Date('2026-11-12T10:00:00Z'),
  lang,
});

/** What a reader looks for, per language. */
const WORDS = {
  da: {
    resume: 'Resumé for ledelsen – 2026-H2',
    chart: 'Kommunernes indberetning',
    overview: 'Overblik over korpset',
    after: 'Diagrammer – 2026-H2',
    municipality: 'Kommune',
    indicators: 'Indikatorer på tværs af korpset',
    byMunicipality: 'Indikatorerne kommune for kommune',
    own: 'Kommunernes egne indikatorer',
    footer: 'Korpsoversigt 2026-H2 · Overblik',
    page: (p: number, n: number) => `Side ${p} af ${n}`,
    groups: [
      [
        'Region',
        'Fase',
        'Sidst indsendt',
        'Parathed',
        'forberedelse',
        'løbende',
        'Ubesvarede',
        'Aktiviteter',
      ],
      ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket', 'Forsinkede', 'Temaer'],
      ['Korps', 'Årsværk', 'Deltagere pr.', 'Koordinatorens bemærkning', 'Seneste kommentar fra ledelsen'],
      ['Advarsler', 'Til aktiviteter', 'Til tjekliste', 'Til korps', 'Til indikatorer'],
    ],
  },
  en: {
    resume: 'Summary for the leaders – 2026-H2',
    chart: "The municipalities' reporting",
    overview: 'Overview of the corps',
    after: 'Charts – 2026-H2',
    municipality: 'Municipality',
    indicators: 'Indicators across the corps',
    byMunicipality: 'The indicators municipality by municipality',
    own: "The municipalities' own indicators",
    footer: 'Corps summary 2026-H2 · Overview',
    page: (p: number, n: number) => `Page ${p} of ${n}`,
    groups: [
      [
        'Region',
        'Phase',
        'Last submitted',
        'Readiness',
        'preparation',
        'ongoing',
        'Unanswered',
        'Activities',
      ],
      ['Not started', 'In progress', 'Done', 'Changed', 'Closed', 'Late', 'Themes'],
      ['Corps', 'Full-time', 'Participants', "Coordinator's note", 'latest comment'],
      ['Warnings', 'To activities', 'To checklist', 'To corps', 'To indicators'],
    ],
  },
} as const;

/** Text without its white space: lines may wrap at spaces or after a dash ("L1–\nL9"). */
const flat = (s: string): string => s.replace(/\s+/g, '');

maybe('the summary on paper', () => {
  const printed = new Map<Lang, Printed>();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const old of readdirSync(ARTIFACTS)) rmSync(join(ARTIFACTS, old));
    const xlsx: string[] = [];
    const built = new Map<
      Lang,
      { files: Record<string, Uint8Array>; subtitles: Printed['subtitles']; sheetNames: string[] }
    >();
    for (const lang of ['da', 'en'] as const) {
      const model = summaryModel(input(lang));
      const bytes = await renderSummary(model);
      const path = join(ARTIFACTS, `korpsoversigt-${lang}.xlsx`);
      writeFileSync(path, bytes);
      xlsx.push(path);
      built.set(lang, {
        files: unzipSync(bytes),
        subtitles: model.workbook.sheets.map((s) => ({ title: s.title, subtitle: s.subtitle })),
        sheetNames: model.workbook.sheets.map((s) => s.name),
      });
    }
    const profile = mkdtempSync(join(tmpdir(), 'korpsplan-print-'));
    try {
      run('soffice', [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        ARTIFACTS,
        ...xlsx,
      ]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const lang of ['da', 'en'] as const) {
      const pdf = join(ARTIFACTS, `korpsoversigt-${lang}.pdf`);
      const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
      const sizes = run('pdfinfo', ['-f', '1', '-l', String(count), pdf]);
      const pages = Array.from({ length: count }, (_, i) => {
        const m = new RegExp(`Page\\s+${i + 1} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(sizes);
        return {
          width: Number(m?.[1] ?? 0),
          height: Number(m?.[2] ?? 0),
          text: run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']),
        };
      });
      // The Resumé and the overview's four groups (pages 1–6) and every sheet's first page.
      run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '6', pdf, join(ARTIFACTS, `${lang}-side`)]);
      const b = built.get(lang);
      if (!b) throw new Error(`not built: ${lang}`);
      printed.set(lang, { pages, ...b });
    }
  }, 300_000);

  const get = (lang: Lang): Printed => {
    const p = printed.get(lang);
    if (!p) throw new Error(`not printed: ${lang}`);
    return p;
  };
  const first = (pages: readonly Page[], title: string): number =>
    pages.findIndex((p) => p.text.includes(title));

  describe.each(['da', 'en'] as const)('%s', (lang) => {
    const w = WORDS[lang];

    test('every page is A4; the Resumé is the first page, one landscape page; the overview starts on the next', () => {
      const { pages } = get(lang);
      for (const p of pages) {
        expect([Math.round(Math.min(p.width, p.height)), Math.round(Math.max(p.width, p.height))]).toEqual([
          595, 842,
        ]);
      }
      expect(pages[0]?.text).toContain(w.resume);
      expect(pages[0]?.text).toContain(w.chart);
      expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
      expect(first(pages, w.overview)).toBe(1);
      // The whole summary of 98 municipalities (45 with a plan) stays a readable stack of paper.
      expect(pages.length).toBeLessThanOrEqual(80);
    });

    test('the overview prints landscape in four column groups that each fill one page width', () => {
      const { pages } = get(lang);
      const start = first(pages, w.overview);
      const end = first(pages, w.after);
      const overview = pages.slice(start, end);
      for (const p of overview) expect(p.width).toBeGreaterThan(p.height);
      // Each group's headers are together on one page, with the municipality repeated at its left.
      const groupPages = w.groups.map((headers) => {
        const found = overview.filter((p) => headers.every((h) => p.text.includes(h)));
        expect(found.length).toBeGreaterThan(0);
        for (const p of found) expect(p.text).toMatch(new RegExp(`^\\s*${w.municipality}\\b`, 'm'));
        return found.length;
      });
      // 98 municipalities in four groups: every group takes the same number of pages, and that is
      // all the overview takes (it took 36 pages in six narrow groups before).
      expect(new Set(groupPages).size).toBe(1);
      expect(overview.length).toBe(groupPages[0]! * w.groups.length);
      expect(overview.length).toBeLessThanOrEqual(24);
      // Every page has the footer with the period and its number.
      for (const [i, p] of overview.entries()) {
        expect(p.text).toContain(w.footer);
        expect(p.text).toContain(w.page(start + i + 1, pages.length));
      }
    });

    test("the indicators print at 80 % or more: the corps's totals, then each municipality's figures in two groups", () => {
      const { pages, files } = get(lang);
      const xml = (path: string): string => strFromU8(files[path] ?? new Uint8Array());
      // Each sheet's print scale, by the sheet's name (workbook.xml → its relationship → the part).
      const rels = xml('xl/_rels/workbook.xml.rels');
      const subtitlesSheet = (title: string): string =>
        get(lang).sheetNames[get(lang).subtitles.findIndex((s) => s.title.startsWith(title))] ?? '';
      const scaleOf = (title: string): number => {
        const sheet = subtitlesSheet(title);
        const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(
          xml('xl/workbook.xml'),
        )?.[1];
        const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
        const setup = /<pageSetup[^>]*>/.exec(xml(`xl/${target.replace(/^\/?xl\//, '')}`))?.[0] ?? '';
        return Number(/scale="(\d+)"/.exec(setup)?.[1] ?? 100);
      };
      expect(scaleOf(w.indicators)).toBeGreaterThanOrEqual(80);
      expect(scaleOf(w.byMunicipality)).toBe(100);
      // Every page of the municipalities' figures has the municipality at its left; every indicator
      // is on one of them, and they are two groups of the same number of pages.
      const start = first(pages, w.byMunicipality);
      const byMunicipality = pages.slice(start, first(pages, w.own));
      for (const p of byMunicipality) expect(p.text).toMatch(new RegExp(`^\\s*${w.municipality}\\b`, 'm'));
      for (const ind of INDICATORS) {
        const words = ind.label[lang].split(/[\s-]+/); // a header wraps after a hyphen too
        expect({
          ind: ind.code,
          on: byMunicipality.some((p) => words.every((word) => p.text.includes(word))),
        }).toEqual({
          ind: ind.code,
          on: true,
        });
      }
      expect(byMunicipality.length % 2).toBe(0);
      expect(byMunicipality.length).toBeLessThanOrEqual(8);
    });

    test("every sheet's subtitle is printed whole on its first page (wrapped, not run off the paper)", () => {
      const { pages, subtitles } = get(lang);
      for (const { title, subtitle } of subtitles) {
        const page = pages.find((p) => p.text.includes(title));
        expect(page).toBeDefined();
        expect({ title, printed: flat(page?.text ?? '').includes(flat(subtitle)) }).toEqual({
          title,
          printed: true,
        });
      }
    });

    test('no overview row is taller than five lines (long notes are shortened)', () => {
      const { files } = get(lang);
      const xml = (path: string): string => strFromU8(files[path] ?? new Uint8Array());
      const workbook = xml('xl/workbook.xml');
      const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
      const index = sheetNames.indexOf(lang === 'da' ? 'Overblik' : 'Overview');
      expect(index).toBeGreaterThanOrEqual(0);
      const sheet = xml(`xl/worksheets/sheet${index + 1}.xml`);
      const heights = [...sheet.matchAll(/<row r="(\d+)"[^>]*? ht="([\d.]+)"/g)]
        .filter((m) => Number(m[1]) > 4)
        .map((m) => Number(m[2]));
      expect(Math.max(0, ...heights)).toBeLessThanOrEqual(5 * 13 + 3);
    });

    test('no header breaks inside a word: every column is at least as wide as its longest header word', () => {
      const { files } = get(lang);
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
});
