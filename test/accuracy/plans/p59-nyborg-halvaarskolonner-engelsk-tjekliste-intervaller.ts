// Nyborg (held out, seventh round): the cover facts as a small block repeated at the top of every
// sheet ("Kommune | Nyborg", "Periode | 1. halvår 2027"); the checklist with its questions
// paraphrased in English and one answer column per half-year ("Svar 2. halvår 2026", "Svar 1. halvår
// 2027"): only the newest counts; the corps with roles "Mentor/forældrecoach", hours as "10-12
// timer" (a range: no one figure, to be checked), "8 t." and "ca. 6"; indicators with a year column,
// results as "↑ 4" beside a baseline, and a "Kilde" column. Hand-built package.

import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import type { SheetModel } from '../build/model';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

function coverBlock(s: SheetModel): void {
  s.row('A1', ['Kommune', 'Nyborg'], BOLD);
  s.row('A2', ['Periode', '1. halvår 2027']);
  s.row('A3', ['Koordinator', 'Trine Holm']);
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p59-nyborg-halvaarskolonner-engelsk-tjekliste-intervaller',
    'hand-built',
    'Nyborg: the cover block repeated at the top of every sheet; the checklist paraphrased in English with one answer column per half-year (the newest counts); corps roles "Mentor/forældrecoach", hours "10-12 timer" (a range, to be checked), "8 t.", "ca. 6"; indicators with a year column, "↑ 4" results and a Kilde column.',
    [
      'cover-repeated-on-every-sheet',
      'checklist-english-paraphrased',
      'checklist-answer-column-per-half-year',
      'corps',
      'corps-role-both-with-slash',
      'corps-hours-range',
      'indicators',
      'indicator-year-column',
      'indicator-source-column',
    ],
  );
  const S = 'Plan';
  const s = p.sheet(S);
  coverBlock(s);
  p.fact('municipality', '450', S, 'B1');
  p.fact('period', '2027-H1', S, 'B2');
  p.fact('coordinator', 'Trine Holm', S, 'B3');
  s.set('A5', 'Implementeringsplan', TITLE);
  type R = [string, string, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Ledermøde om korpsets mål for 2027', 'Ole Friis', '2027-01-21', 'Gennemført'],
    ['Inddragelse', 'Workshop med forældre om forløbene', 'Trine Holm', '2027-03-11', 'I gang'],
    ['Opkvalificering', 'Netværksdag for mentorer', 'Trine Holm', '2027-04-08', 'Ikke startet'],
    ['Organisering, roller og ansvar', 'Aftale om visitation med familieafdelingen', 'Ole Friis', '2027-02-26', 'I gang'],
    ['Evaluering og tilpasning', 'Status på forløb til styregruppen', 'Trine Holm', '2027-06-10', 'Ikke startet'],
    ['Opkvalificering', 'Supervision af forældrecoaches', 'Ekstern supervisor', '2027-05-20', 'Ikke startet'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, ans, slut, st]) => ({
    cells: { tema, akt: { v: akt, s: WRAP }, ans, slut: { v: { date: slut }, s: DMY }, st },
    x: { theme: TH[tema]!, status: ST[st]!, start: null, deadline: slut },
  }));
  p.table({
    sheet: S,
    headerRow: 6,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 20 },
      { key: 'slut', header: 'Frist', width: 12 },
      { key: 'st', header: 'Status', width: 12 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'slut', status: 'st' },
    rows: body,
  });

  const T = 'Huskeliste';
  const t = p.sheet(T);
  coverBlock(t);
  t.width(1, 8).width(2, 70).width(3, 16).width(4, 16);
  t.row('A5', ['Nr.', 'Question', 'Svar 2. halvår 2026', 'Svar 1. halvår 2027'], HEAD);
  type Q = [string, string, string, string, string];
  const qs: Q[] = [
    ['F1', 'Has the municipality analysed the need for the effort?', 'Delvist', 'Ja', 'yes'],
    ['F2', 'Have relevant local actors been involved in the needs analysis?', 'Nej', 'Delvist', 'partly'],
    ['F3', 'Is there a plan for involving and informing partners?', 'Nej', 'Nej', 'no'],
    ['F4', 'Has a coordinator been appointed?', 'Ja', 'Ja', 'yes'],
    ['F5', 'Has it been decided which areas the mentors and parent coaches come from, and why?', 'Delvist', 'Ja', 'yes'],
    ['F6', 'Are there conditions for the trained mentors and parent coaches to work with cases? (preparation)', 'Nej', 'Delvist', 'partly'],
    ['F7', 'Is there a clear division of roles and responsibilities?', 'Delvist', 'Delvist', 'partly'],
    ['L1', 'Is there an implementation plan with activities, goals, deadlines and milestones?', 'Delvist', 'Ja', 'yes'],
    ['L2', 'Is there a plan for pausing to look at interim results with the mentors and parent coaches?', 'Nej', 'Nej', 'no'],
    ['L3', 'Have leaders, mentors and parent coaches been trained?', 'Nej', 'Delvist', 'partly'],
    ['L4', 'Is there a plan for practising the LAT method in an action-learning cycle?', 'Nej', 'Nej', 'no'],
    ['L5', 'Is there a plan for communicating about the method to partners?', 'Delvist', 'Ja', 'yes'],
    ['L6', 'Are there conditions for the trained mentors and parent coaches to work with cases? (ongoing)', 'Nej', 'Ja', 'yes'],
    ['L7', 'Is there a plan for who is informed, and are the messages targeted?', 'Nej', 'Delvist', 'partly'],
    ['L8', 'Is there a plan for what, when and how to communicate?', 'Nej', 'Nej', 'no'],
  ]; // prettier-ignore
  qs.forEach(([id, q, old, now, reading], i) => {
    const r = 6 + i;
    t.row(`A${r}`, [i < 7 ? `F${i + 1}` : `L${i - 6}`, { v: q, s: WRAP }, old, now]);
    p.answer(id as 'F1', reading, T, `D${r}`);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  coverBlock(k);
  k.width(1, 10).width(2, 24).width(3, 16).width(4, 12);
  k.row('A5', ['Initialer', 'Rolle', 'Timer', 'Forløb'], HEAD);
  type KR = [string, string, string, string | number, number | null, number];
  const corps: KR[] = [
    ['TH', 'Mentor/forældrecoach', 'both', '10-12 timer', null, 5],
    ['BN', 'Mentor', 'mentor', '8 t.', 8, 3],
    ['KW', 'Forældrecoach', 'parent_coach', 'ca. 6', 6, 2],
    ['ML', 'Mentor', 'mentor', 12, 12, 4],
  ];
  corps.forEach(([ini, role, id, h, hv, c], i) => {
    const row = 6 + i;
    k.row(`A${row}`, [ini, role, h, c]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [
        hv === null ? unsure(null, '10-12 timer: a range, no one figure; to be checked') : hv,
        `C${row}`,
      ],
      activeCases: [c, `D${row}`],
    });
  });

  const I = 'Indikatorer';
  const ind = p.sheet(I);
  coverBlock(ind);
  ind.width(1, 36).width(2, 8).width(3, 10).width(4, 10).width(5, 10).width(6, 24);
  ind.row('A5', ['Indikator', 'År', 'Enhed', 'Baseline', 'Resultat', 'Kilde'], HEAD);
  ind.row('A6', ['Aktive mentorforløb', 2027, 'antal', 10, 14, 'Fagsystem']);
  ind.row('A7', ['Afholdte refleksionsmøder', 2027, 'antal', 2, 5, 'Mødeliste']);
  ind.row('A8', ['Andel fastholdt i uddannelse', 2027, 'procent', 55, 62, 'UU-vejledningen']);
  p.indicatorRow(I, 6, {
    name: ['Aktive mentorforløb', 'A6'],
    unit: ['count', 'C6'],
    baseline: [10, 'D6'],
    result: [14, 'E6'],
  });
  p.indicatorRow(I, 7, {
    name: ['Afholdte refleksionsmøder', 'A7'],
    unit: ['count', 'C7'],
    baseline: [2, 'D7'],
    result: [5, 'E7'],
  });
  p.indicatorRow(I, 8, {
    name: ['Andel fastholdt i uddannelse', 'A8'],
    unit: ['percent', 'C8'],
    baseline: [55, 'D8'],
    result: [62, 'E8'],
  });
  return p;
}
