// The cover fields (FRONT_SHEET.fields): label/value pairs anywhere outside the tables — the value
// right of its label (across merged or blank cells) or below it (a row of labels over a row of
// values), or in the same cell after a colon ("Programme coordinator: Sofie Lund") — in Danish or
// English and in the words coordinators use (vocab.ts coverLabelMatch). The municipality and the
// period also from a title ("Handleplan for Vejle Kommune 2026") or a sheet name when nothing else
// names them; options override.
//
// What is read with less than certainty carries a check at its cell (ReadCheck): a municipality
// written short or misspelt ("Kbh", "Silkebrog"), a half-year told by a season ("Efterår 2026"), a
// value taken from a title or a sheet name, a list value read from the first part of a longer text
// ("Socialforvaltningen, Børn og Unge"), a label read by its words only. E-mail addresses written
// beside or after a name ("Anne Lund (anlu@vejle.dk)") are the person's e-mail.

import type { CheckField } from '../checkFields';
import { handedOver } from './handover';
import type { IssueCode } from '../codes';
import type { Place } from '../draft';
import { a1, cellText, type GridCell } from '../grid';
import {
  FRONT_SHEET,
  listLabel,
  periodName,
  type FrontFieldKey,
  type Lang,
  type Organisation,
  type Phase,
  type SupervisionModel,
} from '../spec';
import {
  findMunicipalities as findMunicipalitiesIn,
  findPeriod as findPeriodIn,
  foldText,
  matchListValue,
  municipalityName,
  oneLine,
  parsePeriod,
  stripParentheses,
  type MunicipalityMention,
  type PeriodMatch,
} from '../normalize';
import { parseDateCell } from '../dates';
import { displayText, type SheetView } from './sheet';
import { addCheck, type Ctx } from './context';
import { municipalityUnknown, periodMalformed, phaseConflict, quote, valueNotInList } from './messages';
import {
  coverLabelExact,
  coverLabelMatch as coverLabelMatchIn,
  PLACE_QUALIFIED,
  type CoverLabelMatch,
} from './vocab';
import { matchMunicipality, municipalitiesNear } from './similarity';
import { maskCprText } from '../validate/cpr';
import { formResponses } from './rows';
import {
  lettersAsDigits,
  namesNothing,
  withoutMentions,
  withoutPhone,
  withoutPost,
  readListValue,
  withoutClosingStop,
} from './values';
import { FRONT_FIRST_ROW } from '../layout';
import { AreaIndex } from './areas';

export interface Cover {
  templateVersion?: string;
  municipality?: { code: string; name: string };
  period?: string;
  phase?: Phase;
  coordinator?: { name: string; email?: string };
  leader?: { name: string; email?: string };
  organisation?: Organisation;
  supervisionModel?: SupervisionModel;
  places: Partial<Record<FrontFieldKey, Place>>;
}

export interface Region {
  readonly sheet: string;
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

/** Where a cover field is in the template layout: Forside, label in A, value in B, from row 3. */
export function templatePlace(key: FrontFieldKey, lang: Lang): Place {
  const i = FRONT_SHEET.fields.findIndex((f) => f.key === key);
  return { sheet: FRONT_SHEET.sheet[lang], cell: a1(FRONT_FIRST_ROW + i, 1) };
}

interface Found {
  readonly key: FrontFieldKey;
  readonly view: SheetView;
  readonly label: GridCell;
  readonly value?: GridCell;
  /** The value written after a colon in the label's own cell. */
  readonly inline?: string;
  readonly place: Place;
  /** How sure the label names the field (below 1: read by its words only). */
  readonly labelConfidence: number;
  /** Read from one part of a banner whose other parts are left for the title reading. */
  readonly banner?: true;
  /** Read from a cell whose labelled parts stood with no break between them ("RødovreKoordinator:"). */
  readonly glued?: true;
}

/** The tables' regions of each sheet, indexed (a sheet may hold thousands of tables). */
function regionsBySheet(regions: readonly Region[]): (sheet: string) => AreaIndex<Region> {
  const bySheet = new Map<string, Region[]>();
  for (const g of regions) {
    const list = bySheet.get(g.sheet);
    if (list) list.push(g);
    else bySheet.set(g.sheet, [g]);
  }
  const indexes = new Map<string, AreaIndex<Region>>();
  const none = new AreaIndex<Region>([]);
  return (sheet) => {
    let index = indexes.get(sheet);
    if (!index) {
      const list = bySheet.get(sheet);
      index = list ? new AreaIndex(list) : none;
      indexes.set(sheet, index);
    }
    return index;
  };
}

interface Label {
  readonly key: FrontFieldKey;
  readonly inline?: string;
  readonly confidence: number;
}

function labelOf(written: string): Label | undefined {
  // "Fase (sæt X)", "Supervision (vælg én):": a form's instruction after the label names no field.
  const text = written.replace(FORM_INSTRUCTION, '').trim() || written;
  const whole = coverLabelMatch(text, /:\s*$/.test(text));
  if (whole) return { key: whole.key, confidence: whole.confidence };
  // A label in two languages of two scripts ("Fase / المرحلة", "Koordinator⏎Координатор"): its part
  // in Latin letters is the label, the other its translation.
  const latin = latinLabel(text);
  if (latin !== undefined) {
    const k = coverLabelMatch(latin, /:\s*$/.test(text));
    if (k) return { key: k.key, confidence: k.confidence };
  }
  const contact = contactOf(text);
  if (contact) return contact;
  const m = /^([^:]{2,40}):\s*(.+)$/su.exec(text);
  if (m?.[1] && m[2]) {
    const k = coverLabelMatch(m[1], true);
    if (k) return { key: k.key, inline: m[2].trim(), confidence: k.confidence };
  }
  return questionLabel(text);
}

/** A letter of a script other than Latin (Arabic, Hebrew, Cyrillic, Greek, CJK …). */
const OTHER_SCRIPT_LETTER = /(?=\p{L})\P{Script=Latin}/u;

/**
 * The part of a label in Latin letters where the rest is its translation in another script:
 * "Kommune / البلدية" → "Kommune", "Leder (المدير)" → "Leder", one part a line as well. Undefined
 * unless the text holds a letter of another script (the cheap first test) and parts of both kinds.
 */
export function latinLabel(text: string): string | undefined {
  if (!OTHER_SCRIPT_LETTER.test(text)) return undefined;
  const parts = text
    .replace(/[()]/gu, '/')
    .split(/[/|\n]/u)
    .map((p) => p.replace(/:\s*$/u, '').trim())
    .filter((p) => /\p{L}/u.test(p));
  const latin = parts.filter((p) => !OTHER_SCRIPT_LETTER.test(p));
  if (latin.length !== 1 || latin.length === parts.length) return undefined;
  return /\p{Script=Latin}/u.test(latin[0] as string) ? latin[0] : undefined;
}

/**
 * A form's question asking for a cover fact ("Hvilket halvår gælder besvarelsen?", "Hvilken fase er
 * I i?"): one of its words is the fact's label, and only one fact is named. A little less sure.
 */
function questionLabel(text: string): Label | undefined {
  if (!/\?\s*$/u.test(text) || text.length > 80) return undefined;
  const keys = new Map<FrontFieldKey, number>();
  for (const word of text.replace(/\?+\s*$/u, '').split(/\s+/u)) {
    if (word.length < 4) continue;
    const k = coverLabelMatch(word);
    if (k && k.confidence >= 0.9) keys.set(k.key, Math.max(keys.get(k.key) ?? 0, k.confidence));
  }
  if (keys.size > 1) {
    // "Hvilken fase er kommunen i?": the word the question word asks about is the fact asked for;
    // the other ("kommunen") is whose it is.
    const asked = ASKED_WORD.exec(text)?.[1];
    const k = asked === undefined || asked.length < 4 ? undefined : coverLabelMatch(asked);
    if (!k || !keys.has(k.key)) return undefined;
    return { key: k.key, confidence: Math.min(keys.get(k.key) ?? 0, 0.85) };
  }
  if (keys.size !== 1) return undefined;
  const [[key, confidence]] = [...keys] as [[FrontFieldKey, number]];
  return { key, confidence: Math.min(confidence, 0.9) };
}

/** The word a question asks about, right after its question word: "Hvilken FASE er kommunen i?". */
const ASKED_WORD = /^\s*(?:hvilken|hvilket|hvilke|which|what)\s+(\p{L}+)/iu;

/** A form's instruction in brackets after a label: "(sæt X)", "(sæt kryds)", "(vælg én)", "(marker)". */
const FORM_INSTRUCTION =
  /\s*\((?:sæt|saet|marker|markér|vælg|vaelg|kryds|tick|choose|select)[^()]*\)\s*(?=:?\s*$)/iu;

/** A mark that chooses an option on a form: "X", "x", "✓", "☒". */
const OPTION_MARK = /^\s*(?:x|✓|✔|☒|☑|■)\s*$/iu;

const OPTION_LIST: Partial<Record<FrontFieldKey, 'phase' | 'organisation' | 'supervisionModel'>> = {
  phase: 'phase',
  organisation: 'organisation',
  supervisionModel: 'supervisionModel',
};

/**
 * A cover kept as a paper form: under a list field's label every option on a row of its own
 * ("Forberedelse", "Klargøring", …; an empty row between two of them allowed), the chosen one
 * marked with an "X" in a cell beside it. The marked option, and the cells of the block; no option
 * when none is marked or several are.
 * Undefined unless the rows under the first option carry no label of their own and at least two
 * options are values of the field's list (a label/value list down the sheet is no form).
 */
function markedOption(
  view: SheetView,
  key: FrontFieldKey,
  label: GridCell,
  first: GridCell,
): { chosen?: { option: GridCell; mark: GridCell }; cells: GridCell[] } | undefined {
  const list = OPTION_LIST[key];
  if (list === undefined) return undefined;
  const rows: { option: GridCell; mark?: GridCell }[] = [];
  const isOption = (r: number): boolean => {
    const option = view.cell(r, first.c);
    return option !== undefined && typeof option.v === 'string' && option.v.trim() !== '';
  };
  for (let r = first.r; rows.length < 8; r++) {
    // One empty row between two options (room left on the form) does not end the options.
    if (r > first.r && !isOption(r) && view.rowCells(r).length === 0 && isOption(r + 1)) continue;
    const option = view.cell(r, first.c);
    if (!option || typeof option.v !== 'string' || option.v.trim() === '') break;
    if (r > first.r && view.cell(r, label.c) !== undefined) break;
    let mark: GridCell | undefined;
    for (const c of [first.c + 1, first.c + 2]) {
      const m = view.cell(r, c);
      if (m && OPTION_MARK.test(displayText(m, view.date1904))) mark = m;
    }
    rows.push(mark ? { option, mark } : { option });
  }
  const listed = rows.filter((o) => listValueOf(list, displayText(o.option, view.date1904)) !== undefined);
  if (rows.length < 2 || listed.length < 2) return undefined;
  const marked = rows.filter((o) => o.mark !== undefined);
  if (marked.length === 0 && listed.length < rows.length) return undefined;
  const cells = rows.flatMap((o) => (o.mark ? [o.option, o.mark] : [o.option]));
  const one = marked.length === 1 ? marked[0] : undefined;
  return one?.mark ? { chosen: { option: one.option, mark: one.mark }, cells } : { cells };
}

/**
 * Where one cell's text holds several labelled facts: line breaks (also the soft line break U+000B,
 * Shift+Enter in a PowerPoint or Word text pasted into a cell), or " · " and " | " between them.
 */
const PART_BREAK = /\s*[\n\v]\s*|\s+[·|•]\s+/u;

/**
 * The facts of a cell that holds several "Label: value" parts ("Kommune: Rødovre⏎Koordinator: Louise
 * Dam", "Koordinator: Bente Lund · Periode: 1. halvår 2027"): each part's label and value, when at
 * least two parts are labelled and every part is; otherwise undefined (the cell is one fact, or
 * none).
 */
function labelledParts(text: string): { parts: InlinePart[]; glued: boolean; titled?: true } | undefined {
  const colon = text.indexOf(':');
  if (colon === -1 || colon === text.lastIndexOf(':')) return undefined;
  const lines = text.split(PART_BREAK).filter((p) => p !== '');
  // Lines that lost their breaks ("Kommune: RødovreKoordinator: Louise Dam", as LibreOffice gives
  // back a cell of several lines it saved in .ods) are cut where a known label follows a word.
  const unglued = lines.flatMap(gluedLines);
  const glued = unglued.length > lines.length;
  // A line of two facts set apart by the PDF's tab stops or glued by one space ("Periode: 1.
  // halvår 2027 Fase: Fuld implementering") is two parts.
  const parts = unglued.flatMap(spacedParts);
  if (parts.length < 2) return undefined;
  // A cut made at a glued label holds only where every label is known for sure.
  const sure = (labelled: InlinePart[] | undefined): InlinePart[] | undefined =>
    labelled !== undefined && (!glued || labelled.every((p) => p.confidence >= 0.95)) ? labelled : undefined;
  const labelled = sure(partLabels(parts, true));
  if (labelled) return { parts: labelled, glued };
  // Title lines over the labelled lines ("Implementeringsplan …⏎Periode: …⏎Koordinator: …", a
  // title slide's "Korpset⏎Esbjerg Kommune⏎2. halvår 2026⏎Koordinator: …⏎Leder: …", or the title
  // glued to the first label when the breaks were lost): the labelled lines give their facts, the
  // cell stays a title for the rest. The title is the lines before the first labelled one (at most
  // three), two or more labelled lines after it.
  const first = parts.findIndex((p) => labelOf(p)?.inline !== undefined);
  const rest =
    first >= 1 && first <= 3 && parts.length - first >= 2
      ? sure(partLabels(parts.slice(first), true))
      : undefined;
  return rest ? { parts: rest, glued, titled: true } : undefined;
}

/** A known cover label with a colon after white space inside a line ("… 2027 Fase: …"). */
const SPACED_LABEL = /(?<=\S\s+)(?=\p{Lu}[^:\n]{0,39}:)/gu;

/**
 * One line of a cell cut where a known cover label (sure of itself, with a colon) starts after
 * white space inside it: "Kommune:   Glostrup Kommune        Periode:   1. halvår 2027", "Koordinator:
 * Lise Mørk Leder: Anders Friis" (a PDF's two columns of facts as one line). Only a line that
 * begins with a label; else the line as it is.
 */
function spacedParts(line: string): string[] {
  if (line.indexOf(':') === line.lastIndexOf(':') || labelOf(line)?.inline === undefined) return [line];
  const cuts = [...line.matchAll(SPACED_LABEL)]
    .map((m) => m.index ?? 0)
    .filter((i) => {
      const label = labelOf(line.slice(i));
      return label?.inline !== undefined && label.confidence >= 0.95;
    });
  if (cuts.length === 0) return [line];
  return [0, ...cuts].map((at, i, all) => line.slice(at, all[i + 1]).trim());
}

/** A known cover label starting right after a lower-case letter or a digit, with a colon after it. */
const GLUED_LABEL = /(?<=[\p{Ll}\d)])(?=\p{Lu}[^:]{1,39}:)/gu;

