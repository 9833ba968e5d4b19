// Aalborg (held out, forty-eighth round): a plan WRITTEN AS A GOAL HIERARCHY, "Mål → delmål →
// aktiviteter", numbered 1, 1.1, 1.1.1 in the first column of one sheet "Mål og aktiviteter". Goals
// (1, 2) and sub-goals (1.1, 1.2 …) carry a success criterion ("Succeskriterium": "70 % af de unge i
// forløb er i uddannelse efter 12 mdr."), an indicator and how it is measured ("Indikator / måles
// ved"), a baseline and a target level ("52 %", "70 %"), and also a date by which the goal is to be
// met, a goal owner in the "Ansvarlig" column ("Ledelsesgruppen", "Koordinator") and a judgement of
// goal attainment in the "Status / målopfyldelse" column ("På vej (62 %)", "Ikke målt endnu"). Only
// the lowest level (1.1.1 …) are activities, with theme, deadline, responsible and status. Goals are
// bold, sub-goals italic. The cover names 2. halvår 2026. LibreOffice (flat ODS).
//
// A careful reader takes only the numbered third-level rows as activities: a goal or sub-goal is
// what the activities under it are to achieve, its date the goal's horizon, its "Ansvarlig" the
// goal's owner and its "status" the goal's attainment, none of them an activity's. The goals'
// baselines and targets are the municipality's own measures; they are not keyed here as indicators
// (the plan has no "Indikatorer" sheet, and whether a success criterion is one of the plan's
// indicators is the coordinator's call).

import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

type Level =
  | {
      readonly nr: string;
      readonly text: string;
      readonly crit: string;
      readonly ind: string;
      readonly base: string;
      readonly target: string;
      readonly frist: string;
      readonly ans: string;
      readonly status: string;
    }
  | {
      readonly nr: string;
      readonly akt: string;
      readonly tema: string;
      readonly frist: readonly [string, string];
      readonly ans: string;
      readonly status: string;
    };

