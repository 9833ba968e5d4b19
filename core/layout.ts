// Where everything goes in a workbook in the template layout, derived from the template spec, as a
// document (core/document/model.ts WorkbookDocument). Pure data: the Node writer
// (workbook/document.ts) and the add-in's Office.js layer both render this same document, so the
// template, the output of `korpsplan structure` and the sheets the add-in inserts never drift.

import type { CellValue, Grid } from './grid';
import type {
  FormulaConditional,
  Note,
  PlacedCell,
  PlacedSheet,
  Validation,
  WorkbookDocument,
} from './document/model';
import { a1, colName, SheetIndex, cellText, parseA1 } from './grid';
import { isDateFormat, isoToExcelSerial } from './dates';
import type { CarriedAnswer, DraftPlan, DraftRow } from './draft';
import { SETTLED_STATUSES } from './late';
import {
  ACTIVITIES_SHEET,
  CARRIED_MARKER,
  CHECKLIST_GROUPS,
  CHECKLIST_SHEET,
  FRONT_SHEET,
  INDICATORS,
  LIST_TITLES,
  LISTS,
  LISTS_SHEET,
  NEEDS_ANALYSIS,
  NEEDS_SHEET,
  DEFAULT_ROLES,
  ROLES_SHEET,
  SOURCE_SHEETS_MARKER,
  STATUSES,
  TABLE_SHEETS,
  TEMPLATE_MARKER,
  checklistFor,
  isTemplateVersion,
  tableSpecFor,
  TEMPLATE_VERSION,
  type ColumnSpec,
  type Lang,
  type TemplateVersion,
  type ListId,
  type ListValue,
  type TableSheetSpec,
} from './spec';

export const DATE_FORMAT = 'dd-mm-yyyy';
/** Rows below a table's data that still get dropdowns and formatting, so new rows typed under it behave. */
export const EXTRA_ROWS = 500;
/** The header row of every table sheet (0-based): title in row 1, a line of help in row 2. */
export const TABLE_HEADER_ROW = 2;
/** The first field row of the cover sheet (0-based). */
export const FRONT_FIRST_ROW = 2;

export interface LayoutContent {
  /** What structuring understood; cells of the template are filled from it. */
  readonly draft: DraftPlan;
  /** The source workbook: values structuring could not read are carried over as they were typed, and its sheets are kept as originals. */
  readonly grid?: Grid;
  /** Things in the source that could not be carried over (charts, images). */
  readonly notCarried?: readonly { readonly sheet: string; readonly what: string }[];
  /**
   * Original sheets (by their name in the source) whose copies keep their formatting (the Node
   * writer, workbook/structured.ts), rather than only their values: the note on each copy says which.
   */
  readonly formattedOriginals?: readonly string[];
  /**
   * The history sheet of a next half-year's workbook (core/nextPeriod.ts): what was settled before,
   * kept beside the plan, listed with the archived sheets so that it is never read as plan data.
   */
  readonly history?: PlacedSheet;
}

const UI = {
  frontIntro: {
    da: 'Udfyld felterne i kolonne B. Vælg fra listerne, hvor der er en pil.',
    en: 'Fill in the fields in column B. Choose from the lists where there is an arrow.',
  },
  catalogueListTitle: { da: 'Indikatorkatalog', en: 'Indicator catalogue' },
  listPromptTitle: { da: 'Vælg fra listen', en: 'Choose from the list' },
  listErrorTitle: { da: 'Værdien findes ikke på listen', en: 'The value is not on the list' },
  listError: { da: 'Vælg en af værdierne på listen.', en: 'Choose one of the values on the list.' },
  datePromptTitle: { da: 'Dato', en: 'Date' },
  datePrompt: { da: 'Skriv en dato, fx 15-03-2026.', en: 'Type a date, e.g. 15-03-2026.' },
  dateErrorTitle: { da: 'Ikke en dato', en: 'Not a date' },
  dateError: {
    da: 'Skriv en dato som 15-03-2026. Vil du beholde teksten, så vælg Ja – korpsplan prøver at læse den.',
    en: 'Type a date such as 15-03-2026. To keep the text, choose Yes – korpsplan will try to read it.',
  },
  numberPromptTitle: { da: 'Tal', en: 'Number' },
  numberPrompt: { da: 'Skriv et tal (0 eller derover).', en: 'Type a number (0 or more).' },
  numberErrorTitle: { da: 'Ikke et tal', en: 'Not a number' },
  numberError: { da: 'Skriv et tal, 0 eller derover.', en: 'Type a number, 0 or more.' },
  originalPrefix: { da: 'Original', en: 'Original' },
  originalNote: {
    da: 'Dette ark er en kopi af værdierne i det oprindelige ark "{sheet}". Selve planen står i skabelonens ark.',
    en: 'This sheet is a copy of the values of the original sheet "{sheet}". The plan itself is in the template sheets.',
  },
  formattedOriginalNote: {
    da: 'Dette ark er en kopi af det oprindelige ark "{sheet}" med dets formatering; formler står som deres værdier. Selve planen står i skabelonens ark.',
    en: 'This sheet is a copy of the original sheet "{sheet}" with its formatting; formulas are kept as their values. The plan itself is in the template sheets.',
  },
  notCarried: {
    da: 'Kunne ikke overføres: {what}. Se det oprindelige regneark.',
    en: 'Could not be carried over: {what}. See the original workbook.',
  },
} as const;

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