/** A line cut where a known cover label follows a word with no space between them; else the line. */
function gluedLines(line: string): string[] {
  if (line.indexOf(':') === line.lastIndexOf(':')) return [line];
  const cuts = [...line.matchAll(GLUED_LABEL)]
    .map((m) => m.index ?? 0)
    .filter((i) => {
      const label = labelOf(line.slice(i));
      return label?.inline !== undefined && label.confidence >= 0.95;
    });
  if (cuts.length === 0) return [line];
  return [0, ...cuts].map((at, i, all) => line.slice(at, all[i + 1]).trim());
}

/**
 * The labelled parts of a banner cell whose parts are joined by " · " or " | " and only some of
 * which are labelled ("Frederikshavn Kommune · 1. halvår 2027 · Fase: Klargøring"); none when the
 * cell has no such join or no labelled part, or when the first part is itself a label (the cell is
 * then one fact whose value holds the join).
 */
function someLabelledParts(text: string): InlinePart[] {
  if (!text.includes(':') || !/[·|]/u.test(text)) return [];
  const parts = text.split(/\s+[·|]\s+/u).filter((p) => p !== '');
  if (parts.length < 2 || labelOf(parts[0] as string)?.inline !== undefined) return [];
  return partLabels(parts, false) ?? [];
}

type InlinePart = Label & { readonly inline: string };

/** Each labelled part's label and value; with `every`, undefined when a part is not labelled. */
function partLabels(parts: readonly string[], every: boolean): InlinePart[] | undefined {
  const out: InlinePart[] = [];
  for (const part of parts) {
    const label = labelOf(part);
    if (label?.inline !== undefined) out.push({ ...label, inline: label.inline });
    else if (every) return undefined;
  }
  return out;
}

/**
 * A line of its own within a table's rows that the table did not take, written "Label: value" with a
 * person's cover label ("Kontaktperson: Karina Lund (koordinator)" under the plan): a cover fact.
 */
function footLine(view: SheetView, cell: GridCell): boolean {
  if (typeof cell.v !== 'string' || !cell.v.includes(':') || view.isUsedCell(cell)) return false;
  if (view.rowCells(cell.r).length !== 1) return false;
  const label = labelOf(cell.v.trim());
  return label?.inline !== undefined && (label.key === 'coordinatorName' || label.key === 'leaderName');
}

const CONTACT = /^\s*(?:kontaktperson|kontakt|contact(?:\s+person)?)\s*:\s*(.+)$/isu;
const COORDINATOR_ROLE = /\b(?:koordinator(?:en)?|coordinator)\b/iu;
const LEADER_ROLE = /\b(?:leder(?:en)?|chef(?:en)?|manager|afdelingsleder|centerchef)\b/iu;

/**
 * "Kontaktperson: Karina Lund (koordinator), tlf. …": the person named, as the role written beside
 * the name says (the coordinator, or the leader); without a role the plan's contact person is most
 * likely its coordinator, read so with a check.
 */
