// The original sheets of a coordinator's workbook, copied into the structured workbook with their
// formatting: fills, fonts, borders, number formats, alignment, row heights, column widths, hidden
// rows and columns, merged cells, freeze panes, tab colour, header and footer, page setup, Excel
// tables, and the data validations and conditional formats that are safe to keep.
//
// How, and why this way. exceljs reads the original and writes it again together with the template
// sheets (workbook/excel.ts renderSheet), so that one library writes one consistent package. The
// alternative, grafting the original sheet XML into the package exceljs writes, would mean merging
// two styles tables, themes, shared strings, comment and table parts by hand. exceljs is given a
// package made here from the original (prepareOriginal), never the original bytes themselves:
//   - only the parts it needs (workbook, styles, shared strings, theme, the sheets kept, their
//     tables), each inflated by the intake's capped zip reader (core/xlsx/zip), under the part names
//     exceljs expects; drawings, pictures, charts, comments, pivot tables, printer settings, custom
//     XML and everything else stay behind (charts, images and shapes are named as not carried over);
//   - a workbook part written here: sheet names and states only, no defined names (they name the
//     original sheets), 1900 date system (the template's dates are 1900 serials);
//   - data validations, hyperlinks and drawings are not read by exceljs (it expands a validation to
//     one entry per cell, which a validation on a whole column turns into a million): validations
//     are read here and the safe ones added back as ranges; links come from the intake's reading.
// After loading, every cell value is set from the intake's own reading of the same bytes (the Grid):
// formulas become their cached values, nothing exceljs read differently survives, and only the
// http/https/mailto links the intake accepted are links. Comments come from the Grid too (threaded
// comments as notes with their author).

import ExcelJS from 'exceljs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Grid, GridCell, GridSheet } from '../core/grid';
import { cellText } from '../core/grid';
import { isDateFormat } from '../core/dates';
import type { PlacedSheet } from '../core/document/model';
import type { IntakeLimits } from '../core/xlsx';
import { Package } from '../core/xlsx/package';
import { WorkbookHandler } from '../core/xlsx/workbook';
import { openZip, streamEntry } from '../core/xlsx/zip';
import { excelNote } from './excel';
import { isSafeFormula } from './formula';
import { editXml } from './xmlEdit';

export interface NotCarried {
  readonly sheet: string;
  readonly what: string;
}

/** A data validation of an original sheet, as read from its XML. */
interface SheetValidation {
  /** The ranges it covers (sqref split at spaces). */
  readonly ranges: readonly string[];
  readonly type: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly formulas: readonly string[];
}

interface PreparedSheet {
  readonly validations: readonly SheetValidation[];
  /** Validations in the x14 form, which Excel uses for lists on another sheet. */
  readonly otherSheetValidations: number;
  readonly conditionalFormats: boolean;
}

