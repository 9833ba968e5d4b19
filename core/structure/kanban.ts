// The effort's activities kept as a KANBAN BOARD drawn in cells: a row of status columns across the
// top ("Ikke startet | I gang | Venter | Færdig"), the themes as swimlanes (row bands, the theme's
// name in the column left of the statuses, merged down over its band or written on its first row),
// and each activity a card: one cell under its status, of lines ("Styregruppemøde⏎Ansvarlig: Per
// Lund⏎Frist: 15/3"). Cards of one lane stand side by side on the same row.
//
//   Tema     │ Ikke startet                │ I gang            │ Venter │ Færdig
//   Ledelse  │ Rollebeskrivelse⏎Frist: 30/4 │                   │        │ Styregruppemøde⏎…
//            │                             │ Halvårsstatus⏎…   │        │
//
// A careful reader reads each card as an activity known by its cell: the status its column's
// heading names (a limit in brackets, "I gang (maks. 4)", no part of it), the theme its lane's name,
// the first line that names no field the activity, and each labelled line ("Ansvarlig:", "Start:",
// "Frist:") the field its label names. The sheet is read as the plan table these readings make (one
// row a card), every place moved back to the card's cell at the end (sideways.ts movedBack).
//
// Only a sheet with a row near the top of three or more status names side by side, nothing else in
// that row but the lanes' heading to their left, and under them texts, never marks ("x", "✓"): a
// plan whose status columns are ticked beside an activity column is no board.

import { a1, type GridCell, type GridSheet } from '../grid';
import { matchListValue, normalizeText } from '../normalize';
import type { ReadCheck, Unmapped } from '../schema';
import { cardLabel, type CardField } from './cards';
import { readEntry } from './monthcalendar';
import { displayText } from './sheet';
import type { SheetMover } from './sideways';
import { isHeaderTerm, judgedValueWord } from './vocab';
import { sheetAsRead } from './moveplaces';

/** The status row is near the top: no scan of a long sheet. */
const TOP_ROWS = 12;

/** A board's cards are texts; a mark or a number under a status means a ticked plan, not a board. */
const MARK = /^\s*(?:[xX✓✔☑☒✗✘•*]|\d+(?:[.,]\d+)?\s*%?|ja|nej|yes|no)\s*$/u;

/** A status heading with a limit or a count after it: "I gang (maks. 4)", "Venter – 2", "Færdig [3]". */
const LIMIT = /\s*(?:\([^()]*\)|\[[^\]]*\]|[–—-]\s*(?:maks\.?|max\.?|wip)?\s*\d+)\s*$/iu;

const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The status a short heading names ("I gang (maks. 4)" is I gang), or undefined. */
export function statusHeading(text: string): string | undefined {
  if (text.length > 40) return undefined;
  // A heading broken over lines ("Ikke⏎startet") is read as one line.
  const bare = oneLine(text).replace(LIMIT, '').trim();
  if (bare === '') return undefined;
  return matchListValue('status', normalizeText(bare)) ?? judgedValueWord('status', bare)?.id;
}

/** A Kanban board's sheet, read as the plan table its cards make. */
export interface KanbanBoard extends SheetMover {
  readonly sheet: GridSheet;
  /** The status row and the status columns' first and last column (0-based). */
  readonly headerRow: number;
  readonly c0: number;
  readonly c1: number;
  /** The lanes' column, when the board has swimlanes. */
  readonly laneCol?: number;
  /** The cards read as activities. */
  readonly cards: number;
}

