// A plan kept in an issue tracker (Jira, Azure DevOps, YouTrack …) and exported: every row an issue
// with a key of its own ("KORPS-12") or an id, and columns that link a row to another by that key.
// An epic link ("Epic Link", "Epic", a custom field "Custom field (Epic Link)") makes the linked row
// a group: the epic's own text names the theme of the issues linked to it, and the epic is no
// activity. A parent link ("Parent id", "Parent", "Overordnet") makes the row a sub-task of the
// issue it names: a task, no activity (unless the parent is a group named as a theme, as newer
// trackers link issues to their epic). And the issue's resolution beside its status: an issue moved
// to Done as "Won't Do" was dropped, not done.

import { a1 } from '../grid';
import { normalizeText, oneLine } from '../normalize';
import type { ActivityFields, DraftRow } from '../draft';
import type { Status, Theme } from '../spec';
import { addCheck, fieldColumns, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { themeCheck } from './layoutChecks';
import { quote } from './messages';
import { displayText } from './sheet';
import { themeByMeaning } from './themes';
import { isExactTerm } from './vocab';

/** "Custom field (Epic Link)": a tracker's custom field by its name. */
const CUSTOM_FIELD = /^(?:custom\s+field|brugerdefineret\s+felt)\s*\((.+)\)$/iu;
/** A column linking an issue to its epic: the group it belongs to. */
const GROUP_LINK = /^(?:epic|epic[\s-]*link|epic[\s-]*key|epos|epos[\s-]*link)$/iu;
/** A column linking an issue to its parent: a sub-task's issue (or, in newer trackers, its epic). */
const PARENT_LINK =
  /^(?:parent|parent[\s-]*(?:id|key|link|issue)|overordnet(?:\s+(?:opgave|sag|element))?|hovedopgave)$/iu;
/**
 * An issue's key ("KORPS-12", "AB-7") or id ("10110"), or a task tool's id of letters and digits
 * mixed ("86c0x4a3f" in ClickUp, "recA1b2C3" in Airtable): what a link column holds, never a name.
 */
const ISSUE_KEY = /^(?:[A-Za-z][A-Za-z0-9_]*-\d+|\d+|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,24})$/iu;

function headerName(header: string): string {
  const h = oneLine(header).trim();
  return CUSTOM_FIELD.exec(h)?.[1]?.trim() ?? h;
}

interface Linked {
  readonly theme: Theme;
  readonly confidence: number;
  /** The group's own text, and the link's cell on the issue's row. */
  readonly text: string;
  readonly cell: string;
}

export interface TrackerLinks {
  /** An issue row linked to a group whose text names a theme: that theme, at the link's cell. */
  readonly themes: ReadonlyMap<number, Linked>;
  /** Group rows (epics) → the rows linked to them. */
  readonly groups: ReadonlyMap<number, number>;
  /** Sub-task rows → their parent's row. */
  readonly tasks: ReadonlyMap<number, number>;
}

/** The theme a group's text names: exactly (1), else by its words (below 1); undefined when none. */
export type ThemeOfText = (text: string) => { theme: Theme; confidence: number } | undefined;

/** "Opkvalificering af korpset": the theme of a group's text, by its name or its words. */
export function groupTheme(exact: (text: string) => Theme | undefined): ThemeOfText {
  return (text) => {
    const id = exact(text);
    if (id) return { theme: id, confidence: 1 };
    const meant = themeByMeaning(normalizeText(text));
    return meant ? { theme: meant.theme, confidence: meant.confidence } : undefined;
  };
}

function textAt(t: DetectedTable, r: number, c: number): string {
  const cell = t.view.cell(r, c);
  if (!cell) return '';
  return (typeof cell.v === 'number' ? String(cell.v) : displayText(cell, t.view.date1904)).trim();
}

/**
 * The rows of a tracker's export linked to others by key. Undefined when the table has no link
 * column whose every value is the key of another of its rows (the usual plan). Where issues take
 * their theme from a group, a column mapped to the theme only by a weak name ("Labels": tags such
 * as "mentorer", "presse") is no longer read as the theme.
 */
