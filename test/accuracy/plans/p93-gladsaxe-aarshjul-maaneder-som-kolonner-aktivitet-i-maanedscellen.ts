// Gladsaxe (held out, sixteenth round): the plan kept as an "årshjul" for the school year: the twelve
// months are COLUMNS ("Aug" … "Jul") under a row of merged years ("2026" over August–December,
// "2027" over January–July), and each activity is written as text in the cell of its month — there
// is no activity column and no date column. An activity that runs over several months is one cell
// merged across them (its first month gives the start, its last the deadline); one names its day in
// the text ("… d. 14."). Theme and responsible stand to the left, the status to the right; the
// month cells are filled in the theme's colour, as a wall calendar is. LibreOffice (flat ODS).

import { a1 } from '../build/model';
import type { Style } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import type { ExpectedValue } from '../expected';
import { BOLD, HEAD, TITLE, WRAP } from './common';

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
  Planlagt: 'not_started',
  Aflyst: 'closed',
};
const FILL: Record<string, string> = {
  Ledelse: 'F8CBAD',
  Kommunikation: 'BDD7EE',
  Inddragelse: 'C6E0B4',
  'Arbejdsproces og kultur': 'FFE699',
  'Organisering, roller og ansvar': 'D9D2E9',
  Opkvalificering: 'F4B084',
  'Opfølgning på dokumentation': 'DDEBF7',
  'Evaluering og tilpasning': 'E2EFDA',
};

// The school year's months, August 2026 to July 2027, in columns C … N.
const MONTHS: [string, number, number][] = [
  ['Aug', 2026, 8], ['Sep', 2026, 9], ['Okt', 2026, 10], ['Nov', 2026, 11], ['Dec', 2026, 12],
  ['Jan', 2027, 1], ['Feb', 2027, 2], ['Mar', 2027, 3], ['Apr', 2027, 4], ['Maj', 2027, 5],
  ['Jun', 2027, 6], ['Jul', 2027, 7],
]; // prettier-ignore
const FIRST_MONTH_COL = 3;

