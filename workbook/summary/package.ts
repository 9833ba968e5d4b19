// Completes the package the streaming writer made: Excel tables (ListObjects), internal hyperlinks,
// chart drawings, print titles and the content types for all of them. Works on the bytes with
// fflate; only the tail of each worksheet part (after </sheetData>) is decoded and edited, so a
// sheet of 200,000 rows is never turned into a string.
//
// Strictness (so Excel opens the file without a repair prompt): table ids and names are unique,
// each table column name equals its header cell text, tables do not overlap, elements go in the
// order of CT_Worksheet, every relationship target exists, and no relationship is external.

import { strFromU8, strToU8, unzipSync } from 'fflate';
import { chartXml, drawingXml, xmlEscape } from './charts';
import { colLetters, quoteSheet, type SheetExtras } from './render';
import { zipEntries, type ZipEntry } from './zip';

const REL = {
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

const CONTENT = {
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, fromEnd: boolean): number {
  const last = haystack.length - needle.length;
  const matchAt = (i: number): boolean => {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) return false;
    return true;
  };
  if (fromEnd) {
    for (let i = last; i >= 0; i--) if (matchAt(i)) return i;
  } else {
    for (let i = 0; i <= last; i++) if (matchAt(i)) return i;
  }
  return -1;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Inserts `xml` before the first of `beforeTags` found in `tail` (or before </worksheet>). */
function insertBefore(tail: string, xml: string, beforeTags: readonly string[]): string {
  let at = -1;
  for (const tag of [...beforeTags, '</worksheet>']) {
    const i = tail.indexOf(tag);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) throw new Error('worksheet part has no </worksheet>');
  return tail.slice(0, at) + xml + tail.slice(at);
}

// CT_Worksheet order after </sheetData>: … conditionalFormatting, dataValidations, hyperlinks,
// printOptions, pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks, customProperties,
// cellWatches, ignoredErrors, smartTags, drawing, legacyDrawing, legacyDrawingHF, picture,
// oleObjects, controls, webPublishItems, tableParts, extLst.
const AFTER_HYPERLINKS = [
  '<printOptions',
  '<pageMargins',
  '<pageSetup',
  '<headerFooter',
  '<rowBreaks',
  '<colBreaks',
  '<customProperties',
  '<cellWatches',
  '<ignoredErrors',
  '<smartTags',
  '<drawing',
  '<legacyDrawing',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
];
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
];
const AFTER_TABLE_PARTS = ['<extLst'];
const AFTER_COL_BREAKS = [
  '<customProperties',
  '<cellWatches',
  '<ignoredErrors',
  '<smartTags',
  '<drawing',
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
];

// exceljs writes a data bar with an x14 extension id but no matching worksheet extension; the
// plain (2006) data bar is complete without it.
const DATA_BAR_EXT =
  /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*>(?:<x14:id\/>|<x14:id>[^<]*<\/x14:id>)<\/ext><\/extLst>/g;

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/;
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[RrCc]\d*|R\d+C\d+)$/;

interface Box {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

function parseRange(ref: string): Box {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m || !m[1] || !m[2] || !m[3] || !m[4]) throw new Error(`not a range: ${ref}`);
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { r1: Number(m[2]) - 1, c1: col(m[1]), r2: Number(m[4]) - 1, c2: col(m[3]) };
}

function overlaps(a: Box, b: Box): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

function tableXml(id: number, name: string, ref: string, columns: readonly string[]): string {
  const cols = columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(c).replace(/\n/g, '&#10;')}"/>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="${PKG_REL_NS}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
    `</Relationships>`
  );
}

/** Maps each sheet name to its worksheet part, from workbook.xml and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) throw new Error('package has no workbook part');
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out = new Map<string, string>();
  for (const m of strFromU8(workbook).matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target) out.set(name.replace(/&amp;/g, '&').replace(/&apos;/g, "'"), target);
  }
  return out;
}

export interface PackageOptions {
  readonly lang: 'da' | 'en';
  /** Deflate level of the final package (zlib, 0-9; large parts always use 1). */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

