// The corps summary as pure data: figures, suppression-aware sheets and charts (issue 4).
export { summaryModel, HEADER_ROW, type SummaryInput, type SummaryModel } from './model';
export * from './figures';
export * from './sheet';
export { SHEET_NAMES, SHEET_ORDER, type SheetKey } from './labels';
export { safeCellText, visibleText, looksLikeFormula, EXCEL_MAX_CELL_CHARS } from './text';
