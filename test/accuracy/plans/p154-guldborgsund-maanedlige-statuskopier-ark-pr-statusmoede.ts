// Guldborgsund (held out, thirty-sixth round): MONTHLY SNAPSHOTS. Before each monthly status
// meeting the coordinator copies the plan sheet (Flyt eller kopiér › Opret en kopi), renames the
// copy and updates statuses and remarks in it; the old sheets stay. So the workbook holds "Status
// jan 26", "Status feb 26", "Status Marts 26", "Status apr 26", "Status maj 2026", "Status juni 26",
// "Status aug 26" (no meeting in July), "Status sep 26", "Status okt", "Status okt (kopi)" and
// "Status nov 26": eleven sheets of the same table (Tema | Aktivitet | Ansvarlig | Start | Frist |
// Status | Bemærkning) under the same copied title, activities added over the year at the bottom,
// one dropped in the summer ("Udgår" in June, gone from August), a deadline moved in September. The
// tabs are not in the order of the months: "Status sep 26" was dragged to the end, after November.
// "Status okt (kopi)" is a twin of "Status okt" that differs in one status (the supervision: "I
// gang" in one, "Gennemført" in the other), and the November sheet says "Uændret" (unchanged since
// last time) for two statuses, one of them that supervision. The cover ("Forside") says "Gældende
// status: se seneste faneblad". Checklist and corps on sheets of their own. Hand-built package.
//
// A careful reader takes the LATEST month's sheet as the plan, by the month in the sheet's name
// (November 2026; the year of "Status okt" is the year of its neighbours), not by the tab order,
// and reads none of the other months' rows as more activities (nor the dropped activity, nor the
// old deadline). "Uændret" is the status of the month before: for the sparring both October sheets
// say "I gang" (in progress); for the supervision the two October sheets disagree and which of the
// twins is the newer cannot be known, so its status is not known: no value, flagged.

