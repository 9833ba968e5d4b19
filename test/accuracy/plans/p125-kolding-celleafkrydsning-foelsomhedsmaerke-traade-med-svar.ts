// Kolding (held out, twenty-fourth round: the Excel of Microsoft 365 as it is in 2026). The
// coordinator keeps the plan in Excel 365 on the municipality's tenant: the file carries the
// sensitivity label "Intern" (docProps/custom.xml MSIP_Label_* properties, and the label's marking
// "Intern" in every sheet's header). The plan is an Excel table with an "Udført" column of Excel's
// own cell checkboxes (Insert › Checkbox, 2024: TRUE/FALSE cells whose style points into
// xl/featurePropertyBag), one ticked beside a stale "I gang", one ticked with the status left empty.
// Two status changes are told only in threaded comments with replies on the status cell: a course
// cancelled ("Aflyst …" in a reply, the cell still "I gang"), an article begun (the cell still
// "Ikke startet"). The checklist is answered with cell checkboxes under Ja | Delvist | Nej (every
// unticked box a FALSE cell), one question with no box ticked and one with two. Hand-built.

import type { ChecklistIdKey } from '../expected';
import { PlanBuilder, type Exp } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { HEAD, TITLE, DMY } from './common';
import { corpsSheet } from './departments';
import { at, CHECKBOX, coverPairs, M365 } from './round24';

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

type Thread = readonly (readonly [string, string])[];
// [theme, activity, responsible, deadline, status as typed, Udført box, reading of the status, thread on the status cell]
type R = readonly [string, string, string, string, string, boolean, Exp, Thread?];
const ROWS: readonly R[] = [
  ['Ledelse', 'Styregruppemøde om korpsets mål for 2027', 'Henrik Lund', '2027-01-20', 'Gennemført', true, 'done'],
  ['Kommunikation', 'Nyhedsbrev til skoler og daginstitutioner', 'Sofie Dam', '2027-02-12', 'I gang', true,
    { v: 'in_progress', alt: ['done'], flag: true, note: 'the status says "I gang" and the "Udført" box is ticked: one of them was not updated; to be confirmed' }],
  ['Inddragelse', 'Dialogmøde med forældrerådet', 'Sofie Dam', '2027-03-10', '', true,
    { v: 'done', note: 'no status typed, but the "Udført" box is ticked: done' }],
  ['Opkvalificering', 'LAT-grundkursus for nye mentorer', 'Mette Krogh', '2027-04-15', 'I gang', false,
    { v: 'closed', alt: ['in_progress'], flag: true, note: 'the cell still says "I gang", but the reply in the thread on it says the course was cancelled: Lukket, to be confirmed' },
    [['Mette Krogh', 'Kurset i april er aflyst fra udbyderens side.'], ['Henrik Lund', 'Aflyst – vi sender de nye mentorer på det regionale kursus i stedet. Aktiviteten lukkes.']]],
  ['Organisering, roller og ansvar', 'Rollebeskrivelse for koordinator og mentorer', 'Henrik Lund', '2027-02-28', 'Gennemført', true, 'done'],
  ['Arbejdsproces og kultur', 'Fælles skabelon for forløbsplaner', 'Mette Krogh', '2027-05-31', 'Ikke startet', false, 'not_started'],
  ['Opfølgning på dokumentation', 'Månedligt dataudtræk fra fagsystemet', 'Ali Hassan', '2027-06-15', 'I gang', false, 'in_progress'],
  ['Kommunikation', 'Artikel på intranettet om de første forløb', 'Sofie Dam', '2027-05-15', 'Ikke startet', false,
    { v: 'in_progress', alt: ['not_started'], flag: true, note: 'the cell says "Ikke startet", but the reply says the draft is written and the work begun: I gang, to be confirmed' },
    [['Henrik Lund', 'Kan vi nå artiklen før sommerferien?'], ['Sofie Dam', 'Ja – udkastet er skrevet, jeg er gået i gang med interviewene.']]],
  ['Evaluering og tilpasning', 'Halvårsevaluering i styregruppen', 'Henrik Lund', '2027-06-24', 'Ikke startet', false, 'not_started'],
]; // prettier-ignore

