// The CPR check. A plan carries no personal data about citizens (DOMAIN.md "Validation issues";
// seed 001 §3.2), so anything in a workbook that looks like a Danish CPR number (personnummer) is an
// error that blocks submission. This module finds them everywhere in a grid and masks them in any
// text before it is printed or logged. It never returns or prints a number it found.
//
// What counts as a CPR number
//   - Ten digits DDMMYY-SSSS, written DDMMYYSSSS, DDMMYY-SSSS, DDMMYY SSSS or DDMMYY - SSSS (the
//     hyphen may also be an en dash, a non-breaking hyphen or a minus sign, with or without one space
//     on either side; a space may be a non-breaking space), or with another separator a person
//     puts there: a slash, a dot, an underscore or a colon (010190/1234, 010190_1234 in a file
//     name), likewise with at most one space on either side.
//   - DDMMYY must be a real calendar day in the century that the 7th digit (the first of SSSS)
//     gives, as the CPR office defines it:
//       7th digit 0–3: 1900–1999
//       7th digit 4 and 9: YY 00–36 → 2000–2036, YY 37–99 → 1937–1999
//       7th digit 5–8: YY 00–57 → 2000–2057, YY 58–99 → 1858–1899
//     so 290200-4xxx (29 Feb 2000) is a CPR number and 290201-1xxx is not. The modulus-11 check is
//     NOT applied: numbers issued since 2007 need not satisfy it.
//   - Written as a date with separators and then the serial, as people write a birthday and the
//     four digits after it: DD.MM.YY-SSSS, DD/MM/YY-SSSS, DD-MM-YY-SSSS, DD MM YY SSSS, and with
//     the year in full, DD.MM.YYYY-SSSS (the two separators of the date are the same: a dot, a
//     dash, a slash or a space; before the serial any separator above, or none). Day and month
//     have two digits each. A full year must be the one the 7th digit's century gives (01.01.1990-1234
//     is one; 01.01.2026-2027, a date and a year, is not, as 2 gives the 1900s).
//   - Substitute numbers (erstatningspersonnumre) count too: their day is the real day + 60 (61–91).
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
//   - Digits inside a GUID ({AB150390-1234-CDEF-...}): Excel writes GUIDs as ids all over a package;
//     and inside any hexadecimal token of 16 characters or more with a letter in it (a SHA-256, a
//     key): ten digits in a row come up there by chance.
//   - A number cell whose value is not a whole number, or whose format shows an amount: a thousands
//     separator, decimals, a currency or a percent (#,##0  0.00  "kr." 0%), or a date format.
//   - In text, nine digits standing alone whose ten-digit form (zero-padded) is a CPR number count
//     (a number cell's value copied into a comment, a note, a text box or a name has lost its zero)
//     under the same rules as ten: not part of a longer number, not next to a currency, not
//     labelled as another number.
//   - A plain date (01.01.2027, 15.03.26) and a phone number written in pairs (12 34 56 78): a date
//     counts only with four digits after it, and a CPR number has no pairs after the date.
//   - Ten digits that a label names as another number (DOMAIN.md "Personal data, more precisely"):
//     a P-number, CVR or SE number, EAN/GLN location number, a phone number or a book's ISBN. The label stands in
//     the same text just before the number ("P-nr. 0101901234", "Tlf.: 0101901234"), or, for a
//     cell that holds the number alone, in the nearest cell to its left or as the header of its
//     column (the nearest cell above with words in it). A header or cell that mentions CPR or
//     personnummer labels nothing. Without a label the number is still a CPR number.
//     The currency and the label excuse digits in a row only (a space allowed): no amount, phone
//     number or P-number is written DDMMYY-SSSS (another separator than a space after the sixth
//     digit) or as a date and four digits, so "Tlf. 010190-1234" and "kr. 010190-1234" count.

import {
  a1,
  parseA1,
  parseRange,
  rangeA1,
  SheetIndex,
  type Grid,
  type GridCell,
  type GridSheet,
  type GridTextFinding,
  type GridTextPlace,
} from '../grid';
import { excelSerialToIso, isDateFormat } from '../dates';
import {
  formulaMakes,
  mayComputeNumber,
  nameValue,
  TEXT_FUNCTIONS,
  type FormulaReading,
  type Lambda,
  type RangeValue,
  type FormulaValue,
} from './formulaText';
import { DANISH_SMALL_NUMBERS, DANISH_TENS } from '../danishNumbers';

/** Whether a formula joins or cuts the text of cells (for the intake's package scan). */
export { joinsCells } from './formulaText';

/** Where in a workbook a CPR-like value was found. */
export type CprWhere =
  /**
   * A cell's text, its formula's text result or its hyperlink target (detail: 'formula' / 'link';
   * 'lostZero' when the text holds only nine digits that are a CPR number without its leading zero).
   */
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
  | 'drawing'
  /**
   * Any other place of the package where text is stored, found by the intake's scan of every part
   * (core/xlsx/audit.ts): detail is the kind of place (GridTextPlace), e.g. 'headerFooter'.
   */
  | 'place';

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
  /** For where 'place': the part of the package (masked), and a property's name when it is one. */
  readonly part?: string;
  readonly name?: string;
}

/** What a CPR-like run is replaced with in any text that is printed or logged. */
export const CPR_MASK = '[CPR fjernet]';

/**
 * The separator a person may put after DDMMYY: a space, or one dash, slash, dot, underscore or
 * colon with at most one space on either side ("010190-1234", "010190 1234", "010190 - 1234",
 * "010190/1234", "010190_1234"); a dash may be any of the dashes and minus signs Unicode has that a
 * reader takes for one, and a dot a middle dot or a bullet ("010190·1234"). A question mark or
 * the replacement character � right between the digits is the mark a program writes where it lost
 * a character it could not save (LibreOffice writes "050590?5678" for a lone surrogate and the dash
 * after it): the number still shows. With a space after it, a question mark ends a sentence.
 * Two spaces or two dashes part two numbers (a six-digit and a four-digit one on separate lines).
 * Also used by core/redact.ts.
 */
export const CPR_SEPARATOR =
  '(?:[ \u00a0]?[-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d/._:\u00b7\u2022][ \u00a0]?|[ \u00a0]|[?\ufffd])?';
/** Ten digits with an optional separator after the sixth. */
const CANDIDATE = new RegExp(`\\d{6}${CPR_SEPARATOR}\\d{4}`, 'g');
/**
 * A date with separators, then the serial: day, month (two digits each), the same separator twice,
 * the year (four digits or two), a separator as after DDMMYY (or none), four digits.
 */
const DATED_SOURCE = `(\\d{2})([-./ ])(\\d{2})\\2(\\d{4}|\\d{2})${CPR_SEPARATOR}(\\d{4})`;
const DATED = new RegExp(DATED_SOURCE, 'g');
/**
 * The day and month glued, then the year and the serial each after the same mark (`0807-89-1908`,
 * `0807.89.1908`): the ten digits of a CPR number parted 4-2-4, as a reader sees one where a
 * program showed a dash that was hidden in the fill's colour, or as a person groups the digits.
 * The same mark twice (a dash, a dot or a slash; spaces alone are an account's or a phone's way).
 */
const DAYMONTH_YEAR = /(\d{4})([-./])(\d{2})\2(\d{4})/g;
/**
 * The date with its year written whole and no separator inside it, a separator mark, the serial
 * (`01011990-1234`, `01011990 / 1234`): as a person writes a birth date and the four after it. A
 * mark is required (a dash, slash, dot ...; not a space alone): twelve digits in a row, or eight and
 * four apart, are more often an account or a reference.
 */
const GLUED_YEAR = new RegExp(
  `(\\d{2})(\\d{2})(\\d{4})[ \u00a0]?[-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d/._:\u00b7\u2022][ \u00a0]?(\\d{4})`,
  'g',
);
/** The months written out or shortened, in Danish and English (a birth date as a letter writes it). */
const MONTHS: readonly RegExp[] = [
  /^jan(?:uar|uary)?$/,
  /^feb(?:ruar|ruary)?$/,
  /^mar(?:ts|ch)?$/,
  /^apr(?:il)?$/,
  /^ma[jy]$/,
  /^jun[ie]?$/,
  /^jul[iy]?$/,
  /^aug(?:ust)?$/,
  /^sep(?:t|tember)?$/,
  /^o[ck]t(?:ober)?$/,
  /^nov(?:ember)?$/,
  /^dec(?:ember)?$/,
];
/**
 * A birth date written out, its year whole (or in two digits after a birth or CPR label), then a
 * dash and the serial: "1. januar 1990 - 1234", "1 Jan. 1990-1234", "Født 23. marts 87 - 1723"
 * (day, month's name, year, serial). See wordedCpr for what it must hold.
 */
const WORDED = new RegExp(
  `(?<![\\d\\p{L}])(\\d{1,2})\\.?[ \u00a0]?(\\p{L}{3,9})\\.?,?[ \u00a0](\\d{4}|\\d{2})[ \u00a0]?[-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d][ \u00a0]?(\\d{4})`,
  'gu',
);
/**
 * DDMMYY, a dash (or a slash or a dot), and the serial written as two pairs: "120387-17 12", as a
 * person reads the four digits aloud. A mark after the date is required (pairs after a space are a
 * phone number's way), and no third pair may follow.
 */
const PAIRED_SERIAL = new RegExp(
  `(\\d{6})[ \u00a0]?[-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d/.][ \u00a0]?(\\d{2})[ \u00a0](\\d{2})`,
  'g',
);
/**
 * Ten digits each parted from the next by one space, as letter-spaced text (or text copied out of a
 * PDF with spaced lettering) shows them: "0 1 0 1 9 0 - 1 2 3 4", "0 1 0 1 9 0 1 2 3 4". Only one
 * space between all of them (pairs, "01 01 90 12 34", are a phone number's way: not this).
 */
const SPACED = /\d(?: \d){5}(?: [-/.] | )\d(?: \d){3}/g;
/** Nine digits in a row: a CPR number that lost its leading zero, when they stand alone. */
const NINE_RUN = /\d{9}/g;
/** A text that is one candidate of any form and nothing else (a cell holding the number alone). */
const BARE = new RegExp(
  `^\\s*(?:\\d{6}${CPR_SEPARATOR}\\d{4}|\\d{9}|\\d{2}([-./ ])\\d{2}\\1(?:\\d{4}|\\d{2})${CPR_SEPARATOR}\\d{4})\\s*$`,
);
/**
 * Labels that name a ten-digit number as something else than a CPR number: P-number (a workplace's
 * production unit), CVR and SE numbers (companies), EAN and GLN (location numbers), phone numbers,
 * and a book's ISBN (an ISBN-10 written without hyphens is ten digits; an ISBN-13 is an EAN).
 * "SE" and "P" only with nr/nummer after them: "se" is also a Danish word.
 */
const LABEL_WORDS =
  '(?:p|se)[-. ]?(?:nr|nummer|no)|cvr(?:[-. ]?(?:nr|nummer|no))?|(?:ean|gln)(?:[-. ]?(?:nr|nummer|no|kode))?' +
  '|tlf|tel|telefon(?:nr|nummer)?|mobil(?:nr|nummer|telefon)?|mob|phone(?: ?(?:no|number))?|telephone|mobile' +
  '|isbn(?:[-. ]?(?:10|13|nr|nummer|no))?';
/** A label just before a number in the same text: only punctuation and spaces between them. */
const LABEL_BEFORE = new RegExp(`(?:^|[^a-zæøå0-9])(?:${LABEL_WORDS})\\.?\\s*[:#=]?\\s*[(]?\\s*$`, 'i');
/** A neighbouring cell that is a label: it names one of the kinds as a word, and not CPR. */
const LABEL_CELL = new RegExp(`(?:^|[^a-zæøå0-9])(?:${LABEL_WORDS})(?![a-zæøå])`, 'i');
const NAMES_CPR = /cpr|person ?n(?:r|ummer)|(?:^|[^a-zæøå])pers\.? ?nr/i;
/** A GUID ({8-4-4-4-12} hex digits): Excel writes many, and a segment of digits can look like a date. */
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
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

/**
 * Ten digits that form a CPR number: DDMMYY a real day in the century of the 7th digit, the day
 * possibly + 60 (a substitute number).
 */
export function isCprDigits(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const written = Number(digits.slice(0, 2));
  const day = written > 60 ? written - 60 : written;
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = centuryYear(yy, Number(digits[6]));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Cheap pre-check (hot: runs on every text of the workbook): every form holds a run of four digits
 * or more — six in a row (DDMMYY), nine (a number that lost its zero), or the four of the serial
 * after a date written with separators (DD.MM.YY-SSSS: see datedBefore). A letter that looks like
 * a digit (O o for 0, l I for 1) counts in a run, and starts one only beside a digit ("O1O19O-l234"). A digit here is also a
 * digit of another script (full-width ０-９, Arabic-Indic, ...) and a character that shows nothing
 * (a soft hyphen, a zero-width space): "0101\u200b901234" reads as ten digits (see fold).
 */
export function mayHoldCpr(text: string): boolean {
  const n = text.length;
  if (n < 9) return false;
  // Four digits in a row always cover one of the positions 3, 7, 11, ...: only those are looked at,
  // and the run around a digit found there is measured (about a quarter of the characters are read).
  for (let i = 3; i < n; i += 4) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const k = ASCII[code] as number;
      if (k === 0) {
        // A space inside letter-spaced digits has a digit just before it (looked at first: cheap);
        // a line break or a tab too, as fold reads them (a note written one digit a line, a PDF's
        // table copied with a tab between digits: the stride lands on every one of them).
        if (
          (code === 32 || (code >= 9 && code <= 13)) &&
          isDigitLike(text.charCodeAt(i - 1)) &&
          spacedDigits(text, i)
        )
          return true;
        continue;
      }
      // A letter that looks like a digit starts a run only beside an ASCII digit ("O1O19O-l234").
      if (k === 2 && ASCII[text.charCodeAt(i - 1) & 0x7f] !== 1 && ASCII[text.charCodeAt(i + 1) & 0x7f] !== 1)
        continue;
    } else if (!isDigitLike(code)) {
      // A letter of another alphabet drawn as O or I starts a run beside an ASCII digit, as the Latin
      // ones do ("Husk О1О19О-1234": the stride may land on any character of the run).
      if (
        !isLookalike(code) ||
        (ASCII[text.charCodeAt(i - 1) & 0x7f] !== 1 && ASCII[text.charCodeAt(i + 1) & 0x7f] !== 1)
      ) {
        if (isSpaceLike(code) && spacedDigits(text, i)) return true;
        continue;
      }
    }
    let from = i;
    while (from > 0 && isDigitOrLookalike(text.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < n && isDigitOrLookalike(text.charCodeAt(to))) to++;
    if (to - from >= 6) return true;
    if (
      to - from === 1 &&
      (isSpaceLike(text.charCodeAt(i + 1)) || isSpaceLike(text.charCodeAt(i - 1))) &&
      spacedDigits(text, i)
    )
      return true;
    if (to - from >= 4 && from >= 8 && (datedBefore(text, from) || wordedBefore(text, from, to))) return true;
    // Two digits between two pairs: the whole number may be written in five pairs after a CPR
    // label (LABELLED_PAIRS). The stride lands on a middle pair of five whatever its start.
    if (
      to - from === 2 &&
      from >= 4 &&
      isPairMark(text.charCodeAt(from - 1)) &&
      isPairMark(text.charCodeAt(to)) &&
      pairAt(text, from - 3) &&
      pairAt(text, to + 1) &&
      inFivePairs(text, from)
    )
      return true;
    // Four digits after a serial's label ("løbenr. 1609", "sidste fire 1609"): the date may stand
    // apart, after its own label (LABELLED_DATED_PIECES). Looked at only where four digits stand alone.
    if (to - from === 4 && from >= 12 && NAMES_SERIAL.test(text.slice(from - 16 < 0 ? 0 : from - 16, from)))
      return true;
    // The next run starts after `to`; the loop's step lands on `to + 1`.
    i = to - 3;
  }
  return false;
}

