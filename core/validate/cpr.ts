// The CPR check. A plan carries no personal data about citizens (DOMAIN.md "Validation issues";
// seed 001 §3.2), so anything in a workbook that looks like a Danish CPR number (personnummer) is an
// error that blocks submission. This module finds them everywhere in a grid and masks them in any
// text before it is printed or logged. It never returns or prints a number it found.
//
// What counts as a CPR number
//   - Ten digits DDMMYY-SSSS, written DDMMYYSSSS, DDMMYY-SSSS or DDMMYY SSSS (the hyphen may also be
//     an en dash, a non-breaking hyphen or a minus sign; the space may be a non-breaking space).
//   - DDMMYY must be a real calendar day in the century that the 7th digit (the first of SSSS)
//     gives, as the CPR office defines it:
//       7th digit 0–3: 1900–1999
//       7th digit 4 and 9: YY 00–36 → 2000–2036, YY 37–99 → 1937–1999
//       7th digit 5–8: YY 00–57 → 2000–2057, YY 58–99 → 1858–1899
//     so 290200-4xxx (29 Feb 2000) is a CPR number and 290201-1xxx is not. The modulus-11 check is
//     NOT applied: numbers issued since 2007 need not satisfy it.
//   - In a number cell a CPR number typed without formatting loses its leading zero
//     (0101901234 → 101901234), so a whole number of 9 or 10 digits counts when its 10-digit form
//     (zero-padded) is a CPR number, unless the cell is formatted as an amount (see below).
//
// What deliberately does not count
//   - A digit run that is part of a longer number: the ten digits must not touch another digit,
//     and must not continue a number through a separator (a digit followed by - . , / just before,
//     or one of those followed by a digit just after). So EAN codes and long ids (11+ digits),
//     case numbers such as 2026-0001234 or 26-123456, "010190-1234-5" and amounts such as
//     1.234.567,89 or 0101901234,00 are not CPR numbers.
//   - Fewer digits: phone numbers (+45 12 34 56 78, 12345678, 0045 12345678), CVR numbers
//     (CVR 12345678), ISO dates (2026-03-15), dates (15.03.2026), times.
//   - Ten digits next to a currency: "kr. 1503901234", "1503901234 kr", "DKK 1503901234", "€…".
//   - A number cell whose value is not a whole number, or whose format shows an amount: a thousands
//     separator, decimals, a currency or a percent (#,##0  0.00  "kr." 0%), or a date format.
//   - Replacement numbers (erstatningspersonnumre, day + 60) and 9-digit runs in text: text keeps
//     its leading zero, so a CPR number typed as text always has ten digits.

import { a1, rangeA1, type Grid, type GridCell } from '../grid';
import { isDateFormat } from '../dates';

/** Where in a workbook a CPR-like value was found. */
export type CprWhere =
  /** A cell's text, its formula's text result or its hyperlink target (detail: 'formula' / 'link'). */
  | 'cell'
  /** A number cell whose whole number is a CPR number (possibly without its leading zero). */
  | 'number'
  /** A cell comment or note (its text or author). */
  | 'comment'
  /** A document property (detail: the property's name). */
  | 'property'
  /** The name of a sheet. */
  | 'sheetName'
  /** A defined name: its name or its value (detail: the name, masked). */
  | 'definedName'
  /** The name of an Excel table (detail: the table's name, masked). */
  | 'tableName'
  /** The name of a chart, image or shape (detail: its kind). */
  | 'drawing';

export interface CprFinding {
  /** The sheet (masked: a sheet named after a CPR number is reported without it); '' when workbook-wide. */
  readonly sheet: string;
  /** A1 address of the cell; '' when the finding is not in a cell. */
  readonly cell: string;
  readonly where: CprWhere;
  /** The finding is on a hidden or very hidden sheet (or a name scoped to one). */
  readonly hidden: boolean;
  /** What holds it (a property or defined name, 'formula', 'link'); never the value, always masked. */
  readonly detail?: string;
}

/** What a CPR-like run is replaced with in any text that is printed or logged. */
export const CPR_MASK = '[CPR fjernet]';

/** Ten digits with an optional single separator after the sixth. */
const CANDIDATE = /\d{6}[ \u00a0\-\u2010\u2011\u2013\u2212]?\d{4}/g;
const CONTINUES_LEFT = /\d[-.,/\u2010\u2011\u2013\u2212]$/;
const CONTINUES_RIGHT = /^[-.,/\u2010\u2011\u2013\u2212]\d/;
const CURRENCY_BEFORE = /(?:(?:^|[^a-zæøå])(?:kr\.?|dkk|eur|usd|sek|nok)|[€$£])\s*$/i;
const CURRENCY_AFTER = /^\s*(?:(?:kr\.?|dkk|eur|usd|sek|nok)(?![a-zæøå])|[€$£]|,-)/i;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The birth year of a CPR number's YY and 7th digit (CPR office century rule). */
function centuryYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

