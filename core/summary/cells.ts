// Cell, table and sheet helpers the sheet modules share. Pure TypeScript.

import type { Lang } from '../spec';
import type { Shown, SuppressionConfig } from '../suppression';
import { HEADER_ROW, subtitle, type Context, type SheetModule } from './context';
import type { ShownBand } from './figures';
import { BAND_LABELS, NO, WORDS, YES, fill, formatNumber } from './labels';
import {
  fitHeader,
  uniqueHeaders,
  type Cell,
  type Column,
  type Fmt,
  type Row,
  type Sheet,
  type Table,
  type Tone,
} from './sheet';

export const text = (s: string | undefined, tone?: Tone): Cell =>
  s === undefined || s === '' ? null : tone ? { s, tone } : { s };
export const num = (n: number | undefined, fmt?: Fmt): Cell =>
  n === undefined || !Number.isFinite(n) ? null : fmt ? { n, fmt } : { n };
export const date = (iso: string | undefined): Cell => (iso ? { date: iso } : null);
export const link = (label: string, anchor: string | undefined): Cell =>
  anchor === undefined ? null : { link: label, to: anchor };

/** The name of a municipality's anchor on a sheet (rows and columns carry it, links point at it). */
export const anchorOf = (sheet: string, code: string): string => `${sheet}:${code}`;

/**
 * Rounds an interval outward to `decimals`: the lower end down, the upper end up, so the interval
 * shown always contains the true value. (A tiny tolerance keeps 0.3 from becoming 0.2 through
 * binary floating point; a bound is never moved inward by more than that tolerance.)
 */
export function outward(lo: number, hi: number, decimals: number): [number, number] {
  const f = 10 ** decimals;
  const eps = 1e-9;
  return [Math.floor(lo * f + eps) / f, Math.ceil(hi * f - eps) / f];
}

export function intervalText(lo: number, hi: number, decimals: number, lang: Lang): string {
  const [a, b] = outward(lo, hi, decimals);
  return `${formatNumber(a, decimals, lang)}–${formatNumber(b, decimals, lang)}`;
}

export function shownCell(shown: Shown, config: SuppressionConfig, lang: Lang, decimals = 0): Cell {
  switch (shown.kind) {
    case 'none':
      return null;
    case 'exact':
      return decimals > 0 ? { n: shown.value, fmt: 'dec1' } : { n: shown.value, fmt: 'int' };
    case 'hidden':
      return { s: config.marker, tone: 'hidden' };
    case 'interval':
      return { s: intervalText(shown.lo, shown.hi, decimals, lang), tone: 'hidden' };
  }
}

/** A signed number for texts: "+3", "−3" (a real minus sign, so no text starts like a formula), "0". */
export function signed(value: number, decimals: number, lang: Lang): string {
  const abs = formatNumber(Math.abs(value), decimals, lang);
  return value > 0 ? `+${abs}` : value < 0 ? `\u2212${abs}` : abs;
}

/**
 * A change between two periods (see showChange): exact as a signed number; over a hidden figure as
 * the interval the two displays allow, in words ("fra −3 til +39"), rounded outward.
 */
export function changeCell(change: Shown, lang: Lang, decimals = 0): Cell {
  switch (change.kind) {
    case 'none':
    case 'hidden':
      return null;
    case 'exact':
      return { n: change.value, fmt: decimals > 0 ? 'dec1Delta' : 'intDelta' };
    case 'interval': {
      const [lo, hi] = outward(change.lo, change.hi, decimals);
      return {
        s: fill(WORDS.changeSpan, lang, { lo: signed(lo, decimals, lang), hi: signed(hi, decimals, lang) }),
        tone: 'hidden',
      };
    }
  }
}

export function bandCell(band: ShownBand, config: SuppressionConfig, lang: Lang): Cell {
  switch (band.kind) {
    case 'band':
      return { s: BAND_LABELS[band.band][lang] };
    case 'hidden':
      return { s: config.marker, tone: 'hidden' };
    case 'none':
      return null;
  }
}

export function table(
  name: string,
  row: number,
  col: number,
  columns: readonly Column[],
  rowCount: number,
  rows: () => Iterable<Row>,
): Table {
  const headers = uniqueHeaders(columns.map((c) => c.header));
  return {
    name,
    row,
    col,
    columns: columns.map((c, i) => fitHeader({ ...c, header: headers[i] ?? c.header })),
    rowCount,
    rows,
  };
}

export function staticTable(
  name: string,
  row: number,
  col: number,
  columns: readonly Column[],
  rows: readonly Row[],
): Table {
  return table(name, row, col, columns, rows.length, () => rows);
}

export type SheetOptions = Partial<
  Pick<
    Sheet,
    | 'freezeCols'
    | 'freezeRows'
    | 'headerHeight'
    | 'conditional'
    | 'charts'
    | 'extraWidths'
    | 'landscape'
    | 'printFit'
    | 'printRepeatCols'
    | 'repeatHeader'
    | 'onePage'
    | 'printGroups'
  >
> & {
  /** A line added to the sheet's subtitle. */
  readonly note?: string;
};

/** A sheet of the module `mod` with the tables and options given; titles and context from `ctx`. */
export function sheet(ctx: Context, mod: SheetModule, tables: Table[], options: SheetOptions = {}): Sheet {
  return {
    key: mod.key,
    name: mod.name[ctx.lang],
    title: `${mod.title[ctx.lang]} – ${ctx.input.period}`,
    subtitle: subtitle(ctx, options.note),
    freezeRows: options.freezeRows ?? HEADER_ROW + 1,
    freezeCols: options.freezeCols ?? 1,
    headerHeight: options.headerHeight ?? 45,
    tables,
    conditional: options.conditional ?? [],
    charts: options.charts ?? [],
    landscape: options.landscape ?? true,
    ...(options.printFit === false ? { printFit: false } : {}),
    ...(options.printRepeatCols ? { printRepeatCols: options.printRepeatCols } : {}),
    ...(options.repeatHeader === false ? { repeatHeader: false } : {}),
    ...(options.onePage ? { onePage: true } : {}),
    ...(options.printGroups ? { printGroups: options.printGroups } : {}),
    ...(options.extraWidths ? { extraWidths: options.extraWidths } : {}),
  };
}

export const yesNo = (value: boolean, lang: Lang): string => (value ? YES[lang] : NO[lang]);

/**
 * Text shortened for paper: runs of white space (line breaks too) become one space, and a text
 * longer than `max` characters is cut at a word boundary and ends with "…".
 */
export function clip(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  // Flattened for paper without making one number of two, nor another number of one: white space
  // between two digits that was more than one character stays two spaces (one space between a date
  // and four digits reads as a CPR number; two keep them apart, as the doors read them), and a
  // number is never cut short (the first ten digits of a longer one may be a CPR number).
  const flat = value
    .replace(/\s+/g, (ws: string, at: number, all: string) =>
      ws.length > 1 && /\d/.test(all.charAt(at - 1)) && /\d/.test(all.charAt(at + ws.length)) ? '  ' : ' ',
    )
    .trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  if (/\d/.test(flat.charAt(max - 1))) cut = cut.replace(/\d+$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
