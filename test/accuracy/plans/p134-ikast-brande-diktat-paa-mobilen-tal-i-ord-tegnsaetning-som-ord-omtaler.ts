// Ikast-Brande (held out, twenty-sixth round): the coordinator dictated the plan into Excel on her
// phone (voice typing in Excel for iOS, the rows later pasted into a Loop table and back): dates and
// numbers spoken in words ("femtende marts", "den første i fjerde", "uge tolv", "fra uge ti",
// "enogtredivte maj", "den femte" with no month), the punctuation she spoke left as words
// ("komma", "punktum", "ny linje"), the people as Teams/Loop @mentions ("@Mette Kjær", "@Mette Kjær og
// @Jonas Lund"), herself as "mig selv" or "jeg" beside her name on the cover, the municipality
// spoken without its hyphen ("Ikast Brande kommune"), lower-case list values, the checklist answered
// "ja punktum", "delvist komma mangler aftale med skolerne", and the corps' hours and cases in words.
// SheetJS (no styles).

import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { at, coverPairs } from './round24';

const ME = {
  v: 'Anne Friis',
  flag: true,
  note: '"mig selv"/"jeg" in the plan the coordinator dictated: the coordinator named on the cover, to be confirmed',
} as const;
// [theme cell, theme id, activity cell, activity read, responsible cell, responsible read,
//  start cell, start read, deadline cell, deadline read, status cell, status id]
type R = readonly [string, string, string, Exp, string, Exp, string, Exp, string, Exp, string, string];
const ROWS: readonly R[] = [
  ['ledelse', 'leadership', 'Opstartsmøde med styregruppen punktum', { v: 'Opstartsmøde med styregruppen.', alt: ['Opstartsmøde med styregruppen'] }, 'mig selv', ME, '', null, 'femtende januar', '2027-01-15', 'gennemført', 'done'],
  ['kommunikation', 'communication', 'Informationsmøde for forældre komma lærere og pædagoger', 'Informationsmøde for forældre, lærere og pædagoger', '@Mette Kjær', 'Mette Kjær', 'første februar', '2027-02-01', 'femtende marts', '2027-03-15', 'i gang', 'in_progress'],
  ['inddragelse', 'involvement', 'Fokusgruppe med unge ny linje husk samtykke fra forældrene', 'Fokusgruppe med unge\nhusk samtykke fra forældrene', '@Jonas Lund', 'Jonas Lund', '', null, 'den første i fjerde', '2027-04-01', 'ikke startet', 'not_started'],
  ['opkvalificering', 'upskilling', 'LAT kursus for nye mentorer', 'LAT kursus for nye mentorer', 'jeg', ME, 'fra uge ti', '2027-03-08', 'uge tolv', '2027-03-28', 'i gang', 'in_progress'],
  ['organisering komma roller og ansvar', 'organisation_roles', 'Samarbejdsaftale med PPR', 'Samarbejdsaftale med PPR', '@Mette Kjær og @Jonas Lund', { v: 'Mette Kjær og Jonas Lund', alt: ['Mette Kjær, Jonas Lund'] }, '', null, 'tredivte april', '2027-04-30', 'gennemført punktum', 'done'],
  ['arbejdsproces og kultur', 'process_culture', 'Sparringsmøder i korpset hver anden uge', 'Sparringsmøder i korpset hver anden uge', '@Jonas Lund', 'Jonas Lund', 'fjerde januar', '2027-01-04', 'enogtredivte maj', '2027-05-31', 'i gang', 'in_progress'],
  ['kommunikation', 'communication', 'Nyhedsbrev til skolerne', 'Nyhedsbrev til skolerne', '@Mette Kjær', 'Mette Kjær', '', null, 'den femte', { v: null, flag: true, note: '"den femte" (the fifth) names no month: undecidable' }, 'ikke startet', 'not_started'],
  ['opfølgning på dokumentation', 'documentation', 'Dataudtræk til styregruppen', 'Dataudtræk til styregruppen', 'mig selv', ME, '', null, 'uge toogtyve', '2027-06-06', 'ikke startet', 'not_started'],
  ['evaluering og tilpasning', 'evaluation', 'Halvårsevaluering komma også med forældrecoaches', 'Halvårsevaluering, også med forældrecoaches', '@Poul Dam', 'Poul Dam', '', null, 'den tredivte i sjette', '2027-06-30', 'ikke startet', 'not_started'],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p134-ikast-brande-diktat-paa-mobilen-tal-i-ord-tegnsaetning-som-ord-omtaler',
    'sheetjs',
    'Ikast-Brande: a plan dictated on a phone: dates in words ("femtende marts", "den første i fjerde", "uge tolv", "fra uge ti", "enogtredivte maj", "den femte" with no month), dictated punctuation left as words ("komma", "punktum", "ny linje"), responsibles as @mentions ("@Mette Kjær", "@Mette Kjær og @Jonas Lund"), "mig selv"/"jeg" beside the coordinator on the cover, "Ikast Brande kommune" without its hyphen, lower-case list values, answers "ja punktum" and "delvist komma …", corps hours and cases in words.',
    [
      'dictated-on-phone',
      'dates-in-words-ordinal-day-month',
      'date-day-i-ordinal-month',
      'week-number-in-words',
      'day-without-month-undecidable',
      'dictated-punctuation-as-words',
      'responsible-as-mention',
      'responsible-mig-selv-jeg',
      'municipality-without-hyphen',
      'checklist-answer-with-dictated-punctuation',
      'corps-figures-in-words',
    ],
  );

  const F = 'Forside';
  p.sheet(F).set('A1', 'Implementeringsplan mentor og forældrecoach');
  coverPairs(p, F, 3, [
    ['Kommune', 'Ikast Brande kommune', 'municipality', '756'],
    ['Periode', 'første halvår 2027', 'period', '2027-H1'],
    ['Fase', 'indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Anne Friis', 'coordinator'],
    ['Leder', '@Poul Dam', 'leader', 'Poul Dam'],
  ]);

  const S = 'Plan';
  const s = p.sheet(S);
  s.row('A1', ['Tema', 'Aktivitet', 'Hvem', 'Start', 'Frist', 'Status']);
  const x = at(S);
  ROWS.forEach(([tema, id, akt, aktRead, ans, ansRead, start, startRead, frist, fristRead, status, statusId], i) => {
    const r = 2 + i;
    s.row(`A${r}`, [tema, akt, ans, start === '' ? undefined : start, frist, status]);
    p.activity(S, r, {
      theme: x(id, `A${r}`),
      activity: x(aktRead, `B${r}`),
      status: x(statusId, `F${r}`),
      start: x(startRead, `D${r}`),
      deadline: x(fristRead, `E${r}`),
      responsible: x(ansRead, `C${r}`),
    });
  }); // prettier-ignore

  const K = 'Huskeliste';
  const k = p.sheet(K);
  k.row('A1', ['Nr', 'Spørgsmål', 'Svar']);
  type Ans = 'yes' | 'partly' | 'no';
  const SAID: Readonly<Record<ChecklistIdKey, readonly [string, Ans, string?]>> = {
    F1: ['ja', 'yes'], F2: ['ja punktum', 'yes'], F3: ['delvist komma mangler aftale med skolerne', 'partly', 'mangler aftale med skolerne'],
    F4: ['ja', 'yes'], F5: ['nej punktum', 'no'], F6: ['ja', 'yes'], F7: ['delvist', 'partly'],
    L1: ['ja', 'yes'], L2: ['ja punktum', 'yes'], L3: ['delvist', 'partly'], L4: ['ja', 'yes'],
    L5: ['nej komma vi venter på IT', 'no', 'vi venter på IT'], L6: ['delvist', 'partly'], L7: ['ja', 'yes'], L8: ['nej', 'no'],
  }; // prettier-ignore
  let q = 1;
  for (const [id, text] of SEED_QUESTIONS) {
    q++;
    const [said, a, comment] = SAID[id];
    k.row(`A${q}`, [id, text, said]);
    p.answer(id, a, K, `C${q}`, comment);
  }

  const P = 'Korps';
  const pp = p.sheet(P);
  pp.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer om ugen', 'Forløb']);
  const CORPS: readonly (readonly [string, string, string, string, string, number, string, number])[] = [
    ['MK', 'mentor', 'mentor', 'Familiecentret', 'tolv', 12, 'tre', 3],
    ['JL', 'forældrecoach', 'parent_coach', 'PPR', 'otte', 8, 'to', 2],
    ['SB', 'både mentor og forældrecoach', 'both', 'Jobcenteret', 'femten', 15, 'fem', 5],
  ];
  CORPS.forEach(([ini, role, roleId, dept, h, hours, c, cases], i) => {
    const r = 2 + i;
    pp.row(`A${r}`, [ini, role, dept, h, c]);
    p.corpsRow(P, r, {
      initials: [ini, `A${r}`],
      role: [roleId, `B${r}`],
      hoursPerWeek: [hours, `D${r}`],
      activeCases: [cases, `E${r}`],
    });
  });
  return p;
}
