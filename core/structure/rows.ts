// Rows of a table that are no entry of it: a totals row ("I alt", "Total", "Sum", or numbers alone
// under number columns, as a SUM formula leaves them). They are left out of the table and stay in the
// unmapped report, so a totals row never becomes an activity, a mentor or an indicator.

import type { GridCell } from '../grid';
import { isDateFormat } from '../dates';
import { foldText } from '../normalize';
import { displayText, type SheetView } from './sheet';

const TOTAL_WORDS = new Set(
  [
    'i alt',
    'ialt',
    'i alt timer',
    'total',
    'totalt',
    'totaler',
    'totals',
    'sum',
    'summa',
    'sum i alt',
    'samlet',
    'samlet antal',
    'samlet i alt',
    'grand total',
    'subtotal',
    'sub total',
    'hovedtotal',
    'antal i alt',
    'overall',
  ].map(foldText),
);

/** "I alt", "Total:", "Sum i alt", "Samlet antal" — the label of a totals row. */
export function isTotalLabel(text: string): boolean {
  // Hot (the first text of every row): a totals label is short.
  return text.length <= 24 && TOTAL_WORDS.has(foldText(text));
}

function isPlainNumber(cell: GridCell): boolean {
  return typeof cell.v === 'number' && !(cell.fmt !== undefined && isDateFormat(cell.fmt));
}

/**
 * A totals row: its first text is a totals label and the rest are numbers (or nothing), or it holds
 * numbers alone that are no dates (in a date column a number is a date) — with a formula among them,
 * or at least two of them.
 */
export function isTotalsRow(
  cells: readonly GridCell[],
  view: SheetView,
  isDateColumn: (c: number) => boolean = () => false,
): boolean {
  if (cells.length === 0) return false;
  const texts = cells.filter((c) => typeof c.v === 'string');
  const first = texts[0];
  if (first && isTotalLabel(displayText(first, view.date1904))) {
    return texts.length === 1 || texts.slice(1).every((c) => /^[\d\s.,%-]+$/.test(String(c.v)));
  }
  if (texts.length > 0 || cells.some((c) => typeof c.v === 'boolean')) return false;
  const numbers = cells.filter((c) => isPlainNumber(c) && !isDateColumn(c.c));
  if (numbers.length !== cells.length) return false;
  return numbers.some((c) => c.formula === true) || numbers.length >= 2;
}
