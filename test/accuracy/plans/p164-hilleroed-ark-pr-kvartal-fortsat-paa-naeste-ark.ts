// Hillerød (held out, forty-first round): a plan SHARED BY THE QUARTER'S OWNERS — the coordinator
// and the two team leaders take turns keeping it, one sheet per quarter ("3. kvartal 2026",
// "4. kvartal 2026", "1. kvartal 2027"), each sheet opened by whoever runs that quarter's follow-up
// meeting and filled with the activities of the quarter (Tema | Aktivitet | Ansvarlig | Start | Frist
// | Status | Bemærkning). An activity that runs over more than one quarter is copied to the next
// sheet with its name followed by "(fortsat)" — once "(forts.)", once "– fortsat" — and carries its
// newest status and its new Frist there; on the earlier sheet it keeps the status it had when that
// quarter ended. The quarterly steering-group meeting appears on every sheet by the same name
// WITHOUT "(fortsat)": it is a new meeting each quarter. Cover, checklist and corps on sheets of their
// own. LibreOffice (flat ODS).
//
// A careful reader takes an activity and its "(fortsat)" copies as ONE activity, read at its first
// appearance: named as there (without "(fortsat)"), starting where it started, its deadline the
// Frist of its last appearance, its status the one on the latest sheet it appears on (the quarters
// follow each other; the later sheet is the newer word). The "(fortsat)" rows are no activities of
// their own. The steering-group meetings are three activities.

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

const Q3 = '3. kvartal 2026';
const Q4 = '4. kvartal 2026';
const Q1 = '1. kvartal 2027';
const SHEETS = [Q3, Q4, Q1] as const;

/** A row as typed on a quarter's sheet. `key` ties continued rows to their first appearance. */
interface Row {
  readonly key: string;
  readonly tema: string;
  readonly akt: string;
  readonly ans: string;
  readonly start?: Value;
  readonly frist: Value;
  readonly status: string;
  readonly note?: string;
}

const d = (iso: string): Value => ({ date: iso });

const ROWS: Record<(typeof SHEETS)[number], readonly Row[]> = {
  [Q3]: [
    { key: 'sg3', tema: 'Ledelse', akt: 'Kvartalsmøde i styregruppen', ans: 'Karen Wulff', frist: d('2026-09-17'), status: 'Gennemført' },
    { key: 'uddannelse', tema: 'Opkvalificering', akt: 'Mentoruddannelse for hold 2', ans: 'Rasmus Ebbe', start: d('2026-08-24'), frist: d('2026-09-30'), status: 'I gang', note: 'Moduler 1–2 holdt' },
    { key: 'folder', tema: 'Kommunikation', akt: 'Folder om korpset til skoler og daginstitutioner', ans: 'Karen Wulff', frist: d('2026-09-25'), status: 'Gennemført' },
    { key: 'samtykke', tema: 'Opfølgning på dokumentation', akt: 'Ny samtykkeblanket og registreringsvejledning', ans: 'Helle Stær', start: d('2026-09-01'), frist: d('2026-09-30'), status: 'Ikke startet', note: 'Afventer jura' },
    { key: 'roller', tema: 'Organisering, roller og ansvar', akt: 'Rollebeskrivelser for mentor og forældrecoach', ans: 'Rasmus Ebbe', frist: d('2026-08-31'), status: 'Gennemført' },
  ],
  [Q4]: [
    { key: 'sg4', tema: 'Ledelse', akt: 'Kvartalsmøde i styregruppen', ans: 'Karen Wulff', frist: d('2026-12-10'), status: 'Ikke startet' },
    { key: 'uddannelse', tema: 'Opkvalificering', akt: 'Mentoruddannelse for hold 2 (fortsat)', ans: 'Rasmus Ebbe', start: d('2026-10-01'), frist: d('2026-11-19'), status: 'Gennemført', note: 'Sidste modul 19/11' },
    { key: 'samtykke', tema: 'Opfølgning på dokumentation', akt: 'Ny samtykkeblanket og registreringsvejledning (forts.)', ans: 'Helle Stær', frist: d('2026-12-31'), status: 'I gang' },
    { key: 'cafe', tema: 'Inddragelse', akt: 'Forældrecafé i Hillerød Øst', ans: 'Helle Stær', start: d('2026-10-05'), frist: d('2026-12-14'), status: 'I gang', note: 'Hver anden mandag' },
    { key: 'sparring', tema: 'Arbejdsproces og kultur', akt: 'Sparringsgrupper for mentorer', ans: 'Rasmus Ebbe', start: d('2026-11-01'), frist: d('2026-12-31'), status: 'I gang' },
    { key: 'intranet', tema: 'Kommunikation', akt: 'Nyhed om korpset på intranettet', ans: 'Karen Wulff', frist: d('2026-10-15'), status: 'Gennemført' },
  ],
  [Q1]: [
    { key: 'sg1', tema: 'Ledelse', akt: 'Kvartalsmøde i styregruppen', ans: 'Karen Wulff', frist: d('2027-03-11'), status: 'Ikke startet' },
    { key: 'sparring', tema: 'Arbejdsproces og kultur', akt: 'Sparringsgrupper for mentorer – fortsat', ans: 'Rasmus Ebbe', frist: d('2027-03-31'), status: 'I gang' },
    { key: 'evaluering', tema: 'Evaluering og tilpasning', akt: 'Evaluering af første år med korpset', ans: 'Karen Wulff', start: d('2027-02-01'), frist: d('2027-03-26'), status: 'Ikke startet' },
    { key: 'ungepanel', tema: 'Inddragelse', akt: 'Ungepanel om mentorforløbene', ans: 'Helle Stær', frist: d('2027-02-24'), status: 'Ikke startet' },
  ],
}; // prettier-ignore

