// The plan table's rows → activities. Time columns through tabledates.ts (one date or a range gives
// start and deadline; the column's day/month order and the plan's years apply), statuses and
// anchorings in the coordinator's own words through listcells.ts (words beside them kept in the
// evaluation), themes through matchListValue and by meaning, also from section headings in
// the table ("1. Ledelse", "Tema: Kommunikation", "LEDELSE" on a row of its own, a bold, filled or
// merged row "Kultur og arbejdsproces"): a heading sets the theme of the rows under it, a theme
// written in a row wins, and a sheet named after a theme gives it to rows that have neither.
//
// Layout read here besides the values: a status kept as a colour (colours.ts: a legend, or the usual
// reading with a check), a Gantt chart's marks (gantt.ts), and rows that are no activity: totals,
// notes, legend lines, headings of other sections. Those stay in the unmapped report.

import {
  forEachFieldCell,
  lazyRow,
  lazyRowPrototype,
  type ActivityFields,
  type ColumnMapping,
  type DraftRow,
} from '../draft';
import { a1, isGreyFill, showsError, type GridCell } from '../grid';
import { LISTS, periodName, type Anchoring, type Label, type Status, type Theme } from '../spec';
import type { ReadCheck } from '../schema';
import {
  foldText,
  isBlankText,
  joinWrapped,
  matchListValue,
  normalizeText,
  oneLine,
  stripParentheses,
} from '../normalize';
import { displayText, isBlank, type SheetView } from './sheet';
import { markStatus, type DetectedTable } from './detect';
import { addCheck, fieldColumns, isMergedLine, memo, valueCell, type Ctx } from './context';
import {
  hasPlainToDoShape,
  isAgendaItemRow,
  isPersonalToDoRow,
  mostRowsPlain,
  othersThemed,
  toDoCheck,
} from './agenda';
import { quote, statusMarkedTwice, valueNotInList } from './messages';
import { spokenCheck, spokenPunctuation } from './spoken';
import {
  markOf,
  namesNothing,
  onlyMarks,
  PROBE_YEAR,
  readDate,
  readDateCellCached,
  readListValue,
  statusByPercent,
  withoutAssignmentUnits,
  withoutListBrackets,
  withoutMentions,
  withoutScanRule,
  capitalIForL,
  withoutRecipientAddress,
  type ListReading,
  withoutClosingStop,
} from './values';
import { readTableDate } from './tabledates';
import { bulletList, bulletListCheck } from './pasted';
import {
  formatDanishDate,
  formatEnglishDate,
  isIsoDate,
  isoToDays,
  readDateText,
  type DateReading,
} from '../dates';
import { halfYearCode, reportingPeriod, yearsFor } from './years';
import { readListCell, type ListCellOptions } from './listcells';
import {
  NO_LEGEND,
  iconLight,
  isLegendRow,
  lightOf,
  lightWord,
  planColours,
  readColour,
  readLight,
  type ColourReading,
  type ColourSource,
  type Legend,
} from './colours';
import { codeKey, themeByMeaning, themeLabel, type ThemeMatch } from './themes';
import type { GanttColumn } from './gantt';
import { activityCard, type ActivityCard, type CardField } from './cards';
import { weekCalendar } from './weekcalendar';
import { readRecurrence, RECURRENCE_HEADER } from './recurring';
import { foldVersions } from './versions';
import { foldVersionRows } from './versionrows';
import { calendarRows } from './calendar';
import { joinWrappedLine, runsOnBelow, wrapsOnto } from './wrapped';
import { spilledRow, useSpilled } from './spilled';
import { INITIALS, type Initials } from './initials';
import { colourCheck, ganttYearCheck, outlineParentCheck, themeCheck } from './layoutChecks';
import {
  isExampleRow,
  isFaintExampleRow,
  isLabelledExampleRow,
  isUntouchedTemplateRow,
  isLegendLine,
  isNote,
  isPageFurniture,
  isSubitemHeader,
  repeatsHeader,
  foldedHeaderTexts,
  isSubtotalRow,
  isTotalsRow,
} from './rows';
import { handedOver } from './handover';
import { groupThemeCheck, writtenOncePerGroup } from './filldown';
import { goalRowCheck, isGoalRow } from './goals';
import { groupParentCheck, groupParents, rowLevels } from './outlinegroups';
import { readShareDone, shareDoneColumn } from './sharestatus';
import { partnerBlocks, readPartnerBlocks } from './partnerblocks';
import {
  groupTheme,
  readResolution,
  resolutionColumn,
  trackerLinks,
  trackerRowSkipped,
  trackerTheme,
} from './tracker';
import { MIN_CONFIDENCE, isExactTerm, isListMetadataHeader, scoreHeader } from './vocab';

const HEADING_PREFIX =
  /^(?:tema|temaet|tematik|indsatsområde|indsatsomrade|indsatsomraade|fokusområde|område|theme|focus area|area)\s*\d*\s*[:.\-–—]\s*/u;

/** The theme a section heading names ("1. Ledelse", "Tema: Kommunikation", "LEDELSE"), if any. */
export function headingTheme(text: string): Theme | undefined {
  if (text.length > 80) return undefined;
  if (headingCache.has(text)) return headingCache.get(text);
  const n = normalizeText(text).replace(HEADING_PREFIX, '');
  const id = (matchListValue('theme', n) ?? matchListValue('theme', stripParentheses(n))) as
    Theme | undefined;
  if (headingCache.size > 20000) headingCache.clear();
  headingCache.set(text, id);
  return id;
}

const headingCache = new Map<string, Theme | undefined>();

/** A status at the end of a text: in brackets ("(i gang)", "[Afsluttet]", "(status: i gang)") or after a spaced dash. */
const STATUS_AT_END =
  /^(\S[\s\S]*?)\s*(?:[([]\s*(?:status\s*:\s*)?([^()[\]\n]{2,30}?)\s*[)\]]|\s[–—-]\s+([^–—()[\]\n-]{2,30}?))\s*$/iu;

/**
 * The status written at the end of an activity's text ("Nyhedsbrev (i gang)", "Temadag – afsluttet"),
 * as a plan with no status column keeps it: a status of the list or its synonym, exactly.
 */
export function statusTail(
  text: string,
): { status: Status; rest: string; word: string; confidence: number; why?: Label } | undefined {
  // Cheap first test: the text ends in a bracket or has a dash near its end.
  const end = text.trimEnd();
  const last = end.charAt(end.length - 1);
  if (last !== ')' && last !== ']' && !/[–—-]/u.test(end.slice(-34))) return undefined;
  const m = STATUS_AT_END.exec(end);
  if (!m) return undefined;
  const word = (m[2] ?? m[3] ?? '').trim();
  const rest = (m[1] ?? '').trim();
  if (word === '' || rest === '') return undefined;
  // The status's own words, or words that read as one ("On track", "Planlagt": checked); never a
  // text with more beside it (a bracket holding a remark is no status).
  const read = readListValue('status', word);
  if (read === undefined || read.rest !== undefined) return undefined;
  return {
    status: read.id as Status,
    rest,
    word,
    confidence: read.confidence,
    ...(read.why ? { why: read.why } : {}),
  };
}

/** A status read at the end of an activity's text from words that are no status of the list. */
function statusTailCheck(
  sheet: string,
  cell: string,
  tail: { word: string; confidence: number; why?: Label },
): ReadCheck {
  return {
    sheet,
    cell,
    field: 'activities.status',
    value: quote(tail.word),
    confidence: tail.confidence,
    reason: {
      da: [`"${quote(tail.word)}" sidst i aktiviteten i ${cell}:`, tail.why?.da].filter((x) => x).join(' '),
      en: [`"${quote(tail.word)}" at the end of the activity in ${cell}:`, tail.why?.en]
        .filter((x) => x)
        .join(' '),
    },
  };
}

/** A date at the end of a text, in brackets or after a spaced dash, with its label when written. */
const DATE_AT_END = /^(\S[\s\S]*?)\s*(?:\(\s*([^()\n]{2,40}?)\s*\)|\s[–—-]\s+([^–—()\n]{2,40}?))\s*$/u;
const DUE_LABEL = /^(?:frist|senest|deadline|inden|slut|due|by)\b/iu;

/**
 * The deadline written at the end of an activity's text ("Nyhedsbrev (frist 31.01.2027)",
 * "Temadag – senest 15/3"), as a plan with no deadline column keeps it: any date after a label of a
 * deadline, or a single day written alone. A day without its year takes the plan's year when the
 * plan is about one year.
 */
function deadlineTail(
  text: string,
  ctx: Ctx,
  sheet: string,
): { reading: DateReading; rest: string; written: string } | undefined {
  const end = text.trimEnd();
  if (!/\d/u.test(end.slice(-42))) return undefined;
  const m = DATE_AT_END.exec(end);
  if (!m) return undefined;
  const written = (m[2] ?? m[3] ?? '').trim();
  const rest = (m[1] ?? '').trim();
  if (written === '' || rest === '') return undefined;
  const years = yearsFor(ctx.years, sheet);
  const year = years !== undefined && years.from === years.to ? years.from : undefined;
  const reading = readDateText(written, year === undefined ? {} : { year });
  if (!reading) return undefined;
  if (!DUE_LABEL.test(written) && !(reading.exact && !reading.range)) return undefined;
  return { reading, rest, written };
}

/** A deadline read at the end of an activity's text, without its year or not as one day. */
function deadlineTailCheck(sheet: string, cell: string, written: string, iso: string): ReadCheck {
  return {
    sheet,
    cell,
    field: 'activities.deadline',
    value: quote(written),
    confidence: 0.8,
    reason: {
      da: `"${quote(written)}" sidst i aktiviteten i ${cell} er læst som fristen ${formatDanishDate(iso)}.`,
      en: `"${quote(written)}" at the end of the activity in ${cell} was read as the deadline ${formatEnglishDate(iso)}.`,
    },
  };
}

/** "(ansvar: Lars Holt)", "(ansvarlig: …)", "(tovholder: …)" at the end of a text. */
const RESPONSIBLE_AT_END = /\(\s*(?:ansvar|ansvarlig|tovholder|responsible|owner)\s*:\s*([^()]+?)\s*\)\s*$/iu;

/**
 * The responsible named, labelled, in brackets at the end of a text (an activity's, a line of a plan
 * kept as prose), and the text before it.
 */
export function responsibleTail(text: string): { name: string; rest: string } | undefined {
  const end = text.trimEnd();
  if (!end.endsWith(')')) return undefined;
  const m = RESPONSIBLE_AT_END.exec(end);
  if (!m?.[1]) return undefined;
  const rest = end.slice(0, m.index).trim();
  const name = m[1].trim();
  return rest === '' || name === '' ? undefined : { name, rest };
}

/** A name, then a colon, a spaced dash or a bar, then the rest; or the name in brackets first. */
const PREFIXED =
  /^\s*(?:\[([^\]\n]{3,40})\]|\(([^)\n]{3,40})\)|([^:|\n]{3,40}?)\s*(?::|\||\s[-–—]))\s*(\S[\s\S]*)$/u;

/**
 * An activity written after its theme's name ("Ledelse: Styregruppemøde", "Kommunikation –
 * Nyhedsbrev", "[Inddragelse] Workshop"), as a plan with no theme column keeps it: the theme (its
 * name or synonym exactly, as a heading names it; a word that only suggests one is no theme) and
 * the activity after it.
 */
export function themePrefixed(
  text: string,
): { theme: Theme; rest: string; name: string; confidence: number } | undefined {
  // Cheap first test: a separator near the start.
  const head = text.slice(0, 44);
  if (!/[:|\]\)\-–—]/u.test(head)) return undefined;
  const m = PREFIXED.exec(text);
  if (!m) return undefined;
  const name = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  const rest = (m[4] ?? '').trim();
  if (name === '' || rest === '') return undefined;
  const theme = headingTheme(name);
  if (theme !== undefined) return { theme, rest, name, confidence: 1 };
  // A name in the theme's own words ("Staff involvement: …"), a few words before a colon: the theme
  // by meaning, checked; the activity's text then stays whole (the words may be part of its name).
  if (m[3] === undefined || !/^\s*[^:]+:/u.test(text) || name.split(/\s+/u).length > 4) return undefined;
  const meant = themeByMeaning(normalizeText(name));
  return meant === undefined
    ? undefined
    : { theme: meant.theme, rest: text.trim(), name, confidence: meant.confidence };
}

/** An epic's text as its issues' theme: a theme's name, or its words (checked). */
const TRACKER_THEME = groupTheme(headingTheme);

const DATE_FIELDS = new Set(['start', 'deadline']);

export interface ActivityOptions {
  /** What the workbook's colour legend says (colours.ts findLegend). */
  readonly legend?: Legend;
  /** The theme the sheet's name gives (one sheet per theme), for rows with no theme of their own. */
  readonly sheetTheme?: ThemeMatch;
  /**
   * The last activity of the plan table before this one under the same header (a PDF's page
   * before, on the sheet before): the text at the top of this table may be the rest of it.
   */
  readonly pageBefore?: DraftRow<ActivityFields>;
}

/** What a row's layout says before its values are read. */
/** A theme read for the rows under it; `above`: written above in the theme column (filldown.ts). */
type Heading = { theme: Theme; cell: string; above?: true };

