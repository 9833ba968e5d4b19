// Ballerup (held out, forty-fifth round): the READINESS CHECKLIST KEPT THE COORDINATOR'S OWN WAY,
// GROUPED BY ITS ANSWER. The coordinator has no answer column at all: on "Huskeliste" she lists the
// questions under three headings that give the answer, in the words she reports to her leader with:
// "Det er på plads" (Ja), "Det er delvist på plads" (Delvist) and "Det mangler vi endnu" (Nej), each
// heading a merged, coloured row; under each heading the questions it answers, "Nr. | Spørgsmål |
// Bemærkning", in the seed's wording with the national ids. She moves a question to another group
// when its answer changes, so the groups are not in id order. Under "Det mangler vi endnu" she also
// keeps one point of her own without an id ("Lokaler til forældremøderne"), no national question.
// LibreOffice (flat ODS).
//
// A careful reader gives each question the answer of the heading it stands under, the remark beside
// it as its comment, and leaves the coordinator's own point out (it answers no national question).

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { HEAD, ITALIC, TITLE, WRAP } from './common';
import { corpsSheet } from './departments';
import { at, coverPairs } from './round24';

type Act = readonly [string, string, string, string | null, string, string]; // tema, akt, ans, start, frist, status

const ACTS: readonly Act[] = [
  ['Ledelse', 'Styregruppemøde om indsatsen', 'Louise Brandt', null, '2026-09-17', 'Gennemført'],
  ['Kommunikation', 'Orientering af skoleledere i Ballerup', 'Nikolaj Friis', null, '2026-10-06', 'Gennemført'],
  ['Opkvalificering', 'Grunduddannelse af mentorer, hold 1', 'Louise Brandt', '2026-08-24', '2026-11-27', 'I gang'],
  ['Inddragelse', 'Forældrecafé på Skovlunde Skole', 'Nikolaj Friis', null, '2026-11-12', 'I gang'],
  ['Opfølgning på dokumentation', 'Fælles skabelon til forløbsnoter', 'Louise Brandt', null, '2026-12-15', 'Ikke startet'],
  ['Evaluering og tilpasning', 'Halvårsstatus til chefgruppen', 'Louise Brandt', null, '2026-12-18', 'Ikke startet'],
]; // prettier-ignore

const THEME: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

type Ans = 'yes' | 'partly' | 'no';
/** The groups as she keeps them: heading, fill, and the questions under it (id, remark). */
const GROUPS: readonly (readonly [string, string, Ans, readonly (readonly [ChecklistIdKey | null, string?])[]])[] = [
  ['Det er på plads', 'C6EFCE', 'yes', [['F1'], ['F2'], ['F4', 'Louise Brandt er koordinator'], ['F5'], ['F7'], ['L1'], ['L3', 'Ledelsen deltog 2. oktober']]],
  ['Det er delvist på plads', 'FFEB9C', 'partly', [['F6', 'Mangler tid i skemaet på to skoler'], ['F3'], ['L6', 'Som F6'], ['L2'], ['L7']]],
  ['Det mangler vi endnu', 'FFC7CE', 'no', [['L5', 'Tages op på styregruppemødet i januar'], ['L4'], [null, 'Lokaler til forældremøderne'], ['L8']]],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p171-ballerup-huskeliste-grupperet-efter-svar',
    'libreoffice-fods',
    'Ballerup: the readiness checklist with no answer column, the questions listed under three merged, coloured headings that give the answer ("Det er på plads", "Det er delvist på plads", "Det mangler vi endnu"), not in id order, remarks beside; one point of the coordinator\'s own without an id under the last heading.',
    [
      'checklist-grouped-by-answer',
      'checklist-answer-in-section-heading',
      'checklist-no-answer-column',
      'checklist-not-in-id-order',
      'checklist-own-point-without-id',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 44);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen i Ballerup', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Ballerup Kommune', 'municipality', '151'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Louise Brandt', 'coordinator'],
    ['Leder', 'Peter Holm', 'leader'],
  ]);

  const S = 'Plan';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 28).width(2, 46).width(3, 16).width(4, 12).width(5, 12).width(6, 14);
  s.set('A1', 'Ballerup Kommune – implementeringsplan 2. halvår 2026', TITLE);
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
  h.width(1, 8).width(2, 80).width(3, 36);
  h.set('A1', 'Huskeliste – status 2. halvår 2026', TITLE);
  h.set('A2', 'Spørgsmålene er flyttet hen under det svar, vi giver dem nu.', ITALIC);
  h.row('A4', ['Nr.', 'Spørgsmål', 'Bemærkning'], HEAD);
  const question = new Map(SEED_QUESTIONS);
  r = 5;
  for (const [heading, rgb, ans, items] of GROUPS) {
    h.set(`A${r}`, heading, { bold: true, fill: { rgb } })
      .set(`B${r}`, null, { fill: { rgb } })
      .set(`C${r}`, null, { fill: { rgb } });
    h.merge(`A${r}:C${r}`);
    const headCell = `A${r}`;
    r++;
    for (const [id, remark] of items) {
      if (id === null) {
        h.row(`A${r}`, ['', remark ?? '']);
      } else {
        h.set(`A${r}`, id).set(`B${r}`, question.get(id)!, WRAP);
        if (remark) h.set(`C${r}`, remark, WRAP);
        p.answer(
          id,
          { v: ans, note: `the heading "${heading}" the question stands under` },
          H,
          headCell,
          remark ? { v: remark, cell: `C${r}` } : undefined,
        );
      }
      r++;
    }
    r++;
  }

  corpsSheet(p, 'Korps', [
    ['NF', 'mentor', 'Skovlunde Skole', 8, 3],
    ['AK', 'parent_coach', 'Familieafdelingen', 10, 4],
    ['MJ', 'both', 'Ungdomsskolen', 12, 5],
  ]);
  return p;
}
