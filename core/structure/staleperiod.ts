// A plan carried into the next half-year: the coordinator copies last half-year's sheet and edits
// its rows, but leaves its tab or its title naming the old half-year ("Plan 1. halvår 2027",
// "Implementeringsplan 1. halvår 2027") while the cover names the new one. The cover's field is read
// as the period (it is the field kept for it); the plan sheet naming another half-year is said at the
// period's cell, so the coordinator confirms which one the plan is for.

import type { Place } from '../draft';
import { a1 } from '../grid';
import { findPeriod } from '../normalize';
import type { ReadCheck } from '../schema';
import { periodName } from '../spec';
import type { DetectedTable } from './detect';
import { quote } from './messages';
import { displayText } from './sheet';

/** How many rows above a plan table's header are read as its title lines. */
const TITLE_ROWS = 6;
/** A title is short: longer texts are notes, not the sheet's title. */
const TITLE_LENGTH = 120;

/**
 * The first mention of a half-year other than `period` in the name or the title lines of a sheet
 * the plan's activities were read from, or undefined. Cheap: only the plan tables' sheets, their
 * names and the few rows above their headers, and only texts holding a digit.
 */
export function stalePeriodMention(
  tables: readonly DetectedTable[],
  planSheets: ReadonlySet<string>,
  period: string,
): { sheet: string; cell?: string; text: string; id: string } | undefined {
  const other = (text: string): string | undefined => {
    if (text.length > TITLE_LENGTH || !/\d/u.test(text)) return undefined;
    const p = findPeriod(text);
    return p?.inRange === true && p.id !== period ? p.id : undefined;
  };
  for (const t of tables) {
    if (t.key !== 'activities' || !planSheets.has(t.view.name)) continue;
    const named = other(t.view.name);
    if (named) return { sheet: t.view.name, text: t.view.name, id: named };
    const first = t.view.rows[0] ?? 0;
    for (let r = Math.max(first, t.headerTop - TITLE_ROWS); r < t.headerTop; r++) {
      for (const cell of t.view.rowCells(r)) {
        const text = displayText(cell, t.view.date1904).trim();
        const id = text === '' ? undefined : other(text);
        if (id) return { sheet: t.view.name, cell: a1(cell.r, cell.c), text, id };
      }
    }
  }
  return undefined;
}

/** The check at the period's cell: the plan sheet names another half-year than the one read. */
export function stalePeriodCheck(
  place: Place,
  period: string,
  mention: { sheet: string; cell?: string; text: string; id: string },
): ReadCheck {
  const text = quote(mention.text);
  const where = mention.cell ? `${mention.sheet}!${mention.cell}` : `arket "${quote(mention.sheet)}"`;
  const whereEn = mention.cell ? `${mention.sheet}!${mention.cell}` : `the sheet "${quote(mention.sheet)}"`;
  return {
    sheet: place.sheet,
    cell: place.cell,
    field: 'cover.period',
    value: period,
    confidence: 0.7,
    reason: {
      da: `Halvåret er læst som ${periodName(period)}, men planens ark nævner ${periodName(mention.id)} ("${text}", ${where}); måske er arket kopieret fra sidste halvår uden at titlen blev rettet. Ret halvåret eller titlen, så de siger det samme.`,
      en: `The half-year was read as ${period}, but the plan's sheet names ${mention.id} ("${text}", ${whereEn}); the sheet may have been copied from the last half-year without its title being changed. Correct the half-year or the title so that they agree.`,
    },
  };
}