export function readActivities(
  t: DetectedTable,
  ctx: Ctx,
  options: ActivityOptions = {},
): DraftRow<ActivityFields>[] {
  const view = t.view;
  // An issue tracker's export: rows linked to an epic (their theme) or a parent (sub-tasks).
  const tracker = trackerLinks(t, ctx, TRACKER_THEME);
  const resolution = resolutionColumn(t);
  const shareDone = shareDoneColumn(t);
  const cols = fieldColumns(t);
  const colField = new Map<number, string>([...cols].map(([f, c]) => [c, f]));
  const order = columnsInOrder(cols);
  const cellsShape = shapeOf(order);
  const rowPrototype = lazyRowPrototype(columnsOf(order));
  const legend = options.legend ?? NO_LEGEND;
  const rows = view.rowsBetween(t.firstRow, t.lastRow);
  const layout: RowLayout = {
    colours: planColours(
      view,
      rows,
      {
        ...(cols.get('status') !== undefined ? { status: cols.get('status') } : {}),
        ...(cols.get('activity') !== undefined ? { activity: cols.get('activity') } : {}),
        mapped: new Set([...cols].filter(([f]) => f !== 'status').map(([, c]) => c)),
        c0: t.c0,
        c1: t.c1,
      },
      legend,
    ),
    legend,
    gantt: ganttMarks(t, rows, cols.get('activity')),
    hasThemeColumn: cols.has('theme'),
    hasStatusColumn: cols.has('status'),
    hasResponsibleColumn: cols.has('responsible'),
    hasDeadlineColumn: cols.has('deadline') || cols.has('start'),
    ragColumn: /\brag\b/iu.test(t.columns.find((c) => c.field === 'status')?.header ?? ''),
    ...(options.sheetTheme ? { sheetTheme: options.sheetTheme } : {}),
    ...personColumn(t, cols.get('responsible')),
  };
  const typical = typicalFields(t, rows, colField);
  const statusMarks = cols.has('status') ? NO_STATUS_MARKS : statusMarkColumns(t, cols);
  const revised = cols.has('deadline') ? revisedDeadlineColumn(t) : undefined;
  const span = cols.has('deadline') && !cols.has('start') ? spanColumn(t) : undefined;
  const completed = unmappedColumn(t, COMPLETED_HEADER);
  const dayBesideSpan = spanDeadline(t);
  const archived = unmappedColumn(t, ARCHIVED_HEADER);
  const doneTicks = cols.has('status') ? unmappedColumn(t, DONE_TICK_HEADER) : undefined;
  const counted = unmappedColumn(t, COUNT_HEADER);
  // How often each activity recurs ("Gentages": "hver måned"), beside a time column (recurring.ts).
  const recurrence = cols.has('deadline') ? unmappedColumn(t, RECURRENCE_HEADER) : undefined;
  const timeCols = [cols.get('start'), cols.get('deadline')].filter((c): c is number => c !== undefined);
  // With no status column (nor statuses marked with an x) the remarks may tell how each stands.
  const remarkStatus =
    cols.has('status') || statusMarks.length > 0 || t.gantt ? undefined : cols.get('evaluation');
  const statusCol = cols.get('status');
  const remarkCol = cols.get('evaluation');
  const deadlineCol = cols.get('deadline');
  const activityCol = cols.get('activity');
  const themeCol = cols.get('theme');
  // Partners' blocks side by side ("Skole | Sundhedspleje" over "Status | Ansvarlig | Frist"): each
  // block is one partner's part, no follow-up (partnerblocks.ts).
  const partners = statusCol === undefined ? undefined : partnerBlocks(t);
  const laterStatus =
    statusCol === undefined || partners !== undefined
      ? NO_STATUS_ORDER
      : statusColumnOrder(t, statusCol, yearsFor(ctx.years, t.view.name)?.from, reportingPeriod(ctx.years));
  if (statusCol !== undefined && partners === undefined)
    statusTypedAhead(t, statusCol, reportingPeriod(ctx.years), ctx);
  const isDateColumn = (c: number): boolean => DATE_FIELDS.has(colField.get(c) ?? '');
  const headerTexts = new Map<number, readonly string[]>();
  const headerOf = (c: number): readonly string[] | undefined => {
    let texts = headerTexts.get(c);
    if (texts === undefined) {
      const info = t.info.find((i) => i.col === c);
      texts = info ? foldedHeaderTexts(info.cells, view) : [];
      headerTexts.set(c, texts);
    }
    return texts;
  };
  const out: DraftRow<ActivityFields>[] = [];
  /** The rows whose activity is struck through (readStruckOut), for dropSuperseded. */
  let struckRows: Set<DraftRow<ActivityFields>> | undefined;
  let heading: Heading | undefined = layout.hasThemeColumn ? undefined : groupTitleTheme(t, ctx);
  const stage = layout.hasThemeColumn ? groupTitleStatus(t) : undefined;
  const parents = outlineParents(t, rows, colField, cols.get('status'), ctx.date1904, cols.get('activity'));
  // Grouped rows (outline levels) whose parents are theme headings and the project's own row.
  const groupHeads = groupParents(t, rows, cols, TRACKER_THEME);
  // A year wheel (årshjul): no date column, the activities under month headings.
  const timeHeadings = !cols.has('start') && !cols.has('deadline') && !t.gantt;
  const dayCol = timeHeadings
    ? t.columns.find((c) => c.field === null && DAY_HEADER.test(oneLine(c.header)))?.col
    : undefined;
  let time: TimeHeading | undefined;
  // A banner inside the table that names a stage ("FÆRDIGE AKTIVITETER", "DROPPET"): the rows
  // moved under it are in that stage, as under a board's group title (readStage).
  let sectionStage: Stage | undefined;
  // Whether the stage's banner is over theme headings (its block divided by themes of its own: a
  // theme heading right under the banner), and whether nothing has been read under the banner yet.
  // A stage row inside one theme (rows right under it) ends at the next theme heading.
  let stageOver = false;
  let stageFresh = false;
  const otherHalves = otherHalfYearRows(t, rows, ctx);
  // A week calendar: a row for every week, most of them empty (weekcalendar.ts).
  const calendar = weekCalendar(t, cols.get('deadline'));
  let weekAbove: GridCell | undefined;
  let weekFromAbove: GridCell | undefined;
  let carry: Heading | undefined;
  let groupThemes: boolean | undefined;
  // Each theme read for the rows under it: its cell, and the last (0-based) row it was read for.
  let groups: Map<string, { theme: Theme; last: number }> | undefined;
  const onceAGroup = (): boolean =>
    themeCol !== undefined &&
    activityCol !== undefined &&
    writtenOncePerGroup(t, rows, themeCol, activityCol, ctx.date1904);

  // Index loops here and in readRow, not for-of: this function runs once per table, so the engine
  // optimises it only while it runs, and until then each for-of step allocates (hot: every row).
  // Inside a block of an item's subitems ("Subitems | Name | Owner …", the subitems one column in):
  // its rows are the item's tasks, no activities, until a row names an item in the activity column.
  let inSubitems = false;
  // The last row read into the activity above (its own, or a line of it wrapped onto the rows under it).
  let lastRead = -1;
  // Whether a row of error values only was met (one check names the first).
  let erroredView = false;
  let plain: boolean | undefined;
  let allThemed: boolean | undefined;
  const plainRows = (): boolean =>
    (plain ??= mostRowsPlain(rows.map((row) => view.rowCells(row, t.c0, t.c1)[0])));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const own = view.rowCells(r, t.c0, t.c1);
    if (own.length === 0) continue;
    // A row of nothing but error values is a formula's results that the program which last saved
    // the file could not work out (a view made of data kept elsewhere): no activity. Cheap first test.
    if ((own[0] as GridCell).t === 'e' && onlyErrors(own)) {
      if (!erroredView) addCheck(ctx, erroredRowsCheck(view.name, own[0] as GridCell));
      erroredView = true;
      continue;
    }
    // The theme of the row above, for a theme column written once per group (filldown.ts): carried
    // only from an activity read right before this row (a heading, note or subtotal between ends it).
    const carryHere = carry;
    carry = undefined;
    if (tracker !== undefined && trackerRowSkipped(tracker, t, r, ctx)) continue;
    if (isSubitemHeader(own)) {
      inSubitems = out.length > 0;
      if (inSubitems) addCheck(ctx, subitemsCheck(view.name, own[0] as GridCell, out[out.length - 1]));
      continue;
    }
    if (inSubitems) {
      if (activityCol === undefined || !own.some((c) => c.c === activityCol)) continue;
      inSubitems = false;
    }
    // Lines of a colour legend and totals are no activities: left for the unmapped report.
    if (isLegendRow(legend, view.name, r, own)) continue;
    if (isTotalsRow(own, view, isDateColumn)) continue;
    if (isSubtotalRow(own, view)) {
      // Told by a formula that shows an error only (a program that saved the copy could not work
      // it out): an activity whose text is a broken lookup would look the same, so it is asked about.
      const broken = own.find((c) => c.t === 'e' && c.formula === true);
      if (broken !== undefined) addCheck(ctx, brokenSummaryCheck(view.name, own, broken));
      continue;
    }
    // A plan that is also a meeting's agenda or the coordinator's to-do list (agenda.ts).
    if (isAgendaItemRow(own, colField, ctx.date1904)) continue;
    if (isPersonalToDoRow(own, themeCol, cols.get('responsible'), plainRows, ctx.date1904)) {
      const text = activityCol === undefined ? undefined : view.cell(r, activityCol);
      addCheck(ctx, toDoCheck('faint', view.name, r, text, ctx.date1904));
      continue;
    }
    // The same to-do typed plainly: its shape (no theme, no date, initials, a tick at most) in a
    // plan whose other activities all have a theme (agenda.ts).
    if (
      themeCol !== undefined &&
      activityCol !== undefined &&
      hasPlainToDoShape(own, colField, themeCol, ctx.date1904) &&
      (allThemed ??= othersThemed(
        rows.map((row) => view.rowCells(row, t.c0, t.c1)),
        colField,
        themeCol,
        activityCol,
        ctx.date1904,
      ))
    ) {
      addCheck(ctx, toDoCheck('plain', view.name, r, view.cell(r, activityCol), ctx.date1904));
      continue;
    }
    if (repeatsHeader(own, headerOf)) {
      (t.headerAgain ??= []).push(r);
      continue;
    }
    // A printed page's header or footer left in the table by a PDF converter ('Side 2 af 4').
    if (isPageFurniture(own, view)) continue;
    if (legendLine(own, ctx.date1904)) continue;
    if (isExampleRow(own, view)) continue;
    // A template's example row ("Eksempel: …") under the header, and its rows left untouched.
    if (i <= 1 && isLabelledExampleRow(own, view)) continue;
    // Known by its look alone: grey italics (or a grey fill with italic or grey text) right under
    // the header, over rows typed in black; not where every second row has that look (banding).
    if (i === 0 && (own[0] as GridCell).faint === true) {
      const next = rows[1] === undefined ? [] : view.rowCells(rows[1], t.c0, t.c1);
      const third = rows[2] === undefined ? [] : view.rowCells(rows[2], t.c0, t.c1);
      const banded = third.length >= 2 && third.every((cell) => cell.faint === true);
      if (isFaintExampleRow(own, next) && !banded) {
        if (!finishedFaint(own, statusCol, ctx.date1904)) {
          addCheck(ctx, faintExampleCheck(view.name, own[0] as GridCell));
          continue;
        }
        // Greyed (by fill or in grey italics) and its status says finished: read, and said so.
        if (!isGreyFill(own[0]?.fill)) addCheck(ctx, finishedFaintCheck(view.name, own[0] as GridCell));
      }
    }
    if (isUntouchedTemplateRow(own)) continue;
    // A row of another half-year in a plan kept over several: history, left for the unmapped report.
    if (otherHalves.has(r)) continue;
    const before = out[out.length - 1];
    // The first row under a repeated header may be the end of the last activity on the page before.
    if (i === 0 && options.pageBefore && joinContinuation(t, own, colField, options.pageBefore, ctx)) {
      lastRead = r;
      continue;
    }
    if (before && before.source.row === r && joinContinuation(t, own, colField, before, ctx)) {
      carry = carryHere;
      lastRead = r;
      continue;
    }
    // A PDF's activity extracted one row per line, its values on the last line (wrapped.ts).
    if (before && lastRead === r - 1 && wrapsOnto(t, r, own, colField, before)) {
      const line = readRow(t, r, own, order, cellsShape, rowPrototype, layout, heading, ctx);
      out[out.length - 1] = joinWrappedLine(
        t,
        before,
        line,
        own,
        colField,
        ctx,
        (cell) => readList(t, cell, 'theme', ctx) as Theme | undefined,
      );
      carry = carryHere;
      lastRead = r;
      continue;
    }
    // A scanned plan's activity over two rows, its values on the first (wrapped.ts).
    if (before && lastRead === r - 1 && runsOnBelow(t, own, colField, before, ctx.date1904)) {
      const line = readRow(t, r, own, order, cellsShape, rowPrototype, layout, heading, ctx);
      out[out.length - 1] = joinWrappedLine(
        t,
        before,
        line,
        own,
        colField,
        ctx,
        (cell) => readList(t, cell, 'theme', ctx) as Theme | undefined,
        true,
      );
      carry = carryHere;
      lastRead = r;
      continue;
    }
    if (calendar) {
      const week = calendar.weekRows.has(r) ? view.cell(r, calendar.col) : undefined;
      if (week) weekAbove = week;
      // A week with nothing planned (its number, a Monday beside it), or a holiday written across
      // the row: no activity, left for the unmapped report.
      const content = own.filter((c) => c.c !== calendar.col && !isDateColumn(c.c) && colField.has(c.c));
      if (content.length === 0 || (content.length === 1 && isMergedLine(t, content))) continue;
      weekFromAbove = week ? undefined : weekAbove;
    }
    if (groupHeads !== undefined) {
      const group = groupHeads.get(r);
      if (group !== undefined) {
        heading = group.theme === undefined ? undefined : { theme: group.theme, cell: group.cell };
        if (group.theme !== undefined && group.confidence < 1)
          addCheck(
            ctx,
            themeCheck(view.name, group.cell, group.text, group.theme, group.confidence, 'heading'),
          );
        addCheck(ctx, groupParentCheck(view.name, group));
        continue;
      }
      // A row grouped deeper than the activity above it is that activity's task.
      const above = out[out.length - 1];
      if (
        above &&
        outlineLevel(view, activityCol, r, t) > outlineLevel(view, activityCol, above.source.row - 1, t)
      )
        continue;
    }
    if (parents.rows.has(r)) {
      // A parent row of an outline groups the rows numbered under it: its theme is theirs.
      // Without a theme column, the parent's own text may name the theme ("1 Ledelse").
      const themeCol = cols.get('theme') ?? activityCol;
      const themeCell = themeCol === undefined ? undefined : view.cell(r, themeCol);
      const text = themeCell ? displayText(themeCell, ctx.date1904).trim() : '';
      const exact = text === '' ? undefined : headingTheme(text);
      const meant = exact || text === '' ? undefined : themeByMeaning(normalizeText(text));
      const theme = exact ?? meant?.theme;
      heading = theme && themeCell ? { theme, cell: a1(r, themeCell.c) } : undefined;
      if (themeCell && theme) view.useCell(themeCell);
      if (heading && meant)
        addCheck(ctx, themeCheck(view.name, heading.cell, text, meant.theme, meant.confidence, 'heading'));
      const numberCell = view.cell(r, parents.col);
      if (numberCell) view.useCell(numberCell);
      // Not sure: a parent row may be an activity whose status was forgotten.
      const textCell = activityCol === undefined ? undefined : view.cell(r, activityCol);
      addCheck(
        ctx,
        (parents.goals.has(r) ? goalRowCheck : outlineParentCheck)(
          view.name,
          a1(r, textCell?.c ?? parents.col),
          numberCell ? displayText(numberCell, ctx.date1904).trim().replace(/\.$/, '') : '',
          textCell ? displayText(textCell, ctx.date1904).trim() : '',
        ),
      );
      continue;
    }
    if (parents.col >= 0 && isOutlineTask(t, r, parents, out, ctx.date1904)) continue;
    const only = own.length === 1 ? own[0] : undefined;
    if (only) {
      const text = displayText(only, ctx.date1904);
      const field = colField.get(only.c);
      const span = timeHeadings ? timeHeadingOf(t, own, only, text, time, ctx) : undefined;
      if (span) {
        time = span;
        view.useCell(only);
        continue;
      }
      const found = headingOf(t, own, only, text, field);
      if (found === 'section') {
        // A heading of another kind ("Øvrigt", "Fase 2") ends the theme above: the rows under it
        // have none from a heading (a missing theme is reported, never silently inherited).
        heading = undefined;
        sectionStage = stageHeading(only, text);
        stageOver = false;
        stageFresh = true;
        if (sectionStage !== undefined) view.useCell(only);
        continue;
      }
      if (found) {
        // A theme heading is no new banner: a stage over the themes holds until the next banner.
        if (sectionStage !== undefined && (stageOver || stageFresh)) stageOver = true;
        else sectionStage = undefined;
        stageFresh = false;
        heading = { theme: found.theme, cell: a1(only.r, only.c) };
        view.useCell(only);
        if (found.confidence < 1) {
          addCheck(ctx, themeCheck(view.name, heading.cell, text, found.theme, found.confidence, 'heading'));
        }
        continue;
      }
      // A line of its own that is no activity: a merged note or title, or text in a date or theme
      // column that reads as neither. Left for the unmapped report.
      if (isMergedLine(t, own) || field === undefined || field === 'theme') continue;
      if (DATE_FIELDS.has(field) && !readDate(only, ctx.date1904).ok) continue;
      // A sentence alone in a table whose activities fill several columns is a note.
      if (typical >= 2 && isNote(text)) continue;
    }
    if (
      activityCol !== undefined &&
      themeCol !== undefined &&
      isTaskUnder(
        t,
        r,
        own,
        activityCol,
        themeCol,
        out[out.length - 1],
        ctx.date1904,
        () => (groupThemes ??= onceAGroup()),
      )
    )
      continue;
    const said = { checks: ctx.checks.length, issues: ctx.issues.length };
    const linked = tracker === undefined ? undefined : trackerTheme(tracker, view.name, r, ctx);
    const themeHere = themeCol === undefined ? undefined : view.cell(r, themeCol);
    const themeEmpty = themeHere === undefined || displayText(themeHere, ctx.date1904) === '';
    const carried =
      carryHere !== undefined && themeEmpty && (groupThemes ??= onceAGroup()) ? carryHere : undefined;
    // An activity's text cut into the next column by a PDF converter (spilled.ts): read as meant.
    const spilled = activityCol === undefined ? undefined : spilledRow(t, r, own, activityCol, colField, ctx);
    const row = readRow(
      t,
      r,
      spilled ?? own,
      order,
      cellsShape,
      rowPrototype,
      layout,
      linked ?? heading ?? carried,
      ctx,
    );
    if (spilled) useSpilled(t, r);
    if (themeCol !== undefined && linked === undefined && heading === undefined)
      carry = !themeEmpty
        ? row.values.theme === undefined
          ? undefined
          : { theme: row.values.theme, cell: a1(r, themeCol), above: true }
        : carried;
    if (carried !== undefined) (groups ??= new Map()).set(carried.cell, { theme: carried.theme, last: r });
    if (statusMarks.length > 0) readStatusMarks(t, r, statusMarks, row, ctx);
    if (revised !== undefined) readRevisedDeadline(t, r, own, revised, row, ctx);
    if (completed !== undefined) readCompleted(t, r, own, completed, row, ctx);
    if (dayBesideSpan !== undefined) readDayBesideSpan(t, r, own, dayBesideSpan, row, ctx);
    if (archived !== undefined) readArchived(t, r, own, archived, row, ctx);
    if (resolution !== undefined) readResolution(t, r, resolution, row, ctx);
    if (shareDone !== undefined) readShareDone(t, r, shareDone, row, ctx);
    if (doneTicks !== undefined) readDoneTick(t, r, own, doneTicks, row, ctx);
    if (counted !== undefined) checkCounted(t, r, own, counted, row, ctx);
    if (remarkStatus !== undefined) readRemarkStatus(t, r, own, remarkStatus, row, ctx);
    if (time !== undefined) readTimeHeading(t, r, dayCol, time, row);
    if (span !== undefined) readSpan(t, r, own, span, row, ctx);
    if (partners !== undefined)
      readPartnerBlocks(
        t,
        r,
        own,
        partners,
        row,
        (cell) => readWords(t, cell, 'status', ctx)?.id as Status | undefined,
        ctx,
      );
    if (laterStatus.columns.length > 1 && statusCol !== undefined)
      readLatestStatus(t, r, own, statusCol, laterStatus, row, ctx, said);
    if (statusCol !== undefined && view.sheet.icons !== undefined)
      readIconStatus(t, r, statusCol, row, legend, ctx, said);
    if (stage !== undefined) readStage(t.view.name, r, statusCol, stage, row, ctx);
    else if (sectionStage !== undefined) readStage(t.view.name, r, statusCol, sectionStage, row, ctx);
    if (recurrence !== undefined) readRecurrence(t, r, own, recurrence, timeCols, row, ctx);
    readCancelledNote(t.view.name, row, ctx);
    if (statusCol !== undefined && view.sheet.comments.length > 0) checkStatusNote(t, r, statusCol, row, ctx);
    if (statusCol !== undefined && remarkCol !== undefined) readStoppedRemark(t, r, own, remarkCol, row, ctx);
    if (deadlineCol !== undefined && remarkCol !== undefined)
      readMovedRemark(t, r, own, remarkCol, deadlineCol, row, ctx);
    const struck = activityCol !== undefined && readStruckOut(t.view.name, own, activityCol, row, ctx);
    const pushed = weekFromAbove ? inWeekAbove(t, own, row, weekFromAbove, ctx) : row;
    if (struck) (struckRows ??= new Set()).add(pushed);
    out.push(pushed);
    stageFresh = false;
    lastRead = r;
  }
  for (const [cell, group] of groups ?? [])
    addCheck(ctx, groupThemeCheck(view.name, cell, group.theme, group.last));
  if (layout.gantt?.used)
    for (const g of t.gantt?.columns ?? []) for (const cell of g.cells) view.useCell(cell);
  const kept = struckRows === undefined ? out : dropSuperseded(view.name, out, struckRows, ctx);
  const folded = foldVersions(
    t,
    foldStatusLog(t, foldStackedRows(t, calendarRows(view.sheet, kept), ctx), ctx),
    ctx,
  );
  // Two versions of one activity one under the other ("(gammel)", "Version Anne: …"): read once.
  return foldVersionRows(t, folded, ctx);
}

/** The words of an activity's name, folded, for comparing a corrected copy with its old row. */
function nameWords(text: string | undefined): string[] {
  return text === undefined
    ? []
    : foldText(text)
        .split(/[^\p{L}\d]+/u)
        .filter((w) => w !== '');
}

/**
 * Whether `next` is a corrected copy of `old`: the same theme (where both have one), and the same
 * name, or one name the other with words added after it ("Styregruppemøde om økonomi" →
 * "Styregruppemøde om økonomi og bemanding").
 */
function correctedCopy(old: DraftRow<ActivityFields>, next: DraftRow<ActivityFields>): boolean {
  const a = old.values.theme;
  const b = next.values.theme;
  if (a !== undefined && b !== undefined && a !== b) return false;
  const x = nameWords(old.values.activity);
  const y = nameWords(next.values.activity);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w, i) => long[i] === w) || reworded(x, y);
}

/** Small words that carry no activity's meaning ("om", "for", "med"), left out when texts are weighed. */
const FILLER_WORDS = new Set(
  'af at de den der det du en et for fra hos i med og om op på som til ud ved vi and for in of on the to with'.split(
    ' ',
  ),
);

/** One word standing for the other: the same, inflected (the first five letters), or inside a compound. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 5 && l.includes(s);
}

/**
 * A name reworded rather than extended ("Styregruppemøde om økonomi" → "Økonomimøde", "Afslutning
 * af mentoruddannelse hold 2" → "Mentoruddannelse hold 2, afslutning"): every meaning word of the
 * name with fewer stands for one of the other's, and at least half of the other's are met, in any
 * order; numbers ("hold 2", "hold 3") must be the same. A name sharing one word of two with the
 * other ("Styregruppemøde om mål" / "om økonomi") is another activity.
 */
function reworded(x: readonly string[], y: readonly string[]): boolean {
  const numbers = (ws: readonly string[]): string =>
    ws
      .filter((w) => /^\d+$/u.test(w))
      .sort()
      .join(' ');
  if (numbers(x) !== numbers(y)) return false;
  const meaning = (ws: readonly string[]): string[] =>
    ws.filter((w) => !/^\d+$/u.test(w) && !FILLER_WORDS.has(w));
  const a = meaning(x);
  const b = meaning(y);
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.every((w) => long.some((v) => sameWord(w, v)))) return false;
  const met = long.filter((w) => short.some((v) => sameWord(w, v))).length;
  return met * 2 >= long.length;
}

/**
 * A struck-through row with a copy of the same activity directly under it, not struck through: the
 * old version of a row the coordinator corrected by typing it again under it (new dates, a new
 * name, another responsible) and striking the old one out rather than deleting it. The copy is the
 * activity; the struck row is none, said in a check at its activity cell. A struck row with no such
 * copy under it stays a cancelled activity (readStruckOut).
 */
function dropSuperseded(
  sheet: string,
  rows: DraftRow<ActivityFields>[],
  struck: ReadonlySet<DraftRow<ActivityFields>>,
  ctx: Ctx,
): DraftRow<ActivityFields>[] {
  const out: DraftRow<ActivityFields>[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as DraftRow<ActivityFields>;
    const next = rows[i + 1];
    if (
      !struck.has(row) ||
      next === undefined ||
      struck.has(next) ||
      next.source.row !== row.source.row + 1 ||
      !correctedCopy(row, next)
    ) {
      out.push(row);
      continue;
    }
    // The strikethrough's reading (cancelled: Lukket) no longer stands.
    const statusCell = (row.cells as { status?: string }).status;
    for (let k = ctx.checks.length - 1; k >= 0; k--) {
      const c = ctx.checks[k];
      if (c?.sheet === sheet && c.cell === statusCell && c.field === 'activities.status')
        ctx.checks.splice(k, 1);
    }
    const cell = (row.cells as { activity?: string }).activity ?? a1(row.source.row - 1, 0);
    addCheck(ctx, {
      sheet,
      cell,
      field: 'activities.row',
      value: quote(row.values.activity ?? ''),
      confidence: 0.8,
      reason: {
        da: `Rækken ${row.source.row} er streget over, og rækken under den er samme aktivitet skrevet igen; den overstregede er læst som den gamle udgave og ikke som en aktivitet. Er den en aktivitet for sig, så fjern overstregningen.`,
        en: `Row ${row.source.row} is struck through, and the row under it is the same activity written again; the struck row was read as its old version, not as an activity. If it is an activity of its own, remove the strikethrough.`,
      },
    });
  }
  return out;
}

const REMARK_LINE = /^\s*(?:bemærkning|bemærk|note|kommentar|remark|comment)\s*:\s*(\S[\s\S]*?)\s*$/iu;

/**
 * Two rows per activity under a two-row header, as a plan laid out for an A4 page: "Tema |
 * Aktivitet | Ansvarlig | Status" over " | Start | Frist". The header's second row names date fields
 * in columns its first row gave to other fields; each activity's first row holds the first row's
 * fields, the row under it (no theme, dates under "Start" and "Frist") the second's and the status.
 * A line "Bemærkning: …" under an activity is its remark, kept as its evaluation. Only when every
 * cell of the header's second row names a start or deadline in another field's column.
 */
function foldStackedRows(
  t: DetectedTable,
  rows: DraftRow<ActivityFields>[],
  ctx: Ctx,
): DraftRow<ActivityFields>[] {
  const head = rows[0];
  // Grid rows count from 0, a row's source as Excel shows it from 1.
  if (!head || head.source.row - 1 !== t.firstRow) return rows;
  const view = t.view;
  const colField = new Map<number, string>([...fieldColumns(t)].map(([f, c]) => [c, f]));
  const second = new Map<number, 'start' | 'deadline'>();
  for (const cell of view.rowCells(t.firstRow, t.c0, t.c1)) {
    const top = scoreHeader(displayText(cell, ctx.date1904).trim()).get('activities')?.[0];
    if (!top || top.score < 0.85 || (top.field !== 'start' && top.field !== 'deadline')) return rows;
    const own = colField.get(cell.c);
    if (own === undefined || DATE_FIELDS.has(own)) return rows;
    second.set(cell.c, top.field);
  }
  if (second.size === 0) return rows;
  for (const cell of view.rowCells(t.firstRow, t.c0, t.c1)) view.useCell(cell);
  const out: DraftRow<ActivityFields>[] = [];
  let current: DraftRow<ActivityFields> | undefined;
  let last = t.firstRow;
  for (const row of rows.slice(1)) {
    const r = row.source.row - 1;
    const next = r === last + 1;
    last = r;
    const own = view.rowCells(r, t.c0, t.c1);
    const remark = typeof row.values.activity === 'string' ? REMARK_LINE.exec(row.values.activity) : null;
    if (current && next && remark && own.length === 1) {
      const values = current.values as Record<string, unknown>;
      if (values.evaluation === undefined && remark[1] !== undefined) {
        values.evaluation = remark[1];
        if (row.cells.activity !== undefined) setCell(current.cells, 'evaluation', row.cells.activity);
      }
      continue;
    }
    const dates = new Map<'start' | 'deadline', { at: string; value: string }>();
    /** Days written without their year ("15/3"), read with the plan's year once the row is a second line. */
    const yearless: [field: 'start' | 'deadline', cell: GridCell][] = [];
    let secondLine = current !== undefined && next && row.values.theme === undefined && own.length > 0;
    for (const cell of secondLine ? own : []) {
      const field = second.get(cell.c);
      if (field === undefined) {
        if (colField.get(cell.c) !== 'status') secondLine = false;
        continue;
      }
      const d = readDate(cell, ctx.date1904);
      if (!d.ok) {
        if (readDateCellCached(cell, ctx.date1904, { year: PROBE_YEAR }) !== undefined) {
          yearless.push([field, cell]);
          continue;
        }
        secondLine = false;
        break;
      }
      const value = field === 'start' ? (d.start ?? d.deadline) : d.deadline;
      if (value !== undefined) dates.set(field, { at: a1(cell.r, cell.c), value });
    }
    if (!secondLine || !current) {
      current = row;
      out.push(row);
      continue;
    }
    // As the table's own date columns read them: the year from the plan's, with a check.
    for (const [field, cell] of yearless) {
      const d = readTableDate(t, ctx, field, cell);
      const value = d === undefined ? undefined : field === 'start' && d.range ? d.first : d.last;
      if (value !== undefined) dates.set(field, { at: a1(cell.r, cell.c), value });
    }
    const values = current.values as Record<string, unknown>;
    for (const [field, d] of dates) {
      values[field] = d.value;
      setCell(current.cells, field, d.at);
    }
    if (row.values.status !== undefined && values.status === undefined) {
      values.status = row.values.status;
      if (row.cells.status !== undefined) setCell(current.cells, 'status', row.cells.status);
    }
  }
  return out;
}

