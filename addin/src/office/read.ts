// Reads the open workbook into the neutral grid (core/grid.ts), the same grid core/xlsx makes from the
// file's bytes, so that structuring and validation read a workbook in Excel exactly as the service
// reads the submitted file.
//
// Requests to Excel are few and bounded, whatever the size of the workbook:
//   1. the sheets, tables, names, comments, document properties and the date system;
//   2. per sheet: the used range's size, merged areas, where formulas and errors are, the number
//      formats of the numeric and text cells only (dates are numbers with a date format; a text's
//      format may show more than the text), charts and shapes;
//   3. the values of every used range, in row blocks, several blocks per request, each request kept
//      under the payload budget (4 MB; Excel on the web refuses requests over 5 MB), with the fill
//      colour, font (bold, struck through) and indent of the cells (Range.getCellProperties,
//      ExcelApi 1.9; the indent is a project tool's hierarchy, as core/xlsx reads it): cell by cell for a
//      sheet of up to INLINE_LOOK_MAX_CELLS cells, and for a larger sheet per column of each band of
//      LOOK_BAND_ROWS rows (Range.getColumnProperties: one answer per column, null where the band's
//      cells differ);
//   4. only for a large sheet whose bands are not all of one look: the cells of those bands, cell by
//      cell (under the budget too).
// A workbook whose values do not fit one request takes one more request per 4 MB.
//
// Sets newer than the manifest's ExcelApi 1.8 are used only where Excel has them: without 1.9
// (Excel 2019) the formulas, value types and number formats of every cell come with the values
// instead of by area, fill colours, fonts, indents and hidden columns are not read, and an icon set over several areas
// is not read (one over a single area is); without 1.10 no cell notes, without 1.13 no merged areas.

import type {
  CellValue,
  Grid,
  GridCell,
  GridComment,
  GridFill,
  GridRange,
  GridSheet,
} from '../../../core/grid';
import { isFaintLook } from '../../../core/grid';
import { pickIcons, type IconRule } from '../../../core/icons';
import { contains, parseAddressList, type SheetRange } from './a1';
import { logWarn } from '../log';

/** Stays under Excel on the web's 5 MB limit on a request or response, with room for JSON overhead. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1000 * 1000;
/** Estimated JSON size of one cell's value in a `values` response (numbers ~6, short texts ~15, blanks 3). */
export const VALUE_BYTES_PER_CELL = 16;
/** Estimated JSON size of one cell's number format, when formats come with the values ("General" is 10). */
export const FORMAT_BYTES_PER_CELL = 12;
/** Estimated JSON size of one cell's formula (its value when it holds none), read without ExcelApi 1.9. */
export const FORMULA_BYTES_PER_CELL = 16;
/** Estimated JSON size of one cell's value type ("Double", "String", "Empty"), read without ExcelApi 1.9. */
export const VALUE_TYPE_BYTES_PER_CELL = 9;
/** How many times a request refused for its size is retried with half the budget. */
const MAX_PAYLOAD_RETRIES = 4;
/** Estimated JSON size of one cell's (or one column's) fill colour, font (bold, struck, italic, colour) and indent from getCellProperties. */
export const LOOK_BYTES_PER_CELL = 109;
/** A sheet of up to this many used cells has its cells' looks read with its values, cell by cell. */
export const INLINE_LOOK_MAX_CELLS = 16_000;
/** Rows per band of a larger sheet, whose looks are first read per column of each band. */
export const LOOK_BAND_ROWS = 32;
/** The properties read for a cell's look. */
const LOOK_OPTIONS = {
  format: {
    fill: { color: true },
    font: { bold: true, strikethrough: true, italic: true, color: true },
    indentLevel: true,
  },
} as const;

export type Supports = (set: string, version: string) => boolean;

export interface ReadOptions {
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported. */
  readonly supports?: Supports;
  readonly budgetBytes?: number;
  readonly bytesPerCell?: number;
}

interface SheetHandles {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly state: GridSheet['state'];
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
  /** Where formulas and error values are (ExcelApi 1.9); undefined: read with the values instead. */
  readonly formulas: Excel.RangeAreas | undefined;
  readonly errorConstants: Excel.RangeAreas | undefined;
  readonly errorFormulas: Excel.RangeAreas | undefined;
  readonly numbers: readonly Excel.RangeAreas[];
  readonly charts: Excel.ChartCollection;
  readonly shapes: Excel.ShapeCollection | undefined;
  readonly names: Excel.NamedItemCollection;
  /** The sheet's conditional formats, their types only (the icon sets' details come with the values). */
  readonly conditionalFormats: Excel.ConditionalFormatCollection | undefined;
}

