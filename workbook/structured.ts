// A coordinator's plan in the template layout, written as .xlsx with the original sheets kept
// beside the template: with their formatting when the original bytes are given (workbook/originals.ts
// says how), with their values otherwise, or when their formatting cannot be read (then the
// workbook says so, and so does the list of what could not be carried over).

import ExcelJS from 'exceljs';
import { RefusalError } from '../core/codes';
import { planWorkbookLayout, type LayoutContent } from '../core/layout';
import type { PlacedSheet } from '../core/document/model';
import type { Lang } from '../core/spec';
import { readWorkbook, type IntakeLimits } from '../core/xlsx';
import { resolveLimits } from '../core/xlsx/limits';
import { writeDocument } from './document';
import { applyWorkbookSettings, packed, renderSheet, type RenderOptions } from './excel';
import {
  adoptSheet,
  notCarriedOnSheets,
  prepareOriginal,
  type NotCarried,
  type PreparedOriginal,
} from './originals';

export type { NotCarried } from './originals';

export interface StructuredOptions {
  /** Fixed creation time (reproducible output); defaults to now. */
  readonly created?: Date;
  /**
   * The coordinator's workbook file: the bytes whose reading is `content.grid`. With them the
   * original sheets keep their formatting; they go through the intake (core/xlsx) again here, so
   * that exceljs never sees bytes the intake did not accept.
   */
  readonly original?: Uint8Array;
  /** The intake limits the file was read with (e.g. the command line's --max-bytes). */
  readonly limits?: Partial<IntakeLimits>;
  /** Above this much sheet XML the originals are copied as values (default MAX_FORMATTED_XML_BYTES). */
  readonly maxFormattedXmlBytes?: number;
}

export interface StructuredWorkbook {
  readonly bytes: Uint8Array;
  /** What could not be carried over: the content's list and what the writer found on top. */
  readonly notCarried: readonly NotCarried[];
  /** How the original sheets were copied: with their formatting, as values only, or not at all (none). */
  readonly originals: 'formatted' | 'values' | 'none';
  /** Why the formatting could not be kept (the error), when it could not. */
  readonly formattingError?: unknown;
}

/**
 * Above this much sheet XML (uncompressed sheets, shared strings and styles of the originals) the
 * originals are copied as values: exceljs holds every cell of them as an object beside the template
 * it renders. Measured (fresh process, peak RSS, values-only → formatted): a 200-row plan of 35 KB
 * (0.14 MB of XML) 150 → 150 MB; 5,000 rows, 0.2 MB (2 MB XML) 240 → 275 MB; 20,000 rows, 1.1 MB
 * (10.7 MB XML) 615 → 805 MB and about a third more time. A realistic plan is 50–500 KB of XML; the
 * cap keeps a 1 MB plan formatted and bounds the extra memory of anything larger.
 */
export const MAX_FORMATTED_XML_BYTES = 12 * 1024 * 1024;

const MESSAGES = {
  unreadable:
    'formatering (farver, kanter, kolonnebredder m.m.) – arket er kopieret med værdierne alene / formatting (colours, borders, column widths etc.) – the sheet was copied with its values only',
  conditionalFormats: 'betinget formatering (kunne ikke læses) / conditional formatting (could not be read)',
  tooLarge: (mb: string) =>
    `formatering – arbejdsbogen er for stor (${mb} MB ark) til at beholde den, så arket er kopieret med værdierne alene / formatting – the workbook is too large (${mb} MB of sheets) to keep it, so the sheet was copied with its values only`,
} as const;

/** What exceljs is not to read: validations and links are added back here, drawings are not kept. */
const IGNORED = ['dataValidations', 'hyperlinks', 'drawing', 'picture'];

interface Loaded {
  readonly wb: ExcelJS.Workbook;
  readonly prepared: PreparedOriginal;
  /** Read without the conditional formats, which stopped exceljs. */
  readonly formatsLost: boolean;
}

/** The prepared package in exceljs: as it is, else without conditional formats; else the error. */
async function attempt(prepared: PreparedOriginal): Promise<Loaded | Error> {
  let error: Error = new Error('not loaded');
  for (const ignore of [[], ['conditionalFormatting', 'extLst']]) {
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(prepared.bytes.slice().buffer, { ignoreNodes: [...IGNORED, ...ignore] });
      return { wb, prepared, formatsLost: ignore.length > 0 };
    } catch (err) {
      error = err instanceof Error ? err : new Error(String(err));
    }
  }
  return error;
}

class TooLarge extends Error {
  constructor(
    readonly xmlBytes: number,
    max: number,
  ) {
    super(`original sheets of ${xmlBytes} bytes are above ${max}`);
  }
}

/** Writes the plan in the template layout with the original sheets kept beside it. */
export async function writeStructuredWorkbook(
  lang: Lang,
  content: LayoutContent,
  options: StructuredOptions = {},
): Promise<StructuredWorkbook> {
  const base = content.notCarried ?? [];
  const render: RenderOptions = options.created ? { created: options.created } : {};
  const plain = planWorkbookLayout(lang, content);
  const sources = plain.sheets.flatMap((s) => (s.source === undefined ? [] : [s.source]));
  if (sources.length === 0 || !options.original || !content.grid) {
    return {
      bytes: await writeDocument(plain, render),
      notCarried: base,
      originals: sources.length > 0 ? 'values' : 'none',
    };
  }
  // Returned, not awaited: this frame (and the layout above) is done with before the copies are made.
  return formattedOrValues(lang, content, { ...options, original: options.original }, render, sources);
}

