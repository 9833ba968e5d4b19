// Addresses as Office.js writes them ("'Min plan'!A1:C9, 'Min plan'!E4"), turned into grid ranges.
// Pure: no Office.js here, so that it is tested without a mock.

import { parseRange, type GridRange } from '../../../core/grid';

export interface SheetRange {
  readonly sheet: string;
  readonly range: GridRange;
}

// One area: an optional sheet (quoted with '' for a quote, or bare), then a cell or a cell range.
const AREA =
  /(?:(?:'((?:[^']|'')+)'|([^'!,\s][^'!,]*))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

/** Every rectangular area of an Office.js address list; areas that are not cell ranges (whole rows or columns) are left out. */
export function parseAddressList(address: string): SheetRange[] {
  const out: SheetRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const quoted = m[1];
    const bare = m[2];
    const ref = m[3];
    if (ref === undefined) continue;
    const range = parseRange(ref);
    if (!range) continue;
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? '').trim();
    out.push({ sheet, range });
  }
  return out;
}

/** The sheet-qualified address Office.js accepts for a sheet name and an A1 reference. */
export function qualified(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** True when (r, c) lies inside the range. */
export function contains(range: GridRange, r: number, c: number): boolean {
  return r >= range.s.r && r <= range.e.r && c >= range.s.c && c <= range.e.c;
}
