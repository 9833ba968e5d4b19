// Grids built in code for unit tests: rows of values as a coordinator would type them.

import type { CellValue, Grid, GridCell, GridFill, GridSheet } from '../../../core/grid';
import { parseRange } from '../../../core/grid';
import { isoToExcelSerial } from '../../../core/dates';

export interface TypedCell {
  readonly v: CellValue;
  readonly fmt?: string;
  readonly t?: GridCell['t'];
  readonly link?: string;
  /** Fill colour "RRGGBB". */
  readonly fill?: string;
  readonly bold?: boolean;
}

export type In = CellValue | TypedCell | null | undefined;

/** A date cell as Excel stores it: a serial number with a date format. */
export function date(iso: string, fmt = 'dd-mm-yyyy'): TypedCell {
  return { v: isoToExcelSerial(iso), fmt };
}

export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly In[])[];
  /** 0-based row of rows[0] (default 0). */
  readonly startRow?: number;
  /** 0-based column of each row's first value (default 0). */
  readonly startCol?: number;
  readonly merges?: readonly string[];
  readonly tables?: readonly { name: string; ref: string }[];
  readonly drawings?: GridSheet['drawings'];
  readonly state?: GridSheet['state'];
  /** Fill colours by A1 address, of cells with or without a value. */
  readonly fills?: Readonly<Record<string, string>>;
  /** Bold cells by A1 address. */
  readonly bold?: readonly string[];
  /** Icons of an icon-set conditional format by A1 address: the set and the icon (0 the lowest). */
  readonly icons?: Readonly<Record<string, { readonly set: string; readonly index: number }>>;
  /** Struck-through cells by A1 address. */
  readonly strike?: readonly string[];
  /** Cells in grey italics (GridCell.faint), by A1 address. */
  readonly faint?: readonly string[];
  /** Cell notes by A1 address (the text as the package holds it, author's line and all). */
  readonly notes?: Readonly<Record<string, string>>;
}

function toCell(r: number, c: number, x: In): GridCell | undefined {
  if (x === null || x === undefined || x === '') return undefined;
  if (typeof x === 'object') {
    const t = x.t ?? (typeof x.v === 'number' ? 'n' : typeof x.v === 'boolean' ? 'b' : 's');
    return {
      r,
      c,
      v: x.v,
      t,
      ...(x.fmt ? { fmt: x.fmt } : {}),
      ...(x.link ? { link: x.link } : {}),
      ...(x.fill ? { fill: x.fill } : {}),
      ...(x.bold ? { bold: true as const } : {}),
    };
  }
  const t = typeof x === 'number' ? 'n' : typeof x === 'boolean' ? 'b' : 's';
  return { r, c, v: x, t };
}

export function sheetOf(input: SheetInput): GridSheet {
  const cells: GridCell[] = [];
  const r0 = input.startRow ?? 0;
  const c0 = input.startCol ?? 0;
  input.rows.forEach((row, i) =>
    row.forEach((x, j) => {
      const cell = toCell(r0 + i, c0 + j, x);
      if (cell) cells.push(cell);
    }),
  );
  const range = (ref: string) => {
    const g = parseRange(ref);
    if (!g) throw new Error(`bad range ${ref}`);
    return g;
  };
  // Fills and bold by address: on the cell with a value, or a coloured cell without one.
  const fills: GridFill[] = [];
  const at = (ref: string) => range(ref).s;
  const index = new Map(cells.map((cell, i) => [`${cell.r}:${cell.c}`, i]));
  for (const [ref, fill] of Object.entries(input.fills ?? {})) {
    const { r, c } = at(ref);
    const i = index.get(`${r}:${c}`);
    if (i === undefined) fills.push({ r, c, fill });
    else cells[i] = { ...(cells[i] as GridCell), fill };
  }
  for (const ref of input.bold ?? []) {
    const { r, c } = at(ref);
    const i = index.get(`${r}:${c}`);
    if (i !== undefined) cells[i] = { ...(cells[i] as GridCell), bold: true };
  }
  for (const ref of input.strike ?? []) {
    const { r, c } = at(ref);
    const i = index.get(`${r}:${c}`);
    if (i !== undefined) cells[i] = { ...(cells[i] as GridCell), strike: true };
  }
  for (const ref of input.faint ?? []) {
    const { r, c } = at(ref);
    const i = index.get(`${r}:${c}`);
    if (i !== undefined) cells[i] = { ...(cells[i] as GridCell), faint: true };
  }
  fills.sort((a, b) => a.r - b.r || a.c - b.c);
  return {
    name: input.name,
    state: input.state ?? 'visible',
    cells,
    merges: (input.merges ?? []).map(range),
    comments: Object.entries(input.notes ?? {}).map(([ref, text]) => ({ ...at(ref), text })),
    tables: (input.tables ?? []).map((t) => ({ name: t.name, ref: range(t.ref) })),
    drawings: input.drawings ?? [],
    ...(fills.length > 0 ? { fills } : {}),
    ...(input.icons
      ? {
          icons: Object.entries(input.icons)
            .map(([ref, icon]) => ({ ...at(ref), set: icon.set, index: icon.index, count: 3 }))
            .sort((a, b) => a.r - b.r || a.c - b.c),
        }
      : {}),
  };
}

export function gridOf(...sheets: SheetInput[]): Grid {
  return { sheets: sheets.map(sheetOf), definedNames: [], properties: [], date1904: false };
}
