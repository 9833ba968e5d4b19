// Odder: a Gantt-style plan for the first half of 2027 whose week columns are headed by bare week
// numbers (2 … 20) in a row of their own under a merged "Uge" heading, the bars coloured in the
// workbook's theme colours (accent 1 with a tint, as Excel's colour picker writes them), no year in
// the header (the title names it). Statuses in words, one of them "Udskudt". A legend line under the
// table. Hand-built package.

import type { Style } from '../build/model';
import { a1 } from '../build/model';
import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import { HEAD, ITALIC, TITLE } from './common';

/** Accent 1 lightened 40 %: a bar as Excel's theme colour picker writes it. */
const BAR: Style = { fill: { theme: 4, tint: 0.3999755851924192 } };
const FIRST_WEEK = 2;
const LAST_WEEK = 20;

/** Monday of ISO week n of 2027 (week 1 begins Monday 4 January 2027), plus `days`. */
function weekDay(n: number, days: number): string {
  const t = Date.UTC(2027, 0, 4) + ((n - 1) * 7 + days) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const STATUS: Record<string, string> = {
  Færdig: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};
const THEMES: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Arbejdsgange: 'process_culture',
  Roller: 'organisation_roles',
  Kompetenceudvikling: 'upskilling',
  Dokumentation: 'documentation',
  Evaluering: 'evaluation',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p21-odder-ugenumre-temafarver',
    'hand-built',
    'Odder: Gantt week columns headed by bare week numbers under a merged "Uge" heading, bars in theme colours with a tint, the year from the title; "Udskudt" status; a legend line.',
    [
      'gantt-week-numbers',
      'header-over-two-rows',
      'merged-header',
      'theme-colour-fills',
      'year-from-title',
      'status-in-other-words',
      'legend-row',
      'cover-label-in-same-cell',
    ],
  );
  const s = p.sheet('Plan 2027');
  s.set('A1', 'Odder Kommune – handleplan for mentorkorpset, 1. halvår 2027', TITLE).merge('A1:J1');
  s.set('A2', 'Koordinator: Camilla Bech');
  p.fact('municipality', '727', 'Plan 2027', 'A1');
  p.fact('period', '2027-H1', 'Plan 2027', 'A1');
  p.fact('coordinator', 'Camilla Bech', 'Plan 2027', 'A2');

  type R = [string, string, string, string, number[]];
  const rows: R[] = [
    ['Ledelse', 'Styregruppen godkender planen', 'Lone Skov', 'Færdig', [3]],
    ['Ledelse', 'Ledermøde om korpsets mål', 'Lone Skov', 'I gang', [9, 10]],
    ['Kommunikation', 'Artikel på intranettet', 'Camilla Bech', 'Færdig', [5]],
    ['Kommunikation', 'Oplæg for skoleledere', 'Camilla Bech', 'Udskudt', range(12, 14)],
    ['Inddragelse', 'Erfaringsmøde for mentorer', 'Camilla Bech', 'I gang', range(6, 18)],
    ['Arbejdsgange', 'Ny arbejdsgang for henvisning', 'Camilla Bech', 'Ikke startet', range(15, 17)],
    ['Roller', 'Rollebeskrivelse for tovholdere', 'Lone Skov', 'Færdig', range(2, 4)],
    ['Kompetenceudvikling', 'LAT-kursus for tre nye mentorer', 'Nationalt Center', 'Ikke startet', [19]],
    ['Dokumentation', 'Månedlig registrering af forløb', 'Mentorerne', 'I gang', range(2, 20)],
    ['Evaluering', 'Evaluering af første halvår', 'Camilla Bech', 'Ikke startet', [20]],
  ];
  const headerRow = 3;
  const firstData = headerRow + 2;
  const weekCol = (w: number): number => 5 + (w - FIRST_WEEK);
  const body: TableRow[] = rows.map(([tema, akt, ansv, status, weeks], i) => {
    const row = firstData + i;
    const cells: Record<string, string | { v: null; s: Style }> = { tema, akt, ansv, status };
    for (const w of weeks) cells[`w${w}`] = { v: null, s: BAR };
    const first = weeks[0]!;
    const last = weeks[weeks.length - 1]!;
    return {
      cells,
      x: {
        theme: THEMES[tema]!,
        // "Udskudt" (postponed) is Ændret by the guide's list, a judgement to be checked.
        status:
          status === 'Udskudt' ? unsure('changed', 'postponed: read as changed, checked') : STATUS[status]!,
        start: { v: weekDay(first, 0), cell: a1(row, weekCol(first)) },
        deadline: { v: weekDay(last, 6), cell: a1(row, weekCol(last)) },
      },
    };
  });
  const last = p.table({
    sheet: 'Plan 2027',
    headerRow,
    gap: 1,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Område', width: 20 },
      { key: 'akt', header: 'Aktivitet', width: 40 },
      { key: 'ansv', header: 'Tovholder', width: 18 },
      { key: 'status', header: 'Status', width: 12 },
      ...range(FIRST_WEEK, LAST_WEEK).map((w) => ({
        key: `w${w}`,
        header: w === FIRST_WEEK ? 'Uge' : undefined,
        width: 4,
      })),
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ansv', status: 'status' },
    rows: body,
  });
  s.merge(`E${headerRow}:${a1(headerRow, weekCol(LAST_WEEK)).replace(/\d+$/, '')}${headerRow}`);
  for (const c of ['A', 'B', 'C', 'D']) s.merge(`${c}${headerRow}:${c}${headerRow + 1}`);
  range(FIRST_WEEK, LAST_WEEK).forEach((w) => s.set(a1(headerRow + 1, weekCol(w)), w, HEAD));
  s.set(`A${last + 2}`, null, BAR).set(`B${last + 2}`, '= aktiviteten foregår i ugen', ITALIC);
  p.notActivity('Plan 2027', last + 2, 'legend');
  return p;
}
