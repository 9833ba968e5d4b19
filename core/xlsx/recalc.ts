// Formulas whose value the file does not hold. Excel saves each formula's result beside it, and the
// intake reads that result. A workbook written by a program that does not calculate holds none
// (openpyxl writes <v></v>), or holds a placeholder and asks Excel to calculate everything when the
// file is opened (XlsxWriter writes 0 and calcPr fullCalcOnLoad="1"). A person opening such a file
// in Excel sees the calculated values, so the intake works them out the same way where it can:
// references to cells on any sheet of the workbook, literals, arithmetic, joins, comparisons, and
// the functions core/validate/formulaText.ts reads (IF, SUM, DATE, VLOOKUP, INDEX/MATCH, XLOOKUP,
// the text functions, INDIRECT of a reference written as text, a LAMBDA the formula makes or the
// workbook names, ...). What it cannot work out (TODAY, another workbook, a function not read
// there) is listed on the sheet as `uncalculated`, for the reader to say so at the cell.
//
// Written here rather than with a formula engine from npm: the well-kept engines are large (and
// HyperFormula is GPL-licensed), run in the browser too but would add ~1 MB to the add-in, and the
// plans' formulas that matter are copies of a cell, a date plus days and lookups of a name.

import {
  sheetOfColumns,
  type CellColumns,
  type CellValue,
  type Grid,
  type GridCell,
  type GridSheet,
} from '../grid';
import {
  FormulaError,
  formulaValue,
  nameValue,
  RangeValue,
  type FormulaValue,
  type Lambda,
} from '../validate/formulaText';
import type { PendingFormula } from './sheet';

/** Nesting of formulas that refer to formulas still to be worked out (deeper: not worked out). */
const MAX_CHAIN = 16;
/** Cells read from ranges in all (a lookup over a large range at every row). */
const MAX_RANGE_CELLS = 2_000_000;
/** Cells of one range. */
const MAX_RANGE = 100_000;
/** What a defined name may stand for here: a cell or a range, on a sheet it names. */
const NAMED_REF = /^(?:'(?:[^']|'')+'|[^'!:[\]]+)!\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?$/i;

interface SheetState {
  readonly sheet: GridSheet;
  readonly columns: CellColumns;
  /** Pending formulas by cell key. */
  readonly pending: Map<number, PendingFormula>;
  /** Values worked out, by cell key (undefined: could not be). */
  readonly done: Map<number, FormulaValue>;
}

const key = (r: number, c: number): number => r * 16384 + c;

/**
 * The sheets with every pending formula's value worked out where the workbook's cells tell it, and
 * the others listed as `uncalculated`. Sheets without pending formulas are returned as they are.
 */
