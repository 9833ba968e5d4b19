// A checklist kept with no answer column, its questions listed under the answer they have: the
// heading's answer (held-out round 45, p171). Shared by detect.ts (such a header is a checklist's)
// and checklist.ts (the questions under a heading take its answer).

import { foldText } from '../normalize';
import type { Answer } from '../spec';
import type { SheetView } from './sheet';
import { displayText } from './sheet';

/**
 * The answer a heading over a group of questions gives, in a checklist kept with no answer column
 * and the questions listed under the answer they have ("Det er på plads" | "Det er delvist på plads"
 * | "Det mangler vi endnu", or plainly "Ja" | "Delvist" | "Nej"). A short line without a question
 * mark; Delvist before Nej before Ja, as "delvist på plads" and "ikke på plads" contain "på plads".
 */
export function headingAnswer(text: string): Answer | undefined {
  if (text.length > 60 || text.includes('?')) return undefined;
  const f = foldText(text).toLowerCase();
  if (f === '') return undefined;
  if (/^(?:ja|yes)$/.test(f)) return 'yes';
  if (/^(?:nej|no)$/.test(f)) return 'no';
  // A state denied ("Ikke startet", "Ikke i gang", "Har ikke styr på", "Rødt lys"): Nej, before the
  // words it denies are read.
  if (
    /\bikke (?:(?:en)?gang ?sat|i gang|startet|begyndt|pabegyndt|klar|fardig|styr pa|pa plads|opfyldt|afklaret|pa skinner)\b|\b(?:rodt lys|not started|not ready)\b/.test(
      f,
    )
  )
    return 'no';
  if (
    /\b(?:delvist?|til dels|partly|partially|i gang|undervejs|pabegyndt|under (?:udarbejdelse|arbejde|forberedelse)|gult lys|in progress)\b|\barbejder (?:vi )?pa\b|\bdelvis(?:t)? styr\b/.test(
      f,
    )
  )
    return 'partly';
  if (/\b(?:mangler|endnu ikke|ikke opfyldt|ikke klar|ikke pa plads|not yet|not in place|missing)\b/.test(f))
    return 'no';
  if (
    /\b(?:pa plads|opfyldt|in place|gront lys|styr pa|klar|fardig|gennemfort|afsluttet|i orden|ready|done)\b/.test(
      f,
    )
  )
    return 'yes';
  return undefined;
}

/**
 * Whether the rows under a checklist header that names questions but no answer hold the answers as
 * headings: at least two one-cell rows each naming a different answer, each with a row under it.
 * Looks at most 60 rows down.
 */
export function answersAsHeadings(view: SheetView, headerBottom: number, c0: number, c1: number): boolean {
  const seen = new Set<Answer>();
  let rows = 0;
  for (const r of view.rowsBetween(headerBottom + 1, headerBottom + 60)) {
    const cells = view.rowCells(r, c0, c1);
    if (cells.length === 0) continue;
    rows++;
    const only = cells.length === 1 ? cells[0] : undefined;
    const a =
      only && typeof only.v === 'string' ? headingAnswer(displayText(only, view.date1904)) : undefined;
    if (a) seen.add(a);
  }
  return seen.size >= 2 && rows >= seen.size * 2;
}
