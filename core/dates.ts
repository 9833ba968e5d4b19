// Every way a coordinator writes a date in a plan (DOMAIN.md "Canonical plan": dates are ISO
// YYYY-MM-DD; a single date, week, month or quarter in a plan's time column is the deadline, and a
// week, month or quarter becomes its last day; a range gives the start (first day of its first
// part) and the deadline (last day of its last part)).
//
// All calendar arithmetic is pure integer arithmetic on days since 1970-01-01 (proleptic
// Gregorian). The JS Date object is never used, so no local time zone can shift a day.
//
// What is understood (case, accents of month names and surrounding spaces do not matter):
//
//   day      15.03.2026  15-03-2026  15/3 2026  15/3-2026  15.3.26 (two-digit years are 20xx)
//            2026-03-15  2026/03/15  2026-03-15T00:00:00  (with a zone, "2027-02-28T23:00:00Z" or
//            "+01:00", the day in Danish time: 1 March)
//            15. marts 2026  15 march 2026  15-mar-26  15th of March 2026  March 15, 2026
//            2026-W12-3 (ISO week date)
//   part of  primo marts 2026 → 1–10 March (deadline the 10th), medio marts → the 15th (the middle
//   month    of the month, as a deadline and as a start), ultimo marts → 21–31 March (deadline the
//            last day). Also "start/begyndelsen af/early" (= primo), "midt i/midten af/mid"
//            (= medio), "slut/slutningen af/afslutningen af/udgangen af/sidst i/end of/late" (= ultimo),
//            also led by "inden", "ved", "senest ved", "by the": "inden udgangen af marts". Primo and
//            medio are approximate (DateReading.approximate): the day is a reading, not written.
//   month    marts 2026  mar. 2026  march 2026  mar-26  03/2026  3.2026  2026-03; "feb 27", "mar. 27",
//            "maj 27" (a Danish month or an abbreviation and a two-digit year within a year of the
//            plan's; "March 15" stays a day)
//   week     uge 12 2026  uge 12, 2026  week 12 2026  u12 2026  wk 12 2026  2026-W12  (ISO weeks,
//            Monday to Sunday; a week number the year does not have is rejected); "w/c 8 March
//            2026", "week commencing …", "ugen der starter …": the week of that day
//   quarter  Q3 2026  2026 Q3  2026-Q3  3. kvartal 2026  3. kvt. 2026  3rd quarter 2026
//            tredje kvartal 2026; "end of Q2", "udgangen af 2. kvartal 2026" (the quarter, as "end of
//            week 12" is the week; likewise a half-year "end of H1")
//   half     1. halvår 2026  H2 2026  2026-H2  første halvår 2026  second half 2026
//   year     2026 (→ 2026-12-31; as the first part of a range → 2026-01-01); ultimo 2026 and
//            udgangen af 2026 (→ 2026-12-31, the last third of December); "primo 2026" is rejected
//   ranges   any two of the above joined by -, –, —, "til", "to", "until", →, ->, a slash before a
//            word (marts/april 2026, Q1/Q2 2026), optionally
//            led by "fra"/"from", or "mellem X og Y"/"between X and Y". The year may be given once
//            at the end: januar–marts 2026, jan-mar 2026, uge 10 - uge 12 2026, uge 12-14 2026,
//            Q3-Q4 2026, 15.-20. marts 2026, 15.03-20.04.2026. A first part without a year takes
//            the year of the last part, or the year before when it would otherwise come after it
//            (nov-feb 2027 is November 2026 to February 2027).
//
//   whole    hele året 2026, hele 2026, all year 2026 (→ the year)
//
// Leading weekday names ("mandag den 15. marts 2026"), "d."/"den" and "senest"/"by" are ignored,
// as are "ny frist", "rykket til", "udsat til" before the day a deadline was moved to;
// "inden"/"før"/"before" a day is that day, approximate; "ca."/"omkring"/"around" anything is its
// reading, approximate. A time of day ("kl. 10-12", "10:00") is dropped. "KW 12" is a week, "ultimo
// uge 12" the week.
// Everything else is rejected: impossible dates (31.02.2026), a day or month without any year, and
// text that is not a date (Løbende, Efter behov, TBD, efterår 2026). `exact` is true only when every
// part is a single day.
//
// Options (readDateText, readDateCell) let the caller decide what the text alone cannot:
//   order  a numeric day and month (03/04/2026) is read day first (Danish practice, the default) or
//          month first ('mdy'), as decided for a whole column (core/structure/values.ts).
//   year   the year of a date written without one ("15. maj", "uge 10-11", "Q1", "jan.–feb."), as
//          taken from the plan (core/structure/years.ts); the reading says that it was supplied.
//          In a range without any year the year is the first part's, and the last part takes the
//          next year when it would otherwise come first (nov–feb).

import type { GridCell } from './grid';

export interface DateSpan {
  /** Only for ranges: the first day of the range. */
  start?: string;
  /** The last day of the date, period or range. */
  deadline: string;
}

export type DateResult = { ok: true; span: DateSpan; exact: boolean } | { ok: false };

const FAIL: DateResult = { ok: false };

/** What the caller knows that the text does not say (see the header). */
export interface DateOptions {
  /** How a numeric day and month (03/04/2026) are ordered: day first (default) or month first. */
  readonly order?: 'dmy' | 'mdy';
  /** The year of a date written without one; without it such a date is not read. */
  readonly year?: number;
}