/**
 * The date a status log's row was written: a column of its own beside the plan's own dates. A form's
 * response sheet is such a log: each response's time stamp ("Tidsstempel", "Timestamp", Microsoft
 * Forms' "Fuldførelsestidspunkt" / "Completion time") is the day it was written.
 */
const LOG_DATE_HEADER =
  /^(?:dato|date|statusdato|status date|opdateret(?: den)?|updated(?: on)?|registreret|logget|log date|tidsstempel|timestamp|fuldførelsestidspunkt|completion time|indsendt|submitted(?: at| on)?)$/iu;

/** What the newest row of a logged activity takes from the rows before it when it leaves them out. */
const CARRIED: readonly Field[] = [
  'theme',
  'milestone',
  'start',
  'deadline',
  'responsible',
  'status',
  'anchoring',
];

/**
 * A plan kept as a status log ("Dato | Aktivitet | Status | Bemærkning", a row added at every update):
 * rows of one activity (the same text, no two themes) are its history, and the newest (the last)
 * is the activity now. A field it leaves empty is the one the latest row before it gave (the theme,
 * responsible and deadline written when the activity was entered). Each older row is checked, never
 * dropped silently. Only in a table with a column for the log's own date beside the plan's fields.
 */
function foldStatusLog(
  t: DetectedTable,
  rows: DraftRow<ActivityFields>[],
  ctx: Ctx,
): DraftRow<ActivityFields>[] {
  if (!t.columns.some((m) => m.field === null && LOG_DATE_HEADER.test(oneLine(m.header)))) return rows;
  const groups = new Map<string, DraftRow<ActivityFields>[]>();
  for (const row of rows) {
    const text = row.values.activity;
    if (typeof text !== 'string' || text.trim() === '') continue;
    const key = normalizeText(text);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const older = new Set<DraftRow<ActivityFields>>();
  for (const group of groups.values()) {
    const newest = group[group.length - 1];
    if (!newest || group.length < 2) continue;
    // The same text under two themes is two activities.
    if (new Set(group.map((r) => r.values.theme).filter((x) => x !== undefined)).size > 1) continue;
    const values = newest.values as Record<string, unknown>;
    const cells = newest.cells;
    for (const field of CARRIED) {
      if (values[field] !== undefined) continue;
      for (let i = group.length - 2; i >= 0; i--) {
        const from = group[i] as DraftRow<ActivityFields>;
        const v = (from.values as Record<string, unknown>)[field];
        if (v === undefined) continue;
        values[field] = v;
        const at = from.cells[field];
        if (at !== undefined) setCell(cells, field, at);
        break;
      }
    }
    for (const row of group.slice(0, -1)) {
      older.add(row);
      addCheck(ctx, olderLogRowCheck(t.view.name, row, newest));
    }
  }
  return older.size === 0 ? rows : rows.filter((r) => !older.has(r));
}

function olderLogRowCheck(
  sheet: string,
  row: DraftRow<ActivityFields>,
  newest: DraftRow<ActivityFields>,
): ReadCheck {
  const text = String(row.values.activity ?? '');
  const cell = row.cells.activity ?? `A${row.source.row}`;
  const n = newest.source.row;
  return {
    sheet,
    cell,
    field: 'activities.row',
    value: text,
    confidence: 0.8,
    reason: {
      da: `Rækken ${row.source.row} er en tidligere status for "${text}" i loggen; den nyeste (række ${n}) er læst som aktiviteten, og det, den ikke gentager (tema, ansvarlig, frist), er hentet fra rækkerne før. Er det to forskellige aktiviteter, så giv dem hver sit navn.`,
      en: `Row ${row.source.row} is an earlier status of "${text}" in the log; the newest (row ${n}) is read as the activity, and what it does not repeat (theme, responsible, deadline) is taken from the rows before. If these are two different activities, give each its own name.`,
    },
  };
}

/**
 * A row numbered a level below an activity ("2.2.1" under the activity "2.2") in an outline whose top
 * level are theme headings ("2 Kommunikation"): a task of that activity, as a project tool exports
 * them, no activity of its own. Its cells are left for the unmapped report.
 */
function isOutlineTask(
  t: DetectedTable,
  r: number,
  parents: { rows: Set<number>; col: number },
  out: readonly DraftRow<ActivityFields>[],
  date1904: boolean,
): boolean {
  const numberOf = (row: number): string => {
    const cell = t.view.cell(row, parents.col);
    if (!cell) return '';
    return (typeof cell.v === 'number' ? String(cell.v) : displayText(cell, date1904))
      .trim()
      .replace(/\.$/, '');
  };
  const n = numberOf(r);
  if (!/^\d+(?:\.\d+){2,}$/.test(n)) return false;
  const parent = n.slice(0, n.lastIndexOf('.'));
  const top = n.slice(0, n.indexOf('.'));
  let heading = false;
  for (const p of parents.rows) if (numberOf(p) === top) heading = true;
  if (!heading) return false;
  for (let i = out.length - 1; i >= 0; i--)
    if (numberOf((out[i] as DraftRow<ActivityFields>).source.row - 1) === parent) return true;
  return false;
}

/** An outline number: "1", "2.", "1.1", "2.3.1". */
const OUTLINE_NUMBER = /^[1-9]\d?(?:\.\d{1,2}){0,3}\.?$/;
const NO_PARENTS = { rows: new Set<number>(), col: -1, goals: new Set<number>() };

/**
 * The parent rows of an outline: in a column of no field numbered "1", "1.1", "1.2", "2", "2.1" …,
 * a row whose number the rows under it continue ("1" over "1.1" and "1.2") and that has no status
 * of its own only groups them (a careful reader takes "2  Opstart af første mentorhold" over "2.1
 * Rekruttering" and "2.2 Uddannelse" as a heading, not a fourth activity). A numbered row with a
 * status, or with no rows under it, is an activity, unless the row is a goal over them (goals.ts).
 */
function outlineParents(
  t: DetectedTable,
  rows: readonly number[],
  colField: ReadonlyMap<number, string>,
  statusCol: number | undefined,
  date1904: boolean,
  activityCol?: number,
): { rows: Set<number>; col: number; goals: Set<number> } {
  if (statusCol === undefined) return NO_PARENTS;
  for (let c = t.c0; c <= t.c1; c++) {
    if (colField.has(c)) continue;
    const numbered: { r: number; n: string }[] = [];
    let filled = 0;
    let sub = false;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as number;
      const cell = t.view.cell(r, c);
      if (!cell) continue;
      filled++;
      const text = (typeof cell.v === 'number' ? String(cell.v) : displayText(cell, date1904)).trim();
      // A share shown in per cent (0.4 as "40%") is no outline number, nor is one starting at 0.
      const share = typeof cell.v === 'number' && cell.fmt !== undefined && cell.fmt.includes('%');
      if (share || !OUTLINE_NUMBER.test(text)) {
        // Not a column of outline numbers: stop looking at it early (a large plan's rows).
        if (filled >= 20 && numbered.length < filled * 0.8) break;
        continue;
      }
      const n = text.replace(/\.$/, '');
      if (n.includes('.')) sub = true;
      else if (!sub && numbered.length >= 50) break;
      numbered.push({ r, n });
    }
    if (!sub || numbered.length < 3 || numbered.length < filled * 0.8) continue;
    const out = new Set<number>();
    const goals = new Set<number>();
    for (let i = 0; i < numbered.length - 1; i++) {
      const { r, n } = numbered[i] as { r: number; n: string };
      if (!(numbered[i + 1] as { n: string }).n.startsWith(`${n}.`)) continue;
      const status = t.view.cell(r, statusCol);
      // A parent with a status is an activity with tasks under it, unless its text is a theme's
      // name: a project tool's summary row ("1 Ledelse") carries its tasks' rolled-up share done.
      const text = activityCol === undefined ? undefined : t.view.cell(r, activityCol);
      const theme = text ? headingTheme(displayText(text, date1904).trim()) : undefined;
      if (status && displayText(status, date1904).trim() !== '' && theme === undefined) {
        // Unless it is a goal over them, with its owner, horizon and attainment (goals.ts): measured
        // against the first row at the bottom of the numbers under it (a sub-goal has measures too).
        let j = i + 1;
        while (
          j + 1 < numbered.length &&
          (numbered[j + 1] as { n: string }).n.startsWith(`${(numbered[j] as { n: string }).n}.`)
        )
          j++;
        if (!isGoalRow(t, r, (numbered[j] as { r: number }).r, activityCol, date1904)) continue;
        goals.add(r);
      }
      out.add(r);
    }
    return out.size > 0 ? { rows: out, col: c, goals } : NO_PARENTS;
  }
  return NO_PARENTS;
}

/**
 * A theme named alone in the row right above a plan table's header, when the table has no theme
 * column: the group its rows belong to (a project tool exports each group of a board as its name
 * over its own header and rows: "Kommunikation", then "Name | Person | Status"). A theme's name
 * exactly is certain; a name that says a theme in other words ("Ledelse & forankring") is read
 * with a check at the title.
 */
function groupTitleTheme(t: DetectedTable, ctx: Ctx): Heading | undefined {
  const r = t.preamble[0];
  if (r === undefined || r !== t.headerTop - 1) return undefined;
  const cells = t.view.rowCells(r);
  const only = cells.length === 1 ? cells[0] : undefined;
  if (!only || typeof only.v !== 'string') return undefined;
  const text = only.v.trim();
  if (text.length > 60 || /[.!?:]$/u.test(text)) return undefined;
  const cell = a1(only.r, only.c);
  const exact = headingTheme(text);
  if (exact) {
    t.view.useCell(only);
    return { theme: exact, cell };
  }
  const meant = themeByMeaning(normalizeText(text));
  if (!meant) return undefined;
  t.view.useCell(only);
  addCheck(ctx, themeCheck(t.view.name, cell, text, meant.theme, meant.confidence, 'heading'));
  return { theme: meant.theme, cell };
}

interface Stage {
  readonly status: Status;
  readonly cell: string;
  readonly text: string;
}

/**
 * A group title over a table that names a stage, not a theme (a board's groups "Igangværende",
 * "Kommende", "Afsluttet" that items are dragged between, with the theme in a column of its own):
 * the state of the items under it. Only where the table has its theme column.
 */
function groupTitleStatus(t: DetectedTable): Stage | undefined {
  const r = t.preamble[0];
  if (r === undefined || r !== t.headerTop - 1) return undefined;
  const cells = t.view.rowCells(r);
  const only = cells.length === 1 ? cells[0] : undefined;
  if (!only || typeof only.v !== 'string') return undefined;
  const text = only.v.trim();
  if (text.length > 40 || /[.!?:]$/u.test(text) || headingTheme(text)) return undefined;
  const read = readListValue('status', text);
  if (!read || read.confidence < 0.7 || read.rest !== undefined) return undefined;
  t.view.useCell(only);
  return { status: read.id as Status, cell: a1(only.r, only.c), text };
}

/** The nouns a stage's banner may add after the stage ("Færdige aktiviteter", "Dropped tasks"). */
const STAGE_NOUN =
  /^(?:aktiviteter|aktiviteterne|opgaver|opgaverne|indsatser|punkter|activities|tasks|items)$/iu;

/**
 * A banner row inside a table that names a stage, not a theme ("FÆRDIGE AKTIVITETER", "DROPPET",
 * "Igangværende"): a status of the list, alone or before a noun for the table's rows. Cheap: only
 * for a one-cell row already read as a heading of another kind.
 */
function stageHeading(only: GridCell, text: string): Stage | undefined {
  // Spaced as typed: a no-break space, a doubled space or a line break between its words.
  const trimmed = text.replace(/\s+/gu, ' ').trim().replace(/[:.]$/u, '').trim();
  if (trimmed.length > 40 || /[.!?]/u.test(trimmed) || headingTheme(trimmed)) return undefined;
  const read = readListValue('status', trimmed);
  if (!read || read.confidence < 0.7) return undefined;
  if (read.rest !== undefined && !STAGE_NOUN.test(read.rest.trim())) return undefined;
  return { status: read.id as Status, cell: a1(only.r, only.c), text: trimmed };
}

/**
 * An item under a stage's group title: with no status of its own it takes the stage's, checked; in
 * a stage that says done or closed it is so (dragged there when finished) though its own label says
 * otherwise, checked at its status; elsewhere its own status stands, checked where the two differ.
 */
function readStage(
  sheet: string,
  r: number,
  statusCol: number | undefined,
  stage: Stage,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const values = row.values as { status?: Status };
  const own = values.status;
  if (own === stage.status) return;
  const at = statusCol === undefined ? stage.cell : a1(r, statusCol);
  const finished = stage.status === 'done' || stage.status === 'closed';
  const taken = own === undefined || finished ? stage.status : own;
  if (taken !== own) {
    values.status = taken;
    setCell(row.cells, 'status', own === undefined ? stage.cell : at);
  }
  const label = (id: Status): string => LISTS.status.find((x) => x.id === id)?.label.da ?? id;
  const labelEn = (id: Status): string => LISTS.status.find((x) => x.id === id)?.label.en ?? id;
  addCheck(ctx, {
    sheet,
    cell: own === undefined ? stage.cell : at,
    field: 'activities.status',
    value: label(taken),
    confidence: 0.7,
    reason:
      own === undefined
        ? {
            da: `Rækken ${r + 1} har ingen status; den står i gruppen "${stage.text}" og er læst som ${label(taken)}.`,
            en: `Row ${r + 1} has no status; it stands in the group "${stage.text}" and was read as ${labelEn(taken)}.`,
          }
        : {
            da: `Rækken ${r + 1} står i gruppen "${stage.text}", men dens status siger ${label(own)}; læst som ${label(taken)}. Ret den, der er forkert.`,
            en: `Row ${r + 1} stands in the group "${stage.text}", but its status says ${labelEn(own)}; read as ${labelEn(taken)}. Correct the one that is wrong.`,
          },
  });
}

/** A header of a later status column: "Ny status", "Status juni", "Status (Q2)", "Status 2. halvår". */
const STATUS_HEADER =
  /^(?:(?:ny|nye|nyeste|seneste|opdateret|revideret|new|latest|updated|current|aktuel)\s+)?status(?![\p{L}])/iu;
/** Words that make a status column something else: a date, a remark, or an earlier status. */
const NOT_LATER_STATUS =
  /dato|date|kommentar|bemærk|note|beskriv|forklar|comment|remark|forrige|tidligere|oprindelig|gammel|previous|original|old|rag|farve|colou?r/iu;

/**
 * Whether a header names only years before the plan's first year ("Status 2026" in a plan for
 * 2027): last year's statuses kept beside this year's, never the row's status now.
 */
function earlierYear(header: string, planFrom: number | undefined): boolean {
  if (planFrom === undefined) return false;
  const years = header.match(/\b20\d{2}\b/gu);
  return years !== null && years.every((y) => Number(y) < planFrom);
}

/**
 * A status column whose header names only years before the plan's ("Status 2026" in a plan for
 * 2027) holds last year's statuses. Where another column, that no field took, names the status
 * too ("Fremdrift", "Status nu"), that one is the row's status now, and the old column is left
 * over (in the unmapped report), whatever the columns' order. A column a person mapped (or that a
 * remembered correction mapped) stays as they said.
 */
export function currentStatusColumn(
  t: DetectedTable,
  planFrom: number | undefined,
  setByPerson: (col: number) => boolean,
): void {
  if (planFrom === undefined || t.key !== 'activities') return;
  const at = t.columns.findIndex((m) => m.field === 'status');
  const old = t.columns[at];
  if (old === undefined || setByPerson(old.col) || !earlierYear(oneLine(old.header), planFrom)) return;
  let best: { at: number; score: number } | undefined;
  for (let i = 0; i < t.columns.length; i++) {
    const m = t.columns[i] as ColumnMapping;
    if (m.field !== null || setByPerson(m.col) || earlierYear(oneLine(m.header), planFrom)) continue;
    const score = t.info
      .find((info) => info.col === m.col)
      ?.scores.get('activities')
      ?.get('status')?.score;
    if (score !== undefined && score >= MIN_CONFIDENCE && (!best || score > best.score))
      best = { at: i, score };
  }
  if (!best) return;
  const now = t.columns[best.at] as ColumnMapping;
  t.columns[best.at] = { ...now, field: 'status', confidence: best.score };
  t.columns[at] = { ...old, field: null, confidence: 0 };
}

/**
 * Status columns to the right of the table's status column, as coordinators add one per follow-up
 * ("Status marts | Status juni", "Status | Ny status"): the right-most filled one is the row's
 * status now.
 */
function laterStatusColumns(
  t: DetectedTable,
  statusCol: number,
  planFrom: number | undefined,
  period: string | undefined,
): readonly number[] {
  const out: number[] = [];
  // A plan kept in year or half-year groups: another group's status is no later follow-up.
  const groups = t.periodGroups?.others;
  for (const m of t.columns) {
    if (m.field !== null || m.col <= statusCol) continue;
    if (groups?.some((g) => m.col >= g.c0 && m.col <= g.c1)) continue;
    const h = oneLine(m.header);
    if (
      STATUS_HEADER.test(h) &&
      !NOT_LATER_STATUS.test(h) &&
      !earlierYear(h, planFrom) &&
      !afterPeriod(h, period)
    )
      out.push(m.col);
  }
  if (out.length > 0)
    for (const col of out)
      for (let r = t.headerTop; r <= t.headerBottom; r++) t.view.useCell(t.view.cell(r, col));
  return out.sort((a, b) => a - b);
}

/** A half-year in a header: "1. halvår 2027", "H1 2027", "2027-H1", "2027 H1". */
const HALF_YEAR_IN_HEADER =
  /(?<![\p{L}\d])(?:([12])\.?\s*halvår\s*(20\d{2})|h([12])\s*[-–]?\s*(20\d{2})|(20\d{2})\s*[-–]?\s*h([12]))(?![\p{L}\d])/iu;

/**
 * Whether a status column's header names a half-year after the reporting period ("Status 1. halvår
 * 2027" in a plan for 2. halvår 2026): a column laid out ahead for the next follow-up, whose
 * statuses are not the row's status now, even where one is typed ahead.
 */
function afterPeriod(header: string, period: string | undefined): boolean {
  if (period === undefined) return false;
  const p = /^(\d{4})-H([12])$/u.exec(period);
  const m = p ? HALF_YEAR_IN_HEADER.exec(header) : null;
  if (!p || !m) return false;
  const half = Number(m[1] ?? m[3] ?? m[6]);
  const year = Number(m[2] ?? m[4] ?? m[5]);
  return year * 2 + half > Number(p[1]) * 2 + Number(p[2]);
}

/**
 * A status column laid out ahead (afterPeriod) that already holds statuses: they are not read as the
 * rows' status now, and a careful reader says so once, naming the column, at its header cell.
 */
function statusTypedAhead(t: DetectedTable, statusCol: number, period: string | undefined, ctx: Ctx): void {
  // Cheap first: no period, or no column right of the status column that no field took.
  if (period === undefined || !t.columns.some((m) => m.field === null && m.col > statusCol)) return;
  for (const m of t.columns) {
    if (m.field !== null || m.col <= statusCol) continue;
    const h = oneLine(m.header);
    if (!STATUS_HEADER.test(h) || NOT_LATER_STATUS.test(h) || !afterPeriod(h, period)) continue;
    let filled = 0;
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const c = t.view.cell(r, m.col);
      if (c && !isBlank(c)) filled++;
    }
    if (filled === 0) continue;
    const cell = a1(t.headerBottom, m.col);
    if (ctx.checks.some((c) => c.sheet === t.view.name && c.cell === cell && c.field === 'activities.status'))
      continue;
    // The check quotes the header: it is not reported again as a cell that did not land.
    for (let r = t.headerTop; r <= t.headerBottom; r++) t.view.use(r, m.col);
    addCheck(ctx, {
      sheet: t.view.name,
      cell,
      field: 'activities.status',
      value: quote(h),
      confidence: 0.8,
      reason: {
        da: `Kolonnen "${quote(h)}" gælder en periode efter planens (${periodName(period)}); ${filled === 1 ? 'dens ene status er' : `dens ${filled} statusser er`} ikke læst som aktiviteternes status nu. Skriv ${filled === 1 ? 'den' : 'dem'} i periodens statuskolonne, hvis ${filled === 1 ? 'den gælder' : 'de gælder'} allerede.`,
        en: `The column "${quote(h)}" is for a period after the plan's (${period}); ${filled === 1 ? 'its one status was' : `its ${filled} statuses were`} not read as the activities' status now. Write ${filled === 1 ? 'it' : 'them'} in the period's status column if ${filled === 1 ? 'it holds' : 'they hold'} already.`,
      },
    });
  }
}

