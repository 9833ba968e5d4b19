// Tårnby (held out, fourteenth round): a plan lived in since 2025, kept as ONE long sheet "Plan
// 2025-26" with a column "Halvår" (F25, E25, F26, E26: forår and efterår, as schools and the
// municipality's own budget speak) and every half-year's rows added at the bottom; the cover says the
// plan now is for 2. halvår 2026. An autofilter was left on from when the coordinator copied last
// half-year's open activities: it shows only "F26", so the rows on screen are last half-year's and
// the current E26 rows (and the 2025 rows) are hidden by the filter. Activities carried over say so
// in the text ("(videreført fra F26)") and their F26 rows read "Videreført til E26". A careful human
// takes the E26 rows, hidden or not, and leaves the older half-years as history. Hand-built package.

import type { Cell } from '../build/model';
import { PlanBuilder, type TableRow } from '../build/plan';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p85-taarnby-loebende-plan-halvaarskolonne-filter-paa-gammelt-halvaar',
    'hand-built',
    'Tårnby: one long sheet lived in since 2025 with a "Halvår" column (F25, E25, F26, E26), the cover naming 2. halvår 2026; an autofilter left on showing only F26, so the current E26 rows are hidden and last half-year\'s shown; carried-over activities "(videreført fra F26)", their old rows "Videreført til E26".',
    [
      'plan-several-half-years-one-sheet',
      'plan-half-year-column-f-e-codes',
      'plan-filter-left-on-old-half-year',
      'plan-current-rows-hidden-by-filter',
      'activity-carried-over-from-last-half-year',
      'status-carried-over-to-next-half-year',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 40);
  f.set('A1', 'Mentor- og forældrecoachkorpset i Tårnby', TITLE);
  f.row('A3', ['Kommune', 'Tårnby Kommune']);
  f.row('A4', ['Periode', '2. halvår 2026']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', 'Sanne Vestergaard']);
  f.row('A7', ['Leder', 'Michael Juhl']);
  for (const r of [3, 4, 5, 6, 7]) f.set(`A${r}`, f.get(`A${r}`)!.v, BOLD);
  f.set('A9', 'Planen føres løbende på arket "Plan 2025-26": nye rækker for hvert halvår tilføjes nederst.');
  p.fact('municipality', '185', F, 'B3');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Sanne Vestergaard', F, 'B6');
  p.fact('leader', 'Michael Juhl', F, 'B7');

  const S = 'Plan 2025-26';
  const s = p.sheet(S);
  s.set('A1', 'Implementeringsplan – løbende plan fra 2025 (filtrer på Halvår)', TITLE);

  // [half-year, theme, activity, responsible, deadline, status as written, remark]
  type R = [string, string, string, string, string, string, string?];
  const old: R[] = [
    ['F25', 'Ledelse', 'Beslutning om deltagelse i det landsdækkende korps', 'Michael Juhl', '2025-02-28', 'Gennemført'],
    ['F25', 'Organisering, roller og ansvar', 'Koordinator udpeget og rollebeskrivelse skrevet', 'Michael Juhl', '2025-04-30', 'Gennemført'],
    ['F25', 'Opkvalificering', 'Første hold mentorer uddannet', 'Nationalt center', '2025-06-20', 'Gennemført'],
    ['E25', 'Kommunikation', 'Informationsmøde for skoler og familieafdelingen', 'Sanne Vestergaard', '2025-09-25', 'Gennemført'],
    ['E25', 'Inddragelse', 'Dialogmøde med forældre om forældrecoaching', 'Sanne Vestergaard', '2025-11-13', 'Gennemført'],
    ['E25', 'Opfølgning på dokumentation', 'Fælles skabelon til forløbsnotater', 'Sanne Vestergaard', '2025-12-12', 'Gennemført'],
    ['F26', 'Opkvalificering', 'Andet hold forældrecoaches uddannet', 'Nationalt center', '2026-03-27', 'Gennemført'],
    ['F26', 'Arbejdsproces og kultur', 'Sparringsmøder for mentorer hver 6. uge', 'Sanne Vestergaard', '2026-06-26', 'Videreført til E26', 'fortsætter'],
    ['F26', 'Kommunikation', 'Pjece til forældre om forældrecoaching', 'Sanne Vestergaard', '2026-05-29', 'Gennemført'],
    ['F26', 'Evaluering og tilpasning', 'Midtvejsstatus på de første 20 forløb', 'Sanne Vestergaard', '2026-06-19', 'Videreført til E26', 'data mangler fra to skoler'],
    ['F26', 'Ledelse', 'Budget for korpset i 2027 drøftet i direktionen', 'Michael Juhl', '2026-04-23', 'Gennemført'],
  ]; // prettier-ignore
  const now: R[] = [
    ['E26', 'Arbejdsproces og kultur', 'Sparringsmøder for mentorer hver 6. uge (videreført fra F26)', 'Sanne Vestergaard', '2026-12-18', 'I gang'],
    ['E26', 'Evaluering og tilpasning', 'Midtvejsstatus på de første 20 forløb (videreført fra F26)', 'Sanne Vestergaard', '2026-10-30', 'Gennemført'],
    ['E26', 'Ledelse', 'Budget for korpset i 2027 vedtaget', 'Michael Juhl', '2026-11-26', 'Gennemført'],
    ['E26', 'Kommunikation', 'Artikel i personalebladet om korpsets første år', 'Sanne Vestergaard', '2026-09-30', 'Gennemført'],
    ['E26', 'Inddragelse', 'Fokusgruppe med unge i mentorforløb', 'Sanne Vestergaard', '2026-11-20', 'I gang'],
    ['E26', 'Opkvalificering', 'Temadag om LAT-metoden for alle i korpset', 'Nationalt center', '2026-12-10', 'Ikke startet'],
    ['E26', 'Organisering, roller og ansvar', 'Aftale med PPR om henvisning af forløb', 'Michael Juhl', '2027-01-29', 'Ikke startet'],
    ['E26', 'Opfølgning på dokumentation', 'Forløbsnotater samlet i fagsystemet', 'Sanne Vestergaard', '2026-11-27', 'I gang'],
    ['E26', 'Kommunikation', 'Nyhedsbrev til forældre i december', 'Sanne Vestergaard', '2026-12-16', 'Ikke startet'],
    ['E26', 'Ledelse', 'Halvårsstatus i direktionen', 'Michael Juhl', '2026-12-03', 'Ikke startet'],
  ]; // prettier-ignore
  const cells = ([hy, tema, akt, ans, frist, st, bem]: R): Record<string, string | Cell> => ({
    hy,
    tema,
    akt: { v: akt, s: WRAP },
    ans,
    frist: { v: { date: frist }, s: DMY },
    st,
    bem: bem ?? '',
  });
  const body: TableRow[] = [
    ...old.map((r): TableRow => ({
      not: `an earlier half-year's activity (${r[0]}), kept as history: the plan now is for E26`,
      cells: cells(r),
    })),
    ...now.map((r): TableRow => ({
      cells: cells(r),
      x: {
        theme: TH[r[1]]!,
        status: ST[r[5]]!,
        start: null,
        deadline: r[4],
        ...(r[2].includes('(videreført')
          ? { activity: { v: r[2], alt: [r[2].replace(/\s*\(videreført fra F26\)$/, '')] } }
          : {}),
      },
    })),
  ];
  const header = 3;
  const last = p.table({
    sheet: S,
    headerRow: header,
    headerStyle: HEAD,
    columns: [
      { key: 'hy', header: 'Halvår', width: 8 },
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 48 },
      { key: 'ans', header: 'Ansvarlig', width: 20 },
      { key: 'frist', header: 'Frist', width: 12 },
      { key: 'st', header: 'Status', width: 18 },
      { key: 'bem', header: 'Bemærkning', width: 28 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'frist', status: 'st' },
    rows: body,
  });
  // The filter left on: only F26 shows; every other half-year's row is hidden by it.
  s.autoFilter = `A${header}:G${last}`;
  s.autoFilterShows = { col: 0, values: ['F26'] };
  [...old, ...now].forEach((r, i) => {
    if (r[0] !== 'F26') s.hiddenRows.add(header + 1 + i);
  });
  s.frozenRows = header;
  return p;
}