/** A space of any kind (the letter-spaced form's separator before it is folded). */
function isSpaceLike(code: number): boolean {
  return (
    code === 32 ||
    code === 0xa0 ||
    (code >= 9 && code <= 13) ||
    code === 0x85 ||
    (code > 0xa0 && charClass(code) === SPACE)
  );
}

/**
 * Whether the character at `at` (a digit or a space) is inside a row of at least ten single digits
 * each parted from the next by one space, or by a dash, slash or dot with spaces ("0 1 0 1 9 0 - 1 2
 * 3 4"). Loose on purpose (digits of any script): the text is judged in full after.
 */
function spacedDigits(text: string, at: number): boolean {
  const n = text.length;
  const digit = (k: number): boolean => k >= 0 && k < n && isDigitLike(text.charCodeAt(k));
  // The gap between two digits: one space, or a space, a separator, a space. Its length, or 0.
  const gap = (k: number, step: 1 | -1): number => {
    if (k < 0 || k >= n || !isSpaceLike(text.charCodeAt(k))) return 0;
    if (digit(k + step)) return 1;
    // A line break written CR LF is one break, as fold reads it.
    if (text.charCodeAt(step === 1 ? k : k - 1) === 13 && text.charCodeAt(step === 1 ? k + 1 : k) === 10)
      return digit(k + 2 * step) ? 2 : 0;
    const sep = text.charCodeAt(k + step);
    if (
      (sep === 45 || sep === 47 || sep === 46 || charClass(sep) === DASH) &&
      isSpaceLike(text.charCodeAt(k + 2 * step)) &&
      digit(k + 3 * step)
    )
      return 3;
    return 0;
  };
  let k = at;
  if (!digit(k)) {
    if (!digit(k - 1) || gap(k, 1) === 0) return false;
    k--;
  }
  // Walk to the row's first digit, then count its digits.
  for (let g = gap(k - 1, -1); g > 0; g = gap(k - 1, -1)) k -= g + 1;
  let count = 1;
  for (let g = gap(k + 1, 1); g > 0 && count < 10; g = gap(k + 1, 1)) {
    k += g + 1;
    count++;
  }
  return count >= 10;
}

/** A mark between two pairs of digits (LABELLED_PAIRS): a space, a no-break space, a dash, a dot. */
function isPairMark(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 45 || code === 46;
}

/**
 * Whether the two digits at `from` stand among five pairs or more, each parted from the next by one
 * mark (isPairMark): "20 06 88 18 20". Loose (the marks need not be the same): judged in full after.
 */
function inFivePairs(text: string, from: number): boolean {
  let pairs = 1;
  let first = from;
  while (first >= 3 && isPairMark(text.charCodeAt(first - 1)) && pairAt(text, first - 3)) {
    first -= 3;
    pairs++;
  }
  for (let k = from + 3; isPairMark(text.charCodeAt(k - 1)) && pairAt(text, k); k += 3) pairs++;
  // Pairs are a plan's way too (weeks, rooms, a date): only after a label that names a CPR number.
  return pairs >= 5 && NAMES_CPR_HEADER.test(text.slice(Math.max(0, first - 24), first));
}

/** Whether text[at, at + 2) are two digits with no digit either side. */
function pairAt(text: string, at: number): boolean {
  return (
    at >= 0 &&
    isDigitLike(text.charCodeAt(at)) &&
    isDigitLike(text.charCodeAt(at + 1)) &&
    (at === 0 || !isDigitLike(text.charCodeAt(at - 1))) &&
    !isDigitLike(text.charCodeAt(at + 2))
  );
}

/**
 * Whether the digits starting at `from` may be the serial after a date written with separators:
 * before them at most three other characters (the separator), then three runs of two digits or
 * more (the year, the month, the day), or two with the day and month glued in the second (four
 * digits or more), each parted from the next by one or two other characters.
 * Loose on purpose (digits of any script, invisible characters): the text is judged in full after.
 */
function datedBefore(text: string, from: number): boolean {
  let k = from;
  let sep = 0;
  while (k > 0 && !isDigitOrLookalike(text.charCodeAt(k - 1))) {
    if (++sep > 3) return false;
    k--;
  }
  for (let group = 0; ; group++) {
    // At most eight digit-like characters (a year in full, with invisible characters between):
    // a longer run is no date, and is not walked.
    let digits = 0;
    while (k > 0 && isDigitOrLookalike(text.charCodeAt(k - 1))) {
      if (++digits > 8) return false;
      k--;
    }
    if (digits < 2) return false;
    // The day and month glued before the year (DAYMONTH_YEAR: `0807-89-1908`): two runs suffice.
    if (group === 2 || (group === 1 && digits >= 4)) return true;
    let other = 0;
    while (k > 0 && !isDigitOrLookalike(text.charCodeAt(k - 1))) {
      if (++other > 2) return false;
      k--;
    }
    if (other === 0) return false;
  }
}

/**
 * Whether the digits starting at `from` may be the serial after a birth date written out (WORDED:
 * "1. januar 1990 - 1234"): before them at most three other characters, four digits or two (the year,
 * two only after a birth or CPR label),
 * one to three others (a space, a dot, a comma) and a letter. Loose: the text is judged in full after.
 */
function wordedBefore(text: string, from: number, to: number): boolean {
  let k = from;
  let sep = 0;
  while (k > 0 && !isDigitOrLookalike(text.charCodeAt(k - 1))) {
    if (++sep > 3) return false;
    k--;
  }
  let digits = 0;
  while (k > 0 && isDigitOrLookalike(text.charCodeAt(k - 1))) {
    if (++digits > 4) return false;
    k--;
  }
  // Two digits (a year after a label) only before a serial of four alone: a case number's
  // "sag 26-45451" is not looked at further.
  if (digits !== 4 && (digits !== 2 || to - from !== 4)) return false;
  let other = 0;
  while (k > 0 && !isDigitOrLookalike(text.charCodeAt(k - 1)) && !LETTER.test(text.charAt(k - 1))) {
    if (++other > 3) return false;
    k--;
  }
  if (other === 0 || k === 0 || !LETTER.test(text.charAt(k - 1))) return false;
  if (digits === 4) return true;
  // A year in two digits counts only after a month's name and a label naming a birth date or a CPR
  // number (wordedCpr): looked for here, so a plan's "uge 12 2026" is not read in full.
  let w = k;
  while (w > 0 && k - w <= 9 && LETTER.test(text.charAt(w - 1))) w--;
  const word = text.slice(w, k).toLowerCase();
  if (word.length < 3 || 'jfmasond'.indexOf(word.charAt(0)) === -1 || !MONTHS.some((re) => re.test(word)))
    return false;
  const before = text.slice(Math.max(0, w - 24), w);
  return NAMES_BIRTH.test(before) || NAMES_CPR_HEADER.test(before);
}

/** A digit-like character, or a letter that looks like a digit among digits (O o for 0, l I for 1). */
function isDigitOrLookalike(code: number): boolean {
  return isLookalike(code) || isDigitLike(code);
}

/**
 * The control characters below U+00A0 that show nothing (C0 and C1, but the white space a line
 * break or tab is, and the two C1 codes read as dashes: see CONTROL_DASHES): a program that finds
 * one in a text (an _x0001_ escape in a cell, a byte 0x81 read as Latin-1) shows the text around
 * it run together.
 */
const CONTROL_SHOWS_NOTHING = new Uint8Array(0xa0);
for (let c = 0; c < 0xa0; c++)
  if ((c < 0x20 && (c < 9 || c > 13)) || (c >= 0x7f && c !== 0x85 && c !== 0x96 && c !== 0x97))
    CONTROL_SHOWS_NOTHING[c] = 1;

/**
 * ASCII characters for the pre-check: 1 a digit, 2 a letter that looks like one (O o l I, and S for
 * a five and B for an eight, as OCR reads a scanned page's figures), 0 other.
 */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (const c of [79, 111, 108, 73, 83, 66]) ASCII[c] = 2;

/**
 * The letters of other alphabets drawn as the Latin O, o, l and I are (Cyrillic О о І Ӏ ӏ, Greek Ο ο
 * Ι): a text that mixes alphabets ("О1О19О-1234" with Cyrillic O) looks the same, and is read the same.
 */
const OTHER_ZEROS = '\u041e\u043e\u039f\u03bf';
const OTHER_ONES = '\u0406\u04c0\u04cf\u0399';

function isLookalike(code: number): boolean {
  if (code < 0x80) return ASCII[code] === 2;
  return (
    code >= 0x399 &&
    code <= 0x4cf &&
    (OTHER_ZEROS.includes(String.fromCharCode(code)) || OTHER_ONES.includes(String.fromCharCode(code)))
  );
}

/** An ASCII digit, or a character that may be part of a digit run once folded (see fold). */
export function isDigitLike(code: number): boolean {
  if (code < 0xa0) return (code >= 48 && code <= 57) || CONTROL_SHOWS_NOTHING[code] === 1;
  return (charClass(code) & (DIGIT | INVISIBLE)) !== 0;
}

// --- Folding: what a reader sees --------------------------------------------------------------------
//
// A number can be written so that it reads as a CPR number without being ten ASCII digits: with
// digits of another script (full-width ０１０１９０１２３４, Arabic-Indic), superscript, subscript or
// circled digits (⁰¹⁰¹⁹⁰¹²³⁴), with characters that show nothing between its digits (a soft
// hyphen, a zero-width space or joiner, a direction mark) or marks put on each digit (an underline,
// a keycap), with another dash (em dash, figure dash, full-width hyphen, superscript minus) or
// another space (thin, narrow no-break, ideographic) as its separator, or broken over two lines in
// a cell. A text with anything of the kind is folded before it is judged: digits become ASCII
// digits, invisible characters and combining marks are dropped, a dash becomes '-', any one white
// space character (a line break, CR LF counted as one) becomes ' '. Judged on the folded text,
// masked in the text as it is.

const DIGIT = 1;
const INVISIBLE = 2;
const SPACE = 4;
const DASH = 8;
/** A separator other than a dash that a reader takes for an ASCII one (its value in digitValues). */
const PUNCT = 16;

/**
 * Classes of the Basic Multilingual Plane's characters, and each digit's value, built a block of
 * BLOCK characters at a time when a character of the block is first looked at: a text in Danish
 * meets two or three blocks (Latin, general punctuation), and building all 32 costs a command
 * line's start ~7 ms.
 */
const BLOCK_BITS = 11;
const BLOCK = 1 << BLOCK_BITS;
const classes = new Uint8Array(0x10000);
const digitValues = new Uint8Array(0x10000);
const built = new Uint8Array(0x10000 >> BLOCK_BITS);

// The tests of each class, applied to every character of a block at once (one regex pass each).
// Format characters (soft hyphen, zero-width space and joiners, direction marks, word joiner,
// BOM), the Hangul fillers and variation selectors show nothing; a combining mark (an underline or
// an accent put on a digit, a keycap's frame, a Mongolian variation selector) shows on the
// character before it, which a reader still reads: both are dropped.
// The noncharacters U+FFFE and U+FFFF, like a lone surrogate (see fold), cannot stand in an XML
// file: every writer (the summary's, the structured workbook's, Excel's) drops them, and the digits
// around them run together.
const INVISIBLE_CHARS = /[\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\ufffe\uffff]/gu;
// Besides the dashes and minus signs, what shows as one: a hyphen bullet (⁃, which Unicode's
// confusables list gives as a hyphen's twin), the horizontal lines of box drawing (─ ━ ╴ ╶ ╸ ╺)
// and the horizontal line extension (⎯), the katakana prolonged sound mark a Japanese input
// method types for a dash (ー, ｰ) and the Hangul vowel that is one line (ㅡ, ﾳ).
const DASH_CHARS =
  /[\p{Pd}\u2212\u2796\u02d7\u207b\u208b\u2043\u23af\u2500\u2501\u2574\u2576\u2578\u257a\u30fc\uff70\u3161\uffda]/gu;
/**
 * Control characters: those that show nothing are dropped (CONTROL_SHOWS_NOTHING), and the two C1
 * codes where windows-1252 has the en and em dash (0x96, 0x97) are read as dashes: a text written
 * in windows-1252 and read as Latin-1 (as Node's decoder reads it) keeps them, and a Windows program
 * shows the dash.
 */
