// Rows of a table that are no entry of it: a totals row ("I alt", "Total", "Sum", or numbers alone
// under number columns, as a SUM formula leaves them; "I alt: 15 aktiviteter", a count such as
// "13 aktiviteter" on its own) and a legend line ("= planlagt periode", "x = aktiviteten finder sted").
// They are left out of the table and stay in the unmapped report, so a totals row never becomes an
// activity, a mentor or an indicator.

import type { GridCell } from '../grid';
import { isDateFormat, isoToExcelSerial, readDateText } from '../dates';
import { foldText, oneLine } from '../normalize';
import { displayText, type SheetView } from './sheet';
import { isTemplatePrompt, namesNothing, onlyMarks } from './values';

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
  if (text.length > 24 || !mayStartTotal(text) || /\d/.test(text)) return false;
  return TOTAL_WORDS.has(foldText(text));
}

const TOTAL_START = new Set([...TOTAL_WORDS].map((w) => w.charAt(0)));

/**
 * Whether the text's first visible character, in lower case, starts a totals word: the same as
 * TOTAL_START.has(text.trimStart().charAt(0).toLowerCase()), without making three strings for
 * each row when the text starts with a plain ASCII character (the usual case).
 */
function mayStartTotal(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127) return TOTAL_START.has(String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c));
  return TOTAL_START.has(text.trimStart().charAt(0).toLowerCase());
}

/**
 * A number, or a number and one word: "15", "20 %", "13 aktiviteter", "42,5 timer"; also an
 * approximate one ("ca. 32", "cirka 30", "~ 30"), as a sum of approximate hours is written.
 */
function isCount(text: string): boolean {
  return /^\s*(?:(?:ca\.?|cirka|omkring|~|≈)\s*)?-?[\d.,]*\d\s*(?:%|\p{L}+\.?)?\s*$/iu.test(text);
}

/** "I alt: 15 aktiviteter", "Total 12", "Samlet antal: 9" — a totals label and its count in one cell. */
function totalWithCount(text: string): boolean {
  if (text.length > 40 || !mayStartTotal(text)) return false;
  const m = /^(.*?\p{L})\s*[:=–-]?\s*(-?[\d.,]*\d\s*(?:%|\p{L}+\.?)?)\s*$/u.exec(text);
  return m !== null && isTotalLabel(m[1] ?? '');
}

/** Words for what a plan's table counts: "13 aktiviteter" on a line of its own is a count, no entry. */
const ENTRY_WORDS =
  /^\s*\d+\s+(?:aktiviteter|aktiviteterne|indsatser|opgaver|handlinger|punkter|rækker|mentorer|forældrecoaches|indikatorer|activities|tasks|actions|items|rows|mentors|indicators)\.?\s*$/iu;

function countOfEntries(text: string): boolean {
  return text.length <= 40 && ENTRY_WORDS.test(text);
}

/**
 * A line of a legend that explains a mark or a colour: "= planlagt periode" beside a coloured
 * swatch, "x = aktiviteten finder sted i måneden", "Grøn = gennemført". A short key (a mark, a
 * colour word or nothing), an equals sign, and the words it stands for.
 */
export function isLegendLine(text: string): boolean {
  return text.length <= 100 && /^\s*(?:[^\s=]{1,12}(?:\s+[^\s=]{1,12})?\s*)?=\s*\p{L}/u.test(text);
}

const NOTE_START = /^(?:nb|n\.b|note|noter|bemærk|obs|husk|ps|kommentar|comment|\*)\b/iu;

/** A note rather than an activity: a sentence ("Planlægges efter sommerferien.") or "NB: …". */
export function isNote(text: string): boolean {
  const t = text.trim();
  if (NOTE_START.test(t)) return true;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words < 3) return false;
  if (/[.!]$/.test(t)) return !/\.\.\.$/.test(t);
  // A question (an offer under a pasted chat answer: "Vil du have, at jeg …? 😊"), its emoji aside.
  return words >= 5 && /\?$/u.test(t.replace(/[\p{Extended_Pictographic}\p{S}\uFE0F\u200D\s]+$/u, ''));
}

