// The smaller tables: roles, corps, indicators, communication and the needs analysis. Each value is
// read by its column's kind in the spec: text as shown, lists in the coordinator's own words
// (listcells.ts), numbers from text such as "10 timer" or "7,5", dates as a column (tabledates.ts).

import type { CheckField } from '../checkFields';
import type { DraftRow, Place } from '../draft';
import { a1, showsError, type GridCell } from '../grid';
import type { Communication, CorpsMember, Indicator, ReadCheck, Role } from '../schema';
import {
  COMMUNICATION_SHEET,
  CORPS_SHEET,
  DEFAULT_ROLES,
  INDICATORS,
  INDICATORS_SHEET,
  NEEDS_ANALYSIS,
  ROLES_SHEET,
  type ColumnSpec,
  type Label,
  type TableSheetSpec,
} from '../spec';
import {
  findPeriod,
  foldText,
  joinWrapped,
  logicalLines,
  matchListValue,
  oneLine,
  stripParentheses,
} from '../normalize';
import { displayText, type SheetView } from './sheet';
import type { DetectedTable } from './detect';
import { addCheck, fieldColumns, isMergedLine, valueCell, type Ctx } from './context';
import { figureApproximate, indicatorCodeUnknown, numberInvalid, numberRange, quote } from './messages';
import { namesNothing, onlyMarks, parseNumberCell, withoutClosingStop, withoutPhone } from './values';
import { readTableDate } from './tabledates';
import { excelSerialToIso, isDateFormat, readDateText } from '../dates';
import { readListCell } from './listcells';
import { QUESTION_THRESHOLD, scoreNeeds } from './similarity';
import {
  isLegendLine,
  isNote,
  isPageFurniture,
  isSignOff,
  isTotalsRow,
  isUntouchedTemplateRow,
} from './rows';
import { reportingPeriod } from './years';
import type { PeriodGroups } from './halfyeargroups';

type Values = Record<string, string | number>;

interface RawRow {
  readonly r: number;
  readonly values: Values;
  readonly cells: Record<string, string>;
  /** Cells whose values landed in `values`, by field. */
  readonly landed: Map<string, GridCell>;
}

/** Reads every row of a table by its spec's column kinds. */
function readRows(t: DetectedTable, spec: TableSheetSpec, ctx: Ctx): RawRow[] {
  const view = t.view;
  const cols = fieldColumns(t);
  const out: RawRow[] = [];
  const rows = view.rowsBetween(t.firstRow, t.lastRow);
  // Whether the table's entries fill several columns: then a sentence alone in a row is a note.
  const wide = rows.some((r) => view.rowCells(r, t.c0, t.c1).length >= 2);
  for (const r of rows) {
    const own = view.rowCells(r, t.c0, t.c1);
    // A mail's or letter's sign-off pasted under the table ("Med venlig hilsen"): the rows after it
    // are the signature and the mail it answered, no entries.
    if (isSignOff(own)) break;
    // A totals row ("I alt" with sums) is no mentor or indicator: it stays in the unmapped report.
    if (own.length === 0 || isMergedLine(t, own) || isTotalsRow(own, view) || isPageFurniture(own, view))
      continue;
    // A template's row left untouched ("[Initialer] | Vælg fra listen | [Afdeling]") is no entry.
    if (isUntouchedTemplateRow(own)) continue;
    // A note under the table ("Timer er pr. uge i gennemsnit.") or a legend line ("M = mentor,
    // FC = forældrecoach") is no mentor or indicator either.
    const only = own.length === 1 ? own[0] : undefined;
    if (wide && only && typeof only.v === 'string' && (isNote(only.v) || isLegendLine(only.v))) continue;
    // The rest of the row above's text, alone on a row of its own (a PDF's line extracted as a row).
    const before = out[out.length - 1];
    if (only && before && before.r === r - 1 && nextLineOf(t, spec, cols, before, only, ctx)) continue;
    const values: Values = {};
    const cells: Record<string, string> = {};
    const landed = new Map<string, GridCell>();
    for (const col of spec.columns) {
      const c = cols.get(col.field);
      if (c === undefined) continue;
      const cell = valueCell(t, r, c);
      cells[col.field] = cell ? a1(cell.r, cell.c) : a1(r, c);
      if (!cell) continue;
      const v = readValue(t, col, cell, ctx);
      if (v !== undefined) {
        values[col.field] = v;
        landed.set(col.field, cell);
      }
    }
    out.push({ r, values, cells, landed });
  }
  return out;
}

/**
 * A row that holds only the rest of the text in the row above ("Mentor og forældre-" over
 * "coach"), in small letters, in a column of text or of a list: the text joined to the row above's
 * (a word hyphenated at the line's end as one) and read again there, checked at the line.
 */
function nextLineOf(
  t: DetectedTable,
  spec: TableSheetSpec,
  cols: ReadonlyMap<string, number>,
  above: RawRow,
  cell: GridCell,
  ctx: Ctx,
): boolean {
  if (typeof cell.v !== 'string' || !/^\p{Ll}/u.test(cell.v.trim())) return false;
  const col = spec.columns.find((c) => cols.get(c.field) === cell.c);
  if (!col || (col.kind !== 'text' && col.kind !== 'list')) return false;
  const first = above.landed.get(col.field);
  if (!first || typeof first.v !== 'string') return false;
  const text = displayText(cell, ctx.date1904);
  const joined: GridCell = { ...first, v: joinWrapped(displayText(first, ctx.date1904), text) };
  const v = readValue(t, col, joined, ctx);
  if (v === undefined) return false;
  above.values[col.field] = v;
  t.view.useCell(cell);
  const at = a1(cell.r, cell.c);
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: `${t.key}.${col.field}`,
    value: quote(String(joined.v)),
    confidence: 0.9,
    reason: {
      da: `Teksten i ${at} står alene på rækken og begynder med lille bogstav: den er læst som resten af teksten i rækken ovenfor (${quote(String(joined.v))}).`,
      en: `The text in ${at} stands alone on its row and begins with a small letter: it was read as the rest of the text in the row above (${quote(String(joined.v))}).`,
    },
  });
  return true;
}

function readValue(t: DetectedTable, col: ColumnSpec, cell: GridCell, ctx: Ctx): string | number | undefined {
  const sheet = t.view.name;
  const text = displayText(cell, ctx.date1904);
  const at = a1(cell.r, cell.c);
  switch (col.kind) {
    case 'text':
    case 'email':
      // An error value (#N/A, #REF!) is no text: it stays in the unmapped report.
      return text === '' || showsError(cell) ? undefined : text;
    case 'list': {
      if (!col.list) return text;
      // In the coordinator's own words; a judgement is a check at the cell.
      return readListCell(ctx, sheet, cell, col.list, { field: `${t.key}.${col.field}` })?.id;
    }
    case 'number':
    case 'integer': {
      const words =
        col.field === 'hoursPerWeek'
          ? clockHours(cell)
          : col.field === 'activeCases'
            ? activeOf(cell)
            : undefined;
      if (words !== undefined) return words;
      // The figure's field, checked at its cell with what was read.
      const field: CheckField = `${t.key}.${col.field}`;
      const checkCell = (confidence: number, reason: { da: string; en: string }): void =>
        addCheck(ctx, { sheet, cell: at, field, value: quote(text), confidence, reason });
      // Hours a month ("20 t/md"), or a share of a full-time post in words ("halv tid", "3/4 tid"):
      // hours a week, with a check.
      const monthly = col.field === 'hoursPerWeek' ? hoursPerMonth(cell) : undefined;
      if (monthly !== undefined) {
        const hours = Math.round((monthly * 12 * 10) / 52) / 10;
        checkCell(0.75, {
          da: `"${quote(text)}" er timer om måneden: læst som ${String(hours).replace('.', ',')} timer om ugen (× 12 ÷ 52). Skriv timerne om ugen, hvis det er et andet tal.`,
          en: `"${quote(text)}" is hours a month: read as ${hours} hours a week (× 12 ÷ 52). Write the hours a week if it is another figure.`,
        });
        return hours;
      }
      const share = col.field === 'hoursPerWeek' ? fullTimeShare(cell) : undefined;
      if (share !== undefined) {
        const hours = Math.round(share * FULL_TIME_HOURS * 100) / 100;
        checkCell(0.8, {
          da: `"${quote(text)}" er læst som ${String(hours).replace('.', ',')} timer om ugen (37 timer er fuld tid). Skriv timerne, hvis det er et andet tal.`,
          en: `"${quote(text)}" was read as ${hours} hours a week (37 hours is full time). Write the hours if it is another figure.`,
        });
        return hours;
      }
      // (In a column of shares of full time, "Årsværk", a bare percentage is the column's own unit:
      // readCorps turns it into hours.)
      const other = col.field === 'hoursPerWeek' ? hoursOtherwise(cell, shareColumn(t)) : undefined;
      if (other === 'invalid') {
        ctx.issues.push(numberInvalid(sheet, at, text, false));
        return undefined;
      }
      if (other !== undefined) {
        const shown = String(other.hours).replace('.', ',');
        checkCell(0.75, {
          da: `"${quote(text)}" er læst som ${shown} timer om ugen (${other.how.da}). Skriv timerne om ugen, hvis det er et andet tal.`,
          en: `"${quote(text)}" was read as ${other.hours} hours a week (${other.how.en}). Write the hours a week if it is another figure.`,
        });
        return other.hours;
      }
      // "Baseline 4 / mål 12 / status 9": several labelled figures in one cell (readIndicators).
      if (t.key === 'indicators' && typeof cell.v === 'string' && labelledFigures(cell.v)) return undefined;
      // A figure hidden by a report's small-number rule ("<5", "*"): no figure, checked (not an
      // invalid number that blocks the plan). A target of "<5" is a goal, and stays as written.
      if (
        t.key === 'indicators' &&
        col.field !== 'target' &&
        typeof cell.v === 'string' &&
        SUPPRESSED_FIGURE.test(cell.v)
      ) {
        t.view.useCell(cell);
        checkCell(0.9, {
          da: `"${quote(text)}" er et tal skjult af hensyn til diskretion (færre end 5, eller skjult, så det ikke kan regnes ud): feltet er læst som tomt. Skriv tallet, hvis du har det – korpsets oversigt skjuler selv små tal.`,
          en: `"${quote(text)}" is a figure hidden for disclosure control (fewer than 5, or hidden so that it cannot be worked out): the field was read as empty. Write the figure if you have it – the corps summary hides small numbers itself.`,
        });
        return undefined;
      }
      // An indicator's figure not there yet ("-", "afventer data", "ikke målt endnu"): no figure,
      // with a check, rather than an error that blocks the plan half-way through the half-year. In
      // the corps only a dash or a question mark is read so ("ingen" hours is no figure: asked).
      if (
        typeof cell.v === 'string' &&
        (t.key === 'indicators' ? noFigureYet(cell.v) : t.key === 'corps' && onlyMarks(cell.v))
      ) {
        t.view.useCell(cell);
        checkCell(0.9, {
          da: `"${quote(text)}" giver intet tal endnu: feltet er læst som tomt. Skriv tallet, når det er der.`,
          en: `"${quote(text)}" gives no figure yet: the field was read as empty. Write the figure in once it is there.`,
        });
        return undefined;
      }
      const n = parseNumberCell(cell);
      if (!n.ok && n.range === true) {
        ctx.issues.push(numberRange(sheet, at, text));
        return undefined;
      }
      if (!n.ok || n.value < 0 || (col.kind === 'integer' && !Number.isInteger(n.value))) {
        ctx.issues.push(numberInvalid(sheet, at, text, col.kind === 'integer'));
        return undefined;
      }
      // "ca. 6", "6+": the figure is kept, and the coordinator asked for the exact one.
      if (n.approx) checkCell(0.7, figureApproximate(at, text, n.value, n.approx));
      return n.value;
    }
    case 'date': {
      // No day given: a placeholder ("-", "TBD"), a member not trained yet ("Under uddannelse"), or
      // a tick that says trained without saying when ("Ja", "✓"): read as empty, with a check.
      const none = typeof cell.v === 'string' ? noDay(col.field, cell.v) : undefined;
      if (none !== undefined) {
        t.view.useCell(cell);
        addCheck(ctx, {
          sheet,
          cell: at,
          field: `${t.key}.${col.field}`,
          value: quote(text),
          confidence: 0.9,
          reason: {
            da: `"${quote(text)}" ${none.da}: feltet er læst som tomt. Skriv datoen, når den er der.`,
            en: `"${quote(text)}" ${none.en}: the field was read as empty. Write the date once it is there.`,
          },
        });
        return undefined;
      }
      // The column's day/month order and the plan's years apply; issues and checks at the cell.
      return readTableDate(t, ctx, col.field, cell)?.last;
    }
  }
}

