// Billund (held out, thirty-second round): a plain activity table whose times are all written as the
// school year and the church calendar name them, never as dates: "uge 2, efter juleferien", "uge 7
// (vinterferie)", "Fastelavn", "mellem vinterferien og påske", "inden påske", "efter påske (uge
// 14–15)", "Store bededag" (no longer a holiday since 2024, but still the name of a day),
// "dagen efter Kr. himmelfartsdag", "ugen efter pinse", "senest Grundlovsdag", "Sankthans", "efter
// sommerferien". One column "Hvornår" holds them all. The cover gives the period the same way ("Fra
// nytår til sommerferien 2027"). A note under the table. Checklist and corps on sheets of their own.
// SheetJS.
//
// A careful reader works out each day from the year (2027: Easter Sunday 28 March): a movable
// feast is its day (Fastelavn 7 Feb, Skærtorsdag 25 Mar, Store bededag 23 Apr, Kr. himmelfartsdag 6
// May, Pinsedag 16 May), a fixed one its date (Grundlovsdag 5 June, Sankthans(aften) 23 June); a week
// is its ISO week (deadline its Sunday); "inden X" is the day before X begins, "efter X" the day after
// it ends, "mellem X og Y" a range; "efter sommerferien" gives no date inside the plan: to be asked.

import { PlanBuilder, type Exp } from '../build/plan';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

/** Before Easter: the day before Skærtorsdag; a school's Easter holiday begins Saturday 20 March. */
const BEFORE_EASTER: Exp = {
  v: '2027-03-24',
  alt: ['2027-03-19', '2027-03-20', '2027-03-21', '2027-03-27', '2027-03-28'],
  note: 'the day before Skærtorsdag (25 March 2027); the days before the school Easter holiday or Easter Sunday are as right',
};

