// A table kept year over year: its header groups the columns by half-year, each half-year merged
// over the same sub-headers ("1. halvår 2026 | 2. halvår 2026 | 1. halvår 2027" over "Mål |
// Resultat | n", or over "Timer/uge | Forløb"), as a dashboard or a follow-up sheet keeps them. The
// header's words name each field once per group, and the columns are first taken left to right: the
// oldest half-year. A careful reader reads the figures of the plan's reporting period in its own
// group, and the other half-years as the history and the plan ahead.

import { a1 } from '../grid';
import { foldText } from '../normalize';
import type { ReadCheck } from '../schema';
import type { DetectedTable } from './detect';
import { displayText, isBlank } from './sheet';
import { halfYearOfHeader } from './detect';

export interface HalfYearGroup {
  /** The half-year, as year × 2 + half (halfYearOfHeader); a year's or school year's first. */
  readonly when: number;
  /** The half-years a year group covers (a calendar year both of its own, a school year its two). */
  readonly covers?: readonly number[];
  /** A school year (August to July, "Skoleår 2026/27"): its first calendar year. */
  readonly school?: number;
  readonly text: string;
  readonly c0: number;
  readonly c1: number;
}

export interface PeriodGroups {
  /** The groups are whole years ("2026" | "2027" | "2028"), merged over the header (yearGroupsOf). */
  readonly byYear?: true;
  readonly own: HalfYearGroup;
  readonly others: readonly HalfYearGroup[];
  /** The reporting period, as year × 2 + half. */
  readonly half?: number;
  /** The fields moved to the period's group, by the column they were read from before. */
  readonly moved: readonly { readonly field: string; readonly from: number; readonly to?: number }[];
}

/** The half-year groups merged over a two-row header's columns, left to right. */
function groupsOf(t: DetectedTable): HalfYearGroup[] {
  const out: HalfYearGroup[] = [];
  for (let c = t.c0; c <= t.c1; c++) {
    const m = t.view.mergeAt(t.headerTop, c);
    if (!m || m.s.r !== t.headerTop || m.s.c !== c || m.e.c === m.s.c) continue;
    const text = t.view.text(m.s.r, m.s.c);
    const when = halfYearOfHeader(text);
    if (when !== undefined) out.push({ when, text, c0: m.s.c, c1: m.e.c });
    c = m.e.c;
  }
  return out;
}

/** A year alone as a group's heading: "2026", "År 2026", "2026:", a budget year "Budget 2027". */
const YEAR_ONLY = /^\s*(?:(?:år|budget|budgetår|budgetåret|regnskab|regnskabsår)\s+)?(20\d{2})\s*:?\s*$/iu;
/**
 * A school year as a group's heading: "Skoleår 2026/27", "Skoleåret 2026-2027", "2026/27" (two
 * years in a row, the second written short or whole). A school year runs August to July.
 */
const SCHOOL_YEAR =
  /^\s*(?:skole(?:år|året|aar|aaret)\s+|sy\s*)?(20\d{2})\s*[/-]\s*(\d{2}|20\d{2})\s*:?\s*$/iu;

/** The group a year or school year heading names, from its first column to its last. */
export function yearGroup(text: string, c0: number, c1: number): HalfYearGroup | undefined {
  const y = YEAR_ONLY.exec(text);
  if (y) {
    const year = Number(y[1]);
    return { when: year * 2 + 1, covers: [year * 2 + 1, year * 2 + 2], text, c0, c1 };
  }
  const s = SCHOOL_YEAR.exec(text);
  if (!s?.[1] || !s[2]) return undefined;
  const first = Number(s[1]);
  const second = s[2].length === 2 ? Math.floor(first / 100) * 100 + Number(s[2]) : Number(s[2]);
  if (second !== first + 1) return undefined;
  // August–December of the first year (its second half-year, but for July), January–July of the next.
  return { when: first * 2 + 2, covers: [first * 2 + 2, second * 2 + 1], school: first, text, c0, c1 };
}

/**
 * Whole years as column groups: a row over the header (or the header's first of two) with two or
 * more merged cells each naming a year alone ("2026" | "2027" | "2028"), each over the same
 * sub-headers ("Frist | Status"), as a plan for several years keeps them. A year's `when` is its
 * first half-year (year × 2 + 1): only their order and the period's year are asked of it.
 */