const CONTROL_DASHES = [0x96, 0x97];
// The Braille blank (⠀) shows as a space, and is written between letters as one.
const SPACE_CHARS = /[\p{Zs}\t\n\v\f\r\u0085\u2028\u2029\u2800]/gu;
/**
 * Punctuation a reader takes for a separator that CPR_SEPARATOR allows: a character whose
 * compatibility form is a full stop, slash, colon or low line (the one dot leader ․, the small full
 * stop ﹒, the small colon ﹕), and the dots drawn at mid height (the dot and bullet operators ⋅ ∙, the
 * hyphenation point ‧, the katakana middle dot ・ ･, the Greek ano teleia ·), read as a middle dot.
 */
const PUNCT_CHARS = /[\p{P}\p{S}]/gu;
const MIDDLE_DOTS = '\u22c5\u2219\u2027\u30fb\uff65\u0387\u2e31';
const COMPATIBLE_SEPARATORS = './:_/';
const DIGIT_CHARS = /\p{Nd}/gu;
/** Other numbers, of which those that read as one digit count as it (superscript ², subscript ₂, ②). */
const OTHER_NUMBER_CHARS = /\p{No}/gu;

function buildBlock(block: number): void {
  built[block] = 1;
  const from = block << BLOCK_BITS;
  // Surrogates: an astral character, judged in fold; counted as digit-like by the pre-check.
  if (from >= 0xd800 && from < 0xe000) {
    classes.fill(DIGIT, from, from + BLOCK);
    return;
  }
  const all = String.fromCharCode(...Array.from({ length: BLOCK }, (_, k) => from + k));
  const mark = (re: RegExp, cls: number): void => {
    for (const m of all.matchAll(re)) classes[from + m.index] = cls;
  };
  mark(INVISIBLE_CHARS, INVISIBLE);
  if (from === 0) {
    for (let c = 0; c < 0xa0; c++) if (CONTROL_SHOWS_NOTHING[c] === 1) classes[c] = INVISIBLE;
    for (const c of CONTROL_DASHES) classes[c] = DASH;
  }
  mark(DASH_CHARS, DASH);
  mark(SPACE_CHARS, SPACE);
  for (const m of all.matchAll(PUNCT_CHARS)) {
    const c = from + m.index;
    if (classes[c] !== 0 || c < 0x80) continue;
    const plain = MIDDLE_DOTS.includes(m[0]) ? '\u00b7' : m[0].normalize('NFKC');
    if (plain.length !== 1 || (plain !== '\u00b7' && !COMPATIBLE_SEPARATORS.includes(plain))) continue;
    classes[c] = PUNCT;
    // The character it reads as (a code below 256: it fits the table of values).
    digitValues[c] = plain.charCodeAt(0);
  }
  // Decimal digits come in runs of ten, zero first, each run inside one block (Unicode puts every
  // run of ten at a code point that is a multiple of 16, and no run crosses a block's edge): the
  // value is the distance from the run's zero.
  for (const m of all.matchAll(DIGIT_CHARS)) {
    const c = from + m.index;
    classes[c] = DIGIT;
    digitValues[c] = c > from && classes[c - 1] === DIGIT ? ((digitValues[c - 1] as number) + 1) % 10 : 0;
  }
  // A superscript, subscript or circled digit: its compatibility form is the one digit it shows.
  for (const m of all.matchAll(OTHER_NUMBER_CHARS)) {
    const plain = m[0].normalize('NFKC');
    if (plain.length !== 1 || plain < '0' || plain > '9') continue;
    classes[from + m.index] = DIGIT;
    digitValues[from + m.index] = plain.charCodeAt(0) - 48;
  }
  // Circled digits of the dingbat sets (❶ ➀ ➊, ⓵, ⓿) have no compatibility form, but show their digit.
  for (const [first, value, n] of CIRCLED_RUNS) {
    for (let k = 0; k < n; k++) {
      const c = first + k;
      if (c < from || c >= from + BLOCK) continue;
      classes[c] = DIGIT;
      digitValues[c] = value + k;
    }
  }
}

/**
 * Runs of circled digits without a compatibility form: [first code point, its digit, how many].
 * The tenth of each set shows 10 (two digits) and is left out; the astral circled zeros (🄋 🄌) are
 * read in fold.
 */
const CIRCLED_RUNS: readonly (readonly [number, number, number])[] = [
  [0x24ff, 0, 1], // ⓿ negative circled digit zero
  [0x24f5, 1, 9], // ⓵–⓽ double circled
  [0x2776, 1, 9], // ❶–❾ dingbat negative circled
  [0x2780, 1, 9], // ➀–➈ dingbat circled sans-serif
  [0x278a, 1, 9], // ➊–➒ dingbat negative circled sans-serif
];
/** 🄋 and 🄌: the dingbat sets' circled zeros. */
const ASTRAL_CIRCLED_ZERO = new Set([0x1f10b, 0x1f10c]);
/**
 * Tag characters (U+E0020–E007E) show nothing, but each stands for an ASCII character any program
 * reads out of the text (the way text is smuggled past a reader): they are read as those.
 */
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007e;

function charClass(code: number): number {
  const block = code >> BLOCK_BITS;
  if (built[block] === 0) buildBlock(block);
  return classes[code] ?? 0;
}

/** A text as a reader sees it (see above), with the index in the original of each of its characters. */
interface Folded {
  readonly text: string;
  /** at[i]: where folded character i starts in the original; at[text.length]: the original's length. */
  readonly at: Int32Array;
}

/** Whether a text has anything fold would change: a character outside printable ASCII. */
function needsFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return true;
  }
  return false;
}

const ND = /^\p{Nd}$/u;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The value of an astral decimal digit. Digits come in sets of ten, zero first, and sets may follow
 * one another without a gap (round 25: the mathematical digits, bold, double-struck, sans-serif,
 * sans-serif bold and monospace, are fifty in a row): the value is the distance from the first
 * digit of the unbroken run, modulo ten (at most fifty-nine back: no run is longer).
 */
function astralDigit(cp: number): number {
  let back = 0;
  while (back < 59 && ND.test(String.fromCodePoint(cp - back - 1))) back++;
  return back % 10;
}

function fold(text: string): Folded {
  const n = text.length;
  const values = digitValues;
  const at = new Int32Array(n + 1);
  let out = '';
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff && !(c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)))) {
      // A lone surrogate (what a program that cuts UTF-16 in two leaves) shows nothing, and no XML
      // file can hold it: every writer drops it.
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      at[k++] = i;
      if (ND.test(ch)) out += String.fromCharCode(48 + astralDigit(cp));
      else if (ASTRAL_CIRCLED_ZERO.has(cp)) out += '0';
      else if (cp >= TAG_FIRST && cp <= TAG_LAST) out += String.fromCharCode(cp - 0xe0000);
      else if (/^[\p{Cf}\p{Mn}\p{Me}]$/u.test(ch)) k--;
      else {
        out += ch.charAt(0);
        at[k++] = i + 1;
        out += ch.charAt(1);
      }
      i++;
      continue;
    }
    const cls = c < 0x80 && c >= 0x20 ? 0 : charClass(c);
    if (cls === 0 && c >= 0xff01 && c <= 0xff5e) {
      // Full-width punctuation and letters (a date's full stops ．, a slash ／) read as their ASCII forms.
      at[k++] = i;
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0x3002 || c === 0xff61) {
      // The ideographic full stop (。, and its half-width form ｡) an input method types for a dot.
      at[k++] = i;
      out += '.';
    } else if (c === 0x2215 || c === 0x2044 || c === 0x29f8) {
      // A division slash, a fraction slash (what a word processor makes of 1/2) or a big solidus:
      // a reader takes each for a slash.
      at[k++] = i;
      out += '/';
    } else if (cls === 0 || (cls === DIGIT && c >= 0xd800 && c <= 0xdfff)) {
      at[k++] = i;
      out += text.charAt(i);
    } else if (cls === DIGIT) {
      at[k++] = i;
      out += String.fromCharCode(48 + (values[c] ?? 0));
    } else if (cls === SPACE) {
      at[k++] = i;
      out += ' ';
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    } else if (cls === DASH) {
      at[k++] = i;
      out += '-';
    } else if (cls === PUNCT) {
      at[k++] = i;
      out += String.fromCharCode(values[c] ?? 46);
    }
    // INVISIBLE: dropped.
  }
  at[k] = n;
  return { text: out, at: at.subarray(0, k + 1) };
}

/**
 * The CPR-like runs in a text as a reader sees it, as [start, end) offsets into the text as it is
 * (callers check mayHoldCpr first).
 */
function cprRuns(text: string, nine = true): [number, number][] {
  const runs = readRuns(text, nine);
  if (runs.length === 0 && DIGIT_BREAK_DIGIT.test(text)) {
    const broken = brokenRuns(text);
    if (broken.length > 0) return broken;
  }
  if (runs.length > 0 || !LOOKALIKE_BY_DIGIT.test(text)) return runs;
  // Letters that look like digits among digits ("O1O19O-1234"): read as the digits they look like.
  // Not the nine-digit form: a number cell's value that lost its zero holds no letters.
  const swapped = text.replace(LOOKALIKE_RUN, (run) =>
    /\d/.test(run)
      ? run.replace(LOOKS_ZERO, '0').replace(LOOKS_ONE, '1').replace(/S/g, '5').replace(/B/g, '8')
      : run,
  );
  return swapped === text ? runs : readRuns(swapped, false);
}

/** A line break (LF, CR or CR LF) between two digits. */
const DIGIT_BREAK_DIGIT = /\d(?:\r\n|\n|\r)\d/;

/**
 * Round 22: a number broken over two lines of a cell between two of its digits ("Borger 2707⏎
 * 84-2227", a date's digits split by a hand-made line break, not at the separator where fold reads
 * the break as one): read with each break between two digits taken out, as one line. Not the
 * nine-digit form, and only a run that keeps a separator between its date and its serial (lines
 * of numbers run together would read as one). Runs as [start, end) offsets into the text as it is.
 */
function brokenRuns(text: string): [number, number][] {
  const at: number[] = [];
  let joined = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 13) && /\d/.test(text.charAt(i - 1))) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      if (/\d/.test(text.charAt(next))) {
        i = next - 1;
        continue;
      }
    }
    at.push(i);
    joined += text.charAt(i);
  }
  // Only a number that shows its separator (digits alone over two lines are lines of numbers:
  // "Sag 17020⏎04231 stk." is not run together, see disguised.test.ts).
  return readRuns(joined, false)
    .filter(([a, b]) => /\D/.test(joined.slice(a, b)))
    .map(([a, b]) => [at[a]!, at[b - 1]! + 1]);
}

/** A letter that looks like a digit next to a digit; a run of digits and such letters. */
const LOOKALIKE_BY_DIGIT = new RegExp(
  `[OolISB${OTHER_ZEROS}${OTHER_ONES}]\\d|\\d[OolISB${OTHER_ZEROS}${OTHER_ONES}]`,
);
const LOOKALIKE_RUN = new RegExp(`(?<![\\p{L}])[\\dOolISB${OTHER_ZEROS}${OTHER_ONES}]+(?![\\p{L}])`, 'gu');
const LOOKS_ZERO = new RegExp(`[Oo${OTHER_ZEROS}]`, 'g');
const LOOKS_ONE = new RegExp(`[lI${OTHER_ONES}]`, 'g');

function readRuns(text: string, nine: boolean): [number, number][] {
  if (!needsFold(text)) return plainRuns(text, nine);
  const folded = fold(text);
  const runs = plainRuns(folded.text, nine);
  // End at the start of the character after the run: an invisible character inside it goes too.
  for (const run of runs) {
    run[0] = folded.at[run[0]]!;
    run[1] = folded.at[run[1]]!;
  }
  if (text.indexOf('\u202e') === -1) return runs;
  // Judged as stored (above) and as shown, where an override reverses it.
  const all = [...runs, ...overriddenRuns(text, nine)].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const run of all) {
    const last = merged[merged.length - 1];
    if (last !== undefined && run[0] < last[1]) last[1] = Math.max(last[1], run[1]);
    else merged.push(run);
  }
  return merged;
}

/**
 * The stretches of a text that a right-to-left override (U+202E) shows reversed and that then read
 * as a CPR number: "\u202e4321-091010" shows 010190-1234. An override lasts to its pop (U+202C),
 * the end of an isolate or a paragraph, or the end of the text; the stretch is masked whole.
 */
function overriddenRuns(text: string, nine: boolean): [number, number][] {
  const out: [number, number][] = [];
  let i = text.indexOf('\u202e');
  while (i !== -1) {
    let end = i + 1;
    while (end < text.length && !OVERRIDE_ENDS.includes(text.charAt(end))) end++;
    const shown = [...text.slice(i + 1, end)].reverse().join('');
    if (plainRuns(fold(shown).text, nine).length > 0) out.push([i, end]);
    i = text.indexOf('\u202e', end);
  }
  return out;
}

const OVERRIDE_ENDS = '\u202c\u2069\n\r\u2029';

/**
 * The CPR-like runs in a text of ASCII digits and separators, in order: ten digits (DDMMYY-SSSS),
 * a date with separators and the serial (DD.MM.YY-SSSS), and nine digits that lost their zero.
 */
