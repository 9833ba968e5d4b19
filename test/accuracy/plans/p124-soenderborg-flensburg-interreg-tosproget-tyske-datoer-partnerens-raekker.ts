// Sønderborg (held out, twenty-third round: plans saved by office programs no plan in the corpus
// came from). Sønderborg and the city of Flensburg run the mentor effort as an Interreg project
// ("Mentor grenzenlos / Mentor uden grænser") and keep one joint plan in the German partner's
// Excel (German locale): every header in both languages in one cell ("Aktivitet / Maßnahme",
// "Ansvarlig / Verantwortlich", "Frist / Termin"), the themes in both languages, a "Partner" column
// (Sønderborg, Flensburg, Fælles / Gemeinsam), the dates shown "15. März 2027" by a German date
// format, some typed by the German side as text ("15. März 2027", "15.3.27", "30. Juni 2027"), the
// German rows' statuses in German ("erledigt", "in Arbeit", "offen", "verschoben"), hours with a
// decimal comma typed as text ("7,5"). The rows Flensburg alone carries out are the partner's
// plan, not Sønderborg's: a careful reader keeps them apart (no activities of this plan), while
// the joint rows are Sønderborg's as well. The corps lists both cities' mentors; only Sønderborg's
// belong to its corps. Hand-built.

import type { ExpectedValue } from '../expected';
import { toExpected, PlanBuilder, type Exp } from '../build/plan';
import type { SheetModel, Style } from '../build/model';
import { SEED_QUESTIONS } from './checklist-seed';

const TITLE: Style = { bold: true, size: 14 };
const HEAD: Style = { bold: true, wrap: true, fill: { rgb: 'FCE4D6' } };
const DE_LONG: Style = { fmt: '[$-407]d. mmmm yyyy;@' };

const THEME: Record<string, string> = {
  'Ledelse / Leitung': 'leadership',
  'Kommunikation / Kommunikation': 'communication',
  'Opkvalificering / Qualifizierung': 'upskilling',
  'Organisering / Organisation': 'organisation_roles',
  'Inddragelse / Beteiligung': 'involvement',
  'Opfølgning på dokumentation / Dokumentation': 'documentation',
  'Evaluering / Evaluation': 'evaluation',
};
const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
  erledigt: 'done',
  'in Arbeit': 'in_progress',
  offen: { v: 'not_started', note: '"offen" (open) beside "in Arbeit" and "erledigt": not started yet' },
  verschoben: {
    v: 'changed',
    flag: true,
    note: '"verschoben" (postponed) is Ændret by the guide\'s list, as "Udskudt" is: a judgement to be checked',
  },
};

