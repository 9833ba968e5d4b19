// Gentofte (held out, forty-fifth round): the READINESS CHECKLIST KEPT THE COORDINATOR'S OWN WAY,
// CORRECTED BY STRIKETHROUGH. The checklist is the seed's table with an x in one of "Ja | Delvist |
// Nej". When an answer changes, the coordinator does not delete the old x: she strikes it through
// (Ctrl+5) and sets a new x in the right column, so a corrected row holds two x's, one struck
// through; a line under the title says so ("Ændrede svar: det gamle kryds er streget over"). Four
// answers are corrected that way (two up, one down, one from Nej to Delvist). One answer she
// withdrew without giving a new one: its only x is struck through, the remark says it is to be
// discussed again. Hand-built package.
//
// A careful reader takes the x that is not struck through as the answer; a row whose only x is
// struck through has no answer now (judged, and flagged: one cannot be sure she meant to withdraw it
// rather than forgot the new x).

import type { Style, Value } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { HEAD, ITALIC, TITLE, WRAP } from './common';
import { corpsSheet } from './departments';
import { at, coverPairs } from './round24';

type Act = readonly [string, string, string, string | null, string, string]; // tema, akt, ans, start, frist, status

const ACTS: readonly Act[] = [
  ['Ledelse', 'Styregruppemøde med skole- og familiechef', 'Camilla Storm', null, '2026-09-22', 'Gennemført'],
  ['Organisering, roller og ansvar', 'Rollebeskrivelse for mentorer og forældrecoaches', 'Camilla Storm', null, '2026-10-09', 'Gennemført'],
  ['Opkvalificering', 'Grunduddannelse af forældrecoaches', 'Thomas Vinther', '2026-09-01', '2026-12-04', 'I gang'],
  ['Kommunikation', 'Artikel på intranettet om indsatsen', 'Thomas Vinther', null, '2026-11-20', 'Ikke startet'],
  ['Arbejdsproces og kultur', 'Matchmøder mellem mentor og familie', 'Camilla Storm', '2026-08-10', '2026-12-18', 'I gang'],
  ['Evaluering og tilpasning', 'Status til Børne- og Skoleudvalget', 'Camilla Storm', null, '2026-12-09', 'Ikke startet'],
]; // prettier-ignore

const THEME: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Evaluering og tilpasning': 'evaluation',
};
const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

type Ans = 'yes' | 'partly' | 'no';
const COL: Record<Ans, string> = { yes: 'C', partly: 'D', no: 'E' };
/** [now (null: withdrawn), the struck-through old answer, remark] */
const ANSWERS: Readonly<Record<ChecklistIdKey, readonly [Ans | null, Ans?, string?]>> = {
  F1: ['yes'], F2: ['yes'], F3: ['partly'],
  F4: ['yes', 'no', 'Koordinator ansat 1. september'],
  F5: ['yes'],
  F6: ['yes', 'partly'],
  F7: ['partly'],
  L1: ['yes'],
  L2: ['partly', 'yes', 'Nedslaget i oktober blev aflyst'],
  L3: ['partly'], L4: ['no'],
  L5: ['partly', 'no'],
  L6: ['yes'],
  L7: [null, 'partly', 'Drøftes igen på næste styregruppemøde'],
  L8: ['no'],
}; // prettier-ignore

const STRIKE: Style = { strike: true };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p172-gentofte-huskeliste-rettede-kryds-overstreget',
    'hand-built',
    "Gentofte: the seed's checklist answered with an x under Ja | Delvist | Nej, changed answers kept: the old x struck through and a new x set in another column (four rows), one answer withdrawn with its only x struck through and a remark; a line under the title explains it.",
    [
      'checklist-corrected-by-strikethrough',
      'checklist-two-marks-one-struck',
      'checklist-only-mark-struck',
      'checklist-x-columns',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 44);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen i Gentofte', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Gentofte Kommune', 'municipality', '157'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Camilla Storm', 'coordinator'],
    ['Leder', 'Henrik Dahl', 'leader'],
  ]);

  const S = 'Handleplan';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 28).width(2, 46).width(3, 16).width(4, 12).width(5, 12).width(6, 14);
  s.set('A1', 'Gentofte Kommune – handleplan 2. halvår 2026', TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'], HEAD);
  const date = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd.mm.yyyy' },
  });
  let r = 4;
  for (const [tema, akt, ans, start, frist, status] of ACTS) {
    s.set(`A${r}`, tema).set(`B${r}`, akt, WRAP).set(`C${r}`, ans);
    if (start) s.set(`D${r}`, date(start));
    s.set(`E${r}`, date(frist)).set(`F${r}`, status);
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(STATUS[status]!, `F${r}`),
      start: x(start, `D${r}`),
      deadline: x(frist, `E${r}`),
      responsible: x(ans, `C${r}`),
    });
    r++;
  }

  const H = 'Huskeliste';
  const h = p.sheet(H);
  h.width(1, 6).width(2, 80).width(3, 8).width(4, 8).width(5, 8).width(6, 40);
  h.set('A1', 'Gentofte Kommune – huskeliste', TITLE);
  h.set('A2', 'Ændrede svar: det gamle kryds er streget over, og det nye er sat.', ITALIC);
  h.row('A4', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning'], HEAD);
  r = 4;
  for (const [id, q] of SEED_QUESTIONS) {
    r++;
    const [now, old, remark] = ANSWERS[id];
    h.set(`A${r}`, id).set(`B${r}`, q, WRAP);
    if (old) h.set(`${COL[old]}${r}`, 'x', STRIKE);
    if (now) h.set(`${COL[now]}${r}`, 'x');
    if (remark) h.set(`F${r}`, remark, WRAP);
    const comment = remark ? { v: remark, cell: `F${r}` } : undefined;
    if (now) p.answer(id, now, H, `${COL[now]}${r}`, comment);
    else
      p.answer(
        id,
        unsure(null, 'the only x is struck through: the answer withdrawn, none given now'),
        H,
        `${COL[old!]}${r}`,
        comment,
      );
  }

  corpsSheet(p, 'Korps', [
    ['TV', 'parent_coach', 'Familierådgivningen', 10, 4],
    ['LS', 'mentor', 'Gentofte Skole', 8, 3],
    ['KB', 'both', 'Ungdomsskolen', 12, 4],
  ]);
  return p;
}
