// Egedal (held out, sixteenth round): the plan kept as the coordinator's week calendar for the
// half-year: one row for EVERY week ("Uge" 33 … 52, the Monday beside it as a date, each after the
// first a formula "=B4+7"), most weeks empty, the activities written in the week they happen; a
// second activity in the same week on a row under it with the week left blank; the school holidays
// written across the row ("EFTERÅRSFERIE", "JULEFERIE", merged). The coordinator mixes Danish and
// English as she types: headers "Activity", "Tema", "Responsible", "Status", "Notes"; themes
// "Comms", "Upskilling", "Roles & responsibilities", "Evaluation" beside Danish ones; statuses
// "Done", "Ongoing", "On hold", "igang", "Not started", "Planned", "Cancelled!!"; the cover facts on
// a sheet "Info" with English labels. Hand-built package.

import { a1 } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import type { ExpectedValue } from '../expected';
import { BOLD, HEAD, TITLE } from './common';

const ev = (e: Exp, cell: string): ExpectedValue =>
  e !== null && typeof e === 'object'
    ? {
        value: e.v,
        cell,
        ...(e.flag ? { flag: true as const } : {}),
        ...(e.alt ? { alt: [...e.alt] } : {}),
        ...(e.note ? { note: e.note } : {}),
      }
    : { value: e, cell };

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Comms: 'communication',
  Kommunikation: 'communication',
  Upskilling: 'upskilling',
  Opkvalificering: 'upskilling',
  'Arbejdsproces og kultur': 'process_culture',
  Inddragelse: 'involvement',
  'Roles & responsibilities': 'organisation_roles',
  Dokumentation: 'documentation',
  Evaluation: 'evaluation',
};
const ST: Record<string, Exp> = {
  Done: 'done',
  Ongoing: 'in_progress',
  igang: 'in_progress',
  'On hold': { v: 'changed', alt: ['not_started'], note: 'paused, as "Sat i bero"' },
  'Not started': 'not_started',
  Planned: 'not_started',
  'Cancelled!!': 'closed',
};

