// Viborg (held out, twenty-fourth round: the Excel of Microsoft 365 as it is in 2026). A confident
// coordinator keeps the activities as raw data in a table on "Data" (ID, TemaNr 1–8, Aktivitet, Ans
// as initials, Frist, StatusNr 1–5), the lists on "Lister" (themes, statuses, staff), and the plan
// the board reads on "Plan": one dynamic-array formula in A4, =LET(d,SORTBY(tblAktiviteter,…),
// HSTACK(TemaNavn(…),…)), spilled over A4:E12, sorted by deadline, with the codes turned into words
// by LAMBDA functions kept as workbook names (TemaNavn, StatusNavn, Medarbejder). Excel saves the
// first cell with cm="1" and the XLDAPR cell metadata, the rest as the spill's plain values. The
// plan view is the only readable copy: the "Data" rows are codes. One activity's status code is
// missing on "Data", so the view shows "" for it. Hand-built.

import { PlanBuilder, type Exp } from '../build/plan';
import type { Cell } from '../build/model';
import { HEAD, TITLE, DMY } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs, M365 } from './round24';

const THEMES = [
  'Ledelse',
  'Kommunikation',
  'Inddragelse',
  'Arbejdsproces og kultur',
  'Organisering, roller og ansvar',
  'Opkvalificering',
  'Opfølgning på dokumentation',
  'Evaluering og tilpasning',
] as const;
const THEME_ID = ['leadership', 'communication', 'involvement', 'process_culture', 'organisation_roles', 'upskilling', 'documentation', 'evaluation']; // prettier-ignore
const STATUSES = ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket'] as const;
const STATUS_ID = ['not_started', 'in_progress', 'done', 'changed', 'closed'];
const STAFF: Record<string, string> = {
  KM: 'Kirsten Mogensen',
  JN: 'Jakob Nygaard',
  FA: 'Fatima Ali',
  EB: 'Erik Bundgaard',
};

