// A joint plan with a partner that is no Danish municipality (an Interreg project with a German
// city across the border: Sønderborg with Flensburg, Tønder with Kreis Nordfriesland). The partners
// keep one file, and a column names whose each row is ("Partner", "Kommune / Gemeinde": Sønderborg,
// Flensburg, "Fælles / Gemeinsam"). A careful reader keeps the partner's own rows apart: they are
// the partner's plan and its mentors, not the municipality's, and the national corps has no place
// for them. The joint rows and the municipality's own stay. Only where the column names the plan's
// own municipality on some row (so it is a column of partners), and only rows naming no Danish
// municipality at all and no joint word: a second Danish municipality in a joint plan (Norddjurs
// with Syddjurs) is part of the corps and is read as before. Each row left out is reported.

import { a1 } from '../grid';
import type { ReadCheck } from '../schema';
import { findMunicipalities, foldText, municipalityName } from '../normalize';
import type { DetectedTable } from './detect';

/** A header naming whose the row is ("Partner", "Kommune", "Kommune / Gemeinde"), folded. */
export const PARTNER_HEADER =
  /^(?:kommune|partner|partnerkommune|samarbejdskommune|gemeinde|stadt|kreis|municipality)(?: (?:kommune|partner|gemeinde|stadt|kreis|municipality))?$/;
/** A value naming the partners together (folded: "Fælles / Gemeinsam", "Begge", "Alle"). */
export const JOINT = /\b(?:falles|begge|alle|gemeinsam|beide|alle partner|joint|both|all)\b/;

export interface PartnerRow {
  readonly sheet: string;
  /** 1-based, as the draft's rows give it. */
  readonly row: number;
  readonly cell: string;
  readonly partner: string;
}

/**
 * The rows of plan and corps tables that belong to a partner that is no Danish municipality. `rows`
 * are the draft rows read from the tables (activities and corps members), by sheet and row.
 */
export function partnerRows(
  tables: readonly DetectedTable[],
  ownCode: string | undefined,
  rows: readonly { readonly source: { readonly sheet: string; readonly row: number } }[],
): PartnerRow[] {
  if (ownCode === undefined || rows.length === 0) return [];
  const out: PartnerRow[] = [];
  for (const t of tables) {
    if (t.key !== 'activities' && t.key !== 'corps') continue;
    // (Cheap first: one header text per column of the table.)
    const col = t.info.find((i) =>
      PARTNER_HEADER.test(
        foldText(i.header)
          .replace(/[^a-z ]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    )?.col;
    if (col === undefined) continue;
    const mine = rows.filter(
      (x) =>
        x.source.sheet === t.view.name && x.source.row - 1 >= t.firstRow && x.source.row - 1 <= t.lastRow,
    );
    const named = mine.map((x) => ({ x, text: t.view.text(x.source.row - 1, col) }));
    if (!named.some((n) => findMunicipalities(n.text).some((m) => m.code === ownCode))) continue;
    const own = foldText(municipalityName(ownCode) ?? '');
    // A column of partners names few: the municipality, a partner or two, the joint rows. One that
    // names many others ("PPR", "Skolerne", "Sundhedsplejen" and one "Vejle Kommune") lists whom
    // each activity is done with, and no row is the partner's own.
    const others = new Set(
      named
        .map((n) => n.text.trim())
        .filter(
          (text) =>
            text !== '' &&
            !JOINT.test(foldText(text)) &&
            findMunicipalities(text).length === 0 &&
            !shortFor(text, own),
        )
        .map((text) => foldText(text)),
    );
    if (others.size > 2) continue;
    for (const { x, text } of named) {
      if (text.trim() === '' || /\d/.test(text) || JOINT.test(foldText(text))) continue;
      if (findMunicipalities(text).length > 0 || shortFor(text, own)) continue;
      out.push({
        sheet: x.source.sheet,
        row: x.source.row,
        cell: a1(x.source.row - 1, col),
        partner: text.trim(),
      });
    }
  }
  return out;
}

/** A short form of the own municipality's name ("Sønderb." for Sønderborg): no partner. */
function shortFor(text: string, own: string): boolean {
  const t = foldText(text).replace(/[.\s]/g, '');
  return t.length >= 2 && own.replace(/\s/g, '').startsWith(t);
}

/** A partner's row left out of the plan or the corps. */
export function partnerRowCheck(p: PartnerRow, ownCode: string, what: 'activities' | 'corps'): ReadCheck {
  const own = municipalityName(ownCode) ?? ownCode;
  const da = what === 'activities' ? 'aktivitet' : 'medlem af korpset';
  const en = what === 'activities' ? 'an activity' : 'a corps member';
  return {
    sheet: p.sheet,
    cell: p.cell,
    field: what === 'activities' ? 'activities.row' : 'corps.initials',
    value: p.partner,
    confidence: 0.7,
    reason: {
      da: `Række ${p.row} hører til partneren "${p.partner}", som ikke er en dansk kommune, og ikke til ${own} Kommunes plan; den er ikke læst som ${da}. Hører den alligevel til jeres egen indsats, så skriv "${own}" eller "Fælles" i cellen.`,
      en: `Row ${p.row} belongs to the partner "${p.partner}", which is no Danish municipality, not to ${own} Municipality's plan; it was not read as ${en}. If it is part of your own effort after all, write "${own}" or "Fælles" in the cell.`,
    },
  };
}
