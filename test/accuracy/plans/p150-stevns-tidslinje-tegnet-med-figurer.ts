// Stevns (held out, thirty-fourth round): the activity plan exists ONLY AS SHAPES on the sheet
// "Tidslinje" (Insert › Shapes and Text Box, xl/drawings/drawing1.xml). A thick arrow runs across
// the half-year, month names as text boxes over it; each activity is a rounded rectangle placed
// above or below the arrow at its time, its text in lines ("Forældremøde på skolerne⏎uge 36–38⏎
// Ansvarlig: Mette", the label bold in a run of its own, "Ansv.: Ali" once), a last line "✔
// Gennemført" or "AFLYST" on four. The shape's FILL tells the theme by a legend made of shapes too
// (a group: a rounded rectangle in each theme's colour with the theme's name in it, a diamond "=
// milepæl"): the theme colours given as theme colours (accent1, accent2, accent5 lighter 40 %) or as
// RGB, and one leadership box left in the default shape style's blue (accent1, as the legend's
// Ledelse). Two MILESTONES are diamonds on the arrow holding only a day ("30/9", "15/12"), each named
// by a text box just under it ("Milepæl: …"). An "Obs:" note in a callout. In cells, only three:
// "Opdateret: 1/11-2026", "Af: Mette Holm", "Version 4". Cover, checklist and corps in cells on
// sheets of their own. Hand-built package (xdr:sp, xdr:cxnSp and xdr:grpSp in twoCellAnchors).
//
// What a careful person does: READS the shapes as the plan's activities. The timeline is where the
// plan is — nothing else in the workbook lists the activities —, and every box says what, when and
// who, its colour the theme by the legend beside it; leaving it unread would submit a plan without
// activities. (Had the boxes held no times or the colours no legend, the honest reading would be to
// say that the plan is drawn in shapes and not read.) Each activity is known by its sheet and the
// cell under its top-left corner (the shape's anchor), as a Kanban card or a calendar entry is by its
// cell. The month names, the title, the legend, the milestones' name boxes and the "Obs:" note are no
// activities; a milestone is an activity on its day named by its text box, its theme by its colour.
// Days and weeks without a year are in 2026, the plan's half-year; a week's deadline its Sunday, a
// month's its last day; "fra uge 40" gives a start only. The responsible is the name as written
// ("Mette", the coordinator Mette Holm, just as right).

import type { AnchorPoint, ShapeColour, ShapeDef, ShapeRun } from '../build/model';
import { PlanBuilder, toExpected, type Exp } from '../build/plan';
import { BOLD, TITLE } from './common';
import { checklistSheet, corpsSheet } from './departments';

