// Structuring: any coordinator's workbook (as a Grid) → the draft plan, losing nothing. Every
// non-empty cell either lands in a plan field, is a header, label, heading or marker that was used,
// or is reported in `unmapped`.
//
//   template layout  the hidden lists sheet (Lister/Lists) has TEMPLATE_MARKER in A1: the template's
//                    sheets are read by their names, the sheets listed after SOURCE_SHEETS_MARKER
//                    are archived originals and the lists sheet is the template's own.
//   any other layout every sheet is searched for the tables of the spec (detect.ts) and for cover
//                    labels and titles (cover.ts).
//
// A value that was read but could not be normalised (an unreadable date, a status outside the list)
// is reported twice: as an issue that says what to do, and in `unmapped`, since it did not land.
// In `tables`, header rows are 0-based (as in TableMapping; so is draft.planTable.headerRow), and
// the checklist's Ja/Delvist/Nej columns carry the fields of CHECKLIST_MARK_FIELDS ("answer.yes",
// "answer.partly", "answer.no"), which the add-in may also send back as column overrides.

import type {
  CarriedAnswer,
  ColumnOverride,
  DraftChecklistAnswer,
  DraftPlan,
  StructureOptions,
  StructureResult,
  TableMapping,
} from '../draft';
import { fieldCell } from '../draft';
import { a1, cellText, rangeA1, SheetIndex, type Grid, type GridRange, type GridSheet } from '../grid';
import type { ReadCheck, Unmapped } from '../schema';
import {
  ACTIVITIES_SHEET,
  CARRIED_MARKER,
  CHECKLIST_IDS,
  FRONT_SHEET,
  LISTS,
  LISTS_SHEET,
  NEEDS_ANALYSIS,
  SOURCE_SHEETS_MARKER,
  TABLE_SHEETS,
  TEMPLATE_MARKER,
  type Lang,
  type TableKey,
} from '../spec';
import { findPeriod, normalizeText, parsePeriod } from '../normalize';
import { readDateText } from '../dates';
import { SheetView, displayText } from './sheet';
import { detectTables, knownFields, type DetectedTable } from './detect';
import { addCheck, forgetWhere, type Ctx } from './context';
import { currentStatusColumn, headingTheme, originalDeadlineColumn, readActivities } from './activities';
import {
  copiedPlanSheets,
  identicalSheets,
  planRuns,
  repeatedPlanRuns,
  repeatedRows,
  sharedActivities,
  sourceAndView,
  summaryPlanSheets,
  unsummarisedRuns,
} from './copies';
import { ownerSheetCheck, ownerSheets } from './owners';
import { markdownSheet, markdownTableCheck, placesBack, type MarkdownSheet } from './markdown';
import { delimitedSheet, delimitedTableCheck, irregularLineCheck, shortLineCheck } from './delimited';
import {
  codedSheet,
  codedSheetCheck,
  submissionsCheck,
  submissionsOf,
  surveyCodebook,
  type CodedSheet,
} from './codebook';
import { calendarSheet } from './calendar';
import { movedBack, sidewaysBack, sidewaysCheck, sidewaysSheet, type SidewaysSheet } from './sideways';
import { monthCalendarCheck, monthCalendarSheet, themeColours, type MonthCalendar } from './monthcalendar';
import { kanbanCheck, kanbanSheet, type KanbanBoard } from './kanban';
import { shownControls } from './formcontrols';
import { drawnPlanChecks, timelineCheck, timelineSheet, type Timeline } from './timeline';
import { partnerRowCheck, partnerRows } from './partners';
import { otherMunicipalRowCheck, otherMunicipalRows } from './municipalrows';
import { rejectedRowCheck, rejectedRows } from './proposals';
import { acceptSuggestions } from './suggested';
import { activityBlocks, readActivityBlocks, readBlocks } from './blocks';
import { blankForm, blankFormCheck, indexRowCheck, indexRows, type FormSheet } from './forms';
import { changeLogCheck, changeLogTables } from './history';
import {
  readReviewReplies,
  reviewFixListCheck,
  reviewFixLists,
  reviewMarkCheck,
  withoutReviewMarks,
} from './review';
import { logicModelCheck, logicModels } from './goals';
import { readProsePlan } from './prose';
import { readOutlinePlan } from './outline';
import { readCorpsLines } from './corpslines';
import { findLegend, type TableArea } from './colours';
import { findSymbolLegends, type SymbolLegends } from './symbols';
import { findThemeCodes, themeByMeaning, type ThemeCode, type ThemeMatch } from './themes';
import { findInitials, type Initials } from './initials';
import {
  bareAmpersandChecks,
  columnCheck,
  sheetNotReadCheck,
  repeatedTableCheck,
  sharedActivityCheck,
  samePlanSheetCheck,
  summarySheetCheck,
  pivotCheck,
  unsummarisedSheetCheck,
  repeatedRowCheck,
  hiddenChecklistCheck,
  themeCheck,
  textDateChecks,
  markupTextChecks,
  givenTwiceChecks,
  underMergeChecks,
  unreadValueChecks,
  recodedTextChecks,
  pictureChecks,
  uncalculatedChecks,
  earlierTableCheck,
  type SheetNotRead,
} from './layoutChecks';
import { twinNameChecks } from './twinNames';
import { ChecklistReader, checklistsUnderTitles, chooseMunicipalColumn } from './checklist';
import {
  readCommunication,
  readCorps,
  readIndicators,
  readIndicatorLines,
  readNeeds,
  readRoles,
} from './tables';
import { readCover, type Region } from './cover';
import { stalePeriodCheck, stalePeriodMention } from './staleperiod';
import { headerlessCheck, headerlessPlan } from './headerless';
import { continuedPlans, inPageOrder } from './pages';
import { planTableMissing } from './messages';
import { reportingPeriod, yearContext, yearsFor } from './years';
import { foldContinued } from './continued';
import { earlierMonthCheck, monthSnapshots, readUnchangedStatuses } from './snapshots';
import { markRaciColumns, readRaci, type RaciColumn } from './raci';
import { municipalSheets, otherMunicipalSheetCheck, otherMunicipalSheets } from './municipalsheets';
import {
  laterGroupRowCheck,
  laterGroupRows,
  periodGroupCheck,
  periodGroupColumns,
  yearColumnCheck,
  yearColumnRows,
} from './halfyeargroups';
import { applyRememberedValues, rememberedOverrides, type AppliedRemembered } from '../remembered';

export { CHECKLIST_MARK_FIELDS, RACI_FIELD } from './vocab';
import { coverLabel, RACI_FIELD } from './vocab';
import { namesSelf } from './spoken';
import { otherProgrammeCheck, otherProgrammeTables } from './programmes';
export { headingTheme } from './activities';
export { groupFromText } from './checklist';

interface Layout {
  readonly template: boolean;
  readonly lang?: Lang;
  readonly listsSheet?: string;
  readonly archived: readonly string[];
  /** Checklist answers carried from the previous half-year and not yet confirmed. */
  readonly carried?: readonly CarriedAnswer[];
}

const ANSWER_IDS: ReadonlySet<string> = new Set(LISTS.answer.map((a) => a.id));
const CHECKLIST_ID_SET: ReadonlySet<string> = new Set(CHECKLIST_IDS);

/** The carried answers under CARRIED_MARKER in the lists sheet ("F1=yes@2026-H1"); others ignored. */
function readCarried(idx: SheetIndex): CarriedAnswer[] {
  let col = -1;
  for (let c = 0; c <= idx.maxCol; c++) {
    if (cellText(idx.get(0, c)).trim() === CARRIED_MARKER) col = c;
  }
  if (col < 0) return [];
  const out: CarriedAnswer[] = [];
  for (let r = 1; r <= idx.maxRow; r++) {
    const m = /^([A-Z]\d+)=([a-z_]+)(?:@(\d{4}-H[12]))?$/.exec(cellText(idx.get(r, col)).trim());
    if (!m?.[1] || !m[2] || !CHECKLIST_ID_SET.has(m[1]) || !ANSWER_IDS.has(m[2])) continue;
    out.push({
      id: m[1] as CarriedAnswer['id'],
      answer: m[2] as CarriedAnswer['answer'],
      ...(m[3] ? { period: m[3] } : {}),
    });
  }
  return out;
}

/** Whether the workbook is in the template layout, and which of its sheets are archived originals. */
export function templateLayout(grid: Grid): Layout {
  const lists = grid.sheets.find((s) => s.name === LISTS_SHEET.da || s.name === LISTS_SHEET.en);
  if (!lists) return { template: false, archived: [] };
  const idx = new SheetIndex(lists);
  if (cellText(idx.get(0, 0)).trim() !== TEMPLATE_MARKER) return { template: false, archived: [] };
  const archived: string[] = [];
  let after = false;
  for (let r = 1; r <= idx.maxRow; r++) {
    const text = cellText(idx.get(r, 0)).trim();
    if (!after) {
      after = text.replace(/:$/, '') === SOURCE_SHEETS_MARKER;
      continue;
    }
    if (text === '') break;
    if (grid.sheets.some((s) => s.name === text)) archived.push(text);
  }
  const carried = readCarried(idx);
  return {
    template: true,
    lang: lists.name === LISTS_SHEET.en ? 'en' : 'da',
    listsSheet: lists.name,
    archived,
    ...(carried.length > 0 ? { carried } : {}),
  };
}