function plainRuns(text: string, nine: boolean): [number, number][] {
  const runs: [number, number][] = [];
  collect(text, CANDIDATE, (m) => isCprDigits(m[0].replace(/\D/g, '')), runs);
  // A date needs a separator inside it and nine digits nine in a row: most texts have neither.
  if (/\d[-./ ]\d\d[-./ ]\d/.test(text)) collect(text, DATED, datedCpr, runs);
  // Day and month glued, the year and the serial after the same mark: four digits and a mark first.
  if (/\d{4}[-./]\d\d[-./]\d{4}/.test(text))
    collect(text, DAYMONTH_YEAR, (m) => isCprDigits(`${m[1] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`), runs);
  // Eight digits then a mark: the year written whole (most texts have no eight digits in a row).
  if (/\d{8}[^\d]/.test(text)) collect(text, GLUED_YEAR, gluedYearCpr, runs);
  // A month's name between the day and the year: a letter then a space and four digits first.
  if (/\p{L}\.?,?[ \u00a0]\d{2}(?:\d{2})?[ \u00a0]?[^\d\s][ \u00a0]?\d{4}/u.test(text))
    collect(text, WORDED, (m) => wordedCpr(text, m), runs);
  // The serial in two pairs after a dash: a pair, one space and a pair right after six digits and a mark.
  if (/\d{6}[ \u00a0]?[^\d\s\p{L}][ \u00a0]?\d\d[ \u00a0]\d\d/u.test(text))
    collect(text, PAIRED_SERIAL, (m) => pairedCpr(text, m), runs);
  if (/\d \d \d \d/.test(text)) collect(text, SPACED, (m) => spacedAlone(text, m), runs);
  if (nine && /\d{9}/.test(text))
    collect(text, NINE_RUN, (m) => nineStandsAlone(text, m) && isCprDigits(`0${m[0]}`), runs);
  // The pieces each after its label: only where a serial's label is (a rare word) and six digits are.
  if (NAMES_SERIAL.test(text) && /\d{6}/.test(text)) collect(text, LABELLED_PIECES, labelledCpr, runs);
  // The same with the birth date written with separators ("Født 09.01.87, løbenr. 1609").
  if (NAMES_SERIAL.test(text) && /\d[-./]\d{1,2}[-./]\d/.test(text))
    collect(text, LABELLED_DATED_PIECES, labelledDatedCpr, runs);
  // The whole number in five pairs after a CPR label: only where five pairs stand in a row.
  if (/\d\d[ \u00a0.-]\d\d[ \u00a0.-]\d\d[ \u00a0.-]\d\d[ \u00a0.-]\d\d/.test(text))
    collect(text, LABELLED_PAIRS, labelledPairsCpr, runs);
  if (runs.length < 2) return runs;
  runs.sort((a, b) => a[0] - b[0]);
  // The forms do not overlap (each stands apart from other digits); kept so if a crafted text tries.
  return runs.filter((r, i) => i === 0 || r[0] >= runs[i - 1]![1]);
}

/**
 * Whether nine digits stand alone as a word: no letter touches them. A number copied from a number
 * cell stands apart; nine digits inside a token do not ("20261204T205700189Z", a time to the
 * millisecond in an id, is no CPR number that lost its zero).
 */
function nineStandsAlone(text: string, m: RegExpExecArray): boolean {
  return !LETTER.test(text.charAt(m.index - 1)) && !LETTER.test(text.charAt(m.index + m[0].length));
}

const LETTER = /^\p{L}$/u;

/**
 * A SPACED match that is a CPR number and not ten of a longer row of spaced digits (the digit
 * before or after it one space away, or a separator and a digit).
 */
function spacedAlone(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 4), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
  if (/\d ?(?:[-/.] ?)?$/.test(before) || /^ ?(?:[-/.] ?)?\d/.test(after)) return false;
  return isCprDigits(m[0].replace(/\D/g, ''));
}

/** A DATED match that is a CPR number: its ten digits are one, and a full year is the 7th digit's. */
function datedCpr(m: RegExpExecArray): boolean {
  const year = m[4] ?? '';
  const serial = m[5] ?? '';
  const digits = `${m[1] ?? ''}${m[3] ?? ''}${year.slice(-2)}${serial}`;
  if (!isCprDigits(digits)) return false;
  return year.length === 2 || centuryYear(Number(year.slice(-2)), Number(serial[0])) === Number(year);
}

/**
 * A GLUED_YEAR match that is a CPR number: its ten digits are one, and the year is the 7th digit's
 * (`12122026-0042` is no person born in 2026: a serial starting with 0 is of 1900–1999).
 */
function gluedYearCpr(m: RegExpExecArray): boolean {
  const year = m[3] ?? '';
  const serial = m[4] ?? '';
  const digits = `${m[1] ?? ''}${m[2] ?? ''}${year.slice(2)}${serial}`;
  return isCprDigits(digits) && centuryYear(Number(year.slice(2)), Number(serial[0])) === Number(year);
}

/**
 * A WORDED match that is a CPR number: a month's name, a real day, the year the serial's century
 * gives, and no word right after the serial on its line. "1. marts 2026 - 5000 kr." is an amount,
 * "12. marts 2026 - 1200 deltagere" a count, and a serial that reads as a later year within the
 * century ("1. januar 1986 - 1990") a period: neither is a person's number.
 */
function wordedCpr(text: string, m: RegExpExecArray): boolean {
  const month = MONTHS.findIndex((re) => re.test((m[2] ?? '').toLowerCase())) + 1;
  if (month === 0) return false;
  const written = m[3] ?? '';
  const serial = m[4] ?? '';
  if (/^[ \u00a0]?[\p{L}\d]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))
    return false;
  const day = (m[1] ?? '').padStart(2, '0');
  // A year in two digits is any century's, and a plan's own dates are written so ("1. marts 26 -
  // 1200"): only after a label naming a birth date or a CPR number at most 20 characters before.
  if (written.length === 2) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (!NAMES_BIRTH.test(before) && !NAMES_CPR_HEADER.test(before)) return false;
    return isCprDigits(`${day}${String(month).padStart(2, '0')}${written}${serial}`);
  }
  const year = Number(written);
  if (Number(serial) >= year && Number(serial) - year <= 100) return false;
  const digits = `${day}${String(month).padStart(2, '0')}${String(year).slice(2)}${serial}`;
  return isCprDigits(digits) && centuryYear(year % 100, Number(serial[0])) === year;
}

/** A PAIRED_SERIAL match that is a CPR number, with no third pair after it ("120387-17 12 34"). */
function pairedCpr(text: string, m: RegExpExecArray): boolean {
  if (/^[ \u00a0]\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return false;
  return isCprDigits(`${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`);
}

/** Adds the delimited matches of `pattern` that `judge` accepts: the rules every form shares. */
function collect(
  text: string,
  pattern: RegExp,
  judge: (m: RegExpExecArray) => boolean,
  runs: [number, number][],
): void {
  const re = new RegExp(pattern.source, pattern.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 12);
    const delimited =
      !/\d$/.test(before) &&
      !/^\d/.test(after) &&
      !CONTINUES_LEFT.test(before) &&
      !CONTINUES_RIGHT.test(after);
    // Written as a CPR number is written (a dash, a slash, a dot ... after DDMMYY, or a date with
    // separators): no amount, phone number, P-number or EAN is, so no currency or label excuses it.
    const written = /[^\d \u00a0]/.test(m[0]);
    if (
      delimited &&
      (written ||
        (!CURRENCY_BEFORE.test(before) && !CURRENCY_AFTER.test(after) && !LABEL_BEFORE.test(before))) &&
      judge(m) &&
      !insideGuid(text, start, end) &&
      !insideHexToken(text, start, end)
    ) {
      runs.push([start, end]);
      re.lastIndex = end;
    } else {
      // Try again from the next character: a longer run may hide a delimited one further on.
      re.lastIndex = start + 1;
    }
  }
}

/** Whether text[start, end) lies inside a GUID. */
function insideGuid(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 36);
  const window = text.slice(from, Math.min(text.length, end + 36));
  const re = new RegExp(GUID.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    const s = from + m.index;
    if (s <= start && end <= s + m[0].length) return true;
  }
  return false;
}

function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Whether text[start, end) lies inside a run of 16 or more hexadecimal characters with a letter in
 * it: a hash, a key or an id (a receipt's SHA-256, an ETag), in which any ten digits are chance.
 */
function insideHexToken(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && isHexCode(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && isHexCode(text.charCodeAt(to))) to++;
  if (to - from < 16) return false;
  return /[a-f]/i.test(text.slice(from, start) + text.slice(end, to));
}

/**
 * Whether what containsCpr found in a text is only nine digits that lost their zero (for telling a
 * person why a number without ten digits is one). Call only where containsCpr is true.
 */
export function onlyLostZero(text: string): boolean {
  return cprRuns(text, false).length === 0;
}

/**
 * Texts found to hold no CPR number in any form, while one workbook is inspected (withCprMemo): the
 * same text is asked again and again (a theme or a responsible on thousands of rows, each value
 * judged as a cell, as a plan value and in each message that quotes it), and the pre-checks
 * (mayHoldCpr, mayHoldEscapes) are the most of the cost. Only texts that pass neither pre-check are
 * kept (nothing that may hold a number), and only for the inspection's length.
 */
let cleanTexts: Set<string> | undefined;

/**
 * Runs `work` with the texts it finds clean remembered until it ends (see cleanTexts): for one
 * inspection of one workbook. Nested calls share the outer memo.
 */
export function withCprMemo<T>(work: () => T): T {
  if (cleanTexts !== undefined) return work();
  cleanTexts = new Set();
  try {
    return work();
  } finally {
    cleanTexts = undefined;
  }
}

/**
 * Whether a text surely holds no CPR number: neither pre-check finds a place one could stand
 * (mayHoldCpr, mayHoldEscapes). False means only that it must be judged in full.
 */
export function surelyNoCpr(text: string): boolean {
  // Shorter than any form (mayHoldCpr's own first test): not worth remembering.
  if (text.length < 9) return !mayHoldEscapes(text);
  const memo = cleanTexts;
  if (memo !== undefined && memo.has(text)) return true;
  if (mayHoldCpr(text) || mayHoldEscapes(text) || mayHoldDigitWords(text) || mayHoldMixedWords(text))
    return false;
  memo?.add(text);
  return true;
}

/**
 * Digits written as Danish words (round 24): "nul et et nul ni nul – et to tre fire" is a number
 * read aloud or typed to keep it past a digit filter. A run of six words or more, each a digit's
 * name (nul, en/et, to, tre, fire, fem, seks, syv, otte, ni), between spaces, hyphens, commas or
 * dots, is read as its digits (a dash standing between spaces as the serial's dash).
 */
const DIGIT_WORD = 'nul|e[nt]|to|tre|fire|fem|seks|syv|otte|ni';
const DIGIT_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${DIGIT_WORD})(?:[\\s,.\\-\u2010-\u2015]+(?:${DIGIT_WORD})(?![\\p{L}\\p{N}])){5,}`,
  'giu',
);
const DIGIT_OF: Readonly<Record<string, string>> = {
  nul: '0',
  en: '1',
  et: '1',
  to: '2',
  tre: '3',
  fire: '4',
  fem: '5',
  seks: '6',
  syv: '7',
  otte: '8',
  ni: '9',
};
/** Six digit words in a row, anywhere (DIGIT_WORDS' first match, without its state). */
const SIX_DIGIT_WORDS = new RegExp(DIGIT_WORDS.source, 'iu');
/**
 * Four digit words in a row, each followed by a separator or the end: what every run of six holds,
 * without the whole-word look-arounds and Unicode classes that make the full pattern slow. Every
 * text passes here (the 1 MB plan's 24,000 distinct texts, 2.2 M characters: ~10 ms, against ~57 ms
 * when a single digit word with a separator, which "en " in nearly every Danish text is, let the
 * full pattern run).
 */
const FOUR_DIGIT_WORDS = new RegExp(
  `(?:${DIGIT_WORD})(?:[\\s,.\\-\u2010-\u2015]+(?:${DIGIT_WORD})){3}(?:[\\s,.\\-\u2010-\u2015]|$)`,
  'i',
);
/** The cheap first test: long enough for six digit words and four in a row, then six in a row. */
function mayHoldDigitWords(text: string): boolean {
  return text.length >= 17 && FOUR_DIGIT_WORDS.test(text) && SIX_DIGIT_WORDS.test(text);
}
/** A run of digit words read as digits (a spaced dash kept as the serial's dash). */
function wordsRead(run: string): string {
  return run
    .toLowerCase()
    .split(/(\s+[-\u2010-\u2015]\s+)|[\s,.\-\u2010-\u2015]+/u)
    .map((w) => (w === undefined ? '' : /[-\u2010-\u2015]/u.test(w) ? '-' : (DIGIT_OF[w] ?? '')))
    .join('');
}
/** The runs of digit words in a text whose digits hold a CPR number: [start, end] each. */
function wordedRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (mayHoldDigitWords(text))
    for (const m of text.matchAll(DIGIT_WORDS)) {
      const digits = wordsRead(m[0]);
      if (mayHoldCpr(digits) && cprRuns(digits).length > 0) out.push([m.index, m.index + m[0].length]);
    }
  // Round 29: digits and number words mixed, and Danish numbers of two digits.
  if (out.length === 0 && mayHoldMixedWords(text))
    for (const m of text.matchAll(MIXED_WORDS)) {
      // Ten digits, or nine (a number that lost its zero) read aloud in words and pairs: nine beside
      // a group of three digits or more is a year or a count next to an English "to" ("from 2024 to
      // 2032" reads 2024, 2, 2032), never a CPR number.
      const digits = mixedRead(m[0]);
      const ok = digits.length === 10 || (digits.length === 9 && !/\d{3}/u.test(m[0]));
      if (ok && mayHoldCpr(digits) && cprRuns(digits).length > 0) out.push([m.index, m.index + m[0].length]);
    }
  return out;
}

/**
 * Round 29: a number read aloud in pieces: digits beside digit words ("170591 - to ni et syv"), and
 * Danish numbers of two digits, as a CPR number is read in pairs ("tolv-fireogtredive": 12 34;
 * ti … nitten, tyve … halvfems, with a unit before "og"). A run of three pieces or more, each digits
 * or a number word, one a word at least, between spaces, hyphens, commas or dots, is read as its
 * digits (a piece's digits as written, a digit word's digit, a number word's two).
 */
const TENS = DANISH_TENS;
const TEENS = DANISH_SMALL_NUMBERS.slice(10, 20);
const PAIR_WORD = `${TEENS.join('|')}|(?:(?:en|to|tre|fire|fem|seks|syv|otte|ni)og)?(?:${Object.keys(TENS).join('|')})`;
const NUMBER_WORD = `${PAIR_WORD}|${DIGIT_WORD}`;
const SEPARATORS = '[\\s,.\\-\u2010-\u2015]+';
const MIXED_PIECE = `(?:\\d+|${NUMBER_WORD})(?![\\p{L}\\p{N}])`;
const MIXED_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])${MIXED_PIECE}(?:${SEPARATORS}${MIXED_PIECE}){2,}`, 'giu');
/**
 * The cheap first test (no Unicode classes, ASCII word edges): a number word beside digits or
 * another number word, one of them a word of two digits or digits beside a word.
 */