function contactOf(text: string): Label | undefined {
  const signed = signedBy(text);
  if (signed) return signed;
  const m = CONTACT.exec(text);
  const value = m?.[1]?.trim();
  if (!value) return undefined;
  const leader = LEADER_ROLE.test(value) && !COORDINATOR_ROLE.test(value);
  const role = COORDINATOR_ROLE.test(value) || leader;
  const name = value
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/\s*[,–—-]\s*(?:koordinator(?:en)?|coordinator|leder(?:en)?|chef(?:en)?|manager)\b/giu, '')
    .trim();
  // A phone number or a note alone names no person.
  const words = name.replace(/\b(?:tlf|telefon|tel|mobil|mob|phone|e-?mail|mail)\b\.?/giu, '');
  if (!/[a-zæøå]{2,}|@/iu.test(words)) return undefined;
  return { key: leader ? 'leaderName' : 'coordinatorName', inline: name, confidence: role ? 1 : 0.6 };
}

/** "Udarbejdet af: …", "Prepared by: …"; "Godkendt af: …", "Approved by: …" (a letter's signature lines). */
const PREPARED_BY =
  /^\s*(?:udarbejdet|skrevet|udfyldt|prepared|written|completed)\s+(?:af|by)\s*:\s*(.+)$/isu;
const APPROVED_BY = /^\s*(?:godkendt|approved|signed)\s+(?:af|by)\s*:\s*(.+)$/isu;
/**
 * "Opdateret af Maja Kruse, koordinator, 30.11.2026", "Last updated by: …" (a line typed above an
 * export): who keeps the plan up to date, named as coordinator or leader only by the post with it.
 */
const UPDATED_BY =
  /^\s*(?:(?:senest|sidst)\s+)?(?:opdateret|ajourført|revideret|rettet|(?:last\s+)?updated|(?:last\s+)?edited)\s+(?:af|by)\s*:?\s*(.+)$/isu;
/** A memo's "Fra: …" or "Til: …" line (a status memo to the leader kept as the plan). */
const MEMO_LINE = /^\s*(?:fra|til|from|to)\s*:\s*(.+)$/isu;
/** A leader's or coordinator's post written before the name ("Direktør Lene Friis"). */
const POST_BEFORE =
  /^(\p{L}*(?:chef|leder|direktør|director|manager|koordinator|coordinator)(?:en)?)\s+(\p{Lu}.*)$/iu;
/** A post after a name, ending in a leader's word ("børne- og familiechef", "afdelingsleder"). */
const LEADER_POST = /(?:chef|leder|direktør|director|manager|head)(?:en)?\b/iu;

/**
 * A letter's lines "Udarbejdet af: Mette Kjær, koordinator, mkj@lemvig.dk" and "Godkendt af: Poul
 * Lund, børne- og familiechef": the one who prepared the plan is its coordinator (certain when the
 * post says so), the one who approved it its leader (certain when the post is a leader's); the
 * name is what stands before the first comma, with the e-mail address kept.
 */
function signedBy(text: string): Label | undefined {
  const prepared = PREPARED_BY.exec(text)?.[1]?.trim();
  const approved = prepared === undefined ? APPROVED_BY.exec(text)?.[1]?.trim() : undefined;
  // A memo's head ("Fra: Peter Dahl, koordinator …", "Til: Direktør Lene Friis"): only a post
  // written with the name says who is who.
  const memo =
    prepared ??
    approved ??
    MEMO_LINE.exec(oneLine(text))?.[1]?.trim() ??
    UPDATED_BY.exec(oneLine(text))?.[1]?.trim();
  const value = prepared ?? approved ?? memo;
  if (!value) return undefined;
  const [written, ...rest] = value.split(/\s*[,;]\s*|\s+[–—-]\s+/u);
  // A post before the name ("Direktør Lene Friis", "Centerchef Bo Ek").
  const before = POST_BEFORE.exec((written ?? '').trim());
  const name = (before?.[2] ?? written ?? '').trim();
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name)) return undefined;
  const email = rest.find((p) => /@/u.test(p));
  const post = [before?.[1] ?? '', ...rest.filter((p) => !/@/u.test(p))].join(' ');
  const asCoordinator = COORDINATOR_ROLE.test(post);
  const asLeader = !asCoordinator && LEADER_POST.test(post);
  if (prepared === undefined && approved === undefined && !asCoordinator && !asLeader) return undefined;
  const key = asCoordinator
    ? 'coordinatorName'
    : asLeader
      ? 'leaderName'
      : prepared
        ? 'coordinatorName'
        : 'leaderName';
  return {
    key,
    inline: email ? `${name}, ${email.trim()}` : name,
    confidence: asCoordinator || asLeader ? 0.95 : 0.6,
  };
}

/** A label for certain (one that may stop the search for another label's value). */
function isLabel(text: string): boolean {
  const l = labelOf(text.trim());
  return (
    (l !== undefined && l.confidence >= 0.85) || BARE_EMAIL.test(text.trim()) || NAME_LABEL.test(text.trim())
  );
}

/**
 * A text that is a label of the field, placed where that field's value belongs ("Fase |
 * Implementeringsfase"), is its value when it reads as one: a label is not repeated beside itself.
 * A text ending in a colon stays a label.
 */
function valueOfLabel(key: FrontFieldKey, text: string): boolean {
  if (key !== 'phase' && key !== 'organisation' && key !== 'supervisionModel') return false;
  const t = text.trim();
  if (/:\s*$/u.test(t) || labelOf(t)?.key !== key) return false;
  const read = listValueOf(key, t);
  return read !== undefined && !('conflict' in read);
}

/**
 * A list field's value that reads like another field's label ("Supervision: | Koordinator" — the
 * coordinator supervises): the value of the list, when nothing stands right of it (a label with its
 * own value beside it is a label).
 */
function listValueBeside(view: SheetView, key: FrontFieldKey, cell: GridCell): boolean {
  if (key !== 'phase' && key !== 'organisation' && key !== 'supervisionModel') return false;
  if (typeof cell.v !== 'string') return false;
  // In the list's own words or in words that name a value ("Supervision | Lederen": the leader).
  const read = listValueOf(key, cell.v.trim().replace(/:$/u, ''));
  if (read === undefined || 'conflict' in read) return false;
  for (let c = cell.c + 1; c <= cell.c + MAX_RIGHT; c++) if (view.cell(cell.r, c)) return false;
  return !/:\s*$/u.test(cell.v);
}

/** Column labels of a small table of people: "Navn", "Name", "Titel". */
const NAME_LABEL = /^(?:navn|name|titel|title|stilling|telefon|tlf\.?|phone)\s*:?$/iu;

const MAX_RIGHT = 6;

const BARE_EMAIL = /^(?:e-?mail|mail)(?:[ -]?adresse)?\s*(?::\s*(.*))?$/iu;

/**
 * A bare "E-mail" label belongs to the person named just above it or just left of it on the same
 * row ("Koordinator: Hanne Friis" / "E-mail: hafr@esbjerg.dk").
 */
function emailOfPerson(
  cell: GridCell,
  view: SheetView,
  found: ReadonlyMap<FrontFieldKey, Found>,
): Label | undefined {
  const m = BARE_EMAIL.exec(String(cell.v).trim());
  if (!m) return undefined;
  let best: { key: FrontFieldKey; distance: number } | undefined;
  for (const [key, email] of [
    ['coordinatorName', 'coordinatorEmail'],
    ['leaderName', 'leaderEmail'],
  ] as const) {
    const person = found.get(key);
    if (!person || person.view !== view) continue;
    const above = person.label.c === cell.c && cell.r > person.label.r && cell.r - person.label.r <= 2;
    const left = person.label.r === cell.r && person.label.c < cell.c;
    if (!above && !left) continue;
    const distance = above ? cell.r - person.label.r : cell.c - person.label.c;
    if (!best || distance < best.distance) best = { key: email, distance };
  }
  if (!best) return undefined;
  const inline = m[1]?.trim();
  return inline ? { key: best.key, inline, confidence: 1 } : { key: best.key, confidence: 1 };
}

