// Thisted (held out, twenty-fifth round). A Gantt chart for 2027 drawn in cells: Tema, Aktivitet and
// Ansvarlig to the left, the twelve months as columns under a merged "2027", and each activity's
// time as a bar: the months it runs over merged into one cell, filled in the colour of its status,
// with the STATUS written inside the bar ("Færdig", "I gang", "Planlagt", "Ikke startet", "Aflyst",
// "I gang – 2 af 4 moduler", a milestone "◆ Gennemført" in one month). There is no status column
// and no date column: the bar gives the time (its first month the start, its last month the
// deadline; a bar of one month the deadline alone) and its text the status. One activity has two
// bars (March and September), read as p09's marks are: from the first to the last. A colour legend
// under the chart. LibreOffice (flat ODS).

import { a1 } from '../build/model';
import type { Style } from '../build/model';
import { PlanBuilder } from '../build/plan';
import { HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet } from './departments';
import { at, coverPairs } from './round24';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
const FIRST = 4; // column D
const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
// The bar's text → the status it tells, and the bar's colour.
const BAR: Record<string, readonly [string, string]> = {
  '◆ Gennemført': ['done', 'C6EFCE'],
  Færdig: ['done', 'C6EFCE'],
  'I gang': ['in_progress', 'FFEB9C'],
  'I gang – 2 af 4 moduler': ['in_progress', 'FFEB9C'],
  Planlagt: ['not_started', 'D9D9D9'],
  'Ikke startet': ['not_started', 'D9D9D9'],
  Aflyst: ['closed', 'FFC7CE'],
};

const pad = (n: number): string => String(n).padStart(2, '0');
const firstDay = (m: number): string => `2027-${pad(m)}-01`;
const lastDay = (m: number): string => `2027-${pad(m)}-${pad(new Date(Date.UTC(2027, m, 0)).getUTCDate())}`;

// [theme, activity, responsible, bars: [first month, last month][] (1–12), text in the bar]
type R = readonly [string, string, string, readonly (readonly [number, number])[], string];
const ROWS: readonly R[] = [
  ['Ledelse', 'Kick-off i direktionen', 'Kirsten Møller', [[1, 1]], '◆ Gennemført'],
  ['Ledelse', 'Styregruppemøder', 'Kirsten Møller', [[3, 3], [9, 9]], 'Planlagt'],
  ['Kommunikation', 'Informationsmateriale til skoler og dagtilbud', 'Jonas Vang', [[1, 2]], 'Færdig'],
  ['Kommunikation', 'Artikel i Thisted Dagblad', 'Jonas Vang', [[4, 4]], 'Ikke startet'],
  ['Inddragelse', 'Unge er med til at udvikle forløbene', 'Mentorerne', [[2, 5]], 'I gang'],
  ['Opkvalificering', 'LAT-uddannelse af nye mentorer', 'Nationalt center', [[2, 4]], 'I gang – 2 af 4 moduler'],
  ['Arbejdsproces og kultur', 'Faste sparringsmøder i korpset', 'Jonas Vang', [[1, 6]], 'I gang'],
  ['Organisering, roller og ansvar', 'Fælles rollebeskrivelse med Morsø', 'Kirsten Møller', [[1, 2]], 'Aflyst'],
  ['Opfølgning på dokumentation', 'Kvartalsvis dataopsamling', 'Jonas Vang', [[3, 6]], 'Planlagt'],
  ['Evaluering og tilpasning', 'Halvårsevaluering med korpset', 'Kirsten Møller', [[6, 6]], 'Planlagt'],
  ['Evaluering og tilpasning', 'Årsevaluering og plan for 2028', 'Jonas Vang', [[11, 12]], 'Planlagt'],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p132-thisted-gantt-flettede-bjaelker-med-status-i-bjaelken',
    'libreoffice-fods',
    'Thisted: a Gantt chart for 2027 drawn in cells, the months as columns under a merged "2027", each activity\'s bar the months it runs over merged into one cell filled in its status\'s colour with the STATUS written inside the bar ("Færdig", "I gang – 2 af 4 moduler", "◆ Gennemført" …), no status and no date column, one activity with two bars, a colour legend under the chart.',
    [
      'gantt-merged-bars',
      'status-text-inside-bar',
      'no-status-column',
      'no-date-column',
      'milestone-diamond',
      'two-bars-one-activity',
      'year-merged-over-months',
      'colour-legend-line',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Mentor- og forældrecoachkorpset i Thisted', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Thisted Kommune', 'municipality', '787'],
    ['Halvår', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Jonas Vang', 'coordinator'],
    ['Leder', 'Kirsten Møller', 'leader'],
  ]);
  f.width(1, 16).width(2, 30);

  const S = 'Gantt 2027';
  const s = p.sheet(S);
  s.width(1, 26).width(2, 40).width(3, 16);
  for (let i = 0; i < 12; i++) s.width(FIRST + i, 9);
  s.set('A1', 'Gantt-plan 2027 – mentor- og forældrecoachindsatsen', TITLE);
  s.set(a1(3, FIRST), '2027', HEAD).merge(`${a1(3, FIRST)}:${a1(3, FIRST + 11)}`);
  s.row('A4', ['Tema', 'Aktivitet', 'Ansvarlig'], HEAD);
  MONTHS.forEach((m, i) => s.set(a1(4, FIRST + i), m, HEAD));
  const x = at(S);
  let r = 5;
  for (const [tema, akt, ans, bars, text] of ROWS) {
    const [status, rgb] = BAR[text]!;
    const fill: Style = { wrap: true, fill: { rgb } };
    s.set(`A${r}`, tema, WRAP).set(`B${r}`, akt, WRAP).set(`C${r}`, ans);
    for (const [from, to] of bars) {
      const anchor = a1(r, FIRST + from - 1);
      s.set(anchor, text, fill);
      for (let m = from + 1; m <= to; m++) s.set(a1(r, FIRST + m - 1), null, fill);
      if (to > from) s.merge(`${anchor}:${a1(r, FIRST + to - 1)}`);
    }
    const first = bars[0]!;
    const last = bars[bars.length - 1]!;
    const firstCell = a1(r, FIRST + first[0] - 1);
    const lastCell = a1(r, FIRST + last[0] - 1);
    const oneMonth = bars.length === 1 && first[0] === first[1];
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(status, firstCell),
      start: x(oneMonth ? null : firstDay(first[0]), firstCell),
      deadline: x(lastDay(last[1]), lastCell),
      responsible: x(ans, `C${r}`),
    });
    r++;
  }
  r++;
  s.set(`A${r}`, 'Farver: grøn = færdig · gul = i gang · grå = planlagt · rød = aflyst', ITALIC);
  p.notActivity(S, r, 'the colour legend under the chart');

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'partly', F3: 'partly', F4: 'yes', F5: 'no', F6: 'yes', F7: 'yes',
    L1: 'yes', L2: 'no', L3: 'partly', L4: 'yes', L5: 'yes', L6: ['partly', 'Mangler sagsbehandlerne'], L7: 'partly', L8: 'no',
  }); // prettier-ignore
  return p;
}