const pad = (n: number): string => String(n).padStart(2, '0');
const firstDay = (i: number): string => `${MONTHS[i]![1]}-${pad(MONTHS[i]![2])}-01`;
const lastDay = (i: number): string => {
  const [, y, m] = MONTHS[i]!;
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(d)}`;
};

const ev = (e: Exp, cell: string): ExpectedValue =>
  e !== null && typeof e === 'object'
    ? { value: e.v, cell, ...(e.alt ? { alt: [...e.alt] } : {}), ...(e.note ? { note: e.note } : {}) }
    : { value: e, cell };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p93-gladsaxe-aarshjul-maaneder-som-kolonner-aktivitet-i-maanedscellen',
    'libreoffice-fods',
    'Gladsaxe: an årshjul for the school year with the months as columns ("Aug" … "Jul" under merged "2026" | "2027"), each activity written as text in the cell of its month (merged across the months it runs over; one with its day in the text "d. 14."), no activity or date column; theme and responsible to the left, status to the right, month cells filled in the theme\'s colour.',
    [
      'year-wheel-months-as-columns',
      'activity-text-in-month-cell',
      'activity-merged-across-months',
      'year-row-merged-over-month-columns',
      'school-year-across-new-year',
      'day-of-month-in-activity-text',
      'no-activity-column',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 16).width(2, 36);
  f.set('A1', 'Mentor- og forældrecoachkorpset i Gladsaxe', TITLE);
  f.row('A3', [{ v: 'Kommune', s: BOLD }, 'Gladsaxe Kommune']);
  f.row('A4', [{ v: 'Periode', s: BOLD }, '2. halvår 2026']);
  f.row('A5', [{ v: 'Fase', s: BOLD }, 'Indledende implementering']);
  f.row('A6', [{ v: 'Koordinator', s: BOLD }, 'Sofie Lund']);
  f.row('A7', [{ v: 'Leder', s: BOLD }, 'Martin Vang']);
  p.fact('municipality', '159', F, 'B3');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Sofie Lund', F, 'B6');
  p.fact('leader', 'Martin Vang', F, 'B7');

  const S = 'Årshjul 2026-27';
  const s = p.sheet(S);
  s.width(1, 24).width(2, 16);
  for (let i = 0; i < 12; i++) s.width(FIRST_MONTH_COL + i, 13);
  s.width(FIRST_MONTH_COL + 12, 12);
  s.set('A1', 'Årshjul – mentor- og forældrecoachindsatsen, skoleåret 2026/27', TITLE);
  s.set('C3', '2026', HEAD).merge('C3:G3');
  s.set('H3', '2027', HEAD).merge('H3:N3');
  s.set('A4', 'Tema', HEAD).set('B4', 'Ansvarlig', HEAD);
  MONTHS.forEach(([m], i) => s.set(a1(4, FIRST_MONTH_COL + i), m, HEAD));
  s.set(a1(4, FIRST_MONTH_COL + 12), 'Status', HEAD);

  // [theme, responsible, first month index, last month index, text in the cell, status, reading]
  type R = [string, string, number, number, string, string, { activity?: Exp; deadline?: string }?];
  const rows: R[] = [
    ['Ledelse', 'Martin Vang', 0, 0, 'Kick-off i ledergruppen', 'Gennemført'],
    ['Kommunikation', 'Sofie Lund', 1, 1, 'Infobrev til skoler og dagtilbud', 'Gennemført'],
    ['Opkvalificering', 'Nationalt center', 1, 3, 'LAT-uddannelse af 6 nye mentorer', 'I gang'],
    ['Inddragelse', 'Sofie Lund', 2, 2, 'Dialogmøde med forældrerådet d. 14.', 'Gennemført', {
      activity: { v: 'Dialogmøde med forældrerådet', alt: ['Dialogmøde med forældrerådet d. 14.'], note: 'the day of the month written after the activity, in the October column' },
      deadline: '2026-10-14',
    }],
    ['Kommunikation', 'Sofie Lund', 2, 2, 'Netværksmøde med nabokommunerne', 'Aflyst'],
    ['Ledelse', 'Martin Vang', 3, 3, 'Budgetbeslutning for korpset i 2027', 'Gennemført'],
    ['Arbejdsproces og kultur', 'Mentorteamet', 3, 5, 'Faste sparringsmøder hver 2. uge', 'I gang'],
    ['Organisering, roller og ansvar', 'Martin Vang', 4, 4, 'Rollebeskrivelse for koordinatoren godkendes', 'Planlagt'],
    ['Opfølgning på dokumentation', 'Sofie Lund', 5, 5, 'Første dataudtræk fra forløbsmappen', 'Planlagt'],
    ['Kommunikation', 'Sofie Lund', 6, 7, 'Kampagne på Aula om forældrecoaching', 'Planlagt'],
    ['Opkvalificering', 'Sofie Lund', 8, 8, 'Temadag om samtaler med forældre', 'Planlagt'],
    ['Evaluering og tilpasning', 'Martin Vang', 10, 10, 'Evaluering af skoleåret med korpset', 'Planlagt'],
  ]; // prettier-ignore
  let r = 5;
  for (const [tema, ans, from, to, text, status, x] of rows) {
    const fill: Style = { wrap: true, fill: { rgb: FILL[tema]! } };
    s.set(`A${r}`, tema, WRAP).set(`B${r}`, ans);
    const at = a1(r, FIRST_MONTH_COL + from);
    s.set(at, text, fill);
    for (let c = from + 1; c <= to; c++) s.set(a1(r, FIRST_MONTH_COL + c), null, fill);
    if (to > from) s.merge(`${at}:${a1(r, FIRST_MONTH_COL + to)}`);
    const st = a1(r, FIRST_MONTH_COL + 12);
    s.set(st, status);
    p.activity(S, r, {
      theme: ev(TH[tema]!, `A${r}`),
      activity: ev(x?.activity ?? text, at),
      status: ev(ST[status]!, st),
      start: ev(to > from ? firstDay(from) : null, at),
      deadline: ev(x?.deadline ?? lastDay(to), at),
      responsible: ev(ans, `B${r}`),
    });
    r++;
  }
  return p;
}
