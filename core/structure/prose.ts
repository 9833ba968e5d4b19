// A plan kept as prose in one column, one activity a cell, under theme headings:
//
//   LEDELSE
//   • senest 31/1: Styregruppemøde om korpsets mål (ansvar: Lars Holt) – afsluttet
//   • marts: Informationsmøde for skolerne (ansvar: Helle Winther) – i gang
//
// A line is "<when>: <activity>", then "(ansvar: <who>)" and " – <status>" when written. Each line
// is read as one row of a plan table (blocks.ts: the parts laid side by side and read by the plan
// table's own reader); every field's place is the line's cell, the theme's the heading's. A sheet
// is read so only when at least three of its lines give a time and a responsible or a status.

import { readDateText } from '../dates';
import type { GridCell } from '../grid';
import { a1 } from '../grid';
import { matchListValue, normalizeText } from '../normalize';
import { themeByMeaning } from './themes';
import { isVagueTime } from './value-messages';
import { quote } from './messages';
import { responsibleTail, type ActivityOptions } from './activities';
import { readBlocks, type ActivityBlocks, type LabelRow } from './blocks';
import { addCheck, type Ctx } from './context';
import { displayText, type SheetView } from './sheet';

/** "• senest 31/1: the rest", the bullet optional. */
const LINE = /^\s*(?:[•·▪◦*–-]\s*)?([^:\n]{2,30}):\s*(\S[\s\S]*)$/u;
/** " – afsluttet" at the end. */
const STATUS_TAIL = /\s+[–—-]\s+([^–—()-]{2,30})$/u;
/** The least number of lines that make a sheet a prose plan. */
const MIN_LINES = 3;

interface Line {
  readonly cell: GridCell;
  readonly when?: string;
  readonly activity: string;
  readonly responsible?: string;
  readonly status?: string;
}