/** Everything known about one reading of a date cell or text. */
export interface DateReading {
  /** The first day of what is written: the day, the first day of the period or of the range. */
  readonly first: string;
  /** The last day: the deadline. */
  readonly last: string;
  /** Written as a range of two dates or periods (the first day is then the start). */
  readonly range: boolean;
  /** Every part is a single day. */
  readonly exact: boolean;
  /** The year was not written: options.year was used. */
  readonly yearSupplied: boolean;
  /** Written approximately (primo, medio): the day is a reading of words, not written. */
  readonly approximate: boolean;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (days since 1970-01-01)

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
function weekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** The last Sunday of a month, as days since 1970-01-01. */
function lastSunday(year: number, month: number): number {
  const last = daysFromCivil(year, month, daysInMonth(year, month));
  return last - ((weekday(last) + 1) % 7);
}

/**
 * The day in Danish time of a moment written with a zone ("z" or "+01:00"): Denmark keeps UTC+1,
 * and UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 */
function danishDay(days: number, minutes: number, zone: string): number {
  const offset =
    zone === 'z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = days * 1440 + minutes - offset;
  const { year } = civilFromDays(Math.floor(utc / 1440));
  const summer = utc >= lastSunday(year, 3) * 1440 + 60 && utc < lastSunday(year, 10) * 1440 + 60;
  return Math.floor((utc + (summer ? 120 : 60)) / 1440);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO strings by day number: a plan repeats the same few hundred dates thousands of times. */
const isoByDay = new Map<number, string>();

function daysToIso(days: number): string {
  let iso = isoByDay.get(days);
  if (iso === undefined) {
    const { year, month, day } = civilFromDays(days);
    iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (isoByDay.size >= 20000) isoByDay.clear();
    isoByDay.set(days, iso);
  }
  return iso;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The value of `length` ASCII digits at `from`, or -1 when one is not a digit. */
function digitsAt(s: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 of an ISO date; undefined when it is not a real calendar date. */
export function isoToDays(iso: string): number | undefined {
  // Hot (every date of a plan): read the digits without a regular expression.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  return isValidDay(year, month, day) ? daysFromCivil(year, month, day) : undefined;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(iso: string): boolean {
  return isoToDays(iso) !== undefined;
}

/** Number of ISO weeks (52 or 53) in a year. */
export function isoWeeksInYear(year: number): number {
  const p = (y: number): number => (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
  return p(year) === 4 || p(year - 1) === 3 ? 53 : 52;
}

/** Monday and Sunday of an ISO week. Throws a RangeError for a week the year does not have. */
export function isoWeekRange(year: number, week: number): { start: string; end: string } {
  if (!Number.isInteger(year) || !Number.isInteger(week) || week < 1 || week > isoWeeksInYear(year)) {
    throw new RangeError(`${year} has no ISO week ${week}`);
  }
  const jan4 = daysFromCivil(year, 1, 4);
  const monday = jan4 - weekday(jan4) + (week - 1) * 7;
  return { start: daysToIso(monday), end: daysToIso(monday + 6) };
}

// ---------------------------------------------------------------------------------------------
// Excel serial numbers

/** Serial of 1970-01-01 in the 1900 date system (after the fictitious 1900-02-29, serial 60). */
const EPOCH_1900 = 25569;
/** Serial 0 of the 1904 date system is 1904-01-01, which is this many days before 1970-01-01. */
const EPOCH_1904 = 24107;
/** 9999-12-31, the last date Excel can show, in the 1900 system. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

/**
 * The calendar day of an Excel serial number (its time of day is ignored). In the 1900 system
 * serial 1 is 1900-01-01 and serial 60 is Lotus 1-2-3's 29 February 1900, which never existed: it
 * throws a RangeError, as do 0, negative serials and serials after 9999-12-31.
 */
export function excelSerialToIso(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial)) throw new RangeError(`Not an Excel date serial: ${serial}`);
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > MAX_SERIAL_1904) throw new RangeError(`Not an Excel date serial: ${serial}`);
    return daysToIso(whole - EPOCH_1904);
  }
  if (whole < 1 || whole > MAX_SERIAL_1900) throw new RangeError(`Not an Excel date serial: ${serial}`);
  if (whole === 60) throw new RangeError('Excel serial 60 is 1900-02-29, a day that never existed');
  return daysToIso(whole < 60 ? whole - EPOCH_1900 + 1 : whole - EPOCH_1900);
}

/** The 1900-system Excel serial of an ISO date (what a template workbook writes). */
export function isoToExcelSerial(iso: string): number {
  const days = isoToDays(iso);
  if (days === undefined) throw new RangeError(`Not an ISO date: ${iso}`);
  const serial = days + EPOCH_1900;
  if (serial >= 61) {
    if (serial > MAX_SERIAL_1900) throw new RangeError(`After Excel's last date: ${iso}`);
    return serial;
  }
  // Before 1900-03-01 the serials are one lower than the day count, because of serial 60.
  const early = serial - 1;
  if (early < 1) throw new RangeError(`Before Excel's first date: ${iso}`);
  return early;
}

// ---------------------------------------------------------------------------------------------
// Number formats

/** Built-in number formats (numFmtId) that show a calendar date (incl. the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/**
 * Whether a number format shows a calendar date: "dd-mm-yyyy", "d. mmmm yyyy", "[$-406]d/m/yy",
 * "mmm-yy", "dd-mm-yyyy hh:mm" and the built-in date formats 14–17, 22 (given as their id). Pure
 * time and duration formats ("hh:mm", "[h]:mm", built-in 18–21 and 45–47) are not dates: a time of
 * day carries no day. Number, currency, percent, scientific and text formats are not dates.
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (fmt === undefined) return false;
  // Hot: asked for every number cell; a workbook has few distinct formats.
  let known = dateFormatCache.get(fmt);
  if (known === undefined) {
    known = classifyFormat(fmt);
    if (dateFormatCache.size >= 1000) dateFormatCache.clear();
    dateFormatCache.set(fmt, known);
  }
  return known;
}

const dateFormatCache = new Map<string, boolean>();

function classifyFormat(fmt: string): boolean {
  return formatUnit(fmt) !== undefined;
}

/** What a date format shows: a day, or only a week, a month or a year (a period). */
export type DateFormatUnit = 'day' | 'week' | 'month' | 'year';

/**
 * The smallest part of the calendar a date format shows: "dd-mm-yyyy" and "[$-406]d. mmmm yyyy;@"
 * a day, "mmm-yy" and "mmmm yyyy" a month, "yyyy" a year, LibreOffice's week number ("WW", written
 * with a literal such as "uge "WW) a week; undefined when the format is no date format. A cell in a
 * month format shows the coordinator a month, so it is read as that month (DOMAIN.md: a month in a
 * time column is its last day as a deadline).
 */
export function dateFormatUnit(fmt: string | undefined): DateFormatUnit | undefined {
  if (fmt === undefined) return undefined;
  let known = unitCache.get(fmt);
  if (known === undefined) {
    known = formatUnit(fmt) ?? null;
    if (unitCache.size >= 1000) unitCache.clear();
    unitCache.set(fmt, known);
  }
  return known ?? undefined;
}

const unitCache = new Map<string, DateFormatUnit | null>();

function formatUnit(fmt: string): DateFormatUnit | undefined {
  const trimmed = fmt.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) {
    const id = Number(trimmed);
    if (!BUILTIN_DATE_FORMATS.has(id)) return undefined;
    // 17 is "mmm-yy"; the others show a day.
    return id === 17 ? 'month' : 'day';
  }
  if (trimmed.toLowerCase() === 'general') return undefined;
  // Only the first section counts (positive numbers; dates are never negative).
  const section = stripLiterals(trimmed).split(';')[0] ?? '';
  const clean = section
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h') // elapsed time: [h]:mm
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales: [Red] [>100] [$-406]
    .replace(/am\/pm|a\/p/gi, 'h'); // 12-hour clock
  // Minutes are an "m" next to hours or seconds ("hh:mm", "mm:ss"): taken out with the time.
  const date = clean.replace(/h+\s*[:.]?\s*m+/gi, 'h').replace(/m+\s*[:.]?\s*s+/gi, 's');
  if (/d/i.test(date)) return 'day';
  const year = /[yå]/i.test(date); // å: Danish "åååå" in local format codes
  if (/m/i.test(date)) return year || !/[hst]/i.test(date) ? 'month' : undefined;
  if (/w/i.test(date)) return 'week';
  return year ? 'year' : undefined;
}