/**
 * Whether the first text of a row is a totals label ("I alt"), a totals label with its count
 * ("I alt: 15") or a count of entries alone ("13 aktiviteter"). Only short texts can be any of
 * these, and a table repeats its short texts (themes, statuses, names) row after row: their verdict
 * is kept (a bounded cache, emptied when full), so the folding and the patterns run once per text.
 */
function isTotalsText(text: string): boolean {
  if (text.length > 40) return false;
  const known = totalsTexts.get(text);
  if (known !== undefined) return known;
  // Broken over lines in a narrow cell ("I alt:⏎15 aktiviteter") it is the same text.
  const line = oneLine(text);
  const verdict = isTotalLabel(line) || totalWithCount(line) || countOfEntries(line);
  if (totalsTexts.size >= 4096) totalsTexts.clear();
  totalsTexts.set(text, verdict);
  return verdict;
}
const totalsTexts = new Map<string, boolean>();

/**
 * The label Excel's Subtotal (Data › Subtotal) writes on each group's summary row: the group's value
 * and the function's name, Danish or English ("Ledelse I alt", "Ledelse Antal", "Leadership Total",
 * "Leadership Count"), and "Hovedtotal" / "Grand Total" at the end.
 */
const SUBTOTAL_LABEL =
  /^\s*\S.{0,58}?\s+(?:i\s+alt|total|subtotal|sum|antal|middel|maks|min|count|average|max)\s*$/iu;

/**
 * A summary row of Excel's Subtotal in a plan sorted by theme: "Ledelse I alt" (or "… Antal") in its
 * first text cell, with its =SUBTOTAL(…) figures and nothing else. No activity: it counts or sums
 * the rows above it. (For the plan table only: an indicator may well be named "Forløb i alt".)
 */
export function isSubtotalRow(cells: readonly GridCell[], view: SheetView): boolean {
  let label: GridCell | undefined;
  let figures = 0;
  for (const cell of cells) {
    // A summary's formula that the program saving the file could not work out ("#NUM!" where
    // Gnumeric met a function it lacks) is still one of its figures.
    if (cell.t === 'e' && cell.formula === true) figures++;
    else if (typeof cell.v === 'string') {
      if (label) return false;
      label = cell;
    } else if (typeof cell.v === 'number' && isPlainNumber(cell)) figures++;
    else return false;
  }
  if (!label || figures === 0) return false;
  const text = displayText(label, view.date1904);
  if (text.length > 64) return false;
  if (SUBTOTAL_LABEL.test(text)) return true;
  // A category's summary row with its group's value alone (Apple Numbers writes one above each
  // group of a categorised table, Excel's Subtotal below it with no function name when the label
  // was edited): every figure a formula, and the value the one its group's first (or last) row
  // carries in the same column.
  if (!cells.every((c) => c === label || c.formula === true)) return false;
  const key = foldText(text);
  const near = (r: number): boolean => r >= 0 && foldText(view.text(r, label.c)) === key;
  return near(label.r + 1) || near(label.r - 1);
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
  // Hot (every row of a table): the first text decides most rows at once.
  let firstText: GridCell | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as GridCell;
    if (typeof c.v === 'string') {
      firstText = c;
      break;
    }
  }
  if (firstText) {
    const text = displayText(firstText, view.date1904);
    // "I alt", or "I alt: 15 aktiviteter" / "13 aktiviteter" alone (a count of the table's entries);
    // the rest of the row numbers or counts.
    if (!isTotalsText(text)) return false;
    // A label of what a figure beside it counts ("I alt | Antal aktiviteter | 8", as a table's totals
    // row is labelled by hand) is part of the totals, where the row holds a figure.
    let labels = false;
    let figure = false;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] as GridCell;
      if (c === firstText) continue;
      // A figure: a number, or a formula whose result is an error or was not saved (a table's
      // SUBTOTAL after a program dropped the table it sums: "#N/A", or nothing).
      if (typeof c.v === 'number' || c.t === 'e' || (c.formula === true && c.v === '')) {
        figure = true;
        continue;
      }
      if (typeof c.v !== 'string' || isCount(c.v)) continue;
      // A day typed as text is a figure too: the first start or the last deadline the totals span
      // ("Total | 12 | 1. feb. 27 | 30. jun. 27", as a report exported with its dates as text has it).
      if (c.v.length <= 40 && readDateText(c.v)?.exact === true) {
        figure = true;
        continue;
      }
      if (!isFigureLabel(c.v)) return false;
      labels = true;
    }
    // A figure whose formula the last program to save the file did not work out shows nothing.
    return !labels || figure || (view.sheet.uncalculated?.some((u) => u.r === firstText.r) ?? false);
  }
  let formula = false;
  for (const cell of cells) {
    if (typeof cell.v !== 'number' || isDateColumn(cell.c) || !isPlainNumber(cell)) return false;
    if (cell.formula === true) formula = true;
  }
  return formula || cells.length >= 2;
}