const NEEDS_ORDER = NEEDS_ANALYSIS.map((q) => q.id);

/** A table whose header row is turned off, its column names set in the empty row above it. */
interface HiddenHeader {
  readonly table: string;
  /** The row the names are set in (0-based): the empty row above the table's data. */
  readonly row: number;
  readonly c0: number;
  readonly c1: number;
  readonly names: readonly string[];
}

/**
 * The tables of a sheet whose header row is turned off (Excel Online: "Header Row" unticked): the
 * sheet shows no header, but the table part keeps the columns' names. A careful reader who opens
 * the table sees them (in its column filters and formulas): they are read as the table's header,
 * set in the row above its data where that row is empty. A table in row 1 has no row above it.
 */
function hiddenHeaders(sheet: GridSheet): HiddenHeader[] {
  const out: HiddenHeader[] = [];
  if (!sheet.tables.some((t) => t.hiddenHeader)) return out;
  const idx = new SheetIndex(sheet);
  for (const t of sheet.tables) {
    const names = t.hiddenHeader;
    const row = t.ref.s.r - 1;
    if (!names || row < 0 || names.every((n) => n.trim() === '')) continue;
    if (
      names.every((n) => n.trim() === '' || GENERATED_NAME.test(n)) ||
      namesRepeatFirstRow(idx, t.ref, names)
    )
      continue;
    let empty = true;
    for (let c = t.ref.s.c; c <= t.ref.e.c && empty; c++)
      if (cellText(idx.get(row, c)).trim() !== '') empty = false;
    if (empty) out.push({ table: t.name, row, c0: t.ref.s.c, c1: t.ref.e.c, names });
  }
  return out;
}

/**
 * The name a spreadsheet program gives a table's column that has none ("Column1", Danish Excel's
 * "Kolonne1", German "Spalte1", French "Colonne1", Swedish "Kolumn1"): LibreOffice gives every
 * column of a headerless table such a name when it saves a plan it had kept as .ods again as .xlsx.
 * A table whose names are all such names keeps none of its own: it is read as the sheet shows it.
 */
const GENERATED_NAME = /^\s*(?:column|kolonne|spalte|colonne|kolumn|columna|kolom)\s*\d+\s*$/iu;

/**
 * Whether a headerless table's column names only repeat the texts of its first row. A program that
 * saved the file again wrote them from the cells (Apache POI sets every table's column names from
 * its first row, whatever the header row's state, keeping a name only where that cell is empty):
 * the names the table kept are lost, and the ones it has name nothing the sheet does not show. The
 * sheet is then read as it shows itself, as a plan with no header row (checked). Two texts at
 * least must repeat, and no text of the first row may differ from its column's name.
 */
function namesRepeatFirstRow(idx: SheetIndex, ref: GridRange, names: readonly string[]): boolean {
  const same = (a: string, b: string): boolean =>
    a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
  let repeated = 0;
  for (let i = 0; i < names.length; i++) {
    const cell = idx.get(ref.s.r, ref.s.c + i);
    if (typeof cell?.v !== 'string' || cell.v.trim() === '') continue;
    if (!same(cell.v, names[i] ?? '')) return false;
    repeated++;
  }
  return repeated >= 2;
}

/** The sheet with the hidden headers' names set as text cells in the rows above their tables. */
function withHeaders(sheet: GridSheet, headers: readonly HiddenHeader[]): GridSheet {
  const added = headers.flatMap((h) =>
    h.names.map((v, i) => ({ r: h.row, c: h.c0 + i, v, t: 's' as const })).filter((x) => x.v.trim() !== ''),
  );
  const cells = [...sheet.cells, ...added].sort((a, b) => a.r - b.r || a.c - b.c);
  const { columns: _columns, ...rest } = sheet;
  return { ...rest, cells };
}

function hiddenHeaderCheck(sheet: string, h: HiddenHeader): ReadCheck {
  const names = h.names.filter((n) => n.trim() !== '').join(', ');
  return {
    sheet,
    cell: a1(h.row + 1, h.c0),
    field: 'column',
    value: names,
    confidence: 0.8,
    reason: {
      da: `Tabellen "${h.table}" viser ingen overskriftsrække (den er slået fra); kolonnerne er læst efter de navne, tabellen selv har gemt: ${names}. Slå "Overskriftsrække" til under Tabeldesign, så overskrifterne kan ses.`,
      en: `The table "${h.table}" shows no header row (it is turned off); its columns were read by the names the table keeps: ${names}. Turn on "Header Row" under Table Design so that the headers show.`,
    },
  };
}

function templateKey(name: string): TableKey | 'cover' | undefined {
  if (name === FRONT_SHEET.sheet.da || name === FRONT_SHEET.sheet.en) return 'cover';
  return TABLE_SHEETS.find((t) => t.sheet.da === name || t.sheet.en === name)?.key;
}