// [id, theme no., activity, initials, deadline, status no. (0: not filled in)]
type R = readonly [number, number, string, string, string, number];
const DATA: readonly R[] = [
  [1, 1, 'Styregruppens opstartsmøde', 'KM', '2027-01-19', 3],
  [2, 2, 'Pressemeddelelse om korpset', 'JN', '2027-02-05', 3],
  [3, 6, 'Uddannelsesdage for mentorer (modul 1–3)', 'FA', '2027-04-29', 2],
  [4, 3, 'Inddragelse af ungerådet i forløbsdesignet', 'JN', '2027-03-18', 2],
  [5, 5, 'Beskrivelse af snitflader til myndighed', 'KM', '2027-02-26', 4],
  [6, 4, 'Sparringsmøder mellem mentorer hver anden uge', 'FA', '2027-06-30', 2],
  [7, 7, 'Opfølgningsskema i fagsystemet', 'EB', '2027-03-31', 0],
  [8, 8, 'Evalueringsseminar for ledere og mentorer', 'KM', '2027-06-17', 1],
  [9, 2, 'Nyhedsbrev nr. 2 til samarbejdspartnere', 'JN', '2027-05-12', 1],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p128-viborg-dynamisk-matrix-let-lambda-kodet-raadata',
    'hand-built',
    'Viborg: raw coded data in a table on "Data" (TemaNr, Ans as initials, StatusNr), lists on "Lister", and the readable plan on "Plan" as one spilled dynamic-array formula (=LET(…SORTBY…HSTACK…), cm="1", XLDAPR metadata) using LAMBDA functions kept as workbook names; the plan view is the only readable copy; one status code missing.',
    [
      'dynamic-array-plan-view-let-sortby-hstack',
      'lambda-functions-as-defined-names',
      'raw-data-sheet-of-codes',
      'plan-view-sorted-other-order-than-data',
      'empty-status-in-spill',
    ],
  );
  p.wb.app = M365;

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Viborg Kommune · Mentor- og forældrecoachkorps', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Viborg', 'municipality', '791'],
    ['Periode', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Fuld implementering', 'phase', 'full'],
    ['Koordinator', 'Kirsten Mogensen', 'coordinator'],
    ['Leder', 'Anders Bech', 'leader'],
  ]);
  f.width(1, 18).width(2, 36);

  // The plan view first, as the board opens the file on it.
  const P = 'Plan';
  const v = p.sheet(P);
  v.set('A1', 'Implementeringsplan 1. halvår 2027 (opdateres automatisk fra Data)', TITLE);
  v.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], HEAD);
  v.width(1, 30).width(2, 48).width(3, 20).width(4, 12).width(5, 14);

  const D = 'Data';
  const d = p.sheet(D);
  d.row('A1', ['ID', 'TemaNr', 'Aktivitet', 'Ans', 'Frist', 'StatusNr'], HEAD);
  d.width(3, 48).width(5, 12);
  DATA.forEach(([id, tema, akt, ans, frist, st], i) => {
    const r = 2 + i;
    d.row(`A${r}`, [id, tema, akt, ans]);
    d.set(`E${r}`, { v: { date: frist }, s: DMY });
    if (st) d.set(`F${r}`, st);
    p.notActivity(
      D,
      r,
      `raw data in codes: the activity is read from its row on "Plan", where the view shows it in words`,
    );
  });
  d.table = { name: 'tblAktiviteter', ref: `A1:F${1 + DATA.length}` };

  const L = 'Lister';
  const l = p.sheet(L);
  l.row('A1', ['Temaer', '', 'Status', '', 'Medarbejdere'], HEAD);
  l.row('A2', ['Nr', 'Tema', 'Nr', 'Status', 'Initialer', 'Navn'], HEAD);
  THEMES.forEach((t, i) => l.row(`A${3 + i}`, [i + 1, t]));
  STATUSES.forEach((s, i) => l.row(`C${3 + i}`, [i + 1, s]));
  Object.entries(STAFF).forEach(([ini, name], i) => l.row(`E${3 + i}`, [ini, name]));

  p.wb.names.push(
    ['TemaNavn', '_xlfn.LAMBDA(_xlpm.n,_xlfn.XLOOKUP(_xlpm.n,Lister!$A$3:$A$10,Lister!$B$3:$B$10,""))'],
    ['StatusNavn', '_xlfn.LAMBDA(_xlpm.n,_xlfn.XLOOKUP(_xlpm.n,Lister!$C$3:$C$7,Lister!$D$3:$D$7,""))'],
    ['Medarbejder', '_xlfn.LAMBDA(_xlpm.i,_xlfn.XLOOKUP(_xlpm.i,Lister!$E$3:$E$6,Lister!$F$3:$F$6,_xlpm.i))'],
  );

  // The spill: sorted by deadline.
  const sorted = [...DATA].sort((a, b) => a[4].localeCompare(b[4]));
  // The row on "Data" each row of the view shows (a copy that lost the view is read from there).
  const dataRow = (id: number): number => 2 + DATA.findIndex((row) => row[0] === id);
  const formula =
    '_xlfn.LET(_xlpm.d,_xlfn.SORTBY(tblAktiviteter,tblAktiviteter[Frist]),' +
    '_xlfn.HSTACK(_xlfn.MAP(_xlfn.CHOOSECOLS(_xlpm.d,2),TemaNavn),_xlfn.CHOOSECOLS(_xlpm.d,3),' +
    '_xlfn.MAP(_xlfn.CHOOSECOLS(_xlpm.d,4),Medarbejder),_xlfn.CHOOSECOLS(_xlpm.d,5),' +
    '_xlfn.MAP(_xlfn.CHOOSECOLS(_xlpm.d,6),StatusNavn)))';
  const x = at(P);
  sorted.forEach(([id, tema, akt, ans, frist, st], i) => {
    const r = 4 + i;
    const first: Cell = { v: THEMES[tema - 1]!, f: formula, spill: `A4:E${3 + sorted.length}` };
    v.set(`A${r}`, i === 0 ? first : THEMES[tema - 1]!);
    v.set(`B${r}`, akt).set(`C${r}`, STAFF[ans]!);
    v.set(`D${r}`, { v: { date: frist }, s: DMY });
    // An empty status code gives "" in the spill: Excel saves an empty text.
    v.set(`E${r}`, st ? STATUSES[st - 1]! : '');
    const status: Exp = st ? STATUS_ID[st - 1]! : null;
    p.activity(
      P,
      r,
      {
        theme: x(THEME_ID[tema - 1]!, `A${r}`),
        activity: x(akt, `B${r}`),
        status: x(status, `E${r}`),
        start: x(null, `D${r}`),
        deadline: x(frist, `D${r}`),
        responsible: x(STAFF[ans]!, `C${r}`),
      },
      { sheet: D, row: dataRow(id) },
    );
  });

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'partly', L5: 'yes', L6: ['partly', 'Datadeling afklares med jura'], L7: 'no', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['FA', 'mentor', 'Ungeindsatsen', 14, 5],
    ['TH', 'mentor', 'Jobcenter', 10, 3],
    ['MR', 'parent_coach', 'Familieafsnittet', 8, 2],
    ['LS', 'parent_coach', 'PPR', 6, 2],
    ['OB', 'both', 'Familieafsnittet', 18, 6],
  ]);
  return p;
}
