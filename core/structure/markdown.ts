// A plan an AI chat assistant wrote as Markdown, copied with the chat's copy button and pasted into
// a sheet: every line lands in one cell of one column, the tables as text.
//
//   # 🗂️ Implementeringsplan – Kalundborg Kommune
//   **Koordinator:** Louise Dam
//   | Tema | Aktivitet | Ansvarlig | Frist | Status |
//   |------|-----------|-----------|-------|--------|
//   | **Ledelse** | Kick-off med styregruppen | Henrik Skov | 15.01.2027 | ✅ Gennemført |
//
// A careful reader reads each table line's cells between the pipes, and the text without its
// Markdown marks ("#" before a heading, ">" before a quote, "**" around bold words). The sheet is
// read as if each pipe parted two cells: a table line's cells are laid in the columns from its own
// (which are empty), the separator line ("|---|:---:|") is left out, and the marks are taken off
// every text of the sheet; whatever reading then says about a cell laid to the right is moved back
// to the line's own cell (`back`). Only on a sheet that holds a Markdown table: a line of pipes
// with a separator line under it in the same cell's column, and the columns to its right empty.

import type { StructureResult } from '../draft';
import { movePlaces } from './moveplaces';
import { a1, parseA1, type GridCell, type GridSheet } from '../grid';
import type { ReadCheck } from '../schema';

/** "|---|:---:|---:|": a table's separator line (at least two columns, three dashes each). */
const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/u;
/** A table line: starts and ends with a pipe, with one between. */
const TABLE_LINE = /^\|.*\|.*\|$/su;

/** A Markdown sheet read as cells: the sheet, and where each split line's cells came from. */
export interface MarkdownSheet {
  readonly sheet: GridSheet;
  /** Row (0-based) → the column of the line the row's cells were split from. */
  readonly lines: ReadonlyMap<number, { readonly c: number; readonly last: number }>;
  /** Each table: its header line's row and column, and its last row. */
  readonly tables: readonly { readonly r: number; readonly c: number; readonly last: number }[];
  /** Set where the lines are a CSV file's, parted by this separator (delimited.ts), not Markdown. */
  readonly separator?: string;
  /** CSV lines read with a separator of theirs taken as text (delimited.ts `realign`), each checked. */
  readonly irregular?: readonly {
    readonly r: number;
    readonly c: number;
    readonly count: number;
    readonly width: number;
    readonly name: string;
    readonly text: string;
  }[];
  /** CSV lines with fewer fields than the header that leave off fields the others fill (delimited.ts), each checked. */
  readonly short?: readonly {
    readonly r: number;
    readonly c: number;
    readonly count: number;
    readonly width: number;
    readonly names: readonly string[];
  }[];
}

/** The text without Markdown's marks: a heading's "#", a quote's ">", bold and italic stars. */
export function withoutMarks(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/u, '')
    .replace(/^\s*>\s?/u, '')
    .replace(/\*\*(\S(?:[^*]*?\S)?)\*\*/gu, '$1')
    .replace(/__(\S(?:[^_]*?\S)?)__/gu, '$1')
    .replace(/(^|[\s(])\*(\S(?:[^*]*?\S)?)\*(?=$|[\s).,:;!?])/gu, '$1$2')
    .trim();
}

/** A table line's cells between its pipes (an escaped "\|" stays in its cell), marks taken off. */
export function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u).map((s) => withoutMarks(s.replace(/\\\|/gu, '|')));
}

function text(cell: GridCell | undefined): string | undefined {
  return typeof cell?.v === 'string' ? cell.v.trim() : undefined;
}

function isSeparator(v: unknown): boolean {
  return typeof v === 'string' && v.includes('---') && SEPARATOR.test(v.trim());
}

/** Whether a text cell of the sheet is a separator line, read from the sheet's columns when it has them. */
function hasSeparator(sheet: GridSheet): boolean {
  const cols = sheet.columns;
  if (cols) {
    for (let i = 0; i < cols.length; i++) if (cols.type(i) === 's' && isSeparator(cols.value(i))) return true;
    return false;
  }
  return sheet.cells.some((cell) => isSeparator(cell.v));
}