function readCoverUnbounded(
  views: readonly SheetView[],
  regions: readonly Region[],
  ctx: Ctx,
  lang: Lang,
  options: { municipality?: string; period?: string; fileName?: string },
): Cover {
  const cover: Cover = { places: {} };
  const found = new Map<FrontFieldKey, Found>();
  const givenMunicipality = options.municipality;
  const regionsOf = regionsBySheet(regions);
  const free = (view: SheetView, r: number, c: number): boolean =>
    !view.isUsed(r, c) && !regionsOf(view.name).holds(r, c);
  // The text cells outside every table: where labels, values and titles can be.
  // (Hot on large plans: a plain loop, no closure per cell.)
  const outside = views.map((view) => {
    const mine = regionsOf(view.name);
    const cells: GridCell[] = [];
    const keep = (cell: GridCell): void => {
      if (typeof cell.v !== 'string') return;
      const inside = mine.holds(cell.r, cell.c);
      if ((!inside || footLine(view, cell)) && !view.isUsedCell(cell)) cells.push(cell);
    };
    // A sheet read from a file (columns) is sorted, and its blank cells hold no label either.
    if (view.rowsHoldAllCells || view.sheet.columns !== undefined) {
      // Row by row, so that a row wholly inside a table (its first and last cell are) is passed
      // over without a look at each of its cells: each look is a trip to memory on a large plan
      // (and, for a sheet of columns, a row's cells made as objects).
      const rows = view.rows;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i] as number;
        const first = view.firstColumn(r);
        const last = view.lastColumn(r);
        if (
          first >= 0 &&
          mine.holdsSpan(r, first, last) &&
          !(first === last && footLine(view, view.cell(r, first) as GridCell))
        )
          continue;
        const row = view.rowCells(r);
        for (let j = 0; j < row.length; j++) keep(row[j] as GridCell);
      }
    } else {
      const all = view.sheet.cells;
      for (let i = 0; i < all.length; i++) keep(all[i] as GridCell);
    }
    return { view, cells };
  });

  /** Records a labelled part written in the cell itself, unless the fact was found before. */
  const inlineFact = (
    view: SheetView,
    cell: GridCell,
    part: InlinePart,
    banner: boolean,
    glued = false,
  ): void => {
    if (found.has(part.key)) return;
    found.set(part.key, {
      key: part.key,
      view,
      label: cell,
      inline: part.inline,
      place: { sheet: view.name, cell: a1(cell.r, cell.c) },
      labelConfidence: part.confidence,
      ...(banner ? { banner: true as const } : {}),
      ...(glued ? { glued: true as const } : {}),
    });
  };

  for (const { view, cells } of coverFirst(outside)) {
    for (const cell of cells) {
      if (typeof cell.v !== 'string' || view.isUsedCell(cell)) continue;
      const several = labelledParts(cell.v);
      if (several && several.titled) {
        for (const part of several.parts) inlineFact(view, cell, part, true, several.glued);
      } else if (several) {
        for (const part of several.parts) inlineFact(view, cell, part, false, several.glued);
        continue;
      }
      // "Frederikshavn Kommune · 1. halvår 2027 · Fase: Klargøring": a banner of parts of which
      // some are labelled: those give their facts; the cell stays a title for the rest.
      for (const part of someLabelledParts(cell.v)) inlineFact(view, cell, part, true);
      const label = labelOf(cell.v.trim()) ?? emailOfPerson(cell, view, found);
      if (!label || found.has(label.key)) continue;
      if (aboutAnotherMunicipality(cell.v, found, givenMunicipality, ctx)) continue;
      if (label.inline !== undefined) {
        inlineFact(view, cell, { ...label, inline: label.inline }, false);
        continue;
      }
      const m = view.mergeAt(cell.r, cell.c);
      const from = m && m.s.c === cell.c && m.s.r === cell.r ? m.e.c + 1 : cell.c + 1;
      let value: GridCell | undefined;
      let blocked = false;
      // A form's response sheet: the label is a question heading its column, and the fact is the
      // newest response's answer under it (never the next question to its right).
      const responses = formResponses(view, cell.r);
      if (responses) {
        value = view.cell(responses.newest, cell.c);
        blocked = true;
      }
      for (let c = from; c < from + MAX_RIGHT && !value && !blocked; c++) {
        const v = view.cell(cell.r, c);
        if (!v) continue;
        if (!free(view, v.r, v.c)) blocked = true;
        else if (typeof v.v === 'string' && isLabel(v.v)) {
          if (valueOfLabel(label.key, v.v)) value = v;
          else if (listValueBeside(view, label.key, v)) {
            // Taken now, so that it is not read as a label of its own further on.
            view.useCell(v);
            value = v;
          } else blocked = true;
        } else value = v;
      }
      if (!value && !responses) {
        const below = view.cell(cell.r + 1, cell.c);
        // A label below (one a typo keeps from being known: "E-mial:") is no value: a text ending
        // in a colon is a label.
        if (
          below &&
          free(view, below.r, below.c) &&
          !(
            typeof below.v === 'string' &&
            (isLabel(below.v) || /:\s*$/u.test(below.v)) &&
            !valueOfLabel(label.key, below.v)
          )
        ) {
          value = below;
        }
      }
      // A form's options under the label, one row each, the chosen one marked "X" beside it.
      const options = value ? markedOption(view, label.key, cell, value) : undefined;
      let place = value ? a1(value.r, value.c) : a1(cell.r, from);
      if (options) {
        for (const used of options.cells) view.useCell(used);
        value = options.chosen?.option;
        place = options.chosen ? a1(options.chosen.mark.r, options.chosen.mark.c) : place;
      }
      found.set(label.key, {
        key: label.key,
        view,
        label: cell,
        ...(value ? { value } : {}),
        place: { sheet: view.name, cell: place },
        labelConfidence: label.confidence,
      });
    }
  }

  // Names before e-mails: an e-mail belongs to a named coordinator or leader.
  const order = [...found.values()].sort(
    (a, b) => Number(a.key.endsWith('Email')) - Number(b.key.endsWith('Email')),
  );
  for (const f of order) {
    const text = f.inline ?? (f.value ? displayText(f.value, ctx.date1904) : '');
    // A theme's name with nothing beside it ("Ledelse" alone) is no empty cover label: it stays
    // reported where it is.
    if (text === '' && matchListValue('theme', cellText(f.label)) !== undefined) continue;
    if (!f.banner) f.view.useCell(f.label);
    cover.places[f.key] = f.place;
    if (text === '') continue;
    if (setField(cover, f, text, ctx)) {
      f.view.useCell(f.value);
      if (f.labelConfidence < 0.95) {
        check(ctx, f.place, f.key, text, f.labelConfidence, {
          da: `værdien er læst ud fra teksten "${quote(cellText(f.label))}", som ikke er en kendt overskrift`,
          en: `the value was read from the label "${quote(cellText(f.label))}", which is not a known label`,
        });
      } else if (f.glued) {
        check(ctx, f.place, f.key, text, 0.85, {
          da: `cellens oplysninger står uden linjeskift imellem ("${quote(cellText(f.label))}"); "${quote(text)}" er læst som teksten før næste overskrift. Sæt hver oplysning på sin egen linje`,
          en: `the cell's facts stand with no line break between them ("${quote(cellText(f.label))}"); "${quote(text)}" was read as the text before the next label. Put each fact on a line of its own`,
        });
      }
    }
  }
  emailsBesideNames(cover, found, ctx);
  municipalityByEmail(cover, found.get('municipality'), ctx);

  fromTitles(cover, titleCandidates(outside), ctx);
  if (options.fileName !== undefined) fromFileName(cover, options.fileName, ctx, lang);
  applyOptions(cover, ctx, lang, options);
  for (const field of FRONT_SHEET.fields) cover.places[field.key] ??= templatePlace(field.key, lang);
  return cover;
}

/**
 * The sheets in the order their labels are read: the sheet with the most cover labels first (the
 * cover, wherever its tab stands), the others as they stand. A fact is read from the first sheet
 * that names it, so a word that is also a label ("Ledelse" in a list of themes, or in an old draft's
 * rows) on a sheet before the cover does not give the cover's fact.
 */
function coverFirst<T extends { readonly cells: readonly GridCell[] }>(outside: readonly T[]): readonly T[] {
  if (outside.length < 2) return outside;
  const labels = outside.map((o) => {
    const keys = new Set<FrontFieldKey>();
    for (const cell of o.cells) {
      if (typeof cell.v !== 'string' || cell.v.length > 80) continue;
      const label = labelOf(cell.v.trim());
      if (label) keys.add(label.key);
    }
    return keys.size;
  });
  const order = outside.map((_, i) => i).sort((a, b) => (labels[b] ?? 0) - (labels[a] ?? 0) || a - b);
  return order.map((i) => outside[i] as T);
}

/** The plan field a cover field's check is about ("cover.coordinator" for its name and e-mail). */
function checkField(key: FrontFieldKey): CheckField {
  if (key === 'coordinatorName' || key === 'coordinatorEmail') return 'cover.coordinator';
  if (key === 'leaderName' || key === 'leaderEmail') return 'cover.leader';
  return `cover.${key}`;
}

function check(
  ctx: Ctx,
  place: Place,
  key: FrontFieldKey,
  value: string,
  confidence: number,
  why: { da: string; en: string },
): void {
  const label = FRONT_SHEET.fields.find((f) => f.key === key)?.label ?? { da: key, en: key };
  addCheck(ctx, {
    sheet: place.sheet,
    cell: place.cell,
    field: checkField(key),
    value,
    confidence: Math.round(Math.min(0.94, confidence) * 100) / 100,
    reason: {
      da: `${label.da}: ${why.da.replace(/\.$/u, '')}. Tjek at det er rigtigt.`,
      en: `${label.en}: ${why.en.replace(/\.$/u, '')}. Check that it is right.`,
    },
  });
}

/**
 * A municipality's name one slip from two municipalities ("Vejel": Vejle or Vejen) is settled by
 * the domain of an e-mail address the cover gives ("anders.bech@vejle.dk"), when that domain names
 * one of them: read so, checked, and the issue taken back. Otherwise it stays unread, reported.
 */