export function trackerLinks(t: DetectedTable, ctx: Ctx, themeOf: ThemeOfText): TrackerLinks | undefined {
  const links = t.columns.filter((m) => {
    const name = headerName(m.header);
    return GROUP_LINK.test(name) || PARENT_LINK.test(name);
  });
  if (links.length === 0) return undefined;
  const activityCol = fieldColumns(t).get('activity');
  if (activityCol === undefined) return undefined;
  const rows = t.view.rowsBetween(t.firstRow, t.lastRow);
  const themes = new Map<number, Linked>();
  const groups = new Map<number, number>();
  const tasks = new Map<number, number>();
  for (const link of links) {
    const sources: { r: number; key: string }[] = [];
    for (const r of rows) {
      const key = textAt(t, r, link.col);
      if (key !== '') sources.push({ r, key });
    }
    if (sources.length === 0 || !sources.every((s) => ISSUE_KEY.test(s.key))) continue;
    const target = keyColumn(t, rows, link.col, activityCol, sources);
    if (!target) continue;
    const targets = [...new Set(sources.map((s) => target.get(s.key) as number))];
    const read = new Map<number, ReturnType<ThemeOfText>>();
    for (const r of targets) read.set(r, themeOf(textAt(t, r, activityCol)));
    // An epic link groups; a parent link groups only where every parent is named as a theme.
    const grouping =
      GROUP_LINK.test(headerName(link.header)) || targets.every((r) => read.get(r)?.confidence === 1);
    for (const { r, key } of sources) {
      const to = target.get(key) as number;
      if (!grouping) {
        tasks.set(r, to);
        continue;
      }
      groups.set(to, (groups.get(to) ?? 0) + 1);
      const theme = read.get(to);
      if (theme) themes.set(r, { ...theme, text: textAt(t, to, activityCol), cell: a1(r, link.col) });
    }
  }
  if (themes.size === 0 && groups.size === 0 && tasks.size === 0) return undefined;
  if (themes.size > 0) unmapWeakTheme(t, ctx);
  return { themes, groups, tasks };
}

/**
 * The column holding every linked key once, on the rows the keys name ("Issue key" for "KORPS-1",
 * "Issue id" for "10110"): key → row. Undefined when no column holds them all, or a key twice.
 */
function keyColumn(
  t: DetectedTable,
  rows: readonly number[],
  linkCol: number,
  activityCol: number,
  sources: readonly { r: number; key: string }[],
): Map<string, number> | undefined {
  for (let c = t.c0; c <= t.c1; c++) {
    if (c === linkCol || c === activityCol) continue;
    const at = new Map<string, number>();
    let unique = true;
    for (const r of rows) {
      const key = textAt(t, r, c);
      if (key === '') continue;
      if (at.has(key)) {
        unique = false;
        break;
      }
      at.set(key, r);
    }
    if (!unique) continue;
    // Every link names another row of the table (an issue never links to itself).
    if (sources.every((s) => at.has(s.key) && at.get(s.key) !== s.r)) return at;
  }
  return undefined;
}

/** A theme column taken by a weak name only (tags, labels) gives way to the groups' themes. */
function unmapWeakTheme(t: DetectedTable, ctx: Ctx): void {
  const i = t.columns.findIndex((m) => m.field === 'theme');
  const m = t.columns[i];
  if (!m || isExactTerm('activities', 'theme', m.header)) return;
  t.columns[i] = { ...m, field: null, confidence: 0 };
  // The column's own check ("read as activities.theme from its header") no longer holds.
  const at = a1(t.headerTop, m.col);
  for (let k = ctx.checks.length - 1; k >= 0; k--) {
    const c = ctx.checks[k];
    if (c && c.sheet === t.view.name && c.cell === at && c.field === 'column') ctx.checks.splice(k, 1);
  }
}

/**
 * A group row (an epic) or a sub-task is no activity: named in a check at its text, and left for
 * the unmapped report. True when the row is one.
 */