export function structure(given: Grid, options: StructureOptions = {}): StructureResult {
  // Answers kept in form controls (option buttons, check boxes, drop-downs): read as what they show,
  // in the cells where they show it (formcontrols.ts).
  const controlled = shownControls(given);
  const grid = controlled?.grid ?? given;
  const layout = templateLayout(grid);
  const ctx: Ctx = { date1904: grid.date1904, issues: [], checks: [] };
  // Cells left out together (a later year's column group, rows planned for later): one line each.
  const leftOut: LeftOutSpan[] = [];
  const leftOutRow = (t: DetectedTable, r: number, label: string): void => {
    leftOut.push({ sheet: t.view.name, r0: r, r1: r, c0: t.c0, c1: t.c1, kind: 'laterRows', label });
  };
  for (const check of controlled?.checks ?? []) addCheck(ctx, check);
  const skipped = new Set<string>([...layout.archived, ...(layout.listsSheet ? [layout.listsSheet] : [])]);
  // A sheet copied beside itself, cell for cell, is read once (copies.ts).
  for (const { sheet, kept } of identicalSheets(grid.sheets.filter((s) => !skipped.has(s.name)))) {
    skipped.add(sheet);
    addCheck(ctx, sheetNotReadCheck(sheet, 'sameSheet', kept));
  }
  // A survey's dataset with its codebook on other sheets (codebook.ts): read as the questions and
  // answers its codes stand for, every place moved back at the end.
  const coded = new Map<string, CodedSheet>();
  const codebook = layout.template
    ? undefined
    : surveyCodebook(
        grid.sheets.filter((s) => !skipped.has(s.name)),
        grid.date1904,
      );
  if (codebook)
    for (const s of grid.sheets) {
      if (skipped.has(s.name) || codebook.sheets.includes(s.name)) continue;
      const survey = codedSheet(s, codebook, grid.date1904);
      if (survey) coded.set(s.name, survey);
      // Several rows of answers: one respondent's newest read, or several respondents' none (checked).
      const several =
        survey === undefined || survey.variables > 0 ? submissionsOf(s, codebook, grid.date1904) : undefined;
      if (several) addCheck(ctx, submissionsCheck(s.name, several));
    }
  // The codebook's sheets are looked up, not read as the plan (a label on them is no cover's).
  if (codebook && coded.size > 0) for (const name of codebook.sheets) skipped.add(name);
  const sheets = grid.sheets.filter((s) => !skipped.has(s.name));
  const hidden = new Map<string, HiddenHeader[]>();
  // A plan pasted from an AI chat as Markdown, one line a cell: read as the cells its pipes part
  // (markdown.ts), every place moved back to the line's cell at the end.
  const markdown = new Map<string, MarkdownSheet>();
  // A plan laid on its side (field names down a column, a column per activity): read stood upright
  // (sideways.ts), every place moved back at the end.
  const sideways = new Map<string, SidewaysSheet>();
  // A month calendar (a sheet per month, weeks by weekdays, the entry under the day's number): read
  // as the plan table its entries make (monthcalendar.ts), every place moved back at the end.
  const months = new Map<string, MonthCalendar>();
  // A Kanban board drawn in cells (status columns, themes as lanes, a card a cell): read as the plan
  // table its cards make (kanban.ts), every place moved back to the card's cell at the end.
  const boards = new Map<string, KanbanBoard>();
  const lines = new Map<string, Timeline>();
  let themeFills: ReadonlyMap<string, string> | undefined;
  const themeLegend = (): ReadonlyMap<string, string> => (themeFills ??= themeColours(sheets));
  const views = sheets.map((given) => {
    const md = layout.template ? undefined : (markdownSheet(given) ?? delimitedSheet(given));
    if (md) markdown.set(given.name, md);
    const side = md || layout.template ? undefined : sidewaysSheet(given, grid.date1904);
    if (side) sideways.set(given.name, side);
    const month =
      md || side || layout.template ? undefined : monthCalendarSheet(given, grid.date1904, themeLegend);
    if (month) months.set(given.name, month);
    const board = md || side || month || layout.template ? undefined : kanbanSheet(given, grid.date1904);
    if (board) boards.set(given.name, board);
    // A plan drawn as shapes (a timeline's boxes, their fill the theme): read as the plan table its
    // boxes make (timeline.ts), every place moved back to the shape's cell at the end.
    const line =
      md || side || month || board || layout.template
        ? undefined
        : timelineSheet(given, grid.date1904, themeLegend);
    if (line) lines.set(given.name, line);
    // A calendar export (Outlook's items, one a row): read as the plan its items make (calendar.ts).
    const cal =
      md || side || month || board || line || layout.template
        ? undefined
        : calendarSheet(given, grid.date1904);
    for (const c of cal?.checks ?? []) addCheck(ctx, c);
    const survey = md || side || month || board || line || cal ? undefined : coded.get(given.name);
    if (!survey) coded.delete(given.name);
    const read =
      side?.sheet ??
      md?.sheet ??
      month?.sheet ??
      board?.sheet ??
      line?.sheet ??
      cal?.sheet ??
      survey?.sheet ??
      given;
    // Edit marks typed into the texts by a reviewer ("(ny) ", "[ÆNDRET] … (var …)", "SLET? "): read
    // without them, each said at its cell (review.ts).
    const unmarked = withoutReviewMarks(read);
    for (const m of unmarked?.marks ?? []) addCheck(ctx, reviewMarkCheck(m));
    const s = unmarked?.sheet ?? read;
    const found = hiddenHeaders(s);
    if (found.length === 0) return new SheetView(s, grid.date1904);
    hidden.set(s.name, found);
    return new SheetView(withHeaders(s, found), grid.date1904);
  });

  // 1. Tables.
  const tables: DetectedTable[] = [];
  // Plans read without a header by what their columns hold, and the check that says so.
  const headerless = new Map<DetectedTable, ReadCheck>();
  for (const view of views) {
    const key = layout.template ? templateKey(view.name) : undefined;
    if (key === 'cover') {
      // The template's title and help line above the fields.
      for (const cell of view.rowCells(0)) view.useCell(cell);
      for (const cell of view.rowCells(1)) view.useCell(cell);
      continue;
    }
    const found = detectTables(view, {
      ...(key ? { keys: [key] } : {}),
      // A table whose header row is turned off starts at the header its names were set in above it.
      listObjects: view.sheet.tables.map((t) =>
        hidden.get(view.name)?.some((h) => h.table === t.name)
          ? { s: { r: t.ref.s.r - 1, c: t.ref.s.c }, e: t.ref.e }
          : t.ref,
      ),
    });
    for (const h of hidden.get(view.name) ?? []) {
      const t = found.find((x) => x.headerTop === h.row && x.c0 <= h.c1 && h.c0 <= x.c1);
      if (t) addCheck(ctx, hiddenHeaderCheck(view.name, h));
    }
    if (key) {
      // The template's title and help line above its table.
      for (const t of found) {
        for (let r = 0; r < t.headerTop; r++) for (const cell of view.rowCells(r)) view.useCell(cell);
      }
    }
    tables.push(...found);
    // A plan with no header row at all, read by what its columns hold (checked).
    const bare = key ? undefined : headerlessPlan(view, found, grid.date1904);
    if (bare) {
      tables.push(bare);
      const check = headerlessCheck(bare);
      headerless.set(bare, check);
      addCheck(ctx, check);
    }
    // A checklist under its title with no header row of its own (on a plan's sheet, below it).
    if (!key) tables.push(...checklistsUnderTitles(view, bare ? [...found, bare] : found, grid.date1904));
  }
  // A PivotTable's report counts or sums other data: where the same kind of table stands outside any
  // report (the plan's own rows), the report is passed over, its cells not listed as unplaced.
  // The sheets holding a table as found, before any is passed over (programmes.ts: a cover has none).
  const tableSheets = new Set(tables.map((t) => t.view.name));
  if (views.some((v) => v.sheet.pivots !== undefined)) passOverPivots(tables, ctx);
  if (!layout.template) {
    for (const [sheet, { why, kept }] of replacedPlanSheets(tables, options.period, views)) {
      for (let i = tables.length - 1; i >= 0; i--) {
        if (tables[i]?.key === 'activities' && tables[i]?.view.name === sheet) tables.splice(i, 1);
      }
      addCheck(ctx, sheetNotReadCheck(sheet, why, kept));
    }
  }
  // The plan sheet copied before every monthly status meeting ("Status jan 26" … "Status nov 26"):
  // the latest month's sheet is the plan, the earlier months' its history (snapshots.ts).
  const snapshots = layout.template ? undefined : monthSnapshots(tables);
  if (snapshots) {
    const kept = snapshots.latest[0]?.sheet ?? '';
    for (const e of snapshots.earlier) {
      for (let i = tables.length - 1; i >= 0; i--) {
        if (tables[i]?.key === 'activities' && tables[i]?.view.name === e.sheet) tables.splice(i, 1);
      }
      addCheck(ctx, earlierMonthCheck(e.sheet, kept));
    }
  }
  // A list of changes to the workbook's cells (Excel's History sheet, a change log): no plan, its
  // cells passed over (history.ts).
  const logs = changeLogTables(
    tables,
    sheets.map((x) => x.name),
  );
  for (const t of logs) {
    tables.splice(tables.indexOf(t), 1);
    for (let r = t.headerTop; r <= t.lastRow; r++)
      for (const cell of t.view.rowCells(r, t.c0, t.c1)) t.view.useCell(cell);
  }
  for (const t of logs) {
    const kept = tables.find((x) => x.key === 'activities' && x.view.sheet.state === 'visible');
    addCheck(ctx, changeLogCheck(t, kept?.view.name));
  }
  // A review's list of what to fix in the plan ("Sendt retur": Aktivitet | Hvad skal rettes | …): no
  // plan, its cells passed over (review.ts).
  const fixes = layout.template ? [] : reviewFixLists(tables);
  for (const t of fixes) {
    tables.splice(tables.indexOf(t), 1);
    for (let r = t.headerTop; r <= t.lastRow; r++)
      for (const cell of t.view.rowCells(r, t.c0, t.c1)) t.view.useCell(cell);
  }
  for (const t of fixes) {
    const kept = tables.find((x) => x.key === 'activities' && x.view.sheet.state === 'visible');
    addCheck(ctx, reviewFixListCheck(t, kept?.view.name));
  }
  // A programme theory's logic model (Input | Aktiviteter | Output | Outcome) beside the plan's time
  // table: the theory, not the plan, its cells passed over (goals.ts).
  const models = layout.template ? [] : logicModels(tables);
  for (const t of models) {
    tables.splice(tables.indexOf(t), 1);
    for (let r = t.headerTop; r <= t.lastRow; r++)
      for (const cell of t.view.rowCells(r, t.c0, t.c1)) t.view.useCell(cell);
  }
  for (const t of models) {
    const kept = tables.find((x) => x.key === 'activities' && x.view.sheet.state === 'visible');
    addCheck(ctx, logicModelCheck(t, kept?.view.name));
  }
  // A plan sheet copied beside itself ("Handleplan (2)"): read once (copies.ts).
  for (const { sheet, kept, same } of copiedPlanSheets(tables)) {
    for (let i = tables.length - 1; i >= 0; i--) {
      if (tables[i]?.key === 'activities' && tables[i]?.view.name === sheet) tables.splice(i, 1);
    }
    addCheck(ctx, sheetNotReadCheck(sheet, same ? 'copy' : 'copyEdited', kept));
  }
  if (!layout.template) {
    // Last half-year's plan left standing under (or beside) this one, under a title saying so.
    for (const { table, title, kept, year } of earlierPlanTables(
      tables,
      () => options.period ?? statedPeriod(views, new Set()),
    )) {
      tables.splice(tables.indexOf(table), 1);
      addCheck(ctx, earlierTableCheck(table.view.name, title, kept, year));
    }
  }
  // A department's workbook holding other programmes' plans beside the corps': those tables are
  // passed over, each checked (programmes.ts).
  const otherProgrammes = new Set<DetectedTable>();
  if (!layout.template)
    for (const p of otherProgrammeTables(tables, views, tableSheets)) {
      otherProgrammes.add(p.table);
      addCheck(ctx, otherProgrammeCheck(p));
    }
  // A checklist on a hidden sheet beside one on a visible sheet: an old copy put out of sight
  // (last half-year's answers kept when the sheet was copied for the new one).
  for (const { sheet, kept } of hiddenChecklists(tables)) {
    for (let i = tables.length - 1; i >= 0; i--) {
      if (tables[i]?.key === 'checklist' && tables[i]?.view.name === sheet) tables.splice(i, 1);
    }
    addCheck(ctx, hiddenChecklistCheck(sheet, kept));
  }
  if (!layout.template) {
    // A PDF's pages on sheets of their own: read in their numbers' order, and a page that carries
    // the plan on under no header read under the header of the page before (pages.ts).
    const ordered = inPageOrder(tables);
    tables.splice(0, tables.length, ...ordered);
    for (const c of continuedPlans(views, tables, new Set(headerless.keys()), grid.date1904)) {
      for (let i = tables.length - 1; i >= 0; i--) {
        const t = tables[i] as DetectedTable;
        if (t.view !== c.table.view || !headerless.has(t)) continue;
        tables.splice(i, 1);
        const check = headerless.get(t);
        const at = check ? ctx.checks.indexOf(check) : -1;
        if (at >= 0) ctx.checks.splice(at, 1);
      }
      tables.splice(tables.indexOf(c.before) + 1, 0, c.table);
      addCheck(ctx, c.check);
    }
  }
  // Remembered column meanings first, then the person's own corrections (which win).
  let rememberedColumns: AppliedRemembered[] = [];
  const setByPerson = new Set<string>();
  if (options.remembered) {
    const { overrides, applied } = rememberedOverrides(tables.map(rememberedView), options.remembered);
    applyOverrides(tables, overrides);
    for (const o of overrides) setByPerson.add(`${o.sheet}\u0000${o.col}`);
    rememberedColumns = applied;
  }
  applyOverrides(tables, options.columnOverrides ?? []);
  for (const o of options.columnOverrides ?? []) setByPerson.add(`${o.sheet}\u0000${o.col}`);
  for (const t of tables) useHeader(t);
  ctx.years = yearContext(views, tables, options.period !== undefined ? { period: options.period } : {});
  // Last year's status column beside one naming the status now (activities.ts).
  for (const t of tables)
    currentStatusColumn(t, yearsFor(ctx.years, t.view.name)?.from, (col) =>
      setByPerson.has(`${t.view.name}\u0000${col}`),
    );
  // "Oprindelig frist | Ny frist": the first planned deadline is the column, the new one read over it.
  for (const t of tables) originalDeadlineColumn(t, (col) => setByPerson.has(`${t.view.name}\u0000${col}`));
  // A RACI matrix in place of a responsible column: its columns named before they are checked (raci.ts).
  const raciOf = new Map<DetectedTable, RaciColumn[]>();
  for (const t of tables) {
    const raci = markRaciColumns(t, (col) => setByPerson.has(`${t.view.name}\u0000${col}`));
    if (raci) raciOf.set(t, raci);
  }
  // A table kept year over year, half-years as column groups over the same sub-headers: read in the
  // reporting period's group (halfyeargroups.ts), before the columns are named in checks.
  const period = reportingPeriod(ctx.years);
  for (const t of tables) {
    if (t.key !== 'indicators' && t.key !== 'corps' && t.key !== 'activities') continue;
    const g = periodGroupColumns(t, period);
    if (g === undefined) continue;
    t.periodGroups = g;
    addCheck(ctx, periodGroupCheck(t, g));
    // The other groups' columns are not read: their cells are listed as one line per group.
    for (const o of g.others) {
      const kind = o.when > g.own.when ? 'laterColumns' : 'earlierColumns';
      // From the group's heading (the row over a one-row header, as yearGroupsOf reads it).
      const r0 = t.headerBottom > t.headerTop ? t.headerTop : Math.max(0, t.headerTop - 1);
      leftOut.push({ sheet: t.view.name, r0, r1: t.lastRow, c0: o.c0, c1: o.c1, kind, label: o.text });
    }
  }
  for (const t of tables) checkColumns(t, ctx);
  const lang = layout.lang ?? languageOf(tables);
  // What the colours mean, wherever the workbook says it (a legend outside the tables' data).
  const tableAreas = new Map<string, TableArea[]>();
  for (const t of tables) {
    const list = tableAreas.get(t.view.name) ?? [];
    list.push({ r0: t.firstRow, r1: t.lastRow, c0: t.c0, c1: t.c1 });
    tableAreas.set(t.view.name, list);
  }
  const legend = findLegend(views, tableAreas);
  let symbolLegends: SymbolLegends | undefined;
  ctx.symbols = () => (symbolLegends ??= findSymbolLegends(views, tableAreas));
  let themeCodes: Map<string, ThemeCode> | undefined;
  ctx.themeCodes = () => (themeCodes ??= findThemeCodes(views, legendTheme, planArea(tables)));
  let initials: Map<string, Initials> | undefined;
  ctx.initials = () => (initials ??= findInitials(views, planArea(tables)));
  const sheetThemes = themesFromSheetNames(tables);

  // 2. Rows.
  let activities: DraftPlan['activities'][number][] = [];
  const roles: DraftPlan['roles'][number][] = [];
  const corps: DraftPlan['corps'][number][] = [];
  const indicators: DraftPlan['indicators'][number][] = [];
  const communication: DraftPlan['communication'][number][] = [];
  const needsAnalysis: DraftPlan['needsAnalysis'][number][] = [];
  const needsTaken = new Set<string>();
  const checklist = new ChecklistReader(ctx);
  // A checklist answered per municipality waits for the cover to name the plan's own.
  const jointChecklists: DetectedTable[] = [];
  // A file kept for several municipalities, a sheet each: their checklists wait for the cover too
  // (municipalsheets.ts).
  const municipal = layout.template ? undefined : municipalSheets(tables);
  const municipalChecklists: DetectedTable[] = [];
  // The plan table before, under the same header: a PDF's pages each start with the header again.
  let pageBefore: { fields: string; last: DraftPlan['activities'][number] | undefined } | undefined;
  // Each plan table read, and where its rows stand in `activities`.
  const planReads: { table: DetectedTable; from: number; to: number }[] = [];
  for (const t of tables) {
    switch (t.key) {
      case 'activities': {
        if (otherProgrammes.has(t)) {
          for (let r = t.headerTop; r <= t.lastRow; r++)
            for (const cell of t.view.rowCells(r, t.c0, t.c1)) t.view.useCell(cell);
          break;
        }
        const sheetTheme = sheetThemes.get(t.view.name);
        const fields = planFields(t);
        const above = pageBefore?.fields === fields ? pageBefore.last : undefined;
        let rows = readActivities(t, ctx, {
          legend,
          ...(sheetTheme ? { sheetTheme } : {}),
          ...(above ? { pageBefore: above } : {}),
        });
        // A plan kept for several years in column groups: a row only in later years' groups is
        // planned for later, no activity of the period (halfyeargroups.ts).
        const later = t.periodGroups ? laterGroupRows(t, rows) : [];
        if (later.length > 0) {
          const out = new Set(later.map((x) => x.row));
          rows = rows.filter((a) => !out.has(a.source.row));
          for (const x of later) forgetWhere(ctx, x.sheet, (r) => r === x.row - 1);
          for (const x of later) addCheck(ctx, laterGroupRowCheck(t, x));
          for (const x of later) leftOutRow(t, x.row - 1, x.later);
        }
        // A plan for several years with a year column ("År", "Skoleår"): later years' rows left out,
        // a school year or an earlier year checked (halfyeargroups.ts).
        const byYear = yearColumnRows(t, rows, period);
        if (byYear.length > 0 && period !== undefined) {
          const out = new Set(byYear.filter((x) => x.kind === 'later').map((x) => x.row));
          if (out.size > 0) rows = rows.filter((a) => !out.has(a.source.row));
          for (const x of byYear) if (x.kind === 'later') forgetWhere(ctx, x.sheet, (r) => r === x.row - 1);
          for (const x of byYear) addCheck(ctx, yearColumnCheck(x, period));
          for (const x of byYear) if (x.kind === 'later') leftOutRow(t, x.row - 1, x.text);
        }
        // The review's conversation beside the plan: reviewer's columns named, replies read (review.ts).
        readReviewReplies(t, rows, ctx);
        pageBefore = { fields, last: rows[rows.length - 1] ?? above };
        // A RACI matrix in place of a responsible column: the column marked R (raci.ts).
        const raci = raciOf.get(t);
        if (raci) readRaci(t, raci, rows, ctx);
        if (
          sheetTheme &&
          sheetTheme.confidence < 1 &&
          rows.some((a) => a.cells.theme === undefined && a.values.theme === sheetTheme.theme)
        ) {
          addCheck(
            ctx,
            themeCheck(t.view.name, '', t.view.name, sheetTheme.theme, sheetTheme.confidence, 'sheet'),
          );
        }
        // The first plan table's rows are the list itself (a large plan's rows copied and the
        // copy grown once over cost an allocation of its size); a later table's are added to it.
        planReads.push({ table: t, from: activities.length, to: activities.length + rows.length });
        if (activities.length === 0) activities = rows;
        else for (let i = 0; i < rows.length; i++) activities.push(rows[i] as (typeof rows)[number]);
        break;
      }
      case 'checklist':
        if (municipal?.has(t.view.name)) municipalChecklists.push(t);
        else if (t.answersByMunicipality) jointChecklists.push(t);
        else checklist.read(t);
        break;
      case 'roles':
        roles.push(...readRoles(t, ctx));
        break;
      case 'corps':
        corps.push(...readCorps(t, ctx));
        break;
      case 'indicators':
        indicators.push(...readIndicators(t, ctx));
        break;
      case 'communication':
        communication.push(...readCommunication(t, ctx));
        break;
      case 'needsAnalysis':
        needsAnalysis.push(...readNeeds(t, ctx, needsTaken));
        break;
    }
  }
  // "Uændret" as a status on the latest monthly sheet: the status of the month before (snapshots.ts).
  if (snapshots) readUnchangedStatuses(activities, snapshots, ctx);
  // Plan rows that repeat earlier ones, all of them in order: a table copied below itself (under its
  // header again) or onto another sheet, read once (copies.ts).
  const runs =
    planReads.length > 1 || planReads.some((x) => x.table.headerAgain !== undefined)
      ? planReads.flatMap((x) => planRuns(x.table, activities.slice(x.from, x.to)))
      : [];
  // A sheet gathering other sheets' plan rows ("Samlet", "Overblik" of formulas): passed over, the
  // activities read on the sheets it gathers (copies.ts).
  const summaryRuns = new Set<(typeof runs)[number]>();
  const summaries: { sheet: string; parts: string[] }[] = [];
  for (const summary of summaryPlanSheets(runs)) {
    const gathered = new Set(summary.runs.flatMap((x) => x.rows));
    activities = activities.filter((a) => !gathered.has(a));
    for (const run of summary.runs) {
      summaryRuns.add(run);
      const { table: t, top, bottom } = run;
      forgetWhere(ctx, t.view.name, (r, c) => r >= top && r <= bottom && c >= t.c0 && c <= t.c1);
    }
    const at = summary.runs[0];
    addCheck(ctx, summarySheetCheck(summary.sheet, at ? a1(at.top, at.table.c0) : 'A1', summary.parts));
    summaries.push(summary);
  }
  // One plan on two sheets (raw data of codes and the view a formula makes of it): read where it
  // reads best, the other sheet passed over (copies.ts).
  const twice = summaries.length === 0 ? sourceAndView(runs) : undefined;
  if (twice !== undefined) {
    const passed = new Set(twice.runs.flatMap((x) => x.rows));
    activities = activities.filter((a) => !passed.has(a));
    for (const run of twice.runs) {
      summaryRuns.add(run);
      const { table: t, top, bottom } = run;
      forgetWhere(ctx, t.view.name, (r, c) => r >= top && r <= bottom && c >= t.c0 && c <= t.c1);
    }
    const at = twice.runs[0];
    addCheck(ctx, samePlanSheetCheck(twice.sheet, at ? a1(at.top, at.table.c0) : 'A1', twice.kept));
  }
  for (const { run, kept } of repeatedPlanRuns(runs.filter((x) => !summaryRuns.has(x)))) {
    const copy = new Set(run.rows);
    activities = activities.filter((a) => !copy.has(a));
    const { table: t, top, bottom } = run;
    forgetWhere(ctx, t.view.name, (r, c) => r >= top && r <= bottom && c >= t.c0 && c <= t.c1);
    addCheck(
      ctx,
      repeatedTableCheck(
        run.table.view.name,
        a1(run.top, run.table.c0),
        `${kept.table.view.name}!${a1(kept.top, kept.table.c0)}`,
      ),
    );
  }
  // A plan sheet the summary leaves out (a department's sheet hidden once, shown again by a program
  // that drops the hidden state): its rows are read, each checked (copies.ts).
  if (summaries.length > 0) {
    const left = new Map(
      unsummarisedRuns(runs, summaries).flatMap((x) => x.rows.map((row) => [row, x.summary] as const)),
    );
    for (const row of activities) {
      const summary = left.get(row);
      if (summary === undefined) continue;
      addCheck(
        ctx,
        unsummarisedSheetCheck(
          row.source.sheet,
          row.cells.activity ?? `A${row.source.row}`,
          summary.sheet,
          summary.parts,
        ),
      );
    }
  }
  // A row pasted twice, right under itself: one activity (copies.ts).
  const repeatedAt = repeatedRows(activities, (sheet, r) => {
    const view = views.find((v) => v.name === sheet);
    return view
      ? view
          .rowCells(r)
          .map((c) => displayText(c, view.date1904))
          .join('\u0000')
      : '';
  });
  if (repeatedAt.length > 0) {
    const drop = new Set(repeatedAt);
    for (const i of repeatedAt) {
      const row = activities[i];
      if (!row) continue;
      forgetWhere(ctx, row.source.sheet, (r) => r === row.source.row - 1);
      let above = i - 1;
      while (drop.has(above)) above--;
      addCheck(
        ctx,
        repeatedRowCheck(
          row.source.sheet,
          row.source.row,
          activities[above]?.source.row ?? row.source.row - 1,
        ),
      );
    }
    activities = activities.filter((_a, i) => !drop.has(i));
  }
  // An activity copied onto the next period's sheet as "… (fortsat)": one activity (continued.ts).
  activities = foldContinued(activities, ctx);
  // The same activity and deadline on two sheets (a joint meeting each department lists): each
  // listing kept and checked (copies.ts).
  for (const { index, other } of sharedActivities(activities)) {
    const row = activities[index];
    if (!row) continue;
    addCheck(
      ctx,
      sharedActivityCheck(row.source.sheet, row.cells.activity ?? `A${row.source.row}`, other.source),
    );
  }
  // One sheet per department with no responsible column, the sheets listed as owners (owners.ts).
  // (Cheap first: only where plan tables were read on two sheets or more.)
  const owners =
    new Set(planReads.map((x) => x.table.view.name)).size < 2
      ? new Map<string, string>()
      : ownerSheets(
          tables,
          views,
          new Set(sheetThemes.keys()),
          new Set(activities.map((a) => a.source.sheet)),
        );
  for (const [sheet, listedAt] of owners) {
    let read = false;
    for (const a of activities)
      if (a.source.sheet === sheet && a.values.responsible === undefined) {
        a.values.responsible = sheet;
        read = true;
      }
    const t = tables.find((x) => x.key === 'activities' && x.view.name === sheet);
    if (read) addCheck(ctx, ownerSheetCheck(sheet, t ? a1(t.headerTop, t.c0) : 'A1', listedAt));
  }
  // A checklist laid on its side (questions across a row, answers in the row under it).
  for (const view of views) if (!layout.template) checklist.readTransposed(view, tables);
  for (const view of views) if (!layout.template) checklist.readResponses(view, tables);
  // The corps written one member a line ("CB: mentor, 8 t/uge, 3 forløb"), where no table holds it.
  if (!layout.template && !tables.some((t) => t.key === 'corps'))
    for (const view of views) corps.push(...readCorpsLines(view));
  // Key figures written as lines of text on a sheet with no table ("Antal unge i forløb: 14").
  for (const view of views)
    if (!tables.some((t) => t.view === view)) indicators.push(...readIndicatorLines(view));
  // A sheet with no plan table may hold the plan as a form: one block of label/value rows per
  // activity (blocks.ts).
  const blockRegions: Region[] = [];
  // Sheets holding one form each (a sheet per activity: forms.ts), read only where two or more do.
  const forms: FormSheet[] = [];
  if (!layout.template) {
    const planSheets = new Set(tables.filter((t) => t.key === 'activities').map((t) => t.view.name));
    for (const view of views) {
      if (planSheets.has(view.name) || view.sheet.state !== 'visible') continue;
      const found = activityBlocks(view);
      const blocks =
        readActivityBlocks(view, ctx, { legend }, found) ??
        readProsePlan(view, ctx, { legend }) ??
        readOutlinePlan(view, ctx, { legend });
      if (!blocks) {
        const form = found?.length === 1 ? found[0] : undefined;
        if (form) forms.push({ view, block: form });
        continue;
      }
      for (const row of blocks.rows) activities.push(row);
      blockRegions.push({ sheet: view.name, ...blocks.region });
    }
  }
  if (forms.length >= 2) {
    for (const form of forms) {
      const first = form.block[0];
      if (!first) continue;
      if (blankForm(form)) {
        // The blank form to copy from: its labels and prompts are the template's, no activity.
        for (const l of form.block) {
          form.view.useCell(l.label);
          if (l.value) form.view.useCell(l.value);
        }
        addCheck(ctx, blankFormCheck(form.view.name, a1(first.r, first.label.c)));
        continue;
      }
      const read = readBlocks(form.view, [form.block], ctx, { legend });
      if (!read) continue;
      for (const row of read.rows) activities.push(row);
      blockRegions.push({ sheet: form.view.name, ...read.region });
    }
    // An index of the forms (a row a sheet: a link to it, its status pulled by a formula): its
    // rows point to the activities read on the forms, and are none of their own.
    const pointers = indexRows(activities, views, forms);
    if (pointers.size > 0) {
      activities = activities.filter((a) => !pointers.has(a));
      for (const [row, form] of pointers) {
        forgetWhere(ctx, row.source.sheet, (r) => r === row.source.row - 1);
        addCheck(ctx, indexRowCheck(row.source.sheet, row.cells.activity ?? `A${row.source.row}`, form));
      }
    }
  }
  // A checklist answered per municipality, or in a form several people answered, waits for the cover.
  const afterCover =
    jointChecklists.length > 0 || municipalChecklists.length > 0 || checklist.waitsForCover();
  let answers: DraftChecklistAnswer[] = afterCover ? [] : checklist.finish();
  needsAnalysis.sort((a, b) => NEEDS_ORDER.indexOf(a.id) - NEEDS_ORDER.indexOf(b.id));

  // 3. Cover fields, titles.
  const regions: Region[] = [
    ...tables.map((t) => ({
      sheet: t.view.name,
      r0: t.headerTop,
      r1: Math.max(t.lastRow, t.headerBottom),
      c0: t.c0,
      c1: t.c1,
    })),
    ...blockRegions,
  ];
  const cover = readCover(views, regions, ctx, lang, {
    ...(options.municipality !== undefined ? { municipality: options.municipality } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
  });
  // A plan sheet copied from last half-year whose tab or title still names it (staleperiod.ts).
  if (cover.period !== undefined && options.period === undefined && cover.places.period && !layout.template) {
    const stale = stalePeriodMention(tables, new Set(activities.map((a) => a.source.sheet)), cover.period);
    if (stale) addCheck(ctx, stalePeriodCheck(cover.places.period, cover.period, stale));
  }

  // The sheets of the other municipalities the file is kept for: no part of this plan.
  const others = otherMunicipalSheets(municipal, cover.municipality?.code);
  if (afterCover) {
    for (const t of municipalChecklists) if (!others.has(t.view.name)) checklist.read(t);
    for (const t of jointChecklists) {
      chooseMunicipalColumn(t, cover.municipality?.code, ctx);
      checklist.read(t);
    }
    checklist.readWaiting(tables, cover.coordinator ?? null);
    answers = checklist.finish();
  }

  if (others.size > 0 && cover.municipality) {
    for (const list of [activities, corps] as const) {
      const kept = list.filter((x) => !others.has(x.source.sheet));
      list.length = 0;
      for (const x of kept) (list as (typeof kept)[number][]).push(x);
    }
    for (let i = tables.length - 1; i >= 0; i--)
      if (others.has((tables[i] as DetectedTable).view.name)) tables.splice(i, 1);
    for (const [sheet, code] of others) {
      // What reading said on the other municipality's sheet is about its plan: asked of no one.
      forgetWhere(ctx, sheet, () => true);
      addCheck(ctx, otherMunicipalSheetCheck(sheet, code, cover.municipality.code));
    }
  }

  // A joint plan with a partner that is no Danish municipality: the partner's own rows and mentors
  // are left out, each reported (partners.ts).
  const ownCode = cover.municipality?.code;
  if (ownCode !== undefined) {
    // Two rules leave rows out, each with a check at the row: a shared coordinator's file with two
    // municipalities in one table (a "Kommune" column, or a block under each one's heading: the
    // other municipality's rows, municipalrows.ts), and a joint plan with a partner that is no
    // municipality (the partner's rows, partners.ts).
    type Rows = Parameters<typeof partnerRows>[2];
    type LeftOut = { readonly sheet: string; readonly row: number; readonly check: ReadCheck };
    const leftOut: ((list: Rows, what: 'activities' | 'corps') => LeftOut[])[] = [
      (list, what) =>
        otherMunicipalRows(tables, ownCode, list).map((p) => ({
          sheet: p.sheet,
          row: p.row,
          check: otherMunicipalRowCheck(p, ownCode, what),
        })),
      (list, what) =>
        partnerRows(tables, ownCode, list).map((p) => ({
          sheet: p.sheet,
          row: p.row,
          check: partnerRowCheck(p, ownCode, what),
        })),
    ];
    for (const rule of leftOut) {
      for (const [what, list] of [
        ['activities', activities],
        ['corps', corps],
      ] as const) {
        const theirs = rule(list, what);
        if (theirs.length === 0) continue;
        const out = new Set(theirs.map((p) => `${p.sheet}\u0000${p.row}`));
        const kept = list.filter((x) => !out.has(`${x.source.sheet}\u0000${x.source.row}`));
        list.length = 0;
        for (const x of kept) (list as (typeof kept)[number][]).push(x);
        // What reading said about a row left out (a date it could not read, a role not on the list) is
        // about the other plan, not the municipality's: asked of no one (the CPR scan of the whole
        // workbook is validation's and stays).
        for (const p of theirs) forgetWhere(ctx, p.sheet, (r) => r === p.row - 1);
        for (const p of theirs) addCheck(ctx, p.check);
      }
    }
  }

  // "mig selv", "jeg" as the responsible in the coordinator's own plan: the coordinator the cover
  // names, checked at the cell (spoken.ts).
  const me = cover.coordinator?.name;
  if (me !== undefined)
    for (const a of activities) {
      const who = a.values.responsible;
      if (who === undefined || !namesSelf(who)) continue;
      (a.values as { responsible?: string }).responsible = me;
      const at = fieldCell(a, 'responsible');
      if (at !== undefined) addCheck(ctx, selfResponsibleCheck(a.source.sheet, at, who, me));
    }

  // Proposals answered "Nej" in a column of approvals are no activities, each reported (proposals.ts).
  const rejected = rejectedRows(tables, activities);
  if (rejected.length > 0) {
    const out = new Set(rejected.map((p) => `${p.sheet}\u0000${p.row}`));
    const kept = activities.filter((x) => !out.has(`${x.source.sheet}\u0000${x.source.row}`));
    activities.length = 0;
    for (const x of kept) activities.push(x);
    for (const p of rejected) addCheck(ctx, rejectedRowCheck(p));
  }

  // A column suggesting a list value ("Foreslået tema") beside her own column: read only where hers
  // is empty, checked (suggested.ts).
  for (const c of acceptSuggestions(tables, activities)) addCheck(ctx, c);

  const planTable = tables.find((t) => t.key === 'activities');
  if (!planTable && blockRegions.length === 0) {
    const sheet = layout.template
      ? ACTIVITIES_SHEET.sheet[lang]
      : (views.find((v) => v.sheet.state === 'visible')?.name ?? views[0]?.name ?? '');
    ctx.issues.push(planTableMissing(sheet, 'A1'));
  }

  const draft: DraftPlan = {
    ...(cover.templateVersion !== undefined ? { templateVersion: cover.templateVersion } : {}),
    ...(cover.municipality ? { municipality: cover.municipality } : {}),
    ...(cover.period !== undefined ? { period: cover.period } : {}),
    ...(cover.phase ? { phase: cover.phase } : {}),
    ...(cover.coordinator ? { coordinator: cover.coordinator } : {}),
    ...(cover.leader ? { leader: cover.leader } : {}),
    ...(cover.organisation ? { organisation: cover.organisation } : {}),
    ...(cover.supervisionModel ? { supervisionModel: cover.supervisionModel } : {}),
    places: cover.places,
    ...(layout.carried ? { carried: layout.carried } : {}),
    ...(planTable ? { planTable: { sheet: planTable.view.name, headerRow: planTable.headerTop } } : {}),
    activities,
    checklist: answers,
    roles,
    corps,
    indicators,
    communication,
    needsAnalysis,
  };

  const result: StructureResult = {
    draft,
    issues: ctx.issues,
    unmapped: unmappedCells(views, leftOut),
    checks: [
      ...ctx.checks,
      ...uncalculatedChecks(sheets),
      ...textDateChecks(sheets),
      ...markupTextChecks(sheets),
      ...givenTwiceChecks(sheets),
      ...underMergeChecks(sheets),
      ...unreadValueChecks(sheets),
      ...recodedTextChecks(sheets),
      ...bareAmpersandChecks(grid.bareAmpersands),
      ...twinNameChecks(grid),
    ],
    tables: tables.map(toMapping),
    archivedSheets: [...layout.archived],
    notCarried: notCarried(sheets),
    ...(options.remembered ? { remembered: rememberedColumns } : {}),
  };
  const read =
    markdown.size === 0
      ? result
      : placesBack(
          {
            ...result,
            checks: [
              ...result.checks,
              ...[...markdown].flatMap(([sheet, md]) =>
                md.tables.map((t) =>
                  md.separator === undefined
                    ? markdownTableCheck(sheet, a1(t.r, t.c), t.last)
                    : delimitedTableCheck(sheet, t.r, t.c, t.last, md.separator),
                ),
              ),
              ...[...markdown].flatMap(([sheet, md]) =>
                (md.irregular ?? []).map((line) => irregularLineCheck(sheet, line, md.separator ?? ';')),
              ),
              ...[...markdown].flatMap(([sheet, md]) =>
                (md.short ?? []).map((line) => shortLineCheck(sheet, line, md.separator ?? ';')),
              ),
            ],
          },
          markdown,
        );
  const upright =
    sideways.size === 0
      ? read
      : sidewaysBack(
          read,
          sideways,
          new Set(ctx.checks),
          [...sideways].map(([n, side]) => sidewaysCheck(n, side)),
        );
  const days =
    months.size === 0 && boards.size === 0 && lines.size === 0 && coded.size === 0
      ? upright
      : movedBack(
          upright,
          new Map<string, MonthCalendar | KanbanBoard | Timeline | CodedSheet>([
            ...months,
            ...boards,
            ...lines,
            ...coded,
          ]),
          new Set(ctx.checks),
          [
            ...[...months].map(([n, m]) => monthCalendarCheck(n, m)),
            ...[...boards].map(([n, b]) => kanbanCheck(n, b)),
            ...[...lines].map(([n, t]) => timelineCheck(n, t)),
            ...(codebook ? [...coded].map(([n, c]) => codedSheetCheck(n, c, codebook)) : []),
          ],
        );
  // Shapes and form controls the grid lists but cannot give (the add-in's): said where they may
  // hold what is missing (timeline.ts).
  const drawn = [
    ...drawnPlanChecks(grid.sheets, days.draft),
    ...pictureChecks(
      grid.sheets,
      days.draft.activities.length === 0 ||
        days.draft.activities.some((a) => a.values.status === undefined) ||
        days.draft.checklist.some((a) => a.answer === null),
    ),
  ];
  const told = drawn.length === 0 ? days : { ...days, checks: [...days.checks, ...drawn] };
  return options.remembered ? applyRememberedValues(told, grid, options.remembered) : told;
}

/** What remembered column meanings need of a detected table: its kind, mapping and header cells. */
function rememberedView(t: DetectedTable): Parameters<typeof rememberedOverrides>[0][number] {
  return {
    key: t.key,
    sheet: t.view.name,
    columns: t.columns,
    headers: t.info
      .filter((i) => i.header.trim() !== '')
      .map((i) => {
        const last = i.cells[i.cells.length - 1];
        return { col: i.col, header: i.header, cell: last ? a1(last.r, last.c) : a1(t.headerTop, i.col) };
      }),
  };
}

/** Whether a cell is in a plan table's data (where a number beside a theme is a row number, not a code). */
function planArea(tables: readonly DetectedTable[]): (sheet: string, r: number, c: number) => boolean {
  const plans = tables.filter((t) => t.key === 'activities');
  return (sheet, r, c) =>
    plans.some((t) => t.view.name === sheet && r >= t.firstRow && r <= t.lastRow && c >= t.c0 && c <= t.c1);
}

/**
 * The reporting period the workbook states on a sheet other than the half-year plan sheets: a
 * period label ("Periode", "Rapporteringsperiode", "Halvår") with a half-year beside it or after a
 * colon ("Periode: 2. halvår 2027"). Looked for only when plan sheets are named by half-years.
 */
function statedPeriod(views: readonly SheetView[], skip: ReadonlySet<string>): string | undefined {
  for (const view of views) {
    if (skip.has(view.name)) continue;
    for (const r of view.rows) {
      const cells = view.rowCells(r);
      for (let i = 0; i < cells.length; i++) {
        const text = displayText(cells[i], view.date1904);
        if (text === '' || text.length > 60) continue;
        const inline = /^([^:]{2,40}):\s*(.+)$/su.exec(text);
        const label = inline?.[1] ?? text.replace(/\s*:\s*$/u, '');
        if (coverLabel(label) !== 'period') continue;
        const value = inline?.[2] ?? displayText(cells[i + 1], view.date1904);
        const found = parsePeriod(value);
        if (found) return found.id;
      }
    }
  }
  return undefined;
}

/** The half-year a sheet's name names ("2027 H2", "Handleplan 1. halvår 2027"), as "2027-H2". */
function halfYearOfName(name: string): string | undefined {
  for (const text of [name, name.replace(/^[^\d]*?(?=\d)/, '')]) {
    const r = readDateText(text);
    if (!r || r.yearSupplied) continue;
    const year = r.first.slice(0, 4);
    if (r.last.slice(0, 4) !== year) return undefined;
    if (r.first.endsWith('-01-01') && r.last.endsWith('-06-30')) return `${year}-H1`;
    if (r.first.endsWith('-07-01') && r.last.endsWith('-12-31')) return `${year}-H2`;
    return undefined;
  }
  return undefined;
}

/**
 * Plan sheets that are not the plan. A plan table on a hidden sheet, when another is on a visible
 * sheet, is an old version put out of sight. When plan tables stand on sheets named by half-years
 * ("2027 H1", "2027 H2": each half-year's follow-up a copy of the last), the sheet of the period
 * being reported (when it is given), else the latest half-year, is the plan, and the earlier ones are
 * its history. Each sheet passed over is named in a check.
 */
/** The name of a sheet of dated notes kept beside a plan: a log, minutes, a change log. */
const LOG_SHEET =
  /^(?:log|logbog|log ?book|(?:æ|ae)ndringslog|change ?log|referat(?:er)?|m(?:ø|oe)dereferat(?:er)?|m(?:ø|oe)denoter|noter|notes|dagbog|journal|minutes)$/iu;

function replacedPlanSheets(
  tables: readonly DetectedTable[],
  given: string | undefined,
  views: readonly SheetView[],
): Map<string, { why: SheetNotRead; kept: string }> {
  const out = new Map<string, { why: SheetNotRead; kept: string }>();
  const planSheets = [...new Set(tables.filter((t) => t.key === 'activities').map((t) => t.view))];
  let visible = planSheets.filter((v) => v.sheet.state === 'visible');
  if (visible.length === 0) return out;
  // A log or minutes beside the plan ("Logbog", "Referater", "Ændringslog"): dated notes, no plan.
  const logs = visible.filter((v) => LOG_SHEET.test(v.name.trim()));
  if (logs.length > 0 && logs.length < visible.length) {
    visible = visible.filter((v) => !logs.includes(v));
    for (const v of logs) out.set(v.name, { why: 'log', kept: visible[0]?.name ?? '' });
  }
  for (const v of planSheets) {
    if (v.sheet.state !== 'visible') out.set(v.name, { why: 'hidden', kept: visible[0]?.name ?? '' });
  }
  const halves = visible
    .map((v) => ({ name: v.name, half: halfYearOfName(v.name) }))
    .filter((h): h is { name: string; half: string } => h.half !== undefined);
  if (halves.length < 2) return out;
  const period = given ?? statedPeriod(views, new Set(halves.map((h) => h.name)));
  const chosen =
    halves.find((h) => h.half === period) ??
    halves.reduce((a, b) => (b.half > a.half ? b : a), halves[0] as { name: string; half: string });
  for (const h of halves)
    if (h.name !== chosen.name) out.set(h.name, { why: 'otherHalf', kept: chosen.name });
  for (const [name, entry] of out)
    if (entry.why === 'hidden') out.set(name, { why: 'hidden', kept: chosen.name });
  return out;
}

/** Sheets whose checklist is hidden while another sheet's checklist is visible, each with the one kept. */
function hiddenChecklists(tables: readonly DetectedTable[]): { sheet: string; kept: string }[] {
  const lists = tables.filter((t) => t.key === 'checklist');
  const visible = lists.find((t) => t.view.sheet.state === 'visible');
  if (!visible) return [];
  const hidden = new Set(lists.filter((t) => t.view.sheet.state !== 'visible').map((t) => t.view.name));
  return [...hidden].map((sheet) => ({ sheet, kept: visible.view.name }));
}

/** A title that says the table under it is an earlier plan kept for the record. */
const EARLIER_TITLE =
  /(?<![\p{L}])(?:(?:forrige|sidste|tidligere)\s+(?:halvårs?|periodes?|plan|år)|kun\s+til\s+orientering|arkiv(?:eret)?|gammel\s+plan|previous\s+(?:half-year|period|plan)|for\s+reference\s+only|archived?)(?![\p{L}])/iu;

/**
 * The first year wholly before the half-year preceding `period` ("2026-H2" → 2026: 2025 and before;
 * "2027-H1" → 2026: 2025 and before, as the autumn before may still run on into the period).
 */
function lastYearBefore(period: string): number {
  const year = Number(period.slice(0, 4));
  return period.endsWith('H2') ? year : year - 1;
}

/** The one year a title names, where it names one and no date or other number ("Handleplan 2025"). */
function titleYear(text: string): number | undefined {
  // Cheap first: a title with no four digits in a row names no year.
  if (!/\d{4}/.test(text)) return undefined;
  const numbers = text.match(/\d+/g) ?? [];
  if (numbers.length !== 1) return undefined;
  const only = numbers[0] ?? '';
  return /^20\d\d$/.test(only) ? Number(only) : undefined;
}

/**
 * Plan tables that are an earlier half-year's plan left standing beside the plan: a table whose
 * title lines right above it name a half-year before the one reported ("1. halvår 2026 – afsluttet"
 * in a plan for 2026-H2) or say it is kept for the record ("forrige halvår", "kun til orientering",
 * "arkiv"). Only where another plan table, not so titled, remains; the table kept is named.
 */
function earlierPlanTables(
  tables: readonly DetectedTable[],
  reported: () => string | undefined,
): {
  table: DetectedTable;
  title: { cell: string; text: string };
  kept: string;
  /** Where the title names a whole year and no half-year: that year and the period's year. */
  year?: { title: number; period: number };
}[] {
  const plans = tables.filter((t) => t.key === 'activities' && t.view.sheet.state === 'visible');
  if (plans.length < 2) return [];
  const earlier: {
    table: DetectedTable;
    title: { cell: string; text: string };
    year?: { title: number; period: number };
  }[] = [];
  // The period reported, looked for (over every cell of the workbook) only when a title names one.
  let period: string | null | undefined;
  const current: DetectedTable[] = [];
  for (const t of plans) {
    let title: { cell: string; text: string } | undefined;
    let titled: { title: number; period: number } | undefined;
    for (const r of t.preamble) {
      for (const cell of t.view.rowCells(r)) {
        const text = displayText(cell, t.view.date1904).trim();
        if (text === '' || text.length > 120) continue;
        const half = findPeriod(text);
        // A title naming one whole year and no date ("Handleplan 2025"): that year's plan.
        const year = half === undefined ? titleYear(text) : undefined;
        if ((half !== undefined || year !== undefined) && period === undefined) period = reported() ?? null;
        const before =
          typeof period === 'string' &&
          ((half !== undefined && half.id < period) || (year !== undefined && year < lastYearBefore(period)));
        if (before || EARLIER_TITLE.test(text)) {
          title = { cell: a1(cell.r, cell.c), text };
          // A whole year's plan ("Handleplan 2025"), not a half-year's: the check says so.
          titled =
            before && year !== undefined && typeof period === 'string'
              ? { title: year, period: Number(period.slice(0, 4)) }
              : undefined;
        }
      }
    }
    if (title) earlier.push({ table: t, title, ...(titled ? { year: titled } : {}) });
    else current.push(t);
  }
  const kept = current[0];
  if (!kept) return [];
  return earlier.map((e) => ({ ...e, kept: `${kept.view.name}!${a1(kept.headerTop, kept.c0)}` }));
}

/**
 * One sheet per theme: when several sheets each hold a plan table without a theme column and their
 * names name themes ("Ledelse", "Kommunikation", "Kultur og arbejdsproces"), each sheet's name is the
 * theme of its rows. A single plan sheet gives its theme only when its name is a theme exactly.
 */
function themesFromSheetNames(tables: readonly DetectedTable[]): Map<string, ThemeMatch> {
  const named = new Map<string, ThemeMatch>();
  for (const t of tables) {
    if (t.key !== 'activities' || t.columns.some((c) => c.field === 'theme')) continue;
    const match = themeByMeaning(t.view.name.replace(/^\s*\d+\s*[.)\-–]?\s*/u, ''));
    if (match) named.set(t.view.name, match);
  }
  const planSheets = new Set(tables.filter((t) => t.key === 'activities').map((t) => t.view.name));
  if (named.size >= 2) return named;
  if (planSheets.size === 1) {
    const [only] = [...named.entries()];
    if (only && only[1].confidence === 1) return new Map([only]);
  }
  return new Map();
}

