// What was wrong with a request body, a query or a file, in Danish and English, naming the field as
// a reader knows it ("perioden mangler", "kommunekoden skal være tre cifre, som 751") rather than
// zod's `period: Invalid input`. Used by the service's handlers and the CLI's commands alike (issue
// 15 §3). Only paths and reasons are told, never the value that was sent: it could hold a CPR number.

import type { z } from 'zod';
import type { Message } from './schema';
import { FRONT_SHEET, TABLE_SHEETS, type Label } from './spec';

type Issue = z.core.$ZodIssue;

/** Fields of core/contract.ts and core/schema.ts by name, in the definite form a sentence needs. */
const FIELDS: Readonly<Record<string, Label>> = {
  period: { da: 'perioden', en: 'the period' },
  deadline: { da: 'fristen', en: 'the deadline' },
  expected: { da: 'de forventede kommuner', en: 'the expected municipalities' },
  municipality: { da: 'kommunen', en: 'the municipality' },
  'municipality.code': { da: 'kommunekoden', en: 'the municipality code' },
  'municipality.name': { da: 'kommunens navn', en: "the municipality's name" },
  phase: { da: 'fasen', en: 'the phase' },
  templateVersion: { da: 'skabelonversionen', en: 'the template version' },
  coordinator: { da: 'koordinatoren', en: 'the coordinator' },
  leader: { da: 'lederen', en: 'the leader' },
  organisation: { da: 'organiseringen', en: 'the organisation' },
  supervisionModel: { da: 'supervisionsmodellen', en: 'the supervision model' },
  activities: { da: 'aktiviteterne', en: 'the activities' },
  checklist: { da: 'huskelisten', en: 'the checklist' },
  roles: { da: 'rollerne', en: 'the roles' },
  corps: { da: 'korpset', en: 'the corps' },
  indicators: { da: 'indikatorerne', en: 'the indicators' },
  communication: { da: 'kommunikationen', en: 'the communication' },
  needsAnalysis: { da: 'behovsanalysen', en: 'the needs analysis' },
  name: { da: 'navnet', en: 'the name' },
  email: { da: 'e-mailadressen', en: 'the email address' },
  role: { da: 'rollen', en: 'the role' },
  tenantId: { da: 'lejer-id’et (tenantId)', en: 'the tenant id' },
  objectId: { da: 'objekt-id’et (objectId)', en: 'the object id' },
  entries: { da: 'brugerne', en: 'the users' },
  version: { da: 'versionen', en: 'the version' },
  remembered: { da: 'de huskede rettelser', en: 'the remembered corrections' },
  tables: { da: 'tabellerne', en: 'the tables' },
  columns: { da: 'kolonnerne', en: 'the columns' },
  labels: { da: 'overskrifterne', en: 'the headings' },
  values: { da: 'værdierne', en: 'the values' },
  value: { da: 'værdien', en: 'the value' },
  field: { da: 'feltet', en: 'the field' },
  header: { da: 'overskriften', en: 'the heading' },
  sheet: { da: 'arket', en: 'the sheet' },
  cell: { da: 'cellen', en: 'the cell' },
  comment: { da: 'kommentaren', en: 'the comment' },
  reason: { da: 'begrundelsen', en: 'the reason' },
  note: { da: 'noten', en: 'the note' },
  lang: { da: 'sproget', en: 'the language' },
  basis: { da: 'grundlaget', en: 'the basis' },
  filter: { da: 'filteret', en: 'the filter' },
  as: { da: 'brugeren', en: 'the user' },
  id: { da: 'id’et', en: 'the id' },
  answer: { da: 'svaret', en: 'the answer' },
  status: { da: 'status', en: 'the status' },
};

/** One item of a table, for "… i aktivitet nr. 4". */
const ITEMS: Readonly<Record<string, Label>> = {
  activities: { da: 'aktivitet', en: 'activity' },
  checklist: { da: 'spørgsmål', en: 'question' },
  roles: { da: 'rolle', en: 'role' },
  corps: { da: 'korpsmedlem', en: 'corps member' },
  indicators: { da: 'indikator', en: 'indicator' },
  communication: { da: 'kommunikationsaktivitet', en: 'communication activity' },
  needsAnalysis: { da: 'behovsspørgsmål', en: 'needs question' },
  entries: { da: 'bruger', en: 'user' },
  tables: { da: 'tabel', en: 'table' },
  columns: { da: 'kolonne', en: 'column' },
};