/** Removes quoted text, escaped characters and the fill/padding characters of a format code. */
function stripLiterals(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Milliseconds since 1970 of 2000-01-01 and 2100-01-01 (UTC): a date exported as a moment. */
const EPOCH_MS = { min: 946_684_800_000, max: 4_102_444_800_000 };

/** Serials that read as plausible plan dates when a number lost its date format (1990–2099). */
const PLAUSIBLE_SERIAL = { min: 32874, max: 73050 };

/**
 * A grid cell → start/deadline. A number with a date format is an Excel serial (its time of day is
 * ignored); in a format that shows only a month, week or year ("mmm-yy") it is that period. A whole
 * number 1900–2199 without a date format is a year. A number in General format (no format) that
 * falls in 1990–2099 as a serial is read as a date that lost its format; with any other explicit
 * number format (0.00, #,##0, currency, time) it is a number, not a date. Text is read by
 * parseDateText. Booleans and errors are never dates.
 */
export function parseDateCell(cell: GridCell, date1904: boolean): DateResult {
  return toResult(readDateCell(cell, date1904));
}

/** parseDateCell with options and everything known about the reading (undefined: not a date). */
export function readDateCell(
  cell: GridCell,
  date1904: boolean,
  options: DateOptions = {},
): DateReading | undefined {
  if (cell.t === 's' && typeof cell.v === 'string') return readDateText(cell.v, options);
  if (cell.t !== 'n' || typeof cell.v !== 'number' || !Number.isFinite(cell.v)) return undefined;
  const value = cell.v;
  const unit = dateFormatUnit(cell.fmt);
  if (unit !== undefined) return fromSerial(value, date1904, unit);
  if (cell.fmt !== undefined && isTimeOnlyFormat(cell.fmt)) return undefined;
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) {
    return reading(daysFromCivil(value, 1, 1), daysFromCivil(value, 12, 31));
  }
  if (cell.fmt !== undefined && cell.fmt.trim().toLowerCase() !== 'general') return undefined;
  // A moment in milliseconds since 1970 (as task tools and APIs export their dates: ClickUp's
  // "Due Date" 1790733600000): the day it falls on in Danish time. Thirteen digits, 2000–2099.
  if (value >= EPOCH_MS.min && value < EPOCH_MS.max && Number.isInteger(value)) {
    const days = Math.floor(value / 86_400_000);
    const day = danishDay(days, Math.floor((value - days * 86_400_000) / 60_000), 'z');
    return reading(day, day, EXACT);
  }
  const serial = date1904 ? value + 1462 : value;
  if (serial >= PLAUSIBLE_SERIAL.min && serial < PLAUSIBLE_SERIAL.max + 1) {
    return fromSerial(value, date1904, 'day');
  }
  return undefined;
}

function reading(
  first: number,
  last: number,
  more: { range?: boolean; exact?: boolean; yearSupplied?: boolean; approximate?: boolean } = NONE,
): DateReading {
  return {
    first: daysToIso(first),
    last: daysToIso(last),
    range: more.range ?? false,
    exact: more.exact ?? false,
    yearSupplied: more.yearSupplied ?? false,
    approximate: more.approximate ?? false,
  };
}

const NONE = {};
const dayReadings = new Map<number, DateReading>();
const EXACT = { exact: true };

function toResult(r: DateReading | undefined): DateResult {
  if (!r) return FAIL;
  return {
    ok: true,
    span: r.range ? { start: r.first, deadline: r.last } : { deadline: r.last },
    exact: r.exact,
  };
}

function isTimeOnlyFormat(fmt: string): boolean {
  const clean = stripLiterals(fmt).replace(/\[(?:h+|m+|s+)\]/gi, 'h');
  return /[hs]/i.test(clean);
}

function fromSerial(serial: number, date1904: boolean, unit: DateFormatUnit): DateReading | undefined {
  const whole = Math.floor(serial);
  if (
    date1904 ? whole < 0 || whole > MAX_SERIAL_1904 : whole < 1 || whole === 60 || whole > MAX_SERIAL_1900
  ) {
    return undefined;
  }
  // Days since 1970-01-01, as excelSerialToIso counts them (1900: serials below 60 are one day on).
  const days = date1904 ? whole - EPOCH_1904 : whole < 60 ? whole - EPOCH_1900 + 1 : whole - EPOCH_1900;
  if (unit === 'day') {
    // A plan repeats the same few hundred days thousands of times: one (immutable) reading each.
    let known = dayReadings.get(days);
    if (!known) {
      known = reading(days, days, EXACT);
      if (dayReadings.size >= 20000) dayReadings.clear();
      dayReadings.set(days, known);
    }
    return known;
  }
  const { year, month } = civilFromDays(days);
  switch (unit) {
    case 'month':
      return reading(daysFromCivil(year, month, 1), daysFromCivil(year, month, daysInMonth(year, month)));
    case 'year':
      return reading(daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31));
    case 'week': {
      const monday = days - weekday(days);
      return reading(monday, monday + 6);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Text

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** The months' full names, in Danish and English (read below, written by formatEnglishDate and deadlineText). */
export const MONTH_NAMES_FULL: Readonly<Record<'da' | 'en', readonly string[]>> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Month names read in dates: the full names in both languages, German's own, and the usual abbreviations. */
const MONTH_NAMES: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES_FULL.da.map((name, i) => [name, i + 1])),
  ...Object.fromEntries(MONTH_NAMES_FULL.en.map((name, i) => [name.toLowerCase(), i + 1])),
  jan: 1,
  febr: 2,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sept: 9,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
  // German, where it differs from Danish (a joint plan with a partner across the border, a German
  // Excel's long date format: "15. März 2027", "31. Mai 2027", "Dez. 2027"); read day first, as Danish.
  märz: 3,
  maerz: 3,
  mrz: 3,
  mai: 5,
  dezember: 12,
  dez: 12,
  jänner: 1,
};
/** A month's number from its name or abbreviation ("Marts", "okt", "sept."), as dates are read; else undefined. */
export function monthOfWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/u, '');
  return Object.prototype.hasOwnProperty.call(MONTH_NAMES, w) ? MONTH_NAMES[w] : undefined;
}
const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;

/** The first year of the national corps' plans: a two-digit year before it is no plan's year. */
const CORPS_FIRST_YEAR = 2024;

/** Month names only English writes (a number after them is a day: "March 15", "Oct 15"). */
const ENGLISH_ONLY_MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'october',
  'oct',
]);

/** Month abbreviations Danish and English share: a number after one is a day to an English reader. */
const SHARED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'nov',
  'dec',
]);

/**
 * The other reading of a month and a two-digit year written with an abbreviation English shares
 * ("Mar 26": March 2026 as Danes write it, 26 March to an English reader): that month and day, for a
 * check beside the month read. Undefined for any other text, a month only Danish abbreviates so
 * ("maj 27", "okt 26") and a number no day of the month has.
 */
export function englishDayOf(text: string): { readonly month: number; readonly day: number } | undefined {
  const m = /^([A-Za-z]{3,4})\.?\s+(\d{2})$/.exec(text.trim());
  const word = m?.[1]?.toLowerCase() ?? '';
  if (!m || !SHARED_ABBREVIATIONS.has(word)) return undefined;
  const month = MONTH_NAMES[word];
  const day = Number(m[2]);
  // A leap year: 29 February is a day English may mean.
  if (month === undefined || day < 1 || day > daysInMonth(2028, month)) return undefined;
  return { month, day };
}