export function recalculate(
  sheets: readonly GridSheet[],
  pendingBySheet: ReadonlyMap<string, readonly PendingFormula[]>,
  date1904: boolean,
  definedNames: Grid['definedNames'] = [],
): GridSheet[] {
  if (pendingBySheet.size === 0) return [...sheets];
  const states = new Map<string, SheetState>();
  // The intake's sheets hold their cells as columns (core/xlsx/index.ts readSheet).
  for (const sheet of sheets) {
    if (sheet.columns === undefined) continue;
    const pending = new Map<number, PendingFormula>();
    for (const p of pendingBySheet.get(sheet.name) ?? []) pending.set(key(p.r, p.c), p);
    states.set(sheet.name.toLowerCase(), { sheet, columns: sheet.columns, pending, done: new Map() });
  }
  let rangeCells = 0;
  // The values of defined names that are no reference, worked out once each (without cells or
  // other names: a name that needs them is not known here).
  const constants = new Map<string, FormulaValue | RangeValue | Lambda>();
  const constantOf = (value: string): FormulaValue | RangeValue | Lambda => {
    if (!constants.has(value)) constants.set(value, nameValue(value.replace(/^=/, ''), { date1904 }));
    return constants.get(value);
  };
  const evaluating = new Set<string>();
  let depth = 0;

  const indexOf = (state: SheetState, r: number, c: number): number => state.columns.indexOf(r, c);

  /** A cell's value as a formula sees it: null when empty, undefined when not known. */
  const valueAt = (state: SheetState, r: number, c: number): FormulaValue | null => {
    const k = key(r, c);
    const pending = state.pending.get(k);
    if (pending !== undefined) return evaluate(state, pending);
    const i = indexOf(state, r, c);
    if (i === -1) return null;
    return asFormulaValue(state.columns.value(i), state.columns.type(i));
  };

  const evaluate = (state: SheetState, p: PendingFormula): FormulaValue => {
    const k = key(p.r, p.c);
    if (state.done.has(k)) return state.done.get(k);
    const id = `${state.sheet.name}\u0000${k}`;
    if (p.formula === undefined || evaluating.has(id) || depth >= MAX_CHAIN) return undefined;
    evaluating.add(id);
    depth++;
    const sheetOf = (ref: string): { state: SheetState | undefined; at: string } => {
      const bang = ref.lastIndexOf('!');
      if (bang === -1) return { state, at: ref };
      const quoted = ref.charCodeAt(0) === 39;
      const name = quoted ? ref.slice(1, bang - 1).replace(/''/g, "'") : ref.slice(0, bang);
      return { state: states.get(name.toLowerCase()), at: ref.slice(bang + 1) };
    };
    // How far relative references move (a shared formula's cell from where it was written).
    let shift = { dr: p.dr, dc: p.dc };
    const place = (at: string): { r: number; c: number } | undefined => {
      const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(at);
      if (m === null) return undefined;
      let col = 0;
      for (const ch of (m[2] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
      const r = Number(m[4]) - 1 + (m[3] === '$' ? 0 : shift.dr);
      const c = col - 1 + (m[1] === '$' ? 0 : shift.dc);
      return r < 0 || c < 0 ? undefined : { r, c };
    };
    const reference = (ref: string): FormulaValue | RangeValue | null => {
      const { state: on, at } = sheetOf(ref);
      if (at.includes(':')) {
        const [from, to] = at.split(':') as [string, string];
        const a = place(from);
        const b = place(to);
        if (on === undefined || a === undefined || b === undefined) return undefined;
        const rows = Math.abs(b.r - a.r) + 1;
        const cols = Math.abs(b.c - a.c) + 1;
        if (rows * cols > MAX_RANGE || (rangeCells += rows * cols) > MAX_RANGE_CELLS) return undefined;
        const out: (FormulaValue | null)[][] = [];
        for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++) {
          const row: (FormulaValue | null)[] = [];
          for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c); c++) row.push(valueAt(on, r, c));
          out.push(row);
        }
        return new RangeValue(out);
      }
      const pos = place(at);
      if (pos === undefined) return undefined;
      if (on === undefined) return new FormulaError('#REF!');
      return valueAt(on, pos.r, pos.c);
    };
    let value: FormulaValue;
    try {
      value = formulaValue(p.formula, {
        date1904,
        // A defined name of the workbook (or of the formula's own sheet) that stands for a cell or a
        // range ("Forside!$B$3"); references in a name do not move with the formula.
        name: (name) => {
          const lower = name.toLowerCase();
          const own = state.sheet.name;
          const defined =
            definedNames.find((d) => d.name.toLowerCase() === lower && d.sheet === own) ??
            definedNames.find((d) => d.name.toLowerCase() === lower && d.sheet === undefined);
          const target = defined?.value.replace(/^=/, '').replace(/\$/g, '');
          if (target === undefined) return undefined;
          // A name that is no reference (an array constant, a formula of literals): its own value.
          if (!NAMED_REF.test(target)) return constantOf(defined?.value ?? '');
          const saved = shift;
          shift = { dr: 0, dc: 0 };
          try {
            return reference(target);
          } finally {
            shift = saved;
          }
        },
        cell: (ref) => reference(ref) as FormulaValue | null,
        range: (ref) => {
          const v = reference(ref);
          return v instanceof RangeValue ? v : undefined;
        },
      });
    } finally {
      evaluating.delete(id);
      depth--;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) value = undefined;
    state.done.set(k, value);
    return value;
  };

  return sheets.map((sheet) => {
    const state = states.get(sheet.name.toLowerCase());
    if (state === undefined || state.pending.size === 0) return sheet;
    const changes = new Map<number, { v: CellValue; t: GridCell['t'] }>();
    const uncalculated: { r: number; c: number; cached?: true }[] = [];
    for (const p of state.pending.values()) {
      const v = evaluate(state, p);
      if (v === undefined) {
        uncalculated.push(p.cached ? { r: p.r, c: p.c, cached: true } : { r: p.r, c: p.c });
        // A result saved in a workbook that asks to be calculated anew is not what Excel shows
        // (XlsxWriter saves 0 for every formula): not read.
        const i = p.cached ? indexOf(state, p.r, p.c) : -1;
        if (i !== -1) changes.set(i, { v: '', t: 's' });
        continue;
      }
      const i = indexOf(state, p.r, p.c);
      if (i !== -1) changes.set(i, toCell(v));
    }
    uncalculated.sort((x, y) => x.r - y.r || x.c - y.c);
    const columns = state.columns;
    const { cells: _cells, columns: _columns, uncalculated: _old, ...rest } = sheet;
    void _cells;
    void _columns;
    void _old;
    const extra = uncalculated.length > 0 ? { uncalculated } : {};
    return sheetOfColumns({ ...rest, ...extra }, changes.size > 0 ? columns.withValues(changes) : columns);
  });
}

function asFormulaValue(v: CellValue, t: GridCell['t']): FormulaValue | null {
  if (t === 'e') return new FormulaError(String(v));
  if (v === '') return null;
  return v;
}

function toCell(v: Exclude<FormulaValue, undefined>): { v: CellValue; t: GridCell['t'] } {
  if (v instanceof FormulaError) return { v: v.code, t: 'e' };
  if (typeof v === 'number') return { v, t: 'n' };
  if (typeof v === 'boolean') return { v, t: 'b' };
  return { v, t: 's' };
}