/** A column mapped by a guess (below certainty) is shown to the coordinator for a check. */
function checkColumns(t: DetectedTable, ctx: Ctx): void {
  for (const m of t.columns) {
    if (m.field === null || m.confidence >= 1) continue;
    // The header cell (of a header over two rows, its lower cell), or '' for a column without one.
    const header = t.info.find((i) => i.col === m.col)?.cells;
    const at = header?.[header.length - 1];
    const cell = at ? a1(at.r, at.c) : '';
    addCheck(ctx, columnCheck(t.view.name, cell, m.header, t.key, m.field, m.confidence));
  }
}

function toMapping(t: DetectedTable): TableMapping {
  return {
    key: t.key,
    sheet: t.view.name,
    headerRow: t.headerTop,
    firstRow: t.firstRow,
    lastRow: t.lastRow,
    columns: [...t.columns].sort((a, b) => a.col - b.col),
  };
}

/** Header cells of recognised columns, and filler under them ("(sæt x)"), are used. */
function useHeader(t: DetectedTable): void {
  const mapped = new Set(t.columns.filter((c) => c.field !== null).map((c) => c.col));
  for (const info of t.info) {
    if (!mapped.has(info.col)) continue;
    for (const cell of info.cells) t.view.useCell(cell);
  }
}

