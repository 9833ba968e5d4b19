// Vejle (held out, nineteenth round: plans typed in haste): the coordinator updates the plan on a
// phone whose autocorrect mixes Danish and English and whose keys sit close: the cover's
// municipality "Vejel Kommune" (Vejle with two letters swapped, or Vejen with one changed: the
// coordinator's e-mail address on the line under it settles it), the coordinator's name in lower
// case, the period "1. hlavår 2027"; the plan under the cover facts on one sheet, with headers "Temaa",
// "Aktvitet", "Ansvarlg", "Stat" (start: the column holds dates, though "Stat" is as near "Status")
// and "Satus"; statuses the autocorrect changed ("I hang", "Ikke started", "Gennemførte", "Aflsyt",
// "Ikek startet") or that say only what is not ("Ikke gennemført"); a theme that is no theme but a
// real word near one ("Ledsagelse": accompaniment, not Ledelse); "Lat-kursus", "Forældre coach-
// uddannelse"; dates "1.5.20207", "31.04.2027" (April has 30 days), "15.3.2O27", "2l.05.2027", "uge
// 2O"; the checklist answered "Ja ja", "Deøvist" (ø two keys right of l), "Nek" (k beside j), "jA", and "Ka"
// (k beside j: most likely Ja, to be confirmed); the corps' roles "Forældre coach", "Forældrecoahc",
// "Mentor og forældrecocah", "Mentpr" and a case count "O". LibreOffice (flat ODS).

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY_DOT, HEAD, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p107-vejle-mobilens-autokorrektur-tvetydige-rettelser',
    'libreoffice-fods',
    'Vejle: a plan updated on a phone: "Vejel Kommune" (Vejle or Vejen: the e-mail says Vejle), the coordinator in lower case, headers "Temaa", "Aktvitet", "Ansvarlg", "Stat", "Satus", autocorrected statuses ("I hang", "Ikke started", "Gennemførte", "Aflsyt"), "Ikke gennemført", the theme "Ledsagelse" (no theme), "Lat-kursus", dates "1.5.20207", "31.04.2027", "15.3.2O27", "2l.05.2027", "uge 2O", checklist answers "Ja ja", "Deøvist", "Nek", "Ka", corps roles "Forældrecoahc", "Mentpr", cases "O".',
    [
      'municipality-name-typo-two-readings',
      'email-settles-municipality',
      'name-in-lower-case',
      'misspelt-period',
      'cover-above-plan-on-one-sheet',
      'misspelt-headers',
      'header-typo-near-two-fields',
      'autocorrected-statuses',
      'status-saying-only-what-is-not',
      'real-word-near-a-theme',
      'phone-autocorrect-split-and-case',
      'year-with-extra-digit',
      'day-that-does-not-exist',
      'letter-o-for-zero',
      'letter-l-for-one',
      'neighbouring-key-answers',
      'corps-role-typos',
    ],
  );

  const S = 'Plan';
  const s = p.sheet(S);
  s.width(1, 26).width(2, 46).width(3, 22).width(4, 12).width(5, 12).width(6, 18);
  s.set('A1', 'Implementeringsplan for mentorkorpset', TITLE);
  s.row('A2', ['Kommune:', 'Vejel Kommune']);
  s.row('A3', ['Koordinator:', 'anders bech']);
  s.row('A4', ['E-mail:', 'anders.bech@vejle.dk']);
  s.row('A5', ['Periode:', '1. hlavår 2027']);
  s.row('A6', ['Fase:', 'Indledende implementering']);
  s.row('A7', ['Leder:', 'Kristine Dal']);
  s.row('A8', ['Forankring:', 'Tværgånde']);
  s.row('A9', ['Supervision:', 'Leder/koordinatro']);
  for (let r = 2; r <= 9; r++) s.set(`A${r}`, s.get(`A${r}`)!.v, BOLD);
  p.fact(
    'municipality',
    unsure(
      '630',
      '"Vejel": Vejle with two letters swapped, or Vejen with one changed; the e-mail address under it says Vejle: to be confirmed',
    ),
    S,
    'B2',
  );
  p.fact('coordinator', { v: 'Anders Bech', alt: ['anders bech'], note: 'typed in lower case' }, S, 'B3');
  p.fact('period', { v: '2027-H1', note: '"hlavår": two letters swapped' }, S, 'B5');
  p.fact('phase', 'initial', S, 'B6');
  p.fact('leader', 'Kristine Dal', S, 'B7');
  p.fact('organisation', { v: 'cross', note: '"Tværgånde": Tværgående with a letter left out' }, S, 'B8');
  p.fact(
    'supervisionModel',
    { v: 'leader_or_coordinator', note: '"koordinatro": two letters swapped' },
    S,
    'B9',
  );

  const d = (iso: string) => ({ v: { date: iso }, s: DMY_DOT });
  type R = [
    string,
    Exp,
    string,
    string,
    Exp | undefined,
    string | null,
    string | ReturnType<typeof d>,
    Exp,
    string,
    Exp,
  ];
  const rows: R[] = [
    ['Ledelse', 'leadership', 'Styregruppemøde om korpsets mål og budget', 'Kristine Dal', undefined, '2027-01-04', d('2027-01-29'), '2027-01-29', 'Gennemførte', { v: 'done', note: 'autocorrect added an e' }],
    ['Ledsagelse', unsure(null, '"Ledsagelse" (accompaniment) is a word of its own, not Ledelse; the activity is a mentor\'s task, no theme: to be asked'), 'Mentor ledsager den unge til første møde på skolen', 'Anders Bech', undefined, null, d('2027-03-31'), '2027-03-31', 'I hang', { v: 'in_progress', note: 'autocorrect: "gang" → "hang"' }],
    ['Kommunikation', 'communication', 'Pjece til forældre om forældrecoaching', 'anders bech', { v: 'Anders Bech', alt: ['anders bech'] }, null, '1.5.20207', unsure('2027-05-01', '"20207": 2027 with a digit typed twice, to be confirmed'), 'Ikke started', { v: 'not_started', note: 'English autocorrect: "startet" → "started"' }],
    ['Komunikation', { v: 'communication', note: 'a letter left out' }, 'Oplæg på skoleledermøde', 'Kristine Dal', undefined, null, '15.3.2O27', { v: '2027-03-15', note: 'the letter O for a zero' }, 'Gennemført', 'done'],
    ['Opkvalificering', 'upskilling', 'Lat-kursus for nye mentorer', 'Nationalt center', undefined, '2027-02-01', '31.04.2027', unsure(null, 'April has 30 days: 30 April or 1 May? To be asked'), 'I gang', 'in_progress'],
    ['Opkvalificering', 'upskilling', 'Forældre coach-uddannelse for tre medarbejdere', 'Nationalt center', undefined, null, '2l.05.2027', { v: '2027-05-21', note: 'the letter l for a one' }, 'Ikke startet', 'not_started'],
    ['Inddragelse', 'involvement', 'Interview med unge om deres behov', 'Sofie Winther', undefined, null, d('2027-04-30'), '2027-04-30', 'Igang', 'in_progress'],
    ['Arbejdsproces og kultur', 'process_culture', 'Faste sparringsmøder mellem mentorerne', 'Sofie Winther', undefined, null, 'uge 2O', { v: '2027-05-23', note: 'week 20 of 2027, the letter O for a zero' }, 'Udført', 'done'],
    ['Opfølgning på dokumentation', 'documentation', 'Fælles skabelon for forløbsnotater', 'Anders Bech', undefined, null, d('2027-02-28'), '2027-02-28', 'Ikek startet', { v: 'not_started', note: 'two letters swapped' }],
    ['Evaluering', 'evaluation', 'Midtvejsevaluering med mentorerne', 'Anders Bech', undefined, null, d('2027-06-25'), '2027-06-25', 'Ikke gennemført', { v: 'not_started', flag: true, alt: ['in_progress'], note: '"not carried out": not done, but begun or not is not said' }],
    ['Ledelse', 'leadership', 'Ledermøde om caseload pr. mentor', 'Kristine Dal', undefined, null, d('2027-05-14'), '2027-05-14', 'Aflsyt', { v: 'closed', note: '"Aflyst" with two letters swapped' }],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tt, theme, akt, who, whoX, start, dl, dlX, st, stX]) => ({
    cells: { tema: tt, akt: { v: akt, s: WRAP }, who, start: start ? d(start) : undefined, dl, st },
    x: { theme, status: stX, start, deadline: dlX, ...(whoX !== undefined ? { responsible: whoX } : {}) },
  }));
  p.table({
    sheet: S,
    headerRow: 11,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Temaa' },
      { key: 'akt', header: 'Aktvitet' },
      { key: 'who', header: 'Ansvarlg' },
      { key: 'start', header: 'Stat' },
      { key: 'dl', header: 'Frist' },
      { key: 'st', header: 'Satus' },
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
  const T = 'Parathed';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 16).width(4, 30);
  t.row('A1', ['ID', 'Spørgsmål', 'Svar (Ja/Delvist/Nej)', 'Note'], HEAD);
  const ans: Record<string, [string | null, Exp, string | null]> = {
    F1: ['Ja', 'yes', null],
    F2: ['Ja ja', { v: 'yes', note: 'a word typed twice' }, null],
    F3: ['Deøvist', { v: 'partly', note: 'ø for l, two keys to the right' }, 'Mangler skolerne'],
    F4: ['Ja', 'yes', null],
    F5: ['Nek', { v: 'no', note: 'k for j: the key beside it' }, 'Tages op i juni'],
    F6: ['Delvis', 'partly', null],
    F7: [
      'Ka',
      unsure('yes', 'k for j, most likely "Ja"; a two-letter word one key off: to be confirmed'),
      null,
    ],
    L1: ['Ja', 'yes', null],
    L2: ['Nej', 'no', null],
    L3: ['Delvist', 'partly', null],
    L4: ['jA', { v: 'yes', note: 'caps lock' }, null],
    L5: ['Nej', 'no', 'Kommunikationsplan laves i foråret'],
    L6: ['Delvis', 'partly', null],
    L7: [null, null, null],
    L8: ['Ja', 'yes', null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const [typed, reading, comment] = ans[id]!;
    t.set(`A${r}`, id).set(`B${r}`, q, WRAP);
    if (typed) t.set(`C${r}`, typed);
    if (comment) t.set(`D${r}`, comment);
    p.answer(id, reading, T, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
  });

  // --- Corps --------------------------------------------------------------------------------------
  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Timer', 'Sager'], HEAD);
  type KR = [string, string, Exp, number, number | string, Exp];
  const corps: KR[] = [
    ['AB', 'Mentor', 'mentor', 8, 3, 3],
    ['SW', 'Forældre coach', { v: 'parent_coach', note: 'split by autocorrect' }, 6, 2, 2],
    ['KD', 'Forældrecoahc', { v: 'parent_coach', note: 'two letters swapped' }, 5, 1, 1],
    ['JT', 'Mentor og forældrecocah', { v: 'both', note: '"forældrecocah": two letters swapped' }, 10, 4, 4],
    [
      'PN',
      'Mentpr',
      { v: 'mentor', note: 'p for o: the key beside it' },
      7.5,
      'O',
      { v: 0, note: 'the letter O for a zero' },
    ],
  ];
  corps.forEach(([ini, roleT, role, h, cT, c], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, roleT, h, cT]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [role, `B${row}`],
      hoursPerWeek: [h, `C${row}`],
      activeCases: [c, `D${row}`],
    });
  });
  return p;
}