/**
 * A figure a report hid by its small-number rule (statistical disclosure control): "<5", "< 5",
 * "(<5)", "≤4", or an asterisk for a figure hidden so that it cannot be worked out from the others.
 */
const SUPPRESSED_FIGURE = /^\s*(?:[<≤]\s*[1-9]\d?|\(\s*[<≤]\s*[1-9]\d?\s*\)|\*{1,3})\s*$/u;

/** "Under uddannelse", "Ikke uddannet endnu", "Afventer kursus": a corps member not trained yet. */
const NOT_TRAINED =
  /^\s*(?:under\s+uddannelse|i\s+gang\s+med\s+(?:uddannelsen|kurset|lat)|(?:endnu\s+)?ikke\s+uddannet(?:\s+endnu)?|mangler\s+(?:uddannelse|kursus|kurset|lat)|afventer\s+(?:uddannelse|kursus|kurset|lat|næste\s+hold)|tilmeldt|not\s+(?:yet\s+)?trained|in\s+training)(?![\p{L}])/iu;
/** A tick or a yes where a day belongs ("Ja", "x", "✓"): done, but not said when. */
const YES_TICK = /^\s*(?:ja|yes|x|✓|✔|☑|√)\s*$/iu;

/** Why a date cell's text gives no day, when it does not ("names no date", "not trained yet"). */
function noDay(field: string, text: string): { da: string; en: string } | undefined {
  if (namesNothing(text)) return { da: 'nævner ingen dato', en: 'names no date' };
  if (field !== 'trainedOn') return undefined;
  if (NOT_TRAINED.test(text))
    return {
      da: 'siger, at uddannelsen ikke er afsluttet endnu',
      en: 'says the training is not finished yet',
    };
  if (YES_TICK.test(text))
    return {
      da: 'siger, at medlemmet er uddannet, men ikke hvornår',
      en: 'says the member is trained, but not when',
    };
  return undefined;
}

/**
 * Words that say a figure is not there yet: "afventer data", "ikke målt endnu", "kommer i juni",
 * "Fastsættes senere", "Ingen mål endnu".
 */
const NOT_YET =
  /^\s*(?:afventer|kommer|opgøres|gøres\s+op|følger|fastsættes|fastlægges|besluttes|aftales|endnu\s+ikke|ingen\s+(?:mål|tal|data|måling)(?:\s+endnu)?|ikke\s+(?:målt|opgjort|gjort\s+op|kendt|tilgængelig|registreret|talt|fastsat|fastlagt)|not\s+(?:yet|measured|available|set)|pending|tbd)(?![\p{L}])/iu;

/** A figure's cell that holds none yet: a placeholder, or words saying it comes later, without a digit. */
export function noFigureYet(text: string): boolean {
  return namesNothing(text) || (!/\d/u.test(text) && NOT_YET.test(text));
}

/** Hours a month: "20 t/md", "20 timer pr. måned", "20 timer om måneden", "20 h/month". */
const PER_MONTH =
  /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:t|t\.|timer|time|h|hours?)?\s*(?:\/|pr\.?|per|om|i|a)\s*(?:md\.?|mdr\.?|mnd\.?|måned(?:en)?|month)\s*$/iu;

function hoursPerMonth(cell: GridCell): number | undefined {
  if (typeof cell.v !== 'string') return undefined;
  const m = PER_MONTH.exec(cell.v);
  return m?.[1] === undefined ? undefined : Number(m[1].replace(',', '.'));
}

/** A share of a full-time post in words: "halv tid", "fuldtid", "heltid", "3/4 tid", "kvart tid". */
const SHARE_WORDS =
  /^\s*(fuld|hel|halv|kvart|trekvart|tre\s+kvart|1\/2|1\/4|3\/4|½|¼|¾)\s*-?\s*(?:tid|tids|stilling|tidsstilling)(?:\s+(?:stilling|ansat))?\s*$/iu;

const SHARES: Readonly<Record<string, number>> = {
  fuld: 1,
  hel: 1,
  halv: 0.5,
  '1/2': 0.5,
  '½': 0.5,
  kvart: 0.25,
  '1/4': 0.25,
  '¼': 0.25,
  trekvart: 0.75,
  'tre kvart': 0.75,
  '3/4': 0.75,
  '¾': 0.75,
};

function fullTimeShare(cell: GridCell): number | undefined {
  if (typeof cell.v !== 'string') return undefined;
  const m = SHARE_WORDS.exec(cell.v);
  const key = m?.[1]?.toLowerCase().replace(/\s+/gu, ' ');
  return key === undefined ? undefined : SHARES[key];
}

const FIGURE = String.raw`(\d{1,4}(?:[.,]\d{1,2})?|½|¼|¾)`;
const HOUR_WORD = String.raw`(?:t|t\.|timer|time|h|hours?)`;
/** A share of a full-time post as a percentage: "25%", "50 % stilling", "75 % af fuld tid". */
const PERCENT_OF_POST = new RegExp(
  String.raw`^\s*${FIGURE}\s*%\s*(?:(?:af\s+)?(?:en\s+)?(?:fuld\s*tid|heltid|stilling|tid|årsværk|of\s+full[\s-]*time|fte))?\s*$`,
  'iu',
);
/** Full-time equivalents: "0,5 årsværk", "0.5 FTE", "0,25 stilling". */
const POSTS = new RegExp(String.raw`^\s*${FIGURE}\s*(?:årsværk|arsvaerk|fte|stilling(?:er)?)\s*$`, 'iu');
/** Working days: "1 dag om ugen", "2 dage/uge", "½ dag pr. uge", "1 day a week". */
const DAYS = new RegExp(
  String.raw`^\s*${FIGURE}\s*(?:dag|dage|days?)\s*(?:\/|pr\.?|per|om|i|a)\s*(?:ugen|uge|week)\s*$`,
  'iu',
);
/** Hours a fortnight: "4 t/14 dage", "8 timer hver anden uge", "8 timer pr. 14. dag". */
const FORTNIGHT = new RegExp(
  String.raw`^\s*${FIGURE}\s*${HOUR_WORD}?\s*(?:(?:\/|pr\.?|per|om|hver)\s*(?:14\.?\s*(?:dage?|dag)|anden\s+uge|2\.?\s*uge)|every\s+(?:other|second)\s+week|(?:a|per)\s+fortnight)\s*$`,
  'iu',
);
/** Hours a year: "120 timer/år", "100 timer om året", "80 h/year". */
const PER_YEAR = new RegExp(
  String.raw`^\s*${FIGURE}\s*${HOUR_WORD}?\s*(?:\/|pr\.?|per|om|i|a)\s*(?:år(?:et)?|year|annum)\s*$`,
  'iu',
);

function figureOf(text: string): number {
  const t = text.replace(',', '.');
  return t === '½' ? 0.5 : t === '¼' ? 0.25 : t === '¾' ? 0.75 : Number(t);
}

/**
 * Hours a week written another way than as hours a week, each read with a check: a share of a
 * full-time post as a percentage ("25%", "50 % stilling", a cell formatted as a percentage) or in
 * posts ("0,5 årsværk"), working days a week (a day is 37 ÷ 5 hours), hours a fortnight or a year.
 * A number of hours in a column of hours cannot be a percentage: "25%" is not 25 hours, and a
 * share no post can be ("250 %", "3 årsværk" for one member) is 'invalid'.
 */
function hoursOtherwise(
  cell: GridCell,
  inShares: boolean,
): { hours: number; how: Label } | 'invalid' | undefined {
  const round = (n: number): number => Math.round(n * 10) / 10;
  if (inShares && !(typeof cell.v === 'string' && /\p{L}/u.test(cell.v))) return undefined;
  if (typeof cell.v === 'number') {
    if (cell.fmt === undefined || !cell.fmt.includes('%') || cell.v <= 0 || cell.v > 1) return undefined;
    return { hours: round(cell.v * FULL_TIME_HOURS), how: SHARE_HOW };
  }
  if (typeof cell.v !== 'string' || !/\d|½|¼|¾/u.test(cell.v)) return undefined;
  const text = cell.v;
  const percent = PERCENT_OF_POST.exec(text)?.[1];
  if (percent !== undefined) {
    const p = figureOf(percent);
    return p > 0 && p <= 100 ? { hours: round((p / 100) * FULL_TIME_HOURS), how: SHARE_HOW } : 'invalid';
  }
  const posts = POSTS.exec(text)?.[1];
  if (posts !== undefined) {
    const n = figureOf(posts);
    return n > 0 && n <= 1 ? { hours: round(n * FULL_TIME_HOURS), how: SHARE_HOW } : 'invalid';
  }
  const days = DAYS.exec(text)?.[1];
  if (days !== undefined) {
    const n = figureOf(days);
    return n > 0 && n <= 5
      ? {
          hours: round((n * FULL_TIME_HOURS) / 5),
          how: { da: 'en arbejdsdag er 37 ÷ 5 = 7,4 timer', en: 'a working day is 37 ÷ 5 = 7.4 hours' },
        }
      : undefined;
  }
  const fortnight = FORTNIGHT.exec(text)?.[1];
  if (fortnight !== undefined) {
    return {
      hours: round(figureOf(fortnight) / 2),
      how: { da: 'timer hver anden uge ÷ 2', en: 'hours a fortnight ÷ 2' },
    };
  }
  const yearly = PER_YEAR.exec(text)?.[1];
  if (yearly !== undefined) {
    return {
      hours: round(figureOf(yearly) / 52),
      how: { da: 'timer om året ÷ 52', en: 'hours a year ÷ 52' },
    };
  }
  return undefined;
}

