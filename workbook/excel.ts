// exceljs (no release since 2024; it drops charts and must never see unchecked bytes) is imported in
// workbook/ only. This module renders a WorkbookDocument (core/document/model.ts) of placed sheets
// into .xlsx bytes, every colour from the one palette (core/document/palette.ts); the Node entry for
// every document is workbook/document.ts. Reading is done by core/xlsx (workbook/originals.ts loads
// checked originals into exceljs to keep their formatting).

import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { NOTE_AUTHOR } from '../core/layout';
import type { Note, PlacedSheet, WorkbookDocument } from '../core/document/model';
import { MARK_LOOKS, ROLE_LOOKS, TABLE_HEADER_LOOK, argb, type Look } from '../core/document/palette';
import { editXml } from './xmlEdit';
import { a1 } from '../core/grid';

/** A look's font as exceljs wants it (only what the look says), or undefined when it says nothing. */
export function excelFont(look: Look): Partial<ExcelJS.Font> | undefined {
  const font: Partial<ExcelJS.Font> = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size !== undefined) font.size = look.size;
  if (look.color) font.color = { argb: argb(look.color) };
  return Object.keys(font).length > 0 ? font : undefined;
}

/** Applies a look to a cell: font and solid fill, each only when the look has one. */
function applyLook(cell: ExcelJS.Cell, look: Look): void {
  const font = excelFont(look);
  if (font) cell.font = font;
  if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } };
}

/** Parts of exceljs's runtime API that its type declarations leave out. */
interface WithDataValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export interface RenderOptions {
  /** Fixed creation time for reproducible output (the committed templates); defaults to now. */
  readonly created?: Date;
  readonly creator?: string;
}

/** Adds one sheet of a layout to `wb`, after the sheets it already has. */
export function renderSheet(wb: ExcelJS.Workbook, sheet: PlacedSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.state,
    views: sheet.freezeRows > 0 ? [{ state: 'frozen', ySplit: sheet.freezeRows, xSplit: 0 }] : [{}],
    pageSetup: {
      paperSize: 9,
      orientation: sheet.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.r + 1, cell.c + 1);
    if (cell.v !== null) target.value = cell.v;
    if (cell.fmt) target.numFmt = cell.fmt;
    if (cell.style) applyLook(target, ROLE_LOOKS[cell.style]);
  }
  for (const table of sheet.tables) {
    ws.addTable({
      name: table.name,
      ref: a1(table.r, table.c),
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows: table.rows.map((row) => row.map((v) => v ?? '')),
    });
    const header = ws.getRow(table.r + 1);
    header.height = 30;
    table.columns.forEach((_, i) => {
      const cell = header.getCell(table.c + i + 1);
      cell.alignment = { vertical: 'middle', wrapText: true };
      applyLook(cell, TABLE_HEADER_LOOK);
    });
    table.formats.forEach((fmt, i) => {
      const column = ws.getColumn(table.c + i + 1);
      column.alignment = { vertical: 'top', wrapText: fmt === undefined };
      if (fmt) column.numFmt = fmt;
    });
    // Header cells keep General formatting whatever the column's format is.
    table.columns.forEach((_, i) => {
      header.getCell(table.c + i + 1).numFmt = 'General';
    });
  }

  // Merged after the tables: a column's format set on a merged cell would reach the merge's first
  // cell (exceljs forwards a merged cell's style to it), e.g. a title merged over a number column.
  for (const merge of sheet.merges) ws.mergeCells(merge);

  for (const v of sheet.validations) {
    (ws as unknown as WithDataValidations).dataValidations.add(v.ref, {
      type: v.kind,
      allowBlank: true,
      formulae: v.kind === 'list' ? [v.source] : v.kind === 'date' ? [new Date(Date.UTC(2000, 0, 1))] : [0],
      operator: v.kind === 'list' ? undefined : 'greaterThanOrEqual',
      showInputMessage: true,
      promptTitle: v.prompt.title.slice(0, 32),
      prompt: v.prompt.text.slice(0, 255),
      showErrorMessage: true,
      errorStyle: v.strict ? 'stop' : 'warning',
      errorTitle: v.error.title.slice(0, 32),
      error: v.error.text.slice(0, 255),
    });
  }

  for (const cf of sheet.conditionalFormats) {
    const look = MARK_LOOKS[cf.style];
    const font = excelFont(look);
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [cf.formula],
          style: {
            ...(look.fill
              ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(look.fill) } } }
              : {}),
            ...(font ? { font } : {}),
          },
        },
      ],
    });
  }

  for (const note of sheet.notes) {
    ws.getCell(note.r + 1, note.c + 1).note = excelNote(note);
  }
  return ws;
}