/** An icon-set conditional format's details and ranges, queued with the values' first request. */
interface IconSetRead {
  readonly sheet: number;
  readonly iconSet: Excel.IconSetConditionalFormat;
  readonly ranges: Excel.RangeAreas | Excel.Range;
}

interface Block {
  readonly sheet: number;
  /** 0-based absolute row and column of the block's top-left cell. */
  readonly r: number;
  readonly c: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Whether a cell holds a formula, from Range.formulas: a formula reads "=…" there while the value is
 * its result (a text typed as '=x is "=x" in both, and is no formula).
 */
export function isFormulaText(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

function defaultSupports(set: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(set, version);
}

function stateOf(
  visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden',
): GridSheet['state'] {
  if (visibility === 'Hidden') return 'hidden';
  if (visibility === 'VeryHidden') return 'veryHidden';
  return 'visible';
}

/** True when Excel refused a request for its size (Excel on the web, over 5 MB). */
export function isPayloadTooLarge(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as Error & { code?: unknown }).code;
  return (
    code === 'RequestPayloadSizeLimitExceeded' ||
    code === 'ResponsePayloadSizeLimitExceeded' ||
    /payload size limit/i.test(err.message)
  );
}

/**
 * Splits every used range into row blocks and groups the blocks into requests under the budget. A
 * sheet may cost more per cell than `bytesPerCell` (its cells' looks come with its values):
 * `extraBytesPerCell[sheet]`.
 */
export function planValueRequests(
  used: readonly { readonly r: number; readonly c: number; readonly rows: number; readonly cols: number }[],
  budgetBytes: number,
  bytesPerCell: number,
  extraBytesPerCell: readonly number[] = [],
): Block[][] {
  const requests: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  used.forEach((u, sheet) => {
    if (u.rows <= 0 || u.cols <= 0) return;
    const perRow = u.cols * (bytesPerCell + (extraBytesPerCell[sheet] ?? 0));
    let r = 0;
    while (r < u.rows) {
      const rowsFit = Math.floor((budgetBytes - bytes) / perRow);
      if (rowsFit < 1) {
        if (current.length > 0) requests.push(current);
        current = [];
        bytes = 0;
        // A single row wider than the budget still has to be read: alone in its request.
        if (perRow > budgetBytes) {
          requests.push([{ sheet, r: u.r + r, c: u.c, rows: 1, cols: u.cols }]);
          r += 1;
        }
        continue;
      }
      const rows = Math.min(rowsFit, u.rows - r);
      current.push({ sheet, r: u.r + r, c: u.c, rows, cols: u.cols });
      bytes += rows * perRow;
      r += rows;
    }
  });
  if (current.length > 0) requests.push(current);
  return requests;
}

/**
 * A cell's fill, boldness, strikethrough and indent as Office.js gives them: null where a band's
 * cells differ.
 */
interface RawLook {
  readonly fill: string | null | undefined;
  readonly bold: boolean | null | undefined;
  readonly strike: boolean | null | undefined;
  /** Italic and the font's colour: grey italics is a template's example (GridCell.faint). */
  readonly italic: boolean | null | undefined;
  readonly color: string | null | undefined;
  /** "Forøg indrykning" steps: a project tool's hierarchy (Smartsheet, MS Project), as core/xlsx reads it. */
  readonly indent: number | null | undefined;
}

function rawLook(p: Excel.CellProperties | Excel.ColumnProperties | undefined): RawLook {
  return {
    fill: p?.format?.fill?.color,
    bold: p?.format?.font?.bold,
    strike: p?.format?.font?.strikethrough,
    italic: p?.format?.font?.italic,
    color: p?.format?.font?.color,
    indent: p?.format?.indentLevel,
  };
}

/** Whether some part of a look differs between a band's cells (read again cell by cell). */
function mixed(look: RawLook): boolean {
  return (
    look.fill === null ||
    look.bold === null ||
    look.strike === null ||
    look.italic === null ||
    look.color === null ||
    look.indent === null
  );
}

/** "#92D050" → "92D050"; white (also what Office.js says for no fill) and anything else → undefined. */
export function fillOf(color: string | null | undefined): string | undefined {
  if (typeof color !== 'string') return undefined;
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(color.trim());
  const hex = m?.[1]?.toUpperCase();
  return hex === undefined || hex === 'FFFFFF' ? undefined : hex;
}

/** Grey italics, or a grey fill with italic or grey text (as core/xlsx marks GridCell.faint). */
function faintLook(look: RawLook | undefined): boolean {
  return look !== undefined && isFaintLook(look.italic === true, fillOf(look.color), fillOf(look.fill));
}

/** The looks of one sheet's cells, by position, as far as they are known. */
class SheetLooks {
  private readonly cells = new Map<string, RawLook>();

  /** Keeps a look that shows something (a fill other than white, bold, struck through, indented); plain cells need no entry. */
  set(r: number, c: number, look: RawLook): void {
    if (
      fillOf(look.fill) === undefined &&
      look.bold !== true &&
      look.strike !== true &&
      !faintLook(look) &&
      !((look.indent ?? 0) > 0)
    )
      return;
    this.cells.set(`${r}:${c}`, look);
  }

  get(r: number, c: number): RawLook | undefined {
    return this.cells.get(`${r}:${c}`);
  }

  /** The filled positions, row by row. */
  filled(): GridFill[] {
    const out: GridFill[] = [];
    for (const [k, look] of this.cells) {
      const fill = fillOf(look.fill);
      if (fill === undefined) continue;
      const [r, c] = k.split(':').map(Number) as [number, number];
      out.push({ r, c, fill });
    }
    return out.sort((a, b) => a.r - b.r || a.c - b.c);
  }
}

/** Per column of each band of a block: what getColumnProperties answered, kept for the band's cells. */
interface BandRead {
  readonly sheet: number;
  readonly r: number;
  readonly rows: number;
  readonly c: number;
  readonly props: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/** Splits the cells of mixed bands into column runs and groups them into requests under the budget. */
function planLookRequests(
  mixed: readonly { sheet: number; r: number; c: number; rows: number }[],
  budgetBytes: number,
): { sheet: number; r: number; c: number; rows: number }[][] {
  const maxCells = Math.max(1, Math.floor(budgetBytes / LOOK_BYTES_PER_CELL));
  const requests: { sheet: number; r: number; c: number; rows: number }[][] = [];
  let current: { sheet: number; r: number; c: number; rows: number }[] = [];
  let cells = 0;
  for (const run of mixed) {
    let r = run.r;
    let left = run.rows;
    while (left > 0) {
      if (cells >= maxCells) {
        requests.push(current);
        current = [];
        cells = 0;
      }
      const rows = Math.min(left, maxCells - cells);
      current.push({ sheet: run.sheet, r, c: run.c, rows });
      cells += rows;
      r += rows;
      left -= rows;
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

function areasOf(areas: Excel.RangeAreas | undefined): SheetRange[] {
  if (!areas || areas.isNullObject) return [];
  return parseAddressList(areas.address);
}

function toCellValue(v: unknown): { v: CellValue; t: GridCell['t'] } | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? { v, t: 'n' } : undefined;
  if (typeof v === 'boolean') return { v, t: 'b' };
  if (typeof v === 'string') return v === '' ? undefined : { v, t: 's' };
  return undefined;
}

function inAny(ranges: readonly GridRange[], r: number, c: number): boolean {
  for (const range of ranges) if (contains(range, r, c)) return true;
  return false;
}

/**
 * Reads every sheet of the workbook behind `context` into a grid, in three requests (context.sync
 * calls) for any workbook whose values fit one 4 MB request.
 */
export async function readGridFromExcel(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<Grid> {
  const supports = options.supports ?? defaultSupports;
  const workbook = context.workbook;

  // --- Request 1: what the workbook holds ---------------------------------------------------
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/position');
  const tables = workbook.tables;
  // (A table whose header row is turned off keeps its column names only in the table: read below.)
  tables.load('items/name,items/showHeaders');
  // PivotTables (ExcelApi 1.8, the manifest's own): their reports, which structuring passes over.
  const pivotTables = workbook.pivotTables;
  pivotTables.load('items/name');
  const names = workbook.names;
  names.load('items/name,items/formula,items/type');
  const properties = workbook.properties;
  properties.load('title,subject,author,keywords,comments,category,company,manager');
  const custom = supports('ExcelApi', '1.7') ? properties.custom : undefined;
  custom?.load('items/key,items/value');
  const comments = supports('ExcelApi', '1.10') ? workbook.comments : undefined;
  comments?.load('items/content,items/authorName');
  // DATE(1904;1;1) is 0 in the 1904 date system and 1462 in the 1900 system; nothing is written.
  const epoch = workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  await context.sync();

  const sheetItems = [...worksheets.items].sort((a, b) => a.position - b.position);

  // --- Request 2: per sheet, the shape of what is there ------------------------------------
  const mergedSupported = supports('ExcelApi', '1.13');
  // ExcelApi 1.9 (Excel 2021, Microsoft 365) lists where formulas, errors and numbers are, so that
  // only those cells' formulas and number formats are sent. Without it (Excel 2019: ExcelApi 1.8) the
  // values come with every cell's formula, value type and number format (ExcelApi 1.1): a larger
  // answer, the same grid.
  const specialCells = supports('ExcelApi', '1.9');
  const shapesSupported = specialCells;
  const conditionalFormatsSupported = supports('ExcelApi', '1.6');
  // A format over several areas is given whole by getRanges (ExcelApi 1.9); before, one area only.
  const rangesSupported = specialCells;
  const queueShapes = (withFormats: boolean): SheetHandles[] =>
    sheetItems.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const whole = sheet.getRange();
      const merged = mergedSupported ? whole.getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      const formulas = specialCells ? whole.getSpecialCellsOrNullObject('Formulas') : undefined;
      formulas?.load('address');
      const errorConstants = specialCells
        ? whole.getSpecialCellsOrNullObject('Constants', 'Errors')
        : undefined;
      errorConstants?.load('address');
      const errorFormulas = specialCells
        ? whole.getSpecialCellsOrNullObject('Formulas', 'Errors')
        : undefined;
      errorFormulas?.load('address');
      // Number formats only where they matter: numeric cells (a date is a number with a date format),
      // and text cells, whose format's text section may show more than the text ("010190-"@ on
      // 1234 shows a CPR number; kept only where it adds to the text: see textFormat).
      const numbers = withFormats
        ? [
            whole.getSpecialCellsOrNullObject('Constants', 'Numbers'),
            whole.getSpecialCellsOrNullObject('Formulas', 'Numbers'),
            whole.getSpecialCellsOrNullObject('Constants', 'Text'),
            whole.getSpecialCellsOrNullObject('Formulas', 'Text'),
          ]
        : [];
      for (const n of numbers) n.areas.load('items/address,items/numberFormat');
      const charts = sheet.charts;
      charts.load('items/name');
      const shapes = shapesSupported ? sheet.shapes : undefined;
      shapes?.load('items/name,items/type');
      const sheetNames = sheet.names;
      sheetNames.load('items/name,items/formula,items/type');
      // Icon sets (statuses shown as traffic lights over 1–3): which conditional formats there are.
      const conditionalFormats = conditionalFormatsSupported
        ? sheet.getRange().conditionalFormats
        : undefined;
      conditionalFormats?.load('items/type');
      return {
        sheet,
        name: sheet.name,
        state: stateOf(sheet.visibility),
        used,
        merged,
        formulas,
        errorConstants,
        errorFormulas,
        numbers,
        charts,
        shapes,
        names: sheetNames,
        conditionalFormats,
      };
    });
  const queueTables = () =>
    tables.items.map((t) => {
      const range = t.getRange();
      range.load('address');
      const columns = t.showHeaders === false ? t.columns : undefined;
      columns?.load('items/name');
      return { name: t.name, range, columns };
    });
  const queuePivots = () =>
    pivotTables.items.map((p) => {
      const range = p.layout.getRange();
      range.load('address');
      return { name: p.name, range };
    });
  const queueComments = () =>
    (comments?.items ?? []).map((c) => {
      const at = c.getLocation();
      at.load('address');
      return { comment: c, at };
    });
  let withFormats = specialCells;
  let handles = queueShapes(withFormats);
  let tableRanges = queueTables();
  let pivotRanges = queuePivots();
  let commentPlaces = queueComments();
  try {
    await context.sync();
  } catch (err) {
    // The number formats of the numeric cells come per area; a host that refuses that (too many
    // areas, or too large an answer) still gives them with the values, at one more request at most.
    logWarn('korpsplan: reading number formats by area failed; reading them with the values', err);
    withFormats = false;
    handles = queueShapes(false);
    tableRanges = queueTables();
    pivotRanges = queuePivots();
    commentPlaces = queueComments();
    await context.sync();
  }

  // --- Request 3 (and more only when over 4 MB): the values ---------------------------------
  const usedBoxes = handles.map((h) =>
    h.used.isNullObject
      ? { r: 0, c: 0, rows: 0, cols: 0 }
      : { r: h.used.rowIndex, c: h.used.columnIndex, rows: h.used.rowCount, cols: h.used.columnCount },
  );
  const values: {
    block: Block;
    values: unknown[][];
    formats?: unknown[][];
    formulas?: unknown[][];
    types?: unknown[][];
  }[] = [];
  let budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const bytesPerCell =
    (options.bytesPerCell ?? VALUE_BYTES_PER_CELL) +
    (withFormats ? 0 : FORMAT_BYTES_PER_CELL) +
    (specialCells ? 0 : FORMULA_BYTES_PER_CELL + VALUE_TYPE_BYTES_PER_CELL);
  // Fill colours and bold fonts (ExcelApi 1.9): with the values, cell by cell for a sheet of up to
  // INLINE_LOOK_MAX_CELLS cells, else per column of each band (a small fraction of a cell's cost).
  const looksSupported = supports('ExcelApi', '1.9');
  const inline = usedBoxes.map((u) => looksSupported && u.rows * u.cols <= INLINE_LOOK_MAX_CELLS);
  const extra = usedBoxes.map((_, i) =>
    // A band's look is read once per column of LOOK_BAND_ROWS rows: its share of a cell, unrounded
    // (rounded up, 109 / 32 counted as 4 bytes a cell and split a 20,000-row plan's values in two).
    !looksSupported ? 0 : inline[i] ? LOOK_BYTES_PER_CELL : LOOK_BYTES_PER_CELL / LOOK_BAND_ROWS,
  );
  const looks = usedBoxes.map(() => new SheetLooks());
  let bands: BandRead[] = [];
  let iconSets: IconSetRead[] = [];
  /** Which columns of each used range are hidden (ExcelApi 1.9), asked with the values' first request. */
  let hiddenReads: {
    sheet: number;
    c: number;
    props: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  }[] = [];
  for (let attempt = 0; ; attempt++) {
    const requests = planValueRequests(usedBoxes, budget, bytesPerCell, extra);
    try {
      values.length = 0;
      bands = [];
      // The icon sets' rules and ranges go with the values' first request (no request of their own).
      iconSets = queueIconSets(handles, rangesSupported);
      // So do the hidden columns: two values with only hidden columns between them are side by side
      // to a reader (the CPR door reads them so, as core/xlsx gives them from the file).
      hiddenReads =
        looksSupported && requests.length > 0
          ? usedBoxes.flatMap((u, sheet) => {
              const handle = handles[sheet];
              if (u.cols === 0 || !handle) return [];
              const row = handle.sheet.getRangeByIndexes(0, u.c, 1, u.cols);
              return [{ sheet, c: u.c, props: row.getColumnProperties({ columnHidden: true }) }];
            })
          : [];
      const cellLooks: { block: Block; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
      // One request per 4 MB of values, never one per sheet, row or cell: the count of syncs is
      // ceil(estimated bytes / budget), which is 1 for any plan that fits the budget.
      for (const request of requests) {
        const loaded = request.map((block) => {
          const handle = handles[block.sheet];
          if (!handle) throw new Error(`No sheet ${block.sheet}`);
          const range = handle.sheet.getRangeByIndexes(block.r, block.c, block.rows, block.cols);
          range.load('values');
          if (!withFormats) range.load('numberFormat');
          if (!specialCells) range.load('formulas,valueTypes');
          if (inline[block.sheet]) {
            cellLooks.push({ block, props: range.getCellProperties(LOOK_OPTIONS) });
          } else if (looksSupported) {
            for (let r = 0; r < block.rows; r += LOOK_BAND_ROWS) {
              const rows = Math.min(LOOK_BAND_ROWS, block.rows - r);
              const band = handle.sheet.getRangeByIndexes(block.r + r, block.c, rows, block.cols);
              bands.push({
                sheet: block.sheet,
                r: block.r + r,
                rows,
                c: block.c,
                props: band.getColumnProperties(LOOK_OPTIONS),
              });
            }
          }
          return { block, range };
        });
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per payload budget, not per item
        await context.sync();
        for (const l of loaded) {
          values.push({
            block: l.block,
            values: l.range.values as unknown[][],
            ...(withFormats ? {} : { formats: l.range.numberFormat as unknown[][] }),
            ...(specialCells ? {} : { formulas: l.range.formulas as unknown[][], types: l.range.valueTypes }),
          });
        }
      }
      for (const { block, props } of cellLooks) {
        props.value.forEach((row, i) =>
          row.forEach((p, j) => looks[block.sheet]?.set(block.r + i, block.c + j, rawLook(p))),
        );
      }
      break;
    } catch (err) {
      if (!isPayloadTooLarge(err) || attempt >= MAX_PAYLOAD_RETRIES) throw err;
      budget = Math.floor(budget / 2);
    }
  }

  // --- Request 4 (large sheets only, and only where a band's cells differ): the cells' looks ----
  const mixedRuns: { sheet: number; r: number; c: number; rows: number }[] = [];
  // The run each column is in, down consecutive mixed bands.
  const openRun = new Map<string, { sheet: number; r: number; c: number; rows: number }>();
  for (const band of bands) {
    band.props.value.forEach((p, j) => {
      const look = rawLook(p);
      const c = band.c + j;
      if (mixed(look)) {
        const key = `${band.sheet}:${c}`;
        const prev = openRun.get(key);
        if (prev && prev.r + prev.rows === band.r) {
          prev.rows += band.rows;
        } else {
          const run = { sheet: band.sheet, r: band.r, c, rows: band.rows };
          mixedRuns.push(run);
          openRun.set(key, run);
        }
        return;
      }
      for (let r = band.r; r < band.r + band.rows; r++) looks[band.sheet]?.set(r, c, look);
    });
  }
  for (let attempt = 0; mixedRuns.length > 0; attempt++) {
    try {
      for (const request of planLookRequests(mixedRuns, budget)) {
        const loaded = request.map((run) => {
          const handle = handles[run.sheet];
          if (!handle) throw new Error(`No sheet ${run.sheet}`);
          const range = handle.sheet.getRangeByIndexes(run.r, run.c, run.rows, 1);
          return { run, props: range.getCellProperties(LOOK_OPTIONS) };
        });
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per payload budget, not per item
        await context.sync();
        for (const { run, props } of loaded) {
          props.value.forEach((row, i) => looks[run.sheet]?.set(run.r + i, run.c, rawLook(row[0])));
        }
      }
      break;
    } catch (err) {
      if (!isPayloadTooLarge(err) || attempt >= MAX_PAYLOAD_RETRIES) throw err;
      budget = Math.floor(budget / 2);
    }
  }

  // --- Request 5 (only where a cell shows #VALUE! and Excel has ExcelApi 1.16) ----------------
  // A linked data type (a municipality as Geography, a person as People) gives "#VALUE!" as its
  // value and its name only in valuesAsJson: read as the text it shows, as core/xlsx reads it from
  // the file's rich values. Other errors stay errors.
  const entityTexts = await readEntityTexts(context, handles, values, supports);

  // --- Assembling the grid --------------------------------------------------------------------
  const date1904 = epoch.value === 0;
  const sheets: GridSheet[] = handles.map((h, index) => {
    const formulaRanges = h.formulas ? areasOf(h.formulas).map((a) => a.range) : [];
    const errorRanges = [
      ...(h.errorConstants ? areasOf(h.errorConstants) : []),
      ...(h.errorFormulas ? areasOf(h.errorFormulas) : []),
    ].map((a) => a.range);
    const formats = new Map<string, string>();
    for (const areas of h.numbers) {
      if (areas.isNullObject) continue;
      for (const area of areas.areas.items) {
        const at = parseAddressList(area.address)[0];
        if (!at) continue;
        const fmt = area.numberFormat as unknown[][];
        for (let i = 0; i <= at.range.e.r - at.range.s.r; i++) {
          for (let j = 0; j <= at.range.e.c - at.range.s.c; j++) {
            const f = fmt[i]?.[j];
            if (typeof f === 'string' && f !== '' && f !== 'General') {
              formats.set(`${at.range.s.r + i}:${at.range.s.c + j}`, f);
            }
          }
        }
      }
    }
    const hiddenColumns: { min: number; max: number }[] = [];
    for (const read of hiddenReads) {
      if (read.sheet !== index) continue;
      read.props.value.forEach((p, j) => {
        if (p.columnHidden !== true) return;
        const c = read.c + j;
        const last = hiddenColumns[hiddenColumns.length - 1];
        if (last && last.max === c - 1) last.max = c;
        else if (hiddenColumns.length < MAX_HIDDEN_COLUMN_RANGES) hiddenColumns.push({ min: c, max: c });
      });
    }
    const cells: GridCell[] = [];
    const indents: { r: number; c: number; level: number }[] = [];
    const sheetLooks = looks[index];
    for (const { block, values: rows, formats: blockFormats, formulas, types } of values) {
      if (block.sheet !== index) continue;
      blockFormats?.forEach((row, i) =>
        row.forEach((f, j) => {
          if (typeof f === 'string' && f !== '' && f !== 'General')
            formats.set(`${block.r + i}:${block.c + j}`, f);
        }),
      );
      rows.forEach((row, i) => {
        row.forEach((raw, j) => {
          const r = block.r + i;
          const c = block.c + j;
          const shown = entityTexts.get(`${index}:${r}:${c}`);
          const value = shown !== undefined ? { v: shown, t: 's' as const } : toCellValue(raw);
          if (!value) return;
          const isError =
            shown === undefined &&
            typeof raw === 'string' &&
            (types ? types[i]?.[j] === 'Error' : inAny(errorRanges, r, c));
          const isFormula = formulas ? isFormulaText(formulas[i]?.[j], raw) : inAny(formulaRanges, r, c);
          const fmt =
            value.t === 'n'
              ? formats.get(`${r}:${c}`)
              : value.t === 's'
                ? textFormat(formats.get(`${r}:${c}`))
                : undefined;
          const look = sheetLooks?.get(r, c);
          const fill = fillOf(look?.fill);
          cells.push({
            r,
            c,
            v: value.v,
            t: isError ? 'e' : value.t,
            ...(fmt ? { fmt } : {}),
            ...(isFormula ? { formula: true as const } : {}),
            ...(fill !== undefined ? { fill } : {}),
            ...(look?.bold === true ? { bold: true as const } : {}),
            // Struck-through text: a cancelled activity or a member who left (as core/xlsx reads it).
            ...(look?.strike === true ? { strike: true as const } : {}),
            ...(faintLook(look) ? { faint: true as const } : {}),
          });
          // An indented text: its level, as core/xlsx keeps it (GridSheet.indents).
          const level = look?.indent;
          if (typeof level === 'number' && level > 0 && value.t === 's' && value.v !== '')
            indents.push({ r, c, level });
        });
      });
    }
    // Coloured cells without a value, inside the used range of values (as core/xlsx keeps them).
    let fills: GridFill[] = sheetLooks?.filled() ?? [];
    if (fills.length > 0) {
      const valued = new Set(cells.map((cell) => `${cell.r}:${cell.c}`));
      fills = fills.filter((f) => !valued.has(`${f.r}:${f.c}`));
    }
    const drawings: GridSheet['drawings'][number][] = [
      ...h.charts.items.map((c) => ({ kind: 'chart' as const, name: c.name })),
      ...(h.shapes?.items ?? []).map((s) => ({
        kind: s.type === 'Image' ? ('image' as const) : ('shape' as const),
        name: s.name,
      })),
    ];
    const sheetComments: GridComment[] = commentPlaces.flatMap(({ comment, at }) => {
      const place = parseAddressList(at.address)[0];
      if (!place || place.sheet !== h.name) return [];
      return [
        {
          r: place.range.s.r,
          c: place.range.s.c,
          text: comment.content,
          ...(comment.authorName ? { author: comment.authorName } : {}),
        },
      ];
    });
    const icons = pickIcons(iconRulesOf(iconSets, index), {
      length: cells.length,
      row: (i) => cells[i]?.r ?? -1,
      col: (i) => cells[i]?.c ?? -1,
      number: (i) => {
        const cell = cells[i];
        return cell?.t === 'n' && typeof cell.v === 'number' ? cell.v : undefined;
      },
    });
    const pivotsOn = (name: string): { pivots?: GridSheet['pivots'] } => {
      const pivots = pivotRanges.flatMap((p) => {
        const at = parseAddressList(p.range.address)[0];
        return at && at.sheet === name ? [{ name: p.name, ref: at.range }] : [];
      });
      return pivots.length > 0 ? { pivots } : {};
    };
    return {
      name: h.name,
      state: h.state,
      cells,
      merges: h.merged ? areasOf(h.merged).map((a) => a.range) : [],
      comments: sheetComments,
      tables: tableRanges.flatMap((t) => {
        const at = parseAddressList(t.range.address)[0];
        if (!at || at.sheet !== h.name) return [];
        // The column names of a table without its header row, as core/xlsx reads them from the file.
        const hiddenHeader = t.columns?.items.map((col) => col.name);
        return [{ name: t.name, ref: at.range, ...(hiddenHeader ? { hiddenHeader } : {}) }];
      }),
      drawings,
      ...(fills.length > 0 ? { fills } : {}),
      ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
      ...pivotsOn(h.name),
      ...(icons.length > 0 ? { icons } : {}),
      ...(indents.length > 0 ? { indents: indents.sort((a, b) => a.r - b.r || a.c - b.c) } : {}),
    };
  });

  const definedNames: Grid['definedNames'][number][] = [
    ...names.items.map((n) => ({ name: n.name, value: formulaText(n.formula) })),
    ...handles.flatMap((h) =>
      h.names.items.map((n) => ({ name: n.name, value: formulaText(n.formula), sheet: h.name })),
    ),
  ];
  const props: { name: string; value: string }[] = [];
  const core: [string, string][] = [
    ['title', properties.title],
    ['subject', properties.subject],
    ['creator', properties.author],
    ['keywords', properties.keywords],
    ['description', properties.comments],
    ['category', properties.category],
    ['Company', properties.company],
    ['Manager', properties.manager],
  ];
  for (const [name, value] of core) if (value) props.push({ name, value });
  for (const p of custom?.items ?? []) props.push({ name: p.key, value: String(p.value) });

  return { sheets, definedNames, properties: props, date1904 };
}

/**
 * A text cell's number format where its text section shows more than the text (`0;0;0;"010190-"@`),
 * as core/xlsx judges it from the file (core/validate/cpr.ts textFormatShowsCpr); a text cell
 * under "@" or a number's format alone shows the text as it is, and keeps the grid as before.
 */
function textFormat(fmt: string | undefined): string | undefined {
  return fmt !== undefined && fmt.includes('@') && fmt.trim() !== '@' ? fmt : undefined;
}

/** Hidden column ranges kept per sheet, as core/xlsx keeps them (GridSheet.hiddenColumns). */
const MAX_HIDDEN_COLUMN_RANGES = 64;

/** At most this many #VALUE! cells are asked for the data type they may show (one request in all). */
export const MAX_ENTITY_CELLS = 5_000;

/** The text each linked data type's cell shows, by "sheet index:row:column" (see request 5). */
async function readEntityTexts(
  context: Excel.RequestContext,
  handles: readonly SheetHandles[],
  blocks: readonly { readonly block: Block; readonly values: unknown[][] }[],
  supports: Supports,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!supports('ExcelApi', '1.16')) return out;
  const asked: { key: string; range: Excel.Range }[] = [];
  for (const { block, values } of blocks) {
    const sheet = handles[block.sheet]?.sheet;
    if (!sheet) continue;
    values.forEach((row, i) =>
      row.forEach((raw, j) => {
        if (raw !== '#VALUE!' || asked.length >= MAX_ENTITY_CELLS) return;
        const range = sheet.getRangeByIndexes(block.r + i, block.c + j, 1, 1);
        // eslint-disable-next-line office-addins/no-navigational-load -- valuesAsJson is the cell's value as JSON, no navigation
        range.load('valuesAsJson');
        asked.push({ key: `${block.sheet}:${block.r + i}:${block.c + j}`, range });
      }),
    );
  }
  if (asked.length === 0) return out;
  await context.sync();
  for (const { key, range } of asked) {
    const value = range.valuesAsJson[0]?.[0];
    if (value === undefined) continue;
    if ((value.type === 'Entity' || value.type === 'LinkedEntity') && typeof value.text === 'string')
      out.set(key, value.text);
  }
  return out;
}

/** Queues the details and ranges of every sheet's icon-set conditional formats. */
function queueIconSets(handles: readonly SheetHandles[], rangesSupported: boolean): IconSetRead[] {
  const out: IconSetRead[] = [];
  handles.forEach((h, sheet) => {
    for (const cf of h.conditionalFormats?.items ?? []) {
      if (cf.type !== 'IconSet') continue;
      const iconSet = cf.iconSetOrNullObject;
      iconSet.load('style,reverseIconOrder,showIconOnly,criteria');
      const ranges = rangesSupported ? cf.getRanges() : cf.getRangeOrNullObject();
      ranges.load('address');
      out.push({ sheet, iconSet, ranges });
    }
  });
  return out;
}

/** "ThreeTrafficLights1" (Office.js) → "3TrafficLights1" (the file's name, as core/xlsx gives it). */
export function iconSetName(style: string): string {
  return style
    .replace(/^Three/, '3')
    .replace(/^Four/, '4')
    .replace(/^Five/, '5');
}

/** A criterion's number ("67", "=67"); undefined for a formula that is no plain number. */
function criterionNumber(formula: string): string | undefined {
  const t = formula.trim().replace(/^=/, '').trim();
  return /^-?\d+(?:[.,]\d+)?$/.test(t) ? t.replace(',', '.') : undefined;
}

/** The icon-set rules of one sheet, as core/xlsx reads them from a file (core/icons.ts IconRule). */
export function iconRulesOf(reads: readonly IconSetRead[], sheet: number): IconRule[] {
  const rules: IconRule[] = [];
  for (const read of reads) {
    if (read.sheet !== sheet || read.iconSet.isNullObject || read.ranges.isNullObject) continue;
    const ranges = parseAddressList(read.ranges.address).map((a) => a.range);
    const cfvos: IconRule['cfvos'][number][] = [];
    read.iconSet.criteria.forEach((c, i) => {
      // The lowest icon starts at the least number, whatever its criterion says (Excel ignores it).
      if (i === 0) return cfvos.push({ type: 'min', val: '', gte: true });
      const gte = c.operator !== 'GreaterThan';
      const n = criterionNumber(c.formula);
      const type =
        c.type === 'Number' || (c.type === 'Formula' && n !== undefined)
          ? 'num'
          : c.type === 'Percent'
            ? 'percent'
            : c.type === 'Percentile'
              ? 'percentile'
              : 'formula';
      return cfvos.push({ type, val: n ?? c.formula, gte });
    });
    rules.push({
      ranges,
      set: iconSetName(read.iconSet.style),
      reverse: read.iconSet.reverseIconOrder === true,
      iconOnly: read.iconSet.showIconOnly === true,
      cfvos,
    });
  }
  return rules;
}

function formulaText(formula: unknown): string {
  const s = typeof formula === 'string' ? formula : String(formula);
  return s.startsWith('=') ? s.slice(1) : s;
}
