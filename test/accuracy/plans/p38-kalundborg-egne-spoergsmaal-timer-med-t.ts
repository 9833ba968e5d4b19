// Kalundborg (held out): the checklists in the coordinator's own words, numbered 1.1–1.7 and
// 2.1–2.8 without the F/L codes, the preparation questions in her own order (the coordinator before
// the partners' plan, the roles before the conditions), answered with "x", "X" or "✓" under
// "Ja | Delvist | Nej", a comment column, one question left open. A corps list whose hours are
// written "37 t", "8 t", "5 timer", "7,5 t", the role "Mentor/forældrecoach" for both, training
// dates, and an "I alt" row that is no person. Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import { PlanBuilder } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD, HEAD, TITLE } from './common';
import { smallPlan } from './small-plan';

const DATE: Style = { fmt: 'dd-mm-yyyy' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p38-kalundborg-egne-spoergsmaal-timer-med-t',
    'libreoffice-fods',
    'Kalundborg (held out): checklists in own words numbered 1.1–2.8 without codes, re-ordered, x/X/✓ under Ja|Delvist|Nej, one open; corps hours written "37 t", "5 timer", a "Mentor/forældrecoach" role, training dates and an I alt row.',
    [
      'checklist-own-words',
      'checklist-numbered-1.1-2.8',
      'checklist-reordered',
      'checklist-x-columns-ja-delvist-nej',
      'checklist-marks-x-X-check',
      'checklist-comment-column',
      'checklist-unanswered',
      'corps',
      'corps-hours-with-unit',
      'corps-role-both-slash',
      'corps-training-dates',
      'totals-row-corps',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Mentor- og forældrecoachkorps – Kalundborg Kommune', TITLE);
  f.row('A3', ['Kommune', 'Kalundborg']);
  f.row('A4', ['Periode', '2. halvår 2026']);
  f.row('A5', ['Fase', 'Fuld implementering']);
  f.row('A6', ['Koordinator', 'Louise Brandt']);
  f.row('A7', ['Ledelse', 'Henrik Dahl']);
  f.width(1, 20).width(2, 30);
  p.fact('municipality', '326', 'Forside', 'B3');
  p.fact('period', '2026-H2', 'Forside', 'B4');
  p.fact('phase', 'full', 'Forside', 'B5');
  p.fact('coordinator', 'Louise Brandt', 'Forside', 'B6');
  p.fact('leader', 'Henrik Dahl', 'Forside', 'B7');

  p.sheet('Plan').set('A1', 'Implementeringsplan 2. halvår 2026', TITLE);
  smallPlan(p, {
    sheet: 'Plan',
    headerRow: 3,
    headerStyle: HEAD,
    dateStyle: DATE,
    rows: [
      [
        'Ledelse',
        'Ledergruppen følger op på korpset',
        'Henrik Dahl',
        '2026-08-10',
        '2026-09-25',
        'Gennemført',
      ],
      ['Kommunikation', 'Nyhedsbrev til skoler og klubber', 'Louise Brandt', null, '2026-10-16', 'I gang'],
      [
        'Opkvalificering',
        'Supervision for mentorerne',
        'Louise Brandt',
        '2026-09-01',
        '2026-12-18',
        'I gang',
      ],
      [
        'Opfølgning på dokumentation',
        'Forløb registreres løbende',
        'Mentorerne',
        '2026-08-03',
        '2026-12-31',
        'I gang',
      ],
      [
        'Evaluering og tilpasning',
        'Halvårsstatus til ledergruppen',
        'Louise Brandt',
        null,
        '2026-12-11',
        'Ikke startet',
      ],
      ['Inddragelse', 'Møde med forældrerådet', 'Louise Brandt', null, '2026-11-05', 'Ikke startet'],
    ],
  });

  const t = p.sheet('Huskeliste');
  t.set('A1', 'Huskeliste – hvor er vi?', TITLE);
  t.row('A3', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Kommentar'], HEAD);
  t.width(1, 6).width(2, 70).width(3, 8).width(4, 8).width(5, 8).width(6, 36);
  type Q = [string, ChecklistIdKey, string, 'yes' | 'partly' | 'no' | null, string, string?];
  const qs: (Q | string)[] = [
    '1. Inden vi går i gang',
    [
      '1.1',
      'F1',
      'Har vi lavet en analyse af, om der er behov for mentorer og forældrecoaches hos os?',
      'yes',
      'x',
    ],
    ['1.2', 'F2', 'Var de relevante parter i kommunen med i analysen?', 'yes', 'x'],
    ['1.3', 'F4', 'Har vi en koordinator, der kan drive indsatsen fagligt og organisatorisk?', 'yes', 'X'],
    [
      '1.4',
      'F3',
      'Har vi en plan for at informere og inddrage vores samarbejdspartnere løbende?',
      'partly',
      'x',
      'Skolerne er med, jobcentret mangler',
    ],
    [
      '1.5',
      'F5',
      'Ved vi, hvilke afdelinger mentorerne og forældrecoachene skal komme fra – og hvorfor?',
      'yes',
      '✓',
    ],
    [
      '1.6',
      'F7',
      'Er det klart, hvem der har hvilken rolle (ledelse, koordinator, mentorer)?',
      'partly',
      'x',
    ],
    [
      '1.7',
      'F6',
      'Har de uddannede mentorer tid og rammer til at tage forløb?',
      'no',
      'x',
      'Timerne er ikke afsat endnu',
    ],
    '2. Mens vi implementerer',
    ['2.1', 'L1', 'Har vi en implementeringsplan med aktiviteter, mål, deadlines og milepæle?', 'yes', 'x'],
    ['2.2', 'L2', 'Stopper vi op undervejs og ser på resultaterne sammen med mentorerne?', 'partly', 'x'],
    ['2.3', 'L3', 'Er ledere, mentorer og forældrecoaches blevet opkvalificeret?', 'yes', 'X'],
    [
      '2.4',
      'L4',
      'Øver mentorerne LAT-metoden efter kurserne, så de holder kompetencerne ved lige?',
      null,
      '',
      'Drøftes på næste netværksmøde',
    ],
    ['2.5', 'L5', 'Har vi en plan for at sprede budskabet om metoden til samarbejdspartnerne?', 'no', 'x'],
    ['2.6', 'L6', 'Har mentorerne stadig rammerne til at arbejde med forløb?', 'partly', '✓'],
    ['2.7', 'L7', 'Ved vi, hvem der skal informeres, og er budskaberne tilpasset hver målgruppe?', 'no', 'x'],
    ['2.8', 'L8', 'Har vi en plan for, hvad vi fortæller, hvornår og hvordan?', 'no', 'X'],
  ];
  const col = { yes: 'C', partly: 'D', no: 'E' } as const;
  let r = 3;
  for (const q of qs) {
    r++;
    if (typeof q === 'string') {
      t.set(`A${r}`, q, BOLD);
      continue;
    }
    const [nr, id, text, ans, mark, comment] = q;
    t.row(`A${r}`, [nr, text]);
    const at = ans ? `${col[ans]}${r}` : `C${r}`;
    if (ans) t.set(at, mark);
    if (comment) t.set(`F${r}`, comment);
    p.answer(id, ans, 'Huskeliste', at, comment ? { v: comment, cell: `F${r}` } : undefined);
  }

  const k = p.sheet('Korpset');
  k.set('A1', 'Uddannede mentorer og forældrecoaches', TITLE);
  k.row('A3', ['Initialer', 'Funktion', 'Afdeling', 'Uddannet', 'Timer', 'Aktive forløb'], HEAD);
  k.width(2, 24).width(3, 22).width(4, 12);
  type K = [string, string, string, string, string, string, number, number];
  const corps: K[] = [
    ['ABJ', 'Mentor', 'mentor', 'Ungdomsskolen', '2025-11-20', '8 t', 8, 3],
    ['KRO', 'Forældrecoach', 'parent_coach', 'Familiehuset', '2025-11-20', '5 timer', 5, 2],
    ['MHN', 'Mentor/forældrecoach', 'both', 'Ungeindsatsen', '2026-03-12', '37 t', 37, 14],
    ['TSL', 'Mentor', 'mentor', 'Jobcentret', '2026-03-12', '7,5 t', 7.5, 2],
  ];
  corps.forEach(([ini, role, roleId, dept, trained, hours, h, cases], i) => {
    const row = 4 + i;
    k.row(`A${row}`, [ini, role, dept, { v: { date: trained }, s: DATE }, hours, cases]);
    p.corpsRow('Korpset', row, {
      initials: [ini, `A${row}`],
      role: [roleId, `B${row}`],
      hoursPerWeek: [h, `E${row}`],
      activeCases: [cases, `F${row}`],
    });
  });
  k.row('A8', ['I alt', '4 personer', undefined, undefined, '57,5 t', 21], BOLD);
  return p;
}
