// Renders a document of placed sheets (core/document/model.ts WorkbookDocument, made by core/layout)
// into the workbook open in Excel, as workbook/excel.ts renders it into a file with exceljs: the same
// sheets, cells, real tables, dropdown validation for every fixed list, the conditional format that
// marks late deadlines, notes, frozen headers and column widths, in the same looks from the one
// palette (core/document/palette.ts). The original sheets stay as they are (see placement.ts).
//
// Requests: one to learn the workbook's sheet and table names, then one for everything else, unless
// the values are over the 4 MB payload budget, in which case the values take one request per 4 MB.

import type { CellValue, Grid } from '../../../core/grid';
import { a1 } from '../../../core/grid';
import type { PlacedSheet, WorkbookDocument } from '../../../core/document/model';
import {
  MARK_LOOKS,
  ROLE_LOOKS,
  TABLE_HEADER_LOOK,
  cssColor,
  type Look,
} from '../../../core/document/palette';
import type { StructureOutcome } from '../host';
import { placeLayout } from './placement';
import { PAYLOAD_BUDGET_BYTES, type Supports } from './read';

/** Applies a look's font and fill (each only when the look has one) to a range or a conditional format. */
function applyColours(
  target: { readonly format: Excel.RangeFormat } | { readonly format: Excel.ConditionalRangeFormat },
  look: Look,
): void {
  const { font, fill } = target.format;
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.color) font.color = cssColor(look.color);
  if (look.fill) fill.color = cssColor(look.fill);
}

/** Applies a whole look to a range (a conditional format cannot change the font size). */
function applyLook(range: { readonly format: Excel.RangeFormat }, look: Look): void {
  applyColours(range, look);
  if (look.size !== undefined) range.format.font.size = look.size;
}

export const TABLE_STYLE = 'TableStyleMedium2';

/** Excel column width in characters to points (Calibri 11: 7 px per character plus 5 px padding). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Text as Excel must receive it so that it stays text: Office.js treats written values like typed
 * input, so "=SUM(A1)" would become a formula, "15.03.2026" a date and "007" a number. An apostrophe
 * in front keeps the text as it is (Excel does not show or store the apostrophe as part of the value).
 * Nothing a municipality typed may become a live formula.
 */
