// Næstved (held out, thirtieth round): the plan's weight on its other parts. The readiness checklist
// was sent round as a Microsoft Forms survey ("Parathed i mentorkorpset – efterår 2026") to the
// leader, the coordinator and the corps, and its Excel export ("Åbn i Excel" › "Download en kopi")
// copied into the plan as a sheet of its own: one row per response, Forms' own columns "Id",
// "Starttidspunkt", "Fuldførelsestidspunkt", "Mail", "Navn", "Tidspunkt for seneste ændring", then
// one column per question headed by the question as she wrote it (F6 and L6 ask the same and carry
// the same header), each answered "Ja" / "Delvist" / "Nej", and a last free-text question. Six
// responses: the leader's, the coordinator's in October, an anonymous one ("anonymous", no name), a
// mentor's, the coordinator's again in November (she answered once more after the autumn's
// meetings), and another mentor's after hers. A careful reader takes the checklist as the
// coordinator answers it for the municipality — her row, and of her two the latest — and reads the
// other respondents' rows as the views gathered, not as answers of the plan (the mentor who answered
// last is no newer answer to the plan's checklist).
// The corps as an HR-style roster with start and stop per member ("Startdato", "Stopdato", the stop
// day as a date, as text "Fratrådt 31.10.2026", or told only in the remark "Stoppet i korpset
// 30.06.2026"), hours a week (one "7,5" typed as text) and active cases, and a total row: members
// who stopped before the period (1. halvår 2027) are no longer in the corps; one who stops during it,
// and one who starts in January, are. A plain activity plan, cover and indicator table. SheetJS
// (date cells t="d", the Forms timestamps with their time of day, no styles).

import { PlanBuilder, type Exp } from '../build/plan';
import type { Cell } from '../build/model';
import type { ChecklistIdKey } from '../expected';
import { coverPairs } from './round24';

type A = 'Ja' | 'Delvist' | 'Nej';
const ANSWER: Record<A, 'yes' | 'partly' | 'no'> = { Ja: 'yes', Delvist: 'partly', Nej: 'no' };

const IDS: readonly ChecklistIdKey[] = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8']; // prettier-ignore

/** The survey's questions as the coordinator wrote them in Forms (the export's headers). */
const QUESTIONS: Record<ChecklistIdKey, string> = {
  F1: 'Har vi lavet en analyse af behovet for indsatsen og for at være med i mentorkorpset?',
  F2: 'Har relevante aktører været med i analysen af behovet?',
  F3: 'Har vi en plan for, hvordan samarbejdspartnere løbende involveres og informeres?',
  F4: 'Er der valgt en koordinator til at drive implementeringen?',
  F5: 'Er det besluttet, hvilke områder mentorer og forældrecoaches kommer fra – og hvorfor?',
  F6: 'Er der skabt rammer for, at mentorer og forældrecoaches kan arbejde med forløb?',
  F7: 'Er roller og ansvar fordelt mellem ledelse, koordinator og korpset?',
  L1: 'Har vi en implementeringsplan med aktiviteter, mål, deadlines og milepæle?',
  L2: 'Har vi planlagt nedslag, hvor vi ser på foreløbige resultater og det videre forløb?',
  L3: 'Er ledelse, mentorer og forældrecoaches blevet opkvalificeret?',
  L4: 'Har vi en plan for læring og øvelse i LAT-metoden (aktionslæring), så kompetencerne fastholdes?',
  L5: 'Har vi en plan for kommunikation om metoden til samarbejdspartnere i kommunen?',
  // The same wording as F6: the survey asks it again in its second section.
  L6: 'Er der skabt rammer for, at mentorer og forældrecoaches kan arbejde med forløb?',
  L7: 'Ved vi, hvem der skal informeres, og hvordan budskaberne målrettes?',
  L8: 'Har vi en plan for, hvad, hvornår og hvordan vi kommunikerer om indsatsen?',
};

type Response = {
  id: number;
  start: [string, string];
  done: [string, string];
  mail: string;
  name: string;
  answers: readonly A[];
  comment?: string;
};

const COORDINATOR = 'Camilla Vestergaard';