/** The status columns of a table in the order of the follow-ups they hold, the latest last. */
interface StatusOrder {
  /** The table's status column and its later ones, earliest first. */
  readonly columns: readonly number[];
  /** The columns' headers name dates out of their order left to right: the dates decided. */
  readonly byDate: boolean;
}

const NO_STATUS_ORDER: StatusOrder = { columns: [], byDate: false };

/** Follow-ups dated without a year are put in order by day only within this many days. */
const YEARLESS_SPAN = 183;

/**
 * The date a status column's header names ("Status pr. 1/6", "Status juni 2027", "Status (Q2)"):
 * its last day, as days since 1970, and whether the year was written. Undefined when it names none.
 */
function statusHeaderDate(header: string, year: number): { days: number; year: boolean } | undefined {
  const h = oneLine(header);
  const m = STATUS_HEADER.exec(h);
  if (!m) return undefined;
  const rest = stripParentheses(
    h.slice(m[0].length).replace(/^[\s:–—-]*(?:(?:pr|per|d)\.?\s+|as of\s+)?/iu, ''),
  ).trim();
  if (rest === '' || !/\d|\p{L}{3}/u.test(rest)) return undefined;
  const read = readDateText(rest, { year });
  const days = read === undefined ? undefined : isoToDays(read.last);
  return read === undefined || days === undefined ? undefined : { days, year: !read.yearSupplied };
}

/**
 * The table's status column and its later ones (laterStatusColumns) in the order of their
 * follow-ups: left to right, unless every one of their headers names a date and the dates stand
 * in another order ("Status pr. 1/6 | Status pr. 1/3": the newest written first): then by date,
 * when the dates carry their years or lie within half a year of each other (a day and a month
 * alone are otherwise no order).
 */
function statusColumnOrder(
  t: DetectedTable,
  statusCol: number,
  planFrom: number | undefined,
  period: string | undefined,
): StatusOrder {
  const later = laterStatusColumns(t, statusCol, planFrom, period);
  if (later.length === 0) return NO_STATUS_ORDER;
  const columns = [statusCol, ...later];
  const header = (c: number): string => t.columns.find((m) => m.col === c)?.header ?? '';
  // Only the order matters: a date without its year is put in the plan's first year (or a leap year).
  const year = planFrom ?? 2000;
  const dated = columns.map((c) => ({ c, date: statusHeaderDate(header(c), year) }));
  const dates = dated.flatMap((d) => (d.date ? [d.date] : []));
  if (dates.length !== columns.length) return { columns, byDate: false };
  const days = dates.map((d) => d.days);
  if (new Set(days).size !== days.length) return { columns, byDate: false };
  const span = Math.max(...days) - Math.min(...days);
  if (!dates.every((d) => d.year) && span > YEARLESS_SPAN) return { columns, byDate: false };
  const ordered = [...dated].sort((a, b) => (a.date?.days ?? 0) - (b.date?.days ?? 0)).map((d) => d.c);
  const moved = ordered.some((c, i) => c !== columns[i]);
  return { columns: moved ? ordered : columns, byDate: moved };
}

/**
 * The row's status from the latest status column it has one in (StatusOrder); an earlier status
 * it replaces is read and set aside (not reported as left over). When the latest status column is
 * empty in the row, the status read is an earlier one's, with a check at its cell. Read by the
 * dates of headers out of their order left to right, the status is checked too.
 */
function readLatestStatus(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  statusCol: number,
  order: StatusOrder,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
  said: { readonly checks: number; readonly issues: number },
): void {
  const view = t.view;
  const filled = (col: number): GridCell | undefined => filledCell(t, r, own, col);
  const columns = order.columns;
  const latestCol = columns[columns.length - 1] as number;
  let chosen: GridCell | undefined;
  let at = columns.length - 1;
  for (; at >= 0 && !chosen; at--) chosen = filled(columns[at] as number);
  const values = row.values as { status?: Status };
  const cells = row.cells as { status?: string };
  if (chosen && chosen.c !== statusCol) {
    // The status column's status is history now: what its reading said about it (a check, or an
    // issue that it names no status) no longer stands. A word it named is still not left over.
    const old = filled(statusCol);
    if (old) forget(ctx, said, view.name, a1(old.r, old.c));
    const read = readWords(t, chosen, 'status', ctx);
    if (read) values.status = read.id as Status;
    else delete values.status;
    cells.status = a1(chosen.r, chosen.c);
  }
  if (chosen) {
    // An earlier follow-up's status that a later one replaces was read, not left over (the
    // status column's was read with the row; one in another column is read here).
    for (let i = 0; i <= at; i++) {
      const col = columns[i] as number;
      const earlier = col === statusCol ? undefined : filled(col);
      if (earlier && readListValue('status', displayText(earlier, ctx.date1904)) !== undefined)
        view.useCell(earlier);
    }
  }
  const header = (col: number): string => view.text(t.headerBottom, col) || view.text(t.headerTop, col);
  if (chosen && chosen.c !== latestCol && values.status !== undefined) {
    const where = a1(chosen.r, chosen.c);
    addCheck(ctx, {
      sheet: view.name,
      cell: where,
      field: 'activities.status',
      value: quote(displayText(chosen, ctx.date1904)),
      confidence: 0.8,
      reason: {
        da: `Den seneste statuskolonne ("${quote(header(latestCol))}") er tom i denne række; status er læst fra ${where}. Er den ikke opdateret, så skriv status i "${quote(header(latestCol))}".`,
        en: `The latest status column ("${quote(header(latestCol))}") is empty in this row; the status was read from ${where}. If it is out of date, write the status in "${quote(header(latestCol))}".`,
      },
    });
  } else if (chosen && order.byDate && values.status !== undefined) {
    const where = a1(chosen.r, chosen.c);
    addCheck(ctx, {
      sheet: view.name,
      cell: where,
      field: 'activities.status',
      value: quote(displayText(chosen, ctx.date1904)),
      confidence: 0.8,
      reason: {
        da: `Statuskolonnerne står ikke i datoorden fra venstre mod højre; status er læst fra den seneste efter datoen i overskriften ("${quote(header(chosen.c))}"). Tjek at det er den nyeste.`,
        en: `The status columns do not stand in date order from left to right; the status was read from the latest by the date in its header ("${quote(header(chosen.c))}"). Check that it is the newest.`,
      },
    });
  }
}

/**
 * Drops the checks of the row's status and the issues that it names no status, said about one cell
 * since `said` (the row's reading).
 */
function forget(
  ctx: Ctx,
  said: { readonly checks: number; readonly issues: number },
  sheet: string,
  cell: string,
): void {
  for (let i = ctx.checks.length - 1; i >= said.checks; i--) {
    const c = ctx.checks[i];
    if (c?.sheet === sheet && c.cell === cell && c.field === 'activities.status') ctx.checks.splice(i, 1);
  }
  for (let i = ctx.issues.length - 1; i >= said.issues; i--) {
    const x = ctx.issues[i];
    if (x?.sheet === sheet && x.cell === cell && x.code === 'value_not_in_list') ctx.issues.splice(i, 1);
  }
}

/** A header naming a deadline that replaces the first one ("Ny deadline", "Revideret frist"). */
const REVISED_DEADLINE =
  /^(?=.*(?<![\p{L}])(?:ny|nye|revideret|ændret|justeret|opdateret|rykket|flyttet|new|revised|updated|adjusted|changed)(?![\p{L}]))(?=.*(?:deadline|frist|slutdato|slut|due|end date)).{0,60}$/iu;

/** A header naming the deadline as first planned ("Oprindelig frist", "Original deadline"). */
const ORIGINAL_DEADLINE =
  /^(?=.*(?<![\p{L}])(?:oprindelig|oprindelige|original|originale|første|baseline)(?![\p{L}]))(?=.*(?:deadline|frist|slutdato|due|end date)).{0,60}$/iu;

/**
 * "Oprindelig frist | Ny frist": where the table's deadline column is a revised one and another
 * column, that no field took, names the deadline as first planned, the first planned is the
 * deadline column and the revised one is read over it where a row has one (readRevisedDeadline): a
 * row whose deadline never moved keeps its first. A column a person mapped stays as they said.
 */
export function originalDeadlineColumn(t: DetectedTable, setByPerson: (col: number) => boolean): void {
  if (t.key !== 'activities') return;
  const at = t.columns.findIndex((m) => m.field === 'deadline');
  const revised = t.columns[at];
  if (revised === undefined || setByPerson(revised.col) || !REVISED_DEADLINE.test(oneLine(revised.header)))
    return;
  const o = t.columns.findIndex(
    (m) => m.field === null && !setByPerson(m.col) && ORIGINAL_DEADLINE.test(oneLine(m.header)),
  );
  const original = t.columns[o];
  if (original === undefined) return;
  t.columns[o] = { ...original, field: 'deadline', confidence: revised.confidence };
  t.columns[at] = { ...revised, field: null, confidence: 0 };
}

/** The column of a revised deadline beside the table's deadline column, when there is one. */
function revisedDeadlineColumn(t: DetectedTable): number | undefined {
  return unmappedColumn(t, REVISED_DEADLINE);
}

/** The first column no field took whose header `header` matches; its header cells are read. */
function unmappedColumn(t: DetectedTable, header: RegExp): number | undefined {
  const col = t.columns.find((m) => m.field === null && header.test(oneLine(m.header)))?.col;
  if (col !== undefined)
    for (let r = t.headerTop; r <= t.headerBottom; r++) t.view.useCell(t.view.cell(r, col));
  return col;
}

/** The row's cell in a column, where something is written in it. */
function filledCell(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
): GridCell | undefined {
  const cell = valueCell(t, r, col, own);
  return cell && !isBlank(cell) ? cell : undefined;
}

/**
 * A row's revised deadline, where it has one, is its deadline (the plan moved): the first deadline
 * stays in the unmapped report. A revised deadline that cannot be read is an issue at its cell.
 */
function readRevisedDeadline(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const cell = filledCell(t, r, own, col);
  if (!cell) return;
  const d = readTableDate(t, ctx, 'deadline', cell);
  if (!d) return;
  const values = row.values as { deadline?: string; start?: string };
  const cells = row.cells as { deadline?: string; start?: string };
  if (cells.deadline !== undefined) {
    const old = t.view.cell(r, t.columns.find((m) => m.field === 'deadline')?.col ?? -1);
    if (old) t.view.unuseCell(old);
  }
  values.deadline = d.last;
  if (d.range && values.start === undefined) values.start = d.first;
  cells.deadline = a1(cell.r, cell.c);
  t.view.useCell(cell);
}

/** Two days joined by an arrow ("30.04.2027 → 15.06.2027"): a deadline moved from the first. */
const ARROW = /→|->|=>/u;

/**
 * A range written with an arrow in the deadline column of a table that has a start column of its
 * own: the deadline was moved ("30.04.2027 → 15.06.2027"), and the first day is the old deadline,
 * not the start.
 */
function movedDeadline(t: DetectedTable, cell: GridCell): boolean {
  return typeof cell.v === 'string' && ARROW.test(cell.v) && t.columns.some((m) => m.field === 'start');
}

function movedDeadlineCheck(sheet: string, cell: GridCell, deadline: string): ReadCheck {
  const text = quote(String(cell.v));
  return {
    sheet,
    cell: a1(cell.r, cell.c),
    field: 'activities.deadline',
    value: deadline,
    confidence: 0.9,
    reason: {
      da: `"${text}" er læst som en flyttet frist: den sidste dato er fristen, og den første (den gamle frist) er ikke læst som start, da tabellen har en startkolonne.`,
      en: `"${text}" was read as a moved deadline: the last day is the deadline, and the first (the old deadline) is not read as the start, since the table has a start column.`,
    },
  };
}

/**
 * A column of the day each task was finished (an Asana or Planner export's "Completed At"). Not
 * "Completion date", "Færdigdato" or "Dato for afslutning": those may be the day planned.
 */
const COMPLETED_HEADER =
  /^(?:completed(?: at| on)?|date completed|(?:afsluttet|udført|gennemført|færdig)(?: den| dato))$/iu;

/** A column for a span of time ("Timeline": "2026-09-01 - 2026-10-15") holding the deadline. */
const TIMELINE_HEADER = /^(?:timeline|tidslinje|tidsramme|tidsplan|varighed)$/iu;

/**
 * A bare "Dato" / "Date" column beside a "Timeline" column that holds the deadline (a board's
 * export): the item's own day, its deadline where the timeline is empty. Undefined otherwise (beside
 * "Frist" or "Deadline" a bare "Dato" is a log's date).
 */
function spanDeadline(t: DetectedTable): number | undefined {
  const deadline = t.columns.find((m) => m.field === 'deadline');
  if (!deadline || !TIMELINE_HEADER.test(oneLine(deadline.header))) return undefined;
  return t.columns.find((m) => m.field === null && /^(?:dato|date)$/iu.test(oneLine(m.header)))?.col;
}

/** An item with an empty timeline: its "Dato" is its deadline, checked. */
function readDayBesideSpan(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const values = row.values as { deadline?: string };
  if (values.deadline !== undefined) return;
  const cell = filledCell(t, r, own, col);
  if (!cell) return;
  const read = readDate(cell, ctx.date1904);
  if (!read.ok) return;
  values.deadline = read.deadline;
  const at = a1(cell.r, cell.c);
  setCell(row.cells, 'deadline', at);
  t.view.useCell(cell);
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'activities.deadline',
    value: read.deadline,
    confidence: 0.8,
    reason: {
      da: `Tidslinjen er tom i række ${r + 1}; dagen i "${t.view.text(t.headerTop, col)}" er læst som deadline.`,
      en: `The timeline is empty on row ${r + 1}; the day under "${t.view.text(t.headerTop, col)}" was read as the deadline.`,
    },
  });
}

/**
 * A day in the row's "Completed At" cell means the task is done, where no status is written; the
 * status is placed at that cell. A status written beside it is kept as written.
 */
function readCompleted(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const cell = filledCell(t, r, own, col);
  if (!cell) return;
  const values = row.values as { status?: Status };
  if (values.status !== undefined || !readDate(cell, ctx.date1904).ok) return;
  values.status = 'done';
  (row.cells as { status?: string }).status = a1(cell.r, cell.c);
  t.view.useCell(cell);
}

/**
 * A share done at the start of a remark ("ca. 50% – mangler to skoler", "Vi er ca. 80 % igennem",
 * "0 % – venter på tal") or named as done ("50 % færdig"): the status by the share.
 */
const REMARK_SHARE =
  /^(?:(?:vi|det|den)\s+er\s+)?(?:(?:ca|cirka|omkring)\.?\s*)?(\d{1,3}(?:[.,]\d+)?)\s*%(?=\s*(?:$|[-–—:;,.]|(?:igennem|færdig|færdige|klar|nået|gennemført|done|complete)(?![\p{L}])))/iu;

/**
 * A plan with no status column whose remarks tell how each activity stands, in sentences:
 * "Afholdt 12. januar …", "Vi er ca. 50% igennem – …", "Aflyst – erstattes af …", "Udsat til
 * efteråret". The status is read from the remark's words (or the share done it starts with), with a
 * check: it is a reading of a sentence, not a status chosen. The remark stays the row's remark. A
 * remark that names no status leaves the status missing (reported as such).
 */
function readRemarkStatus(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const values = row.values as { status?: Status };
  if (values.status !== undefined) return;
  const cell = filledCell(t, r, own, col);
  if (!cell) return;
  const text = displayText(cell, ctx.date1904).trim();
  const share = REMARK_SHARE.exec(text);
  const shareReading =
    share?.[1] === undefined ? undefined : statusByPercent(Number(share[1].replace(',', '.')));
  const reading = shareReading ?? readListValue('status', text, { header: t.view.text(t.headerTop, col) });
  if (!reading) return;
  const id = reading.id as Status;
  values.status = id;
  const at = a1(cell.r, cell.c);
  (row.cells as { status?: string }).status = at;
  const label = LISTS.status.find((v) => v.id === id)?.label ?? { da: id, en: id };
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'activities.status',
    value: id,
    confidence: Math.min(reading.confidence, 0.7),
    reason: {
      da: `Planen har ingen statuskolonne; status er læst som ${label.da} ud fra bemærkningen "${quote(text)}". Passer det ikke, så skriv status i en kolonne "Status".`,
      en: `The plan has no status column; the status was read as ${label.en} from the remark "${quote(text)}". If that is wrong, write the status in a "Status" column.`,
    },
  });
}

/** A month (or months, a quarter) heading the activities under it in a year wheel. */
interface TimeHeading {
  readonly first: string;
  readonly last: string;
  readonly range: boolean;
  readonly cell: string;
}

/** The column of the day of the month alone ("14", "3.") beside month headings. */
const DAY_HEADER = /^(?:dag|dato|d\.|day|date)$/iu;

/**
 * A line of its own (merged across the table, bold or filled) that is a month, a run of months or
 * a quarter ("Januar 2027", "Februar", "Maj – juni", "Q3"): the time of the activities under it, in
 * a table with no date column. A heading without a year takes the year of the heading above (the
 * next one when its month comes earlier) or the plan's.
 */
function timeHeadingOf(
  t: DetectedTable,
  own: readonly GridCell[],
  only: GridCell,
  text: string,
  above: TimeHeading | undefined,
  ctx: Ctx,
): TimeHeading | undefined {
  if (typeof only.v !== 'string' || text.length > 30 || !/\p{L}/u.test(text)) return undefined;
  const view = t.view;
  const filled = view.fillAt(only.r, only.c) !== undefined;
  if (!isMergedLine(t, own) && only.bold !== true && !filled) return undefined;
  const year = above ? Number(above.last.slice(0, 4)) : yearsFor(ctx.years, view.name)?.from;
  let read = readDateText(text, year === undefined ? {} : { year });
  if (read && above && read.yearSupplied && read.first < above.first && year !== undefined)
    read = readDateText(text, { year: year + 1 });
  if (!read || read.exact) return undefined;
  const days = (isoToDays(read.last) ?? 0) - (isoToDays(read.first) ?? 0);
  if (days > 92) return undefined;
  return { first: read.first, last: read.last, range: read.range, cell: a1(only.r, only.c) };
}

/**
 * An activity under a month heading, with no date of its own, is due by the month's last day (a run
 * of months gives the start too); a day of the month alone in a "Dag" column is that day of it.
 */
function readTimeHeading(
  t: DetectedTable,
  r: number,
  dayCol: number | undefined,
  time: TimeHeading,
  row: DraftRow<ActivityFields>,
): void {
  const values = row.values as { start?: string; deadline?: string };
  const cells = row.cells as { start?: string; deadline?: string };
  if (values.start !== undefined || values.deadline !== undefined) return;
  const dayCell = dayCol === undefined ? undefined : t.view.cell(r, dayCol);
  const dayText = dayCell ? displayText(dayCell, false).trim() : '';
  const day = /^(\d{1,2})\.?$/u.exec(dayText)?.[1];
  const month = time.first.slice(0, 7);
  if (dayCell && day !== undefined && month === time.last.slice(0, 7)) {
    const iso = `${month}-${day.padStart(2, '0')}`;
    if (isoToDays(iso) === undefined || !isIsoDate(iso)) return;
    values.deadline = iso;
    cells.deadline = a1(dayCell.r, dayCell.c);
    t.view.useCell(dayCell);
    return;
  }
  values.deadline = time.last;
  cells.deadline = time.cell;
  if (time.range) {
    values.start = time.first;
    cells.start = time.cell;
  }
}

/**
 * A checkbox column ticked when the activity is done ("Udført", "Færdig", "Done"), beside a status
 * column: a Google or Excel checkbox (TRUE/FALSE) or a mark.
 */
const DONE_TICK_HEADER = /^(?:udført|færdig|gennemført|afsluttet|done|completed?)\s*[?:]?$/iu;

/**
 * The row's cell in a checkbox column when it is ticked (TRUE or a mark); a box that is a checkbox
 * either way (ticked or not) is used, so that it is not offered as a value not placed.
 */
function tickedCell(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
): GridCell | undefined {
  const cell = filledCell(t, r, own, col);
  if (!cell) return undefined;
  const mark = markOf(cell);
  if (mark !== 'other') t.view.useCell(cell);
  return mark === 'mark' ? cell : undefined;
}

/**
 * A ticked done box means done. With no status written, the box is the status (placed at it); with
 * a status that says otherwise (a dropdown left at "In progress" when the box was ticked), the tick
 * is the later act: done, with a check at the status. A closed or changed activity stays as written.
 * An empty box says nothing.
 */
