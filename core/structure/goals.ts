// Plans written around goals, as municipal consultants teach them: a programme theory
// ("Forandringsteori", a logic model: Input | Aktiviteter | Output | Kortsigtet outcome | Langsigtet
// outcome) whose activity cells name the activities the plan's time table names again with dates, and
// a goal hierarchy numbered 1, 1.1, 1.1.1 where goals and sub-goals carry a success criterion, an
// indicator, a baseline and a target, and only the lowest level are activities.
//
// A careful reader takes a logic model as the theory behind the plan, not the plan, where the
// workbook has a plan table with dates beside it (the same activity once, not twice), and a numbered
// row over the rows numbered under it as a goal when its text names it one ("Mål 1:", "Delmål 1.1")
// or it fills a success-criterion, indicator, baseline or target column its rows leave empty — even
// when a goal owner, a horizon date and its attainment ("På vej (62 %)") stand in the columns where
// the activities have responsible, deadline and status.

import { a1 } from '../grid';
import { foldText } from '../normalize';
import type { ReadCheck } from '../schema';
import type { DetectedTable } from './detect';
import { numberedParentCheck, passedOverTableCheck } from './layoutChecks';
import { displayText } from './sheet';

/** A logic model's result columns, folded: input, output, outcomes, effects. */
const MODEL_HEADER =
  /^(?:input|inputs|ressourcer|output|outputs|(?:kort|mellem|lang)sigtet(?:e)? (?:outcome|effekt|resultat)s?|(?:short|medium|long)[- ]term (?:outcome|effect)s?|outcomes?|effekt(?:er)?|impact)\b/u;

/** Fields that make a table a plan of when and who (a logic model has none of them). */
const PLAN_FIELDS = new Set(['start', 'deadline', 'status', 'responsible']);

/**
 * Plan tables that are a programme theory's logic model: at least two columns headed as its inputs,
 * outputs or outcomes, no date, status or responsible column, while another plan table in the
 * workbook has a deadline. Cheap: one header test per column.
 */
export function logicModels(tables: readonly DetectedTable[]): DetectedTable[] {
  const out: DetectedTable[] = [];
  for (const t of tables) {
    if (t.key !== 'activities') continue;
    let model = 0;
    for (const i of t.info) if (MODEL_HEADER.test(foldText(i.header).replace(/\s+/g, ' ').trim())) model++;
    if (model < 2) continue;
    if (t.columns.some((m) => m.field !== null && PLAN_FIELDS.has(m.field))) continue;
    const plan = tables.some(
      (o) => o !== t && o.key === 'activities' && o.columns.some((m) => m.field === 'deadline'),
    );
    if (plan) out.push(t);
  }
  return out;
}

/** A logic model passed over, checked at its header: the plan read from the time table. */
export function logicModelCheck(table: DetectedTable, kept: string | undefined): ReadCheck {
  return passedOverTableCheck(table.view.name, a1(table.headerTop, table.c0), kept, {
    da: 'er en forandringsteori (input, aktiviteter, output og outcome): dens aktiviteter er de samme, som planen nævner med datoer, og dens rækker er ikke læst som aktiviteter',
    en: 'is a programme theory (inputs, activities, outputs and outcomes): its activities are the ones the plan names with dates, and its rows were not read as activities',
  });
}

/** A row's text naming it a goal: "Mål 1:", "Delmål 1.1", "Målsætning", "Goal 2", "Sub-goal". */
const GOAL_TEXT =
  /^(?:(?:hoved|del|under|effekt|resultat)?mål(?:sætning)?|formål|(?:sub[- ]?)?goal|objective)(?:\s+\d+(?:\.\d+)*)?\s*[:.–-]/iu;

/** A column of a goal's measures: its success criterion, indicator, baseline or target. */
const MEASURE_HEADER =
  /^(?:succeskriteri(?:um|er)|succes ?kriteri|indikator(?:er)?|males ved|baseline|udgangspunkt|malniveau|maltal|malvardi|target|success criteri(?:on|a)|indicators?)\b/u;

/**
 * Whether the numbered parent row `r` is a goal: its text names it one, or it fills a goal-measure
 * column that `leaf` (the first row at the bottom of the numbers under it) leaves empty. Only asked
 * of parent rows.
 */
export function isGoalRow(
  t: DetectedTable,
  r: number,
  leaf: number,
  activityCol: number | undefined,
  date1904: boolean,
): boolean {
  const textCell = activityCol === undefined ? undefined : t.view.cell(r, activityCol);
  if (textCell && GOAL_TEXT.test(displayText(textCell, date1904).trim())) return true;
  for (const i of t.info) {
    if (!MEASURE_HEADER.test(foldText(i.header).replace(/\s+/g, ' ').trim())) continue;
    const own = t.view.cell(r, i.col);
    if (!own || displayText(own, date1904).trim() === '') continue;
    const under = t.view.cell(leaf, i.col);
    if (!under || displayText(under, date1904).trim() === '') return true;
  }
  return false;
}

/** A goal row read as no activity, checked at its text. */
export function goalRowCheck(sheet: string, cell: string, number: string, text: string): ReadCheck {
  return numberedParentCheck(sheet, cell, number, text, (shown) => ({
    da: `Rækken "${shown}" er læst som et mål over aktiviteterne nummereret ${number}.1, ${number}.2 … under den, ikke som en aktivitet: den har et succeskriterium eller kalder sig et mål, og dens dato, ansvarlige og status er målets. Er den selv en aktivitet, så giv den et nummer på aktiviteternes niveau.`,
    en: `The row "${shown}" is read as a goal over the activities numbered ${number}.1, ${number}.2 … under it, not as an activity: it has a success criterion or calls itself a goal, and its date, responsible and status are the goal's. If it is an activity itself, number it at the activities' level.`,
  }));
}