/**
 * The coordinator's corrections from the add-in: a column's field, or no field (null). A correction
 * applies to the table on that sheet whose columns include it (else the nearest table that knows
 * the field) and takes the field away from any other column of that table (but the RACI columns'
 * pseudo-field, which a matrix has one column per role of). A field the table does
 * not have (e.g. "initials" on a plan) cannot apply and leaves the mapping as it was.
 */
function applyOverrides(tables: readonly DetectedTable[], overrides: readonly ColumnOverride[]): void {
  for (const o of overrides) {
    const onSheet = tables.filter((t) => t.view.name === o.sheet);
    const inside = onSheet.filter((t) => o.col >= t.c0 && o.col <= t.c1);
    const candidates = inside.length > 0 ? inside : onSheet;
    const t = candidates
      .filter((x) => o.field === null || knownFields(x.key).has(o.field))
      .sort((a, b) => distance(a, o.col) - distance(b, o.col))[0];
    if (!t) continue;
    // A field is one column's, but a RACI matrix's letters stand in one column per role.
    const cols = t.columns.map((c) =>
      o.field !== null && o.field !== RACI_FIELD && c.field === o.field && c.col !== o.col
        ? { ...c, field: null, confidence: 0 }
        : c,
    );
    const existing = cols.findIndex((c) => c.col === o.col);
    const header = t.view.text(t.headerTop, o.col);
    const mapping = { col: o.col, header, field: o.field, confidence: o.field === null ? 0 : 1 };
    if (existing >= 0) cols[existing] = { ...mapping, header: cols[existing]?.header ?? header };
    else cols.push(mapping);
    t.columns = cols.sort((a, b) => a.col - b.col);
    t.c0 = Math.min(t.c0, o.col);
    t.c1 = Math.max(t.c1, o.col);
  }
}