function readDoneTick(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const cell = tickedCell(t, r, own, col);
  if (!cell) return;
  const values = row.values as { status?: Status };
  const cells = row.cells as { status?: string };
  const before = values.status;
  if (before === 'done' || before === 'closed' || before === 'changed') return;
  values.status = 'done';
  if (before === undefined || cells.status === undefined) {
    cells.status = a1(cell.r, cell.c);
    return;
  }
  const header = t.columns.find((c) => c.col === col)?.header.trim() ?? '';
  addCheck(ctx, {
    sheet: t.view.name,
    cell: cells.status,
    field: 'activities.status',
    value: 'done',
    confidence: 0.7,
    reason: {
      da: `Afkrydsningen i "${quote(header)}" (${a1(cell.r, cell.c)}) siger, at aktiviteten er udført, men statussen siger noget andet; den er læst som Gennemført. Ret statussen eller fjern afkrydsningen.`,
      en: `The tick under "${quote(header)}" (${a1(cell.r, cell.c)}) says the activity is done, but its status says otherwise; it was read as Done. Correct the status or clear the tick.`,
    },
  });
}

/**
 * A remark that starts by saying the activity stopped: "Udgår – GDPR-hensyn", "Aflyst pga. …",
 * "Droppet", "Annulleret" (closed), or that another took its place: "Erstattet af række 12",
 * "Afløst af nr. 4", "Replaced by …" (changed). Not "erstatter nr. 7": that row is the new one.
 */
const STOPPED_REMARK =
  /^\s*(?:(udgår|udgået|udgaar|aflyst|annulleret|droppet|opgivet|nedlagt|stoppet|cancell?ed|dropped)|(erstattet af|erstattes af|afløst af|afløses af|replaced by))(?![\p{L}])/iu;

/**
 * A row kept for the record after its activity stopped: the remark says so ("Udgår – …",
 * "Erstattet af række 12") while the status column was left at what it was ("I gang"). The remark
 * is the later word: closed, or changed when another activity replaced it, with a check at the
 * status. A status already done, closed or changed stays as written.
 */
function readStoppedRemark(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const values = row.values as { status?: Status };
  const before = values.status;
  if (before === 'done' || before === 'closed' || before === 'changed') return;
  const cell = filledCell(t, r, own, col);
  if (!cell || typeof cell.v !== 'string') return;
  const text = displayText(cell, ctx.date1904).trim();
  const m = STOPPED_REMARK.exec(oneLine(text));
  if (!m) return;
  const id: Status = m[1] !== undefined ? 'closed' : 'changed';
  values.status = id;
  const cells = row.cells as { status?: string };
  cells.status ??= a1(cell.r, cell.c);
  const label = LISTS.status.find((v) => v.id === id)?.label ?? { da: id, en: id };
  addCheck(ctx, {
    sheet: t.view.name,
    cell: cells.status,
    field: 'activities.status',
    value: id,
    confidence: 0.7,
    reason: {
      da: `Bemærkningen "${quote(text)}" (${a1(cell.r, cell.c)}) siger, at aktiviteten er stoppet, men statussen siger noget andet; den er læst som ${label.da}. Ret statussen, hvis aktiviteten fortsætter.`,
      en: `The remark "${quote(text)}" (${a1(cell.r, cell.c)}) says the activity has stopped, but its status says otherwise; it was read as ${label.en}. Correct the status if the activity goes on.`,
    },
  });
}

/**
 * A remark telling that the deadline moved ("Flyttet til 29/10 – …", "Rykket fra 1/11 til 1/12",
 * "Udskudt fra uge 36 til uge 40", "Frist flyttet til 15/12", "ny frist: 15/12"): the group is the
 * day it moved to, written up to the first break of the sentence.
 */
const MOVED_REMARK =
  /(?:^|[^\p{L}])(?:(?:flyttet|rykket|udsat|udskudt|ændret|moved|postponed|pushed)(?:\s+(?:fra|from)\s+[^,;()]{1,30}?)?\s+(?:til|to)|(?:ny|nye|revideret|new|revised)\s+(?:frist|deadline|slutdato|due date)\s*:?)\s+([^,;()]+)/iu;
/** A word every form of MOVED_REMARK holds. */
const MOVED_WORD =
  /flyttet|rykket|udsat|udskudt|ændret|moved|postponed|pushed|frist|deadline|slutdato|due\s+date/i;
/** Where the day moved to ends: a dash set apart, a full stop before more, a reason. */
const SENTENCE_BREAK = /\s[–—-]\s|\.\s|\s(?:pga|grundet|da|fordi|men|og|because|due|but|and)(?![\p{L}])/iu;

/** The day a remark says the deadline moved to, read with this year for a day written without one. */
export function movedInRemark(text: string, year: number | undefined): DateReading | undefined {
  // Cheap first: every form holds one of these words (the full pattern, tried at each letter, took
  // ~10 times as long over the bench plan's texts).
  if (!MOVED_WORD.test(text)) return undefined;
  const m = MOVED_REMARK.exec(oneLine(text));
  const after = m?.[1];
  if (after === undefined) return undefined;
  const cut = SENTENCE_BREAK.exec(after);
  const words = (cut ? after.slice(0, cut.index) : after).trim().replace(/[.:]$/u, '').split(/\s+/u);
  // The longest run of its first words (up to four: "1. december 2027") that reads as a date.
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const reading = readDateText(words.slice(0, n).join(' '), year === undefined ? {} : { year });
    if (reading && !reading.approximate) return reading;
  }
  return undefined;
}

/**
 * A remark that tells the deadline moved, beside the deadline column: where the deadline cell already
 * holds the new day, nothing more; where it is empty, the remark's day is the deadline; where it
 * holds another day, the remark's day is the deadline when it is later (the cell not corrected after
 * the move), else the cell stays; both checked at the deadline's cell.
 */
function readMovedRemark(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  remarkCol: number,
  deadlineCol: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const cell = filledCell(t, r, own, remarkCol);
  // Cheap first: a text remark with a digit in it.
  if (!cell || typeof cell.v !== 'string' || !/\d/u.test(cell.v)) return;
  const text = displayText(cell, ctx.date1904);
  const values = row.values as { deadline?: string };
  const cells = row.cells as { deadline?: string };
  const was = values.deadline;
  const years = yearsFor(ctx.years, t.view.name);
  const year =
    was !== undefined
      ? Number(was.slice(0, 4))
      : years !== undefined && years.from === years.to
        ? years.from
        : undefined;
  const moved = movedInRemark(text, year);
  if (!moved || moved.last === was) return;
  const remarkAt = a1(cell.r, cell.c);
  const deadlineAt = cells.deadline ?? a1(r, deadlineCol);
  const taken = was === undefined || moved.last > was;
  if (taken) {
    values.deadline = moved.last;
    if (was === undefined) cells.deadline = remarkAt;
  }
  const at = was === undefined ? remarkAt : deadlineAt;
  const day = taken ? moved.last : was;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'activities.deadline',
    value: day,
    confidence: 0.7,
    reason:
      was === undefined
        ? {
            da: `Bemærkningen "${quote(text)}" (${remarkAt}) siger, at fristen er flyttet; fristen er læst som ${formatDanishDate(day)}. Skriv den i fristkolonnen.`,
            en: `The remark "${quote(text)}" (${remarkAt}) says the deadline moved; the deadline was read as ${formatEnglishDate(day)}. Write it in the deadline column.`,
          }
        : taken
          ? {
              da: `Bemærkningen "${quote(text)}" (${remarkAt}) siger, at fristen er flyttet til ${formatDanishDate(day)}, men ${deadlineAt} siger ${formatDanishDate(was)}; fristen er læst som ${formatDanishDate(day)}. Ret ${deadlineAt}.`,
              en: `The remark "${quote(text)}" (${remarkAt}) says the deadline moved to ${formatEnglishDate(day)}, but ${deadlineAt} says ${formatEnglishDate(was)}; the deadline was read as ${formatEnglishDate(day)}. Correct ${deadlineAt}.`,
            }
          : {
              da: `Bemærkningen "${quote(text)}" (${remarkAt}) siger, at fristen er flyttet til ${formatDanishDate(moved.last)}, men ${deadlineAt} siger ${formatDanishDate(was)}; fristen er læst som ${formatDanishDate(was)}. Ret den ene.`,
              en: `The remark "${quote(text)}" (${remarkAt}) says the deadline moved to ${formatEnglishDate(moved.last)}, but ${deadlineAt} says ${formatEnglishDate(was)}; the deadline was read as ${formatEnglishDate(was)}. Correct one of them.`,
            },
  });
}

/** A board's or list's "Archived" column (Trello's CSV: TRUE/FALSE): the card was put away. */
const ARCHIVED_HEADER = /^(?:archived|arkiveret|arkiv)\s*[?:]?$/iu;

/**
 * A card archived before it was done (its list still "Skal gøres") was dropped: closed, checked. A
 * done card archived stays done (boards archive finished cards).
 */
function readArchived(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const cell = tickedCell(t, r, own, col);
  if (!cell) return;
  const values = row.values as { status?: Status };
  const before = values.status;
  if (before === 'done' || before === 'closed') return;
  values.status = 'closed';
  const at = (row.cells as { status?: string }).status ?? a1(cell.r, cell.c);
  if ((row.cells as { status?: string }).status === undefined) setCell(row.cells, 'status', at);
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'activities.status',
    value: 'closed',
    confidence: 0.6,
    reason: {
      da: `Kortet er arkiveret (${a1(cell.r, cell.c)}) uden at være færdigt; det er læst som Lukket. Blev det gennemført, så skriv Gennemført.`,
      en: `The card is archived (${a1(cell.r, cell.c)}) without being done; it was read as Closed. If it was done, write Done.`,
    },
  });
}

/**
 * A report's count of the activities each row sums up ("Antal af Aktivitet-ID", "Count of Task ID",
 * as Power BI's "Eksportér data" and a PivotTable name an aggregate): a count of activities or of
 * their ids, never of something else ("Antal deltagere", "Antal af timer").
 */
const COUNT_HEADER =
  /^(?:antal af|optælling af|count of|countd of|number of)\s+(?:\S+[\s-])?(?:id|nr\.?|nummer|aktivitet(?:er)?|opgave(?:r)?|task(?:s)?|activit(?:y|ies)|item(?:s)?)(?:[\s-]?id)?$/iu;

/**
 * A row of a report that sums up SEVERAL activities (its count above 1, as a visual grouped by
 * theme, responsible and status counts what falls together): only one activity is named (the
 * first), and its dates are the earliest and the latest of them. Read as the one activity it names,
 * checked at the activity so the coordinator writes the others.
 */
function checkCounted(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const cell = own.find((c) => c.c === col);
  if (cell?.t !== 'n' || typeof cell.v !== 'number' || cell.v <= 1 || !Number.isInteger(cell.v)) return;
  const at = (row.cells as { activity?: string }).activity ?? a1(r, col);
  const header = oneLine(t.columns.find((m) => m.col === col)?.header ?? '');
  const n = cell.v;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'activities.activity',
    value: String(n),
    confidence: 0.5,
    reason: {
      da: `Rækken samler ${n} aktiviteter ("${header}" i ${a1(cell.r, cell.c)} er ${n}), men kun én er nævnt, og datoerne kan være den tidligste og den seneste af dem. Den er læst som én aktivitet; skriv de andre på hver sin række.`,
      en: `The row sums up ${n} activities ("${header}" in ${a1(cell.r, cell.c)} is ${n}), but only one is named, and the dates may be the earliest and the latest of them. It was read as one activity; write the others on rows of their own.`,
    },
  });
}

/** The header of a column that tells each row's half-year in a plan kept over several. */
const HALF_YEAR_HEADER = /^(?:halvår|halvaar|halvårsperiode|periode|semester|half-year|half year|period)$/iu;

/**
 * A plan lived in over several half-years on one sheet, each row's half-year in a column of its own
 * ("Halvår": F25, E25, F26, E26; "1. halvår 2026"): the rows of the half-year being reported (and
 * any planned for a later one) are the plan, the earlier ones its history (a filter may even hide
 * the current rows and show old ones). The half-year is the workbook's period where its rows have
 * it, else the latest, checked. Returns the rows of the earlier half-years, with one check at the
 * header naming how many were left out.
 */
function otherHalfYearRows(t: DetectedTable, rows: readonly number[], ctx: Ctx): ReadonlySet<number> {
  const none = new Set<number>();
  const view = t.view;
  const column = t.columns.find((c) => c.field === null && HALF_YEAR_HEADER.test(oneLine(c.header)));
  if (!column) return none;
  const byRow = new Map<number, string>();
  let filled = 0;
  for (const r of rows) {
    const cell = view.cell(r, column.col);
    if (!cell || isBlank(cell)) continue;
    filled++;
    const code = halfYearCode(displayText(cell, ctx.date1904));
    if (code !== undefined) byRow.set(r, code);
  }
  const halves = [...new Set(byRow.values())].sort();
  // Every filled cell a half-year, and more than one of them: else the column means something else.
  if (halves.length < 2 || byRow.size < filled) return none;
  const period = reportingPeriod(ctx.years);
  const current = period !== undefined && halves.includes(period) ? period : halves[halves.length - 1]!;
  // Only earlier half-years are history: a later one is planned ahead ("Periode: 2. halvår 2027" in
  // a year's plan reported at midyear), and stays in the plan.
  const out = new Set<number>();
  for (const [r, code] of byRow) if (code < current) out.add(r);
  if (out.size === 0) return none;
  const others = halves.filter((h) => h < current).join(', ');
  const othersDa = halves
    .filter((h) => h < current)
    .map(periodName)
    .join(', ');
  const header = a1(t.headerBottom, column.col);
  addCheck(ctx, {
    sheet: view.name,
    cell: header,
    field: 'activities.activity',
    value: current,
    confidence: current === period ? 0.9 : 0.6,
    reason:
      current === period
        ? {
            da: `Planen har rækker for flere halvår i kolonnen "${quote(column.header)}"; kun rækkerne for ${periodName(current)}, planens periode, er læst som aktiviteter. ${out.size} rækker for ${othersDa} er ikke læst. Ret kolonnen, hvis en af dem hører til nu.`,
            en: `The plan has rows for several half-years in the column "${quote(column.header)}"; only the rows for ${current}, the plan's period, were read as activities. ${out.size} rows for ${others} were not read. Correct the column if one of them belongs to now.`,
          }
        : {
            da: `Planen har rækker for flere halvår i kolonnen "${quote(column.header)}", og perioden er ikke angivet; kun rækkerne for det seneste, ${periodName(current)}, er læst som aktiviteter (${out.size} rækker for ${othersDa} er ikke læst). Angiv perioden på forsiden.`,
            en: `The plan has rows for several half-years in the column "${quote(column.header)}", and no period is given; only the rows for the latest, ${current}, were read as activities (${out.size} rows for ${others} were not read). Give the period on the cover.`,
          },
  });
  return out;
}

/** Words in a note on a status cell saying the status is out of date: "jeg retter status", "status skal opdateres". */
const STATUS_OUT_OF_DATE =
  /(?<![\p{L}])(?:(?:ret(?:ter)?|opdater(?:er)?|ændr(?:er)?)\s+(?:lige\s+)?(?:status(?:sen)?)|status(?:sen)?\s+(?:skal|bør|mangler\s+at)\s+(?:rettes|opdateres|ændres)|status(?:sen)?\s+er\s+(?:forkert|forældet|ikke\s+opdateret)|(?:update|fix|correct)\s+the\s+status|status\s+(?:is\s+)?(?:out\s+of\s+date|wrong))(?![\p{L}])/iu;

/**
 * A note or a comment thread on a status cell that tells another state than the cell: a reply that
 * reads as another status ("Er den holdt?" – "Ja, afholdt 4/11"), or words that the status is out of
 * date ("jeg retter status"). The status is kept as written, with a check: the later word may be
 * the note's, and only the coordinator knows.
 */
function checkStatusNote(
  t: DetectedTable,
  r: number,
  statusCol: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const status = (row.values as { status?: Status }).status;
  if (status === undefined) return;
  const notes = t.view.sheet.comments.filter((n) => n.r === r && n.c === statusCol);
  const last = notes[notes.length - 1];
  if (!last) return;
  const text = last.text.replace(/\s+/gu, ' ').trim();
  const said = notes.length > 1 ? readListValue('status', text) : undefined;
  const other = said !== undefined && said.id !== status && said.confidence >= 0.7;
  if (!other && !STATUS_OUT_OF_DATE.test(text)) return;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(r, statusCol),
    field: 'activities.status',
    value: status,
    confidence: 0.6,
    reason: {
      da: `Kommentaren på statuscellen ("${quote(text)}") siger noget andet end statussen; statussen er læst, som den står. Ret statussen, hvis kommentaren er den nyeste.`,
      en: `The comment on the status cell ("${quote(text)}") says otherwise than the status; the status was read as written. Correct the status if the comment is the latest word.`,
    },
  });
}

/** A note at the end of an activity's text that it was cancelled: "(aflyst)", "– aflyst", "(udgår)". */
const CANCELLED_AT_END =
  /\s*(?:\(\s*(?:aflyst|annulleret|udgår|udgået|droppet|cancell?ed)\s*\)|[-–—:]\s*(?:aflyst|annulleret|udgår|udgået|droppet|cancell?ed)\.?)\s*$/iu;
/** How far from a text's end such a note can start: the longest word in brackets, with room for spaces. */
const CANCELLED_TAIL = 64;
/** The words of CANCELLED_AT_END, in small letters. */
const CANCELLED_WORDS = ['aflyst', 'annulleret', 'udgår', 'udgået', 'droppet', 'cancelled', 'canceled'];

/** Whether the text, past its closing brackets, full stops and white space, ends with a word of CANCELLED_WORDS. */
function endsWithCancelledWord(text: string): boolean {
  let end = text.length;
  while (end > 0) {
    const ch = text.charCodeAt(end - 1);
    // ")" "." and white space (ASCII, NBSP and the Unicode spaces a paste brings).
    if (
      ch === 0x29 ||
      ch === 0x2e ||
      ch <= 0x20 ||
      ch === 0xa0 ||
      (ch >= 0x2000 && ch <= 0x200b) ||
      ch === 0x202f ||
      ch === 0x3000
    )
      end--;
    else break;
  }
  const tail = text.slice(Math.max(0, end - 10), end).toLowerCase();
  return CANCELLED_WORDS.some((w) => tail.endsWith(w));
}

/** A note before an activity's text that it was dropped: "UDGÅR: …", "Aflyst – …", "[Droppet] …". */
const CANCELLED_AT_START =
  /^\s*(?:[([]\s*(?:aflyst|annulleret|udgår|udgået|droppet|cancell?ed)\s*[)\]]\s*[:\-–—]?|(?:aflyst|annulleret|udgår|udgået|droppet|cancell?ed)\s*[:\-–—])\s*/iu;