// --- The hidden lists sheet -------------------------------------------------------------------

const LIST_ORDER: readonly ListId[] = [
  'municipality',
  'period',
  'phase',
  'theme',
  'status',
  'anchoring',
  'answer',
  'organisation',
  'supervisionModel',
  'corpsRole',
  'unit',
];
/** Column of the lists sheet holding the indicator catalogue, by label in the workbook's language. */
const INDICATOR_CODES_COL = 2 + LIST_ORDER.length;

function listColumn(list: ListId): number {
  return 2 + LIST_ORDER.indexOf(list);
}

function listValues(list: ListId): readonly ListValue[] {
  return LISTS[list] as readonly ListValue[];
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function listSource(list: ListId, lang: Lang): string {
  const col = colName(listColumn(list));
  return `${quoteSheet(LISTS_SHEET[lang])}!$${col}$2:$${col}$${listValues(list).length + 1}`;
}

function indicatorCodeSource(lang: Lang): string {
  const col = colName(INDICATOR_CODES_COL);
  return `${quoteSheet(LISTS_SHEET[lang])}!$${col}$2:$${col}$${INDICATORS.length + 1}`;
}

/** Column of the lists sheet holding the checklist answers carried from the previous half-year. */
export const CARRIED_COL = INDICATOR_CODES_COL + 1;

/** One carried answer as the lists sheet keeps it: "F1=yes@2026-H1". */
export function carriedEntry(c: CarriedAnswer): string {
  return `${c.id}=${c.answer}${c.period ? `@${c.period}` : ''}`;
}

function listsSheet(
  lang: Lang,
  archived: readonly string[],
  carried: readonly CarriedAnswer[] = [],
): PlacedSheet {
  const cells: PlacedCell[] = [
    { r: 0, c: 0, v: TEMPLATE_MARKER },
    { r: 1, c: 0, v: SOURCE_SHEETS_MARKER },
    ...archived.map((name, i) => ({ r: 2 + i, c: 0, v: name })),
  ];
  if (carried.length > 0) {
    cells.push({ r: 0, c: CARRIED_COL, v: CARRIED_MARKER });
    carried.forEach((c, i) => cells.push({ r: 1 + i, c: CARRIED_COL, v: carriedEntry(c) }));
  }
  for (const list of LIST_ORDER) {
    const c = listColumn(list);
    cells.push({ r: 0, c, v: LIST_TITLES[list][lang] });
    listValues(list).forEach((value, i) => cells.push({ r: 1 + i, c, v: value.label[lang] }));
  }
  cells.push({ r: 0, c: INDICATOR_CODES_COL, v: UI.catalogueListTitle[lang] });
  INDICATORS.forEach((ind, i) => cells.push({ r: 1 + i, c: INDICATOR_CODES_COL, v: ind.label[lang] }));
  return {
    name: LISTS_SHEET[lang],
    state: 'hidden',
    widths: [],
    freezeRows: 0,
    cells,
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    notes: [],
  };
}

// --- Values -------------------------------------------------------------------------------------

type RowValues = Record<string, unknown>;

function labelOf(list: ListId, id: unknown, lang: Lang): string | undefined {
  if (typeof id !== 'string') return undefined;
  return listValues(list).find((v) => v.id === id)?.label[lang];
}

/** A typed value of a column as it goes into a cell; undefined when there is nothing. */
export function cellValueOf(col: ColumnSpec, value: unknown, lang: Lang): CellValue | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // A catalogue indicator is written as its label, as the template's dropdown offers it.
  if (col.catalogue && typeof value === 'string') {
    return INDICATORS.find((i) => i.code === value)?.label[lang] ?? value;
  }
  switch (col.kind) {
    case 'list':
      return col.list ? labelOf(col.list, value, lang) : undefined;
    case 'date':
      return typeof value === 'string' ? isoToExcelSerial(value) : undefined;
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : undefined;
    case 'text':
    case 'email':
      return typeof value === 'string' ? value : undefined;
  }
}

