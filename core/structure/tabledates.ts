// The date columns of one table, read as a whole before any row, the way a careful person reads
// a column of dates:
//
//   order  the order of a numeric day and month is decided for the column from the values that can
//          only be read one way (values.ts decideDayMonthOrder): a column holding 09/30/2026 is
//          month first, and 03/04/2026 in it is 4 March. A column is never read in two orders. With
//          no deciding value: 03.04.2026 is day first, certain (full stops are Danish notation);
//          03-04-2026 is day first, checked (Excel's Danish date display); 03/04/2026 is undecidable
//          (the slash is written in both orders): flagged at its cell, not guessed, the text kept.
//          In a column that has both orders, a value that could be either is flagged, not guessed.
//   years  a date written without a year ("15. maj", "uge 10-11", "Q1") takes it from, in order:
//          a date in the same row (the start for the deadline and back), the dates above and below
//          in the same column (the year that puts it nearest them), the plan's title or
//          period (years.ts; a title over two years is read forward: a month earlier than the one
//          above it is in the next year). Every supplied year is a check at the cell, naming where
//          it came from. Without any source the date is flagged.
//   vague  "Løbende", "efter behov", "efterår 2026": kept as text (the cell stays in the unmapped
//          list), with an issue at the cell that says a deadline is needed.
//
// Checks and issues are reported when a row takes the value (readTableDate), once per cell, so a
// row that is left out of the table reports nothing.