/** A line of prose as an activity's parts, or undefined when it is none. */
export function proseLine(text: string): (Omit<Line, 'cell'> & { when: string }) | undefined {
  if (text.length > 300) return undefined;
  const m = LINE.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const when = m[1].trim();
  // Any year: the plan's own is given where the line is read.
  if (!readDateText(when, { year: 2000 })) return undefined;
  let rest = m[2].trim();
  let status: string | undefined;
  const st = STATUS_TAIL.exec(rest);
  if (st?.[1] && matchListValue('status', st[1].trim()) !== undefined) {
    status = st[1].trim();
    rest = rest.slice(0, st.index).trim();
  }
  let responsible: string | undefined;
  const who = responsibleTail(rest);
  if (who) {
    responsible = who.name;
    rest = who.rest;
  }
  if (rest === '' || (status === undefined && responsible === undefined)) return undefined;
  return {
    when,
    activity: rest,
    ...(responsible !== undefined ? { responsible } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

/**
 * A bullet sentence of a report (a status memo to the leader), one activity a line:
 *
 *   • Styregruppemøde om mandatet for 2027 er gennemført i september (Lene Friis).
 *   • LAT-uddannelsen af fire nye mentorer er i gang og afsluttes i uge 48 (Nationalt center).
 *   • Dialogmødet med forældrerådet er udskudt til foråret, da … (Peter Dahl).
 *
 * The activity is the sentence's subject, up to the verb that tells its status; the time is the first
 * one written after the verb ("i september", "den 3. december", "i uge 38–40", "til januar 2027", or
 * a vague "til foråret", kept to be reported); the responsible is the name in brackets at the end.
 */
const BULLET = /^\s*[•·▪◦*–-]\s+/u;
const NAME_END =
  /\s*\(\s*(?:(?:ansvar|ansvarlig|tovholder|responsible|owner)\s*:\s*)?([^()]{2,60}?)\s*\)\s*\.?\s*$/iu;
/** The verb that tells the status, and the status it tells (in the list's words). */
const STATUS_VERBS: readonly (readonly [RegExp, string, boolean])[] = [
  [/\s(?:er|blev)\s+(?:nu\s+)?(?:gennemført|afsluttet|afholdt|holdt|udført|færdig|færdige)(?![\p{L}])/u, 'Gennemført', true],
  [/\s(?:er|blev)\s+(?:endnu\s+)?ikke\s+(?:påbegyndt|startet|begyndt|gået\s+i\s+gang)(?![\p{L}])/u, 'Ikke startet', true],
  [/\s(?:er|blev)\s+(?:nu\s+)?(?:i\s+gang|startet|påbegyndt|sat\s+i\s+gang)(?![\p{L}])/u, 'I gang', true],
  [/\s(?:er|blev)\s+(?:udskudt|udsat|flyttet|rykket|ændret)(?![\p{L}])/u, 'Ændret', true],
  [/\s(?:er|blev)\s+(?:aflyst|droppet|stoppet|opgivet|lukket)(?![\p{L}])/u, 'Lukket', true],
  // Still to come ("forventes truffet", "holdes i uge 50", "planlægges"): not started, a guess.
  [/\s(?:forventes|holdes|afholdes|planlægges|gennemføres|skal|starter|begynder)(?![\p{L}])/u, 'Ikke startet', false],
]; // prettier-ignore
/** A time after a preposition: a week or weeks, a day and month, a month or season (and a year). */
const TIME_AFTER =
  /(?<![\p{L}])(?:i|den|d\.|til|inden|senest|fra|primo|medio|ultimo|ult\.)\s+(uge\s*\d{1,2}(?:\s*[–-]\s*\d{1,2})?(?:\s+\d{4})?|\d{1,2}\.\s*\p{L}+\.?(?:\s+\d{4})?|\p{L}+(?:\s+\d{4})?)/giu;

export interface ReportLine {
  readonly activity: string;
  readonly status: string;
  /** The status was told by a verb of what is still to come: a guess, to be checked. */
  readonly statusGuessed: boolean;
  readonly when?: string;
  readonly responsible: string;
}

/** A report's bullet sentence as an activity's parts, or undefined when it is none. */
export function reportLine(text: string): ReportLine | undefined {
  if (text.length > 400 || !BULLET.test(text)) return undefined;
  let rest = text.replace(BULLET, '').trim();
  const who = NAME_END.exec(rest);
  if (!who?.[1]) return undefined;
  const responsible = who[1].trim();
  rest = rest.slice(0, who.index).trim().replace(/\.$/u, '');
  let verb: { at: number; end: number; status: string; sure: boolean } | undefined;
  for (const [re, status, sure] of STATUS_VERBS) {
    const m = re.exec(rest);
    if (m && (!verb || m.index < verb.at)) verb = { at: m.index, end: m.index + m[0].length, status, sure };
  }
  if (!verb) return undefined;
  const activity = rest.slice(0, verb.at).trim();
  if (activity.length < 3) return undefined;
  let when: string | undefined;
  for (const m of rest.slice(verb.end).matchAll(TIME_AFTER)) {
    const phrase = (m[1] ?? '').trim();
    if (readDateText(phrase, { year: 2000 }) || isVagueTime(phrase)) {
      when = phrase;
      break;
    }
  }
  return {
    activity,
    status: verb.status,
    statusGuessed: !verb.sure,
    responsible,
    ...(when !== undefined ? { when } : {}),
  };
}

/** The activities of a sheet kept as lines of prose, or undefined when it holds too few such lines. */
export function readProsePlan(
  view: SheetView,
  ctx: Ctx,
  options: ActivityOptions,
): ActivityBlocks | undefined {
  const blocks: LabelRow[][] = [];
  let heading: GridCell | undefined;
  let col: number | undefined;
  for (const r of view.rows) {
    const cells = view.rowCells(r);
    const only = cells.length === 1 ? cells[0] : undefined;
    if (!only || typeof only.v !== 'string') continue;
    const text = displayText(only, view.date1904);
    const line = proseLine(text) ?? fromReport(text, only, view, ctx);
    if (!line) {
      if (text.length <= 60 && isThemeHeading(text)) heading = only;
      continue;
    }
    if (col !== undefined && only.c !== col) continue;
    col = only.c;
    const at = a1(only.r, only.c);
    const part = (field: string, header: string, value: string): LabelRow => ({
      r: only.r,
      label: { r: only.r, c: only.c, v: header, t: 's' },
      field,
      value: { r: only.r, c: only.c, v: value, t: 's' },
      at,
    });
    const block: LabelRow[] = [part('activity', 'Aktivitet', line.activity)];
    if (line.when !== undefined) block.push(part('deadline', 'Tidspunkt', line.when));
    if (line.responsible !== undefined) block.push(part('responsible', 'Ansvarlig', line.responsible));
    if (line.status !== undefined) block.push(part('status', 'Status', line.status));
    if (heading)
      block.push({
        r: heading.r,
        label: { r: heading.r, c: heading.c, v: 'Tema', t: 's' },
        field: 'theme',
        value: heading,
        at: a1(heading.r, heading.c),
      });
    blocks.push(block);
  }
  if (blocks.length < MIN_LINES) return undefined;
  return readBlocks(view, blocks, ctx, options);
}

/** A theme heading of a prose plan: the theme's name, or a heading in other words ("Ledelse og forankring"). */
function isThemeHeading(text: string): boolean {
  const t = text.trim();
  return matchListValue('theme', t) !== undefined || themeByMeaning(normalizeText(t)) !== undefined;
}

/** A report's bullet sentence as a prose line; a status told by a verb of what is to come is checked. */
function fromReport(text: string, cell: GridCell, view: SheetView, ctx: Ctx): Omit<Line, 'cell'> | undefined {
  const line = reportLine(text);
  if (!line) return undefined;
  if (line.statusGuessed) {
    addCheck(ctx, {
      sheet: view.name,
      cell: a1(cell.r, cell.c),
      field: 'activities.status',
      value: quote(line.activity),
      confidence: 0.8,
      reason: {
        da: `Sætningen siger, at aktiviteten kommer senere: status er læst som Ikke startet. Er den i gang, så ret status.`,
        en: `The sentence says the activity is still to come: its status was read as Not started. If it is under way, correct the status.`,
      },
    });
  }
  return {
    activity: line.activity,
    status: line.status,
    responsible: line.responsible,
    ...(line.when !== undefined ? { when: line.when } : {}),
  };
}
