// A file that holds more than the corps' plan: a department's master workbook with a plan per
// programme it runs ("Sundhedsplan", "Inklusion", "Mentor- og forældrekorps", "Sprogindsats"), a
// sheet each, or two programmes' plans on one sheet, each under a heading of its own. The tables
// have the same shape (the department's template), so only their names and titles tell them apart.
// A careful reader takes the table named or titled for the corps (the mentor and parent-coach
// effort korpsplan follows) as the plan, and leaves the other programmes' tables out, saying so.
// Only where the file itself is not the corps' (the cover's title names no corps: a file titled
// for the corps keeps every sheet, as tracks, departments or themes of its one plan), and where
// some plan table is named for the corps and another for none of it.

import { a1 } from '../grid';
import type { ReadCheck } from '../schema';
import type { DetectedTable } from './detect';
import { displayText, type SheetView } from './sheet';
import { themeByMeaning } from './themes';
import { NAMES_CORPS } from './vocab';

/** The text of a row. */
function rowText(view: SheetView, r: number): string {
  return view
    .rowCells(r)
    .map((c) => displayText(c, view.date1904))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A table's own title: the title row right above it (the nearest of its preamble), with its sheet's
 * name where the table is the sheet's one plan. A heading further up (a board's or a file's name
 * over every group) is no title of this table alone.
 */
function ownTitle(t: DetectedTable, alone: boolean): { text: string; row: number | undefined } {
  const row = t.preamble[0];
  const text = row === undefined ? '' : rowText(t.view, row);
  return { text: alone ? `${t.view.name} ${text}`.trim() : text, row };
}

/**
 * The workbook's titles: the first two rows holding text of each visible sheet with no table at all
 * (a cover, a front page), in whatever order the sheets stand. Undefined where there is none.
 */
function workbookTitle(views: readonly SheetView[], tableSheets: ReadonlySet<string>): string | undefined {
  const covers = views.filter((v) => v.sheet.state === 'visible' && !tableSheets.has(v.name));
  if (covers.length === 0) return undefined;
  const out: string[] = [];
  for (const cover of covers) {
    let found = 0;
    for (let r = 0; r < 10 && found < 2; r++) {
      const text = rowText(cover, r);
      if (text !== '') {
        out.push(text);
        found++;
      }
    }
  }
  return out.join(' ');
}

export interface OtherProgramme {
  readonly table: DetectedTable;
  /** Where its title (or the sheet) is, and the table kept as the corps'. */
  readonly cell: string;
  readonly title: string;
  readonly kept: string;
}

/** The plan tables of other programmes than the corps', with the corps' table kept. Empty otherwise. */
export function otherProgrammeTables(
  tables: readonly DetectedTable[],
  views: readonly SheetView[],
  tableSheets: ReadonlySet<string>,
): OtherProgramme[] {
  const plans = tables.filter((t) => t.key === 'activities' && t.view.sheet.state === 'visible');
  // Cheap first: two plan tables or more (a plain plan has one).
  if (plans.length < 2) return [];
  const perSheet = new Map<string, number>();
  for (const t of plans) perSheet.set(t.view.name, (perSheet.get(t.view.name) ?? 0) + 1);
  const named: DetectedTable[] = [];
  const others: { table: DetectedTable; title: string; row: number | undefined }[] = [];
  for (const t of plans) {
    const own = ownTitle(t, perSheet.get(t.view.name) === 1);
    // Each table under a title of its own: an untitled one may be the corps' plan continued.
    if (own.text === '') return [];
    if (NAMES_CORPS.test(own.text)) named.push(t);
    else others.push({ table: t, title: own.text, row: own.row });
  }
  const kept = named[0];
  if (!kept || others.length === 0) return [];
  const title = workbookTitle(views, tableSheets);
  if (title === undefined || NAMES_CORPS.test(title)) return [];
  // A heading that names a theme is a group of the one plan; a letterhead repeated over every page
  // (a PDF's pages a sheet each) is no programme's title.
  const above = new Map<string, number[]>();
  for (let r = 0; r < kept.headerTop; r++) {
    const text = rowText(kept.view, r);
    if (text !== '') above.set(text, [...(above.get(text) ?? []), r]);
  }
  for (const o of others) {
    const heading = o.row === undefined ? '' : rowText(o.table.view, o.row);
    if (themeByMeaning(heading) !== undefined || themeByMeaning(o.title) !== undefined) return [];
    // The same text over the corps' table, at another place than this heading itself.
    const same = above.get(heading) ?? [];
    if (same.some((r) => o.table.view !== kept.view || r !== o.row)) return [];
  }
  const keptAt = `${kept.view.name}!${a1(kept.headerTop, kept.c0)}`;
  return others.map(({ table, title: t, row }) => {
    const cell = row === undefined ? 'A1' : a1(row, table.view.rowCells(row)[0]?.c ?? 0);
    return { table, cell, title: t.length > 80 ? `${t.slice(0, 77)}…` : t, kept: keptAt };
  });
}

/** The check that says another programme's plan table was left out. */
export function otherProgrammeCheck(p: OtherProgramme): ReadCheck {
  return {
    sheet: p.table.view.name,
    cell: p.cell,
    field: 'sheet',
    value: p.title,
    confidence: 0.7,
    reason: {
      da: `Tabellen "${p.title}" ser ud til at være en anden indsats' handleplan i samme projektmappe; korpsets plan er læst fra tabellen ved ${p.kept}, og rækkerne her er ikke læst som aktiviteter. Hører de med til mentor- og forældrecoachindsatsen, så giv tabellen en titel, der siger det.`,
      en: `The table "${p.title}" looks like another programme's action plan in the same workbook; the corps' plan was read from the table at ${p.kept}, and these rows were not read as activities. If they belong to the mentor and parent-coach effort, give the table a title that says so.`,
    },
  };
}