const SHARE_HOW: Label = {
  da: 'en andel af fuld tid; 37 timer er fuld tid',
  en: 'a share of full time; 37 hours is full time',
};

/** "7:30", "10:00 t": hours and minutes a week. */
const CLOCK = /^\s*(\d{1,2}):([0-5]\d)\s*(?:t|timer|h|hours)?\.?\s*$/iu;

/** Hours a week written as a clock time ("7:30" is 7,5), typed or as a time cell (h:mm). */
function clockHours(cell: GridCell): number | undefined {
  if (typeof cell.v === 'number')
    return cell.fmt !== undefined && /^\[?h\]?:mm/iu.test(cell.fmt) && cell.v >= 0 && cell.v < 7
      ? Math.round(cell.v * 24 * 100) / 100
      : undefined;
  if (typeof cell.v !== 'string' || !cell.v.includes(':')) return undefined;
  const m = CLOCK.exec(cell.v);
  return m?.[1] === undefined || m[2] === undefined
    ? undefined
    : Math.round((Number(m[1]) + Number(m[2]) / 60) * 100) / 100;
}

/** "2 aktive, 1 afsluttet", "4 aktive", "1 aktivt": the number of active cases among others. */
const ACTIVE = /(?<![\d,.])(\d{1,4})\s+(?:aktive?|aktivt|igangværende|active)(?![\p{L}])/iu;

/** "Ingen" cases: none (a count only; elsewhere, as "Mål: ingen", it means no figure was set). */
const NO_CASES = /^\s*(?:ingen(?:\s+endnu)?|endnu\s+ingen|none(?:\s+yet)?)\s*$/iu;

function activeOf(cell: GridCell): number | undefined {
  if (typeof cell.v === 'string' && NO_CASES.test(cell.v)) return 0;
  if (typeof cell.v !== 'string' || !/aktiv|igangv|active/iu.test(cell.v)) return undefined;
  const m = ACTIVE.exec(cell.v);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

function useLanded(t: DetectedTable, row: RawRow): void {
  for (const cell of row.landed.values()) t.view.useCell(cell);
}

function draftRow<T>(t: DetectedTable, row: RawRow): DraftRow<T> {
  useLanded(t, row);
  return {
    values: row.values as Partial<T>,
    source: { sheet: t.view.name, row: row.r + 1 },
    cells: row.cells as Partial<Record<keyof T & string, string>>,
  };
}

const DEFAULT_ROLE_KEYS = new Set(DEFAULT_ROLES.flatMap((l) => [foldText(l.da), foldText(l.en)]));

export function readRoles(t: DetectedTable, ctx: Ctx): DraftRow<Role>[] {
  const out: DraftRow<Role>[] = [];
  let prev: { row: RawRow; values: Values } | undefined;
  for (const row of readRows(t, ROLES_SHEET, ctx)) {
    const fields = [...row.landed.keys()];
    // A role's responsibilities often run over several rows (000 §1.2 lists them as bullets).
    if (prev && fields.length === 1 && fields[0] === 'responsibilities') {
      const more = row.values.responsibilities;
      const had = prev.values.responsibilities;
      prev.values.responsibilities = had === undefined ? String(more) : `${String(had)}\n${String(more)}`;
      useLanded(t, row);
      continue;
    }
    // The template's suggested roles with nothing filled in are not roles yet.
    const role = row.values.role;
    if (fields.length === 1 && typeof role === 'string' && DEFAULT_ROLE_KEYS.has(foldText(role))) {
      useLanded(t, row);
      continue;
    }
    const values = { ...row.values };
    phoneLeftOut(t, row, values, ctx);
    out.push(draftRow<Role>(t, { ...row, values }));
    prev = { row, values };
  }
  return out;
}

/**
 * A role's person written with a phone number ("Lars Dam, tlf. 2345 6789", or on a line of its own):
 * the plan keeps the name; the number is left out, with a check that says so.
 */
function phoneLeftOut(t: DetectedTable, row: RawRow, values: Values, ctx: Ctx): void {
  const name = values.name;
  const cell = row.landed.get('name');
  if (typeof name !== 'string' || !cell || !/\d[\d\s-]{6,}\d/u.test(name)) return;
  const kept = withoutPhone(name);
  if (kept === name) return;
  values.name = kept;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(cell.r, cell.c),
    field: 'roles.name',
    value: kept,
    confidence: 0.9,
    reason: {
      da: `Telefonnummeret er ikke en del af navnet og er udeladt: læst som ${quote(kept)}.`,
      en: `The phone number is no part of the name and was left out: read as ${quote(kept)}.`,
    },
  });
}

/** One full-time post in hours a week (004 Tabel 24). */
const FULL_TIME_HOURS = 37;

/** A header naming time as a share of a full-time post ("Årsværk", "Andel af fuld tid", "FTE"). */
const SHARE_OF_FULL_TIME =
  /årsværk|arsvaerk|andel af fuld ?tid|stillingsandel|fuldtidsandel|\bfte\b|full-time equivalent/iu;

/** Whether the table's hours column holds shares of a full-time post (its header says so). */
function shareColumn(t: DetectedTable): boolean {
  const hoursCol = t.columns.find((m) => m.field === 'hoursPerWeek');
  return hoursCol !== undefined && SHARE_OF_FULL_TIME.test(oneLine(hoursCol.header));
}

export function readCorps(t: DetectedTable, ctx: Ctx): DraftRow<CorpsMember>[] {
  const hoursCol = t.columns.find((m) => m.field === 'hoursPerWeek');
  const share = hoursCol !== undefined && shareColumn(t);
  const per = hoursCol === undefined || share ? undefined : headerPeriod(hoursCol.header);
  // Read in the period's half-year group, where the table keeps one per half-year (index.ts).
  const groups = t.periodGroups;
  // A roster with the day each member stopped: those who stopped before the period are out.
  const stops = stopColumns(t, ctx);
  // A report's count of each member's cases ("Antal af Forløb-ID"): blank where it counts none.
  const cases = t.columns.find((m) => m.field === 'activeCases');
  const casesCol = cases && AGGREGATE_COUNT.test(oneLine(cases.header)) ? cases.col : undefined;
  return roleFromHeadings(t, readRows(t, CORPS_SHEET, ctx))
    .filter(
      (row) =>
        !leftTheCorps(t, row, ctx) &&
        !(groups && notInPeriodGroup(t, row, groups, ctx)) &&
        !(stops && stoppedBefore(t, row, stops, ctx)),
    )
    .map((row) => {
      if (share) hoursFromShare(t, row, hoursCol.header, ctx);
      else if (per !== undefined && hoursCol !== undefined)
        hoursFromPeriod(t, row, hoursCol.header, per, ctx);
      else unlikelyHours(t, row, ctx);
      noOneNamed(t, row, ctx);
      initialsOfName(t, row, ctx);
      if (casesCol !== undefined) blankCount(t, row, casesCol, ctx);
      return draftRow<CorpsMember>(t, row);
    });
}

/** A report's aggregated count ("Antal af Forløb-ID", "Count of Case ID"), as Power BI and PivotTables name it. */
const AGGREGATE_COUNT = /^(?:antal af|optælling af|count of|countd of)\s+\S/iu;

/**
 * A member's count of cases left blank in a report's aggregated count ("Antal af Forløb-ID"): a
 * report shows a count of nothing as blank, so the member has no cases — 0, checked at the cell.
 */
function blankCount(t: DetectedTable, row: RawRow, col: number, ctx: Ctx): void {
  if (row.values.activeCases !== undefined || row.values.initials === undefined) return;
  const cell = t.view.cell(row.r, col);
  if (cell !== undefined && displayText(cell, ctx.date1904).trim() !== '') return;
  row.values.activeCases = 0;
  const at = a1(row.r, col);
  row.cells.activeCases = at;
  const header = oneLine(t.columns.find((m) => m.col === col)?.header ?? '');
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'corps.activeCases',
    value: '0',
    confidence: 0.8,
    reason: {
      da: `${at} er tom under "${quote(header)}": en rapport viser en optælling af ingenting som tom, så den er læst som 0 forløb. Skriv tallet, hvis det er et andet.`,
      en: `${at} is empty under "${quote(header)}": a report shows a count of nothing as blank, so it was read as 0 cases. Write the figure if it is another.`,
    },
  });
}

/** A column of the day a member stopped: "Stopdato", "Slutdato", "Fratrådt", "Ophørsdato", "End date". */
const STOP_HEADER =
  /^(?:stop|slut|ophør|ophørs|fratrædelses|fratrådt|fratraadt|udtrådt|udtrædelses|udmeldt)\s*-?\s*(?:dato|dag|den)?$|^(?:end|stop|leaving)\s+date$|^(?:left|stopped|ended)(?:\s+on)?$/iu;
/** Words saying a member stopped, before the day: "Fratrådt 31.10.2026", "Stoppet i korpset 30.06.2026". */
const STOPPED_WORDS =
  /^\s*(?:fratrådt|fratraadt|fratrådte|stoppet|stoppede|udtrådt|udtrådte|ophørt|ophørte|udmeldt|gået ud|gik ud|sluttet|sluttede|left|stopped|quit)(?![\p{L}])/iu;

/**
 * The day after the words, as a coordinator types it: "31.10.2026", "31/10-26", "2026-10-31" (an ISO
 * day, perhaps with a time after it), "31. oktober 2026", "31 Oct 2026" (a month's name or its
 * abbreviation). A weekday before it was passed over with the other words ("fredag d. 31.10.2026").
 */
const STOP_DAY = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})/u;

interface StopColumns {
  /** The columns of the stop day (by header), and the other unmapped columns (remarks). */
  readonly stop: readonly number[];
  readonly other: readonly number[];
  /** The first day of the reporting period. */
  readonly from: string;
}

/** The stop-day and remark columns of a corps table, where the plan's period is known. */
function stopColumns(t: DetectedTable, ctx: Ctx): StopColumns | undefined {
  const period = planPeriod(ctx);
  const m = period === undefined ? null : /^(\d{4})-H([12])$/u.exec(period);
  if (!m) return undefined;
  const stop: number[] = [];
  const other: number[] = [];
  for (const c of t.columns) {
    if (c.field !== null) continue;
    if (STOP_HEADER.test(oneLine(c.header))) stop.push(c.col);
    else other.push(c.col);
  }
  return { stop, other, from: `${m[1]}-${m[2] === '1' ? '01' : '07'}-01` };
}