export function completePackage(
  bytes: Uint8Array,
  extras: readonly SheetExtras[],
  options: PackageOptions,
): Uint8Array {
  const files = unzipSync(bytes);
  const parts = sheetParts(files);
  const overrides: string[] = [];
  const tableNames = new Set<string>();
  let tableId = 0;
  let drawingId = 0;
  let chartId = 0;
  const definedNames: string[] = [];
  const closeSheetData = strToU8('</sheetData>');

  extras.forEach((sheet, sheetIndex) => {
    const path = parts.get(sheet.name);
    if (!path) throw new Error(`no worksheet part for sheet "${sheet.name}"`);
    const xml = files[path];
    if (!xml) throw new Error(`missing part ${path}`);
    const cut = indexOfBytes(xml, closeSheetData, true);
    if (cut < 0) throw new Error(`${path} has no </sheetData>`);
    const head = xml.subarray(0, cut);
    let tail = strFromU8(xml.subarray(cut)).replace(DATA_BAR_EXT, '');
    if (/<hyperlinks|<tableParts|<drawing|<legacyDrawing/.test(tail)) {
      throw new Error(`${path} already has hyperlinks, tables or drawings`);
    }

    const relsPath = path.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';
    if (files[relsPath]) throw new Error(`${relsPath} already exists`);
    const rels: { id: string; type: string; target: string }[] = [];

    // Internal hyperlinks: a location inside the workbook, no relationship, never a URL.
    if (sheet.hyperlinks.length > 0) {
      const links = sheet.hyperlinks
        .map(
          (h) =>
            `<hyperlink ref="${h.ref}" location="${xmlEscape(h.location)}" display="${xmlEscape(h.display)}"/>`,
        )
        .join('');
      tail = insertBefore(tail, `<hyperlinks>${links}</hyperlinks>`, AFTER_HYPERLINKS);
    }

    // Manual page breaks between the column groups (the streaming writer writes none).
    if (sheet.colBreaks && sheet.colBreaks.length > 0) {
      const brks = sheet.colBreaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join('');
      const n = sheet.colBreaks.length;
      tail = insertBefore(
        tail,
        `<colBreaks count="${n}" manualBreakCount="${n}">${brks}</colBreaks>`,
        AFTER_COL_BREAKS,
      );
    }

    if (sheet.charts.length > 0) {
      drawingId += 1;
      const drawingRels: { id: string; type: string; target: string }[] = [];
      const anchored = sheet.charts.map((part) => {
        chartId += 1;
        const relId = `rId${drawingRels.length + 1}`;
        drawingRels.push({ id: relId, type: REL.chart, target: `../charts/chart${chartId}.xml` });
        files[`xl/charts/chart${chartId}.xml`] = strToU8(chartXml(part, options.lang));
        overrides.push(
          `<Override PartName="/xl/charts/chart${chartId}.xml" ContentType="${CONTENT.chart}"/>`,
        );
        return { part, relId };
      });
      files[`xl/drawings/drawing${drawingId}.xml`] = strToU8(drawingXml(anchored));
      files[`xl/drawings/_rels/drawing${drawingId}.xml.rels`] = strToU8(relsXml(drawingRels));
      overrides.push(
        `<Override PartName="/xl/drawings/drawing${drawingId}.xml" ContentType="${CONTENT.drawing}"/>`,
      );
      const relId = `rId${rels.length + 1}`;
      rels.push({ id: relId, type: REL.drawing, target: `../drawings/drawing${drawingId}.xml` });
      tail = insertBefore(tail, `<drawing r:id="${relId}"/>`, AFTER_DRAWING);
    }

    const boxes: Box[] = [];
    const tableRefs: string[] = [];
    for (const t of sheet.tables) {
      if (!TABLE_NAME.test(t.name) || CELL_LIKE.test(t.name))
        throw new Error(`invalid table name "${t.name}"`);
      if (tableNames.has(t.name.toLowerCase())) throw new Error(`duplicate table name "${t.name}"`);
      tableNames.add(t.name.toLowerCase());
      const lower = t.columns.map((c) => c.toLowerCase());
      if (new Set(lower).size !== lower.length || lower.some((c) => c === '')) {
        throw new Error(`table "${t.name}" has empty or repeated column names`);
      }
      const box = parseRange(t.ref);
      if (box.c2 - box.c1 + 1 !== t.columns.length)
        throw new Error(`table "${t.name}": ref and columns disagree`);
      if (boxes.some((b) => overlaps(b, box))) throw new Error(`table "${t.name}" overlaps another table`);
      boxes.push(box);
      tableId += 1;
      files[`xl/tables/table${tableId}.xml`] = strToU8(tableXml(tableId, t.name, t.ref, t.columns));
      overrides.push(`<Override PartName="/xl/tables/table${tableId}.xml" ContentType="${CONTENT.table}"/>`);
      const relId = `rId${rels.length + 1}`;
      rels.push({ id: relId, type: REL.table, target: `../tables/table${tableId}.xml` });
      tableRefs.push(`<tablePart r:id="${relId}"/>`);
    }
    if (tableRefs.length > 0) {
      tail = insertBefore(
        tail,
        `<tableParts count="${tableRefs.length}">${tableRefs.join('')}</tableParts>`,
        AFTER_TABLE_PARTS,
      );
    }
    if (rels.length > 0) files[relsPath] = strToU8(relsXml(rels));
    files[path] = concat([head, strToU8(tail)]);

    if (sheet.printTitleRows || sheet.printTitleCols) {
      const q = xmlEscape(quoteSheet(sheet.name));
      const parts = [
        ...(sheet.printTitleCols ? [`${q}!$A:$${colLetters(sheet.printTitleCols - 1)}`] : []),
        ...(sheet.printTitleRows ? [`${q}!$${sheet.printTitleRows[0]}:$${sheet.printTitleRows[1]}`] : []),
      ];
      definedNames.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${parts.join(',')}</definedName>`,
      );
    }
  });

  const types = files['[Content_Types].xml'];
  if (!types) throw new Error('package has no [Content_Types].xml');
  files['[Content_Types].xml'] = strToU8(
    strFromU8(types).replace('</Types>', `${overrides.join('')}</Types>`),
  );

  const workbook = files['xl/workbook.xml'];
  if (!workbook) throw new Error('package has no workbook part');
  let wbXml = strFromU8(workbook);
  if (definedNames.length > 0) {
    if (wbXml.includes('<definedNames')) throw new Error('workbook already has defined names');
    wbXml = wbXml.replace('</sheets>', `</sheets><definedNames>${definedNames.join('')}</definedNames>`);
  }
  files['xl/workbook.xml'] = strToU8(wbXml);

  // [Content_Types].xml first, as Office writes it; then the rest in a stable order.
  const names = Object.keys(files).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b),
  );
  const entries: ZipEntry[] = [];
  for (const name of names) {
    const data = files[name];
    if (data) entries.push({ name, data });
  }
  return zipEntries(entries, options.level ?? 6);
}