type Third = 1 | 2 | 3;
const THIRD_WORDS: Record<string, Third> = {
  primo: 1,
  prim: 1,
  først: 1,
  start: 1,
  starten: 1,
  begyndelsen: 1,
  begyndelse: 1,
  beginning: 1,
  early: 1,
  medio: 2,
  midt: 2,
  midten: 2,
  mid: 2,
  middle: 2,
  ultimo: 3,
  // The abbreviations, written with a full stop: "ult. april", "prim. maj".
  ult: 3,
  slut: 3,
  slutningen: 3,
  afslutningen: 3,
  udgangen: 3,
  sidst: 3,
  end: 3,
  late: 3,
};
/** "end of", "udgangen af", "ultimo" before a span that is read as itself (its last day is the end). */
const END_OF = '(?:(?:ultimo|ult\\.|udgangen|slutningen|afslutningen|slut|end)\\s+(?:(?:af|i|of|in)\\s+)?)?';
const THIRD = `(${Object.keys(THIRD_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

const ORDINAL_WORDS: Record<string, number> = {
  første: 1,
  first: 1,
  anden: 2,
  andet: 2,
  second: 2,
  tredje: 3,
  third: 3,
  fjerde: 4,
  fourth: 4,
};
const ORD_WORD = `(${Object.keys(ORDINAL_WORDS).join('|')})`;
/** A number written 3, 3., 3rd. */
const ORD_NUM = '(\\d{1,2})(?:\\.|st|nd|rd|th)?';
/** "2026", ", 2026", "/2026", "-2026", "i 2026", "of 2026" — the year that closes a part. */
const YEAR_TAIL = '(?:\\s*[,/-]?\\s*(?:(?:i|in|of|af)\\s+)?(\\d{4}))';

type Unit = 'day' | 'third' | 'month' | 'week' | 'quarter' | 'half' | 'year';

/** One date or period as written, before its year is known. */
interface Part {
  readonly unit: Unit | 'bare';
  readonly year?: number;
  /** Month (day, third, month), week, quarter, half, or the bare number. */
  readonly n?: number;
  readonly day?: number;
  readonly third?: Third;
}

interface Resolved {
  readonly first: number;
  readonly last: number;
  readonly dayLevel: boolean;
  /** Primo or medio: the day is a reading of words. */
  readonly approx: boolean;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function optYear(text: string | undefined): number | undefined {
  return text === undefined ? undefined : fullYear(text);
}

type Matcher = readonly [RegExp, (m: RegExpExecArray, o: DateOptions) => Part | undefined];

const g = (m: RegExpExecArray, i: number): string | undefined => m[i];
const num = (m: RegExpExecArray, i: number): number => Number(m[i]);

const MATCHERS: readonly Matcher[] = [
  // 2026-03-15, 2026/03/15, 2026.03.15, 2026-03-15T00:00:00; with a zone (Z, +01:00) the day in
  // Danish time: "2027-02-28T23:00:00Z" is midnight of 1 March in Denmark
  [
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?$/,
    (m) => {
      const year = num(m, 1);
      const month = num(m, 2);
      const day = num(m, 3);
      const zone = g(m, 6);
      if (zone === undefined || !isValidDay(year, month, day)) return { unit: 'day', year, n: month, day };
      const d = civilFromDays(danishDay(daysFromCivil(year, month, day), num(m, 4) * 60 + num(m, 5), zone));
      return { unit: 'day', year: d.year, n: d.month, day: d.day };
    },
  ],
  // 2026-W12, 2026W12, 2026-W12-3
  [
    /^(\d{4})-?w(\d{1,2})(?:-?([1-7]))?$/,
    (m) => {
      const weekdayText = g(m, 3);
      if (weekdayText === undefined) return { unit: 'week', year: num(m, 1), n: num(m, 2) };
      const year = num(m, 1);
      const week = num(m, 2);
      if (week < 1 || week > isoWeeksInYear(year)) return undefined;
      const iso = isoWeekRange(year, week).start;
      const days = (isoToDays(iso) ?? 0) + Number(weekdayText) - 1;
      const d = civilFromDays(days);
      return { unit: 'day', year: d.year, n: d.month, day: d.day };
    },
  ],
  // 2026-03 (ISO month)
  [/^(\d{4})-(\d{1,2})$/, (m) => ({ unit: 'month', year: num(m, 1), n: num(m, 2) })],
  // 2026 Q3, 2026-Q3, 2026Q3
  [/^(\d{4})\s*[-/]?\s*q([1-4])$/, (m) => ({ unit: 'quarter', year: num(m, 1), n: num(m, 2) })],
  // 2026 H2, 2026-H2
  [/^(\d{4})\s*[-/]?\s*h([12])$/, (m) => ({ unit: 'half', year: num(m, 1), n: num(m, 2) })],
  // 15.03.2026, 15-03-2026, 15/3 2026, 15/3-2026, 15.3.26, 15. 3. 2026; 15.03 and 15/3 without a year
  // (month first, 09/30/2026, when the caller decided so for the column)
  [
    /^(\d{1,2})\s*[./-]\s*(\d{1,2})(?:(?:\s*[./-]\s*|\.?\s+)(\d{4}|\d{2}))?\.?$/,
    (m, o) =>
      o.order === 'mdy'
        ? { unit: 'day', year: optYear(g(m, 3)), n: num(m, 1), day: num(m, 2) }
        : { unit: 'day', year: optYear(g(m, 3)), n: num(m, 2), day: num(m, 1) },
  ],
  // 03/2026, 3.2026, 03-2026
  [/^(\d{1,2})\s*[./-]\s*(\d{4})$/, (m) => ({ unit: 'month', year: num(m, 2), n: num(m, 1) })],
  // 15. marts 2026, 15 march 2026, 15-mar-26, 15th of march, 2026, 15. marts; 28/Aug/26 (Jira's
  // day/month/year with the month's name between slashes)
  [
    new RegExp(`^${ORD_NUM}\\s*(?:[-/]\\s*|of\\s+)?${MONTH}(?:\\s*[-,/]?\\s*(\\d{4}|\\d{2}))?$`),
    (m) => ({ unit: 'day', year: optYear(g(m, 3)), n: MONTH_NAMES[g(m, 2) ?? ''], day: num(m, 1) }),
  ],
  // feb 27, mar. 27, maj 27, sept. 27, medio mar 27, ult. jun. 27: a month and a two-digit year, as
  // Danes write them (a day comes first: "27. feb"). An English month name ("March 15", "Oct 15")
  // stays a day, and so does a number that cannot be the plan's year (more than a year from it).
  [
    new RegExp(`^(?:${THIRD}\\.?[\\s-]+(?:(?:af|i|of|in)\\s+)?)?${MONTH}(?:\\s+|(?<=\\.))(\\d{2})$`),
    (m, o) => {
      const word = g(m, 2) ?? '';
      const month = MONTH_NAMES[word];
      if (month === undefined || ENGLISH_ONLY_MONTHS.has(word)) return undefined;
      const year = fullYear(g(m, 3) ?? '');
      // Without the plan's year, only a year of the corps' time (a day "apr 15" is no April 2015).
      if (o.year !== undefined ? Math.abs(year - o.year) > 1 : year < CORPS_FIRST_YEAR) return undefined;
      const thirdWord = g(m, 1);
      if (thirdWord === undefined) return { unit: 'month', year, n: month };
      return { unit: 'third', year, n: month, third: THIRD_WORDS[thirdWord] };
    },
  ],
  // march 15, 2026; march 15th 2026; marts 15
  [
    new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s*,?\\s+(\\d{4}))?$`),
    (m) => ({ unit: 'day', year: optYear(g(m, 3)), n: MONTH_NAMES[g(m, 1) ?? ''], day: num(m, 2) }),
  ],
  // marts 2026, mar. 2026, mar-26, mar '26, marts; primo marts 2026, udgangen af marts 2026, mid-march
  [
    new RegExp(
      `^(?:(?:i|in)\\s+)?(?:${THIRD}\\.?[\\s-]+(?:(?:af|i|of|in)\\s+)?)?${MONTH}(?:\\s*[-/]?\\s*(\\d{4})|\\s*[-'’]\\s*(\\d{2}))?$`,
    ),
    (m) => {
      const thirdWord = g(m, 1);
      const year = optYear(g(m, 3) ?? g(m, 4));
      const month = MONTH_NAMES[g(m, 2) ?? ''];
      if (thirdWord === undefined) return { unit: 'month', year, n: month };
      return { unit: 'third', year, n: month, third: THIRD_WORDS[thirdWord] };
    },
  ],
  // uge 12 2026, uge 12, 2026, uge nr. 12 i 2026, week 12 2026, wk 12, u12 2026, uge 12, KW 12
  // (Kalenderwoche, as in German-made templates); "ultimo uge 12", "slut uge 12", "end of week 12"
  // are the week itself, which ends on its Sunday
  [
    new RegExp(
      `^(?:(?:ultimo|ult\\.|udgangen|slutningen|afslutningen|slut|sidst|end|late)\\s+(?:(?:af|i|of|in)\\s+)?)?(?:uge|week|wk|kw|w|u)\\.?\\s*(?:nr\\.?\\s*)?(\\d{1,2})${YEAR_TAIL}?$`,
    ),
    (m) => ({ unit: 'week', year: optYear(g(m, 2)), n: num(m, 1) }),
  ],
  // Q3 2026, Q3-2026, Q3/2026, Q3; "end of Q2", "udgangen af Q2 2027" are the quarter (its last day)
  [
    new RegExp(`^${END_OF}q\\s*([1-4])${YEAR_TAIL}?$`),
    (m) => ({ unit: 'quarter', year: optYear(g(m, 2)), n: num(m, 1) }),
  ],
  // 3. kvartal 2026, 3. kvt. 2026, 3rd quarter 2026, 3 kv 2026, tredje kvartal 2026; "udgangen af
  // 2. kvartal", "end of the second quarter"
  [
    new RegExp(
      `^${END_OF}(?:the\\s+)?(?:${ORD_NUM}|${ORD_WORD})\\s*(?:kvartal|kvt|kv|quarter|qtr|q)\\.?${YEAR_TAIL}?$`,
    ),
    (m) => ({ unit: 'quarter', year: optYear(g(m, 3)), n: ordinal(g(m, 1), g(m, 2)) }),
  ],
  // kvartal 3 2026, quarter 3 2026
  [
    new RegExp(`^(?:kvartal|quarter)\\s+([1-4])${YEAR_TAIL}?$`),
    (m) => ({ unit: 'quarter', year: optYear(g(m, 2)), n: num(m, 1) }),
  ],
  // H2 2026, H2-2026, H2; "end of H1"
  [
    new RegExp(`^${END_OF}h\\s*([12])${YEAR_TAIL}?$`),
    (m) => ({ unit: 'half', year: optYear(g(m, 2)), n: num(m, 1) }),
  ],
  // 1. halvår 2026, første halvår 2026, 2nd half of 2026, second half-year 2026
  [
    new RegExp(`^(?:${ORD_NUM}|${ORD_WORD})\\s*(?:halvår|halvaar|half(?:[\\s-]?year)?)${YEAR_TAIL}?$`),
    (m) => ({ unit: 'half', year: optYear(g(m, 3)), n: ordinal(g(m, 1), g(m, 2)) }),
  ],
  // ultimo 2026, udgangen af 2026, end of 2026: the last third of December ("primo 2026" is too vague)
  [
    /^(?:ultimo|ult\.|udgangen|slutningen|afslutningen|slut|end|late)\s+(?:(?:af|i|of|in)\s+)?(\d{4})$/,
    (m) => ({ unit: 'third', year: num(m, 1), n: 12, third: 3 }),
  ],
  // 2026, år 2026, year 2026
  [/^(?:år\s+|year\s+)?(\d{4})$/, (m) => ({ unit: 'year', year: num(m, 1) })],
  // hele året 2026, hele 2026, all year 2026, the whole of 2026; hele året, all year (no year)
  [
    /^(?:hele(?:\s+året|\s+år)?|all(?:\s+year|\s+of)?|(?:the\s+)?whole(?:\s+year|\s+of)?)\s+(\d{4})$/,
    (m) => ({ unit: 'year', year: num(m, 1) }),
  ],
  [/^(?:hele\s+året|all\s+year|(?:the\s+)?whole\s+year)$/, () => ({ unit: 'year' })],
  // A bare number that takes its meaning from the other end of a range: "uge 12-14 2026", "15.-20. marts"
  [/^(\d{1,2})\.?(?:\s*,?\s*(\d{4}))?$/, (m) => ({ unit: 'bare', year: optYear(g(m, 2)), n: num(m, 1) })],
];

