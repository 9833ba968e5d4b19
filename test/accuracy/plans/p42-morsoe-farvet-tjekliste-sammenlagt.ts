// Morsø (held out): a checklist answered by colour only — the answer cell is filled green, yellow or
// red, with no text, and a legend of coloured cells at the top says what each colour means. The
// questions are numbered 1–14 in one list without F/L codes: the question on the conditions for
// the trained to work with cases, asked in both checklists, is written once ("gælder også under
// implementeringen": it answers both), and the implementation-plan question is split in two (8a
// plan with activities and goals: green; 8b deadlines and milestones: red — partly, which a careful
// reader would still ask about). The corps with time as "Andel af fuld tid" ("50 %", "100 %",
// "20 %") and an "I alt" row; indicators with codes from the catalogue and an "I alt" row.
// Hand-built Excel package.

import { PlanBuilder, unsure } from '../build/plan';
import type { Style } from '../build/model';
import type { ChecklistIdKey } from '../expected';
import { BOLD, DMY, GREEN, HEAD, RED, TITLE, YELLOW } from './common';
import { smallPlan } from './small-plan';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p42-morsoe-farvet-tjekliste-sammenlagt',
    'hand-built',
    'Morsø (held out): checklist answered by fill colour only with a legend of coloured cells; questions numbered 1–14 without codes, F6/L6 written once for both, L1 split in two with different answers; corps time as percent of full time with an I alt row; indicators with codes and an I alt row.',
    [
      'checklist-colour-only-with-legend',
      'checklist-numbered-1-14',
      'checklist-merged-question',
      'checklist-split-question',
      'checklist-unanswered',
      'corps',
      'corps-percent-of-full-time',
      'totals-row-corps',
      'indicators',
      'indicator-codes',
      'totals-row-indicators',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Morsø Kommune', TITLE);
  f.row('A3', ['Periode', '2. halvår 2026']);
  f.row('A4', ['Fase', 'Fuld implementering']);
  f.row('A5', ['Koordinator', 'Anne Sørensen']);
  f.row('A6', ['Ledelse', 'Ole Thomsen']);
  p.fact('municipality', '773', 'Forside', 'A1');
  p.fact('period', '2026-H2', 'Forside', 'B3');
  p.fact('phase', 'full', 'Forside', 'B4');
  p.fact('coordinator', 'Anne Sørensen', 'Forside', 'B5');
  p.fact('leader', 'Ole Thomsen', 'Forside', 'B6');

  smallPlan(p, {
    sheet: 'Plan',
    headerRow: 1,
    headerStyle: HEAD,
    dateStyle: DMY,
    rows: [
      ['Ledelse', 'Halvårligt møde i ledergruppen', 'Ole Thomsen', null, '2026-11-26', 'I gang'],
      [
        'Opkvalificering',
        'Netværksmøde for mentorerne',
        'Anne Sørensen',
        '2026-09-07',
        '2026-09-07',
        'Gennemført',
      ],
      ['Kommunikation', 'Film om en mentors hverdag', 'Anne Sørensen', '2026-08-17', '2026-10-30', 'Lukket'],
      [
        'Opfølgning på dokumentation',
        'Gennemgang af registreringer',
        'Anne Sørensen',
        null,
        '2026-12-10',
        'Ikke startet',
      ],
      [
        'Evaluering og tilpasning',
        'Justering af matchning',
        'Ole Thomsen',
        '2026-10-01',
        '2026-12-18',
        'I gang',
      ],
    ],
  });

  const t = p.sheet('Huskeliste');
  t.set('A1', 'Huskeliste', TITLE);
  t.set('A2', 'Farver:', BOLD);
  t.set('B2', 'Ja', GREEN);
  t.set('C2', 'Delvist', YELLOW);
  t.set('D2', 'Nej', RED);
  t.row('A4', ['Nr.', 'Spørgsmål', 'Status'], HEAD);
  t.width(1, 6).width(2, 80).width(3, 10);
  const FILL: Record<'yes' | 'partly' | 'no', Style> = { yes: GREEN, partly: YELLOW, no: RED };
  type Q = [string, ChecklistIdKey[], string, 'yes' | 'partly' | 'no' | null];
  const qs: Q[] = [
    ['1', ['F1'], 'Er behovet for indsatsen analyseret?', 'yes'],
    ['2', ['F2'], 'Har relevante aktører været involveret i analysen?', 'yes'],
    ['3', ['F3'], 'Er der en plan for at involvere og informere samarbejdspartnerne?', 'yes'],
    ['4', ['F4'], 'Er der valgt en koordinator?', 'yes'],
    [
      '5',
      ['F5'],
      'Er det besluttet, hvilke områder mentorer og forældrecoaches kommer fra, og hvorfor?',
      'yes',
    ],
    [
      '6',
      ['F6', 'L6'],
      'Er der skabt rammer for, at de uddannede mentorer og forældrecoaches kan arbejde med forløb? (gælder også under implementeringen)',
      'partly',
    ],
    ['7', ['F7'], 'Er der en klar rolle- og ansvarsfordeling?', 'yes'],
    ['8a', [], 'Er der en implementeringsplan med aktiviteter og mål?', 'yes'],
    ['8b', [], 'Har aktiviteterne deadlines og milepæle?', 'no'],
    ['9', ['L2'], 'Er der planlagt nedslag, hvor vi ser på foreløbige resultater?', 'partly'],
    ['10', ['L3'], 'Er ledelse, mentorer og forældrecoaches opkvalificeret?', 'yes'],
    ['11', ['L4'], 'Er der en plan for læring og øvelse i LAT-metoden efter kurserne?', null],
    ['12', ['L5'], 'Er der en plan for kommunikation om metoden til samarbejdspartnerne?', 'partly'],
    ['13', ['L7'], 'Ved vi, hvem der skal informeres, og hvordan budskaberne målrettes?', 'no'],
    ['14', ['L8'], 'Er der en plan for, hvad, hvornår og hvordan der kommunikeres?', 'no'],
  ];
  qs.forEach(([nr, ids, q, a], i) => {
    const row = 5 + i;
    t.row(`A${row}`, [nr, q]);
    if (a) t.set(`C${row}`, null, FILL[a]);
    for (const id of ids) p.answer(id, a, 'Huskeliste', `C${row}`);
  });
  // 8a (row 12) green and 8b (row 13) red: the plan is there, its deadlines and milestones are not.
  p.answer(
    'L1',
    unsure('partly', '8a ja (plan med aktiviteter og mål), 8b nej (deadlines og milepæle): delvist — spørg'),
    'Huskeliste',
    'C12',
  );

  const k = p.sheet('Korps');
  k.row('A1', ['Initialer', 'Rolle', 'Andel af fuld tid', 'Aktive forløb'], HEAD);
  k.width(2, 16).width(3, 16);
  type K = [string, string, string, string, number, number];
  const corps: K[] = [
    ['EM', 'Mentor', 'mentor', '50 %', 18.5, 7],
    ['JKL', 'Mentor', 'mentor', '100 %', 37, 16],
    ['RP', 'Forældrecoach', 'parent_coach', '20 %', 7.4, 2],
  ];
  corps.forEach(([ini, role, id, share, h, c], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, share, c]);
    p.corpsRow('Korps', row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [h, `C${row}`],
      activeCases: [c, `D${row}`],
    });
  });
  k.row('A5', ['I alt', undefined, '170 %', 25], BOLD);

  const ind = p.sheet('Indikatorer');
  ind.row('A1', ['Kode', 'Indikator', 'Enhed', 'Baseline', 'Mål', 'Resultat'], HEAD);
  ind.width(1, 26).width(2, 36);
  type I = [string, string, number, number, number];
  const inds: I[] = [
    ['mentor_cases_active', 'Aktive mentorforløb', 12, 20, 23],
    ['parent_coach_cases_active', 'Aktive forældrecoachforløb', 1, 4, 2],
    ['cases_completed', 'Forløb afsluttet i perioden', 3, 8, 6],
  ];
  inds.forEach(([code, name, b, m, r], i) => {
    const row = 2 + i;
    ind.row(`A${row}`, [code, name, 'antal', b, m, r]);
    p.indicatorRow('Indikatorer', row, {
      code: [code, `A${row}`],
      name: [name, `B${row}`],
      unit: ['count', `C${row}`],
      baseline: [b, `D${row}`],
      target: [m, `E${row}`],
      result: [r, `F${row}`],
    });
  });
  ind.row('A5', [undefined, 'I alt', undefined, 16, 32, 31], BOLD);
  return p;
}