/** Which boxes are ticked under Ja | Delvist | Nej, and the reading. */
const TICKS: Record<ChecklistIdKey, readonly [readonly (0 | 1 | 2)[], Exp, string?]> = {
  F1: [[0], 'yes'],
  F2: [[0], 'yes'],
  F3: [[1], 'partly', 'Skolerne er med, sundhedsplejen mangler'],
  F4: [[], null],
  F5: [[0], 'yes'],
  F6: [[2], 'no'],
  F7: [[1], 'partly'],
  L1: [[0], 'yes'],
  L2: [[1], 'partly'],
  L3: [
    [0, 1],
    { v: null, flag: true, note: 'both "Ja" and "Delvist" are ticked: which one is meant cannot be read' },
  ],
  L4: [[2], 'no', 'Afventer ny leder'],
  L5: [[1], 'partly'],
  L6: [[0], 'yes'],
  L7: [[2], 'no'],
  L8: [[1], 'partly'],
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p125-kolding-celleafkrydsning-foelsomhedsmaerke-traade-med-svar',
    'hand-built',
    'Kolding: the plan in Excel 365 with the sensitivity label "Intern" (docProps/custom.xml MSIP_Label_* properties and the header marking on every sheet); an "Udført" column of Excel\'s cell checkboxes (featurePropertyBag), one ticked beside a stale "I gang" and one beside an empty status; two status changes told only in the replies of threaded comments on the status cell; the checklist answered with cell checkboxes under Ja | Delvist | Nej, one question with none ticked and one with two.',
    [
      'excel-365-cell-checkboxes',
      'sensitivity-label-custom-properties',
      'sensitivity-header-marking',
      'checkbox-contradicts-status',
      'status-change-only-in-threaded-reply',
      'checklist-cell-checkboxes-three-columns',
      'checklist-two-boxes-ticked',
    ],
  );
  p.wb.app = M365;
  p.wb.sensitivity = {
    name: 'Intern',
    id: '5f1c2d9e-7a43-4b8e-9d61-2c0f8a3b7e15',
    siteId: '8b3e6f21-4c7d-4e90-a2b5-d61f09c4e873',
    actionId: 'c04d7a92-1e6b-4f38-b5a0-93e2d8f1c6a4',
  };

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Kolding Kommune – Mentor- og forældrecoachkorpset', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Kolding', 'municipality', '621'],
    ['Periode', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Henrik Lund', 'coordinator'],
    ['Ledelsesansvarlig', 'Birgitte Nørgaard', 'leader'],
  ]);
  f.width(1, 22).width(2, 40);

  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 1. halvår 2027', TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Udført'], HEAD);
  s.width(1, 30).width(2, 50).width(3, 16).width(4, 12).width(5, 14).width(6, 9);
  const x = at(S);
  ROWS.forEach(([tema, akt, ansv, frist, status, box, reading, thread], i) => {
    const r = 4 + i;
    s.set(`A${r}`, tema).set(`B${r}`, akt).set(`C${r}`, ansv);
    s.set(`D${r}`, { v: { date: frist }, s: DMY });
    if (status) s.set(`E${r}`, status);
    else s.set(`E${r}`, null);
    s.set(`F${r}`, box, CHECKBOX);
    if (thread)
      s.threads.set(
        `E${r}`,
        thread.map(([author, text]) => ({ author, text })),
      );
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(reading, status ? `E${r}` : `F${r}`),
      start: x(null, `D${r}`),
      deadline: x(frist, `D${r}`),
      responsible: x(ansv, `C${r}`),
    });
  });
  s.table = { name: 'Handleplan', ref: `A3:F${3 + ROWS.length}` };

  const H = 'Huskeliste';
  const h = p.sheet(H);
  h.row('A1', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning'], HEAD);
  h.width(2, 80).width(6, 34);
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const [ticks, reading, comment] = TICKS[id];
    h.row(`A${r}`, [id, q]);
    (['C', 'D', 'E'] as const).forEach((c, k) => h.set(`${c}${r}`, ticks.includes(k as 0 | 1 | 2), CHECKBOX));
    if (comment) h.set(`F${r}`, comment);
    const cell = ticks.length ? `${['C', 'D', 'E'][ticks[0]!]}${r}` : `C${r}`;
    p.answer(id, reading, H, cell, comment ? { v: comment, cell: `F${r}` } : undefined);
  });

  corpsSheet(p, 'Korps', [
    ['MK', 'mentor', 'Ungeenheden', 12, 4],
    ['AH', 'mentor', 'Jobcenter', 8, 3],
    ['LP', 'parent_coach', 'Familiecentret', 10, 3],
    ['JS', 'both', 'Familiecentret', 15, 5],
  ]);
  for (const sheet of p.wb.sheets) sheet.header = 'Intern';
  return p;
}
