import fc from 'fast-check';
import {
  excelSerialToIso,
  formatDanishDate,
  formatEnglishDate,
  isDateFormat,
  isIsoDate,
  isoToExcelSerial,
  isoWeekRange,
  isoWeeksInYear,
  dateFormatUnit,
  parseDateCell,
  parseDateText,
  readDateCell,
  readDateText,
  type DateReading,
  type DateResult,
} from '../../core/dates';
import type { GridCell } from '../../core/grid';

const day = (deadline: string): DateResult => ({ ok: true, span: { deadline }, exact: true });
const coarse = (deadline: string): DateResult => ({ ok: true, span: { deadline }, exact: false });
const range = (start: string, deadline: string, exact = false): DateResult => ({
  ok: true,
  span: { start, deadline },
  exact,
});
const FAIL: DateResult = { ok: false };

describe('parseDateText: single days', () => {
  it.each<[string, DateResult]>([
    ['15.03.2026', day('2026-03-15')],
    ['15-03-2026', day('2026-03-15')],
    ['15/03/2026', day('2026-03-15')],
    ['15/3 2026', day('2026-03-15')],
    ['15/3-2026', day('2026-03-15')],
    ['15.3.26', day('2026-03-15')],
    ['1.1.30', day('2030-01-01')],
    ['15. 3. 2026', day('2026-03-15')],
    ['2026-03-15', day('2026-03-15')],
    ['2026/3/5', day('2026-03-05')],
    ['2026-03-15T00:00:00', day('2026-03-15')],
    ['2026-03-15 00:00:00', day('2026-03-15')],
    ['15. marts 2026', day('2026-03-15')],
    ['15 march 2026', day('2026-03-15')],
    ['15. Marts 2026', day('2026-03-15')],
    ['15 MARTS 2026', day('2026-03-15')],
    ['15. mar. 2026', day('2026-03-15')],
    ['15-mar-26', day('2026-03-15')],
    ['1. maj 2026', day('2026-05-01')],
    ['3 okt 2026', day('2026-10-03')],
    ['24. dec. 2026', day('2026-12-24')],
    ['15th of March 2026', day('2026-03-15')],
    ['March 15, 2026', day('2026-03-15')],
    ['march 15 2026', day('2026-03-15')],
    ['Sept. 1st, 2026', day('2026-09-01')],
    ['mandag den 16. marts 2026', day('2026-03-16')],
    ['d. 16. marts 2026', day('2026-03-16')],
    ['senest 16.03.2026', day('2026-03-16')],
    ['  15.03.2026  ', day('2026-03-15')],
    ['15.03.2026\u00a0', day('2026-03-15')],
    ['29.02.2028', day('2028-02-29')],
    ['2026-W12-3', day('2026-03-18')],
  ])('%s', (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });
});

// Microsoft Lists, SharePoint and Power Automate write a date-only column as the UTC moment of
// Danish midnight: 1 March 2027 is "2027-02-28T23:00:00Z", 1 June (summer time) "2027-05-31T22:00:00Z".
describe('parseDateText: a date-time with a zone is the day in Danish time', () => {
  it.each<[string, DateResult]>([
    ['2027-02-28T23:00:00Z', day('2027-03-01')],
    ['2027-05-31T22:00:00Z', day('2027-06-01')],
    ['2026-12-31T23:00:00Z', day('2027-01-01')],
    ['2027-03-01T00:00:00Z', day('2027-03-01')],
    ['2027-03-01T00:00:00.000Z', day('2027-03-01')],
    ['2027-03-12T10:15:00Z', day('2027-03-12')],
    // summer time starts at 01:00 UTC on the last Sunday of March and ends on the last Sunday of October
    ['2027-03-27T23:00:00Z', day('2027-03-28')],
    ['2027-03-28T22:00:00Z', day('2027-03-29')],
    ['2027-10-30T22:00:00Z', day('2027-10-31')],
    ['2027-10-31T23:00:00Z', day('2027-11-01')],
    ['2027-10-31T22:30:00Z', day('2027-10-31')],
    // an offset of its own
    ['2027-03-01T00:00:00+01:00', day('2027-03-01')],
    ['2027-02-28T23:30:00-01:00', day('2027-03-01')],
    // no zone: the day as written
    ['2027-02-28T23:00:00', day('2027-02-28')],
    ['2027-02-31T23:00:00Z', FAIL],
  ])('%s', (text, want) => {
    expect(parseDateText(text)).toEqual(want);
  });
});