/**
 * The label of a figure on a totals row: "Antal aktiviteter", "Antal", "Sum timer", "Timer i alt",
 * "Number of tasks" — short, no digits, starting with a word that counts or sums or ending "i alt".
 */
function isFigureLabel(text: string): boolean {
  const t = oneLine(text).trim();
  if (t.length > 40 || /\d/u.test(t)) return false;
  return (
    /^(?:antal|antallet|sum|summen|gennemsnit|gns\.?|middel|count|number|sum of|average|total)(?![\p{L}])/iu.test(
      t,
    ) || /(?<![\p{L}])(?:i\s+alt|total)$/iu.test(t)
  );
}

/** "fx", "f.eks.", "eks.", "eksempel:", "e.g.", "example:" leading a cell: an example, not an entry. */
const EXAMPLE_LEAD = /^(?:fx|f\.\s?eks|eks|eksempel|e\.\s?g|eg|example|ex)\b[.:]?/iu;

/**
 * A template's example row: every text of the row (at least two) starts "fx", "f.eks." or
 * "Eksempel:" ("fx Ledelse | fx Styregruppemøde | fx 01.02.27"). It shows how to fill in the table
 * and is no entry; it stays in the unmapped report.
 */
export function isExampleRow(cells: readonly GridCell[], view: SheetView): boolean {
  let texts = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as GridCell;
    if (typeof cell.v !== 'string') return false;
    const text = cell.v.trimStart();
    // Hot (every row of a table): most rows fail on their first text's first letter.
    const c = text.charCodeAt(0) | 32;
    if (c !== 102 && c !== 101) return false; // f, e
    if (!EXAMPLE_LEAD.test(displayText(cell, view.date1904).trim())) return false;
    texts++;
  }
  return texts >= 2;
}

/** "Eksempel:", "Eks.:", "Example:" leading a cell, the colon written: a template's example. */
const EXAMPLE_LABEL = /^(?:eksempel|eks\.|example|ex\.)\s*:/iu;

/**
 * A template's example row under its header, labelled in one cell ("Eksempel: Forældremøde på
 * skolen | Mette | 15-03-2027 | I gang"): no entry, it stays in the unmapped report. Only for the
 * first rows under the header, where a template puts it.
 */
export function isLabelledExampleRow(cells: readonly GridCell[], view: SheetView): boolean {
  for (const cell of cells) {
    if (typeof cell.v !== 'string') continue;
    // Cheap first: the label's first letter.
    if ((cell.v.trimStart().charCodeAt(0) | 32) !== 101) continue; // e
    if (EXAMPLE_LABEL.test(displayText(cell, view.date1904).trim())) return true;
  }
  return false;
}

/**
 * A template's example row known by its look alone: right under the header, two or more values,
 * every one in grey italics or on a grey fill in italic or grey text (GridCell.faint), over a row
 * that is not (the entries typed in the
 * template's own black). A finished activity greyed out is not italic, an italic remark not grey,
 * and a plan kept all in grey italics has no row under it in another look. `next` is the row under
 * it within the table.
 */
export function isFaintExampleRow(cells: readonly GridCell[], next: readonly GridCell[]): boolean {
  // Cheap first: the row's first value's look.
  if (cells[0]?.faint !== true || cells.length < 2) return false;
  for (const cell of cells) if (cell.faint !== true) return false;
  return next.some((cell) => cell.faint !== true && cell.v !== '');
}

/**
 * A template's row left untouched: two or more cells, every one an instruction or a placeholder
 * ("Vælg fra listen | Skriv aktivitet her | [Navn] | dd-mm-åååå | Vælg status"), at least one of
 * them a template's instruction (isTemplatePrompt). No entry; it stays in the unmapped report.
 */