const MIXED_HINT = new RegExp(
  `\\d${SEPARATORS}(?:${NUMBER_WORD})\\b|\\b(?:${NUMBER_WORD})${SEPARATORS}\\d|\\b(?:${PAIR_WORD})\\b`,
  'i',
);
function mayHoldMixedWords(text: string): boolean {
  return text.length >= 12 && MIXED_HINT.test(text);
}
/** A mixed run read as digits; '' where it holds no word (digits alone are read elsewhere). */
function mixedRead(run: string): string {
  let words = 0;
  let out = '';
  for (const piece of run.toLowerCase().split(/[\s,.\-‐-―]+/u)) {
    if (piece === '') continue;
    if (/^\d+$/.test(piece)) {
      out += piece;
      continue;
    }
    words++;
    const digit = DIGIT_OF[piece];
    if (digit !== undefined) {
      out += digit;
      continue;
    }
    const teen = TEENS.indexOf(piece);
    if (teen >= 0) {
      out += String(10 + teen);
      continue;
    }
    const og = piece.indexOf('og');
    const tens = TENS[og >= 0 ? piece.slice(og + 2) : piece] ?? 0;
    const unit = og >= 0 ? Number(DIGIT_OF[piece.slice(0, og)] ?? 0) : 0;
    out += String(tens + unit);
  }
  return words === 0 ? '' : out;
}

/** Whether a text holds something that looks like a CPR number. */
export function containsCpr(text: string): boolean {
  if (surelyNoCpr(text)) return false;
  // The pre-check before cprRuns: no array is made for the many texts without six digits in a row
  // (this runs on every text cell of the workbook).
  if (mayHoldCpr(text) && cprRuns(text).length > 0) return true;
  // Digits written as words (round 24).
  if (wordedRuns(text).length > 0) return true;
  // Digits written as escapes a program reads back as digits (a link's %30, quoted-printable's =30,
  // JSON's \u0030): the text is judged as it reads decoded (once: an escape of an escape is not).
  if (!mayHoldEscapes(text)) return false;
  const decoded = escapesDecoded(text);
  return decoded !== text && mayHoldCpr(decoded) && cprRuns(decoded).length > 0;
}

/**
 * Whether a text may hold a digit written as an escape: a percent-escape of any byte (as before:
 * paths and links), or a digit as quoted-printable (=30=31, two or more in a row), as a JSON or
 * JavaScript escape (\u0030, \x30). Cheap: one pass, asked of every text.
 */
export function mayHoldEscapes(text: string): boolean {
  if (text.indexOf('%') !== -1) return true;
  // Hot: most texts have neither "=" nor "\\"; a search for one character is much cheaper than the
  // pattern's (asked of every text of the workbook).
  return (text.indexOf('=') !== -1 || text.indexOf('\\') !== -1) && ESCAPED_DIGIT.test(text);
}

const ESCAPED_DIGIT = /=3\d=|\\(?:u00|x)3\d/i;

/**
 * A text with its escapes decoded (see mayHoldEscapes): percent-escapes (percentDecoded), runs of
 * two or more quoted-printable escapes (upper-case hexadecimal, as the format writes them), JSON's
 * and JavaScript's \u and \x escapes. The text as it is when it has none.
 */
export function escapesDecoded(text: string): string {
  let out = percentDecoded(text);
  if (out.indexOf('=') !== -1)
    out = out.replace(/(?:=[0-9A-F]{2}){2,}/g, (seq) =>
      seq.replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    );
  if (out.indexOf('\\') !== -1)
    out = out.replace(
      /\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g,
      (_m, u: string | undefined, x: string | undefined) => String.fromCharCode(parseInt(u ?? x ?? '', 16)),
    );
  return out;
}

/**
 * A text with its percent-escapes (%30 for "0") decoded, as a browser or a file system reads a link
 * or a part name: "?q=%30%31%30%31%39%30%31%32%33%34" sends a CPR number. The text as it is when
 * it has none; an escape that is not UTF-8 is read as the byte it names (Latin-1).
 */
export function percentDecoded(text: string): string {
  if (text.indexOf('%') === -1) return text;
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch (err) {
      // Not UTF-8: each escape is the byte it names.
      if (!(err instanceof URIError)) throw err;
      return seq.replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
  });
}

/**
 * The text with each CPR-like run replaced by "[CPR fjernet]". Use before printing or logging user
 * text. A text whose percent-escapes hide one (a link or a part name: "%30%31%30%31...") is given
 * back decoded, with the number masked.
 */
export function maskCpr(text: string): string {
  if (surelyNoCpr(text)) return text;
  if (mayHoldEscapes(text)) {
    const decoded = escapesDecoded(text);
    if (decoded !== text && containsCpr(decoded)) return maskCpr(decoded);
  }
  const worded = wordedRuns(text);
  if (worded.length > 0) {
    let out = '';
    let at = 0;
    for (const [start, end] of worded) {
      out += text.slice(at, start) + CPR_MASK;
      at = end;
    }
    return maskCpr(out + text.slice(at));
  }
  if (!mayHoldCpr(text)) return text;
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
  // A locale ([$-406], [$-da-DK]), a colour or a condition in brackets shows no currency; a currency
  // symbol in brackets ([$kr.-406], [$€-x-euro1]) does.
  const plain = fmt.indexOf('[') === -1 ? fmt : fmt.replace(/\[(?:\$-|[^$\]])[^\]]*\]/g, '');
  return /[,%$€£¥]|kr|dkk|eur|usd|\.[0#?]|e[+-]/i.test(plain) || isDateFormat(fmt);
}

/** A number (as a number cell holds it) that is a CPR number typed without formatting. */
export function isCprNumber(value: number, fmt?: string): boolean {
  if (!Number.isInteger(value) || value < 1e8 || value >= 1e10) return false;
  if (isAmountFormat(fmt)) return false;
  return isCprDigits(String(value).padStart(10, '0'));
}

/** A number cell's value that is a CPR number, or shows one through its format. */
function numberShowsCpr(value: number, fmt: string | undefined): boolean {
  return isCprNumber(Math.abs(value), fmt) || formatShowsCpr(value, fmt);
}

/**
 * Whether a number cell shows a CPR number through its format: 150190 formatted 000000"-1234" (or
 * 000000\-\1\2\3\4) shows 150190-1234, a date formatted dd.mm.yy"-1234" shows 15.01.90-1234, and
 * a date and time formatted ddmmyyhhmm (or ddmmyy-hhmm) shows 1501901234 at 12:34 on 15 January
 * 1990, though the number alone is none. Only a format that may show digits no value holds is
 * rendered (formatMayShowCpr); its first section, as Excel shows a positive number. Formats are
 * few in a workbook: each is parsed once.
 */
export function formatShowsCpr(value: number, fmt: string | undefined): boolean {
  if (fmt === undefined || !Number.isFinite(value)) return false;
  // A comma after the last digit code divides by a thousand ("0," shows 2308920942000 as 2308920942).
  // The scaled number is what the format's literals then stand beside (000000,"-1234").
  let scaled = Math.abs(value);
  let unscaled = fmt;
  if (fmt.indexOf(',') !== -1) {
    const k = scaleOf(fmt);
    if (k > 0) {
      scaled = Math.round(scaled / 1000 ** k);
      if (isCprNumber(scaled)) return true;
      // Its commas scale (scaleOf found no grouping, decimals or percentage): no amount's sign.
      unscaled = fmt.replace(/,/g, '');
    }
  }
  // A negative number is shown by the format's second section when it has one, without its sign.
  const tokens = (value < 0 ? formatTokens(fmt, 1) : null) ?? formatTokens(fmt, 0);
  if (tokens === null) return false;
  const shown = scaled;
  if (isDateFormat(fmt)) return containsCpr(shownDate(shown, tokens));
  // An amount's digits are grouped or followed by decimals: no run of six digits is shown.
  return !isAmountFormat(unscaled) && containsCpr(shownNumber(shown, tokens));
}

/**
 * How many thousands a number format's first section divides by: the commas right after its last
 * digit code ("0," one, "0,," two). 0 when it has none, or groups thousands (#,##0,), shows
 * decimals, a percentage, an exponent, or is a date: such a format shows no digits in a row.
 */
function scaleOf(fmt: string): number {
  let k = scaleCache.get(fmt);
  if (k === undefined) {
    k = 0;
    if (!isDateFormat(fmt)) {
      const codes = tokenize(fmt, 0).flatMap((t) => ('code' in t ? [t.code] : []));
      let last = -1;
      for (let i = 0; i < codes.length; i++) if (isSlot(codes[i] as string)) last = i;
      const trailing = codes.slice(last + 1);
      let n = 0;
      while (trailing[n] === ',') n++;
      const plain = !codes.slice(0, last).some((c) => /[,.%eE]/.test(c)) && !/[.%eE]/.test(trailing.join(''));
      if (last !== -1 && plain) k = n;
    }
    if (scaleCache.size >= 1000) scaleCache.clear();
    scaleCache.set(fmt, k);
  }
  return k;
}

const scaleCache = new Map<string, number>();

/**
 * Whether a text cell shows a CPR number through its format's text section: the fourth section, or
 * the section with @ in it, shows the text where the @ is, with the section's literals around it,
 * so the text 901234 formatted "0101"@ shows 0101901234, though neither holds one alone. Only a format with
 * a digit in a literal is rendered (parsed once; most text cells have no format at all).
 */
export function textFormatShowsCpr(text: string, fmt: string | undefined): boolean {
  if (fmt === undefined) return false;
  let tokens = textSectionCache.get(fmt);
  if (tokens === undefined) {
    tokens = /"[^"]*\d|\\\d/.test(fmt) ? textSection(fmt) : null;
    if (textSectionCache.size >= 1000) textSectionCache.clear();
    textSectionCache.set(fmt, tokens);
  }
  if (tokens === null) return false;
  let shown = '';
  for (const t of tokens) shown += 'literal' in t ? t.literal : t.code === '@' ? text : t.code;
  return containsCpr(shown);
}

const textSectionCache = new Map<string, readonly FormatToken[] | null>();

/** The section of a format that shows text (the fourth, or the one with @), or null when none does. */
function textSection(fmt: string): readonly FormatToken[] | null {
  let sections = 1;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') i = fmt.indexOf('"', i + 1) === -1 ? fmt.length : fmt.indexOf('"', i + 1);
    else if (ch === '\\') i++;
    else if (ch === ';') sections++;
  }
  const candidates = sections >= 4 ? [3] : Array.from({ length: sections }, (_, k) => k);
  for (const k of candidates) {
    const tokens = tokenize(fmt, k);
    if (tokens.some((t) => 'code' in t && t.code === '@'))
      return tokens.some((t) => 'literal' in t && /\d/.test(t.literal)) ? tokens : null;
  }
  return null;
}

/** A format's section as literals and placeholders; null when it has no literal digit. */
type FormatToken = { readonly literal: string } | { readonly code: string };

/**
 * Whether a number format may show a CPR number that no value it shows holds: a digit in a literal
 * (000000"-1234", \\1), or the codes of a date and a time of day that show one of its forms (six
 * digits in a row, or a date and four digits: ddmmyyhhmm, ddmmyy-hhmm, dd.mm.yy hhmm). A date or a
 * time written with separators (dd-mm-yyyy hh:mm) shows none, whatever the value. Cached: asked for
 * every number cell with a format, and of a chart's and a pivot table's formats (a few of those
 * are judged against every number: only the formats that may show one are counted).
 */
export function formatMayShowCpr(fmt: string): boolean {
  let known = mayShowCache.get(fmt);
  if (known === undefined) {
    known =
      /"[^"]*\d|\\\d/.test(fmt) ||
      (isDateFormat(fmt) && mayHoldCpr(shownDate(SAMPLE_TIME, tokenize(fmt, 0))));
    if (mayShowCache.size >= 1000) mayShowCache.clear();
    mayShowCache.set(fmt, known);
  }
  return known;
}

const mayShowCache = new Map<string, boolean>();

/** 27 December 1988 at 12:34:56: every code of a date format shows its most digits (two for d, m, h). */
const SAMPLE_TIME = 32504 + (12 * 3600 + 34 * 60 + 56) / 86_400;

/**
 * A date format's section as runs: literals (an AM/PM marker among them, as shown), and runs of one
 * code (d, m, y, h, s, another letter; a code that is no letter stands alone, as written).
 */
function dateRuns(tokens: readonly FormatToken[]): ({ literal: string } | { code: string; n: number })[] {
  const runs: ({ literal: string } | { code: string; n: number })[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as FormatToken;
    if ('literal' in t) {
      runs.push(t);
      i++;
      continue;
    }
    const c = t.code.toLowerCase();
    const ampm = c === 'a' ? amPmAt(tokens, i) : 0;
    if (ampm > 0) {
      runs.push({ literal: ampm === 5 ? 'AM' : 'A' });
      i += ampm;
      continue;
    }
    let n = 1;
    while (i + n < tokens.length) {
      const u = tokens[i + n] as FormatToken;
      if (!('code' in u) || u.code.toLowerCase() !== c || !/[a-z]/.test(c)) break;
      n++;
    }
    runs.push({ code: c, n });
    i += n;
  }
  return runs;
}

/** The length of an AM/PM (5) or A/P (3) marker at tokens[i], or 0. */
function amPmAt(tokens: readonly FormatToken[], i: number): number {
  const codes = tokens
    .slice(i, i + 5)
    .map((t) => ('code' in t ? t.code.toLowerCase() : '\u0000'))
    .join('');
  return codes.startsWith('am/pm') ? 5 : codes.startsWith('a/p') ? 3 : 0;
}

const formatTokenCache = new Map<string, readonly FormatToken[] | null>();

function formatTokens(fmt: string, section: 0 | 1): readonly FormatToken[] | null {
  const key = section === 0 ? fmt : `${fmt}\u0000`;
  let known = formatTokenCache.get(key);
  if (known === undefined) {
    known = formatMayShowCpr(fmt) ? tokenize(fmt, section) : null;
    if (known !== null && known.length === 0) known = null;
    if (formatTokenCache.size >= 1000) formatTokenCache.clear();
    formatTokenCache.set(key, known);
  }
  return known;
}