/** Looks up source cells by sheet and A1 address, indexing each sheet once. */
class SourceCells {
  private readonly indexes = new Map<string, SheetIndex>();
  constructor(private readonly grid: Grid | undefined) {}

  /** The source cell's text, for a field that structuring could not read, so nothing typed is lost. */
  text(sheet: string, cell: string | undefined): string | undefined {
    if (!this.grid || !cell) return undefined;
    let index = this.indexes.get(sheet);
    if (!index) {
      const src = this.grid.sheets.find((s) => s.name === sheet);
      if (!src) return undefined;
      index = new SheetIndex(src);
      this.indexes.set(sheet, index);
    }
    const at = parseA1(cell);
    const text = at ? cellText(index.get(at.r, at.c)).trim() : '';
    return text === '' ? undefined : text;
  }
}

function rowCells(
  spec: TableSheetSpec,
  row: DraftRow<object>,
  lang: Lang,
  source: SourceCells,
): (CellValue | null)[] {
  const values = row.values as RowValues;
  return spec.columns.map((col) => {
    const v = cellValueOf(col, values[col.field], lang);
    if (v !== undefined) return v;
    const cells = row.cells as Record<string, string | undefined>;
    return source.text(row.source.sheet, cells[col.field]) ?? null;
  });
}

// --- Sheets -------------------------------------------------------------------------------------

function validationsFor(spec: TableSheetSpec, firstRow: number, lastRow: number, lang: Lang): Validation[] {
  const out: Validation[] = [];
  spec.columns.forEach((col, i) => {
    const ref = `${a1(firstRow, i)}:${a1(lastRow, i)}`;
    const help = col.help?.[lang];
    if (col.kind === 'list' && col.list) {
      out.push({
        ref,
        kind: 'list',
        source: listSource(col.list, lang),
        prompt: { title: UI.listPromptTitle[lang], text: help ?? col.label[lang] },
        error: { title: UI.listErrorTitle[lang], text: UI.listError[lang] },
        strict: true,
      });
    } else if (col.catalogue) {
      out.push({
        ref,
        kind: 'list',
        source: indicatorCodeSource(lang),
        prompt: { title: UI.listPromptTitle[lang], text: help ?? col.label[lang] },
        error: { title: UI.listErrorTitle[lang], text: UI.listError[lang] },
        strict: true,
      });
    } else if (col.kind === 'date') {
      out.push({
        ref,
        kind: 'date',
        prompt: { title: UI.datePromptTitle[lang], text: UI.datePrompt[lang] },
        error: { title: UI.dateErrorTitle[lang], text: UI.dateError[lang] },
        strict: false,
      });
    } else if (col.kind === 'number' || col.kind === 'integer') {
      out.push({
        ref,
        kind: col.kind === 'integer' ? 'whole' : 'decimal',
        prompt: { title: UI.numberPromptTitle[lang], text: UI.numberPrompt[lang] },
        error: { title: UI.numberErrorTitle[lang], text: UI.numberError[lang] },
        strict: true,
      });
    }
  });
  return out;
}

function lateFormat(firstRow: number, lastRow: number, lang: Lang): FormulaConditional {
  const cols = ACTIVITIES_SHEET.columns;
  const deadline = colName(cols.findIndex((c) => c.field === 'deadline'));
  const status = colName(cols.findIndex((c) => c.field === 'status'));
  const row = firstRow + 1;
  const closed = STATUSES.filter((s) => SETTLED_STATUSES.includes(s.id))
    .map((s) => `$${status}${row}<>"${s.label[lang]}"`)
    .join(',');
  return {
    ref: `${deadline}${row}:${deadline}${lastRow + 1}`,
    formula: `AND(ISNUMBER($${deadline}${row}),$${deadline}${row}<TODAY(),${closed})`,
    style: 'late',
  };
}