function distance(t: DetectedTable, col: number): number {
  return col < t.c0 ? t.c0 - col : col > t.c1 ? col - t.c1 : 0;
}

/** Danish unless the headers are written in English. */
function languageOf(tables: readonly DetectedTable[]): Lang {
  let da = 0;
  let en = 0;
  for (const t of tables) {
    const spec = TABLE_SHEETS.find((s) => s.key === t.key);
    for (const m of t.columns) {
      const col = spec?.columns.find((c) => c.field === m.field);
      if (!col) continue;
      const h = normalizeText(m.header);
      if (h === normalizeText(col.label.da)) da++;
      else if (h === normalizeText(col.label.en)) en++;
    }
  }
  return en > da ? 'en' : 'da';
}

/** Cells left out together, for one reason: a later year's column group, or rows planned for later. */
interface LeftOutSpan {
  readonly sheet: string;
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
  readonly kind: NonNullable<Unmapped['leftOut']>['kind'];
  readonly label: string;
}

function unmappedCells(views: readonly SheetView[], leftOut: readonly LeftOutSpan[]): Unmapped[] {
  const out: Unmapped[] = [];
  for (const view of views) {
    const spans = leftOut.filter((s) => s.sheet === view.name);
    for (const cell of view.unusedCells()) {
      const u: Unmapped = {
        sheet: view.name,
        cell: a1(cell.r, cell.c),
        value: displayText(cell, view.date1904),
      };
      const s = spans.find((x) => cell.r >= x.r0 && cell.r <= x.r1 && cell.c >= x.c0 && cell.c <= x.c1);
      out.push(s ? { ...u, leftOut: { kind: s.kind, label: s.label } } : u);
    }
  }
  return out;
}