/**
 * A member of a roster who stopped before the reporting period began — the day in a stop column
 * ("Stopdato" 30.09.2026, or "Fratrådt 31.10.2026" there), or told in a remark that starts by
 * saying so ("Stoppet i korpset 30.06.2026") — is no longer in the corps: left out, checked at the
 * day. A stop day in or after the period keeps the member (leaving during it).
 */
function stoppedBefore(t: DetectedTable, row: RawRow, s: StopColumns, ctx: Ctx): boolean {
  const view = t.view;
  const d = ctx.date1904;
  const dayOf = (c: number, inRemark: boolean): { day: string; cell: GridCell } | undefined => {
    const cell = view.cell(row.r, c);
    if (!cell) return undefined;
    if (!inRemark && typeof cell.v === 'number' && cell.fmt !== undefined && isDateFormat(cell.fmt))
      return { day: excelSerialToIso(Math.floor(cell.v), d), cell };
    if (typeof cell.v !== 'string') return undefined;
    const words = STOPPED_WORDS.exec(cell.v);
    if (inRemark && !words) return undefined;
    const rest = (words ? cell.v.slice(words[0].length) : cell.v).replace(/^[^\d]{0,30}?(?=\d)/u, '');
    const first = STOP_DAY.exec(rest.trim());
    const read = first ? readDateText(first[0]) : undefined;
    return read && read.exact ? { day: read.last, cell } : undefined;
  };
  let found: { day: string; cell: GridCell } | undefined;
  for (const c of s.stop) found ??= dayOf(c, false);
  for (const c of s.other) found ??= dayOf(c, true);
  if (!found || found.day >= s.from) return false;
  const at = a1(found.cell.r, found.cell.c);
  addCheck(ctx, {
    sheet: view.name,
    cell: at,
    field: 'corps.initials',
    value: displayText(found.cell, d),
    confidence: 0.85,
    reason: {
      da: `Personen stoppede i korpset ${found.day.split('-').reverse().join('.')} (${at}), før planens periode begynder: rækken er ikke talt med i korpset. Slet rækken, eller ret datoen, hvis personen stadig er med.`,
      en: `The person stopped in the corps on ${found.day} (${at}), before the plan's period begins: the row is not counted in the corps. Delete the row, or correct the day if the person is still in it.`,
    },
  });
  return true;
}

/**
 * A member whose cells in the period's half-year group hold no figure (empty, or a dash) while an
 * earlier half-year's group holds one: no longer in the corps in the period (stopped since). Left
 * out, checked at the initials. A member with figures in the period's group only has joined since.
 */
function notInPeriodGroup(t: DetectedTable, row: RawRow, g: PeriodGroups, ctx: Ctx): boolean {
  if (row.values.hoursPerWeek !== undefined || row.values.activeCases !== undefined) return false;
  const view = t.view;
  const figure = (c: number): boolean => {
    const cell = view.cell(row.r, c);
    return cell !== undefined && (typeof cell.v === 'number' || /\d/u.test(displayText(cell, ctx.date1904)));
  };
  const before = g.others.filter((x) => x.when < g.own.when);
  const earlier = before.find((x) => {
    for (let c = x.c0; c <= x.c1; c++) if (figure(c)) return true;
    return false;
  });
  if (!earlier) return false;
  for (let c = g.own.c0; c <= g.own.c1; c++) if (figure(c)) return false;
  const cell = row.landed.get('initials');
  const at = cell ? a1(cell.r, cell.c) : (row.cells.initials ?? a1(row.r, t.c0));
  addCheck(ctx, {
    sheet: view.name,
    cell: at,
    field: 'corps.initials',
    value: cell ? displayText(cell, ctx.date1904) : '',
    confidence: 0.8,
    reason: {
      da: `Rækken har tal under "${earlier.text}", men ingen under "${g.own.text}", planens periode: personen er læst som ude af korpset i perioden og tælles ikke med. Skriv timer og forløb for perioden, hvis personen stadig er med.`,
      en: `The row has figures under "${earlier.text}" but none under "${g.own.text}", the plan's period: the person was read as no longer in the corps in the period and is not counted. Write the period's hours and cases if the person is still in it.`,
    },
  });
  return true;
}

/** A heading naming one role's group: "Mentorer", "Forældrecoaches (2)", "Parent coaches:". */
const ROLE_HEADING: readonly [RegExp, string][] = [
  [/^\s*(?:mentorer|mentors?)\s*(?:\(\s*\d+\s*\))?\s*:?\s*$/iu, 'mentor'],
  [
    /^\s*(?:forældre-?coach(?:es|er)?|foraeldre-?coach(?:es|er)?|parent\s+coach(?:es)?)\s*(?:\(\s*\d+\s*\))?\s*:?\s*$/iu,
    'parent_coach',
  ],
];

/**
 * A corps kept under role headings ("Mentorer", then their rows; "Forældrecoaches", then theirs)
 * with no role column: a heading row is no member, and gives its role to the rows under it that
 * name none (placed at the heading's cell).
 */
function roleFromHeadings(t: DetectedTable, rows: RawRow[]): RawRow[] {
  const out: RawRow[] = [];
  let heading: { role: string; cell: GridCell } | undefined;
  for (const row of rows) {
    const keys = Object.keys(row.values);
    const text = row.values.initials;
    const cell = row.landed.get('initials');
    const role =
      keys.length === 1 && typeof text === 'string' && cell
        ? ROLE_HEADING.find(([re]) => re.test(text))?.[1]
        : undefined;
    if (role !== undefined && cell) {
      heading = { role, cell };
      t.view.useCell(cell);
      continue;
    }
    if (heading && row.values.role === undefined) {
      row.values.role = heading.role;
      row.landed.set('role', heading.cell);
      row.cells.role = a1(heading.cell.r, heading.cell.c);
    }
    out.push(row);
  }
  return out;
}

/**
 * A member whose initials are struck through has left the corps (struck out rather than deleted):
 * no member now. Checked at the initials, so that the coordinator sees the row was not counted.
 */
function leftTheCorps(t: DetectedTable, row: RawRow, ctx: Ctx): boolean {
  const cell = row.landed.get('initials');
  if (cell?.strike !== true) return false;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(cell.r, cell.c),
    field: 'corps.initials',
    value: displayText(cell, ctx.date1904),
    confidence: 0.8,
    reason: {
      da: 'Initialerne er streget over; personen er læst som ude af korpset og tælles ikke med. Slet rækken, eller fjern overstregningen, hvis personen stadig er med.',
      en: 'The initials are struck through; the person was read as having left the corps and is not counted. Delete the row, or remove the strikethrough if the person is still in it.',
    },
  });
  return true;
}

/** A person's name: two to four words, each a capital letter and small ones ("Anne Kjær", "Bo Holm-Berg"). */
const PERSON_NAME =
  /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?){1,3}$/u;

/**
 * A corps kept by name ("Anne Kjær (mentor)⏎tlf. 4012 3456", "Bo Holm, forældrecoach"): the corps
 * holds initials only, so the name becomes its initials (AK), the role is read from the words after
 * it where no column gives one, and the rest (a phone number) is left out. Checked: initials are the
 * municipality's own to choose.
 */
function initialsOfName(t: DetectedTable, row: RawRow, ctx: Ctx): void {
  const v = row.values.initials;
  const cell = row.landed.get('initials');
  if (typeof v !== 'string' || !cell) return;
  // A name broken over lines in a narrow cell ("Anne⏎Marie Holst") is the whole name; otherwise
  // the first line is the name and the lines after it something else (a phone number); a role in
  // brackets that goes on to the next line is the first line's.
  const whole = withoutClosingStop(oneLine(v));
  const first = PERSON_NAME.test(whole) ? whole : (logicalLines(v)[0] ?? '');
  const parts = /^(.+?)\s*\(([^()]+)\)\s*$/u.exec(first) ?? /^(.+?)\s*[,–—-]\s+(.+)$/u.exec(first);
  const name = (parts?.[1] ?? first).trim();
  if (EMAIL_ONLY.test(name)) {
    emailAsInitials(t, row, cell, name, ctx);
    return;
  }
  if (parts?.[2] !== undefined && /^\p{Lu}{2,4}$/u.test(name)) {
    roleAfterInitials(t, row, cell, name, parts[2], ctx);
    return;
  }
  if (!PERSON_NAME.test(name) && !NAME_WITH_INITIAL.test(name)) return;
  const initials = name
    .split(/[\s-]+/u)
    .map((w) => w.charAt(0).toLocaleUpperCase('da'))
    .join('');
  row.values.initials = initials;
  const roleText = parts?.[2];
  const role = roleText !== undefined ? matchListValue('corpsRole', roleText) : undefined;
  if (role !== undefined) roleFromInitialsCell(row, cell, role);
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(cell.r, cell.c),
    field: 'corps.initials',
    value: initials,
    confidence: 0.8,
    reason: {
      da: `Korpset har kun initialer: navnet er skrevet som ${initials}${role !== undefined ? ', og rollen er læst fra teksten i cellen' : ''}. Skriv initialerne, hvis I bruger andre.`,
      en: `The corps holds initials only: the name was written as ${initials}${role !== undefined ? ', and the role was read from the text in the cell' : ''}. Write the initials if you use others.`,
    },
  });
}

/** The role written in the initials' cell, where no column gives one: read from there. */
function roleFromInitialsCell(row: RawRow, cell: GridCell, role: string): void {
  if (row.values.role !== undefined) return;
  row.values.role = role;
  row.cells.role = a1(cell.r, cell.c);
}

/**
 * Initials with the role after them ("AB (mentor)", "CD – forældrecoach"): the initials, and the role
 * where no column gives one, with a check. Words after them that name no role stay as written.
 */
function roleAfterInitials(
  t: DetectedTable,
  row: RawRow,
  cell: GridCell,
  initials: string,
  roleText: string,
  ctx: Ctx,
): void {
  const role = matchListValue('corpsRole', roleText.trim());
  if (role === undefined) return;
  row.values.initials = initials;
  roleFromInitialsCell(row, cell, role);
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(cell.r, cell.c),
    field: 'corps.initials',
    value: initials,
    confidence: 0.9,
    reason: {
      da: `Initialerne ${initials} er skrevet med rollen efter sig; rollen er læst fra teksten i cellen.`,
      en: `The initials ${initials} are written with the role after them; the role was read from the text in the cell.`,
    },
  });
}

/** A first name with the surname's initial: "Anne B.", "Anne Marie K.". */
const NAME_WITH_INITIAL = /^\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’]+){0,2}\s+\p{Lu}\.$/u;
/** A cell that is an e-mail address and nothing else. */
const EMAIL_ONLY = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}$/u;

