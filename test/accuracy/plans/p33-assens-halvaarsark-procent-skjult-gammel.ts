// Assens: each half-year has its own sheet ("2027 H1", "2027 H2"): the coordinator copies the last
// one at the start of a half-year and goes on in the copy, so the sheet of the cover's period (the
// latest) is the plan, and the earlier one is history. An old draft of the plan is kept on a hidden
// sheet. The header row is frozen. Progress is a number from 0 to 1 shown with a percent format
// (0 %, 50 %, 100 %); times are written "KW 36", "KW 40-42", "inden 1. oktober", "ultimo uge 45",
// "September 2027", beside date cells. Hand-built package. Written for the second held-out round.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { Style } from '../build/model';
import { BOLD, HEAD, TITLE } from './common';

const PCT: Style = { fmt: '0%' };
const DMY: Style = { fmt: 'dd.mm.yyyy' };
const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Arbejdsgange: 'process_culture',
  'Roller og ansvar': 'organisation_roles',
  Kompetenceudvikling: 'upskilling',
  Dokumentation: 'documentation',
  Evaluering: 'evaluation',
};

/** Progress as a fraction: all done, none started, or under way (checked, as percent complete is). */
function progress(n: number): Exp {
  if (n >= 1) return 'done';
  if (n <= 0) return 'not_started';
  return unsure('in_progress', 'progress between 0 % and 100 %: under way');
}

type When = string | { date: string };
type R = [string, string, string, When, number];