function ordinal(digits: string | undefined, word: string | undefined): number | undefined {
  if (digits !== undefined) return Number(digits);
  return word === undefined ? undefined : ORDINAL_WORDS[word];
}

/** Every reading of one date or period (most texts have exactly one). */
function parseParts(text: string, o: DateOptions): Part[] {
  const s = stripLead(text.trim());
  if (s === '') return [];
  const parts: Part[] = [];
  for (const [re, build] of MATCHERS) {
    const m = re.exec(s);
    const part = m ? build(m, o) : undefined;
    if (part) parts.push(part);
  }
  return parts;
}

/** The first and last day of a part whose year is known; undefined when it does not exist. */
function resolve(part: Part): Resolved | undefined {
  const { year, n } = part;
  if (year === undefined || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const span = (first: number, last: number, dayLevel = false, approx = false): Resolved => ({
    first,
    last,
    dayLevel,
    approx,
  });
  const month = (m: number, first: number, last: number, approx = false): Resolved =>
    span(daysFromCivil(year, m, first), daysFromCivil(year, m, last), false, approx);
  switch (part.unit) {
    case 'year':
      return span(daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31));
    case 'bare':
      return undefined;
    case 'day': {
      const day = part.day;
      if (n === undefined || day === undefined || !isValidDay(year, n, day)) return undefined;
      const d = daysFromCivil(year, n, day);
      return span(d, d, true);
    }
    case 'third': {
      if (n === undefined || n < 1 || n > 12 || part.third === undefined) return undefined;
      // Ultimo is the end of the month: read as certainly as the month itself.
      if (part.third === 3) return month(n, 21, daysInMonth(year, n));
      // Medio is the middle of the month, the 15th (a point: as a start and as a deadline).
      return part.third === 1 ? month(n, 1, 10, true) : month(n, 15, 15, true);
    }
    case 'month':
      if (n === undefined || n < 1 || n > 12) return undefined;
      return month(n, 1, daysInMonth(year, n));
    case 'week': {
      if (n === undefined || n < 1 || n > isoWeeksInYear(year)) return undefined;
      const { start, end } = isoWeekRange(year, n);
      const first = isoToDays(start);
      const last = isoToDays(end);
      return first === undefined || last === undefined ? undefined : span(first, last);
    }
    case 'quarter':
      if (n === undefined || n < 1 || n > 4) return undefined;
      return span(daysFromCivil(year, n * 3 - 2, 1), daysFromCivil(year, n * 3, daysInMonth(year, n * 3)));
    case 'half':
      if (n === undefined || n < 1 || n > 2) return undefined;
      return n === 1
        ? span(daysFromCivil(year, 1, 1), daysFromCivil(year, 6, 30))
        : span(daysFromCivil(year, 7, 1), daysFromCivil(year, 12, 31));
  }
}