// [tema, aktivitet, hvornår, status, ansvarlig, start, deadline]
type R = readonly [string, string, string, string, string, Exp, Exp];
const ROWS: readonly R[] = [
  ['Ledelse', 'Styregruppemøde om mål for korpset', 'uge 2, efter juleferien', 'Gennemført', 'Jens Kirk', null, '2027-01-17'],
  ['Opkvalificering', 'Temadag for korpset', 'uge 7 (vinterferie)', 'Gennemført', 'Mie Holm', null, '2027-02-21'],
  ['Inddragelse', 'Fastelavnsfest i familiehuset – hvervning af forældre', 'Fastelavn', 'Gennemført', 'Mie Holm', null, '2027-02-07'],
  ['Kommunikation', 'Informationsmøde for skoler og dagtilbud', 'mellem vinterferien og påske', 'I gang', 'Mie Holm', '2027-02-22', BEFORE_EASTER],
  ['Kommunikation', 'Nyhedsbrev til forældre i indskolingen', 'inden påske', 'Ikke startet', 'Sara Friis', null, BEFORE_EASTER],
  ['Opkvalificering', 'LAT-kursus for nye forældrecoaches', 'efter påske (uge 14–15)', 'Ikke startet', 'Sara Friis', '2027-04-05', '2027-04-18'],
  ['Organisering, roller og ansvar', 'Samarbejdsaftale med PPR om henvisning', 'Store bededag', 'Ikke startet', 'Jens Kirk',
    null, { v: '2027-04-23', note: 'Store bededag, the fourth Friday after Easter, no longer a holiday since 2024 but still the name of the day' }],
  ['Arbejdsproces og kultur', 'Sparringsdag for korpset', 'dagen efter Kr. himmelfartsdag', 'Ikke startet', 'Mie Holm', null, '2027-05-07'],
  ['Evaluering og tilpasning', 'Midtvejsevaluering med mentorer og forældrecoaches', 'ugen efter pinse', 'Ikke startet', 'Sara Friis',
    null, { v: '2027-05-23', note: 'the week after Pinsedag (16 May 2027): week 20, 17–23 May; a week is its Sunday' }],
  ['Opfølgning på dokumentation', 'Halvårsregistrering i dokumentationsplatformen', 'senest Grundlovsdag', 'Ikke startet', 'Sara Friis', null, '2027-06-05'],
  ['Ledelse', 'Ledergruppens temamøde om forankring', 'Sankthans', 'Ikke startet', 'Jens Kirk',
    null, { v: '2027-06-23', alt: ['2027-06-24'], note: 'Sankthansaften, 23 June (Sankthansdag, 24 June, as right)' }],
  ['Kommunikation', 'Pressemeddelelse om korpsets første halvår', 'efter sommerferien', 'Ikke startet', 'Mie Holm',
    null, { v: null, flag: true, note: 'after the summer holiday: no day, and outside the half-year: to be asked' }],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p146-billund-datoer-som-helligdage-og-ferieuger-i-ord',
    'sheetjs',
    'Billund: a plain activity table whose one time column "Hvornår" names holidays and school weeks in words, never a date: "uge 7 (vinterferie)", "Fastelavn", "mellem vinterferien og påske", "inden påske", "efter påske (uge 14–15)", "Store bededag" (abolished as a holiday in 2024), "dagen efter Kr. himmelfartsdag", "ugen efter pinse", "senest Grundlovsdag", "Sankthans", "efter sommerferien"; the cover\'s period "Fra nytår til sommerferien 2027".',
    [
      'dates-as-holiday-names',
      'movable-feasts-from-easter',
      'school-holiday-weeks-in-words',
      'before-after-between-holidays',
      'abolished-holiday-name',
      'date-outside-plan-period',
      'period-in-holiday-words',
    ],
  );

  const F = 'Forside';
  p.sheet(F).set('A1', 'Mentor- og forældrecoachkorpset – Billund Kommune');
  coverPairs(p, F, 3, [
    ['Kommune', 'Billund Kommune', 'municipality', '530'],
    ['Periode', 'Fra nytår til sommerferien 2027', 'period', '2027-H1'],
    ['Fase', 'Klargøring', 'phase', 'readiness'],
    ['Koordinator', 'Mie Holm', 'coordinator'],
    ['Leder', 'Jens Kirk', 'leader'],
  ]);
  p.sheet(F).width(1, 14).width(2, 40);

  const S = 'Handleplan';
  const s = p.sheet(S);
  [30, 52, 32, 14, 14].forEach((w, i) => s.width(i + 1, w));
  s.set('A1', 'Handleplan – foråret 2027');
  s.row('A3', ['Tema', 'Aktivitet', 'Hvornår', 'Status', 'Ansvarlig']);
  const x = at(S);
  let r = 3;
  for (const [tema, akt, naar, st, ansv, start, deadline] of ROWS) {
    r++;
    s.row(`A${r}`, [tema, akt, naar, st, ansv]);
    p.activity(S, r, {
      theme: x(TH[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(ST[st]!, `D${r}`),
      start: x(start, `C${r}`),
      deadline: x(deadline, `C${r}`),
      responsible: x(ansv, `E${r}`),
    });
  }
  r += 2;
  s.set(`A${r}`, 'Ugerne er skoleuger; ferierne følger kommunens skoleferieplan.');
  p.notActivity(S, r, 'a note under the table');

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'partly', F3: 'yes', F4: 'no', F5: 'yes', F6: 'partly', F7: 'partly',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'no', L5: 'partly', L6: 'no', L7: 'no', L8: ['partly', 'Evalueres efter pinse'],
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['AL', 'mentor', 'Skoleafdelingen', 7, 2],
    ['HN', 'parent_coach', 'Familie og Forebyggelse', 9, 3],
    ['PS', 'mentor', 'Jobcenter', 5, 1],
    ['ER', 'both', 'Ungdomsskolen', 12, 5],
  ]);
  return p;
}
