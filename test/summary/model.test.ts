// The summary code a newcomer can change: a new sheet is one module plus one registry line, links
// land by named anchor; "late" has one definition shared by validation (and so the receipt's count)
// and the summary; intervals are rounded outward so they always contain the true value.

import fc from 'fast-check';
import { SUMMARY_SHEETS, summaryModel, type SheetModule } from '../../core/summary';
import { anchorOf, intervalText, sheet, staticTable, text, link } from '../../core/summary/cells';
import { HEADER_ROW } from '../../core/summary/context';
import { computeFigures } from '../../core/summary/figures';
import { validate } from '../../core/validate/rules';
import { STATUSES, type Status } from '../../core/spec';
import { renderSummary } from '../../workbook/summary';
import { generateCorps } from '../fixtures/plans';
import { activity, completeDraft, planGrid, result } from '../core/validate/builders';
import { readSummary, tableRows } from './read';

const TODAY = '2026-11-12';

describe('a new summary sheet: one module and one registry line', () => {
  // The module: a list of the municipalities that submitted, each linking to its activities.
  const extra: SheetModule = {
    key: 'contacts',
    name: { da: 'Kontakter', en: 'Contacts' },
    title: { da: 'Kontakter i kommunerne', en: 'Contacts in the municipalities' },
    build: (ctx) =>
      sheet(ctx, extra, [
        staticTable(
          'Kontakter',
          HEADER_ROW,
          0,
          [
            { header: ctx.lang === 'da' ? 'Kommune' : 'Municipality', width: 20, fmt: 'text' },
            { header: ctx.lang === 'da' ? 'Koordinator' : 'Coordinator', width: 30, fmt: 'text' },
            { header: ctx.lang === 'da' ? 'Til aktiviteter' : 'To activities', width: 16, fmt: 'text' },
          ],
          ctx.submitted.map((e) => ({
            anchor: anchorOf('contacts', e.code),
            cells: [
              text(e.name),
              text(e.stored?.plan.coordinator?.name),
              (e.stored?.plan.activities.length ?? 0) > 0
                ? link('Aktiviteter ›', anchorOf('activities', e.code))
                : null,
            ],
          })),
        ),
      ]),
  };

  test('the workbook gets the sheet, its rows and working links into the other sheets', async () => {
    const plans = generateCorps({ seed: 5, municipalities: 6 });
    const input = {
      period: '2026-H2',
      plans,
      generatedAt: new Date(`${TODAY}T10:00:00Z`),
      lang: 'da' as const,
    };
    const model = summaryModel(input, [...SUMMARY_SHEETS, extra]);
    const summary = await readSummary(await renderSummary(model));
    expect(summary.sheetNames[summary.sheetNames.length - 1]).toBe('Kontakter');
    const rows = tableRows(summary, 'Kontakter');
    expect(rows).toHaveLength(6);
    const xml = summary.xml(summary.sheetParts.get('Kontakter')!);
    const links = [...xml.matchAll(/<hyperlink ref="A?[A-Z]+(\d+)" location="'([^']+)'!A(\d+)"/g)];
    expect(links.length).toBe(plans.filter((p) => p.plan.activities.length > 0).length);
    const activities = summary.workbook.getWorksheet('Aktiviteter')!;
    for (const [, row, target, targetRow] of links) {
      expect(target).toBe('Aktiviteter');
      const name = summary.workbook.getWorksheet('Kontakter')!.getCell(`A${row}`).value;
      expect(activities.getCell(`A${targetRow}`).value).toBe(name);
      expect(activities.getCell(`A${Number(targetRow) - 1}`).value).not.toBe(name);
    }
    // The anchors of the new sheet are resolved like any other.
    const first = plans[0]!.plan.municipality.code;
    expect(model.workbook.anchors.get(anchorOf('contacts', first))?.sheet).toBe('Kontakter');
  });

  test('a link to a name no sheet carries is refused when the model is built', () => {
    const broken: SheetModule = {
      ...extra,
      key: 'broken',
      build: (ctx) =>
        sheet(ctx, broken, [
          staticTable(
            'Brudt',
            HEADER_ROW,
            0,
            [{ header: 'x', width: 10, fmt: 'text' }],
            [{ cells: [link('›', 'nowhere:000')] }],
          ),
        ]),
    };
    const plans = generateCorps({ seed: 5, municipalities: 2 });
    expect(() =>
      summaryModel({ period: '2026-H2', plans, generatedAt: new Date(), lang: 'da' }, [
        ...SUMMARY_SHEETS,
        broken,
      ]),
    ).toThrow(/unknown anchor "nowhere:000"/);
  });
});