const FL = 'Flensburg';
const SB = 'Sønderborg';
const JOINT = 'Fælles / Gemeinsam';
// [theme, activity, partner, responsible, start, deadline cell, deadline as meant, status]
type D = string | { date: string } | null;
type R = readonly [string, string, string, string, D, D, string | null, string];
const ROWS: readonly R[] = [
  ['Ledelse / Leitung', 'Fælles styregruppemøde / Gemeinsame Lenkungsgruppe', JOINT, 'Claus Jessen / Dirk Möller', null, { date: '2027-01-28' }, '2027-01-28', 'Gennemført'],
  ['Kommunikation / Kommunikation', 'Infomøde for skolerne i Sønderborg', SB, 'Birgitte Hansen', { date: '2027-02-01' }, { date: '2027-03-15' }, '2027-03-15', 'I gang'],
  ['Kommunikation / Kommunikation', 'Elternabend an Flensburger Schulen', FL, 'Anke Petersen', null, '15. März 2027', '2027-03-15', 'erledigt'],
  ['Opkvalificering / Qualifizierung', 'LAT-kursus for mentorer (dansk hold)', SB, 'Birgitte Hansen', { date: '2027-02-15' }, { date: '2027-04-30' }, '2027-04-30', 'I gang'],
  ['Opkvalificering / Qualifizierung', 'Fælles temadag om forældrecoaching / Gemeinsamer Fachtag Elterncoaching', JOINT, 'Birgitte Hansen / Anke Petersen', null, '15.3.27', '2027-03-15', 'offen'],
  ['Organisering / Organisation', 'Rollebeskrivelse for mentorer og forældrecoaches', SB, 'Lene Schmidt', null, { date: '2027-01-31' }, '2027-01-31', 'Gennemført'],
  ['Inddragelse / Beteiligung', 'Jugendbeirat berät über das Mentorenprogramm', FL, 'Dirk Möller', null, '30.4.27', '2027-04-30', 'in Arbeit'],
  ['Inddragelse / Beteiligung', 'Ungepanelet i Sønderborg giver input til forløbene', SB, 'Lene Schmidt', { date: '2027-03-01' }, { date: '2027-05-31' }, '2027-05-31', 'Ikke startet'],
  ['Opfølgning på dokumentation / Dokumentation', 'Fælles dataark for forløb på tværs af grænsen / Gemeinsames Datenblatt', JOINT, 'Birgitte Hansen', null, '30. Juni 2027', '2027-06-30', 'verschoben'],
  ['Evaluering / Evaluation', 'Evaluering af første halvår i Sønderborg', SB, 'Birgitte Hansen', null, { date: '2027-06-30' }, '2027-06-30', 'Ikke startet'],
  ['Evaluering / Evaluation', 'Zwischenbericht an das Interreg-Sekretariat', FL, 'Anke Petersen (Lead Partner)', null, '31. Mai 2027', '2027-05-31', 'offen'],
  ['Ledelse / Leitung', 'Halvårlig status til Børne- og Uddannelsesudvalget', SB, 'Claus Jessen', null, { date: '2027-06-15' }, '2027-06-15', 'Ikke startet'],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p124-soenderborg-flensburg-interreg-tosproget-tyske-datoer-partnerens-raekker',
    'hand-built',
    'Sønderborg: a joint Interreg plan with the city of Flensburg kept in the German partner\'s Excel: headers and themes in Danish and German in one cell, a Partner column, German date formats and German text dates ("15. März 2027", "15.3.27"), German statuses on the German and joint rows ("erledigt", "in Arbeit", "offen", "verschoben"), decimal commas typed as text; Flensburg\'s own rows and mentors are the partner\'s, not Sønderborg\'s plan.',
    [
      'cross-border-joint-plan',
      'bilingual-danish-german-headers-in-one-cell',
      'german-text-dates',
      'german-statuses',
      'partner-rows-not-this-municipality',
      'partner-corps-members',
      'decimal-comma-as-text',
    ],
  );

  const F = 'Forside - Deckblatt';
  const f = p.sheet(F);
  f.set('A1', 'Mentor uden grænser / Mentor grenzenlos – Interreg Deutschland-Danmark', TITLE);
  f.row('A3', ['Kommune / Kommune', 'Sønderborg Kommune']);
  f.row('A4', ['Partner', 'Stadt Flensburg']);
  f.row('A5', ['Periode / Zeitraum', '1. halvår 2027 / 1. Halbjahr 2027']);
  f.row('A6', ['Fase / Phase', 'Indledende implementering / Erste Umsetzung']);
  f.row('A7', ['Koordinator (Sønderborg)', 'Birgitte Hansen']);
  f.row('A8', ['Koordinatorin (Flensburg)', 'Anke Petersen']);
  f.row('A9', ['Leder / Leitung (Sønderborg)', 'Claus Jessen']);
  f.row('A10', ['Leitung (Flensburg)', 'Dirk Möller']);
  f.width(1, 30).width(2, 46);
  p.fact('municipality', '540', F, 'B3');
  p.fact('period', '2027-H1', F, 'B5');
  p.fact('phase', 'initial', F, 'B6');
  p.fact('coordinator', 'Birgitte Hansen', F, 'B7');
  p.fact('leader', 'Claus Jessen', F, 'B9');

  const S = 'Handlingsplan - Aktionsplan';
  const s = p.sheet(S);
  s.set('A1', 'Fælles handlingsplan / Gemeinsamer Aktionsplan 2027', TITLE);
  s.row(
    'A3',
    [
      'Tema / Thema',
      'Aktivitet / Maßnahme',
      'Partner',
      'Ansvarlig / Verantwortlich',
      'Start / Beginn',
      'Frist / Termin',
      'Status',
    ],
    HEAD,
  );
  s.width(1, 30).width(2, 60).width(3, 18).width(4, 30).width(5, 16).width(6, 16).width(7, 14);
  const x = (e: Exp, cell: string): ExpectedValue => toExpected(e, cell, S);
  ROWS.forEach(([tema, akt, partner, ansv, start, fristCell, frist, status], i) => {
    const r = 4 + i;
    s.set(`A${r}`, tema).set(`B${r}`, akt).set(`C${r}`, partner).set(`D${r}`, ansv).set(`G${r}`, status);
    if (start) s.set(`E${r}`, typeof start === 'string' ? start : { v: start, s: DE_LONG });
    if (fristCell) s.set(`F${r}`, typeof fristCell === 'string' ? fristCell : { v: fristCell, s: DE_LONG });
    if (partner === FL) {
      p.notActivity(S, r, "Flensburg's own activity in the joint file: the partner's plan, not Sønderborg's");
      return;
    }
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(STATUS[status]!, `G${r}`),
      start: x(start && typeof start !== 'string' ? start.date : null, `E${r}`),
      deadline: x(frist, `F${r}`),
      responsible: x(ansv.includes(' / ') ? { v: ansv, alt: [ansv.split(' / ')[0]!] } : ansv, `D${r}`),
    });
  });

  // Huskeliste: Sønderborg's answers (the checklist is the Danish corps').
  const C = 'Huskeliste - Checkliste';
  const c = p.sheet(C);
  c.row('A1', ['Nr.', 'Spørgsmål / Frage', 'Svar / Antwort', 'Bemærkning / Anmerkung'], HEAD);
  c.width(2, 80).width(4, 34);
  const answers: Record<string, [string, string?]> = {
    F1: ['yes'], F2: ['yes'], F3: ['yes', 'Partnerskab med Flensburg via Interreg'], F4: ['partly'], F5: ['yes'], F6: ['partly'], F7: ['yes'],
    L1: ['yes'], L2: ['partly'], L3: ['partly'], L4: ['no'], L5: ['yes'], L6: ['partly'], L7: ['no'], L8: ['partly'],
  }; // prettier-ignore
  const WORD: Record<string, string> = { yes: 'Ja', partly: 'Delvist', no: 'Nej' };
  return withChecklist(p, c, C, answers, WORD);
}