describe('parseDateText: a deadline moved to a day', () => {
  it.each<[string, DateResult]>([
    ['ny frist 1/9-2027', day('2027-09-01')],
    ['Ny frist: 01.09.2027', day('2027-09-01')],
    ['rykket til 15.06.2027', day('2027-06-15')],
    ['udsat til 1/9-2027', day('2027-09-01')],
    ['udsat til efteråret', FAIL],
  ])('%s', (text, want) => {
    expect(parseDateText(text)).toEqual(want);
  });
});

describe('parseDateText: a thing that runs until a day or a span ends on it', () => {
  it.each<[string, DateResult]>([
    ['frem til 30.06.2027', day('2027-06-30')],
    ['løbende frem til juni 2027', coarse('2027-06-30')],
    ['Til og med marts 2027', coarse('2027-03-31')],
    ['t.o.m. 31/3-2027', day('2027-03-31')],
    ['fortløbende indtil 1. maj 2027', day('2027-05-01')],
    ['until 30 June 2027', day('2027-06-30')],
    ['frem til marts-juni 2027', FAIL],
    ['indtil videre', FAIL],
  ])('%s', (text, want) => {
    expect(parseDateText(text)).toEqual(want);
  });
});

describe('parseDateText: months, parts of months, weeks, quarters, half-years and years are deadlines on their last day', () => {
  it.each<[string, DateResult]>([
    ['marts 2026', coarse('2026-03-31')],
    ['Marts 2026', coarse('2026-03-31')],
    ['mar. 2026', coarse('2026-03-31')],
    ['march 2026', coarse('2026-03-31')],
    ['feb 2028', coarse('2028-02-29')],
    ['feb. 2026', coarse('2026-02-28')],
    ['maj 2026', coarse('2026-05-31')],
    ['may 2026', coarse('2026-05-31')],
    ['okt 2026', coarse('2026-10-31')],
    ['dec. 2026', coarse('2026-12-31')],
    ['januar 2027', coarse('2027-01-31')],
    ['september 2026', coarse('2026-09-30')],
    ['mar-26', coarse('2026-03-31')],
    ['03/2026', coarse('2026-03-31')],
    ['3.2026', coarse('2026-03-31')],
    ['2026-04', coarse('2026-04-30')],
    // Parts of a month: primo = 1–10, medio = the 15th (the middle), ultimo = 21–last.
    ['primo marts 2026', coarse('2026-03-10')],
    ['medio marts 2026', coarse('2026-03-15')],
    ['ultimo marts 2026', coarse('2026-03-31')],
    ['ultimo februar 2028', coarse('2028-02-29')],
    ['Ultimo feb. 2026', coarse('2026-02-28')],
    // The abbreviations with their full stop.
    ['ult. april 2027', coarse('2027-04-30')],
    ['Ult. feb. 2028', coarse('2028-02-29')],
    ['prim. maj 2027', coarse('2027-05-10')],
    ['udgangen af juni 2026', coarse('2026-06-30')],
    ['slut juni 2026', coarse('2026-06-30')],
    ['midt i juni 2026', coarse('2026-06-15')],
    ['start juni 2026', coarse('2026-06-10')],
    ['end of June 2026', coarse('2026-06-30')],
    ['mid-June 2026', coarse('2026-06-15')],
    ['early June 2026', coarse('2026-06-10')],
    // ISO weeks end on Sunday.
    ['uge 12 2026', coarse('2026-03-22')],
    ['Uge 12, 2026', coarse('2026-03-22')],
    ['uge 12/2026', coarse('2026-03-22')],
    ['uge nr. 12 i 2026', coarse('2026-03-22')],
    ['week 12 2026', coarse('2026-03-22')],
    ['wk 12 2026', coarse('2026-03-22')],
    ['u12 2026', coarse('2026-03-22')],
    ['U 12 2026', coarse('2026-03-22')],
    ['2026-W12', coarse('2026-03-22')],
    ['2026W12', coarse('2026-03-22')],
    ['uge 1 2026', coarse('2026-01-04')],
    ['uge 53 2026', coarse('2027-01-03')],
    ['uge 1 2025', coarse('2025-01-05')],
    // Quarters.
    ['Q3 2026', coarse('2026-09-30')],
    ['q1 2026', coarse('2026-03-31')],
    ['Q3-2026', coarse('2026-09-30')],
    ['2026 Q3', coarse('2026-09-30')],
    ['2026-Q4', coarse('2026-12-31')],
    ['3. kvartal 2026', coarse('2026-09-30')],
    ['3 kvartal 2026', coarse('2026-09-30')],
    ['3. kvt. 2026', coarse('2026-09-30')],
    ['2. kvt 2026', coarse('2026-06-30')],
    ['tredje kvartal 2026', coarse('2026-09-30')],
    ['3rd quarter 2026', coarse('2026-09-30')],
    ['kvartal 2 2026', coarse('2026-06-30')],
    // Half-years.
    ['1. halvår 2026', coarse('2026-06-30')],
    ['2. halvår 2026', coarse('2026-12-31')],
    ['første halvår 2026', coarse('2026-06-30')],
    ['H2 2026', coarse('2026-12-31')],
    ['h1 2026', coarse('2026-06-30')],
    ['2026-H1', coarse('2026-06-30')],
    ['second half of 2026', coarse('2026-12-31')],
    // A year alone.
    ['2026', coarse('2026-12-31')],
    ['år 2027', coarse('2027-12-31')],
    ['ultimo 2026', coarse('2026-12-31')],
    ['ult. 2026', coarse('2026-12-31')],
    ['ult. uge 45 2027', coarse('2027-11-14')],
    ['udgangen af 2026', coarse('2026-12-31')],
    // By the end of a span: "inden/ved/senest ved udgangen af …" is the span's last day.
    ['inden udgangen af marts 2027', coarse('2027-03-31')],
    ['senest ved udgangen af juni 2027', coarse('2027-06-30')],
    ['ved udgangen af 2027', coarse('2027-12-31')],
    ['Inden afslutningen af uge 20 2027', coarse('2027-05-23')],
    ['by the end of June 2027', coarse('2027-06-30')],
    ['afslutningen af april 2027', coarse('2027-04-30')],
  ])('%s', (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });
});

