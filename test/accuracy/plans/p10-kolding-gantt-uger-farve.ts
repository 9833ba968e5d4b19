// Kolding: a Gantt-style plan by week. Columns "Uge 32" … "Uge 52" with no year in them; the bars
// are coloured cells without text. The year is the reporting period's ("2. halvår 2026" on the
// Stamdata sheet); a bar's first week gives the start (its Monday), the last its deadline (its
// Sunday). Cover facts in the coordinator's wording. Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import { a1 } from '../build/model';
import { PlanBuilder, type TableRow } from '../build/plan';
import { HEAD, TITLE } from './common';

const BAR: Style = { fill: { rgb: '5B9BD5' } };
const FIRST_WEEK = 32;
const LAST_WEEK = 52;

/** Monday of ISO week n of 2026 (week 1 begins Monday 29 December 2025), plus `days`. */
function weekDay(n: number, days: number): string {
  const t = Date.UTC(2025, 11, 29) + ((n - 1) * 7 + days) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const STATUS: Record<string, string> = {
  Afsluttet: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
  Aflyst: 'closed',
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

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p10-kolding-gantt-uger-farve',
    'libreoffice-fods',
    'Kolding: Gantt week columns "Uge 32"–"Uge 52" with coloured bars and no text; the year from the period on the Stamdata sheet.',
    ['gantt-weeks-colour', 'year-from-period', 'rgb-fills', 'cover-other-wording', 'legend-row'],
  );
  const st = p.sheet('Stamdata');
  st.set('A1', 'Stamdata', TITLE);
  st.row('A3', ['Kommune', 'Kolding']);
  st.row('A4', ['Rapporteringsperiode', '2. halvår 2026']);
  st.row('A5', ['Fase', 'Indledende implementering']);
  st.row('A6', ['Koordinator', 'Henrik Dahl']);
  st.row('A7', ['Nærmeste leder', 'Trine Mikkelsen']);
  st.row('A8', ['Supervisionsmodel', 'Koordinatoren superviserer mentorerne']);
  st.row('A9', ['Organisering', 'Socialområdet']);
  st.width(1, 24).width(2, 40);
  p.fact('municipality', '621', 'Stamdata', 'B3');
  p.fact('period', '2026-H2', 'Stamdata', 'B4');
  p.fact('phase', 'initial', 'Stamdata', 'B5');
  p.fact('coordinator', 'Henrik Dahl', 'Stamdata', 'B6');
  p.fact('leader', 'Trine Mikkelsen', 'Stamdata', 'B7');
  p.fact('supervisionModel', 'leader_or_coordinator', 'Stamdata', 'B8');
  p.fact('organisation', 'social', 'Stamdata', 'B9');

  const s = p.sheet('Tidsplan');
  s.set('A1', 'Tidsplan 2. halvår 2026', TITLE);
  type R = [string, string, string, string, number[]];
  const rows: R[] = [
    ['Ledelse', 'Styregruppemøde om planen for efteråret', 'Trine Mikkelsen', 'Afsluttet', [33]],
    ['Ledelse', 'Orientering af Social- og Sundhedsudvalget', 'Trine Mikkelsen', 'Afsluttet', [38]],
    [
      'Kommunikation',
      'Informationsmøde for rådgivere i Børn og Familie',
      'Henrik Dahl',
      'Afsluttet',
      [36, 37],
    ],
    ['Kommunikation', 'Nyhedsbrev om korpset', 'Henrik Dahl', 'I gang', range(46, 48)],
    ['Inddragelse', 'Opstartsmøde med nye mentorer', 'Henrik Dahl', 'Afsluttet', [34]],
    ['Inddragelse', 'Læringsmøder hver 3. uge', 'Henrik Dahl', 'I gang', range(35, 51)],
    ['Arbejdsproces og kultur', 'Temadag om LAT-metoden for hele afdelingen', 'Henrik Dahl', 'Aflyst', [41]],
    [
      'Arbejdsproces og kultur',
      'Arbejdsgang for match mellem mentor og ung',
      'Henrik Dahl',
      'I gang',
      range(40, 45),
    ],
    [
      'Organisering, roller og ansvar',
      'Rollefordeling drøftes i teamet',
      'Trine Mikkelsen',
      'Afsluttet',
      [35],
    ],
    [
      'Opkvalificering',
      'Grunduddannelse i LAT-metoden (hold 2)',
      'Nationalt Center for Forebyggelse af Ekstremisme',
      'Afsluttet',
      [39],
    ],
    ['Opkvalificering', 'Supervision ved koordinator', 'Henrik Dahl', 'I gang', [37, 41, 45, 49]],
    [
      'Opfølgning på dokumentation',
      'Registrering af forløb på platformen',
      'Mentorerne',
      'I gang',
      range(32, 52),
    ],
    ['Evaluering og tilpasning', 'Halvårsevaluering med teamet', 'Henrik Dahl', 'Ikke startet', [50]],
    [
      'Evaluering og tilpasning',
      'Plan for 1. halvår 2027 udarbejdes',
      'Henrik Dahl',
      'Ikke startet',
      [51, 52],
    ],
  ];
  const headerRow = 3;
  const weekCol = (w: number): number => 5 + (w - FIRST_WEEK);
  const body: TableRow[] = rows.map(([tema, akt, ansv, status, weeks], i) => {
    const row = headerRow + 1 + i;
    const cells: Record<string, string | { v: null; s: Style }> = { tema, akt, ansv, status };
    for (const w of weeks) cells[`w${w}`] = { v: null, s: BAR };
    const first = weeks[0]!;
    const last = weeks[weeks.length - 1]!;
    return {
      cells,
      x: {
        theme: THEMES[tema]!,
        status: STATUS[status]!,
        start: { v: weekDay(first, 0), cell: a1(row, weekCol(first)) },
        deadline: { v: weekDay(last, 6), cell: a1(row, weekCol(last)) },
      },
    };
  });
  const last = p.table({
    sheet: 'Tidsplan',
    headerRow,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'ansv', header: 'Ansvarlig', width: 24 },
      { key: 'status', header: 'Status', width: 12 },
      ...range(FIRST_WEEK, LAST_WEEK).map((w) => ({ key: `w${w}`, header: `Uge ${w}`, width: 6 })),
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ansv', status: 'status' },
    rows: body,
  });
  s.set(`A${last + 2}`, null, BAR).set(`B${last + 2}`, '= planlagt periode');
  p.notActivity('Tidsplan', last + 2, 'legend');
  return p;
}
