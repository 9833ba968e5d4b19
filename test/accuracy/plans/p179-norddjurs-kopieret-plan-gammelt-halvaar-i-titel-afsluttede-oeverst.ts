// Norddjurs (held out, forty-ninth round): THE PLAN CARRIED INTO THE NEXT HALF-YEAR. The coordinator
// copied last half-year's sheet and edited it for the new one, but renamed neither the tab nor the
// title: the sheet is still "Plan 1. halvår 2027" and its title "Implementeringsplan 1. halvår 2027 –
// Norddjurs Kommune", while the cover (Forside) says "2. halvår 2027". The activities of the last
// half-year stay at the top of the table: four finished ones greyed with the status "Afsluttet i 1.
// halvår", two that run on ("I gang", deadlines moved into the autumn); under them a merged heading
// row "Nye aktiviteter 2. halvår 2027" and the six new ones. LibreOffice (flat ODS).
//
// A careful reader takes the cover's half-year as the period (it is the field meant for it, it is
// the newer of the two, and the new activities' deadlines all fall in it; the copied title was not
// edited), and flags it: the plan sheet names another half-year. The table is this plan, not an
// earlier one (the tab and title are stale, the rows run into 2. halvår 2027). The rows kept from
// 1. halvår are activities of the plan (as p165's rows done in an earlier half-year): "Afsluttet i
// 1. halvår" is done. The heading row is no activity.

import type { Value } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

type Act = readonly [string, string, string, string, string]; // tema, akt, ans, frist, status

const GAMLE: readonly Act[] = [
  ['Ledelse', 'Godkendelse af korpsets budget i Børne- og Familieudvalget', 'Lene Bach', '2027-03-18', 'Afsluttet i 1. halvår'],
  ['Organisering, roller og ansvar', 'Aftale om visitation med Familieafdelingen i Grenaa', 'Tom Kragh', '2027-04-30', 'Afsluttet i 1. halvår'],
  ['Opkvalificering', 'Grunduddannelse af seks mentorer', 'Tom Kragh', '2027-09-24', 'I gang'],
  ['Kommunikation', 'Informationsmøde for skolerne i Auning og Allingåbro', 'Lene Bach', '2027-05-12', 'Afsluttet i 1. halvår'],
  ['Opfølgning på dokumentation', 'Fælles skema til forløbsregistrering', 'Ida Storm', '2027-10-29', 'I gang'],
  ['Inddragelse', 'Interview med fem familier om forløbene', 'Ida Storm', '2027-06-25', 'Afsluttet i 1. halvår'],
]; // prettier-ignore

const NYE: readonly Act[] = [
  ['Ledelse', 'Halvårsmøde i styregruppen', 'Lene Bach', '2027-09-14', 'Ikke startet'],
  ['Arbejdsproces og kultur', 'Faste matchmøder mellem mentor og familie', 'Ida Storm', '2027-11-30', 'I gang'],
  ['Opkvalificering', 'Temadag om forældresamarbejde for forældrecoaches', 'Tom Kragh', '2027-10-07', 'Ikke startet'],
  ['Kommunikation', 'Artikel i Norddjurs Nyt om mentorordningen', 'Lene Bach', '2027-08-31', 'I gang'],
  ['Evaluering og tilpasning', 'Evaluering af første år med mentorer og forældre', 'Ida Storm', '2027-12-10', 'Ikke startet'],
  ['Inddragelse', 'Brugerpanel med unge fra Ungdomsskolen', 'Tom Kragh', '2027-11-19', 'Ikke startet'],
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
  'Afsluttet i 1. halvår': 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

const GREYED = { fill: { rgb: 'D9D9D9' } } as const;
const HEADING = { bold: true, fill: { rgb: 'DDEBF7' } } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p179-norddjurs-kopieret-plan-gammelt-halvaar-i-titel-afsluttede-oeverst',
    'libreoffice-fods',
    'Norddjurs: last half-year\'s sheet copied and edited for the new one, tab and title not renamed ("Plan 1. halvår 2027", "Implementeringsplan 1. halvår 2027") while the cover says 2. halvår 2027; last half-year\'s activities kept at the top, four greyed "Afsluttet i 1. halvår", two running on; a merged heading "Nye aktiviteter 2. halvår 2027" over the six new ones.',
    [
      'copied-plan-stale-half-year-in-tab-and-title',
      'cover-and-title-name-different-half-years',
      'finished-last-half-year-kept-on-top-greyed',
      'status-afsluttet-i-halvaar',
      'new-activities-heading-row',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachkorpset – Norddjurs Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Norddjurs Kommune', 'municipality', '707'],
    [
      'Halvår',
      '2. halvår 2027',
      'period',
      unsure('2027-H2', "the plan sheet's tab and title still say 1. halvår 2027 (copied, not renamed)"),
    ],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Ida Storm', 'coordinator'],
    ['Leder', 'Lene Bach', 'leader'],
  ]);

  const S = 'Plan 1. halvår 2027';
  const s = p.sheet(S);
  s.width(1, 28).width(2, 52).width(3, 14).width(4, 12).width(5, 22);
  s.set('A1', 'Implementeringsplan 1. halvår 2027 – Norddjurs Kommune', TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], HEAD);
  const x = at(S);
  const date = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd.mm.yyyy' },
  });
  let r = 4;
  const put = (a: Act, grey: boolean): void => {
    const [tema, akt, ans, frist, status] = a;
    const st = grey ? GREYED : undefined;
    s.set(`A${r}`, tema, st).set(`B${r}`, akt, grey ? { ...GREYED, ...WRAP } : WRAP);
    s.set(`C${r}`, ans, st).set(
      `D${r}`,
      grey ? { v: { date: frist }, s: { fmt: 'dd.mm.yyyy', ...GREYED } } : date(frist),
    );
    s.set(`E${r}`, status, st);
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(STATUS[status]!, `E${r}`),
      start: x(null, `D${r}`),
      deadline: x(frist, `D${r}`),
      responsible: x(ans, `C${r}`),
    });
    r++;
  };
  for (const a of GAMLE) put(a, a[4].startsWith('Afsluttet'));
  s.set(`A${r}`, 'Nye aktiviteter 2. halvår 2027', HEADING);
  for (const c of ['B', 'C', 'D', 'E']) s.set(`${c}${r}`, null, HEADING);
  s.merge(`A${r}:E${r}`);
  p.notActivity(S, r, 'a heading row over the new activities');
  r++;
  for (const a of NYE) put(a, false);

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'yes', L5: 'partly', L6: 'no', L7: 'yes', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['MH', 'mentor', 'Ungdomsskolen', 8, 3],
    ['KL', 'parent_coach', 'Sundhedsplejen', 10, 4],
    ['SP', 'both', 'Familieafdelingen', 12, 5],
  ]);
  return p;
}