function municipalityByEmail(cover: Cover, f: Found | undefined, ctx: Ctx): void {
  if (cover.municipality || !f) return;
  const text = f.inline ?? (f.value ? displayText(f.value, ctx.date1904) : '');
  if (text === '') return;
  const near = municipalitiesNear(text);
  if (near.length < 2) return;
  const byDomain = new Set<string>();
  for (const email of [cover.coordinator?.email, cover.leader?.email]) {
    const domain = email === undefined ? undefined : /@([^@\s.]+)\.dk\b/iu.exec(email)?.[1];
    const guess = domain === undefined ? undefined : matchMunicipality(domain);
    if (guess?.how === 'name' && near.includes(guess.code)) byDomain.add(guess.code);
  }
  if (byDomain.size !== 1) return;
  const [code] = [...byDomain] as [string];
  const name = municipalityName(code) ?? text;
  const others = near.filter((c) => c !== code).map((c) => municipalityName(c) ?? c);
  cover.municipality = { code, name };
  dropIssue(ctx, 'municipality_unknown', f.place);
  check(ctx, f.place, 'municipality', text, 0.6, {
    da: `"${quote(text)}" kan være ${name} eller ${others.join(' eller ')} stavet forkert; e-mailadressen på forsiden hører til ${name}, så den er læst`,
    en: `"${quote(text)}" may be ${name} or ${others.join(' or ')} misspelt; the e-mail address on the cover belongs to ${name}, so that was read`,
  });
}

/** Takes back an issue reported at a place. */
function dropIssue(ctx: Ctx, code: IssueCode, place: Place): void {
  const at = ctx.issues.findIndex((i) => i.code === code && i.sheet === place.sheet && i.cell === place.cell);
  if (at !== -1) ctx.issues.splice(at, 1);
}

const MUNICIPALITY_WHY = {
  abbreviation: { da: 'en forkortelse', en: 'a short form' },
  part: { da: 'en del af kommunens navn', en: 'part of the municipality’s name' },
  spelling: { da: 'et navn stavet anderledes', en: 'a name spelt differently' },
} as const;

/** Sets one cover field from its text; false (with an issue) when the text is not a valid value. */
function setField(cover: Cover, f: Found, text: string, ctx: Ctx): boolean {
  const { sheet, cell } = f.place;
  // A placeholder ("TBD", "?", "Ikke ansat endnu") names no one and no value: the field is read as
  // empty (the rules then say it is missing), with a check that says why.
  if (PLACEHOLDER_FIELDS.has(f.key) && namesNothing(text) && !namesListValue(f.key, text)) {
    check(ctx, f.place, f.key, text, 0.9, {
      da: `"${quote(text)}" nævner ingen værdi: feltet er læst som tomt. Skriv det, når det er afklaret`,
      en: `"${quote(text)}" names no value: the field was read as empty. Write it in once it is decided`,
    });
    return true;
  }
  switch (f.key) {
    case 'municipality': {
      const guess = matchMunicipality(text);
      if (!guess) {
        ctx.issues.push(municipalityUnknown(sheet, cell, text));
        return false;
      }
      const name = municipalityName(guess.code) ?? text;
      cover.municipality = { code: guess.code, name };
      if (guess.how !== 'name') {
        const why = MUNICIPALITY_WHY[guess.how];
        check(ctx, f.place, f.key, text, guess.confidence, {
          da: `"${quote(text)}" er læst som ${name} (${why.da})`,
          en: `"${quote(text)}" was read as ${name} (${why.en})`,
        });
      }
      return true;
    }
    case 'period': {
      const p = periodOfCell(f.value, text, ctx.date1904);
      if (p) {
        cover.period = p;
        return true;
      }
      const season = seasonPeriod(text);
      if (season) {
        cover.period = season;
        check(ctx, f.place, f.key, text, 0.7, {
          da: `"${quote(text)}" er læst som ${periodName(season)}`,
          en: `"${quote(text)}" was read as the half-year ${season}`,
        });
        return true;
      }
      ctx.issues.push(periodMalformed(sheet, cell, text));
      return false;
    }
    case 'phase':
    case 'organisation':
    case 'supervisionModel': {
      const read = listValueOf(f.key, text);
      if (read && 'conflict' in read) {
        ctx.issues.push(phaseConflict(sheet, cell, text, read.conflict.byNumber, read.conflict.byWords));
        return false;
      }
      if (!read) {
        ctx.issues.push(valueNotInList(sheet, cell, f.key, text));
        return false;
      }
      if (f.key === 'phase') cover.phase = read.id as Phase;
      else if (f.key === 'organisation') cover.organisation = read.id as Organisation;
      else cover.supervisionModel = read.id as SupervisionModel;
      if (read.confidence < 1) {
        check(
          ctx,
          f.place,
          f.key,
          text,
          read.confidence,
          read.why ?? {
            da: `kun "${quote(read.from)}" af "${quote(text)}" er læst`,
            en: `only "${quote(read.from)}" of "${quote(text)}" was read`,
          },
        );
      }
      return true;
    }
    case 'coordinatorName':
    case 'leaderName': {
      const person = personOf(text, f.value);
      const field = f.key === 'coordinatorName' ? 'coordinator' : 'leader';
      const prev = cover[field];
      cover[field] = {
        ...prev,
        name: person.name,
        ...(person.email !== undefined && prev?.email === undefined ? { email: person.email } : {}),
      };
      if (person.standsInFor !== undefined) {
        check(ctx, f.place, f.key, text, 0.7, {
          da: `${person.name} er læst som den, der varetager posten nu, i stedet for "${quote(person.standsInFor)}"; ret navnet, hvis det er den anden`,
          en: `${person.name} was read as the one holding the post now, standing in for "${quote(person.standsInFor)}"; correct the name if it is the other`,
        });
      } else if (person.fromAddress === 'name') {
        check(ctx, f.place, f.key, text, 0.7, {
          da: `kun en e-mailadresse er skrevet; navnet ${person.name} er læst af adressen`,
          en: `only an e-mail address is written; the name ${person.name} was read from the address`,
        });
      } else if (person.fromAddress === 'address') {
        check(ctx, f.place, f.key, text, 0.5, {
          da: 'kun en e-mailadresse er skrevet, og den nævner intet navn; adressen står som navnet, til navnet er skrevet',
          en: 'only an e-mail address is written, and it names no one; the address stands as the name until the name is written',
        });
      }
      return true;
    }
    case 'coordinatorEmail':
      if (!cover.coordinator) return false;
      cover.coordinator = { ...cover.coordinator, email: emailOf(f, text) };
      return true;
    case 'leaderEmail':
      if (!cover.leader) return false;
      cover.leader = { ...cover.leader, email: emailOf(f, text) };
      return true;
    case 'templateVersion':
      cover.templateVersion = text;
      return true;
    case 'lastSubmitted':
    case 'receiptId':
      // Written by korpsplan itself when a plan is submitted; not part of the plan.
      return true;
  }
}

/**
 * A word of a list field's own list, such as "Ingen" for supervision (no systematic supervision):
 * the value, not a placeholder, where the list has it.
 */
function namesListValue(key: FrontFieldKey, text: string): boolean {
  return (
    (key === 'phase' || key === 'organisation' || key === 'supervisionModel') &&
    matchListValue(key, text.trim()) !== undefined
  );
}

/** Cover fields where a placeholder means no value (the municipality and period say so themselves). */
const PLACEHOLDER_FIELDS: ReadonlySet<FrontFieldKey> = new Set([
  'phase',
  'organisation',
  'supervisionModel',
  'coordinatorName',
  'leaderName',
]);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

/**
 * A name as written in a cover cell, with the e-mail address written after it or linked from it:
 * "Anne Lund (anlu@vejle.dk)", "Anne Lund, anlu@vejle.dk", "Anne Lund <anlu@vejle.dk>".
 */
function personOf(
  written: string,
  cell: GridCell | undefined,
): { name: string; email?: string; fromAddress?: 'name' | 'address'; standsInFor?: string } {
  // Someone standing in for the person named first ("Mette Kjær (barsel) – konstitueret: Anders
  // Bo"): the stand-in is the one to reach now.
  const stand = standIn(written);
  if (stand !== undefined) return { ...personOf(stand.name, undefined), standsInFor: stand.away };
  // A post handed over in the period ("Anne Holm (til 31/8), herefter Jens Lund"): the one after.
  const next = handedOver(written);
  if (next !== undefined) return { ...personOf(next.name, undefined), standsInFor: next.before };
  // A phone number written after the name is no part of it ("Pia Holm, tlf. 55 36 36 36"), nor is
  // one on a line of its own ("Pia Holm⏎pia@vejle.dk⏎55 36 36 36").
  const text = withoutPost(withoutMentions(withoutPhone(withoutClosingStop(written))));
  const m = EMAIL.exec(text);
  const link =
    cell?.link && /^mailto:/i.test(cell.link) ? cell.link.replace(/^mailto:/i, '').split('?')[0] : '';
  if (!m) return link && EMAIL.test(link) ? { name: text, email: link } : { name: text };
  const name = text
    .replace(m[0], ' ')
    .replace(/[<>()[\]]/g, ' ')
    .replace(/\s*(?:[,;–—|/]|\s-\s|e-?mail:?|mail:?)\s*$/iu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:–—.-]+$/u, '')
    .trim();
  if (name !== '') return { name: withoutPost(name), email: m[0] };
  // Only an address ("anna.holm@vejle.dk"): it is the e-mail, and its first part the name where it
  // is written as names are ("anna.holm" is Anna Holm; "anlu" names no one).
  // (One that names no one stays the name too, so that the plan keeps a contact: asked for.)
  const fromAddress = nameOfAddress(m[0]);
  return {
    name: fromAddress ?? m[0],
    email: m[0],
    fromAddress: fromAddress !== undefined ? 'name' : 'address',
  };
}

