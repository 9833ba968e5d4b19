// Varde (held out, forty-third round): a plan that is ALSO THE STEERING GROUP'S AGENDA. The
// coordinator keeps one sheet per meeting, "Styregruppe 3.12.2026", and the implementation plan
// lives inside it: numbered agenda items with their times ("1." | "13.00–13.10" | "Velkomst og
// godkendelse af dagsorden", bold, merged over the table's columns), the activities under the item
// they belong to, each numbered as a sub-item ("2.1", "2.2" …), and the meeting's decisions typed as
// merged "Beslutning: …" lines between the activities, one naming a person. Items without
// activities ("Økonomi", "Eventuelt") stand between the ones with them. The cover names 2. halvår
// 2026. LibreOffice (flat ODS).
//
// A careful reader takes the rows with a theme, an activity and a responsible as the plan; the
// agenda items (whose times "13.10–13.40" are clock times, no dates) and the "Beslutning:" lines are
// the meeting's, no activities; the sub-item numbers are no dates and no part of the activity.

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { BOLD, HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Act {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  readonly ans: string;
  readonly frist: string;
  readonly status: string;
  readonly x: Exp;
}

type Line =
  | { readonly item: string; readonly tid: string; readonly titel: string }
  | { readonly act: Act }
  | { readonly beslutning: string };

const A = (tema: string, theme: Exp, akt: string, ans: string, frist: string, status: string, x: Exp): Line => ({
  act: { tema, theme, akt, ans, frist, status, x },
}); // prettier-ignore

const LINES: readonly Line[] = [
  { item: '1.', tid: '13.00–13.10', titel: 'Velkomst og godkendelse af dagsorden' },
  { item: '2.', tid: '13.10–13.40', titel: 'Status på implementeringsplanen' },
  A('Ledelse', 'leadership', 'Kvartalsvis opfølgning i styregruppen', 'Birgitte Lund', '2026-12-31', 'I gang', 'in_progress'),
  A('Kommunikation', 'communication', 'Informationsmøde for skolernes ledere', 'Jonas Hvid', '2026-10-08', 'Gennemført', 'done'),
  A('Inddragelse', 'involvement', 'Interview med fem familier om forløbet', 'Maja Holst', '2026-11-27', 'Gennemført', 'done'),
  A('Opfølgning på dokumentation', 'documentation', 'Skabelon til forløbsnotater i fagsystemet', 'Jonas Hvid', '2027-01-15', 'I gang', 'in_progress'),
  { beslutning: 'Beslutning: Skabelonen tages i brug fra 1. februar 2027 i alle tre afdelinger.' },
  A('Evaluering og tilpasning', 'evaluation', 'Midtvejsevaluering med mentorer og forældre', 'Birgitte Lund', '2027-02-26', 'Ikke startet', 'not_started'),
  { beslutning: 'Beslutning: Evalueringen flyttes fra december til februar.' },
  { item: '3.', tid: '13.40–14.10', titel: 'Opkvalificering og korpset' },
  A('Opkvalificering', 'upskilling', 'Grunduddannelse af mentorer, hold 1', 'Maja Holst', '2026-09-30', 'Gennemført', 'done'),
  A('Opkvalificering', 'upskilling', 'Supervision i grupper hver sjette uge', 'Maja Holst', '2026-12-31', 'I gang', 'in_progress'),
  { beslutning: 'Beslutning: Hold 2 oprettes i foråret 2027; Jonas Hvid indhenter tilbud fra centret.' },
  { item: '4.', tid: '14.10–14.20', titel: 'Økonomi' },
  { beslutning: 'Beslutning: Budgettet for 2027 godkendes som fremlagt.' },
  { item: '5.', tid: '14.20–14.50', titel: 'Nye aktiviteter til godkendelse' },
  A('Organisering, roller og ansvar', 'organisation_roles', 'Fast kontaktperson i hver skoles ledelse', 'Birgitte Lund', '2027-03-31', 'Ikke startet', 'not_started'),
  A('Arbejdsproces og kultur', 'process_culture', 'Fælles matchmøde mellem mentor, familie og sagsbehandler', 'Jonas Hvid', '2027-04-30', 'Ikke startet', 'not_started'),
  { beslutning: 'Beslutning: Begge godkendt.' },
  { item: '6.', tid: '14.50–15.00', titel: 'Eventuelt' },
]; // prettier-ignore

const d = (iso: string): Value => ({ date: iso });
const ITEM = { bold: true, fill: { rgb: 'E7E6E6' } } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p167-varde-styregruppens-dagsorden-punkter-med-tider-beslutninger',
    'libreoffice-fods',
    'Varde: the plan is also the steering group\'s agenda: one sheet per meeting, numbered agenda items with clock times ("2." | "13.10–13.40" | "Status på implementeringsplanen", bold and merged), the activities under them numbered "2.1", "2.2" …, merged "Beslutning: …" lines between the activities (one naming a person), items without activities ("Økonomi", "Eventuelt").',
    [
      'plan-inside-meeting-agenda',
      'agenda-items-with-clock-times',
      'activities-numbered-as-sub-items',
      'decision-lines-between-activities',
      'decision-line-names-a-person',
      'agenda-items-without-activities',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachkorpset i Varde Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Varde Kommune', 'municipality', '573'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Jonas Hvid', 'coordinator'],
    ['Leder', 'Birgitte Lund', 'leader'],
  ]);

  const S = 'Styregruppe 3.12.2026';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 7).width(2, 13).width(3, 28).width(4, 50).width(5, 16).width(6, 12).width(7, 14);
  s.set('A1', 'Styregruppemøde 3. december 2026 kl. 13.00–15.00 – dagsorden og implementeringsplan', TITLE);
  s.set(
    'A2',
    'Sted: Rådhuset, mødelokale 2.14. Deltagere: Birgitte Lund, Jonas Hvid, Maja Holst, Per Damgaard.',
    ITALIC,
  );
  p.notActivity(S, 2, "the meeting's place and participants");
  s.row('A4', ['Pkt.', 'Tid', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], HEAD);
  let r = 5;
  let item = '';
  let sub = 0;
  for (const line of LINES) {
    if ('item' in line) {
      item = line.item;
      sub = 0;
      s.set(`A${r}`, line.item, BOLD).set(`B${r}`, line.tid, BOLD).set(`C${r}`, line.titel, ITEM);
      for (const c of 'DEFG') s.set(`${c}${r}`, null, ITEM);
      s.merge(`C${r}:G${r}`);
      p.notActivity(S, r, `agenda item ${line.item} with its clock time`);
    } else if ('beslutning' in line) {
      s.set(`C${r}`, line.beslutning, { italic: true, wrap: true });
      for (const c of 'DEFG') s.set(`${c}${r}`, null);
      s.merge(`C${r}:G${r}`);
      p.notActivity(S, r, 'a decision of the meeting');
    } else {
      const a = line.act;
      sub++;
      s.set(`A${r}`, `${item}${sub}`)
        .set(`C${r}`, a.tema)
        .set(`D${r}`, a.akt, WRAP)
        .set(`E${r}`, a.ans)
        .set(`F${r}`, { v: d(a.frist), s: { fmt: 'dd.mm.yyyy' } })
        .set(`G${r}`, a.status);
      p.activity(S, r, {
        theme: x(a.theme, `C${r}`),
        activity: x(a.akt, `D${r}`),
        status: x(a.x, `G${r}`),
        start: x(null, `F${r}`),
        deadline: x(a.frist, `F${r}`),
        responsible: x(a.ans, `E${r}`),
      });
    }
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'yes', L5: ['partly', 'Skabelon i fagsystemet på vej'], L6: 'yes', L7: 'partly', L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['MH', 'mentor', 'Familiecentret', 10, 4],
    ['PD', 'parent_coach', 'Sundhedsplejen', 8, 3],
    ['AK', 'both', 'Ungdomsskolen', 12, 5],
  ]);
  return p;
}
