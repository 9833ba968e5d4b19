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
// Pure: no I/O, runs in the browser as well as in Node.

import { z } from 'zod';
import { issue, type IssueCode } from './codes';
import type { DraftPlan, Place, StructureResult } from './draft';
import { listSchema, periodSchema, type Issue, type Message, type ReadCheck, type Unmapped } from './schema';
import {
  FIRST_PERIOD_YEAR,
  FRONT_SHEET,
  LAST_PERIOD_YEAR,
  LISTS,
  type FrontFieldKey,
  type Lang,
  type ListValue,
} from './spec';
import { matchListValue, municipalityName, parsePeriod } from './normalize';
import { containsCpr } from './validate/cpr';
import { templatePlace } from './structure/cover';
import { quote } from './structure/messages';

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

const NO_CPR = {
  message: 'looks like a CPR number: korpsplan never takes personal identity numbers',
};

const personName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((v) => !containsCpr(v), NO_CPR);
const email = z
  .string()
  .trim()
  .email()
  .max(254)
  .refine((v) => !containsCpr(v), NO_CPR);

/**
 * Cover values set by a person, by the canonical plan's ids (a municipality by its code, a period
 * as 2026-H2). A field that is absent is left as read; `null` clears what was read.
 */
export const coverValuesSchema = z
  .object({
    municipality: listSchema('municipality').nullable().optional(),
    period: periodSchema
      .refine((v) => parsePeriod(v)?.id === v, `a half-year from ${FIRST_PERIOD_YEAR} to ${LAST_PERIOD_YEAR}`)
      .nullable()
      .optional(),
    phase: listSchema('phase').nullable().optional(),
    coordinatorName: personName.nullable().optional(),
    coordinatorEmail: email.nullable().optional(),
    leaderName: personName.nullable().optional(),
    leaderEmail: email.nullable().optional(),
    organisation: listSchema('organisation').nullable().optional(),
    supervisionModel: listSchema('supervisionModel').nullable().optional(),
  })
  .strict();
export type CoverValues = z.infer<typeof coverValuesSchema>;

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

function fieldLabel(key: CoverKey): Message {
  const field = FRONT_SHEET.fields.find((f) => f.key === key);
  return field ? field.label : { da: key, en: key };
}

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
  const label = fieldLabel(key);
  const typed = text.trim();
  if (containsCpr(typed)) {
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
      const parsed = personName.safeParse(typed);
      if (parsed.success) return { ok: true, value: parsed.data };
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
      const parsed = email.safeParse(typed);
      if (parsed.success) return { ok: true, value: parsed.data };
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
 * kept. Throws a ZodError when `values` is not valid CoverValues (a boundary: values may come from
 * a request or a stored correction).
 */
export function applyCover(result: StructureResult, values: CoverValues, lang: Lang = 'da'): StructureResult {
  const cover = coverValuesSchema.parse(values);
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