function yearGroupsOf(t: DetectedTable): HalfYearGroup[] {
  const row = t.headerBottom > t.headerTop ? t.headerTop : t.headerTop - 1;
  if (row < 0) return [];
  const out: HalfYearGroup[] = [];
  for (let c = t.c0; c <= t.c1; c++) {
    const m = t.view.mergeAt(row, c);
    if (!m || m.s.r !== row || m.s.c !== c || m.e.c === m.s.c || m.e.c > t.c1) continue;
    const g = yearGroup(t.view.text(m.s.r, m.s.c), m.s.c, m.e.c);
    if (g) out.push(g);
    c = m.e.c;
  }
  // Two or more, all calendar years or all school years.
  if (out.length < 2 || out.some((g) => (g.school === undefined) !== (out[0]?.school === undefined)))
    return [];
  // Each year over the same sub-headers, in the same order.
  const subs = (g: HalfYearGroup): string => {
    const words: string[] = [];
    for (let c = g.c0; c <= g.c1; c++) words.push(foldText(t.view.text(t.headerBottom, c)));
    return words.join('\u0000');
  };
  const first = subs(out[0] as HalfYearGroup);
  return first.replace(/\u0000/g, '') !== '' && out.every((g) => subs(g) === first) ? out : [];
}

/** "2026-H2" as year × 2 + half. */
function periodValue(period: string): number | undefined {
  const m = /^(\d{4})-H([12])$/u.exec(period);
  return m ? Number(m[1]) * 2 + Number(m[2]) : undefined;
}

/**
 * Moves the table's fields to the columns of the reporting period's half-year group, where its
 * header has two or more half-year groups over sub-headers and one of them is the period's: a field
 * read in another group goes to the column of the period's group under the same sub-header, or is
 * no field when the period's group has none. Undefined (nothing changed) otherwise.
 */
export function periodGroupColumns(t: DetectedTable, period: string | undefined): PeriodGroups | undefined {
  if (period === undefined) return undefined;
  // Half-years over sub-headers (a two-row header), else whole years merged over the header.
  const halves = t.headerBottom === t.headerTop ? [] : groupsOf(t);
  const byYear = halves.length < 2;
  const groups = byYear ? yearGroupsOf(t) : halves;
  if (groups.length < 2) return undefined;
  const half = periodValue(period);
  const own =
    half === undefined
      ? undefined
      : groups.find((g) => (g.covers ? g.covers.includes(half) : g.when === half));
  if (!own) return undefined;
  const others = groups.filter((g) => g !== own);
  const sub = (c: number): string => foldText(t.view.text(t.headerBottom, c));
  const moved: { field: string; from: number; to?: number }[] = [];
  const next = t.columns.map((m) => ({
    col: m.col,
    header: m.header,
    field: m.field,
    confidence: m.confidence,
  }));
  for (const m of next) {
    if (m.field === null || !others.some((g) => m.col >= g.c0 && m.col <= g.c1)) continue;
    const words = sub(m.col);
    const target =
      words === ''
        ? undefined
        : next.find((x) => x.col >= own.c0 && x.col <= own.c1 && x.field === null && sub(x.col) === words);
    moved.push({ field: m.field, from: m.col, ...(target ? { to: target.col } : {}) });
    if (target) {
      target.field = m.field;
      target.confidence = m.confidence;
    }
    m.field = null;
  }
  t.columns = next;
  return {
    ...(byYear ? { byYear: true as const } : {}),
    ...(half !== undefined ? { half } : {}),
    own,
    others,
    moved,
  };
}

/**
 * The reason for a school year's group: which half-year of the school year the period is, and where
 * the two part (a second half-year's July lies in the school year before: said, not guessed).
 */
function schoolYearReason(g: PeriodGroups, at: string, rest: string): ReadCheck['reason'] {
  const first = g.own.school as number;
  const span = { da: `august ${first}–juli ${first + 1}`, en: `August ${first} – July ${first + 1}` };
  const second = g.half !== undefined && g.half % 2 === 0;
  const period =
    g.half === undefined ? undefined : { year: Math.floor((g.half - 1) / 2), n: ((g.half - 1) % 2) + 1 };
  const name = period
    ? { da: `${period.n}. halvår ${period.year}`, en: `${period.year}-H${period.n}` }
    : { da: '', en: '' };
  return second
    ? {
        da: `Tabellens kolonner er grupperet pr. skoleår; planens periode, ${name.da}, er læst i "${g.own.text}" (${span.da}, ${at}), ikke i ${rest}. Juli ${first} hører til skoleåret før: står en aktivitet fra juli der, er den ikke læst herfra.`,
        en: `The table's columns are grouped by school year; the plan's period, ${name.en}, was read in "${g.own.text}" (${span.en}, ${at}), not in ${rest}. July ${first} belongs to the school year before: an activity of July standing there was not read from it.`,
      }
    : {
        da: `Tabellens kolonner er grupperet pr. skoleår; planens periode, ${name.da}, ligger i "${g.own.text}" (${span.da}, ${at}) og er læst der, ikke i ${rest}.`,
        en: `The table's columns are grouped by school year; the plan's period, ${name.en}, lies in "${g.own.text}" (${span.en}, ${at}) and was read there, not in ${rest}.`,
      };
}

