// What a check (ReadCheck, core/schema.ts) is about, and the name a person reads for it.
//
// A check's `field` is either a field of the plan ("activities.status", "checklist.F3",
// "cover.period"), a table's rows ("activities.row"), a whole table ("activities": how a table was
// read, e.g. its columns grouped by year), or one of the kinds below: a check about the workbook
// rather than one field (a column's meaning, a sheet left out, a picture over cells). The pane and
// the command line group checks by it, so every kind has a Danish and an English name here; a kind
// that is not listed is a type error where the check is made, and a field of no known form is refused
// where a check is parsed.

import type { Label } from './spec';
import { TABLE_SHEETS, fieldLabel, tableLabel, type TableKey } from './spec';

/** The checks about the workbook rather than one field of the plan, by the name a person reads. */
export const CHECK_KINDS = {
  column: { da: 'Kolonnernes betydning', en: 'What the columns mean' },
  sheet: { da: 'Ark', en: 'Sheets' },
  formula: { da: 'Formler uden beregnet værdi', en: 'Formulas without a calculated value' },
  textDate: { da: 'Datoer gemt som tekst', en: 'Dates stored as text' },
  markupText: { da: 'Tekst med rester af filens XML', en: "Text with remnants of the file's XML" },
  fileSyntax: { da: 'Filens opbygning', en: 'How the file is written' },
  valueNotRead: { da: 'Celler med to værdier', en: 'Cells with two values' },
  cellGivenTwice: { da: 'Celler skrevet to gange i filen', en: 'Cells written twice in the file' },
  cellUnderMerge: { da: 'Tekst skjult under flettede celler', en: 'Text hidden under merged cells' },
  picture: { da: 'Billeder over cellerne', en: 'Pictures over the cells' },
  drawing: { da: 'Figurer og formularelementer', en: 'Shapes and form controls' },
  control: { da: 'Formularelementer', en: 'Form controls' },
  recodedText: { da: 'Tekst i forkert tegnsæt', en: 'Text in the wrong character set' },
  lostLetters: { da: 'Bogstaver, der er gået tabt', en: 'Letters that were lost' },
  reviewMark: { da: 'Rettelser fra en gennemlæsning', en: 'Edits from a review' },
  reviewColumn: { da: 'En gennemlæsers bemærkninger', en: "A reviewer's remarks" },
} as const satisfies Record<string, Label>;

export type CheckKind = keyof typeof CHECK_KINDS;

/** The parts of a plan a check's field may name: its tables and its cover. */
export type CheckPart = TableKey | 'cover';

/** What a check is about (see the head of this file). */
export type CheckField = CheckKind | CheckPart | `${CheckPart}.${string}`;

const PARTS: ReadonlySet<string> = new Set<string>(['cover', ...TABLE_SHEETS.map((s) => s.key)]);

function isKind(field: string): field is CheckKind {
  return Object.prototype.hasOwnProperty.call(CHECK_KINDS, field);
}

/** Whether `field` is of a form a check's field takes. */
export function isCheckField(field: string): field is CheckField {
  if (isKind(field)) return true;
  const dot = field.indexOf('.');
  return PARTS.has(dot === -1 ? field : field.slice(0, dot)) && (dot === -1 || dot < field.length - 1);
}

/** A table's item (or the cover) as a person names it before one of its fields: "Aktivitet: Status". */
export const CHECK_ITEMS: Readonly<Record<CheckPart, Label>> = {
  cover: { da: 'Forside', en: 'Cover' },
  activities: { da: 'Aktivitet', en: 'Activity' },
  checklist: { da: 'Huskeliste', en: 'Checklist' },
  roles: { da: 'Roller', en: 'Roles' },
  corps: { da: 'Korps', en: 'Corps' },
  indicators: { da: 'Indikator', en: 'Indicator' },
  communication: { da: 'Kommunikation', en: 'Communication' },
  needsAnalysis: { da: 'Behovsanalyse', en: 'Needs analysis' },
};

const ROWS: Label = { da: 'Rækker', en: 'Rows' };
const CHECKLIST_ANSWERS: Label = { da: 'Huskelistens svar', en: 'Checklist answers' };

/**
 * The name of the group a check belongs to, in both languages: a kind by its name, a table's rows
 * as "Rækker", the checklist's answers as one group, a table as the template's sheet names it, and
 * a field as its table's item and the field's name ("Aktivitet: Status").
 */
export function checkGroupName(field: CheckField): Label {
  if (isKind(field)) return CHECK_KINDS[field];
  const dot = field.indexOf('.');
  const part = (dot === -1 ? field : field.slice(0, dot)) as CheckPart;
  if (dot === -1) return tableLabel(part);
  if (field.endsWith('.row')) return ROWS;
  if (part === 'checklist') return CHECKLIST_ANSWERS;
  const name = fieldLabel(field);
  const group = CHECK_ITEMS[part];
  // A field the template has no name for: its own last part, so that no code is shown.
  const own = name.da === field ? { da: field.slice(dot + 1), en: field.slice(dot + 1) } : name;
  return { da: `${group.da}: ${own.da}`, en: `${group.en}: ${own.en}` };
}
