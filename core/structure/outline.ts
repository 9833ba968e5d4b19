// A plan kept as an outline and pasted into one column (a OneNote page, a Word outline, an indented
// list in a mail): the outline's levels arrive as leading tabs or runs of spaces.
//
//   Aktiviteter
//   ⇥Ledelse
//   ⇥⇥Styregruppemøde om korpsets mål
//   ⇥⇥⇥Ansvarlig: Torben Falk
//   ⇥⇥⇥Frist: 29. januar 2027
//   ⇥⇥⇥Status: Gennemført
//
// An item whose lines one level in are all "Label: value" lines naming plan fields (two or more
// fields in all; "Frist: uge 9 – Status: I gang" is two) is an activity, and the nearest item above
// it at a lower level that names a theme gives its theme. Each activity is read as one row of a plan
// table (blocks.ts: every field's place is its own line). A sheet is read so only when it holds
// three or more such items.

import { a1, type GridCell } from '../grid';
import { matchListValue, normalizeText } from '../normalize';
import type { ActivityOptions } from './activities';
import { readBlocks, type ActivityBlocks, type LabelRow } from './blocks';
import type { Ctx } from './context';
import { displayText, type SheetView } from './sheet';
import { themeByMeaning } from './themes';
import { scoreHeader } from './vocab';

/** The least number of activities that make a sheet an outline plan. */
const MIN_ITEMS = 3;
/** A tab's width in spaces, so that a level typed with tabs and one typed with spaces compare. */
const TAB = 4;
/** A label names a plan field this surely, at least (as a form's label in blocks.ts). */
const LABEL_SCORE = 0.85;
/** "Label: value" */
const LABELLED = /^([^:\n]{1,30}):\s*(\S[\s\S]*)$/u;
/** Where one line holds two labelled fields: " – ", " | ", " · ", "; ". */
const PART_JOIN = /\s+[–—|·]\s+|;\s+/u;

interface Item {
  readonly cell: GridCell;
  readonly text: string;
  readonly level: number;
  /** The line's "Label: value" parts naming plan fields, when every part does. */
  readonly fields?: readonly { readonly field: string; readonly label: string; readonly value: string }[];
}

/** The activities of a sheet kept as an indented outline in one column, or undefined. */
export function readOutlinePlan(
  view: SheetView,
  ctx: Ctx,
  options: ActivityOptions,
): ActivityBlocks | undefined {
  const items = outlineItems(view);
  if (!items) return undefined;
  const blocks: LabelRow[][] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (item.fields) continue;
    const parts: LabelRow[] = [];
    let plain = false;
    let j = i + 1;
    for (; j < items.length && (items[j] as Item).level > item.level; j++) {
      const child = items[j] as Item;
      if (child.level !== item.level + 1) continue;
      if (!child.fields) {
        plain = true;
        break;
      }
      for (const f of child.fields)
        parts.push({
          r: child.cell.r,
          label: { r: child.cell.r, c: child.cell.c, v: f.label, t: 's' },
          field: f.field,
          value: { r: child.cell.r, c: child.cell.c, v: f.value, t: 's' },
          at: a1(child.cell.r, child.cell.c),
        });
    }
    // Lines one level in that are not all labelled fields make this a heading, not an activity; a
    // line labelled "Aktivitet:" makes it a form's block (blocks.ts).
    if (plain || parts.length < 2 || parts.some((p) => p.field === 'activity')) continue;
    const children = j - i - 1;
    const at = a1(item.cell.r, item.cell.c);
    const block: LabelRow[] = [
      {
        r: item.cell.r,
        label: { r: item.cell.r, c: item.cell.c, v: 'Aktivitet', t: 's' },
        field: 'activity',
        value: { ...item.cell, v: item.text },
        at,
      },
      ...parts,
    ];
    const heading = themeAbove(items, i);
    if (heading && !parts.some((p) => p.field === 'theme'))
      block.push({
        r: heading.cell.r,
        label: { r: heading.cell.r, c: heading.cell.c, v: 'Tema', t: 's' },
        field: 'theme',
        value: { ...heading.cell, v: heading.text },
        at: a1(heading.cell.r, heading.cell.c),
      });
    blocks.push(block);
    i += children;
  }
  if (blocks.length < MIN_ITEMS) return undefined;
  return readBlocks(view, blocks, ctx, options);
}

/**
 * The lines of a sheet's one text column with their outline levels, or undefined when the sheet is
 * no outline (the cheap first test: fewer than six lines begin with white space).
 */
function outlineItems(view: SheetView): Item[] | undefined {
  const lines: { cell: GridCell; width: number }[] = [];
  let col: number | undefined;
  let indented = 0;
  for (const r of view.rows) {
    const cells = view.rowCells(r);
    const only = cells.length === 1 ? cells[0] : undefined;
    if (!only || typeof only.v !== 'string') continue;
    if (col === undefined) col = only.c;
    else if (only.c !== col) continue;
    let width = 0;
    for (const ch of only.v) {
      if (ch === '\t') width += TAB;
      else if (/\s/u.test(ch)) width += 1;
      else break;
    }
    if (width > 0) indented++;
    lines.push({ cell: only, width });
  }
  if (indented < MIN_ITEMS * 2) return undefined;
  // Levels as an outline's indentation gives them: deeper than the line above is one level in.
  const stack: number[] = [];
  const out: Item[] = [];
  for (const { cell, width } of lines) {
    const text = displayText(cell, view.date1904);
    if (text === '') continue;
    while (stack.length > 0 && (stack[stack.length - 1] as number) > width) stack.pop();
    if (stack.length === 0 || (stack[stack.length - 1] as number) < width) stack.push(width);
    const fields = fieldParts(text);
    out.push({ cell, text, level: stack.length - 1, ...(fields ? { fields } : {}) });
  }
  return out;
}

/** A line's "Label: value" parts, when every part's label names a plan field. */
function fieldParts(text: string): Item['fields'] {
  if (text.indexOf(':') === -1 || text.length > 200) return undefined;
  const out: { field: string; label: string; value: string }[] = [];
  for (const part of text.split(PART_JOIN)) {
    const m = LABELLED.exec(part.trim());
    if (!m?.[1] || !m[2]) return undefined;
    const best = scoreHeader(m[1].trim()).get('activities')?.[0];
    if (!best || best.score < LABEL_SCORE) return undefined;
    // White space as typed (a no-break space pasted from OneNote is a space).
    out.push({ field: best.field, label: m[1].trim(), value: m[2].replace(/\s+/gu, ' ').trim() });
  }
  return out.length > 0 ? out : undefined;
}

/** The nearest item above the i-th at a lower level that names a theme. */
function themeAbove(items: readonly Item[], i: number): Item | undefined {
  let level = (items[i] as Item).level;
  for (let k = i - 1; k >= 0 && level > 0; k--) {
    const above = items[k] as Item;
    if (above.level >= level) continue;
    level = above.level;
    if (above.text.length <= 60 && namesTheme(above.text)) return above;
  }
  return undefined;
}

function namesTheme(text: string): boolean {
  return matchListValue('theme', text) !== undefined || themeByMeaning(normalizeText(text)) !== undefined;
}