function sheet(p: PlanBuilder, name: string, title: string, rows: R[], hidden = false): void {
  const s = p.sheet(name);
  s.hidden = hidden;
  s.set('A1', title, TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Hvornår', 'Fremdrift'], HEAD);
  s.frozenRows = 3;
  [16, 50, 18, 18, 11].forEach((w, i) => s.width(i + 1, w));
  rows.forEach(([tema, akt, ans, when, pct], i) => {
    const r = 4 + i;
    s.set(`A${r}`, tema).set(`B${r}`, akt).set(`C${r}`, ans);
    s.set(
      `D${r}`,
      typeof when === 'string' ? when : { date: when.date },
      typeof when === 'string' ? undefined : DMY,
    );
    s.set(`E${r}`, pct, PCT);
  });
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p33-assens-halvaarsark-procent-skjult-gammel',
    'hand-built',
    'Assens: one sheet per half-year ("2027 H1", "2027 H2"), the latest (the cover\'s period) being the plan; an old draft on a hidden sheet; frozen header row; progress as a 0–1 number in percent format; times as "KW 36", "KW 40-42", "inden 1. oktober", "ultimo uge 45", "September 2027" beside date cells.',
    [
      'sheet-per-half-year',
      'hidden-old-version-sheet',
      'frozen-header-row',
      'status-as-fraction-percent-format',
      'kw-week',
      'kw-week-range',
      'inden-day-month',
      'ultimo-week',
      'english-month-dates',
      'date-cells',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Assens Kommune – mentor- og forældrecoachkorps', TITLE);
  const cover: [string, string][] = [
    ['Kommune', 'Assens'],
    ['Periode', '2. halvår 2027'],
    ['Fase', 'Fuld implementering'],
    ['Koordinator', 'Birgitte Vang'],
    ['Leder', 'Ole Dam'],
  ];
  cover.forEach(([l, v], i) => f.set(`A${3 + i}`, l, BOLD).set(`B${3 + i}`, v));
  f.width(1, 16).width(2, 30);
  p.fact('municipality', '420', 'Forside', 'B3');
  p.fact('period', '2027-H2', 'Forside', 'B4');
  p.fact('phase', 'full', 'Forside', 'B5');
  p.fact('coordinator', 'Birgitte Vang', 'Forside', 'B6');
  p.fact('leader', 'Ole Dam', 'Forside', 'B7');

  // The first half-year, kept as it stood at the end of June: history, not the plan.
  sheet(p, '2027 H1', 'Handleplan 1. halvår 2027', [
    ['Ledelse', 'Ledergruppen vedtager mål for 2027', 'Ole Dam', { date: '2027-01-29' }, 1],
    ['Kommunikation', 'Informationsmøde for skolerne', 'Birgitte Vang', 'KW 10', 1],
    ['Kompetenceudvikling', 'LAT-uddannelse hold 3', 'Nationalt center', 'Marts 2027', 1],
    ['Dokumentation', 'Oprydning i forløbsregistreringer', 'Birgitte Vang', { date: '2027-05-31' }, 0.8],
    ['Evaluering', 'Halvårsstatus til ledergruppen', 'Birgitte Vang', { date: '2027-06-25' }, 1],
  ]);

  const H2 = '2027 H2';
  // [theme, activity, responsible, when, progress, start, deadline]
  const rows: [...R, Exp, Exp][] = [
    ['Ledelse', 'Ledergruppen følger op på mål for 2027', 'Ole Dam', { date: '2027-09-03' }, 1, null, '2027-09-03'],
    ['Kommunikation', 'Nyhedsbrev til samarbejdspartnere', 'Birgitte Vang', 'KW 36', 1, null, '2027-09-12'],
    ['Inddragelse', 'Fokusgrupper med unge og forældre', 'Birgitte Vang', 'KW 40-42', 0.5, '2027-10-04', '2027-10-24'],
    ['Arbejdsgange', 'Fælles visitationsmøde hver måned', 'Familieafdelingen', 'inden 1. oktober', 0.25, null, { v: '2027-10-01', alt: ['2027-09-30'], note: '"inden 1. oktober" (before 1 October), the year the period\'s' }],
    ['Roller og ansvar', 'Opdatering af rollebeskrivelser', 'Ole Dam', 'September 2027', 0, null, '2027-09-30'],
    ['Kompetenceudvikling', 'Temadag om motivationssamtaler for mentorer', 'Birgitte Vang', { date: '2027-11-18' }, 0, null, '2027-11-18'],
    ['Dokumentation', 'Kvartalsvis udtræk fra platformen', 'Birgitte Vang', 'ultimo uge 45', 0, null, { v: '2027-11-14', alt: ['2027-11-12'], note: 'the end of ISO week 45 of 2027 (its Sunday, or its Friday)' }],
    ['Evaluering', 'Evaluering af matchning af mentor og ung', 'Birgitte Vang', 'Q4 2027', 0, null, '2027-12-31'],
    ['Evaluering', 'Halvårsstatus til ledergruppen', 'Birgitte Vang', { date: '2027-12-10' }, 0, null, '2027-12-10'],
    ['Kommunikation', 'Artikel om korpset på intranettet', 'Birgitte Vang', { date: '2027-10-15' }, 0, null, '2027-10-15'],
  ]; // prettier-ignore
  sheet(
    p,
    H2,
    'Handleplan 2. halvår 2027',
    rows.map(([a, b, c, d, e]) => [a, b, c, d, e]),
  );
  rows.forEach(([tema, akt, ans, , pct, start, deadline], i) => {
    const r = 4 + i;
    p.activity(H2, r, {
      theme: { value: TH[tema]!, cell: `A${r}` },
      activity: { value: akt, cell: `B${r}` },
      responsible: { value: ans, cell: `C${r}` },
      start: toEv(start, `D${r}`),
      deadline: toEv(deadline, `D${r}`),
      status: toEv(progress(pct), `E${r}`),
    });
  });

  // The first draft of the autumn plan, hidden when the plan above replaced it.
  sheet(
    p,
    'Udkast H2 (gammel)',
    'Udkast – handleplan 2. halvår 2027',
    [
      ['Ledelse', 'Ledergruppen følger op på mål', 'Ole Dam', 'August 2027', 0],
      ['Kommunikation', 'Nyhedsbrev', 'Birgitte Vang', 'KW 35', 0],
      ['Inddragelse', 'Fokusgrupper med unge', 'Birgitte Vang', 'Oktober 2027', 0],
      ['Evaluering', 'Halvårsstatus', 'Birgitte Vang', 'December 2027', 0],
    ],
    true,
  );
  return p;
}

function toEv(
  e: Exp,
  cell: string,
): { value: string | number | null; cell: string; flag?: true; alt?: (string | number)[]; note?: string } {
  if (e === null || typeof e !== 'object') return { value: e, cell };
  return {
    value: e.v,
    cell,
    ...(e.flag ? { flag: true as const } : {}),
    ...(e.alt ? { alt: [...e.alt] } : {}),
    ...(e.note ? { note: e.note } : {}),
  };
}
