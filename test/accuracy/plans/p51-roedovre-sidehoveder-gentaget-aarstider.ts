// Rødovre (held out, fifth round): a plan laid out for printing inside one sheet: every "page"
// starts with the header row again and ends with a "Side n af 3" line; the cover facts are one
// cell with line breaks ("Kommune: Rødovre⏎Koordinator: …⏎Periode: 2027"); times are written as
// "Q1/Q2", "H1 2027", "mar-27", "uge 10–12" and "forår 2027" (a season: no date, to be checked).
// Written by SheetJS.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { TableRow } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  Opkvalificering: 'upskilling',
  Dokumentation: 'documentation',
  Evaluering: 'evaluation',
};
const ST: Record<string, string> = {
  Planlagt: 'not_started',
  Igangsat: 'in_progress',
  Afsluttet: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p51-roedovre-sidehoveder-gentaget-aarstider',
    'sheetjs',
    'Rødovre: a print layout in one sheet (the header repeated at the top of every page, "Side n af 3" lines), the cover facts in one cell with line breaks, times as "Q1/Q2", "H1 2027", "mar-27", "uge 10–12" and "forår 2027".',
    [
      'print-pages-repeated-header',
      'page-footer-lines',
      'cover-one-cell-line-breaks',
      'quarter-range-slash',
      'half-year',
      'month-abbrev-two-digit-year',
      'week-range',
      'vague-time',
    ],
  );
  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Implementeringsplan – Det landsdækkende mentorkorps', TITLE);
  s.set('A2', { v: 'Kommune: Rødovre\nKoordinator: Louise Dam\nPeriode: 2027', s: WRAP });
  p.fact('municipality', '175', S, 'A2');
  p.fact('coordinator', 'Louise Dam', S, 'A2');
  // A whole year: the period is a half-year, and a reader cannot tell which.
  p.fact('period', unsure(null, '"Periode: 2027": a whole year, not a half-year; to be checked'), S, 'A2');
  const header = ['Tema', 'Aktivitet', 'Ansvarlig', 'Hvornår', 'Status'];
  // [theme, activity, responsible, when, status, start, deadline]
  type R = [string, string, string, string, string, string | null, Exp];
  const pages: R[][] = [
    [
      ['Ledelse', 'Kickoff med ledergruppen', 'Martin Lund', 'mar-27', 'Afsluttet', null, '2027-03-31'],
      ['Ledelse', 'Halvårlig ledelsesopfølgning', 'Martin Lund', 'H1 2027', 'Igangsat', null, '2027-06-30'],
      ['Kommunikation', 'Infofolder til samarbejdspartnere', 'Louise Dam', 'Q1/Q2', 'Igangsat', '2027-01-01', '2027-06-30'],
      ['Kommunikation', 'Fælles møde med PPR', 'Louise Dam', 'uge 10–12', 'Planlagt', '2027-03-08', '2027-03-28'],
    ],
    [
      ['Inddragelse', 'Brugerpanel med forældre', 'Sara Nissen', 'forår 2027', 'Planlagt', null, unsure(null, '"forår 2027": a season, no date; to be checked')],
      ['Arbejdsproces og kultur', 'Fast sparringsmøde i mentorgruppen', 'Sara Nissen', 'Q1/Q2', 'Igangsat', '2027-01-01', '2027-06-30'],
      ['Opkvalificering', 'Opfølgningskursus i LAT', 'Nationalt center', 'apr-27', 'Planlagt', null, '2027-04-30'],
      ['Opkvalificering', 'Introduktion af nye forældrecoaches', 'Louise Dam', 'feb-27', 'Afsluttet', null, '2027-02-28'],
    ],
    [
      ['Dokumentation', 'Månedlig registrering af forløb', 'Sara Nissen', 'H1 2027', 'Igangsat', null, '2027-06-30'],
      ['Evaluering', 'Status til Børne- og Skoleudvalget', 'Martin Lund', 'jun-27', 'Planlagt', null, '2027-06-30'],
    ],
  ]; // prettier-ignore
  let headerRow = 4;
  pages.forEach((page, n) => {
    const rows: TableRow[] = page.map(([tema, akt, ans, hv, st, start, deadline]) => ({
      cells: { tema, akt, ans, hv, st },
      x: { theme: TH[tema]!, status: ST[st]!, start, deadline },
    }));
    rows.push({ blank: true });
    rows.push({ not: `the page footer line`, cells: { tema: `Side ${n + 1} af 3` } });
    const last = p.table({
      sheet: S,
      headerRow,
      headerStyle: HEAD,
      columns: header.map((h, i) => ({
        key: ['tema', 'akt', 'ans', 'hv', 'st'][i]!,
        header: h,
        width: [22, 44, 20, 14, 12][i],
      })),
      fields: { theme: 'tema', activity: 'akt', responsible: 'ans', when: 'hv', status: 'st' },
      rows,
    });
    if (n > 0) p.notActivity(S, headerRow, 'the header repeated at the top of the page');
    headerRow = last + 2;
  });
  return p;
}
