// Middelfart (held out, fifth round): the plan is kept in ONE column of prose, one activity a cell
// ("• senest 31/1: Styregruppemøde om korpsets mål (ansvar: Lars Holt) – afsluttet") under theme
// headings written in capitals; the cover facts are split over two cells ("Kommune:" in A1, the
// name in C1 after an empty B1); the corps is given as a count only ("3 mentorer, 2
// forældrecoaches": no members to read); the readiness checklist is answered as percentages of
// readiness (100 % = Ja, 50 % = Delvist, 0 % = Nej). Hand-built package.

import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey, ExpectedValue } from '../expected';
import { BOLD, HEAD, TITLE, WRAP } from './common';
import { SEED_QUESTIONS } from './checklist-seed';

const ev = (value: string | null, cell: string): ExpectedValue => ({ value, cell });

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p48-middelfart-prosa-i-een-kolonne-procent-parathed',
    'hand-built',
    'Middelfart: one column of prose, one activity a cell ("• senest 31/1: … (ansvar: …) – status") under theme headings in capitals; the cover split over "Kommune:" | empty | name; the corps as a count only; a checklist answered as percentages of readiness.',
    [
      'plan-as-prose-one-column',
      'theme-heading-rows',
      'responsible-in-parentheses',
      'status-after-dash',
      'senest-day-month',
      'cover-label-value-gap-column',
      'corps-count-only',
      'checklist-answer-percent-readiness',
      'checklist-seed-wording',
    ],
  );
  const S = 'Plan 2027';
  const s = p.sheet(S);
  s.width(1, 14).width(2, 3).width(3, 40);
  s.set('A1', 'Kommune:', BOLD).set('C1', 'Middelfart');
  s.set('A2', 'Periode:', BOLD).set('C2', '1. halvår 2027');
  s.set('A3', 'Koordinator:', BOLD).set('C3', 'Helle Winther');
  s.set('A4', 'Leder:', BOLD).set('C4', 'Lars Holt');
  s.set('A5', 'Fase:', BOLD).set('C5', 'Indledende implementering');
  p.fact('municipality', '410', S, 'C1');
  p.fact('period', '2027-H1', S, 'C2');
  p.fact('coordinator', 'Helle Winther', S, 'C3');
  p.fact('leader', 'Lars Holt', S, 'C4');
  p.fact('phase', 'initial', S, 'C5');

  s.set('A7', 'Implementeringsplan – hvad skal vi nå i foråret?', TITLE);
  // [heading, theme, items: [text, activity, responsible, status, start, deadline]]
  type I = [string, string, string, string, string | null, string | null];
  const groups: [string, string, I[]][] = [
    ['LEDELSE', 'leadership', [
      ['• senest 31/1: Styregruppemøde om korpsets mål (ansvar: Lars Holt) – afsluttet', 'Styregruppemøde om korpsets mål', 'Lars Holt', 'done', null, '2027-01-31'],
      ['• senest 30/6: Beslutning om forankring efter projektperioden (ansvar: Lars Holt) – ikke startet', 'Beslutning om forankring efter projektperioden', 'Lars Holt', 'not_started', null, '2027-06-30'],
    ]],
    ['KOMMUNIKATION', 'communication', [
      ['• senest 15/2: Nyhed på intranettet om mentorkorpset (ansvar: Helle Winther) – afsluttet', 'Nyhed på intranettet om mentorkorpset', 'Helle Winther', 'done', null, '2027-02-15'],
      ['• senest 1/4: Informationsmøde for skolernes AKT-lærere (ansvar: Helle Winther) – i gang', 'Informationsmøde for skolernes AKT-lærere', 'Helle Winther', 'in_progress', null, '2027-04-01'],
    ]],
    ['OPKVALIFICERING', 'upskilling', [
      ['• senest 12/3: LAT-kursus for fire nye mentorer (ansvar: Nationalt center) – i gang', 'LAT-kursus for fire nye mentorer', 'Nationalt center', 'in_progress', null, '2027-03-12'],
      ['• senest 31/5: Træningsdag i samtaler med forældre (ansvar: Søren Bach) – ikke startet', 'Træningsdag i samtaler med forældre', 'Søren Bach', 'not_started', null, '2027-05-31'],
    ]],
    ['ORGANISERING, ROLLER OG ANSVAR', 'organisation_roles', [
      ['• senest 28/2: Aftale om tid til forløb med afdelingslederne (ansvar: Lars Holt) – i gang', 'Aftale om tid til forløb med afdelingslederne', 'Lars Holt', 'in_progress', null, '2027-02-28'],
      ['• senest 15/3: Kommissorium for koordinatorrollen (ansvar: Helle Winther) – aflyst', 'Kommissorium for koordinatorrollen', 'Helle Winther', 'closed', null, '2027-03-15'],
    ]],
    ['OPFØLGNING PÅ DOKUMENTATION', 'documentation', [
      ['• senest 30/4: Første udtræk af forløbsdata (ansvar: Søren Bach) – ikke startet', 'Første udtræk af forløbsdata', 'Søren Bach', 'not_started', null, '2027-04-30'],
    ]],
    ['EVALUERING OG TILPASNING', 'evaluation', [
      ['• senest 20/6: Halvårsevaluering med mentorerne (ansvar: Helle Winther) – ikke startet', 'Halvårsevaluering med mentorerne', 'Helle Winther', 'not_started', null, '2027-06-20'],
    ]],
  ]; // prettier-ignore
  let r = 9;
  for (const [heading, theme, items] of groups) {
    s.set(`A${r}`, heading, BOLD);
    p.notActivity(S, r, 'a theme heading in capitals');
    const themeCell = `A${r}`;
    r++;
    for (const [text, act, resp, status, start, deadline] of items) {
      s.set(`A${r}`, { v: text, s: WRAP });
      const at = `A${r}`;
      p.activity(S, r, {
        theme: ev(theme, themeCell),
        activity: ev(act, at),
        status: ev(status, at),
        start: ev(start, at),
        deadline: ev(deadline, at),
        responsible: ev(resp, at),
      });
      r++;
    }
    r++;
  }

  const K = 'Korps';
  const k = p.sheet(K);
  k.set('A1', 'Vores korps', TITLE);
  k.set('A3', '3 mentorer, 2 forældrecoaches');
  k.set('A4', 'Navneliste ligger i personalesystemet.');

  const C = 'Parathed';
  const c = p.sheet(C);
  c.width(1, 8).width(2, 80).width(3, 14);
  c.set('A1', 'Hvor parate er vi? (0 % = slet ikke, 50 % = delvist, 100 % = helt)', TITLE);
  c.row('A3', ['Nr.', 'Spørgsmål', 'Parathed'], HEAD);
  const pct: Record<ChecklistIdKey, number> = {
    F1: 1, F2: 1, F3: 0.5, F4: 1, F5: 0.5, F6: 0, F7: 1,
    L1: 1, L2: 0.5, L3: 0.5, L4: 0, L5: 0, L6: 0.5, L7: 0, L8: 0.5,
  }; // prettier-ignore
  const ans = (v: number): Exp => (v === 1 ? 'yes' : v === 0 ? 'no' : 'partly');
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 4 + i;
    const v = pct[id];
    c.row(`A${row}`, [id, { v: q, s: WRAP }, { v, s: { fmt: '0%' } }]);
    p.answer(id, ans(v), C, `C${row}`);
  });
  return p;
}