const EMU_PX = 9525;
const pt = (cell: string, dx = 0, dy = 0): AnchorPoint => ({ cell, dx: dx * EMU_PX, dy: dy * EMU_PX });
/** Moves a cell by whole columns and rows. */
function off(cell: string, dc: number, dr: number): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let n = [...m[1]!].reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0) + dc;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${Number(m[2]) + dr}`;
}

/** The legend: theme name, its id, the colour its shapes are filled with. */
const LEGEND: readonly (readonly [string, string, ShapeColour])[] = [
  ['Ledelse', 'leadership', { scheme: 'accent1' }],
  ['Kommunikation', 'communication', { scheme: 'accent2' }],
  ['Inddragelse', 'involvement', { rgb: '70AD47' }],
  ['Opkvalificering', 'upskilling', { rgb: 'FFC000' }],
  ['Organisering, roller og ansvar', 'organisation_roles', { rgb: 'A5A5A5' }],
  ['Arbejdsproces og kultur', 'process_culture', { scheme: 'accent5', lumMod: 60000, lumOff: 40000 }],
  ['Opfølgning på dokumentation', 'documentation', { rgb: '7030A0' }],
  ['Evaluering og tilpasning', 'evaluation', { rgb: 'C00000' }],
];
const COLOUR = (name: string): ShapeColour => LEGEND.find((l) => l[0] === name)![2];
const ID = (name: string): string => LEGEND.find((l) => l[0] === name)![1];

const METTE = (): Exp => ({ v: 'Mette', alt: ['Mette Holm'] });

/** A box on the timeline: its top-left cell, the theme (its fill), its lines and the reading. */
interface Box {
  readonly at: string;
  readonly theme: string;
  /** Left in the default shape style (accent1 blue) instead of a fill of its own. */
  readonly defaultFill?: true;
  readonly lines: readonly (string | readonly ShapeRun[])[];
  readonly activity: Exp;
  readonly start: Exp;
  readonly deadline: Exp;
  readonly responsible: Exp;
  readonly status: Exp;
}

const who = (label: string, name: string): readonly ShapeRun[] => [{ t: label, b: true }, { t: ` ${name}` }];

const BOXES: readonly Box[] = [
  // Above the arrow, first tier (rows 4–7).
  { at: 'F4', theme: 'Ledelse', lines: ['Styregruppemøde: mål og måltal for korpset', 'uge 33', who('Ansvarlig:', 'Mette'), '✔ Gennemført'],
    activity: 'Styregruppemøde: mål og måltal for korpset', start: null, deadline: '2026-08-16', responsible: METTE(), status: 'done' },
  { at: 'J4', theme: 'Opkvalificering', lines: ['LAT-grundkursus for nye mentorer', '7/9–30/10', who('Ansvarlig:', 'Jesper'), '✔ Gennemført'],
    activity: 'LAT-grundkursus for nye mentorer', start: '2026-09-07', deadline: '2026-10-30', responsible: 'Jesper', status: 'done' },
  { at: 'N4', theme: 'Kommunikation', lines: ['Artikel om korpset i lokalavisen', 'oktober', who('Ansv.:', 'Ali')],
    activity: 'Artikel om korpset i lokalavisen', start: null, deadline: '2026-10-31', responsible: 'Ali', status: null },
  { at: 'R4', theme: 'Inddragelse', lines: ['Ungepanel om mentorforløbene', 'uge 45', who('Ansvarlig:', 'Ali')],
    activity: 'Ungepanel om mentorforløbene', start: null, deadline: '2026-11-08', responsible: 'Ali', status: null },
  { at: 'V4', theme: 'Ledelse', defaultFill: true, lines: ['Halvårsstatus til direktionen', 'senest 18/12', who('Ansvarlig:', 'Mette')],
    activity: 'Halvårsstatus til direktionen', start: null,
    deadline: '2026-12-18', responsible: METTE(), status: null },
  // Above the arrow, second tier (rows 8–11).
  { at: 'F8', theme: 'Organisering, roller og ansvar', lines: ['Rollebeskrivelser for koordinator og mentorer', 'august', who('Ansvarlig:', 'Mette'), '✔ Gennemført'],
    activity: 'Rollebeskrivelser for koordinator og mentorer', start: null, deadline: '2026-08-31', responsible: METTE(), status: 'done' },
  { at: 'K8', theme: 'Inddragelse', lines: ['Dialogmøde med forældrerådet', '24/9', who('Ansvarlig:', 'Lone'), 'AFLYST'],
    activity: 'Dialogmøde med forældrerådet', start: null, deadline: '2026-09-24', responsible: 'Lone', status: 'closed' },
  { at: 'S8', theme: 'Evaluering og tilpasning', lines: ['Midtvejsevaluering med korpset', 'uge 48', who('Ansvarlig:', 'Mette')],
    activity: 'Midtvejsevaluering med korpset', start: null, deadline: '2026-11-29', responsible: METTE(), status: null },
  // Below the arrow, first tier (rows 16–19).
  { at: 'I16', theme: 'Kommunikation', lines: ['Forældremøde på skolerne', 'uge 36–38', who('Ansvarlig:', 'Mette')],
    activity: 'Forældremøde på skolerne', start: '2026-08-31', deadline: '2026-09-20', responsible: METTE(), status: null },
  { at: 'M16', theme: 'Opfølgning på dokumentation', lines: ['Forløb registreres på dokumentationsplatformen', 'fra uge 40', who('Ansvarlig:', 'Lone')],
    activity: 'Forløb registreres på dokumentationsplatformen', start: '2026-09-28', deadline: null, responsible: 'Lone', status: null },
  { at: 'Q16', theme: 'Opkvalificering', lines: ['Supervision af forældrecoaches', 'okt.–dec.', who('Ansvarlig:', 'Jesper')],
    activity: 'Supervision af forældrecoaches', start: '2026-10-01', deadline: '2026-12-31', responsible: 'Jesper', status: null },
  // Below the arrow, second tier (rows 20–23).
  { at: 'H20', theme: 'Arbejdsproces og kultur', lines: ['Fast sparring i korpset hver 14. dag', 'uge 35–51', who('Ansvarlig:', 'Jesper')],
    activity: 'Fast sparring i korpset hver 14. dag', start: '2026-08-24', deadline: '2026-12-20', responsible: 'Jesper', status: null },
]; // prettier-ignore

/** Milestones: the diamond's top-left cell (it sits on the arrow), its theme, the day in it, the name box under it. */
const MILESTONES: readonly {
  readonly at: string;
  readonly theme: string;
  readonly day: string;
  readonly label: string;
  readonly labelAt: string;
  readonly activity: Exp;
  readonly deadline: string;
}[] = [
  { at: 'M12', theme: 'Ledelse', day: '30/9', label: 'Milepæl: Samarbejdsaftaler med alle skoler underskrevet', labelAt: 'L14',
    activity: { v: 'Samarbejdsaftaler med alle skoler underskrevet', alt: ['Milepæl: Samarbejdsaftaler med alle skoler underskrevet'] },
    deadline: '2026-09-30' },
  { at: 'W12', theme: 'Evaluering og tilpasning', day: '15/12', label: 'Milepæl: Evalueringsrapport godkendt i styregruppen', labelAt: 'U14',
    activity: { v: 'Evalueringsrapport godkendt i styregruppen', alt: ['Milepæl: Evalueringsrapport godkendt i styregruppen'] },
    deadline: '2026-12-15' },
]; // prettier-ignore

const MONTHS: readonly (readonly [string, string])[] = [
  ['B12', 'juli'],
  ['F12', 'august'],
  ['J12', 'september'],
  ['N12', 'oktober'],
  ['R12', 'november'],
  ['V12', 'december'],
];

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p150-stevns-tidslinje-tegnet-med-figurer',
    'hand-built',
    'Stevns: the activity plan drawn only as shapes on "Tidslinje": an arrow across the half-year with month names in text boxes, each activity a rounded rectangle above or below it ("Forældremøde på skolerne⏎uge 36–38⏎Ansvarlig: Mette", "✔ Gennemført" or "AFLYST" on four), the fill telling the theme by a legend of shapes in a group (theme colours and RGB; one box left in the default shape blue), two milestone diamonds holding only a day, each named by a text box under it, an "Obs:" callout, and three cells ("Opdateret: 1/11-2026", "Af: Mette Holm", "Version 4"). The key READS the shapes as the activities (the timeline is the only place the plan is, and every box gives what, when, who and by its colour the theme), each known by the cell under its top-left corner.',
    [
      'plan-drawn-in-shapes',
      'timeline-arrow-with-boxes',
      'theme-as-shape-fill-with-legend-of-shapes',
      'legend-grouped-shapes',
      'shape-default-style-fill',
      'milestone-diamond-with-name-box',
      'dates-and-weeks-without-year',
      'responsible-first-name-only',
      'status-line-in-shape-text',
      'note-callout-shape',
      'few-cells-on-timeline-sheet',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 16).width(2, 40);
  f.set('A1', 'Mentor- og forældrecoachindsatsen i Stevns Kommune', TITLE);
  f.row('A3', [{ v: 'Kommune', s: BOLD }, 'Stevns Kommune']);
  f.row('A4', [{ v: 'Halvår', s: BOLD }, '2. halvår 2026']);
  f.row('A5', [{ v: 'Fase', s: BOLD }, 'Indledende implementering']);
  f.row('A6', [{ v: 'Koordinator', s: BOLD }, 'Mette Holm']);
  f.row('A7', [{ v: 'Leder', s: BOLD }, 'Karsten Juul']);
  f.set('A9', 'Handleplanen er tegnet som tidslinje på arket "Tidslinje".');
  p.fact('municipality', '336', F, 'B3');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Mette Holm', F, 'B6');
  p.fact('leader', 'Karsten Juul', F, 'B7');

  const T = 'Tidslinje';
  const t = p.sheet(T);
  t.width(1, 22);
  t.set('A1', 'Opdateret: 1/11-2026');
  t.set('A2', 'Af: Mette Holm');
  t.set('A3', 'Version 4');
  const shapes: ShapeDef[] = [];
  let n = 0;
  const name = (kind: string): string => `${kind} ${++n}`;
  shapes.push({
    name: name('Tekstfelt'),
    geom: 'rect',
    textBox: true,
    from: pt('E1'),
    to: pt('R3'),
    fill: 'none',
    line: 'none',
    text: [[{ t: 'Tidslinje for mentor- og forældrecoachindsatsen – 2. halvår 2026', b: true }]],
  });
  shapes.push({
    name: name('Lige pilforbindelse'),
    geom: 'straightConnector1',
    connector: true,
    from: pt('B13', 0, 10),
    to: pt('Z13', 0, 10),
    line: { rgb: '404040' },
  });
  for (const [at, month] of MONTHS)
    shapes.push({
      name: name('Tekstfelt'),
      geom: 'rect',
      textBox: true,
      from: pt(at, 4, 0),
      to: pt(off(at, 2, 1), 0, 0),
      fill: 'none',
      line: 'none',
      text: [month],
    });
  const x = (v: Exp, cell: string): ReturnType<typeof toExpected> => toExpected(v, cell, T);
  for (const b of BOXES) {
    shapes.push({
      name: name('Afrundet rektangel'),
      geom: 'roundRect',
      from: pt(b.at, 4, 2),
      to: pt(off(b.at, 4, 3), 0, 16),
      ...(b.defaultFill ? {} : { fill: COLOUR(b.theme) }),
      text: b.lines,
    });
    const { row, col } = split(b.at);
    p.activity(
      T,
      row,
      {
        theme: x(ID(b.theme), b.at),
        activity: x(b.activity, b.at),
        status: x(b.status, b.at),
        start: x(b.start, b.at),
        deadline: x(b.deadline, b.at),
        responsible: x(b.responsible, b.at),
      },
      undefined,
      col,
    );
  }
  for (const m of MILESTONES) {
    shapes.push({
      name: name('Rombe'),
      geom: 'diamond',
      from: pt(m.at, 8, 14),
      to: pt(off(m.at, 1, 2), 56, 6),
      fill: COLOUR(m.theme),
      text: [m.day],
    });
    shapes.push({
      name: name('Tekstfelt'),
      geom: 'rect',
      textBox: true,
      from: pt(m.labelAt, 0, 8),
      to: pt(off(m.labelAt, 5, 2), 0, 0),
      fill: 'none',
      line: 'none',
      text: [m.label],
    });
    const { row, col } = split(m.at);
    p.activity(
      T,
      row,
      {
        theme: x(ID(m.theme), m.at),
        activity: x(m.activity, m.at),
        status: x(null, m.at),
        start: x(null, m.at),
        deadline: x(m.deadline, m.at),
        responsible: x(null, m.at),
      },
      undefined,
      col,
    );
  }
  shapes.push({
    name: name('Talebobleform: rektangel'),
    geom: 'wedgeRectCallout',
    from: pt('N20', 8, 4),
    to: pt('R23', 0, 10),
    fill: { rgb: 'FFF2CC' },
    line: { rgb: 'BF9000' },
    text: ['Obs: datoerne for forældremøderne afhænger af skolernes kalender'],
  });
  // The legend: a group of a heading, a box per theme in its colour with its name, a diamond "= milepæl".
  const legend: ShapeDef[] = [
    {
      name: name('Tekstfelt'),
      geom: 'rect',
      textBox: true,
      from: pt('B26'),
      to: pt('D27'),
      fill: 'none',
      line: 'none',
      text: [[{ t: 'Forklaring:', b: true }]],
    },
  ];
  LEGEND.forEach(([theme, , colour], i) => {
    const at = `${String.fromCharCode(68 + 3 * (i % 4))}${26 + 2 * Math.floor(i / 4)}`;
    legend.push({
      name: name('Afrundet rektangel'),
      geom: 'roundRect',
      from: pt(at, 2, 2),
      to: pt(off(at, 3, 2), 0, 0),
      fill: colour,
      text: [theme],
    });
  });
  legend.push(
    {
      name: name('Rombe'),
      geom: 'diamond',
      from: pt('P26', 8, 4),
      to: pt('P27', 40, 16),
      fill: { rgb: '404040' },
    },
    {
      name: name('Tekstfelt'),
      geom: 'rect',
      textBox: true,
      from: pt('Q26'),
      to: pt('S28'),
      fill: 'none',
      line: 'none',
      text: ['= milepæl'],
    },
  );
  shapes.push({ name: name('Gruppe'), geom: 'rect', from: pt('B26'), to: pt('S30'), children: legend });
  t.shapes.push(...shapes);
  p.notActivity(
    T,
    1,
    'the cells "Opdateret: 1/11-2026", "Af: Mette Holm", "Version 4" and the title text box',
  );

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'no',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'no', L5: ['partly', 'Kommunikationsplan færdig i januar'], L6: 'yes', L7: 'partly', L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['JB', 'mentor', 'Skole og Dagtilbud', 8, 3],
    ['LK', 'parent_coach', 'Familieafdelingen', 6, 2],
    ['AØ', 'both', 'Ungdomsskolen', 12, 4],
  ]);
  return p;
}

/** The row and column letters of an A1 address. */
function split(cell: string): { row: number; col: string } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return { row: Number(m[2]), col: m[1]! };
}
