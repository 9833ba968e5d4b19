// Slagelse (held out, forty-second round): a plan that CARRIES ITS HISTORY — the coordinator never
// deletes a row. When an activity is corrected (a new start and deadline, a new name, another
// responsible), she strikes the whole old row through (Ctrl+5) and types the corrected copy
// directly under it; an activity dropped altogether is struck through with nothing under it. Each
// status cell holds the status's dated history, oldest first ("Ikke startet (3/8) → I gang (14/9) →
// Gennemført (2/11)"), the newest entry being the status now. Hand-built.
//
// A careful reader takes a struck-through row followed directly by a copy of the same activity (same
// or nearly the same name, same theme) as a superseded row: no activity, the copy under it is the
// activity. A struck row with no copy under it is a cancelled activity: closed, whatever status was
// left in it (as p66 reads it). The status is the last entry of the history.

import { PlanBuilder, type Exp } from '../build/plan';
import type { Style } from '../build/model';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Row {
  readonly tema: string;
  readonly akt: string;
  readonly ans: string;
  readonly start?: string;
  readonly frist: string;
  readonly status: string;
  readonly note?: string;
  /** 'old': struck, superseded by the next row; 'dropped': struck, nothing under it. */
  readonly struck?: 'old' | 'dropped';
  /** The reading of the status. */
  readonly is: Exp;
}