/**
 * An e-mail address in the initials column ("anne.berg@vejle.dk", "anbe@vejle.dk"): the corps holds
 * initials only, so the address is never kept. Its first part gives the initials where it can (the
 * first letters of "anne.berg", or "anbe" itself when it is two to four letters); otherwise the
 * initials are read as missing. Either way with a check.
 */
function emailAsInitials(t: DetectedTable, row: RawRow, cell: GridCell, address: string, ctx: Ctx): void {
  const local = address.slice(0, address.indexOf('@'));
  const words = local.split(/[._-]+/u).filter((w) => /^\p{L}+$/u.test(w));
  const initials =
    words.length >= 2 && words.length <= 4
      ? words.map((w) => w.charAt(0).toLocaleUpperCase('da')).join('')
      : /^\p{L}{2,4}$/u.test(local)
        ? local.toLocaleUpperCase('da')
        : undefined;
  if (initials === undefined) delete row.values.initials;
  else row.values.initials = initials;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(cell.r, cell.c),
    field: 'corps.initials',
    value: initials ?? '',
    confidence: 0.7,
    reason:
      initials === undefined
        ? {
            da: 'Korpset har kun initialer: en e-mailadresse gemmes ikke, og den giver ingen initialer. Skriv initialerne.',
            en: 'The corps holds initials only: an e-mail address is not kept, and this one gives no initials. Write the initials.',
          }
        : {
            da: `Korpset har kun initialer: e-mailadressen er læst som ${initials} og gemmes ikke. Skriv initialerne, hvis I bruger andre.`,
            en: `The corps holds initials only: the e-mail address was read as ${initials} and is not kept. Write the initials if you use others.`,
          },
  });
}

/**
 * Initials that name no one ("Vakant", "N.N.", "?"): often a post not yet filled, which the corps
 * must not count as a member. The initials are read as missing (the rules then ask for them), with
 * a check that says what to do.
 */
function noOneNamed(t: DetectedTable, row: RawRow, ctx: Ctx): void {
  const v = row.values.initials;
  const cell = row.landed.get('initials');
  // Capitals alone are initials, also those that spell a placeholder elsewhere ("TBD", "NA").
  if (typeof v !== 'string' || !cell || /^\p{Lu}{2,4}$/u.test(v.trim()) || !namesNothing(v)) return;
  delete row.values.initials;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(cell.r, cell.c),
    field: 'corps.initials',
    value: quote(v),
    confidence: 0.9,
    reason: {
      da: `"${quote(v)}" nævner ingen. Er det en stilling, der ikke er besat, så slet rækken, så den ikke tælles med i korpset; ellers skriv initialerne.`,
      en: `"${quote(v)}" names no one. If it is a post not yet filled, delete the row so that it is not counted in the corps; otherwise write the initials.`,
    },
  });
}

/**
 * Hours a week under one hour ("½", "0,5": a share of a full-time post?) or above 48 (the working
 * week's legal most: a month's or a half-year's hours?) are kept as written and checked.
 */
function unlikelyHours(t: DetectedTable, row: RawRow, ctx: Ctx): void {
  const v = row.values.hoursPerWeek;
  const cell = row.landed.get('hoursPerWeek');
  if (typeof v !== 'number' || !cell || v === 0 || (v >= 1 && v <= 48)) return;
  const text = displayText(cell, ctx.date1904);
  const low = v < 1;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(cell.r, cell.c),
    field: 'corps.hoursPerWeek',
    value: quote(text),
    confidence: 0.6,
    reason: low
      ? {
          da: `"${quote(text)}" er under én time om ugen. Er det en andel af fuld tid (½ er 18,5 timer), så skriv timerne om ugen.`,
          en: `"${quote(text)}" is under one hour a week. If it is a share of full time (½ is 18.5 hours), write the hours a week.`,
        }
      : {
          da: `"${quote(text)}" er over 48 timer om ugen. Er det timer om måneden eller i halvåret, så skriv timerne om ugen.`,
          en: `"${quote(text)}" is over 48 hours a week. If it is hours a month or a half-year, write the hours a week.`,
        },
  });
}

/** A period of time other than the week that an hours column's header names. */
type HoursPeriod = 'month' | 'year';

/** "Timer pr. måned", "Timer/md.", "Timer om måneden", "Månedlige timer", "Hours per month"; the same for a year. */
const MONTH_HEADER =
  /(?:(?:\/|\bpr\.?|\bper|\bom|\bi|\ba)\s*(?:md|mdr|mnd|måned(?:en)?|month)(?![\p{L}])|\bmånedlig(?:e|t)?(?![\p{L}])|\bmonthly\b)/iu;
const YEAR_HEADER =
  /(?:(?:\/|\bpr\.?|\bper|\bom|\bi|\ba)\s*(?:år(?:et)?|year|annum)(?![\p{L}])|\bårlig(?:e|t)?(?![\p{L}])|\b(?:yearly|annual)\b)/iu;

/** The period an hours column's header counts its hours in, when it is not the week. */
export function headerPeriod(header: string): HoursPeriod | undefined {
  if (/\b(?:uge|ugen|ugentlig(?:e|t)?|week|weekly)(?![\p{L}])/iu.test(header)) return undefined;
  if (MONTH_HEADER.test(header)) return 'month';
  if (YEAR_HEADER.test(header)) return 'year';
  return undefined;
}

/** A bare figure of hours ("26", "ca. 10", "26 t"): no unit of time of its own. */
const BARE_HOURS =
  /^\s*(?:ca\.?\s*|cirka\s+|omkring\s+)?\d{1,4}(?:[.,]\d{1,2})?\s*(?:t|t\.|timer|time|h)?\s*$/iu;

/**
 * Hours under a header that counts them in another period than the week ("Timer pr. måned",
 * "Timer om året") are hours a week once turned (a month × 12 ÷ 52, a year ÷ 52), checked at the
 * cell: a bare 26 there is not 26 hours a week. A cell that names its own period ("6 t/uge") keeps it.
 */
function hoursFromPeriod(t: DetectedTable, row: RawRow, header: string, per: HoursPeriod, ctx: Ctx): void {
  const v = row.values.hoursPerWeek;
  const cell = row.landed.get('hoursPerWeek');
  if (typeof v !== 'number' || !cell) return;
  const text = displayText(cell, ctx.date1904);
  if (typeof cell.v !== 'number' && !BARE_HOURS.test(text)) {
    unlikelyHours(t, row, ctx);
    return;
  }
  const hours = Math.round(((per === 'month' ? v * 12 : v) * 10) / 52) / 10;
  row.values.hoursPerWeek = hours;
  const shown = String(hours).replace('.', ',');
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(cell.r, cell.c),
    field: 'corps.hoursPerWeek',
    value: text,
    confidence: 0.75,
    reason:
      per === 'month'
        ? {
            da: `"${quote(text)}" under "${quote(header)}" er timer om måneden: læst som ${shown} timer om ugen (× 12 ÷ 52). Skriv timerne om ugen, hvis det er et andet tal.`,
            en: `"${quote(text)}" under "${quote(header)}" is hours a month: read as ${hours} hours a week (× 12 ÷ 52). Write the hours a week if it is another figure.`,
          }
        : {
            da: `"${quote(text)}" under "${quote(header)}" er timer om året: læst som ${shown} timer om ugen (÷ 52). Skriv timerne om ugen, hvis det er et andet tal.`,
            en: `"${quote(text)}" under "${quote(header)}" is hours a year: read as ${hours} hours a week (÷ 52). Write the hours a week if it is another figure.`,
          },
  });
}

/**
 * Time written as a share of a full-time post (0,5 or "50 %" under "Årsværk") becomes hours a week
 * (× 37). A share above 1,5 without "%" is no share of one post: read as a percentage, and checked.
 */
function hoursFromShare(t: DetectedTable, row: RawRow, header: string, ctx: Ctx): void {
  const v = row.values.hoursPerWeek;
  const cell = row.landed.get('hoursPerWeek');
  if (typeof v !== 'number' || !cell) return;
  const text = displayText(cell, ctx.date1904);
  // Words gave the hours already ("halv tid", "50 % stilling", "1 dag om ugen", "20 t/md": readValue).
  const other = hoursOtherwise(cell, true);
  if (fullTimeShare(cell) !== undefined || hoursPerMonth(cell) !== undefined || typeof other === 'object')
    return;
  const percent = text.includes('%') || (typeof cell.v === 'number' && cell.fmt?.includes('%') === true);
  const fraction = percent || v > 1.5 ? v / 100 : v;
  const hours = Math.round(fraction * FULL_TIME_HOURS * 100) / 100;
  row.values.hoursPerWeek = hours;
  if (!percent && v > 1.5) {
    const at = a1(cell.r, cell.c);
    addCheck(ctx, {
      sheet: t.view.name,
      cell: at,
      field: 'corps.hoursPerWeek',
      value: text,
      confidence: 0.6,
      reason: {
        da: `"${quote(text)}" under "${quote(header)}" er læst som ${v} % af fuld tid, ${hours} timer om ugen (37 timer er fuld tid). Er det timer, så skriv dem i en kolonne "Timer pr. uge".`,
        en: `"${quote(text)}" under "${quote(header)}" was read as ${v} % of full time, ${hours} hours a week (37 hours is full time). If it is hours, write them in an "Hours per week" column.`,
      },
    });
  }
}

export function readCommunication(t: DetectedTable, ctx: Ctx): DraftRow<Communication>[] {
  // "When" is free text in the plan; a date cell shows as YYYY-MM-DD.
  return readRows(t, COMMUNICATION_SHEET, ctx).map((row) => draftRow<Communication>(t, row));
}

function catalogueByCodeOrLabel(text: string): (typeof INDICATORS)[number] | undefined {
  const f = foldText(text);
  return INDICATORS.find(
    (i) => foldText(i.code) === f || foldText(i.label.da) === f || foldText(i.label.en) === f,
  );
}

/** Words that say nothing about which indicator a name is ("Antal …", "… i perioden"). */
const NAME_FILLER = new Set([
  'antal',
  'i',
  'af',
  'med',
  'der',
  'er',
  'som',
  'pa',
  'perioden',
  'halvaret',
  'samlet',
  'total',
  'number',
  'of',
  'the',
  'in',
  'with',
  'period',
  'no',
]);

/** A word cut to a rough stem ("afsluttede", "afsluttet" → "afslut"). */
function stem(word: string): string {
  return word.length > 5 ? word.replace(/(?:ede|ete|et|te|er|e|s)$/u, '') : word;
}