export interface PreparedOriginal {
  /** The package exceljs loads. */
  readonly bytes: Uint8Array;
  /** By the sheet's name in the original. */
  readonly sheets: ReadonlyMap<string, PreparedSheet>;
  /** Uncompressed size of the sheets, shared strings and styles given to exceljs. */
  readonly xmlBytes: number;
  /**
   * The original's default font (the first of its styles part) as a <font> element: exceljs
   * writes its own (Calibri 11) in its place, which changes every column width (Excel measures
   * them in digits of the default font) and every cell that relies on the default.
   */
  readonly defaultFont?: string;
  /** The original's own palette (ARGB by index), empty when it uses Excel's default one. */
  readonly palette: readonly string[];
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A part's bytes as UTF-8, inflated with the intake's cap (no more than the size it declares). */
function partBytes(pkg: Package, part: string): Uint8Array {
  const entry = pkg.entry(part);
  if (!entry || entry.isDirectory) throw new Error(`part ${part} is missing`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  streamEntry(pkg.zip, entry, (chunk) => {
    chunks.push(chunk.slice());
    total += chunk.length;
    return true;
  });
  let bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  // UTF-16 parts (allowed by XML, rare) are handed on as UTF-8; a UTF-8 byte-order mark is dropped.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) bytes = strToU8(new TextDecoder('utf-16le').decode(bytes));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) bytes = strToU8(new TextDecoder('utf-16be').decode(bytes));
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  return bytes;
}

function partText(pkg: Package, part: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(partBytes(pkg, part));
}

// --- Data validations, read from the sheet XML ------------------------------------------------------

/** The dataValidations elements after sheetData (the schema puts them there). */
const VALIDATIONS =
  /<((?:[A-Za-z_][\w.-]*:)?)dataValidations\b(?:[^<>]*\/>|[^<>]*>[\s\S]*?<\/\1dataValidations>)/g;

function readValidations(sheet: Uint8Array): PreparedSheet {
  const buf = Buffer.from(sheet.buffer, sheet.byteOffset, sheet.byteLength);
  const from = Math.max(buf.lastIndexOf('sheetData'), 0);
  const tail = buf.toString('utf8', from);
  const validations: SheetValidation[] = [];
  let otherSheet = 0;
  for (const m of tail.matchAll(VALIDATIONS)) {
    let current: { attributes: Record<string, string>; formulas: string[]; x14: boolean } | undefined;
    let formula: string | undefined;
    editXml(m[0], {
      element(local, attributes) {
        if (local === 'dataValidation') {
          if (current) throw new Error('nested dataValidation');
          current = { attributes: { ...attributes }, formulas: [], x14: false };
        } else if (local === 'sqref' || local === 'f') {
          // x14:dataValidation carries its range and formulas in child elements (xm:sqref, xm:f).
          if (current) current.x14 = true;
        } else if (local === 'formula1' || local === 'formula2') {
          formula = '';
        }
        return undefined;
      },
      text(text) {
        if (formula !== undefined) formula += text;
      },
      close(local) {
        if ((local === 'formula1' || local === 'formula2') && current && formula !== undefined) {
          current.formulas.push(formula);
          formula = undefined;
        } else if (local === 'dataValidation' && current) {
          if (current.x14) otherSheet++;
          else {
            validations.push({
              ranges: (current.attributes.sqref ?? '').split(/\s+/).filter((r) => r.length > 0),
              type: current.attributes.type ?? 'none',
              attributes: current.attributes,
              formulas: current.formulas,
            });
          }
          current = undefined;
        }
      },
    });
  }
  return {
    validations,
    otherSheetValidations: otherSheet,
    conditionalFormats: buf.indexOf('conditionalFormatting', from) !== -1,
  };
}

// --- The package for exceljs ---------------------------------------------------------------------

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    `${DECL}<Relationships xmlns="${NS_PKG_REL}">` +
    rels
      .map((r) => `<Relationship Id="${r.id}" Type="${NS_REL}/${r.type}" Target="${escapeXml(r.target)}"/>`)
      .join('') +
    '</Relationships>'
  );
}

/**
 * A package for exceljs holding the sheets named in `keep` (by their name in the original), made
 * from bytes that passed the intake. Table names in `takenTables` (lower case) are not used again.
 */