/** The status row: three or more status headings side by side, and nothing else but the lanes' heading. */
function statusRow(
  sheet: GridSheet,
): { r: number; c0: number; c1: number; heads: Map<number, string> } | undefined {
  // The top rows' texts, read from the sheet's columns where it has them (cheap on a long sheet).
  const rows = new Map<number, { c: number; v: string }[]>();
  const add = (r: number, c: number, v: string): void => {
    if (v.trim() === '') return;
    const list = rows.get(r);
    if (list) list.push({ c, v });
    else rows.set(r, [{ c, v }]);
  };
  const cols = sheet.columns;
  if (cols) {
    for (let i = 0; i < cols.length; i++) {
      const r = cols.r[i] as number;
      if (r >= TOP_ROWS) break;
      const v = cols.type(i) === 's' ? cols.textOf(i) : undefined;
      if (v !== undefined) add(r, cols.c[i] as number, v);
    }
  } else
    for (const cell of sheet.cells) {
      if (cell.r >= TOP_ROWS) break;
      if (cell.t === 's' && typeof cell.v === 'string') add(cell.r, cell.c, cell.v);
    }
  for (const [r, cells] of rows) {
    if (cells.length < 3) continue;
    const heads = new Map<number, string>();
    for (const cell of cells) if (statusHeading(cell.v) !== undefined) heads.set(cell.c, cell.v);
    if (heads.size < 3) continue;
    const cs = [...heads.keys()].sort((a, b) => a - b);
    const c0 = cs[0]!;
    const c1 = cs[cs.length - 1]!;
    // Side by side, and at most one other text in the row: the lanes' heading just left of them.
    if (c1 - c0 + 1 !== cs.length) continue;
    const others = cells.filter((cell) => !heads.has(cell.c));
    if (others.length > 1 || others.some((cell) => cell.c !== c0 - 1)) continue;
    // Two columns of one status are a table's, not a board's.
    const ids = new Set(cs.map((c) => statusHeading(heads.get(c)!)));
    if (ids.size < Math.min(3, cs.length)) continue;
    return { r, c0, c1, heads };
  }
  return undefined;
}

/** A card's text read: the activity, and the fields its labelled lines name. */
export function readCard(text: string): Partial<Record<CardField, string>> | undefined {
  const fields: Partial<Record<CardField, string>> = {};
  let afterTitle = false;
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^([\p{L}][\p{L}.\s/&-]{0,30}?)\s*:\s*(\S.*)$/u.exec(line);
    const field = m ? cardLabel(m[1] ?? '') : undefined;
    if (m && field && field !== 'milestone') {
      if (fields[field] === undefined) fields[field] = (m[2] ?? '').trim();
      afterTitle = false;
      continue;
    }
    // The first line that names no field is the activity; further free lines describe it, but a
    // line in lower case right under it is the title wrapped ("Opslag om korpset på" / "intranettet").
    if (fields.activity === undefined) {
      fields.activity = line;
      afterTitle = true;
    } else if (afterTitle && /^\p{Ll}/u.test(line)) fields.activity = `${fields.activity} ${line}`;
    else afterTitle = false;
  }
  if (fields.activity === undefined) return undefined;
  if (fields.responsible === undefined) {
    // "Styregruppemøde (Per)": the name in brackets at its end, as a calendar's entry.
    const entry = readEntry(fields.activity);
    if (entry.responsible) {
      fields.activity = entry.activity;
      fields.responsible = entry.responsible;
    }
  }
  return fields;
}

