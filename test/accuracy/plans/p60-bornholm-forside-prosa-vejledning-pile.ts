// Bornholm (held out, seventh round): the cover facts each in one "Label: value" cell in a row
// across the top ("Kommune: Bornholm" | "Halvår: H1-2027" | "Fase: Indledende implementering"),
// the leader with a title before the name ("Centerchef Jens Kofoed"), the supervision model and
// organisational anchoring written as sentences; the checklist answered "Ja – fra marts",
// "✔", "Nej, ikke endnu", "Delvis (mangler ledere)"; the corps with "Mentor + forældrecoach",
// hours "7,5 t/uge" and "halv tid", a total row; indicators with targets "≥ 75 %", results "↑ 4"
// (a change, not a result: to be checked) and "60 %". Hand-built package.

import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import { BOLD, DMY, HEAD, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Opkvalificering: 'upskilling',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p60-bornholm-forside-prosa-vejledning-pile',
    'hand-built',
    'Bornholm: cover facts as "Label: value" cells in one row; the leader with a title before the name; supervision and anchoring as sentences; checklist answers "Ja – fra marts", "✔", "Nej, ikke endnu", "Delvis (mangler ledere)"; corps "Mentor + forældrecoach", "7,5 t/uge", "halv tid"; indicators "≥ 75 %", "↑ 4", "60 %".',
    [
      'cover-label-value-cells-in-a-row',
      'cover-leader-with-title',
      'supervision-as-sentence',
      'organisation-as-sentence',
      'checklist-answer-words-with-comment',
      'corps',
      'corps-role-both-with-plus',
      'corps-hours-half-time',
      'totals-row-corps',
      'indicators',
      'indicator-change-arrow',
      'indicator-target-at-least',
    ],
  );
  const S = 'Plan';
  const s = p.sheet(S);
  s.row('A1', ['Kommune: Bornholm', 'Halvår: H1-2027', 'Fase: Indledende implementering'], BOLD);
  s.row('A2', ['Koordinator: Mette Sonne', 'Leder: Centerchef Jens Kofoed']);
  s.set('A3', 'Vejledning: ekstern supervisor hver 6. uge', WRAP);
  s.set('A4', 'Forankring: på tværs af Børn og Familie og Jobcenteret', WRAP);
  p.fact('municipality', '400', S, 'A1');
  p.fact('period', '2027-H1', S, 'B1');
  p.fact('phase', 'initial', S, 'C1');
  p.fact('coordinator', 'Mette Sonne', S, 'A2');
  p.fact('leader', { v: 'Jens Kofoed', alt: ['Centerchef Jens Kofoed'] }, S, 'B2');
  p.fact('supervisionModel', 'external', S, 'A3');
  p.fact('organisation', 'cross', S, 'A4');
  type R = [string, string, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Styregruppemøde om mål og budget', 'Jens Kofoed', '2027-02-04', 'Gennemført'],
    ['Kommunikation', 'Artikel i personalebladet', 'Mette Sonne', '2027-03-05', 'Gennemført'],
    ['Opkvalificering', 'LAT-kursus for to nye forældrecoaches', 'Nationalt center', '2027-04-22', 'I gang'],
    ['Arbejdsproces og kultur', 'Fælles visitationsmøde hver 14. dag', 'Mette Sonne', '2027-05-31', 'I gang'],
    ['Opfølgning på dokumentation', 'Månedlig opgørelse af forløb', 'Mette Sonne', '2027-06-30', 'Ikke startet'],
    ['Ledelse', 'Beslutning om fortsættelse i 2028', 'Jens Kofoed', '2027-06-24', 'Ikke startet'],
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

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 8).width(2, 60).width(3, 30);
  t.row('A1', ['Nr.', 'Spørgsmål', 'Svar'], HEAD);
  type Q = [string, string, string | null, string | null, string | null];
  const qs: Q[] = [
    ['F1', 'Behovsanalyse gennemført?', '✔', 'yes', null],
    ['F2', 'Relevante aktører involveret i analysen?', 'Ja – fra marts', 'yes', 'fra marts'],
    ['F3', 'Plan for at involvere og informere samarbejdspartnere?', 'Nej, ikke endnu', 'no', 'ikke endnu'],
    ['F4', 'Koordinator valgt?', '✔', 'yes', null],
    ['F5', 'Besluttet hvilke områder mentorerne kommer fra?', '✔', 'yes', null],
    ['F6', 'Rammer for at mentorerne kan arbejde med forløb (forberedelse)?', 'Delvis (mangler ledere)', 'partly', 'mangler ledere'],
    ['F7', 'Rolle- og ansvarsfordeling?', '✔', 'yes', null],
    ['L1', 'Implementeringsplan med aktiviteter, mål, deadlines og milepæle?', '✔', 'yes', null],
    ['L2', 'Plan for nedslag og foreløbige resultater?', 'Nej, ikke endnu', 'no', 'ikke endnu'],
    ['L3', 'Opkvalificering af ledelse, mentorer og forældrecoaches?', 'Delvis (mangler ledere)', 'partly', 'mangler ledere'],
    ['L4', 'Plan for læring og øvelser i LAT-metoden?', null, null, null],
    ['L5', 'Plan for kommunikation om metoden?', 'Ja – fra marts', 'yes', 'fra marts'],
    ['L6', 'Rammer for at mentorerne kan arbejde med forløb (løbende)?', '✔', 'yes', null],
    ['L7', 'Plan for hvem der informeres og målrettede budskaber?', 'Nej, ikke endnu', 'no', 'ikke endnu'],
    ['L8', 'Plan for hvad, hvornår og hvordan der kommunikeres?', 'Nej, ikke endnu', 'no', 'ikke endnu'],
  ]; // prettier-ignore
  qs.forEach(([id, q, typed, reading, comment], i) => {
    const r = 2 + i;
    t.row(`A${r}`, [id, { v: q, s: WRAP }, typed ?? undefined]);
    p.answer(id as 'F1', reading, T, `C${r}`, comment ?? undefined);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 24).width(3, 14).width(4, 12);
  k.row('A1', ['Initialer', 'Rolle', 'Timer/uge', 'Aktive forløb'], HEAD);
  type KR = [string, string, string, string | number, number | null, number];
  const corps: KR[] = [
    ['MS', 'Mentor + forældrecoach', 'both', '7,5 t/uge', 7.5, 4],
    ['PH', 'Mentor', 'mentor', 'halv tid', 18.5, 9],
    ['AL', 'Forældrecoach', 'parent_coach', 6, 6, 2],
  ];
  corps.forEach(([ini, role, id, h, hv, c], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, h, c]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [hv, `C${row}`],
      activeCases: [c, `D${row}`],
    });
  });
  k.row('A5', ['I alt', '3 personer', '32 t', 15], BOLD);

  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 36).width(2, 10).width(3, 10).width(4, 10).width(5, 10);
  ind.row('A1', ['Indikator', 'Enhed', 'Baseline', 'Mål', 'Resultat'], HEAD);
  ind.row('A2', ['Aktive mentorforløb', 'antal', 11, 18, '↑ 4']);
  ind.row('A3', ['Forløb med positiv progression', 'procent', 50, '≥ 75 %', '60 %']);
  p.indicatorRow(I, 2, {
    name: ['Aktive mentorforløb', 'A2'],
    unit: ['count', 'B2'],
    baseline: [11, 'C2'],
    target: [18, 'D2'],
    result: [
      unsure(null, '↑ 4: a change since the baseline (15?), not the result itself; to be checked'),
      'E2',
    ],
  });
  p.indicatorRow(I, 3, {
    name: ['Forløb med positiv progression', 'A3'],
    unit: ['percent', 'B3'],
    baseline: [50, 'C3'],
    target: [75, 'D3'],
    result: [60, 'E3'],
  });
  return p;
}
