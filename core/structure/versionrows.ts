// Two versions of one activity typed one under the other while the plan was being written: the
// older one marked ("Styregruppemøde (gammel)", "Tidligere version: …", "old"), or each named for
// its author ("Version Anne: …", "Version Bo: …", or a column saying "Version Anne" / "Version Bo").
// A careful reader reads the plan's version once: the one not marked old (or the one marked new);
// where neither is marked old and they differ, the lower one (typed last), and asks to check both.
// Never two activities. Only two rows next to each other whose activity is the same text once the
// marks are taken off, one of them marked: two rows of one activity written alike with no mark are
// left as they are (copies.ts and the duplicate checks judge those).

import { fieldCell, type DraftRow } from '../draft';
import { a1 } from '../grid';
import { normalizeText } from '../normalize';
import type { ReadCheck } from '../schema';
import { addCheck, forgetWhere, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { displayText, isBlank } from './sheet';

/** An older version's mark in brackets or as a lead: "(gammel)", "(old)", "Tidligere version:". */
const OLD_MARK =
  /\(\s*(?:gammel(?: version)?|old(?: version)?|forældet|outdated|tidligere version|previous version|erstattet)\s*\)|^\s*(?:gammel version|tidligere version|old version|previous version)\s*[:–-]\s*/iu;
/** A newer version's mark: "(ny)", "(new)", "Ny version:", "(opdateret)". */
const NEW_MARK =
  /\(\s*(?:ny(?: version)?|new(?: version)?|opdateret|updated|rettet|revised)\s*\)|^\s*(?:ny version|new version|opdateret version|updated version)\s*[:–-]\s*/iu;
/** An author's version as a lead: "Version Anne: …", "Version Bo – …", "Anne's version: …". */
const NAMED_LEAD = /^\s*(?:[Vv]ersion|[Uu]dgave)\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)\s*[:–-]\s*/u;
/** A cell that is a version's mark alone: "Version Anne", "gammel", "old", "ny version". */
const MARK_CELL =
  /^\s*(?:[Vv]ersion\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?|\(?(?:gammel|old|forældet|tidligere version|gammel version|old version|ny|new|ny version|new version)\)?)\s*$/u;

type Mark = 'old' | 'new' | 'named';

interface Marked {
  readonly mark: Mark | undefined;
  /** The activity's text with its mark taken off. */
  readonly text: string;
  /** Where the mark stands (the activity's cell, or the cell saying it). */
  readonly cell: string | undefined;
  /** The mark as written ("Version Anne", "(gammel)"). */
  readonly said: string;
}