export function isUntouchedTemplateRow(cells: readonly GridCell[]): boolean {
  if (cells.length < 2) return false;
  let prompts = 0;
  for (const cell of cells) {
    if (typeof cell.v !== 'string') return false;
    // Spaced as typed: a no-break space or a line break between the words is a space.
    const text = cell.v.replace(/\s+/gu, ' ');
    if (!namesNothing(text) || onlyMarks(text)) return false;
    if (isTemplatePrompt(text)) prompts++;
  }
  return prompts > 0;
}

/**
 * Whether a row repeats its table's header: two or more cells, each a text that is the header's
 * text of its own column (folded: case and spacing aside), and nothing else. A table pasted under
 * its own header with its header row, or two lists joined one under the other, leave one; it is no
 * entry, and stays in the unmapped report. `headerOf` gives a column's header texts, folded
 * (foldText), longest first.
 */
export function repeatsHeader(
  cells: readonly GridCell[],
  headerOf: (c: number) => readonly string[] | undefined,
): boolean {
  if (cells.length < 2) return false;
  // Hot (every row of a table): the first cell decides nearly every row, by its length alone.
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as GridCell;
    if (typeof cell.v !== 'string') return false;
    const header = headerOf(cell.c);
    if (header === undefined || header.length === 0 || cell.v.length > 2 * (header[0] as string).length + 4)
      return false;
    const text = foldText(cell.v);
    if (text === '' || !header.includes(text)) return false;
  }
  return true;
}

/** A column's header texts as repeatsHeader reads them: folded, longest first, no empty ones. */
export function foldedHeaderTexts(cells: readonly GridCell[], view: SheetView): string[] {
  return cells
    .map((h) => foldText(displayText(h, view.date1904)))
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length);
}

/**
 * The header row of an item's subitems in a project tool's export (monday.com: "Subitems | Name |
 * Owner | Status | Date" under the item, one column in). Its first cell says so.
 */
const SUBITEM_HEADER =
  /^(?:subitems?|sub-items?|subtasks?|sub-tasks?|underelementer|underopgaver|delopgaver)$/iu;

/** Whether a row is the header of an item's subitems (its first cell names them). */
export function isSubitemHeader(cells: readonly GridCell[]): boolean {
  const first = cells[0];
  return first !== undefined && typeof first.v === 'string' && SUBITEM_HEADER.test(first.v.trim());
}

/**
 * The first column of a form's response sheet (Google Forms "Tidsstempel" / "Timestamp", Microsoft
 * Forms "Starttidspunkt" / "Start time" / "Fuldførelsestidspunkt" / "Completion time"): each row
 * below it is one response, stamped with the moment it was sent.
 */
const RESPONSE_STAMP_HEADER =
  /^(?:tidsstempel|timestamp|starttidspunkt|start time|fuldførelsestidspunkt|completion time)$/iu;

/** A moment with its time of day: a date-time number shown with hours (a response's stamp). */
export function isDateTimeCell(cell: GridCell | undefined): boolean {
  return (
    cell !== undefined &&
    typeof cell.v === 'number' &&
    cell.v % 1 !== 0 &&
    cell.fmt !== undefined &&
    isDateFormat(cell.fmt) &&
    /h/iu.test(cell.fmt)
  );
}

