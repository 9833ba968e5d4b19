// Dragør (held out, eleventh round): a plan kept on a PC with English-locale Excel by a Danish
// coordinator. Dates typed in the plan became English dates ("March 15, 2027" shown by the format
// "mmmm d, yyyy"); dates pasted as text from e-mails stayed text in the English forms ("April 30,
// 2027", "Mar-27" for the month, "3/15/27" month first), beside Danish text ("15. juni 2027").
// The checklist is transposed: the questions across row 1 (one column each), the answers in row 2,
// the comments in row 3. The indicators are the source table of a chart: months "jan" … "dec" as
// columns (January–June filled), then "I alt" (a SUM with its result) and "Mål 2027". Hand-built.

import { PlanBuilder, type Exp } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';

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
const ST: Record<string, string> = { 'Ikke startet': 'not_started', 'I gang': 'in_progress', Færdig: 'done' };
const EN = { fmt: 'mmmm d, yyyy' } as const;

/** A date cell: a real date shown the English way, or text as typed; and its reading. */
type When = { date: string } | { text: string; iso: string | null; note: string; flag?: true };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p76-dragoer-engelske-datoer-tjekliste-paa-tvaers-maanedstabel',
    'hand-built',
    'Dragør: English-locale Excel dates ("March 15, 2027" as dates in an English format; text "April 30, 2027", "Mar-27", "3/15/27") mixed with Danish text dates; the checklist transposed (questions across row 1, answers in row 2, comments in row 3); indicators as a chart source table (jan–dec columns, "I alt" as a SUM, "Mål 2027").',
    [
      'english-locale-dates',
      'english-month-year-short',
      'us-short-dates-two-digit-year',
      'mixed-danish-english-dates',
      'checklist-transposed',
      'indicators-monthly-chart-table',
      'total-formula',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.row('A1', ['Kommune', 'Dragør Kommune']);
  f.row('A2', ['Periode', '1. halvår 2027']);
  f.row('A3', ['Fase', 'Indledende implementering']);
  f.row('A4', ['Koordinator', 'Louise Brink']);
  f.row('A5', ['Leder', 'Anders Rye']);
  f.width(1, 14).width(2, 30);
  p.fact('municipality', '155', F, 'B1');
  p.fact('period', '2027-H1', F, 'B2');
  p.fact('phase', 'initial', F, 'B3');
  p.fact('coordinator', 'Louise Brink', F, 'B4');
  p.fact('leader', 'Anders Rye', F, 'B5');

  const S = 'Plan';
  const s = p.sheet(S);
  s.row('A1', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Deadline', 'Status'], { bold: true });
  s.width(1, 28).width(2, 44).width(3, 16).width(4, 18).width(5, 18).width(6, 12);
  const t = (text: string, iso: string | null, note: string): When => ({ text, iso, note });
  // [theme, activity, responsible, start, deadline, status]
  type R = [string, string, string, When | null, When, string];
  const rows: R[] = [
    ['Ledelse', 'Opstart med direktør og afdelingsledere', 'Anders Rye', null, { date: '2027-01-28' }, 'Færdig'],
    ['Kommunikation', 'Informationsbrev til skolerne', 'Louise Brink', { date: '2027-01-11' }, t('March 15, 2027', '2027-03-15', 'an English date typed as text'), 'Færdig'],
    ['Inddragelse', 'Dialogmøde med forældreråd', 'Kim Sand', null, t('Mar-27', '2027-03-31', 'a month in the English short form: its last day'), 'I gang'],
    ['Arbejdsproces og kultur', 'Fælles procedure for opstart af forløb', 'Louise Brink', t('2/1/27', '2027-02-01', 'US month/day/year'), t('3/15/27', '2027-03-15', 'US month/day/year: 15 is no month'), 'I gang'],
    ['Organisering, roller og ansvar', 'Aftale om mentortid med lederne', 'Anders Rye', null, t('April 30, 2027', '2027-04-30', 'an English date as text'), 'I gang'],
    ['Opkvalificering', 'LAT-kursus for nye mentorer', 'Kim Sand', { date: '2027-03-01' }, { date: '2027-05-20' }, 'I gang'],
    ['Opkvalificering', 'Temadag om forældrecoaching', 'Kim Sand', null, t('15. juni 2027', '2027-06-15', 'Danish text'), 'Ikke startet'],
    ['Opfølgning på dokumentation', 'Månedlig opgørelse af forløb', 'Louise Brink', t('Jan-27', '2027-01-01', 'a month as the start: its first day'), t('Jun-27', '2027-06-30', 'a month as the deadline: its last day'), 'I gang'],
    ['Evaluering og tilpasning', 'Evaluering med mentorerne', 'Louise Brink', null, t('6/24/27', '2027-06-24', 'US month/day/year'), 'Ikke startet'],
    ['Kommunikation', 'Artikel i Dragør Nyt', 'Anders Rye', null, { date: '2027-05-12' }, 'Ikke startet'],
  ]; // prettier-ignore
  const cellOf = (w: When | null): { v: { date: string } | string; s?: typeof EN } | undefined =>
    w === null ? undefined : 'date' in w ? { v: { date: w.date }, s: EN } : { v: w.text };
  const read = (w: When | null, cell: string): ExpectedValue =>
    w === null
      ? { value: null, cell, sheet: S }
      : 'date' in w
        ? { value: w.date, cell, sheet: S, note: 'a date shown as "Month d, yyyy"' }
        : { value: w.iso, cell, sheet: S, note: w.note };
  rows.forEach(([th, act, who, start, dl, st], i) => {
    const r = 2 + i;
    s.row(`A${r}`, [th, act, who, cellOf(start), cellOf(dl), st]);
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: { value: TH[th]!, cell: `A${r}`, sheet: S },
      activity: { value: act, cell: `B${r}`, sheet: S },
      status: { value: ST[st]!, cell: `F${r}`, sheet: S },
      start: read(start, `D${r}`),
      deadline: read(dl, `E${r}`),
      responsible: { value: who, cell: `C${r}`, sheet: S },
    };
    p.activity(S, r, fields);
  });

  // The checklist on its side: one column per question.
  const H = 'Huskeliste';
  const h = p.sheet(H);
  h.set('A1', 'Spørgsmål', { bold: true });
  h.set('A2', 'Svar', { bold: true });
  h.set('A3', 'Kommentar', { bold: true });
  h.width(1, 12);
  const ans: Record<string, [string | null, 'yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['Ja', 'yes', null],
    F2: ['Ja', 'yes', null],
    F3: ['Delvist', 'partly', 'Plan for skolerne mangler'],
    F4: ['Ja', 'yes', null],
    F5: ['Ja', 'yes', null],
    F6: ['Delvist', 'partly', null],
    F7: ['Ja', 'yes', null],
    L1: ['Ja', 'yes', null],
    L2: ['Nej', 'no', 'Aftales i april'],
    L3: ['Delvist', 'partly', 'Lederne mangler'],
    L4: ['Nej', 'no', null],
    L5: ['Ja', 'yes', null],
    L6: ['Delvist', 'partly', null],
    L7: ['Ja', 'yes', null],
    L8: [null, null, null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const col = String.fromCharCode(66 + i); // B..P
    const [typed, a, comment] = ans[id]!;
    h.set(`${col}1`, `${id}. ${q}`, { wrap: true, bold: true });
    h.width(i + 2, 24);
    if (typed) h.set(`${col}2`, typed);
    if (comment) h.set(`${col}3`, comment, { wrap: true });
    p.answer(id, a, H, `${col}2`, comment ? { v: comment, cell: `${col}3` } : undefined);
  });

  // Indicators: the chart's source table.
  const K = 'Indikatorer';
  const k = p.sheet(K);
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  k.row('A1', ['Indikator', ...MONTHS, 'I alt', 'Mål 2027'], { bold: true });
  k.width(1, 36);
  // [name, monthly figures Jan–Jun, target]
  type I = [string, number[], number];
  const ind: I[] = [
    ['Forløb startet', [2, 3, 1, 4, 2, 3], 30],
    ['Forløb afsluttet', [0, 1, 1, 2, 0, 2], 15],
    ['Medarbejdere opkvalificeret', [0, 0, 8, 0, 6, 0], 20],
    ['Afholdte refleksionsmøder', [1, 1, 1, 1, 1, 1], 12],
  ];
  ind.forEach(([name, months, target], i) => {
    const r = 2 + i;
    k.set(`A${r}`, name);
    months.forEach((n, m) => k.set(`${String.fromCharCode(66 + m)}${r}`, n));
    const total = months.reduce((a, b) => a + b, 0);
    k.set(`N${r}`, { v: total, f: `SUM(B${r}:M${r})` });
    k.set(`O${r}`, target);
    const result: Exp = { v: total, note: '"I alt": the months added up so far' };
    p.indicatorRow(K, r, {
      name: [name, `A${r}`],
      unit: [{ v: 'count', note: 'whole figures per month' }, `A${r}`],
      target: [target, `O${r}`],
      result: [result, `N${r}`],
    });
  });
  return p;
}
