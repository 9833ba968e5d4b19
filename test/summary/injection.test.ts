// Nothing a municipality typed becomes live: no formula, no link, no illegal XML, no overlong cell.

import { SaxesParser } from 'saxes';
import { buildSummary } from '../../workbook/summary';
import { generateCorps } from '../fixtures/plans';
import {
  EXCEL_MAX_CELL_CHARS,
  NEUTRALISER,
  looksLikeFormula,
  safeCellText,
  visibleText,
} from '../../core/summary/text';
import type { StoredPlan } from '../../core/receipt';
import { readSummary, tableRows, type ReadSummary } from './read';

const HOSTILE = {
  hyperlink: '=HYPERLINK("http://evil","x")',
  dde: "+cmd|' /C calc'!A0",
  at: '@SUM(1)',
  minus: '-2+3',
  fullWidth: '＝1+1',
  tab: '\t=1+1',
  newline: '\n=1+1',
  escaped: '_x003D_1+1',
  control: 'før\u0001\u0007\u001Fefter\uFFFE',
  long: 'L'.repeat(40_000),
};

function hostilePlans(): StoredPlan[] {
  const [a, b] = generateCorps({ seed: 5, municipalities: 2, activities: 10 });
  if (!a || !b) throw new Error('fixture');
  const acts = a.plan.activities;
  const texts = Object.values(HOSTILE);
  acts.forEach((act, i) => {
    act.activity = texts[i % texts.length] ?? 'x';
    act.milestone = texts[(i + 1) % texts.length];
    act.responsible = texts[(i + 2) % texts.length] ?? 'x';
    act.evaluation = texts[(i + 3) % texts.length];
    act.source = { sheet: HOSTILE.hyperlink, row: i + 1 };
  });
  a.plan.indicators.push({ name: HOSTILE.dde, unit: 'count', result: 12, code: HOSTILE.at });
  b.receipt.note = HOSTILE.hyperlink;
  b.receipt.submittedBy = HOSTILE.at;
  b.receipt.submissionId = HOSTILE.minus;
  return [a, b];
}

let summary: ReadSummary;

beforeAll(async () => {
  const bytes = await buildSummary({
    period: '2026-H2',
    plans: hostilePlans(),
    generatedAt: new Date('2026-11-12T10:00:00Z'),
    lang: 'da',
  });
  summary = await readSummary(bytes);
});

describe('the neutraliser', () => {
  test.each(Object.entries(HOSTILE).filter(([k]) => !['control', 'long', 'escaped'].includes(k)))(
    '%s: starts with a visible ’ and is no longer formula-like',
    (_, text) => {
      const safe = safeCellText(text);
      expect(safe.startsWith(NEUTRALISER)).toBe(true);
      expect(looksLikeFormula(visibleText(safe))).toBe(false);
    },
  );

  test('ordinary Danish text is left as it is', () => {
    expect(safeCellText('Møde med ledelsen – 3. kvartal')).toBe('Møde med ledelsen – 3. kvartal');
    expect(safeCellText('Ansvar: koordinator')).toBe('Ansvar: koordinator');
  });

  test('Excel escapes are escaped, so _x003D_ never shows as "="', () => {
    expect(visibleText(safeCellText(HOSTILE.escaped))).toBe(HOSTILE.escaped);
  });
});

describe('a summary built from hostile plans', () => {
  test('has no formula and no link that came from a plan', () => {
    for (const part of Object.keys(summary.files).filter(
      (p) => p.startsWith('xl/worksheets/') && p.endsWith('.xml'),
    )) {
      const xml = summary.xml(part);
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).not.toMatch(/t="str"/);
      for (const link of xml.matchAll(/<hyperlink\b[^>]*>/g)) {
        expect(link[0]).not.toContain('evil');
        expect(link[0]).toMatch(/location="&apos;|location="'/);
      }
    }
    for (const part of Object.keys(summary.files).filter((p) => p.endsWith('.rels'))) {
      const xml = summary.xml(part);
      expect(xml).not.toContain('evil');
      expect(xml).not.toMatch(/TargetMode="External"/);
      expect(xml).not.toMatch(/relationships\/hyperlink"/);
    }
    expect(Object.keys(summary.files).some((p) => p.includes('externalLink'))).toBe(false);
  });

  test('every part is still well-formed XML', () => {
    for (const part of Object.keys(summary.files).filter((p) => p.endsWith('.xml'))) {
      const parser = new SaxesParser();
      expect(() => parser.write(summary.xml(part)).close()).not.toThrow();
    }
  });

  test('the texts arrive as inert text: neutralised, cleaned and clamped', () => {
    const rows = tableRows(summary, 'Aktiviteter');
    const activities = rows.map((r) => String(r['Aktivitet'] ?? ''));
    expect(activities).toContain(`${NEUTRALISER}${HOSTILE.hyperlink}`);
    expect(activities).toContain(`${NEUTRALISER}${HOSTILE.dde}`);
    expect(activities).toContain(`${NEUTRALISER}${HOSTILE.fullWidth}`);
    expect(activities).toContain('førefter');
    const long = activities.find((a) => a.startsWith('LLL'));
    expect(long).toHaveLength(EXCEL_MAX_CELL_CHARS);
    expect(long?.endsWith('…')).toBe(true);
    // The Excel escape is itself escaped in the file, so Excel (and exceljs, which decodes
    // escapes as Excel does) shows the literal text.
    expect(summary.xml('xl/sharedStrings.xml')).toContain('_x005F_x003D_1+1');
    expect(activities).toContain(HOSTILE.escaped);
    const sources = rows.map((r) => String(r['Kilde i planen'] ?? ''));
    expect(sources).toContain(`${NEUTRALISER}${HOSTILE.hyperlink}!1`);
    expect(sources.filter((s) => s.includes('HYPERLINK')).every((s) => s.startsWith(NEUTRALISER))).toBe(true);
    // Every string cell of every sheet is neither formula-like nor over the limit.
    for (const ws of summary.workbook.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') {
            // exceljs has decoded Excel's escapes: this is the text a leader sees.
            expect(looksLikeFormula(cell.value)).toBe(false);
            expect(cell.value.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS + 7);
          }
        }),
      );
    }
  });

  test('receipt texts and own indicators are neutralised too', () => {
    const subs = tableRows(summary, 'Indsendelser');
    expect(subs.map((r) => r['Koordinatorens bemærkning'])).toContain(`${NEUTRALISER}${HOSTILE.hyperlink}`);
    expect(subs.map((r) => r['Indsendt af'])).toContain(`${NEUTRALISER}${HOSTILE.at}`);
    const own = tableRows(summary, 'Egne_Indikatorer');
    expect(own.map((r) => r['Indikator'])).toContain(`${NEUTRALISER}${HOSTILE.dde}`);
  });
});
