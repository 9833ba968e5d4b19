// The English summary (lang=en) is as complete as the Danish one (issue 14): the same sheets, tables,
// rows and figures, and no Danish word left in any text the workbook shows – cells, headers, sheet
// names, chart titles, footers and document properties – apart from what the municipalities typed
// and the names of municipalities and regions.

import { strFromU8, unzipSync } from 'fflate';
import { KOMMUNER } from '../../core/kommuner';
import { statusList, type Review } from '../../core/rounds';
import { summaryModel, type SummaryInput } from '../../core/summary';
import type { Cell } from '../../core/summary/sheet';
import { buildSummary } from '../../workbook/summary';
import { generateCorps, generatePrevious } from '../fixtures/plans';
import { unescapeXml } from './read';

const plans = generateCorps({ seed: 14, municipalities: 40 });
const [a, b] = plans;
if (!a || !b) throw new Error('fixture');
const review = (id: string, decision: Review['decision'], comment?: string): Review => ({
  version: 1,
  submissionId: id,
  decision,
  ...(comment ? { comment } : {}),
  by: { role: 'leader', name: 'Lise Leder' },
  at: '2026-12-17T09:30:00.000Z',
});
const round = {
  period: '2026-H2',
  deadline: '2026-12-15',
  closed: false,
  expected: KOMMUNER.map((k) => k.code),
};
const rows = statusList(
  round,
  plans.map((p) => ({
    submissionId: p.receipt.submissionId,
    municipality: p.plan.municipality.code,
    receivedAt: p.receipt.receivedAt,
    warnings: 0,
    ...(p === b ? { note: 'Lederen er på barsel til januar, og vi mangler en mentor' } : {}),
  })),
  new Map([
    [a.receipt.submissionId, review(a.receipt.submissionId, 'approved')],
    [
      b.receipt.submissionId,
      review(b.receipt.submissionId, 'sent_back', 'Fasen mangler, og målene er ikke udfyldt'),
    ],
  ]),
);
const previous = generatePrevious(plans, 14);
const input = (lang: 'da' | 'en'): SummaryInput => ({
  period: '2026-H2',
  plans,
  previous,
  roster: { version: 1, expected: round.expected, entries: [] },
  generatedAt: new Date('2026-12-18T10:00:00Z'),
  lang,
  round: { round, rows },
});

/** Every string in a value, deep (what the municipalities and reviewers typed). */
function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value.replace(/\s+/g, ' ').trim());
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Common Danish words that are not English words. */
const DANISH = [
  'og',
  'ikke',
  'af',
  'til',
  'med',
  'på',
  'fra',
  'som',
  'der',
  'det',
  'den',
  'er',
  'har',
  'ingen',
  'eller',
  'hvor',
  'når',
  'alle',
  'antal',
  'ja',
  'nej',
  'kommune',
  'kommuner',
  'mangler',
  'forsinket',
  'forsinkede',
  'indsendt',
  'periode',
  'fase',
  'aktiviteter',
  'aktivitet',
  'skabelon',
  'parathed',
  'bemærkning',
  'korpset',
  'løbende',
  'forberedelse',
  'årsværk',
  'deltagere',
  'forløb',
  'tal',
  'pr',
  'uden',
  'tjekliste',
  'huskeliste',
  'indikatorer',
  'milepæl',
  'status i',
  'vurderet',
  'dannet',
  'kl',
];

/** The words of a text that only Danish has: Danish letters, or a common Danish word. */
function danishIn(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.filter((w) => /[æøå]/.test(w) || DANISH.includes(w));
}

