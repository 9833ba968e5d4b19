// Lemvig (held out, thirty-second round): the activity plan kept as a KANBAN BOARD drawn in cells.
// The status columns run across ("Ikke startet | I gang (maks. 4) | Venter | Færdig", each header
// in its own colour, a work-in-progress limit in the "I gang" header), the themes are SWIMLANES:
// row bands with the theme's name merged down column A over its band (one or two rows). Each card
// is one yellow cell (green once it is done) of lines: the activity, "Ansvarlig: Per Lund", and
// "Frist: 15/3" (a day and month; the year is the plan's) or "Start: 1/2" and "Frist: 12/3". Cards
// of one lane stand side by side in different status columns on the same row; one lane has no
// card. She moves a card to the next column when its status changes; a line under the board says
// how the cards are written. Cover, checklist and corps on sheets of their own. Hand-built package.
//
// A careful reader takes each card as an activity known by its cell: the theme from its lane, the
// status from its column (the "Venter" column, waiting, is no status of the list: a card that
// waits after being started, in progress, to be asked), the first line as the activity and the
// labelled lines as responsible, start and deadline in 2027.

import { colLetters, type Style } from '../build/model';
import { PlanBuilder, toExpected, type Exp } from '../build/plan';
import { BOLD, TITLE } from './common';
import { checklistSheet, corpsSheet } from './departments';

const CARD: Style = { wrap: true, fill: { rgb: 'FFF2CC' } };
const DONE_CARD: Style = { wrap: true, fill: { rgb: 'E2EFDA' } };
const LANE: Style = { bold: true, wrap: true, fill: { rgb: 'D9E1F2' } };

/** The status columns: header, fill, the status a card in it has. */
const COLUMNS: readonly (readonly [string, string, Exp])[] = [
  ['Ikke startet', 'D9D9D9', 'not_started'],
  ['I gang (maks. 4)', 'FFE699', 'in_progress'],
  [
    'Venter',
    'F4B084',
    {
      v: 'in_progress',
      flag: true,
      alt: ['not_started'],
      note: '"Venter" (waiting) is not on the list; a card moved there after "I gang" waits while in progress: to be asked',
    },
  ],
  ['Færdig', 'A9D08E', 'done'],
];

const PER = (): Exp => ({ v: 'Per Lund' });
const HANNE = (): Exp => ({ v: 'Hanne Dahl' });

/** One card: its status column (0–3), the lines written, and the reading. */
interface Card {
  readonly col: 0 | 1 | 2 | 3;
  readonly lines: readonly string[];
  readonly activity: Exp;
  readonly responsible: Exp;
  readonly start: Exp;
  readonly deadline: Exp;
}

/** A swimlane: the theme's name in column A, its id, and its rows of cards (a row may hold none). */
interface Lane {
  readonly name: string;
  readonly theme: string;
  readonly rows: readonly (readonly Card[])[];
}

