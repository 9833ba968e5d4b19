// Silkeborg (held out, forty-second round): a plan that CARRIES ITS HISTORY — the coordinator never
// deletes anything. One running sheet "Løbende plan" where each half-year has a status column of its
// own to the right ("Status 1. halvår 2026 | Status 2. halvår 2026 | Status 1. halvår 2027"), the
// older group greyed, the newest column ready for next half-year (one cell typed ahead); and the
// deadline kept twice: "Oprindelig frist" and "Ny frist", Ny frist empty for most rows. The cover
// names 2. halvår 2026. LibreOffice (flat ODS).
//
// A careful reader takes each row's status from the column of the half-year reported (2. halvår
// 2026); where that cell is empty and the row was finished in an earlier half-year (Gennemført in
// 1. halvår 2026, never copied over), the newest filled status up to the period — the coordinator
// left it because it was done. A status typed ahead in the 1. halvår 2027 column is no status yet.
// The deadline is "Ny frist" where filled, else "Oprindelig frist"; the old deadline is history.

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, HEAD_GREY, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Row {
  readonly tema: string;
  readonly akt: string;
  readonly ans: string;
  readonly start?: string;
  readonly opr: string;
  readonly ny?: string;
  readonly h1?: string;
  readonly h2?: string;
  readonly next?: string;
  readonly note?: string;
}

const ROWS: readonly Row[] = [
  { tema: 'Ledelse', akt: 'Styregruppemøde hvert kvartal', ans: 'Mette Kjær', start: '2026-02-01', opr: '2026-12-15', h1: 'I gang', h2: 'I gang' },
  { tema: 'Opkvalificering', akt: 'Grunduddannelse af mentorer, hold 1', ans: 'Lars Vind', start: '2026-03-02', opr: '2026-06-30', ny: '2026-09-30', h1: 'I gang', h2: 'Gennemført', note: 'Sidste modul flyttet af centret' },
  { tema: 'Kommunikation', akt: 'Informationsmøde for skoleledere', ans: 'Mette Kjær', opr: '2026-05-20', h1: 'Gennemført' },
  { tema: 'Inddragelse', akt: 'Forældrepanel om forløbene', ans: 'Sanne Holt', start: '2026-09-01', opr: '2026-11-30', h2: 'I gang' },
  { tema: 'Opfølgning på dokumentation', akt: 'Fælles registrering i fagsystemet', ans: 'Lars Vind', opr: '2026-06-30', ny: '2026-12-31', h1: 'Ikke startet', h2: 'I gang', note: 'Afventer ny version af systemet' },
  { tema: 'Organisering, roller og ansvar', akt: 'Aftale om supervision med PPR', ans: 'Sanne Holt', opr: '2026-10-31', h2: 'Gennemført' },
  { tema: 'Arbejdsproces og kultur', akt: 'Faste matchmøder mellem mentor og familie', ans: 'Lars Vind', start: '2026-04-01', opr: '2026-12-31', h1: 'I gang', h2: 'I gang' },
  { tema: 'Evaluering og tilpasning', akt: 'Midtvejsevaluering med forældre og mentorer', ans: 'Mette Kjær', opr: '2026-11-15', ny: '2027-02-26', h1: 'Ikke startet', h2: 'I gang' },
  { tema: 'Opkvalificering', akt: 'Temadag om forældresamarbejde', ans: 'Sanne Holt', opr: '2027-03-12', h2: 'Ikke startet', next: 'I gang' },
  { tema: 'Kommunikation', akt: 'Nyhedsbrev til samarbejdspartnere', ans: 'Mette Kjær', opr: '2026-12-01', h2: 'Ikke startet' },
  { tema: 'Ledelse', akt: 'Budgetopfølgning med direktionen', ans: 'Mette Kjær', opr: '2026-04-30', h1: 'Gennemført', note: 'Godkendt 28/4' },
]; // prettier-ignore

const THEME: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

const GREYED = { fill: { rgb: 'D9D9D9' } } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p165-silkeborg-halvaarsgrupper-til-hoejre-oprindelig-og-ny-frist',
    'libreoffice-fods',
    'Silkeborg: a running plan that keeps its history: one status column per half-year to the right ("Status 1. halvår 2026 | Status 2. halvår 2026 | Status 1. halvår 2027"), the older column greyed, one status typed ahead in next half-year\'s column, two rows done in 1. halvår 2026 with the 2. halvår cell left empty; deadlines kept as "Oprindelig frist" and "Ny frist" with Ny frist empty for most rows; the cover names 2. halvår 2026.',
    [
      'status-column-per-half-year',
      'status-from-reported-half-year-column',
      'status-done-earlier-half-year-not-copied',
      'status-typed-ahead-next-half-year',
      'older-half-year-greyed',
      'original-and-new-deadline-columns',
      'new-deadline-mostly-empty',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachkorpset i Silkeborg', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Silkeborg Kommune', 'municipality', '740'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Mette Kjær', 'coordinator'],
    ['Leder', 'Poul Ravn', 'leader'],
  ]);

  const S = 'Løbende plan';
  const s = p.sheet(S);
  s.width(1, 28).width(2, 46).width(3, 14).width(4, 12).width(5, 13).width(6, 13);
  s.width(7, 14).width(8, 14).width(9, 14).width(10, 30);
  s.set('A1', 'Silkeborg Kommune – løbende implementeringsplan (intet slettes)', TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Oprindelig frist', 'Ny frist'], HEAD);
  s.set('G3', 'Status 1. halvår 2026', HEAD_GREY);
  s.row('H3', ['Status 2. halvår 2026', 'Status 1. halvår 2027', 'Bemærkning'], HEAD);
  const x = at(S);
  const date = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd.mm.yyyy' },
  });
  let r = 4;
  for (const row of ROWS) {
    s.set(`A${r}`, row.tema).set(`B${r}`, row.akt, WRAP).set(`C${r}`, row.ans);
    if (row.start) s.set(`D${r}`, date(row.start));
    s.set(`E${r}`, date(row.opr));
    if (row.ny) s.set(`F${r}`, date(row.ny));
    if (row.h1) s.set(`G${r}`, row.h1, GREYED);
    else s.set(`G${r}`, null, GREYED);
    if (row.h2) s.set(`H${r}`, row.h2);
    if (row.next) s.set(`I${r}`, row.next);
    if (row.note) s.set(`J${r}`, row.note, WRAP);
    const statusCell = row.h2 ? `H${r}` : `G${r}`;
    const statusWord = row.h2 ?? row.h1!;
    p.activity(S, r, {
      theme: x(THEME[row.tema]!, `A${r}`),
      activity: x(row.akt, `B${r}`),
      status: x(STATUS[statusWord]!, statusCell),
      start: x(row.start ?? null, `D${r}`),
      deadline: x(row.ny ?? row.opr, row.ny ? `F${r}` : `E${r}`),
      responsible: x(row.ans, `C${r}`),
    });
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'partly', L5: ['no', 'Registrering afventer fagsystemet'], L6: 'yes', L7: 'yes', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['LV', 'mentor', 'Ungeindsatsen', 10, 4],
    ['SH', 'parent_coach', 'Familieafsnittet', 12, 5],
    ['KB', 'both', 'PPR', 8, 3],
  ]);
  return p;
}
