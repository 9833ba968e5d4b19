// Tårnby (held out, thirty-first round): the effort's half-year kept in a MONTH CALENDAR made from
// Excel's calendar template — one sheet per month ("Januar 2027" … "Juni 2027"), a grid of weeks
// by weekdays ("Uge | man | tir | ons | tor | fre | lør | søn"), the ISO week number in column A,
// each week two rows: the days' numbers (plain numbers, blank outside the month) and under them the
// cell she types the day's entry in ("Styregruppemøde kl. 13 (Per)", "Frist: ansøgning om
// puljemidler", "AFLYST – Infomøde …"). The theme is the entry cell's fill, explained by a legend
// to the right ("Forklaring": each theme's name in its colour). A theme week is one entry merged
// across Monday–Friday; school holidays and a public holiday are typed in white cells ("Vinterferie"
// merged over the week, "Kr. himmelfartsdag"); one entry she never coloured. No status column: one
// entry says "AFLYST". The cover, checklist and corps are sheets of their own. LibreOffice (flat ODS).
//
// A careful reader takes each entry as an activity on its day (the day number above it, the month
// and year from the sheet), the activity without the time of day and the name in brackets, the
// name in brackets as the responsible, "Frist:" as a deadline's label, the theme from the legend's
// colour (none where the cell is white: to be asked), a merged entry from its first day to its
// last, and holidays as no activity. Activities are known by their cell (row and column).

import { a1, colLetters, type Style } from '../build/model';
import { PlanBuilder, toExpected, type Exp } from '../build/plan';
import { BOLD, HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';

const THEMES: readonly (readonly [string, string, string])[] = [
  ['Ledelse', 'leadership', 'F8CBAD'],
  ['Kommunikation', 'communication', 'BDD7EE'],
  ['Inddragelse', 'involvement', 'C6E0B4'],
  ['Arbejdsproces og kultur', 'process_culture', 'FFE699'],
  ['Organisering, roller og ansvar', 'organisation_roles', 'D9D2E9'],
  ['Opkvalificering', 'upskilling', 'F4B084'],
  ['Opfølgning på dokumentation', 'documentation', 'B4C6E7'],
  ['Evaluering og tilpasning', 'evaluation', 'A9D08E'],
];
const FILL = new Map(THEMES.map(([name, , rgb]) => [name, rgb]));
const ID = new Map(THEMES.map(([name, id]) => [name, id]));

const MONTHS = ['Januar', 'Februar', 'Marts', 'April', 'Maj', 'Juni'];
const DAYS = ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The ISO week number of a day. */
function isoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
}

/** One entry typed in the calendar. */
interface Entry {
  /** The day (ISO) whose cell it is typed in. */
  readonly day: string;
  /** A merge to the right over this many further days (a theme week). */
  readonly span?: number;
  readonly text: string;
  /** The theme whose colour fills the cell; undefined: a white cell. */
  readonly theme?: string;
  /** No activity (a holiday): why. */
  readonly not?: string;
  readonly activity?: Exp;
  readonly responsible?: Exp;
  readonly status?: Exp;
  readonly themeRead?: Exp;
}

const PER = (): Exp => ({
  v: 'Per',
  alt: ['Per Nørgaard'],
  note: 'the first name in brackets; the cover names the leader Per Nørgaard',
});
const METTE = (): Exp => ({
  v: 'Mette',
  alt: ['Mette Kjær'],
  note: 'the first name in brackets; the cover names the coordinator Mette Kjær',
});

