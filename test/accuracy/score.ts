// Scoring the product's reading of a corpus plan against the answer key, field by field.
//
// `observe` turns what the product returned (core/inspect.ts inspectBytes) into a neutral form;
// `score` compares it with the expected values and says, for every field, right or missed, and for
// every miss whether it was silent. The rules:
// - Activities, corps members and indicators are matched by their source row. A row the product
//   made that the key has no row for is an extra row (one missed field); a row the key has that the
//   product did not make misses all its fields.
// - Text is compared after trimming and collapsing white space; dates as ISO strings; list values by
//   id; numbers as numbers.
// - A value is flagged when the product has an issue or a check at its cell (the cell in the key, or
//   the cell the product says it read the field from), or, in a row, a check for that field in the
//   same row.
// - A miss is silent when it is a wrong value, an extra value or an extra row with no issue and no
//   check at its place (for an extra row: anywhere in the row), or a missing value that nothing
//   points to: no issue or check at its cell or in its row, and neither its cell nor its row listed
//   among the values that did not land in the plan (unmapped).
// - `flag: true` in the key: see test/accuracy/expected.ts.

import {
  ACTIVITY_FIELDS,
  CORPS_FIELDS,
  COVER_FIELDS,
  INDICATOR_FIELDS,
  type ActivityField,
  type Expected,
  type ExpectedValue,
} from './expected';

export type Group = 'activities' | 'checklist' | 'cover' | 'corps' | 'indicators';
export const GROUPS: readonly Group[] = ['activities', 'checklist', 'cover', 'corps', 'indicators'];

export type Scalar = string | number | null | undefined;

export interface ObservedRow {
  readonly sheet: string;
  readonly row: number;
  /** A plan laid on its side: the activity's column (1-based); `row` is its activity text's row. */
  readonly col?: number;
  readonly values: Readonly<Record<string, Scalar>>;
  /** Where the product read each field (A1), when it says. */
  readonly cells: Readonly<Record<string, string | undefined>>;
}

export interface Place {
  readonly sheet: string;
  readonly cell: string;
}

/** The product's reading of one workbook, in the form the scorer compares. */
export interface Observed {
  readonly cover: Readonly<Record<string, { readonly value: Scalar; readonly place?: Place }>>;
  readonly activities: readonly ObservedRow[];
  readonly checklist: readonly {
    readonly id: string;
    readonly answer: Scalar;
    readonly comment?: Scalar;
    readonly place?: Place;
  }[];
  readonly corps: readonly ObservedRow[];
  readonly indicators: readonly ObservedRow[];
  /** Issues and checks, each at its place; checks name the field they are about. */
  readonly flags: readonly {
    readonly sheet: string;
    readonly cell: string;
    readonly field?: string;
    readonly kind: 'issue' | 'check';
  }[];
  /** Cells with content that did not land in the plan. */
  readonly unmapped: readonly Place[];
}

export type MissKind =
  /** a value other than the expected one */
  | 'wrong'
  /** no value where one was expected */
  | 'missing'
  /** a value where none was expected */
  | 'extra'
  /** a row made into a plan row that is not one (a total, a note, a legend) */
  | 'extra-row'
  /** an expected row the product did not make */
  | 'missing-row'
  /** a value the key says needs a check, given without one */
  | 'unflagged';

export interface Miss {
  readonly file: string;
  readonly group: Group;
  /** "activities.status", "checklist.F3", "cover.period", "corps.hoursPerWeek", ... */
  readonly field: string;
  /** "Sheet!B7" */
  readonly place: string;
  readonly expected: Scalar;
  readonly got: Scalar;
  readonly kind: MissKind;
  readonly silent: boolean;
  readonly note?: string;
}

export interface Tally {
  right: number;
  total: number;
}

export interface FileScore {
  readonly file: string;
  readonly groups: Record<Group, Tally>;
  /** By field key ("activities.theme", "checklist.answer", "cover.period", ...). */
  readonly fields: Record<string, Tally>;
  readonly misses: Miss[];
  readonly silent: number;
}

// --- Comparing values --------------------------------------------------------------------------

export function normText(v: string | number): string {
  return String(v).replace(/\s+/g, ' ').trim();
}