describe('"late" has one definition', () => {
  const days = ['2026-11-11', '2026-11-12', '2026-11-13'];
  const statuses: (Status | undefined)[] = [...STATUSES.map((s) => s.id), undefined];
  const [base] = generateCorps({ seed: 3, municipalities: 1 });
  if (!base) throw new Error('fixture');

  test.each(
    statuses.flatMap((status) => [...days, undefined].map((deadline) => [status, deadline] as const)),
  )(
    'status %s, deadline %s: validation (the receipt counts its warnings) and the summary agree',
    (status, deadline) => {
      const row = activity(40, {
        theme: 'leadership',
        activity: 'Møde',
        milestone: 'Afholdt',
        start: '2026-01-05',
        ...(deadline ? { deadline } : {}),
        ...(status ? { status } : {}),
        responsible: 'Koordinator',
        evaluation: 'Godt',
      });
      const issues = validate(result(completeDraft({ activities: [row] })), planGrid(), { today: TODAY });
      const warned = issues.some((i) => i.code === 'activity_late');
      const expected =
        deadline !== undefined &&
        deadline < TODAY &&
        status !== 'done' &&
        status !== 'changed' &&
        status !== 'closed';
      expect(warned).toBe(expected);
      // A canonical plan always has a status and a deadline.
      if (status === undefined || deadline === undefined) return;
      const plan = {
        ...base.plan,
        activities: [{ ...base.plan.activities[0]!, status, deadline }],
      };
      expect(computeFigures(plan, TODAY, true).late).toBe(expected ? 1 : 0);
    },
  );
});

describe('intervals are rounded outward', () => {
  test('a shown interval always contains the true value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0, 1),
        fc.constantFrom('da' as const, 'en' as const),
        (lo, width, at, decimals, lang) => {
          const hi = lo + width;
          const value = lo + width * at;
          // Numbers up to 550: no thousands separator, a decimal comma in Danish.
          const [a, b] = intervalText(lo, hi, decimals, lang)
            .split('–')
            .map((x) => Number(x.replace(',', '.')));
          expect(a).toBeLessThanOrEqual(value + 1e-9);
          expect(b).toBeGreaterThanOrEqual(value - 1e-9);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('participants per full-time post 10.04–12.96 is shown as 10,0–13,0', () => {
    expect(intervalText(10.04, 12.96, 1, 'da')).toBe('10,0–13,0');
    expect(intervalText(10.04, 12.96, 1, 'en')).toBe('10.0–13.0');
  });
});

describe('"Om data" explains in sentences; the settings are in a technical section at its end', () => {
  test.each(['da', 'en'] as const)('%s', (lang) => {
    const plans = generateCorps({ seed: 8, municipalities: 4 });
    const model = summaryModel({
      period: '2026-H2',
      plans,
      generatedAt: new Date(`${TODAY}T10:00:00Z`),
      lang,
    });
    const about = model.workbook.sheets[model.workbook.sheets.length - 1]!;
    const rows = [...about.tables[0]!.rows()].map((r) => r.cells.map((c) => (c && 's' in c ? c.s : '')));
    const technical = rows.findIndex(([topic]) => topic === (lang === 'da' ? 'Teknisk' : 'Technical'));
    expect(technical).toBeGreaterThan(5);
    const before = rows.slice(0, technical);
    // Before it: sentences (each explanation ends with a full stop), no setting written as key=value.
    for (const [, explanation] of before) {
      expect(explanation).toMatch(/[.)]$/);
      expect(explanation).not.toMatch(/\w=\w/);
    }
    const topics = before.map(([topic]) => topic);
    expect(topics).toContain(lang === 'da' ? 'Hvad betyder "<5"?' : 'What does "<5" mean?');
    expect(topics).toContain(
      lang === 'da' ? 'Hvorfor er nogle tal intervaller?' : 'Why are some figures ranges?',
    );
    expect(rows.slice(technical).some(([, e]) => e?.includes('threshold=5'))).toBe(true);
  });
});