const THEME: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p164-hilleroed-ark-pr-kvartal-fortsat-paa-naeste-ark',
    'libreoffice-fods',
    'Hillerød: a plan kept by turns, one sheet per quarter (3. kvartal 2026, 4. kvartal 2026, 1. kvartal 2027); an activity running over several quarters is copied to the next sheet as "… (fortsat)" / "(forts.)" / "– fortsat" with its newest status and Frist; the quarterly steering-group meeting appears on every sheet by the same name without "(fortsat)".',
    [
      'sheet-per-quarter',
      'continued-activity-copied-to-next-sheet',
      'fortsat-suffix',
      'status-from-latest-appearance',
      'deadline-from-last-appearance',
      'start-from-first-appearance',
      'same-name-each-quarter-not-continued',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentorkorpset i Hillerød Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Hillerød Kommune', 'municipality', '219'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Karen Wulff', 'coordinator'],
    ['Leder', 'Niels Brandt', 'leader'],
  ]);

  // Where each row is typed, by key: every appearance in sheet order.
  const seen = new Map<string, { sheet: string; row: number; r: Row }[]>();
  for (const sheet of SHEETS) {
    const s = p.sheet(sheet);
    s.width(1, 28).width(2, 48).width(3, 16).width(4, 12).width(5, 12).width(6, 13).width(7, 30);
    s.set('A1', `Handleplan – ${sheet}`, TITLE);
    s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Bemærkning'], HEAD);
    let r = 4;
    for (const row of ROWS[sheet]) {
      s.set(`A${r}`, row.tema).set(`B${r}`, row.akt, WRAP).set(`C${r}`, row.ans);
      if (row.start) s.set(`D${r}`, { v: row.start, s: { fmt: 'dd.mm.yyyy' } });
      s.set(`E${r}`, { v: row.frist, s: { fmt: 'dd.mm.yyyy' } }).set(`F${r}`, row.status);
      if (row.note) s.set(`G${r}`, row.note, WRAP);
      const list = seen.get(row.key) ?? [];
      list.push({ sheet, row: r, r: row });
      seen.set(row.key, list);
      r++;
    }
  }

  for (const list of seen.values()) {
    const first = list[0]!;
    const last = list.at(-1)!;
    const x = at(first.sheet);
    const there = (e: Exp, sheet: string, cell: string): Exp =>
      e === null || typeof e !== 'object' ? { v: e, sheet, cell } : { ...e, sheet, cell };
    const iso = (v: Value | undefined): string | null =>
      v && typeof v === 'object' && 'date' in v ? v.date : null;
    const f = first.row;
    p.activity(first.sheet, f, {
      theme: x(THEME[first.r.tema]!, `A${f}`),
      activity: x(first.r.akt, `B${f}`),
      status: x(there(STATUS[last.r.status]!, last.sheet, `F${last.row}`), `F${f}`),
      start: x(iso(first.r.start), `D${f}`),
      deadline: x(there(iso(last.r.frist), last.sheet, `E${last.row}`), `E${f}`),
      responsible: x(first.r.ans, `C${f}`),
    });
    for (const later of list.slice(1))
      p.notActivity(later.sheet, later.row, `"${first.r.akt}" continued from ${first.sheet}`);
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'yes', L3: ['partly', 'Sparringsgrupper startet i november'], L4: 'partly', L5: 'no', L6: 'yes', L7: 'yes', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['RE', 'mentor', 'Ungdomsskolen', 12, 5],
    ['HS', 'parent_coach', 'Familieafdelingen', 10, 4],
    ['JT', 'mentor', 'Jobcentret', 8, 3],
    ['BO', 'both', 'PPR', 6, 2],
  ]);
  return p;
}
