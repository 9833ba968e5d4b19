// Gribskov (held out, fortieth round): a plan kept BY HAND over a long time, where the coordinator
// MOVES an activity when it ends. The table (Tema | Aktivitet | Ansvarlig | Frist | Status |
// Bemærkning) holds the running activities at the top; under them a grey banner row merged across
// the table, "FÆRDIGE AKTIVITETER", with the finished ones cut and pasted below it, and further down
// a second grey banner "DROPPET" with the ones given up. A line under the title says so ("Færdige
// aktiviteter flyttes ned under FÆRDIGE, droppede under DROPPET"). Once moved, the status cell was
// mostly cleared (the banner says it), once left at the "I gang" it had when it was cut, once typed
// "Færdig"; the dropped ones carry a reason in the remark, never the word "droppet" or "aflyst".
// Cover, checklist and corps on sheets of their own. Hand-built package (merged grey banners).
//
// A careful reader takes the status from the block: a row under "FÆRDIGE AKTIVITETER" is done, a
// row under "DROPPET" closed; the one moved under FÆRDIGE with "I gang" left in its cell is done too
// (it was moved there), but the two say different things: flagged. The banners are no activities.

import type { Value } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { ITALIC, TITLE, WRAP, HEAD } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Act {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  readonly ans: string;
  readonly frist: string;
  /** The status cell as written ('' for a cleared cell). */
  readonly status: string;
  readonly x: Exp;
  readonly note?: string;
}

