// Furesø (held out, fourth round): the status is a number 1–4 explained in a key line above the
// table ("Status: 1 = ikke startet · 2 = i gang · 3 = gennemført · 4 = aflyst"), the cover facts are
// a two-column table on the plan sheet's right side (one empty column between them and the plan, on
// the same rows as the activities), and the readiness checklist is written in the coordinator's
// own words, unnumbered, in two groups, with one answer column holding "Ja, delvist", "Nej – men
// planlagt til marts", "Ja – Sanne Bak", "N/A" and "Ikke relevant" (the last two: no answer, to be
// checked). LibreOffice (flat ODS).

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p45-furesoe-status-tal-forside-til-hoejre',
    'libreoffice-fods',
    'Furesø: status as numbers 1–4 with a key line above the table, the cover as a label | value table on the plan sheet\'s right side on the activities\' rows, a checklist in the coordinator\'s words, unnumbered, answered "Ja, delvist", "Nej – men planlagt …", "Ja – name", "N/A", "Ikke relevant".',
    [
      'status-number-1-4-with-key',
      'cover-table-right-of-plan',
      'date-cells',
      'milestone-column',
      'checklist-own-words',
      'checklist-unnumbered',
      'checklist-answer-ja-delvist',
      'answer-with-comment-after-dash',
      'checklist-not-applicable',
    ],
  );
  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Furesø Kommune – implementeringsplan for mentorkorpset', TITLE);
  s.set('A2', 'Status: 1 = ikke startet · 2 = i gang · 3 = gennemført · 4 = aflyst');
  [26, 44, 30, 12, 12, 16, 12, 3, 14, 26].forEach((w, i) => s.width(i + 1, w));
  s.set('I3', 'Oplysninger', BOLD).set('J3', null, BOLD).merge('I3:J3');
  s.row('I4', ['Kommune', 'Furesø']);
  s.row('I5', ['Halvår', '1. halvår 2027']);
  s.row('I6', ['Fase', 'Fuld implementering']);
  s.row('I7', ['Koordinator', 'Sanne Bak']);
  s.row('I8', ['Leder', 'Morten Eg']);
  s.row('I9', ['Supervision', 'Ekstern supervisor']);
  s.row('I10', ['Forankring', 'Tværgående (skole- og socialområdet)']);
  p.fact('municipality', '190', S, 'J4');
  p.fact('period', '2027-H1', S, 'J5');
  p.fact('phase', 'full', S, 'J6');
  p.fact('coordinator', 'Sanne Bak', S, 'J7');
  p.fact('leader', 'Morten Eg', S, 'J8');
  p.fact('supervisionModel', 'external', S, 'J9');
  p.fact('organisation', 'cross', S, 'J10');

  const TH: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning': 'evaluation',
  };
  const ST: Record<number, string> = { 1: 'not_started', 2: 'in_progress', 3: 'done', 4: 'closed' };
  // [theme, activity, milestone, start, end, responsible, status]
  type R = [string, string, string, string | undefined, string, string, number];
  const rows: R[] = [
    ['Ledelse', 'Styregruppemøde om korpsets andet år', 'Referat med beslutninger', undefined, '2027-02-10', 'Morten Eg', 3],
    ['Kommunikation', 'Artikel om mentorordningen på intranettet', 'Artikel udgivet', '2027-02-01', '2027-02-26', 'Sanne Bak', 3],
    ['Inddragelse', 'Fokusgruppe med unge i forløb', 'Input til næste halvår', '2027-03-01', '2027-03-31', 'Sanne Bak', 2],
    ['Arbejdsproces og kultur', 'Fast mødestruktur for mentorgruppen', 'Årshjul vedtaget', undefined, '2027-03-15', 'Jonas Friis', 2],
    ['Organisering, roller og ansvar', 'Aftale med jobcentret om henvisning', 'Underskrevet aftale', undefined, '2027-04-30', 'Morten Eg', 1],
    ['Opkvalificering', 'Temadag om LAT-metoden for nye mentorer', 'Temadag afholdt', '2027-04-19', '2027-04-20', 'Nationalt center', 1],
    ['Opkvalificering', 'Supervision hver 6. uge', 'Seks supervisioner', '2027-01-11', '2027-06-28', 'Jonas Friis', 2],
    ['Opfølgning på dokumentation', 'Kvartalsvis udtræk af forløbsdata', 'Udtræk sendt til ledelsen', undefined, '2027-03-31', 'Sanne Bak', 2],
    ['Kommunikation', 'Informationsmøde for forældre', 'Møde afholdt', undefined, '2027-05-18', 'Sanne Bak', 4],
    ['Evaluering og tilpasning', 'Halvårsstatus til styregruppen', 'Status fremlagt', undefined, '2027-06-16', 'Sanne Bak', 1],
    ['Ledelse', 'Budget for 2028 indarbejdet', 'Budgetforslag', '2027-05-01', '2027-06-30', 'Morten Eg', 1],
  ]; // prettier-ignore
  p.table({
    sheet: S,
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema' },
      { key: 'akt', header: 'Aktivitet' },
      { key: 'mil', header: 'Milepæl' },
      { key: 'start', header: 'Start' },
      { key: 'slut', header: 'Slut' },
      { key: 'ans', header: 'Ansvarlig' },
      { key: 'status', header: 'Status (1-4)' },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      start: 'start',
      deadline: 'slut',
      responsible: 'ans',
      status: 'status',
    },
    rows: rows.map(([tema, akt, mil, start, slut, ans, st]) => ({
      cells: {
        tema,
        akt: { v: akt, s: WRAP },
        mil,
        start: start ? { v: { date: start }, s: DMY } : undefined,
        slut: { v: { date: slut }, s: DMY },
        ans,
        status: st,
      },
      x: { theme: TH[tema]!, status: ST[st]!, start: start ?? null, deadline: slut },
    })),
  });

  const C = 'Parathed';
  const c = p.sheet(C);
  c.set('A1', 'Er vi klar? – vores egen tjekliste', TITLE);
  c.width(1, 70).width(2, 44);
  type Q = [ChecklistIdKey, string, string, Exp, Exp?];
  const NA = (t: string): Exp => unsure(null, `"${t}": no answer of Ja, Delvist or Nej; to be checked`);
  const before: Q[] = [
    ['F1', 'Har vi lavet en analyse af behovet for indsatsen?', 'Ja', 'yes'],
    ['F2', 'Var de relevante fagfolk med i analysen?', 'Ja, delvist', 'partly'],
    ['F3', 'Har vi en plan for at holde samarbejdspartnerne informeret og involveret?', 'Nej – men planlagt til marts', 'no', 'men planlagt til marts'],
    ['F4', 'Er der udpeget en koordinator til at drive indsatsen?', 'Ja – Sanne Bak', 'yes', 'Sanne Bak'],
    ['F5', 'Ved vi, hvilke afdelinger mentorerne og forældrecoachene kommer fra, og hvorfor?', 'Ja', 'yes'],
    ['F6', 'Har de uddannede mentorer og coaches tid og rammer til at tage forløb?', 'Delvist – mangler aftale med jobcentret', 'partly', 'mangler aftale med jobcentret'],
    ['F7', 'Er roller og ansvar mellem ledelse, koordinator og mentorer aftalt?', 'Ja', 'yes'],
  ]; // prettier-ignore
  const during: Q[] = [
    ['L1', 'Har vi en implementeringsplan med aktiviteter, milepæle og deadlines?', 'Ja', 'yes'],
    ['L2', 'Har vi aftalt nedslag, hvor vi ser på de foreløbige resultater?', 'N/A', NA('N/A')],
    ['L3', 'Er ledelse, mentorer og forældrecoaches opkvalificeret?', 'Ja, delvist – lederne mangler', 'partly', 'lederne mangler'],
    ['L4', 'Er der en plan for læring og øvelse i LAT-metoden efter kurserne?', 'Nej', 'no'],
    ['L5', 'Har vi en plan for kommunikation om metoden til samarbejdspartnerne?', 'Nej – men planlagt', 'no', 'men planlagt'],
    ['L6', 'Har mentorerne og coachene stadig tid og rammer til forløbene?', 'Ja', 'yes'],
    ['L7', 'Ved vi, hvem der skal informeres, og hvordan budskabet tilpasses?', 'Ikke relevant', NA('Ikke relevant')],
    ['L8', 'Er det aftalt, hvad der kommunikeres, hvornår og hvordan?', 'Delvist', 'partly'],
  ]; // prettier-ignore
  let r = 3;
  const group = (title: string, qs: Q[]): void => {
    c.row(`A${r}`, [title, 'Svar'], HEAD);
    r++;
    for (const [id, q, text, a, comment] of qs) {
      c.row(`A${r}`, [{ v: q, s: WRAP }, text]);
      p.answer(id, a, C, `B${r}`, comment);
      r++;
    }
    r++;
  };
  group('Før vi går i gang', before);
  group('Undervejs', during);
  return p;
}
