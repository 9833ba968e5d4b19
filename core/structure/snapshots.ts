// A plan sheet copied before every monthly status meeting: "Status jan 26", "Status feb 26", …
// "Status nov 26", each a copy of the month before with its statuses and remarks brought up to
// date, activities added at the bottom and a few dropped. Read as plans, every activity would count
// once a month, and the old statuses would stand beside the new.
//
// A careful reader takes the LATEST month's sheet as the plan, by the month its name gives (the tab
// order says nothing: a sheet is easily dragged out of place), and the earlier months' sheets as its
// history. A month written without a year ("Status okt") takes the year its sibling sheets share.
// The sheets must read as copies of one another — each month holds at least half of the month
// before's activities — so that a calendar kept one sheet per month (each month its own entries)
// is never taken for snapshots. Where the latest month has two sheets ("Status okt" and "Status okt
// (kopi)"), both are left to the rule for copies (copies.ts).
//
// A status written as "Uændret" (unchanged since the last meeting) on the latest sheet is the
// status the same activity had on the month before's sheet; where that month has two sheets that
// disagree, which one is the newer cannot be known, and the status is left unread, with a check.

import { monthOfWord } from '../dates';
import type { ActivityFields, DraftRow } from '../draft';
import { parseA1 } from '../grid';
import { foldText } from '../normalize';
import type { ReadCheck } from '../schema';
import { addCheck, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { sheetCheck } from './layoutChecks';
import { displayText } from './sheet';
import { readListValue } from './values';

/** A copy's mark after a sheet's name: "(kopi)", "- kopi", "copy", "(2)". */
const COPY_MARK =
  /\s*(?:[-–]\s*)?(?:\((?:kopi|copy)(?:\s*\d+)?\)|(?:kopi|copy)(?:\s*\d+)?|\((?:[2-9]|1\d)\))\s*$/iu;
const YEAR4 = /^(20\d{2})$/u;
const YEAR2 = /^'?(\d{2})$/u;

/** What a sheet's name says of its month: the words around the month, the month, the year if written. */
export interface MonthName {
  /** The name without its month, year and copy mark, folded: sibling snapshots share it. */
  readonly stem: string;
  readonly month: number;
  readonly year: number | undefined;
  readonly copy: boolean;
}

/**
 * The month a sheet's name names: exactly one month word ("jan", "Marts", "sept."), followed by
 * nothing or a year ("26", "2026"), after any other words ("Status"). "(kopi)" after it marks a copy.
 */
export function monthOfSheetName(name: string): MonthName | undefined {
  const trimmed = name.trim();
  const copy = COPY_MARK.test(trimmed);
  const words = trimmed.replace(COPY_MARK, '').split(/\s+/u);
  let at = -1;
  let month: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const m = monthOfWord(words[i] ?? '');
    if (m === undefined) continue;
    if (month !== undefined) return undefined;
    month = m;
    at = i;
  }
  if (month === undefined) return undefined;
  const after = words.slice(at + 1);
  let year: number | undefined;
  if (after.length === 1) {
    const w = after[0] ?? '';
    const y4 = YEAR4.exec(w)?.[1];
    const y2 = YEAR2.exec(w)?.[1];
    if (y4 !== undefined) year = Number(y4);
    else if (y2 !== undefined) year = 2000 + Number(y2);
    else return undefined;
  } else if (after.length > 1) return undefined;
  return { stem: foldText(words.slice(0, at).join(' ')), month, year, copy };
}

/**
 * What a sheet's name says of its date, in any of the ways a coordinator names a snapshot: a month
 * word ("Status jan 26", "Marts 12", "12. marts 2027"), a day in numbers ("Status 12.03.2026",
 * "12.03"), an ISO month or day ("2026-03"), a month and a year in numbers ("03-26"), a week ("uge
 * 11", "Uge 11 2026"). Numbers whose meaning only the sibling names tell ("Marts 12": a year or a
 * day; "03-12": a month and a year or a day and a month) are kept raw and read in the family.
 */
export interface DatedName {
  readonly stem: string;
  readonly copy: boolean;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly week?: number;
  /** One or two figures after a month word: a two-digit year or a day. */
  readonly after?: number;
  /** Two numbers "a.b" with no year: a day and a month, or a month and a two-digit year. */
  readonly pair?: readonly [number, number];
}

/** Words naming a version, not a date: "Version 1.2", "v 2.1", "Udgave 1.3". */
const VERSION_STEM = /(?:^|\s)(?:version|ver|v|udgave|rev|revision|rettelse)\.?$/iu;
const YEAR_OF = (w: string): number => (w.length === 4 ? Number(w) : 2000 + Number(w));