export function prepareOriginal(
  bytes: Uint8Array,
  limits: IntakeLimits,
  keep: ReadonlySet<string>,
  takenTables: Set<string>,
): PreparedOriginal {
  const pkg = new Package(openZip(bytes, limits), limits);
  const office = pkg.rels('').find((r) => r.kind === 'officeDocument' && !r.external);
  if (!office) throw new Error('no workbook part');
  const workbook = new WorkbookHandler(limits, () => {});
  pkg.parse(office.target, workbook);
  const wbRels = pkg.rels(office.target);
  const files: Zippable = {};
  const stored = { level: 0 } as const;
  let xmlBytes = 0;
  const add = (name: string, data: Uint8Array): void => {
    files[name] = [data, stored];
    xmlBytes += data.length;
  };
  const overrides: string[] = [];
  const workbookRels: { id: string; type: string; target: string }[] = [];

  const single = (kind: string): string | undefined =>
    wbRels.find((r) => r.kind === kind && !r.external && pkg.has(r.target))?.target;
  const styles = single('styles');
  let defaultFont: string | undefined;
  const palette: string[] = [];
  if (styles) {
    const text = prepareStyles(partText(pkg, styles), palette);
    defaultFont = firstFont(text);
    add('xl/styles.xml', strToU8(text));
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`);
    workbookRels.push({ id: 'rIdStyles', type: 'styles', target: 'styles.xml' });
  }
  const sst = single('sharedStrings');
  if (sst) {
    add('xl/sharedStrings.xml', partBytes(pkg, sst));
    overrides.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`,
    );
    workbookRels.push({ id: 'rIdStrings', type: 'sharedStrings', target: 'sharedStrings.xml' });
  }
  const theme = single('theme');
  if (theme) {
    // Read by the intake only up to its root element: inflated here with the same cap.
    files['xl/theme/theme1.xml'] = [partBytes(pkg, theme), stored];
    overrides.push(`<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>`);
    workbookRels.push({ id: 'rIdTheme', type: 'theme', target: 'theme/theme1.xml' });
  }

  const sheets = new Map<string, PreparedSheet>();
  const sheetElements: string[] = [];
  let tableCount = 0;
  for (const ref of workbook.sheets) {
    if (!keep.has(ref.name)) continue;
    const rel = wbRels.find((r) => r.id === ref.rid && !r.external);
    // A chart sheet or dialog sheet is no worksheet: it is left to the values-only copy.
    if (!rel || rel.kind !== 'worksheet' || !pkg.has(rel.target)) continue;
    const n = sheets.size + 1;
    const xml = partBytes(pkg, rel.target);
    add(`xl/worksheets/sheet${n}.xml`, xml);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    );
    sheets.set(ref.name, readValidations(xml));
    sheetElements.push(`<sheet name="${escapeXml(ref.name)}" sheetId="${n}" r:id="rIdSheet${n}"/>`);
    workbookRels.push({ id: `rIdSheet${n}`, type: 'worksheet', target: `worksheets/sheet${n}.xml` });

    const sheetRels: { id: string; type: string; target: string }[] = [];
    for (const t of pkg.rels(rel.target)) {
      if (t.kind !== 'table' || t.external || !pkg.has(t.target)) continue;
      tableCount++;
      add(
        `xl/tables/table${tableCount}.xml`,
        strToU8(tableWithoutFormulas(partText(pkg, t.target), takenTables)),
      );
      overrides.push(
        `<Override PartName="/xl/tables/table${tableCount}.xml" ContentType="${CT}.spreadsheetml.table+xml"/>`,
      );
      sheetRels.push({ id: t.id, type: 'table', target: `../tables/table${tableCount}.xml` });
    }
    if (sheetRels.length > 0) add(`xl/worksheets/_rels/sheet${n}.xml.rels`, strToU8(relsXml(sheetRels)));
  }

  files['[Content_Types].xml'] = [
    strToU8(
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
        overrides.join('') +
        '</Types>',
    ),
    stored,
  ];
  files['_rels/.rels'] = [
    strToU8(relsXml([{ id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }])),
    stored,
  ];
  files['xl/workbook.xml'] = [
    strToU8(
      `${DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
        `<sheets>${sheetElements.join('')}</sheets></workbook>`,
    ),
    stored,
  ];
  files['xl/_rels/workbook.xml.rels'] = [strToU8(relsXml(workbookRels)), stored];
  return { bytes: zipSync(files), sheets, xmlBytes, palette, ...(defaultFont ? { defaultFont } : {}) };
}

/** The first <font> of the styles part's <fonts>, written without prefixes; undefined when there is none. */
function firstFont(styles: string): string | undefined {
  let depth = 0;
  let state: 'before' | 'inFonts' | 'inFont' | 'done' = 'before';
  let out = '';
  editXml(styles, {
    element(local, attributes) {
      depth++;
      if (state === 'before' && local === 'fonts' && depth === 2) state = 'inFonts';
      else if (state === 'inFonts' && local === 'font') {
        state = 'inFont';
        out = '<font>';
      } else if (state === 'inFont') {
        const attrs = Object.entries(attributes)
          .filter(([name]) => !name.includes(':'))
          .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
          .join('');
        out += `<${local}${attrs}/>`;
      }
      return undefined;
    },
    close(local) {
      depth--;
      if (state === 'inFont' && local === 'font') {
        out += '</font>';
        state = 'done';
      } else if (state === 'inFonts' && local === 'fonts') state = 'done';
    },
  });
  return out.endsWith('</font>') ? out : undefined;
}

/**
 * The styles part as exceljs needs it to keep what it says:
 *   - number format codes with every backslash doubled, because exceljs takes one level of escapes
 *     off when it reads a code ("0\\.000", a dot shown as such, would become "0.000", three decimals);
 *   - colours from a custom palette (indexedColors, which exceljs does not keep) written as the RGB
 *     colours they stand for; 64 and 65 are the system's foreground and background.
 */
function prepareStyles(styles: string, palette: string[]): string {
  if (/indexedColors/.test(styles)) {
    let inIndexed = false;
    editXml(styles, {
      element(local, attributes) {
        if (local === 'indexedColors') inIndexed = true;
        else if (local === 'rgbColor' && inIndexed) palette.push(attributes.rgb ?? '');
        return undefined;
      },
      close(local) {
        if (local === 'indexedColors') inIndexed = false;
      },
    });
  }
  return editXml(styles, {
    element(local, attributes) {
      if (local === 'numFmt' && attributes.formatCode !== undefined) {
        return { ...attributes, formatCode: attributes.formatCode.replace(/\\/g, '\\\\') };
      }
      if (palette.length === 0) return undefined;
      if (local === 'colors') return 'drop';
      const index = attributes.indexed === undefined ? NaN : Number(attributes.indexed);
      const rgb = palette[index];
      if (!rgb || index >= 64) return undefined;
      const { indexed: _indexed, ...rest } = attributes;
      return { ...rest, rgb };
    },
  });
}

/**
 * A table part without live formulas (calculated columns and totals become the values in the cells),
 * renamed when the template or another table already has its name. exceljs writes a table column
 * without its formula elements (calculatedColumnFormula, totalsRowFormula) but with its totals
 * function, which Excel would compute again: that is taken out here (the tests check both).
 */
function tableWithoutFormulas(xml: string, taken: Set<string>): string {
  return editXml(xml, {
    element(local, attributes) {
      if (local === 'tableColumn' && attributes.totalsRowFunction !== undefined) {
        const { totalsRowFunction: _f, ...rest } = attributes;
        return rest;
      }
      if (local === 'table') {
        const base = attributes.displayName ?? attributes.name ?? 'Tabel';
        let name = base;
        for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
        taken.add(name.toLowerCase());
        return name === base ? undefined : { ...attributes, name, displayName: name };
      }
      return undefined;
    },
  });
}

// --- The sheets, after exceljs read them --------------------------------------------------------------

/** Serial days between the 1904 and the 1900 date systems. */
const DAYS_1904 = 1462;

const WORDS = {
  validation: (ref: string) =>
    `datavalidering i ${ref} (henviser uden for arket) / data validation in ${ref} (refers outside the sheet)`,
  otherSheetValidation: (n: number) =>
    `${n} datavalidering(er) med en liste på et andet ark / ${n} data validation(s) with a list on another sheet`,
  conditional: (ref: string) =>
    `betinget formatering i ${ref} (henviser uden for arket eller kan ikke skrives) / conditional formatting in ${ref} (refers outside the sheet or cannot be written)`,
  headerPicture: 'billede i sidehoved eller sidefod / picture in the header or footer',
} as const;

/** Parts of exceljs's runtime worksheet that its type declarations leave out. */
interface RuntimeSheet {
  /** Absent on a sheet exceljs read none for. */
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] | null | undefined;
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function runtime(ws: ExcelJS.Worksheet): RuntimeSheet {
  return ws as unknown as RuntimeSheet;
}

/** Conditional format rule types exceljs writes back (others it reads but drops, leaving an empty block). */
const WRITABLE_RULES = new Set([
  'expression',
  'cellIs',
  'top10',
  'aboveAverage',
  'dataBar',
  'colorScale',
  'iconSet',
  'containsText',
  'timePeriod',
]);

/** What cannot be kept on the sheets exceljs read, before anything is changed: for the notes. */
export function notCarriedOnSheets(
  wb: ExcelJS.Workbook,
  prepared: PreparedOriginal,
): { readonly notCarried: NotCarried[]; readonly unread: Set<string> } {
  const notCarried: NotCarried[] = [];
  const unread = new Set<string>();
  for (const [source, sheet] of prepared.sheets) {
    const ws = wb.getWorksheet(source);
    if (!ws) {
      unread.add(source);
      continue;
    }
    const unsafe = sheet.validations.filter((v) => !safeValidation(v)).flatMap((v) => v.ranges);
    if (unsafe.length > 0) notCarried.push({ sheet: source, what: WORDS.validation(listed(unsafe)) });
    if (sheet.otherSheetValidations > 0) {
      notCarried.push({ sheet: source, what: WORDS.otherSheetValidation(sheet.otherSheetValidations) });
    }
    const formats = (runtime(ws).conditionalFormattings ?? []).filter((cf) =>
      cf.rules.some((r) => !safeRule(r)),
    );
    if (formats.length > 0) {
      notCarried.push({ sheet: source, what: WORDS.conditional(listed(formats.map((cf) => cf.ref))) });
    }
    if (Object.values(ws.headerFooter ?? {}).some((h) => typeof h === 'string' && pictureCodes(h))) {
      notCarried.push({ sheet: source, what: WORDS.headerPicture });
    }
  }
  return { notCarried, unread };
}

/** Ranges for a message: the first few, then how many more. */
function listed(ranges: readonly string[]): string {
  const shown = ranges.slice(0, 4).join(', ');
  return ranges.length > 4 ? `${shown} (+${ranges.length - 4})` : shown;
}

function safeValidation(v: SheetValidation): boolean {
  if (v.ranges.length === 0) return false;
  if (!['none', 'whole', 'decimal', 'list', 'date', 'time', 'textLength', 'custom'].includes(v.type))
    return false;
  if (v.type === 'date' && v.formulas.some((f) => !/^\s*-?\d+(\.\d+)?\s*$/.test(f))) return false;
  return v.formulas.every((f) => isSafeFormula(f));
}

function safeRule(rule: ExcelJS.ConditionalFormattingRule): boolean {
  if (!WRITABLE_RULES.has(rule.type)) return false;
  const r = rule as { formulae?: unknown[]; cfvo?: { type?: string; value?: unknown }[] };
  for (const f of r.formulae ?? []) if (typeof f !== 'string' || !isSafeFormula(f)) return false;
  for (const v of r.cfvo ?? []) {
    if (v.type === 'formula') return false;
    if (v.value !== undefined && (typeof v.value !== 'number' || !Number.isFinite(v.value))) return false;
  }
  return true;
}

/** Whether a header or footer text inserts a picture (&G; && is a literal ampersand). */
function pictureCodes(text: string): boolean {
  return /(^|[^&])(&&)*&G/.test(text);
}

function withoutPictures(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '&' && text[i + 1] === 'G') {
      i++;
      continue;
    }
    if (text[i] === '&' && text[i + 1] === '&') {
      out += '&&';
      i++;
      continue;
    }
    out += text[i];
  }
  return out;
}

/** The serial date of an Excel date cell value in the 1900 system, as a number. */
function excelValue(cell: GridCell, date1904: boolean): ExcelJS.CellValue {
  switch (cell.t) {
    case 'n':
      return date1904 && typeof cell.v === 'number' && isDateFormat(cell.fmt) ? cell.v + DAYS_1904 : cell.v;
    case 'b':
      return cell.v;
    case 'e':
      return { error: String(cell.v) } as ExcelJS.CellErrorValue;
    case 's':
      return String(cell.v);
  }
}

function plainText(value: ExcelJS.CellValue): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'richText' in value) {
    return value.richText.map((r) => r.text).join('');
  }
  return undefined;
}

/** Whether exceljs already holds what the intake read (a rich text with the same text is kept as it is). */
function holds(value: ExcelJS.CellValue, cell: GridCell, date1904: boolean): boolean {
  switch (cell.t) {
    case 's':
      return plainText(value) === cell.v;
    case 'n':
      return typeof value === 'number' && value === excelValue(cell, date1904);
    case 'b':
      return value === cell.v;
    case 'e':
      return value !== null && typeof value === 'object' && 'error' in value && value.error === cell.v;
  }
}

/**
 * Makes a loaded original sheet the copy the layout describes: its values exactly the intake's, its
 * name and notes the layout's, and nothing live but the safe validations and conditional formats.
 */
export function adoptSheet(
  ws: ExcelJS.Worksheet,
  sheet: PlacedSheet,
  source: GridSheet,
  grid: Grid,
  prepared: PreparedSheet,
  palette: readonly string[],
): void {
  // Values: each cell exceljs holds is checked against the intake's reading of the same bytes.
  const byKey = new Map<number, GridCell>();
  for (const c of source.cells) byKey.set(c.r * 16384 + c.c, c);
  const seen = new Set<number>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const key = (rowNumber - 1) * 16384 + (colNumber - 1);
      const want = byKey.get(key);
      if (!want) {
        cell.value = null;
        return;
      }
      seen.add(key);
      if (want.link) cell.value = { text: cellText(want), hyperlink: want.link };
      else if (!holds(cell.value, want, grid.date1904)) cell.value = excelValue(want, grid.date1904);
    });
  });
  for (const [key, want] of byKey) {
    if (seen.has(key)) continue;
    const cell = ws.getCell(want.r + 1, want.c + 1);
    // A value under a merged range (Excel keeps, but never shows, it) stays out, as in any copy.
    if (cell.type === ExcelJS.ValueType.Merge) continue;
    cell.value = want.link ? { text: cellText(want), hyperlink: want.link } : excelValue(want, grid.date1904);
  }

  for (const note of sheet.notes) ws.getCell(note.r + 1, note.c + 1).note = excelNote(note);

  const live = runtime(ws);
  for (const v of prepared.validations) {
    if (!safeValidation(v)) continue;
    for (const ref of v.ranges) live.dataValidations.add(ref, excelValidation(v, grid.date1904));
  }

  live.conditionalFormattings = (live.conditionalFormattings ?? [])
    .map((cf) => ({ ...cf, rules: cf.rules.filter(safeRule) }))
    .filter((cf) => cf.rules.length > 0);

  const hf = ws.headerFooter as Record<string, unknown> | undefined;
  if (hf) {
    for (const [k, v] of Object.entries(hf))
      if (typeof v === 'string' && pictureCodes(v)) hf[k] = withoutPictures(v);
  }
  // No copy is selected beside the template's first sheet (two selected tabs would be grouped):
  // exceljs does not keep tabSelected when it reads a sheet (the tests check it).
  ws.state = sheet.state;
  const tab = ws.properties.tabColor as { indexed?: number } | undefined;
  const rgb = tab?.indexed === undefined ? undefined : palette[tab.indexed];
  if (rgb && (tab?.indexed ?? 64) < 64) ws.properties.tabColor = { argb: rgb };
  printAreas(ws, source.name, grid);
}

function excelValidation(v: SheetValidation, date1904: boolean): ExcelJS.DataValidation {
  const a = v.attributes;
  const on = (name: string): boolean => a[name] === '1' || a[name] === 'true';
  const formulae = v.formulas.map((f) =>
    v.type === 'date'
      ? new Date(Date.UTC(1899, 11, 30) + (Number(f) + (date1904 ? DAYS_1904 : 0)) * 86_400_000)
      : f,
  );
  const model: Record<string, unknown> = {
    type: v.type === 'none' ? 'any' : v.type,
    allowBlank: on('allowBlank'),
    showInputMessage: on('showInputMessage'),
    showErrorMessage: on('showErrorMessage'),
    formulae,
  };
  if (a.operator) model.operator = a.operator;
  for (const key of ['promptTitle', 'prompt', 'errorStyle', 'errorTitle', 'error'] as const) {
    if (a[key] !== undefined) model[key] = a[key];
  }
  return model as unknown as ExcelJS.DataValidation;
}

/** Print areas and print titles of the original sheet (defined names, which were not kept). */
function printAreas(ws: ExcelJS.Worksheet, sheet: string, grid: Grid): void {
  const refs = (value: string): string[] | undefined => {
    const out: string[] = [];
    for (const part of value.split(',')) {
      const bang = part.lastIndexOf('!');
      const ref = part
        .slice(bang + 1)
        .replace(/\$/g, '')
        .trim();
      if (!/^([A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7}|\d{1,7}:\d{1,7}|[A-Z]{1,3}:[A-Z]{1,3})$/.test(ref))
        return undefined;
      out.push(ref);
    }
    return out;
  };
  for (const name of grid.definedNames) {
    if (name.sheet !== sheet) continue;
    const found = refs(name.value);
    if (!found) continue;
    if (name.name === '_xlnm.Print_Area') {
      ws.pageSetup.printArea = found.filter((r) => /\d/.test(r) && /[A-Z]/.test(r)).join('&&') || undefined;
    } else if (name.name === '_xlnm.Print_Titles') {
      const rows = found.find((r) => /^\d+:\d+$/.test(r));
      const cols = found.find((r) => /^[A-Z]+:[A-Z]+$/.test(r));
      if (rows) ws.pageSetup.printTitlesRow = rows;
      if (cols) ws.pageSetup.printTitlesColumn = cols;
    }
  }
}
