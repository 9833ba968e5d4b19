// Struer: a plan whose two header rows are frozen, with merged group headings over pairs of columns
// ("Hvad" over Tema | Aktivitet, "Tid" over Start | Slut, "Hvem" over Ansvarlig | Deltagere): the
// responsible is the "Ansvarlig" column, not the participants beside it. Statuses "Afsluttet",
// "Påbegyndt", "Ikke påbegyndt", "Aflyst" and "På pause"; times written "KW 10", "ultimo uge 12",
// "uge 14-16", "inden 1. april", "Q2 2027" beside date cells. The municipality and period are only
// in the title, the coordinator only in a contact line under the plan. The checklist numbered
// F1–L8 is answered with 1 under Ja, Delvist or Nej and 0 in the others. A corps sheet with hours
// typed "7,5 t" and roles "Mentor + forældrecoach". Hand-built package. Written for the second
// held-out round.

import { PlanBuilder, type Exp } from '../build/plan';
import type { Style } from '../build/model';
import type { ChecklistIdKey } from '../expected';
import { HEAD, ITALIC, TITLE, WRAP } from './common';

const DATE: Style = { fmt: 'd. mmm yyyy' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p36-struer-hvem-deltagere-kw-nul-et',
    'hand-built',
    'Struer: frozen two-row header with merged group headings (Hvad, Tid, Hvem) over Tema | Aktivitet, Start | Slut, Ansvarlig | Deltagere; Afsluttet/Påbegyndt/Ikke påbegyndt/Aflyst/På pause; KW, ultimo uge, inden 1. april; municipality and period only in the title, coordinator only in a contact line; checklist answered 1/0; corps hours "7,5 t".',
    [
      'frozen-two-row-header',
      'merged-group-headers',
      'participants-beside-responsible',
      'status-afsluttet-paabegyndt',
      'status-cancelled',
      'status-paused',
      'kw-week',
      'ultimo-week',
      'week-range',
      'inden-day-month',
      'quarter',
      'cover-in-title-and-contact-line',
      'checklist-one-zero',
      'checklist-numbered-F-L',
      'corps',
      'hours-with-unit-text',
    ],
  );
  const S = 'Implementeringsplan';
  const s = p.sheet(S);
  s.set('A1', 'Struer Kommune – implementeringsplan for mentorkorpset, 1. halvår 2027', TITLE);
  p.fact('municipality', '671', S, 'A1');
  p.fact('period', '2027-H1', S, 'A1');
  s.set('A3', 'Hvad', HEAD).set('B3', null, HEAD).merge('A3:B3');
  s.set('C3', 'Tid', HEAD).set('D3', null, HEAD).merge('C3:D3');
  s.set('E3', 'Hvem', HEAD).set('F3', null, HEAD).merge('E3:F3');
  s.set('G3', 'Status', HEAD).set('G4', null, HEAD).merge('G3:G4');
  s.frozenRows = 4;
  [26, 46, 14, 16, 18, 30, 16].forEach((w, i) => s.width(i + 1, w));

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
  const ST: Record<string, Exp> = {
    Afsluttet: 'done',
    Påbegyndt: 'in_progress',
    'Ikke påbegyndt': 'not_started',
    Aflyst: 'closed',
    'På pause': {
      v: 'changed',
      flag: true,
      alt: ['in_progress'],
      note: '"På pause" (paused) is not on the list: the plan changed, checked',
    },
  };
  type D = string | { date: string } | undefined;
  // [theme, activity, start, end, responsible, participants, status, start reading, deadline reading]
  type R = [string, string, D, D, string, string, string, Exp, Exp];
  const rows: R[] = [
    ['Ledelse', 'Ledergruppen beslutter mål for korpset', undefined, { date: '2027-01-27' }, 'Tina Sand', 'Ledergruppen', 'Afsluttet', null, '2027-01-27'],
    ['Kommunikation', 'Pjece om mentorordningen til forældre', { date: '2027-02-01' }, 'KW 10', 'Karina Lund', 'Kommunikationsafdelingen', 'Påbegyndt', '2027-02-01', '2027-03-14'],
    ['Inddragelse', 'Dialogmøde med skolernes AKT-lærere', undefined, 'ultimo uge 12', 'Karina Lund', 'AKT-lærere, PPR', 'Ikke påbegyndt', null, { v: '2027-03-28', alt: ['2027-03-26'], note: 'the end of ISO week 12 of 2027 (its Sunday, or its Friday)' }],
    ['Arbejdsproces og kultur', 'Fælles visitationsprocedure', undefined, 'uge 14-16', 'Tina Sand', 'Myndighed, Familiecenter', 'Påbegyndt', { v: '2027-04-05', cell: 'D8', note: 'the range in the end column gives the start too' }, '2027-04-25'],
    ['Organisering, roller og ansvar', 'Funktionsbeskrivelse for mentorer', undefined, 'inden 1. april', 'Karina Lund', 'Mentorerne', 'På pause', null, { v: '2027-04-01', alt: ['2027-03-31'], note: '"inden 1. april": by 1 April, the plan\'s year' }],
    ['Opkvalificering', 'LAT-grunduddannelse for nye mentorer', { date: '2027-03-08' }, { date: '2027-03-19' }, 'Nationalt center', 'Fire nye mentorer', 'Afsluttet', '2027-03-08', '2027-03-19'],
    ['Opfølgning på dokumentation', 'Indføre registrering af fremmøde', undefined, 'Q2 2027', 'Karina Lund', 'Alle mentorer', 'Ikke påbegyndt', null, '2027-06-30'],
    ['Evaluering og tilpasning', 'Erfaringsopsamling med mentorerne', undefined, { date: '2027-06-17' }, 'Karina Lund', 'Mentorer og forældrecoaches', 'Ikke påbegyndt', null, '2027-06-17'],
    ['Kommunikation', 'Oplæg på byrådets temamøde', undefined, { date: '2027-05-12' }, 'Tina Sand', 'Karina Lund', 'Aflyst', null, '2027-05-12'],
    ['Opkvalificering', 'Supervision af mentorerne med ekstern supervisor', undefined, { date: '2027-06-03' }, 'Karina Lund', 'Mentorerne', 'Påbegyndt', null, '2027-06-03'],
  ]; // prettier-ignore
  const last = p.table({
    sheet: S,
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema' },
      { key: 'akt', header: 'Aktivitet' },
      { key: 'start', header: 'Start' },
      { key: 'slut', header: 'Slut' },
      { key: 'ans', header: 'Ansvarlig' },
      { key: 'delt', header: 'Deltagere' },
      { key: 'status', header: undefined },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      start: 'start',
      deadline: 'slut',
      responsible: 'ans',
      status: 'status',
    },
    rows: rows.map(([tema, akt, start, slut, ans, delt, status, xs, xd]) => ({
      cells: {
        tema,
        akt: { v: akt, s: WRAP },
        start: start === undefined || typeof start === 'string' ? start : { v: start, s: DATE },
        slut: slut === undefined || typeof slut === 'string' ? slut : { v: slut, s: DATE },
        ans,
        delt,
        status,
      },
      x: { theme: TH[tema]!, status: ST[status]!, start: xs, deadline: xd },
    })),
  });
  s.set(`A${last + 2}`, 'Kontaktperson: Karina Lund (koordinator), tlf. 9684 0000', ITALIC);
  p.fact('coordinator', 'Karina Lund', S, `A${last + 2}`);

  const t = p.sheet('Huskeliste');
  t.row('A1', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Kommentar'], HEAD);
  type Q = [ChecklistIdKey, string, 'yes' | 'partly' | 'no' | null, string?];
  const qs: Q[] = [
    ['F1', 'Behovsanalyse', 'yes'],
    ['F2', 'Aktører involveret i analysen', 'yes'],
    ['F3', 'Plan for inddragelse af samarbejdspartnere', 'partly'],
    ['F4', 'Koordinator valgt', 'yes'],
    ['F5', 'Besluttet hvor mentorerne kommer fra', 'yes'],
    ['F6', 'Rammer for forløb (forberedelse)', 'partly', 'Tid er afsat for 3 af 4'],
    ['F7', 'Rolle- og ansvarsfordeling', 'no'],
    ['L1', 'Implementeringsplan med milepæle', 'yes'],
    ['L2', 'Plan for nedslag', 'partly'],
    ['L3', 'Opkvalificering af ledelse og mentorer', 'partly'],
    ['L4', 'Læring og øvelse i LAT-metoden', 'no'],
    ['L5', 'Kommunikationsplan for metoden', null, 'Tages op i maj'],
    ['L6', 'Rammer for forløb (løbende)', 'partly'],
    ['L7', 'Hvem skal informeres', 'yes'],
    ['L8', 'Hvad, hvornår og hvordan der kommunikeres', 'no'],
  ];
  t.width(2, 46).width(6, 30);
  qs.forEach(([id, q, a, c], i) => {
    const r = 2 + i;
    t.row(`A${r}`, [id, q, a === 'yes' ? 1 : 0, a === 'partly' ? 1 : 0, a === 'no' ? 1 : 0, c]);
    const col = a === 'yes' ? 'C' : a === 'partly' ? 'D' : a === 'no' ? 'E' : 'C';
    p.answer(id, a, 'Huskeliste', `${col}${r}`, c ? { v: c, cell: `F${r}` } : undefined);
  });

  const k = p.sheet('Korps');
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'], HEAD);
  type K = [string, string, string, string | number, number, string, number];
  const ks: K[] = [
    ['AK', 'Mentor', 'Skoleområdet', '7,5 t', 3, 'mentor', 7.5],
    ['BH', 'Mentor + forældrecoach', 'Familiecentret', '10 t', 4, 'both', 10],
    ['CL', 'Forældrecoach', 'Familiecentret', 5, 2, 'parent_coach', 5],
    ['DM', 'Mentor', 'Ungeindsatsen', '6 t.', 3, 'mentor', 6],
  ];
  ks.forEach(([ini, rolle, afd, timer, forloeb, role, hours], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, rolle, afd, timer, forloeb]);
    p.corpsRow('Korps', r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [hours, `D${r}`],
      activeCases: [forloeb, `E${r}`],
    });
  });
  return p;
}