export function datedSheetName(name: string): DatedName | undefined {
  const trimmed = name.trim();
  const copy = COPY_MARK.test(trimmed);
  const bare = trimmed.replace(COPY_MARK, '').trim();
  // Cheap first: a figure or a month word somewhere in the name.
  const stemOf = (s: string | undefined): string | undefined => {
    const t = (s ?? '').trim();
    if (VERSION_STEM.test(t) || /\d/u.test(t)) return undefined;
    return foldText(t);
  };
  const month = monthOfSheetName(bare);
  if (month && !/\d/u.test(month.stem)) {
    const words = bare.split(/\s+/u);
    const at = words.findIndex((w) => monthOfWord(w) !== undefined);
    const after = words.slice(at + 1);
    const raw = after.length === 1 ? /^'?(\d{2})$/u.exec(after[0] ?? '')?.[1] : undefined;
    return {
      stem: month.stem,
      copy,
      month: month.month,
      ...(raw !== undefined ? { after: Number(raw) } : month.year !== undefined ? { year: month.year } : {}),
    };
  }
  if (!/\d/u.test(bare)) return undefined;
  let m: RegExpExecArray | null;
  // "12. marts 2027", "Status 12 marts", "Marts 12 2027".
  m = /^(?:(.*?)\s+)?(\d{1,2})\.?\s+(\p{L}+\.?)(?:\s+(\d{4}|'?\d{2}))?$/u.exec(bare);
  if (m) {
    const mo = monthOfWord(m[3] ?? '');
    const day = Number(m[2]);
    const stem = stemOf(m[1]);
    if (mo !== undefined && stem !== undefined && day >= 1 && day <= 31)
      return { stem, copy, month: mo, day, ...(m[4] ? { year: YEAR_OF(m[4].replace("'", '')) } : {}) };
  }
  // "Marts 9": a figure after a month word (a day or a year, read in the family).
  m = /^(?:(.*?)\s+)?(\p{L}+\.?)\s+(\d{1,2})$/u.exec(bare);
  if (m) {
    const mo = monthOfWord(m[2] ?? '');
    const stem = stemOf(m[1]);
    if (mo !== undefined && stem !== undefined) return { stem, copy, month: mo, after: Number(m[3]) };
  }
  m = /^(?:(.*?)\s+)?(\p{L}+\.?)\s+(\d{1,2})\s+(\d{4})$/u.exec(bare);
  if (m) {
    const mo = monthOfWord(m[2] ?? '');
    const day = Number(m[3]);
    const stem = stemOf(m[1]);
    if (mo !== undefined && stem !== undefined && day >= 1 && day <= 31)
      return { stem, copy, month: mo, day, year: Number(m[4]) };
  }
  // A week: "uge 11", "Uge 11 2026", "uge 11-26", "week 11".
  m = /^(?:(.*?)\s+)?(?:uge|week|wk|uke)\.?\s*(\d{1,2})(?:\s*[-/,]?\s*(\d{4}|'?\d{2}))?$/iu.exec(bare);
  if (m) {
    const week = Number(m[2]);
    const stem = stemOf(m[1]);
    if (stem !== undefined && week >= 1 && week <= 53)
      return { stem, copy, week, ...(m[3] ? { year: YEAR_OF(m[3].replace("'", '')) } : {}) };
  }
  // ISO: "2026-03", "2026-03-12".
  m = /^(?:(.*?)\s+)?(20\d{2})[-./](\d{1,2})(?:[-./](\d{1,2}))?$/u.exec(bare);
  if (m) {
    const mo = Number(m[3]);
    const day = m[4] === undefined ? undefined : Number(m[4]);
    const stem = stemOf(m[1]);
    if (stem !== undefined && mo >= 1 && mo <= 12 && (day === undefined || (day >= 1 && day <= 31)))
      return { stem, copy, year: Number(m[2]), month: mo, ...(day !== undefined ? { day } : {}) };
  }
  // "12.03.2026", "12-03-26".
  m = /^(?:(.*?)\s+)?(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})$/u.exec(bare);
  if (m) {
    const day = Number(m[2]);
    const mo = Number(m[3]);
    const stem = stemOf(m[1]);
    if (stem !== undefined && mo >= 1 && mo <= 12 && day >= 1 && day <= 31)
      return { stem, copy, year: YEAR_OF(m[4] ?? ''), month: mo, day };
  }
  // "03-2026" (a month and a year), "03-26" or "12.03" (read in the family).
  m = /^(?:(.*?)\s+)?(\d{1,2})[-./](\d{4}|\d{2})$/u.exec(bare);
  if (m) {
    const a = Number(m[2]);
    const stem = stemOf(m[1]);
    if (stem === undefined) return undefined;
    if ((m[3] ?? '').length === 4)
      return a >= 1 && a <= 12 ? { stem, copy, year: Number(m[3]), month: a } : undefined;
    const b = Number(m[3]);
    if (a >= 1 && a <= 31 && b >= 1) return { stem, copy, pair: [a, b] };
  }
  return undefined;
}

/** A day of a year as a number that orders ("when" within one year). */
const dayOfYear = (month: number, day: number | undefined): number => (month - 1) * 31 + (day ?? 31);

/**
 * Each name of a family of snapshots put on one time line (undefined where it cannot be): the
 * figures only siblings explain read alike in the whole family; a name without a year takes the one
 * its siblings share, and where none has a year, the months run on over the new year at the widest
 * gap (snapshots are taken at a steady pace: "nov", "dec", "jan" is one winter).
 */
export function timeLine(names: readonly DatedName[]): (number | undefined)[] {
  // A figure after a month word: a two-digit year where the family's are one or neighbouring years
  // ("jan 26", "dec 25"), else a day ("Marts 12", "Marts 26", "April 9").
  const afters = names.flatMap((n) => (n.after === undefined ? [] : [n.after]));
  const afterIsYear =
    afters.length === 0 || Math.max(...afters) - Math.min(...afters) <= 2 || afters.some((a) => a > 31);
  // Two figures: a month and a two-digit year where any second figure is no month ("03-26"), else
  // a day and a month ("12.03"), as Danish writes them.
  const pairs = names.flatMap((n) => (n.pair === undefined ? [] : [n.pair]));
  const pairIsMonthYear = pairs.some(([, b]) => b > 12) && pairs.every(([a]) => a <= 12);
  const read = names.map((n) => {
    let { year, month, day } = n;
    const { week } = n;
    if (n.after !== undefined) {
      if (afterIsYear) year = 2000 + n.after;
      else day = n.after;
    }
    if (n.pair !== undefined) {
      const [a, b] = n.pair;
      if (pairIsMonthYear) {
        month = a;
        year = 2000 + b;
      } else if (b <= 12) {
        day = a;
        month = b;
      } else return undefined;
    }
    const pos = week !== undefined ? week * 7 : month !== undefined ? dayOfYear(month, day) : undefined;
    return pos === undefined ? undefined : { year, pos };
  });
  const years = new Set(read.flatMap((x) => (x?.year === undefined ? [] : [x.year])));
  if (years.size > 0) {
    const shared = years.size === 1 ? [...years][0] : undefined;
    return read.map((x) => {
      const year = x?.year ?? shared;
      return x === undefined || year === undefined ? undefined : year * 400 + x.pos;
    });
  }
  // No year anywhere: the year turns at the widest gap between the names' days.
  const days = [...new Set(read.flatMap((x) => (x === undefined ? [] : [x.pos])))].sort((a, b) => a - b);
  let start = days[0] ?? 0;
  let widest = -1;
  for (let i = 0; i < days.length; i++) {
    const here = days[i] as number;
    const gap = i === 0 ? here + 400 - (days[days.length - 1] as number) : here - (days[i - 1] as number);
    if (gap > widest) {
      widest = gap;
      start = here;
    }
  }
  return read.map((x) => (x === undefined ? undefined : x.pos >= start ? x.pos : x.pos + 400));
}

export interface Snapshot {
  readonly sheet: string;
  /** When the name dates it: later snapshots compare higher. */
  readonly when: number;
  readonly copy: boolean;
  readonly tables: readonly DetectedTable[];
}

export interface Snapshots {
  /** The latest month's sheets (two when it has a copy), the one named in checks first. */
  readonly latest: readonly Snapshot[];
  /** The earlier months' sheets, latest first. */
  readonly earlier: readonly Snapshot[];
}

/** The folded activity texts of a sheet's plan tables. */
function activityTexts(tables: readonly DetectedTable[]): Set<string> {
  const out = new Set<string>();
  for (const t of tables) {
    const col = t.columns.find((c) => c.field === 'activity')?.col;
    if (col === undefined) continue;
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const text = displayText(t.view.cell(r, col), t.view.date1904).trim();
      if (text !== '') out.add(foldText(text));
    }
  }
  return out;
}

/**
 * The plan's dated snapshots, when the visible plan sheets include two dates or more of sheets
 * named alike by a date (a month, a day or a week), each a copy of the one before; else undefined.
 * (Cheap first: only where two plan sheets' names hold a date.)
 */
export function monthSnapshots(tables: readonly DetectedTable[]): Snapshots | undefined {
  const bySheet = new Map<string, DetectedTable[]>();
  for (const t of tables) {
    if (t.key !== 'activities' || t.view.sheet.state !== 'visible') continue;
    const list = bySheet.get(t.view.name);
    if (list) list.push(t);
    else bySheet.set(t.view.name, [t]);
  }
  if (bySheet.size < 2) return undefined;
  const named: { sheet: string; name: DatedName }[] = [];
  for (const sheet of bySheet.keys()) {
    const name = datedSheetName(sheet);
    if (name) named.push({ sheet, name });
  }
  if (named.length < 2) return undefined;
  // The largest family of sheets named alike (the same words around the date).
  const stems = new Map<string, { sheet: string; name: DatedName }[]>();
  for (const n of named) {
    const list = stems.get(n.name.stem);
    if (list) list.push(n);
    else stems.set(n.name.stem, [n]);
  }
  const family = [...stems.values()].reduce((a, b) => (b.length > a.length ? b : a));
  const line = timeLine(family.map((n) => n.name));
  const dated: Snapshot[] = [];
  family.forEach(({ sheet, name }, i) => {
    const when = line[i];
    if (when === undefined) return;
    dated.push({ sheet, when, copy: name.copy, tables: bySheet.get(sheet) ?? [] });
  });
  if (new Set(dated.map((d) => d.when)).size < 2) return undefined;
  dated.sort((a, b) => a.when - b.when || Number(a.copy) - Number(b.copy));
  // Copies of one another: each month holds at least half of the month before's activities.
  const texts = dated.map((d) => activityTexts(d.tables));
  for (let i = 1; i < dated.length; i++) {
    const before = texts[i - 1] as Set<string>;
    const now = texts[i] as Set<string>;
    if (before.size === 0) return undefined;
    let kept = 0;
    for (const t of before) if (now.has(t)) kept++;
    if (kept * 2 < before.size) return undefined;
  }
  const last = (dated[dated.length - 1] as Snapshot).when;
  return {
    latest: dated.filter((d) => d.when === last),
    earlier: dated
      .filter((d) => d.when !== last)
      .sort((a, b) => b.when - a.when || Number(a.copy) - Number(b.copy)),
  };
}

/** Folded words that say a status is what it was at the last meeting. */
const UNCHANGED: ReadonlySet<string> = new Set(
  [
    'uændret',
    'u.æ.',
    'uæ',
    'som sidst',
    'samme som sidst',
    'som før',
    'ingen ændring',
    'ingen ændringer',
    'unchanged',
    'no change',
    'same as last time',
  ].map(foldText),
);

export function isUnchangedWord(text: string): boolean {
  return UNCHANGED.has(foldText(text));
}

/** What an earlier month's sheets say of an activity's status: one status, two that disagree, or nothing. */
export type EarlierStatus =
  | {
      readonly kind: 'one';
      readonly status: string;
      readonly sheets: readonly string[];
      readonly text: string;
    }
  | { readonly kind: 'disagree'; readonly readings: readonly { sheet: string; text: string }[] }
  | undefined;

/**
 * The status an activity had on the latest earlier month that lists it with a status (a sheet saying
 * "Uændret" again, or nothing, is passed over for the month before it); undefined where that status
 * is no status of the list.
 */
export function earlierStatus(snapshots: Snapshots, activity: string): EarlierStatus {
  const key = foldText(activity);
  let i = 0;
  const earlier = snapshots.earlier;
  while (i < earlier.length) {
    const when = (earlier[i] as Snapshot).when;
    const readings: { sheet: string; text: string; id: string | undefined }[] = [];
    for (; i < earlier.length && (earlier[i] as Snapshot).when === when; i++) {
      const snap = earlier[i] as Snapshot;
      for (const t of snap.tables) {
        const actCol = t.columns.find((c) => c.field === 'activity')?.col;
        const statusCol = t.columns.find((c) => c.field === 'status')?.col;
        if (actCol === undefined || statusCol === undefined) continue;
        for (let r = t.firstRow; r <= t.lastRow; r++) {
          if (foldText(displayText(t.view.cell(r, actCol), t.view.date1904).trim()) !== key) continue;
          const text = displayText(t.view.cell(r, statusCol), t.view.date1904).trim();
          // An empty status or "Uændret" again says nothing of this month: the month before is asked.
          if (text === '' || isUnchangedWord(text)) continue;
          readings.push({ sheet: snap.sheet, text, id: readListValue('status', text)?.id });
        }
      }
    }
    if (readings.length === 0) continue;
    // A status that is no status of the list: what the month said cannot be known.
    if (readings.some((x) => x.id === undefined)) return undefined;
    const ids = new Set(readings.map((x) => x.id));
    const first = readings[0];
    if (ids.size === 1 && first?.id !== undefined)
      return {
        kind: 'one',
        status: first.id,
        sheets: readings.map((x) => x.sheet),
        text: first.text,
      };
    return { kind: 'disagree', readings: readings.map(({ sheet, text }) => ({ sheet, text })) };
  }
  return undefined;
}

/** An earlier month's copy of the plan, passed over: the latest month's sheet is read. */
export function earlierMonthCheck(sheet: string, kept: string): ReadCheck {
  return sheetCheck(
    sheet,
    'A1',
    sheet,
    `Arket "${sheet}" er en tidligere måneds kopi af planen; planen er læst fra "${kept}", den seneste måned efter arkenes navne (ikke fanernes rækkefølge). Rækkerne på "${sheet}" er ikke læst som aktiviteter (cellerne er vist som ikke placeret). Gælder et andet ark, så giv det et navn med den seneste måned.`,
    `The sheet "${sheet}" is an earlier month's copy of the plan; the plan is read from "${kept}", the latest month by the sheets' names (not the order of the tabs). The rows on "${sheet}" were not read as activities (their cells are listed as not placed). If another sheet applies, name it with the latest month.`,
    0.5,
  );
}

/** "Uændret" read as the status of the month before. */
export function unchangedStatusCheck(
  sheet: string,
  cell: string,
  written: string,
  found: Extract<EarlierStatus, { kind: 'one' }>,
): ReadCheck {
  const from = found.sheets.map((s) => `"${s}"`).join(', ');
  return {
    sheet,
    cell,
    field: 'activities.status',
    value: found.text,
    confidence: 0.9,
    reason: {
      da: `Status "${written}" er læst som status på det forrige statusark (${from}): "${found.text}". Skriv status, hvis den er en anden nu.`,
      en: `The status "${written}" was read as the status on the previous status sheet (${from}): "${found.text}". Write the status if it is another one now.`,
    },
  };
}

/** "Uændret" where the month before's sheets disagree: no status read. */
export function unchangedUnknownCheck(
  sheet: string,
  cell: string,
  written: string,
  readings: readonly { sheet: string; text: string }[],
): ReadCheck {
  const list = readings.map((x) => `"${x.sheet}": "${x.text}"`).join(', ');
  return {
    sheet,
    cell,
    field: 'activities.status',
    value: '',
    confidence: 0.3,
    reason: {
      da: `Status "${written}" henviser til det forrige statusark, men dets kopier er uenige (${list}), og hvilken der er den nyeste, kan ikke ses. Status er ikke læst; skriv den.`,
      en: `The status "${written}" points to the previous status sheet, but its copies disagree (${list}), and which one is the newer cannot be told. No status was read; write it.`,
    },
  };
}

/**
 * "Uændret" written as the status on the latest month's sheet: read as the status the activity had
 * on the month before, with a check; where that month's copies disagree, left unread, with a check
 * (the issue that the text is no status stays).
 */
export function readUnchangedStatuses(
  activities: readonly DraftRow<ActivityFields>[],
  snapshots: Snapshots,
  ctx: Ctx,
): void {
  const views = new Map(snapshots.latest.flatMap((s) => s.tables.map((t) => [t.view.name, t.view] as const)));
  for (const a of activities) {
    const view = views.get(a.source.sheet);
    const at = a.cells.status;
    if (view === undefined || at === undefined || a.values.status !== undefined) continue;
    const place = parseA1(at);
    if (place === undefined) continue;
    const written = displayText(view.cell(place.r, place.c), view.date1904).trim();
    const activity = a.values.activity;
    if (written === '' || activity === undefined || !isUnchangedWord(written)) continue;
    const found = earlierStatus(snapshots, activity);
    if (found === undefined) continue;
    if (found.kind === 'disagree') {
      addCheck(ctx, unchangedUnknownCheck(view.name, at, written, found.readings));
      continue;
    }
    a.values.status = found.status as ActivityFields['status'];
    for (let i = ctx.issues.length - 1; i >= 0; i--) {
      const issue = ctx.issues[i];
      if (issue?.sheet === view.name && issue.cell === at && issue.code === 'value_not_in_list')
        ctx.issues.splice(i, 1);
    }
    addCheck(ctx, unchangedStatusCheck(view.name, at, written, found));
  }
}