/** How a value should be written, where a field has a form of its own. */
const FORMS: Readonly<Record<string, Label>> = {
  period: { da: 'skal skrives som 2026-H2', en: 'must be written like 2026-H2' },
  municipality: { da: 'skal være tre cifre, som 751', en: 'must be three digits, such as 751' },
  'municipality.code': { da: 'skal være tre cifre, som 751', en: 'must be three digits, such as 751' },
  email: {
    da: 'skal være en e-mailadresse som navn@kommune.dk',
    en: 'must be an email address such as name@kommune.dk',
  },
  tenantId: { da: 'skal være et GUID', en: 'must be a GUID' },
  objectId: { da: 'skal være et GUID', en: 'must be a GUID' },
};

const ROOT: Label = { da: 'indholdet', en: 'the content' };

/** A table's column by its plan field, as the template heads it (core/spec.ts). */
function column(table: string, field: string): Label | undefined {
  if (table === '') return FRONT_SHEET.fields.find((f) => f.key === field)?.label;
  return TABLE_SHEETS.find((s) => s.key === table)?.columns.find((c) => c.field === field)?.label;
}

/** The field a path names: "kommunekoden", "perioden", "«Status» i aktivitet nr. 4". */
export function fieldLabel(path: readonly PropertyKey[]): Label {
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  if (last === undefined) {
    const index = path[path.length - 1];
    return typeof index === 'number' ? { da: `element nr. ${index + 1}`, en: `item ${index + 1}` } : ROOT;
  }
  // The nearest table and item number above the field.
  let table = '';
  let item: number | undefined;
  for (let i = path.length - 1; i > 0; i--) {
    const here = path[i];
    const above = path[i - 1];
    if (typeof here === 'number' && typeof above === 'string' && ITEMS[above]) {
      table = above;
      item = here;
      break;
    }
  }
  const qualified = names.slice(-2).join('.');
  const known = FIELDS[qualified] ?? (table === '' || last === table ? FIELDS[last] : undefined);
  const heading = table !== '' && last !== table ? column(table, last) : undefined;
  const base: Label = known ??
    (heading && { da: `«${heading.da}»`, en: `“${heading.en}”` }) ??
    FIELDS[last] ?? { da: `feltet «${last}»`, en: `the field “${last}”` };
  const of = ITEMS[table];
  if (item === undefined || !of || last === table) return base;
  return { da: `${base.da} i ${of.da} nr. ${item + 1}`, en: `${base.en} of ${of.en} ${item + 1}` };
}

/** "the columns are missing", not "is". */
const PLURAL_EN =
  /^the (activities|roles|indicators|users|tables|columns|headings|values|expected municipalities|remembered corrections)$/;

function plural(f: Label, en: string): string {
  return PLURAL_EN.test(f.en) ? en.replace(/^is\b/, 'are').replace(/^has\b/, 'have') : en;
}

/** The value at a path of the input, only to tell "missing" from "of the wrong kind". */
function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = input;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

const KINDS: Readonly<Record<string, Label>> = {
  string: { da: 'tekst', en: 'text' },
  number: { da: 'et tal', en: 'a number' },
  int: { da: 'et helt tal', en: 'a whole number' },
  boolean: { da: 'sand eller falsk', en: 'true or false' },
  array: { da: 'en liste', en: 'a list' },
  object: { da: 'et objekt', en: 'an object' },
  date: { da: 'en dato', en: 'a date' },
};

function units(origin: string, n: number): Label {
  if (origin === 'string') return { da: `${n} tegn`, en: `${n} character${n === 1 ? '' : 's'}` };
  if (origin === 'array' || origin === 'set')
    return { da: `${n} element${n === 1 ? '' : 'er'}`, en: `${n} item${n === 1 ? '' : 's'}` };
  return { da: String(n), en: String(n) };
}