/** The moment a response was sent (Microsoft Forms: "Fuldførelsestidspunkt" / "Completion time"). */
const SENT_STAMP_HEADER = /^(?:fuldførelsestidspunkt|completion time)$/iu;
/** A response's number before its stamps (Microsoft Forms' "Id"). */
const RESPONSE_ID_HEADER = /^(?:id|nr\.?|#|svar-?id|response id)$/iu;
/** The column naming who answered: "Navn" / "Name", else "Mail" / "E-mail" (Microsoft Forms). */
const RESPONDENT_NAME_HEADER = /^(?:navn|name|fulde navn|full name|respondent)$/iu;
const RESPONDENT_MAIL_HEADER = /^(?:mail|e-?mail|e-?mailadresse|email address)$/iu;

export interface FormResponses {
  readonly stampCol: number;
  readonly newest: number;
  /** Every response row, with its stamp (as a number: later is larger). */
  readonly rows: readonly { readonly r: number; readonly at: number }[];
  /** The columns naming who answered, where the form records it. */
  readonly nameCol?: number;
  readonly mailCol?: number;
}

/**
 * The responses of a form's response sheet whose header is row r: undefined unless the row's first
 * cell is a response stamp's header (or Microsoft Forms' "Id" before its "Starttidspunkt" and
 * "Fuldførelsestidspunkt") with date-time stamps under it. The newest response is the row with the
 * latest stamp (a form appends, but a sheet may have been sorted); of Microsoft Forms' two stamps,
 * the moment the response was sent. A stamp under its header may be shown as a day alone: the
 * time is in the number.
 */
export function formResponses(view: SheetView, r: number): FormResponses | undefined {
  const cells = view.rowCells(r);
  const first = cells[0];
  if (!first || typeof first.v !== 'string') return undefined;
  let stamp: GridCell | undefined;
  if (RESPONSE_STAMP_HEADER.test(oneLine(first.v))) stamp = first;
  else if (RESPONSE_ID_HEADER.test(oneLine(first.v))) {
    // Microsoft Forms: "Id | Starttidspunkt | Fuldførelsestidspunkt | Mail | Navn | …".
    for (const c of cells.slice(1, 3)) {
      const text = typeof c.v === 'string' ? oneLine(c.v) : '';
      if (!RESPONSE_STAMP_HEADER.test(text)) break;
      if (stamp === undefined || SENT_STAMP_HEADER.test(text)) stamp = c;
    }
  }
  if (!stamp) return undefined;
  let newest: number | undefined;
  let latest = -Infinity;
  const rows: { r: number; at: number }[] = [];
  for (const x of view.rowsBetween(r + 1, Number.MAX_SAFE_INTEGER)) {
    const cell = view.cell(x, stamp.c);
    // A stamp's time of day may be hidden by its format (a day alone, as a coordinator re-formats
    // the column): the number still holds it.
    const v = isMomentCell(cell) ? ((cell as GridCell).v as number) : textMoment(cell);
    if (v === undefined) continue;
    rows.push({ r: x, at: v });
    if (v >= latest) {
      latest = v;
      newest = x;
    }
  }
  if (newest === undefined) return undefined;
  let nameCol: number | undefined;
  let mailCol: number | undefined;
  for (const c of cells.slice(0, 8)) {
    const text = typeof c.v === 'string' ? oneLine(c.v) : '';
    if (nameCol === undefined && RESPONDENT_NAME_HEADER.test(text)) nameCol = c.c;
    if (mailCol === undefined && RESPONDENT_MAIL_HEADER.test(text)) mailCol = c.c;
  }
  return {
    stampCol: stamp.c,
    newest,
    rows,
    ...(nameCol !== undefined ? { nameCol } : {}),
    ...(mailCol !== undefined ? { mailCol } : {}),
  };
}

/**
 * A response's stamp kept as text, as a form's responses saved as CSV and opened again give it
 * ("2026/11/03 10:15:23 AM GMT+1" from Google Forms, "3.11.2026 10.15.23" from Google Sheets in
 * Danish, "03-11-2026 10:15:23"): a day and a time of day, as the serial number a date-time cell
 * holds (so that text and number stamps in one column compare), or undefined when the text is not
 * one moment. The time zone is the form's own for every response, so it is left out.
 */
const STAMP_TIME =
  /(?<=\d)(?:\s+|T)(\d{1,2})([:.])(\d{2})(?:\2(\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(?:(?:GMT|UTC|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?)?$/u;
function textMoment(cell: GridCell | undefined): number | undefined {
  if (cell === undefined || typeof cell.v !== 'string' || cell.v.length > 40) return undefined;
  const text = cell.v.trim();
  const m = STAMP_TIME.exec(text);
  if (!m) return undefined;
  const day = readDateText(text.slice(0, m.index));
  if (!day || day.range || !day.exact || day.yearSupplied) return undefined;
  const half = m[5]?.toLowerCase();
  const hour = half === undefined ? Number(m[1]) : (Number(m[1]) % 12) + (half === 'p' ? 12 : 0);
  const minute = Number(m[3]);
  const second = Number(m[4] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return isoToExcelSerial(day.first) + (hour * 3600 + minute * 60 + second) / 86_400;
}

/** A date with a time of day in its number, whatever its format shows. */
function isMomentCell(cell: GridCell | undefined): boolean {
  return (
    cell !== undefined &&
    typeof cell.v === 'number' &&
    cell.v % 1 !== 0 &&
    cell.fmt !== undefined &&
    isDateFormat(cell.fmt)
  );
}

/**
 * A letter's or a mail's sign-off ("Med venlig hilsen", "Venlig hilsen", "Mvh", "Kind regards"):
 * what follows it is the signature (a name, a post, a phone number, an address) and perhaps the
 * mail it answered, quoted. "Mvh" only as a word is written, never in capitals (initials "MVH").
 */
const SIGN_OFF =
  /^(?:(?:med\s+)?(?:venlig(?:st)?|kærlig|de\s+bedste|mange)\s+hils(?:en|ner)|(?:kind|best|warm)\s+regards|yours\s+sincerely|best\s+wishes)\s*[,.!]?$/iu;

/** Whether a row is a sign-off alone (a mail or letter pasted under a table): nothing after it is an entry. */
export function isSignOff(cells: readonly GridCell[]): boolean {
  const only = cells.length === 1 ? cells[0] : undefined;
  if (!only || typeof only.v !== 'string' || only.v.length > 30) return false;
  const text = only.v.trim();
  return SIGN_OFF.test(text) || /^[Mm]vh\.?,?$/u.test(text);
}

/** A page's number as a printed page's header or footer has it: "Side 2 af 4", "Page 2 of 4", "Side 2/4". */
const PAGE_NUMBER = /^(?:side|page|pg\.?|s\.)\s*\d{1,3}\s*(?:(?:af|of|ud af|\/)\s*\d{1,3})?$/iu;
/** A print stamp's label: "Udskrevet:", "Udskrevet den", "Printet", "Udskriftsdato", "Printed on". */
const PRINT_LABEL =
  /^(?:udskrevet|printet|udskriftsdato|udskrift|printed|print date)(?:\s+(?:den|d\.|on|kl\.))?\s*:?/iu;

/**
 * A page's header or footer that a PDF converter left inside the table: a row with a cell that is a
 * page's number alone ("Side 2 af 4", "Page 2 of 4"), or a row that starts with a print stamp
 * ("Udskrevet: 02.12.2026", "Udskrevet den 1. december 2026"). No entry of the table: its print
 * date is no deadline. Left for the unmapped report. So is a row that only draws a line (isRuleLine).
 */
const FURNITURE_START = /^\s*[spu]/iu;

export function isPageFurniture(cells: readonly GridCell[], view: SheetView): boolean {
  if (isRuleLine(cells)) return true;
  let firstText = true;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as GridCell;
    // Hot (every row of a table): a page's number or a print stamp is a short text, and starts with
    // one of a few letters (s, p, u; after white space at most).
    if (typeof c.v !== 'string' || c.v.length > 40 || !FURNITURE_START.test(c.v)) {
      if (typeof c.v === 'string') firstText = false;
      continue;
    }
    const text = oneLine(displayText(c, view.date1904));
    if (PAGE_NUMBER.test(text)) return true;
    if (firstText && PRINT_LABEL.test(text)) return true;
    firstText = false;
  }
  return false;
}

/** A cell that only draws a line: a run of dashes or equals signs (":---:", "======", "|---|---|"). */
const RULE_LINE = /^\s*\|?\s*:?[-=_–—]{3,}:?\s*(?:\|\s*:?[-=_–—]{3,}:?\s*)*\|?\s*$/u;

/**
 * A row that only draws a line under a header (a Markdown table's separator row split into cells by
 * Text to Columns, "------" under each header; a row of "=====" typed as a rule): no entry. Hot
 * (every row): the first cell fails at its first character for any other row.
 */
export function isRuleLine(cells: readonly GridCell[]): boolean {
  if (cells.length === 0) return false;
  for (const c of cells)
    if (typeof c.v !== 'string' || (!RULE_LINE.test(c.v) && !SCAN_SPECK.test(c.v))) return false;
  return true;
}

/**
 * What OCR makes of a scanned page's ruling lines and specks: a stroke, an apostrophe or an
 * underscore alone in a cell ("|", "'", "_"). A row of nothing else is no entry.
 */
const SCAN_SPECK = /^\s*[|¦'`´’_]{1,3}\s*$/u;
