// Randers (held out, nineteenth round: plans typed in haste): a plan the coordinator and a student
// helper typed fast in turns, never read through: the cover's "Randres Kommune", "Ledre:",
// "Fase: Klargøirng", "Perode:"; the plan's headers "Tema", "Aktivitet", "Milepæl", "Anvsar",
// "Strt", "Dedline", "Satus"; one theme written three ways ("Opfølgning på dokumentation",
// "Opfoelgning paa dokumentation", "Opflgning på dokumentation") and others misspelt ("Inddragrlse",
// "Ledelsse", "Evaluering og tilpasnig"); statuses "Afslutet", "Påbegynt", "Paabegyndt", "Ikek
// påbegyndt", "Lukekt", "Aendret", and "Ikke afsluttet" (not done, but begun or not is not said);
// the responsible typed one cell to the left, in the milestone column, with the responsible cell
// empty; dates that cannot be (“32.01.2027”, "2027-02-30", "5/13-2027"), a year with two digits
// swapped ("30.06.2072") and a day with the letter l for a one ("l.3.2027"); the checklist without
// ids, the seed's questions typed over with letters swapped and words doubled, answered "Dekvist" (k
// beside l), "Ne", "Mej" (m beside n), "Delvit", "Ne j", "Ja."; the corps' initials in lower case,
// "Forældrcoach", "Mentor og foraeldrecoach", hours "8 tiemr" and cases "3 stk". Hand-built package.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