/** Ten digits that form a CPR number: DDMMYY a real day in the century of the 7th digit. */
export function isCprDigits(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = centuryYear(yy, Number(digits[6]));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Cheap pre-check (hot: runs on every text of the workbook): every CANDIDATE starts with six digits
 * in a row, and holds ten digits in all.
 */
export function mayHoldCpr(text: string): boolean {
  const n = text.length;
  if (n < 10) return false;
  // Six digits in a row always cover one of the positions 5, 11, 17, ...: only those are looked at,
  // and the run around a digit found there is measured (about a sixth of the characters are read).
  for (let i = 5; i < n; i += 6) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    let from = i;
    while (from > 0 && isDigitCode(text.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < n && isDigitCode(text.charCodeAt(to))) to++;
    if (to - from >= 6) return true;
    // The next run starts after `to`; the loop's step lands on `to + 1`.
    i = to - 5;
  }
  return false;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The CPR-like runs in a text, as [start, end) offsets. */
function cprRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  if (!mayHoldCpr(text)) return runs;
  const re = new RegExp(CANDIDATE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[0].replace(/\D/g, '');
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 12);
    const delimited =
      !/\d$/.test(before) &&
      !/^\d/.test(after) &&
      !CONTINUES_LEFT.test(before) &&
      !CONTINUES_RIGHT.test(after);
    if (delimited && !CURRENCY_BEFORE.test(before) && !CURRENCY_AFTER.test(after) && isCprDigits(digits)) {
      runs.push([start, end]);
      re.lastIndex = end;
    } else {
      // Try again from the next character: a longer run may hide a delimited one further on.
      re.lastIndex = start + 1;
    }
  }
  return runs;
}

/** Whether a text holds something that looks like a CPR number. */
export function containsCpr(text: string): boolean {
  return cprRuns(text).length > 0;
}

/** The text with each CPR-like run replaced by "[CPR fjernet]". Use before printing or logging user text. */
export function maskCpr(text: string): string {
  const runs = cprRuns(text);
  if (runs.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of runs) {
    out += text.slice(at, start) + CPR_MASK;
    at = end;
  }
  return out + text.slice(at);
}

/** A number format that shows an amount, a decimal, a percentage or a date rather than an id. */
function isAmountFormat(fmt: string | undefined): boolean {
  if (fmt === undefined) return false;
  return /[,%$€£¥]|kr|dkk|eur|usd|\.[0#?]|e[+-]/i.test(fmt) || isDateFormat(fmt);
}

/** A number (as a number cell holds it) that is a CPR number typed without formatting. */
export function isCprNumber(value: number, fmt?: string): boolean {
  if (!Number.isInteger(value) || value < 1e8 || value >= 1e10) return false;
  if (isAmountFormat(fmt)) return false;
  return isCprDigits(String(value).padStart(10, '0'));
}

function cellFinding(cell: GridCell): Pick<CprFinding, 'where' | 'detail'> | undefined {
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (isCprNumber(cell.v, cell.fmt))
      return cell.formula ? { where: 'number', detail: 'formula' } : { where: 'number' };
  } else if (cell.t === 's' && typeof cell.v === 'string' && containsCpr(cell.v)) {
    return cell.formula ? { where: 'cell', detail: 'formula' } : { where: 'cell' };
  }
  return undefined;
}

/** A defined name's value: formula text, or a constant such as ="0101901234" or =101901234. */
function definedValueHasCpr(value: string): boolean {
  if (containsCpr(value)) return true;
  const constant = /^=?\s*(\d{9,10})\s*$/.exec(value);
  return constant?.[1] !== undefined && isCprNumber(Number(constant[1]));
}

/**
 * Every place in the workbook that holds something that looks like a CPR number: cell text and
 * formula results, number cells, hyperlink targets, comments, sheet names, table names, drawing
 * names, defined names (name and value) and document properties, on visible, hidden and very hidden
 * sheets alike. One finding per place; the number itself is never returned.
 */
export function findCprNumbers(grid: Grid): CprFinding[] {
  const findings: CprFinding[] = [];
  const hiddenSheets = new Set(grid.sheets.filter((s) => s.state !== 'visible').map((s) => s.name));
  for (const sheet of grid.sheets) {
    const name = maskCpr(sheet.name);
    const hidden = sheet.state !== 'visible';
    const at = (cell: string, where: CprWhere, detail?: string): CprFinding =>
      detail === undefined
        ? { sheet: name, cell, where, hidden }
        : { sheet: name, cell, where, hidden, detail };
    if (containsCpr(sheet.name)) findings.push(at('', 'sheetName'));
    const cells = sheet.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as GridCell;
      const found = cellFinding(cell);
      if (found) findings.push(at(a1(cell.r, cell.c), found.where, found.detail));
      if (cell.link !== undefined && containsCpr(cell.link))
        findings.push(at(a1(cell.r, cell.c), 'cell', 'link'));
    }
    for (const comment of sheet.comments) {
      if (containsCpr(comment.text) || containsCpr(comment.author ?? '')) {
        findings.push(at(a1(comment.r, comment.c), 'comment'));
      }
    }
    for (const table of sheet.tables) {
      if (containsCpr(table.name)) findings.push(at(rangeA1(table.ref), 'tableName', maskCpr(table.name)));
    }
    for (const drawing of sheet.drawings) {
      if (drawing.name !== undefined && containsCpr(drawing.name))
        findings.push(at('', 'drawing', drawing.kind));
    }
  }
  for (const dn of grid.definedNames) {
    if (containsCpr(dn.name) || definedValueHasCpr(dn.value)) {
      findings.push({
        sheet: dn.sheet === undefined ? '' : maskCpr(dn.sheet),
        cell: '',
        where: 'definedName',
        hidden: dn.sheet !== undefined && hiddenSheets.has(dn.sheet),
        detail: maskCpr(dn.name),
      });
    }
  }
  for (const prop of grid.properties) {
    if (containsCpr(prop.name) || containsCpr(prop.value)) {
      findings.push({ sheet: '', cell: '', where: 'property', hidden: false, detail: maskCpr(prop.name) });
    }
  }
  return findings;
}
