// Corrections a person makes to what was read: the cover fields set by the coordinator (the CLI's
// --phase and --set, the pane's cover form, and later the remembered corrections of a
// municipality), applied to a structured draft before it is validated.
//
// A value set by a person is certain: it replaces what structuring read (or failed to read), the
// issues structuring raised about that field are dropped, its checks (ReadCheck) go, and the value
// that could not be read there leaves the list of unplaced values. Places stay where they were, so
// that the structured workbook and the Office layer write the value where the field belongs.
// Validation then runs on the corrected draft as on any other: a cleared required field is missing.
//
// Pure: no I/O, runs in the browser as well as in Node. On the intake path (core/inspect.ts), so it
// loads no zod: the schemas the boundaries parse corrections with are in core/corrections-schema.ts,
// and the functions here take values already parsed there.

import { issue, type IssueCode } from './codes';
import {
  sourceHolds,
  type DraftChecklistAnswer,
  type DraftPlan,
  type DraftRow,
  type Place,
  type StructureResult,
} from './draft';
import { parseA1 } from './grid';
import { readDateCell } from './dates';
import { parseNumberText } from './structure/values';
import type { Issue, Message, ReadCheck, Unmapped } from './schema';
import type { CellRef, Corrections, CoverValues, ValueCorrection } from './corrections-schema';
import {
  EMAIL_PATTERN,
  FIRST_PERIOD_YEAR,
  FRONT_SHEET,
  TABLE_SHEETS,
  fieldLabel,
  fieldSpec,
  type Answer,
  type ColumnSpec,
  type ListId,
  LAST_PERIOD_YEAR,
  LISTS,
  type FrontFieldKey,
  type Lang,
  type ListValue,
} from './spec';
import { matchListValue, municipalityName, parsePeriod } from './normalize';
import { TemplateUpdateError, updateDraft } from './templateUpdate';
import { holdsCpr } from './redact';
import { templatePlace } from './structure/cover';
import { quote } from './structure/messages';

// The types of the parsed values, for the many readers that import them from here.
export type { CellRef, Corrections, CoverValues, Placement, ValueCorrection } from './corrections-schema';

/** The cover fields a person can set, in the cover sheet's order. */
export const COVER_KEYS = [
  'municipality',
  'period',
  'phase',
  'coordinatorName',
  'coordinatorEmail',
  'leaderName',
  'leaderEmail',
  'organisation',
  'supervisionModel',
] as const satisfies readonly FrontFieldKey[];
export type CoverKey = (typeof COVER_KEYS)[number];

/** Characters of a person's name set on the cover (core/corrections-schema.ts checks the same). */
export const PERSON_NAME_MAX = 200;
/** Characters of an e-mail address set on the cover or in a table. */
export const EMAIL_MAX = 254;

// What the boundary's name and e-mail schemas take, for a text already trimmed and without a CPR
// number (both readers below refuse a CPR number first).
const isPersonName = (typed: string): boolean => typed.length >= 1 && typed.length <= PERSON_NAME_MAX;
const isEmail = (typed: string): boolean => typed.length <= EMAIL_MAX && EMAIL_PATTERN.test(typed);

// --- Reading a value typed by a person -----------------------------------------------------------

export type CoverValueResult =
  | { readonly ok: true; readonly value: NonNullable<CoverValues[CoverKey]> }
  | { readonly ok: false; readonly message: Message };

const LIST_KEYS = {
  municipality: 'municipality',
  phase: 'phase',
  organisation: 'organisation',
  supervisionModel: 'supervisionModel',
} as const;

/** The values a list field takes, as "id (Danish label)" or "id (English label)". */
export function coverChoices(key: 'phase' | 'organisation' | 'supervisionModel', lang: Lang): string[] {
  return (LISTS[key] as readonly ListValue[]).map((v) => `${v.id} (${v.label[lang]})`);
}

