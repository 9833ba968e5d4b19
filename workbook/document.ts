// The one Node entry that writes a document (core/document/model.ts) as .xlsx bytes.
//   - A WorkbookDocument (placed sheets: the template, a next half-year's workbook, a structured plan
//     whose originals are copied as values) is rendered by ./excel.ts with exceljs.
//   - A SummaryWorkbook (the corps summary, with charts) is rendered by ./summary: exceljs's
//     streaming writer, then the package completed by hand (tables, internal links, DrawingML charts,
//     print titles), because exceljs cannot write charts.
// The structured workbook whose originals keep their formatting (./structured.ts) renders its placed
// sheets with the same ./excel.ts renderSheet into the exceljs workbook that holds the copied
// originals: copying a coordinator's formatting (styles, themes, shared strings, tables) into a
// package by hand is the large part of ./originals.ts that exceljs does for us, so it stays there.

import { isSummaryWorkbook, type Document } from '../core/document/model';
import { renderLayout, type RenderOptions } from './excel';

export type { Document, RenderOptions };

/**
 * Writes a document. `options` (fixed creation time, creator) apply to placed documents; a summary
 * carries its own creation time (SummaryWorkbook.created).
 */
export async function writeDocument(doc: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  if (isSummaryWorkbook(doc)) {
    // Loaded on demand: writing a template or a structured plan does not load the summary writer.
    const [{ renderStreaming }, { completePackage }] = await Promise.all([
      import('./summary/render'),
      import('./summary/package'),
    ]);
    const { bytes, extras } = await renderStreaming(doc);
    return completePackage(bytes, extras, { lang: doc.lang });
  }
  return renderLayout(doc, options);
}