const RUNNING: readonly Act[] = [
  { tema: 'Ledelse', theme: 'leadership', akt: 'Styregruppen følger op på korpsets måltal', ans: 'Lone Bech', frist: '2026-12-15', status: 'I gang', x: 'in_progress', note: 'Næste møde 8/12' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Artikel om korpset på intranettet', ans: 'Peter Friis', frist: '2026-12-18', status: 'Ikke startet', x: 'not_started' },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Fokusgruppe med unge i mentorforløb', ans: 'Sara Holm', frist: '2027-01-29', status: 'Ikke startet', x: 'not_started', note: 'Skal planlægges med UU' },
  { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Halvårligt udtræk af forløbsdata', ans: 'Lone Bech', frist: '2026-12-11', status: 'I gang', x: 'in_progress' },
  { tema: 'Evaluering og tilpasning', theme: 'evaluation', akt: 'Evalueringsworkshop med mentorer og ledelse', ans: 'Lone Bech', frist: '2027-01-21', status: 'Ikke startet', x: 'not_started' },
  { tema: 'Arbejdsproces og kultur', theme: 'process_culture', akt: 'Fast sparring mellem mentorer og sagsbehandlere', ans: 'Mikkel Krog', frist: '2026-12-17', status: 'I gang', x: 'in_progress', note: 'Hver anden torsdag' },
]; // prettier-ignore

const DONE: readonly Act[] = [
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'LAT-grundkursus for nye mentorer', ans: 'Mikkel Krog', frist: '2026-09-24', status: '', x: 'done', note: 'Afholdt, 7 deltog' },
  { tema: 'Organisering, roller og ansvar', theme: 'organisation_roles', akt: 'Rollebeskrivelse for forældrecoaches', ans: 'Sara Holm', frist: '2026-09-30', status: '', x: 'done' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Informationsmøde for skoleledere', ans: 'Peter Friis', frist: '2026-10-07', status: 'Færdig', x: 'done', note: 'Slides sendt ud bagefter' },
  { tema: 'Ledelse', theme: 'leadership', akt: 'Kickoff med direktion og afdelingsledere', ans: 'Lone Bech', frist: '2026-08-27', status: '', x: 'done' },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Forældrecafé om korpsets tilbud', ans: 'Sara Holm', frist: '2026-10-29', status: 'I gang', x: unsure('done', 'moved under FÆRDIGE with its old "I gang" left in the cell: done by the block, but the two disagree'), note: '18 forældre mødte op' },
]; // prettier-ignore

const DROPPED: readonly Act[] = [
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'Temadag om motiverende samtale for lærere', ans: 'Mikkel Krog', frist: '2026-11-05', status: '', x: 'closed', note: 'For få tilmeldte – prøves igen til foråret' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Plakatkampagne på ungdomsskolen', ans: 'Peter Friis', frist: '2026-10-15', status: '', x: 'closed', note: 'Ungdomsskolen ønskede det ikke i år' },
]; // prettier-ignore

const d = (iso: string): Value => ({ date: iso });
const GREY_BANNER = { bold: true, fill: { rgb: 'BFBFBF' } } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p161-gribskov-faerdige-og-droppet-blokke-graa-bannerraekker',
    'hand-built',
    'Gribskov: a hand-kept plan where finished activities are moved under a grey merged banner "FÆRDIGE AKTIVITETER" and given-up ones under "DROPPET" at the bottom of the same table; the moved rows\' status cells mostly cleared, one left at "I gang", one "Færdig"; reasons in the remark.',
    [
      'finished-block-under-banner',
      'dropped-block-under-banner',
      'status-from-block',
      'status-cell-cleared-after-move',
      'stale-status-after-move',
      'grey-merged-banner-rows',
      'note-line-under-title',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen – Gribskov Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Gribskov Kommune', 'municipality', '270'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Lone Bech', 'coordinator'],
    ['Leder', 'Henrik Vad', 'leader'],
  ]);

  const S = 'Handleplan';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 28).width(2, 46).width(3, 16).width(4, 12).width(5, 13).width(6, 38);
  s.set('A1', 'Handleplan 2026–27 – mentorkorpset i Gribskov', TITLE);
  s.set(
    'A2',
    'Opdateret 24.11.2026 (LB). Færdige aktiviteter flyttes ned under FÆRDIGE, droppede under DROPPET.',
    ITALIC,
  );
  p.notActivity(S, 2, 'a note on how the plan is kept');
  s.row('A4', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Bemærkning'], HEAD);
  s.frozenRows = 4;
  let r = 5;
  let bannerCell = '';
  const put = (a: Act): void => {
    s.set(`A${r}`, a.tema)
      .set(`B${r}`, a.akt, WRAP)
      .set(`C${r}`, a.ans)
      .set(`D${r}`, { v: d(a.frist), s: { fmt: 'dd.mm.yyyy' } });
    if (a.status) s.set(`E${r}`, a.status);
    if (a.note) s.set(`F${r}`, a.note, WRAP);
    p.activity(S, r, {
      theme: x(a.theme, `A${r}`),
      activity: x(a.akt, `B${r}`),
      // A cleared status cell: the block's banner says it.
      status: x(a.x, a.status ? `E${r}` : bannerCell),
      start: x(null, `D${r}`),
      deadline: x(a.frist, `D${r}`),
      responsible: x(a.ans, `C${r}`),
    });
    r++;
  };
  const banner = (text: string, why: string): void => {
    s.set(`A${r}`, text, GREY_BANNER);
    bannerCell = `A${r}`;
    for (const c of 'BCDEF') s.set(`${c}${r}`, null, GREY_BANNER);
    s.merge(`A${r}:F${r}`);
    p.notActivity(S, r, why);
    r++;
  };
  for (const a of RUNNING) put(a);
  r++; // an empty row before the block
  banner('FÆRDIGE AKTIVITETER', 'the banner over the finished activities');
  for (const a of DONE) put(a);
  r++;
  banner('DROPPET', 'the banner over the activities given up');
  for (const a of DROPPED) put(a);

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'partly', L4: 'yes', L5: 'no', L6: 'yes', L7: ['partly', 'Mangler aftale med UU'], L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['MK', 'mentor', 'Ungdomsskolen', 12, 5],
    ['SH', 'parent_coach', 'Familieafdelingen', 8, 3],
    ['AJ', 'mentor', 'Jobcentret', 10, 4],
    ['TN', 'both', 'PPR', 6, 2],
  ]);
  return p;
}