/** The check that says which half-year's group the figures were read in. */
export function periodGroupCheck(t: DetectedTable, g: PeriodGroups): ReadCheck {
  const at = a1(t.headerTop, g.own.c0);
  const rest = g.others.map((x) => `"${x.text}"`).join(', ');
  const field = g.moved[0]?.field;
  return {
    sheet: t.view.name,
    cell: at,
    field: field === undefined ? t.key : `${t.key}.${field}`,
    value: g.own.text,
    confidence: 0.9,
    reason:
      g.own.school !== undefined
        ? schoolYearReason(g, at, rest)
        : g.byYear
          ? {
              da: `Tabellens kolonner er grupperet pr. år; værdierne er læst i gruppen for planens år ("${g.own.text}", ${at}), ikke i ${rest}.`,
              en: `The table's columns are grouped by year; the values were read in the group of the plan's year ("${g.own.text}", ${at}), not in ${rest}.`,
            }
          : {
              da: `Tabellens kolonner er grupperet pr. halvår; tallene er læst i gruppen for planens periode ("${g.own.text}", ${at}), ikke i ${rest}.`,
              en: `The table's columns are grouped by half-year; the figures were read in the group of the plan's period ("${g.own.text}", ${at}), not in ${rest}.`,
            },
  };
}

/** A plan row with nothing in the period's group, only in later groups: planned for a coming year. */
export interface LaterGroupRow {
  readonly sheet: string;
  /** 1-based, as the draft's rows give it. */
  readonly row: number;
  readonly cell: string;
  readonly later: string;
}

/**
 * The rows of a plan table read in its period's group (periodGroupColumns) that hold nothing in that
 * group and something only in groups after it ("2027", "2028"): the plan's coming years, not the
 * period's activities. A row filled in an earlier group only is left as read (the period's fields
 * empty, each reported). `rows` are the draft rows read from the table, by sheet and row.
 */
export function laterGroupRows(
  t: DetectedTable,
  rows: readonly { readonly source: { readonly sheet: string; readonly row: number } }[],
): LaterGroupRow[] {
  const g = t.periodGroups;
  if (g === undefined) return [];
  const filled = (r: number, x: HalfYearGroup): boolean => {
    for (let c = x.c0; c <= x.c1; c++) {
      const cell = t.view.cell(r, c);
      if (cell && !isBlank(cell)) return true;
    }
    return false;
  };
  const out: LaterGroupRow[] = [];
  for (const x of rows) {
    const r = x.source.row - 1;
    if (x.source.sheet !== t.view.name || r < t.firstRow || r > t.lastRow || filled(r, g.own)) continue;
    if (g.others.some((o) => o.when < g.own.when && filled(r, o))) continue;
    const later = g.others.find((o) => o.when > g.own.when && filled(r, o));
    if (later) out.push({ sheet: t.view.name, row: x.source.row, cell: a1(r, g.own.c0), later: later.text });
  }
  return out;
}

/** The check that says a row was left out as planned for a later group's year or half-year. */
export function laterGroupRowCheck(t: DetectedTable, x: LaterGroupRow): ReadCheck {
  const own = t.periodGroups?.own.text ?? '';
  return {
    sheet: x.sheet,
    cell: x.cell,
    field: 'activities.row',
    value: x.later,
    confidence: 0.8,
    reason: {
      da: `Rækken har intet under "${own}", planens periode, kun under "${x.later}": den er læst som planlagt til senere og ikke som en aktivitet i perioden. Udfyld "${own}", hvis aktiviteten hører til nu.`,
      en: `The row has nothing under "${own}", the plan's period, only under "${x.later}": it was read as planned for later, not as an activity of the period. Fill in "${own}" if the activity belongs to now.`,
    },
  };
}