/** A bare number at one end of a range takes the unit (and month, for days) of the other end. */
function adopt(bare: Part, other: Part): Part | undefined {
  if (bare.unit !== 'bare') return bare;
  switch (other.unit) {
    case 'day':
      return { unit: 'day', year: bare.year ?? other.year, n: other.n, day: bare.n };
    case 'week':
    case 'quarter':
    case 'half':
      return { unit: other.unit, year: bare.year, n: bare.n };
    default:
      return undefined;
  }
}

function withYear(part: Part, year: number): Part {
  return { ...part, year };
}

interface Ends {
  readonly from: Resolved;
  readonly to: Resolved;
  /** Neither end had a year: the caller's year was used. */
  readonly supplied: boolean;
}

/** Two ends of a range → their days, with a year given once taken by the other end. */
function combine(left: Part, right: Part, o: DateOptions): Ends | undefined {
  if (left.unit === 'bare' && right.unit === 'bare') return undefined;
  const l = adopt(left, right);
  const r = adopt(right, left);
  if (!l || !r) return undefined;
  if (l.year === undefined && r.year === undefined) {
    if (o.year === undefined || l.unit === 'year') return undefined;
    const from = resolve(withYear(l, o.year));
    if (!from) return undefined;
    let to = resolve(withYear(r, o.year));
    if (to && to.last < from.first) to = resolve(withYear(r, o.year + 1));
    return to ? { from, to, supplied: true } : undefined;
  }
  if (l.year === undefined && r.year !== undefined) {
    const to = resolve(r);
    if (!to) return undefined;
    let from = resolve(withYear(l, r.year));
    if (from && from.first > to.first) from = resolve(withYear(l, r.year - 1));
    return from ? { from, to, supplied: false } : undefined;
  }
  if (r.year === undefined && l.year !== undefined) {
    if (l.unit === 'year') return undefined;
    const from = resolve(l);
    if (!from) return undefined;
    let to = resolve(withYear(r, l.year));
    if (to && to.last < from.first) to = resolve(withYear(r, l.year + 1));
    return to ? { from, to, supplied: false } : undefined;
  }
  const from = resolve(l);
  const to = resolve(r);
  return from && to ? { from, to, supplied: false } : undefined;
}

const WEEKDAYS =
  'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|man|tir|tirs|ons|tor|tors|fre|lør|søn|' +
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
// "inden 1. april", "før 15.03.2027", "before 1 April" name the day a thing must be done by, as
// "senest" does: the day is the deadline, read as approximate (it may mean the day before). Only
// before a day: "før jul" is Christmas (never July), and "inden uge 12" or "før 2027" end before the
// week or year named, which is no day written.
const BEFORE = /^(?:inden|før|foer|before)\s+(?=\d{1,2}(?:\s*[./-]|\.?\s+[a-zæøå]))/u;
// "frem til juni 2027", "indtil 30.06.2027", "løbende frem til uge 26", "t.o.m. marts 2027": a thing
// that runs until a day or a span: its deadline is that day or the span's end.
const UNTIL =
  /^(?:(?:løbende|fortløbende|kontinuerligt|ongoing)\s+)?(?:frem\s+til|indtil|til\s+og\s+med|t\.\s?o\.\s?m\.?|until|through)\s+(?=\S)/u;
// "inden udgangen af marts 2027", "senest ved udgangen af juni", "ved slutningen af 2027", "før
// afslutningen af uge 20", "by the end of June 2027": by the end of the span named, which is the
// reading of "udgangen af …" alone (its last day). Only before those words: "inden uge 12" stays
// unread (see BEFORE).
const BY_END_OF =
  /^(?:(?:senest|inden|før|foer|by|before)\s+)?(?:(?:ved|the)\s+)?(?=(?:udgangen|slutningen|afslutningen|end)\s+(?:af|of)\s)/u;
// "ca. 1. april 2027", "omkring uge 14", "approx. March 2027": the reading of the rest, approximate.
const CIRCA = /^(?:ca\.?|cirka|circa|omkring|approx\.?|approximately|around|about)\s+(?=\S)/u;
// A time of day written with "kl." ("12/4-27 kl. 10-12", "kl. 9.30 d. 15.03.2027") or as hh:mm after
// the day ("15.03.2027 10:00-12:00", "March 3, 2027 10:00 AM" as Notion writes a date with its time),
// also with seconds and a time zone as a program stamps a moment ("03-11-2026 10:15:23", Google
// Forms' "2026/11/03 10:15:23 AM GMT+1", Google Sheets' Danish "3.11.2026 10.15.23"): the day is what
// a plan's date column holds; the hour is dropped.
const TIME_OF_DAY = /(?:^|,?\s+)kl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*-\s*\d{1,2}(?:[.:]\d{2})?)?(?=\s|,|$)/u;
/** A time of day with seconds, written with dots, after a day: "3.11.2026 10.15.23". */
const DOTTED_CLOCK = /\d\s+\d{1,2}\.\d{2}\.\d{2}$/u;
const CLOCK_AFTER =
  /(?<=\d)\s+(?:\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?|\d{1,2}\.\d{2}\.\d{2})(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:\s*-\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$/u;
/** Danish weekdays shortened to two letters (Monday first), as Microsoft Project writes them. */
const SHORT_WEEKDAYS: readonly string[] = ['ma', 'ti', 'on', 'to', 'fr', 'lø', 'sø'];
const SHORT_WEEKDAY = /^(ma|ti|on|to|fr|lø|sø)\.?\s+(?=\d)/u;
const LEAD_WORDS = new RegExp(`^(?:(?:${WEEKDAYS})\\.?,?\\s+|(?:d\\.|den|the|senest|by|on)\\s+)+`);

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u2007\u202f\t\r\n]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "start: … slut: …" (the lines of one cell, joined): the two ends of a range. */
const LABELLED_RANGE =
  /^(?:start|begynder|fra|from|begin)\s*:\s*(\S.*?)\s+(?:slut|til|frist|deadline|end|to)\s*:\s*(\S.*)$/u;
/** "frist: …", "deadline: …": the label of the day a thing is due, before it. */
const DEADLINE_LABEL = /^(?:frist|deadline|slut|senest|due|dato|uddannet|trained)\s*:\s*(?=\S)/u;
/**
 * "Frist 15.03.2027", "Uddannet marts 2026", "Uddannet i maj 2026": the label of the day written
 * before it without a colon (the column's own word repeated in the cell). Only words that name the
 * day itself; a word that moves it ("slut marts" is the end of March) is read as it is.
 */
