// The effort's activities drawn as SHAPES on a sheet: a timeline (an arrow across the half-year,
// month names over it) with a box per activity above or below it, its text in lines
// ("Forældremøde på skolerne⏎uge 36–38⏎Ansvarlig: Mette"), its fill the theme by a legend of shapes
// in the same colours ("Ledelse", "Kommunikation" … each in its colour), milestones as diamonds
// holding only their day ("30/9") with their name in a text box beside them.
//
//      ┌────────────────────┐   ┌────────────────────┐
//      │ Styregruppemøde    │   │ LAT-grundkursus    │
//      │ uge 33             │   │ 7/9–30/10          │
//      │ Ansvarlig: Mette   │   │ Ansvarlig: Jesper  │
//      └────────────────────┘   └────────────────────┘
//   juli        august       september ◆30/9  oktober …
//   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━▶
//                                Milepæl: Samarbejdsaftaler …
//
// A careful reader reads the timeline as the plan it is (nothing else in the workbook lists the
// activities): each box with a time or a labelled field is an activity known by the cell under its
// top-left corner (as a Kanban card or a calendar entry is by its cell); its first line that names
// no field, time or status is the activity, a line that is a time its time ("fra uge 40" its start),
// a status word its status ("✔ Gennemført", "AFLYST"), a labelled line ("Ansvarlig:", "Ansv.:",
// "Frist:") the field it names, and its fill the theme whose legend entry has that fill. A shape
// holding only a day, not a text box, is a milestone named by the shape beside it ("Milepæl: …").
// Month names, the legend and the arrow are the drawing's frame; a title or a note ("Obs: …") is
// listed as not placed at its shape's cell. The sheet is read as the plan table these readings make
// (one row a shape), every place moved back to the shape's cell at the end (sideways.ts movedBack).
//
// Only a sheet with three or more such boxes whose cells hold fewer texts than it has boxes (a
// plan table in the cells with a few callouts beside it is read from its cells). The shapes come
// from the file (core/xlsx); the add-in's grid holds none (see drawnPlanCheck).

import { readDateText } from '../dates';
import { a1, type GridCell, type GridShape, type GridSheet } from '../grid';
import type { ReadCheck, Unmapped } from '../schema';
import { headingTheme } from './activities';
import { cardLabel, type CardField } from './cards';
import { statusHeading } from './kanban';
import { displayText } from './sheet';
import type { SheetMover } from './sideways';

/** Boxes that make a timeline. */
const MIN_BOXES = 3;

/** A labelled line: "Ansvarlig: Mette", "Ansv.: Ali", "Frist: 15/3". */
const LABELLED = /^([\p{L}][\p{L}.\s/&-]{0,30}?)\s*:\s*(\S.*)$/u;

/** Marks before a status word ("✔ Gennemført", "• I gang"). */
const LEADING_MARK = /^[\s✔✓☑✅✗✘❌☒•*·–—-]+/u;

/** "fra uge 40", "fra og med 1/9", "from week 40": a start alone. */
const FROM = /^(?:fra\s+og\s+med|fra|from|starter|start)\s+(.+)$/iu;

/** Whether a line is a time: a day, week, month or range, with or without a year. */
function isTime(line: string): boolean {
  return readDateText(line, { year: 2000 }) !== undefined;
}

/** The status a line names ("✔ Gennemført", "AFLYST"), as written without its mark. */
function statusLine(line: string): string | undefined {
  const bare = line.replace(LEADING_MARK, '').trim();
  if (bare === '' || bare.length > 30) return undefined;
  return statusHeading(bare) === undefined ? undefined : bare;
}

/** A shape's text read as an activity's fields; undefined when it names no activity with a time or field. */
interface Reading {
  activity?: string;
  theme?: string;
  status?: string;
  start?: string;
  when?: string;
  responsible?: string;
  milestone?: string;
}

export function readBox(text: string): Reading | undefined {
  const out: Reading = {};
  let fields = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = LABELLED.exec(line);
    const field: CardField | undefined = m ? cardLabel(m[1] ?? '') : undefined;
    if (m && field) {
      const value = (m[2] ?? '').trim();
      if (field === 'deadline') out.when ??= value;
      else if (field === 'start') out.start ??= value;
      else if (field === 'milestone') out.milestone ??= value;
      else out[field] ??= value;
      if (field !== 'activity' && field !== 'milestone') fields++;
      continue;
    }
    const from = FROM.exec(line);
    if (from && isTime(from[1] ?? '')) {
      out.start ??= (from[1] ?? '').trim();
      fields++;
      continue;
    }
    if (isTime(line)) {
      if (out.when === undefined) {
        out.when = line;
        fields++;
      }
      continue;
    }
    const status = statusLine(line);
    if (status !== undefined && out.activity !== undefined) {
      out.status ??= status;
      continue;
    }
    // The first free line is the activity; further free lines describe it.
    out.activity ??= line;
  }
  if (out.activity === undefined && out.milestone !== undefined) out.activity = out.milestone;
  if (out.activity === undefined || fields === 0) return undefined;
  return out;
}