import { bareWeek, WEEK_HEADER } from './weekcalendar';
import { a1, type GridCell } from '../grid';
import { spokenDate } from './spoken';
import {
  dateFormatUnit,
  englishDayOf,
  MONTH_NAMES_FULL,
  formatDanishDate,
  formatEnglishDate,
  isoToDays,
  type DateOptions,
  type DateReading,
} from '../dates';
import type { Issue } from '../schema';
import { TABLE_SHEETS, type Label } from '../spec';
import { addCheck, fieldColumns, memo, valueCell, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { dateUnreadable, quote } from './messages';
import { displayText } from './sheet';
import {
  dateOrderUndecidable,
  dateOrderUnknown,
  dateVague,
  dateNotInPlanYears,
  dateWithoutYear,
  isVagueTime,
} from './value-messages';
import {
  FOOTNOTE_MARK,
  PROBE_YEAR,
  dayMonthReadings,
  decideDayMonthOrder,
  dottedDate,
  lettersAsDigits,
  mayBeNumericDayMonth,
  readDateCellCached as readDateCell,
  type DayMonthOrder,
} from './values';
import { yearsFor, type YearSource } from './years';

interface Entry {
  readonly cell: GridCell;
  /** What is read as the date when it is not the cell's whole text (a remark in brackets left out). */
  readonly source?: GridCell;
  readonly field: string;
  readonly text: string;
  readonly order: DayMonthOrder;
  reading?: DateReading;
  /** Read only with a year (pending until one is found). */
  yearless?: boolean;
  confidence: number;
  reasons: Label[];
  issue?: Issue;
  reported: boolean;
}

/**
 * The date at a cell of a table's date column (start, deadline, training date, measured on), with
 * the column's day/month order and the plan's years applied; an issue or a check is reported at
 * the cell the first time it is read. Undefined when the cell holds no date that can be known.
 */
export function readTableDate(
  t: DetectedTable,
  ctx: Ctx,
  field: string,
  cell: GridCell,
): DateReading | undefined {
  return memo(ctx, t, 'dates', newTableDates).read(field, cell);
}

function newTableDates(t: DetectedTable, _key: string, ctx: Ctx): TableDates {
  return new TableDates(t, ctx);
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

interface Column {
  readonly field: string;
  readonly col: number;
  readonly order: DayMonthOrder;
  readonly options: DateOptions;
  /** Every cell has its entry (done when the first cell that is not a plain date is read). */
  prepared: boolean;
}

function daysOf(iso: string): number {
  return isoToDays(iso) ?? 0;
}

/** A date more years than this before or after the plan's years is asked about (checkYear). */
const FAR_YEARS = 3;
/** A day and a month written as numbers, then a year of three or five digits. */
const SLIPPED_YEAR = /^(\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*)(\d{3}|\d{5})$/u;

/** A cell's position as one number (row-major; exact for every row and column Excel has). */
function cellKey(cell: GridCell): number {
  return cell.r * 0x4000 + cell.c;
}

const UNDECIDED: DayMonthOrder = { order: 'dmy', decided: false, conflict: false };

class TableDates {
  /** The date columns by field. */
  private readonly columns = new Map<string, Column>();
  /**
   * Entries of prepared columns, by the cell's position (cellKey): not by cell object, since a view
   * of a large sheet makes a row's cell objects anew when the row is read again (SheetView).
   */
  private readonly entries = new Map<number, Entry>();
  private readonly sheet: string;
  /** The table's date fields in the spec's order (start before deadline). */
  private readonly fields: readonly string[];
  /** The years the plan is about, found when first needed (null: none known). */
  private planYears: { from: number; to: number } | null | undefined;
  /** Positions (cellKey) of cells whose far-off year has been reported. */
  private readonly yearChecked = new Set<number>();
  /** Date columns headed as weeks ("Uge"), whose bare numbers are weeks (weekcalendar.ts). */
  private readonly weekCols = new Set<number>();

  constructor(
    private readonly t: DetectedTable,
    private readonly ctx: Ctx,
  ) {
    this.sheet = t.view.name;
    const spec = TABLE_SHEETS.find((s) => s.key === t.key);
    this.fields = (spec?.columns ?? []).filter((c) => c.kind === 'date').map((c) => c.field);
    const cols = fieldColumns(t);
    for (const field of this.fields) {
      const col = cols.get(field);
      if (col === undefined) continue;
      // Only texts with a numeric day and month can tell the order (hot: no work for the others).
      const numeric: GridCell[] = [];
      this.eachCellOf(col, (cell) => {
        if (mayBeNumericDayMonth(cell)) numeric.push(cell);
      });
      const order = decideDayMonthOrder(numeric);
      if (WEEK_HEADER.test(t.columns.find((c) => c.col === col)?.header.trim() ?? '')) this.weekCols.add(col);
      this.columns.set(field, { field, col, order, options: { order: order.order }, prepared: false });
    }
    // Start and deadline are typed by the same hand: a column with nothing to tell the order by
    // ("2/1/27" alone) takes the one the table's other date column shows ("3/15/27" is month first).
    const shown = [...this.columns.values()].filter((c) => c.order.decided && !c.order.conflict);
    const orders = new Set(shown.map((c) => c.order.order));
    const other = shown[0];
    if (other && orders.size === 1)
      for (const [field, c] of this.columns)
        if (!c.order.decided && !c.order.conflict)
          this.columns.set(field, { ...c, order: other.order, options: { order: other.order.order } });
  }

  /** The column's cells in row order (a cell merged down over several rows once). */
  private cellsOf(col: number): GridCell[] {
    const out: GridCell[] = [];
    this.eachCellOf(col, (cell) => out.push(cell));
    return out;
  }

  /** cellsOf without the array (hot: every date column of a large plan is looked through). */
  private eachCellOf(col: number, visit: (cell: GridCell) => void): void {
    // The rows by their index in view.rows (no copy of a large table's rows per column).
    const view = this.t.view;
    const rows = view.rows;
    const end = view.rowIndexFrom(this.t.lastRow + 1);
    let last = -1;
    for (let i = view.rowIndexFrom(this.t.firstRow); i < end; i++) {
      const cell = valueCell(this.t, rows[i] as number, col);
      if (!cell) continue;
      const key = cellKey(cell);
      if (key === last) continue;
      last = key;
      visit(cell);
    }
  }

  read(field: string, cell: GridCell): DateReading | undefined {
    const key = cellKey(cell);
    let e = this.entries.get(key);
    if (!e) {
      const column = this.columns.get(field);
      // Hot: most cells are plain dates, read without a check.
      const plain = this.plain(cell, column);
      if (plain) return this.checkYear(field, cell, plain);
      if (column && !column.prepared) this.prepare(column);
      e = this.entries.get(key);
      if (!e || e.field !== field) {
        // A cell outside the table's date columns (not expected): read on its own.
        e = this.first(cell, field, column?.order ?? UNDECIDED);
        if (e.yearless) this.fromContext(e, undefined);
        this.entries.set(key, e);
      }
    }
    if (!e.reported) {
      e.reported = true;
      if (e.issue) this.ctx.issues.push(e.issue);
      else if (e.reading && e.confidence < 1) {
        addCheck(this.ctx, {
          sheet: this.sheet,
          cell: a1(cell.r, cell.c),
          field: `${this.t.key}.${field}`,
          value: quote(e.text),
          confidence: e.confidence,
          reason: {
            da: e.reasons.map((r) => r.da).join(' '),
            en: e.reasons.map((r) => r.en).join(' '),
          },
        });
      }
    }
    if (e.issue || !e.reading) return undefined;
    return e.confidence === 1 ? this.checkYear(field, cell, e.reading) : e.reading;
  }

  /**
   * A date read for certain whose year lies far from the years the plan is about (its title or
   * period, else the middle of its own dates): a typing slip ("15.03.2037" in a plan for 2027) or
   * a date written in another order ("27-03-01" read as 27 March 2001). The date is kept, and the
   * coordinator is asked to check it. A single day whose year is one of the plan's years with two
   * digits typed the wrong way round ("30.06.2072" in a plan for 2027) is read in the plan's year,
   * checked the same way: a deadline 45 years away is no reading anyone means.
   */
  private checkYear(field: string, cell: GridCell, reading: DateReading): DateReading {
    const range = (this.planYears ??= this.findPlanYears());
    if (range === null) return reading;
    const year = yearOf(reading.last);
    if (year >= range.from - FAR_YEARS && year <= range.to + FAR_YEARS) return reading;
    const swapped = reading.range ? undefined : swappedYear(reading.last, range);
    const read = swapped === undefined ? reading : { ...reading, first: swapped, last: swapped };
    const key = cellKey(cell);
    if (this.yearChecked.has(key)) return read;
    this.yearChecked.add(key);
    const text = displayText(cell, this.ctx.date1904);
    const span = range.from === range.to ? `${range.from}` : `${range.from}–${range.to}`;
    if (swapped !== undefined) {
      const was = spoken(reading.last);
      const now = spoken(swapped);
      addCheck(this.ctx, {
        sheet: this.sheet,
        cell: a1(cell.r, cell.c),
        field: `${this.t.key}.${field}`,
        value: quote(text),
        confidence: 0.6,
        reason: {
          da: `Datoen ${was.da} ligger langt fra planens år (${span}); den er læst som ${now.da}, året med to cifre byttet om. Ret datoen, hvis det ikke passer.`,
          en: `The date ${was.en} lies far from the plan's years (${span}); it was read as ${now.en}, the year with two digits swapped. Correct the date if that is wrong.`,
        },
      });
      return read;
    }
    const shown = spoken(reading.last);
    addCheck(this.ctx, {
      sheet: this.sheet,
      cell: a1(cell.r, cell.c),
      field: `${this.t.key}.${field}`,
      value: quote(text),
      confidence: 0.5,
      reason: {
        da: `Datoen er læst som ${shown.da}, langt fra planens år (${span}). Er året skrevet forkert, så ret datoen.`,
        en: `The date was read as ${shown.en}, far from the plan's years (${span}). If the year is mistyped, correct the date.`,
      },
    });
    return reading;
  }

  /** The years the plan is about: its title or period, else the middle year of the table's dates. */
  private findPlanYears(): { from: number; to: number } | null {
    const source = yearsFor(this.ctx.years, this.sheet);
    if (source) return { from: source.from, to: source.to };
    const years: number[] = [];
    for (const column of this.columns.values())
      this.eachCellOf(column.col, (cell) => {
        const r = readDateCell(cell, this.ctx.date1904, column.options);
        if (r) years.push(yearOf(r.last));
      });
    if (years.length < 3) return null;
    years.sort((a, b) => a - b);
    const middle = years[years.length >> 1] as number;
    return { from: middle, to: middle };
  }

  /** The reading of a cell that needs neither a check nor an issue; undefined otherwise. */
  private plain(cell: GridCell, column: Column | undefined): DateReading | undefined {
    if (this.weekCols.has(cell.c) && bareWeek(cell) !== undefined) return undefined;
    const order = column?.order ?? UNDECIDED;
    const reading = readDateCell(cell, this.ctx.date1904, column?.options ?? {});
    if (!reading || reading.approximate || lostFormat(cell)) return undefined;
    // "Mar 26": a month to a Dane, a day to an English reader (checked in first()).
    if (!reading.exact && typeof cell.v === 'string' && englishDayOf(cell.v) !== undefined) return undefined;
    // In a column whose order is decided, no value needs a check for it.
    if (
      !(order.decided && !order.conflict) &&
      mayBeNumericDayMonth(cell) &&
      (order.conflict || !dottedDate(cell.v as string)) &&
      dayMonthReadings(cell.v as string) === 'either'
    ) {
      return undefined;
    }
    return reading;
  }

  /** Entries for every cell of a column, and years for its dates written without one. */
  private prepare(column: Column): void {
    column.prepared = true;
    const entries = this.cellsOf(column.col).map((cell) => this.first(cell, column.field, column.order));
    for (const e of entries) this.entries.set(cellKey(e.cell), e);
    this.supplyYears(column.field, entries);
  }

  /** Reads a cell with the column's order; a date without a year is left for supplyYears. */
  private first(cell: GridCell, field: string, order: DayMonthOrder): Entry {
    // A bare number under "Uge" is that week ("45" is uge 45), its year from the plan's.
    const week = this.weekCols.has(cell.c) ? bareWeek(cell) : undefined;
    if (week !== undefined) {
      const { fmt: _fmt, ...plainCell } = cell;
      const source: GridCell = { ...plainCell, t: 's', v: `uge ${week}` };
      return {
        ...this.first(source, field, order),
        cell,
        source,
        text: displayText(cell, this.ctx.date1904),
      };
    }
    const remarked = typeof cell.v === 'string' ? splitRemark(cell.v) : undefined;
    if (remarked && !this.readsAsDate(cell, order)) {
      // "marts 2027 (udsat)", "15.03.2027 (flyttet)": the date, and a remark beside it.
      const remark = quote(remarked.remark);
      const e = this.partOf(cell, field, order, remarked.date, {
        da: `Bemærkningen "(${remark})" står ved datoen; kun "${quote(remarked.date)}" er læst som dato, og bemærkningen er ikke brugt i planen.`,
        en: `The remark "(${remark})" is written beside the date; only "${quote(remarked.date)}" was read as the date, and the remark is not used in the plan.`,
      });
      if (e) return e;
    }
    // "30.10.2026¹": a footnote mark after the date (a Word table's), its note under the table.
    const mark = typeof cell.v === 'string' ? FOOTNOTE_MARK.exec(cell.v) : null;
    if (mark && !this.readsAsDate(cell, order)) {
      const date = (cell.v as string).slice(0, mark.index);
      const sign = quote(mark[0].trim());
      const e = this.partOf(cell, field, order, date, {
        da: `Fodnotemærket "${sign}" står efter datoen: kun "${quote(date.trim())}" er læst som dato. Se fodnoten under tabellen.`,
        en: `The footnote mark "${sign}" follows the date: only "${quote(date.trim())}" was read as the date. See the footnote under the table.`,
      });
      if (e) return e;
    }
    const text = displayText(cell, this.ctx.date1904);
    const e: Entry = { cell, field, text, order, confidence: 1, reasons: [], reported: false };
    const at = a1(cell.r, cell.c);
    const reading = readDateCell(cell, this.ctx.date1904, { order: order.order });
    if (reading) {
      if (typeof cell.v === 'string' && dayMonthReadings(cell.v) === 'either') {
        const other = readDateCell(cell, this.ctx.date1904, { order: order.order === 'dmy' ? 'mdy' : 'dmy' });
        if (order.conflict && other) {
          const [dayFirst, monthFirst] = order.order === 'dmy' ? [reading, other] : [other, reading];
          e.issue = dateOrderUndecidable(
            this.sheet,
            at,
            text,
            spoken(dayFirst.last),
            spoken(monthFirst.last),
          );
          return e;
        }
        if (!order.decided && slashedDate(cell.v) && other) {
          // 03/04/2026 with nothing in the column to decide by: the slash is the notation of both
          // orders (a US system's export, a Danish "3/4"), so the date is not guessed.
          const [dayFirst, monthFirst] = order.order === 'dmy' ? [reading, other] : [other, reading];
          e.issue = dateOrderUnknown(this.sheet, at, text, spoken(dayFirst.last), spoken(monthFirst.last));
          return e;
        }
        if (!order.decided && !dottedDate(cell.v) && other) {
          this.doubt(e, 0.8, {
            da: `Dag og måned kan byttes om: læst som ${spoken(reading.last).da} (dagen først, som på dansk), fordi ingen dato i kolonnen viser rækkefølgen. Menes ${spoken(other.last).da}, så ret datoen.`,
            en: `Day and month could be swapped: read as ${spoken(reading.last).en} (day first, as in Danish), because no date in the column shows the order. If ${spoken(other.last).en} is meant, correct the date.`,
          });
        }
      }
      if (reading.approximate) this.doubt(e, 0.8, approximately(text, this.shown(reading, field)));
      const english = typeof cell.v === 'string' && !reading.exact ? englishDayOf(cell.v) : undefined;
      if (english) {
        // "Mar 26": read as the month and year a Dane writes so; an English reader sees a day.
        const shown = this.shown(reading, field);
        const da = MONTH_NAMES_FULL.da[english.month - 1] ?? '';
        const en = MONTH_NAMES_FULL.en[english.month - 1] ?? '';
        this.doubt(e, 0.8, {
          da: `"${quote(text)}" er læst som måned og år (${shown.da}), som det skrives på dansk. Menes den ${english.day}. ${da}, som det læses på engelsk, så skriv datoen helt ud.`,
          en: `"${quote(text)}" was read as a month and year (${shown.en}), as Danish writes it. If ${english.day} ${en} is meant, as English reads it, write the date in full.`,
        });
      }
      if (lostFormat(cell)) {
        const shown = this.shown(reading, field);
        this.doubt(e, 0.8, {
          da: `Tallet ${text} har intet datoformat, men er læst som Excels dagnummer for ${shown.da}.`,
          en: `The number ${text} has no date format, but was read as Excel's day number for ${shown.en}.`,
        });
      }
      e.reading = reading;
      return e;
    }
    if (order.conflict && typeof cell.v === 'string') {
      // A column written both ways: a value that can only be read the other way is read so, checked.
      const other = readDateCell(cell, this.ctx.date1904, { order: order.order === 'dmy' ? 'mdy' : 'dmy' });
      if (other) {
        const shown = this.shown(other, field);
        this.doubt(e, 0.7, {
          da: `Kolonnen har datoer skrevet både med dagen først og med måneden først; "${quote(text)}" kan kun læses som ${shown.da}.`,
          en: `The column has dates written both day first and month first; "${quote(text)}" can only be read as ${shown.en}.`,
        });
        e.reading = other;
        return e;
      }
    }
    // "2O27", "l5.02.2027", "uge 1O": letters typed for digits, read with a check.
    const digits = typeof cell.v === 'string' ? lettersAsDigits(cell.v) : undefined;
    if (digits !== undefined) {
      const source: GridCell = { ...cell, v: digits };
      const fixed = readDateCell(source, this.ctx.date1904, { order: order.order });
      const yearless =
        !fixed &&
        readDateCell(source, this.ctx.date1904, { order: order.order, year: PROBE_YEAR }) !== undefined;
      if (fixed || yearless) {
        const read: Entry = { ...e, source };
        const shown = fixed
          ? this.shown(fixed, field)
          : { da: `"${quote(digits)}"`, en: `"${quote(digits)}"` };
        this.doubt(read, 0.8, {
          da: `"${quote(text)}" har et bogstav, hvor der skulle stå et tal (O for 0, l for 1), og er læst som ${shown.da}. Ret datoen, hvis det er forkert.`,
          en: `"${quote(text)}" has a letter where a digit belongs (O for 0, l for 1), and was read as ${shown.en}. Correct the date if that is wrong.`,
        });
        if (fixed) read.reading = fixed;
        else read.yearless = true;
        return read;
      }
    }
    // "femtende marts", "den første i fjerde", "uge tolv": a date said to voice typing, read with a check.
    const said = typeof cell.v === 'string' ? spokenDate(cell.v) : undefined;
    if (said !== undefined) {
      const source: GridCell = { ...cell, v: said };
      const fixed = readDateCell(source, this.ctx.date1904, { order: order.order });
      const yearless =
        !fixed &&
        readDateCell(source, this.ctx.date1904, { order: order.order, year: PROBE_YEAR }) !== undefined;
      if (fixed || yearless) {
        const read: Entry = { ...e, source };
        const shown = fixed ? this.shown(fixed, field) : { da: `"${quote(said)}"`, en: `"${quote(said)}"` };
        this.doubt(read, 0.9, {
          da: `"${quote(text)}" er en dato sagt med ord (diktat) og er læst som ${shown.da}. Ret datoen, hvis det er forkert.`,
          en: `"${quote(text)}" is a date said in words (dictation) and was read as ${shown.en}. Correct the date if that is wrong.`,
        });
        if (fixed) read.reading = fixed;
        else read.yearless = true;
        return read;
      }
    }
    // "1.12.20206", "15.03.227": a year with a digit typed twice or left out, read as the one year of
    // the plan's that it can be (checked); two or none: unread, as before.
    const slipped = typeof cell.v === 'string' ? this.yearSlip(cell, cell.v, order) : undefined;
    if (slipped) {
      const read: Entry = { ...e, source: slipped.source };
      this.doubt(read, 0.6, {
        da: `Året "${slipped.written}" i "${quote(text)}" har et ciffer for meget eller for lidt og er læst som ${slipped.year}, planens år. Ret datoen, hvis det er forkert.`,
        en: `The year "${slipped.written}" in "${quote(text)}" has a digit too many or too few and was read as ${slipped.year}, the plan's year. Correct the date if that is wrong.`,
      });
      read.reading = slipped.reading;
      return read;
    }
    const probe = readDateCell(cell, this.ctx.date1904, { order: order.order, year: PROBE_YEAR });
    if (probe) {
      e.yearless = true;
      return e;
    }
    e.issue = isVagueTime(text) ? dateVague(this.sheet, at, text) : dateUnreadable(this.sheet, at, text);
    return e;
  }

  /**
   * A numeric date whose year has five digits or three ("1.12.20206", "15.03.227"): the years one
   * digit fewer or one more make, kept when exactly one lies within a year of the plan's years.
   */
  private yearSlip(
    cell: GridCell,
    text: string,
    order: DayMonthOrder,
  ): { source: GridCell; reading: DateReading; year: number; written: string } | undefined {
    const m = SLIPPED_YEAR.exec(text.trim());
    if (!m?.[1] || !m[2]) return undefined;
    const range = (this.planYears ??= this.findPlanYears());
    if (range === null) return undefined;
    const written = m[2];
    const years = new Set<number>();
    const consider = (digits: string): void => {
      const y = Number(digits);
      if (digits.length === 4 && y >= range.from - 1 && y <= range.to + 1) years.add(y);
    };
    if (written.length === 5)
      for (let i = 0; i < 5; i++) consider(written.slice(0, i) + written.slice(i + 1));
    else
      for (let i = 0; i <= 3; i++)
        for (let d = 0; d <= 9; d++) consider(written.slice(0, i) + String(d) + written.slice(i));
    if (years.size !== 1) return undefined;
    const [year] = [...years] as [number];
    const source: GridCell = { ...cell, v: `${m[1]}${year}` };
    const reading = readDateCell(source, this.ctx.date1904, { order: order.order });
    return reading ? { source, reading, year, written } : undefined;
  }

  /**
   * The cell read by a part of its text (`part`: the date without what stands beside it), with
   * `reason` as the check; undefined where the part reads as no date either.
   */
  private partOf(
    cell: GridCell,
    field: string,
    order: DayMonthOrder,
    part: string,
    reason: Label,
  ): Entry | undefined {
    const source: GridCell = { ...cell, v: part };
    const inner = this.first(source, field, order);
    if (inner.issue || !(inner.reading || inner.yearless)) return undefined;
    const e: Entry = {
      ...inner,
      cell,
      source,
      text: displayText(cell, this.ctx.date1904),
      reasons: [...inner.reasons],
    };
    this.doubt(e, 0.9, reason);
    return e;
  }

  private doubt(e: Entry, confidence: number, reason: Label): void {
    e.confidence = Math.min(e.confidence, confidence);
    e.reasons.push(reason);
  }

  /** The reading as the field takes it: a start its first day, a deadline its last (or the range). */
  private shown(r: DateReading, field: string): Label {
    if (r.range) {
      const a = spoken(r.first);
      const b = spoken(r.last);
      return { da: `${a.da}–${b.da}`, en: `${a.en} – ${b.en}` };
    }
    return spoken(field === 'start' ? r.first : r.last);
  }

  private readWithYear(e: Entry, year: number): DateReading | undefined {
    return readDateCell(e.source ?? e.cell, this.ctx.date1904, { order: e.order.order, year });
  }

  /** Whether the cell's whole text reads as a date, with a year or without one. */
  private readsAsDate(cell: GridCell, order: DayMonthOrder): boolean {
    return (
      readDateCell(cell, this.ctx.date1904, { order: order.order }) !== undefined ||
      readDateCell(cell, this.ctx.date1904, { order: order.order, year: PROBE_YEAR }) !== undefined
    );
  }

  /** Years for the column's dates written without one: the row, the column, then the plan. */
  private supplyYears(field: string, entries: readonly Entry[]): void {
    const known = entries.filter((e) => e.reading && !e.yearless);
    let previous: DateReading | undefined;
    for (const e of entries) {
      if (!e.yearless) {
        if (e.reading) previous = e.reading;
        continue;
      }
      const done =
        this.fromYearColumn(e) ||
        this.fromRow(e, field) ||
        this.fromColumn(e, known) ||
        this.fromContext(e, previous);
      if (!done) e.issue = this.missingYear(e);
      else if (e.reading) previous = e.reading;
    }
  }

  /**
   * The issue for a date no year was found for. Where the plan names its years and the date reads in
   * none of them but does in a year that has the day ("uge 53" in a plan for 2027, a year of 52 ISO
   * weeks; "29.02" in a plan for 2027), the year is not what is missing: the plan's year has no such
   * week or day, and the message says so and names the nearest year that has it.
   */
  private missingYear(e: Entry): Issue {
    const at = a1(e.cell.r, e.cell.c);
    const source = yearsFor(this.ctx.years, this.sheet);
    const probe =
      source &&
      readDateCell(e.source ?? e.cell, this.ctx.date1904, { order: e.order.order, year: PROBE_YEAR });
    if (!source || !probe) return dateWithoutYear(this.sheet, at, e.text);
    const lacking = lackingDay(probe);
    if (lacking === undefined) return dateWithoutYear(this.sheet, at, e.text);
    for (let y = source.from; y <= source.to; y++)
      if (this.readWithYear(e, y)) return dateWithoutYear(this.sheet, at, e.text);
    const has = (y: number): boolean => this.readWithYear(e, y) !== undefined;
    let nearest: number | undefined;
    for (let d = 1; d <= 8 && nearest === undefined; d++)
      nearest = has(source.from - d) ? source.from - d : has(source.to + d) ? source.to + d : undefined;
    const reading = nearest === undefined ? undefined : this.readWithYear(e, nearest);
    return dateNotInPlanYears(this.sheet, at, e.text, {
      lacking,
      from: source.from,
      to: source.to,
      ...(nearest !== undefined && reading ? { nearest, first: reading.first, last: reading.last } : {}),
    });
  }

  private settle(e: Entry, reading: DateReading, confidence: number, source: Label): true {
    e.reading = reading;
    e.yearless = false;
    const shown = this.shown(reading, e.field);
    this.doubt(e, confidence, {
      da: `Året er ikke skrevet i "${quote(e.text)}"; det er taget fra ${source.da}, så datoen er læst som ${shown.da}.`,
      en: `The year is not written in "${quote(e.text)}"; it was taken from ${source.en}, so the date was read as ${shown.en}.`,
    });
    if (reading.approximate) this.doubt(e, 0.8, approximately(e.text, shown));
    return true;
  }

  /** The table's column of years ("År | Fra | Til"), when it has one: undefined until looked for. */
  private yearCol: number | null | undefined;

  /**
   * The year written in the row's own year column ("År": 2027 beside "Fra: feb | Til: apr"), the
   * year of every date of the row that has none: certain, as the row says it.
   */
  private fromYearColumn(e: Entry): boolean {
    if (this.yearCol === undefined) this.yearCol = yearColumn(this.t) ?? null;
    if (this.yearCol === null) return false;
    const cell = valueCell(this.t, e.cell.r, this.yearCol);
    const year = cell ? yearValue(cell) : undefined;
    if (year === undefined) return false;
    const r = this.readWithYear(e, year);
    if (!r) return false;
    e.reading = r;
    e.yearless = false;
    if (cell) this.t.view.useCell(cell);
    return true;
  }

  /** The other date of the same row: a deadline after its start, a start before its deadline. */
  private fromRow(e: Entry, field: string): boolean {
    const mine = this.fields.indexOf(field);
    for (const other of this.fields) {
      if (other === field) continue;
      const column = this.columns.get(other);
      const cell = column ? valueCell(this.t, e.cell.r, column.col) : undefined;
      if (!column || !cell) continue;
      const entry = this.entries.get(cellKey(cell));
      const plain = entry ? undefined : this.plain(cell, column);
      const o = entry ?? (plain && { cell, reading: plain, text: displayText(cell, this.ctx.date1904) });
      if (!o?.reading || o.reading.yearSupplied || (entry && (entry.yearless || entry.issue))) continue;
      const before = this.fields.indexOf(other) < mine;
      const anchor = before ? o.reading.first : o.reading.last;
      let year = yearOf(anchor);
      let r = this.readWithYear(e, year);
      if (r && before && r.last < anchor) r = this.readWithYear(e, ++year);
      if (r && !before && r.first > anchor) r = this.readWithYear(e, --year);
      if (!r) continue;
      const where = a1(o.cell.r, o.cell.c);
      return this.settle(e, r, 0.8, {
        da: `datoen i samme række (${where}: "${quote(o.text)}")`,
        en: `the date in the same row (${where}: "${quote(o.text)}")`,
      });
    }
    return false;
  }

  /** The dates above and below in the same column: the year that puts the date nearest them. */
  private fromColumn(e: Entry, known: readonly Entry[]): boolean {
    let prev: Entry | undefined;
    let next: Entry | undefined;
    for (const k of known) {
      if (k.cell.r < e.cell.r) prev = k;
      else if (k.cell.r > e.cell.r && !next) next = k;
    }
    if (!prev && !next) return false;
    const p = prev?.reading;
    const n = next?.reading;
    // A year after the date above or before the date below keeps the column in order, but not out
    // of the years the plan is about (its title or period): "12/2" under "ultimo april 2027" in a
    // plan for 1. halvår 2027 is February 2027, not 2028.
    const plan = yearsFor(this.ctx.years, this.sheet);
    const inPlan = (y: number | undefined): number | undefined =>
      y === undefined || !plan || (y >= plan.from && y <= plan.to) ? y : undefined;
    const candidates = [
      p && yearOf(p.last),
      n && yearOf(n.first),
      inPlan(p && yearOf(p.last) + 1),
      inPlan(n && yearOf(n.first) - 1),
      // The plan's own years: "uge 50" under "1. kvartal 2027" in a plan for 2. halvår 2026 is
      // week 50 of 2026, nearer its neighbour than week 50 of 2027.
      ...(plan ? [plan.from, plan.to] : []),
    ].filter((y): y is number => y !== undefined);
    // Of those years, the one whose date lies nearest its neighbours: a column is only roughly in
    // order ("uge 6" over 01.02.2027 is week 6 of 2027, a week out of order, not week 6 of 2026
    // to keep the order by a year).
    let best: { r: DateReading; distance: number } | undefined;
    for (const year of new Set(candidates)) {
      const r = this.readWithYear(e, year);
      if (!r) continue;
      const distance =
        (p ? Math.abs(daysOf(r.first) - daysOf(p.last)) : 0) +
        (n ? Math.abs(daysOf(n.first) - daysOf(r.last)) : 0);
      if (!best || distance < best.distance) best = { r, distance };
    }
    if (best) return this.settle(e, best.r, 0.8, this.neighbours(prev, next));
    // The column is not in order: the nearest dated row's year.
    const nearest =
      prev && next ? (e.cell.r - prev.cell.r <= next.cell.r - e.cell.r ? prev : next) : (prev ?? next);
    const year = nearest?.reading ? yearOf(nearest.reading.last) : undefined;
    const r = year === undefined ? undefined : this.readWithYear(e, year);
    return r ? this.settle(e, r, 0.6, this.neighbours(nearest, undefined)) : false;
  }

  private neighbours(a: Entry | undefined, b: Entry | undefined): Label {
    const named = [a, b]
      .filter((x): x is Entry => x !== undefined)
      .map((x) => `${a1(x.cell.r, x.cell.c)}: "${quote(x.text)}"`)
      .join(', ');
    return { da: `datoerne i samme kolonne (${named})`, en: `the dates in the same column (${named})` };
  }

  /** The plan's title or period; over several years, read forward from the date above. */
  private fromContext(e: Entry, previous: DateReading | undefined): boolean {
    const source = yearsFor(this.ctx.years, this.sheet);
    if (!source) return false;
    let year = source.from;
    let r = this.readWithYear(e, year);
    while (r && previous && r.last < previous.first && year < source.to) r = this.readWithYear(e, ++year);
    if (!r) return false;
    const confidence = source.from !== source.to ? 0.6 : source.kind === 'title' ? 0.8 : 0.7;
    return this.settle(e, r, confidence, describe(source));
  }
}

/** ISO week 53 of the probe year (a year of 53 weeks) and its leap day, as the probe reads them. */
const PROBE_WEEK53 = { first: `${PROBE_YEAR}-12-27`, last: `${PROBE_YEAR + 1}-01-02` };
const PROBE_LEAP_DAY = `${PROBE_YEAR}-02-29`;

/**
 * Which day only some years have a yearless reading touches (read in the probe year): ISO week 53,
 * or 29 February; undefined for any other.
 */
function lackingDay(r: DateReading): 'week53' | 'leapDay' | undefined {
  if (r.first === PROBE_WEEK53.first || r.last === PROBE_WEEK53.last) return 'week53';
  return r.first <= PROBE_LEAP_DAY && r.last >= PROBE_LEAP_DAY ? 'leapDay' : undefined;
}

/** The header of a column of years: "År", "Year", "Årstal". */
const YEAR_HEADER = /^(?:år|aar|årstal|aarstal|year)$/iu;

/** A whole year a plan may be about, as a number or a text of four digits. */
function yearValue(cell: GridCell): number | undefined {
  const n = typeof cell.v === 'number' ? cell.v : typeof cell.v === 'string' ? Number(cell.v.trim()) : NaN;
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
}

/** An unmapped column headed "År" whose filled cells are all years. */
function yearColumn(t: DetectedTable): number | undefined {
  for (const m of t.columns) {
    if (m.field !== null || !YEAR_HEADER.test(m.header.trim())) continue;
    let years = 0;
    let other = 0;
    for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
      const cell = t.view.cell(r, m.col);
      if (!cell) continue;
      if (yearValue(cell) !== undefined) years++;
      else other++;
    }
    if (years > 0 && other === 0) return m.col;
  }
  return undefined;
}

/** A text that ends with a remark in brackets: the text before it, and the remark. */
function splitRemark(text: string): { date: string; remark: string } | undefined {
  const m = /^([^()]*\S)\s*\(([^()]*\S[^()]*)\)\s*$/u.exec(text);
  return m?.[1] !== undefined && m[2] !== undefined ? { date: m[1], remark: m[2].trim() } : undefined;
}

/**
 * A numeric date written with slashes only (03/04/2026, 3/4/26), as both orders write it. "3/4-2026"
 * is Danish notation (day first) and is not one of them.
 */
function slashedDate(text: string): boolean {
  return /^\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}\s*$/u.test(text);
}