describe('parseDateText: ranges give the first day of the first part and the last day of the last part', () => {
  it.each<[string, DateResult]>([
    ['01.02.2026 - 30.04.2026', range('2026-02-01', '2026-04-30', true)],
    ['01.02.2026-30.04.2026', range('2026-02-01', '2026-04-30', true)],
    ['01-02-2026 - 30-04-2026', range('2026-02-01', '2026-04-30', true)],
    ['01-02-2026-30-04-2026', range('2026-02-01', '2026-04-30', true)],
    ['01.02.2026 – 30.04.2026', range('2026-02-01', '2026-04-30', true)],
    ['01.02.2026 — 30.04.2026', range('2026-02-01', '2026-04-30', true)],
    ['01.02.2026 til 30.04.2026', range('2026-02-01', '2026-04-30', true)],
    ['fra 01.02.2026 til 30.04.2026', range('2026-02-01', '2026-04-30', true)],
    ['1 February 2026 to 30 April 2026', range('2026-02-01', '2026-04-30', true)],
    ['from 2026-02-01 to 2026-04-30', range('2026-02-01', '2026-04-30', true)],
    ['2026-02-01 → 2026-04-30', range('2026-02-01', '2026-04-30', true)],
    ['2026-02-01->2026-04-30', range('2026-02-01', '2026-04-30', true)],
    ['mellem 01.02.2026 og 30.04.2026', range('2026-02-01', '2026-04-30', true)],
    ['15.03-20.04.2026', range('2026-03-15', '2026-04-20', true)],
    ['15/3 - 20/4 2026', range('2026-03-15', '2026-04-20', true)],
    ['15.-20. marts 2026', range('2026-03-15', '2026-03-20', true)],
    ['15-20 marts 2026', range('2026-03-15', '2026-03-20', true)],
    ['1. marts - 30. april 2026', range('2026-03-01', '2026-04-30', true)],
    ['januar–marts 2026', range('2026-01-01', '2026-03-31')],
    ['januar - marts 2026', range('2026-01-01', '2026-03-31')],
    ['januar til marts 2026', range('2026-01-01', '2026-03-31')],
    ['jan-mar 2026', range('2026-01-01', '2026-03-31')],
    ['feb-apr 2026', range('2026-02-01', '2026-04-30')],
    ['Feb.-Apr. 2026', range('2026-02-01', '2026-04-30')],
    ['marts 2026 - maj 2026', range('2026-03-01', '2026-05-31')],
    ['nov-feb 2027', range('2026-11-01', '2027-02-28')],
    ['nov 2026 - feb 2027', range('2026-11-01', '2027-02-28')],
    ['primo marts - ultimo maj 2026', range('2026-03-01', '2026-05-31')],
    ['medio marts - medio april 2026', range('2026-03-15', '2026-04-15')],
    ['uge 10 - uge 12 2026', range('2026-03-02', '2026-03-22')],
    ['uge 12-14 2026', range('2026-03-16', '2026-04-05')],
    ['uge 52 - uge 2 2027', range('2026-12-21', '2027-01-17')],
    ['2026-W10 - 2026-W12', range('2026-03-02', '2026-03-22')],
    ['Q3-Q4 2026', range('2026-07-01', '2026-12-31')],
    ['Q3 2026 - Q1 2027', range('2026-07-01', '2027-03-31')],
    ['1.-2. kvartal 2026', range('2026-01-01', '2026-06-30')],
    ['H1-H2 2026', range('2026-01-01', '2026-12-31')],
    ['2026-2027', range('2026-01-01', '2027-12-31')],
    ['marts 2026 - 15.05.2026', range('2026-03-01', '2026-05-15')],
    ['marts/april 2026', range('2026-03-01', '2026-04-30')],
    ['Q1/Q2 2026', range('2026-01-01', '2026-06-30')],
    ['uge 10/uge 12 2026', range('2026-03-02', '2026-03-22')],
  ])('%s', (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });

  it('keeps a range that runs backwards, so that validation can report start after deadline', () => {
    expect(parseDateText('30.04.2026 - 01.02.2026')).toEqual(range('2026-04-30', '2026-02-01', true));
  });
});