function withChecklist(
  p: PlanBuilder,
  c: SheetModel,
  C: string,
  answers: Record<string, [string, string?]>,
  WORD: Record<string, string>,
): PlanBuilder {
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const [a, comment] = answers[id]!;
    c.row(`A${r}`, [id, q, WORD[a]!, comment]);
    p.answer(id, a, C, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
  });

  // Korps / Mentoren: both cities' people; only Sønderborg's are its corps.
  const K = 'Korps - Mentoren';
  const k = p.sheet(K);
  k.row(
    'A1',
    [
      'Initialer',
      'Rolle / Rolle',
      'Kommune',
      'Timer pr. uge / Std. pro Woche',
      'Aktive forløb / Aktive Fälle',
    ],
    HEAD,
  );
  k.width(2, 30).width(3, 14).width(4, 16).width(5, 16);
  const members: readonly (readonly [
    string,
    string,
    string,
    string | number,
    number,
    string | null,
    number,
  ])[] = [
    ['AK', 'Mentor', SB, '7,5', 3, 'mentor', 7.5],
    ['LS', 'Forældrecoach', SB, 10, 2, 'parent_coach', 10],
    ['TW', 'Mentor', FL, '19,5', 5, null, 0],
    ['MJ', 'Mentor og forældrecoach', SB, '12,5', 4, 'both', 12.5],
    ['KB', 'Elterncoach', FL, 8, 2, null, 0],
  ];
  members.forEach(([ini, rolle, kom, h, n, role, hours], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, rolle, kom, h, n]);
    if (!role) return;
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [hours, `D${r}`],
      activeCases: [n, `E${r}`],
    });
  });
  return p;
}
