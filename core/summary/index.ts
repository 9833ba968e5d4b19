// The corps summary as pure data: figures, suppression-aware sheets and charts (issue 4, issue 14).
import { SUMMARY_SHEETS } from './registry';

export { summaryModel, HEADER_ROW, type SummaryInput, type SummaryModel, type SheetModule } from './model';
export * from './figures';
export * from './sheet';
export { SUMMARY_SHEETS } from './registry';
export { SHEET_NAMES, type BuiltinSheetKey } from './labels';
export { safeCellText, visibleText, looksLikeFormula, EXCEL_MAX_CELL_CHARS } from './text';

/** The sheet keys in the order of the workbook. */
export const SHEET_ORDER: readonly string[] = SUMMARY_SHEETS.map((s) => s.key);