/** A word that marks a stand-in: "konstitueret", "fungerende", "vikar", "midlertidig", "acting". */
const STAND_IN =
  /(?:^|[\s,;:(–—-])(?:[Kk]onstitueret|[Kk]onst\.|[Ff]ungerende|[Ff]g\.|[Mm]idlertidigt?|[Vv]ikar(?:ierende)?|[Ss]tedfortræder|[Aa]cting|[Ii]nterim)(?:\s+(?:koordinator|leder|chef|coordinator|manager|lead))?\s*(?::|–|—|-)?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\)?\s*$/u;

/**
 * A post held by a stand-in, written after the one away: "Mette Kjær (barsel) – konstitueret: Anders
 * Bo", "Pia Holm, orlov; fungerende: Bo Ek", "Lise Dam (vikar: Ane Sø)". The stand-in's name, and
 * what is written before it; undefined unless a name follows the marker and something precedes it.
 */
export function standIn(written: string): { name: string; away: string } | undefined {
  const text = written.replace(/\s+/gu, ' ').trim();
  const m = STAND_IN.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const away = text
    .slice(0, m.index)
    .replace(/[\s,;:(–—-]+$/u, '')
    .trim();
  if (!/\p{L}{2}/u.test(away)) return undefined;
  return { name: m[1].trim(), away };
}

/** "anna.holm@…", "anna_b.holm@…" → "Anna Holm"; undefined unless two or more parts are words. */
function nameOfAddress(address: string): string | undefined {
  const local = address.slice(0, address.indexOf('@'));
  const parts = local.split(/[._-]+/u).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 4 || !parts.every((p) => /^\p{L}{2,}$/u.test(p))) return undefined;
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join(' ');
}

/** An e-mail address in the cell right of a coordinator's or leader's name is theirs. */
function emailsBesideNames(cover: Cover, found: ReadonlyMap<FrontFieldKey, Found>, ctx: Ctx): void {
  for (const [key, field] of [
    ['coordinatorName', 'coordinator'],
    ['leaderName', 'leader'],
  ] as const) {
    const f = found.get(key);
    const person = cover[field];
    // Right of the name's cell, or of the label's own cell when the name was written in it.
    const from = f?.value ?? (f?.inline !== undefined ? f.label : undefined);
    if (!f || !from || !person || person.email !== undefined) continue;
    for (let c = from.c + 1; c <= from.c + 2; c++) {
      const next = f.view.cell(from.r, c);
      if (!next || f.view.isUsedCell(next)) continue;
      const text = displayText(next, ctx.date1904);
      if (!EMAIL.test(text) || text.length > 80 || /\s/.test(text.trim())) break;
      cover[field] = { ...person, email: text.trim() };
      cover.places[key === 'coordinatorName' ? 'coordinatorEmail' : 'leaderEmail'] = {
        sheet: f.view.name,
        cell: a1(next.r, next.c),
      };
      f.view.useCell(next);
      break;
    }
  }
}

type ListRead = {
  id: string;
  confidence: number;
  from: string;
  why?: { readonly da: string; readonly en: string };
};
/** A phase written with its number and words that name another phase ("Fase 2 – implementering"). */
type PhaseConflict = { conflict: { byNumber: Phase; byWords: Phase } };

/**
 * A list value from a cover text: the whole text, or a phase written with its number or as a
 * compound ("Fase 3 – indledende implementering", "Klargøringsfasen", "Driftsfase" — the last, in
 * words that are not the list's own, with a check), or — with a lower confidence — the first part
 * of a longer text ("Socialforvaltningen, Børn og Unge"). A phase whose number and words disagree
 * is a conflict: no value is read.
 */
function listValueOf(
  list: 'phase' | 'organisation' | 'supervisionModel',
  text: string,
): ListRead | PhaseConflict | undefined {
  const whole = matchListValue(list, text);
  if (whole) return { id: whole, confidence: 1, from: text };
  if (list === 'organisation') {
    const both = acrossDepartments(text);
    if (both) return both;
  }
  if (list === 'phase') {
    const phase = phaseOf(text);
    if (phase) return phase;
  }
  const first = stripParentheses(text)
    .split(/\s*(?:[,;:/–—]|\s-\s|\bv\.\s|\bved\b|\bmed\b|\bwith\b)\s*/u)
    .find((p) => p.trim() !== '');
  const id = first && first.trim() !== text.trim() ? matchListValue(list, first) : undefined;
  if (first && id) return { id, confidence: 0.8, from: first };
  // In other words ("Koordinatoren superviserer mentorerne", "Socialområdet"): the list's value
  // words, or a value named among other words — a judgement unless the words name it for certain.
  const read = readListValue(list, text);
  if (!read) return inBrackets(list, text);
  const from = read.rest === undefined ? text : text.replace(read.rest, '').replace(/\s+/g, ' ').trim();
  return {
    id: read.id,
    confidence: read.rest === undefined ? read.confidence : Math.min(read.confidence, 0.8),
    from,
    ...(read.why && read.rest === undefined ? { why: read.why } : {}),
  };
}

const BRACKET_WHY: { readonly da: string; readonly en: string } = {
  da: 'Kun bemærkningen i parentes nævner en værdi, og den er læst.',
  en: 'Only the remark in brackets names a value, and it was read.',
};

/**
 * "Ungeenheden (på tværs af social og beskæftigelse)": a name that is no value of the list, with a
 * remark in brackets that names one. Read, with a check, only when nothing else in the text does.
 */
function inBrackets(list: 'phase' | 'organisation' | 'supervisionModel', text: string): ListRead | undefined {
  const inside = /[([]([^)\]]{3,})[)\]]/u.exec(text)?.[1];
  if (inside === undefined || inside.trim() === text.trim()) return undefined;
  const read = listValueOf(list, inside);
  if (read === undefined || 'conflict' in read) return undefined;
  return { id: read.id, confidence: Math.min(read.confidence, 0.7), from: inside.trim(), why: BRACKET_WHY };
}

const ACROSS_WHY: { readonly da: string; readonly en: string } = {
  da: 'Cellen nævner både social- og beskæftigelsesområdet side om side: læst som Tværfagligt forankret.',
  en: 'The cell names both social and employment services side by side: read as Cross-departmental.',
};

/**
 * "Social og beskæftigelse", "Socialforvaltningen og Jobcentret i samarbejde", "Beskæftigelses- og
 * socialområdet": both departments named side by side (joined by og, samt, /, + or &) is an effort
 * anchored across them. One named with the other after "men" or "i samarbejde med" is not: it is
 * anchored in the first ("Socialafdelingen, men i tæt samarbejde med jobcentret").
 */
function acrossDepartments(text: string): ListRead | undefined {
  const parts = stripParentheses(text)
    .replace(/^\s*(?:både|both)\s+/iu, '')
    .split(/\s*(?:[/+&]|\bog\b|\bsamt\b|\band\b)\s*/iu)
    // A Danish compound's first half before a shared second ("Beskæftigelses- og socialområdet").
    .map((p) => p.trim().replace(/s?-$/u, ''))
    .filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const ids = new Set(
    parts.map((p) => matchListValue('organisation', p) ?? readListValue('organisation', p)?.id),
  );
  return ids.has('social') && ids.has('employment')
    ? { id: 'cross', confidence: 0.8, from: text, why: ACROSS_WHY }
    : undefined;
}

/** "Fase 2 – implementering", "Phase 3: ...", "Fase: Drift": the number, and the words after it. */
const NUMBERED_PHASE = /^\s*(?:fase|phase)\s*(\d)?\s*(?:[.:–—-]+\s*|\s+|$)(.*)$/isu;
const PHASE_SUFFIX = /s?(?:fasen|fase|phase)\s*$/iu;

/**
 * A phase named by its number, its words or both. Words that are the list's own (a phase's label,
 * "Klargøringsfasen") are certain; other words ("Driftsfase", "Implementeringsfase") are read as
 * a careful person reads them, with the reason to check. A number and words that agree — or words
 * that are part of the numbered phase's label ("Fase 4 – implementering") — are certain; a number
 * and words naming different phases are a conflict. Undefined when neither names a phase alone.
 */
function phaseOf(written: string): ListRead | PhaseConflict | undefined {
  const text = phaseNumbered(written);
  const m = NUMBERED_PHASE.exec(text);
  const byNumber = m?.[1] ? (matchListValue('phase', `fase ${m[1]}`) as Phase | undefined) : undefined;
  const words = (m ? (m[2] ?? '') : text).trim();
  const byWords = words === '' ? undefined : phaseWords(words);
  if (byNumber && byWords) {
    if (byWords.id === byNumber || labelHolds(byNumber, words))
      return { id: byNumber, confidence: 1, from: text };
    return { conflict: { byNumber, byWords: byWords.id as Phase } };
  }
  if (byNumber) return words === '' ? { id: byNumber, confidence: 1, from: text } : undefined;
  return byWords ? { ...byWords, from: text } : undefined;
}

