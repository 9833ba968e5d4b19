// Gribskov (held out, fifth round): the responsible are formulas pulling names from a staff sheet
// ("=Medarbejdere!A2", cached values present), one of them broken (#REF!: no name to read, to be
// checked); one responsible cell is merged down over the three activities it covers; statuses
// are picked from a dropdown, and rows not yet assessed still show its placeholder "Vælg…" (no
// status); the corps is one cell per person, "Navn (rolle)" and the phone number on a second line,
// with the hours typed as text ('6); the checklist's Ja/Nej/Delvist dropdown is left at "Vælg…"
// where it was not answered. Hand-built package.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ChecklistIdKey, ExpectedValue } from '../expected';
import { DMY, HEAD, TITLE, WRAP } from './common';
import { SEED_QUESTIONS } from './checklist-seed';

const ev = (e: Exp, cell: string): ExpectedValue =>
  e !== null && typeof e === 'object'
    ? { value: e.v, cell, ...(e.flag ? { flag: true as const } : {}), ...(e.note ? { note: e.note } : {}) }
    : { value: e, cell };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p50-gribskov-flettet-ansvarlig-formler-vaelg',
    'hand-built',
    'Gribskov: responsible as formulas from a staff sheet (one #REF!), one responsible merged down over three activities, "Vælg…" dropdown placeholders for status and checklist answers, the corps one cell per person "Navn (rolle)" + phone on a second line, hours as text.',
    [
      'responsible-formula-other-sheet',
      'formula-error-ref',
      'responsible-merged-over-rows',
      'dropdown-placeholder-vaelg',
      'date-cells',
      'corps-name-role-phone-one-cell',
      'numbers-as-text',
      'checklist-unanswered',
      'checklist-seed-wording',
      'cover-label-value',
    ],
  );
  const M = 'Medarbejdere';
  const staff = ['Camilla Friis', 'Jakob Hviid', 'Tina Bang', 'Rune Møller'];
  const S = 'Handleplan';
  const s = p.sheet(S);
  const m = p.sheet(M);
  m.set('A1', 'Navn', HEAD);
  staff.forEach((n, i) => m.set(`A${2 + i}`, n));

  s.set('A1', 'Handleplan for mentorkorpset 2027', TITLE);
  s.set('A2', 'Kommune').set('B2', 'Gribskov');
  s.set('A3', 'Koordinator').set('B3', { v: 'Camilla Friis', f: `${M}!A2` });
  s.set('A4', 'Periode').set('B4', '2027, 1. halvår');
  p.fact('municipality', '270', S, 'B2');
  p.fact('coordinator', 'Camilla Friis', S, 'B3');
  p.fact('period', '2027-H1', S, 'B4');
  [30, 46, 22, 12, 14].forEach((w, i) => s.width(i + 1, w));
  s.row('A6', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], HEAD);
  p.notActivity(S, 6, 'the header');
  const ST: Record<string, string | null> = {
    'Ikke startet': 'not_started',
    'I gang': 'in_progress',
    Færdig: 'done',
    'Vælg…': null,
  };
  // [theme, theme id, activity, responsible index (staff row) | 'REF' | 'MERGE', deadline, status]
  type R = [string, string, string, number | 'REF' | 'MERGED', string, string];
  const rows: R[] = [
    ['Ledelse', 'leadership', 'Ledelsen beslutter antal forløb pr. mentor', 3, '2027-01-29', 'Færdig'],
    ['Ledelse', 'leadership', 'Opfølgningsmøde med direktionen', 3, '2027-05-12', 'Vælg…'],
    ['Kommunikation', 'communication', 'Artikel i personalebladet', 2, '2027-02-19', 'I gang'],
    ['Kommunikation', 'communication', 'Informationsbrev til skolerne', 'MERGED', '2027-03-05', 'I gang'],
    ['Kommunikation', 'communication', 'Pressemeddelelse om korpsets første år', 'MERGED', '2027-06-04', 'Ikke startet'],
    ['Opkvalificering', 'upskilling', 'Temaeftermiddag om netværksmøder', 4, '2027-03-24', 'Vælg…'],
    ['Opkvalificering', 'upskilling', 'Intern sparring hver anden uge', 'REF', '2027-06-30', 'I gang'],
    ['Opfølgning på dokumentation', 'documentation', 'Skabelon til forløbsnotater', 5, '2027-02-26', 'Færdig'],
    ['Evaluering og tilpasning', 'evaluation', 'Evalueringsmøde med mentorer og coaches', 3, '2027-06-16', 'Ikke startet'],
  ]; // prettier-ignore
  // Rows 9–11 (Kommunikation): the responsible is written once in C9 and merged down to C11.
  rows.forEach(([tema, theme, akt, who, deadline, st], i) => {
    const r = 7 + i;
    s.set(`A${r}`, tema).set(`B${r}`, { v: akt, s: WRAP });
    let resp: Exp;
    let respCell = `C${r}`;
    if (who === 'REF') {
      s.set(`C${r}`, { v: '#REF!', f: '#REF!' });
      resp = unsure(null, 'the formula is broken (#REF!): no name to read; to be checked');
    } else if (who === 'MERGED') {
      resp = 'Camilla Friis';
      respCell = 'C9';
    } else {
      const name = staff[who - 2]!;
      s.set(`C${r}`, { v: name, f: `${M}!A${who}` });
      resp = name;
    }
    s.set(`D${r}`, { v: { date: deadline }, s: DMY }).set(`E${r}`, st);
    p.activity(S, r, {
      theme: ev(theme, `A${r}`),
      activity: ev(akt, `B${r}`),
      status: ev(ST[st] ?? null, `E${r}`),
      start: ev(null, `D${r}`),
      deadline: ev(deadline, `D${r}`),
      responsible: ev(resp, respCell),
    });
  });
  s.merge('C9:C11');

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 34).width(2, 12).width(3, 12);
  k.row('A1', ['Medarbejder', 'Timer/uge', 'Forløb'], HEAD);
  type P = [string, string, string, string, string, number, string];
  const people: P[] = [
    ['Anne Kjær (mentor)\ntlf. 4012 3456', 'AK', 'mentor', '6', '3', 6, 'mentor'],
    ['Bo Holm (forældrecoach)\ntlf. 2233 4455', 'BH', 'parent_coach', '4', '2', 4, 'parent_coach'],
    ['Dorthe Vang (mentor og forældrecoach)\ntlf. 6170 8090', 'DV', 'both', '10', '4', 10, 'both'],
  ];
  people.forEach(([cell, ini, role, h, c, hours], i) => {
    const r = 2 + i;
    k.set(`A${r}`, { v: cell, s: WRAP }).set(`B${r}`, h).set(`C${r}`, c);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [role, `A${r}`],
      hoursPerWeek: [hours, `B${r}`],
      activeCases: [Number(c), `C${r}`],
    });
  });

  const C = 'Tjekliste';
  const c = p.sheet(C);
  c.width(1, 6).width(2, 80).width(3, 12);
  c.set('A1', 'Tjekliste – før og under implementeringen', TITLE);
  c.row('A2', ['Nr.', 'Spørgsmål', 'Svar'], HEAD);
  const A: Record<ChecklistIdKey, string> = {
    F1: 'Ja', F2: 'Ja', F3: 'Delvist', F4: 'Ja', F5: 'Vælg…', F6: 'Nej', F7: 'Ja',
    L1: 'Ja', L2: 'Vælg…', L3: 'Delvist', L4: 'Vælg…', L5: 'Nej', L6: 'Ja', L7: 'Vælg…', L8: 'Delvist',
  }; // prettier-ignore
  const ID: Record<string, string | null> = { Ja: 'yes', Nej: 'no', Delvist: 'partly', 'Vælg…': null };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 3 + i;
    c.row(`A${r}`, [id, { v: q, s: WRAP }, A[id]]);
    p.answer(id, ID[A[id]] ?? null, C, `C${r}`);
  });
  return p;
}
