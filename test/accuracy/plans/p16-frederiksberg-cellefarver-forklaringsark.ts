// Frederiksberg: the status column holds no text, only the fills of Excel's cell styles "God",
// "Neutral" and "Ugyldig" (pale green, pale yellow, pale red) and a grey; the legend is on a sheet of
// its own ("Forklaring": a coloured cell beside each word). Headers Indsats, Tovholder, Tidspunkt.
// Cover facts written "Label: value" in one cell each. Hand-built package.

import type { Style } from '../build/model';
import { PlanBuilder, unsure } from '../build/plan';
import { HEAD, TITLE } from './common';

const GOOD: Style = { fill: { rgb: 'FFC6EFCE' } };
const NEUTRAL: Style = { fill: { rgb: 'FFFFEB9C' } };
const BAD: Style = { fill: { rgb: 'FFFFC7CE' } };
const GREY: Style = { fill: { rgb: 'FFD9D9D9' } };
const STATUS = new Map<Style, string>([
  [GOOD, 'done'],
  [NEUTRAL, 'in_progress'],
  [BAD, 'not_started'],
  [GREY, 'closed'],
]);

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p16-frederiksberg-cellefarver-forklaringsark',
    'hand-built',
    'Frederiksberg: status as the fills of Excel\'s Good/Neutral/Bad cell styles, legend on its own sheet; headers Indsats/Tovholder/Tidspunkt; cover facts "Label: value" in one cell.',
    [
      'status-colour-with-legend',
      'legend-on-other-sheet',
      'rgb-fills',
      'cell-style-colours',
      'tovholder-indsats-headers',
      'cover-label-in-same-cell',
      'month',
      'week',
      'quarter',
      'month-range',
      'vague-time',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Mentor- og forældrecoachindsatsen', TITLE);
  f.set('A3', 'Kommune: Frederiksberg Kommune');
  f.set('A4', 'Periode: 2026-H2');
  f.set('A5', 'Fase: Fuld implementering');
  f.set('A6', 'Koordinator: Mads Christiansen');
  f.set('A7', 'Leder: Ida Kjeldsen');
  f.set('A8', 'Forankring: Tværfagligt');
  f.set('A9', 'Supervision: Ingen systematisk supervision');
  f.width(1, 50);
  p.fact('municipality', '147', 'Forside', 'A3');
  p.fact('period', '2026-H2', 'Forside', 'A4');
  p.fact('phase', 'full', 'Forside', 'A5');
  p.fact('coordinator', 'Mads Christiansen', 'Forside', 'A6');
  p.fact('leader', 'Ida Kjeldsen', 'Forside', 'A7');
  p.fact('organisation', 'cross', 'Forside', 'A8');
  p.fact('supervisionModel', 'none', 'Forside', 'A9');

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
  type R = [string, string, string, string, Style, { start?: string; deadline: string | null }, string?];
  const rows: R[] = [
    [
      'Ledelse',
      'Styregruppemøde med status på forankring',
      'Ida Kjeldsen',
      'august 2026',
      GOOD,
      { deadline: '2026-08-31' },
      'Forankring i drift besluttet',
    ],
    [
      'Ledelse',
      'Budget for korpset 2027 afklares',
      'Ida Kjeldsen',
      'Q4 2026',
      NEUTRAL,
      { deadline: '2026-12-31' },
    ],
    [
      'Kommunikation',
      'Artikel på intranettet om et forløb',
      'Mads Christiansen',
      '01.09.2026',
      GOOD,
      { deadline: '2026-09-01' },
    ],
    [
      'Kommunikation',
      'Oplæg for politiets forebyggelsesafdeling',
      'Mads Christiansen',
      'uge 37',
      GREY,
      { deadline: '2026-09-13' },
      'Aflyst fra politiets side',
    ],
    [
      'Inddragelse',
      'Læringsmøde: hvad virker i forløbene',
      'Mads Christiansen',
      '17.11.2026',
      GOOD,
      { deadline: '2026-11-17' },
    ],
    [
      'Inddragelse',
      'Mentorerne planlægger næste års temaer',
      'Mads Christiansen',
      'december 2026',
      BAD,
      { deadline: '2026-12-31' },
    ],
    [
      'Arbejdsproces og kultur',
      'Fælles sprog om bekymring på tværs af forvaltninger',
      'Mads Christiansen',
      'sept.-okt. 2026',
      NEUTRAL,
      { start: '2026-09-01', deadline: '2026-10-31' },
    ],
    [
      'Organisering, roller og ansvar',
      'Ny aftale med myndighed om bestilling',
      'Ida Kjeldsen',
      '30.09.2026',
      GOOD,
      { deadline: '2026-09-30' },
    ],
    [
      'Organisering, roller og ansvar',
      'Backup for koordinatoren udpeges',
      'Ida Kjeldsen',
      'november 2026',
      NEUTRAL,
      { deadline: '2026-11-30' },
    ],
    [
      'Opkvalificering',
      'Opfølgningskursus i LAT-metoden',
      'Mads Christiansen',
      'uge 44',
      GOOD,
      { deadline: '2026-11-01' },
    ],
    [
      'Opkvalificering',
      'Kursus for nye forældrecoaches',
      'Mads Christiansen',
      'Q1 2027',
      BAD,
      { deadline: '2027-03-31' },
    ],
    [
      'Opfølgning på dokumentation',
      'Data fra platformen gennemgås med mentorerne',
      'Mads Christiansen',
      'løbende',
      NEUTRAL,
      { deadline: null },
    ],
    [
      'Opfølgning på dokumentation',
      'Halvårsstatus til styregruppen',
      'Mads Christiansen',
      '10.12.2026',
      BAD,
      { deadline: '2026-12-10' },
    ],
    [
      'Evaluering og tilpasning',
      'Evaluering af forankringen i drift',
      'Ida Kjeldsen',
      'december 2026',
      BAD,
      { deadline: '2026-12-31' },
    ],
  ];
  p.sheet('Plan').set('A1', 'Plan 2. halvår 2026', TITLE);
  p.table({
    sheet: 'Plan',
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'indsats', header: 'Indsats', width: 48 },
      { key: 'tov', header: 'Tovholder', width: 20 },
      { key: 'tid', header: 'Tidspunkt', width: 16 },
      { key: 'status', header: 'Status', width: 9 },
      { key: 'eval', header: 'Evaluering', width: 34 },
    ],
    fields: { theme: 'tema', activity: 'indsats', responsible: 'tov', when: 'tid', status: 'status' },
    rows: rows.map(([tema, indsats, tov, tid, fill, d, ev]) => ({
      cells: { tema, indsats, tov, tid, status: { v: null, s: fill }, eval: ev },
      x: {
        theme: THEMES[tema]!,
        status: STATUS.get(fill)!,
        start: d.start ?? null,
        deadline: d.deadline ?? unsure(null, '"løbende" is no date: kept as text and flagged'),
      },
    })),
  });
  const l = p.sheet('Forklaring');
  l.set('A1', 'Forklaring til statusfarver', TITLE);
  l.set('A3', null, GOOD).set('B3', 'Færdig');
  l.set('A4', null, NEUTRAL).set('B4', 'I gang');
  l.set('A5', null, BAD).set('B5', 'Ikke påbegyndt');
  l.set('A6', null, GREY).set('B6', 'Udgået');
  return p;
}
