// A file kept for several municipalities: neighbouring municipalities sharing one coordinator, who
// keeps each municipality's plan, corps and checklist on sheets of its own in one workbook ("Plan
// Guldborgsund" | "Plan Lolland", "Korps Guldborgsund" | "Korps Lolland"), each sheet named or
// titled with its municipality, and submits a copy for each. A careful reader takes the sheets of
// the municipality the cover names and leaves the others' sheets out: they are another
// municipality's plan, reported in its own submission. Only where two sheets holding the same part
// name two different Danish municipalities, and one of them the cover's own; a joint plan with a
// column of partners (partners.ts) or a neighbour's name left in the only plan's title is read as
// before.

import { findMunicipalities, municipalityName } from '../normalize';
import type { ReadCheck } from '../schema';
import type { DetectedTable } from './detect';

/** The parts a municipality keeps a sheet of its own for. */
const PARTS: ReadonlySet<string> = new Set(['activities', 'corps', 'checklist']);
/** How many rows over a sheet's first table may hold its title. */
const TITLE_ROWS = 3;

/** The one municipality a text names, else undefined (none, or more than one). */
function oneMunicipality(text: string): string | undefined {
  const found = findMunicipalities(text);
  return found.length === 1 ? found[0]?.code : undefined;
}

/** The municipality a sheet is named or titled for: its name, else the title over its first table. */
function sheetMunicipality(t: DetectedTable): string | undefined {
  const byName = oneMunicipality(t.view.name);
  if (byName !== undefined) return byName;
  const title: string[] = [];
  for (let r = Math.max(0, t.headerTop - TITLE_ROWS); r < t.headerTop; r++)
    for (const cell of t.view.rowCells(r)) title.push(t.view.text(cell.r, cell.c));
  return oneMunicipality(title.join(' '));
}

/**
 * The sheets named for a municipality, by sheet, where two sheets holding the same part (plan,
 * corps or checklist) name two different municipalities. Undefined otherwise.
 */
export function municipalSheets(tables: readonly DetectedTable[]): ReadonlyMap<string, string> | undefined {
  // Cheap first: one part on two sheets or more (a plain plan has one of each).
  const sheetsOf = new Map<string, Set<string>>();
  for (const t of tables) {
    if (!PARTS.has(t.key)) continue;
    const set = sheetsOf.get(t.key) ?? new Set<string>();
    set.add(t.view.name);
    sheetsOf.set(t.key, set);
  }
  if (![...sheetsOf.values()].some((s) => s.size > 1)) return undefined;
  const bySheet = new Map<string, string>();
  for (const t of tables) {
    if (!PARTS.has(t.key) || (sheetsOf.get(t.key)?.size ?? 0) < 2 || bySheet.has(t.view.name)) continue;
    const code = sheetMunicipality(t);
    if (code !== undefined) bySheet.set(t.view.name, code);
  }
  for (const sheets of sheetsOf.values()) {
    const codes = new Set([...sheets].flatMap((s) => (bySheet.has(s) ? [bySheet.get(s) as string] : [])));
    if (codes.size > 1) return bySheet;
  }
  return undefined;
}

/**
 * The sheets of other municipalities to leave out, given the cover's municipality: only where some
 * sheet is named for the cover's own (else nothing is left out: the file may be kept otherwise).
 */
export function otherMunicipalSheets(
  bySheet: ReadonlyMap<string, string> | undefined,
  ownCode: string | undefined,
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (bySheet === undefined || ownCode === undefined || ![...bySheet.values()].includes(ownCode)) return out;
  for (const [sheet, code] of bySheet) if (code !== ownCode) out.set(sheet, code);
  return out;
}

/** The check that says a sheet was left out as another municipality's. */
export function otherMunicipalSheetCheck(sheet: string, code: string, ownCode: string): ReadCheck {
  const theirs = municipalityName(code) ?? code;
  const own = municipalityName(ownCode) ?? ownCode;
  return {
    sheet,
    cell: 'A1',
    field: 'sheet',
    value: sheet,
    confidence: 0.8,
    reason: {
      da: `Arket "${sheet}" er ${theirs} Kommunes; forsiden angiver ${own} Kommune, så arket er ikke læst som en del af denne plan. Hører det med til ${own}s plan, så giv det et navn, der siger det.`,
      en: `The sheet "${sheet}" is ${theirs} Municipality's; the cover names ${own} Municipality, so the sheet was not read as part of this plan. If it belongs to ${own}'s plan, give it a name that says so.`,
    },
  };
}