/** The sheet read as Markdown, or undefined when it holds no Markdown table. */
export function markdownSheet(sheet: GridSheet): MarkdownSheet | undefined {
  // Cheap first: a separator line somewhere (one test per text cell, and most plans have none).
  if (!hasSeparator(sheet)) return undefined;
  const cells = sheet.cells;
  const at = new Map<string, GridCell>();
  for (const cell of cells) at.set(`${cell.r}:${cell.c}`, cell);
  const rowCells = new Map<number, GridCell[]>();
  for (const cell of cells) {
    const list = rowCells.get(cell.r);
    if (list) list.push(cell);
    else rowCells.set(cell.r, [cell]);
  }
  const onlyCellOfRowFrom = (cell: GridCell): boolean =>
    (rowCells.get(cell.r) ?? []).every((x) => x.c <= cell.c || x === cell);

  const lines = new Map<number, { c: number; last: number }>();
  const tables: { r: number; c: number; last: number }[] = [];
  const dropped = new Set<GridCell>();
  const added: GridCell[] = [];
  for (const sep of cells) {
    if (!isSeparator(sep.v)) continue;
    const header = at.get(`${sep.r - 1}:${sep.c}`);
    const h = text(header);
    if (!header || h === undefined || !TABLE_LINE.test(h) || lines.has(header.r)) continue;
    // The table's lines: the header, then every table line under the separator in the same column.
    const body: GridCell[] = [header];
    for (let r = sep.r + 1; ; r++) {
      const cell = at.get(`${r}:${sep.c}`);
      const t = text(cell);
      if (!cell || t === undefined || !TABLE_LINE.test(t)) break;
      body.push(cell);
    }
    if (!body.every(onlyCellOfRowFrom) || !onlyCellOfRowFrom(sep)) continue;
    for (const line of body) {
      const parts = tableCells(text(line) ?? '');
      dropped.add(line);
      parts.forEach((v, i) => {
        if (v !== '') added.push({ r: line.r, c: line.c + i, v, t: 's' });
      });
      lines.set(line.r, { c: line.c, last: line.c + Math.max(0, parts.length - 1) });
    }
    dropped.add(sep);
    lines.set(sep.r, { c: sep.c, last: sep.c });
    tables.push({ r: header.r, c: header.c, last: body[body.length - 1]?.r ?? header.r });
  }
  if (tables.length === 0) return undefined;
  const out: GridCell[] = [];
  for (const cell of cells) {
    if (dropped.has(cell)) continue;
    if (typeof cell.v === 'string') {
      const v = withoutMarks(cell.v);
      if (v === '') continue;
      out.push(v === cell.v ? cell : { ...cell, v });
    } else out.push(cell);
  }
  out.push(...added);
  out.sort((a, b) => a.r - b.r || a.c - b.c);
  const { columns: _columns, ...rest } = sheet;
  return { sheet: { ...rest, cells: out }, lines, tables };
}

/** The cell a place on the read sheet stands for: a split line's cells are the line's own cell. */
export function back(md: MarkdownSheet, r: number, c: number): { r: number; c: number } {
  const line = md.lines.get(r);
  return line && c >= line.c && c <= line.last ? { r, c: line.c } : { r, c };
}

/** The check at a Markdown table's header line that says how it was read. */
export function markdownTableCheck(sheet: string, cell: string, last: number): ReadCheck {
  return {
    sheet,
    cell,
    field: 'column',
    value: 'Markdown',
    confidence: 0.9,
    reason: {
      da: `Tabellen fra ${cell} til række ${last + 1} er Markdown-tekst (celler skilt af "|", fx kopieret fra en AI-chat) i én kolonne; den er læst, som om hver "|" skilte to celler. Brug Data › Tekst til kolonner med "|" som skilletegn, og slet skillelinjen "|---|".`,
      en: `The table from ${cell} to row ${last + 1} is Markdown text (cells parted by "|", e.g. copied from an AI chat) in one column; it was read as if each "|" parted two cells. Use Data › Text to Columns with "|" as the delimiter, and delete the separator line "|---|".`,
    },
  };
}

/** An A1 place on a Markdown sheet moved back to the line's own cell. */
export function backA1(md: MarkdownSheet, cell: string): string {
  const p = parseA1(cell);
  if (!p) return cell;
  const b = back(md, p.r, p.c);
  return b.c === p.c ? cell : a1(b.r, b.c);
}

/**
 * Every place of the result on a Markdown sheet moved back to the cell it was split from: issues,
 * checks, the unplaced cells, the cover's places, the answers' and every row's fields.
 */
export function placesBack(
  result: StructureResult,
  sheets: ReadonlyMap<string, MarkdownSheet>,
): StructureResult {
  if (sheets.size === 0) return result;
  return movePlaces(result, {
    sheets,
    cellOf: (sheet, cell) => {
      const md = sheets.get(sheet);
      return md ? backA1(md, cell) : cell;
    },
  });
}