async function formattedOrValues(
  lang: Lang,
  content: LayoutContent,
  options: StructuredOptions & { readonly original: Uint8Array },
  render: RenderOptions,
  sources: readonly string[],
): Promise<StructuredWorkbook> {
  try {
    return await withFormatting(lang, content, options, render, sources);
  } catch (err) {
    // Bytes the intake refuses are not the file that was read: the caller's mistake, not a format.
    if (err instanceof RefusalError) throw err;
    // The values are never lost: the originals are copied as values, and the copies say why.
    const what =
      err instanceof TooLarge ? MESSAGES.tooLarge((err.xmlBytes / 2 ** 20).toFixed(1)) : MESSAGES.unreadable;
    const notCarried = [...(content.notCarried ?? []), ...sources.map((sheet) => ({ sheet, what }))];
    const layout = planWorkbookLayout(lang, { ...content, notCarried });
    return {
      bytes: await writeDocument(layout, render),
      notCarried,
      originals: 'values',
      formattingError: err,
    };
  }
}

async function withFormatting(
  lang: Lang,
  given: LayoutContent,
  options: StructuredOptions & { readonly original: Uint8Array },
  render: RenderOptions,
  sources: readonly string[],
): Promise<StructuredWorkbook> {
  const { original, limits } = options;
  // The intake again, on the very bytes exceljs is given: whatever the caller did, exceljs sees
  // nothing the intake refused, and the values of the copies are the intake's reading of them.
  const grid = readWorkbook(original, limits);
  const content: LayoutContent = { ...given, grid };
  const templateTables = new Set(
    planWorkbookLayout(lang).sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())),
  );
  const L = resolveLimits(limits);
  const prepare = (keep: readonly string[]): PreparedOriginal =>
    prepareOriginal(original, L, new Set(keep), new Set(templateTables));
  const first = prepare(sources);
  const max = options.maxFormattedXmlBytes ?? MAX_FORMATTED_XML_BYTES;
  if (first.xmlBytes > max) throw new TooLarge(first.xmlBytes, max);

  // exceljs reads all the sheets at once and stops at the first thing it cannot read. Conditional
  // formats are where it stumbles most (a format naming a style the workbook lacks): without them
  // the rest of the formatting is still kept. When a sheet itself stops it, each sheet is tried on
  // its own, and those it cannot read are copied as values; the others keep their formatting.
  let loaded = await attempt(first);
  const unreadable = new Set<string>();
  if (loaded instanceof Error && sources.length > 1) {
    for (const source of sources) {
      if ((await attempt(prepare([source]))) instanceof Error) unreadable.add(source);
    }
    const rest = sources.filter((s) => !unreadable.has(s));
    if (unreadable.size > 0 && rest.length > 0) loaded = await attempt(prepare(rest));
  }
  if (loaded instanceof Error) throw loaded;
  const { wb, prepared, formatsLost } = loaded;
  const found = notCarriedOnSheets(wb, prepared);
  for (const source of unreadable) found.unread.add(source);
  if (formatsLost) {
    for (const [sheet, prep] of prepared.sheets) {
      if (prep.conditionalFormats) found.notCarried.push({ sheet, what: MESSAGES.conditionalFormats });
    }
  }
  // A sheet exceljs could not read (not a worksheet, or XML it does not understand) is copied as values.
  for (const source of sources) {
    const ws = wb.getWorksheet(source);
    const cells = grid.sheets.find((s) => s.name === source)?.cells.length ?? 0;
    if (!ws || (cells > 0 && ws.actualRowCount === 0)) found.unread.add(source);
  }
  const notCarried = [
    ...(given.notCarried ?? []),
    ...found.notCarried.filter((n) => !found.unread.has(n.sheet)),
    ...[...found.unread].map((sheet) => ({ sheet, what: MESSAGES.unreadable })),
  ];
  const layout = planWorkbookLayout(lang, {
    ...content,
    notCarried,
    formattedOriginals: sources.filter((s) => !found.unread.has(s)),
  });

  // The copies that keep their formatting: out of the way of each other's names first, then named.
  const adopted: { ws: ExcelJS.Worksheet; sheet: PlacedSheet }[] = [];
  for (const sheet of layout.sheets) {
    if (sheet.source === undefined) continue;
    const ws = wb.getWorksheet(sheet.source);
    if (!ws) continue;
    if (found.unread.has(sheet.source)) wb.removeWorksheet(ws.id);
    else adopted.push({ ws, sheet });
  }
  const used = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  adopted.forEach(({ ws }, i) => {
    let name = `~${i}`;
    while (used.has(name)) name += '~';
    used.add(name);
    ws.name = name;
  });
  for (const { ws, sheet } of adopted) {
    ws.name = sheet.name;
    const source = grid.sheets.find((s) => s.name === sheet.source);
    const prep = prepared.sheets.get(sheet.source ?? '');
    if (!source || !prep) throw new Error(`sheet ${sheet.source ?? ''} was not prepared`);
    adoptSheet(ws, sheet, source, grid, prep, prepared.palette);
  }

  // Every sheet in the layout's order: the template sheets rendered by the document writer's
  // renderSheet into the workbook exceljs holds the copies in (see workbook/document.ts for why the
  // copies stay in exceljs), the copies as adopted.
  const bySheet = new Map(adopted.map((a) => [a.sheet, a.ws]));
  layout.sheets.forEach((sheet, i) => {
    const ws = bySheet.get(sheet) ?? renderSheet(wb, sheet);
    // exceljs writes the sheets in this order (a runtime field its declarations leave out).
    (ws as unknown as { orderNo: number }).orderNo = i;
  });
  applyWorkbookSettings(wb, layout, render);
  return {
    bytes: await packed(wb, prepared.defaultFont),
    notCarried,
    originals: found.unread.size === sources.length ? 'values' : 'formatted',
  };
}