/** A note as Excel writes one: the author in bold on the first line, then the text. */
export function excelNote(note: Note): ExcelJS.Comment | string {
  if (!note.author) return note.text;
  return { texts: [{ font: { bold: true }, text: `${note.author}:` }, { text: `\n${note.text}` }] };
}

/**
 * A comments part as exceljs writes it (every note by "Author") with each note's own author: the
 * name a note starts with in bold (workbook/excel.ts excelNote), else korpsplan (NOTE_AUTHOR).
 */
function withNoteAuthors(xml: string): string {
  const authors = [NOTE_AUTHOR];
  const ids: number[] = [];
  let run = -1;
  let bold = false;
  let text: string | undefined;
  let first: { bold: boolean; text: string } | undefined;
  editXml(xml, {
    element(local) {
      if (local === 'comment') {
        run = -1;
        first = undefined;
      } else if (local === 'r') {
        run++;
        bold = false;
        text = '';
      } else if (local === 'b' && run === 0) bold = true;
      return undefined;
    },
    text(t) {
      if (text !== undefined && run === 0) text += t;
    },
    close(local) {
      if (local === 'r' && run === 0) first = { bold, text: text ?? '' };
      else if (local === 'comment') {
        const name = first?.bold && first.text.endsWith(':') ? first.text.slice(0, -1).trim() : '';
        let id = name === '' ? 0 : authors.indexOf(name);
        if (id === -1) id = authors.push(name) - 1;
        ids.push(id);
      }
    },
  });
  let k = 0;
  const edited = editXml(xml, {
    element(local, attributes) {
      if (local === 'author') return 'drop';
      if (local === 'comment') return { ...attributes, authorId: String(ids[k++] ?? 0) };
      return undefined;
    },
  });
  const list = authors
    .map((a) => `<author>${a.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</author>`)
    .join('');
  return edited.replace(/<authors>\s*<\/authors>|<authors\/>/, `<authors>${list}</authors>`);
}

/**
 * The package of a workbook: written by exceljs unpacked, each note given its own author (see
 * withNoteAuthors) and, for copies of a coordinator's workbook, the original's default font in
 * place of exceljs's (a <font> element; Excel measures column widths in its digits), then packed
 * once (fflate packs faster than the packer exceljs uses).
 */
export async function packed(wb: ExcelJS.Workbook, defaultFont?: string): Promise<Uint8Array> {
  const written = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const files = unzipSync(new Uint8Array(written));
  for (const [name, data] of Object.entries(files)) {
    if (/^xl\/comments\d+\.xml$/.test(name)) files[name] = strToU8(withNoteAuthors(strFromU8(data)));
  }
  const styles = files['xl/styles.xml'];
  if (styles && defaultFont) {
    const text = strFromU8(styles).replace(/(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/, `$1${defaultFont}`);
    files['xl/styles.xml'] = strToU8(text);
  }
  return zipSync(files, { level: 6 });
}

/** Document properties and the window of a rendered layout: the first visible sheet is active. */
export function applyWorkbookSettings(
  wb: ExcelJS.Workbook,
  layout: WorkbookDocument,
  options: RenderOptions,
): void {
  const created = options.created ?? new Date();
  wb.creator = options.creator ?? 'korpsplan';
  wb.lastModifiedBy = options.creator ?? 'korpsplan';
  wb.created = created;
  wb.modified = created;
  wb.title = layout.properties.title;
  wb.subject = layout.properties.subject;
  const first = layout.sheets.findIndex((s) => s.state === 'visible');
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: Math.max(first, 0),
      visibility: 'visible',
    },
  ];
}

/** Renders a document of placed sheets to .xlsx bytes (callers use workbook/document.ts writeDocument). */
export async function renderLayout(
  layout: WorkbookDocument,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  applyWorkbookSettings(wb, layout, options);
  for (const sheet of layout.sheets) renderSheet(wb, sheet);
  // Notes (on copies of original sheets) need their authors set; a workbook without any is written
  // by exceljs as it is, byte for byte as before (the committed templates).
  if (layout.sheets.some((s) => s.notes.length > 0)) return packed(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