function isEmpty(v: Scalar): v is null | undefined | '' {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function same(expected: string | number, got: string | number): boolean {
  if (typeof expected === 'number') {
    const n = typeof got === 'number' ? got : Number(String(got).replace(',', '.'));
    return Number.isFinite(n) && Math.abs(n - expected) < 1e-9;
  }
  return normText(expected) === normText(got);
}

export function matches(exp: ExpectedValue, got: Scalar): boolean {
  if (isEmpty(got)) return exp.value === null;
  if (exp.value === null) return false;
  return same(exp.value, got) || (exp.alt ?? []).some((a) => same(a, got));
}

// --- Flags -------------------------------------------------------------------------------------

function rowOf(cell: string): number {
  const m = /(\d+)$/.exec(cell);
  return m ? Number(m[1]) : -1;
}

function colLettersOf(cell: string): string {
  return /^[A-Z]+/.exec(cell)?.[0] ?? '';
}

class FlagIndex {
  private readonly at = new Set<string>();
  private readonly rows = new Set<string>();
  private readonly fieldRows = new Set<string>();
  private readonly unmapped = new Set<string>();
  private readonly unmappedRows = new Set<string>();
  /** Sheet and column (letters) of every flag and unplaced cell: a plan laid on its side. */
  private readonly cols = new Set<string>();

  constructor(obs: Observed) {
    for (const f of obs.flags) {
      this.at.add(`${f.sheet}!${f.cell}`);
      this.rows.add(`${f.sheet}!${rowOf(f.cell)}`);
      if (f.field) this.fieldRows.add(`${f.sheet}!${rowOf(f.cell)}!${f.field}`);
      this.cols.add(`${f.sheet}!${colLettersOf(f.cell)}`);
    }
    for (const u of obs.unmapped) {
      this.unmapped.add(`${u.sheet}!${u.cell}`);
      this.unmappedRows.add(`${u.sheet}!${rowOf(u.cell)}`);
      this.cols.add(`${u.sheet}!${colLettersOf(u.cell)}`);
    }
  }

  /** Any issue, check or unplaced cell in the column (an activity of a plan laid on its side). */
  colSeen(sheet: string, col: string): boolean {
    return this.cols.has(`${sheet}!${col}`);
  }

  /** An issue or a check at one of the cells, or a check for `field` in `row`. */
  flagged(
    places: readonly (Place | undefined)[],
    fieldInRow?: { sheet: string; row: number; field: string },
  ): boolean {
    if (places.some((p) => p !== undefined && this.at.has(`${p.sheet}!${p.cell}`))) return true;
    return (
      fieldInRow !== undefined &&
      this.fieldRows.has(`${fieldInRow.sheet}!${fieldInRow.row}!${fieldInRow.field}`)
    );
  }

  /** Any issue or check in the row. */
  rowFlagged(sheet: string, row: number): boolean {
    return this.rows.has(`${sheet}!${row}`);
  }

  listed(places: readonly (Place | undefined)[]): boolean {
    return places.some((p) => p !== undefined && this.unmapped.has(`${p.sheet}!${p.cell}`));
  }

  rowListed(sheet: string, row: number): boolean {
    return this.unmappedRows.has(`${sheet}!${row}`);
  }
}

// --- Judging one value -------------------------------------------------------------------------

interface Verdict {
  readonly right: boolean;
  readonly kind?: MissKind;
  readonly silent?: boolean;
}

/**
 * Right or not, and how a miss is seen. `flagged`: an issue or a check at the value's place (for a
 * wrong value, only this makes it not silent); `seen`: flagged, or its cell listed as not placed, or
 * an issue, check or unplaced cell in its row (for a missing value, any of these tells the
 * coordinator that something in the row needs them).
 */
export function judge(exp: ExpectedValue, got: Scalar, flagged: boolean, seen: boolean): Verdict {
  const gotNone = isEmpty(got);
  const equal = !gotNone && matches(exp, got);
  if (exp.flag) {
    if (exp.value === null) {
      // Unknowable: right only as no value with a question at the cell.
      if (gotNone) return flagged ? { right: true } : { right: false, kind: 'unflagged', silent: !seen };
      return { right: false, kind: 'wrong', silent: !flagged };
    }
    // The usual reading, to be proposed and asked about.
    if (equal) return flagged ? { right: true } : { right: false, kind: 'unflagged', silent: false };
    if (gotNone) return { right: false, kind: 'missing', silent: !seen };
    return { right: false, kind: 'wrong', silent: !flagged };
  }
  if (exp.value === null) {
    if (gotNone) return { right: true };
    return { right: false, kind: 'extra', silent: !flagged };
  }
  if (equal) return { right: true };
  if (gotNone) return { right: false, kind: 'missing', silent: !seen };
  return { right: false, kind: 'wrong', silent: !flagged };
}

// --- Scoring a file ----------------------------------------------------------------------------

function emptyGroups(): Record<Group, Tally> {
  return {
    activities: { right: 0, total: 0 },
    checklist: { right: 0, total: 0 },
    cover: { right: 0, total: 0 },
    corps: { right: 0, total: 0 },
    indicators: { right: 0, total: 0 },
  };
}

export function score(file: string, expected: Expected, obs: Observed): FileScore {
  const flags = new FlagIndex(obs);
  const groups = emptyGroups();
  const fields: Record<string, Tally> = {};
  const misses: Miss[] = [];

  const count = (group: Group, field: string, right: boolean): void => {
    groups[group].total++;
    const f = (fields[field] ??= { right: 0, total: 0 });
    f.total++;
    if (right) {
      groups[group].right++;
      f.right++;
    }
  };
  const place = (sheet: string, cell: string): string => `${sheet}!${cell}`;

  /** One expected value against what the product gave, counted and, when missed, listed. */
  const one = (
    group: Group,
    field: string,
    missField: string,
    exp: ExpectedValue,
    defaultSheet: string,
    got: Scalar,
    productPlace: Place | undefined,
    fieldInRow?: { sheet: string; row: number; field: string },
  ): void => {
    const at: Place = { sheet: exp.sheet ?? defaultSheet, cell: exp.cell };
    const places = [at, productPlace];
    const flagged = flags.flagged(places, fieldInRow);
    // A missing value is seen when anything in its row (or the row the product read it from) is
    // flagged or listed as not placed.
    const rows = [
      ...places
        .filter((p): p is Place => p !== undefined)
        .map((p) => ({ sheet: p.sheet, row: rowOf(p.cell) })),
      ...(fieldInRow ? [fieldInRow] : []),
    ];
    const seen =
      flagged || rows.some((r) => flags.rowFlagged(r.sheet, r.row) || flags.rowListed(r.sheet, r.row));
    const v = judge(exp, got, flagged, seen);
    count(group, field, v.right);
    if (!v.right)
      misses.push({
        file,
        group,
        field: missField,
        place: place(at.sheet, at.cell),
        expected: exp.value,
        got: isEmpty(got) ? null : got,
        kind: v.kind!,
        silent: v.silent!,
        ...(exp.note ? { note: exp.note } : {}),
      });
  };

  /** Rows matched by source row: expected fields judged, extra and missing rows listed. */
  const rows = <F extends string>(
    group: 'activities' | 'corps' | 'indicators',
    fieldNames: readonly F[],
    expectedRows: readonly {
      sheet: string;
      row: number;
      from?: { sheet: string; row: number };
      /** A plan laid on its side: the activity's column (letters). */
      col?: string;
      fields: Partial<Record<F, ExpectedValue>>;
    }[],
    observedRows: readonly ObservedRow[],
  ): void => {
    // A row is known by its sheet and row; an activity of a plan laid on its side also by its column.
    const keyOf = (sheet: string, row: number, col?: number): string =>
      col === undefined ? `${sheet}!${row}` : `${sheet}!${row}!${col}`;
    const colOf = (letters: string | undefined): number | undefined =>
      letters === undefined ? undefined : [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const byRow = new Map(observedRows.map((r) => [keyOf(r.sheet, r.row, r.col), r]));
    const wanted = new Set(expectedRows.map((r) => keyOf(r.sheet, r.row, colOf(r.col))));
    for (const e of expectedRows) {
      // A view's row not read, its data's row read instead (expected.ts `from`): judged as the view's.
      const fromKey = e.from === undefined ? undefined : `${e.from.sheet}!${e.from.row}`;
      const own = byRow.get(keyOf(e.sheet, e.row, colOf(e.col)));
      const o = own ?? (fromKey === undefined ? undefined : byRow.get(fromKey));
      if (own === undefined && o !== undefined && fromKey !== undefined) wanted.add(fromKey);
      for (const f of fieldNames) {
        const exp = e.fields[f];
        if (!exp) continue;
        const key = `${group}.${f}`;
        if (!o) {
          // The product made no row here: every field is missed, silent unless the row was flagged or listed.
          const at = { sheet: exp.sheet ?? e.sheet, cell: exp.cell };
          // An activity laid on its side shares its rows with the others: its own column tells.
          const seen =
            e.col === undefined
              ? flags.rowFlagged(e.sheet, e.row) || flags.rowListed(e.sheet, e.row) || flags.listed([at])
              : flags.colSeen(e.sheet, e.col);
          count(group, key, false);
          misses.push({
            file,
            group,
            field: key,
            place: place(at.sheet, at.cell),
            expected: exp.value,
            got: null,
            kind: 'missing-row',
            silent: !seen,
            ...(exp.note ? { note: exp.note } : {}),
          });
          continue;
        }
        const cell = o.cells[f];
        one(
          group,
          key,
          key,
          exp,
          e.sheet,
          o.values[f],
          cell ? { sheet: o.sheet, cell } : undefined,
          o.col === undefined ? { sheet: o.sheet, row: o.row, field: key } : undefined,
        );
      }
    }
    for (const o of observedRows) {
      if (wanted.has(keyOf(o.sheet, o.row, o.col))) continue;
      const key = `${group}.row`;
      count(group, key, false);
      const shown = Object.entries(o.values).find(([, v]) => !isEmpty(v));
      misses.push({
        file,
        group,
        field: key,
        place: o.col === undefined ? `${o.sheet}!${o.row}` : `${o.sheet}!${o.row} (column ${o.col})`,
        expected: null,
        got: shown ? `${shown[0]}: ${String(shown[1])}` : '(row)',
        kind: 'extra-row',
        silent:
          o.col === undefined
            ? !flags.rowFlagged(o.sheet, o.row)
            : !flags.flagged(
                Object.values(o.cells).map((c) => (c ? { sheet: o.sheet, cell: c } : undefined)),
              ),
      });
    }
  };

  // Cover facts the plan states.
  for (const f of COVER_FIELDS) {
    const exp = expected.cover[f];
    if (!exp) continue;
    const o = obs.cover[f];
    one('cover', `cover.${f}`, `cover.${f}`, exp, exp.sheet ?? '', o?.value, o?.place);
  }

  rows('activities', ACTIVITY_FIELDS, expected.activities, obs.activities);

  if (expected.checklist) {
    const byId = new Map(obs.checklist.map((c) => [c.id, c]));
    for (const e of expected.checklist) {
      const o = byId.get(e.id);
      const sheet = e.answer.sheet ?? '';
      one('checklist', 'checklist.answer', `checklist.${e.id}`, e.answer, sheet, o?.answer, o?.place, {
        sheet,
        row: rowOf(e.answer.cell),
        field: `checklist.${e.id}`,
      });
      if (e.comment)
        one(
          'checklist',
          'checklist.comment',
          `checklist.${e.id}.comment`,
          e.comment,
          sheet,
          o?.comment,
          o?.place,
        );
    }
  }

  if (expected.corps) rows('corps', CORPS_FIELDS, expected.corps, obs.corps);
  if (expected.indicators) rows('indicators', INDICATOR_FIELDS, expected.indicators, obs.indicators);

  return { file, groups, fields, misses, silent: misses.filter((m) => m.silent).length };
}

// --- Totals ------------------------------------------------------------------------------------

export interface Totals {
  readonly groups: Record<Group, Tally>;
  readonly fields: Record<string, Tally>;
  readonly right: number;
  readonly total: number;
  readonly silent: number;
  readonly misses: number;
}

export function fileTotal(s: FileScore): Tally {
  return GROUPS.reduce(
    (t, g) => ({ right: t.right + s.groups[g].right, total: t.total + s.groups[g].total }),
    { right: 0, total: 0 },
  );
}

export function totals(scores: readonly FileScore[]): Totals {
  const groups = emptyGroups();
  const fields: Record<string, Tally> = {};
  for (const s of scores) {
    for (const g of GROUPS) {
      groups[g].right += s.groups[g].right;
      groups[g].total += s.groups[g].total;
    }
    for (const [k, t] of Object.entries(s.fields)) {
      const f = (fields[k] ??= { right: 0, total: 0 });
      f.right += t.right;
      f.total += t.total;
    }
  }
  const all = GROUPS.reduce(
    (t, g) => ({ right: t.right + groups[g].right, total: t.total + groups[g].total }),
    { right: 0, total: 0 },
  );
  return {
    groups,
    fields,
    right: all.right,
    total: all.total,
    silent: scores.reduce((n, s) => n + s.silent, 0),
    misses: scores.reduce((n, s) => n + s.misses.length, 0),
  };
}

export type { ActivityField };