/** Monday of ISO week n of 2026 (week 1 begins Monday 29 December 2025), plus `days`. */
function weekDay(n: number, days: number): string {
  const t = Date.UTC(2025, 11, 29) + ((n - 1) * 7 + days) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p96-egedal-ugekalender-dansk-engelsk-blandet',
    'hand-built',
    'Egedal: the plan as a week calendar: a row for every week 33–52 with its Monday (formulas "=B4+7"), most weeks empty, activities in their week, a second one in a week on a row under it with the week blank, school holidays written across the row; Danish and English mixed ("Activity", "Responsible", "Comms", "Upskilling", "Done", "Ongoing", "On hold", "igang", "Cancelled!!").',
    [
      'week-calendar-row-per-week',
      'empty-week-rows',
      'monday-date-column-formulas',
      'continuation-row-same-week',
      'holiday-rows-merged',
      'danish-english-mixed-headers',
      'english-status-words-mixed',
      'english-theme-words-mixed',
      'cover-english-labels',
    ],
  );

  const F = 'Info';
  const f = p.sheet(F);
  f.width(1, 16).width(2, 34);
  f.row('A1', [{ v: 'Municipality', s: BOLD }, 'Egedal Kommune']);
  f.row('A2', [{ v: 'Period', s: BOLD }, 'H2 2026']);
  f.row('A3', [{ v: 'Phase', s: BOLD }, 'Klargøring']);
  f.row('A4', [{ v: 'Coordinator', s: BOLD }, 'Camilla Brix']);
  f.row('A5', [{ v: 'Leder', s: BOLD }, 'Thomas Mørk']);
  p.fact('municipality', '240', F, 'B1');
  p.fact('period', '2026-H2', F, 'B2');
  p.fact('phase', 'readiness', F, 'B3');
  p.fact('coordinator', 'Camilla Brix', F, 'B4');
  p.fact('leader', 'Thomas Mørk', F, 'B5');

  const S = 'Kalender H2';
  const s = p.sheet(S);
  s.width(1, 6).width(2, 12).width(3, 44).width(4, 24).width(5, 18).width(6, 12).width(7, 26);
  s.set('A1', 'Ugekalender – mentor & parent coach corps, H2 2026', TITLE);
  s.row('A3', ['Uge', 'Mandag', 'Activity', 'Tema', 'Responsible', 'Status', 'Notes'], HEAD);

  // Per week: nothing, a holiday, or one or more activities [activity, theme, responsible, status, notes].
  type A = [string, string, string, string, string?];
  const weeks: Record<number, A[] | string> = {
    34: [['Kick-off med ledergruppen', 'Ledelse', 'Thomas Mørk', 'Done']],
    36: [
      ['Infomøde for skolelederne', 'Comms', 'Camilla Brix', 'Done'],
      ['Opslag på intranettet om korpset', 'Kommunikation', 'Camilla Brix', 'Done'],
    ],
    38: [['LAT-kursus, modul 1', 'Upskilling', 'Nationalt center', 'Done']],
    40: [['Sparringsmøde for mentorer (fast hver 2. uge herefter)', 'Arbejdsproces og kultur', 'Camilla Brix', 'Ongoing']],
    42: 'EFTERÅRSFERIE',
    43: [['Fokusgruppe med forældre', 'Inddragelse', 'Camilla Brix', 'On hold', 'venter på lokaler']],
    45: [['Rollebeskrivelser godkendes i styregruppen', 'Roles & responsibilities', 'Thomas Mørk', 'igang']],
    47: [['Dataudtræk fra fagsystemet', 'Dokumentation', 'Camilla B.', 'Not started']],
    48: [['Temadag om forældresamtaler', 'Opkvalificering', 'Camilla Brix', 'Cancelled!!', 'for få tilmeldte']],
    50: [['Midtvejsevaluering med korpset', 'Evaluation', 'Thomas Mørk', 'Not started']],
    51: [['Nyhedsbrev nr. 2 til forældre', 'Comms', 'Camilla Brix', 'Planned']],
    52: 'JULEFERIE',
  }; // prettier-ignore
  const DATE = { fmt: 'dd-mm-yyyy' };
  let r = 4;
  for (let w = 33; w <= 52; w++) {
    const monday = weekDay(w, 0);
    s.set(`A${r}`, w);
    s.set(
      `B${r}`,
      w === 33
        ? { v: { date: monday }, s: DATE }
        : { v: { date: monday }, f: `B${r - 1 - extraAbove(r)}+7`, s: DATE },
    );
    const entry = weeks[w];
    if (entry === undefined) {
      p.notActivity(S, r, `week ${w}: nothing planned`);
      r++;
      continue;
    }
    if (typeof entry === 'string') {
      s.set(`C${r}`, entry, BOLD).merge(`C${r}:G${r}`);
      p.notActivity(S, r, `week ${w}: a school holiday`);
      r++;
      continue;
    }
    entry.forEach(([act, tema, ans, status, note], i) => {
      if (i > 0) r++;
      s.row(a1(r, 3), [act, tema, ans, status, note ?? null]);
      // The week's own row holds the week and its Monday; a second activity in the week is read in it.
      const weekCell = i === 0 ? `A${r}` : `A${r - i}`;
      p.activity(S, r, {
        theme: ev(TH[tema]!, `D${r}`),
        activity: ev(act, `C${r}`),
        status: ev(ST[status]!, `F${r}`),
        start: ev(null, weekCell),
        deadline: ev(
          {
            v: weekDay(w, 6),
            alt: [monday],
            note: `week ${w}: its Sunday, as a week is read; the Monday shown beside it is as right`,
          },
          weekCell,
        ),
        responsible: ev(ans, `E${r}`),
      });
    });
    r++;
  }
  return p;

  /** Rows between this row and the previous week's row (continuation rows of a week). */
  function extraAbove(row: number): number {
    let n = 0;
    while (s.get(`A${row - 1 - n}`) === undefined && row - 1 - n > 3) n++;
    return n;
  }
}