describe('parseDateText: what is not a date', () => {
  it.each([
    '31.02.2026',
    '29.02.2026',
    '32.01.2026',
    '15.13.2026',
    '00.01.2026',
    '2026-02-30',
    '2026-13-01',
    'uge 53 2025',
    'uge 0 2026',
    'Q5 2026',
    '3. halvår 2026',
    'marts 2026 - 31.02.2026',
    'Løbende',
    'løbende',
    'Efter behov',
    'TBD',
    'tbd',
    'N/A',
    '-',
    '',
    '   ',
    'Hele perioden',
    'Når styregruppen har mødtes',
    'uge 12',
    'marts',
    '15.03',
    '15/3',
    '12',
    '12-14',
    '1500',
    '12345678',
    'Efter sommerferien 2026',
    'primo 2026',
    'medio 2026',
  ])('%s', (text) => {
    expect(parseDateText(text)).toEqual(FAIL);
  });
});

describe('excel serials', () => {
  it.each<[number, boolean, string]>([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [61, false, '1900-03-01'],
    [25569, false, '1970-01-01'],
    [46096, false, '2026-03-15'],
    [46096.75, false, '2026-03-15'],
    [2958465, false, '9999-12-31'],
    [0, true, '1904-01-01'],
    [44634, true, '2026-03-15'],
  ])('%d (1904: %s) is %s', (serial, date1904, iso) => {
    expect(excelSerialToIso(serial, date1904)).toBe(iso);
  });

  it('refuses the 1900 leap-year bug day and serials outside Excel', () => {
    expect(() => excelSerialToIso(60, false)).toThrow(RangeError);
    expect(() => excelSerialToIso(0, false)).toThrow(RangeError);
    expect(() => excelSerialToIso(-1, true)).toThrow(RangeError);
    expect(() => excelSerialToIso(3e6, false)).toThrow(RangeError);
    expect(() => excelSerialToIso(Number.NaN, false)).toThrow(RangeError);
  });

  it('round-trips every day from 1900 to 2100 through the 1900 system', () => {
    for (let serial = 1; serial <= 73416; serial++) {
      if (serial === 60) continue;
      const iso = excelSerialToIso(serial, false);
      expect(isIsoDate(iso)).toBe(true);
      if (isoToExcelSerial(iso) !== serial) throw new Error(`${serial} → ${iso} → ${isoToExcelSerial(iso)}`);
    }
  });

  it('turns ISO dates into 1900-system serials and refuses what is not a date', () => {
    expect(isoToExcelSerial('2026-03-15')).toBe(46096);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
    expect(isoToExcelSerial('1900-02-28')).toBe(59);
    expect(() => isoToExcelSerial('2026-02-30')).toThrow(RangeError);
    expect(() => isoToExcelSerial('1899-12-31')).toThrow(RangeError);
    expect(() => isoToExcelSerial('15.03.2026')).toThrow(RangeError);
  });
});

