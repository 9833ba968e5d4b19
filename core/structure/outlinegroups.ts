// A plan whose hierarchy is its grouped rows ("Data › Gruppér", the outline's levels), as a project
// tool exports it (Smartsheet, MS Project, a Gantt tool): the whole project as the top row, each
// theme a parent row one level in, the activities under it, their tasks a level further in. A parent
// row carries what its children roll up to (the first start, the last finish, the share done), so
// it looks like an activity; a careful reader takes a parent whose text names a theme, with nobody
// responsible for it, as the heading of the rows grouped under it, and the row above the themes as
// the project itself. Neither is an activity. When the rows carry no outline levels, the activity
// column's indentation ("Forøg indrykning") shows the same hierarchy: Smartsheet and MS Project
// indent each level as they group it, a plan kept by hand is often indented alone, and a program
// that drops the outline levels (Gnumeric through .ods) keeps the indentation. Microsoft Project's
// export to Excel keeps neither: it writes each task's level as a number in a column of its own
// ("Dispositionsniveau": 0 the project, 1 the themes, 2 the activities), the names flush.

import { a1 } from '../grid';
import type { Theme } from '../spec';
import type { ReadCheck } from '../schema';
import type { DetectedTable } from './detect';
import { displayText, type SheetView } from './sheet';

/** Each row's level in a table's hierarchy, and what shows it. */
export interface RowLevels {
  /**
   * The rows' outline levels ("Data › Gruppér"), the activity column's indentation, or a column of
   * the table that writes each row's level as a number ("Dispositionsniveau").
   */
  readonly by: 'outline' | 'indent' | 'column';
  readonly level: (r: number) => number;
}

const OUTLINE_LEVELS = new WeakMap<SheetView, RowLevels>();
const INDENT_LEVELS = new WeakMap<SheetView, Map<number, RowLevels | null>>();

/**
 * The hierarchy of a sheet's rows: their outline levels when any row is grouped, else the
 * indentation of the text in the activity column (`activityCol`) when any text there is indented,
 * else (given the table `t`) a column of `t` that writes each row's level as a number. Undefined
 * when none shows one.
 */
export function rowLevels(
  view: SheetView,
  activityCol: number | undefined,
  t?: DetectedTable,
): RowLevels | undefined {
  const outline = view.sheet.outline;
  if (outline && outline.length > 0) {
    let levels = OUTLINE_LEVELS.get(view);
    if (!levels) {
      const map = new Map(outline);
      levels = { by: 'outline', level: (r) => map.get(r) ?? 0 };
      OUTLINE_LEVELS.set(view, levels);
    }
    return levels;
  }
  const indents = view.sheet.indents;
  if (!indents || indents.length === 0 || activityCol === undefined)
    return t === undefined ? undefined : levelColumn(t);
  let byCol = INDENT_LEVELS.get(view);
  if (!byCol) {
    byCol = new Map();
    INDENT_LEVELS.set(view, byCol);
  }
  let levels = byCol.get(activityCol);
  if (levels === undefined) {
    const map = new Map<number, number>();
    for (const i of indents) if (i.c === activityCol) map.set(i.r, i.level);
    levels = map.size === 0 ? null : { by: 'indent', level: (r) => map.get(r) ?? 0 };
    byCol.set(activityCol, levels);
  }
  return levels ?? undefined;
}

/** The header of a column of outline levels: Microsoft Project's field, in Danish and English. */
const LEVEL_HEADER = /^(?:dispositionsniveau|disp\.?\s?niveau|outline\s?level|niveau|level)$/u;
const COLUMN_LEVELS = new WeakMap<DetectedTable, RowLevels | null>();

/**
 * A column of the table, used for no field, headed as an outline level ("Dispositionsniveau",
 * "Outline Level", "Niveau") whose every filled cell is a whole number 0–9, at least three of them
 * and at least two levels: each row's level in the hierarchy. Undefined when the table has none
 * (cheap first test: the headers alone, once per table).
 */
function levelColumn(t: DetectedTable): RowLevels | undefined {
  const known = COLUMN_LEVELS.get(t);
  if (known !== undefined) return known ?? undefined;
  let found: RowLevels | null = null;
  for (const c of t.columns) {
    if (c.field !== null || !LEVEL_HEADER.test(c.header.trim().toLowerCase())) continue;
    const map = new Map<number, number>();
    const levels = new Set<number>();
    let ok = true;
    for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
      const cell = t.view.cell(r, c.col);
      if (!cell) continue;
      const n =
        typeof cell.v === 'number'
          ? cell.v
          : typeof cell.v === 'string' && /^\s*\d\s*$/u.test(cell.v)
            ? Number(cell.v)
            : NaN;
      if (!Number.isInteger(n) || n < 0 || n > 9) {
        ok = false;
        break;
      }
      map.set(r, n);
      levels.add(n);
    }
    if (ok && map.size >= 3 && levels.size >= 2) {
      found = { by: 'column', level: (r) => map.get(r) ?? 0 };
      break;
    }
  }
  COLUMN_LEVELS.set(t, found);
  return found ?? undefined;
}

