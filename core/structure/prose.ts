// A plan kept as prose in one column, one activity a cell, under theme headings:
//
//   LEDELSE
//   • senest 31/1: Styregruppemøde om korpsets mål (ansvar: Lars Holt) – afsluttet
//   • marts: Informationsmøde for skolerne (ansvar: Helle Winther) – i gang
//
// A line is "<when>: <activity>", then "(ansvar: <who>)" and " – <status>" when written. Each line
// is read as one row of a plan table (blocks.ts: the parts laid side by side and read by the plan
// table's own reader); every field's place is the line's cell, the theme's the heading's. A sheet
// is read so only when at least three of its lines give a time and a responsible or a status.

import { readDateText } from '../dates';
import type { GridCell } from '../grid';
import { a1 } from '../grid';
import { matchListValue } from '../normalize';
import type { ActivityOptions } from './activities';
import { readBlocks, type ActivityBlocks, type LabelRow } from './blocks';
import type { Ctx } from './context';
import { displayText, type SheetView } from './sheet';

/** "• senest 31/1: the rest", the bullet optional. */
const LINE = /^\s*(?:[•·▪◦*–-]\s*)?([^:\n]{2,30}):\s*(\S[\s\S]*)$/u;
/** "(ansvar: Lars Holt)" at the end. */
const RESPONSIBLE = /\(\s*(?:ansvar|ansvarlig|tovholder|responsible|owner)\s*:\s*([^()]+?)\s*\)\s*$/iu;
/** " – afsluttet" at the end. */
const STATUS_TAIL = /\s+[–—-]\s+([^–—()-]{2,30})$/u;
/** The least number of lines that make a sheet a prose plan. */
const MIN_LINES = 3;

interface Line {
  readonly cell: GridCell;
  readonly when: string;
  readonly activity: string;
  readonly responsible?: string;
  readonly status?: string;
}

/** A line of prose as an activity's parts, or undefined when it is none. */
export function proseLine(text: string): Omit<Line, 'cell'> | undefined {
  if (text.length > 300) return undefined;
  const m = LINE.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const when = m[1].trim();
  // Any year: the plan's own is given where the line is read.
  if (!readDateText(when, { year: 2000 })) return undefined;
  let rest = m[2].trim();
  let status: string | undefined;
  const st = STATUS_TAIL.exec(rest);
  if (st?.[1] && matchListValue('status', st[1].trim()) !== undefined) {
    status = st[1].trim();
    rest = rest.slice(0, st.index).trim();
  }
  let responsible: string | undefined;
  const who = RESPONSIBLE.exec(rest);
  if (who?.[1]) {
    responsible = who[1].trim();
    rest = rest.slice(0, who.index).trim();
  }
  if (rest === '' || (status === undefined && responsible === undefined)) return undefined;
  return {
    when,
    activity: rest,
    ...(responsible !== undefined ? { responsible } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

/** The activities of a sheet kept as lines of prose, or undefined when it holds too few such lines. */
export function readProsePlan(
  view: SheetView,
  ctx: Ctx,
  options: ActivityOptions,
): ActivityBlocks | undefined {
  const blocks: LabelRow[][] = [];
  let heading: GridCell | undefined;
  let col: number | undefined;
  for (const r of view.rows) {
    const cells = view.rowCells(r);
    const only = cells.length === 1 ? cells[0] : undefined;
    if (!only || typeof only.v !== 'string') continue;
    const text = displayText(only, view.date1904);
    const line = proseLine(text);
    if (!line) {
      if (text.length <= 60 && matchListValue('theme', text.trim()) !== undefined) heading = only;
      continue;
    }
    if (col !== undefined && only.c !== col) continue;
    col = only.c;
    const at = a1(only.r, only.c);
    const part = (field: string, header: string, value: string): LabelRow => ({
      r: only.r,
      label: { r: only.r, c: only.c, v: header, t: 's' },
      field,
      value: { r: only.r, c: only.c, v: value, t: 's' },
      at,
    });
    const block: LabelRow[] = [
      part('activity', 'Aktivitet', line.activity),
      part('deadline', 'Tidspunkt', line.when),
    ];
    if (line.responsible !== undefined) block.push(part('responsible', 'Ansvarlig', line.responsible));
    if (line.status !== undefined) block.push(part('status', 'Status', line.status));
    if (heading)
      block.push({
        r: heading.r,
        label: { r: heading.r, c: heading.c, v: 'Tema', t: 's' },
        field: 'theme',
        value: heading,
        at: a1(heading.r, heading.c),
      });
    blocks.push(block);
  }
  if (blocks.length < MIN_LINES) return undefined;
  return readBlocks(view, blocks, ctx, options);
}