describe('isDateFormat', () => {
  it.each([
    'dd-mm-yyyy',
    'd. mmmm yyyy',
    'dd/mm/yy',
    'yyyy-mm-dd',
    'mmm-yy',
    'mmmm',
    '[$-406]d. mmmm yyyy;@',
    '[$-F800]dddd, mmmm dd, yyyy',
    'dd-mm-yyyy hh:mm',
    'm/d/yy h:mm',
    'dd-mm-åååå',
    '"Uge "dd-mm',
    '14',
    '15',
    '17',
    '22',
  ])('%s is a date format', (fmt) => {
    expect(isDateFormat(fmt)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'General',
    '0',
    '0.00',
    '#,##0',
    '#,##0.00 "kr."',
    '[$kr.-406] #,##0.00',
    '0%',
    '0.00E+00',
    '@',
    'hh:mm',
    'h:mm AM/PM',
    '[h]:mm',
    '[mm]:ss',
    'mm:ss',
    '000000-0000',
    '"Deadline"',
    '18',
    '21',
    '46',
    '2',
  ])('%s is not a date format', (fmt) => {
    expect(isDateFormat(fmt)).toBe(false);
  });
});

describe('parseDateCell', () => {
  const n = (v: number, fmt?: string): GridCell => ({ r: 0, c: 0, t: 'n', v, ...(fmt ? { fmt } : {}) });

  it('reads a number with a date format as a serial in the workbook date system', () => {
    expect(parseDateCell(n(46096, 'dd-mm-yyyy'), false)).toEqual(day('2026-03-15'));
    expect(parseDateCell(n(44634, 'dd-mm-yyyy'), true)).toEqual(day('2026-03-15'));
    expect(parseDateCell(n(46096.5, 'dd-mm-yyyy hh:mm'), false)).toEqual(day('2026-03-15'));
    expect(parseDateCell(n(46096, '14'), false)).toEqual(day('2026-03-15'));
  });

  it('reads a General number as a serial that lost its format only in a plausible range', () => {
    expect(parseDateCell(n(46096), false)).toEqual(day('2026-03-15'));
    expect(parseDateCell(n(46096, 'General'), false)).toEqual(day('2026-03-15'));
    expect(parseDateCell(n(44634), true)).toEqual(day('2026-03-15'));
    expect(parseDateCell(n(12), false)).toEqual(FAIL);
    expect(parseDateCell(n(1500000), false)).toEqual(FAIL);
  });

  it('reads a whole number 1900–2199 as a year', () => {
    expect(parseDateCell(n(2026), false)).toEqual(coarse('2026-12-31'));
    expect(parseDateCell(n(2026, '0'), false)).toEqual(coarse('2026-12-31'));
  });

  it('does not read amounts, times and serial 60 as dates', () => {
    expect(parseDateCell(n(46096, '#,##0.00 "kr."'), false)).toEqual(FAIL);
    expect(parseDateCell(n(46096, '0.00'), false)).toEqual(FAIL);
    expect(parseDateCell(n(0.5, 'hh:mm'), false)).toEqual(FAIL);
    expect(parseDateCell(n(60, 'dd-mm-yyyy'), false)).toEqual(FAIL);
    expect(parseDateCell(n(0, 'dd-mm-yyyy'), false)).toEqual(FAIL);
  });

  it('reads text by parseDateText and never booleans or errors', () => {
    expect(parseDateCell({ r: 0, c: 0, t: 's', v: 'uge 12 2026' }, false)).toEqual(coarse('2026-03-22'));
    expect(parseDateCell({ r: 0, c: 0, t: 's', v: 'Løbende' }, false)).toEqual(FAIL);
    expect(parseDateCell({ r: 0, c: 0, t: 'b', v: true }, false)).toEqual(FAIL);
    expect(parseDateCell({ r: 0, c: 0, t: 'e', v: '#N/A' }, false)).toEqual(FAIL);
  });
});

describe('isoWeekRange', () => {
  it.each<[number, number, string, string]>([
    [2026, 1, '2025-12-29', '2026-01-04'],
    [2026, 12, '2026-03-16', '2026-03-22'],
    [2026, 53, '2026-12-28', '2027-01-03'],
    [2021, 1, '2021-01-04', '2021-01-10'],
    [2020, 53, '2020-12-28', '2021-01-03'],
    [2027, 52, '2027-12-27', '2028-01-02'],
  ])('%d week %d is %s – %s', (year, week, start, end) => {
    expect(isoWeekRange(year, week)).toEqual({ start, end });
  });

  it('knows which years have 53 weeks and refuses weeks a year does not have', () => {
    expect([2015, 2020, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 53, 53, 53]);
    expect([2021, 2024, 2025, 2027].map(isoWeeksInYear)).toEqual([52, 52, 52, 52]);
    expect(() => isoWeekRange(2025, 53)).toThrow(RangeError);
    expect(() => isoWeekRange(2026, 0)).toThrow(RangeError);
  });
});

describe('Danish and English date notation for messages', () => {
  it('formats ISO dates', () => {
    expect(formatDanishDate('2026-03-05')).toBe('05.03.2026');
    expect(formatEnglishDate('2026-03-05')).toBe('5 March 2026');
  });
});

describe('no local time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Copenhagen', 'UTC'])(
    'gives the same calendar days in %s',
    (tz) => {
      process.env.TZ = tz;
      expect(excelSerialToIso(46096, false)).toBe('2026-03-15');
      expect(excelSerialToIso(46096.999999, false)).toBe('2026-03-15');
      expect(isoToExcelSerial('2026-03-29')).toBe(46110); // Danish summer time starts that night
      expect(parseDateText('29.03.2026')).toEqual(day('2026-03-29'));
      expect(parseDateText('uge 13 2026')).toEqual(coarse('2026-03-29'));
      expect(parseDateText('oktober 2026')).toEqual(coarse('2026-10-31'));
    },
  );
});