const ROWS: readonly Level[] = [
  { nr: '1', text: 'Mål 1: Flere unge i forløb gennemfører en ungdomsuddannelse', crit: '70 % af de unge i forløb er i uddannelse 12 mdr. efter start', ind: 'Andel unge i uddannelse – måles ved opslag i fagsystemet', base: '52 %', target: '70 %', frist: '31.12.2027', ans: 'Ledelsesgruppen', status: 'På vej (62 %)' },
  { nr: '1.1', text: 'Delmål 1.1: Unge i målgruppen får en mentor hurtigt', crit: '90 % matches med en mentor inden 4 uger', ind: 'Dage fra henvisning til match – måles ved koordinatorens log', base: '38 %', target: '90 %', frist: '30.06.2027', ans: 'Koordinator', status: 'På vej (71 %)' },
  { nr: '1.1.1', akt: 'Faste matchmøder hver anden uge', tema: 'Arbejdsproces og kultur', frist: ['31.12.2026', '2026-12-31'], ans: 'Pernille Krag', status: 'I gang' },
  { nr: '1.1.2', akt: 'Visitationsguide til rådgiverne', tema: 'Organisering, roller og ansvar', frist: ['30.09.2026', '2026-09-30'], ans: 'Pernille Krag', status: 'Gennemført' },
  { nr: '1.2', text: 'Delmål 1.2: Mentorerne er fagligt klædt på', crit: 'Alle mentorer har gennemført grunduddannelsen', ind: 'Antal uddannede mentorer – måles ved kursuslisten', base: '4', target: '12', frist: '31.12.2026', ans: 'Koordinator', status: 'Opfyldt' },
  { nr: '1.2.1', akt: 'Grunduddannelse af mentorer, hold 2', tema: 'Opkvalificering', frist: ['30.11.2026', '2026-11-30'], ans: 'Søren Thy', status: 'Gennemført' },
  { nr: '1.2.2', akt: 'Supervision af mentorerne hver 6. uge', tema: 'Opkvalificering', frist: ['15.12.2026', '2026-12-15'], ans: 'Søren Thy', status: 'I gang' },
  { nr: '2', text: 'Mål 2: Forældrene oplever sig styrket i forældrerollen', crit: '80 % af familierne svarer "i høj grad" eller "i nogen grad"', ind: 'Forældretilfredshed – måles ved spørgeskema ved afslutning', base: 'Ingen', target: '80 %', frist: '31.12.2027', ans: 'Ledelsesgruppen', status: 'Ikke målt endnu' },
  { nr: '2.1', text: 'Delmål 2.1: Forældrene inddrages i tilrettelæggelsen', crit: 'Forældrepanelet mødes mindst to gange om året', ind: 'Antal møder i panelet – måles ved referater', base: '0', target: '2', frist: '31.12.2026', ans: 'Koordinator', status: 'Delvist opfyldt' },
  { nr: '2.1.1', akt: 'Forældrepanel om forløbenes indhold', tema: 'Inddragelse', frist: ['30.10.2026', '2026-10-30'], ans: 'Pernille Krag', status: 'I gang' },
  { nr: '2.1.2', akt: 'Informationsfolder til forældre', tema: 'Kommunikation', frist: ['31.08.2026', '2026-08-31'], ans: 'Jonas Brix', status: 'Gennemført' },
  { nr: '2.2', text: 'Delmål 2.2: Indsatsen følges op på data', crit: 'Ledelsesgruppen drøfter data hvert halve år', ind: 'Antal opfølgningsmøder – måles ved dagsordener', base: '0', target: '2', frist: '31.12.2026', ans: 'Ledelsesgruppen', status: 'På vej' },
  { nr: '2.2.1', akt: 'Halvårlig opfølgning i ledelsesgruppen', tema: 'Ledelse', frist: ['15.12.2026', '2026-12-15'], ans: 'Mikkel Vang', status: 'Ikke startet' },
  { nr: '2.2.2', akt: 'Registrering af forløb i fagsystemet', tema: 'Opfølgning på dokumentation', frist: ['31.12.2026', '2026-12-31'], ans: 'Jonas Brix', status: 'I gang' },
  { nr: '2.2.3', akt: 'Evalueringsnotat til udvalget', tema: 'Evaluering og tilpasning', frist: ['26.02.2027', '2027-02-26'], ans: 'Pernille Krag', status: 'Ikke startet' },
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

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p178-aalborg-maalhierarki-nummereret-succeskriterier-maalejer',
    'libreoffice-fods',
    'Aalborg: a plan written as a numbered goal hierarchy (1, 1.1, 1.1.1) on one sheet: goals and sub-goals carry a success criterion, an indicator ("måles ved"), baseline and target level, a horizon date, a goal owner and a goal attainment ("På vej (62 %)") in the same columns as the activities\' deadline, responsible and status; only the third level are activities.',
    [
      'goal-hierarchy-by-numbering',
      'goal-rows-with-date-owner-attainment',
      'success-criteria-baseline-target-columns',
      'only-lowest-level-are-activities',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 44);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen i Aalborg Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Aalborg Kommune', 'municipality', '851'],
    ['Periode', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Fuld implementering', 'phase', 'full'],
    ['Koordinator', 'Pernille Krag', 'coordinator'],
    ['Leder', 'Mikkel Vang', 'leader'],
  ]);

  const S = 'Mål og aktiviteter';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 8).width(2, 50).width(3, 40).width(4, 40).width(5, 10).width(6, 10);
  s.width(7, 28).width(8, 12).width(9, 18).width(10, 18);
  s.set('A1', 'Mål, delmål og aktiviteter – Aalborg 2026–2027', TITLE);
  s.row(
    'A3',
    [
      'Nr.',
      'Mål / delmål / aktivitet',
      'Succeskriterium',
      'Indikator / måles ved',
      'Baseline',
      'Målniveau',
      'Tema',
      'Frist',
      'Ansvarlig',
      'Status / målopfyldelse',
    ],
    HEAD,
  );
  let r = 4;
  for (const row of ROWS) {
    if ('text' in row) {
      const style = row.nr.includes('.') ? { italic: true, wrap: true } : { bold: true, wrap: true };
      s.row(
        `A${r}`,
        [row.nr, row.text, row.crit, row.ind, row.base, row.target, null, row.frist, row.ans, row.status],
        style,
      );
      p.notActivity(
        S,
        r,
        row.nr.includes('.')
          ? 'a sub-goal: its criterion, horizon, owner and attainment, not an activity'
          : 'a goal: its criterion, horizon, owner and attainment, not an activity',
      );
    } else {
      s.set(`A${r}`, row.nr)
        .set(`B${r}`, row.akt, WRAP)
        .set(`G${r}`, row.tema)
        .set(`H${r}`, row.frist[0])
        .set(`I${r}`, row.ans)
        .set(`J${r}`, row.status);
      p.activity(S, r, {
        theme: x(THEME[row.tema]!, `G${r}`),
        activity: x(row.akt, `B${r}`),
        status: x(STATUS[row.status]!, `J${r}`),
        start: x(null, `H${r}`),
        deadline: x(row.frist[1], `H${r}`),
        responsible: x(row.ans, `I${r}`),
      });
    }
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'yes', L5: 'partly', L6: 'yes', L7: 'no', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['PK', 'both', 'Ungecentret', 12, 4],
    ['ST', 'mentor', 'Ungecentret', 10, 3],
    ['AL', 'mentor', 'Vejgaard Skole', 8, 2],
    ['BN', 'parent_coach', 'Sundhedsplejen', 6, 2],
  ]);
  return p;
}
