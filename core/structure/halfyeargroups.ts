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
import { halfYearOfHeader } from './detect';

export interface HalfYearGroup {
  /** The half-year, as year × 2 + half (halfYearOfHeader). */
  readonly when: number;
  readonly text: string;
  readonly c0: number;
  readonly c1: number;
}

export interface PeriodGroups {
  readonly own: HalfYearGroup;
  readonly others: readonly HalfYearGroup[];
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
  // Cheap first: a one-row header has no groups over sub-headers.
  if (t.headerBottom === t.headerTop || period === undefined) return undefined;
  const groups = groupsOf(t);
  if (groups.length < 2) return undefined;
  const want = periodValue(period);
  const own = groups.find((g) => g.when === want);
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
  return { own, others, moved };
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
    reason: {
      da: `Tabellens kolonner er grupperet pr. halvår; tallene er læst i gruppen for planens periode ("${g.own.text}", ${at}), ikke i ${rest}.`,
      en: `The table's columns are grouped by half-year; the figures were read in the group of the plan's period ("${g.own.text}", ${at}), not in ${rest}.`,
    },
  };
}