describe('parseDateText: impossible numeric dates are not read as ranges of their pieces', () => {
  it.each(['2026-13-01', '31-02-2026', '2026-02-30', '30-02-26'])('%s', (text) => {
    expect(parseDateText(text)).toEqual(FAIL);
  });
});

describe('properties', () => {
  const DA_MONTHS = [
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
  ];
  const EN_MONTHS = [
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
  ];
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const anyDay = fc
    .integer({ min: isoToExcelSerial('2000-01-01'), max: isoToExcelSerial('2099-12-31') })
    .map((s) => excelSerialToIso(s, false));

  it('every day written in any supported way is read back as that day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 9 }), (iso, style) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const written = [
          `${p2(d)}.${p2(m)}.${y}`,
          `${p2(d)}-${p2(m)}-${y}`,
          `${d}/${m} ${y}`,
          `${d}/${m}-${y}`,
          `${d}.${m}.${p2(y % 100)}`,
          iso,
          `${d}. ${DA_MONTHS[m - 1]} ${y}`,
          `${d} ${EN_MONTHS[m - 1]} ${y}`,
          `${EN_MONTHS[m - 1]} ${d}, ${y}`,
          `${p2(d)}-${(EN_MONTHS[m - 1] ?? '').slice(0, 3)}-${p2(y % 100)}`,
        ][style]!;
        expect(parseDateText(written)).toEqual(day(iso));
      }),
      { numRuns: 2000 },
    );
  });

  it('a range of two days is read as that range whatever the separator', () => {
    fc.assert(
      fc.property(
        anyDay,
        anyDay,
        fc.constantFrom(' - ', '-', ' – ', '—', ' til ', ' to ', ' → '),
        (a, b, sep) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const da = (iso: string): string => iso.split('-').reverse().join('.');
          expect(parseDateText(`${da(from)}${sep}${da(to)}`)).toEqual(range(from, to, true));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('every ISO week ends on its Sunday, in every way it is written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 53 }),
        fc.integer({ min: 0, max: 3 }),
        (year, week, style) => {
          const written = [
            `uge ${week} ${year}`,
            `week ${week}, ${year}`,
            `u${week} ${year}`,
            `${year}-W${p2(week)}`,
          ][style]!;
          if (week > isoWeeksInYear(year)) {
            expect(parseDateText(written)).toEqual(FAIL);
            return;
          }
          const { start, end } = isoWeekRange(year, week);
          expect(parseDateText(written)).toEqual(coarse(end));
          expect(isoToExcelSerial(end) - isoToExcelSerial(start)).toBe(6);
          expect((((isoToExcelSerial(start) - isoToExcelSerial('2024-01-01')) % 7) + 7) % 7).toBe(0); // a Monday
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('readDateText: a year supplied by the caller for a date written without one', () => {
  const read = (
    text: string,
    year?: number,
  ): Pick<DateReading, 'first' | 'last' | 'range' | 'yearSupplied'> | undefined => {
    const r = readDateText(text, year === undefined ? {} : { year });
    return r && { first: r.first, last: r.last, range: r.range, yearSupplied: r.yearSupplied };
  };

  it.each<[string, string, string, boolean]>([
    ['15. maj', '2027-05-15', '2027-05-15', false],
    ['15.05', '2027-05-15', '2027-05-15', false],
    ['uge 12', '2027-03-22', '2027-03-28', false],
    ['Q1', '2027-01-01', '2027-03-31', false],
    ['1. kvartal', '2027-01-01', '2027-03-31', false],
    ['marts', '2027-03-01', '2027-03-31', false],
    ['medio marts', '2027-03-15', '2027-03-15', false],
    ['primo april', '2027-04-01', '2027-04-10', false],
    ['ultimo april', '2027-04-21', '2027-04-30', false],
    ['start af maj', '2027-05-01', '2027-05-10', false],
    ['slut juni', '2027-06-21', '2027-06-30', false],
    ['hele året', '2027-01-01', '2027-12-31', false],
    ['uge 10-11', '2027-03-08', '2027-03-21', true],
    ['jan.–feb.', '2027-01-01', '2027-02-28', true],
    ['nov–feb', '2027-11-01', '2028-02-29', true],
    ['15.-20. marts', '2027-03-15', '2027-03-20', true],
    ['KW 36', '2027-09-06', '2027-09-12', false],
    ['kw. 36', '2027-09-06', '2027-09-12', false],
    ['KW 40-42', '2027-10-04', '2027-10-24', true],
    ['ultimo uge 45', '2027-11-08', '2027-11-14', false],
    ['slut uge 12', '2027-03-22', '2027-03-28', false],
    ['end of week 12', '2027-03-22', '2027-03-28', false],
    ['inden 1. oktober', '2027-10-01', '2027-10-01', false],
    ['før 1/4', '2027-04-01', '2027-04-01', false],
    ['before 1 April', '2027-04-01', '2027-04-01', false],
  ])('%s in a plan of 2027 is %s – %s', (text, first, last, isRange) => {
    expect(read(text)).toBeUndefined();
    expect(read(text, 2027)).toEqual({ first, last, range: isRange, yearSupplied: true });
  });

  it('never overrides a year that is written', () => {
    expect(read('15.05.2026', 2027)).toEqual({
      first: '2026-05-15',
      last: '2026-05-15',
      range: false,
      yearSupplied: false,
    });
    expect(read('uge 10-11 2026', 2027)?.yearSupplied).toBe(false);
    expect(read('nov-feb 2027', 2030)).toMatchObject({ first: '2026-11-01', yearSupplied: false });
  });

  it('a year does not make a date of what is none', () => {
    for (const text of [
      '12',
      '12-14',
      'Løbende',
      'efterår',
      'hele',
      'hele perioden',
      'TBD',
      'inden sommerferien',
      'før jul',
      'primo uge 12',
      'inden uge 12',
      'før 2027',
      'inden marts',
    ]) {
      expect(read(text, 2027)).toBeUndefined();
    }
  });

  it('reads "hele året 2026" as the year', () => {
    expect(parseDateText('hele året 2026')).toEqual(coarse('2026-12-31'));
    expect(parseDateText('Hele 2026')).toEqual(coarse('2026-12-31'));
    expect(parseDateText('all year 2026')).toEqual(coarse('2026-12-31'));
  });

  it('reads "inden 1. oktober" / "før 15.03.2027" / "before 1 April" as that day, approximate (it may mean the day before)', () => {
    expect(readDateText('inden 1. oktober', { year: 2027 })).toMatchObject({
      last: '2027-10-01',
      approximate: true,
    });
    expect(readDateText('før 15.03.2027')).toMatchObject({ last: '2027-03-15', approximate: true });
    expect(readDateText('before 1 April 2027')).toMatchObject({ last: '2027-04-01', approximate: true });
    expect(readDateText('senest 1. oktober 2027')?.approximate).toBe(false);
  });

  it('marks primo and medio as approximate, ultimo and months not', () => {
    expect(readDateText('medio marts 2026')?.approximate).toBe(true);
    expect(readDateText('primo marts 2026')?.approximate).toBe(true);
    expect(readDateText('ultimo marts 2026')?.approximate).toBe(false);
    expect(readDateText('marts 2026')?.approximate).toBe(false);
    expect(readDateText('medio marts - ultimo april 2026')?.approximate).toBe(true);
  });
});

describe('readDateText: words around the day', () => {
  it('reads "ca.", "omkring", "around" before a date as the date, approximate', () => {
    expect(readDateText('ca. 1. april 2027')).toMatchObject({
      first: '2027-04-01',
      last: '2027-04-01',
      approximate: true,
    });
    expect(readDateText('omkring 1. maj 2027')).toMatchObject({ last: '2027-05-01', approximate: true });
    expect(readDateText('cirka uge 14 2027')).toMatchObject({
      first: '2027-04-05',
      last: '2027-04-11',
      approximate: true,
    });
    expect(readDateText('around March 2027')).toMatchObject({ last: '2027-03-31', approximate: true });
    // Nothing after the word, or no date after it: no reading.
    expect(readDateText('ca.')).toBeUndefined();
    expect(readDateText('ca. 20 deltagere')).toBeUndefined();
  });

  it('drops a time of day written with "kl." or as hh:mm after the day', () => {
    for (const text of [
      '12/4-27 kl. 10-12',
      'kl. 10 d. 12/4-27',
      '12.04.2027 kl 9.30',
      '12.04.2027, kl. 10:00-12:00',
      '12.04.2027 10:00',
      '12.04.2027 10:00-11:30',
      'mandag d. 12. april 2027 kl. 13',
    ]) {
      expect(readDateText(text)).toMatchObject({
        first: '2027-04-12',
        last: '2027-04-12',
        exact: true,
        approximate: false,
      });
    }
    // A time with no day is no date; "kl." does not make a number a day.
    expect(readDateText('kl. 10-12')).toBeUndefined();
    expect(readDateText('kl. 10')).toBeUndefined();
  });

  it('reads "først i", "i starten af", "i slutningen af" a month as its first or last third, "i" a month as the month', () => {
    expect(readDateText('først i april 2027')).toMatchObject({
      first: '2027-04-01',
      last: '2027-04-10',
      approximate: true,
    });
    expect(readDateText('i starten af april 2027')).toMatchObject({
      first: '2027-04-01',
      last: '2027-04-10',
    });
    expect(readDateText('i slutningen af april 2027')).toMatchObject({
      first: '2027-04-21',
      last: '2027-04-30',
    });
    // "i april 2027", "in April 2027": the month.
    expect(readDateText('i april 2027')).toMatchObject({
      first: '2027-04-01',
      last: '2027-04-30',
      approximate: false,
    });
    expect(readDateText('in April 2027')).toMatchObject({ first: '2027-04-01', last: '2027-04-30' });
  });
});

describe('readDateText: the order of a numeric day and month', () => {
  it('is day first unless the caller decided month first', () => {
    expect(readDateText('03/04/2026')?.last).toBe('2026-04-03');
    expect(readDateText('03/04/2026', { order: 'mdy' })?.last).toBe('2026-03-04');
    expect(readDateText('09/30/2026', { order: 'mdy' })?.last).toBe('2026-09-30');
    expect(readDateText('09/30/2026')).toBeUndefined();
    expect(readDateText('30/09/2026', { order: 'mdy' })).toBeUndefined();
    expect(readDateText('9/30 - 10/15/2026', { order: 'mdy' })).toMatchObject({
      first: '2026-09-30',
      last: '2026-10-15',
    });
  });

  it('leaves dates with the year first alone', () => {
    expect(readDateText('2026-03-04', { order: 'mdy' })?.last).toBe('2026-03-04');
  });
});

describe('dates in Danish custom formats', () => {
  const n = (v: number, fmt: string): GridCell => ({ r: 0, c: 0, t: 'n', v, fmt });
  const serial = isoToExcelSerial('2026-03-15');

  it.each<[string, string | undefined]>([
    ['[$-406]d. mmmm yyyy;@', 'day'],
    ['dd-mm-åååå', 'day'],
    ['d/m/yy', 'day'],
    ['dd-mm-yyyy hh:mm', 'day'],
    ['mmm-yy', 'month'],
    ['[$-406]mmmm yyyy;@', 'month'],
    ['mmmm', 'month'],
    ['mm/yyyy', 'month'],
    ['17', 'month'],
    ['14', 'day'],
    ['yyyy', 'year'],
    ['"uge "WW', 'week'],
    ['hh:mm', undefined],
    ['mm:ss', undefined],
    ['0.00', undefined],
  ])('%s shows a %s', (fmt, unit) => {
    expect(dateFormatUnit(fmt)).toBe(unit);
  });

  it('a serial shown as a month is that month: its last day is the deadline, its first the start', () => {
    expect(parseDateCell(n(serial, 'mmm-yy'), false)).toEqual(coarse('2026-03-31'));
    expect(readDateCell(n(serial, '[$-406]mmmm yyyy;@'), false)).toMatchObject({
      first: '2026-03-01',
      last: '2026-03-31',
      exact: false,
    });
  });

  it('a serial shown as a year or a week is that year or ISO week', () => {
    expect(parseDateCell(n(serial, 'yyyy'), false)).toEqual(coarse('2026-12-31'));
    expect(readDateCell(n(serial, '"uge "WW'), false)).toMatchObject({
      first: '2026-03-09',
      last: '2026-03-15',
    });
  });

  it('a serial shown as a day in a Danish format is that day', () => {
    expect(parseDateCell(n(serial, '[$-406]d. mmmm yyyy;@'), false)).toEqual(day('2026-03-15'));
    expect(parseDateCell(n(serial, 'dd-mm-åååå'), false)).toEqual(day('2026-03-15'));
  });
});
