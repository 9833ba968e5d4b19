// Tønder (held out): cover, plan and checklist on one sheet, the checklist below the plan under its
// own heading, questions lettered "a)"–"g)" and "a)"–"h)" in two groups, in the coordinator's words,
// answered in one column with the letters J / D / N, most with a remark in the same cell
// ("J – aftalt med chefen 12/3", "D (mangler jobcentret)"), one open. The key figures as lines of
// text on their own sheet ("Antal unge i mentorforløb: 14"). A corps list with a "Rolle" column
// written "mentor/forældrecoach" for both, and a closing "I alt" row. SheetJS package (no styles).

import { PlanBuilder } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { smallPlan } from './small-plan';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p40-toender-et-ark-jdn-med-kommentar',
    'sheetjs',
    'Tønder (held out): one sheet with cover, plan and the checklist below it, lettered a)–h), answered J/D/N with remarks in the same cell; key figures as text lines "Antal ...: 14"; corps with an I alt row.',
    [
      'all-on-one-sheet',
      'checklist-below-plan',
      'checklist-lettered',
      'checklist-own-words',
      'checklist-answer-letters-j-d-n',
      'answer-with-comment-in-cell',
      'checklist-unanswered',
      'indicators-as-text-lines',
      'corps',
      'corps-role-both-slash',
      'totals-row-corps',
      'sheetjs-export',
      'no-styles',
    ],
  );
  const S = 'Mentorkorps 2026';
  const s = p.sheet(S);
  s.set('A1', 'Tønder Kommune – mentor- og forældrecoachkorps');
  s.row('A2', ['Periode:', '1. halvår 2026']);
  s.row('A3', ['Fase:', 'Klargøring']);
  s.row('A4', ['Koordinator:', 'Mads Petersen']);
  p.fact('municipality', '550', S, 'A1');
  p.fact('period', '2026-H1', S, 'B2');
  p.fact('phase', 'readiness', S, 'B3');
  p.fact('coordinator', 'Mads Petersen', S, 'B4');

  const last = smallPlan(p, {
    sheet: S,
    headerRow: 6,
    rows: [
      ['Ledelse', 'Styregruppe nedsat', 'Birgitte Holm', '2026-01-05', '2026-02-13', 'Gennemført'],
      [
        'Inddragelse',
        'Behovsanalyse med skoler og rådgivere',
        'Mads Petersen',
        '2026-01-12',
        '2026-03-27',
        'Gennemført',
      ],
      ['Opkvalificering', 'Udvælgelse af mentorer', 'Mads Petersen', '2026-02-02', '2026-04-17', 'I gang'],
      ['Kommunikation', 'Intranetside om korpset', 'Mads Petersen', null, '2026-05-29', 'Ikke startet'],
      [
        'Organisering, roller og ansvar',
        'Aftale om timer med afdelingslederne',
        'Birgitte Holm',
        '2026-03-02',
        '2026-05-15',
        'I gang',
      ],
      [
        'Evaluering og tilpasning',
        'Status til styregruppen',
        'Mads Petersen',
        null,
        '2026-06-19',
        'Ikke startet',
      ],
    ],
  });

  let r = last + 3;
  s.set(`A${r}`, 'Tjekliste (J = ja, D = delvist, N = nej)');
  type Q = [ChecklistIdKey, string, string, 'yes' | 'partly' | 'no' | null, string?];
  const groups: [string, Q[]][] = [
    [
      'Før opstart',
      [
        ['F1', 'Er behovet for indsatsen afdækket?', 'J', 'yes'],
        [
          'F2',
          'Har de relevante aktører været med til at afdække behovet?',
          'D (mangler jobcentret)',
          'partly',
          'mangler jobcentret',
        ],
        ['F3', 'Ved samarbejdspartnerne, hvad vi går i gang med, og hvordan de inddrages?', 'N', 'no'],
        ['F4', 'Er koordinatoren fundet?', 'J – aftalt med chefen 12/3', 'yes', 'aftalt med chefen 12/3'],
        ['F5', 'Er det afklaret, hvilke områder mentorerne skal komme fra, og hvorfor?', 'J', 'yes'],
        ['F6', 'Kan de uddannede få tid til forløb?', 'D – drøftes i april', 'partly', 'drøftes i april'],
        ['F7', 'Er roller og ansvar beskrevet?', 'N', 'no'],
      ],
    ],
    [
      'Undervejs',
      [
        ['L1', 'Har planen aktiviteter, mål, deadlines og milepæle?', 'J', 'yes'],
        ['L2', 'Er der aftalt nedslag, hvor vi ser på resultaterne?', 'N', 'no'],
        ['L3', 'Er ledelse og mentorer opkvalificeret?', 'N – uddannelse i maj', 'no', 'uddannelse i maj'],
        ['L4', 'Er der plan for, hvordan mentorerne øver metoden efter kurset?', '', null],
        ['L5', 'Er der plan for kommunikation om metoden?', 'D', 'partly'],
        ['L6', 'Er rammerne for forløb på plads?', 'D', 'partly'],
        ['L7', 'Ved vi, hvem der skal informeres, og hvordan budskabet tilpasses?', 'N', 'no'],
        ['L8', 'Er det planlagt, hvad der kommunikeres, hvornår og hvordan?', 'N', 'no'],
      ],
    ],
  ];
  for (const [heading, qs] of groups) {
    r++;
    s.set(`A${r}`, heading);
    s.set(`C${r}`, 'Svar');
    qs.forEach(([id, q, text, ans, comment], i) => {
      r++;
      s.row(`A${r}`, [`${'abcdefgh'[i]!})`, q, text]);
      p.answer(id, ans, S, `C${r}`, comment);
    });
  }

  const n = p.sheet('Nøgletal');
  n.set('A1', 'Nøgletal 1. halvår 2026');
  n.set('A3', 'Antal unge i mentorforløb: 14');
  n.set('A4', 'Antal familier med forældrecoach: 3');
  n.set('A5', 'Medarbejdere opkvalificeret: 6');
  n.set('A7', 'Tallene er trukket fra dokumentationsplatformen 15/6.');
  const figures: [number, string, number][] = [
    [3, 'Antal unge i mentorforløb', 14],
    [4, 'Antal familier med forældrecoach', 3],
    [5, 'Medarbejdere opkvalificeret', 6],
  ];
  for (const [row, name, v] of figures)
    p.indicatorRow('Nøgletal', row, {
      name: [name, `A${row}`],
      unit: ['count', `A${row}`],
      result: [v, `A${row}`],
    });

  const k = p.sheet('Korps');
  k.row('A1', ['Initialer', 'Rolle', 'Timer pr. uge', 'Forløb']);
  type K = [string, string, string, number, number];
  const corps: K[] = [
    ['JH', 'mentor', 'mentor', 6, 2],
    ['PLK', 'forældrecoach', 'parent_coach', 4, 1],
    ['SØ', 'mentor/forældrecoach', 'both', 10, 3],
  ];
  corps.forEach(([ini, role, id, h, c], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, h, c]);
    p.corpsRow('Korps', row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [h, `C${row}`],
      activeCases: [c, `D${row}`],
    });
  });
  k.row('A5', ['I alt', undefined, 20, 6]);
  return p;
}