/** The text after a note before it that the activity was dropped, and the note; undefined without one. */
function cancelledAtStart(text: string): { rest: string; note: string } | undefined {
  // Cheapest first: the first character that is no space or bracket is a word's first letter.
  let i = 0;
  while (i < text.length && /[\s([]/u.test(text.charAt(i))) i++;
  const first = text.charCodeAt(i) | 0x20;
  if (first !== 0x61 && first !== 0x75 && first !== 0x64 && first !== 0x63) return undefined;
  // Cheap first test: past spaces and an opening bracket, the text starts with one of the words.
  const head = text
    .slice(0, 16)
    .trimStart()
    .replace(/^[([]\s*/u, '')
    .toLowerCase();
  if (!CANCELLED_WORDS.some((w) => head.startsWith(w))) return undefined;
  const m = CANCELLED_AT_START.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  // The note alone, or before a word or two, names no activity.
  return rest.length < 8 ? undefined : { rest, note: m[0].trim() };
}

/**
 * An activity whose text ends by saying it was cancelled ("Temadag for skoleledere (aflyst)") is
 * closed, whatever status was left in its row from before: the note is the later word. The activity
 * is the text before the note; a status written otherwise is checked.
 */
function readCancelledNote(sheet: string, row: DraftRow<ActivityFields>, ctx: Ctx): void {
  const values = row.values as { activity?: string; status?: Status };
  const text = values.activity;
  // Cheap first test: past the closing brackets, full stops and spaces, the text ends with one of
  // the words above (no regular expression: a large plan's activities mostly end in a ")" of some
  // other remark, where the expression below tries every position of the tail).
  if (text === undefined || text.length < 8) return;
  let rest: string | undefined;
  let note = '';
  if (endsWithCancelledWord(text)) {
    // The note is short: it is looked for in the text's last characters only (an unanchored search
    // over a long text tries every position, and most activities end in a ")" of some other remark).
    const from = Math.max(0, text.length - CANCELLED_TAIL);
    const m = CANCELLED_AT_END.exec(from === 0 ? text : text.slice(from));
    if (m && from + m.index > 0) {
      rest = text.slice(0, from + m.index).trim();
      note = m[0].trim();
    }
  }
  if (rest === undefined) {
    // A plan carried into the next half-year: the dropped row marked before its text ("UDGÅR: …").
    const lead = cancelledAtStart(text);
    if (!lead) return;
    ({ rest, note } = lead);
  }
  const before = values.status;
  values.activity = rest;
  values.status = 'closed';
  const cells = row.cells as { status?: string; activity?: string };
  cells.status ??= cells.activity;
  if (before !== undefined && before !== 'closed' && cells.status !== undefined)
    addCheck(ctx, {
      sheet,
      cell: cells.status,
      field: 'activities.status',
      value: 'closed',
      confidence: 0.8,
      reason: {
        da: `Aktiviteten er markeret som aflyst ("${quote(note)}"), men statussen siger noget andet; den er læst som Lukket. Ret statussen, hvis den ikke er aflyst.`,
        en: `The activity is marked as cancelled ("${quote(note)}"), but its status says otherwise; it was read as Closed. Correct the status if it was not cancelled.`,
      },
    });
}

/**
 * A status written as a number that a conditional format shows as a traffic light (an icon set: 1
 * red, 2 yellow, 3 green, the number perhaps hidden): the status is the light's, by the sheet's
 * legend, else by the usual reading, checked. The issue that the number is no status is dropped.
 */
function readIconStatus(
  t: DetectedTable,
  r: number,
  statusCol: number,
  row: DraftRow<ActivityFields>,
  legend: Legend,
  ctx: Ctx,
  said: { readonly checks: number; readonly issues: number },
): void {
  const values = row.values as { status?: Status };
  if (values.status !== undefined) return;
  const icon = t.view.iconAt(r, statusCol);
  const light = icon ? iconLight(icon) : undefined;
  if (!light) return;
  const reading = readLight(light, legend, undefined);
  const at = a1(r, statusCol);
  forget(ctx, said, t.view.name, at);
  values.status = reading.status;
  (row.cells as { status?: string }).status = at;
  const cell = t.view.cell(r, statusCol);
  if (cell) t.view.useCell(cell);
  if (reading.confidence < 1) addCheck(ctx, colourCheck(t.view.name, at, reading));
}

/**
 * A row's level in the sheet's hierarchy: its outline level (rows grouped with "Data › Gruppér"),
 * or, with no row grouped, the indentation of its text in the activity column; 0 when it is in none.
 */
function outlineLevel(
  view: SheetView,
  activityCol: number | undefined,
  r: number,
  t?: DetectedTable,
): number {
  return rowLevels(view, activityCol, t)?.level(r) ?? 0;
}

/** Whether every cell of a row is an error value (#NAME?, #VALUE!, #N/A …), at least two of them. */
function onlyErrors(own: readonly GridCell[]): boolean {
  if (own.length < 2) return false;
  for (let i = 0; i < own.length; i++) if ((own[i] as GridCell).t !== 'e') return false;
  return true;
}

/**
 * Rows of error values only are no activities: named in a check at the first, so that the reader
 * knows where the plan shown there went (and reads it where its data stands, if the workbook keeps it).
 */
/**
 * A row in the template example's look (grey italics, or a grey fill) whose status says it is done
 * or closed: a finished activity set in grey, not a template's example (whose status shows how to
 * fill one in, and an example of a finished activity is rare where a greyed finished one is common;
 * reading it keeps the value, and the check below lets the coordinator delete an example in one step).
 */
function finishedFaint(own: readonly GridCell[], statusCol: number | undefined, date1904: boolean): boolean {
  if (statusCol === undefined) return false;
  const cell = own.find((x) => x.c === statusCol);
  const read = cell === undefined ? undefined : readListValue('status', displayText(cell, date1904).trim());
  return read !== undefined && read.confidence >= 0.7 && (read.id === 'done' || read.id === 'closed');
}

/** The row right under the header in grey italics, read as the template's example: no activity. */
function faintExampleCheck(sheet: string, first: GridCell): ReadCheck {
  const cell = a1(first.r, first.c);
  const shown = displayText(first, false);
  return {
    sheet,
    cell,
    field: 'activities.row',
    value: shown,
    confidence: 0.6,
    reason: {
      da: `Rækken ${first.r + 1} lige under overskriften står med grå kursiv (eller grå baggrund med kursiv eller grå skrift), som skabelonens eksempelrække, og er ikke læst som en aktivitet. Er den en rigtig aktivitet, så giv den samme skrift og baggrund som de andre rækker.`,
      en: `Row ${first.r + 1}, right under the header, is in grey italics (or on a grey fill in italic or grey text), as a template's example row, and was not read as an activity. If it is a real activity, give it the same font and fill as the other rows.`,
    },
  };
}

/** A finished row in grey italics right under the header, read as an activity though it looks like an example. */
function finishedFaintCheck(sheet: string, first: GridCell): ReadCheck {
  return {
    sheet,
    cell: a1(first.r, first.c),
    field: 'activities.row',
    value: displayText(first, false),
    confidence: 0.7,
    reason: {
      da: `Rækken ${first.r + 1} lige under overskriften står med grå kursiv som skabelonens eksempelrække, men dens status siger, at den er færdig: den er læst som en afsluttet aktivitet, gjort grå. Slet rækken, hvis den er skabelonens eksempel.`,
      en: `Row ${first.r + 1}, right under the header, is in grey italics as a template's example row, but its status says it is finished: it was read as a finished activity, greyed. Delete the row if it is the template's example.`,
    },
  };
}

function erroredRowsCheck(sheet: string, first: GridCell): ReadCheck {
  const shown = displayText(first, false);
  return {
    sheet,
    cell: a1(first.r, first.c),
    field: 'activities.row',
    value: shown,
    confidence: 0.5,
    reason: {
      da: `Rækkerne fra ${a1(first.r, first.c)} viser kun fejlværdier (${shown}): formlerne kunne ikke beregnes af det program, der sidst gemte filen, og rækkerne er ikke læst som aktiviteter. Åbn og gem filen i Excel, eller skriv aktiviteterne som værdier.`,
      en: `The rows from ${a1(first.r, first.c)} show only error values (${shown}): the program that last saved the file could not calculate their formulas, and the rows were not read as activities. Open and save the file in Excel, or write the activities as values.`,
    },
  };
}

/** The subitems under an item are its tasks: named in a check at their header, never dropped silently. */
function subitemsCheck(
  sheet: string,
  header: GridCell,
  item: DraftRow<ActivityFields> | undefined,
): ReadCheck {
  const name = String(item?.values.activity ?? '');
  return {
    sheet,
    cell: a1(header.r, header.c),
    field: 'activities.row',
    value: name,
    confidence: 0.9,
    reason: {
      da: `Rækkerne under "${displayText(header, false)}" er underelementer (opgaver) til "${name}" og er ikke læst som aktiviteter. Skal en af dem med i planen, så skriv den som en aktivitet.`,
      en: `The rows under "${displayText(header, false)}" are subitems (tasks) of "${name}" and were not read as activities. If one of them belongs in the plan, write it as an activity.`,
    },
  };
}

/**
 * A category's summary row whose figures show an error ("Ledelse | #NUM!"): left out as a summary,
 * with a check at its label, in case the row is an activity whose text a formula could not give.
 */
function brokenSummaryCheck(sheet: string, own: readonly GridCell[], broken: GridCell): ReadCheck {
  const label = own.find((c) => typeof c.v === 'string' && c.t !== 'e') ?? broken;
  const text = displayText(label, false);
  const error = String(broken.v);
  return {
    sheet,
    cell: a1(label.r, label.c),
    field: 'activities.row',
    value: text,
    confidence: 0.8,
    reason: {
      da: `Rækken "${text}" med formlen i ${a1(broken.r, broken.c)}, der viser ${error}, er læst som en opsummering af gruppen under den og ikke som en aktivitet. Er det en aktivitet, så skriv dens tekst i stedet for formlen.`,
      en: `The row "${text}" with the formula in ${a1(broken.r, broken.c)}, which shows ${error}, was read as a summary of the group below it, not as an activity. If it is an activity, write its text instead of the formula.`,
    },
  };
}

/** A task's bullet at the start of a line: "- book lokale", "– send invitation", "• tilmeld". */
const TASK_BULLET = /^[-–—•·*]\s+\S/u;

/**
 * A row under an activity whose text is a bullet ("- book lokale"), or that is grouped under the
 * activity's row (a deeper outline level), with no theme of its own, while the activity above has
 * its theme (and no bullet), is one of that activity's tasks, not an activity: left for the
 * unmapped report, as its person, date and "OK" are the task's.
 */
function isTaskUnder(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  activityCol: number,
  themeCol: number,
  above: DraftRow<ActivityFields> | undefined,
  date1904: boolean,
  /** Whether the theme column is written once per group (filldown.ts), asked only when needed. */
  onceAGroup: () => boolean,
): boolean {
  if (!above) return false;
  let text: GridCell | undefined;
  for (let i = 0; i < own.length; i++) {
    const cell = own[i] as GridCell;
    if (cell.c === themeCol) return false;
    if (cell.c === activityCol) text = cell;
  }
  if (!text || typeof text.v !== 'string') return false;
  // Rows grouped under the activity's row ("Data › Gruppér": a deeper outline level) are its tasks,
  // bullet or not; otherwise the text's first character is a bullet (cheap first test).
  const grouped =
    outlineLevel(t.view, activityCol, r, t) > outlineLevel(t.view, activityCol, above.source.row - 1, t);
  // Spaces before the bullet ("  - book lokale": a task set in) change nothing.
  const v = text.v.charCodeAt(0) === 0x20 ? text.v.trimStart() : text.v;
  if (!grouped && !'-–—•·*'.includes(v.charAt(0))) return false;
  if ((!grouped && !TASK_BULLET.test(v)) || t.view.mergeAt(r, themeCol)) return false;
  const parent = above.values.activity;
  if (parent === undefined || (!grouped && TASK_BULLET.test(parent))) return false;
  // The activity above has its theme in its own row (not from a heading over both), or, grouped
  // under it, the theme of its group written once above it.
  const parentTheme = t.view.cell(above.source.row - 1, themeCol);
  if (parentTheme !== undefined && displayText(parentTheme, date1904).trim() !== '') return true;
  return grouped && above.values.theme !== undefined && onceAGroup();
}

/**
 * An activity whose text is struck through was cancelled: it is closed, unless its status says done
 * (a list crossed off as it is done). Checked, as the strikethrough is all that says so.
 */
function readStruckOut(
  sheet: string,
  own: readonly GridCell[],
  activityCol: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): boolean {
  let struck = false;
  for (let i = 0; i < own.length; i++) {
    const cell = own[i] as GridCell;
    if (cell.c === activityCol) {
      struck = cell.strike === true;
      break;
    }
  }
  if (!struck) return false;
  const values = row.values as { status?: Status };
  if (values.status === 'done' || values.status === 'closed') return true;
  values.status = 'closed';
  const cells = row.cells as { status?: string; activity?: string };
  cells.status ??= cells.activity;
  if (cells.status === undefined) return true;
  addCheck(ctx, {
    sheet,
    cell: cells.status,
    field: 'activities.status',
    value: 'closed',
    confidence: 0.8,
    reason: {
      da: 'Aktiviteten er streget over; den er læst som aflyst (Lukket). Er den gennemført, så skriv Gennemført som status.',
      en: 'The activity is struck through; it was read as cancelled (Closed). If it was done, write Done as its status.',
    },
  });
  return true;
}

/** A header naming a period of time rather than a day: "Timeline", "Tidslinje", "Periode". */
const SPAN_HEADER =
  /^(?:timeline|tidslinje|tidsplan|periode|period|tidsrum|tidsramme|time frame|timeframe)$/iu;

/**
 * A time column beside the deadline column that no field took ("Timeline" beside "Deadline", as
 * monday.com exports a board): it holds the activity's period, "2027-02-01 - 2027-03-31".
 */
function spanColumn(t: DetectedTable): number | undefined {
  return unmappedColumn(t, SPAN_HEADER);
}

/**
 * A row's period gives its start, and its deadline where the deadline column is empty; a single
 * day in it is a deadline only where the deadline column has none. Unreadable: an issue at its cell.
 */
function readSpan(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const cell = filledCell(t, r, own, col);
  if (!cell) return;
  const values = row.values as { deadline?: string; start?: string };
  const cells = row.cells as { deadline?: string; start?: string };
  const d = readTableDate(t, ctx, 'deadline', cell);
  if (!d) return;
  const at = a1(cell.r, cell.c);
  if (d.range && values.start === undefined) {
    values.start = d.first;
    cells.start = at;
  }
  if (values.deadline === undefined) {
    values.deadline = d.last;
    cells.deadline = at;
  }
  t.view.useCell(cell);
}

/** The fields whose text may run on into the next row (a text pasted from Word or a PDF). */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['activity', 'milestone', 'responsible', 'evaluation']);
/** A text that carries on a sentence: it starts with a small letter, or with "og", "&", "+", "-". */
const CONTINUES = /^(?:\p{Ll}|[&+–-]\s)/u;

/**
 * A row right under an activity that holds only text in the text columns, each starting with a
 * small letter ("Styregruppemøde om" over "status og budget"): the rest of the row above, not an
 * activity of its own. Its texts are added to the row above, each with a check at its cell.
 */
function joinContinuation(
  t: DetectedTable,
  own: readonly GridCell[],
  colField: ReadonlyMap<number, string>,
  above: DraftRow<ActivityFields>,
  ctx: Ctx,
): boolean {
  for (const cell of own) {
    const field = colField.get(cell.c);
    if (field === undefined || !TEXT_FIELDS.has(field) || typeof cell.v !== 'string') return false;
    if (!CONTINUES.test(cell.v.trim())) return false;
  }
  // A theme's heading typed in small letters heads the rows under it: its name ("tema 2:
  // kommunikation"), or a line set out as a heading (bold, filled or merged across) that names a
  // theme by its meaning. (A line merged across that names none may be the rest of a text a PDF's
  // page break cut: it runs on.)
  const only = own.length === 1 ? (own[0] as GridCell) : undefined;
  if (only) {
    const heading = headingOf(t, own, only, (only.v as string).trim(), colField.get(only.c));
    if (heading !== undefined && heading !== 'section') return false;
  }
  const values = above.values as Record<string, string | undefined>;
  const cells = above.cells as Record<string, string | undefined>;
  // Only a row that is an activity in full (it has a date or a status) runs on; a list of bare
  // texts written in small letters is a list of activities.
  if (values.status === undefined && values.deadline === undefined && values.start === undefined)
    return false;
  for (const cell of own) {
    const field = colField.get(cell.c) as string;
    const text = displayText(cell, ctx.date1904);
    const first = values[field];
    values[field] = first === undefined || first === '' ? text : joinWrapped(first, text);
    cells[field] ??= a1(cell.r, cell.c);
    t.view.useCell(cell);
    const at = a1(cell.r, cell.c);
    addCheck(ctx, {
      sheet: t.view.name,
      cell: at,
      field: `activities.${field}`,
      value: quote(text),
      confidence: 0.9,
      reason: {
        da: `Teksten i ${at} står alene på rækken og begynder med lille bogstav: den er læst som fortsættelsen af rækken ovenfor.`,
        en: `The text in ${at} stands alone on its row and begins with a small letter: it was read as the rest of the row above.`,
      },
    });
  }
  return true;
}

/** A column headed by one status ("Ikke startet | I gang | Gennemført"), marked with an x. */
interface StatusMark {
  readonly col: number;
  readonly status: Status;
  readonly label: string;
}

const NO_STATUS_MARKS: readonly StatusMark[] = [];

/**
 * The table's status columns when the status is an x under one of several status headers (no
 * column of its own): unmapped header cells naming at least two different statuses.
 */
function statusMarkColumns(t: DetectedTable, cols: ReadonlyMap<string, number>): readonly StatusMark[] {
  const mapped = new Set(cols.values());
  const out: StatusMark[] = [];
  // The statuses are the header's last row (under a heading "Status" when it has two), bare or
  // all after one heading ("Status: Ikke startet | Status: I gang").
  let prefix: string | undefined;
  for (const cell of t.view.rowCells(t.headerBottom, t.c0, t.c1)) {
    if (mapped.has(cell.c) || typeof cell.v !== 'string') continue;
    const named = markStatus(cell.v);
    if (!named || (prefix !== undefined && named.prefix !== prefix)) continue;
    const status = named.id as Status;
    if (!out.some((m) => m.status === status)) {
      out.push({ col: cell.c, status, label: cell.v.trim() });
      prefix = named.prefix;
    }
  }
  if (out.length < 2) return NO_STATUS_MARKS;
  for (const m of out) {
    for (let r = t.headerTop; r <= t.headerBottom; r++) {
      const header = t.view.cell(r, m.col);
      if (header) t.view.useCell(header);
    }
  }
  return out;
}

/**
 * The status of a row from its marks under the status headers: one mark is that status, certain;
 * marks under two statuses are an issue at the first (never a choice between them); no mark leaves
 * the status missing, placed at the first status column. A cell holding something other than a
 * mark is an issue at its cell.
 */
function readStatusMarks(
  t: DetectedTable,
  r: number,
  marks: readonly StatusMark[],
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const view = t.view;
  const marked: { mark: StatusMark; cell: GridCell }[] = [];
  for (const m of marks) {
    const cell = view.cell(r, m.col);
    if (!cell) continue;
    const kind = markOf(cell);
    if (kind === 'mark') marked.push({ mark: m, cell });
    else if (kind === 'other') {
      ctx.issues.push(
        valueNotInList(view.name, a1(cell.r, cell.c), 'status', displayText(cell, ctx.date1904)),
      );
      continue;
    }
    view.useCell(cell);
  }
  const values = row.values as { status?: Status };
  const cells = row.cells as { status?: string };
  const first = marked[0];
  if (!first) {
    cells.status ??= a1(r, (marks[0] as StatusMark).col);
    return;
  }
  cells.status = a1(first.cell.r, first.cell.c);
  if (marked.length === 1) {
    values.status = first.mark.status;
    return;
  }
  ctx.issues.push(
    statusMarkedTwice(
      view.name,
      cells.status,
      marked.map((m) => m.mark.label),
    ),
  );
}

interface RowLayout {
  /** The status column is headed RAG: "G", "A" and "R" are its colours. */
  readonly ragColumn: boolean;
  /** A person column of a list export, whose names are written "Efternavn, Fornavn". */
  readonly personColumn?: number;
  readonly colours: ColourSource | undefined;
  readonly legend: Legend;
  readonly gantt: GanttMarks | undefined;
  readonly hasThemeColumn: boolean;
  readonly hasStatusColumn: boolean;
  readonly hasResponsibleColumn: boolean;
  readonly hasDeadlineColumn: boolean;
  readonly sheetTheme?: ThemeMatch;
}

const HEADING_WORDS = /^(?:tema|temaet|tematik|indsatsområde|fokusområde|område|theme|focus area|area)\b/u;

/**
 * Whether a row of one cell is a heading, and of which theme: a theme's name (exactly, as before),
 * or a text whose layout says heading (bold, filled, merged across, "Tema:" or numbered) and whose
 * words name a theme by meaning. A heading-like row that names no theme ("Øvrigt", "Fase 2") is a
 * section heading: no activity, and it ends the theme above it.
 */
function headingOf(
  t: DetectedTable,
  own: readonly GridCell[],
  only: GridCell,
  text: string,
  field: string | undefined,
): ThemeMatch | 'section' | undefined {
  if (typeof only.v !== 'string' || text.length > 80) return undefined;
  const exact = headingTheme(text);
  if (exact) return { theme: exact, confidence: 1 };
  const view = t.view;
  const n = normalizeText(text);
  const prefixed = HEADING_PREFIX.test(n) || HEADING_WORDS.test(n);
  const numbered = /^\s*(?:\d{1,2}[.)]|[ivx]{1,4}[.)])\s+\p{L}/iu.test(text);
  const filled =
    view.fillAt(only.r, only.c) !== undefined && lightOf(view.fillAt(only.r, only.c)) === undefined;
  const rowFilled = filled || rowFillBeside(view, only, t.c0, t.c1);
  const looksLikeHeading =
    isMergedLine(t, own) || prefixed || ((only.bold === true || rowFilled) && text.length <= 60);
  if (!looksLikeHeading && !(numbered && field !== 'activity')) return undefined;
  const bare = n
    .replace(HEADING_PREFIX, '')
    .replace(HEADING_WORDS, '')
    .replace(/^\s*[:.\-–—\d]+\s*/u, '');
  const match = themeByMeaning(bare === '' ? n : bare);
  if (match) return match;
  // Bold or merged text in a date column or a lone title: a heading of another kind.
  return looksLikeHeading && !/[.!?]$/.test(text.trim()) ? 'section' : undefined;
}

/** The row is filled across the table beside its one cell (a coloured heading band). */
function rowFillBeside(view: SheetView, only: GridCell, c0: number, c1: number): boolean {
  const fill = view.fillAt(only.r, only.c);
  // A row coloured as a traffic light is an activity's status, not a heading band.
  if (fill === undefined || lightOf(fill) !== undefined) return false;
  let same = 0;
  for (let c = c0; c <= c1; c++) if (c !== only.c && view.fillAt(only.r, c) === fill) same++;
  return same >= Math.min(2, c1 - c0);
}

/** The row's one text explains a mark or colour ("= planlagt periode" beside a swatch). */
function legendLine(own: readonly GridCell[], date1904: boolean): boolean {
  let text: GridCell | undefined;
  // An index loop (hot: every row of a table; for-of makes an object per step until optimised).
  for (let i = 0; i < own.length; i++) {
    const c = own[i] as GridCell;
    if (typeof c.v !== 'string' || isBlankText(c.v)) continue;
    if (text) return false;
    text = c;
  }
  return text !== undefined && isLegendLine(displayText(text, date1904));
}

/** How many of the plan's columns its rows fill, typically (the median over rows of two or more). */
function typicalFields(
  t: DetectedTable,
  rows: readonly number[],
  colField: ReadonlyMap<number, string>,
): number {
  const counts: number[] = [];
  for (const r of rows.slice(0, 200)) {
    const n = t.view.rowCells(r, t.c0, t.c1).filter((c) => colField.has(c.c)).length;
    if (n >= 2) counts.push(n);
  }
  counts.sort((a, b) => a - b);
  return counts[Math.floor(counts.length / 2)] ?? 0;
}

type Field = keyof ActivityFields;
type ListField = 'theme' | 'status' | 'anchoring';

/**
 * An object with the fields of `order` as keys, in that order ('' each), for readRow's cells.
 * Parsed from JSON, not grown key by key: the engine lays out a parsed object with room for all its
 * fields inside it, and so does a copy of it; an object grown from {} keeps four there and the rest
 * in a second array (every row's cells, kept in the result: ~24 bytes and an allocation per row).
 */
function shapeOf(order: readonly { field: Field; col: number }[]): Partial<Record<Field, string>> {
  const json = `{${order.map(({ field }) => `${JSON.stringify(field)}:""`).join(',')}}`;
  return JSON.parse(json) as Partial<Record<Field, string>>;
}

/** The table's activity columns, start last (a start column wins over a range's start). */
function columnsInOrder(cols: ReadonlyMap<string, number>): { field: Field; col: number }[] {
  const out: { field: Field; col: number }[] = [];
  for (const [field, col] of cols) if (field in FIELD_KEYS) out.push({ field: field as Field, col });
  return out.sort((a, b) => Number(a.field === 'start') - Number(b.field === 'start'));
}

/** field → column, in the order of `order` (the order a row's `cells` lists its fields in). */
function columnsOf(order: readonly { field: Field; col: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { field, col } of order) out[field] = col;
  return out;
}

function readRow(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  order: readonly { field: Field; col: number }[],
  cellsShape: Readonly<Partial<Record<Field, string>>>,
  rowPrototype: object,
  layout: RowLayout,
  heading: Heading | undefined,
  ctx: Ctx,
): DraftRow<ActivityFields> {
  const view = t.view;
  const sheet = view.name;
  const values: { -readonly [K in Field]?: ActivityFields[K] } = {};
  // A field's place is the row's cell in its column, made when asked for (core/draft.ts lazyRow);
  // only a row with a field placed elsewhere (a theme merged down from above, a status read from a
  // colour, remarks, Gantt marks) keeps its places, all of them, in the order of `order`.
  let cells: Partial<Record<Field, string>> | undefined;
  const placed = (): Partial<Record<Field, string>> => (cells ??= placesOnRow(order, cellsShape, r));
  let remarks: Remark[] | undefined;
  let themeCellEmpty = true;
  let statusWritten = false;

  for (let i = 0; i < order.length; i++) {
    const { field, col } = order[i] as { field: Field; col: number };
    const cell = valueCell(t, r, col, own);
    if (!cell) continue;
    if (cell.r !== r || cell.c !== col) setCell(placed(), field, a1(cell.r, cell.c));
    switch (field) {
      case 'deadline': {
        // A dash or a question mark is no date: an empty cell (a missing deadline says so); a word
        // that names none ("TBD", "Afklares") the same, with a check that says why.
        if (typeof cell.v === 'string' && namesNothing(cell.v)) {
          if (!onlyMarks(cell.v)) addCheck(ctx, placeholderCheck(sheet, a1(cell.r, cell.c), field, cell.v));
          view.useCell(cell);
          break;
        }
        // The column's day/month order and the plan's years apply; issues and checks at the cell.
        const d = readTableDate(t, ctx, 'deadline', cell);
        if (!d) break;
        values.deadline = d.last;
        if (d.range) {
          if (movedDeadline(t, cell)) addCheck(ctx, movedDeadlineCheck(sheet, cell, d.last));
          else values.start = d.first;
        }
        view.useCell(cell);
        break;
      }
      case 'start': {
        // "-" under Start: no start day (the field is optional), not an unreadable date.
        if (typeof cell.v === 'string' && namesNothing(cell.v)) {
          if (!onlyMarks(cell.v)) addCheck(ctx, placeholderCheck(sheet, a1(cell.r, cell.c), field, cell.v));
          view.useCell(cell);
          break;
        }
        const d = readTableDate(t, ctx, 'start', cell);
        if (!d) break;
        values.start = d.first;
        view.useCell(cell);
        break;
      }
      case 'theme': {
        themeCellEmpty = false;
        const id = readList(t, cell, 'theme', ctx);
        if (id) values.theme = id as Theme;
        break;
      }
      case 'status': {
        statusWritten = true;
        // A colour named in words ("Grøn", "Amber"; "G"/"A"/"R" under a RAG header) is read as the colour.
        // Under a RAG header without a legend, the words follow RAG's own meaning (green is on
        // track, not done): read with the other status words below.
        const light =
          layout.ragColumn && layout.legend.byLight.size === 0 ? undefined : colourWordOf(cell, layout);
        if (light) {
          values.status = fromColour(
            view,
            ctx,
            a1(cell.r, cell.c),
            readLight(light, layout.legend, layout.colours?.learned),
            layout,
          );
          view.useCell(cell);
          break;
        }
        // "Holdt" alone on a meeting's or an event's row: it was held, done (checked).
        if (heldMeeting(t, r, cell, order, ctx)) {
          values.status = 'done';
          view.useCell(cell);
          break;
        }
        // In other words too; words beside the status are kept in the evaluation (remarks).
        const read = readWords(t, cell, 'status', ctx);
        if (read) values.status = read.id as Status;
        if (read?.rest !== undefined) (remarks ??= []).push(remark('status', read.rest, cell));
        break;
      }
      case 'anchoring': {
        const read = readWords(t, cell, 'anchoring', ctx);
        if (read) values.anchoring = read.id as Anchoring;
        if (read?.rest !== undefined) (remarks ??= []).push(remark('anchoring', read.rest, cell));
        break;
      }
      case 'activity':
      case 'milestone':
      case 'responsible':
      case 'evaluation': {
        // An error value (#N/A, #REF!, or its text where a program kept it as text) is no text: it
        // stays in the unmapped report, and a required value's message says what the cell shows.
        if (showsError(cell)) break;
        const written = withoutOwnLabel(displayText(cell, ctx.date1904), field);
        // Punctuation spoken to voice typing ("forældre komma lærere"), written as marks, checked.
        const spoken = spokenPunctuation(written);
        if (spoken !== undefined)
          addCheck(ctx, spokenCheck(sheet, a1(cell.r, cell.c), field, written, spoken));
        const labelled = withoutScanRule(spoken ?? written);
        const text =
          field === 'responsible'
            ? withoutAssignmentUnits(
                withoutRecipientAddress(withoutMentions(withoutListBrackets(withoutClosingStop(labelled)))),
              )
            : labelled;
        // An export's empty list of people ("[]"): no one named, the field empty.
        if (text === '' && labelled !== '') {
          view.useCell(cell);
          break;
        }
        const value = field === 'responsible' && col === layout.personColumn ? personName(text) : text;
        // The whole activity as labelled lines in its cell ("Tema: …⏎Akt.: …⏎Ansv.: …⏎Frist: …⏎Status:
        // …"): each line gives its field, where no column of the table gives it.
        const card = field === 'activity' ? activityCard(value) : undefined;
        if (card) {
          const read = readCard(t, cell, card, order, values, placed, ctx);
          if (read.theme) themeCellEmpty = false;
          if (read.status) statusWritten = true;
          for (const rest of read.remarks) (remarks ??= []).push(rest);
          view.useCell(cell);
          break;
        }
        // An activity cell with the responsible on a line of its own ("…\nAnsvarlig: Lars Holt", a
        // table pasted from Word) gives both, when no column gives the responsible.
        const who = field === 'activity' ? responsibleLine(value) : undefined;
        if (who && !order.some((o) => o.field === 'responsible')) {
          values.activity = who.rest;
          values.responsible = who.name;
          placed().responsible = a1(cell.r, cell.c);
          view.useCell(cell);
          break;
        }
        // A placeholder ("-", "?", "TBD", "Ikke afklaret") names no one and nothing: the field is
        // read as empty (the rules then say what is missing), with a check that says why.
        if (field !== 'activity' && namesNothing(value)) {
          addCheck(ctx, placeholderCheck(sheet, a1(cell.r, cell.c), field, value));
          view.useCell(cell);
          break;
        }
        if (field === 'activity') {
          // "Ledelse: Styregruppemøde (ansvar: Lars Holt) – i gang" in a table with no column for
          // the theme, the responsible or the status: each read from the activity's text.
          let rest = value;
          let inText = false;
          const named = layout.hasThemeColumn ? undefined : themePrefixed(rest);
          if (named) {
            rest = named.rest;
            values.theme = named.theme;
            placed().theme = a1(cell.r, cell.c);
            themeCellEmpty = false;
            inText = true;
            if (named.confidence < 1)
              addCheck(
                ctx,
                themeCheck(sheet, a1(cell.r, cell.c), named.name, named.theme, named.confidence, 'cell'),
              );
          }
          const tail = layout.hasStatusColumn ? undefined : statusTail(rest);
          if (tail) {
            rest = tail.rest;
            values.status = tail.status;
            placed().status = a1(cell.r, cell.c);
            statusWritten = true;
            inText = true;
            if (tail.confidence < 1) addCheck(ctx, statusTailCheck(sheet, a1(cell.r, cell.c), tail));
          }
          const due =
            layout.hasDeadlineColumn || layout.gantt !== undefined
              ? undefined
              : deadlineTail(rest, ctx, sheet);
          if (due) {
            rest = due.rest;
            values.deadline = due.reading.last;
            if (due.reading.range) values.start = due.reading.first;
            placed().deadline = a1(cell.r, cell.c);
            inText = true;
            if (due.reading.yearSupplied || !due.reading.exact || due.reading.approximate)
              addCheck(ctx, deadlineTailCheck(sheet, a1(cell.r, cell.c), due.written, due.reading.last));
          }
          const owner = layout.hasResponsibleColumn ? undefined : responsibleTail(rest);
          if (owner) {
            rest = owner.rest;
            values.responsible = owner.name;
            placed().responsible = a1(cell.r, cell.c);
            inText = true;
          }
          if (inText) {
            values.activity = rest;
            view.useCell(cell);
            break;
          }
        }
        // Named stores (see setCell), not values[field].
        if (field === 'activity') {
          // Several activities as a bullet list in one cell (a Word table's cell): kept together, checked.
          const list = bulletList(value);
          values.activity = list?.joined ?? value;
          if (list) addCheck(ctx, bulletListCheck(sheet, a1(cell.r, cell.c), list.items));
        } else if (field === 'milestone') values.milestone = value;
        else if (field === 'responsible') {
          // Handed over in the period ("Anne Holm (til 31/8) → Jens Lund"): the one after, checked.
          const next = handedOver(value);
          // Initials ("KM") the workbook's list of staff explains ("KM | Kirsten Mogensen"): the name.
          const known = INITIALS.test(value) ? ctx.initials?.().get(value) : undefined;
          values.responsible = known?.name ?? next?.name ?? value;
          if (known !== undefined && !(ctx.initialsTold ??= new Set()).has(value)) {
            ctx.initialsTold.add(value);
            addCheck(ctx, initialsCheck(sheet, a1(cell.r, cell.c), value, known));
          }
          if (next) addCheck(ctx, handoverCheck(sheet, a1(cell.r, cell.c), value, next.name));
        } else values.evaluation = value;
        view.useCell(cell);
        break;
      }
    }
  }
  if (remarks) keepRemarks(values, placed, remarks);
  if (themeCellEmpty && values.theme === undefined && heading) {
    values.theme = heading.theme;
    if (!layout.hasThemeColumn || heading.above) placed().theme = heading.cell;
  }
  if (themeCellEmpty && values.theme === undefined && layout.sheetTheme)
    values.theme = layout.sheetTheme.theme;
  // No status in words: the colour of its cell (or of the activity, or the row) is the status.
  if (!statusWritten && values.status === undefined && layout.colours) {
    const hex = layout.colours.at(r);
    const reading = hex === undefined ? undefined : readColour(hex, layout.legend, layout.colours.learned);
    if (reading) {
      const col = layout.colours.col ?? own[0]?.c ?? t.c0;
      const at = a1(r, col);
      placed().status = at;
      values.status = fromColour(view, ctx, at, reading, layout);
    }
  }
  if (layout.gantt) readGantt(t, r, layout.gantt, values, placed, ctx);
  const source = { sheet, row: r + 1 };
  return cells === undefined
    ? lazyRow<ActivityFields>(rowPrototype, values, source)
    : { values, source, cells };
}

/**
 * A row with no week of its own under a week's row in a week calendar: another activity of that
 * week. Its deadline is read from the week above, with a check at the row's first cell.
 */
function inWeekAbove(
  t: DetectedTable,
  own: readonly GridCell[],
  row: DraftRow<ActivityFields>,
  week: GridCell,
  ctx: Ctx,
): DraftRow<ActivityFields> {
  const values = row.values as { start?: string; deadline?: string };
  if (values.deadline !== undefined || values.start !== undefined) return row;
  const d = readTableDate(t, ctx, 'deadline', week);
  if (!d) return row;
  const at = a1(week.r, week.c);
  const cells: Record<string, string> = {};
  forEachFieldCell(row, (cell, field) => (cells[field] = cell));
  cells.deadline = at;
  const first = own[0] ?? week;
  const text = displayText(week, ctx.date1904).trim();
  addCheck(ctx, {
    sheet: t.view.name,
    cell: a1(first.r, first.c),
    field: 'activities.deadline',
    value: quote(text),
    confidence: 0.9,
    reason: {
      da: `Rækken har ingen uge: aktiviteten er læst som en del af uge ${text} på rækken ovenfor (${at}).`,
      en: `The row has no week: the activity was read as part of week ${text} on the row above (${at}).`,
    },
  });
  return { values: { ...row.values, deadline: d.last }, source: row.source, cells };
}

/** "Holdt" (held) alone as a status. */
const HELD = /^\s*(?:er\s+)?holdt\s*[.!]*\s*$/iu;
/** Words of a meeting or an event, which is held ("Dialogmøde", "Temadag", "Kursus", "Workshop"). */
const MEETING =
  /(?:møde|temadag|kursus|konference|workshop|seminar|arrangement|oplæg|fokusgruppe|netværk|kick-?off|event|undervisning|session|samling|træf|webinar|dag)(?:e|er|et|en|erne|s)?(?![\p{L}])/iu;

/**
 * A status "Holdt" on the row of a meeting or an event is done: the meeting was held, as
 * "Afholdt" says. Read with a check; on another row "Holdt" is left to the usual reading (no status).
 */
function heldMeeting(
  t: DetectedTable,
  r: number,
  cell: GridCell,
  order: readonly { field: Field; col: number }[],
  ctx: Ctx,
): boolean {
  if (typeof cell.v !== 'string' || !HELD.test(cell.v)) return false;
  const col = order.find((o) => o.field === 'activity')?.col;
  const activity = col === undefined ? undefined : t.view.cell(r, col);
  if (!activity || !MEETING.test(displayText(activity, ctx.date1904))) return false;
  const at = a1(cell.r, cell.c);
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'activities.status',
    value: quote(cell.v.trim()),
    confidence: 0.9,
    reason: {
      da: `"${quote(cell.v.trim())}" i ${at} er læst som Gennemført: mødet eller arrangementet er holdt.`,
      en: `"${quote(cell.v.trim())}" in ${at} was read as Done: the meeting or event has been held.`,
    },
  });
  return true;
}

