// Halsnæs (held out, fortieth round): a plan kept by hand for the coming half-year with a
// "Gentages" column, because half of what the corps does is RECURRING: "hver måned", "hver 2. uge
// fra uge 10", "løbende", "kvartalsvis", "månedligt", "hver måned fra marts". For those the Frist
// cell is left empty (or holds "–"): a recurring activity has no single deadline, it runs through
// the half-year the cover names (1. halvår 2027). One-off activities say "Nej" or "1 gang" (or
// nothing) in Gentages and have a real Frist ("uge 20", a date); two recurring ones still have a
// Frist of their own ("30.04.2027", "juni 2027"), which is their end. LibreOffice (flat ODS).
//
// A careful reader takes a recurring activity with no Frist of its own as running to the end of the
// half-year (30 June 2027; flagged, since the plan never says so in the row), starting where the
// recurrence says ("fra uge 10": Monday 8 March 2027; "fra marts": 1 March 2027), else no start.
// An explicit Frist is the deadline as written, recurring or not.

import type { Value } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

const HALF_END = '2027-06-30';
const run = (why: string): Exp =>
  unsure(HALF_END, `recurring ${why}, no Frist of its own: runs to the end of the half-year the cover names`);

interface Act {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  readonly ans: string;
  readonly gentages: string;
  /** The Frist cell as written: a date, a text, or '' (left empty). */
  readonly frist: Value;
  readonly start: Exp;
  readonly deadline: Exp;
  readonly status: string;
  readonly x: Exp;
  readonly note?: string;
}

const d = (iso: string): Value => ({ date: iso });

const ACTS: readonly Act[] = [
  { tema: 'Ledelse', theme: 'leadership', akt: 'Styregruppemøde om korpsets mål for 2027', ans: 'Birthe Lund', gentages: 'Nej', frist: d('2027-02-15'), start: null, deadline: '2027-02-15', status: 'Ikke startet', x: 'not_started' },
  { tema: 'Arbejdsproces og kultur', theme: 'process_culture', akt: 'Netværksmøde for mentorerne', ans: 'Kasper Møller', gentages: 'hver måned', frist: '', start: null, deadline: run('"hver måned"'), status: 'I gang', x: 'in_progress', note: 'Første onsdag i måneden' },
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'Supervision af forældrecoaches', ans: 'Nadia Berg', gentages: 'hver 2. uge fra uge 10', frist: '', start: '2027-03-08', deadline: run('"hver 2. uge fra uge 10"'), status: 'Ikke startet', x: 'not_started', note: 'Ekstern supervisor' },
  { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Registreringer i dokumentationsplatformen gennemgås', ans: 'Birthe Lund', gentages: 'løbende', frist: '', start: null, deadline: run('"løbende"'), status: 'I gang', x: 'in_progress' },
  { tema: 'Ledelse', theme: 'leadership', akt: 'Status til direktionen', ans: 'Birthe Lund', gentages: 'kvartalsvis', frist: '', start: null, deadline: run('"kvartalsvis"'), status: 'I gang', x: 'in_progress' },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Åbent hus for forældre i Frederiksværk', ans: 'Nadia Berg', gentages: 'hver uge (tirsdag)', frist: d('2027-04-30'), start: null, deadline: '2027-04-30', status: 'I gang', x: 'in_progress', note: 'Stopper til maj' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Folder om korpset til skolerne', ans: 'Jens Kofoed', gentages: 'Nej', frist: d('2027-03-31'), start: null, deadline: '2027-03-31', status: 'Ikke startet', x: 'not_started' },
  { tema: 'Evaluering og tilpasning', theme: 'evaluation', akt: 'Evalueringsmøde med korpset', ans: 'Kasper Møller', gentages: '1 gang', frist: 'uge 20', start: null, deadline: '2027-05-23', status: 'Ikke startet', x: 'not_started' },
  { tema: 'Organisering, roller og ansvar', theme: 'organisation_roles', akt: 'Fælles visitationsmøde med familieafdelingen', ans: 'Kasper Møller', gentages: 'hver 14. dag', frist: 'juni 2027', start: null, deadline: '2027-06-30', status: 'I gang', x: 'in_progress' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Nyhedsbrev til samarbejdspartnere', ans: 'Jens Kofoed', gentages: 'hver måned fra marts', frist: '', start: '2027-03-01', deadline: run('"hver måned fra marts"'), status: 'Ikke startet', x: 'not_started' },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Ungepanel om mentorforløbene', ans: 'Nadia Berg', gentages: '', frist: d('2027-05-12'), start: null, deadline: '2027-05-12', status: 'Ikke startet', x: 'not_started' },
  { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Tjek af samtykkeerklæringer', ans: 'Birthe Lund', gentages: 'månedligt', frist: '–', start: null, deadline: run('"månedligt"'), status: 'I gang', x: 'in_progress' },
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p162-halsnaes-gentages-kolonne-tilbagevendende-aktiviteter',
    'libreoffice-fods',
    'Halsnæs: a plan for 1. halvår 2027 with a "Gentages" column ("hver måned", "hver 2. uge fra uge 10", "løbende", "kvartalsvis", "månedligt", "hver måned fra marts"); recurring activities have no Frist (empty or "–") and run through the half-year; one-offs say "Nej", "1 gang" or nothing and have a Frist.',
    [
      'recurrence-column',
      'recurring-without-deadline',
      'period-as-deadline',
      'recurrence-with-start-week',
      'recurrence-with-start-month',
      'recurring-with-own-deadline',
      'dash-as-empty-deadline',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentorkorpset i Halsnæs Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Halsnæs Kommune', 'municipality', '260'],
    ['Halvår', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Fuld implementering', 'phase', 'full'],
    ['Koordinator', 'Birthe Lund', 'coordinator'],
    ['Leder', 'Morten Skov', 'leader'],
  ]);

  const S = 'Plan 1. halvår 2027';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 28).width(2, 46).width(3, 16).width(4, 22).width(5, 12).width(6, 13).width(7, 30);
  s.set('A1', 'Aktivitetsplan 1. halvår 2027', TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Gentages', 'Frist', 'Status', 'Bemærkning'], HEAD);
  let r = 4;
  for (const a of ACTS) {
    s.set(`A${r}`, a.tema).set(`B${r}`, a.akt, WRAP).set(`C${r}`, a.ans);
    if (a.gentages) s.set(`D${r}`, a.gentages);
    if (a.frist !== '')
      s.set(`E${r}`, typeof a.frist === 'string' ? a.frist : { v: a.frist, s: { fmt: 'dd.mm.yyyy' } });
    s.set(`F${r}`, a.status);
    if (a.note) s.set(`G${r}`, a.note, WRAP);
    p.activity(S, r, {
      theme: x(a.theme, `A${r}`),
      activity: x(a.akt, `B${r}`),
      status: x(a.x, `F${r}`),
      start: x(a.start, `D${r}`),
      // An empty Frist: the recurrence in Gentages says how long it runs.
      deadline: x(a.deadline, a.frist === '' || a.frist === '–' ? `D${r}` : `E${r}`),
      responsible: x(a.ans, `C${r}`),
    });
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'yes', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'yes', L3: ['partly', 'Supervision starter i uge 10'], L4: 'yes', L5: 'partly', L6: 'yes', L7: 'yes', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['KM', 'mentor', 'Ungdomsskolen', 14, 6],
    ['NB', 'parent_coach', 'Familieafdelingen', 10, 4],
    ['RH', 'mentor', 'Jobcentret', 8, 3],
    ['LP', 'mentor', 'SSP', 6, 2],
  ]);
  return p;
}