function describe(s: YearSource): Label {
  const text = quote(s.text);
  const at = s.cell === '' ? '' : ` (${s.sheet}!${s.cell})`;
  switch (s.kind) {
    case 'title':
      return { da: `titlen "${text}"${at}`, en: `the title "${text}"${at}` };
    case 'sheetName':
      return { da: `arkets navn "${text}"`, en: `the sheet name "${text}"` };
    case 'period':
      return { da: `perioden "${text}"${at}`, en: `the period "${text}"${at}` };
    case 'option':
      return { da: `den valgte periode ${text}`, en: `the chosen period ${text}` };
  }
}

/**
 * A number without a date format read as a date (core/dates: a General number in 1990–2099 as a
 * serial that lost its format): a guess. A whole number 1900–2199 is a year, written as such.
 */
function lostFormat(cell: GridCell): boolean {
  if (typeof cell.v !== 'number' || dateFormatUnit(cell.fmt) !== undefined) return false;
  return !(Number.isInteger(cell.v) && cell.v >= 1900 && cell.v <= 2199);
}

/** Primo and medio name a part of a month: the day is a reading (medio is the 15th). */
function approximately(text: string, shown: Label): Label {
  if (/^\s*(?:inden|før|foer|before)\s/iu.test(text))
    return {
      da: `"${quote(text)}" er læst som ${shown.da}. Skal aktiviteten være færdig dagen før, så ret datoen.`,
      en: `"${quote(text)}" was read as ${shown.en}. If the activity must be finished the day before, correct the date.`,
    };
  return {
    da: `"${quote(text)}" er en omtrentlig tid (primo = 1.–10., medio = den 15., ultimo = 21.–sidste dag), læst som ${shown.da}.`,
    en: `"${quote(text)}" is an approximate time (primo = 1st–10th, medio = the 15th, ultimo = 21st–last day), read as ${shown.en}.`,
  };
}

/**
 * The day in the one plan year that its year becomes with two neighbouring digits swapped ("2072"
 * → "2027"), when there is exactly one and the day exists in it (29 February); else undefined.
 */
function swappedYear(iso: string, range: { from: number; to: number }): string | undefined {
  const year = iso.slice(0, 4);
  let found: string | undefined;
  for (let i = 0; i < 3; i++) {
    const other = year.slice(0, i) + year.charAt(i + 1) + year.charAt(i) + year.slice(i + 2);
    const n = Number(other);
    if (other === year || n < range.from || n > range.to) continue;
    const day = other + iso.slice(4);
    if (isoToDays(day) === undefined) continue;
    if (found !== undefined && found !== day) return undefined;
    found = day;
  }
  return found;
}

function spoken(iso: string): Label {
  return { da: formatDanishDate(iso), en: formatEnglishDate(iso) };
}