// --- A single year column ("År", "Skoleår", "Budgetår") -----------------------------------------
//
// A plan for several years kept in one table with a column saying each row's year ("2026",
// "2026/27", "Budget 2027") rather than a column group per year. Read as the groups are: a row whose
// year lies wholly after the plan's period is planned for later (left out, checked); a row of a
// school year holding the period is read, checked, as the school year spans two half-years (its
// first year's 2. halvår and its second's 1. halvår: the row may belong to the other); a row of a
// year wholly before the period is read, checked (held over, or done?).

/** A column headed as a row's year (folded to lower case, "å" as "a"). */
const YEAR_COLUMN =
  /^(?:ar|arstal|aar|year|skolear|skoleaar|skoleaaret|skolearet|school year|budgetar|budgetaar|budget ar|budget year|regnskabsar)$/u;

export interface YearColumnRow {
  readonly sheet: string;
  /** 1-based, as the draft row's source. */
  readonly row: number;
  readonly cell: string;
  readonly text: string;
  readonly kind: 'later' | 'school' | 'earlier';
}

/**
 * The rows of a plan table whose year column ("År", "Skoleår") names a year other than the plan's
 * period's alone: later (to leave out), a school year holding the period, or earlier. (Cheap first:
 * one header test per unmapped column.)
 */
export function yearColumnRows(
  t: DetectedTable,
  rows: readonly {
    readonly source: { readonly sheet: string; readonly row: number; readonly col?: number };
  }[],
  period: string | undefined,
): YearColumnRow[] {
  const p = period === undefined ? undefined : /^(\d{4})-H([12])$/.exec(period);
  if (!p?.[1] || !p[2] || t.periodGroups !== undefined) return [];
  const own = Number(p[1]) * 2 + Number(p[2]);
  const col = t.info.find(
    (i) =>
      YEAR_COLUMN.test(foldText(i.header).replace(/\s+/g, ' ').trim().toLowerCase()) &&
      !t.columns.some((m) => m.col === i.col && m.field),
  )?.col;
  if (col === undefined) return [];
  const out: YearColumnRow[] = [];
  for (const x of rows) {
    if (x.source.col !== undefined || x.source.sheet !== t.view.name) continue;
    const r = x.source.row - 1;
    const cell = t.view.cell(r, col);
    if (!cell || isBlank(cell)) continue;
    const text = displayText(cell, t.view.date1904).trim();
    const g = yearGroup(text, col, col);
    if (!g) continue;
    const first = g.covers?.[0] ?? g.when;
    const last = g.covers?.[g.covers.length - 1] ?? g.when;
    const kind =
      first > own ? 'later' : last < own ? 'earlier' : g.school !== undefined ? 'school' : undefined;
    if (kind) out.push({ sheet: t.view.name, row: x.source.row, cell: a1(r, col), text, kind });
  }
  return out;
}

/** The check for a row read (or left out) by its year column. */
export function yearColumnCheck(x: YearColumnRow, period: string): ReadCheck {
  const m = /^(\d{4})-H([12])$/.exec(period);
  const name = m ? `${m[2]}. halvår ${m[1]}` : period;
  const en = m ? `half-year ${m[2]} of ${m[1]}` : period;
  const text =
    x.kind === 'later'
      ? {
          da: `Rækkens år er "${x.text}", efter planens periode (${name}): den er læst som planlagt til senere og ikke som en aktivitet i perioden. Ret året, hvis aktiviteten hører til nu.`,
          en: `The row's year is "${x.text}", after the plan's period (${en}): it was read as planned for later, not as an activity of the period. Correct the year if the activity belongs to now.`,
        }
      : x.kind === 'school'
        ? {
            da: `Rækkens skoleår "${x.text}" går fra august til juli og rummer to halvår; rækken er læst som en aktivitet i planens periode (${name}). Hører den til det andet halvår, så skriv en frist.`,
            en: `The row's school year "${x.text}" runs August to July and holds two half-years; the row was read as an activity of the plan's period (${en}). If it belongs to the other half-year, write a deadline.`,
          }
        : {
            da: `Rækkens år er "${x.text}", før planens periode (${name}): rækken er læst som en aktivitet i perioden. Er den afsluttet, så slet den; ellers ret året.`,
            en: `The row's year is "${x.text}", before the plan's period (${en}): the row was read as an activity of the period. If it is done, delete it; otherwise correct the year.`,
          };
  return {
    sheet: x.sheet,
    cell: x.cell,
    field: 'activities.row',
    value: x.text,
    confidence: x.kind === 'later' ? 0.8 : 0.6,
    reason: text,
  };
}
