// Hjørring: one sheet with two plan tables, one per year, each under its own year heading and with
// the header row repeated; statuses picked from a numbered list ("1 - Ikke startet", "2 - I gang",
// "3 - Gennemført", "4 - Ændret"); dates typed the way Danes write them by hand ("1/3-27" for
// 1 March 2027, "marts '27" for the month); activities written over several lines (Alt+Enter) with
// bullet lists. The cover is a form with each label above its value. Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import { PlanBuilder, type TableRow } from '../build/plan';
import { BOLD, HEAD, TITLE, WRAP } from './common';

const YEAR: Style = { bold: true, size: 13 };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p26-hjoerring-to-aar-et-ark-nummererede-status',
    'libreoffice-fods',
    'Hjørring: two tables on one sheet (one per year) with a repeated header row, numbered status list values, hand-written dates "1/3-27" and "marts \'27", multi-line activity cells with bullets, cover labels above their values.',
    [
      'two-tables-one-sheet',
      'repeated-header-row',
      'status-numbered-list',
      'dates-d-slash-m-dash-yy',
      'month-apostrophe-year',
      'multi-line-bullets',
      'cover-label-above-value',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Mentor- og forældrecoachkorpset i Hjørring', TITLE);
  f.set('A3', 'Kommune', BOLD).set('A4', 'Hjørring Kommune');
  f.set('A6', 'Periode', BOLD).set('A7', '1. halvår 2027');
  f.set('A9', 'Fase', BOLD).set('A10', 'Fuld implementering');
  f.set('A12', 'Koordinator', BOLD).set('A13', 'Mette Kragh');
  f.set('A15', 'Ansvarlig leder', BOLD).set('A16', 'Søren Dam');
  f.width(1, 40);
  p.fact('municipality', '860', 'Forside', 'A4');
  p.fact('period', '2027-H1', 'Forside', 'A7');
  p.fact('phase', 'full', 'Forside', 'A10');
  p.fact('coordinator', 'Mette Kragh', 'Forside', 'A13');
  p.fact('leader', 'Søren Dam', 'Forside', 'A16');

  const s = p.sheet('Plan');
  s.set('A1', 'Handleplan 2026-2027', TITLE);
  const ST: Record<string, string> = {
    '1 - Ikke startet': 'not_started',
    '2 - I gang': 'in_progress',
    '3 - Gennemført': 'done',
    '4 - Ændret': 'changed',
  };
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
  const columns = [
    { key: 'tema', header: 'Tema', width: 26 },
    { key: 'akt', header: 'Aktivitet', width: 48 },
    { key: 'ans', header: 'Ansvarlig', width: 18 },
    { key: 'start', header: 'Start', width: 10 },
    { key: 'slut', header: 'Slut', width: 10 },
    { key: 'st', header: 'Status', width: 18 },
  ];
  const fields = {
    theme: 'tema',
    activity: 'akt',
    responsible: 'ans',
    start: 'start',
    deadline: 'slut',
    status: 'st',
  } as const;
  type R = [string, string, string, string | null, string, string, string | null, string];
  const toRows = (rs: R[]): TableRow[] =>
    rs.map(([tema, akt, ans, start, slut, st, xs, xd]) => ({
      cells: { tema, akt: { v: akt, s: WRAP }, ans, start: start ?? undefined, slut, st },
      x: { theme: TH[tema]!, status: ST[st]!, start: xs, deadline: xd },
    }));

  s.set('A3', '2026', YEAR);
  const y2026: R[] = [
    [
      'Ledelse',
      'Styregruppen nedsættes',
      'Søren Dam',
      '1/9-26',
      '30/9-26',
      '3 - Gennemført',
      '2026-09-01',
      '2026-09-30',
    ],
    [
      'Kommunikation',
      'Informationsmøder:\n• skoleledere\n• sundhedsplejen\n• jobcentret',
      'Mette Kragh',
      '1/10-26',
      '15/11-26',
      '3 - Gennemført',
      '2026-10-01',
      '2026-11-15',
    ],
    [
      'Opkvalificering',
      'Fire mentorer på LAT-uddannelse',
      'Mette Kragh',
      null,
      '10/12-26',
      '3 - Gennemført',
      null,
      '2026-12-10',
    ],
    [
      'Organisering, roller og ansvar',
      'Rollebeskrivelser\n- koordinator\n- mentorer',
      'Søren Dam',
      '15/9-26',
      '31/10-26',
      '4 - Ændret',
      '2026-09-15',
      '2026-10-31',
    ],
    [
      'Inddragelse',
      'Interview med fem familier om behov',
      'Mette Kragh',
      '1/11-26',
      '18/12-26',
      '2 - I gang',
      '2026-11-01',
      '2026-12-18',
    ],
  ];
  const end2026 = p.table({
    sheet: 'Plan',
    headerRow: 4,
    headerStyle: HEAD,
    columns,
    fields,
    rows: toRows(y2026),
  });

  const yearRow = end2026 + 2;
  s.set(`A${yearRow}`, '2027', YEAR);
  const y2027: R[] = [
    [
      'Ledelse',
      'Ledelsen fastsætter mål for 2027',
      'Søren Dam',
      '4/1-27',
      '29/1-27',
      '2 - I gang',
      '2027-01-04',
      '2027-01-29',
    ],
    [
      'Kommunikation',
      'Nyhedsbrev til samarbejdspartnere',
      'Mette Kragh',
      null,
      "marts '27",
      '1 - Ikke startet',
      null,
      '2027-03-31',
    ],
    [
      'Arbejdsproces og kultur',
      'Temadag om LAT-metoden\n• oplæg ved Nationalt Center\n• erfaringer fra mentorerne',
      'Mette Kragh',
      '1/3-27',
      '1/3-27',
      '1 - Ikke startet',
      '2027-03-01',
      '2027-03-01',
    ],
    [
      'Opfølgning på dokumentation',
      'Halvårsopgørelse af forløb',
      'Mette Kragh',
      null,
      "juni '27",
      '1 - Ikke startet',
      null,
      '2027-06-30',
    ],
    [
      'Evaluering og tilpasning',
      'Evaluering med korpset og styregruppen',
      'Søren Dam',
      '1/5-27',
      '24/6-27',
      '1 - Ikke startet',
      '2027-05-01',
      '2027-06-24',
    ],
  ];
  p.table({ sheet: 'Plan', headerRow: yearRow + 1, headerStyle: HEAD, columns, fields, rows: toRows(y2027) });
  return p;
}
