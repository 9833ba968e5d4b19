// Odense: status as theme colours picked from Excel's palette ("Grøn, Markeringsfarve 6, Lysere
// 40 %", "Guld, Markeringsfarve 4") and the standard red, with no legend anywhere: the usual reading
// is proposed, and must be asked about. Start and end are Excel serial dates with Danish custom
// formats and the built-in short date. An indicator sheet with catalogue codes, percentages and a
// totals row. Hand-built Excel-style package.

import type { Style } from '../build/model';
import { PlanBuilder, unsure } from '../build/plan';
import { BOLD, HEAD, TITLE } from './common';

const GREEN_T: Style = { fill: { theme: 9, tint: 0.3999755851924192 } };
const GOLD_T: Style = { fill: { theme: 7 } };
const RED_STD: Style = { fill: { rgb: 'FFFF0000' } };
const START: Style = { fmt: '[$-406]d\\.\\ mmm\\ yyyy;@' };
const END: Style = { fmtId: 14 };
const END_CUSTOM: Style = { fmt: 'dd\\-mm\\-yyyy' };
const PCT: Style = { fmt: '0%' };

const done = unsure('done', 'green fill, no legend: the usual reading, to be checked');
const going = unsure('in_progress', 'gold fill, no legend: the usual reading, to be checked');
const waiting = unsure('not_started', 'red fill, no legend: the usual reading, to be checked');

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p02-odense-temafarver-uden-forklaring',
    'hand-built',
    'Odense: status as theme-colour fills (and standard red) with no legend; Excel serial dates with Danish custom formats; indicators with codes, percentages and a totals row.',
    [
      'status-colour-without-legend',
      'theme-colour-fills',
      'excel-serial-dates',
      'danish-custom-date-formats',
      'indicators',
      'totals-row-indicators',
      'totals-row-plan',
    ],
  );

  const o = p.sheet('Oversigt');
  o.set('A1', 'Odense Kommune – Mentor- og forældrecoachkorpset', TITLE);
  o.row('A3', ['Halvår:', 'H1 2026']);
  o.row('A4', ['Implementeringsfase:', 'Fuld implementering']);
  o.row('A5', ['Koordinator', 'Camilla Jensen']);
  o.row('A6', ['E-mail', 'caje@odense.dk']);
  o.row('A7', ['Leder', 'Lars Pedersen']);
  o.row('A8', ['Organisatorisk forankring', 'Tværgående (Børn og Unge + Beskæftigelse)']);
  o.width(1, 26).width(2, 44);
  p.fact('municipality', '461', 'Oversigt', 'A1');
  p.fact('period', '2026-H1', 'Oversigt', 'B3');
  p.fact('phase', 'full', 'Oversigt', 'B4');
  p.fact('coordinator', 'Camilla Jensen', 'Oversigt', 'B5');
  p.fact('leader', 'Lars Pedersen', 'Oversigt', 'B7');
  p.fact('organisation', 'cross', 'Oversigt', 'B8');

  const s = p.sheet('Plan 2026');
  s.set('A1', 'Handleplan for mentor- og forældrecoachindsatsen 2026', TITLE);
  type R = [string, string, Style, string, string, string, Style, string?];
  const rows: R[] = [
    [
      '2026-01-05',
      '2026-01-30',
      END,
      'Ledelse',
      'Kommissorium for styregruppen opdateres',
      'Lars Pedersen',
      GREEN_T,
    ],
    [
      '2026-02-02',
      '2026-06-15',
      END,
      'Ledelse',
      'Månedlige styregruppemøder',
      'Lars Pedersen',
      GREEN_T,
      'Sidste møde 15/6',
    ],
    [
      '2026-01-15',
      '2026-03-31',
      END_CUSTOM,
      'Kommunikation',
      'Kernefortælling om korpset skrives',
      'Camilla Jensen',
      GREEN_T,
    ],
    [
      '2026-03-01',
      '2026-04-30',
      END_CUSTOM,
      'Kommunikation',
      'Informationsfolder til forældre oversættes til arabisk og somali',
      'Camilla Jensen',
      GOLD_T,
      'Somali mangler',
    ],
    [
      '2026-02-10',
      '2026-02-10',
      END,
      'Inddragelse',
      'Workshop om behov og roller med mentorer og samarbejdspartnere',
      'Camilla Jensen',
      GREEN_T,
    ],
    [
      '2026-04-01',
      '2026-06-30',
      END,
      'Inddragelse',
      'Mentorer deltager i korpsets netværksmøder',
      'Mentorerne',
      GOLD_T,
    ],
    [
      '2026-03-16',
      '2026-05-29',
      END_CUSTOM,
      'Arbejdsproces og kultur',
      'Procedure for samtykke og datadeling beskrives',
      'Anders Nielsen',
      RED_STD,
      'Afventer jurist',
    ],
    [
      '2026-01-20',
      '2026-02-27',
      END,
      'Organisering, roller og ansvar',
      'Aftale med myndighed om bestilling af forløb',
      'Anders Nielsen',
      GREEN_T,
    ],
    [
      '2026-05-04',
      '2026-06-26',
      END,
      'Organisering, roller og ansvar',
      'Tovholder udpeges i hvert lokaldistrikt',
      'Lars Pedersen',
      RED_STD,
    ],
    [
      '2026-02-23',
      '2026-02-27',
      END_CUSTOM,
      'Opkvalificering',
      'Grunduddannelse i LAT-metoden for fire nye mentorer',
      'Nationalt Center for Forebyggelse af Ekstremisme',
      GREEN_T,
    ],
    [
      '2026-04-20',
      '2026-04-20',
      END,
      'Opkvalificering',
      'Temadag om bekymringstegn og ekstremisme',
      'Camilla Jensen',
      GREEN_T,
    ],
    [
      '2026-03-31',
      '2026-06-30',
      END,
      'Opfølgning på dokumentation',
      'Kvartalsvis opsamling af progressionsmålinger',
      'Camilla Jensen',
      GOLD_T,
    ],
    [
      '2026-06-01',
      '2026-06-19',
      END_CUSTOM,
      'Evaluering og tilpasning',
      'Refleksionsmøde om resultater med ledelsesgruppen',
      'Lars Pedersen',
      GOLD_T,
    ],
    [
      '2026-06-22',
      '2026-06-30',
      END,
      'Evaluering og tilpasning',
      'Revision af implementeringsplanen for 2. halvår',
      'Camilla Jensen',
      RED_STD,
    ],
  ];
  const THEME_IDS: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning': 'evaluation',
  };
  const statusOf = (fill: Style): ReturnType<typeof unsure> =>
    fill === GREEN_T ? done : fill === GOLD_T ? going : waiting;
  const last = p.table({
    sheet: 'Plan 2026',
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'start', header: 'Start', width: 14 },
      { key: 'slut', header: 'Slut', width: 12 },
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 55 },
      { key: 'ansv', header: 'Ansvarlig', width: 24 },
      { key: 'status', header: 'Status', width: 8 },
      { key: 'bem', header: 'Bemærkninger', width: 30 },
    ],
    fields: {
      start: 'start',
      deadline: 'slut',
      theme: 'tema',
      activity: 'akt',
      responsible: 'ansv',
      status: 'status',
    },
    rows: rows.map(([start, end, endStyle, theme, act, resp, fill, note]) => ({
      cells: {
        start: { v: { date: start }, s: START },
        slut: { v: { date: end }, s: endStyle },
        tema: theme,
        akt: act,
        ansv: resp,
        status: { v: null, s: fill },
        bem: note,
      },
      x: { theme: THEME_IDS[theme]!, status: statusOf(fill), start, deadline: end },
    })),
  });
  s.set(`D${last + 1}`, `I alt: ${rows.length} aktiviteter`, BOLD);
  p.notActivity('Plan 2026', last + 1, 'totals');

  const ind = p.sheet('Indikatorer');
  ind.set('A1', 'Indikatorer 1. halvår 2026', TITLE);
  ind.row('A3', ['Indikator', 'Kode', 'Enhed', 'Baseline', 'Mål', 'Resultat', 'Antal forløb (n)'], HEAD);
  ind.width(1, 34).width(2, 28);
  type I = [string, string | null, string, number | string | null, number, number, number | null, Style?];
  const inds: I[] = [
    ['Aktive mentorforløb', 'mentor_cases_active', 'Antal', 6, 12, 11, null],
    ['Aktive forældrecoachforløb', 'parent_coach_cases_active', 'Antal', 2, 6, 4, null],
    ['Forløb med positiv progression', 'cases_positive_progression', 'Procent', 0.5, 0.7, 0.64, 11, PCT],
    ['Medarbejdere opkvalificeret', 'staff_trained', 'Antal', 0, 25, 31, null],
    ['Henvendelser fra skoler', null, 'Antal', '—', 20, 17, null],
  ];
  inds.forEach(([name, code, unit, base, target, result, n, fmt], i) => {
    const r = 4 + i;
    const num = (v: number): number | { v: number; s: Style } => (fmt ? { v, s: fmt } : v);
    ind.row(`A${r}`, [
      name,
      code ?? undefined,
      unit,
      typeof base === 'number' ? num(base) : (base ?? undefined),
      num(target),
      num(result),
      n ?? undefined,
    ]);
    const pctOf = (v: number): number => (fmt ? Math.round(v * 100) : v);
    p.indicatorRow('Indikatorer', r, {
      ...(code ? { code: [code, `B${r}`] } : { name: [name, `A${r}`] }),
      unit: [unit === 'Procent' ? 'percent' : 'count', `C${r}`],
      baseline: [typeof base === 'number' ? pctOf(base) : null, `D${r}`],
      target: [pctOf(target), `E${r}`],
      result: [pctOf(result), `F${r}`],
      cases: [n, `G${r}`],
    });
  });
  ind.row('A9', ['I alt', undefined, undefined, undefined, undefined, 63], BOLD);
  return p;
}
