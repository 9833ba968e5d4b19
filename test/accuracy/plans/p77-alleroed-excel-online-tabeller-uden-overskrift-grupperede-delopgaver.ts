// Allerød (held out, twelfth round): a plan kept in Excel Online, every part an Excel table
// (ListObject) whose header row the coordinator turned off ("Overskriftsrække" unticked in Table
// Design: the banded rows looked tidier without it). The sheet shows no header at all; the column
// names live only in the table part ("Tema", "Aktivitet", "Tovholder", "Start", "Slut", "Status").
// A careful reader reads the columns by what they hold: theme words, the activity, a person, two
// dates (the earlier the start), a status word. Under three activities the coordinator grouped
// their sub-tasks with "Data › Gruppér" (outline level 1, summary row above the group); two groups
// are collapsed (the rows hidden), one is open, and some sub-tasks are indented with leading spaces.
// A sub-task has no theme of its own: it is part of the activity above, no activity of its own.
// The checklist is a headerless table as well ("F1 …" | answer | comment) and the cover a
// headerless two-column table. Hand-built.

import { PlanBuilder } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};
const D = { fmt: 'dd-mm-yyyy' } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p77-alleroed-excel-online-tabeller-uden-overskrift-grupperede-delopgaver',
    'hand-built',
    'Allerød: Excel Online tables (ListObjects) with the header row turned off (headerRowCount="0": no header on the sheet, the column names only in the table part) for the cover, the plan and the checklist; sub-tasks grouped under their activity by outline level (two groups collapsed and hidden, one open), some indented with leading spaces.',
    [
      'excel-table-header-row-off',
      'no-visible-header',
      'columns-read-by-content',
      'outline-grouped-sub-tasks',
      'collapsed-groups-hidden-rows',
      'sub-tasks-indented-leading-spaces',
      'checklist-headerless-table',
      'cover-headerless-table',
    ],
  );

  // The cover: a headerless table of two columns.
  const F = 'Forside';
  const f = p.sheet(F);
  const cover: [string, string][] = [
    ['Kommune', 'Allerød'],
    ['Periode', '1. halvår 2027'],
    ['Fase', 'Indledende implementering'],
    ['Koordinator', 'Camilla Lund'],
    ['Leder', 'Søren Vestergaard'],
  ];
  cover.forEach(([k, v], i) => f.row(`A${i + 1}`, [k, v]));
  f.table = { name: 'Forside', ref: 'A1:B5', headerRow: false, columns: ['Felt', 'Værdi'] };
  f.width(1, 14).width(2, 30);
  p.fact('municipality', '201', F, 'B1');
  p.fact('period', '2027-H1', F, 'B2');
  p.fact('phase', 'initial', F, 'B3');
  p.fact('coordinator', 'Camilla Lund', F, 'B4');
  p.fact('leader', 'Søren Vestergaard', F, 'B5');

  const S = 'Plan 2027';
  const s = p.sheet(S);
  s.set('A1', 'Implementeringsplan – mentorkorps og forældrecoaches, Allerød 2027', {
    bold: true,
    size: 14,
  });
  s.width(1, 28).width(2, 48).width(3, 18).width(4, 12).width(5, 12).width(6, 14);
  s.summaryAbove = true;

  // An activity: [theme, activity, responsible, start, deadline, status]; sub-tasks follow it:
  // [text, responsible, deadline, status], grouped (outline level 1), collapsed or open.
  type Sub = [string, string, string | null, string];
  type A = {
    a: [string, string, string, string | null, string, string];
    subs?: Sub[];
    collapsed?: boolean;
  };
  const plan: A[] = [
    { a: ['Ledelse', 'Opstartsmøde i direktionen om korpset', 'Søren Vestergaard', null, '2027-01-20', 'Gennemført'] },
    {
      a: ['Kommunikation', 'Informationsmøde for skoler og daginstitutioner', 'Camilla Lund', '2027-01-11', '2027-02-24', 'Gennemført'],
      subs: [
        ['Book salen på rådhuset', 'Camilla Lund', '2027-01-15', 'Gennemført'],
        ['Send invitation via Aula', 'Nikolaj Berg', '2027-01-29', 'Gennemført'],
        ['Skriv referat til hjemmesiden', 'Camilla Lund', '2027-02-24', 'Gennemført'],
      ],
      collapsed: true,
    },
    { a: ['Inddragelse', 'Interview med fem forældre om forældrecoaching', 'Maja Thomsen', '2027-02-01', '2027-04-16', 'I gang'] },
    { a: ['Arbejdsproces og kultur', 'Fælles visitationsmøde hver anden uge', 'Camilla Lund', '2027-01-04', '2027-06-30', 'I gang'] },
    {
      a: ['Organisering, roller og ansvar', 'Rollebeskrivelse for mentorer og forældrecoaches', 'Søren Vestergaard', null, '2027-03-12', 'I gang'],
      subs: [
        ['   Udkast fra koordinatoren', 'Camilla Lund', '2027-02-19', 'Gennemført'],
        ['   Høring i MED-udvalget', 'Søren Vestergaard', '2027-03-05', 'Ikke startet'],
      ],
      collapsed: false,
    },
    { a: ['Opkvalificering', 'LAT-grunduddannelse for seks nye mentorer', 'Nikolaj Berg', '2027-02-15', '2027-05-07', 'I gang'] },
    {
      a: ['Opkvalificering', 'Temadag om forældrecoaching for familierådgivere', 'Maja Thomsen', null, '2027-05-27', 'Ikke startet'],
      subs: [
        ['Find oplægsholder', 'Maja Thomsen', '2027-03-31', 'I gang'],
        ['   Bestil forplejning', 'Nikolaj Berg', null, 'Ikke startet'],
      ],
      collapsed: true,
    },
    { a: ['Opfølgning på dokumentation', 'Månedligt udtræk af forløb fra fagsystemet', 'Nikolaj Berg', '2027-01-04', '2027-06-30', 'I gang'] },
    { a: ['Opfølgning på dokumentation', 'Skabelon til forløbsnotater', 'Camilla Lund', null, '2027-02-26', 'Gennemført'] },
    { a: ['Evaluering og tilpasning', 'Midtvejsevaluering med korpset', 'Camilla Lund', '2027-05-03', '2027-06-11', 'Ikke startet'] },
    { a: ['Kommunikation', 'Artikel om et mentorforløb i Allerød Nyt', 'Maja Thomsen', null, '2027-04-28', 'Ikke startet'] },
  ]; // prettier-ignore

  const first = 3;
  let r = first;
  for (const item of plan) {
    const [th, act, who, start, dl, st] = item.a;
    s.row(`A${r}`, [
      th,
      act,
      who,
      start ? { v: { date: start }, s: D } : undefined,
      { v: { date: dl }, s: D },
      st,
    ]);
    const e = (v: string | null, cell: string, note?: string): ExpectedValue => ({
      value: v,
      cell,
      sheet: S,
      ...(note ? { note } : {}),
    });
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: e(TH[th]!, `A${r}`, 'a theme word in the first column: no header names it'),
      activity: e(act, `B${r}`),
      status: e(ST[st]!, `F${r}`),
      start: e(start, `D${r}`, start ? 'the earlier of the two dates' : undefined),
      deadline: e(dl, `E${r}`, 'the later date column'),
      responsible: e(who, `C${r}`),
    };
    p.activity(S, r, fields);
    const parent = r;
    r++;
    for (const [text, subWho, subDl, subSt] of item.subs ?? []) {
      s.row(`A${r}`, [
        undefined,
        text,
        subWho,
        undefined,
        subDl ? { v: { date: subDl }, s: D } : undefined,
        subSt,
      ]);
      s.outline.set(r, 1);
      if (item.collapsed) s.hiddenRows.add(r);
      p.notActivity(
        S,
        r,
        `a sub-task of "${act}" (row ${parent}), grouped under it${item.collapsed ? ' in a collapsed group' : ''}`,
      );
      r++;
    }
    if (item.collapsed) s.collapsedRows.add(parent);
  }
  s.table = {
    name: 'Plan2027',
    ref: `A${first}:F${r - 1}`,
    headerRow: false,
    columns: ['Tema', 'Aktivitet', 'Tovholder', 'Start', 'Slut', 'Status'],
  };

  // The checklist: a headerless table, "F1 question" | answer | comment.
  const H = 'Huskeliste';
  const h = p.sheet(H);
  h.width(1, 80).width(2, 10).width(3, 40);
  const ans: Record<string, [string | null, 'yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['Ja', 'yes', null],
    F2: ['Ja', 'yes', 'Skoler, PPR og jobcenter deltog'],
    F3: ['Delvist', 'partly', 'Plan for foreningslivet mangler'],
    F4: ['Ja', 'yes', null],
    F5: ['Ja', 'yes', null],
    F6: ['Delvist', 'partly', 'Timer til mentorerne aftales med lederne'],
    F7: ['Ja', 'yes', null],
    L1: ['Ja', 'yes', null],
    L2: ['Nej', 'no', 'Første nedslag i maj'],
    L3: ['Delvist', 'partly', null],
    L4: ['Nej', 'no', null],
    L5: ['Ja', 'yes', null],
    L6: ['Delvist', 'partly', null],
    L7: ['Ja', 'yes', null],
    L8: [null, null, null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 1 + i;
    const [typed, a, comment] = ans[id]!;
    h.set(`A${row}`, `${id} ${q}`, { wrap: true });
    // An unanswered question keeps an empty cell in the table (the table's body has every cell).
    h.set(`B${row}`, typed ?? null);
    if (comment) h.set(`C${row}`, comment, { wrap: true });
    p.answer(id, a, H, `B${row}`, comment ? { v: comment, cell: `C${row}` } : undefined);
  });
  h.table = {
    name: 'Huskeliste',
    ref: `A1:C${SEED_QUESTIONS.length}`,
    headerRow: false,
    columns: ['Spørgsmål', 'Svar', 'Kommentar'],
  };
  return p;
}
