// A list exported with its version history (Microsoft Lists / SharePoint, a document system): one
// row per version of every item, each row the whole item as it stood then, under a "Version"
// column ("1.0", "2.0", "3.0", or 1, 2, 3) and the item's own "ID". The rows of one item are its
// history: a careful reader takes the newest version as the item now (wherever it stands: the
// Version History page lists the newest first, an export may list the oldest first) and the older
// versions as no activities of their own, each named in a check. An item renamed between versions
// keeps its ID; without an ID column the rows of one item are those with the same text. Only in a
// table with a column headed as a version whose every row with an activity holds a version number,
// and where some item has two or more versions of different numbers.

import type { DraftRow } from '../draft';
import { a1 } from '../grid';
import { normalizeText, oneLine } from '../normalize';
import type { ReadCheck } from '../schema';
import { addCheck, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { displayText } from './sheet';

const VERSION_HEADER =
  /^(?:version|versionsnummer|versionsnr\.?|versionnr\.?|version no\.?|version number)$/iu;
const ITEM_ID_HEADER = /^(?:id|element-?id|elementets id|item id|item-id|list item id)$/iu;
/** "3.0", "2,1", "4": a major version and, after a point, a minor one. */
const VERSION_NUMBER = /^(\d{1,4})(?:[.,](\d{1,4}))?$/u;

function headerCol(t: DetectedTable, header: RegExp): number | undefined {
  return t.columns.find((m) => m.field === null && header.test(oneLine(m.header).trim()))?.col;
}

/** A version number as [major, minor], or undefined. */
export function versionNumber(text: string): readonly [number, number] | undefined {
  const m = VERSION_NUMBER.exec(text.trim());
  if (!m) return undefined;
  return [Number(m[1]), m[2] === undefined ? 0 : Number(m[2])];
}

function compare(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** The newest version of each item read as the activity; the older versions left out, each checked. */
export function foldVersions<T extends DraftRow<{ activity?: string }>>(
  t: DetectedTable,
  rows: T[],
  ctx: Ctx,
): T[] {
  // Cheap first: one look at the table's headers.
  const versionCol = headerCol(t, VERSION_HEADER);
  if (versionCol === undefined || rows.length < 2) return rows;
  const idCol = headerCol(t, ITEM_ID_HEADER);
  const view = t.view;
  const versions = new Map<T, readonly [number, number]>();
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const r = row.source.row - 1;
    const cell = view.cell(r, versionCol);
    const v = cell ? versionNumber(displayText(cell, view.date1904)) : undefined;
    if (v === undefined) return rows;
    versions.set(row, v);
    const idCell = idCol === undefined ? undefined : view.cell(r, idCol);
    const id = idCell ? displayText(idCell, view.date1904).trim() : '';
    const text = row.values.activity;
    const key = id !== '' ? `id:${id}` : typeof text === 'string' ? `text:${normalizeText(text)}` : undefined;
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const older = new Set<T>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => compare(versions.get(b)!, versions.get(a)!));
    const newest = sorted[0]!;
    // Two rows of the newest number: no history to tell apart.
    if (compare(versions.get(sorted[1]!)!, versions.get(newest)!) === 0) continue;
    for (const row of sorted.slice(1)) {
      older.add(row);
      addCheck(
        ctx,
        olderVersionCheck(view.name, row, versions.get(row)!, newest, versions.get(newest)!, versionCol),
      );
    }
  }
  return older.size === 0 ? rows : rows.filter((r) => !older.has(r));
}

function olderVersionCheck(
  sheet: string,
  row: DraftRow<{ activity?: string }>,
  version: readonly [number, number],
  newest: DraftRow<{ activity?: string }>,
  newestVersion: readonly [number, number],
  versionCol: number,
): ReadCheck {
  const text = String(row.values.activity ?? '');
  const v = version.join('.');
  const n = newestVersion.join('.');
  return {
    sheet,
    cell: a1(row.source.row - 1, versionCol),
    field: 'activities.row',
    value: text,
    confidence: 0.8,
    reason: {
      da: `Række ${row.source.row} er version ${v} af "${text}"; den nyeste version (${n}, række ${newest.source.row}) er læst som aktiviteten, og de ældre versioner er ikke læst som aktiviteter. Er det to forskellige aktiviteter, så giv dem hver sit ID.`,
      en: `Row ${row.source.row} is version ${v} of "${text}"; the newest version (${n}, row ${newest.source.row}) is read as the activity, and the older versions are not read as activities. If these are two different activities, give each its own ID.`,
    },
  };
}