const DAY_LABEL =
  /^(?:frist|deadline|due|dato|uddannet(?:\s+(?:i|den|d\.))?|trained(?:\s+(?:in|on))?)\s+(?=[\da-zæøå])/u;

/** "w/c 8 March 2027", "week commencing …", "ugen der starter …": the week of the day after it. */
const WEEK_OF =
  /^(?:w\/c|w\.c\.|w\/b|week\s+(?:commencing|beginning|starting|of)|ugen\s+(?:der\s+)?(?:starter|begynder|startende|fra))\s+(?=\S)/u;

/** "ny frist …", "ny deadline: …", "rykket til …", "udsat til …": a deadline moved to a day. */
const MOVED_TO =
  /^(?:(?:ny|nye|nyt|revideret|ændret|new|revised)\s+(?:frist|deadline|slutdato|due date)\s*:?|(?:rykket|udsat|flyttet|moved|postponed)\s+(?:til|to))\s+(?=\S)/u;

function stripLead(text: string): string {
  return text.replace(LEAD_WORDS, '').replace(/(\d{4})\.$/, '$1');
}

/** Range separators, most explicit first; an unspaced "-" is tried last, at every position. */
const SEPARATORS: readonly RegExp[] = [
  /\s+(?:til|to|until|till)\s+/g,
  /\s*(?:→|->|=>)\s*/g,
  /\s+-\s+/g,
  /-/g,
  // marts/april 2026, Q1/Q2 2026: a slash between words, never inside 15/3
  /(?<=[a-zæøå.\d])\s*\/\s*(?=[a-zæøå])/g,
];

function single(text: string, o: DateOptions): DateReading | undefined {
  for (const part of parseParts(text, o)) {
    const supplied = part.year === undefined && o.year !== undefined;
    const r = resolve(supplied && o.year !== undefined ? withYear(part, o.year) : part);
    if (r) {
      return reading(r.first, r.last, { exact: r.dayLevel, yearSupplied: supplied, approximate: r.approx });
    }
  }
  return undefined;
}

function range(text: string, separators: readonly RegExp[], o: DateOptions): DateReading | undefined {
  let reversed: DateReading | undefined;
  for (const sep of separators) {
    for (const m of text.matchAll(sep)) {
      const at = m.index;
      for (const left of parseParts(text.slice(0, at), o)) {
        for (const right of parseParts(text.slice(at + m[0].length), o)) {
          const ends = combine(left, right, o);
          if (!ends) continue;
          const result = reading(ends.from.first, ends.to.last, {
            range: true,
            exact: ends.from.dayLevel && ends.to.dayLevel,
            yearSupplied: ends.supplied,
            approximate: ends.from.approx || ends.to.approx,
          });
          // A range that runs backwards is kept (validation reports it) unless another reading fits.
          if (ends.from.first <= ends.to.last) return result;
          reversed ??= result;
        }
      }
    }
  }
  return reversed;
}

/** Text → start/deadline, or { ok: false } when the text is not a date this module understands. */
export function parseDateText(text: string): DateResult {
  return toResult(readDateText(text));
}

/**
 * parseDateText with options (the order of a numeric day and month, the year of a date written
 * without one) and everything known about the reading; undefined when the text is not a date.
 */
export function readDateText(text: string, options: DateOptions = {}): DateReading | undefined {
  let s = normalise(text);
  if (s === '' || s.length > 80) return undefined;
  if (s.includes('kl') || s.includes(':') || DOTTED_CLOCK.test(s)) {
    const bare = s.replace(TIME_OF_DAY, ' ').replace(CLOCK_AFTER, '').trim();
    if (bare !== s && /\d/u.test(bare)) s = bare;
  }
  // "ma 03-08-26", "fr 14-08-26": Microsoft Project's (and Outlook's) Danish date with the weekday
  // shortened to two letters. Read only before a numeric day, and only when the weekday is the
  // day's: "on 15.03.2027" that is no Wednesday is English "on" (LEAD_WORDS reads it), and a
  // Danish weekday that disagrees leaves the date unread (to be asked), never read one way or the
  // other. Cheap first test: a space or a full stop third.
  if (s.charCodeAt(2) === 32 || s.charCodeAt(2) === 46) {
    const short = SHORT_WEEKDAY.exec(s);
    if (short?.[1] !== undefined) {
      const day = readDateText(s.slice(short[0].length), options);
      const d = day && !day.range && day.exact ? isoToDays(day.first) : undefined;
      if (d !== undefined && weekday(d) === SHORT_WEEKDAYS.indexOf(short[1])) return day;
      if (short[1] !== 'on' && short[1] !== 'to') return undefined;
    }
  }
  const circa = CIRCA.exec(s);
  if (circa) {
    const rest = readDateText(s.slice(circa[0].length), options);
    return rest && { ...rest, approximate: true };
  }
  // Labelled lines (a table pasted from Word): "Frist: 15.09.2027" is the day, "Start: 01.10.2027
  // Slut: 29.10.2027" the range. Only a text with a colon is looked at (hot: most are plain).
  if (s.includes(':')) {
    const both = LABELLED_RANGE.exec(s);
    if (both?.[1] !== undefined && both[2] !== undefined) {
      const r = range(`${both[1]} - ${both[2]}`, [/\s+-\s+/g], options);
      return r?.range ? r : undefined;
    }
    const due = DEADLINE_LABEL.exec(s);
    if (due) return readDateText(s.slice(due[0].length), options);
  }
  const labelled = DAY_LABEL.exec(s);
  if (labelled) return readDateText(s.slice(labelled[0].length), options);
  const byEnd = BY_END_OF.exec(s);
  if (byEnd && byEnd[0] !== '') s = s.slice(byEnd[0].length);
  const until = UNTIL.exec(s);
  if (until) {
    const end = readDateText(s.slice(until[0].length), options);
    return end && !end.range ? end : undefined;
  }
  // "ny frist 1/9-2027", "rykket til 15.06.2027": the day a deadline was moved to.
  const moved = MOVED_TO.exec(s);
  if (moved) return readDateText(s.slice(moved[0].length), options);
  if (BEFORE.test(s)) {
    const day = readDateText(s.replace(BEFORE, ''), options);
    return day && !day.range && day.exact ? { ...day, approximate: true } : undefined;
  }
  // "w/c 8 March 2027", "week commencing 8 March", "ugen der starter 8. marts": the week that day
  // begins (or lies in), Monday to Sunday, read as a week is.
  const weekOf = WEEK_OF.exec(s);
  if (weekOf) {
    const day = readDateText(s.slice(weekOf[0].length), options);
    const d = day && !day.range && day.exact ? isoToDays(day.first) : undefined;
    if (d === undefined) return undefined;
    // Days since 1970-01-01, a Thursday: Monday is 3 days before.
    const monday = d - ((((d + 3) % 7) + 7) % 7);
    return reading(monday, monday + 6, { yearSupplied: day?.yearSupplied ?? false });
  }
  const whole = single(s, options);
  if (whole) return whole;
  // A holiday named in words ("Grundlovsdag", "inden påske", "ugen efter pinse"): its day.
  if (HOLIDAY_HINT.test(s)) {
    const holiday = holidayReading(s, options);
    if (holiday) return holiday;
  }
  // An impossible numeric date (31-02-2026, 2026-13-01) is not to be read as a range of its pieces.
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(s)) return undefined;
  const between = /^(?:mellem|between)\s+(.+)$/.exec(s);
  if (between?.[1] !== undefined) return range(between[1], [/\s+(?:og|and)\s+/g], options);
  const from = /^(?:fra|from)\s+(.+)$/.exec(s);
  return range(from?.[1] ?? s, SEPARATORS, options);
}