/**
 * A cover value typed by a person (the CLI's --set, a text box): a list value by its id or its
 * Danish or English label, a municipality by name or code, a period as 2026-H2 or "2. halvår
 * 2026". The message says what is allowed and never repeats a CPR number.
 */
export function readCoverValue(key: CoverKey, text: string): CoverValueResult {
  const label = fieldLabel(`cover.${key}`);
  const typed = text.trim();
  if (holdsCpr(typed)) {
    return {
      ok: false,
      message: {
        da: `Værdien for ${label.da.toLowerCase()} ligner et CPR-nummer. korpsplan tager aldrig imod personnumre.`,
        en: `The value for ${label.en.toLowerCase()} looks like a CPR number. korpsplan never takes personal identity numbers.`,
      },
    };
  }
  const v = quote(typed);
  switch (key) {
    case 'municipality': {
      const code = matchListValue(LIST_KEYS.municipality, typed);
      if (code) return { ok: true, value: code };
      return {
        ok: false,
        message: {
          da: `"${v}" er ikke en dansk kommune. Skriv kommunens navn eller kommunekode, fx "Aarhus" eller "751".`,
          en: `"${v}" is not a Danish municipality. Write the municipality's name or code, e.g. "Aarhus" or "751".`,
        },
      };
    }
    case 'period': {
      const p = parsePeriod(typed);
      if (p) return { ok: true, value: p.id };
      return {
        ok: false,
        message: {
          da: `"${v}" er ikke et halvår fra ${FIRST_PERIOD_YEAR} til ${LAST_PERIOD_YEAR}. Skriv fx 2026-H1 eller 2026-H2 (eller "2. halvår 2026").`,
          en: `"${v}" is not a half-year from ${FIRST_PERIOD_YEAR} to ${LAST_PERIOD_YEAR}. Write e.g. 2026-H1 or 2026-H2 (or "2. halvår 2026").`,
        },
      };
    }
    case 'phase':
    case 'organisation':
    case 'supervisionModel': {
      const id = matchListValue(LIST_KEYS[key], typed);
      if (id) return { ok: true, value: id };
      return {
        ok: false,
        message: {
          da: `"${v}" er ikke en gyldig værdi for ${label.da.toLowerCase()}. Vælg en af: ${coverChoices(key, 'da').join(', ')}.`,
          en: `"${v}" is not a valid ${label.en.toLowerCase()}. Choose one of: ${coverChoices(key, 'en').join(', ')}.`,
        },
      };
    }
    case 'coordinatorName':
    case 'leaderName': {
      if (isPersonName(typed)) return { ok: true, value: typed };
      return {
        ok: false,
        message: {
          da: `${label.da} skal være et navn på 1 til 200 tegn.`,
          en: `${label.en} must be a name of 1 to 200 characters.`,
        },
      };
    }
    case 'coordinatorEmail':
    case 'leaderEmail': {
      if (isEmail(typed)) return { ok: true, value: typed };
      return {
        ok: false,
        message: {
          da: `"${v}" er ikke en e-mailadresse. Skriv fx navn@kommune.dk.`,
          en: `"${v}" is not an email address. Write e.g. name@kommune.dk.`,
        },
      };
    }
  }
}

// --- Applying the values to a structured draft ---------------------------------------------------

/**
 * The issues structuring raises about a cover field: `anywhere` codes are only ever about this
 * field (wherever they were raised: its label, a title, an option); the others count only at the
 * field's own place (value_not_in_list is raised for table cells too).
 */
const FIELD_ISSUES: Partial<Record<CoverKey, { codes: readonly IssueCode[]; anywhere: boolean }>> = {
  municipality: { codes: ['municipality_unknown'], anywhere: true },
  period: { codes: ['period_malformed'], anywhere: true },
  phase: { codes: ['value_not_in_list'], anywhere: false },
  organisation: { codes: ['value_not_in_list'], anywhere: false },
  supervisionModel: { codes: ['value_not_in_list'], anywhere: false },
  // An e-mail set without a name (below) is reported at the name's place.
  coordinatorName: { codes: ['required_missing'], anywhere: false },
  leaderName: { codes: ['required_missing'], anywhere: false },
};

