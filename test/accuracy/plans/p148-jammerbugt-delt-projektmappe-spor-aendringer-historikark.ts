// Jammerbugt (held out, thirty-third round): the coordinator keeps the plan in Excel's legacy SHARED
// WORKBOOK with "Spor ændringer" (Track Changes) on, so that four people can edit it on the file
// share. The plan sheet is a plain table (a shared workbook cannot hold Excel tables), protected
// before it was shared. Beside it:
// - the list of changes Excel makes under Highlight Changes › "List changes on a new sheet": Excel
//   removes that generated sheet whenever the workbook is saved, so the coordinator copied it to a
//   sheet of her own, "Historik", before saving. Its header is Excel's: "Action Number | Date | Time
//   | Who | Change | Sheet | Range | New Value | Old Value | Action Type | Losing Action" (the
//   Danish Excel's names for them could not be established, so the English ones are written), 31
//   changes — statuses and deadlines changed on the plan, a responsible handed over, the
//   coordinator and phase changed on the cover, checklist answers and a corps member's cases — one
//   conflict resolved ("Won" / the losing action's number), and Excel's closing line "The history
//   ends with the changes saved on …";
// - the same changes in the package's revision log, as Excel writes it for a shared workbook:
//   xl/revisions/revisionHeaders.xml (one header a save), revisionLog1–N.xml (each change an <rcc>
//   with the old and new cell) and userNames.xml;
// - cell notes on the plan written by the one who changed a value ("Ændret af Lars Pedersen den
//   14-10-2026: fristen var 15-10-2026"), and two activities struck through (dropped: formatting is
//   not tracked, so the history does not show it).
// Hand-built package.
//
// A careful reader takes the plan sheet's values as they stand now: the history, the revision log
// and the notes tell what they were, never what they are; no line of the history is an activity.
// A struck-through activity is dropped (closed), as the line under the title says.

