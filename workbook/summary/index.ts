// The corps summary workbook (issue 4): from the latest canonical plan of every municipality for a
// period to one .xlsx for the corps' leaders. The figures and sheets are pure data made in
// core/summary; this renders them with exceljs's streaming writer and completes the package with
// Excel tables, internal links and DrawingML charts (./package.ts, ./charts.ts).
//
// API:
//   buildSummary(input: SummaryInput): Promise<Uint8Array>
//   SummaryInput = { period, plans: StoredPlan[], previous?: StoredPlan[], roster?: Roster,
//                    generatedAt: Date, lang: 'da' | 'en', today?: string, suppression?: SuppressionConfig }
// `plans` may hold several submissions per municipality and other periods: the newest per
// municipality for `period` is used, the rest are listed on the sheet Indsendelser. `today` decides
// which activities are late (default: the day of `generatedAt` in Denmark). The inputs are typed
// values: validate untrusted data (files, HTTP, storage) with the zod schemas before calling.

import { summaryModel, type SummaryInput, type SummaryModel } from '../../core/summary/model';
import { writeDocument } from '../document';

export type { SummaryInput, SummaryModel };
export { summaryModel };

/** Renders an already built model (lets a caller report on the model and write the same workbook). */
export function renderSummary(model: SummaryModel): Promise<Uint8Array> {
  return writeDocument(model.workbook);
}

export async function buildSummary(input: SummaryInput): Promise<Uint8Array> {
  return renderSummary(summaryModel(input));
}