function tokenize(fmt: string, section: number): FormatToken[] {
  const tokens: FormatToken[] = [];
  let at = 0;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i] as string;
    if (ch === ';') {
      if (at === section) break;
      at++;
      continue;
    }
    if (at !== section) {
      if (ch === '"') i = fmt.indexOf('"', i + 1) === -1 ? fmt.length : fmt.indexOf('"', i + 1);
      else if (ch === '\\') i++;
      continue;
    }
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      const stop = end === -1 ? fmt.length : end;
      tokens.push({ literal: fmt.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\' && i + 1 < fmt.length) {
      tokens.push({ literal: fmt[i + 1] as string });
      i++;
    } else if (ch === '[') {
      // A colour, a condition or a locale: no text shown.
      const end = fmt.indexOf(']', i + 1);
      i = end === -1 ? fmt.length : end;
    } else if (ch === '_' || ch === '*') {
      i++; // a space the width of the next character, or a fill: no digit shown
    } else if ((ch === 'G' || ch === 'g') && fmt.slice(i, i + 7).toLowerCase() === 'general') {
      // General among literals (General" kr."): the number as General shows it.
      tokens.push({ code: 'General' });
      i += 6;
    } else {
      tokens.push({ code: ch });
    }
  }
  return tokens;
}

/** An integer's digits put into a format's 0 / # / ? placeholders, literals kept. */
function shownNumber(value: number, tokens: readonly FormatToken[]): string {
  const digits = String(Math.round(value));
  const slots = tokens.filter((t) => 'code' in t && isSlot(t.code)).length;
  const extra = digits.length - slots; // > 0: the first slot shows the digits left over too
  let out = '';
  let slot = 0;
  for (const t of tokens) {
    if ('literal' in t) out += t.literal;
    else if (t.code === 'General') out += asGeneral(value);
    else if (isSlot(t.code)) {
      const at = slot + extra;
      if (at < 0) out += t.code === '0' ? '0' : t.code === '?' ? ' ' : '';
      else out += slot === 0 ? digits.slice(0, at + 1) : (digits[at] ?? '');
      slot++;
    } else if (!/[.,%eE]/.test(t.code)) out += t.code;
  }
  return out;
}

/** A number as the General format shows it: up to eleven characters, ten significant digits. */
function asGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

function isSlot(code: string): boolean {
  return code === '0' || code === '#' || code === '?';
}

/**
 * A date serial shown through a date format's codes, literals kept: the day, month and year, and
 * the time of day (hours, minutes, seconds; 12-hour with AM/PM). An m is the minutes after an h or
 * before an s, as Excel reads it; a month's or a day's name shows no digits (a space here).
 */
function shownDate(value: number, tokens: readonly FormatToken[]): string {
  // The time to the second, as Excel shows it (12:34 is stored as 0.52361...).
  const seconds = Math.round(value * 86_400);
  const day = Math.floor(seconds / 86_400);
  let iso: string;
  try {
    iso = excelSerialToIso(day, false);
  } catch {
    return '';
  }
  const [y = '', m = '', d = ''] = iso.split('-');
  const time = seconds - day * 86_400;
  const runs = dateRuns(tokens);
  const twelve = runs.some((r) => 'literal' in r && (r.literal === 'AM' || r.literal === 'A'));
  const hour24 = Math.floor(time / 3600);
  const hours = twelve ? ((hour24 + 11) % 12) + 1 : hour24;
  const pm = hour24 >= 12;
  const two = (n: number): string => String(n).padStart(2, '0');
  // The code runs around each run (literals passed over): an m after an h or before an s is minutes.
  const codeAt = (k: number, step: 1 | -1): string | undefined => {
    for (let j = k + step; j >= 0 && j < runs.length; j += step) {
      const r = runs[j] as (typeof runs)[number];
      if ('code' in r && /[a-z]/.test(r.code)) return r.code;
    }
    return undefined;
  };
  let out = '';
  runs.forEach((r, k) => {
    if ('literal' in r) {
      out += r.literal === 'AM' ? (pm ? 'PM' : 'AM') : r.literal === 'A' ? (pm ? 'P' : 'A') : r.literal;
      return;
    }
    const { code: c, n } = r;
    if (c === 'y') out += n <= 2 ? y.slice(-2) : y;
    else if (c === 'm' && n <= 2 && (codeAt(k, -1) === 'h' || codeAt(k, 1) === 's')) {
      const minutes = Math.floor((time % 3600) / 60);
      out += n === 1 ? String(minutes) : two(minutes);
    } else if (c === 'm') out += n === 1 ? String(Number(m)) : n === 2 ? m : ' ';
    else if (c === 'd') out += n === 1 ? String(Number(d)) : n === 2 ? d : ' ';
    else if (c === 'h') out += n === 1 ? String(hours) : two(hours);
    else if (c === 's') out += n === 1 ? String(time % 60) : two(time % 60);
    else if (!/[a-z]/.test(c)) out += c.repeat(n);
    else out += ' ';
  });
  return out;
}

/**
 * A CPR number masked in every string of a JSON-like value (objects and arrays walked, numbers and
 * booleans kept), for output that quotes the workbook: issues, unmapped values, checks. Besides what
 * maskCpr masks, a run of nine digits whose ten-digit form (with its leading zero back) is a CPR
 * number is masked too: a number cell's value quoted as text has lost its zero. The value is never
 * changed: what holds something to mask is copied, everything else is returned as it is.
 */
export function maskCprDeep<T>(value: T): T {
  return maskDeep(value) as T;
}

const NINE_DIGITS = /(?<![\p{L}\d.,])\d{9}(?![\p{L}\d]|[.,]\d)/gu;

/**
 * A text for output with its CPR numbers masked, also a nine-digit run whose ten-digit form is one
 * (a number cell's value that lost its leading zero, quoted as text).
 */
export function maskCprText(text: string): string {
  return maskOutputText(text);
}

function maskOutputText(text: string): string {
  // Most texts hold no six digits in a row, no escape and no digit words (round 25: maskCpr masks a
  // number in digit words): they are returned as they are, without allocating.
  if (surelyNoCpr(text)) return text;
  const masked = maskCpr(text);
  if (!/\d{9}/.test(masked)) return masked;
  return masked.replace(NINE_DIGITS, (run) => (isCprDigits(`0${run}`) ? CPR_MASK : run));
}

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskOutputText(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const m = maskDeep(v);
      if (m !== v) (out ??= value.slice())[i] = m;
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    // for-in, not Object.entries: no array per object (inspections hold tens of thousands).
    for (const k in object) {
      if (!Object.prototype.hasOwnProperty.call(object, k)) continue;
      const v = object[k];
      const m = maskDeep(v);
      if (m !== v) (out ??= { ...object })[k] = m;
    }
    return out ?? value;
  }
  return value;
}

/** A cell whose value (of any type: text, number, error, a formula's result) looks like a CPR number. */
function cellFinding(cell: GridCell): Pick<CprFinding, 'where' | 'detail'> | undefined {
  const v = cell.v;
  if (typeof v === 'number') {
    if (isCprNumber(Math.abs(v), cell.fmt))
      return cell.formula ? { where: 'number', detail: 'formula' } : { where: 'number' };
    if (formatShowsCpr(v, cell.fmt)) return { where: 'cell' };
  } else if (typeof v === 'string') {
    if (containsCpr(v)) {
      if (cell.formula) return { where: 'cell', detail: 'formula' };
      return onlyLostZero(v) ? { where: 'cell', detail: 'lostZero' } : { where: 'cell' };
    }
    if (textFormatShowsCpr(v, cell.fmt)) return { where: 'cell' };
  }
  return undefined;
}

/**
 * Whether a cell holds the number alone (so that a label beside it can name it): a number, or its
 * digits in a row (spaces allowed); not written as a CPR number is written (010190-1234, see collect).
 */
function holdsNumberAlone(cell: GridCell): boolean {
  return (
    typeof cell.v === 'number' ||
    (typeof cell.v === 'string' && BARE.test(cell.v) && !/[^\d\s\u00a0]/.test(cell.v))
  );
}

function isLabel(cell: GridCell | undefined): boolean {
  if (cell === undefined || typeof cell.v !== 'string') return false;
  return LABEL_CELL.test(cell.v) && !NAMES_CPR.test(cell.v);
}

/** Words, not a number: what a header or a label is made of. */
function hasWords(cell: GridCell): boolean {
  return typeof cell.v === 'string' && /[a-zæøå]/i.test(cell.v);
}

/**
 * A cell holding a number alone that a label beside it names as another kind of number: the
 * nearest cell to its left, or its column's header (the nearest cell above with words in it).
 */
function labelledBeside(index: SheetIndex, cell: GridCell): boolean {
  if (!holdsNumberAlone(cell)) return false;
  for (let c = cell.c - 1; c >= 0; c--) {
    const left = index.get(cell.r, c);
    if (left !== undefined) {
      if (isLabel(left)) return true;
      break;
    }
  }
  for (let r = cell.r - 1; r >= 0; r--) {
    const above = index.get(r, cell.c);
    if (above !== undefined && hasWords(above)) return isLabel(above);
  }
  return false;
}

/**
 * Whether a formula's text holds a CPR number, also one that it writes in pieces joined with & or
 * given to CONCATENATE, CONCAT or TEXTJOIN ("DDMMYY"&"SSSS", "DDMM"&YYSSSS,
 * CONCATENATE("DDMMYY";"SSSS"), TEXT(DDMMYY;"six zeros")&"-SSSS"): the pieces joined are what the
 * formula shows; or one that a link it makes sends as percent-escapes.
 */
export function formulaHasCpr(text: string, named?: NamedValues): boolean {
  // Round 23: a number literal with decimals outside quotes (=101190.1234*2) is a number, judged as
  // the same number typed in a cell (an amount, not a number written with a dot for its dash).
  if (containsCpr(text) && (text.indexOf('.') === -1 || containsCpr(numbersAsTyped(text)))) return true;
  // A defined name that stands for a value, joined or called (Foed&"-1234" over a name Foed that
  // holds the date as text, Cpr(...) over a LAMBDA): read with the names' values.
  if (named !== undefined && named.mentioned(text) && formulaMakes(text, named.reading)) return true;
  // A link it makes (HYPERLINK("https://...?q=%30%31...")) is read with its escapes decoded.
  if (text.indexOf('%') !== -1 && containsCpr(percentDecoded(text))) return true;
  // A text function that cuts, repeats or makes characters (REPLACE, MID, SUBSTITUTE, REPT, CHAR ...):
  // the formula is read as Excel calculates it (core/validate/formulaText.ts).
  // Arithmetic whose result is the number (40892*10000+925 in a defined name, INT, MOD, ^), or an
  // array constant a lookup picks a piece from (INDEX({"0708";"1108"};2)&"92-0955"): the same
  // reading, for a formula with a number literal large enough to make one, or with an array.
  if (
    (TEXT_FUNCTIONS.test(text) || mayComputeNumber(text) || text.indexOf('{') !== -1) &&
    formulaMakes(text, FORMULA_READING)
  )
    return true;
  if (text.indexOf('"') === -1) return false;
  let joined = text;
  // TEXT(number; "format") is the text its format shows (10190 in six zeros: 010190), a piece like any other.
  if (/text\s*\(/i.test(text))
    joined = joined.replace(TEXT_CALL, (_m, n: string, fmt: string) => `"${shownBy(Number(n), fmt)}"`);
  if (text.indexOf('&') !== -1) joined = joined.replace(/"\s*&\s*"|"\s*&\s*(?=\d)|(?<=\d)\s*&\s*"/g, '');
  // CONCATENATE("DDMMYY";"SSSS"), CONCAT, TEXTJOIN("";TRUE;...): the pieces as arguments.
  if (/concat|textjoin/i.test(text))
    joined = joined.replace(/"\s*[,;]\s*"|"\s*[,;]\s*(?=\d)|(?<=\d)\s*[,;]\s*"/g, '');
  return joined !== text && containsCpr(joined);
}

/** A number literal with decimals in a formula, not part of a name, a reference or a sheet's name. */
const DECIMAL_LITERAL = /(?<![\w.$!:'\\])\d+\.\d+(?:e[+-]?\d+)?(?![\w.'!:(])/gi;

/**
 * A formula's text with each number literal with decimals outside its quoted texts read as the
 * number it is (round 23): one a number cell of that value would be refused for stays as its
 * digits, any other (an amount, 101190.1234) is read as 0. Texts in quotes are kept as written.
 */
function numbersAsTyped(formula: string): string {
  return formula
    .split('"')
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(DECIMAL_LITERAL, (lit) => {
            const v = Math.abs(Number(lit));
            return Number.isInteger(v) && isCprNumber(v) ? String(v) : '0';
          }),
    )
    .join('"');
}

/** How a formula's values are judged: a text as any text, a number as a number cell's value. */
const FORMULA_READING: FormulaReading = {
  judge: (v) => (typeof v === 'string' ? containsCpr(v) : isCprNumber(Math.abs(v))),
  text: (v, fmt) => shownBy(v, fmt),
};

/**
 * How to read formulas whose cells are known, for formulaWithCellsHasCpr: "B2&C2" over 170288 and
 * 1262, "0"&B2&"0288"&... over a number cell show CPR numbers. `cell` gives a cell's value by its
 * reference as written (A1, $B$2), undefined when not known. Made once, used for many formulas.
 */
export function cellsReading(
  cell: (ref: string) => string | number | undefined,
  range?: (ref: string) => RangeValue | undefined,
  spill?: (ref: string) => RangeValue | undefined,
): FormulaReading {
  return {
    ...FORMULA_READING,
    cell,
    ...(range === undefined ? {} : { range }),
    ...(spill === undefined ? {} : { spill }),
  };
}

/** Whether a formula shows a CPR number, read with the cells `reading` knows (see cellsReading). */
export function formulaWithCellsHasCpr(formula: string, reading: FormulaReading): boolean {
  return formulaMakes(formula, reading);
}

/** TEXT(number; "format") with a literal number and format. */
const TEXT_CALL = /\bTEXT\s*\(\s*(\d{1,15}(?:\.\d+)?)\s*[,;]\s*"([^"]*)"\s*\)/gi;

/** A number as a format shows it (its first section; a date format as a date). */
function shownBy(value: number, fmt: string): string {
  const tokens = tokenize(fmt, 0);
  return isDateFormat(fmt) ? shownDate(value, tokens) : shownNumber(value, tokens);
}

/**
 * The defined names of a workbook that stand for a value rather than a reference: a text or a
 * number, an array constant, a formula of literals, a LAMBDA (Name Manager). A formula that names
 * one is read with its value: Foed&"-1234" over a name Foed that holds the date as text shows a
 * CPR number, and so does Cpr(date) over Cpr = LAMBDA(x; x&"-1234"). Names that refer to cells are
 * left to the readers that know the cells (recalc.ts).
 */