function tableSheet(spec: TableSheetSpec, rows: (CellValue | null)[][], lang: Lang): PlacedSheet {
  const header = TABLE_HEADER_ROW;
  const dataRows = rows.length > 0 ? rows : [spec.columns.map(() => null)];
  const firstRow = header + 1;
  const lastRow = header + dataRows.length + EXTRA_ROWS;
  const formats = spec.columns.map((c) =>
    c.kind === 'date' ? DATE_FORMAT : c.kind === 'integer' ? '0' : c.kind === 'number' ? '0.0' : undefined,
  );
  return {
    name: spec.sheet[lang],
    state: 'visible',
    landscape: true,
    widths: spec.columns.map((c) => c.width),
    freezeRows: header + 1,
    cells: [
      { r: 0, c: 0, v: spec.sheet[lang], style: 'title' },
      { r: 1, c: 0, v: spec.intro[lang], style: 'intro' },
    ],
    merges: [],
    tables: [
      {
        name: spec.tableName,
        r: header,
        c: 0,
        columns: spec.columns.map((c) => c.label[lang]),
        rows: dataRows,
        formats,
      },
    ],
    validations: validationsFor(spec, firstRow, lastRow, lang),
    conditionalFormats: spec.key === 'activities' ? [lateFormat(firstRow, lastRow, lang)] : [],
    notes: [],
  };
}

function frontSheet(
  draft: DraftPlan | undefined,
  lang: Lang,
  source: SourceCells,
  version: TemplateVersion,
): PlacedSheet {
  const cells: PlacedCell[] = [
    { r: 0, c: 0, v: FRONT_SHEET.title[lang], style: 'title' },
    { r: 1, c: 0, v: UI.frontIntro[lang], style: 'intro' },
  ];
  const validations: Validation[] = [];
  FRONT_SHEET.fields.forEach((field, i) => {
    const r = FRONT_FIRST_ROW + i;
    cells.push({ r, c: 0, v: field.label[lang], style: 'label' });
    // A value structuring could not read (an unknown municipality, say) is carried over as typed.
    const place = draft?.places[field.key];
    const value =
      frontValue(field.key, draft, lang, version) ??
      (place ? source.text(place.sheet, place.cell) : undefined);
    cells.push({ r, c: 1, v: value ?? null, style: 'input' });
    if ('list' in field) {
      validations.push({
        ref: a1(r, 1),
        kind: 'list',
        source: listSource(field.list, lang),
        prompt: {
          title: UI.listPromptTitle[lang],
          text: 'help' in field ? field.help[lang] : field.label[lang],
        },
        error: { title: UI.listErrorTitle[lang], text: UI.listError[lang] },
        strict: true,
      });
    }
  });
  return {
    name: FRONT_SHEET.sheet[lang],
    state: 'visible',
    widths: [34, 60],
    freezeRows: 0,
    cells,
    merges: ['A1:B1', 'A2:B2'],
    tables: [],
    validations,
    conditionalFormats: [],
    notes: [],
  };
}

function frontValue(
  key: string,
  draft: DraftPlan | undefined,
  lang: Lang,
  version: TemplateVersion,
): string | undefined {
  if (key === 'templateVersion') return version;
  if (!draft) return undefined;
  switch (key) {
    case 'municipality':
      return draft.municipality?.name;
    case 'period':
      return draft.period;
    case 'phase':
      return labelOf('phase', draft.phase, lang);
    case 'coordinatorName':
      return draft.coordinator?.name;
    case 'coordinatorEmail':
      return draft.coordinator?.email;
    case 'leaderName':
      return draft.leader?.name;
    case 'leaderEmail':
      return draft.leader?.email;
    case 'organisation':
      return labelOf('organisation', draft.organisation, lang);
    case 'supervisionModel':
      return labelOf('supervisionModel', draft.supervisionModel, lang);
    default:
      return undefined;
  }
}

function checklistRows(
  draft: DraftPlan | undefined,
  lang: Lang,
  version: TemplateVersion,
): (CellValue | null)[][] {
  return checklistFor(version).map((q) => {
    const a = draft?.checklist.find((x) => x.id === q.id);
    return [
      q.id,
      CHECKLIST_GROUPS[q.group][lang],
      q.text[lang],
      a?.answer ? (labelOf('answer', a.answer, lang) ?? null) : null,
      a?.comment ?? null,
    ];
  });
}