/** The words of an indicator name, folded and cut to a rough stem. */
function nameStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of foldText(stripParentheses(text)).split(/[^a-z0-9]+/u)) {
    if (word === '' || NAME_FILLER.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/**
 * Words coordinators use for a catalogue label's words ("Nye forløb" for cases started, "Forløb med
 * fremgang" for positive progression, "Mentorforløb i gang" for active ones): folded and stemmed
 * as names are. A name read through them is a judgement, checked.
 */
const NAME_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      [['nye', 'opstartede', 'opstartet', 'påbegyndte', 'påbegyndt', 'begyndte', 'new'], ['startet']],
      [
        ['fremgang', 'forbedring', 'fremskridt', 'progress', 'improvement'],
        ['positiv', 'progression'],
      ],
      [['fastholdelse', 'fastholdte', 'retained', 'retention'], ['fastholdt']],
      [['mdr', 'mdr.', 'mnd', 'md'], ['måneder']],
      [['efter'], ['over']],
      [['gang', 'igangværende', 'løbende', 'ongoing'], ['aktive']],
      [['refleksionsmøder', 'refleksionsmøde'], ['refleksionsmøder']],
      [
        ['læringsmøder', 'læringsmøde'],
        ['lærings', 'refleksionsmøder'],
      ],
      [['fritidsjob', 'fritidsjobs', 'fritidsjobbet'], ['fritidsjob']],
    ] as const
  ).flatMap(([words, to]) =>
    words.map((w): [string, readonly string[]] => [stem(foldText(w)), to.map((x) => stem(foldText(x)))]),
  ),
);

/** nameStems with each word a coordinator uses for a label's word turned into it; whether any was. */
function nameStemsLoose(text: string): { stems: Set<string>; turned: boolean } {
  const stems = new Set<string>();
  let turned = false;
  for (const word of nameStems(text)) {
    const to = NAME_SYNONYMS.get(word);
    // (A word that is its own label word, "Fritidsjob", is named here as distinctive alone.)
    if (to === undefined) stems.add(word);
    else {
      for (const w of to) stems.add(w);
      turned = true;
    }
  }
  return { stems, turned };
}

/** Each catalogue indicator's label words, Danish and English (made once, when first needed). */
let labelStems: { entry: (typeof INDICATORS)[number]; labels: Set<string>[] }[] | undefined;

/**
 * A catalogue indicator named in other words: the same words in another order or form
 * ("Antal afsluttede forløb i perioden", "Fritidsjobs formidlet"), certain; or a name whose every
 * word is in one catalogue label ("Positiv progression"), at least two, to be checked. Undefined
 * when no label, or more than one, fits.
 */
function catalogueByWords(text: string): { entry: (typeof INDICATORS)[number]; sure: boolean } | undefined {
  const exact = byStems(nameStems(text));
  if (exact) return exact;
  const loose = nameStemsLoose(text);
  if (!loose.turned) return undefined;
  const found = byStems(loose.stems, 1);
  return found ? { entry: found.entry, sure: false } : undefined;
}

/**
 * The one catalogue label whose words hold every word of a name: sure when they are the same words;
 * a name of fewer words (at least `fewest`) is a judgement.
 */
function byStems(
  name: ReadonlySet<string>,
  fewest = 2,
): { entry: (typeof INDICATORS)[number]; sure: boolean } | undefined {
  if (name.size === 0) return undefined;
  const fits: { entry: (typeof INDICATORS)[number]; sure: boolean }[] = [];
  labelStems ??= INDICATORS.map((entry) => ({
    entry,
    labels: [entry.label.da, entry.label.en].map(nameStems),
  }));
  for (const { entry, labels } of labelStems) {
    for (const words of labels) {
      const within = [...name].every((w) => words.has(w));
      if (!within) continue;
      if (name.size === words.size) fits.push({ entry, sure: true });
      else if (name.size >= fewest) fits.push({ entry, sure: false });
      break;
    }
  }
  const codes = new Set(fits.map((f) => f.entry.code));
  return codes.size === 1 ? (fits.find((f) => f.sure) ?? fits[0]) : undefined;
}

function catalogueWordsCheck(sheet: string, cell: string, name: string, label: string): ReadCheck {
  return {
    sheet,
    cell,
    field: 'indicators.code',
    value: label,
    confidence: 0.75,
    reason: {
      da: `Indikatoren "${quote(name)}" er læst som katalogets "${label}", så tallet lægges sammen på tværs af korpset. Er det en anden indikator, så skriv den som jeres egen.`,
      en: `The indicator "${quote(name)}" was read as the catalogue's "${label}", so its figure is added up across the corps. If it is another indicator, write it as your own.`,
    },
  };
}

/** The reporting half-year the workbook names ("2026-H2"): the option, the cover, a title. */
function planPeriod(ctx: Ctx): string | undefined {
  return reportingPeriod(ctx.years);
}

/** The half-year a column header names: "2. halvår 2026", "2026-H2", or "2. halvår" in `year`. */
function halfYearOf(header: string, year: number | undefined): string | undefined {
  const p = findPeriod(header);
  if (p) return p.id;
  const bare = /^\s*(?:([12])\.?\s*halvår|h([12]))\s*$/iu.exec(header);
  const half = bare?.[1] ?? bare?.[2];
  return half && year !== undefined ? `${year}-H${half}` : undefined;
}

/**
 * Indicators with a column per half-year ("1. halvår 2026 | 2. halvår 2026") and no result column:
 * the column of the plan's reporting period holds the result. Without a known period the latest
 * half-year is taken, and each figure read from it is checked. Returns the column taken and
 * whether it is certain.
 */
function resultByHalfYear(t: DetectedTable, ctx: Ctx): { col: number; sure: boolean } | undefined {
  if (t.columns.some((m) => m.field === 'result')) return undefined;
  const period = planPeriod(ctx);
  const year = period === undefined ? undefined : Number(period.slice(0, 4));
  const halves = t.columns
    .filter((m) => m.field === null)
    .map((m) => ({ m, half: halfYearOf(m.header, year) }))
    .filter((x): x is { m: (typeof t.columns)[number]; half: string } => x.half !== undefined);
  if (halves.length === 0) return undefined;
  const own = period === undefined ? undefined : halves.find((x) => x.half === period);
  // A known period that no column names: none of them is this period's result.
  if (period !== undefined && !own) return undefined;
  const chosen = own ?? [...halves].sort((a, b) => (a.half < b.half ? -1 : 1)).at(-1);
  if (!chosen) return undefined;
  t.columns = t.columns.map((m) => (m === chosen.m ? { ...m, field: 'result', confidence: 0.8 } : m));
  return { col: chosen.m.col, sure: own !== undefined };
}

const FIGURE_FIELDS = ['baseline', 'target', 'result', 'cases'] as const;
/** A whole number written with the Danish thousands point: "1.250", "12.500". */
const THOUSANDS_TEXT = /^\s*\d{1,3}(?:\.\d{3})+\s*$/;

/**
 * A figure a PDF converter turned into a decimal number: the PDF's "1.480" (Danish thousands) read
 * by an English-speaking converter as 1.48, beside figures of the same row it kept as text
 * ("1.250", "2.000"). Read as the thousands it was (1480), with a check at the cell: only a number
 * cell with a fraction that three places make whole, in a row that writes its figures so.
 */
function thousandsReadAsDecimal(
  t: DetectedTable,
  values: Partial<Record<string, unknown>>,
  landed: ReadonlyMap<string, GridCell>,
  ctx: Ctx,
): void {
  let written = false;
  for (const f of FIGURE_FIELDS) {
    const cell = landed.get(f);
    if (cell && typeof cell.v === 'string' && THOUSANDS_TEXT.test(cell.v)) written = true;
  }
  if (!written) return;
  for (const f of FIGURE_FIELDS) {
    const cell = landed.get(f);
    const v = values[f];
    if (!cell || cell.t !== 'n' || typeof v !== 'number' || Number.isInteger(v) || v <= 0 || v >= 1000)
      continue;
    const whole = Math.round(v * 1000);
    if (Math.abs(whole - v * 1000) > 1e-6) continue;
    values[f] = whole;
    const at = a1(cell.r, cell.c);
    const shown = String(v).replace('.', ',');
    addCheck(ctx, {
      sheet: t.view.name,
      cell: at,
      field: `indicators.${f}`,
      value: String(whole),
      confidence: 0.6,
      reason: {
        da: `${at} er tallet ${shown}, mens rækkens andre tal er skrevet med tusindtalspunktum ("1.250"): det er læst som ${whole}, som en PDF-konverter kan have gjort tusindtalspunktummet til et decimaltegn. Tjek tallet.`,
        en: `${at} is the number ${v}, while the row's other figures are written with a Danish thousands point ("1.250"): it was read as ${whole}, as a PDF converter may have read the thousands point as a decimal point. Check the figure.`,
      },
    });
  }
}

export function readIndicators(t: DetectedTable, ctx: Ctx): DraftRow<Indicator>[] {
  const byHalfYear = resultByHalfYear(t, ctx);
  // The code column is free text in the spec: a catalogue code, or a catalogue name written there.
  const specCols = INDICATORS_SHEET.columns.map((c) =>
    c.field === 'code' ? { ...c, kind: 'text' as const } : c,
  );
  const spec = { ...INDICATORS_SHEET, columns: specCols };
  const out: DraftRow<Indicator>[] = [];
  const outOf = countOutOfShare(t);
  for (const row of readRows(t, spec, ctx)) {
    if (outOf) countAndOutOf(t, row, outOf, ctx);
    figuresInOneCell(t, row, ctx);
    const values = { ...row.values };
    const landed = new Map(row.landed);
    thousandsReadAsDecimal(t, values, landed, ctx);
    const codeText = typeof values.code === 'string' ? values.code : undefined;
    const nameText = typeof values.name === 'string' ? values.name : undefined;
    let entry = codeText !== undefined ? catalogueByCodeOrLabel(codeText) : undefined;
    if (codeText !== undefined && !entry) {
      const codeCell = landed.get('code');
      if (nameText === undefined) {
        // Their own indicator written in the code column: it is the name.
        values.name = codeText;
        delete values.code;
        if (codeCell) row.cells.name ??= a1(codeCell.r, codeCell.c);
      } else {
        delete values.code;
        landed.delete('code');
        if (codeCell)
          ctx.issues.push(indicatorCodeUnknown(t.view.name, a1(codeCell.r, codeCell.c), codeText));
      }
    }
    if (!entry && nameText !== undefined) entry = catalogueByCodeOrLabel(nameText);
    if (!entry && nameText !== undefined) {
      const byWords = catalogueByWords(nameText);
      if (byWords) {
        entry = byWords.entry;
        if (!byWords.sure) {
          const at = row.cells.name ?? '';
          addCheck(ctx, catalogueWordsCheck(t.view.name, at, nameText, entry.label.da));
        }
      }
    }
    const unitWritten = values.unit !== undefined;
    if (entry) {
      values.code = entry.code;
      values.name ??= entry.label.da;
      values.unit ??= entry.unit;
    }
    if (!unitWritten) {
      const shown = percentShown(landed, ctx.date1904);
      if (shown && values.unit !== 'percent') {
        // Every figure written as a percentage says the unit, over the catalogue's count: the
        // share of the cases ("Forløb med positiv progression: 40 % → 60 %"), checked.
        if (values.unit === 'count' && entry)
          addCheck(ctx, percentOverCatalogueCheck(t.view.name, shown, entry.label.da));
        values.unit = 'percent';
        row.cells.unit = a1(shown.r, shown.c);
      }
    }
    if (!unitWritten && values.unit === undefined) unitFromNameOrFigures(t, values, row, landed, ctx);
    // "62 % (n=21)": the number of cases the figure is taken over, where no column gives it.
    if (values.cases === undefined) {
      const n = casesInRemark(landed.get('result'));
      if (n) {
        values.cases = n.cases;
        row.cells.cases = a1(n.cell.r, n.cell.c);
      }
    }
    checkFiguresAgainstUnit(t, values, landed, ctx);
    const resultCell = landed.get('result');
    if (byHalfYear && !byHalfYear.sure && resultCell) {
      const header = t.columns.find((m) => m.col === byHalfYear.col)?.header ?? '';
      addCheck(ctx, {
        sheet: t.view.name,
        cell: a1(resultCell.r, resultCell.c),
        field: 'indicators.result',
        value: displayText(resultCell, ctx.date1904),
        confidence: 0.7,
        reason: {
          da: `Resultatet er læst fra den seneste halvårskolonne ("${quote(header)}"), for planens periode er ikke angivet. Tjek at det er periodens resultat.`,
          en: `The result was read from the latest half-year column ("${quote(header)}"), as the plan's period is not given. Check that it is the period's result.`,
        },
      });
    }
    out.push(draftRow<Indicator>(t, { ...row, values, landed }));
  }
  return out;
}

