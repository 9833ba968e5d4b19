// Hørsholm (held out, thirty-first round): the plan kept in the municipality's data model and
// shown in a Power BI report; the coordinator sends it as "Eksportér data" (summarized data) from
// three of the report's visuals, each export's sheet moved into one workbook ("Export", "Export (2)",
// "Export (3)") beside a cover and a checklist she typed herself. Every export starts with Power
// BI's "Anvendte filtre:" and one filter a line ("Kommune er Hørsholm", "Halvår er 2027-H1": the
// municipality and the half-year are written nowhere else), a blank row, then the visual's columns
// under Power BI's aggregated names — "Første Aktivitet" (a text summarised as its first value),
// "Antal af Aktivitet-ID", "Tidligste Start", "Seneste Frist", "Sum af Timer" —, the grouping
// columns under their own names ("Tema", "Ansvarlig", "Status"), a theme shown with no data (its
// row empty but for the theme), one row counting TWO activities (same theme, responsible and
// status: only the first named, the earliest start and latest deadline of the two), and a "Total"
// row; dates are date-times at 00:00:00. The corps and the indicators come the same way ("Sum af
// Timer pr. uge", "Antal af Forløb-ID" blank for none; "Sum af Udgangspunkt", "Sum af Mål", "Sum af
// Resultat"), each with its "Total". SheetJS.
//
// A careful reader takes the filters as the cover's municipality and period, an aggregate's column
// as the field it aggregates (the first activity is the activity, the earliest start the start, the
// latest deadline the deadline), a row of one count as one activity, the row counting two as one
// activity to be asked about (its second activity is not named), the empty theme row and the totals
// as no activity, member or indicator, and a blank count of cases as none.

import { PlanBuilder, type Exp } from '../build/plan';
import { at, coverPairs } from './round24';
import { checklistSheet } from './departments';

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
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

const d = (iso: string): { date: string; time: string } => ({ date: iso, time: '00:00:00' });