function needsRows(draft: DraftPlan | undefined, lang: Lang): (CellValue | null)[][] {
  return NEEDS_ANALYSIS.map((q) => [
    q.id,
    q.text[lang],
    draft?.needsAnalysis.find((n) => n.id === q.id)?.answer ?? null,
  ]);
}

// --- Originals ----------------------------------------------------------------------------------

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/g;

/**
 * A sheet name for the copy of an original sheet: valid in Excel (no forbidden character, no
 * apostrophe at either end), unique, at most 31 characters.
 */
export function originalSheetName(name: string, lang: Lang, taken: ReadonlySet<string>): string {
  const valid = (s: string): string => s.trim().replace(/'+$/, '').trim();
  const base = valid(`${UI.originalPrefix[lang]} - ${name.replace(FORBIDDEN_SHEET_CHARS, ' ')}`.slice(0, 31));
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = valid(base.slice(0, 31 - suffix.length)) + suffix;
  }
  return candidate;
}

/** The author of the notes korpsplan writes on the copies (in the files' list of note authors). */
export const NOTE_AUTHOR = 'korpsplan';

/** Serial days between the 1904 and the 1900 date systems: a copy is always in the 1900 system. */
const DAYS_1904 = 1462;

function originalSheets(content: LayoutContent, lang: Lang, taken: Set<string>): PlacedSheet[] {
  const grid = content.grid;
  if (!grid) return [];
  // A workbook already in the template layout: its template sheets are re-read, not copied, and the
  // originals it kept stay under their names. In any other workbook every sheet is an original.
  let inTemplateLayout = false;
  const archivedAlready = new Set<string>();
  const marker = grid.sheets.find((s) => s.name === LISTS_SHEET.da || s.name === LISTS_SHEET.en);
  if (marker) {
    const idx = new SheetIndex(marker);
    if (cellText(idx.get(0, 0)) === TEMPLATE_MARKER) {
      inTemplateLayout = true;
      for (let r = 2; r <= idx.maxRow; r++) {
        const name = cellText(idx.get(r, 0));
        if (name) archivedAlready.add(name);
      }
    }
  }
  const templateNames = new Set<string>(
    [FRONT_SHEET.sheet, ...TABLE_SHEETS.map((t) => t.sheet), LISTS_SHEET].flatMap((l) => [l.da, l.en]),
  );
  const out: PlacedSheet[] = [];
  for (const sheet of grid.sheets) {
    if (inTemplateLayout && templateNames.has(sheet.name) && !archivedAlready.has(sheet.name)) continue;
    const name = archivedAlready.has(sheet.name) ? sheet.name : originalSheetName(sheet.name, lang, taken);
    taken.add(name.toLowerCase());
    const lost = (content.notCarried ?? []).filter((n) => n.sheet === sheet.name).map((n) => n.what);
    const formatted = content.formattedOriginals?.includes(sheet.name) === true;
    const intro = fill(UI[formatted ? 'formattedOriginalNote' : 'originalNote'][lang], { sheet: sheet.name });
    const lostLine = lost.length ? fill(UI.notCarried[lang], { what: lost.join(', ') }) : undefined;
    const notes = new Map<string, Note>();
    // A copy kept from an earlier structuring has its note already (it comes with its comments).
    const archived = archivedAlready.has(sheet.name);
    if (!archived) notes.set('0:0', { r: 0, c: 0, text: lostLine ? `${intro}\n${lostLine}` : intro });
    else if (lostLine) notes.set('0:0', { r: 0, c: 0, text: lostLine });
    for (const comment of sheet.comments) {
      const key = `${comment.r}:${comment.c}`;
      const existing = notes.get(key);
      // Excel starts a note's text with its author ("Lars Holm:"); that line is not repeated. A
      // note korpsplan wrote itself names no author.
      const author = comment.author === NOTE_AUTHOR ? undefined : comment.author;
      const prefix = author ? `${author}:` : undefined;
      const text =
        prefix && comment.text.startsWith(prefix)
          ? comment.text.slice(prefix.length).replace(/^\r?\n/, '')
          : comment.text;
      const note: Note = author
        ? { r: comment.r, c: comment.c, text, author }
        : { r: comment.r, c: comment.c, text };
      // Two notes on one cell (the copy's own note on A1, or the replies of a thread) become one:
      // the first author stays the note's author, every later one is named in the text.
      const merged: Note | undefined = existing && {
        r: comment.r,
        c: comment.c,
        text: `${existing.text}\n\n${noteText(note)}`,
        ...(existing.author ? { author: existing.author } : {}),
      };
      notes.set(key, merged ?? note);
    }
    // Dates of a 1904 workbook are moved to the 1900 system the copy is in, so they show the same day.
    const shift = grid.date1904 ? DAYS_1904 : 0;
    out.push({
      name,
      state: sheet.state === 'visible' ? 'visible' : 'hidden',
      widths: [],
      freezeRows: 0,
      cells: sheet.cells.map((c) => ({
        r: c.r,
        c: c.c,
        v: shift && typeof c.v === 'number' && c.t === 'n' && isDateFormat(c.fmt) ? c.v + shift : c.v,
        ...(c.fmt ? { fmt: c.fmt } : {}),
      })),
      merges: sheet.merges.map((m) => `${a1(m.s.r, m.s.c)}:${a1(m.e.r, m.e.c)}`),
      tables: [],
      validations: [],
      conditionalFormats: [],
      notes: [...notes.values()],
      source: sheet.name,
    });
  }
  return out;
}