/** A header naming the number a count is out of: "Ud af", "I alt af", "Nævner", "Out of". */
const OUT_OF_HEADER =
  /^\s*(?:ud\s+af|af\s+i\s+alt|i\s+alt\s+af|nævner|naevner|out\s+of|of\s+total)\s*(?:\(n\))?\s*:?\s*$/iu;
/** A header naming the share the count is of it: "Andel", "Andel i %", "Procent", "%", "Share". */
const SHARE_HEADER =
  /^\s*(?:andel(?:en)?|procent(?:del)?|pct\.?|share|percentage)?\s*(?:\(?\s*(?:i\s+)?%\s*\)?)?\s*:?\s*$/iu;
/** A header naming the count itself: "Antal", "Tæller", "Count". */
const COUNT_HEADER = /^\s*(?:antal|tæller|taeller|count|number)\s*:?\s*$/iu;

interface OutOfColumns {
  /** The count ("Antal"), read by the spec as the number of cases. */
  readonly count: number;
  /** The number it is out of ("Ud af"). */
  readonly outOf: number;
  /** The share of it ("Andel"), when a column gives it. */
  readonly share?: number;
}

/**
 * An indicator table kept as a count and what it is out of ("Antal | Ud af | Andel"): the count
 * is no number of cases there, but the figure; its columns when the header reads so.
 */
function countOutOfShare(t: DetectedTable): OutOfColumns | undefined {
  const count = t.columns.find((m) => m.field === 'cases' && COUNT_HEADER.test(m.header));
  const mapped = new Set(t.columns.filter((m) => m.field).map((m) => m.col));
  const outOf = t.info.find((i) => OUT_OF_HEADER.test(i.header) && !mapped.has(i.col));
  if (!count || !outOf) return undefined;
  const share = t.info.find(
    (i) => i.header.trim() !== '' && SHARE_HEADER.test(i.header) && !mapped.has(i.col) && i.col !== outOf.col,
  );
  return { count: count.col, outOf: outOf.col, ...(share ? { share: share.col } : {}) };
}

/** A share as per cent: a fraction (formatted "0%", or at most 1) times 100. */
function percentOfShare(cell: GridCell): number | undefined {
  if (typeof cell.v !== 'number' || !Number.isFinite(cell.v)) return undefined;
  const fraction = cell.fmt?.includes('%') === true || cell.v <= 1;
  return fraction ? Math.round(cell.v * 10000) / 100 : cell.v;
}

/**
 * One row of "Antal | Ud af | Andel": the number it is out of is the number of cases (n), and the
 * share the result (in per cent); a count out of nothing ("Aktive mentorforløb | 12 | ") is itself
 * the result. A share that cannot be worked out (0 of 0, #DIV/0!) gives no result, checked.
 */
function countAndOutOf(t: DetectedTable, row: RawRow, cols: OutOfColumns, ctx: Ctx): void {
  const countCell = row.landed.get('cases');
  const count = row.values.cases;
  delete row.values.cases;
  row.landed.delete('cases');
  delete row.cells.cases;
  const outOfCell = valueCell(t, row.r, cols.outOf);
  const n = outOfCell ? parseNumberCell(outOfCell) : undefined;
  if (!n?.ok) {
    // No number it is out of: the count is the figure.
    if (typeof count === 'number' && countCell && row.values.result === undefined) {
      row.values.result = count;
      row.landed.set('result', countCell);
      row.cells.result = a1(countCell.r, countCell.c);
    }
    return;
  }
  t.view.useCell(outOfCell);
  row.values.cases = n.value;
  row.landed.set('cases', outOfCell!);
  row.cells.cases = a1(outOfCell!.r, outOfCell!.c);
  if (row.values.result !== undefined) return;
  const shareCell = cols.share === undefined ? undefined : valueCell(t, row.r, cols.share);
  const share = shareCell ? percentOfShare(shareCell) : undefined;
  if (shareCell && share !== undefined) {
    t.view.useCell(shareCell);
    row.values.result = share;
    row.landed.set('result', shareCell);
    row.cells.result = a1(shareCell.r, shareCell.c);
    row.values.unit ??= 'percent';
    return;
  }
  if (shareCell) t.view.useCell(shareCell);
  const shown = typeof count === 'number' ? String(count) : '?';
  addCheck(ctx, {
    sheet: t.view.name,
    cell: cols.share !== undefined ? a1(row.r, cols.share) : a1(outOfCell!.r, outOfCell!.c),
    field: 'indicators.result',
    value: shareCell ? displayText(shareCell, ctx.date1904) : '',
    confidence: 0.7,
    reason:
      n.value === 0
        ? {
            da: `Andelen kan ikke regnes ud (${shown} ud af 0): intet resultat er læst. Skriv andelen, når der er forløb at regne på.`,
            en: `The share cannot be worked out (${shown} out of 0): no result was read. Write the share once there are cases to count.`,
          }
        : {
            da: `Ingen andel er skrevet (${shown} ud af ${n.value}): intet resultat er læst. Skriv andelen i procent.`,
            en: `No share is written (${shown} out of ${n.value}): no result was read. Write the share in per cent.`,
          },
  });
}

/** The label of one figure in a cell of several, and the field it names. */
const FIGURE_LABELS: readonly [RegExp, 'baseline' | 'target' | 'result'][] = [
  [/^(?:baseline|udgangspunkt(?:et)?|nulpunkt(?:et)?|start(?:punkt)?|før)$/iu, 'baseline'],
  [/^(?:mål(?:et|tal|sætning)?|target|goal)$/iu, 'target'],
  [/^(?:status|resultat(?:et)?|result|opnået|nu|aktuelt|actual)$/iu, 'result'],
];

/** One labelled figure as written: its field, and its text after the label. */
interface LabelledFigure {
  readonly field: 'baseline' | 'target' | 'result';
  readonly text: string;
}

/**
 * "Baseline 4 / mål 12 / status 9", "Udgangspunkt: 40 % · Mål: 60 %": an indicator's figures each
 * after its label in one cell, the parts split by "/", "·", ";", "|" or line breaks. Undefined
 * unless two or more parts each start with a figure's label, and no field is named twice.
 */
export function labelledFigures(text: string): LabelledFigure[] | undefined {
  if (text.length > 200) return undefined;
  // ("n/a" is one word: a "/" between parts has a space on at least one side.)
  const parts = text.split(/\s+\/\s*|\/\s+|\s*(?:·|;|\||\n)\s*/u).filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  const out: LabelledFigure[] = [];
  for (const part of parts) {
    const m = /^([\p{L}]+)\s*[:=]?\s*(.*)$/u.exec(part.trim());
    const field = m?.[1] ? FIGURE_LABELS.find(([re]) => re.test(m[1] ?? ''))?.[1] : undefined;
    if (!m || !field || out.some((f) => f.field === field)) return undefined;
    out.push({ field, text: (m[2] ?? '').trim() });
  }
  return out;
}

/**
 * An indicator whose figures stand in one cell after their labels ("Baseline 4 / mål 12 / status
 * 9"): each figure read into its field, placed at the cell; a figure not there yet ("n/a", "kommer
 * i Q1") is none, checked; the unit from the figures (written with "%": a share; whole figures: a
 * count) where no column gives it.
 */
function figuresInOneCell(t: DetectedTable, row: RawRow, ctx: Ctx): void {
  for (const cell of t.view.rowCells(row.r, t.c0, t.c1)) {
    if (typeof cell.v !== 'string') continue;
    const figures = labelledFigures(cell.v);
    if (!figures) continue;
    t.view.useCell(cell);
    const at = a1(cell.r, cell.c);
    const read: number[] = [];
    let percent = false;
    for (const f of figures) {
      if (row.values[f.field] !== undefined) continue;
      row.cells[f.field] = at;
      // ("kommer i Q1": the quarter it comes in is no figure.)
      if (noFigureYet(f.text) || NOT_YET.test(f.text) || /^n\/?a\.?$/iu.test(f.text)) {
        addCheck(ctx, {
          sheet: t.view.name,
          cell: at,
          field: `indicators.${f.field}`,
          value: quote(f.text),
          confidence: 0.9,
          reason: {
            da: `"${quote(f.text)}" giver intet tal endnu: feltet er læst som tomt. Skriv tallet, når det er der.`,
            en: `"${quote(f.text)}" gives no figure yet: the field was read as empty. Write the figure in once it is there.`,
          },
        });
        continue;
      }
      const n = parseNumberCell({ ...cell, v: f.text });
      if (!n.ok || n.value < 0) {
        ctx.issues.push(numberInvalid(t.view.name, at, f.text, false));
        continue;
      }
      row.values[f.field] = n.value;
      row.landed.set(f.field, cell);
      read.push(n.value);
      if (f.text.includes('%')) percent = true;
    }
    if (row.values.unit === undefined && read.length > 0) {
      if (percent) row.values.unit = 'percent';
      else if (read.every((v) => Number.isInteger(v))) row.values.unit = 'count';
      if (row.values.unit !== undefined) row.cells.unit = at;
    }
    return;
  }
}