export function asTypedText(s: string): string {
  const risky =
    /^[=+\-@#'\s]/.test(s) || /\d/.test(s) || /^(true|false|sand|falsk)$/i.test(s.trim()) || s.includes('%');
  return risky ? `'${s}` : s;
}

function excelValue(v: CellValue | null | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v === '' ? '' : asTypedText(v);
  return v;
}

interface ValueBlock {
  readonly sheet: string;
  readonly r: number;
  readonly c: number;
  readonly values: (string | number | boolean)[][];
  readonly bytes: number;
}

/** The sheet's cells and table contents as dense row blocks, each under the budget. */
export function valueBlocks(sheet: PlacedSheet, budgetBytes: number): ValueBlock[] {
  const byRow = new Map<number, Map<number, CellValue | null>>();
  const put = (r: number, c: number, v: CellValue | null): void => {
    let row = byRow.get(r);
    if (!row) {
      row = new Map<number, CellValue | null>();
      byRow.set(r, row);
    }
    row.set(c, v);
  };
  for (const cell of sheet.cells) put(cell.r, cell.c, cell.v);
  for (const table of sheet.tables) {
    table.columns.forEach((name, j) => put(table.r, table.c + j, name));
    table.rows.forEach((row, i) => row.forEach((v, j) => put(table.r + 1 + i, table.c + j, v)));
  }
  if (byRow.size === 0) return [];
  const rows = [...byRow.keys()].sort((x, y) => x - y);
  let minC = Infinity;
  let maxC = -Infinity;
  for (const row of byRow.values()) {
    for (const c of row.keys()) {
      minC = Math.min(minC, c);
      maxC = Math.max(maxC, c);
    }
  }
  const first = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? 0;
  const blocks: ValueBlock[] = [];
  let current: { r: number; values: (string | number | boolean)[][]; bytes: number } | undefined;
  for (let r = first; r <= last; r++) {
    const row = byRow.get(r);
    const out: (string | number | boolean)[] = [];
    for (let c = minC; c <= maxC; c++) out.push(excelValue(row?.get(c)));
    const bytes = JSON.stringify(out).length + 1;
    if (current && current.bytes + bytes > budgetBytes) {
      blocks.push({ sheet: sheet.name, r: current.r, c: minC, values: current.values, bytes: current.bytes });
      current = undefined;
    }
    if (!current) current = { r, values: [], bytes: 2 };
    current.values.push(out);
    current.bytes += bytes;
  }
  if (current)
    blocks.push({ sheet: sheet.name, r: current.r, c: minC, values: current.values, bytes: current.bytes });
  return blocks;
}

/** Groups value blocks into requests under the budget. */
function requestsOf(blocks: readonly ValueBlock[], budgetBytes: number): ValueBlock[][] {
  const requests: ValueBlock[][] = [];
  let current: ValueBlock[] = [];
  let bytes = 0;
  for (const b of blocks) {
    if (current.length > 0 && bytes + b.bytes > budgetBytes) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(b);
    bytes += b.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

function columnOf(rows: number, value: string): string[][] {
  return Array.from({ length: rows }, () => [value]);
}

/** Queues everything but the values of one sheet: formats, styles, merges, tables, validation, freeze. */
function queueSheetFormatting(
  ws: Excel.Worksheet,
  sheet: PlacedSheet,
  tableNames: ReadonlyMap<string, string>,
  supports: Supports,
): void {
  sheet.widths.forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = widthToPoints(w);
  });
  for (const cell of sheet.cells) {
    const range = ws.getRangeByIndexes(cell.r, cell.c, 1, 1);
    if (cell.fmt) range.numberFormat = [[cell.fmt]];
    if (cell.style) applyLook(range, ROLE_LOOKS[cell.style]);
  }
  for (const merge of sheet.merges) ws.getRange(merge).merge(false);

  for (const table of sheet.tables) {
    const lastCol = table.c + table.columns.length - 1;
    const rows = Math.max(table.rows.length, 1);
    const address = `${a1(table.r, table.c)}:${a1(table.r + rows, lastCol)}`;
    const t = ws.tables.add(address, true);
    t.name = tableNames.get(table.name) ?? table.name;
    t.style = TABLE_STYLE;
    t.showBandedRows = true;
    const header = ws.getRangeByIndexes(table.r, table.c, 1, table.columns.length);
    header.format.rowHeight = 30;
    header.format.wrapText = true;
    header.format.verticalAlignment = 'Center';
    applyLook(header, TABLE_HEADER_LOOK);
    // Formats reach below the table, so that rows typed under it behave like the table's rows.
    const lastRow = Math.max(
      table.r + rows,
      ...sheet.validations.map((v) => {
        const end = v.ref.split(':')[1] ?? v.ref;
        const m = /\d+$/.exec(end);
        return m ? Number(m[0]) - 1 : 0;
      }),
    );
    const dataRows = lastRow - table.r;
    table.formats.forEach((fmt, j) => {
      const column = ws.getRangeByIndexes(table.r + 1, table.c + j, dataRows, 1);
      column.format.verticalAlignment = 'Top';
      column.format.wrapText = fmt === undefined;
      if (fmt) column.numberFormat = columnOf(dataRows, fmt);
    });
  }

  for (const v of sheet.validations) {
    const dv = ws.getRange(v.ref).dataValidation;
    switch (v.kind) {
      case 'list':
        dv.rule = { list: { inCellDropDown: true, source: `=${v.source ?? ''}` } };
        break;
      case 'date':
        dv.rule = { date: { formula1: '2000-01-01', operator: 'GreaterThanOrEqualTo' } };
        break;
      case 'decimal':
        dv.rule = { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
        break;
      case 'whole':
        dv.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
        break;
    }
    dv.ignoreBlanks = true;
    dv.prompt = {
      showPrompt: true,
      title: v.prompt.title.slice(0, 32),
      message: v.prompt.text.slice(0, 255),
    };
    dv.errorAlert = {
      showAlert: true,
      style: v.strict ? 'Stop' : 'Warning',
      title: v.error.title.slice(0, 32),
      message: v.error.text.slice(0, 255),
    };
  }

  for (const cf of sheet.conditionalFormats) {
    const format = ws.getRange(cf.ref).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${cf.formula}`;
    applyColours(format.custom, MARK_LOOKS[cf.style]);
  }

  if (sheet.notes.length > 0 && supports('ExcelApi', '1.10')) {
    for (const note of sheet.notes) {
      ws.comments.add(a1(note.r, note.c), note.text);
    }
  }

  if (sheet.freezeRows > 0) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.state === 'hidden') ws.visibility = 'Hidden';
}

export interface RenderOptions {
  readonly supports?: Supports;
  readonly budgetBytes?: number;
}

/**
 * Adds `sheets` to the open workbook from tab position `position` on and queues their values (one
 * request per payload budget beyond the last, synced here) and their formatting; the caller queues
 * what is left and syncs once more.
 */
async function queueSheets(
  context: Excel.RequestContext,
  sheets: readonly PlacedSheet[],
  position: number,
  tableNames: ReadonlyMap<string, string>,
  supports: Supports,
  budget: number,
): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  const added = sheets.map((sheet, i) => {
    const ws = worksheets.add(sheet.name);
    ws.position = position + i;
    return { ws, sheet };
  });

  const blocks = sheets.flatMap((s) => valueBlocks(s, budget));
  const requests = requestsOf(blocks, budget);
  const writeRequest = (request: readonly ValueBlock[]): void => {
    for (const block of request) {
      const target = added.find((a) => a.sheet.name === block.sheet);
      if (!target) throw new Error(`No sheet ${block.sheet}`);
      const cols = block.values[0]?.length ?? 0;
      target.ws.getRangeByIndexes(block.r, block.c, block.values.length, cols).values = block.values;
    }
  };
  // Values over the budget go in their own requests (one per 4 MB) before the rest.
  const earlier = requests.slice(0, -1);
  const last = requests[requests.length - 1];
  for (const request of earlier) {
    writeRequest(request);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per payload budget, not per item
    await context.sync();
  }
  if (last) writeRequest(last);
  for (const { ws, sheet } of added) queueSheetFormatting(ws, sheet, tableNames, supports);
  return added.map((a) => a.ws);
}

function supportsOf(options: RenderOptions): Supports {
  return options.supports ?? ((set, version) => Office.context.requirements.isSetSupported(set, version));
}

/**
 * Writes the layout's template sheets into the open workbook, keeping the original sheets (renamed
 * only when a template sheet needs the name). `grid` is what was read from the workbook.
 */
export async function renderLayoutToExcel(
  context: Excel.RequestContext,
  layout: WorkbookDocument,
  grid: Grid,
  options: RenderOptions = {},
): Promise<StructureOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();

  const existing = [...worksheets.items].sort((a, b) => a.position - b.position).map((w) => w.name);
  const placement = placeLayout(
    layout,
    existing,
    tables.items.map((t) => t.name),
    grid,
  );

  // Tables of an earlier structuring go first, so that the new tables can take their names.
  for (const name of placement.replacedTables) context.workbook.tables.getItem(name).delete();
  // Sheets from an earlier structuring move aside first (a workbook must keep a visible sheet, so
  // they are deleted only once the new ones exist).
  const aside = placement.replaces.map((name, i) => {
    const ws = worksheets.getItem(name);
    ws.name = `korpsplan-old-${i + 1}-${Date.now() % 100000}`;
    return ws;
  });
  for (const { from, to } of placement.renames) worksheets.getItem(from).name = to;
  const added = await queueSheets(
    context,
    placement.sheets,
    0,
    placement.tableNames,
    supportsOf(options),
    options.budgetBytes ?? PAYLOAD_BUDGET_BYTES,
  );
  for (const ws of aside) ws.delete();
  added[0]?.activate();
  await context.sync();

  return { sheets: placement.sheets.map((s) => s.name), renamed: placement.renames };
}

/**
 * Writes every sheet of a document into the open workbook as new sheets after the ones it has, as
 * they are (no placement: their names and table names must be free). Returns the sheets' names.
 */
export async function renderDocumentToExcel(
  context: Excel.RequestContext,
  doc: WorkbookDocument,
  options: RenderOptions = {},
): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  await queueSheets(
    context,
    doc.sheets,
    worksheets.items.length,
    new Map(),
    supportsOf(options),
    options.budgetBytes ?? PAYLOAD_BUDGET_BYTES,
  );
  await context.sync();
  return doc.sheets.map((s) => s.name);
}