/** The seed's question as typed in haste: a few letters swapped and a word doubled. */
const TYPED: Record<string, (q: string) => string> = {
  F1: (q) => q.replace('analyse', 'analsye'),
  F2: (q) => q.replace('involveret', 'involvert'),
  F3: (q) => q.replace('samarbejdspartnere', 'samarbejdsparntere').replace('løbende', 'løbende løbende'),
  F4: (q) => q.replace('koordinator', 'kordinator'),
  F5: (q) => q.replace('mentorer', 'metnorer'),
  F6: (q) => q.replace('rammerne', 'rammmerne'),
  F7: (q) => q.replace('ansvarsfordeling', 'ansvarsforedling'),
  L1: (q) => q.replace('implementeringsplan', 'implementerignsplan'),
  L2: (q) => q.replace('foreløbige', 'foreløbge'),
  L3: (q) => q.replace('opkvalificering', 'opkvalificerign'),
  L4: (q) => q.replace('aktionslæringscyklus', 'aktionslæringscyklys'),
  L5: (q) => q.replace('kommunikation', 'kommunkation'),
  L6: (q) => q.replace('uddannede', 'uddanede'),
  L7: (q) => q.replace('informeres', 'infomeres'),
  L8: (q) => q.replace('kommunikeres', 'kommunikers'),
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p108-randers-samme-tema-tre-maader-vaerdi-i-nabocellen',
    'hand-built',
    'Randers: a plan typed fast in turns: "Randres Kommune", "Ledre:", "Klargøirng", headers "Anvsar", "Strt", "Dedline", "Satus", one theme three ways ("Opfølgning på dokumentation", "Opfoelgning paa dokumentation", "Opflgning på dokumentation"), statuses "Afslutet", "Påbegynt", "Ikek påbegyndt", "Lukekt", "Ikke afsluttet", the responsible typed in the milestone cell, dates "32.01.2027", "2027-02-30", "5/13-2027", "30.06.2072", "l.3.2027", a checklist without ids with the questions typed over and answers "Dekvist", "Ne", "Mej", "Ne j", corps initials in lower case, "Forældrcoach", "8 tiemr", "3 stk".',
    [
      'typos-in-cover-labels',
      'municipality-name-letters-swapped',
      'misspelt-headers',
      'one-theme-three-spellings',
      'danish-letters-mixed-with-ae-oe-aa',
      'misspelt-themes',
      'misspelt-statuses',
      'status-saying-only-what-is-not',
      'value-in-the-neighbouring-cell',
      'impossible-dates',
      'year-digits-swapped',
      'letter-l-for-one',
      'checklist-questions-with-typos-no-ids',
      'neighbouring-key-answers',
      'corps-initials-lower-case',
      'corps-role-typos',
      'numbers-with-misspelt-units',
    ],
  );

  // --- Cover ------------------------------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 20).width(2, 36);
  f.set('A1', 'Mentor- og forældrecoachindsatsen', TITLE);
  f.row('A3', ['Kommune', 'Randres Kommune']);
  f.row('A4', ['Perode', '1. halvår 2027']);
  f.row('A5', ['Fase', 'Klargøirng']);
  f.row('A6', ['Koordinator', 'Pia Munk']);
  f.row('A7', ['Ledre', 'Henrik Ravn']);
  for (let r = 3; r <= 7; r++) f.set(`A${r}`, f.get(`A${r}`)!.v, BOLD);
  p.fact(
    'municipality',
    { v: '730', note: '"Randres": two letters swapped; no other municipality is near' },
    F,
    'B3',
  );
  p.fact('period', { v: '2027-H1', note: 'label "Perode"' }, F, 'B4');
  p.fact('phase', { v: 'readiness', note: '"Klargøirng": two letters swapped' }, F, 'B5');
  p.fact('coordinator', 'Pia Munk', F, 'B6');
  p.fact('leader', { v: 'Henrik Ravn', note: 'label "Ledre": two letters swapped' }, F, 'B7');

  // --- Plan ---------------------------------------------------------------------------------------
  const S = 'Implementeringsplan';
  const s = p.sheet(S);
  s.set('A1', 'Implementeringsplan 1. halvår 2027', TITLE);
  const d = (iso: string) => ({ v: { date: iso }, s: DMY });
  // [theme text, theme, activity, milestone, responsible, start, deadline cell, deadline, status, status reading, responsible reading]
  type R = [
    string,
    Exp,
    string,
    string,
    string,
    string | null,
    string | ReturnType<typeof d>,
    Exp,
    string,
    Exp,
    Exp?,
  ];
  const rows: R[] = [
    ['Ledelsse', { v: 'leadership', note: 'a letter typed twice' }, 'Styregruppemøde: mål og ressourcer for korpset', 'Beslutningsreferat', 'Henrik Ravn', '2027-01-04', d('2027-01-22'), '2027-01-22', 'Afslutet', { v: 'done', note: 'a letter left out' }],
    ['Kommunikation', 'communication', 'Information til skoler og PPR', 'Infobrev sendt', 'Pia Munk', null, '32.01.2027', unsure(null, 'January has 31 days: to be asked'), 'Afsluttet', 'done'],
    ['Inddragrlse', { v: 'involvement', note: 'r for e: the key beside it' }, 'Dialogmøde med forældre', 'Møde holdt', 'Lars Nørgaard', null, d('2027-03-18'), '2027-03-18', 'Påbegynt', { v: 'in_progress', note: 'a letter left out' }],
    ['Opfølgning på dokumentation', 'documentation', 'Skabelon til forløbsregistrering', 'Skabelon i brug', 'Pia Munk', null, '2027-02-30', unsure(null, '30 February does not exist'), 'Paabegyndt', 'in_progress'],
    ['Opfoelgning paa dokumentation', 'documentation', 'Månedligt udtræk af forløbsdata', 'Første udtræk', 'Lars Nørgaard', null, 'l.3.2027', { v: '2027-03-01', note: 'the letter l for a one' }, 'Ikek påbegyndt', { v: 'not_started', note: 'two letters swapped' }],
    ['Opflgning på dokumentation', { v: 'documentation', note: 'a letter left out' }, 'Datagennemgang med mentorerne', 'Pia Munk', '', null, d('2027-05-27'), '2027-05-27', 'Ikke påbegyndt', 'not_started', { v: 'Pia Munk', flag: true, cell: 'C9', note: 'typed one cell to the left, in the milestone column; the responsible cell is empty: to be confirmed' }],
    ['Opkvalificering', 'upskilling', 'Grundkursus i LAT for nye mentorer', 'Kursusbevis', 'Nationalt center', '2027-02-01', '30.06.2072', unsure('2027-06-30', '"2072": 2027 with two digits swapped, to be confirmed'), 'Ikke afsluttet', { v: 'in_progress', flag: true, alt: ['not_started'], note: '"not finished": begun, most likely, but not said; never done' }],
    ['Organisering, roller og ansvar', 'organisation_roles', 'Aftale om mentorernes tid med lederne', 'Aftale underskrevet', 'Henrik Ravn', null, '5/13-2027', unsure(null, 'month 13: 5 December? 13 May? To be asked'), 'Lukekt', { v: 'closed', note: 'two letters swapped' }],
    ['Arbejdsproces og kultur', 'process_culture', 'Visitationsmøde hver anden uge', 'Fast mødeplan', 'Lars Nørgaard', '2027-02-01', d('2027-06-30'), '2027-06-30', 'Aendret', 'changed'],
    ['Evaluering og tilpasnig', { v: 'evaluation', note: 'two letters swapped' }, 'Halvårsstatus til styregruppen', 'Status fremlagt', 'Pia Munk', null, d('2027-06-23'), '2027-06-23', 'Ikke påbegyndt', 'not_started'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tt, theme, akt, mil, who, start, dl, dlX, st, stX, whoX]) => ({
    cells: { tema: tt, akt: { v: akt, s: WRAP }, mil, who, start: start ? d(start) : undefined, dl, st },
    x: { theme, status: stX, start, deadline: dlX, ...(whoX !== undefined ? { responsible: whoX } : {}) },
  }));
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 30 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'mil', header: 'Milepæl', width: 22 },
      { key: 'who', header: 'Anvsar', width: 18 },
      { key: 'start', header: 'Strt', width: 12 },
      { key: 'dl', header: 'Dedline', width: 12 },
      { key: 'st', header: 'Satus', width: 18 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'who',
      start: 'start',
      deadline: 'dl',
      status: 'st',
    },
    rows: body,
  });

  // --- Checklist ----------------------------------------------------------------------------------
  const T = 'Huskeliste';
  const t = p.sheet(T);
  t.width(1, 80).width(2, 12).width(3, 36);
  t.set('A1', 'Huskeliste', TITLE);
  t.row('A3', ['Spørgsmål', 'Svar', 'Kommentar'], HEAD);
  t.set('A4', 'Forberedelse', BOLD);
  const ans: Record<string, [string | null, Exp, string | null]> = {
    F1: ['Ja', 'yes', null],
    F2: ['Dekvist', { v: 'partly', note: 'k for l: the key beside it' }, 'Skolerne er ikke hørt'],
    F3: ['Ne', { v: 'no', note: 'a letter left out' }, null],
    F4: ['Ja.', 'yes', null],
    F5: ['Delvist', 'partly', null],
    F6: ['Mej', { v: 'no', note: 'm for n: the key beside it' }, 'Afventer budget'],
    F7: ['Ja', 'yes', null],
    L1: ['Ja', 'yes', null],
    L2: ['Delvit', { v: 'partly', note: 'a letter left out' }, null],
    L3: ['Ne j', { v: 'no', note: 'a space typed inside the word' }, null],
    L4: ['Nej', 'no', null],
    L5: [null, null, null],
    L6: ['Ja', 'yes', null],
    L7: ['Delvist', 'partly', 'Målgrupper er ikke beskrevet'],
    L8: ['Nej', 'no', null],
  };
  let r = 5;
  SEED_QUESTIONS.forEach(([id, q]) => {
    if (id === 'L1') {
      t.set(`A${r}`, 'Løbende implementering', BOLD);
      r++;
    }
    const [typed, reading, comment] = ans[id]!;
    const typedQ = TYPED[id]!(q);
    if (typedQ === q) throw new Error(`p108: ${id} typed as in the seed`);
    t.set(`A${r}`, typedQ, WRAP);
    if (typed) t.set(`B${r}`, typed);
    if (comment) t.set(`C${r}`, comment, WRAP);
    p.answer(id, reading, T, `B${r}`, comment ? { v: comment, cell: `C${r}` } : undefined);
    r++;
  });

  // --- Corps --------------------------------------------------------------------------------------
  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 14).width(2, 28).width(3, 12).width(4, 14);
  k.row('A1', ['Initialer', 'Funktion', 'Timetal', 'Antal forløb'], HEAD);
  type KR = [string, Exp, string, Exp, string | number, Exp, string | number, Exp];
  const corps: KR[] = [
    [
      'ln',
      { v: 'LN', alt: ['ln'], note: 'lower case' },
      'Mentor',
      'mentor',
      '8 tiemr',
      { v: 8, note: '"tiemr": timer with two letters swapped' },
      '3 stk',
      3,
    ],
    [
      'pm',
      { v: 'PM', alt: ['pm'], note: 'lower case' },
      'Forældrcoach',
      { v: 'parent_coach', note: 'a letter left out' },
      6,
      6,
      2,
      2,
    ],
    ['HR', 'HR', 'Mentor og foraeldrecoach', 'both', 10, 10, '4 stk', 4],
    ['AK', 'AK', 'Mentor', 'mentor', '7,5', 7.5, 1, 1],
  ];
  corps.forEach(([iniT, ini, roleT, role, hT, h, cT, c], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [iniT, roleT, hT, cT]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [role, `B${row}`],
      hoursPerWeek: [h, `C${row}`],
      activeCases: [c, `D${row}`],
    });
  });
  return p;
}