export function trackerRowSkipped(links: TrackerLinks, t: DetectedTable, r: number, ctx: Ctx): boolean {
  const activityCol = fieldColumns(t).get('activity');
  const cell = a1(r, activityCol ?? t.c0);
  const text = activityCol === undefined ? '' : textAt(t, r, activityCol);
  const linked = links.groups.get(r);
  if (linked !== undefined) {
    addCheck(ctx, {
      sheet: t.view.name,
      cell,
      field: 'activities.row',
      value: text,
      confidence: 0.9,
      reason: {
        da: `"${quote(text)}" samler ${String(linked)} opgaver, der henviser til den (en epic); rækken er læst som deres indsatsområde, ikke som en aktivitet.`,
        en: `"${quote(text)}" groups ${String(linked)} issues that link to it (an epic); the row was read as their focus area, not as an activity.`,
      },
    });
    return true;
  }
  const parent = links.tasks.get(r);
  if (parent === undefined) return false;
  const parentText = activityCol === undefined ? '' : textAt(t, parent, activityCol);
  addCheck(ctx, {
    sheet: t.view.name,
    cell,
    field: 'activities.row',
    value: text,
    confidence: 0.9,
    reason: {
      da: `"${quote(text)}" er en underopgave til "${quote(parentText)}" (række ${String(parent + 1)}) og er ikke læst som en aktivitet. Skal den med i planen, så skriv den som en aktivitet.`,
      en: `"${quote(text)}" is a sub-task of "${quote(parentText)}" (row ${String(parent + 1)}) and was not read as an activity. If it belongs in the plan, write it as an activity.`,
    },
  });
  return true;
}

/** The theme an issue row takes from its group, with a check where the group names it in other words. */
export function trackerTheme(
  links: TrackerLinks,
  sheet: string,
  r: number,
  ctx: Ctx,
): { theme: Theme; cell: string } | undefined {
  const linked = links.themes.get(r);
  if (!linked) return undefined;
  if (linked.confidence < 1)
    addCheck(ctx, themeCheck(sheet, linked.cell, linked.text, linked.theme, linked.confidence, 'heading'));
  return { theme: linked.theme, cell: linked.cell };
}

/** A tracker's "Resolution" column ("Løsning" in Danish Jira) beside the status. */
const RESOLUTION_HEADER = /^(?:resolution|løsning|opløsning)$/iu;
/** Resolutions that close an issue without it being done ("Won't Do" with any apostrophe a keyboard types). */
const DROPPED =
  /^(?:won['\u2019\u02bc\u2018]?t\s+(?:do|fix)|will\s+not\s+(?:do|fix)|duplicate|duplikat|declined|rejected|cannot\s+reproduce|obsolete|abandoned|cancell?ed|afvist|annulleret|droppet|udføres\s+ikke|vil\s+ikke\s+blive\s+udført|dublet)$/iu;

/** The table's resolution column, when no field took it. */
export function resolutionColumn(t: DetectedTable): number | undefined {
  return t.columns.find((m) => m.field === null && RESOLUTION_HEADER.test(headerName(m.header)))?.col;
}

/**
 * An issue resolved as dropped ("Won't Do", "Duplicate", "Afvist") was closed without being done,
 * whatever its status column says (a tracker moves it to "Done" all the same): Lukket, checked at the
 * status. Other resolutions ("Done", "Fixed", "Unresolved") leave the status as written.
 */
export function readResolution(
  t: DetectedTable,
  r: number,
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const cell = t.view.cell(r, col);
  if (!cell || typeof cell.v !== 'string') return;
  const text = oneLine(cell.v).trim();
  if (!DROPPED.test(text)) return;
  t.view.useCell(cell);
  const values = row.values as { status?: Status };
  if (values.status === 'closed') return;
  values.status = 'closed';
  const cells = row.cells as { status?: string };
  cells.status ??= a1(cell.r, cell.c);
  addCheck(ctx, {
    sheet: t.view.name,
    cell: cells.status,
    field: 'activities.status',
    value: 'closed',
    confidence: 0.8,
    reason: {
      da: `Løsningen "${quote(text)}" (${a1(cell.r, cell.c)}) siger, at opgaven blev lukket uden at blive udført; den er læst som Lukket. Blev den gennemført, så skriv Gennemført.`,
      en: `The resolution "${quote(text)}" (${a1(cell.r, cell.c)}) says the issue was closed without being done; it was read as Closed. If it was done, write Done.`,
    },
  });
}