/** The sheet read as the plan table its cards make, or undefined when it is no Kanban board. */
export function kanbanSheet(sheet: GridSheet, date1904: boolean): KanbanBoard | undefined {
  const head = statusRow(sheet);
  if (!head) return undefined;
  const { r: hr, c0, c1 } = head;
  const laneCol = c0 > 0 ? c0 - 1 : undefined;
  type Card = { r: number; c: number; text: string };
  const cards: Card[] = [];
  const lanes: { r: number; text: string }[] = [];
  for (const cell of sheet.cells) {
    if (cell.r <= hr) continue;
    if (cell.c >= c0 && cell.c <= c1) {
      const text = displayText(cell, date1904).trim();
      if (text === '') continue;
      // A mark, a number or a date under a status: a ticked plan, not a board.
      if (cell.t !== 's' || MARK.test(text)) return undefined;
      // A column's name under them ("Aktivitet", "Frist"): a legend of statuses over a plan table.
      if (isHeaderTerm(text)) return undefined;
      cards.push({ r: cell.r, c: cell.c, text: typeof cell.v === 'string' ? cell.v : text });
    } else if (cell.c === laneCol && cell.t === 's' && typeof cell.v === 'string' && cell.v.trim() !== '')
      lanes.push({ r: cell.r, text: cell.v.trim() });
  }
  if (cards.length < 3) return undefined;
  const lastCard = Math.max(...cards.map((c) => c.r));
  // A lane's name holds from its row down to the next lane's (merged down, or on its first row only).
  const laneOf = (r: number): string | undefined => {
    let name: string | undefined;
    for (const l of lanes) {
      if (l.r > r) break;
      name = l.text;
    }
    return name;
  };

  const HEAD = ['Aktivitet', 'Tema', 'Status', 'Start', 'Frist', 'Ansvarlig'];
  const cells: GridCell[] = HEAD.map((v, c) => ({ r: 0, c, v, t: 's' as const }));
  const headAt = a1(hr, c0);
  const places = new Map<string, string>();
  HEAD.forEach((_, c) => places.set(a1(0, c), headAt));
  const sources: { row: number; col: number }[] = [];
  const used = new Set<string>();
  const read = cards
    .map((card) => ({ card, fields: readCard(card.text), lane: laneOf(card.r) }))
    .filter(
      (x): x is { card: Card; fields: Partial<Record<CardField, string>>; lane: string | undefined } =>
        x.fields !== undefined,
    );
  // The cards with no lane first: nothing above them is a theme to carry down.
  read.sort((a, b) => Number(a.lane !== undefined) - Number(b.lane !== undefined));
  read.forEach(({ card, fields, lane }, i) => {
    const r = i + 1;
    const status = oneLine(head.heads.get(card.c)!).replace(LIMIT, '').trim();
    const values: (string | undefined)[] = [
      fields.activity,
      fields.theme ?? lane,
      status,
      fields.start,
      fields.deadline,
      fields.responsible,
    ];
    values.forEach((v, c) => {
      if (v !== undefined && v !== '') cells.push({ r, c, v, t: 's' });
      places.set(a1(r, c), a1(card.r, card.c));
    });
    used.add(a1(card.r, card.c));
    sources.push({ row: card.r + 1, col: card.c + 1 });
  });
  if (read.length < 3) return undefined;
  const outside: Unmapped[] = [];
  for (const cell of sheet.cells) {
    const at = a1(cell.r, cell.c);
    if (used.has(at)) continue;
    const value = displayText(cell, date1904);
    if (value.trim() === '') continue;
    // The status headings and the lanes' names were read; the rest (a title, a note) is not placed.
    const lane = cell.c === laneCol && cell.r > hr && cell.r <= lastCard;
    if (cell.r === hr || lane) continue;
    outside.push({ sheet: sheet.name, cell: at, value });
  }
  const readSheet: GridSheet = sheetAsRead(sheet, cells);
  return {
    sheet: readSheet,
    headerRow: hr,
    c0,
    c1,
    ...(laneCol === undefined ? {} : { laneCol }),
    cards: read.length,
    outside,
    back: (cell) => places.get(cell) ?? headAt,
    source: (row) => sources[row - 2] ?? { row: hr + 1, col: c0 + 1 },
  };
}

/** The check at the status row that says how the board was read. */
export function kanbanCheck(name: string, board: KanbanBoard): ReadCheck {
  const first = a1(board.headerRow, board.c0);
  const lanes = board.laneCol === undefined ? '' : ' og banen til venstre som tema';
  const lanesEn = board.laneCol === undefined ? '' : ' and the lane on the left as the theme';
  return {
    sheet: name,
    cell: first,
    field: 'column',
    value: `kanban: ${board.cards}`,
    confidence: 0.85,
    reason: {
      da: `Arket er en Kanban-tavle: hvert kort under en statuskolonne er læst som en aktivitet (${board.cards} i alt), med kolonnens overskrift som status${lanes}, kortets første linje som aktivitet og linjerne "Ansvarlig:", "Start:" og "Frist:" som de felter, de navngiver. Skabelonen har én række pr. aktivitet.`,
      en: `The sheet is a Kanban board: each card under a status column was read as an activity (${board.cards} in all), the column's heading as the status${lanesEn}, the card's first line as the activity and the lines "Ansvarlig:", "Start:" and "Frist:" as the fields they name. The template has one row per activity.`,
    },
  };
}