const ROWS: readonly Row[] = [
  { tema: 'Ledelse', akt: 'Styregruppemøde om økonomi', ans: 'Jesper Munk', frist: '2026-09-24', status: 'Ikke startet (3/8)', struck: 'old', is: null },
  { tema: 'Ledelse', akt: 'Styregruppemøde om økonomi og bemanding', ans: 'Jesper Munk', frist: '2026-10-08', status: 'Ikke startet (3/8) → Gennemført (8/10)', note: 'Flyttet og udvidet efter aftale med direktøren', is: 'done' },
  { tema: 'Opkvalificering', akt: 'Mentoruddannelse, hold 2', ans: 'Pia Dahl', start: '2026-08-17', frist: '2026-10-30', status: 'Ikke startet (3/8)', struck: 'old', is: null },
  { tema: 'Opkvalificering', akt: 'Mentoruddannelse, hold 2', ans: 'Pia Dahl', start: '2026-09-07', frist: '2026-11-27', status: 'Ikke startet (3/8) → I gang (7/9)', note: 'Kursusstart flyttet af centret', is: 'in_progress' },
  { tema: 'Kommunikation', akt: 'Pressemeddelelse om korpset', ans: 'Pia Dahl', frist: '2026-11-15', status: 'Ikke startet (3/8)', struck: 'old', is: null },
  { tema: 'Kommunikation', akt: 'Pressemeddelelse om korpset', ans: 'Tina Bro', frist: '2026-11-15', status: 'Ikke startet (3/8) → I gang (1/10)', note: 'Kommunikationsafdelingen overtager', is: 'in_progress' },
  { tema: 'Inddragelse', akt: 'Fokusgruppe med unge i forløb', ans: 'Tina Bro', frist: '2026-10-20', status: 'Ikke startet (3/8)', struck: 'dropped', is: { v: 'closed', note: 'struck through with no corrected copy under it: dropped' } },
  { tema: 'Inddragelse', akt: 'Forældrecafé hver anden torsdag', ans: 'Tina Bro', start: '2026-09-03', frist: '2026-12-17', status: 'Ikke startet (3/8) → I gang (3/9)', is: 'in_progress' },
  { tema: 'Organisering, roller og ansvar', akt: 'Funktionsbeskrivelse for koordinator', ans: 'Jesper Munk', frist: '2026-09-01', status: 'I gang (3/8) → Gennemført (28/8)', is: 'done' },
  { tema: 'Arbejdsproces og kultur', akt: 'Sparringsgrupper for mentorer', ans: 'Pia Dahl', start: '2026-10-01', frist: '2026-12-31', status: 'Ikke startet (3/8) → I gang (14/10)', is: 'in_progress' },
  { tema: 'Opfølgning på dokumentation', akt: 'Skabelon til forløbsnotater', ans: 'Jesper Munk', frist: '2026-11-30', status: 'Ikke startet (3/8)', is: 'not_started' },
  { tema: 'Evaluering og tilpasning', akt: 'Halvårsstatus til styregruppen', ans: 'Jesper Munk', frist: '2026-12-10', status: 'Ikke startet (3/8)', is: 'not_started' },
  { tema: 'Kommunikation', akt: 'Oplæg på lederforum', ans: 'Tina Bro', frist: '2026-09-17', status: 'Ikke startet (3/8) → I gang (1/9) → Gennemført (17/9)', is: 'done' },
]; // prettier-ignore

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

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p166-slagelse-overstregede-raekker-rettet-kopi-under-dateret-statushistorik',
    'hand-built',
    'Slagelse: no row ever deleted: a corrected activity\'s old row struck through (whole row) with the corrected copy directly under it (new dates, a new name, another responsible), one dropped activity struck through with nothing under it; every status cell a dated history "Ikke startet (3/8) → I gang (7/9)", the newest entry the status.',
    [
      'superseded-row-struck-through',
      'corrected-copy-directly-under',
      'struck-row-without-copy-cancelled',
      'status-as-dated-history-in-cell',
      'status-newest-entry-last',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentorkorpset i Slagelse Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Slagelse Kommune', 'municipality', '330'],
    ['Periode', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Klargøring', 'phase', 'readiness'],
    ['Koordinator', 'Jesper Munk', 'coordinator'],
    ['Leder', 'Birgit Holm', 'leader'],
  ]);

  const S = 'Plan';
  const s = p.sheet(S);
  s.width(1, 28).width(2, 46).width(3, 14).width(4, 12).width(5, 12).width(6, 40).width(7, 34);
  s.set('A1', 'Implementeringsplan 2. halvår 2026 – rettelser overstreges, intet slettes', TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status (dato)', 'Bemærkning'], HEAD);
  const x = at(S);
  const STRIKE: Style = { strike: true };
  let r = 4;
  for (const row of ROWS) {
    const st = row.struck ? STRIKE : undefined;
    const dt = (iso: string) => ({ v: { date: iso }, s: { fmt: 'dd.mm.yyyy', ...(st ?? {}) } });
    s.set(`A${r}`, row.tema, st)
      .set(`B${r}`, row.akt, { ...WRAP, ...(st ?? {}) })
      .set(`C${r}`, row.ans, st);
    if (row.start) s.set(`D${r}`, dt(row.start));
    s.set(`E${r}`, dt(row.frist));
    s.set(`F${r}`, row.status, { ...WRAP, ...(st ?? {}) });
    if (row.note) s.set(`G${r}`, row.note, WRAP);
    if (row.struck === 'old') {
      p.notActivity(S, r, `struck through, superseded by the corrected copy in row ${r + 1}`);
    } else {
      p.activity(S, r, {
        theme: x(THEME[row.tema]!, `A${r}`),
        activity: x(row.akt, `B${r}`),
        status: x(row.is, `F${r}`),
        start: x(row.start ?? null, `D${r}`),
        deadline: x(row.frist, `E${r}`),
        responsible: x(row.ans, `C${r}`),
      });
    }
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'partly', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'no',
    L1: 'partly', L2: 'yes', L3: 'yes', L4: 'no', L5: 'partly', L6: 'yes', L7: ['partly', 'Sparring starter i oktober'], L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['PD', 'mentor', 'Ungecentret', 10, 4],
    ['TB', 'parent_coach', 'Familiecentret', 12, 5],
    ['AL', 'mentor', 'Jobcentret', 8, 2],
    ['MN', 'both', 'PPR', 6, 2],
  ]);
  return p;
}