import type { RevisionChange, RevisionSession, Style, Value } from '../build/model';
import { PlanBuilder, type TableRow } from '../build/plan';
import { BOLD, DMY, HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';

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
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

const STRIKE: Style = { strike: true };
const P = 'Handleplan';
const F = 'Forside';
const HEADER_ROW = 4;

// [theme, activity, milestone, responsible, start, deadline, status, struck out]
type R = [string, string, string, string, string | null, string, string, boolean];
const ROWS: R[] = [
  ['Ledelse', 'Styregruppemøde om korpsets mål', 'Mål vedtaget', 'Kim Lund', null, '2026-09-10', 'Gennemført', false],
  ['Kommunikation', 'Informationsmøde for AKT-lærere og SSP', 'Møde afholdt', 'Mette Vang', '2026-08-24', '2026-10-01', 'Gennemført', false],
  ['Kommunikation', 'Artikel om korpset i personalebladet', '', 'Mette Vang', null, '2026-11-20', 'I gang', false],
  ['Inddragelse', 'Fokusgruppe med unge i forløb', '', 'Lars Pedersen', null, '2026-10-22', 'Ikke startet', true],
  ['Arbejdsproces og kultur', 'Fast mødestruktur mellem mentorer og sagsbehandlere', 'Mødekalender klar', 'Lars Pedersen', '2026-08-03', '2026-12-18', 'I gang', false],
  ['Organisering, roller og ansvar', 'Rollebeskrivelser for korpsets medlemmer', '', 'Kim Lund', null, '2026-09-30', 'Gennemført', false],
  ['Opkvalificering', 'LAT-kursus for nye mentorer', '6 mentorer uddannet', 'Anne Bæk', '2026-09-14', '2026-11-26', 'Gennemført', false],
  ['Opkvalificering', 'Supervision ved ekstern konsulent', '', 'Anne Bæk', null, '2026-12-09', 'Ikke startet', false],
  ['Opfølgning på dokumentation', 'Registrering af forløb på dokumentationsplatformen', '', 'Lars Pedersen', '2026-08-03', '2026-12-31', 'I gang', false],
  ['Evaluering og tilpasning', 'Midtvejsevaluering med korpset', '', 'Mette Vang', null, '2026-12-16', 'Ikke startet', false],
  ['Ledelse', 'Temadag for skoleledere', '', 'Kim Lund', null, '2026-11-12', 'Ikke startet', true],
  ['Inddragelse', 'Forældremøde om forældrecoaching', '', 'Anne Bæk', null, '2026-11-04', 'Gennemført', false],
]; // prettier-ignore

/** A date as the history shows it (Danish short date), and as the plan holds it. */
const shown = (iso: string): string => iso.split('-').reverse().join('-');
const d = (iso: string): Value => ({ date: iso });

/**
 * The changes as they were saved, session by session: who saved, when, and each change (a "Won"
 * change names the action it beat; `lost` marks a change that lost a conflict). Values are as the
 * cells held them (dates as dates); the history sheet shows them as text.
 */
interface Change extends RevisionChange {
  readonly won?: true;
  readonly lost?: true;
}
interface Session extends RevisionSession {
  readonly changes: readonly Change[];
}
const c = (
  sheet: string,
  cell: string,
  from: Value | null,
  to: Value | null,
  mark?: 'won' | 'lost',
): Change => ({
  sheet,
  cell,
  from,
  to,
  ...(mark === 'won' ? { won: true as const } : mark === 'lost' ? { lost: true as const } : {}),
});
const SESSIONS: readonly Session[] = [
  { user: 'Lars Pedersen', at: '2026-08-31T10:12:00', changes: [
    c(F, 'B5', 'Indledende implementering', 'Fuld implementering'),
    c(P, 'G6', 'Ikke startet', 'I gang'),
    c(P, 'G9', 'Ikke startet', 'I gang'),
    c(P, 'G13', 'Ikke startet', 'I gang'),
    c('Tjekliste', 'C9', 'Delvist', 'Ja'),
  ] },
  { user: 'Kim Lund', at: '2026-09-11T08:47:00', changes: [
    c(P, 'G5', 'I gang', 'Gennemført'),
    c(P, 'F10', d('2026-09-15'), d('2026-09-30')),
    c(P, 'G10', 'Ikke startet', 'I gang'),
  ] },
  { user: 'Anne Bæk', at: '2026-09-15T13:30:00', changes: [
    c(P, 'G11', 'Ikke startet', 'I gang'),
    c(P, 'D16', 'Lars Pedersen', 'Anne Bæk'),
    c('Korps', 'E3', 2, 4),
  ] },
  { user: 'Mette Vang', at: '2026-10-02T09:05:00', changes: [
    c(P, 'G6', 'I gang', 'Gennemført'),
    c(P, 'G10', 'I gang', 'Gennemført'),
    c(F, 'B6', 'Lars Pedersen', 'Mette Vang'),
    c(P, 'G7', 'Ikke startet', 'I gang'),
  ] },
  { user: 'Lars Pedersen', at: '2026-10-14T15:22:00', changes: [
    c(P, 'F7', d('2026-10-15'), d('2026-11-20')),
    c(P, 'F8', d('2026-09-24'), d('2026-10-22')),
    c(P, 'E13', null, d('2026-08-03')),
    c('Tjekliste', 'C4', 'Nej', 'Delvist'),
  ] },
  // Two people changed the LAT course's status at once: Anne's change won over Lars's.
  { user: 'Lars Pedersen', at: '2026-11-19T11:40:00', changes: [
    c(P, 'G11', 'I gang', 'I gang – mangler sidste modul', 'lost'),
  ] },
  { user: 'Anne Bæk', at: '2026-11-19T11:41:00', changes: [
    c(P, 'G11', 'I gang', 'Gennemført', 'won'),
    c(P, 'G16', 'Ikke startet', 'Gennemført'),
    c(P, 'F12', d('2026-11-25'), d('2026-12-09')),
    c('Tjekliste', 'C11', 'Nej', 'Delvist'),
  ] },
  { user: 'Kim Lund', at: '2026-11-23T14:02:00', changes: [
    c(P, 'F15', d('2026-10-29'), d('2026-11-12')),
    c(P, 'H15', null, 'Aflyst – for få tilmeldte'),
    c(P, 'C5', null, 'Mål vedtaget'),
  ] },
  { user: 'Mette Vang', at: '2026-11-28T15:40:00', changes: [
    c(P, 'F14', d('2026-12-02'), d('2026-12-16')),
    c(P, 'H9', null, 'Kalender sendt ud'),
    c('Korps', 'D4', 6, 8),
    c('Tjekliste', 'C15', 'Nej', 'Delvist'),
  ] },
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p148-jammerbugt-delt-projektmappe-spor-aendringer-historikark',
    'hand-built',
    'Jammerbugt: a legacy shared workbook with Track Changes: the plan as a plain table (protected sheet, two rows struck through, cell notes "Ændret af … den …" with old values), a "Historik" sheet copied from Excel\'s generated History list (Action Number | Date | Time | Who | Change | Sheet | Range | New Value | Old Value | Action Type | Losing Action; 31 changes with old statuses, deadlines, cover facts and checklist answers, one conflict), and the same changes in xl/revisions (revisionHeaders.xml, revisionLogN.xml, userNames.xml).',
    [
      'shared-workbook-track-changes',
      'history-sheet-of-changes',
      'revision-log-parts',
      'old-values-in-history-not-current',
      'old-values-in-cell-notes',
      'conflict-won-lost',
      'struck-through-rows',
      'protected-sheet',
      'plain-table-no-listobject',
    ],
  );
  p.wb.shared = { sessions: SESSIONS };

  // --- Forside ----------------------------------------------------------------------------------------
  const f = p.sheet(F);
  f.width(1, 16).width(2, 34);
  f.set('A1', 'Mentor- og forældrecoachkorpset – Jammerbugt Kommune', TITLE);
  f.row('A3', [{ v: 'Kommune', s: BOLD }, 'Jammerbugt Kommune']);
  f.row('A4', [{ v: 'Halvår', s: BOLD }, '2. halvår 2026']);
  f.row('A5', [{ v: 'Fase', s: BOLD }, 'Fuld implementering']);
  f.row('A6', [{ v: 'Koordinator', s: BOLD }, 'Mette Vang']);
  f.row('A7', [{ v: 'Leder', s: BOLD }, 'Kim Lund']);
  f.row('A8', [{ v: 'Supervision', s: BOLD }, 'Ekstern supervisor']);
  f.set('A10', 'Projektmappen er delt (Gennemse › Del projektmappe). Ændringer spores i 30 dage.', ITALIC);
  p.fact('municipality', '849', F, 'B3');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact(
    'phase',
    { v: 'full', note: 'the history shows it was "Indledende implementering" before 31 August' },
    F,
    'B5',
  );
  p.fact(
    'coordinator',
    { v: 'Mette Vang', note: 'the history shows Lars Pedersen before 2 October' },
    F,
    'B6',
  );
  p.fact('leader', 'Kim Lund', F, 'B7');
  p.fact('supervisionModel', 'external', F, 'B8');

  // --- Handleplan: a plain table, protected ------------------------------------------------------------
  const s = p.sheet(P);
  s.protected = true;
  s.set('A1', 'Handleplan 2. halvår 2026', TITLE);
  s.set(
    'A2',
    'Delt projektmappe – skriv kun i dine egne rækker. Overstregede aktiviteter er udgået.',
    ITALIC,
  );
  const body: TableRow[] = ROWS.map(([tema, akt, mil, ans, start, frist, status, struck]) => {
    const st = (v: Value | null, extra?: Style): Value | { v: Value; s: Style } | undefined =>
      v === null || v === '' ? undefined : { v, s: { ...(extra ?? {}), ...(struck ? STRIKE : {}) } };
    return {
      cells: {
        tema: st(tema),
        akt: st(akt, WRAP),
        mil: st(mil),
        ans: st(ans),
        start: start === null ? undefined : st(d(start), DMY),
        frist: st(d(frist), DMY),
        status: st(status),
      },
      x: {
        theme: TH[tema]!,
        status: struck
          ? { v: 'closed', note: 'struck through: dropped, as the line under the title says' }
          : ST[status]!,
        start,
        deadline: frist,
      },
    };
  });
  p.table({
    sheet: P,
    headerRow: HEADER_ROW,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 42 },
      { key: 'mil', header: 'Milepæl', width: 20 },
      { key: 'ans', header: 'Ansvarlig', width: 16 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'frist', header: 'Frist', width: 12 },
      { key: 'status', header: 'Status', width: 14 },
      { key: 'bem', header: 'Bemærkning', width: 30 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'frist',
      status: 'status',
    },
    rows: body,
  });
  // Remarks typed later (each in the history too).
  s.set('H9', 'Kalender sendt ud', WRAP);
  s.set('H15', { v: 'Aflyst – for få tilmeldte', s: { ...WRAP, ...STRIKE } });
  // Notes by those who changed a value, with the value it had.
  s.comments.set(
    'F7',
    'Ændret af Lars Pedersen den 14-10-2026: fristen var 15-10-2026 – bladet udkommer først i november.',
  );
  s.comments.set(
    'G11',
    'Ændret af Anne Bæk den 19-11-2026: var "I gang". Lars skrev samtidig "mangler sidste modul", men modulet er holdt.',
  );
  s.comments.set('D16', 'Ændret af Anne Bæk den 15-09-2026: overtaget fra Lars Pedersen.');
  s.comments.set('F15', 'Ændret af Kim Lund den 23-11-2026: var 29-10-2026. Aflyst, se bemærkning.');

  // Every change's new value, the last one not lost, is what its cell holds now.
  const now = new Map<string, Value | null>();
  for (const se of SESSIONS)
    for (const ch of se.changes) if (!ch.lost) now.set(`${ch.sheet}!${ch.cell}`, ch.to);

  // --- Checklist and corps -------------------------------------------------------------------------------
  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'partly', L3: 'partly', L4: 'yes', L5: 'no', L6: 'yes', L7: 'partly', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['JH', 'mentor', 'Skole og Dagtilbud', 6, 3],
    ['SK', 'mentor', 'Ungeenheden', 8, 4],
    ['MV', 'parent_coach', 'Familieafdelingen', 8, 3],
    ['TB', 'both', 'Familieafdelingen', 10, 5],
  ]);

  // --- Historik: Excel's History list, copied to a sheet of its own before saving --------------------------
  const H = 'Historik';
  const h = p.sheet(H);
  const HEADS = [
    'Action Number',
    'Date',
    'Time',
    'Who',
    'Change',
    'Sheet',
    'Range',
    'New Value',
    'Old Value',
    'Action Type',
    'Losing Action',
  ];
  h.row('A1', HEADS, BOLD);
  [8, 11, 7, 15, 12, 12, 8, 28, 28, 12, 12].forEach((w, i) => h.width(i + 1, w));
  const text = (v: Value | null): string =>
    v === null ? '<blank>' : typeof v === 'object' && 'date' in v ? shown(v.date) : String(v);
  let n = 0;
  let lostAction = 0;
  for (const se of SESSIONS) {
    const [day, time] = se.at.split('T') as [string, string];
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    for (const ch of se.changes) {
      n++;
      const r = 1 + n;
      if (ch.lost) lostAction = n;
      h.row(`A${r}`, [
        n,
        { v: d(day), s: DMY },
        { v: (hh * 60 + mm) / 1440, s: { fmt: 'hh:mm' } },
        se.user,
        'Cell Change',
        ch.sheet,
        ch.cell,
        text(ch.to),
        text(ch.from),
        ch.won ? 'Won' : undefined,
        ch.won ? lostAction : undefined,
      ]);
      p.notActivity(H, r, 'a line of the change history: what a cell held before, never an activity');
    }
  }
  h.autoFilter = `A1:K${1 + n}`;
  h.set(`A${n + 3}`, 'The history ends with the changes saved on 28-11-2026 at 15:40.');
  p.notActivity(H, n + 3, "Excel's closing line of the history");

  // The plan as written must agree with the history's last values (a check on this file, not a reading).
  for (const [key, v] of now) {
    const [sheet, cell] = key.split('!') as [string, string];
    const held = p.wb.sheet(sheet).get(cell)?.v ?? null;
    const same =
      typeof v === 'object' && v !== null && typeof held === 'object' && held !== null
        ? JSON.stringify(v) === JSON.stringify(held)
        : v === held;
    if (!same)
      throw new Error(
        `p148: ${key} holds ${JSON.stringify(held)}, the history's last value is ${JSON.stringify(v)}`,
      );
  }
  if (n !== 31) throw new Error(`p148: the history should list 31 changes, not ${n}`);
  return p;
}