const ROMAN_PHASE = /^\s*(fase|phase)\s+(iv|iii|ii|i)(?![\p{L}\d])/iu;
const ORDINAL_PHASE =
  /^\s*(første|1\.|anden|andet|2\.|tredje|3\.|fjerde|4\.|first|1st|second|2nd|third|3rd|fourth|4th)\s+(?:fase|phase)(?![\p{L}])/iu;
const ORDINALS: Readonly<Record<string, number>> = {
  første: 1,
  '1.': 1,
  first: 1,
  '1st': 1,
  anden: 2,
  andet: 2,
  '2.': 2,
  second: 2,
  '2nd': 2,
  tredje: 3,
  '3.': 3,
  third: 3,
  '3rd': 3,
  fjerde: 4,
  '4.': 4,
  fourth: 4,
  '4th': 4,
};
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "Fase II", "Tredje fase", "2. fase – klargøring" written as "Fase 2 …", which phaseOf reads. */
function phaseNumbered(text: string): string {
  const roman = ROMAN_PHASE.exec(text);
  if (roman?.[2] !== undefined) return `fase ${ROMAN[roman[2].toLowerCase()]}${text.slice(roman[0].length)}`;
  const ordinal = ORDINAL_PHASE.exec(text);
  if (ordinal?.[1] !== undefined)
    return `fase ${ORDINALS[ordinal[1].toLowerCase()]}${text.slice(ordinal[0].length)}`;
  return text;
}

/** The phase that words name, alone: "Indledende implementering", "Driftsfase", "Forankring". */
function phaseWords(words: string): ListRead | undefined {
  const read = readListValue('phase', words);
  if (read && read.rest === undefined)
    return { id: read.id, confidence: read.confidence, from: words, ...(read.why ? { why: read.why } : {}) };
  const bare = words.replace(PHASE_SUFFIX, '').trim();
  const id = bare === '' ? undefined : matchListValue('phase', bare);
  if (!id) return undefined;
  if (labelHolds(id as Phase, bare, true)) return { id, confidence: 1, from: words };
  const label = listLabel('phase', id, 'da');
  return {
    id,
    confidence: 0.8,
    from: words,
    why: {
      da: `"${quote(words)}" er læst som ${label}`,
      en: `"${quote(words)}" was read as ${listLabel('phase', id, 'en')}`,
    },
  };
}

/** The phase's label (Danish or English) is the words, or holds them as whole words. */
function labelHolds(id: Phase, words: string, exactly = false): boolean {
  const bare = foldText(words.replace(PHASE_SUFFIX, ''));
  if (bare === '') return false;
  return (['da', 'en'] as const).some((lang) => {
    const label = foldText(listLabel('phase', id, lang));
    return exactly ? label === bare : ` ${label} `.includes(` ${bare} `);
  });
}

function emailOf(f: Found, text: string): string {
  const link = f.value?.link;
  if (link && /^mailto:/i.test(link) && !text.includes('@'))
    return link.replace(/^mailto:/i, '').split('?')[0] ?? text;
  return EMAIL.exec(text)?.[0] ?? text;
}