/** The check on a responsible handed over in the period: the one after is read, the cell kept. */
/** Initials read as the name a list of staff in the workbook gives them: told once per initials. */
function initialsCheck(sheet: string, cell: string, written: string, known: Initials): ReadCheck {
  return {
    sheet,
    cell,
    field: 'activities.responsible',
    value: known.name,
    confidence: 0.9,
    reason: {
      da: `"${quote(written)}" er læst som ${known.name}, som listen på arket '${known.sheet}' (${known.cells[0]}) forklarer forbogstaverne. Ret det, hvis det er en anden.`,
      en: `"${quote(written)}" was read as ${known.name}, as the list on the sheet '${known.sheet}' (${known.cells[0]}) explains the initials. Correct it if it is someone else.`,
    },
  };
}

function handoverCheck(sheet: string, cell: string, written: string, name: string): ReadCheck {
  return {
    sheet,
    cell,
    field: 'activities.responsible',
    value: name,
    confidence: 0.8,
    reason: {
      da: `"${quote(written)}" er læst som overdraget i perioden: ${name} er læst som ansvarlig nu. Ret det, hvis det er den første.`,
      en: `"${quote(written)}" was read as handed over in the period: ${name} was read as responsible now. Correct it if it is the first.`,
    },
  };
}

/** A check at a card whose labelled lines lost their breaks (cards.ts): each was cut at its label. */
function gluedCardCheck(sheet: string, cell: string, card: ActivityCard): ReadCheck {
  const activity = card.fields.activity ?? '';
  return {
    sheet,
    cell,
    field: 'activities.activity',
    value: activity,
    confidence: 0.85,
    reason: {
      da: `Cellens oplysninger står uden linjeskift imellem; de er delt ved hver overskrift, og aktiviteten er læst som "${quote(activity)}". Tjek det, og sæt hver oplysning på sin egen linje.`,
      en: `The cell's facts stand with no line break between them; they were split at each label, and the activity was read as "${quote(activity)}". Check it, and put each fact on a line of its own.`,
    },
  };
}

/**
 * The fields of an activity written as labelled lines in one cell (cards.ts), each read as its own
 * column's value would be (a theme, a status in the coordinator's words, a date of the plan's years),
 * and placed at the cell. A field a column of the table gives is left to that column.
 */
function readCard(
  t: DetectedTable,
  cell: GridCell,
  card: ActivityCard,
  order: readonly { field: Field; col: number }[],
  values: { -readonly [K in Field]?: ActivityFields[K] },
  placed: () => Partial<Record<Field, string>>,
  ctx: Ctx,
): { theme: boolean; status: boolean; remarks: Remark[] } {
  const at = a1(cell.r, cell.c);
  const line = (text: string): GridCell => ({ r: cell.r, c: cell.c, t: 's', v: text });
  const out = { theme: false, status: false, remarks: [] as Remark[] };
  if (card.glued) addCheck(ctx, gluedCardCheck(t.view.name, at, card));
  for (const [field, text] of Object.entries(card.fields) as [CardField, string][]) {
    if (field !== 'activity' && order.some((o) => o.field === field)) continue;
    switch (field) {
      case 'activity':
        values.activity = text;
        break;
      case 'milestone':
        values.milestone = text;
        placed().milestone = at;
        break;
      case 'responsible': {
        const next = handedOver(text);
        values.responsible = next?.name ?? text;
        placed().responsible = at;
        if (next) addCheck(ctx, handoverCheck(t.view.name, at, text, next.name));
        break;
      }
      case 'theme': {
        out.theme = true;
        const id = readList(t, line(text), 'theme', ctx);
        if (id) values.theme = id as Theme;
        placed().theme = at;
        break;
      }
      case 'status': {
        out.status = true;
        const read = readWords(t, line(text), 'status', ctx);
        if (read) values.status = read.id as Status;
        if (read?.rest !== undefined) out.remarks.push(remark('status', read.rest, cell));
        placed().status = at;
        break;
      }
      case 'start':
      case 'deadline': {
        if (namesNothing(text)) {
          if (!onlyMarks(text)) addCheck(ctx, placeholderCheck(t.view.name, at, field, text));
          break;
        }
        const d = readTableDate(t, ctx, field, line(text));
        if (!d) break;
        if (field === 'start') values.start = d.first;
        else values.deadline = d.last;
        placed()[field] = at;
        if (field === 'deadline' && d.range && card.fields.start === undefined) {
          values.start = d.first;
          placed().start = at;
        }
        break;
      }
    }
  }
  return out;
}

const RESPONSIBLE_LINE = /^\s*(?:ansvarlig|ansvar|tovholder|responsible|owner)\s*:\s*(\S.*?)\s*$/iu;

/**
 * The responsible given on a line of its own in a cell of several lines ("Ansvarlig: Lars Holt"),
 * and the cell's other lines; undefined for a cell of one line (the cheap first test) or none such.
 */
export function responsibleLine(text: string): { name: string; rest: string } | undefined {
  if (!text.includes('\n')) return undefined;
  const lines = text.split(/\r?\n/u);
  const at = lines.findIndex((l) => RESPONSIBLE_LINE.test(l));
  if (at < 0) return undefined;
  const name = RESPONSIBLE_LINE.exec(lines[at] as string)?.[1];
  const rest = lines
    .filter((_, i) => i !== at)
    .join('\n')
    .trim();
  if (name === undefined || rest === '') return undefined;
  return { name, rest };
}

/** Every field's place on row r, in its column (what a lazy row's `cells` makes). */
function placesOnRow(
  order: readonly { field: Field; col: number }[],
  cellsShape: Readonly<Partial<Record<Field, string>>>,
  r: number,
): Partial<Record<Field, string>> {
  // A copy of the shape has every field already, in the same order, in one allocation.
  const cells: Partial<Record<Field, string>> = { ...cellsShape };
  for (let i = 0; i < order.length; i++) {
    const { field, col } = order[i] as { field: Field; col: number };
    setCell(cells, field, a1(r, col));
  }
  return cells;
}

/** A status read from a colour, with a check unless a legend says it exactly. */
function fromColour(
  view: SheetView,
  ctx: Ctx,
  at: string,
  reading: ColourReading,
  layout: RowLayout,
): Status {
  if (reading.confidence < 1) {
    const entry = reading.light === undefined ? undefined : layout.legend.byLight.get(reading.light);
    addCheck(ctx, colourCheck(view.name, at, reading, entry ? `${entry.sheet}!${entry.cell}` : undefined));
  }
  return reading.status;
}