// The answers in F1–F7, L1–L8 order.
const RESPONSES: readonly Response[] = [
  {
    id: 1, start: ['2026-10-05', '09:12:40'], done: ['2026-10-05', '09:18:02'], mail: 'jenor@naestved.dk', name: 'Jesper Nørgaard',
    answers: ['Ja', 'Ja', 'Ja', 'Ja', 'Delvist', 'Ja', 'Ja', 'Ja', 'Ja', 'Delvist', 'Ja', 'Ja', 'Ja', 'Delvist', 'Ja'],
  },
  {
    id: 2, start: ['2026-10-06', '13:40:11'], done: ['2026-10-06', '13:51:45'], mail: 'camve@naestved.dk', name: COORDINATOR,
    answers: ['Ja', 'Delvist', 'Nej', 'Ja', 'Nej', 'Nej', 'Delvist', 'Delvist', 'Nej', 'Nej', 'Nej', 'Delvist', 'Nej', 'Nej', 'Delvist'],
    comment: 'Første runde – svarer igen efter styregruppemødet i november.',
  },
  {
    id: 3, start: ['2026-10-09', '20:03:57'], done: ['2026-10-09', '20:07:30'], mail: 'anonymous', name: '',
    answers: ['Delvist', 'Nej', 'Nej', 'Ja', 'Nej', 'Nej', 'Nej', 'Delvist', 'Nej', 'Delvist', 'Nej', 'Nej', 'Nej', 'Nej', 'Nej'],
    comment: 'Vi mangler tid til forløbene ved siden af vores almindelige arbejde.',
  },
  {
    id: 4, start: ['2026-10-21', '11:25:08'], done: ['2026-10-21', '11:31:40'], mail: 'larbr@naestved.dk', name: 'Lars Bruun',
    answers: ['Ja', 'Ja', 'Delvist', 'Ja', 'Delvist', 'Delvist', 'Ja', 'Ja', 'Delvist', 'Ja', 'Delvist', 'Nej', 'Delvist', 'Nej', 'Nej'],
  },
  {
    // The coordinator's second response: the checklist's answers.
    id: 5, start: ['2026-11-24', '15:02:19'], done: ['2026-11-24', '15:16:03'], mail: 'camve@naestved.dk', name: COORDINATOR,
    answers: ['Ja', 'Ja', 'Delvist', 'Ja', 'Nej', 'Delvist', 'Ja', 'Ja', 'Delvist', 'Nej', 'Delvist', 'Ja', 'Nej', 'Delvist', 'Ja'],
  },
  {
    id: 6, start: ['2026-11-26', '08:47:33'], done: ['2026-11-26', '08:52:10'], mail: 'sahol@naestved.dk', name: 'Sara Holm',
    answers: ['Nej', 'Delvist', 'Nej', 'Ja', 'Delvist', 'Nej', 'Delvist', 'Delvist', 'Ja', 'Delvist', 'Nej', 'Delvist', 'Ja', 'Ja', 'Delvist'],
    comment: 'Jeg er ny i korpset, så jeg kender ikke alt endnu.',
  },
]; // prettier-ignore

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Opfølgning på dokumentation': 'documentation',
};
const ST: Record<string, string> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