/** Power BI's filter lines over an export. */
function filters(p: PlanBuilder, sheet: string, lines: readonly string[]): void {
  const s = p.sheet(sheet);
  s.set('A1', 'Anvendte filtre:');
  lines.forEach((l, i) => s.set(`A${2 + i}`, l));
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p144-hoersholm-power-bi-eksporteret-data-anvendte-filtre-aggregerede-kolonner',
    'sheetjs',
    'Hørsholm: three Power BI "Eksportér data" (summarized) exports moved into one workbook ("Export", "Export (2)", "Export (3)"): "Anvendte filtre:" lines at the top ("Kommune er Hørsholm", "Halvår er 2027-H1": the only place of municipality and period), aggregated column names ("Første Aktivitet", "Antal af Aktivitet-ID", "Tidligste Start", "Seneste Frist", "Sum af Timer", "Sum af Mål"), a theme shown with no data, one row counting two activities, a "Total" row under each, date-times at 00:00:00; her own cover and checklist beside.',
    [
      'power-bi-export-summarized-data',
      'applied-filters-lines-above-table',
      'cover-facts-only-in-filters',
      'aggregated-column-names',
      'row-aggregating-several-activities',
      'category-shown-without-data',
      'total-row-under-export',
      'datetime-at-midnight',
      'generic-export-sheet-names',
      'blank-count-means-none',
    ],
  );

  // Her own cover: the facts the report has no field for. Municipality and period only in the filters.
  const F = 'Forside';
  p.sheet(F).set('A1', 'Implementeringsplan – mentor- og forældrecoachindsatsen (udtræk fra Power BI)');
  coverPairs(p, F, 3, [
    ['Fase', 'Fuld implementering', 'phase', 'full'],
    ['Koordinator', 'Lise Holm', 'coordinator'],
    ['Leder', 'Bente Juul', 'leader'],
  ]);
  p.sheet(F).set('A7', 'Kommune og halvår: se filtrene øverst på hvert udtræk.');
  p.sheet(F).width(1, 16).width(2, 30);

  // --- The activities' visual ----------------------------------------------------------------
  const A = 'Export';
  const s = p.sheet(A);
  filters(p, A, ['Kommune er Hørsholm', 'Halvår er 2027-H1']);
  p.fact('municipality', { v: '223', note: 'the filter line "Kommune er Hørsholm"' }, A, 'A2');
  p.fact('period', { v: '2027-H1', note: 'the filter line "Halvår er 2027-H1"' }, A, 'A3');
  s.row('A5', ['Tema', 'Første Aktivitet', 'Ansvarlig', 'Status', 'Antal af Aktivitet-ID', 'Tidligste Start', 'Seneste Frist', 'Sum af Timer']); // prettier-ignore
  [30, 46, 18, 14, 12, 16, 16, 12].forEach((w, i) => s.width(i + 1, w));
  const x = at(A);
  type R = readonly [string, string, string, string, number, string | null, string, number, Exp?];
  const ROWS: readonly (R | 'empty')[] = [
    ['Arbejdsproces og kultur', 'Faste sparringsmøder i korpset', 'Lise Holm', 'I gang', 1, '2027-01-11', '2027-06-28', 24],
    'empty',
    ['Inddragelse', 'Brugerpanel med unge', 'Lise Holm', 'Ikke startet', 1, '2027-03-01', '2027-05-31', 12],
    ['Inddragelse', 'Dialogmøde med forældrerådet', 'Jonas Frost', 'Ikke startet', 1, null, '2027-04-20', 6],
    ['Inddragelse', 'Forældrecafé på skolerne', 'Jonas Frost', 'I gang', 1, '2027-02-01', '2027-06-10', 10],
    ['Kommunikation', 'Informationsbrev til skoler og dagtilbud', 'Lise Holm', 'Gennemført', 1, '2027-01-04', '2027-01-29', 8],
    ['Kommunikation', 'Oplæg på skoleledermøde', 'Lise Holm', 'Ikke startet', 2, '2027-02-09', '2027-05-18', 6,
      { v: 'Oplæg på skoleledermøde', flag: true, note: 'the row counts two activities (Antal af Aktivitet-ID 2): only the first is named, the dates are the earliest start and latest deadline of the two' }],
    ['Ledelse', 'Budgetopfølgning for korpset', 'Bente Juul', 'I gang', 1, '2027-03-01', '2027-06-15', 5],
    ['Ledelse', 'Styregruppemøde om mål for korpset', 'Bente Juul', 'Gennemført', 1, null, '2027-01-26', 3],
    ['Opfølgning på dokumentation', 'Månedlig registrering i dokumentationsplatformen', 'Jonas Frost', 'I gang', 1, '2027-01-04', '2027-06-30', 18],
    ['Opkvalificering', 'LAT-kursus for nye mentorer', 'Nationalt center', 'I gang', 1, '2027-02-01', '2027-04-30', 40],
    ['Organisering, roller og ansvar', 'Samarbejdsaftale med PPR', 'Bente Juul', 'Gennemført', 1, '2027-01-11', '2027-02-26', 4],
  ]; // prettier-ignore
  let r = 5;
  let count = 0;
  let hours = 0;
  for (const row of ROWS) {
    r++;
    if (row === 'empty') {
      s.set(`A${r}`, 'Evaluering og tilpasning');
      p.notActivity(A, r, 'a theme shown with no data ("Vis elementer uden data"): no activity');
      continue;
    }
    const [tema, akt, ans, status, n, start, frist, timer, aktRead] = row;
    s.row(`A${r}`, [tema, akt, ans, status, n, start ? d(start) : null, d(frist), timer]);
    count += n;
    hours += timer;
    p.activity(A, r, {
      theme: x(TH[tema]!, `A${r}`),
      activity: x(aktRead ?? akt, `B${r}`),
      status: x(ST[status]!, `D${r}`),
      start: x(start, `F${r}`),
      deadline: x(frist, `G${r}`),
      responsible: x(ans, `C${r}`),
    });
  }
  r++;
  s.row(`A${r}`, ['Total', null, null, null, count, d('2027-01-04'), d('2027-06-30'), hours]);
  p.notActivity(A, r, "Power BI's Total row: no activity");

  // --- The corps' visual ---------------------------------------------------------------------
  const K = 'Export (2)';
  const k = p.sheet(K);
  filters(p, K, ['Kommune er Hørsholm', 'Aktiv i korpset er Sand']);
  k.row('A5', ['Initialer', 'Rolle', 'Sum af Timer pr. uge', 'Antal af Forløb-ID']);
  [12, 26, 20, 20].forEach((w, i) => k.width(i + 1, w));
  const MEMBERS: readonly (readonly [string, string, string, number, number | null])[] = [
    ['HN', 'Forældrecoach', 'parent_coach', 6, 2],
    ['KB', 'Mentor', 'mentor', 8, 3],
    ['ML', 'Mentor', 'mentor', 4, null],
    ['RS', 'Mentor og forældrecoach', 'both', 12, 5],
  ];
  r = 5;
  for (const [ini, rolle, role, h, c] of MEMBERS) {
    r++;
    k.row(`A${r}`, [ini, rolle, h, c]);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [h, `C${r}`],
      activeCases: [
        c ?? {
          v: 0,
          note: 'Power BI shows a count of no rows as blank: no cases (the cell is empty, so the place is the member)',
        },
        c === null ? `A${r}` : `D${r}`,
      ],
    });
  }
  r++;
  k.row(`A${r}`, ['Total', null, 30, 10]);

  // --- The indicators' visual ----------------------------------------------------------------
  const I = 'Export (3)';
  const ind = p.sheet(I);
  filters(p, I, ['Kommune er Hørsholm', 'Halvår er 2027-H1']);
  ind.row('A5', [
    'Indikator',
    'Enhed',
    'Sum af Udgangspunkt',
    'Sum af Mål',
    'Sum af Resultat',
    'Antal af Forløb-ID',
  ]);
  [40, 10, 20, 12, 16, 18].forEach((w, i) => ind.width(i + 1, w));
  const INDS: readonly (readonly [string, number, number, number, number])[] = [
    ['Aktive mentorforløb', 8, 15, 11, 11],
    ['Forløb afsluttet i perioden', 2, 6, 4, 4],
    ['Unge startet på en ungdomsuddannelse', 1, 5, 3, 3],
  ];
  r = 5;
  for (const [name, base, target, result, n] of INDS) {
    r++;
    ind.row(`A${r}`, [name, 'Antal', base, target, result, n]);
    p.indicatorRow(I, r, {
      name: [name, `A${r}`],
      unit: ['count', `B${r}`],
      baseline: [base, `C${r}`],
      target: [target, `D${r}`],
      result: [result, `E${r}`],
      cases: [n, `F${r}`],
    });
  }
  r++;
  ind.row(`A${r}`, ['Total', null, 11, 26, 18, 18]);

  checklistSheet(
    p,
    'Huskeliste',
    {
      F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'yes',
      L1: 'yes', L2: 'partly', L3: 'yes', L4: 'yes', L5: 'partly', L6: ['no', 'Afventer nyt fagsystem'], L7: 'yes', L8: 'partly',
    },
    false,
  ); // prettier-ignore
  return p;
}