/** One issue as a sentence in each language, to follow a colon: "perioden mangler". */
export function issueText(issue: Issue, input?: unknown): Message {
  const f = fieldLabel(issue.path);
  const qualified = issue.path.filter((p): p is string => typeof p === 'string').slice(-2);
  const form = FORMS[qualified.join('.')] ?? FORMS[qualified[qualified.length - 1] ?? ''];
  const say = (da: string, en: string): Message => ({ da: `${f.da} ${da}`, en: `${f.en} ${plural(f, en)}` });
  switch (issue.code) {
    case 'invalid_type': {
      if (input !== undefined && at(input, issue.path) === undefined) return say('mangler', 'is missing');
      const kind = KINDS[issue.expected] ?? { da: 'af en anden slags', en: 'of another kind' };
      return say(`skal være ${kind.da}`, `must be ${kind.en}`);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if ((issue.origin === 'string' || issue.origin === 'array') && min <= 1) {
        return say('skal udfyldes', 'must be filled in');
      }
      const n = units(issue.origin, min);
      return issue.origin === 'string' || issue.origin === 'array'
        ? say(`skal have mindst ${n.da}`, `must have at least ${n.en}`)
        : say(`skal være mindst ${n.da}`, `must be at least ${n.en}`);
    }
    case 'too_big': {
      const n = units(issue.origin, Number(issue.maximum));
      return issue.origin === 'string' || issue.origin === 'array'
        ? say(`må højst have ${n.da}`, `must have at most ${n.en}`)
        : say(`må højst være ${n.da}`, `must be at most ${n.en}`);
    }
    case 'invalid_format':
      return form ? say(form.da, form.en) : say('har ikke den rigtige form', 'is not in the right form');
    case 'invalid_value': {
      // The allowed values come from the schema, not from what was sent; a long list is named only.
      if (issue.values.length > 6) return say('findes ikke på listen', 'is not in the list');
      if (issue.values.length === 1)
        return say(`skal være ${String(issue.values[0])}`, `must be ${String(issue.values[0])}`);
      const values = issue.values.map(String).join(', ');
      return say(`skal være en af: ${values}`, `must be one of: ${values}`);
    }
    case 'unrecognized_keys': {
      const n = issue.keys.length;
      return say(
        `har ${n} ukendt${n === 1 ? '' : 'e'} felt${n === 1 ? '' : 'er'}`,
        `has ${n} unknown field${n === 1 ? '' : 's'}`,
      );
    }
    case 'invalid_union': {
      // Several shapes were allowed (a plan of any template version): say what the closest missed.
      const branches = issue.errors.filter((b) => b.length > 0);
      const closest = branches.reduce<(typeof branches)[number] | undefined>(
        (best, b) => (best === undefined || b.length < best.length ? b : best),
        undefined,
      );
      const first = closest?.[0];
      return first
        ? issueText({ ...first, path: [...issue.path, ...first.path] }, input)
        : say('er ugyldig', 'is invalid');
    }
    case 'custom':
      // A refinement that refuses a CPR number says so (the value itself is never repeated).
      if (/\bCPR\b/.test(issue.message)) {
        return say(
          'ligner et CPR-nummer; korpsplan tager aldrig imod personnumre',
          'looks like a CPR number; korpsplan never takes personal identity numbers',
        );
      }
      return say('er ugyldig', 'is invalid');
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    default:
      return say('er ugyldig', 'is invalid');
  }
}

/** A field that is required and was not given: "perioden mangler". */
export function fieldMissing(path: readonly PropertyKey[]): Message {
  const f = fieldLabel(path);
  return { da: `${f.da} mangler`, en: `${f.en} ${plural(f, 'is missing')}` };
}

/** A field whose value is not of the form it must have: "sproget skal være da eller en". */
export function fieldMustBe(path: readonly PropertyKey[], what: Message): Message {
  const f = fieldLabel(path);
  return { da: `${f.da} skal være ${what.da}`, en: `${f.en} must be ${what.en}` };
}

/**
 * The first `max` issues of a failed parse as one sentence per language, joined by "; ". Pass the
 * parsed input so a missing field reads "mangler" rather than a wrong kind.
 */
export function zodText(error: { readonly issues: readonly Issue[] }, input?: unknown, max = 3): Message {
  const texts = error.issues.slice(0, max).map((i) => issueText(i, input));
  const rest = error.issues.length - texts.length;
  return {
    da: texts.map((m) => m.da).join('; ') + (rest > 0 ? ` (og ${rest} mere)` : ''),
    en: texts.map((m) => m.en).join('; ') + (rest > 0 ? ` (and ${rest} more)` : ''),
  };
}