/** The names a check's `field` may give a cover field: "cover.phase", "cover.coordinator.name", ... */
function checkFields(key: CoverKey): Set<string> {
  const spec = FRONT_SHEET.fields.find((f) => f.key === key);
  return new Set([`cover.${key}`, ...(spec ? [`cover.${spec.field}`] : [])]);
}

function samePlace(a: { sheet: string; cell: string }, b: Place | undefined): boolean {
  return b !== undefined && a.sheet === b.sheet && a.cell.replace(/\$/g, '') === b.cell.replace(/\$/g, '');
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Person = { readonly name: string; readonly email?: string };

function setPerson(
  person: Person | undefined,
  name: string | null | undefined,
  email: string | null | undefined,
): Person | undefined {
  if (name === null) return undefined;
  let next: Person | undefined = person;
  if (name !== undefined) next = { ...next, name };
  if (email === null && next) next = { name: next.name };
  else if (email !== undefined && email !== null) {
    next = { name: next?.name ?? '', email };
  }
  return next;
}

function emailWithoutName(role: 'coordinator' | 'leader', place: Place): Issue {
  const da = role === 'coordinator' ? 'Koordinatorens' : 'Lederens';
  const daWho = role === 'coordinator' ? 'koordinatorens' : 'lederens';
  const en = role === 'coordinator' ? "The coordinator's" : "The leader's";
  const enWho = role === 'coordinator' ? "coordinator's" : "leader's";
  return issue('required_missing', place.sheet, place.cell, {
    da: `${da} e-mail er angivet, men navnet mangler. Skriv ${daWho} navn på forsiden.`,
    en: `${en} email is given, but the name is missing. Write the ${enWho} name on the cover sheet.`,
  });
}

/**
 * The structuring result with the cover values set: the draft's cover fields replaced (or cleared
 * with null), structuring's issues, checks and unplaced values about those fields dropped, places
 * kept. `cover` is parsed where it comes in (coverValuesSchema or correctionsSchema of
 * core/corrections-schema.ts: a request, the CLI's options, the pane) or made by readCoverValue.
 */
export function applyCover(result: StructureResult, cover: CoverValues, lang: Lang = 'da'): StructureResult {
  const keys = COVER_KEYS.filter((k) => cover[k] !== undefined);
  if (keys.length === 0) return result;

  const draft: Mutable<DraftPlan> = { ...result.draft, places: { ...result.draft.places } };
  const places = draft.places;
  for (const key of keys) places[key] ??= templatePlace(key, lang);

  const set = <K extends 'municipality' | 'period' | 'phase' | 'organisation' | 'supervisionModel'>(
    key: K,
    value: DraftPlan[K] | null | undefined,
  ): void => {
    if (value === undefined) return;
    if (value === null) delete draft[key];
    else draft[key] = value;
  };
  if (cover.municipality !== undefined) {
    set(
      'municipality',
      cover.municipality === null
        ? null
        : { code: cover.municipality, name: municipalityName(cover.municipality) ?? cover.municipality },
    );
  }
  set('period', cover.period);
  set('phase', cover.phase);
  set('organisation', cover.organisation);
  set('supervisionModel', cover.supervisionModel);

  const added: Issue[] = [];
  for (const [role, nameKey, emailKey] of [
    ['coordinator', 'coordinatorName', 'coordinatorEmail'],
    ['leader', 'leaderName', 'leaderEmail'],
  ] as const) {
    const name = cover[nameKey];
    const mail = cover[emailKey];
    if (name === undefined && mail === undefined) continue;
    const person = setPerson(draft[role], name, mail);
    if (person) draft[role] = person;
    else delete draft[role];
    // An e-mail needs a person to belong to: a plan cannot carry a nameless coordinator.
    if (mail && (!person || person.name.trim() === '')) {
      const place = places[nameKey] ?? templatePlace(nameKey, lang);
      added.push(emailWithoutName(role, place));
    }
  }

  const droppedAt: { sheet: string; cell: string }[] = [];
  const issues = result.issues.filter((i) => {
    for (const key of keys) {
      const about = FIELD_ISSUES[key];
      if (!about || !about.codes.includes(i.code as IssueCode)) continue;
      if (about.anywhere || samePlace(i, places[key])) {
        droppedAt.push(i);
        return false;
      }
    }
    return true;
  });
  const checked = new Set(keys.flatMap((k) => [...checkFields(k)]));
  const checks: ReadCheck[] = result.checks.filter((c) => !checked.has(c.field));
  // The unreadable value at a field's place was superseded by the person's value.
  const unmapped: Unmapped[] = result.unmapped.filter(
    (u) => !droppedAt.some((d) => samePlace(u, d)) || !keys.some((k) => samePlace(u, places[k])),
  );

  return { ...result, draft, issues: [...issues, ...added], checks, unmapped };
}

// --- All corrections of one plan: cover, columns, values, placed and dismissed values ------------
//
// The pane (add-in and web page) holds one `Corrections` value per workbook: everything the
// coordinator corrected. Column mappings take effect while structuring (StructureOptions
// .columnOverrides); the rest is applied to the structured result by applyCorrections, before
// validation. The same value travels to the service (POST /api/structure's corrections header), so
// the structured workbook the service writes and then stores carries exactly what the pane showed.

/** Characters of the encoded corrections header (POST /api/structure): well inside Node's 16 KiB for all headers. */
export const CORRECTIONS_HEADER_MAX = 12_000;

/** The tables whose values a person may correct, with the fields of each (from core/spec). */
const VALUE_TABLES = ['activities', 'roles', 'corps', 'indicators', 'communication'] as const;
type ValueTable = (typeof VALUE_TABLES)[number];

/** "activities.status", "checklist.answer", "checklist.comment", "cover.phase", ... */
export const CORRECTABLE_FIELDS: readonly string[] = [
  ...VALUE_TABLES.flatMap((key) =>
    (TABLE_SHEETS.find((s) => s.key === key)?.columns ?? []).map((c) => `${key}.${c.field}`),
  ),
  'checklist.answer',
  'checklist.comment',
  ...COVER_KEYS.map((k) => `cover.${k}`),
];
export const NO_CORRECTIONS: Corrections = { cover: {}, columns: [], values: [], placed: [], dismissed: [] };

/** Nothing corrected. */
export function isEmptyCorrections(c: Corrections): boolean {
  return (
    Object.values(c.cover).every((v) => v === undefined) &&
    c.columns.length === 0 &&
    c.values.length === 0 &&
    c.placed.length === 0 &&
    c.dismissed.length === 0 &&
    (c.confirmed?.length ?? 0) === 0 &&
    c.templateVersion === undefined
  );
}

/** A correction that could not be applied: its place is no longer a row of the plan, or the value does not fit the field. */
export interface Unapplied {
  readonly sheet: string;
  readonly cell: string;
  readonly field: string;
  readonly reason: Message;
}

export interface CorrectedResult extends StructureResult {
  readonly unapplied: readonly Unapplied[];
}

// --- Reading a typed value for a table field -----------------------------------------------------

export type FieldValueResult =
  { readonly ok: true; readonly value: string | number } | { readonly ok: false; readonly message: Message };

function columnOf(field: string): { table: string; spec: ColumnSpec | undefined; key: string } {
  const dot = field.indexOf('.');
  return { table: field.slice(0, dot), key: field.slice(dot + 1), spec: fieldSpec(field) };
}

/**
 * A value typed or chosen by a person for a table field: a list value by id or label (Danish or
 * English), a date in any way core/dates reads one (a range gives the start its first day and the
 * deadline its last), a number as coordinators write it, a text. Never echoes a CPR number.
 */
export function readFieldValue(field: string, text: string): FieldValueResult {
  const { spec, key } = columnOf(field);
  const label = fieldLabel(field);
  const typed = text.trim();
  if (holdsCpr(typed)) {
    return {
      ok: false,
      message: {
        da: `Værdien for ${label.da.toLowerCase()} ligner et CPR-nummer. korpsplan tager aldrig imod personnumre.`,
        en: `The value for ${label.en.toLowerCase()} looks like a CPR number. korpsplan never takes personal identity numbers.`,
      },
    };
  }
  const v = quote(typed);
  if (!spec) return { ok: false, message: { da: `Ukendt felt: ${key}`, en: `Unknown field: ${key}` } };
  switch (spec.kind) {
    case 'list': {
      const list = spec.list as ListId;
      const id = matchListValue(list, typed);
      if (id) return { ok: true, value: id };
      const choices = (LISTS[list] as readonly ListValue[]).map((x) => x.label);
      return {
        ok: false,
        message: {
          da: `"${v}" er ikke en gyldig værdi for ${label.da.toLowerCase()}. Vælg en af: ${choices.map((c) => c.da).join(', ')}.`,
          en: `"${v}" is not a valid ${label.en.toLowerCase()}. Choose one of: ${choices.map((c) => c.en).join(', ')}.`,
        },
      };
    }
    case 'date': {
      const reading = readDateCell({ r: 0, c: 0, t: 's', v: typed }, false);
      if (reading) return { ok: true, value: key === 'start' ? reading.first : reading.last };
      return {
        ok: false,
        message: {
          da: `"${v}" er ikke en dato korpsplan kan læse. Skriv fx 15.03.2026, marts 2026 eller uge 12 2026.`,
          en: `"${v}" is not a date korpsplan can read. Write e.g. 15.03.2026, March 2026 or week 12 2026.`,
        },
      };
    }
    case 'number':
    case 'integer': {
      const n = parseNumberText(typed);
      if (n.ok && n.value >= 0 && (spec.kind === 'number' || Number.isInteger(n.value)))
        return { ok: true, value: n.value };
      return {
        ok: false,
        message: {
          da: `"${v}" er ikke ${spec.kind === 'integer' ? 'et helt tal' : 'et tal'} på 0 eller derover (${label.da.toLowerCase()}).`,
          en: `"${v}" is not ${spec.kind === 'integer' ? 'a whole number' : 'a number'} of 0 or more (${label.en.toLowerCase()}).`,
        },
      };
    }
    case 'email': {
      if (isEmail(typed)) return { ok: true, value: typed };
      return {
        ok: false,
        message: {
          da: `"${v}" er ikke en e-mailadresse. Skriv fx navn@kommune.dk.`,
          en: `"${v}" is not an email address. Write e.g. name@kommune.dk.`,
        },
      };
    }
    case 'text': {
      if (typed === '')
        return {
          ok: false,
          message: { da: `${label.da} må ikke være tom.`, en: `${label.en} must not be empty.` },
        };
      return { ok: true, value: typed };
    }
  }
}

// --- Applying corrections -----------------------------------------------------------------------

function sameCell(a: { sheet: string; cell: string }, b: { sheet: string; cell: string }): boolean {
  return a.sheet === b.sheet && withoutDollars(a.cell) === withoutDollars(b.cell);
}

/** A1 written without its absolute marks ($B$5 is B5); the same string when it has none. */
function withoutDollars(cell: string): string {
  return cell.includes('$') ? cell.replace(/\$/g, '') : cell;
}

function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${withoutDollars(cell)}`;
}

/**
 * The index of the first row of `sheet` whose own line (its row; a plan laid on its side: its
 * column) holds `cell` (A1 without $), or that has a value at `cell`, or -1. Hot: the pane applies every correction again after each one, and a
 * large plan has 20,000 rows of nine cells, so no array or regular expression per row or cell.
 */
function rowAt(rows: readonly MutableRow[], sheet: string, cell: string): number {
  const at = parseA1(cell);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as MutableRow;
    if (r.source.sheet !== sheet) continue;
    // The row's own line: its row, or the column of an activity of a plan laid on its side.
    if (at && sourceHolds(r.source, at.r, at.c)) return i;
    const cells = r.cells as Record<string, string | undefined>;
    for (const k in cells) {
      const at = cells[k];
      if (at !== undefined && withoutDollars(at) === cell) return i;
    }
  }
  return -1;
}

const NOT_A_ROW: Message = {
  da: 'Cellen er ikke (længere) en række i planens tabel. Læs arbejdsbogen igen, og ret værdien dér.',
  en: "The cell is not (or no longer) a row of the plan's table. Read the workbook again and correct the value there.",
};
const NOT_PLACED: Message = {
  da: 'Værdien står ikke (længere) på listen over værdier, der ikke kom med i planen.',
  en: 'The value is not (or no longer) among the values that did not land in the plan.',
};

type MutableRow = {
  values: Record<string, unknown>;
  source: DraftRow<unknown>['source'];
  cells: Record<string, string>;
};

/**
 * The structuring result with a person's corrections applied: cover values (applyCover), values of
 * table rows and checklist answers, unplaced values placed in a field ("brug som: …") and unplaced
 * values dismissed. A corrected or placed value is certain: structuring's issues and checks at its
 * cell go (a CPR finding never does), and it leaves the list of unplaced values; a dismissed value
 * leaves that list. Validation then runs on the corrected draft, so a corrected value that breaks a
 * rule is still reported. Column corrections are not applied here: they act while structuring
 * (StructureOptions.columnOverrides). `c` is parsed where it comes in (correctionsSchema of
 * core/corrections-schema.ts: the service's request and inspection jobs, the pane).
 */
export function applyCorrections(
  result: StructureResult,
  c: Corrections,
  lang: Lang = 'da',
): CorrectedResult {
  const unapplied: Unapplied[] = [];

  // Placed values become value corrections with the value that could not be placed; a placement in
  // a cover field becomes a cover value.
  const cover: Mutable<CoverValues> = { ...c.cover };
  const values: ValueCorrection[] = [];
  const placedCells: CellRef[] = [];
  for (const p of c.placed) {
    const u = result.unmapped.find((x) => sameCell(x, p));
    if (!u) {
      unapplied.push({ ...p, reason: NOT_PLACED });
      continue;
    }
    if (p.field.startsWith('cover.')) {
      const key = p.field.slice(6) as CoverKey;
      const read = readCoverValue(key, u.value);
      if (!read.ok) {
        unapplied.push({ ...p, reason: read.message });
        continue;
      }
      (cover as Record<string, unknown>)[key] = read.value;
    } else {
      values.push({ sheet: p.sheet, cell: p.cell, field: p.field, value: u.value });
    }
    placedCells.push(p);
  }
  for (const v of c.values) {
    if (!v.field.startsWith('cover.')) {
      values.push(v);
      continue;
    }
    const key = v.field.slice(6) as CoverKey;
    if (v.value === null || v.value.trim() === '') {
      (cover as Record<string, unknown>)[key] = null;
      continue;
    }
    const read = readCoverValue(key, v.value);
    if (read.ok) (cover as Record<string, unknown>)[key] = read.value;
    else unapplied.push({ ...v, reason: read.message });
  }

  const covered = applyCover(result, cover, lang);
  const draft: Mutable<DraftPlan> = { ...covered.draft };
  // Copy on write: a corrected table is a new array, and only the rows a correction changes are new
  // objects; every other row stays the object structuring made (incremental validation keeps its
  // issues by row, core/validate/incremental.ts).
  const tables: Partial<Record<ValueTable, MutableRow[]>> = {};
  const copied = new Set<MutableRow>();
  const rowsOf = (table: ValueTable): MutableRow[] => {
    let rows = tables[table];
    if (!rows) {
      rows = [...(draft[table] as readonly DraftRow<unknown>[])] as MutableRow[];
      tables[table] = rows;
    }
    return rows;
  };
  const writable = (rows: MutableRow[], index: number): MutableRow => {
    const row = rows[index] as MutableRow;
    if (copied.has(row)) return row;
    const copy: MutableRow = { values: { ...row.values }, source: row.source, cells: { ...row.cells } };
    copied.add(copy);
    rows[index] = copy;
    return copy;
  };
  let checklist: DraftChecklistAnswer[] | undefined;

  const certain: CellRef[] = [...placedCells];
  for (const v of values) {
    const { table, key } = columnOf(v.field);
    let value: string | number | null = null;
    if (v.value !== null && v.value.trim() !== '') {
      const read = readFieldValue(v.field, v.value);
      if (!read.ok) {
        unapplied.push({ sheet: v.sheet, cell: v.cell, field: v.field, reason: read.message });
        continue;
      }
      value = read.value;
    }
    if (table === 'checklist') {
      checklist ??= [...draft.checklist];
      const i = checklist.findIndex((a) =>
        v.id !== undefined ? a.id === v.id : a.place !== undefined && sameCell(a.place, v),
      );
      const answer = checklist[i];
      if (!answer) {
        unapplied.push({ sheet: v.sheet, cell: v.cell, field: v.field, reason: NOT_A_ROW });
        continue;
      }
      const next: Mutable<DraftChecklistAnswer> = {
        ...answer,
        place: answer.place ?? { sheet: v.sheet, cell: v.cell },
      };
      if (key === 'answer') next.answer = value as Answer | null;
      else if (value === null) delete next.comment;
      else next.comment = String(value);
      checklist[i] = next;
      certain.push(v);
      continue;
    }
    const rows = rowsOf(table as ValueTable);
    const index = rowAt(rows, v.sheet, withoutDollars(v.cell));
    if (index < 0) {
      unapplied.push({ sheet: v.sheet, cell: v.cell, field: v.field, reason: NOT_A_ROW });
      continue;
    }
    const row = writable(rows, index);
    if (value === null) delete row.values[key];
    else row.values[key] = value;
    row.cells[key] ??= v.cell.replace(/\$/g, '');
    certain.push(v);
  }
  for (const [table, rows] of Object.entries(tables)) {
    (draft as Record<string, unknown>)[table] = rows;
  }
  if (checklist) draft.checklist = checklist;
  // Confirmed carried answers are no longer carried (no warning, no mark in the written workbook).
  if (c.confirmed?.length && draft.carried) {
    const confirmed = new Set(c.confirmed);
    const carried = draft.carried.filter((x) => !confirmed.has(x.id));
    if (carried.length > 0) draft.carried = carried;
    else delete draft.carried;
  }
  // Updating to a newer template keeps every value (updateDraft refuses an older one).
  if (c.templateVersion !== undefined && c.templateVersion !== draft.templateVersion) {
    try {
      draft.templateVersion = updateDraft(draft, c.templateVersion).templateVersion;
    } catch (err) {
      if (!(err instanceof TemplateUpdateError)) throw err;
      unapplied.push({ sheet: '', cell: '', field: 'cover.templateVersion', reason: err.userMessage });
    }
  }

  // The places as keys, each list's looked up once per issue, check and value (a large plan has
  // tens of thousands of issues, and the pane applies the corrections again after each one).
  const places = (list: readonly CellRef[]): Set<string> =>
    new Set(list.map((r) => cellKey(r.sheet, r.cell)));
  const at = (x: { sheet: string; cell: string }, keys: ReadonlySet<string>) =>
    keys.size > 0 && keys.has(cellKey(x.sheet, x.cell));
  const certainAt = places(certain);
  const issues = covered.issues.filter((i) => i.code === 'cpr_number' || !at(i, certainAt));
  const checks = covered.checks.filter((k) => !at(k, certainAt));
  const goneAt = places([...certain, ...c.dismissed]);
  const unmapped = covered.unmapped.filter((u) => !at(u, goneAt));
  return { ...covered, draft, issues, checks, unmapped, unapplied };
}
