// Greve (held out, fifth round): the plan is split over two sheets, "Aktiviteter" and
// "Aktiviteter (fortsat)", the header repeated on the second; the responsible are e-mail addresses
// (one cell with two, joined by ";"); a "Gammel status" column (last round's) stands beside
// "Status", and a hidden column still holds last year's statuses; dates are text in the
// coordinator's shorthand ("mar-27", "H1 2027", "Q2", "senest 1/4", "2027-05"). Hand-built package.

import { PlanBuilder, type Exp } from '../build/plan';
import type { TableRow } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  Organisering: 'organisation_roles',
  Dokumentation: 'documentation',
  Evaluering: 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Færdig: 'done',
  Aflyst: 'closed',
};
const NAMES: Record<string, string> = {
  'bente.lund@greve.dk': 'Bente Lund',
  'kim.rask@greve.dk': 'Kim Rask',
  'ole.fog@greve.dk': 'Ole Fog',
};

// [theme, activity, responsible (e-mail), when, status, old status, last year's, start, deadline]
type R = [string, string, string, string, string, string, string, string | null, string | null];

function rows(list: readonly R[]): TableRow[] {
  return list.map(([tema, akt, mail, when, st, old, ly, start, deadline]) => {
    const alt = mail
      .split(';')
      .map((m) => NAMES[m.trim()] ?? m.trim())
      .join(', ');
    const resp: Exp = { v: mail, alt: [alt, mail.replace(/;\s*/g, ', ')] };
    return {
      cells: { tema, akt: { v: akt, s: WRAP }, ans: mail, hv: when, st, gl: old, ly },
      x: { theme: TH[tema]!, status: ST[st]!, start, deadline, responsible: resp },
    };
  });
}

const COLUMNS = [
  { key: 'tema', header: 'Tema', width: 16 },
  { key: 'akt', header: 'Aktivitet', width: 44 },
  { key: 'ans', header: 'Ansvarlig', width: 30 },
  { key: 'hv', header: 'Hvornår', width: 12 },
  { key: 'st', header: 'Status', width: 12 },
  { key: 'gl', header: 'Gammel status', width: 12 },
  { key: 'ly', header: 'Status 2026', width: 12 },
];
const FIELDS = { theme: 'tema', activity: 'akt', responsible: 'ans', when: 'hv', status: 'st' } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p49-greve-fortsat-ark-e-mail-gammel-status',
    'hand-built',
    'Greve: the plan over two sheets ("Aktiviteter", "Aktiviteter (fortsat)") with the header repeated; responsible as e-mail addresses; "Gammel status" beside "Status" and a hidden column of last year\'s statuses; text dates "mar-27", "H1 2027", "Q2", "senest 1/4", "2027-05".',
    [
      'plan-continued-on-second-sheet',
      'repeated-header-row',
      'responsible-e-mail',
      'responsible-several-people',
      'old-status-column',
      'hidden-columns',
      'month-abbrev-two-digit-year',
      'month-iso-text',
      'half-year',
      'quarter',
      'senest-day-month',
    ],
  );
  const A = 'Aktiviteter';
  const a = p.sheet(A);
  a.set('A1', 'Greve Kommune · Mentorkorps · Handleplan 2027', TITLE);
  a.set('A2', 'Koordinator: Bente Lund · Periode: 1. halvår 2027');
  p.fact('municipality', '253', A, 'A1');
  p.fact('coordinator', 'Bente Lund', A, 'A2');
  p.fact('period', '2027-H1', A, 'A2');
  const first: R[] = [
    ['Ledelse', 'Styregruppen godkender handleplanen', 'kim.rask@greve.dk', 'jan-27', 'Færdig', 'I gang', 'Færdig', null, '2027-01-31'],
    ['Ledelse', 'Ledermøde om tid til forløb', 'kim.rask@greve.dk', 'senest 1/4', 'I gang', 'Ikke startet', 'I gang', null, '2027-04-01'],
    ['Kommunikation', 'Pjece til forældre om forældrecoaching', 'bente.lund@greve.dk', 'mar-27', 'I gang', 'I gang', 'Ikke startet', null, '2027-03-31'],
    ['Kommunikation', 'Oplæg på skoleledermøde', 'bente.lund@greve.dk; kim.rask@greve.dk', '2027-02', 'Færdig', 'Ikke startet', '', null, '2027-02-28'],
    ['Inddragelse', 'Interview med fem unge i forløb', 'ole.fog@greve.dk', 'Q2', 'Ikke startet', 'Ikke startet', '', null, '2027-06-30'],
    ['Opkvalificering', 'LAT-kursus for nye forældrecoaches', 'ole.fog@greve.dk', 'feb-27', 'Færdig', 'I gang', 'Færdig', null, '2027-02-28'],
  ]; // prettier-ignore
  p.table({ sheet: A, headerRow: 4, headerStyle: HEAD, columns: COLUMNS, fields: FIELDS, rows: rows(first) });
  a.hiddenCols.add(7);

  const B = 'Aktiviteter (fortsat)';
  const b = p.sheet(B);
  const second: R[] = [
    ['Opkvalificering', 'Supervision af mentorgruppen hver måned', 'ole.fog@greve.dk', 'H1 2027', 'I gang', 'I gang', 'I gang', null, '2027-06-30'],
    ['Organisering', 'Fordeling af henvisninger mellem mentorerne', 'bente.lund@greve.dk', '2027-03', 'I gang', 'Ikke startet', '', null, '2027-03-31'],
    ['Dokumentation', 'Registrering af fremmøde i fagsystemet', 'ole.fog@greve.dk', 'apr-27', 'Ikke startet', 'Ikke startet', 'Aflyst', null, '2027-04-30'],
    ['Dokumentation', 'Kvartalsudtræk til styregruppen', 'bente.lund@greve.dk', 'Q1', 'Aflyst', 'I gang', '', null, '2027-03-31'],
    ['Evaluering', 'Halvårsstatus og justering af planen', 'bente.lund@greve.dk', 'jun-27', 'Ikke startet', 'Ikke startet', 'Færdig', null, '2027-06-30'],
  ]; // prettier-ignore
  p.table({
    sheet: B,
    headerRow: 1,
    headerStyle: HEAD,
    columns: COLUMNS,
    fields: FIELDS,
    rows: rows(second),
  });
  b.hiddenCols.add(7);
  return p;
}
