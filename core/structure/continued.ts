// A plan kept a sheet per period (a quarter, a half-year, a month) by whoever runs that period's
// follow-up: an activity that runs on is copied to the next period's sheet (or further down) with
// its name followed by "(fortsat)", "(forts.)" or "– fortsat", and carries its newest status and its
// new deadline there. A careful reader takes the copies as ONE activity, read where it first
// appears (its name, start and responsible as written there), its status the latest copy's and its
// deadline the last copy's. An activity written again by the same name WITHOUT the word (a meeting
// held every quarter) is a new one.

import { a1 } from '../grid';
import type { ActivityFields, DraftRow } from '../draft';
import { formatDanishDate, monthOfWord } from '../dates';
import { listValueName } from '../spec';
import { foldText } from '../normalize';
import { addCheck, type Ctx } from './context';
import { quote } from './messages';

/**
 * "… (fortsat)", "… (forts.)", "… – fortsat", "… (fortsættes)", "… (continued)", "… (cont.)", also
 * with the cell ended by a full stop as a sentence is ("… – fortsat.").
 */
const CONTINUED =
  /\s*(?:\(\s*(?:fortsat|forts\.?|fortsættes|fortsætter|fortsat fra [^)]*|continued|cont\.?|cont'd|contd\.?)\s*\)|[-–—]\s*(?:fortsat|forts\.?|fortsættes|continued|cont\.?))\s*\.?\s*$/iu;
/** Cheap first: the word's stem anywhere in the text. */
const CHEAP = /forts|cont/iu;

type Row = DraftRow<ActivityFields>;

const QUARTER = /(?:^|[^\p{L}\d])(?:([1-4])\.?\s*kvartal|q\s*([1-4])|k\s*([1-4]))(?![\p{L}\d])/iu;
const HALF = /(?:^|[^\p{L}\d])(?:([12])\.?\s*halvår|h\s*([12]))(?![\p{L}\d])/iu;

/**
 * The period a sheet's name gives ("3. kvartal 2026", "Q4 2026", "2. halvår 2026", "Marts 2027"), as
 * the month it starts in (year × 12 + month − 1); undefined when it names no year or no part of it.
 */
export function sheetPeriod(name: string): number | undefined {
  const year = /(?:^|\D)(20\d{2})(?!\d)/u.exec(name);
  if (!year) return undefined;
  const y = Number(year[1]) * 12;
  const q = QUARTER.exec(name);
  if (q) return y + (Number(q[1] ?? q[2] ?? q[3]) - 1) * 3;
  const h = HALF.exec(name);
  if (h) return y + (Number(h[1] ?? h[2]) - 1) * 6;
  for (const w of name.split(/[\s._-]+/u)) {
    const m = monthOfWord(w);
    if (m !== undefined) return y + m - 1;
  }
  return undefined;
}

/**
 * Folds each activity marked as continued into the activity it continues (the last one read before
 * it by the same name, on an earlier period's sheet or higher up): that one takes the copy's status
 * and deadline, checked at the copy's cells; the copy is no activity of its own. Rows come in
 * reading order (sheets left to right, rows top down); sheets named by periods are taken in the
 * periods' order.
 */
export function foldContinued(activities: readonly Row[], ctx: Ctx): Row[] {
  // Cheap first: no activity text holds the word.
  if (!activities.some((a) => typeof a.values.activity === 'string' && CHEAP.test(a.values.activity)))
    return activities as Row[];
  const byName = new Map<string, Row>();
  const drop = new Set<Row>();
  // The rows in the order of their sheets' periods where the names give them ("3. kvartal 2026",
  // "Q4 2026", "Marts 2027"), else in reading order: the tabs may stand in any order.
  const at = new Map<Row, number>();
  activities.forEach((a, i) => at.set(a, i));
  const when = new Map<string, number | undefined>();
  const timeOf = (sheet: string): number | undefined => {
    if (!when.has(sheet)) when.set(sheet, sheetPeriod(sheet));
    return when.get(sheet);
  };
  const ordered = [...activities].sort((a, b) => {
    const ta = timeOf(a.source.sheet);
    const tb = timeOf(b.source.sheet);
    if (ta !== undefined && tb !== undefined && ta !== tb) return ta - tb;
    return (at.get(a) ?? 0) - (at.get(b) ?? 0);
  });
  for (const a of ordered) {
    const text = a.values.activity;
    if (typeof text !== 'string') continue;
    const m = CONTINUED.exec(text);
    const base = m ? text.slice(0, m.index) : text;
    const key = foldText(base);
    if (key === '') continue;
    const earlier = m ? byName.get(key) : undefined;
    if (!m || !earlier) {
      // An original (or a copy whose original is not in the plan: read as it stands).
      if (!m) byName.set(key, a);
      continue;
    }
    drop.add(a);
    const into = earlier.values as {
      status?: ActivityFields['status'];
      deadline?: string;
      responsible?: string;
    };
    const from = a.values;
    const sheet = a.source.sheet;
    const where = `${earlier.source.sheet}!${earlier.cells.activity ?? `A${earlier.source.row}`}`;
    const cells = a.cells;
    if (from.status !== undefined) {
      into.status = from.status;
      addCheck(ctx, {
        sheet,
        cell: cells.status ?? cells.activity ?? `A${a.source.row}`,
        field: 'activities.status',
        // What was read, by its Danish name ("Gennemført"), never the list's code.
        value: listValueName('status', from.status).da,
        confidence: 0.85,
        reason: {
          da: `"${quote(text)}" fortsætter aktiviteten i ${where}; dens status er læst herfra, den seneste.`,
          en: `"${quote(text)}" continues the activity in ${where}; its status was read from here, the latest.`,
        },
      });
    }
    if (from.deadline !== undefined) {
      into.deadline = from.deadline;
      addCheck(ctx, {
        sheet,
        cell: cells.deadline ?? cells.activity ?? `A${a.source.row}`,
        field: 'activities.deadline',
        value: formatDanishDate(from.deadline),
        confidence: 0.85,
        reason: {
          da: `"${quote(text)}" fortsætter aktiviteten i ${where}; fristen er læst herfra, den sidste.`,
          en: `"${quote(text)}" continues the activity in ${where}; the deadline was read from here, the last.`,
        },
      });
    }
    if (into.responsible === undefined && from.responsible !== undefined) into.responsible = from.responsible;
    addCheck(ctx, {
      sheet,
      cell: cells.activity ?? a1(a.source.row - 1, 0),
      field: 'sheet',
      value: quote(text),
      confidence: 0.85,
      reason: {
        da: `Række ${a.source.row} fortsætter aktiviteten i ${where} og er læst som den samme aktivitet, med status og frist herfra.`,
        en: `Row ${a.source.row} continues the activity in ${where} and was read as the same activity, with its status and deadline from here.`,
      },
    });
  }
  return drop.size === 0 ? (activities as Row[]) : activities.filter((a) => !drop.has(a));
}