/** A half-year from a period cell: "2026-H2", "2. halvår 2026", or a date range inside one half. */
function periodOfCell(cell: GridCell | undefined, text: string, date1904: boolean): string | undefined {
  const p = parsePeriod(text) ?? parsePeriod(text.replace(/[()[\]]/gu, ' '));
  if (p) return p.id;
  // "1. halvår 2O27": a letter for a digit (a slip of the keys, or OCR's reading of a scan).
  const digits = lettersAsDigits(text);
  const fixed = digits === undefined ? undefined : parsePeriod(digits);
  if (fixed) return fixed.id;
  // A cell that is only a half-year with a two-digit year ("H1-27", "H2 '26", "27-H1"): under a
  // period label two digits are a year (in free text "H1 27" may be another number).
  const halfFirst = /^\s*h\s*([12])\s*[-/ ]?\s*['’]?(\d{2})\s*$/iu.exec(text);
  const yearFirst = /^\s*['’]?(\d{2})\s*[-/ ]\s*h\s*([12])\s*$/iu.exec(text);
  const h = halfFirst?.[1] ?? yearFirst?.[2];
  const yy = halfFirst?.[2] ?? yearFirst?.[1];
  if (h !== undefined && yy !== undefined) return parsePeriod(`20${yy}-H${h}`)?.id;
  if (!cell) return undefined;
  const d = parseDateCell(cell, date1904);
  if (!d.ok || d.span.start === undefined) return undefined;
  const half = (iso: string): string => `${iso.slice(0, 4)}-H${Number(iso.slice(5, 7)) <= 6 ? 1 : 2}`;
  const a = half(d.span.start);
  return a === half(d.span.deadline) ? parsePeriod(a)?.id : undefined;
}

/** "Efterår 2026" / "autumn 2026" → 2026-H2, "Forår 2026" / "spring 2026" → 2026-H1 (a guess). */
/** A season and a year inside a text: "efterår 2026", "foråret 2027", "autumn 2026". */
const SEASON_IN_TEXT =
  /(?<![\p{L}])(?:efterår(?:et)?|efteraar(?:et)?|autumn|fall|forår(?:et)?|foraar(?:et)?|spring)\s+(?:i\s+|of\s+)?\d{4}(?![\d])/iu;

export function seasonPeriod(text: string): string | undefined {
  const t = text.normalize('NFC').toLowerCase().trim();
  const m =
    /^(?:i\s+|in\s+(?:the\s+)?)?(efterår(?:et)?|efteraar(?:et)?|efterar(?:et)?|autumn|fall|forår(?:et)?|foraar(?:et)?|forar(?:et)?|spring)\s*(?:i\s+|of\s+)?(\d{4})$/u.exec(
      t,
    );
  if (!m?.[1] || !m[2]) return undefined;
  const half = /^(?:efter|autumn|fall)/.test(m[1]) ? 2 : 1;
  return parsePeriod(`${m[2]}-H${half}`)?.id;
}

function fromTitles(
  cover: Cover,
  outside: readonly { view: SheetView; cells: readonly GridCell[] }[],
  ctx: Ctx,
): void {
  type Mention = { view: SheetView; cell: GridCell; text: string; title: boolean };
  const texts: Mention[] = [];
  for (const { view, cells } of outside) {
    const firstRow = view.rows[0] ?? 0;
    for (const cell of cells) {
      if (typeof cell.v !== 'string' || view.isUsedCell(cell)) continue;
      const m = view.mergeAt(cell.r, cell.c);
      const title = cell.r <= firstRow + 4 || (m !== undefined && m.e.c > m.s.c);
      texts.push({ view, cell, text: cell.v, title });
    }
  }
  const municipalityFrom = cover.municipality === undefined;
  const periodFrom = cover.period === undefined;
  for (const strong of [true, false]) {
    for (const t of texts) {
      if (!municipalityFrom || cover.municipality) break;
      const mention = findMunicipalities(t.text).find((m) => m.withKommune === strong || !strong);
      if (!mention || (!strong && !t.title)) continue;
      const name = municipalityName(mention.code) ?? mention.code;
      cover.municipality = { code: mention.code, name };
      const place = { sheet: t.view.name, cell: a1(t.cell.r, t.cell.c) };
      cover.places.municipality = place;
      // The cell's text was reported as no municipality when read as the value: it names one after
      // all, so the report goes and the check below says how it was read.
      dropIssue(ctx, 'municipality_unknown', place);
      check(ctx, place, 'municipality', t.text, strong ? 0.9 : 0.75, {
        da: `kommunen ${name} er taget fra teksten "${quote(t.text)}"`,
        en: `the municipality ${name} was taken from the text "${quote(t.text)}"`,
      });
    }
  }
  for (const t of texts) {
    if (!periodFrom || cover.period) break;
    const p = findPeriod(t.text);
    if (!p) continue;
    const place = { sheet: t.view.name, cell: a1(t.cell.r, t.cell.c) };
    cover.places.period = place;
    if (p.inRange) {
      cover.period = p.id;
      check(ctx, place, 'period', t.text, 0.9, {
        da: `${periodName(p.id)} er taget fra teksten "${quote(t.text)}"`,
        en: `the half-year ${p.id} was taken from the text "${quote(t.text)}"`,
      });
    } else {
      ctx.issues.push(periodMalformed(place.sheet, place.cell, t.text));
      break;
    }
  }
  // "Handleplan efterår 2026": a season and a year in a title is its half-year (autumn the second).
  for (const t of texts) {
    if (!periodFrom || cover.period || !t.title) continue;
    const season = SEASON_IN_TEXT.exec(t.text);
    const id = season ? seasonPeriod(season[0]) : undefined;
    if (!id) continue;
    cover.period = id;
    const place = { sheet: t.view.name, cell: a1(t.cell.r, t.cell.c) };
    cover.places.period = place;
    t.view.useCell(t.cell);
    check(ctx, place, 'period', t.text, 0.8, {
      da: `${periodName(id)} er taget af årstiden i titlen "${quote(t.text)}"`,
      en: `the half-year ${id} was taken from the season in the title "${quote(t.text)}"`,
    });
  }
  // A title counts as used when the plan's municipality or period was taken from it and it names
  // nothing else; a title that gave nothing (even one that repeats what a label gave), or names
  // another municipality or half-year, is reported.
  const isPlace = (place: Place | undefined, t: Mention): boolean =>
    place !== undefined && place.sheet === t.view.name && place.cell === a1(t.cell.r, t.cell.c);
  for (const t of texts) {
    if (t.view.isUsedCell(t.cell)) continue;
    const ms = findMunicipalities(t.text).filter((m) => m.withKommune || t.title);
    const p = findPeriod(t.text);
    const gave =
      (municipalityFrom &&
        isPlace(cover.places.municipality, t) &&
        ms.some((m) => m.code === cover.municipality?.code)) ||
      (periodFrom && isPlace(cover.places.period, t) && p !== undefined && p.id === cover.period);
    const other =
      ms.some((m) => m.code !== cover.municipality?.code) || (p?.inRange === true && p.id !== cover.period);
    if (gave && !other) t.view.useCell(t.cell);
  }
  if (!cover.municipality) {
    for (const { view } of outside) {
      const mention = findMunicipalities(view.name)[0];
      if (!mention) continue;
      const name = municipalityName(mention.code) ?? mention.code;
      cover.municipality = { code: mention.code, name };
      cover.places.municipality ??= { sheet: view.name, cell: 'A1' };
      check(ctx, cover.places.municipality, 'municipality', view.name, 0.7, {
        da: `kommunen ${name} er taget fra arkets navn "${quote(view.name)}"`,
        en: `the municipality ${name} was taken from the sheet name "${quote(view.name)}"`,
      });
      break;
    }
  }
}

/**
 * The file's name as a careful reader reads it: without its folders and its spreadsheet extension,
 * with the underscores and plus signs that stand for spaces made spaces. Empty when nothing is left.
 */
export function fileNameText(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return base
    .replace(/\.(?:xlsx|xlsm|xlsb|xltx|xltm|xls|ods|fods|csv)$/iu, '')
    .replace(/[_+]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, FILE_NAME_CHARACTERS);
}

/** The most of a file's name read (names are at most 255 characters on the systems in use). */
const FILE_NAME_CHARACTERS = 255;

/**
 * The municipality and the half-year from the file's name ("Implementeringsplan Aarhus 1. halvår
 * 2027.xlsx"), each only where nothing in the workbook gave it, and each with a check: a name is
 * often a copy's ("Kopi af Vejle 2026-H2") or a colleague's. A name that names two municipalities
 * gives none, and a cell read as the field that gave no value keeps its error instead. The check
 * stands where the template keeps the field: the name is in no cell.
 */
function fromFileName(cover: Cover, fileName: string, ctx: Ctx, lang: Lang): void {
  // A name is no cell of the workbook, and the door never scanned it: its CPR numbers are masked
  // before anything of it is read or kept.
  const text = maskCprText(fileNameText(fileName));
  if (text === '') return;
  // A cell that was read as the field and gave no value keeps its error: the name does not hide it.
  const reported = (code: string): boolean => ctx.issues.some((i) => i.code === code);
  if (!cover.municipality && !reported('municipality_unknown')) {
    const mentions = findMunicipalitiesIn(text);
    const mention = mentions.length === 1 ? mentions[0] : undefined;
    if (mention) {
      const name = municipalityName(mention.code) ?? mention.code;
      cover.municipality = { code: mention.code, name };
      const place = cover.places.municipality ?? templatePlace('municipality', lang);
      cover.places.municipality = place;
      check(ctx, place, 'municipality', text, 0.7, {
        da: `kommunen ${name} er taget fra filens navn "${quote(text)}"`,
        en: `the municipality ${name} was taken from the file name "${quote(text)}"`,
      });
    }
  }
  if (!cover.period && !reported('period_malformed')) {
    const p = findPeriodIn(text);
    if (p?.inRange) {
      cover.period = p.id;
      const place = cover.places.period ?? templatePlace('period', lang);
      cover.places.period = place;
      check(ctx, place, 'period', text, 0.7, {
        da: `${periodName(p.id)} er taget fra filens navn "${quote(text)}"`,
        en: `the half-year ${p.id} was taken from the file name "${quote(text)}"`,
      });
    }
  }
}

function applyOptions(
  cover: Cover,
  ctx: Ctx,
  lang: Lang,
  options: { municipality?: string; period?: string },
): void {
  if (options.municipality !== undefined) {
    const code = matchListValue('municipality', options.municipality);
    const place = cover.places.municipality ?? templatePlace('municipality', lang);
    if (code) cover.municipality = { code, name: municipalityName(code) ?? options.municipality };
    else {
      delete cover.municipality;
      ctx.issues.push(municipalityUnknown(place.sheet, place.cell, options.municipality));
    }
  }
  if (options.period !== undefined) {
    const p = parsePeriod(options.period);
    const place = cover.places.period ?? templatePlace('period', lang);
    if (p) cover.period = p.id;
    else {
      delete cover.period;
      ctx.issues.push(periodMalformed(place.sheet, place.cell, options.period));
    }
  }
}

// --- Bounded look-ups --------------------------------------------------------------------------
// The look-ups above run once per text cell outside the tables: a label match compares the text
// with every label and alias, allowing for misspellings (~0.5 ms), and a title search runs ~200
// substring searches over the whole text. A workbook that repeats one text in hundreds of
// thousands of cells, or holds a great many distinct ones, must not cost cells × that. So, for one
// workbook: answers are remembered by value; a title search reads at most TITLE_SCAN characters of
// a text; only the first TITLE_CANDIDATES texts (in workbook order) are searched for a title at all
// (a title, or a "... Kommune" naming the plan's municipality, sits near the top); and after
// FUZZY_LABELS distinct texts, labels are still recognised anywhere, but only as written.
// Kept beside the original functions, under the names the code above calls, so that code is unchanged.

/** Characters of one text searched for a title mention: a title is a line, not a page. */
const TITLE_SCAN = 300;
/** Text cells outside the tables searched for title mentions, in workbook order. */
export const TITLE_CANDIDATES = 2_000;
/** Distinct texts matched against the cover labels with tolerance for misspellings. */
export const FUZZY_LABELS = 2_000;

/** What one workbook's cover reading has looked up; emptied when the reading ends. */
const lookups = {
  municipalities: new Map<string, MunicipalityMention[]>(),
  periods: new Map<string, PeriodMatch | undefined>(),
  labels: new Map<string, CoverLabelMatch | undefined>(),
  clear(): void {
    this.municipalities.clear();
    this.periods.clear();
    this.labels.clear();
  },
};

/** Reads the cover fields (see readCoverUnbounded) with the look-ups bounded as described above. */
export function readCover(
  views: readonly SheetView[],
  regions: readonly Region[],
  ctx: Ctx,
  lang: Lang,
  options: { municipality?: string; period?: string; fileName?: string },
): Cover {
  lookups.clear();
  try {
    return readCoverUnbounded(views, regions, ctx, lang, options);
  } finally {
    lookups.clear();
  }
}

/** The start of `text` a title search reads: cut at a space, so no word is cut in two. */
function titleScan(text: string): string {
  if (text.length <= TITLE_SCAN) return text;
  const cut = text.lastIndexOf(' ', TITLE_SCAN);
  return text.slice(0, cut > 0 ? cut : TITLE_SCAN);
}

function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute(key);
  cache.set(key, value);
  return value;
}

function findMunicipalities(text: string): MunicipalityMention[] {
  return remembered(lookups.municipalities, titleScan(text), findMunicipalitiesIn);
}

function findPeriod(text: string): PeriodMatch | undefined {
  return remembered(lookups.periods, titleScan(text), findPeriodIn);
}

/**
 * Whether a label is qualified by a Danish municipality in brackets other than the one the cover
 * names as its own ("Koordinator (Horsens)" on Vejle's cover of a joint plan): the partner's fact,
 * no fact of this plan. Only once the cover's own municipality is read (or given).
 */
function aboutAnotherMunicipality(
  text: string,
  found: ReadonlyMap<string, { readonly value?: GridCell; readonly inline?: string }>,
  given: string | undefined,
  ctx: Ctx,
): boolean {
  const q = PLACE_QUALIFIED.exec(text.trim());
  if (!q) return false;
  const named = findMunicipalities(q[2] ?? '');
  if (named.length === 0) return false;
  const f = found.get('municipality');
  const ownText = f?.inline ?? (f?.value ? displayText(f.value, ctx.date1904) : '');
  const own = given ?? findMunicipalities(ownText)[0]?.code;
  return own !== undefined && !named.some((m) => m.code === own);
}

function coverLabelMatch(text: string, colon = false): CoverLabelMatch | undefined {
  const labels = lookups.labels;
  const key = colon ? `:${text}` : text;
  if (labels.size < FUZZY_LABELS || labels.has(key)) {
    return remembered(labels, key, () => coverLabelMatchIn(text, colon));
  }
  return coverLabelExact(text);
}

/** The text cells searched for titles: the first TITLE_CANDIDATES of them, in workbook order. */
function titleCandidates<T extends { readonly cells: readonly GridCell[] }>(outside: readonly T[]): T[] {
  let left = TITLE_CANDIDATES;
  return outside.map((o) => {
    const cells = o.cells.length <= left ? o.cells : o.cells.slice(0, left);
    left -= cells.length;
    return { ...o, cells };
  });
}
