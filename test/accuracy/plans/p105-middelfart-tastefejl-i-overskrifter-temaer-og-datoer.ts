// Middelfart (held out, nineteenth round: plans typed in haste): the coordinator keeps the plan on a
// laptop between meetings and never proof-reads it. Every part has typos: the cover's labels
// ("Kommnue:", "Kordinator:", "Supervisonsmodel:", "Organisatorisk forankirng:") and values ("2.
// halvår 2O26" with the letter O, "Indledende implementring", "Socialomådet", "Interm supervision",
// the leader's name with two letters swapped); the plan's headers ("Tmea", "Aktivtet", "Ansvalig",
// "Strat", "Deadlien", "Staus"), themes ("Ledlese", "Kommunkation", the same theme three ways:
// "Opkvalificering", "Opkvalifcering", "Opkvalificerng"), statuses ("Gennemfrt", "Færdi", "Ikke
// påbegyndtt", "igagn", "Afsluttetd", a doubled "Gennemført gennemført"), and statuses a careful
// human will not guess at ("Igen" is not "I gang"; "Ikke færdig" is not "Færdig"); dates that are
// no dates ("31.13.2026", "uge 54", "30/2-2027"), a year typed with a digit too many
// ("1.12.20206") and one with the letter O ("15.1O.2026"); the checklist's ids "Fl" (l for 1) and
// "L 3", its answers "Jaa", "Delvsit", "Nje", "Deltvist", "JA", and "Nja" (neither yes nor no); the
// corps' roles "Mentro", "Metnor", "Forældre coach", "Mentor og forældercoach", hours "l2" and cases
// "1O". A careful human reads each obvious typo as meant, and asks where two readings are possible.
// Hand-built package.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY_DOT, HEAD, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p105-middelfart-tastefejl-i-overskrifter-temaer-og-datoer',
    'hand-built',
    'Middelfart: a plan typed in haste, typos in every part: cover labels and values ("Kommnue:", "2. halvår 2O26", "Socialomådet"), misspelt headers ("Ansvalig", "Deadlien", "Staus", "Strat", "Tmea"), themes ("Ledlese", "Kommunkation", one theme three ways), statuses ("Gennemfrt", "Færdi", "igagn", "Afsluttetd", "Igen", "Ikke færdig"), impossible dates ("31.13.2026", "uge 54", "30/2-2027", "1.12.20206"), checklist ids "Fl" and "L 3" with answers "Jaa", "Delvsit", "Nje", "Nja", corps roles "Mentro", "Forældre coach", numbers "l2" and "1O".',
    [
      'typos-in-cover-labels',
      'typos-in-cover-values',
      'letter-o-for-zero',
      'letter-l-for-one',
      'misspelt-headers',
      'misspelt-themes',
      'one-theme-three-spellings',
      'misspelt-statuses',
      'doubled-word',
      'status-not-a-typo-of-a-status',
      'impossible-dates',
      'year-with-extra-digit',
      'name-letters-swapped',
      'name-in-lower-case',
      'checklist-id-typos',
      'checklist-answer-typos',
      'corps-role-typos',
    ],
  );

  // --- Cover ------------------------------------------------------------------------------------
  const F = 'Forisde';
  const f = p.sheet(F);
  f.width(1, 28).width(2, 40);
  f.set('A1', 'Implementeringsplan – mentor- og forældrecoachindsatsen', TITLE);
  f.row('A3', ['Kommnue:', 'Middelfart Kommune'], undefined);
  f.row('A4', ['Periode:', '2. halvår 2O26']);
  f.row('A5', ['Fase:', 'Indledende implementring']);
  f.row('A6', ['Kordinator:', 'Sanne Lykkegaard']);
  f.row('A7', ['Leder:', 'Torben Krgah']);
  f.row('A8', ['Organisatorisk forankirng:', 'Socialomådet']);
  f.row('A9', ['Supervisonsmodel:', 'Interm supervision']);
  for (let r = 3; r <= 9; r++) f.set(`A${r}`, f.get(`A${r}`)!.v, BOLD);
  p.fact('municipality', { v: '410', note: 'label "Kommnue:" misspelt' }, F, 'B3');
  p.fact('period', { v: '2026-H2', note: '"2O26": the letter O for a zero' }, F, 'B4');
  p.fact('phase', { v: 'initial', note: '"implementring": a letter left out' }, F, 'B5');
  p.fact('coordinator', { v: 'Sanne Lykkegaard', note: 'label "Kordinator:"' }, F, 'B6');
  p.fact(
    'leader',
    { v: 'Torben Kragh', alt: ['Torben Krgah'], note: 'two letters swapped; kept as written is as right' },
    F,
    'B7',
  );
  p.fact(
    'organisation',
    { v: 'social', note: '"Socialomådet": Socialområdet with a letter left out' },
    F,
    'B8',
  );
  p.fact('supervisionModel', { v: 'internal', note: '"Interm": Intern with a neighbouring key' }, F, 'B9');

  // --- Plan ---------------------------------------------------------------------------------------
  const S = 'Handlepaln';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2. halvår 2026', TITLE);
  const d = (iso: string) => ({ v: { date: iso }, s: DMY_DOT });
  // [theme text, theme, activity, milestone, responsible, responsible reading, start, deadline cell, deadline, status text, status]
  type R = [
    string,
    Exp,
    string,
    string,
    string,
    Exp | undefined,
    ReturnType<typeof d> | undefined,
    string | ReturnType<typeof d>,
    Exp,
    string,
    Exp,
  ];
  const rows: R[] = [
    ['Ledlese', 'leadership', 'Styregruppemøde om korpsets mål og budget', 'Referat godkendt', 'Torben Kragh', undefined, d('2026-08-03'), d('2026-08-28'), '2026-08-28', 'Gennemfrt', 'done'],
    ['Kommunkation', 'communication', 'Informationsmøde for skoler og sagsbehandlere', 'Mødet er holdt', 'Sanne Lykkegaard', undefined, undefined, '15.09.2026', '2026-09-15', 'Færdi', 'done'],
    ['Kommunikation', 'communication', 'Nyhedsbrev til forældre om ordningen', 'Udsendt', 'sanne lykkegaard', { v: 'Sanne Lykkegaard', alt: ['sanne lykkegaard'] }, undefined, '31.13.2026', unsure(null, 'month 13: not 31 December, not a day of next year; to be asked'), 'Ikke påbegyndtt', 'not_started'],
    ['Opkvalificering', 'upskilling', 'LAT-kursus for fire nye mentorer', 'Kursusbevis', 'Nationalt center', undefined, d('2026-09-01'), d('2026-10-30'), '2026-10-30', 'Igang', 'in_progress'],
    ['Opkvalifcering', 'upskilling', 'Gruppesupervision hver 4. uge', 'Fast mødeplan', 'Kirsten Bæk', undefined, undefined, 'uge 54', unsure(null, 'a year has no week 54'), 'igagn', { v: 'in_progress', note: '"igagn": two letters swapped' }],
    ['Opkvalificerng', 'upskilling', 'Kursus for forældrecoaches', 'Kursusbevis', 'Nationalt center', undefined, undefined, '30/2-2027', unsure(null, '30 February does not exist'), 'Ikke startet', 'not_started'],
    ['Inddragelse', 'involvement', 'Ungepanel om mentorordningen', 'Panelet har mødtes', 'Kirsten Bæk', undefined, undefined, '1.12.20206', unsure('2026-12-01', '"20206": 2026 with a digit typed twice, to be confirmed'), 'Ikke færdig', { v: 'in_progress', flag: true, alt: ['not_started'], note: '"not finished": begun, most likely, but not said; never done' }],
    ['Arbejdsproces og kultr', 'process_culture', 'Fælles visitationsmøde hver 14. dag', 'Mødeplan lagt', 'Jens Bro', undefined, undefined, '15.1O.2026', { v: '2026-10-15', note: 'the letter O for a zero' }, 'Afsluttetd', 'done'],
    ['Opfølgning på dokumentation', 'documentation', 'Skabelon til forløbsnotater i fagsystemet', 'Skabelon i brug', 'Jens Bro', undefined, undefined, '30.11.2026', '2026-11-30', 'Igen', unsure(null, '"Igen" (again) is a word of its own, not "I gang": to be asked')],
    ['Evaluering og tilpasing', 'evaluation', 'Halvårsstatus til styregruppen', 'Status fremlagt', 'Sanne Lykkegaard', undefined, undefined, d('2026-12-18'), '2026-12-18', 'Ikke startet', 'not_started'],
    ['Organisering, roller og ansvar', 'organisation_roles', 'Rollebeskrivelser for koordinator og mentorer', 'Beskrivelser vedtaget', 'Sanne Lykkegaard', undefined, undefined, d('2026-09-30'), '2026-09-30', 'Gennemført gennemført', { v: 'done', note: 'the word typed twice' }],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tt, theme, akt, mil, ans, ansX, start, dl, dlX, st, stX]) => ({
    cells: { tema: tt, akt: { v: akt, s: WRAP }, mil, ans, start, slut: dl, st },
    x: {
      theme,
      status: stX,
      start: start ? start.v.date : null,
      deadline: dlX,
      ...(ansX !== undefined ? { responsible: ansX } : {}),
    },
  }));
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tmea', width: 28 },
      { key: 'akt', header: 'Aktivtet', width: 44 },
      { key: 'mil', header: 'Milepæl', width: 22 },
      { key: 'ans', header: 'Ansvalig', width: 20 },
      { key: 'start', header: 'Strat', width: 12 },
      { key: 'slut', header: 'Deadlien', width: 12 },
      { key: 'st', header: 'Staus', width: 20 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'slut',
      status: 'st',
    },
    rows: body,
  });

  // --- Checklist ----------------------------------------------------------------------------------
  const T = 'Huskelsite';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 12).width(4, 36);
  t.set('A1', 'Huskeliste – parathed', TITLE);
  t.row('A3', ['Nr.', 'Spørgsmlå', 'Svar', 'Bemærkniger'], HEAD);
  const ids: Record<string, string> = { F1: 'Fl', L3: 'L 3' };
  // [typed answer, reading, comment]
  const ans: Record<string, [string | null, Exp, string | null]> = {
    F1: ['Ja', 'yes', null],
    F2: ['Jaa', { v: 'yes', note: 'a letter typed twice' }, null],
    F3: ['Delvsit', { v: 'partly', note: 'two letters swapped' }, 'Skolerne mangler at blive inddraget'],
    F4: ['JA', 'yes', null],
    F5: ['Nje', { v: 'no', note: 'two letters swapped' }, 'Besluttes på næste styregruppemøde'],
    F6: ['Deltvist', { v: 'partly', note: 'a letter too many' }, null],
    F7: ['Ja', 'yes', null],
    L1: ['ja', 'yes', 'Denne fil'],
    L2: [
      'Nja',
      unsure(null, '"nja": a hesitant word, neither Ja nor Nej: to be asked'),
      'Vi har talt om det',
    ],
    L3: ['Delvist', 'partly', null],
    L4: ['Nej', 'no', null],
    L5: ['Delvsit', { v: 'partly', note: 'two letters swapped' }, null],
    L6: ['Ja', 'yes', null],
    L7: [null, null, null],
    L8: ['Nje', { v: 'no', note: 'two letters swapped' }, null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 4 + i;
    const [typed, reading, comment] = ans[id]!;
    t.set(`A${r}`, ids[id] ?? id).set(`B${r}`, q, WRAP);
    if (typed) t.set(`C${r}`, typed);
    if (comment) t.set(`D${r}`, comment, WRAP);
    p.answer(id, reading, T, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
  });

  // --- Corps --------------------------------------------------------------------------------------
  const K = 'Korsp';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 28).width(3, 22).width(4, 14).width(5, 14);
  k.set('A1', 'Uddannede mentorer og forældrecoaches', BOLD);
  k.row('A2', ['Initaler', 'Rolle', 'Afdeling', 'Timer pr. ueg', 'Aktive forløb'], HEAD);
  // [initials, role typed, role, dept, hours typed, hours, cases typed, cases]
  type KR = [string, string, Exp, string, string | number, Exp, string | number, Exp];
  const corps: KR[] = [
    ['SL', 'Mentro', { v: 'mentor', note: 'two letters swapped' }, 'Skole og Børn', 8, 8, 3, 3],
    [
      'KB',
      'Forældre coach',
      { v: 'parent_coach', note: 'split by autocorrect' },
      'Familierådgivningen',
      'l2',
      { v: 12, note: 'the letter l for a one' },
      2,
      2,
    ],
    [
      'JB',
      'Mentor og forældercoach',
      { v: 'both', note: '"forældercoach": two letters swapped' },
      'Ungeenheden',
      7.5,
      7.5,
      '1O',
      { v: 10, note: 'the letter O for a zero' },
    ],
    ['MH', 'Metnor', { v: 'mentor', note: 'two letters swapped' }, 'Skole og Børn', 6, 6, 0, 0],
  ];
  corps.forEach(([ini, roleT, role, dept, hT, h, cT, c], i) => {
    const row = 3 + i;
    k.row(`A${row}`, [ini, roleT, dept, hT, cT]);
    if (cT === 0) k.set(`E${row}`, 0);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [role, `B${row}`],
      hoursPerWeek: [h, `D${row}`],
      activeCases: [c, `E${row}`],
    });
  });
  return p;
}