/** Whether two shapes' cells touch or overlap (a name box beside its milestone). */
function touching(a: GridShape, b: GridShape): boolean {
  return a.r <= b.r2 + 1 && b.r <= a.r2 + 1 && a.c <= b.c2 + 1 && b.c <= a.c2 + 1;
}

/** How far apart two shapes' centres are, in cells. */
function distance(a: GridShape, b: GridShape): number {
  return Math.hypot((a.r + a.r2 - b.r - b.r2) / 2, (a.c + a.c2 - b.c - b.c2) / 2);
}

/** A timeline's sheet, read as the plan table its boxes make. */
export interface Timeline extends SheetMover {
  readonly sheet: GridSheet;
  /** The boxes and milestones read as activities. */
  readonly boxes: number;
  /** The first box's cell (A1): where the check stands. */
  readonly at: string;
  /** Boxes whose fill no legend names (their theme not read). */
  readonly unnamedFills: number;
}

/**
 * The sheet read as the plan table its shapes make, or undefined when it is no timeline drawn in
 * shapes. `legend`: the themes' names by colour in the workbook's cells (a legend kept in cells).
 */
export function timelineSheet(
  sheet: GridSheet,
  date1904: boolean,
  legend: () => ReadonlyMap<string, string>,
): Timeline | undefined {
  // Cheap first: shapes with text, more of them than texts in the cells.
  const shapes = sheet.shapes;
  if (shapes === undefined || shapes.length < MIN_BOXES) return undefined;
  const texts = sheet.cells.filter((c) => c.t === 's').length;
  if (texts >= shapes.length) return undefined;

  // The legend: a shape whose whole text is a theme's name, in the shape's fill (or the fill of a
  // shape with no text just left of it).
  const fills = new Map<string, string>();
  const legendShapes = new Set<GridShape>();
  for (const s of shapes) {
    const name = s.text.trim().replace(/[:.]$/u, '');
    if (name === '' || name.includes('\n') || headingTheme(name) === undefined) continue;
    const swatch =
      s.fill ??
      shapes.find(
        (o) =>
          o.text === '' &&
          o.fill !== undefined &&
          o.r <= s.r2 &&
          s.r <= o.r2 &&
          o.c2 <= s.c &&
          o.c2 >= s.c - 1,
      )?.fill;
    if (swatch === undefined) continue;
    legendShapes.add(s);
    if (!fills.has(swatch)) fills.set(swatch, name);
  }
  const themeOf = (fill: string | undefined): string | undefined =>
    fill === undefined ? undefined : (fills.get(fill) ?? legend().get(fill));

  type Box = { shape: GridShape; reading: Reading };
  const boxes: Box[] = [];
  const used = new Set<GridShape>(legendShapes);
  for (const s of shapes) {
    if (used.has(s) || s.text === '') continue;
    const reading = readBox(s.text);
    if (reading) {
      boxes.push({ shape: s, reading });
      used.add(s);
    }
  }
  // Milestones: a shape (no text box) holding only a day, named by the shape touching it.
  for (const s of shapes) {
    if (used.has(s) || s.textBox || s.text.includes('\n')) continue;
    const day = readDateText(s.text.trim(), { year: 2000 });
    if (!day?.exact || day.range) continue;
    const names = shapes
      .filter((o) => o !== s && !used.has(o) && o.text !== '' && !isTime(o.text.trim()) && touching(s, o))
      .sort((a, b) => distance(s, a) - distance(s, b));
    const label = names[0];
    if (label === undefined) continue;
    const named = readBox(`${label.text}\n${s.text.trim()}`);
    if (!named) continue;
    boxes.push({ shape: s, reading: named });
    used.add(s);
    used.add(label);
  }
  if (boxes.length < MIN_BOXES) return undefined;
  boxes.sort((a, b) => a.shape.r - b.shape.r || a.shape.c - b.shape.c);

  const HEAD = ['Aktivitet', 'Tema', 'Status', 'Start', 'Hvornår', 'Ansvarlig', 'Milepæl'];
  const cells: GridCell[] = HEAD.map((v, c) => ({ r: 0, c, v, t: 's' as const }));
  const first = boxes[0]!.shape;
  const headAt = a1(first.r, first.c);
  const places = new Map<string, string>();
  HEAD.forEach((_, c) => places.set(a1(0, c), headAt));
  const sources: { row: number; col: number }[] = [];
  let unnamedFills = 0;
  boxes.forEach(({ shape, reading }, i) => {
    const r = i + 1;
    const theme = reading.theme ?? themeOf(shape.fill);
    if (reading.theme === undefined && theme === undefined && shape.fill !== undefined) unnamedFills++;
    const values = [
      reading.activity,
      theme,
      reading.status,
      reading.start,
      reading.when,
      reading.responsible,
      reading.milestone,
    ];
    values.forEach((v, c) => {
      if (v !== undefined && v !== '') cells.push({ r, c, v, t: 's' });
      places.set(a1(r, c), a1(shape.r, shape.c));
    });
    sources.push({ row: shape.r + 1, col: shape.c + 1 });
  });
  // The sheet's own cells and the shapes no reading took (a title, a note) are not placed; the
  // month names over the arrow (times alone) and the legend are the drawing's frame.
  const outside: Unmapped[] = [];
  for (const cell of sheet.cells) {
    const value = displayText(cell, date1904);
    if (value.trim() !== '') outside.push({ sheet: sheet.name, cell: a1(cell.r, cell.c), value });
  }
  for (const s of shapes) {
    const text = s.text.trim();
    if (used.has(s) || text === '' || isTime(text)) continue;
    // The legend's heading and its notes ("Forklaring:", "◆ = milepæl") stand by its entries.
    if (
      [...legendShapes].some(
        (l) => touching(s, l) || shapes.some((o) => o.text === '' && touching(s, o) && touching(o, l)),
      )
    )
      continue;
    outside.push({ sheet: sheet.name, cell: a1(s.r, s.c), value: text.replace(/\n/gu, ' ') });
  }
  const readSheet: GridSheet = {
    name: sheet.name,
    state: sheet.state,
    cells,
    merges: [],
    comments: [],
    tables: [],
    drawings: sheet.drawings,
  };
  return {
    sheet: readSheet,
    boxes: boxes.length,
    at: headAt,
    unnamedFills,
    outside,
    back: (cell) => places.get(cell) ?? headAt,
    source: (row) => sources[row - 2] ?? { row: first.r + 1, col: first.c + 1 },
  };
}

