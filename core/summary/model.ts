// Builds the corps summary workbook as pure data (core/summary/sheet.ts) from canonical plans: the
// latest submission of every municipality for a period, the roster, and the previous period's
// plans. Never reads an original workbook. The figures are computed once here (./figures.ts); each
// sheet is a module of ./sheets listed in ./registry.ts; links between sheets point at named
// anchors, resolved once every sheet is built.

import { expectedMunicipalities } from '../roster';
import { SUPPRESSION } from '../suppression';
import {
  byName,
  prevLateDay,
  type Context,
  type SheetModule,
  type SummaryInput,
  type SummaryModel,
} from './context';
import {
  computeFigures,
  computeTotals,
  danishDay,
  municipalityOf,
  previousPeriod,
  selectLatest,
  type Entry,
} from './figures';
import { WORKBOOK, fill } from './labels';
import { SUMMARY_SHEETS } from './registry';
import { resolveAnchors } from './sheet';

export { HEADER_ROW, type SummaryInput, type SummaryModel, type SheetModule } from './context';

export function summaryModel(
  input: SummaryInput,
  sheets: readonly SheetModule[] = SUMMARY_SHEETS,
): SummaryModel {
  const config = input.suppression ?? SUPPRESSION;
  const today = input.today ?? danishDay(input.generatedAt);
  const lang = input.lang;
  const selection = selectLatest(input.plans, input.period);

  const previousPlans = input.previous ?? [];
  const earlier = previousPlans
    .map((p) => p.plan.period)
    .filter((p) => p < input.period)
    .sort();
  const prevPeriod = earlier[earlier.length - 1] ?? previousPeriod(input.period);
  const prevSelection = selectLatest(previousPlans, prevPeriod);
  const prevDay = prevLateDay({ prevPeriod, today });

  const expected = new Set(expectedMunicipalities(input.roster));
  const codes = new Set<string>([...expected, ...selection.used.keys()]);
  const previousOf = (code: string): Entry['previous'] => {
    const stored = prevSelection.used.get(code);
    return stored
      ? { stored, figures: computeFigures(stored.plan, prevDay, expected.has(code), config) }
      : undefined;
  };
  const entries: Entry[] = [...codes]
    .map((code): Entry => {
      const stored = selection.used.get(code);
      const m = municipalityOf(code, stored?.plan.municipality.name ?? code, expected.has(code));
      const previous = previousOf(code);
      return {
        ...m,
        ...(stored ? { stored, figures: computeFigures(stored.plan, today, m.expected, config) } : {}),
        ...(previous ? { previous } : {}),
      };
    })
    .sort(byName);
  const prevOnly: Entry[] = [...prevSelection.used.keys()]
    .filter((code) => !codes.has(code))
    .map((code): Entry => {
      const stored = prevSelection.used.get(code);
      const m = municipalityOf(code, stored?.plan.municipality.name ?? code, false);
      const previous = previousOf(code);
      return { ...m, ...(previous ? { previous } : {}) };
    });
  const submitted = entries.filter((e) => e.figures);
  const totals = computeTotals(entries, today, config);
  // The previous period's totals over its own plans, as if each were the current one.
  const prevEntries: Entry[] = [...entries, ...prevOnly].flatMap((e) =>
    e.previous ? [{ ...e, stored: e.previous.stored, figures: e.previous.figures }] : [],
  );
  const prevTotals = computeTotals(prevEntries, prevDay, config);

  const ctx: Context = {
    input,
    lang,
    config,
    today,
    entries,
    submitted,
    totals,
    selection,
    prevPeriod,
    prevSelection,
    prevOnly,
    prevTotals,
  };
  const keys = new Set<string>();
  for (const s of sheets) {
    if (keys.has(s.key)) throw new Error(`summary sheet "${s.key}" is registered twice`);
    keys.add(s.key);
  }
  const built = sheets.map((s) => s.build(ctx));
  const title = fill(WORKBOOK.title, lang, { period: input.period });
  return {
    workbook: {
      lang,
      title,
      subject: WORKBOOK.subject[lang],
      created: input.generatedAt,
      sheets: built,
      anchors: resolveAnchors(built),
      footer: title,
    },
    entries,
    selection,
    previousPeriod: prevPeriod,
    previousSelection: prevSelection,
    totals,
    previousTotals: prevTotals,
    today,
  };
}
