// Skanderborg (held out, twenty-fifth round). The coordinator also keeps the effort's money in the
// plan: beside the dates a "Timer" column (hours set aside, some typed as text "7,5", some numbers)
// and a "Budget" column (numbers shown '#.##0,00 "kr."', and some typed as text: "12.500,00 kr.",
// "ca. 5.000 kr.", "0 kr."), a total row "I alt" of SUM formulas under them. When a date moved, the
// coordinator told it in the remark column in prose — usually after correcting the date cell
// ("Flyttet fra 1/9 til 15/9 pga. skolestart", "Udskudt fra uge 36 til uge 40"), once without
// correcting it ("Flyttet til 29/10 – lokalet var optaget" beside the old 01.10.2027: the remark is
// newer than the cell, so the deadline is 29 October, to be confirmed), once with the date cell left
// empty ("Frist flyttet til 15/12"), and remarks that name days that are no deadline ("Bevilget
// 25.000 kr. den 3/9", "Afholdt 14/9 – 23 deltagere"). Hand-built.

import { PlanBuilder } from '../build/plan';
import { BOLD, HEAD, TITLE } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

const D = { fmt: 'dd.mm.yyyy' } as const;
const KR = { fmt: '#,##0.00 "kr."' } as const;

type Cellv = string | number | { date: string } | null;
// [theme, theme id, activity, responsible, start cell, start read, deadline cell, deadline read (Exp),
//  hours, budget, status, status id, remark]
type R = readonly [
  string,
  string,
  string,
  string,
  Cellv,
  string | null,
  Cellv,
  string | { v: string; flag?: true; note: string; cell?: string },
  Cellv,
  Cellv,
  string,
  string,
  string,
];
const ROWS: readonly R[] = [
  ['Ledelse', 'leadership', 'Styregruppemøde om halvårets mål', 'Ole Damgaard', null, null, { date: '2027-08-26' }, '2027-08-26', 3, 0, 'Gennemført', 'done', 'Afholdt 26/8 – referat på intra'],
  ['Kommunikation', 'communication', 'Informationsaften for forældre', 'Rikke Bach', { date: '2027-08-16' }, '2027-08-16', { date: '2027-09-15' }, '2027-09-15', '7,5', '12.500,00 kr.', 'Gennemført', 'done', 'Flyttet fra 1/9 til 15/9 pga. skolestart. Afholdt 14/9 – 23 deltagere'],
  ['Kommunikation', 'communication', 'Film om korpset til hjemmesiden', 'Rikke Bach', { date: '2027-09-01' }, '2027-09-01', 'uge 40', '2027-10-10', 20, 18000, 'I gang', 'in_progress', 'Udskudt fra uge 36 til uge 40'],
  ['Inddragelse', 'involvement', 'Fokusgruppe med unge i forløb', 'Mads Holm', null, null, { date: '2027-10-01' }, { v: '2027-10-29', flag: true, note: 'the remark, newer than the cell, moves the deadline to 29/10; the cell still says 01.10.2027: to be confirmed' }, 6, 'ca. 5.000 kr.', 'Ikke startet', 'not_started', 'Flyttet til 29/10 – lokalet var optaget'],
  ['Opkvalificering', 'upskilling', 'LAT-kursus for nye mentorer', 'Rikke Bach', { date: '2027-09-06' }, '2027-09-06', { date: '2027-11-30' }, '2027-11-30', 37, 45000, 'I gang', 'in_progress', 'Bevilget 25.000 kr. den 3/9, resten fra puljen'],
  ['Opkvalificering', 'upskilling', 'Supervision af forældrecoaches', 'Ekstern supervisor', { date: '2027-08-02' }, '2027-08-02', { date: '2027-12-01' }, '2027-12-01', '12', '24.000,00 kr.', 'I gang', 'in_progress', 'Rykket fra 1/11 til 1/12, afventer supervisorens kalender'],
  ['Organisering, roller og ansvar', 'organisation_roles', 'Samarbejdsaftale med PPR', 'Ole Damgaard', null, null, { date: '2027-09-30' }, '2027-09-30', 4, '0 kr.', 'Gennemført', 'done', ''],
  ['Arbejdsproces og kultur', 'process_culture', 'Faste sparringsmøder i korpset', 'Mads Holm', { date: '2027-08-09' }, '2027-08-09', { date: '2027-12-17' }, '2027-12-17', '1,5', 0, 'I gang', 'in_progress', 'Hver anden mandag'],
  ['Opfølgning på dokumentation', 'documentation', 'Dataudtræk til styregruppen', 'Rikke Bach', null, null, null, { v: '2027-12-15', cell: 'I', note: 'no date in the cell; the remark names the moved deadline (the plan\'s year)' }, 5, 0, 'Ikke startet', 'not_started', 'Frist flyttet til 15/12'],
  ['Evaluering og tilpasning', 'evaluation', 'Halvårsevaluering og budgetopfølgning', 'Ole Damgaard', null, null, { date: '2027-12-10' }, '2027-12-10', 8, 2500, 'Ikke startet', 'not_started', 'Budget: forplejning 2.500 kr.'],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p131-skanderborg-budget-og-timer-flyttede-datoer-i-bemaerkning',
    'hand-built',
    'Skanderborg: a plan with "Timer" and "Budget" beside the dates (numbers in a kr. format, and text "12.500,00 kr.", "ca. 5.000 kr.", "7,5"), an "I alt" row of SUMs, and moved dates told in the remark column in prose ("Flyttet fra 1/9 til 15/9 …" after correcting the cell, "Flyttet til 29/10 …" beside the old date, "Frist flyttet til 15/12" with no date in the cell), beside remarks naming days that are no deadline ("Bevilget 25.000 kr. den 3/9", "Afholdt 14/9").',
    [
      'budget-column-kr',
      'hours-column-text-decimal-comma',
      'total-row-sum-formulas',
      'moved-date-in-remark-prose',
      'remark-newer-than-date-cell',
      'date-only-in-remark',
      'remark-dates-not-deadlines',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Skanderborg Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Skanderborg', 'municipality', '746'],
    ['Periode', '2. halvår 2027', 'period', '2027-H2'],
    ['Fase', 'Fuld implementering', 'phase', 'full'],
    ['Koordinator', 'Rikke Bach', 'coordinator'],
    ['Leder', 'Ole Damgaard', 'leader'],
  ]);
  f.width(1, 16).width(2, 30);

  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2. halvår 2027 – mentor- og forældrecoachindsatsen', TITLE);
  s.row(
    'A2',
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Timer', 'Budget', 'Status', 'Bemærkning'],
    HEAD,
  );
  [28, 40, 18, 12, 12, 8, 16, 13, 52].forEach((w, i) => s.width(i + 1, w));
  const x = at(S);
  const put = (cell: string, v: Cellv, style?: typeof D | typeof KR): void => {
    if (v === null || v === '') return;
    if (typeof v === 'object') s.set(cell, v, D);
    else s.set(cell, v, typeof v === 'number' ? style : undefined);
  };
  ROWS.forEach(([tema, id, akt, ans, start, startRead, frist, fristRead, timer, budget, status, statusId, remark], i) => {
    const r = 3 + i;
    s.row(`A${r}`, [tema, akt, ans]);
    put(`D${r}`, start);
    put(`E${r}`, frist);
    put(`F${r}`, timer);
    put(`G${r}`, budget, KR);
    s.set(`H${r}`, status);
    if (remark) s.set(`I${r}`, remark);
    const dl =
      typeof fristRead === 'string'
        ? x(fristRead, `E${r}`)
        : x({ ...fristRead, cell: fristRead.cell === undefined ? `E${r}` : `I${r}` }, `E${r}`);
    p.activity(S, r, {
      theme: x(id, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(statusId, `H${r}`),
      start: x(startRead, `D${r}`),
      deadline: dl,
      responsible: x(ans, `C${r}`),
    });
  }); // prettier-ignore
  const last = 2 + ROWS.length;
  const total = last + 1;
  s.set(`A${total}`, 'I alt', BOLD);
  s.set(`F${total}`, { v: 83, f: `SUM(F3:F${last})`, s: BOLD });
  s.set(`G${total}`, { v: 65500, f: `SUM(G3:G${last})`, s: { ...BOLD, ...KR } });
  p.notActivity(S, total, 'the total row under the plan: "I alt" with the sums of hours and budget');

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'yes', L5: ['no', 'Aftale med PPR først i september'], L6: 'partly', L7: 'yes', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['RB', 'mentor', 'Ungdomsskolen', 10, 3],
    ['MH', 'parent_coach', 'Familiecentret', 8, 2],
    ['TS', 'both', 'Jobcenter', 15, 5],
  ]);
  return p;
}