import type { Value } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { BOLD, DMY_DOT, HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

type Month = 'jan' | 'feb' | 'mar' | 'apr' | 'maj' | 'jun' | 'aug' | 'sep' | 'okt' | 'okt2' | 'nov';
/** The months in time order (the two October sheets are of one month). */
const MONTHS: readonly Month[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'maj',
  'jun',
  'aug',
  'sep',
  'okt',
  'okt2',
  'nov',
];
const TAB: Record<Month, string> = {
  jan: 'Status jan 26',
  feb: 'Status feb 26',
  mar: 'Status Marts 26',
  apr: 'Status apr 26',
  maj: 'Status maj 2026',
  jun: 'Status juni 26',
  aug: 'Status aug 26',
  sep: 'Status sep 26',
  okt: 'Status okt',
  okt2: 'Status okt (kopi)',
  nov: 'Status nov 26',
};
/** The tab order: September dragged to the end, after November. */
const TAB_ORDER: readonly Month[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'maj',
  'jun',
  'aug',
  'okt',
  'okt2',
  'nov',
  'sep',
];

/** One activity over the year: what each month's sheet says (absent: not on that sheet). */
interface Act {
  readonly tema: string;
  readonly akt: string;
  readonly ans: string;
  readonly start?: string;
  /** The deadline as written, from a month on (a moved deadline has two entries). */
  readonly frist: readonly (readonly [Month, string])[];
  /** Status and remark per month, from the month it was added; a month missing after that: the month before's. */
  readonly months: Partial<Record<Month, readonly [string, string?]>>;
  /** The last month it is on (dropped after it). */
  readonly until?: Month;
  /** The reading in November. */
  readonly x: { readonly theme: Exp; readonly status: Exp; readonly deadline: string };
}

const ACTS: readonly Act[] = [
  { tema: 'Ledelse', akt: 'Styregruppemøde om korpsets mål og måltal', ans: 'Torben Friis', frist: [['jan', '2026-02-26']],
    months: { jan: ['Ikke startet', 'Dato aftalt med direktøren'], feb: ['I gang', 'Oplæg sendt ud'], mar: ['Gennemført', 'Mål vedtaget 24/2'] },
    x: { theme: 'leadership', status: 'done', deadline: '2026-02-26' } },
  { tema: 'Kommunikation', akt: 'Informationsmøde for skoler og dagtilbud', ans: 'Mette Kjær', start: '2026-03-01', frist: [['jan', '2026-04-30']],
    months: { jan: ['Ikke startet'], mar: ['I gang', 'Tre af fem møder holdt'], apr: ['I gang', 'Fire af fem møder holdt'], maj: ['Gennemført', 'Alle fem møder holdt'] },
    x: { theme: 'communication', status: 'done', deadline: '2026-04-30' } },
  { tema: 'Organisering, roller og ansvar', akt: 'Rollebeskrivelser for koordinator og mentorer', ans: 'Mette Kjær', frist: [['jan', '2026-03-31']],
    months: { jan: ['I gang', 'Udkast skrives'], mar: ['I gang', 'Til høring i styregruppen'], apr: ['Gennemført', 'Godkendt 7/4'] },
    x: { theme: 'organisation_roles', status: 'done', deadline: '2026-03-31' } },
  // Dropped in the summer: "Udgår" in June, gone from August.
  { tema: 'Inddragelse', akt: 'Brugerpanel med unge i mentorforløb', ans: 'Susanne Bech', frist: [['jan', '2026-06-30']],
    months: { jan: ['Ikke startet'], apr: ['I gang', 'Svært at samle de unge'], jun: ['Ændret', 'Udgår – lægges sammen med dialogmødet i september'] }, until: 'jun',
    x: { theme: 'involvement', status: 'changed', deadline: '2026-06-30' } },
  { tema: 'Inddragelse', akt: 'Dialogmøde med unge og forældre', ans: 'Mette Kjær', frist: [['jan', '2026-09-24']],
    months: { jan: ['Ikke startet'], aug: ['I gang', 'Lokale booket'], okt: ['Gennemført', '31 deltagere'] },
    x: { theme: 'involvement', status: 'done', deadline: '2026-09-24' } },
  // "Uændret" in November: both October sheets say "I gang".
  { tema: 'Arbejdsproces og kultur', akt: 'Fast sparring mellem mentorer og sagsbehandlere', ans: 'Susanne Bech', start: '2026-02-01', frist: [['jan', '2026-12-18']],
    months: { jan: ['Ikke startet'], feb: ['I gang', 'Hver anden torsdag'], nov: ['Uændret', 'Hver anden torsdag'] },
    x: { theme: 'process_culture', status: { v: 'in_progress', note: '"Uændret" (unchanged): the status of the month before, "I gang" on both October sheets' }, deadline: '2026-12-18' } },
  // The deadline moved in September.
  { tema: 'Opkvalificering', akt: 'LAT-grundkursus for nye mentorer', ans: 'Henrik Lund', start: '2026-09-01', frist: [['jan', '2026-10-29'], ['sep', '2026-11-19']],
    months: { jan: ['Ikke startet'], sep: ['I gang', 'Frist rykket – underviseren syg i oktober'], okt: ['I gang', 'Modul 2 af 3'], nov: ['Gennemført', 'Kursusbevis til alle seks'] },
    x: { theme: 'upskilling', status: 'done', deadline: '2026-11-19' } },
  { tema: 'Opfølgning på dokumentation', akt: 'Kvartalsvis dataudtræk fra dokumentationsplatformen', ans: 'Susanne Bech', frist: [['apr', '2026-10-30']],
    months: { apr: ['I gang', 'Første udtræk 1. kvartal'], aug: ['I gang', 'Udtræk 2. kvartal sendt'], nov: ['Gennemført', 'Udtræk 3. kvartal sendt til styregruppen'] },
    x: { theme: 'documentation', status: 'done', deadline: '2026-10-30' } },
  // The twins disagree, and November says "Uændret".
  { tema: 'Opkvalificering', akt: 'Ekstern supervision af forældrecoaches', ans: 'Henrik Lund', start: '2026-10-01', frist: [['aug', '2026-11-30']],
    months: { aug: ['Ikke startet', 'Tilbud indhentet'], okt: ['I gang', 'Første session 8/10'], okt2: ['Gennemført', 'Første session 8/10'], nov: ['Uændret'] },
    x: { theme: 'upskilling', status: unsure(null, '"Uændret" (unchanged) points to October, and the two October sheets disagree ("I gang" on "Status okt", "Gennemført" on "Status okt (kopi)"); which copy is the newer cannot be known: no status, to be asked'), deadline: '2026-11-30' } },
  { tema: 'Kommunikation', akt: 'Nyhedsbrev til forældre om korpset', ans: 'Mette Kjær', frist: [['aug', '2026-12-15']],
    months: { aug: ['Ikke startet'], okt: ['I gang', 'Tekst skrives'], nov: ['I gang', 'Tekst til korrektur'] },
    x: { theme: 'communication', status: 'in_progress', deadline: '2026-12-15' } },
  { tema: 'Ledelse', akt: 'Temadag for skoleledere om korpset', ans: 'Torben Friis', frist: [['maj', '2026-11-05']],
    months: { maj: ['Ikke startet'], sep: ['Ikke startet', 'Invitation sendt'], okt: ['Aflyst', 'For få tilmeldte – flyttes til foråret'] },
    x: { theme: 'leadership', status: 'closed', deadline: '2026-11-05' } },
  { tema: 'Evaluering og tilpasning', akt: 'Midtvejsevaluering med korpset og ledelsen', ans: 'Torben Friis', frist: [['sep', '2026-12-17']],
    months: { sep: ['Ikke startet'], nov: ['Ikke startet', 'Spørgeskema klar'] },
    x: { theme: 'evaluation', status: 'not_started', deadline: '2026-12-17' } },
  { tema: 'Opfølgning på dokumentation', akt: 'Datamøde med mentorerne om registrering af forløb', ans: 'Susanne Bech', frist: [['nov', '2026-12-10']],
    months: { nov: ['Ikke startet', 'Ny – aftalt på mødet i november'] },
    x: { theme: 'documentation', status: 'not_started', deadline: '2026-12-10' } },
]; // prettier-ignore

const idx = (m: Month): number => MONTHS.indexOf(m);

/** The value a month's sheet holds from a list of (month, value) changes: the latest at or before it. */
function asOf<T>(changes: readonly (readonly [Month, T])[], m: Month): T | undefined {
  let out: T | undefined;
  for (const [from, v] of changes) if (idx(from) <= idx(m)) out = v;
  return out;
}

/** Status and remark on a month's sheet: the month's own entry, else carried over from the sheet it was copied from. */
function stateOf(a: Act, m: Month): readonly [string, string?] | undefined {
  const own = a.months[m];
  if (own) return own;
  // The copy "okt (kopi)" is a copy of "okt"; November was copied from one of them, and each other
  // month from the month before (a cell not changed keeps what it said).
  const before = m === 'okt2' ? 'okt' : m === 'nov' ? 'okt' : MONTHS[idx(m) - 1];
  if (before === undefined) return undefined;
  const prev = stateOf(a, before);
  // "Uændret" is typed in November only; the earlier sheets carry the status itself.
  return prev;
}

function onSheet(a: Act, m: Month): boolean {
  const first = MONTHS.find((k) => a.months[k] !== undefined || a.frist.some(([f]) => f === k));
  if (first === undefined || idx(m) < idx(first)) return false;
  return a.until === undefined || idx(m) <= idx(a.until);
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p154-guldborgsund-maanedlige-statuskopier-ark-pr-statusmoede',
    'hand-built',
    'Guldborgsund: the plan sheet copied before every monthly status meeting, eleven sheets "Status jan 26" … "Status nov 26" (months written "Marts", "maj 2026", "juni", no July; "Status okt" and a twin "Status okt (kopi)" without a year, differing in one status), each the same table with statuses and remarks changing, activities added over the year, one dropped in the summer, a deadline moved; tabs not in month order (September dragged after November); "Uændret" as a status in November; the cover says "Gældende status: se seneste faneblad".',
    [
      'monthly-snapshot-sheets',
      'latest-sheet-by-name-not-tab-order',
      'month-names-mixed-in-sheet-names',
      'sheet-name-without-year',
      'twin-sheet-kopi-differing',
      'activity-added-over-the-year',
      'activity-dropped-in-summer',
      'deadline-moved-between-snapshots',
      'status-unchanged-word',
      'cover-points-to-latest-sheet',
    ],
  );

  // --- Forside ------------------------------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 40);
  f.set('A1', 'Mentor- og forældrecoachkorpset i Guldborgsund Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Guldborgsund Kommune', 'municipality', '376'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Mette Kjær', 'coordinator'],
    ['Leder', 'Torben Friis', 'leader'],
  ]);
  f.set('A9', 'Gældende status: se seneste faneblad', BOLD);
  f.set(
    'A10',
    'Planen kopieres til et nyt faneblad før hvert månedlige statusmøde (højreklik › Flyt eller kopiér).',
    ITALIC,
  );

  // --- The snapshots, in tab order ----------------------------------------------------------------
  for (const m of TAB_ORDER) {
    const name = TAB[m];
    const s = p.sheet(name);
    s.width(1, 26).width(2, 46).width(3, 16).width(4, 12).width(5, 12).width(6, 14).width(7, 44);
    s.set('A1', 'Handleplan 2026 – mentor- og forældrecoachkorpset', TITLE);
    s.set('A2', 'Opdateres til hvert statusmøde', ITALIC);
    s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Bemærkning'], HEAD);
    s.frozenRows = 3;
    const x = at(name);
    let r = 4;
    for (const a of ACTS) {
      if (!onSheet(a, m)) continue;
      const [statusText, remark] = stateOf(a, m) ?? ['Ikke startet'];
      const frist = asOf(a.frist, m)!;
      const date = (iso: string): Value => ({ date: iso });
      s.set(`A${r}`, a.tema)
        .set(`B${r}`, a.akt, WRAP)
        .set(`C${r}`, a.ans)
        .set(`E${r}`, { v: date(frist), s: DMY_DOT })
        .set(`F${r}`, statusText);
      if (a.start) s.set(`D${r}`, { v: date(a.start), s: DMY_DOT });
      if (remark) s.set(`G${r}`, remark, WRAP);
      if (m === 'nov') {
        p.activity(name, r, {
          theme: x(a.x.theme, `A${r}`),
          activity: x(a.akt, `B${r}`),
          status: x(a.x.status, `F${r}`),
          start: x(a.start ?? null, `D${r}`),
          deadline: x(a.x.deadline, `E${r}`),
          responsible: x(a.ans, `C${r}`),
        });
      }
      r++;
    }
    if (m !== 'nov')
      p.notActivity(
        name,
        4,
        "an earlier month's copy of the plan: its rows are history, not more activities",
      );
  }

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'partly', L5: ['no', 'Supervision først fra oktober'], L6: 'yes', L7: 'partly', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['AK', 'mentor', 'Ungdomsskolen', 8, 4],
    ['BP', 'mentor', 'Skoleafdelingen', 6, 3],
    ['CS', 'parent_coach', 'Familierådgivningen', 7, 2],
    ['DH', 'both', 'PPR', 10, 5],
    ['EM', 'mentor', 'Jobcenter Ungeenheden', 5, 2],
  ]);
  return p;
}
