// Hjørring (held out, twenty-eighth round): the coordinator keeps the activity plan ON ITS SIDE, as
// she once drew it on a whiteboard: the field names down column A ("Nr.", "Aktivitet", "Tema",
// "Ansvarlig", "Start", "Frist", "Status", "Bemærkning") and ONE COLUMN PER ACTIVITY (B … L), the
// columns grouped under merged quarter headings ("1. kvartal 2027" over the first six, "2. kvartal
// 2027" over the rest), the widest texts wrapped. She works on a Mac: the workbook was begun in an
// old Excel for Mac and keeps the 1904 date system (workbookPr date1904="1"), so every date cell's
// serial number counts from 1904-01-01 — 1462 days fewer than the same day in a Windows workbook.
// Excel for Mac saves it (docProps: "Microsoft Macintosh Excel"). The cover, the corps and the
// checklist on sheets of their own, the cover's "Sidst opdateret" a date cell too. One deadline is
// "løbende" (no day), one status "Udsat". Hand-built.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { colLetters, type Cell } from '../build/model';
import { BOLD, DMY_DOT, HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, Exp> = {
  Færdig: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
  Udsat: unsure('changed', '"Udsat" (postponed) is not on the list: most likely Ændret, checked'),
};

const date = (iso: string): Cell => ({ v: { date: iso }, s: DMY_DOT });

// [aktivitet, tema, ansvarlig, start (ISO|null), frist (ISO | text), status, bemærkning]
type A = readonly [string, string, string, string | null, string, string, string];
const Q1: readonly A[] = [
  [
    'Kickoff i styregruppen om korpsets mål',
    'Ledelse',
    'Torben Ravn',
    '2026-11-16',
    '2026-11-30',
    'Færdig',
    'Referat sendt 1/12',
  ],
  [
    'Rekruttering af fire nye mentorer',
    'Organisering, roller og ansvar',
    'Signe Kragh',
    '2026-12-01',
    '2027-01-29',
    'I gang',
    'To ansøgere indtil videre',
  ],
  [
    'Informationsmøde for skoleledere',
    'Kommunikation',
    'Signe Kragh',
    null,
    '2027-02-10',
    'Ikke startet',
    '',
  ],
  [
    'LAT-kursus for nye mentorer, hold 1',
    'Opkvalificering',
    'Mette Bruun',
    '2027-02-22',
    '2027-03-12',
    'Ikke startet',
    'Tilmelding senest 1/2',
  ],
  [
    'Forældremøde om forældrecoaching',
    'Inddragelse',
    'Jonas Skov',
    null,
    '2027-03-18',
    'Ikke startet',
    'Sammen med skolebestyrelserne',
  ],
  [
    'Fælles sparring i korpset hver anden uge',
    'Arbejdsproces og kultur',
    'Signe Kragh',
    '2027-01-11',
    'løbende',
    'Ikke startet',
    '',
  ],
];
const Q2: readonly A[] = [
  ['Samarbejdsaftale med PPR om henvisning', 'Organisering, roller og ansvar', 'Torben Ravn', '2027-04-01', '2027-04-30', 'Ikke startet', "Afventer PPR's nye leder"],
  ['Registrering af forløb i dokumentationsplatformen', 'Opfølgning på dokumentation', 'Mette Bruun', '2027-04-05', '2027-05-14', 'Ikke startet', ''],
  ['Nyhedsbrev til forældre i 0.–3. klasse', 'Kommunikation', 'Jonas Skov', null, '2027-05-28', 'Udsat', 'Flyttet fra marts'],
  ['Midtvejsevaluering med mentorer og forældrecoaches', 'Evaluering og tilpasning', 'Signe Kragh', '2027-05-31', '2027-06-11', 'Ikke startet', ''],
  ['Halvårsstatus til styregruppen', 'Ledelse', 'Torben Ravn', null, '2027-06-25', 'Ikke startet', ''],
]; // prettier-ignore

const LABELS = ['Nr.', 'Aktivitet', 'Tema', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Bemærkning'];
const FIRST = 4; // the row of "Nr."

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p137-hjoerring-plan-paa-siden-kolonne-pr-aktivitet-mac-1904',
    'hand-built',
    'Hjørring: the activity plan laid on its side — the field names down column A ("Nr.", "Aktivitet", "Tema", "Ansvarlig", "Start", "Frist", "Status", "Bemærkning") and one column per activity, grouped under merged quarter headings; saved by Excel for Mac in the 1904 date system (workbookPr date1904="1", every serial 1462 days fewer); "løbende" as a deadline, "Udsat"; cover, corps and checklist on sheets of their own.',
    [
      'plan-on-its-side-column-per-activity',
      'field-names-down-column-a',
      'merged-quarter-headings-over-activity-columns',
      'number-row-above-activities',
      'date-system-1904-mac',
      'excel-for-mac',
      'ongoing-deadline-text',
      'postponed-status',
    ],
  );
  p.wb.date1904 = true;
  p.wb.app = { application: 'Microsoft Macintosh Excel', appVersion: '16.0300', creator: 'Signe Kragh' };

  const F = 'Forside';
  p.sheet(F).set('A1', 'Mentor- og forældrecoachkorpset i Hjørring Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Hjørring Kommune', 'municipality', '860'],
    ['Periode', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Signe Kragh', 'coordinator'],
    ['Leder', 'Torben Ravn', 'leader'],
  ]);
  p.sheet(F).set('A9', 'Sidst opdateret', BOLD).set('B9', date('2026-11-24'));
  p.sheet(F).width(1, 18).width(2, 36);

  const S = 'Aktivitetsplan';
  const s = p.sheet(S);
  const x = at(S);
  s.set('A1', 'Aktivitetsplan 1. halvår 2027', TITLE);
  s.width(1, 14);
  LABELS.forEach((label, i) => s.set(`A${FIRST + i}`, label, HEAD));
  const all = [...Q1, ...Q2];
  const lastCol = 1 + all.length;
  const q = { fill: { rgb: 'FCE4D6' }, bold: true } as const;
  s.set('B3', '1. kvartal 2027', q).merge(`B3:${colLetters(1 + Q1.length)}3`);
  s.set(`${colLetters(2 + Q1.length)}3`, '2. kvartal 2027', q).merge(
    `${colLetters(2 + Q1.length)}3:${colLetters(lastCol)}3`,
  );
  all.forEach(([akt, tema, ansv, start, frist, status, bem], i) => {
    const c = colLetters(2 + i);
    s.width(2 + i, 22);
    const r = (k: number): string => `${c}${FIRST + k}`;
    s.set(r(0), i + 1, BOLD);
    s.set(r(1), akt, WRAP);
    s.set(r(2), tema, WRAP);
    s.set(r(3), ansv);
    if (start) s.set(r(4), date(start));
    s.set(r(5), /^\d{4}-/.test(frist) ? date(frist) : frist);
    s.set(r(6), status);
    if (bem) s.set(r(7), bem, WRAP);
    p.activity(
      S,
      FIRST + 1,
      {
        theme: x(TH[tema]!, r(2)),
        activity: x(akt, r(1)),
        status: x(ST[status]!, r(6)),
        start: x(start, r(4)),
        deadline: x(
          /^\d{4}-/.test(frist)
            ? frist
            : unsure(null, '"løbende" (ongoing): no day to read, the deadline is to be given'),
          r(5),
        ),
        responsible: x(ansv, r(3)),
      },
      undefined,
      c,
    );
  });

  corpsSheet(p, 'Korps', [
    ['AH', 'mentor', 'Skoleafdelingen', 6, 3],
    ['LP', 'mentor', 'Ungdomsskolen', 8, 4],
    ['MN', 'parent_coach', 'Familieafdelingen', 5, 2],
    ['RB', 'both', 'Familieafdelingen', 10, 5],
    ['KD', 'parent_coach', 'Sundhedsplejen', 4, 1],
  ]);

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'partly', F6: 'no', F7: 'partly',
    L1: 'yes', L2: 'partly', L3: ['no', 'Supervisor ikke fundet endnu'], L4: 'partly', L5: 'yes', L6: 'no', L7: 'partly', L8: 'yes',
  }); // prettier-ignore
  return p;
}