export interface NamedValues {
  /** Whether a formula's text names one of them (a cheap look before it is read). */
  readonly mentioned: (formula: string) => boolean;
  readonly reading: FormulaReading;
}

/** A defined name's value that is a reference to cells (Ark1!$B$2, 'Plan 2026'!$A$1:$C$9). */
const NAMED_REFERENCE =
  /^=?(?:'(?:[^']|'')+'|[^'!:[\]]+)!\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?$/i;
/** At most this many names are looked for in formulas (more: the first). */
const MAX_NAMED_VALUES = 500;

/**
 * The workbook's names that stand for a value, for formulaHasCpr; undefined when it has none (most
 * workbooks: a print area, a list's range). A name of the workbook is preferred to a sheet's of
 * the same name. Each value is worked out once, when first asked for.
 */
export function namedValues(
  names: readonly { readonly name: string; readonly value: string; readonly sheet?: string }[],
): NamedValues | undefined {
  const byName = new Map<string, string>();
  for (const n of names) {
    if (byName.size >= MAX_NAMED_VALUES) break;
    const key = n.name.toLowerCase();
    const value = n.value.trim();
    if (key.startsWith('_xlnm.') || value === '' || NAMED_REFERENCE.test(value) || /#REF!/i.test(value))
      continue;
    if (!byName.has(key) || n.sheet === undefined) byName.set(key, value);
  }
  if (byName.size === 0) return undefined;
  const escaped = [...byName.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const mention = new RegExp(`(?<![\\p{L}\\p{N}_.\\\\])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_.!])`, 'iu');
  const values = new Map<string, FormulaValue | RangeValue | Lambda>();
  const valueOf = (name: string): FormulaValue | RangeValue | Lambda | null => {
    const key = name.toLowerCase();
    const formula = byName.get(key);
    if (formula === undefined) return undefined;
    if (!values.has(key)) {
      // Set first: a name whose value names itself is not known (no loop).
      values.set(key, undefined);
      values.set(key, nameValue(formula.replace(/^=/, ''), { name: valueOf }));
    }
    return values.get(key);
  };
  return { mentioned: (formula) => mention.test(formula), reading: { ...FORMULA_READING, name: valueOf } };
}

/** A defined name's value: formula text, or a constant such as ="0101901234" or =101901234. */
function definedValueHasCpr(value: string, named?: NamedValues): boolean {
  if (formulaHasCpr(value, named)) return true;
  const constant = /^=?\s*(\d{9,10})\s*$/.exec(value);
  return constant?.[1] !== undefined && isCprNumber(Number(constant[1]));
}

/**
 * Places the intake reports that mirror a place the grid itself holds: a finding there is not
 * repeated when the grid's own check found that place (same sheet, and same cell where the place
 * has one). A formula with a cached result, a hyperlink's target applied to its cells, a comment
 * (and Excel's placeholder note beside a threaded comment), a drawing's or table's name, a property;
 * a table's part (its calculated column's formula, which the column's cells carry) where a cell
 * inside the table was found by its formula.
 */
const MIRRORS: Partial<Record<GridTextPlace, readonly CprWhere[]>> = {
  formula: ['cell', 'number'],
  cellValue: ['cell', 'number'],
  cellHidden: ['cell', 'number'],
  hyperlink: ['cell'],
  comment: ['comment'],
  drawingName: ['drawing'],
  tableName: ['tableName'],
  table: ['cell', 'number'],
  property: ['property'],
};

/** Whether a cell (B2) lies inside a range (A1:B2). */
function inside(cell: string, range: string): boolean {
  const at = parseA1(cell);
  const area = parseRange(range);
  return (
    at !== undefined &&
    area !== undefined &&
    at.r >= area.s.r &&
    at.r <= area.e.r &&
    at.c >= area.s.c &&
    at.c <= area.e.c
  );
}

function mirrored(found: readonly CprFinding[], t: GridTextFinding, sheetName: string): boolean {
  // Excel lists the sheet names and the print ranges' names in the TitlesOfParts property.
  const wheres: readonly CprWhere[] | undefined =
    t.kind === 'property' && t.name === 'TitlesOfParts'
      ? ['property', 'sheetName', 'definedName']
      : MIRRORS[t.kind];
  if (wheres === undefined) return false;
  return found.some(
    (f) =>
      wheres.includes(f.where) &&
      (t.sheet === '' || f.sheet === sheetName) &&
      (t.kind === 'table'
        ? f.detail === 'formula' && inside(f.cell, t.cell)
        : t.cell === '' || f.cell === '' || f.cell === t.cell || t.kind === 'tableName'),
  );
}

/**
 * Every place in the workbook that holds something that looks like a CPR number: cell values of
 * every type (text, numbers, errors, formula results), hyperlink targets, comments, sheet names,
 * table names, drawing names, defined names (name and value), document properties, and every other
 * place the intake found in the package (grid.textFindings: headers and footers, validations,
 * charts, text boxes, zip comments, ...), on visible, hidden and very hidden sheets alike. One
 * finding per place; the number itself is never returned.
 */
/** A dash a person types between the date and the serial (see CPR_SEPARATOR). */
const PIECE_DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d]';
/** The date of a CPR number alone in a cell, a dash after it or not (010190, or 010190 and a dash). */
const DATE_PIECE = new RegExp(`^[ \u00a0]*(\\d{6})[ \u00a0]*(${PIECE_DASH})?[ \u00a0]*$`);
/** The serial alone in a cell, a dash before it or not ("-1234", "1234"). */
const SERIAL_PIECE = new RegExp(`^[ \u00a0]*(${PIECE_DASH})?[ \u00a0]*(\\d{4})[ \u00a0]*$`);

/**
 * A cell's value as one piece of a CPR number cut over two cells: its digits, and whether a dash
 * stands on the side that meets the other piece. A number cell counts as it shows without a
 * format of its own (a date of six digits keeps five when its first is a zero; a serial typed
 * "-1234" is the number -1234); one formatted as an amount or a date is no piece. A text is read
 * as a reader sees it (full-width digits and the like folded).
 */
function cellPiece(
  v: unknown,
  fmt: string | undefined,
  date: boolean,
): { digits: string; dash: boolean } | undefined {
  if (typeof v === 'string') {
    if (v.length < 4 || v.length > 12) return undefined;
    const text = needsFold(v) ? fold(v).text : v;
    const m = (date ? DATE_PIECE : SERIAL_PIECE).exec(text);
    if (m === null) return undefined;
    return date
      ? { digits: m[1] as string, dash: m[2] !== undefined }
      : { digits: m[2] as string, dash: m[1] !== undefined };
  }
  if (typeof v !== 'number' || !Number.isInteger(v)) return undefined;
  // A number whose own format adds text (a literal dash, a date's digits) is the piece it shows:
  // ddmmyy on a date shows 151186, "-"0000 on 1415 shows -1415.
  if (fmt !== undefined && (date ? v <= 2_958_465 : Math.abs(v) <= 9999)) {
    const shown = shownPiece(v, fmt, date);
    if (shown !== undefined) return cellPiece(shown, undefined, date);
  }
  if (isAmountFormat(fmt)) return undefined;
  if (date)
    return v >= 10_000 && v <= 999_999 ? { digits: String(v).padStart(6, '0'), dash: false } : undefined;
  const n = Math.abs(v);
  return n >= 1000 && n <= 9999 ? { digits: String(n), dash: v < 0 } : undefined;
}

/**
 * A number as its own format shows it, where the format adds text to its digits: a literal (a
 * quoted text, an escaped character, a dash), zeros before it (`0000` shows 42 as 0042) or, for the
 * date's piece, a date's codes. Undefined where the number shows as it is (General, 0) or as an amount, and for a date format on the
 * serial's side (a year is no serial). Each format's first two sections are parsed once.
 */
function shownPiece(v: number, fmt: string, date: boolean): string | undefined {
  const dated = isDateFormat(fmt);
  if (dated ? !date : (!/["\\-]/.test(fmt) && (date || !ZERO_PAD.test(fmt))) || isAmountFormat(fmt))
    return undefined;
  const section = v < 0 && fmt.indexOf(';') !== -1 ? 1 : 0;
  const key = section === 0 ? fmt : `${fmt}\u0000`;
  let tokens = pieceTokenCache.get(key);
  if (tokens === undefined) {
    tokens = tokenize(fmt, section);
    if (pieceTokenCache.size >= 1000) pieceTokenCache.clear();
    pieceTokenCache.set(key, tokens);
  }
  if (dated) return shownDate(v, tokens);
  // A format of one section shows a negative number with its minus sign.
  return (v < 0 && section === 0 ? '-' : '') + shownNumber(Math.abs(v), tokens);
}

const pieceTokenCache = new Map<string, readonly FormatToken[]>();

/**
 * A format that pads a whole number with zeros (`0000`: 42 shows 0042, as a serial below 1000 is
 * kept): read on the serial's side (a date's piece of six digits gets its zero back anyway).
 */
const ZERO_PAD = /^0{2,}(?:;|$)/;

/** A date typed as a text with separators: day, month, year (two digits or four). */
const DATE_TEXT_PIECE = /^[ \u00a0]*(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})[ \u00a0]*$/;

/**
 * A date as the date piece of a number cut over two cells, its DDMMYY and the year when written
 * whole: a date cell (a number in a date format), or a date typed as a text with separators
 * (`01.07.1988`, `1-7-88`). Only where a header names the pieces (see pairUnderCprHeader): a date
 * beside a count is two values.
 */
function datedPiece(
  v: unknown,
  fmt: string | undefined,
  date1904: boolean,
): { digits: string; year?: number } | undefined {
  if (typeof v === 'string') {
    if (v.length < 6 || v.length > 14) return undefined;
    const m = DATE_TEXT_PIECE.exec(needsFold(v) ? fold(v).text : v);
    if (m === null) return undefined;
    const year = m[4] as string;
    const digits = `${(m[1] as string).padStart(2, '0')}${(m[3] as string).padStart(2, '0')}${year.slice(-2)}`;
    return year.length === 4 ? { digits, year: Number(year) } : { digits };
  }
  // Excel's last day, 31 December 9999, is serial 2958465 (1462 less in the 1904 date system).
  if (
    typeof v !== 'number' ||
    !Number.isInteger(v) ||
    v < 1 ||
    v > (date1904 ? 2_958_465 - 1462 : 2_958_465) ||
    !isDateFormat(fmt)
  )
    return undefined;
  const [y = '', m = '', d = ''] = excelSerialToIso(v, date1904).split('-');
  return { digits: `${d}${m}${y.slice(-2)}`, year: Number(y) };
}

/** Whether six digits can be the date of a CPR number in some century (a cheap look first). */
function mayBeCprDate(six: string): boolean {
  const day = Number(six.slice(0, 2));
  const month = Number(six.slice(2, 4));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

/**
 * Whether two cells side by side in a row (the right one in the next column, or the next shown:
 * shownSideBySide) read together as a CPR number cut in two: the date alone in the left, the serial
 * alone in the right, and one dash between them, at the end of the left or the start of the right
 * (010190 beside -1234): 'dash'.
 * The dash is what makes it one number cut in two; without it the two are two numbers (a date
 * written as six digits and a count, an amount and an amount), as a reader takes them — unless a
 * header or a label says what they are: 'bare' (the date alone, also a date cell, and the serial
 * alone, no dash), judged by pairUnderCprHeader.
 */
function splitOverCells(
  left: unknown,
  leftFmt: string | undefined,
  right: unknown,
  rightFmt: string | undefined,
  date1904: boolean,
): 'dash' | 'bare' | undefined {
  // The serial first: four digits alone are rarer than a date (every plan has date columns).
  const s = cellPiece(right, rightFmt, false);
  if (s === undefined) return cutInsideDate(left, leftFmt, right, rightFmt) ? 'dash' : undefined;
  const d = cellPiece(left, leftFmt, true);
  const dated = d === undefined ? datedPiece(left, leftFmt, date1904) : undefined;
  const digits = d?.digits ?? dated?.digits;
  if (digits === undefined) return cutInsideDate(left, leftFmt, right, rightFmt) ? 'dash' : undefined;
  if (!mayBeCprDate(digits) || !isCprDigits(digits + s.digits)) return undefined;
  // A date with its year whole is the serial's century (1988 and 1xxx, not 2xxx).
  if (dated?.year !== undefined && centuryYear(dated.year % 100, Number(s.digits[0])) !== dated.year)
    return undefined;
  if (d !== undefined && d.dash !== s.dash) return 'dash';
  return (d?.dash ?? false) || s.dash ? undefined : 'bare';
}

/**
 * Round 27: two number cells side by side whose own formats (zeros, a literal dash) show together
 * a CPR number cut inside its date: "0306" beside "89-2703", "04068" beside "9-2704" — the date's
 * digits, one dash and the serial in the two as shown, nothing else. Cheap: two whole numbers, each
 * with a format of its own.
 */
function cutInsideDate(
  left: unknown,
  leftFmt: string | undefined,
  right: unknown,
  rightFmt: string | undefined,
): boolean {
  if (
    typeof left !== 'number' ||
    typeof right !== 'number' ||
    leftFmt === undefined ||
    rightFmt === undefined
  )
    return false;
  if (!Number.isInteger(left) || !Number.isInteger(right) || left < 0 || right < 0) return false;
  if (left > 99_999 || right > 99_999_999) return false;
  const a = shownPiece(left, leftFmt, false);
  if (a === undefined || !/^\d{1,5}$/.test(a)) return false;
  const b = shownPiece(right, rightFmt, false);
  if (b === undefined) return false;
  const m = CUT_DATE.exec(a + b);
  return m !== null && isCprDigits(`${m[1] ?? ''}${m[2] ?? ''}`);
}
const CUT_DATE = /^(\d{6})-(\d{4})$/;

/**
 * Round 27: whether two texts shown side by side (a chart's neighbouring data labels or category
 * labels) read together as a CPR number cut in two, as two cells side by side are: the date alone
 * in the first, the serial alone in the second, one dash between them (splitOverCells' 'dash').
 */
export function piecesCutInTwo(left: string, right: string): boolean {
  return splitOverCells(left, undefined, right, undefined, false) === 'dash';
}

/**
 * A header or label that names a CPR number (not a P-number: "p-nr" is a workplace's), also in the
 * short form forms print ("Pers.nr.", "Pers. nr."; not a contact person's "Kontaktpers.").
 */
const NAMES_CPR_HEADER =
  /cpr|person\s?-?\s?n(?:r|ummer|umre)|(?:^|[^a-zæøå])pers\.?\s?-?\s?nr|civil registration|social security/i;
/** A header that names a birth date. */
const NAMES_BIRTH =
  /f(?:ø|oe|o)dsels(?:dato|dag)|(?:^|[^a-zæøå])f(?:ø|oe)dt(?![a-zæøå])|birth|(?:^|[^a-z])dob(?![a-z])/i;
/** A header that names the serial, the four digits after the date. */
const NAMES_SERIAL =
  /l(?:ø|oe|o)be\s?-?\s?n(?:r|ummer)|sidste\s*(?:4|fire)|(?:4|fire)\s*sidste|kontrol\s?-?\s?cifre|last\s*(?:4|four)/i;
/**
 * A birth date and its serial in one text, each after a label that names it, as a form's answers
 * pasted into one cell give them ("Fødselsdato: 090187⏎Løbenr.: 1609", "CPR: født 100187, sidste
 * fire 1610"): the columns of pairUnderCprHeader, in a text. A label naming a birth date or a CPR
 * number at most 20 characters before six digits in a row (the date), then no digit but the serial's
 * label (at most 30 characters before it), then the four digits. A date and a count ("Mødedato:
 * 090187, antal 1633"), a case's date and running number ("Dato 090187, løbenr. 1609") stay two.
 * A date with separators is read by LABELLED_DATED_PIECES. The match starts at the
 * date: the labels stay where a text is masked.
 */
const LABELLED_PIECES = new RegExp(
  `(?<=(?:${NAMES_BIRTH.source}|${NAMES_CPR_HEADER.source})\\D{0,20})(?<!\\d)(\\d{6})(?!\\d)\\D{0,30}?(?:${NAMES_SERIAL.source})\\D{0,12}?(?<!\\d)(\\d{4})`,
  'gi',
);

/**
 * The whole number written in five pairs, one mark between each and the same mark throughout,
 * after a label that names a CPR number (at most 16 characters before it): "CPR 15 03 90 12 34",
 * "Personnr. 15-03-90-12-34", "CPR: 15.03.90.12.34", as a form with boxes of two is copied out.
 * Pairs without such a label stay pairs (a phone number's way, a list of codes), and a sixth pair
 * after them makes them no CPR number.
 */
const LABELLED_PAIRS = new RegExp(
  `(?<=(?:${NAMES_CPR_HEADER.source})\\D{0,16})(?<!\\d)(\\d\\d)([ \u00a0.-])(\\d\\d)\\2(\\d\\d)\\2(\\d\\d)\\2(\\d\\d)(?!\\d|\\2\\d)`,
  'gi',
);

/** A LABELLED_PAIRS match whose pairs make a CPR number. */
function labelledPairsCpr(m: RegExpExecArray): boolean {
  return isCprDigits(`${m[1] ?? ''}${m[3] ?? ''}${m[4] ?? ''}${m[5] ?? ''}${m[6] ?? ''}`);
}

/** A LABELLED_PIECES match whose date and serial make a CPR number. */
function labelledCpr(m: RegExpExecArray): boolean {
  return isCprDigits(`${m[1] ?? ''}${m[2] ?? ''}`);
}

/**
 * LABELLED_PIECES with the birth date written with separators, one or two digits for the day and
 * the month and two or four for the year ("Født 9.1.87, løbenr. 1609", "Fødselsdato 09-01-1987,
 * sidste fire 1609"). The same labels and limits; a date of no day stays a date.
 */
const LABELLED_DATED_PIECES = new RegExp(
  `(?<=(?:${NAMES_BIRTH.source}|${NAMES_CPR_HEADER.source})\\D{0,20})(?<!\\d)(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)\\D{0,30}?(?:${NAMES_SERIAL.source})\\D{0,12}?(?<!\\d)(\\d{4})`,
  'gi',
);

/** A LABELLED_DATED_PIECES match whose date (day, month, the year's last two digits) and serial make a CPR number. */
function labelledDatedCpr(m: RegExpExecArray): boolean {
  const two = (x: string | undefined): string => (x ?? '').padStart(2, '0');
  return isCprDigits(`${two(m[1])}${two(m[3])}${(m[4] ?? '').slice(-2)}${m[5] ?? ''}`);
}

/** How many rows above a piece its column's header is looked for. */
const HEADER_ROWS = 50;

/**
 * Whether a date and a serial side by side without a dash (splitOverCells' 'bare') are one CPR
 * number because the sheet says so, as a careful reader takes a list of participants: a header
 * above either column (within 50 rows, a merged header over it too) names a CPR number
 * ("CPR-nr.", "Personnummer"), or the left column's names a birth date and the right one's the
 * serial ("Fødselsdato" | "Løbenr."), also a table's column names where its header row is turned
 * off, or the label left of them in the row names a CPR number
 * ("Barnets CPR-nr.:" and two boxes). A date beside a count ("Dato" | "Antal"), a birth date
 * beside anything else, a case's running number beside a date ("Dato" | "Løbenr.") stay two.
 */
function pairUnderCprHeader(sheet: GridSheet, index: SheetIndex, r: number, c: number, rc: number): boolean {
  const textAt = (rr: number, cc: number): string | undefined => {
    let cell = index.get(rr, cc);
    if (cell === undefined) {
      const m = sheet.merges.find((g) => g.s.r <= rr && rr <= g.e.r && g.s.c <= cc && cc <= g.e.c);
      if (m !== undefined) cell = index.get(m.s.r, m.s.c);
    }
    return cell !== undefined && typeof cell.v === 'string' && /\p{L}/u.test(cell.v) ? cell.v : undefined;
  };
  // The label to the left in the row (the nearest cell with a text).
  for (let cc = c - 1; cc >= 0 && cc >= c - 3; cc--) {
    const label = textAt(r, cc);
    if (label !== undefined) {
      if (NAMES_CPR_HEADER.test(label)) return true;
      break;
    }
  }
  let birth = false;
  let serial = false;
  // A table whose header row is turned off keeps its column names in its part alone.
  for (const t of sheet.tables) {
    if (t.hiddenHeader === undefined || r < t.ref.s.r || r > t.ref.e.r) continue;
    const left = t.hiddenHeader[c - t.ref.s.c] ?? '';
    const right = t.hiddenHeader[rc - t.ref.s.c] ?? '';
    if (NAMES_CPR_HEADER.test(left) || NAMES_CPR_HEADER.test(right)) return true;
    birth ||= NAMES_BIRTH.test(left);
    serial ||= NAMES_SERIAL.test(right);
  }
  for (let rr = r - 1; rr >= 0 && rr >= r - HEADER_ROWS; rr--) {
    const left = textAt(rr, c);
    const right = textAt(rr, rc);
    if (
      (left !== undefined && NAMES_CPR_HEADER.test(left)) ||
      (right !== undefined && NAMES_CPR_HEADER.test(right))
    )
      return true;
    if (left !== undefined && NAMES_BIRTH.test(left)) birth = true;
    if (right !== undefined && NAMES_SERIAL.test(right)) serial = true;
    if (birth && serial) return true;
  }
  return false;
}

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
    let index: SheetIndex | undefined;
    const judge = (cell: GridCell): void => {
      const found = cellFinding(cell);
      if (found && !labelledBeside((index ??= indexOf(sheet)), cell))
        findings.push(at(a1(cell.r, cell.c), found.where, found.detail));
      if (cell.link !== undefined && containsCpr(cell.link))
        findings.push(at(a1(cell.r, cell.c), 'cell', 'link'));
    };
    const split = (left: GridCell, right: GridCell, kind: 'dash' | 'bare' | undefined): void => {
      if (kind === undefined) return;
      // Cells further apart than the next column are side by side only where nothing shows between.
      if (
        right.c !== left.c + 1 &&
        !shownSideBySide(sheet, (index ??= indexOf(sheet)), left.r, left.c, right.c)
      )
        return;
      if (kind === 'bare' && !pairUnderCprHeader(sheet, (index ??= indexOf(sheet)), left.r, left.c, right.c))
        return;
      findings.push(
        at(
          `${a1(left.r, left.c)}:${a1(right.r, right.c)}`,
          'cell',
          kind === 'dash' ? 'split' : 'splitHeader',
        ),
      );
    };
    const columns = sheet.columns;
    const gaps = sheet.merges.length > 0 || sheet.hiddenColumns !== undefined;
    // A cell in a hidden column shows nothing: the cells either side stand side by side on screen,
    // as well as the hidden cell and the next stand side by side in the file.
    const hiddenColumn = hiddenColumnsOf(sheet);
    if (columns) {
      // A sheet read from a file: each cell's value read from its columns, and a cell made as an
      // object only where something may be found (no object per cell of a large sheet).
      // The last cell before this one in its row that shows something (a blank text shows nothing),
      // and the last such one outside a hidden column.
      let prev = -1;
      let shown = -1;
      const pair = (left: number, i: number): void => {
        // The cell before in the reading order, past blank texts, is the one to the left when it is
        // in the column before, or further where the sheet hides columns, merges cells or leaves a
        // spacer column or two empty (judged after the pieces: rare).
        if (
          left >= 0 &&
          columns.r[left] === columns.r[i] &&
          (gaps || (columns.c[i] as number) - (columns.c[left] as number) <= MAX_SPACERS + 1)
        ) {
          const kind = splitOverCells(
            columns.value(left),
            columns.fmt(left),
            columns.value(i),
            columns.fmt(i),
            grid.date1904,
          );
          if (kind !== undefined) split(columns.cell(left), columns.cell(i), kind);
        }
      };
      for (let i = 0; i < columns.length; i++) {
        const text = columns.textOf(i);
        const link = columns.link(i);
        const suspect =
          text !== undefined
            ? containsCpr(text) || textFormatShowsCpr(text, columns.fmt(i))
            : columns.type(i) === 'n' && numberShowsCpr(columns.value(i) as number, columns.fmt(i));
        if (suspect || (link !== undefined && containsCpr(link))) judge(columns.cell(i));
        pair(prev, i);
        if (shown !== prev) pair(shown, i);
        if (text === undefined || !isBlank(text)) {
          prev = i;
          if (!hiddenColumn(columns.c[i] as number)) shown = i;
        }
      }
    } else {
      const cells = sheet.cells;
      // The cells are in reading order: the one to the left is the last before in the row that shows
      // something, as above.
      let prev: GridCell | undefined;
      let shown: GridCell | undefined;
      const pair = (left: GridCell | undefined, cell: GridCell): void => {
        if (left !== undefined && left.r === cell.r && (gaps || cell.c - left.c <= MAX_SPACERS + 1))
          split(left, cell, splitOverCells(left.v, left.fmt, cell.v, cell.fmt, grid.date1904));
      };
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i] as GridCell;
        judge(cell);
        pair(prev, cell);
        if (shown !== prev) pair(shown, cell);
        if (typeof cell.v !== 'string' || !isBlank(cell.v)) {
          prev = cell;
          if (!hiddenColumn(cell.c)) shown = cell;
        }
      }
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
  const named = grid.definedNames.length > 0 ? namedValues(grid.definedNames) : undefined;
  for (const dn of grid.definedNames) {
    if (containsCpr(dn.name) || definedValueHasCpr(dn.value, named)) {
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
  const seen = new Set<string>();
  const own = findings.length;
  for (const t of grid.textFindings ?? []) {
    const sheet = maskCpr(t.sheet);
    if (mirrored(findings.slice(0, own), t, sheet)) continue;
    const key = `${t.kind}\u0000${sheet}\u0000${t.cell}\u0000${t.part}\u0000${t.name ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const finding: CprFinding = {
      sheet,
      cell: t.cell,
      where: 'place',
      hidden: t.sheet !== '' && hiddenSheets.has(t.sheet),
      detail: t.kind,
      part: maskCpr(t.part),
    };
    findings.push(t.name === undefined ? finding : { ...finding, name: maskCpr(t.name) });
  }
  return findings;
}

/**
 * How many empty spacer columns may stand between two pieces of one number (a blank column or two,
 * as a list is spaced out for reading).
 */
const MAX_SPACERS = 2;

/** Whether a column of the sheet is hidden (a test made once per sheet: none for most). */
function hiddenColumnsOf(sheet: GridSheet): (c: number) => boolean {
  const hidden = sheet.hiddenColumns;
  if (hidden === undefined || hidden.length === 0) return () => false;
  return (c) => hidden.some((h) => h.min <= c && c <= h.max);
}

/** A text that shows nothing: empty, or white space alone (the first character is looked at first). */
function isBlank(text: string): boolean {
  return text.length === 0 || (isSpaceLike(text.charCodeAt(0)) && text.trim().length === 0);
}

/**
 * Whether the columns between a cell (r, c) and one further right in its row (rc) show nothing
 * between them: each is hidden, or covered by a merged range the left cell starts (a date in a
 * cell merged over two columns stands beside the next cell shown), or is an empty spacer column (at
 * most MAX_SPACERS): nothing in it in the row, and nothing in it in the rows above within
 * HEADER_ROWS — a column with a header or values of its own is a real column, which parts the two
 * (a birth date, an empty address, a postcode).
 */
function shownSideBySide(sheet: GridSheet, index: SheetIndex, r: number, c: number, rc: number): boolean {
  const merge = sheet.merges.find((g) => g.s.r === r && g.s.c === c);
  let spacers = 0;
  for (let k = c + 1; k < rc; k++) {
    if (merge !== undefined && k <= merge.e.c) continue;
    if (sheet.hiddenColumns?.some((h) => h.min <= k && k <= h.max)) continue;
    if (++spacers > MAX_SPACERS) return false;
    for (let rr = r; rr >= 0 && rr >= r - HEADER_ROWS; rr--) {
      const cell = index.get(rr, k);
      if (cell !== undefined && !(typeof cell.v === 'string' && isBlank(cell.v))) return false;
    }
  }
  return true;
}

function indexOf(sheet: GridSheet): SheetIndex {
  return new SheetIndex(sheet);
}