/** The check at the first box that says how the timeline was read. */
export function timelineCheck(name: string, t: Timeline): ReadCheck {
  const unnamed =
    t.unnamedFills > 0
      ? {
          da: ` ${t.unnamedFills} figur(er) har en farve, som forklaringen ikke nævner: deres tema er ikke læst.`,
          en: ` ${t.unnamedFills} shape(s) have a colour the legend does not name: their theme was not read.`,
        }
      : { da: '', en: '' };
  return {
    sheet: name,
    cell: t.at,
    field: 'column',
    value: `timeline: ${t.boxes}`,
    confidence: 0.85,
    reason: {
      da: `Handleplanen er tegnet som figurer på arket (en tidslinje): hver figur med en tid eller en ansvarlig er læst som en aktivitet (${t.boxes} i alt) ved cellen under figurens øverste venstre hjørne, dens første linje som aktivitet, linjen med tiden som frist, "Ansvarlig:" som ansvarlig og figurens farve som tema efter forklaringen.${unnamed.da} Skabelonen har én række pr. aktivitet.`,
      en: `The plan is drawn as shapes on the sheet (a timeline): each shape with a time or a responsible was read as an activity (${t.boxes} in all) at the cell under its top-left corner, its first line as the activity, the line with the time as the deadline, "Ansvarlig:" as the responsible and the shape's colour as the theme by the legend.${unnamed.en} The template has one row per activity.`,
    },
  };
}

/**
 * Where the grid lists shapes on a sheet but holds none of their text (the add-in's grid: Office.js
 * gives no form control at all, and a shape's place only in points) and the reading has a gap — no
 * activity, an activity without a status, a checklist question unanswered —, a check at the sheet's
 * first cell says that what is drawn there is not read here and is read from the file: a plan drawn
 * as a timeline of shapes, answers given with option buttons, check boxes or drop-downs.
 */
export function drawnPlanChecks(
  sheets: readonly GridSheet[],
  draft: {
    readonly activities: readonly { readonly values: { readonly status?: unknown } }[];
    readonly checklist: readonly { readonly answer: unknown }[];
  },
): ReadCheck[] {
  const unread = sheets.filter(
    (s) => s.shapes === undefined && s.state === 'visible' && s.drawings.some((d) => d.kind === 'shape'),
  );
  if (unread.length === 0) return [];
  const gap =
    draft.activities.length === 0 ||
    draft.activities.some((a) => a.values.status === undefined) ||
    draft.checklist.some((a) => a.answer === null);
  if (!gap) return [];
  return unread.map((s) => {
    const n = s.drawings.filter((d) => d.kind === 'shape').length;
    return {
      sheet: s.name,
      cell: 'A1',
      field: 'drawing',
      value: `${n}`,
      confidence: 0.5,
      reason: {
        da: `Arket "${s.name}" har ${n} figur(er) eller formularelement(er), som ikke kan læses her (Excel giver ikke tilføjelsesprogrammer deres tekst og placering): en handleplan tegnet som en tidslinje af figurer, eller svar givet med alternativknapper, afkrydsningsfelter eller rullelister. Mangler der aktiviteter, statusser eller svar, som står dér, så åbn filen på korpsplans webside: den læser dem fra filen, som tjenesten gør, når planen indsendes.`,
        en: `The sheet "${s.name}" has ${n} shape(s) or form control(s) that cannot be read here (Excel does not give add-ins their text and place): a plan drawn as a timeline of shapes, or answers given with option buttons, check boxes or drop-down lists. If activities, statuses or answers kept there are missing, open the file on korpsplan's web page: it reads them from the file, as the service does when the plan is submitted.`,
      },
    };
  });
}
