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
  // Hot (the first text of every row): a totals label is short, starts with one of a few letters
  // and holds no digits.
  if (text.length > 24 || !TOTAL_START.has(text.trimStart().charAt(0).toLowerCase()) || /\d/.test(text)) {
    return false;
  }
  return TOTAL_WORDS.has(foldText(text));
}

const TOTAL_START = new Set([...TOTAL_WORDS].map((w) => w.charAt(0)));

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
  // Hot (every row of a table): the first text decides most rows at once.
  let firstText: GridCell | undefined;
  for (const c of cells) {
    if (typeof c.v === 'string') {
      firstText = c;
      break;
    }
  }
  if (firstText) {
    if (!isTotalLabel(displayText(firstText, view.date1904))) return false;
    return cells.every((c) => c === firstText || typeof c.v !== 'string' || /^[\d\s.,%-]+$/.test(c.v));
  }
  let formula = false;
  for (const cell of cells) {
    if (typeof cell.v !== 'number' || isDateColumn(cell.c) || !isPlainNumber(cell)) return false;
    if (cell.formula === true) formula = true;
  }
  return formula || cells.length >= 2;
}
