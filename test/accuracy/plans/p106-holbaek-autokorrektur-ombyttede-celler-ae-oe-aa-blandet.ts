// Holbæk (held out, nineteenth round: plans typed in haste): the coordinator fills in the plan in
// Excel on a phone and on a laptop with an English keyboard, so Danish letters come as ae/oe/aa in
// one row and as æ/ø/å in the next ("Holbaek Kommune", "1. halvaar 2027", "Faerdig" beside
// "“Færdig”"), autocorrect adds capitals and curly quotes ("IKke startet", "“Færdig”") and splits
// or re-cases words ("Lat-kursus"), words come doubled ("I gang gang", "Ikke ikke startet"), letters
// swapped or dropped in headers ("Fokusomrde", "Tovholdre", "Frsit", "Stauts"), themes
// ("Kommunikaiton", "Indragelse", "Orgnaisering, roller og ansvar", "Opfølging på dokumentation",
// "Evalueirng og tilpasning") and statuses ("Lukkte", "Ændert"); one row has its responsible and its
// status typed in each other's cells; dates with a letter for a digit ("l5.02.2027", "31.O5.2027",
// "uge 1O"), a year short of a digit ("15.03.227") and a day February 2027 does not have
// ("29.02.2027"); the checklist's answer columns headed "Ja | Delvsit | Nje" with one tick typed as
// "c" (the key beside x); the corps' roles "Foraeldrecoach", "Forældre coach", "Mentor/Forældrecaoch"
// and a case count typed "l". SheetJS.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p106-holbaek-autokorrektur-ombyttede-celler-ae-oe-aa-blandet',
    'sheetjs',
    'Holbæk: a plan typed on a phone and an English keyboard: ae/oe/aa in one row and æ/ø/å in the next, autocorrect capitals and curly quotes ("IKke startet", "“Færdig”", "Lat-kursus"), doubled words ("I gang gang", "Ikke ikke startet"), misspelt headers ("Fokusomrde", "Tovholdre", "Frsit", "Stauts") and themes, responsible and status typed in each other\'s cells, "l5.02.2027", "31.O5.2027", "uge 1O", "15.03.227", "29.02.2027", checklist columns "Ja | Delvsit | Nje" with a tick typed "c", corps roles "Forældre coach", "Mentor/Forældrecaoch".',
    [
      'danish-letters-mixed-with-ae-oe-aa',
      'autocorrect-capitals',
      'curly-quotes',
      'doubled-word',
      'misspelt-headers',
      'misspelt-themes',
      'misspelt-statuses',
      'values-in-each-others-cells',
      'letter-o-for-zero',
      'letter-l-for-one',
      'year-short-of-a-digit',
      'day-that-does-not-exist',
      'name-letters-swapped',
      'misspelt-answer-column-headers',
      'tick-typed-with-neighbouring-key',
      'corps-role-typos',
    ],
  );

  // --- Cover ------------------------------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Mentorkorps – implementeringsplan');
  f.row('A3', ['Kommune:', 'Holbaek Kommune']);
  f.row('A4', ['Periode:', '1. halvaar 2027']);
  f.row('A5', ['Fase:', 'Fuld implemnetering']);
  f.row('A6', ['Koordinator:', 'Lærke Søndergaard']);
  f.row('A7', ['E-mial:', 'laerke.sondergaard@holbaek.dk']);
  f.row('A8', ['Leder:', 'Ole Frederiksen']);
  f.row('A9', ['Forankirng:', 'Beskæftigelsesområdet']);
  f.row('A10', ['Supervsion:', 'Ekstern supervisor']);
  p.fact('municipality', { v: '316', note: '"Holbaek": æ typed as ae' }, F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', { v: 'full', note: '"implemnetering": two letters swapped' }, F, 'B5');
  p.fact('coordinator', 'Lærke Søndergaard', F, 'B6');
  p.fact('leader', 'Ole Frederiksen', F, 'B8');
  p.fact('organisation', { v: 'employment', note: 'label "Forankirng:"' }, F, 'B9');
  p.fact('supervisionModel', { v: 'external', note: 'label "Supervsion:"' }, F, 'B10');

  // --- Plan ---------------------------------------------------------------------------------------
  const S = 'Plan 2027';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan for 1. halvår 2027');
  const d = (iso: string) => ({ date: iso });
  // [theme text, theme, activity, responsible cell, start, deadline cell, deadline, status cell, status, extra reading]
  type R = [
    string,
    Exp,
    string,
    string,
    string | null,
    string | { date: string },
    Exp,
    string,
    Exp,
    Partial<Record<'responsible' | 'status', Exp>>?,
  ];
  const rows: R[] = [
    ['Ledelse', 'leadership', 'Kickoff for mentorkorpset med direktionen', 'Ole Frederiksen', '2027-01-04', d('2027-01-15'), '2027-01-15', '“Færdig”', { v: 'done', note: 'curly quotes added by autocorrect' }],
    ['Kommunikaiton', { v: 'communication', note: 'two letters swapped' }, 'Informationsbrev til skoler og SSP', 'Mette Hnasen', null, 'l5.02.2027', { v: '2027-02-15', note: 'the letter l for a one' }, 'I gang gang', { v: 'in_progress', note: 'a word typed twice' }, { responsible: { v: 'Mette Hansen', alt: ['Mette Hnasen'], note: 'two letters swapped: she is Mette Hansen in the next row' } }],
    ['Kommunikation', 'communication', 'Artikel på intranettet om henvisning', 'Mette Hansen', null, '15.03.227', unsure('2027-03-15', '"227": 2027 short of a digit, most likely; to be confirmed'), 'IKke startet', { v: 'not_started', note: 'two capitals by autocorrect' }],
    ['Indragelse', { v: 'involvement', note: 'a letter left out' }, 'Foraeldremoede om foraeldrecoaching', 'Lærke Søndergaard', null, '31.O5.2027', { v: '2027-05-31', note: 'the letter O for a zero' }, 'Ikke startet', 'not_started'],
    ['Inddragelse', 'involvement', 'Ungepanel om mentorordningen', 'I gang', null, 'uge 1O', { v: '2027-03-14', note: 'week 10 of 2027, the letter O for a zero' }, 'Mads Lind', 'in_progress', { responsible: { v: 'Mads Lind', flag: true, cell: 'F7', note: 'typed in the status cell, the status in the responsible\'s: to be confirmed' }, status: { v: 'in_progress', flag: true, cell: 'C7', note: 'typed in the responsible\'s cell' } }],
    ['Orgnaisering, roller og ansvar', { v: 'organisation_roles', note: 'two letters swapped' }, 'Rollebeskrivelse for koordinator og mentorer', 'Lærke Søndergaard', null, '29.02.2027', unsure(null, '2027 is no leap year: 29 February does not exist'), 'Lukkte', { v: 'closed', note: 'two letters swapped' }],
    ['Opkvalificering', 'upskilling', 'Lat-kursus for seks mentorer', 'Nationalt center', '2027-03-01', d('2027-04-30'), '2027-04-30', 'Ændert', { v: 'changed', note: 'two letters swapped' }],
    ['Opfølging på dokumentation', { v: 'documentation', note: 'a letter left out' }, 'Registrering af forløb i fagsystemet', 'Mads Lind', null, d('2027-03-31'), '2027-03-31', 'Faerdig', 'done'],
    ['Evalueirng og tilpasning', { v: 'evaluation', note: 'two letters swapped' }, 'Halvårsstatus til styregruppen', 'Lærke Søndergaard', null, d('2027-06-24'), '2027-06-24', 'ikke startet', 'not_started'],
    ['Arbejdsproces og kultur', 'process_culture', 'Fælles visitationsmøde hver 14. dag', 'Mads Lind', '2027-02-01', d('2027-06-30'), '2027-06-30', 'I Gang', 'in_progress'],
    ['Ledelse', 'leadership', 'Ledermøde om tid til forløb i arbejdsplanerne', 'Ole Frederiksen', null, d('2027-04-30'), '2027-04-30', 'Ikke ikke startet', { v: 'not_started', note: 'a word typed twice, not a double negation' }],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tt, theme, akt, who, start, dl, dlX, st, stX, extra]) => ({
    cells: { tema: tt, akt, who, start: start ? d(start) : undefined, dl, st },
    x: { theme, status: stX, start, deadline: dlX, ...(extra ?? {}) },
  }));
  p.table({
    sheet: S,
    headerRow: 2,
    columns: [
      { key: 'tema', header: 'Fokusomrde' },
      { key: 'akt', header: 'Aktivitet' },
      { key: 'who', header: 'Tovholdre' },
      { key: 'start', header: 'Startdato' },
      { key: 'dl', header: 'Frsit' },
      { key: 'st', header: 'Stauts' },
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
  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.set('A1', 'Tjekliste');
  t.row('A2', ['Nr.', 'Spørgsmål', 'Ja', 'Delvsit', 'Nje', 'Kommentar']);
  const col = { yes: 'C', partly: 'D', no: 'E' } as const;
  // [answer, mark, comment]
  const ans: Record<string, ['yes' | 'partly' | 'no' | null, string, string | null]> = {
    F1: ['yes', 'x', null],
    F2: ['partly', 'x', null],
    F3: ['no', 'x', 'Afventer møde med skolren'],
    F4: ['yes', 'c', null],
    F5: ['yes', 'x', null],
    F6: ['partly', 'x', 'Mangler lokaler'],
    F7: ['yes', 'x', null],
    L1: ['yes', 'x', null],
    L2: ['no', 'x', 'Aftlaes i juni'],
    L3: ['partly', 'x', null],
    L4: [null, '', null],
    L5: ['yes', 'X', null],
    L6: ['partly', 'x', null],
    L7: ['no', 'x', null],
    L8: ['yes', 'x', null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 3 + i;
    const [a, mark, comment] = ans[id]!;
    t.set(`A${r}`, id).set(`B${r}`, q);
    if (a) t.set(`${col[a]}${r}`, mark);
    if (comment) t.set(`F${r}`, comment);
    const reading: Exp = mark === 'c' ? { v: a, note: 'a tick typed "c", the key beside x' } : a;
    p.answer(
      id,
      reading,
      T,
      a ? `${col[a]}${r}` : `C${r}`,
      comment ? { v: comment, cell: `F${r}` } : undefined,
    );
  });

  // --- Corps --------------------------------------------------------------------------------------
  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Timer/uge', 'Forløb']);
  type KR = [string, string, Exp, number, number | string, Exp];
  const corps: KR[] = [
    ['LS', 'Foraeldrecoach', 'parent_coach', 8, 2, 2],
    ['MH', 'Forældre coach', { v: 'parent_coach', note: 'split by autocorrect' }, 7.5, 3, 3],
    ['ML', 'mentor', 'mentor', 10, 'l', { v: 1, note: 'the letter l for a one' }],
    ['OF', 'Mentor/Forældrecaoch', { v: 'both', note: '"Forældrecaoch": two letters swapped' }, 12, 4, 4],
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