/** The light a status cell names in words; single letters only under a RAG header. */
function colourWordOf(cell: GridCell, layout: RowLayout): ReturnType<typeof lightWord> {
  if (typeof cell.v !== 'string') return undefined;
  return lightWord(cell.v, layout.ragColumn);
}

// --- Lists exported from SharePoint / Microsoft Lists -------------------------------------------------

/**
 * The responsible column holds people as a list tool writes them ("Hansen, Mette"; several
 * separated by ";") when its header says "(Person)" or the table is a list export (two or more of the
 * columns such a tool adds by itself: Oprettet, Ændret af, ID …).
 */
function personColumn(t: DetectedTable, col: number | undefined): { personColumn?: number } {
  if (col === undefined) return {};
  const header = t.columns.find((c) => c.col === col)?.header ?? '';
  const exported = t.info.filter((i) => isListMetadataHeader(i.header)).length >= 2;
  return exported || /\(\s*(?:person|personer|people|user|bruger)\s*\)/iu.test(header)
    ? { personColumn: col }
    : {};
}

const LAST_FIRST =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*),\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)$/u;

/**
 * "Hansen, Mette" → "Mette Hansen": a list tool writes a person "Efternavn, Fornavn", and the plan
 * names people as they are spoken (as every other plan does), so the summary lists them alike.
 * Only a column known to hold people is turned (a "Koordinator, leder" elsewhere is two roles); a
 * value that is not "Name, Name" in every part is kept as written.
 */
/**
 * A cell pasted from a Word table or a slide often repeats its column's name before the value, on a
 * line of its own ("Ansvarlig:⏎Lars Holt") or on the same line ("Ansvarlig: Lars Holt" under
 * "Ansvarlig"): that label is the field's own, not part of the value. Only a label ending in a colon
 * that is exactly a name of this same field is dropped, and only with a value after it.
 */
export function withoutOwnLabel(text: string, field: string): string {
  const colon = text.indexOf(':');
  // The cheap first test: no colon, or one too far in to end a label.
  if (colon < 1 || colon > 40) return text;
  // On a line of its own the label ends the line; on the same line the text is that one line (a
  // card of labelled lines, "Aktivitet: …⏎Ansvarlig: …", is read line by line elsewhere).
  const nl = text.indexOf('\n');
  if (nl >= 0 && (nl < colon || text.slice(colon + 1, nl).trim() !== '')) return text;
  const rest = text.slice(colon + 1).trim();
  if (rest === '' || !isExactTerm('activities', field, text.slice(0, colon).trim())) return text;
  return rest;
}

function placeholderCheck(sheet: string, cell: string, field: string, text: string): ReadCheck {
  const what = {
    responsible: { da: 'ingen ansvarlig', en: 'no one responsible' },
    milestone: { da: 'ingen milepæl', en: 'no milestone' },
    evaluation: { da: 'ingen evaluering', en: 'no evaluation' },
  }[field as 'responsible' | 'milestone' | 'evaluation'] ?? { da: 'ingen værdi', en: 'no value' };
  return {
    sheet,
    cell,
    field: `activities.${field}`,
    value: quote(text),
    confidence: 0.9,
    reason: {
      da: `"${quote(text)}" nævner ${what.da}: feltet er læst som tomt. Skriv det, når det er afklaret.`,
      en: `"${quote(text)}" names ${what.en}: the field was read as empty. Write it in once it is decided.`,
    },
  };
}

export function personName(text: string): string {
  const parts = text.split(/\s*;\s*/).filter((p) => p !== '');
  const turned = parts.map((p) => {
    const m = LAST_FIRST.exec(p.trim());
    return m ? `${m[2] ?? ''} ${m[1] ?? ''}` : undefined;
  });
  return turned.every((p) => p !== undefined) && turned.length > 0 ? turned.join('; ') : text;
}

// --- Gantt charts ------------------------------------------------------------------------------------

interface GanttMarks {
  /** Columns whose fill is shading (the same colour down the column, used by no other period). */
  readonly shaded: ReadonlySet<number>;
  /** The fill of the row outside the chart (banding), which is no mark. */
  readonly base: (r: number) => string | undefined;
  /**
   * The table has no activity column: a text written under a period (an årshjul's activity in the
   * cell of its month, merged across the months it runs) is the activity and marks its periods.
   */
  readonly textBars: boolean;
  used: boolean;
}

function ganttMarks(
  t: DetectedTable,
  rows: readonly number[],
  activityCol: number | undefined,
): GanttMarks | undefined {
  const gantt = t.gantt;
  if (!gantt) return undefined;
  const view = t.view;
  const ganttCols = new Set(gantt.columns.map((g) => g.col));
  const colourCols = new Map<string, Set<number>>();
  const shadedCandidates: number[] = [];
  for (const g of gantt.columns) {
    const fills = rows.map((r) => view.fillAt(r, g.col)).filter((f): f is string => f !== undefined);
    for (const f of new Set(fills)) {
      const set = colourCols.get(f) ?? new Set<number>();
      set.add(g.col);
      colourCols.set(f, set);
    }
    const first = fills[0];
    if (
      rows.length >= 4 &&
      first !== undefined &&
      fills.length >= rows.length * 0.8 &&
      fills.every((f) => f === first)
    ) {
      shadedCandidates.push(g.col);
    }
  }
  const shaded = new Set(
    shadedCandidates.filter((c) => {
      const f = view.fillAt(rows[0] ?? 0, c);
      return f !== undefined && (colourCols.get(f)?.size ?? 0) === 1;
    }),
  );
  const base = (r: number): string | undefined => {
    if (activityCol !== undefined && view.cell(r, activityCol)) return view.fillAt(r, activityCol);
    const other = view.rowCells(r, t.c0, t.c1).find((c) => !ganttCols.has(c.c));
    return other ? view.fillAt(r, other.c) : undefined;
  };
  return { shaded, base, textBars: activityCol === undefined, used: false };
}

/** A day of the month after an activity written under its month ("Dialogmøde d. 14.", "… den 3."). */
const DAY_AFTER_TEXT = /^(.*\p{L}.*?)[\s,–-]+(?:d\.|den)\s*(\d{1,2})\.?$/u;

/**
 * An activity written as text under the periods of a chart with no activity column: the text (a
 * day of the month after it taken off) and the period columns its cell covers, merged or not.
 */
function textBar(
  t: DetectedTable,
  r: number,
  columns: readonly GanttColumn[],
  date1904: boolean,
):
  | { cell: GridCell; text: string; day?: number; cols: readonly GanttColumn[]; others: GridCell[] }
  | undefined {
  const view = t.view;
  let found:
    | { cell: GridCell; text: string; day?: number; cols: readonly GanttColumn[]; others: GridCell[] }
    | undefined;
  for (const g of columns) {
    const cell = view.cell(r, g.col);
    if (!cell || typeof cell.v !== 'string') continue;
    const raw = displayText(cell, date1904).trim();
    if (!/\p{L}.*\p{L}.*\p{L}/u.test(raw) || markOf(cell) !== 'other') continue;
    // A second text on the row: another activity in the same row, which one row cannot hold.
    if (found) {
      found.others.push(cell);
      continue;
    }
    const merge = view.mergeAt(r, g.col);
    const covered = merge ? columns.filter((x) => x.col >= merge.s.c && x.col <= merge.e.c) : [g];
    const m = DAY_AFTER_TEXT.exec(raw);
    const day = m && covered.length === 1 ? Number(m[2]) : undefined;
    found =
      m && day !== undefined && day >= 1 && day <= Number(g.end.slice(8, 10))
        ? { cell, text: (m[1] ?? '').trim(), day, cols: covered, others: [] }
        : { cell, text: raw, cols: covered, others: [] };
  }
  return found;
}

/**
 * The bars of a row beside an activity column that carry a status as their text ("I gang – 2 af 4
 * moduler" inside a bar merged across its months): each with the period columns its cell covers.
 */
function statusBars(
  t: DetectedTable,
  r: number,
  columns: readonly GanttColumn[],
  date1904: boolean,
): { cell: GridCell; cols: readonly GanttColumn[] }[] {
  const view = t.view;
  const out: { cell: GridCell; cols: readonly GanttColumn[] }[] = [];
  for (const g of columns) {
    const cell = view.cell(r, g.col);
    // Cheap first: a text of three letters or more that is no mark.
    if (!cell || typeof cell.v !== 'string' || !/\p{L}.*\p{L}.*\p{L}/u.test(cell.v)) continue;
    if (markOf(cell) !== 'other') continue;
    if (readListValue('status', displayText(cell, date1904)) === undefined) continue;
    const merge = view.mergeAt(r, g.col);
    out.push({ cell, cols: merge ? columns.filter((x) => x.col >= merge.s.c && x.col <= merge.e.c) : [g] });
  }
  return out;
}

/** The check on a second activity written in the period columns of a row that already has one. */
function secondBarCheck(sheet: string, cell: GridCell, first: string, date1904: boolean): ReadCheck {
  const at = a1(cell.r, cell.c);
  const text = quote(displayText(cell, date1904).trim());
  return {
    sheet,
    cell: at,
    field: 'activities.activity',
    value: text,
    confidence: 0.5,
    reason: {
      da: `"${text}" i ${at} står på samme række som "${quote(first)}": kun den første er læst som rækkens aktivitet. Skriv hver aktivitet på sin egen række.`,
      en: `"${text}" in ${at} is on the same row as "${quote(first)}": only the first was read as the row's activity. Write each activity on a row of its own.`,
    },
  };
}

/** Start and deadline from the periods a row marks (an x or a fill); written dates win. */
function readGantt(
  t: DetectedTable,
  r: number,
  marks: GanttMarks,
  values: { -readonly [K in Field]?: ActivityFields[K] },
  placed: () => Partial<Record<Field, string>>,
  ctx: Ctx,
): void {
  const gantt = t.gantt;
  if (!gantt) return;
  const view = t.view;
  const base = marks.base(r);
  const bar =
    marks.textBars && values.activity === undefined ? textBar(t, r, gantt.columns, ctx.date1904) : undefined;
  if (bar) {
    values.activity = bar.text;
    placed().activity = a1(r, bar.cell.c);
    view.useCell(bar.cell);
    for (const other of bar.others) addCheck(ctx, secondBarCheck(view.name, other, bar.text, ctx.date1904));
  }
  // Beside an activity column, a bar whose text is a status ("I gang", "Færdig" written inside the
  // merged bar) marks the periods its cell covers, and gives the status where no column does.
  const labelled = marks.textBars ? [] : statusBars(t, r, gantt.columns, ctx.date1904);
  const barCols = new Set([...(bar?.cols ?? []), ...labelled.flatMap((l) => l.cols)].map((g) => g.col));
  const label = labelled[0];
  if (label && values.status === undefined) {
    const read = readWords(t, label.cell, 'status', ctx);
    if (read) {
      values.status = read.id as Status;
      placed().status = a1(r, label.cell.c);
      if (read.rest !== undefined) keepRemarks(values, placed, [remark('status', read.rest, label.cell)]);
    }
  }
  const marked = gantt.columns.filter((g) => {
    if (barCols.has(g.col)) return true;
    const cell = view.cell(r, g.col);
    // An x, ✓, ● or 1 (never another number: "500" under a month is an amount, not a mark).
    if (cell)
      return markOf(cell) === 'mark' || (typeof cell.v === 'string' && /^\D{1,3}$/u.test(cell.v.trim()));
    const fill = view.fillAt(r, g.col);
    return fill !== undefined && fill !== base && !marks.shaded.has(g.col);
  });
  const first = marked[0];
  const last = marked[marked.length - 1];
  if (!first || !last) return;
  marks.used = true;
  for (const g of marked) view.useCell(view.cell(r, g.col));
  // A merged bar is read at its first cell, where its text is.
  const firstAt = a1(r, first.col);
  const lastBar = [...(bar ? [bar] : []), ...labelled].find((b) => b.cols.some((g) => g.col === last.col));
  const lastAt = lastBar ? a1(r, lastBar.cell.c) : a1(r, last.col);
  if (bar?.day !== undefined && values.deadline === undefined) {
    // "… d. 14." under one month: that day of the month, the only date the row gives.
    values.deadline = `${last.end.slice(0, 8)}${String(bar.day).padStart(2, '0')}`;
    placed().deadline = lastAt;
    return;
  }
  // A text bar under one month (an activity's, or a status's beside the activity) is that month
  // (the deadline alone), as a month written in a date column.
  if (values.start === undefined && !(first === last && barCols.has(first.col))) {
    values.start = first.start;
    placed().start = firstAt;
    if (!gantt.yearKnown) {
      addCheck(
        ctx,
        ganttYearCheck(
          view.name,
          firstAt,
          'start',
          first.start,
          Number(first.start.slice(0, 4)),
          gantt.yearFrom ?? '',
        ),
      );
    }
  }
  if (values.deadline === undefined) {
    values.deadline = last.end;
    placed().deadline = lastAt;
    if (!gantt.yearKnown) {
      addCheck(
        ctx,
        ganttYearCheck(
          view.name,
          lastAt,
          'deadline',
          last.end,
          Number(last.end.slice(0, 4)),
          gantt.yearFrom ?? '',
        ),
      );
    }
  }
}

/** A theme, or an issue quoting what was written. */
function readList(t: DetectedTable, cell: GridCell, list: ListField, ctx: Ctx): string | undefined {
  const text = displayText(cell, ctx.date1904);
  const id =
    list === 'theme' ? (headingTheme(text) ?? matchListValue(list, text)) : matchListValue(list, text);
  if (id === undefined && list === 'theme') {
    // A theme written as a code ("T3") that the workbook explains ("T3 | Inddragelse").
    const code = codeKey(text);
    const coded = code === undefined ? undefined : ctx.themeCodes?.().get(code);
    if (coded) {
      // A legend that names the theme in its own words: read by meaning, and checked.
      if (coded.confidence < 1)
        addCheck(
          ctx,
          themeCheck(
            t.view.name,
            a1(cell.r, cell.c),
            `${text} = ${coded.written}`,
            coded.theme,
            coded.confidence,
            'cell',
          ),
        );
      t.view.useCell(cell);
      return coded.theme;
    }
  }
  if (id === undefined && list === 'theme') {
    // A theme in other words and orders ("Kultur og arbejdsproces"): matched by meaning, and checked.
    const meant = themeByMeaning(text);
    if (meant) {
      if (meant.confidence < 1) {
        addCheck(
          ctx,
          themeCheck(t.view.name, a1(cell.r, cell.c), text, meant.theme, meant.confidence, 'cell'),
        );
      }
      t.view.useCell(cell);
      return meant.theme;
    }
  }
  if (id === undefined && list === 'theme') {
    const several = themesListed(text);
    if (several) {
      const at = a1(cell.r, cell.c);
      addCheck(ctx, severalThemesCheck(t.view.name, at, text, several));
      t.view.useCell(cell);
      return several[0];
    }
  }
  if (id === undefined && list === 'theme') {
    // "lnddragelse": a capital I read as a small l (a scanned plan's OCR), read with the I, checked.
    const withI = text.length > 80 ? undefined : capitalIForL(text);
    const hit = withI === undefined ? undefined : (matchListValue('theme', withI) as Theme | undefined);
    if (hit) {
      addCheck(ctx, themeCheck(t.view.name, a1(cell.r, cell.c), text, hit, 0.8, 'cell'));
      t.view.useCell(cell);
      return hit;
    }
  }
  if (id === undefined) {
    ctx.issues.push(valueNotInList(t.view.name, a1(cell.r, cell.c), list, text));
    return undefined;
  }
  t.view.useCell(cell);
  return id;
}

/**
 * "Inddragelse, Kommunikation": several themes in one cell, as a form's checkbox question joins the
 * boxes ticked (", " or "; "; a theme's own comma, "Organisering, roller og ansvar", stays in it).
 * Every part must be a theme, except where two or more themes are named among a database's tags
 * ("Kommunikation, Inddragelse, Forældre": the tags that name no theme are left out). An activity
 * has one theme: the caller takes the first, checked.
 */
export function themesListed(text: string): Theme[] | undefined {
  if (!/[,;]/u.test(text)) return undefined;
  const parts = text.split(/\s*[,;]\s*/u).filter((p) => p.trim() !== '');
  const ids: Theme[] = [];
  let acc = '';
  let tags = false;
  for (const part of parts) {
    const joined = acc === '' ? part : `${acc}, ${part}`;
    let hit = matchListValue('theme', joined);
    if (hit === undefined && acc !== '') {
      // What came before is no theme (a tag); the part may be one on its own.
      hit = matchListValue('theme', part);
      if (hit !== undefined) tags = true;
    }
    if (hit !== undefined) {
      ids.push(hit as Theme);
      acc = '';
    } else acc = joined;
  }
  if (acc !== '') tags = true;
  return ids.length >= 2 && (!tags || new Set(ids).size >= 2) ? ids : undefined;
}

function severalThemesCheck(
  sheet: string,
  cell: string,
  written: string,
  themes: readonly Theme[],
): ReadCheck {
  const first = themeLabel(themes[0] as Theme);
  return {
    sheet,
    cell,
    field: 'activities.theme',
    value: `${written} → ${first}`,
    confidence: 0.6,
    reason: {
      da: `"${written}" nævner ${themes.length} indsatsområder; en aktivitet hører til ét, og det første ("${first}") er læst. Vælg det, aktiviteten hører mest til.`,
      en: `"${written}" names ${themes.length} focus areas; an activity belongs to one, and the first ("${first}") was read. Choose the one the activity belongs to most.`,
    },
  };
}

/**
 * A status or anchoring in the coordinator's own words (a check at the cell when it is a
 * judgement), or an issue quoting what was written.
 */
function readWords(
  t: DetectedTable,
  cell: GridCell,
  list: 'status' | 'anchoring',
  ctx: Ctx,
): ListReading | undefined {
  const options = memo(ctx, t, list === 'status' ? 'list.status' : 'list.anchoring', listOptions);
  const read = readListCell(ctx, t.view.name, cell, list, options);
  if (read) t.view.useCell(cell);
  return read;
}

/** Words written beside a status or anchoring, kept in the evaluation. */
interface Remark {
  readonly label: string;
  readonly text: string;
  readonly cell: GridCell;
}

const EVALUATION_LABEL = { da: 'Evaluering af resultat', en: 'Evaluation of result' };

/** How a table's status and anchoring columns are read (made once per table: hot). */
function listOptions(t: DetectedTable, key: string): ListCellOptions {
  const list = key === 'list.status' ? 'status' : 'anchoring';
  const column = t.columns.find((m) => m.field === list);
  const header = column?.header;
  return {
    field: `activities.${list}`,
    ...(header !== undefined ? { header } : {}),
    restGoesTo: EVALUATION_LABEL,
    ...(list === 'status' && column && sharesDone(t, column.col, column.header) ? { fractions: true } : {}),
  };
}

const SHARE_HEADER = /%|\bprocent|\bpct\b|\bpercent/iu;

/**
 * A status column headed as a share ("% færdig", "% complete") whose figures are all 0–1, some in
 * between: a project tool's export of the share done as a fraction (0,35 is 35 %), not per cent.
 */
function sharesDone(t: DetectedTable, col: number, header: string): boolean {
  if (!SHARE_HEADER.test(header)) return false;
  let between = false;
  for (const r of t.view.rowsBetween(t.firstRow, t.lastRow)) {
    const v = t.view.cell(r, col)?.v;
    if (typeof v !== 'number') continue;
    if (v < 0 || v > 1) return false;
    if (v > 0 && v < 1) between = true;
  }
  return between;
}

function remark(list: 'status' | 'anchoring', text: string, cell: GridCell): Remark {
  return { label: REMARK_LABEL[list], text, cell };
}

const REMARK_LABEL: Record<'status' | 'anchoring', string> = { status: 'Status', anchoring: 'Forankring' };

/** Adds the remarks to the evaluation ("Status: mangler budget"), after what the row's own says. */
function keepRemarks(
  values: { evaluation?: string },
  placed: () => Partial<Record<Field, string>>,
  remarks: readonly Remark[],
): void {
  if (remarks.length === 0) return;
  const lines = remarks.map((r) => `${r.label}: ${r.text}`);
  values.evaluation = [values.evaluation, ...lines].filter((x) => x !== undefined && x !== '').join('\n');
  const first = remarks[0];
  if (!first) return;
  const cells = placed();
  if (cells.evaluation === undefined) cells.evaluation = a1(first.cell.r, first.cell.c);
}

/**
 * cells[field] = at, written with a property name per field: the same object, its properties in the
 * same order, but each store a plain named one (hot: every field of every row; a store keyed by a
 * changing name takes the engine's slow generic path).
 */
function setCell(cells: Partial<Record<Field, string>>, field: Field, at: string): void {
  switch (field) {
    case 'start':
      cells.start = at;
      return;
    case 'deadline':
      cells.deadline = at;
      return;
    case 'theme':
      cells.theme = at;
      return;
    case 'activity':
      cells.activity = at;
      return;
    case 'milestone':
      cells.milestone = at;
      return;
    case 'responsible':
      cells.responsible = at;
      return;
    case 'status':
      cells.status = at;
      return;
    case 'anchoring':
      cells.anchoring = at;
      return;
    case 'evaluation':
      cells.evaluation = at;
      return;
    default: {
      const unknown: never = field;
      throw new Error(`unknown activity field ${String(unknown)}`);
    }
  }
}

const FIELD_KEYS: Record<keyof ActivityFields, true> = {
  start: true,
  deadline: true,
  theme: true,
  activity: true,
  milestone: true,
  responsible: true,
  status: true,
  anchoring: true,
  evaluation: true,
};
