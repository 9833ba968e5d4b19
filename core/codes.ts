// Stable codes: validation issues (DOMAIN.md "Validation issues") and refusals of a file at intake.
// A code never changes meaning once published; the add-in, the server and leaders' reports rely on it.

import type { Issue, Message } from './schema';

/** Findings that block submission. */
export const ERROR_CODES = [
  'municipality_missing',
  'municipality_unknown',
  'period_missing',
  'period_malformed',
  'phase_missing',
  'plan_table_missing',
  'required_missing',
  'value_not_in_list',
  'number_invalid',
  'date_unreadable',
  'start_after_deadline',
  'checklist_answer_ambiguous',
  'cpr_number',
] as const;

/** Findings shown to the coordinator and to leaders that do not block submission. */
export const WARNING_CODES = [
  'coordinator_missing',
  'activity_late',
  'done_without_evaluation',
  'theme_without_activity',
  'checklist_unanswered',
  'checklist_question_unmatched',
  'milestone_missing',
  'corps_too_small',
  'caseload_high',
  'indicator_small_number',
  'template_version_unknown',
  'checklist_unconfirmed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type IssueCode = ErrorCode | WarningCode;

export function severityOf(code: IssueCode): Issue['severity'] {
  return (ERROR_CODES as readonly string[]).includes(code) ? 'error' : 'warning';
}

export function issue(code: IssueCode, sheet: string, cell: string, message: Message): Issue {
  return { code, severity: severityOf(code), sheet, cell, message };
}

/**
 * Why a file was refused before any spreadsheet code looked at it. Each hostile kind has its own
 * code; `status` is the HTTP status the service answers with.
 */
export const REFUSAL_CODES = {
  file_empty: 422,
  file_too_large: 413,
  not_a_workbook: 415,
  legacy_xls: 415,
  encrypted_workbook: 422,
  file_truncated: 422,
  zip_invalid: 422,
  zip_too_many_entries: 422,
  zip_entry_name_unsafe: 422,
  zip_too_large_uncompressed: 422,
  zip_ratio_suspicious: 422,
  zip_size_mismatch: 422,
  xml_dtd: 422,
  xml_invalid: 422,
  macros: 422,
  activex: 422,
  embedded_object: 422,
  external_link: 422,
  dde: 422,
  unsafe_link: 422,
  too_many_sheets: 422,
  too_many_rows: 422,
  too_many_columns: 422,
  too_many_cells: 422,
  merged_area_too_large: 422,
  shared_strings_too_large: 422,
  cell_text_too_long: 422,
  zip_crc_mismatch: 422,
  zip_header_mismatch: 422,
  zip_hidden_data: 422,
  part_unreadable: 422,
  // Issue 10: formulas that reach out, limits Excel itself enforces, and the work budget.
  external_function: 422,
  sheet_name_invalid: 422,
  reference_out_of_range: 422,
  formula_too_long: 422,
  defined_name_invalid: 422,
  too_many_hyperlinks: 422,
  number_format_invalid: 422,
  too_many_cell_formats: 422,
  work_budget_exceeded: 422,
} as const;
export type RefusalCode = keyof typeof REFUSAL_CODES;

export class RefusalError extends Error {
  readonly status: number;
  constructor(
    readonly code: RefusalCode,
    readonly userMessage: Message,
  ) {
    super(`${code}: ${userMessage.en}`);
    this.name = 'RefusalError';
    this.status = REFUSAL_CODES[code];
  }

  toJSON(): { code: RefusalCode; message: Message } {
    return { code: this.code, message: this.userMessage };
  }
}
