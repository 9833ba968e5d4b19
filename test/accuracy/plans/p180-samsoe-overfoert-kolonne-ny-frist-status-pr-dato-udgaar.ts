// Samsø (held out, forty-ninth round): THE PLAN CARRIED INTO THE NEXT HALF-YEAR, column by column.
// The coordinator kept last half-year's table and added what the new one needed: a column
// "Overført fra 1. halvår" (Ja for the rows carried on, Nej for the new ones), a "Ny frist" beside the
// old "Frist" (filled for most carried rows, whose old deadline fell in the spring), the status
// column renamed "Status pr. 30/6" and a new "Status pr. 31/12" beside it, filled where the row has
// been followed up since the summer (the plan is sent in September). Two carried rows the
// coordinator dropped have "UDGÅR" written into the activity text ("UDGÅR: …", "… – udgår"), their
// status cells left as they were. The cover names 2. halvår 2026. Hand-built package.
//
// A careful reader takes the status from "Status pr. 31/12" (the end of the half-year reported)
// where filled, else from "Status pr. 30/6" (the newest follow-up: a new row's 30/6 cell is a dash);
// the deadline from "Ny frist" where filled, else "Frist"; the "Overført" column is no field. A row
// whose activity says it UDGÅR is dropped: closed, the activity's name without the marker.

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Row {
  readonly tema: string;
  readonly akt: string;
  /** The text typed in the activity cell when it differs from the name (a dropped row's marker). */
  readonly typed?: string;
  readonly ans: string;
  readonly ov: 'Ja' | 'Nej';
  readonly frist: string;
  readonly ny?: string;
  readonly s30?: string;
  readonly s31?: string;
  readonly note?: string;
}