const ENTRIES: readonly Entry[] = [
  { day: '2027-01-12', text: 'Styregruppemøde kl. 13 (Per)', theme: 'Ledelse',
    activity: { v: 'Styregruppemøde', alt: ['Styregruppemøde kl. 13'] }, responsible: PER() },
  { day: '2027-01-25', span: 4, text: 'Temauge: forældresamarbejde i skolerne (Mette)', theme: 'Inddragelse',
    activity: { v: 'Temauge: forældresamarbejde i skolerne', alt: ['Temauge om forældresamarbejde i skolerne', 'Forældresamarbejde i skolerne'] }, responsible: METTE() },
  { day: '2027-02-01', text: 'Frist: ansøgning om puljemidler', theme: 'Ledelse',
    activity: { v: 'Ansøgning om puljemidler', alt: ['ansøgning om puljemidler', 'Frist: ansøgning om puljemidler'] }, responsible: null },
  { day: '2027-02-11', text: 'AFLYST – Infomøde for skolernes AKT-lærere kl. 14 (Mette)', theme: 'Kommunikation',
    activity: { v: 'Infomøde for skolernes AKT-lærere', alt: ['Infomøde for skolernes AKT-lærere kl. 14'] }, responsible: METTE(), status: 'closed' },
  { day: '2027-02-15', span: 4, text: 'Vinterferie', not: 'the school winter holiday merged over the week: no activity' },
  { day: '2027-03-03', text: 'LAT-kursus for nye mentorer (Ali)', theme: 'Opkvalificering',
    activity: 'LAT-kursus for nye mentorer', responsible: 'Ali' },
  { day: '2027-03-19', text: 'Frist: dataudtræk fra dokumentationsplatformen (Mette)', theme: 'Opfølgning på dokumentation',
    activity: { v: 'Dataudtræk fra dokumentationsplatformen', alt: ['dataudtræk fra dokumentationsplatformen', 'Frist: dataudtræk fra dokumentationsplatformen'] }, responsible: METTE() },
  { day: '2027-03-22', span: 2, text: 'Påskeferie', not: 'the Easter holiday merged over Monday–Wednesday: no activity' },
  { day: '2027-04-07', text: 'Sparringsmøde i korpset kl. 15 (Ali)', theme: 'Arbejdsproces og kultur',
    activity: { v: 'Sparringsmøde i korpset', alt: ['Sparringsmøde i korpset kl. 15'] }, responsible: 'Ali' },
  { day: '2027-04-22', text: 'Dialogmøde med forældrerådet kl. 17 (Mette)', theme: 'Inddragelse',
    activity: { v: 'Dialogmøde med forældrerådet', alt: ['Dialogmøde med forældrerådet kl. 17'] }, responsible: METTE() },
  { day: '2027-05-04', text: 'Rollebeskrivelser godkendes i ledergruppen (Per)', theme: 'Organisering, roller og ansvar',
    activity: 'Rollebeskrivelser godkendes i ledergruppen', responsible: PER() },
  { day: '2027-05-06', text: 'Kr. himmelfartsdag', not: 'a public holiday typed in a white cell: no activity' },
  { day: '2027-05-26', text: 'Frist: halvårsstatus til styregruppen (Mette)', theme: 'Ledelse',
    activity: { v: 'Halvårsstatus til styregruppen', alt: ['halvårsstatus til styregruppen', 'Frist: halvårsstatus til styregruppen'] }, responsible: METTE() },
  { day: '2027-06-02', text: 'Kaffemøde med nye forældrecoaches (Ali)',
    activity: 'Kaffemøde med nye forældrecoaches', responsible: 'Ali',
    themeRead: { v: null, flag: true, note: 'the cell is not coloured: the legend gives it no theme' } },
  { day: '2027-06-15', text: 'Evalueringsworkshop med mentorer og forældrecoaches kl. 9-12 (Mette)', theme: 'Evaluering og tilpasning',
    activity: { v: 'Evalueringsworkshop med mentorer og forældrecoaches', alt: ['Evalueringsworkshop med mentorer og forældrecoaches kl. 9-12'] }, responsible: METTE() },
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p143-taarnby-maanedskalender-ark-pr-maaned-aktivitet-i-dagens-celle',
    'libreoffice-fods',
    'Tårnby: the half-year kept in a month calendar from Excel\'s calendar template, one sheet per month ("Januar 2027" … "Juni 2027"), weeks by weekdays ("Uge | man | tir | … | søn"), ISO week numbers in column A, a row of day numbers over a row of entries ("Styregruppemøde kl. 13 (Per)", "Frist: ansøgning om puljemidler", "AFLYST – …"), the theme as the entry cell\'s colour explained by a legend, a theme week merged Monday–Friday, holidays in white cells, one entry never coloured.',
    [
      'month-calendar-sheet-per-month',
      'weekday-grid-day-number-row-over-entry-row',
      'week-number-column',
      'activity-in-day-cell',
      'responsible-in-brackets-after-activity',
      'time-of-day-in-activity-text',
      'deadline-label-in-activity-text',
      'theme-as-cell-colour-with-legend',
      'entry-merged-across-weekdays',
      'holidays-in-calendar',
      'cancelled-word-in-entry',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 16).width(2, 36);
  f.set('A1', 'Mentor- og forældrecoachkorpset – Tårnby Kommune', TITLE);
  f.row('A3', [{ v: 'Kommune', s: BOLD }, 'Tårnby Kommune']);
  f.row('A4', [{ v: 'Periode', s: BOLD }, '1. halvår 2027']);
  f.row('A5', [{ v: 'Fase', s: BOLD }, 'Klargøring']);
  f.row('A6', [{ v: 'Koordinator', s: BOLD }, 'Mette Kjær']);
  f.row('A7', [{ v: 'Leder', s: BOLD }, 'Per Nørgaard']);
  f.set('A9', 'Aktiviteterne står i kalenderen: ét ark pr. måned. Farven viser temaet.');
  p.fact('municipality', '185', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Mette Kjær', F, 'B6');
  p.fact('leader', 'Per Nørgaard', F, 'B7');

  const byDay = new Map(ENTRIES.map((e) => [e.day, e]));
  MONTHS.forEach((name, mi) => {
    const S = `${name} 2027`;
    const s = p.sheet(S);
    s.width(1, 6);
    for (let c = 2; c <= 8; c++) s.width(c, 18);
    s.width(10, 30);
    s.set('A1', S, TITLE).merge('A1:H1');
    s.set('A3', 'Uge', HEAD);
    DAYS.forEach((d, i) => s.set(a1(3, 2 + i), d, HEAD));
    // The legend, as the template's "Forklaring" box.
    s.set('J3', 'Forklaring', BOLD);
    THEMES.forEach(([t, , rgb], i) => s.set(`J${4 + i}`, t, { fill: { rgb } }));

    const first = new Date(Date.UTC(2027, mi, 1));
    const monday = new Date(first);
    monday.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
    let row = 4;
    const last = new Date(Date.UTC(2027, mi + 1, 0));
    for (const w = new Date(monday); w <= last; w.setUTCDate(w.getUTCDate() + 7)) {
      const noteRow = row + 1;
      s.set(`A${row}`, isoWeek(w), BOLD);
      for (let i = 0; i < 7; i++) {
        const d = new Date(w);
        d.setUTCDate(w.getUTCDate() + i);
        if (d.getUTCMonth() !== mi) continue;
        const col = 2 + i;
        s.set(a1(row, col), d.getUTCDate(), BOLD);
        const e = byDay.get(iso(d));
        if (!e) continue;
        const at = a1(noteRow, col);
        const style: Style = e.theme ? { wrap: true, fill: { rgb: FILL.get(e.theme)! } } : WRAP;
        s.set(at, e.text, style);
        let end = d;
        if (e.span) {
          for (let k = 1; k <= e.span; k++) s.set(a1(noteRow, col + k), null, style);
          s.merge(`${at}:${a1(noteRow, col + e.span)}`);
          end = new Date(d);
          end.setUTCDate(d.getUTCDate() + e.span);
        }
        if (e.not) {
          p.notActivity(S, noteRow, e.not);
          continue;
        }
        const x = (v: Exp): ReturnType<typeof toExpected> => toExpected(v, at);
        p.activity(
          S,
          noteRow,
          {
            theme: x(e.themeRead ?? ID.get(e.theme!)!),
            activity: x(e.activity ?? e.text),
            status: x(e.status ?? null),
            start: x(e.span ? iso(d) : null),
            deadline: x(iso(end)),
            responsible: x(e.responsible ?? null),
          },
          undefined,
          colLetters(col),
        );
      }
      row += 2;
    }
  });

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'no', F5: 'partly', F6: 'yes', F7: 'no',
    L1: 'partly', L2: 'no', L3: 'no', L4: ['partly', 'Supervision fra april'], L5: 'yes', L6: 'no', L7: 'no', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['AH', 'mentor', 'Skoleafdelingen', 8, 3],
    ['SK', 'parent_coach', 'Familieafdelingen', 6, 2],
    ['LB', 'both', 'Ungdomsskolen', 10, 4],
    ['TM', 'mentor', 'Jobcenter', 5, 1],
  ]);
  return p;
}
