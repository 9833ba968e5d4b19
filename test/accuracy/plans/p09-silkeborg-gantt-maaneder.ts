// Silkeborg: a Gantt-style plan for 2027. Twelve month columns (jan … dec) under a merged "2027"
// heading, marked with x or X where the activity takes place: the first marked month gives the
// start, the last the deadline. The header spans two rows (the first four headings merged
// vertically). A legend line under the table. Made in LibreOffice (flat ODS).

import { a1 } from '../build/model';
import { PlanBuilder, type TableRow } from '../build/plan';
import { HEAD, ITALIC, TITLE } from './common';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const STATUS: Record<string, string> = {
  Planlagt: 'not_started',
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
};
const THEMES: Record<string, string> = {
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
    'p09-silkeborg-gantt-maaneder',
    'libreoffice-fods',
    'Silkeborg: Gantt month columns marked x/X under a merged "2027" heading (year from the title and heading), header over two rows.',
    [
      'gantt-months-x',
      'year-from-title',
      'header-over-two-rows',
      'merged-header',
      'legend-row',
      'cover-label-in-same-cell',
    ],
  );
  const s = p.sheet('Handleplan 2027');
  s.set('A1', 'Handleplan 2027 – Silkeborg Kommune, mentor- og forældrecoachindsatsen', TITLE).merge('A1:P1');
  s.set('A2', 'Ansvarlig koordinator: Louise Berg');
  p.fact('municipality', '740', 'Handleplan 2027', 'A1');
  p.fact('coordinator', 'Louise Berg', 'Handleplan 2027', 'A2');

  type R = [string, string, string, string, readonly number[], string];
  const rows: R[] = [
    ['Ledelse', 'Styregruppemøder hvert kvartal', 'Maja Vestergaard', 'Planlagt', [3, 6, 9, 12], 'x'],
    ['Ledelse', 'Ledelsen godkender implementeringsplan 2027', 'Maja Vestergaard', 'Ikke startet', [1], 'x'],
    ['Kommunikation', 'Nyhedsbrev til samarbejdspartnere', 'Louise Berg', 'Planlagt', [2, 8], 'x'],
    ['Kommunikation', 'Kernefortælling opdateres', 'Louise Berg', 'Ikke startet', [4, 5], 'X'],
    [
      'Inddragelse',
      'Læringsmøder for mentorer og forældrecoaches',
      'Louise Berg',
      'I gang',
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      'x',
    ],
    ['Inddragelse', 'Netværksdag i korpset', 'Mentorerne', 'Planlagt', [6], 'x'],
    ['Arbejdsproces og kultur', 'Fælles temadag om LAT-metoden', 'Louise Berg', 'Planlagt', [10], 'X'],
    ['Arbejdsproces og kultur', 'Forløbsskabelon revideres', 'Louise Berg', 'Ikke startet', [2, 3], 'x'],
    [
      'Organisering, roller og ansvar',
      'Rollebeskrivelser opdateres',
      'Maja Vestergaard',
      'Ikke startet',
      [1, 2],
      'x',
    ],
    [
      'Organisering, roller og ansvar',
      'Aftale med PPR om henvisning',
      'Maja Vestergaard',
      'Planlagt',
      [3, 4, 5, 6],
      'x',
    ],
    ['Opkvalificering', 'LAT-uddannelse for nye mentorer', 'Nationalt Center', 'Planlagt', [9], 'X'],
    ['Opkvalificering', 'Supervision (ekstern)', 'Louise Berg', 'I gang', [2, 4, 6, 9, 11], 'x'],
    [
      'Opfølgning på dokumentation',
      'Kvartalsvis dataopsamling fra tilværelsesmestring.dk',
      'Louise Berg',
      'Planlagt',
      [3, 6, 9, 12],
      'x',
    ],
    ['Evaluering og tilpasning', 'Midtvejsevaluering', 'Louise Berg', 'Planlagt', [6, 7], 'x'],
    [
      'Evaluering og tilpasning',
      'Årsevaluering og ny plan for 2028',
      'Louise Berg og Maja Vestergaard',
      'Planlagt',
      [11, 12],
      'X',
    ],
  ];
  const headerRow = 3;
  const firstData = headerRow + 2;
  const body: TableRow[] = rows.map(([tema, akt, ansv, status, months, mark], i) => {
    const row = firstData + i;
    const cells: Record<string, string> = { tema, akt, ansv, status };
    for (const m of months) cells[`m${m}`] = mark;
    const first = months[0]!;
    const last = months[months.length - 1]!;
    const pad = (n: number): string => String(n).padStart(2, '0');
    return {
      cells,
      x: {
        theme: THEMES[tema]!,
        status: STATUS[status]!,
        start: { v: `2027-${pad(first)}-01`, cell: a1(row, 4 + first) },
        deadline: { v: `2027-${pad(last)}-${LAST_DAY[last - 1]!}`, cell: a1(row, 4 + last) },
      },
    };
  });
  const last = p.table({
    sheet: 'Handleplan 2027',
    headerRow,
    gap: 1,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Indsatsområde', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'ansv', header: 'Ansvarlig', width: 26 },
      { key: 'status', header: 'Status', width: 12 },
      ...MONTHS.map((_, i) => ({ key: `m${i + 1}`, header: i === 0 ? '2027' : undefined, width: 5 })),
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ansv', status: 'status' },
    rows: body,
  });
  s.merge('E3:P3');
  for (const c of ['A', 'B', 'C', 'D']) s.merge(`${c}3:${c}4`);
  MONTHS.forEach((m, i) => s.set(a1(4, 5 + i), m, HEAD));
  s.set(`A${last + 2}`, 'x = aktiviteten finder sted i måneden', ITALIC);
  p.notActivity('Handleplan 2027', last + 2, 'legend');
  return p;
}