/** A parent row of grouped rows that is no activity: a theme's heading, or the project above them. */
export interface GroupParent {
  /** The theme a heading names; undefined for the project's row. */
  readonly theme?: Theme;
  /** What puts the rows under it: their outline levels, or the indentation of their text. */
  readonly by: RowLevels['by'];
  readonly confidence: number;
  readonly text: string;
  readonly cell: string;
}

type ThemeOfText = (text: string) => { theme: Theme; confidence: number } | undefined;

/**
 * The parent rows of a table's grouped rows that are headings or the project's row, by row.
 * Undefined when the rows are not grouped, or no parent row names a theme.
 */
export function groupParents(
  t: DetectedTable,
  rows: readonly number[],
  cols: ReadonlyMap<string, number>,
  themeOf: ThemeOfText,
): ReadonlyMap<number, GroupParent> | undefined {
  if (cols.has('theme')) return undefined;
  const activityCol = cols.get('activity');
  if (activityCol === undefined) return undefined;
  const levels = rowLevels(t.view, activityCol, t);
  if (levels === undefined) return undefined;
  const { by, level } = levels;
  const filled = rows.filter((r) => t.view.rowCells(r, t.c0, t.c1).length > 0);
  const responsibleCol = cols.get('responsible');
  const text = (r: number): string => {
    const cell = t.view.cell(r, activityCol);
    return cell ? displayText(cell, t.view.date1904).trim() : '';
  };
  // A parent: the next row is grouped deeper under it.
  const headings = new Map<number, GroupParent>();
  /** Parents, as indices into `filled` (no search for each: a large outline has thousands). */
  const parents: number[] = [];
  for (let i = 0; i < filled.length - 1; i++) {
    const r = filled[i] as number;
    if (level(filled[i + 1] as number) <= level(r)) continue;
    parents.push(i);
    const words = text(r);
    if (words === '') continue;
    // Somebody responsible for it makes it an activity with tasks under it.
    if (responsibleCol !== undefined) {
      const who = t.view.cell(r, responsibleCol);
      if (who && displayText(who, t.view.date1904).trim() !== '') continue;
    }
    const theme = themeOf(words);
    if (theme) headings.set(r, { ...theme, by, text: words, cell: a1(r, activityCol) });
  }
  if (headings.size === 0) return undefined;
  const out = new Map<number, GroupParent>(headings);
  // A parent over theme headings is the project's own row.
  for (const i of parents) {
    const r = filled[i] as number;
    if (out.has(r)) continue;
    for (let j = i + 1; j < filled.length && level(filled[j] as number) > level(r); j++) {
      if (!headings.has(filled[j] as number)) continue;
      out.set(r, { by, confidence: 1, text: text(r), cell: a1(r, activityCol) });
      break;
    }
  }
  return out;
}

/** The parent row read as a heading (or the project's row): named in a check at its text. */
export function groupParentCheck(sheet: string, p: GroupParent): ReadCheck {
  const [under, underEn] =
    p.by === 'outline'
      ? ['grupperet under den', 'grouped under it']
      : p.by === 'indent'
        ? ['rykket ind under den', 'indented under it']
        : [
            'et niveau længere inde under den (dispositionsniveau)',
            'a level further in under it (outline level)',
          ];
  return {
    sheet,
    cell: p.cell,
    field: 'activities.row',
    value: p.text,
    confidence: 0.8,
    reason:
      p.theme === undefined
        ? {
            da: `Rækken "${p.text}" samler hele planen (rækkerne er ${under}) og er ikke læst som en aktivitet. Er den selv en aktivitet, så skriv, hvem der er ansvarlig.`,
            en: `The row "${p.text}" sums up the whole plan (the rows are ${underEn}) and was not read as an activity. If it is an activity itself, write who is responsible.`,
          }
        : {
            da: `Rækken "${p.text}" er læst som overskrift (indsatsområde) for rækkerne, der er ${under}, ikke som en aktivitet: ingen er ansvarlig for den. Er den selv en aktivitet, så skriv, hvem der er ansvarlig.`,
            en: `The row "${p.text}" is read as the heading (focus area) of the rows ${underEn}, not as an activity: nobody is responsible for it. If it is an activity itself, write who is responsible.`,
          },
  };
}