const FIGURES = ['baseline', 'target', 'result'] as const;

/** A name that says its unit: "Antal …" / "Number of …" a count, "Andel …" / "Procent …" a share. */
const COUNT_NAME = /^\s*(?:antal|number\s+of)(?![\p{L}])/iu;
const SHARE_NAME =
  /^\s*(?:andel(?:en)?|procent(?:del|andel)?|pct\.?|share\s+of|percentage\s+of)(?![\p{L}])/iu;

/** A figure written as a whole count: a whole number without a percent format, "20", "12 af 20". */
function wholeCount(cell: GridCell, date1904: boolean): boolean {
  if (typeof cell.v === 'number')
    return Number.isInteger(cell.v) && cell.v >= 0 && cell.fmt?.includes('%') !== true;
  return /^\s*\d{1,6}(?:\s+af\s+\d{1,6})?\s*$/u.test(displayText(cell, date1904));
}

/**
 * The unit of an own indicator with no unit written, from its name ("Antal …" is a count; "Andel
 * …" a share, checked) or else from its figures (all whole counts: a count, checked). Nothing is
 * set when neither tells.
 */
function unitFromNameOrFigures(
  t: DetectedTable,
  values: Values,
  row: RawRow,
  landed: ReadonlyMap<string, GridCell>,
  ctx: Ctx,
): void {
  const name = typeof values.name === 'string' ? values.name : '';
  const figures = FIGURES.map((f) => landed.get(f)).filter((c): c is GridCell => c !== undefined);
  const first = figures[0];
  const at = first ? a1(first.r, first.c) : (row.cells.name ?? '');
  const check = (unit: 'count' | 'percent', da: string, en: string): void =>
    addCheck(ctx, {
      sheet: t.view.name,
      cell: at,
      field: 'indicators.unit',
      value: unit,
      confidence: 0.75,
      reason: { da, en },
    });
  if (COUNT_NAME.test(name)) {
    values.unit = 'count';
  } else if (SHARE_NAME.test(name)) {
    values.unit = 'percent';
    check(
      'percent',
      `Enheden er læst som procent, for navnet "${quote(name)}" er en andel. Er det et antal, så vælg Antal.`,
      `The unit was read as percent, as the name "${quote(name)}" is a share. If it is a count, choose Count.`,
    );
  } else if (figures.length > 0 && figures.every((c) => wholeCount(c, ctx.date1904))) {
    values.unit = 'count';
    check(
      'count',
      `Enheden er læst som antal, for tallene er hele tal uden %. Er det procent, så vælg Procent.`,
      `The unit was read as a count, as the figures are whole numbers without %. If it is a percentage, choose Percent.`,
    );
  } else {
    return;
  }
  if (at !== '') row.cells.unit = at;
}

/** "(n=21)", "(n = 14)", "[N=8]": the number of cases in a remark after a figure. */
const CASES_REMARK = /[([]\s*n\s*=\s*(\d{1,6})\s*[)\]]\s*$/iu;

function casesInRemark(cell: GridCell | undefined): { cases: number; cell: GridCell } | undefined {
  if (!cell || typeof cell.v !== 'string' || !cell.v.includes('=')) return undefined;
  const m = CASES_REMARK.exec(cell.v);
  return m?.[1] === undefined ? undefined : { cases: Number(m[1]), cell };
}

function percentOverCatalogueCheck(sheet: string, cell: GridCell, label: string): ReadCheck {
  const name = quote(label);
  return {
    sheet,
    cell: a1(cell.r, cell.c),
    field: 'indicators.unit',
    value: 'percent',
    confidence: 0.8,
    reason: {
      da: `Indikatoren "${name}" er i kataloget et antal, men tallene er skrevet i procent: enheden er læst som procent. Skriv antallet, hvis det er det, der menes.`,
      en: `The indicator "${name}" is a count in the catalogue, but its figures are written as percentages: the unit was read as percent. Write the count if that is what is meant.`,
    },
  };
}

/**
 * An indicator with no unit written whose every figure is a percentage (a number shown with a
 * percent format, 0,35 as 35 %, or typed "35 %"): the unit is percent. The first such figure's cell.
 */
/** "35 %", "62 % (n=21)": a percentage typed as text, perhaps with a remark in brackets after it. */
const PERCENT_TEXT = /^\s*-?\d+(?:[.,]\d+)?\s*%\s*(?:[([][^()[\]]*[)\]]\s*)?$/u;

function percentShown(landed: ReadonlyMap<string, GridCell>, date1904: boolean): GridCell | undefined {
  let first: GridCell | undefined;
  for (const f of FIGURES) {
    const cell = landed.get(f);
    if (!cell) continue;
    const percent =
      typeof cell.v === 'number'
        ? cell.fmt?.includes('%') === true
        : PERCENT_TEXT.test(displayText(cell, date1904));
    if (!percent) return undefined;
    first ??= cell;
  }
  return first;
}

/**
 * An indicator's figures that do not fit its unit are kept as written and checked: a percentage
 * written as a fraction ("0,45" beside a target of 60) may mean 45 %, and a figure written with "%"
 * under the unit "antal" may be a percentage.
 */
function checkFiguresAgainstUnit(
  t: DetectedTable,
  values: Record<string, unknown>,
  landed: ReadonlyMap<string, GridCell>,
  ctx: Ctx,
): void {
  const figures = FIGURES.map((f) => ({ f, v: values[f], cell: landed.get(f) })).filter(
    (x): x is { f: (typeof FIGURES)[number]; v: number; cell: GridCell } =>
      typeof x.v === 'number' && x.cell !== undefined,
  );
  const whole = figures.some((x) => x.v >= 1);
  for (const { f, v, cell } of figures) {
    const text = displayText(cell, ctx.date1904);
    const percentFormat = typeof cell.v === 'number' && cell.fmt?.includes('%') === true;
    let reason: { da: string; en: string } | undefined;
    if (values.unit === 'percent' && v > 0 && v < 1 && whole && !percentFormat)
      reason = {
        da: `${text} er læst som ${text} %, men indikatorens andre tal er hele procent. Menes ${Math.round(v * 100)} %, så skriv ${Math.round(v * 100)}.`,
        en: `${text} was read as ${text} %, but the indicator's other figures are whole percentages. If ${Math.round(v * 100)} % is meant, write ${Math.round(v * 100)}.`,
      };
    else if (values.unit === 'count' && typeof cell.v === 'string' && cell.v.includes('%'))
      reason = {
        da: `"${text}" er skrevet med %, men indikatorens enhed er antal. Er det en procent, så ret enheden.`,
        en: `"${text}" is written with %, but the indicator's unit is a count. If it is a percentage, change the unit.`,
      };
    if (reason)
      addCheck(ctx, {
        sheet: t.view.name,
        cell: a1(cell.r, cell.c),
        field: `indicators.${f}`,
        value: text,
        confidence: 0.6,
        reason,
      });
  }
}

export interface NeedsAnswer {
  readonly id: string;
  readonly answer: string;
  readonly place?: Place;
}

export function readNeeds(t: DetectedTable, ctx: Ctx, taken: Set<string>): NeedsAnswer[] {
  const view = t.view;
  const cols = fieldColumns(t);
  const out: NeedsAnswer[] = [];
  const ids = new Set(NEEDS_ANALYSIS.map((q) => q.id));
  for (const r of view.rowsBetween(t.firstRow, t.lastRow)) {
    const cell = (field: string): GridCell | undefined => {
      const c = cols.get(field);
      return c === undefined ? undefined : valueCell(t, r, c);
    };
    const q = cell('question');
    const idCell = cell('id');
    const a = cell('answer');
    const text = q ? displayText(q, ctx.date1904) : '';
    const idText = idCell
      ? displayText(idCell, ctx.date1904)
          .toUpperCase()
          .replace(/[\s.)]/g, '')
      : '';
    let id: string | undefined;
    if (ids.has(idText)) id = idText;
    else if (/^\d$/.test(idText) && ids.has(`B${idText}`)) id = `B${idText}`;
    if (id === undefined && text !== '') {
      const best = scoreNeeds(text)[0];
      if (best && best.score >= QUESTION_THRESHOLD) id = best.id;
    }
    if (id === undefined || taken.has(id)) continue;
    const answer = a ? displayText(a, ctx.date1904) : '';
    view.useCell(q);
    view.useCell(idCell);
    if (answer === '') continue;
    taken.add(id);
    view.useCell(a);
    const answerCol = cols.get('answer');
    out.push({
      id,
      answer,
      ...(a
        ? { place: { sheet: view.name, cell: a1(a.r, a.c) } }
        : answerCol !== undefined
          ? { place: { sheet: view.name, cell: a1(r, answerCol) } }
          : {}),
    });
  }
  return out;
}

/** A sheet's name or title that names indicators or key figures. */
const INDICATOR_TITLE = /indikator|nøgletal|noegletal|måltal|maaltal|key figures|indicators|kpi/iu;
/** "Antal unge i forløb: 14", "Andel i uddannelse = 45 %": a name, then one figure. */
const FIGURE_LINE = /^\s*([^:=\d][^:=]{2,79}?)\s*[:=]\s*(\d+(?:[.,]\d+)?)\s*(%)?\s*\.?\s*$/u;
/** Rows from the top of a sheet where its title stands. */
const TITLE_ROWS = 3;

/**
 * Indicators written as lines of text on a sheet of their own ("Nøgletal": "Antal unge i
 * mentorforløb: 14"), not as a table: each line that is a name and one figure is an indicator with
 * that result (a percentage when the figure has "%", else a count). Only on a sheet whose name or
 * title names indicators or key figures, and without a table; each line's cell is used.
 */
export function readIndicatorLines(view: SheetView): DraftRow<Indicator>[] {
  const titled =
    INDICATOR_TITLE.test(view.name) ||
    view.rows
      .slice(0, TITLE_ROWS)
      .some((r) => view.rowCells(r).some((c) => typeof c.v === 'string' && INDICATOR_TITLE.test(c.v)));
  if (!titled) return [];
  const out: DraftRow<Indicator>[] = [];
  for (const r of view.rows) {
    const own = view.rowCells(r);
    const cell = own.length === 1 ? own[0] : undefined;
    if (!cell || typeof cell.v !== 'string') continue;
    const m = FIGURE_LINE.exec(cell.v);
    if (!m?.[1] || !m[2]) continue;
    const name = m[1].trim();
    const result = Number(m[2].replace(',', '.'));
    const entry = catalogueByCodeOrLabel(name);
    const at = a1(cell.r, cell.c);
    view.useCell(cell);
    out.push({
      values: {
        ...(entry ? { code: entry.code } : {}),
        name,
        unit: m[3] ? 'percent' : (entry?.unit ?? 'count'),
        result,
      },
      source: { sheet: view.name, row: r + 1 },
      cells: { name: at, unit: at, result: at },
    });
  }
  return out;
}