const LANES: readonly Lane[] = [
  { name: 'Ledelse', theme: 'leadership', rows: [
    [
      { col: 0, lines: ['Rollebeskrivelse for koordinator og leder', 'Ansvarlig: Per Lund', 'Frist: 30/4'],
        activity: 'Rollebeskrivelse for koordinator og leder', responsible: PER(), start: null, deadline: '2027-04-30' },
      { col: 3, lines: ['Styregruppemøde om mål og måltal', 'Ansvarlig: Per Lund', 'Frist: 29/1'],
        activity: 'Styregruppemøde om mål og måltal', responsible: PER(), start: null, deadline: '2027-01-29' },
    ],
    [
      { col: 1, lines: ['Halvårsstatus til direktionen', 'Ansvarlig: Hanne Dahl', 'Frist: 15/6'],
        activity: 'Halvårsstatus til direktionen', responsible: HANNE(), start: null, deadline: '2027-06-15' },
    ],
  ] },
  { name: 'Kommunikation', theme: 'communication', rows: [
    [
      { col: 1, lines: ['Informationsmøde for skoler og dagtilbud', 'Ansvarlig: Hanne Dahl', 'Start: 1/2', 'Frist: 12/3'],
        activity: 'Informationsmøde for skoler og dagtilbud', responsible: HANNE(), start: '2027-02-01', deadline: '2027-03-12' },
      { col: 3, lines: ['Opslag om korpset på intranettet', 'Ansvarlig: Hanne Dahl', 'Frist: 22/1'],
        activity: 'Opslag om korpset på intranettet', responsible: HANNE(), start: null, deadline: '2027-01-22' },
    ],
    [
      { col: 2, lines: ['Nyhedsbrev til forældre i indskolingen', 'Ansvarlig: Søren Bach', 'Frist: 31/3'],
        activity: 'Nyhedsbrev til forældre i indskolingen', responsible: 'Søren Bach', start: null, deadline: '2027-03-31' },
    ],
  ] },
  { name: 'Inddragelse', theme: 'involvement', rows: [
    [
      { col: 0, lines: ['Forældrepanel om forløbenes indhold', 'Ansvarlig: Søren Bach', 'Frist: 28/5'],
        activity: 'Forældrepanel om forløbenes indhold', responsible: 'Søren Bach', start: null, deadline: '2027-05-28' },
    ],
  ] },
  { name: 'Opkvalificering', theme: 'upskilling', rows: [
    [
      { col: 1, lines: ['LAT-kursus for nye mentorer', 'Ansvarlig: Lone Krog', 'Start: 8/2', 'Frist: 21/5'],
        activity: 'LAT-kursus for nye mentorer', responsible: 'Lone Krog', start: '2027-02-08', deadline: '2027-05-21' },
    ],
    [
      { col: 0, lines: ['Supervision af forældrecoaches', 'Ansvarlig: Lone Krog'],
        activity: 'Supervision af forældrecoaches', responsible: 'Lone Krog', start: null, deadline: null },
    ],
  ] },
  { name: 'Arbejdsproces og kultur', theme: 'process_culture', rows: [
    [
      { col: 3, lines: ['Aftale om sparring hver anden uge', 'Ansvarlig: Lone Krog', 'Start: 11/1', 'Frist: 26/2'],
        activity: 'Aftale om sparring hver anden uge', responsible: 'Lone Krog', start: '2027-01-11', deadline: '2027-02-26' },
    ],
  ] },
  { name: 'Organisering, roller og ansvar', theme: 'organisation_roles', rows: [[]] },
  { name: 'Opfølgning på dokumentation', theme: 'documentation', rows: [
    [
      { col: 2, lines: ['Dataudtræk fra dokumentationsplatformen', 'Ansvarlig: Hanne Dahl', 'Frist: 19/3'],
        activity: 'Dataudtræk fra dokumentationsplatformen', responsible: HANNE(), start: null, deadline: '2027-03-19' },
    ],
  ] },
  { name: 'Evaluering og tilpasning', theme: 'evaluation', rows: [
    [
      { col: 0, lines: ['Midtvejsevaluering med korpset', 'Ansvarlig: Per Lund', 'Frist: 18/6'],
        activity: 'Midtvejsevaluering med korpset', responsible: PER(), start: null, deadline: '2027-06-18' },
    ],
  ] },
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p145-lemvig-kanbantavle-statuskolonner-temabaner-kort-i-celler',
    'hand-built',
    'Lemvig: the activity plan as a Kanban board drawn in cells: status columns "Ikke startet | I gang (maks. 4) | Venter | Færdig", themes as swimlanes (the theme merged down column A over its band of one or two rows, one lane empty), each card one filled cell of lines ("Styregruppemøde om mål og måltal⏎Ansvarlig: Per Lund⏎Frist: 29/1", "Start: 1/2"), cards of one lane side by side in different status columns on the same row, dates without a year.',
    [
      'kanban-board-in-cells',
      'status-as-column-header',
      'swimlanes-theme-merged-down',
      'card-as-one-cell-with-labelled-lines',
      'several-activities-on-one-row',
      'dates-without-year',
      'wip-limit-in-header',
      'empty-swimlane',
      'waiting-column-not-on-status-list',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 16).width(2, 40);
  f.set('A1', 'Mentor- og forældrecoachkorpset i Lemvig Kommune', TITLE);
  f.row('A3', [{ v: 'Kommune', s: BOLD }, 'Lemvig Kommune']);
  f.row('A4', [{ v: 'Halvår', s: BOLD }, '1. halvår 2027']);
  f.row('A5', [{ v: 'Fase', s: BOLD }, 'Klargøring']);
  f.row('A6', [{ v: 'Koordinator', s: BOLD }, 'Hanne Dahl']);
  f.row('A7', [{ v: 'Leder', s: BOLD }, 'Per Lund']);
  f.set('A9', 'Handleplanen er tavlen på arket "Tavle".');
  p.fact('municipality', '665', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Hanne Dahl', F, 'B6');
  p.fact('leader', 'Per Lund', F, 'B7');

  const S = 'Tavle';
  const s = p.sheet(S);
  s.width(1, 22);
  for (let c = 2; c <= 5; c++) s.width(c, 34);
  s.set('A1', 'Kanban-tavle – handleplan 1. halvår 2027', TITLE).merge('A1:E1');
  s.set('A2', 'Opdateret 27/11-2026. Flyt kortet til næste kolonne, når status ændres.').merge('A2:E2');
  s.set('A3', 'Tema', LANE);
  COLUMNS.forEach(([h, rgb], i) => s.set(`${colLetters(2 + i)}3`, h, { bold: true, fill: { rgb } }));

  let row = 4;
  for (const lane of LANES) {
    const first = row;
    lane.rows.forEach((cards, k) => {
      const r = first + k;
      if (k === 0) s.set(`A${r}`, lane.name, LANE);
      else s.set(`A${r}`, null, LANE);
      for (const c of cards) {
        const col = colLetters(2 + c.col);
        const at = `${col}${r}`;
        s.set(at, c.lines.join('\n'), c.col === 3 ? DONE_CARD : CARD);
        const x = (v: Exp): ReturnType<typeof toExpected> => toExpected(v, at, S);
        p.activity(
          S,
          r,
          {
            theme: x(lane.theme),
            activity: x(c.activity),
            status: x(COLUMNS[c.col]![2]),
            start: x(c.start),
            deadline: x(c.deadline),
            responsible: x(c.responsible),
          },
          undefined,
          col,
        );
      }
    });
    const last = first + lane.rows.length - 1;
    if (last > first) s.merge(`A${first}:A${last}`);
    row = last + 1;
  }
  row++;
  s.set(`A${row}`, 'Kort: aktivitet, "Ansvarlig:" og "Frist:" på hver sin linje. Højst 4 kort i "I gang".');
  p.notActivity(S, row, 'a line under the board saying how cards are written');

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'no', F6: 'partly', F7: 'no',
    L1: 'yes', L2: 'partly', L3: 'no', L4: ['partly', 'Supervision aftales i marts'], L5: 'yes', L6: 'no', L7: 'partly', L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['MB', 'mentor', 'Skole og Dagtilbud', 6, 2],
    ['JT', 'parent_coach', 'Familieafdelingen', 8, 3],
    ['KV', 'both', 'Ungdomsskolen', 10, 4],
  ]);
  return p;
}