const ROWS: readonly Row[] = [
  { tema: 'Ledelse', akt: 'Styregruppemøde med skole- og socialchef', ans: 'Birgit Holm', ov: 'Ja', frist: '2026-06-10', ny: '2026-10-06', s30: 'Ikke startet', s31: 'Gennemført', note: 'Flyttet pga. budgetforhandlinger' },
  { tema: 'Opkvalificering', akt: 'Grunduddannelse af tre mentorer på Fyn', ans: 'Jens Aagaard', ov: 'Ja', frist: '2026-05-29', ny: '2026-11-27', s30: 'I gang' },
  { tema: 'Kommunikation', akt: 'Folder om korpset til Samsø Skole og Ungdomsskolen', ans: 'Birgit Holm', ov: 'Ja', frist: '2026-04-30', ny: '2026-09-30', s30: 'I gang', s31: 'Gennemført' },
  { tema: 'Inddragelse', akt: 'Fælles temadag med forældre fra Tranebjerg', typed: 'UDGÅR: Fælles temadag med forældre fra Tranebjerg', ans: 'Karen Friis', ov: 'Ja', frist: '2026-06-19', s30: 'Ikke startet', note: 'For få tilmeldte' },
  { tema: 'Opfølgning på dokumentation', akt: 'Registrering af forløb i fagsystemet', ans: 'Karen Friis', ov: 'Ja', frist: '2026-06-30', ny: '2026-12-18', s30: 'I gang', s31: 'I gang' },
  { tema: 'Organisering, roller og ansvar', akt: 'Supervisionsaftale med PPR i Aarhus', typed: 'Supervisionsaftale med PPR i Aarhus – udgår', ans: 'Jens Aagaard', ov: 'Ja', frist: '2026-05-15', ny: '2026-09-15', s30: 'I gang', note: 'Supervision klares nu internt' },
  { tema: 'Arbejdsproces og kultur', akt: 'Faste matchmøder hver anden uge', ans: 'Karen Friis', ov: 'Ja', frist: '2026-06-26', s30: 'Gennemført' },
  { tema: 'Ledelse', akt: 'Budgetopfølgning for 2027', ans: 'Birgit Holm', ov: 'Nej', frist: '2026-11-10', s30: '–', s31: 'Ikke startet' },
  { tema: 'Opkvalificering', akt: 'Netværksmøde for forældrecoaches', ans: 'Jens Aagaard', ov: 'Nej', frist: '2026-10-22', s30: '–', s31: 'I gang' },
  { tema: 'Evaluering og tilpasning', akt: 'Evaluering af første år med korpset', ans: 'Birgit Holm', ov: 'Nej', frist: '2026-12-15', s30: '–', s31: 'Ikke startet' },
  { tema: 'Kommunikation', akt: 'Opslag på kommunens Facebookside', ans: 'Karen Friis', ov: 'Nej', frist: '2026-09-04', s30: '–', s31: 'Gennemført' },
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

const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p180-samsoe-overfoert-kolonne-ny-frist-status-pr-dato-udgaar',
    'hand-built',
    'Samsø: last half-year\'s table carried on with added columns: "Overført fra 1. halvår" Ja/Nej, "Ny frist" beside the old "Frist", the status renamed "Status pr. 30/6" beside a new "Status pr. 31/12" filled where followed up since; two dropped rows written "UDGÅR: …" and "… – udgår" in the activity text; the cover names 2. halvår 2026.',
    [
      'carried-over-column-ja-nej',
      'frist-and-ny-frist-columns',
      'status-per-date-columns',
      'status-newest-filled-follow-up',
      'dropped-row-udgaar-in-activity-text',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachkorpset på Samsø', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Samsø Kommune', 'municipality', '741'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Klargøring', 'phase', 'readiness'],
    ['Koordinator', 'Karen Friis', 'coordinator'],
    ['Leder', 'Birgit Holm', 'leader'],
  ]);

  const S = 'Implementeringsplan';
  const s = p.sheet(S);
  s.width(1, 28).width(2, 52).width(3, 14).width(4, 12).width(5, 12).width(6, 12);
  s.width(7, 14).width(8, 14).width(9, 30);
  s.set('A1', 'Implementeringsplan – Samsø Kommune', TITLE);
  s.row(
    'A3',
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Overført fra 1. halvår', 'Frist', 'Ny frist', 'Status pr. 30/6', 'Status pr. 31/12', 'Bemærkning'],
    HEAD,
  ); // prettier-ignore
  const x = at(S);
  const date = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd-mm-yyyy' },
  });
  let r = 4;
  for (const row of ROWS) {
    s.set(`A${r}`, row.tema)
      .set(`B${r}`, row.typed ?? row.akt, WRAP)
      .set(`C${r}`, row.ans);
    s.set(`D${r}`, row.ov).set(`E${r}`, date(row.frist));
    if (row.ny) s.set(`F${r}`, date(row.ny));
    if (row.s30) s.set(`G${r}`, row.s30);
    if (row.s31) s.set(`H${r}`, row.s31);
    if (row.note) s.set(`I${r}`, row.note, WRAP);
    const dropped = row.typed !== undefined;
    const status: Exp = dropped
      ? { v: 'closed', cell: `B${r}` }
      : row.s31
        ? { v: STATUS[row.s31] as string, cell: `H${r}` }
        : { v: STATUS[row.s30!] as string, cell: `G${r}` };
    p.activity(S, r, {
      theme: x(THEME[row.tema]!, `A${r}`),
      activity: x(dropped ? { v: row.akt, alt: [row.typed] } : row.akt, `B${r}`),
      status: x(status, `B${r}`),
      start: x(null, `E${r}`),
      deadline: x(row.ny ?? row.frist, row.ny ? `F${r}` : `E${r}`),
      responsible: x(row.ans, `C${r}`),
    });
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: ['no', 'Kun ét forløb startet'], L5: 'partly', L6: 'yes', L7: 'partly', L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['TN', 'mentor', 'Samsø Skole', 6, 2],
    ['AL', 'parent_coach', 'Sundhedsplejen', 8, 3],
    ['HB', 'both', 'Ungdomsskolen', 5, 1],
  ]);
  return p;
}