// ---------------------------------------------------------------------------------------------
// Danish holidays and feasts named in words ("Grundlovsdag", "inden påske", "ugen efter pinse")

/** Easter Sunday of a year (the Gregorian computus), as days since 1970-01-01. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/** A holiday's days in a year: its first and last (a feast of several days) and its main day. */
type HolidayDays = { readonly first: number; readonly last: number; readonly main: number };
const oneDay = (d: number): HolidayDays => ({ first: d, last: d, main: d });
const easter =
  (offset: number, last = offset, main = offset) =>
  (y: number): HolidayDays => {
    const e = easterSunday(y);
    return { first: e + offset, last: e + last, main: e + main };
  };
const fixed =
  (month: number, day: number) =>
  (y: number): HolidayDays =>
    oneDay(daysFromCivil(y, month, day));

/**
 * The holidays and feasts of the Danish calendar by name (normalised, lower case), the movable ones
 * from Easter. Store bededag is no public holiday since 2024 but still the name of its day.
 */
const HOLIDAYS: readonly (readonly [RegExp, (year: number) => HolidayDays])[] = [
  [/^fastelavn(?:ssøndag)?$/u, easter(-49)],
  [/^askeonsdag$/u, easter(-46)],
  [/^palmesøndag$/u, easter(-7)],
  [/^skærtorsdag$/u, easter(-3)],
  [/^langfredag$/u, easter(-2)],
  [/^(?:1\.\s*)?påske(?:dag|søndag)$/u, easter(0)],
  [/^(?:2\.|anden)\s*påskedag$/u, easter(1)],
  // Easter as the feast: Skærtorsdag to 2. påskedag, its main day Easter Sunday.
  [/^påske[n]?$/u, easter(-3, 1, 0)],
  [/^(?:store|st\.)\s*bededag$/u, easter(26)],
  [/^(?:kristi|kr\.)\s*himmelfart(?:sdag)?$|^himmelfartsdag$/u, easter(39)],
  [/^(?:1\.\s*)?pinse(?:dag|søndag)$/u, easter(49)],
  [/^(?:2\.|anden)\s*pinsedag$/u, easter(50)],
  [/^pinse[n]?$/u, easter(49, 50, 49)],
  [/^nytårsdag$/u, fixed(1, 1)],
  [/^helligtrekonger(?:sdag)?$/u, fixed(1, 6)],
  [/^grundlovsdag(?:en)?$/u, fixed(6, 5)],
  [/^sankthans(?:aften)?$|^sankt\s+hans(?:\s+aften)?$/u, fixed(6, 23)],
  [/^sankthansdag$/u, fixed(6, 24)],
  [/^mortensaften$/u, fixed(11, 10)],
  [/^juleaften$/u, fixed(12, 24)],
  [/^(?:1\.\s*)?juledag$/u, fixed(12, 25)],
  [/^(?:2\.|anden)\s*juledag$/u, fixed(12, 26)],
  [/^nytårsaften$/u, fixed(12, 31)],
];

/** The cheap first test: a text that may name a holiday or a school holiday at all. */
const HOLIDAY_HINT =
  /påske|pinse|bededag|himmelfart|grundlov|sankt|fastelavn|jul|nytår|skærtorsdag|langfredag|palmesøndag|askeonsdag|helligtrekonger|mortensaften|ferie/u;

/**
 * "Grundlovsdag", "senest Grundlovsdag 2027", "inden påske", "dagen efter Kr. himmelfartsdag", "ugen
 * efter pinse": a holiday named in words, in the year written or the caller's. Alone (or after
 * "senest") its day, or a feast of several days its last; "inden"/"før" a day that day
 * (approximate, as "inden 1. april"), a feast the day before it begins; "dagen før/efter" the day
 * before its first or after its last; "ugen før/efter" the week before or after the week of its
 * main day (Pinsedag for "pinse"). "efter påske" alone names no day: not read.
 */
const HOLIDAY_PHRASE =
  /^(?:(dagen|ugen)\s+(før|foer|inden|efter)\s+|(inden|før|foer|senest)\s+)?(?:den\s+|d\.\s+)?(.+?)(?:\s+((?:19|20)\d{2}))?$/u;

function holidayReading(text: string, o: DateOptions): DateReading | undefined {
  // A date beside words about the holiday it falls in: "uge 7 (vinterferie)", "efter påske (uge
  // 14-15)", "uge 2, efter juleferien": the date is read.
  const bracket = /^(.*?)\s*\(([^()]+)\)$/u.exec(text);
  const comma = bracket ? undefined : /^([^,]+),\s*(.+)$/u.exec(text);
  const split = bracket ?? comma;
  if (split?.[1] !== undefined && split[2] !== undefined) {
    const [a, b] = [split[1].trim(), split[2].trim()];
    for (const [date, words] of [
      [a, b],
      [b, a],
    ] as const) {
      if (date === '' || !HOLIDAY_HINT.test(words) || /\d/u.test(words)) continue;
      const read = readDateText(date, o);
      if (read) return read;
    }
  }
  const m = HOLIDAY_PHRASE.exec(text);
  if (!m?.[4]) return undefined;
  const name = m[4].trim();
  const days = HOLIDAYS.find(([re]) => re.test(name))?.[1];
  const year = m[5] !== undefined ? Number(m[5]) : o.year;
  if (!days || year === undefined || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const h = days(year);
  const supplied = m[5] === undefined;
  const day = (d: number, approximate = false): DateReading =>
    reading(d, d, { exact: true, yearSupplied: supplied, approximate });
  const feast = h.first !== h.last;
  const [unit, dir, before] = [m[1], m[2], m[3]];
  if (unit === 'dagen') return dir === 'efter' ? day(h.last + 1) : day(h.first - 1);
  if (unit === 'ugen') {
    // Days since 1970-01-01, a Thursday: the Monday of the main day's week.
    const monday = h.main - ((((h.main + 3) % 7) + 7) % 7) + (dir === 'efter' ? 7 : -7);
    return reading(monday, monday + 6, { yearSupplied: supplied });
  }
  if (before === 'inden' || before === 'før' || before === 'foer')
    return feast ? day(h.first - 1, true) : day(h.first, true);
  return feast ? reading(h.first, h.last, { yearSupplied: supplied }) : day(h.first);
}

/** An ISO date in Danish notation: 2026-03-15 → 15.03.2026. */
export function formatDanishDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** An ISO date in unambiguous English notation: 2026-03-15 → 15 March 2026. */
export function formatEnglishDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  const month = m ? MONTH_NAMES_FULL.en[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
