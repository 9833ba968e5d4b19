// A row whose activity text a PDF converter cut at a column edge it misjudged: the end of the text
// stands in the next column, in small letters, before what that column holds (or instead of it).
//
//   Aktivitet       | Ansvarlig                | Frist     | Status
//   Infomøde for    | sundhedsplejen Lise Mørk | 10.3.2027 | I gang             (spilled)
//   Dialogmøde med  | forældre og unge         | Maria Holt| 15.03.27 | Ikke startet   (shifted)
//
// Spilled: the next column's text starts with words in small letters and ends with a capitalised
// name; the small words are the end of the activity, the name is the column's own value. Shifted:
// the next column's text is all small words and the row has one value more than the table has
// columns, right of its last one, under no header: the rest of the row stands one column right of
// its place. Names are written with capitals, so a text that starts in small letters is no one's
// name; a sentence that ends in a full stop is not cut. Either way the row is read as the converter
// found it put right, with a check at the activity and at the next column's field, since the edge
// between the two was the converter's guess.

import { a1, type GridCell } from '../grid';
import { joinWrapped } from '../normalize';
import { addCheck, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { quote } from './messages';
import { displayText } from './sheet';

/** Small words, then a name in capitals: "sundhedsplejen Lise Mørk". */
const SPILLED = /^((?:\p{Ll}[\p{L}-]*\s+)+)(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)$/u;
/** Small words only: "forældre og unge". */
const SMALL_WORDS = /^\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+)*$/u;
const ENDS = /[.!?:]$/u;

/**
 * The row's cells as meant, when its activity text was cut into the next column (see above); else
 * undefined. The cells returned stand in their meant columns (made anew; the sheet's own cells are
 * marked used by `useSpilled`). `field` names the field of each column.
 */
export function spilledRow(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  activityCol: number,
  colField: ReadonlyMap<number, string>,
  ctx: Ctx,
): GridCell[] | undefined {
  const nextCol = activityCol + 1;
  const next = own.find((c) => c.c === nextCol);
  // Cheap first tests: a text right of the activity that starts with a small letter.
  if (next === undefined || typeof next.v !== 'string') return undefined;
  // Spaces before the text (a converter's, a typist's) change nothing a reader sees it start with.
  let lead = 0;
  while (next.v.charCodeAt(lead) === 0x20) lead++;
  const first = next.v.charCodeAt(lead);
  if (first < 0x61 || (first > 0x7a && first < 0xdf)) return undefined;
  const act = own.find((c) => c.c === activityCol);
  if (act === undefined || typeof act.v !== 'string') return undefined;
  const actText = displayText(act, ctx.date1904);
  const nextText = displayText(next, ctx.date1904).trimStart();
  if (ENDS.test(actText) || !/^\p{Ll}/u.test(nextText)) return undefined;
  const nextField = colField.get(nextCol);
  const spilled = nextField === 'responsible' ? SPILLED.exec(nextText) : null;
  if (spilled) {
    const rest = (spilled[1] ?? '').trim();
    const name = (spilled[2] ?? '').trim();
    const joined = joinWrapped(actText, rest);
    note(t, ctx, act, next, joined, name, nextField, 'spilled');
    return own.map((c) =>
      c === act ? { ...c, v: joined, t: 's' } : c === next ? { ...c, v: name, t: 's' } : c,
    );
  }
  // Shifted: one value right of the table's last column, under no header.
  const beyond = t.view.cell(r, t.c1 + 1);
  if (beyond === undefined || t.view.cell(r, t.c1 + 2) !== undefined) return undefined;
  for (let h = t.headerTop; h <= t.headerBottom; h++) if (t.view.text(h, t.c1 + 1) !== '') return undefined;
  if (!SMALL_WORDS.test(nextText)) return undefined;
  const joined = joinWrapped(actText, nextText);
  const moved: GridCell[] = [];
  for (const c of own) {
    if (c === act) moved.push({ ...c, v: joined, t: 's' });
    else if (c.c < activityCol) moved.push(c);
    else if (c.c > nextCol) moved.push({ ...c, c: c.c - 1 });
  }
  moved.push({ ...beyond, c: t.c1 });
  const shiftedNext = t.view.cell(r, nextCol + 1);
  note(
    t,
    ctx,
    act,
    next,
    joined,
    shiftedNext ? displayText(shiftedNext, ctx.date1904) : '',
    nextField,
    'shifted',
    beyond,
  );
  return moved;
}

/** The sheet's own cells of a row read as `spilledRow` put it right: every one of them was read. */
export function useSpilled(t: DetectedTable, r: number): void {
  for (const c of t.view.rowCells(r, t.c0, t.c1 + 1)) t.view.useCell(c);
}

function note(
  t: DetectedTable,
  ctx: Ctx,
  act: GridCell,
  next: GridCell,
  joined: string,
  nextValue: string,
  nextField: string | undefined,
  kind: 'spilled' | 'shifted',
  beyond?: GridCell,
): void {
  const sheet = t.view.name;
  const at = a1(act.r, act.c);
  const nextAt = a1(next.r, next.c);
  const beyondAt = beyond ? a1(beyond.r, beyond.c) : '';
  const reason =
    kind === 'spilled'
      ? {
          da: `Teksten i ${nextAt} begynder med små bogstaver før et navn: begyndelsen er læst som slutningen på aktiviteten i ${at} (${quote(joined)}), navnet som cellens egen værdi. En PDF omsat til Excel skærer tit en tekst over ved en kolonnekant: ret rækken, hvis det er forkert.`,
          en: `The text in ${nextAt} begins in small letters before a name: the start was read as the end of the activity in ${at} (${quote(joined)}), the name as the cell's own value. A PDF turned into Excel often cuts a text at a column edge: correct the row if this is wrong.`,
        }
      : {
          da: `Rækken har en værdi i ${beyondAt} uden overskrift, og ${nextAt} fortsætter aktiviteten i ${at} med små bogstaver: rækken er læst, som om resten af den står én kolonne for langt til højre (aktiviteten ${quote(joined)}). En PDF omsat til Excel forskyder tit en række: ret den, hvis det er forkert.`,
          en: `The row has a value in ${beyondAt} under no header, and ${nextAt} carries on the activity in ${at} in small letters: the row was read as if the rest of it stood one column too far right (the activity ${quote(joined)}). A PDF turned into Excel often shifts a row: correct it if this is wrong.`,
        };
  addCheck(ctx, {
    sheet,
    cell: at,
    field: 'activities.activity',
    value: quote(joined),
    confidence: 0.7,
    reason,
  });
  if (nextField !== undefined && nextField !== 'activity')
    addCheck(ctx, {
      sheet,
      cell: nextAt,
      field: `activities.${nextField}`,
      value: quote(nextValue),
      confidence: 0.7,
      reason,
    });
}
