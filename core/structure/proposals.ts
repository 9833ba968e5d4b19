// Activities proposed before they are decided: a form's responses (Microsoft Forms, Power Automate)
// or a list of ideas the coordinator goes through, with a column of her own saying whether each one
// was approved ("Godkendt": Ja / Nej). A proposal answered "Nej" stays in the table, but a careful
// reader does not count it among the plan's activities. Only where the column is headed as an
// approval and holds nothing but yes/no answers (some "Ja"), so that it is a column of decisions; each
// row left out is reported at its cell.

import { a1 } from '../grid';
import { foldText } from '../normalize';
import type { ReadCheck } from '../schema';
import type { DetectedTable } from './detect';

/** A header of approval ("Godkendt", "Godkendt?", "Godkendt af koordinator", "Approved"), folded. */
const APPROVAL_HEADER =
  /^(?:godkendt|godkendelse|approved|approval|accepteret|accepted|vedtaget)(?: af [a-z ]+)?\??$/;
const YES = /^(?:ja|j|yes|y)$/;
const NO = /^(?:nej|n|no)$/;

export interface RejectedRow {
  readonly sheet: string;
  /** 1-based, as the draft's rows give it. */
  readonly row: number;
  readonly cell: string;
  readonly header: string;
  readonly answer: string;
}

/** The rows of plan tables that a column of approvals answers "Nej". */
export function rejectedRows(
  tables: readonly DetectedTable[],
  rows: readonly { readonly source: { readonly sheet: string; readonly row: number } }[],
): RejectedRow[] {
  const out: RejectedRow[] = [];
  for (const t of tables) {
    if (t.key !== 'activities') continue;
    // (Cheap first: one header text per column of the table.)
    const info = t.info.find((i) => APPROVAL_HEADER.test(foldText(i.header).replace(/\s+/g, ' ').trim()));
    if (info === undefined) continue;
    const mine = rows.filter(
      (x) =>
        x.source.sheet === t.view.name && x.source.row - 1 >= t.firstRow && x.source.row - 1 <= t.lastRow,
    );
    const answers = mine.map((x) => ({ x, text: t.view.text(x.source.row - 1, info.col).trim() }));
    const folded = answers.map((a) => foldText(a.text));
    if (!folded.some((f) => YES.test(f))) continue;
    if (!folded.every((f) => f === '' || YES.test(f) || NO.test(f))) continue;
    answers.forEach(({ x, text }, i) => {
      if (!NO.test(folded[i] ?? '')) return;
      out.push({
        sheet: x.source.sheet,
        row: x.source.row,
        cell: a1(x.source.row - 1, info.col),
        header: info.header.trim(),
        answer: text,
      });
    });
  }
  return out;
}

/** A proposal not approved, left out of the plan. */
export function rejectedRowCheck(p: RejectedRow): ReadCheck {
  return {
    sheet: p.sheet,
    cell: p.cell,
    field: 'activities.row',
    value: p.answer,
    confidence: 0.8,
    reason: {
      da: `Række ${p.row} er et forslag, der ikke er godkendt ("${p.header}": ${p.answer}); den er ikke læst som aktivitet. Er den alligevel en del af planen, så skriv "Ja" i cellen.`,
      en: `Row ${p.row} is a proposal that was not approved ("${p.header}": ${p.answer}); it was not read as an activity. If it is part of the plan after all, write "Ja" in the cell.`,
    },
  };
}