/** What every mark in the activity's text begins with: a bracket, or a lead word. */
const MARK_HINT =
  /[(]|^\s*(?:gammel|tidligere|old|previous|ny|new|opdateret|updated|version|udgave)(?![\p{L}])/iu;

/**
 * The cheap first test (every row of a plan): whether a row may carry a version's mark, in its
 * activity's text or in a short cell of a column read into no field. Loose: markOf decides.
 */
function mayBeMarked(t: DetectedTable, row: DraftRow<{ activity?: string }>): boolean {
  const activity = row.values.activity;
  if (typeof activity !== 'string') return false;
  if (MARK_HINT.test(activity)) return true;
  const r = row.source.row - 1;
  for (const m of t.columns) {
    if (m.field !== null) continue;
    const cell = t.view.cell(r, m.col);
    if (cell && typeof cell.v === 'string' && cell.v.length <= 40 && MARK_CELL.test(cell.v)) return true;
  }
  return false;
}

function markOf(t: DetectedTable, row: DraftRow<{ activity?: string }>): Marked | undefined {
  const activity = row.values.activity;
  if (typeof activity !== 'string') return undefined;
  // The activity's place without making the row's places (draft.ts: made when asked for).
  const at = fieldCell(row, 'activity');
  for (const [re, mark] of [
    [OLD_MARK, 'old'],
    [NEW_MARK, 'new'],
    [NAMED_LEAD, 'named'],
  ] as const) {
    const m = re.exec(activity);
    if (m) return { mark, text: activity.replace(re, ' ').trim(), cell: at, said: m[0].trim() };
  }
  // A cell of its own saying which version the row is, in a column read into no field.
  const r = row.source.row - 1;
  for (const m of t.columns) {
    if (m.field !== null) continue;
    const cell = t.view.cell(r, m.col);
    if (!cell || isBlank(cell)) continue;
    const said = displayText(cell, t.view.date1904).trim();
    if (!MARK_CELL.test(said)) continue;
    const mark: Mark = /^\(?(?:gammel|old|forældet|tidligere|gammel version|old version)/iu.test(said)
      ? 'old'
      : /^\(?(?:ny|new)/iu.test(said)
        ? 'new'
        : 'named';
    return { mark, text: activity.trim(), cell: a1(r, m.col), said };
  }
  return { mark: undefined, text: activity.trim(), cell: at, said: '' };
}

/**
 * The plan's version of each pair of rows that are two versions of one activity, the other left
 * out (checked); the kept row's activity without its mark.
 */
export function foldVersionRows<T extends DraftRow<{ activity?: string }>>(
  t: DetectedTable,
  rows: T[],
  ctx: Ctx,
): T[] {
  if (rows.length < 2) return rows;
  const out = new Set<T>();
  // Whether a row may carry a mark at all (mayBeMarked), each row asked once: most rows have none.
  const hints: (boolean | undefined)[] = [];
  const hinted = (i: number): boolean => (hints[i] ??= mayBeMarked(t, rows[i] as T));
  for (let i = 0; i + 1 < rows.length; i++) {
    const upper = rows[i] as T;
    const lower = rows[i + 1] as T;
    // Cheap first: two rows one under the other on one sheet, one with a version's mark.
    if (upper.source.sheet !== lower.source.sheet || lower.source.row !== upper.source.row + 1) continue;
    if (upper.source.col !== undefined || out.has(upper)) continue;
    if (!hinted(i) && !hinted(i + 1)) continue;
    const a = markOf(t, upper);
    const b = markOf(t, lower);
    if (!a || !b || (a.mark === undefined && b.mark === undefined)) continue;
    if (a.text === '' || normalizeText(a.text) !== normalizeText(b.text)) continue;
    // The plan's version: the one not marked old, the one marked new, else the lower one.
    let keep: T;
    if (a.mark === 'old' && b.mark !== 'old') keep = lower;
    else if (b.mark === 'old' && a.mark !== 'old') keep = upper;
    else if (a.mark === 'new' && b.mark !== 'new') keep = upper;
    else if (b.mark === 'new' && a.mark !== 'new') keep = lower;
    else if (a.mark === b.mark && a.mark !== 'named') continue;
    else keep = lower;
    const drop = keep === upper ? lower : upper;
    const kept = keep === upper ? a : b;
    const dropped = keep === upper ? b : a;
    (keep.values as { activity?: string }).activity = kept.text;
    out.add(drop);
    forgetWhere(ctx, drop.source.sheet, (r) => r === drop.source.row - 1);
    const judged =
      kept.mark === undefined && dropped.mark === 'old' ? 'old' : kept.mark === 'new' ? 'new' : 'lower';
    addCheck(ctx, versionRowCheck(drop, keep, kept, dropped, judged));
    // Neither marked old: the version read is asked about too, at its own place.
    if (judged === 'lower' && kept.cell !== undefined)
      addCheck(ctx, {
        ...versionRowCheck(drop, keep, kept, dropped, judged),
        cell: kept.cell,
        value: kept.text,
      });
    i++;
  }
  return out.size === 0 ? rows : rows.filter((r) => !out.has(r));
}

function versionRowCheck(
  drop: DraftRow<{ activity?: string }>,
  keep: DraftRow<{ activity?: string }>,
  kept: Marked,
  dropped: Marked,
  judged: 'old' | 'new' | 'lower',
): ReadCheck {
  const text = kept.text;
  const why =
    judged === 'lower'
      ? {
          da: `ingen af dem er markeret som den gamle, så den nederste (række ${keep.source.row}, skrevet sidst) er læst. Se begge efter`,
          en: `neither is marked as the old one, so the lower one (row ${keep.source.row}, typed last) was read. Check both`,
        }
      : {
          da: `række ${keep.source.row} er læst, da række ${drop.source.row} er markeret "${judged === 'old' ? dropped.said : kept.said}"`,
          en: `row ${keep.source.row} was read, as row ${drop.source.row} is marked "${judged === 'old' ? dropped.said : kept.said}"`,
        };
  return {
    sheet: drop.source.sheet,
    cell: dropped.cell ?? `A${drop.source.row}`,
    field: 'activities.row',
    value: dropped.said === '' ? text : dropped.said,
    confidence: judged === 'lower' ? 0.5 : 0.8,
    reason: {
      da: `Række ${drop.source.row} og ${keep.source.row} er to udgaver af "${text}"; ${why.da}. Række ${drop.source.row} er ikke læst som en aktivitet. Er det to forskellige aktiviteter, så giv dem hver sit navn; ellers slet den udgave, der ikke gælder.`,
      en: `Rows ${drop.source.row} and ${keep.source.row} are two versions of "${text}"; ${why.en}. Row ${drop.source.row} was not read as an activity. If these are two activities, give each its own name; otherwise delete the version that no longer holds.`,
    },
  };
}