/** Every text the package shows a reader, with where it is. */
function shownTexts(files: Record<string, Uint8Array>): [string, string][] {
  const out: [string, string][] = [];
  const xml = (path: string): string => strFromU8(files[path] ?? new Uint8Array());
  for (const path of Object.keys(files)) {
    const doc = xml(path);
    if (path === 'xl/sharedStrings.xml' || /^xl\/charts\/chart\d+\.xml$/.test(path)) {
      for (const m of doc.matchAll(/<(?:a:)?t(?:\s[^>]*)?>([^<]*)<\/(?:a:)?t>/g))
        out.push([path, m[1] ?? '']);
    }
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) {
      for (const m of doc.matchAll(/<is><t[^>]*>([^<]*)<\/t><\/is>/g)) out.push([path, m[1] ?? '']);
      for (const m of doc.matchAll(/<oddFooter>([^<]*)<\/oddFooter>/g)) {
        out.push([path, (m[1] ?? '').replace(/&amp;[LRCPN]|&amp;\d+/g, ' ')]);
      }
    }
    if (/^xl\/tables\/table\d+\.xml$/.test(path)) {
      for (const m of doc.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)) out.push([path, m[1] ?? '']);
    }
    if (path === 'xl/workbook.xml') {
      for (const m of doc.matchAll(/<sheet [^>]*name="([^"]*)"/g)) out.push([path, m[1] ?? '']);
    }
    if (path === 'docProps/core.xml') {
      for (const m of doc.matchAll(/<dc:(?:title|subject)>([^<]*)</g)) out.push([path, m[1] ?? '']);
    }
  }
  return out.map(([p, t]) => [p, unescapeXml(t)]);
}

describe('the English summary is as complete as the Danish one', () => {
  test('no Danish word is left in any text it shows, apart from names and what was typed', async () => {
    const files = unzipSync(await buildSummary(input('en')));
    const typed = strings([plans, previous, rows, KOMMUNER]);
    const texts = shownTexts(files);
    expect(texts.length).toBeGreaterThan(500);
    const left = texts.flatMap(([path, text]) => {
      const clean = text.replace(/\s+/g, ' ').trim();
      // A cell holding a value typed into a plan, or a name, is shown as typed.
      if (typed.has(clean) || typed.has(clean.replace(/^’/, ''))) return [];
      // Cells that join a name with the summary's words ("Lise Leder", "Roskilde ›") keep the name.
      let rest = clean;
      for (const k of KOMMUNER) rest = rest.split(k.name).join(' ').split(k.region).join(' ');
      const words = danishIn(rest);
      return words.length > 0 ? [`${path}: "${clean}" (${words.join(', ')})`] : [];
    });
    expect(left).toEqual([]);
  });

  test('the scan would find Danish: the Danish summary fails it', async () => {
    const files = unzipSync(await buildSummary(input('da')));
    const danish = shownTexts(files).filter(([, text]) => danishIn(text).length > 0);
    expect(danish.length).toBeGreaterThan(200);
  });

  test('the same sheets, tables, rows and figures as the Danish summary', () => {
    const da = summaryModel(input('da')).workbook;
    const en = summaryModel(input('en')).workbook;
    expect(en.sheets.map((s) => s.key)).toEqual(da.sheets.map((s) => s.key));
    const kind = (c: Cell): string => (c === null ? 'blank' : Object.keys(c).filter((k) => k !== 'tone')[0]!);
    let figures = 0;
    da.sheets.forEach((ds, i) => {
      const es = en.sheets[i]!;
      expect(es.name).not.toBe('');
      expect(es.tables.map((t) => [t.name, t.row, t.col, t.columns.length, t.rowCount])).toEqual(
        ds.tables.map((t) => [t.name, t.row, t.col, t.columns.length, t.rowCount]),
      );
      expect(es.charts.map((c) => [c.kind, c.table, c.seriesColumns])).toEqual(
        ds.charts.map((c) => [c.kind, c.table, c.seriesColumns]),
      );
      ds.tables.forEach((dt, j) => {
        const daRows = [...dt.rows()];
        const enRows = [...es.tables[j]!.rows()];
        expect(enRows.length).toBe(daRows.length);
        daRows.forEach((dr, r) => {
          const er = enRows[r]!;
          expect(er.cells.map(kind)).toEqual(dr.cells.map(kind));
          dr.cells.forEach((c, k) => {
            const e = er.cells[k] ?? null;
            if (c && 'n' in c) {
              expect(e && 'n' in e ? e.n : undefined).toBe(c.n);
              figures += 1;
            }
            if (c && 'date' in c) expect(e).toEqual(c);
            if (c && 'instant' in c) expect(e).toEqual(c);
          });
        });
      });
    });
    expect(figures).toBeGreaterThan(2000);
  });
});
