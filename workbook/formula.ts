// Which formulas of a coordinator's workbook may stay live in a structured workbook. Cell formulas
// never do (they become their cached values); what remains are the formulas that drive formatting
// and input checks on the archived original sheets: conditional formats and data validations. One
// of those stays only when it reads nothing but cells of its own sheet through plain, side-effect
// free functions, so that renaming the sheet breaks nothing and nothing reaches outside the sheet:
// no sheet or workbook reference (`Ark2!A1`, `[1]Ark!A1`), no defined name or table reference
// (they were left behind with the formulas), no INDIRECT (which builds references from text), no
// HYPERLINK, WEBSERVICE, CALL, DDE and the like.
//
// Written by hand: a full Excel formula parser is far more than this needs, and the question here
// is only "is every token of this formula one of a few harmless kinds", which a small tokenizer
// answers exactly; anything it does not recognise makes the formula unsafe.

/** Functions a kept formula may call: pure, reading only their arguments (TODAY/NOW read the clock). */
const SAFE_FUNCTIONS: ReadonlySet<string> = new Set([
  'ABS',
  'AND',
  'AVERAGE',
  'AVERAGEIF',
  'AVERAGEIFS',
  'CEILING',
  'CHOOSE',
  'CODE',
  'COLUMN',
  'COLUMNS',
  'CONCAT',
  'CONCATENATE',
  'COUNT',
  'COUNTA',
  'COUNTBLANK',
  'COUNTIF',
  'COUNTIFS',
  'DATE',
  'DATEDIF',
  'DATEVALUE',
  'DAY',
  'DAYS',
  'EDATE',
  'EOMONTH',
  'EXACT',
  'FALSE',
  'FIND',
  'FLOOR',
  'HOUR',
  'IF',
  'IFERROR',
  'IFNA',
  'IFS',
  'INT',
  'ISBLANK',
  'ISERR',
  'ISERROR',
  'ISEVEN',
  'ISLOGICAL',
  'ISNA',
  'ISNONTEXT',
  'ISNUMBER',
  'ISODD',
  'ISOWEEKNUM',
  'ISTEXT',
  'LARGE',
  'LEFT',
  'LEN',
  'LOWER',
  'MATCH',
  'MAX',
  'MEDIAN',
  'MID',
  'MIN',
  'MINUTE',
  'MOD',
  'MONTH',
  'NETWORKDAYS',
  'NOT',
  'NOW',
  'OR',
  'PERCENTRANK',
  'PROPER',
  'RANK',
  'REPLACE',
  'REPT',
  'RIGHT',
  'ROUND',
  'ROUNDDOWN',
  'ROUNDUP',
  'ROW',
  'ROWS',
  'SEARCH',
  'SECOND',
  'SMALL',
  'STDEV',
  'SUBSTITUTE',
  'SUM',
  'SUMIF',
  'SUMIFS',
  'SUMPRODUCT',
  'TEXT',
  'TIME',
  'TODAY',
  'TRIM',
  'TRUE',
  'UPPER',
  'VALUE',
  'WEEKDAY',
  'WEEKNUM',
  'WORKDAY',
  'XOR',
  'YEAR',
]);

const ERROR_LITERALS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!'];

/** A1 cell or range part: $A$1, A1, A:A (column), 1:1 (row) are all built from these. */
const CELL = /^\$?[A-Za-z]{1,3}\$?\d{1,7}/;
const COLUMN_RANGE = /^\$?[A-Za-z]{1,3}\s*:\s*\$?[A-Za-z]{1,3}(?![\w(])/;
const ROW_RANGE = /^\$?\d{1,7}\s*:\s*\$?\d{1,7}/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const FUNCTION = /^(?:_xlfn\.)?([A-Za-z][A-Za-z0-9.]*)\s*\(/;
const OPERATORS = '+-*/^&=<>%,;:() \t\r\n{}';

/**
 * Whether a formula (with or without its leading "=") reads only cells of its own sheet through
 * the functions above. Empty formulas are safe; anything not recognised is not.
 */
export function isSafeFormula(formula: string): boolean {
  let s = formula.trim();
  if (s.startsWith('=')) s = s.slice(1);
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const ch = s[i] ?? '';
    if (ch === '"') {
      // A string literal; "" is a quote inside it.
      let j = i + 1;
      for (;;) {
        if (j >= s.length) return false;
        if (s[j] === '"') {
          if (s[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const literal = ERROR_LITERALS.find((e) => rest.toUpperCase().startsWith(e));
      if (!literal) return false;
      i += literal.length;
      continue;
    }
    if (OPERATORS.includes(ch)) {
      i++;
      continue;
    }
    const fn = FUNCTION.exec(rest);
    if (fn) {
      if (!SAFE_FUNCTIONS.has((fn[1] ?? '').toUpperCase())) return false;
      i += fn[0].length;
      continue;
    }
    const token = ROW_RANGE.exec(rest) ?? CELL.exec(rest) ?? COLUMN_RANGE.exec(rest) ?? NUMBER.exec(rest);
    if (token) {
      const next = s[i + token[0].length];
      // "A1!" or "Ark1!A1" would be a sheet reference; a letter or "(" right after is a name.
      if (next !== undefined && /[!\w.(\[]/.test(next)) return false;
      i += token[0].length;
      continue;
    }
    const word = /^(TRUE|FALSE)(?![\w.(!])/i.exec(rest);
    if (word) {
      i += word[0].length;
      continue;
    }
    // A defined name, a sheet or workbook reference ('Ark 2'!A1, [1]...), a table reference or
    // anything else this does not know.
    return false;
  }
  return true;
}
