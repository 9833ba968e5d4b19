// Skanderborg: an Excel table whose dates are formulas with cached values (start =DATO(2027;1;4),
// deadline = start + a number of days), hidden helper columns with formulas (ISO week, days left),
// rows hidden by the table's filter (closed activities: still part of the plan), themes picked from
// a numbered list ("3. Inddragelse"), headers ending with a colon, and a cover form whose required
// labels carry an asterisk. Hand-built package.

import type { Cell } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { BOLD, DMY, HEAD, TITLE } from './common';

function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p29-skanderborg-formler-skjulte-raekker',
    'hand-built',
    'Skanderborg: dates from formulas with cached values, hidden helper columns with formulas, rows hidden by a filter, numbered theme list values, headers with colons, cover labels with asterisks and anchoring/supervision in words.',
    [
      'formula-dates',
      'hidden-helper-columns',
      'filtered-hidden-rows',
      'theme-numbered-list',
      'header-colons',
      'status-other-words',
      'cover-label-asterisk',
      'excel-table',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Implementeringsplan – forside', TITLE);
  const cover: [string, string][] = [
    ['Kommune*', 'Skanderborg'],
    ['Rapporteringsperiode*', '2027-H1'],
    ['Fase*', 'Indledende implementering'],
    ['Koordinator*', 'Camilla Friis'],
    ['Leder', 'Anders Bundgaard'],
    ['Organisatorisk forankring', 'Socialområdet'],
    ['Supervisionsmodel', 'Ekstern supervisor'],
  ];
  cover.forEach(([l, v], i) => f.set(`A${3 + i}`, l, BOLD).set(`B${3 + i}`, v));
  f.width(1, 28).width(2, 30);
  p.fact('municipality', '746', 'Forside', 'B3');
  p.fact('period', '2027-H1', 'Forside', 'B4');
  p.fact('phase', 'initial', 'Forside', 'B5');
  p.fact('coordinator', 'Camilla Friis', 'Forside', 'B6');
  p.fact('leader', 'Anders Bundgaard', 'Forside', 'B7');
  p.fact('organisation', 'social', 'Forside', 'B8');
  p.fact('supervisionModel', 'external', 'Forside', 'B9');

  const s = p.sheet('Plan');
  s.set('A1', 'Skanderborg Kommune – aktiviteter 1. halvår 2027', TITLE);
  const TH: Record<string, string> = {
    '1. Ledelse': 'leadership',
    '2. Kommunikation': 'communication',
    '3. Inddragelse': 'involvement',
    '4. Arbejdsproces og kultur': 'process_culture',
    '5. Organisering, roller og ansvar': 'organisation_roles',
    '6. Opkvalificering': 'upskilling',
    '7. Opfølgning på dokumentation': 'documentation',
    '8. Evaluering og tilpasning': 'evaluation',
  };
  const ST: Record<string, Exp> = {
    Afsluttet: 'done',
    'I gang': 'in_progress',
    'Ikke påbegyndt': 'not_started',
    Lukket: 'closed',
    Udsat: unsure('changed', '"Udsat" (postponed) is not on the list: most likely Ændret, checked'),
  };
  const HEADER = 3;
  // [theme, activity, who, start (ISO) or null, days to deadline (formula) or a DATO deadline, status, hidden]
  type R = [string, string, string, string | null, number | string, string, boolean];
  const rows: R[] = [
    ['1. Ledelse', 'Styregruppemøde om mål og ressourcer', 'AB', '2027-01-11', 14, 'Afsluttet', false],
    ['2. Kommunikation', 'Præsentation i byrådets udvalg', 'CF', null, '2027-02-03', 'Lukket', true],
    [
      '2. Kommunikation',
      'Nyhedsbrev til skoler og daginstitutioner',
      'CF',
      '2027-02-01',
      28,
      'I gang',
      false,
    ],
    ['3. Inddragelse', 'Forældremøde om forældrecoaching', 'CF', '2027-03-08', 0, 'Ikke påbegyndt', false],
    [
      '4. Arbejdsproces og kultur',
      'Fælles skabelon for forløbsplaner',
      'CF',
      '2027-01-18',
      42,
      'I gang',
      false,
    ],
    [
      '5. Organisering, roller og ansvar',
      'Aftale med Ungdomsskolen om mentorer',
      'AB',
      null,
      '2027-02-26',
      'Lukket',
      true,
    ],
    [
      '5. Organisering, roller og ansvar',
      'Mødekalender for koordinatorgruppen',
      'CF',
      '2027-01-04',
      7,
      'Afsluttet',
      false,
    ],
    ['6. Opkvalificering', 'LAT-uddannelse hold 2', 'CF', '2027-04-05', 60, 'Udsat', false],
    [
      '7. Opfølgning på dokumentation',
      'Kvartalsvis datatræk',
      'CF',
      '2027-03-29',
      3,
      'Ikke påbegyndt',
      false,
    ],
    [
      '8. Evaluering og tilpasning',
      'Halvårsevaluering med korpset',
      'AB',
      '2027-06-07',
      14,
      'Ikke påbegyndt',
      false,
    ],
  ];
  const date = (iso: string, f: string): Cell => ({ v: { date: iso }, s: DMY, f });
  const first = HEADER + 1;
  p.table({
    sheet: 'Plan',
    headerRow: HEADER,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema:', width: 30 },
      { key: 'akt', header: 'Aktivitet:', width: 42 },
      { key: 'hvem', header: 'Hvem:', width: 8 },
      { key: 'start', header: 'Start:', width: 12 },
      { key: 'slut', header: 'Slut:', width: 12 },
      { key: 'uge', header: 'Uge', width: 6 },
      { key: 'dage', header: 'Dage tilbage', width: 8 },
      { key: 'st', header: 'Status:', width: 16 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'hvem',
      start: 'start',
      deadline: 'slut',
      status: 'st',
    },
    rows: rows.map(([tema, akt, hvem, start, end, st], i) => {
      const r = first + i;
      const [sy, sm, sd] = (start ?? '').split('-').map(Number);
      const deadline = typeof end === 'number' ? addDays(start!, end) : end;
      const [dy, dm, dd] = deadline.split('-').map(Number);
      const startCell = start ? date(start, `DATE(${sy},${sm},${sd})`) : undefined;
      const endCell =
        typeof end === 'number' ? date(deadline, `D${r}+${end}`) : date(deadline, `DATE(${dy},${dm},${dd})`);
      // The hidden helpers: ISO week of the deadline, and days left as of the day the file was saved.
      const week: Cell = { v: isoWeek(deadline), f: `ISOWEEKNUM(E${r})` };
      const left: Cell = { v: serial(deadline) - serial('2026-12-15'), f: `E${r}-TODAY()` };
      return {
        cells: { tema, akt, hvem, start: startCell, slut: endCell, uge: week, dage: left, st },
        x: { theme: TH[tema]!, status: ST[st]!, start, deadline },
      };
    }),
  });
  const last = first + rows.length - 1;
  s.table = { name: 'Aktiviteter', ref: `A${HEADER}:H${last}` };
  rows.forEach((r, i) => {
    if (r[6]) s.hiddenRows.add(first + i);
  });
  s.hiddenCols.add(6).add(7);
  return p;
}

function isoWeek(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  return (
    1 +
    Math.round(
      (t.getTime() - firstThursday.getTime()) / 86_400_000 / 7 -
        (((firstThursday.getUTCDay() + 6) % 7) - 3) / 7,
    )
  );
}