/** A note's text with its author above it, as Excel shows a note. */
export function noteText(note: Note): string {
  return note.author ? `${note.author}:\n${note.text}` : note.text;
}

// --- The workbook -----------------------------------------------------------------------------

/**
 * The layout version of a workbook: the one asked for, else the draft's own when it names a known
 * version (a 1.0 workbook stays 1.0 until it is updated), else the current one.
 */
export function layoutVersion(draft: DraftPlan | undefined, version?: TemplateVersion): TemplateVersion {
  if (version) return version;
  return isTemplateVersion(draft?.templateVersion) ? draft.templateVersion : TEMPLATE_VERSION;
}

/**
 * The template workbook (no content), or a structured plan in the template layout (with content),
 * in the layout of template `version` (see layoutVersion).
 */
export function planWorkbookLayout(
  lang: Lang,
  content?: LayoutContent,
  version?: TemplateVersion,
): WorkbookDocument {
  const draft = content?.draft;
  const v = layoutVersion(draft, version);
  const source = new SourceCells(content?.grid);
  const rowsOf = (spec: TableSheetSpec, rows: readonly DraftRow<object>[] | undefined) =>
    (rows ?? []).map((row) => rowCells(spec, row, lang, source));
  const roles: (CellValue | null)[][] = draft
    ? rowsOf(ROLES_SHEET, draft.roles)
    : DEFAULT_ROLES.map((r) => [r[lang], null, null]);
  const sheet = <S extends TableSheetSpec>(spec: S, rows: (CellValue | null)[][]) =>
    tableSheet(tableSpecFor(spec, v), rows, lang);
  const rowSheet = <S extends TableSheetSpec>(spec: S, rows: readonly DraftRow<object>[] | undefined) =>
    sheet(spec, rowsOf(tableSpecFor(spec, v), rows));

  const sheets: PlacedSheet[] = [
    frontSheet(draft, lang, source, v),
    rowSheet(ACTIVITIES_SHEET, draft?.activities),
    sheet(CHECKLIST_SHEET, checklistRows(draft, lang, v)),
    sheet(ROLES_SHEET, roles),
    rowSheet(TABLE_SHEETS[3], draft?.corps),
    rowSheet(TABLE_SHEETS[4], draft?.indicators),
    rowSheet(TABLE_SHEETS[5], draft?.communication),
    sheet(NEEDS_SHEET, needsRows(draft, lang)),
  ];
  const taken = new Set([...sheets.map((s) => s.name.toLowerCase()), LISTS_SHEET[lang].toLowerCase()]);
  const history = content?.history;
  if (history) taken.add(history.name.toLowerCase());
  const originals = content ? originalSheets(content, lang, taken) : [];
  sheets.push(...(history ? [history] : []), ...originals);
  sheets.push(
    listsSheet(
      lang,
      [...(history ? [history.name] : []), ...originals.map((s) => s.name)],
      draft?.carried ?? [],
    ),
  );
  return {
    lang,
    sheets,
    properties: {
      title: FRONT_SHEET.title[lang],
      subject: `korpsplan ${v}`,
    },
  };
}