const DRAWING_WORDS: Record<'chart' | 'image' | 'shape', string> = {
  chart: 'diagram / chart',
  image: 'billede / image',
  shape: 'figur / shape',
};

function notCarried(sheets: readonly GridSheet[]): { sheet: string; what: string }[] {
  return sheets.flatMap((s) =>
    s.drawings.map((d) => ({
      sheet: s.name,
      what: d.name ? `${DRAWING_WORDS[d.kind]} "${d.name}"` : DRAWING_WORDS[d.kind],
    })),
  );
}

/** A theme code legend's wording: the theme's own name, else its words (themes.ts). */
function legendTheme(text: string): ThemeMatch | undefined {
  const exact = headingTheme(text);
  return exact !== undefined ? { theme: exact, confidence: 1 } : themeByMeaning(text);
}

/** The fields a plan table's columns give, in column order: two tables under the same header agree. */
function planFields(t: DetectedTable): string {
  return t.columns
    .filter((m) => m.field !== null)
    .map((m) => m.field)
    .join('|');
}

/** A check at a responsible written as the plan's writer ("mig selv", "jeg"), read as the coordinator. */
function selfResponsibleCheck(sheet: string, cell: string, written: string, name: string): ReadCheck {
  return {
    sheet,
    cell,
    field: 'activities.responsible',
    value: name,
    confidence: 0.8,
    reason: {
      da: `"${written.trim()}" er læst som koordinatoren, ${name}, som forsiden nævner. Ret det, hvis planen er skrevet af en anden.`,
      en: `"${written.trim()}" was read as the coordinator, ${name}, named on the cover. Correct it if someone else wrote the plan.`,
    },
  };
}