const dt = (d: string, t?: string): Cell => ({ v: t ? { date: d, time: t } : { date: d } });

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p141-naestved-forms-svar-flere-besvarere-korps-med-start-stop',
    'sheetjs',
    'Næstved: the readiness checklist as a Microsoft Forms export (Id, Starttidspunkt, Fuldførelsestidspunkt, Mail, Navn, a column per question, F6 and L6 with the same header) answered by six respondents — the leader, the coordinator twice, an anonymous one and two mentors, the last after her —, read in the coordinator\'s latest row; the corps as a roster with start and stop days ("Stopdato" as a date, "Fratrådt 31.10.2026", or "Stoppet i korpset …" only in the remark), those who stopped before the period left out; plain plan, cover and indicators.',
    [
      'forms-export-checklist-several-respondents',
      'checklist-read-in-coordinators-latest-response',
      'checklist-questions-as-columns-same-header-twice',
      'anonymous-forms-response',
      'corps-roster-start-and-stop-dates',
      'corps-member-left-before-period',
      'corps-stop-told-in-remark',
      'corps-member-starting-in-period',
    ],
  );

  // --- Forside: the cover, label and value.
  const F = 'Forside';
  p.sheet(F).set('A1', 'Næstved Kommune – mentor- og forældrecoachindsatsen');
  coverPairs(p, F, 3, [
    ['Kommune', 'Næstved Kommune', 'municipality', '370'],
    ['Periode', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Klargøring', 'phase', 'readiness'],
    ['Koordinator', COORDINATOR, 'coordinator'],
    ['Ansvarlig leder', 'Jesper Nørgaard', 'leader'],
    ['Organisatorisk forankring', 'Socialområdet (Børn og Unge)', 'organisation', 'social'],
    ['Supervision', 'Ekstern supervisor', 'supervisionModel', 'external'],
  ]);
  p.sheet(F).width(1, 26).width(2, 36);

  // --- Handleplan: a small, plain activity plan.
  const rows: readonly [string, string, string, string | null, string, string][] = [
    ['Ledelse', 'Styregruppemøde om mål og rammer for korpset', 'Jesper Nørgaard', null, '2027-01-28', 'Ikke startet'],
    ['Organisering, roller og ansvar', 'Udpege mentorer fra Jobcentret', COORDINATOR, '2026-11-01', '2027-02-15', 'I gang'],
    ['Opkvalificering', 'LAT-grundkursus for nye forældrecoaches', 'Lars Bruun', '2027-02-01', '2027-04-30', 'Ikke startet'],
    ['Kommunikation', 'Nyhedsbrev til skoler og sundhedsplejen', COORDINATOR, null, '2026-11-30', 'Gennemført'],
    ['Inddragelse', 'Dialogmøde med forældrerådet', 'Sara Holm', null, '2027-03-17', 'Ikke startet'],
    ['Opfølgning på dokumentation', 'Registrering af forløb i dokumentationsplatformen hver måned', COORDINATOR, '2027-01-04', '2027-06-30', 'I gang'],
  ]; // prettier-ignore
  p.table({
    sheet: 'Handleplan',
    headerRow: 1,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 50 },
      { key: 'ans', header: 'Ansvarlig', width: 22 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'frist', header: 'Frist', width: 12 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', start: 'start', deadline: 'frist', status: 'status' },
    rows: rows.map(([tema, akt, ans, start, frist, status]) => ({
      cells: { tema, akt, ans, start: start ? dt(start) : undefined, frist: dt(frist), status },
      x: { theme: TH[tema]!, status: ST[status]!, start, deadline: frist },
    })),
  }); // prettier-ignore

  // --- Parathed (Forms): the survey's export, one row per response.
  const S = 'Parathed (Forms)';
  const s = p.sheet(S);
  const head = [
    'Id',
    'Starttidspunkt',
    'Fuldførelsestidspunkt',
    'Mail',
    'Navn',
    'Tidspunkt for seneste ændring',
    ...IDS.map((id) => QUESTIONS[id]),
    'Vil du tilføje en kommentar?',
  ];
  s.row('A1', head);
  [5, 18, 18, 22, 20, 18].forEach((w, i) => s.width(i + 1, w));
  RESPONSES.forEach((r, i) => {
    const row = 2 + i;
    s.set(`A${row}`, r.id);
    s.set(`B${row}`, dt(r.start[0], r.start[1]));
    s.set(`C${row}`, dt(r.done[0], r.done[1]));
    s.set(`D${row}`, r.mail);
    if (r.name) s.set(`E${row}`, r.name);
    r.answers.forEach((a, q) => {
      s.set(`${String.fromCharCode(71 + q)}${row}`, a); // G … U
    });
    if (r.comment) s.set(`V${row}`, r.comment);
  });
  // The coordinator's latest response (Id 5, row 6) is the checklist.
  const mine = RESPONSES.find((r) => r.id === 5)!;
  IDS.forEach((id, q) => {
    const col = String.fromCharCode(71 + q);
    const a = mine.answers[q]!;
    const exp: Exp = ANSWER[a];
    p.answer(id, exp, S, `${col}6`);
  });

  // --- Korps: the roster with start and stop days.
  const K = 'Korps';
  const k = p.sheet(K);
  k.set('A1', 'Korpsoversigt – mentorer og forældrecoaches (opdateret 24.11.2026)');
  k.row('A3', ['Initialer', 'Rolle', 'Afdeling', 'Uddannet', 'Startdato', 'Stopdato', 'Timer/uge', 'Aktive forløb', 'Bemærkning']); // prettier-ignore
  [10, 26, 26, 12, 12, 22, 10, 12, 40].forEach((w, i) => k.width(i + 1, w));
  type M = {
    ini: string;
    rolle: string;
    roleId: 'mentor' | 'parent_coach' | 'both';
    afd: string;
    udd: string;
    start: string;
    stop?: string | Cell;
    hours: number | string;
    hoursRead: number;
    cases: number;
    note?: string;
    member: boolean;
    why?: string;
  };
  const MEMBERS: readonly M[] = [
    { ini: 'AKH', rolle: 'Mentor', roleId: 'mentor', afd: 'Familie og Forebyggelse', udd: '2025-02-14', start: '2025-03-01', hours: 8, hoursRead: 8, cases: 3, member: true },
    { ini: 'MBJ', rolle: 'Forældrecoach', roleId: 'parent_coach', afd: 'Sundhedsplejen', udd: '2025-06-12', start: '2025-08-15', hours: 6, hoursRead: 6, cases: 2, member: true },
    { ini: 'TS', rolle: 'Mentor og forældrecoach', roleId: 'both', afd: 'Ungecentret', udd: '2025-02-14', start: '2025-03-01', stop: 'Fratrådt 31.10.2026', hours: 10, hoursRead: 10, cases: 0, note: 'Ny stilling i Region Sjælland', member: false, why: 'left the corps on 31 October 2026, before the period: no member' },
    { ini: 'RDN', rolle: 'Mentor', roleId: 'mentor', afd: 'Jobcentret', udd: '2025-02-14', start: '2025-03-01', stop: dt('2027-03-31'), hours: 8, hoursRead: 8, cases: 2, note: 'Går på pension 31.03.2027', member: true },
    { ini: 'SBM', rolle: 'Mentor', roleId: 'mentor', afd: 'PPR', udd: '2025-02-14', start: '2025-03-01', hours: 6, hoursRead: 6, cases: 0, note: 'Stoppet i korpset 30.06.2026 (barsel, vender ikke tilbage til korpset)', member: false, why: 'the remark says she stopped on 30 June 2026: no member' },
    { ini: 'LØ', rolle: 'Forældrecoach', roleId: 'parent_coach', afd: 'Sundhedsplejen', udd: '2026-11-20', start: '2027-01-04', hours: '7,5', hoursRead: 7.5, cases: 0, note: 'Starter i januar', member: true },
    { ini: 'NKH', rolle: 'Mentor', roleId: 'mentor', afd: 'Familie og Forebyggelse', udd: '2025-06-12', start: '2025-08-15', stop: dt('2026-09-30'), hours: 8, hoursRead: 8, cases: 0, member: false, why: 'stopped on 30 September 2026 (the stop day a date), before the period: no member' },
    { ini: 'JEP', rolle: 'Mentor', roleId: 'mentor', afd: 'Ungecentret', udd: '2025-06-12', start: '2025-08-15', hours: 10, hoursRead: 10, cases: 4, member: true },
  ]; // prettier-ignore
  MEMBERS.forEach((m, i) => {
    const row = 4 + i;
    k.set(`A${row}`, m.ini);
    k.set(`B${row}`, m.rolle);
    k.set(`C${row}`, m.afd);
    k.set(`D${row}`, dt(m.udd));
    k.set(`E${row}`, dt(m.start));
    if (m.stop !== undefined) k.set(`F${row}`, m.stop);
    k.set(`G${row}`, m.hours);
    k.set(`H${row}`, m.cases);
    if (m.note) k.set(`I${row}`, m.note);
    if (m.member)
      p.corpsRow(K, row, {
        initials: [m.ini, `A${row}`],
        role: [m.roleId, `B${row}`],
        hoursPerWeek: [m.hoursRead, `G${row}`],
        activeCases: [m.cases, `H${row}`],
      });
  });
  const total = 4 + MEMBERS.length;
  // Her total counts every row of the roster (SUM leaves the text "7,5" out), pasted as values.
  k.row(`A${total}`, ['I alt', undefined, undefined, undefined, undefined, undefined, 56, 11]);

  // --- Indikatorer: plain.
  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.row('A1', ['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat', 'Antal forløb (n)']);
  ind.width(1, 44);
  const inds: readonly [string, string, 'count' | 'percent', number, number, number | null, number | null][] =
    [
      ['Aktive mentorforløb', 'antal', 'count', 4, 12, 7, null],
      ['Forløb startet i perioden', 'antal', 'count', 0, 10, 5, null],
      ['Medarbejdere opkvalificeret', 'antal', 'count', 0, 8, 6, null],
      ['Forløb med samtykke til deling af data', '%', 'percent', 60, 90, 85, 13],
    ];
  inds.forEach(([name, enhed, unit, base, target, result, n], i) => {
    const row = 2 + i;
    ind.row(`A${row}`, [name, enhed, base, target, result ?? undefined, n ?? undefined]);
    p.indicatorRow(I, row, {
      name: [name, `A${row}`],
      unit: [unit, `B${row}`],
      baseline: [base, `C${row}`],
      target: [target, `D${row}`],
      result: [result, `E${row}`],
      ...(n === null ? {} : { cases: [n, `F${row}`] as [Exp, string] }),
    });
  });
  return p;
}
