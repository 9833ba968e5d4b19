// The template workbook and structured plans in the template layout: documents made by core/layout,
// written by workbook/document.ts.

import { planWorkbookLayout, type LayoutContent } from '../core/layout';
import { TEMPLATE_VERSION, type Lang, type TemplateVersion } from '../core/spec';
import { writeDocument } from './document';
import { writeStructuredWorkbook } from './structured';

/** The committed templates carry this fixed time, so regenerating them changes nothing. */
export const TEMPLATE_CREATED = new Date(Date.UTC(2026, 0, 1));

export const TEMPLATE_FILES: Record<Lang, string> = {
  da: 'templates/Implementeringsplan.xlsx',
  en: 'templates/Implementation-plan.en.xlsx',
};

/**
 * Where the committed template of a version is: the current version's at TEMPLATE_FILES, an older
 * version's in templates/<version>/ (kept for municipalities that have not updated yet).
 */
export function templateFile(lang: Lang, version: TemplateVersion = TEMPLATE_VERSION): string {
  const file = TEMPLATE_FILES[lang];
  return version === TEMPLATE_VERSION ? file : file.replace(/^templates\//, `templates/${version}/`);
}

/** The empty template workbook of a version (default the current one). */
export function writeTemplate(lang: Lang, version: TemplateVersion = TEMPLATE_VERSION): Promise<Uint8Array> {
  return writeDocument(planWorkbookLayout(lang, undefined, version), { created: TEMPLATE_CREATED });
}

/**
 * A workbook in the template layout holding everything structuring understood, with the original
 * sheets kept beside it: with their formatting when `original` (the coordinator's file, whose
 * reading is `content.grid`) is given, else with their values. writeStructuredWorkbook
 * (workbook/structured.ts) also says what could not be carried over.
 */
export async function writeStructured(
  lang: Lang,
  content: LayoutContent,
  created?: Date,
  original?: Uint8Array,
): Promise<Uint8Array> {
  const written = await writeStructuredWorkbook(lang, content, {
    ...(created ? { created } : {}),
    ...(original ? { original } : {}),
  });
  return written.bytes;
}
