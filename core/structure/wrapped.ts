// An activity that a PDF converter extracted one row per line of text (Tabula, stream mode): the
// PDF set the table's cells at the bottom, so an activity whose text ran over two or three lines
// stands over two or three rows, its theme (and the first line of its text) on the first, the rest
// of its text on the rows under it, and its responsible, dates and status on the last:
//
//   Ledelse | Styregruppen godkender |           |        |      |
//           | handleplan og budget   | Hanne Dam | 14.08. | 2026 | Gennemført
//
// A row under an activity that has nothing but its text (no responsible, no date, no status), whose
// own text carries the sentence on (it starts with a small letter, or "og", "&") and whose theme
// cell is empty or carries the theme's name on ("Organisering, roller og" over "ansvar"), is that
// activity's next line: its text is joined to the activity's (a word hyphenated at the line's end
// joined as one, normalize.ts joinWrapped) and its values are the activity's, with a check at the
// line that says so. A row read so is no activity of its own.

import type { ActivityFields, DraftRow } from '../draft';
import { a1, parseA1, type GridCell } from '../grid';
import { joinWrapped } from '../normalize';
import type { Theme } from '../spec';
import { addCheck, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { quote } from './messages';
import { displayText } from './sheet';

/** A text that carries a sentence on: it starts with a small letter, or with "og", "&", "+", "-". */
const CONTINUES = /^(?:\p{Ll}|[&+–-]\s)/u;
/** A text that ends a sentence: no line of it runs on. */
const ENDS = /[.!?:]$/u;

/**
 * Whether the row `own` is the next line of the activity `above` (read from the row right above
 * it): `above` has its text and nothing the last line would give (no responsible, no date, no
 * status), the row's activity text carries it on, its theme cell empty or carrying it on too, and
 * the row (or a row of such lines right under it, the third at most) gives the values `above` lacks.
 * Lines of text alone that end without values are a list of activities written in small letters.
 */
export function wrapsOnto(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  colField: ReadonlyMap<number, string>,
  above: DraftRow<ActivityFields>,
): boolean {
  const v = above.values;
  if (v.status !== undefined || v.deadline !== undefined || v.start !== undefined) return false;
  if (v.responsible !== undefined || v.milestone !== undefined) return false;
  if (typeof v.activity !== 'string' || v.activity === '' || ENDS.test(v.activity.trimEnd())) return false;
  let cells = own;
  for (let line = 0; line < 3; line++) {
    const kind = lineKind(cells, colField);
    if (kind !== 'text') return kind === 'last';
    cells = t.view.rowCells(r + line + 1, t.c0, t.c1);
  }
  return false;
}

/** A text that stops short of its end: on a word that joins or leads on ("og", "for", "med"), a comma or a hyphen. */
const UNFINISHED =
  /(?:(?<!\p{L})(?:og|eller|samt|for|med|til|i|på|af|om|at|fra|hos|ved|mellem|under|and|or|of|the|with|to)|[,&+–-])$/iu;

/**
 * Whether the row `own` is the next line of the activity `above` in a table whose cells were set at
 * the top (OCR of a scanned paper plan, ABBYY's or Acrobat's Excel export): `above` gives its values,
 * but its activity's or its theme's text stops short ("Samarbejdsaftale med PPR og", "Organisering,
 * roller og"), and the row holds nothing but text that carries it on ("sundhedsplejen", "ansvar").
 */
export function runsOnBelow(
  t: DetectedTable,
  own: readonly GridCell[],
  colField: ReadonlyMap<number, string>,
  above: DraftRow<ActivityFields>,
  date1904: boolean,
): boolean {
  if (lineKind(own, colField) !== 'text') return false;
  const stopsShort = (field: 'activity' | 'theme'): boolean => {
    const at = above.cells[field];
    const p = at === undefined ? undefined : parseA1(at);
    const cell = p === undefined ? undefined : t.view.cell(p.r, p.c);
    return (
      cell !== undefined && typeof cell.v === 'string' && UNFINISHED.test(displayText(cell, date1904).trim())
    );
  };
  // Each text of the row carries on a text above that stops short.
  for (const cell of own) {
    const field = colField.get(cell.c);
    if ((field === 'activity' || field === 'theme') && !stopsShort(field)) return false;
  }
  return true;
}

/**
 * A row as a line of a wrapped activity: 'text' (its text carries the sentence on, nothing else),
 * 'last' (it carries it on and gives values), or 'no'.
 */
function lineKind(cells: readonly GridCell[], colField: ReadonlyMap<number, string>): 'text' | 'last' | 'no' {
  let carries = false;
  let values = false;
  for (const cell of cells) {
    const field = colField.get(cell.c);
    if (field === undefined) continue;
    if (field !== 'activity' && field !== 'theme') {
      values = true;
      continue;
    }
    if (typeof cell.v !== 'string' || !CONTINUES.test(cell.v.trim())) return 'no';
    if (field === 'activity') carries = true;
  }
  if (!carries) return 'no';
  return values ? 'last' : 'text';
}

/**
 * The activity `above` with its next line `line` (the row read on its own) joined to it: the texts
 * joined, the theme read again from both lines' theme text when the line carries it on, and each
 * value `above` lacks taken from the line, at the line's cells. Checked at the line's text.
 */
export function joinWrappedLine(
  t: DetectedTable,
  above: DraftRow<ActivityFields>,
  line: DraftRow<ActivityFields>,
  own: readonly GridCell[],
  colField: ReadonlyMap<number, string>,
  ctx: Ctx,
  readTheme: (cell: GridCell) => Theme | undefined,
  top = false,
): DraftRow<ActivityFields> {
  const values: Record<string, unknown> = { ...above.values };
  const cells: Record<string, string | undefined> = {
    ...(above.cells as Record<string, string | undefined>),
  };
  const lineCells = line.cells as Record<string, string | undefined>;
  let textCell: GridCell | undefined;
  let themeCell: GridCell | undefined;
  for (const cell of own) {
    const field = colField.get(cell.c);
    if (field === 'activity') textCell = cell;
    else if (field === 'theme') themeCell = cell;
  }
  const lineValues = line.values as Record<string, unknown>;
  for (const field of Object.keys(lineValues)) {
    if (field === 'activity' || field === 'theme') continue;
    if (values[field] !== undefined || lineValues[field] === undefined) continue;
    values[field] = lineValues[field];
    const at = lineCells[field];
    if (at !== undefined) cells[field] = at;
  }
  if (textCell) {
    values.activity = joinWrapped(String(above.values.activity ?? ''), displayText(textCell, ctx.date1904));
    t.view.useCell(textCell);
  }
  // The theme's name over two lines ("Organisering, roller og" / "ansvar"): read from both.
  if (themeCell) {
    const firstAt = cells.theme === undefined ? undefined : parseA1(cells.theme);
    const first = firstAt === undefined ? undefined : t.view.cell(firstAt.r, firstAt.c);
    if (first && typeof first.v === 'string') {
      const joined = joinWrapped(displayText(first, ctx.date1904), displayText(themeCell, ctx.date1904));
      const theme = readTheme({ ...first, v: joined });
      if (theme !== undefined) values.theme = theme;
    }
    t.view.useCell(themeCell);
  }
  if (textCell) {
    const at = a1(textCell.r, textCell.c);
    const text = displayText(textCell, ctx.date1904);
    addCheck(ctx, {
      sheet: t.view.name,
      cell: at,
      field: 'activities.activity',
      value: quote(text),
      confidence: 0.9,
      reason: top
        ? {
            da: `Rækken med ${quote(text)} i ${at} har kun tekst og fortsætter teksten i rækken ovenfor, som stopper midt i: den er læst som aktivitetens næste linje (en skannet plan omsat til Excel).`,
            en: `The row with ${quote(text)} in ${at} holds only text and carries on the text of the row above, which stops short: it was read as the activity's next line (a scanned plan turned into Excel).`,
          }
        : {
            da: `Rækken med ${quote(text)} i ${at} fortsætter teksten i rækken ovenfor, som ikke har ansvarlig, dato eller status: den er læst som aktivitetens næste linje (en PDF omsat til Excel med en række pr. linje), og dens værdier som aktivitetens.`,
            en: `The row with ${quote(text)} in ${at} carries on the text of the row above, which has no responsible, date or status: it was read as the activity's next line (a PDF turned into Excel one row per line), and its values as the activity's.`,
          },
    });
  }
  return {
    values,
    source: above.source,
    cells,
  };
}
