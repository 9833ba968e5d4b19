// Writes the last receipt into the cover sheet (Forside): "Sidst indsendt" and "Kvitteringsnummer",
// the cover fields lastSubmitted and receiptId. The fields are found by their label in column A, in
// either language, so a cover sheet the coordinator has rearranged still gets them.

import type { Receipt } from '../../../core/receipt';
import { FRONT_FIRST_ROW } from '../../../core/layout';
import { FRONT_SHEET, type Lang } from '../../../core/spec';
import { formatSubmittedAt } from '../common/format';
import { asTypedText } from './render';

export { formatSubmittedAt };

/** Rows of the cover sheet searched for the field labels. */
const COVER_ROWS = 60;

function fieldLabels(key: 'lastSubmitted' | 'receiptId'): string[] {
  const field = FRONT_SHEET.fields.find((f) => f.key === key);
  return field ? [field.label.da, field.label.en].map((l) => l.toLowerCase()) : [];
}

/** Writes the receipt into the cover sheet; false when the workbook has no cover sheet (not structured yet). */
export async function writeReceiptToExcel(
  context: Excel.RequestContext,
  receipt: Receipt,
  lang: Lang,
): Promise<boolean> {
  // Which cover sheet exists is known only after a request; nothing is asked of a sheet that is not there.
  const sheets = [FRONT_SHEET.sheet.da, FRONT_SHEET.sheet.en].map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name),
  );
  for (const ws of sheets) ws.load('name');
  await context.sync();
  const sheet = sheets.find((ws) => !ws.isNullObject);
  if (!sheet) return false;

  const column = sheet.getRangeByIndexes(0, 0, COVER_ROWS, 1);
  column.load('values');
  await context.sync();
  const rowOf = (key: 'lastSubmitted' | 'receiptId'): number => {
    const wanted = fieldLabels(key);
    const found = (column.values as unknown[][]).findIndex(
      (row) => typeof row[0] === 'string' && wanted.includes(row[0].trim().toLowerCase()),
    );
    if (found >= 0) return found;
    // Not labelled: the template's place for the field.
    return FRONT_FIRST_ROW + FRONT_SHEET.fields.findIndex((f) => f.key === key);
  };
  sheet.getRangeByIndexes(rowOf('lastSubmitted'), 1, 1, 1).values = [
    [asTypedText(formatSubmittedAt(receipt.receivedAt, lang))],
  ];
  sheet.getRangeByIndexes(rowOf('receiptId'), 1, 1, 1).values = [[asTypedText(receipt.submissionId)]];
  await context.sync();
  return true;
}