/** The PivotTable report a table's header stands in, if any. */
function pivotOf(t: DetectedTable): { readonly name: string; readonly ref: GridRange } | undefined {
  return t.view.sheet.pivots?.find(
    (p) => t.headerTop >= p.ref.s.r && t.headerTop <= p.ref.e.r && t.c0 >= p.ref.s.c && t.c0 <= p.ref.e.c,
  );
}

/**
 * Tables found in a PivotTable's report, dropped where a table of the same kind stands outside
 * every report: the report's cells are used (no unplaced values) and a check says so.
 */
function passOverPivots(tables: DetectedTable[], ctx: Ctx): void {
  const outside = new Map<TableKey, DetectedTable>();
  for (const t of tables) if (!outside.has(t.key) && pivotOf(t) === undefined) outside.set(t.key, t);
  const done = new Set<string>();
  for (let i = tables.length - 1; i >= 0; i--) {
    const t = tables[i] as DetectedTable;
    const pivot = pivotOf(t);
    const kept = outside.get(t.key);
    if (pivot === undefined || kept === undefined) continue;
    tables.splice(i, 1);
    const key = `${t.view.name}\u0000${pivot.name}\u0000${rangeA1(pivot.ref)}`;
    if (done.has(key)) continue;
    done.add(key);
    for (let r = pivot.ref.s.r; r <= pivot.ref.e.r; r++)
      for (const cell of t.view.rowCells(r, pivot.ref.s.c, pivot.ref.e.c)) t.view.useCell(cell);
    const read = `"${kept.view.name}"${kept.view.name === t.view.name ? ` (${a1(kept.headerTop, kept.c0)})` : ''}`;
    addCheck(ctx, pivotCheck(t.view.name, pivot.name, rangeA1(pivot.ref), read));
  }
}
