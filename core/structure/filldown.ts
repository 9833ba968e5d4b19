// A theme written once per group. Many coordinators keep the activity table sorted by theme and
// write the theme only on the first row of each group, the rows under it left empty, as Excel's own
// pivot tables lay out a repeated label: "Ledelse | Styregruppemøde", " | Ledelsesseminar",
// "Kommunikation | Nyhedsbrev", " | Intranetside". A careful reader takes the empty cells as the
// theme above. An empty cell in a column written on every row is a forgotten theme, though, and
// stays missing (the rules then ask for it). So the column is read as written once per group only
// when its own cells say so: the first activity has a theme, no theme is written twice in a row
// (a coordinator who writes the group's theme on each row writes it on each row), there are at
// least two groups, and either the groups are two rows long on average or each theme is written
// once (the table sorted by theme), and no activity with an empty theme is named again (a plan
// kept as a status log repeats an activity by name alone).

import { normalizeText } from '../normalize';
import type { ReadCheck } from '../schema';
import type { Theme } from '../spec';
import type { DetectedTable } from './detect';
import { displayText, type SheetView } from './sheet';
import { themeLabel } from './themes';

/** Whether the table's theme column is written on the first row of each group only. */
export function writtenOncePerGroup(
  t: DetectedTable,
  rows: readonly number[],
  themeCol: number,
  activityCol: number,
  date1904: boolean,
): boolean {
  const view: SheetView = t.view;
  let written = 0;
  let empty = 0;
  let previous: string | undefined;
  const seen = new Set<string>();
  const activities = new Set<string>();
  let distinct = true;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    if (view.rowLength(r) === 0) continue;
    const activity = view.cell(r, activityCol);
    if (activity === undefined || displayText(activity, date1904) === '') {
      // A row with no activity (a heading, a note, a subtotal) ends a group.
      previous = undefined;
      continue;
    }
    const cell = view.cell(r, themeCol);
    const text = cell === undefined ? '' : normalizeText(displayText(cell, date1904));
    const named = normalizeText(displayText(activity, date1904));
    const again = activities.has(named);
    activities.add(named);
    if (text === '') {
      // An activity named again with no theme is an update of the earlier one (a plan kept as a
      // status log), not a row of the group above.
      if (again) return false;
      // A theme merged down over its rows is written, not left empty.
      const merge = view.mergeAt(r, themeCol);
      if (merge !== undefined && merge.s.r < r) return false;
      // The first activity says whether groups start with their theme; an empty theme right after a
      // row that ended a group belongs to no group (it stays missing) and says nothing either way.
      if (written === 0) return false;
      if (previous === undefined) continue;
      empty++;
      continue;
    }
    if (text === previous) return false;
    if (seen.has(text)) distinct = false;
    seen.add(text);
    previous = text;
    written++;
  }
  return written >= 2 && empty >= 2 && (empty >= written || distinct);
}

/**
 * The check for a theme read for the empty rows under it (one per group, at the theme's cell, where
 * each of those rows says its theme was read): a theme typed in the middle of its group, or under
 * it, would be read for the wrong rows, and only the coordinator can tell.
 */
export function groupThemeCheck(sheet: string, cell: string, theme: Theme, lastRow: number): ReadCheck {
  const label = themeLabel(theme);
  const row = lastRow + 1;
  return {
    sheet,
    cell,
    field: 'activities.theme',
    value: label,
    confidence: 0.9,
    reason: {
      da: `Indsatsområdet "${label}" i ${cell} står kun på gruppens første række: aktiviteterne under det uden indsatsområde, til og med række ${row}, er læst som "${label}".`,
      en: `The focus area "${label}" in ${cell} is written on its group's first row only: the activities under it with no focus area, down to row ${row}, are read as "${label}".`,
    },
  };
}
