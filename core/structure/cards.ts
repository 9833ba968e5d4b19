// An activity written whole in one cell as labelled lines, as a coordinator keeps a plan as "cards"
// in one column ("Tema: Ledelse⏎Akt.: Styregruppemøde⏎Ansv.: Henrik Thygesen⏎Frist: uge45⏎Status:
// igang"). Each line's label names a field of the plan table, in full or cut short with a full stop
// ("Akt.", "Ansv."); the cell then gives each field its line names, not the whole text as the activity.

import { normalizeText } from '../normalize';
import { scoreHeader, vocabOf } from './vocab';

/** The fields a card's line may name. */
export const CARD_FIELDS = [
  'theme',
  'activity',
  'milestone',
  'start',
  'deadline',
  'responsible',
  'status',
] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export interface ActivityCard {
  /** Each field named by a line, with the text after its label. */
  readonly fields: Readonly<Partial<Record<CardField, string>>>;
  /** The lines had lost their breaks: each was found where a label follows the text before it. */
  readonly glued?: true;
}

const LINE = /^\s*([\p{L}][\p{L}.\s/&-]{0,30}?)\s*:\s*(\S.*?)\s*$/u;

const isCardField = (f: string): f is CardField => (CARD_FIELDS as readonly string[]).includes(f);

/** Every word of the plan table's field names, by field (for labels cut short: "Akt." is Aktivitet). */
let wordsByField: ReadonlyMap<CardField, readonly string[]> | undefined;
function fieldWords(): ReadonlyMap<CardField, readonly string[]> {
  if (wordsByField) return wordsByField;
  const out = new Map<CardField, string[]>();
  for (const term of vocabOf('activities').fields) {
    if (!isCardField(term.field)) continue;
    const words = [term.label.da, term.label.en, ...term.aliases].flatMap((t) =>
      normalizeText(t).split(/[^\p{L}]+/u),
    );
    out.set(term.field, [...(out.get(term.field) ?? []), ...words.filter((w) => w.length >= 3)]);
  }
  wordsByField = out;
  return out;
}

/** The field a card line's label names: a known name ("Ansvarlig", "Frist"), or one cut short ("Akt."). */
export function cardLabel(label: string): CardField | undefined {
  const best = scoreHeader(label).get('activities')?.[0];
  if (best && best.score >= 0.75 && isCardField(best.field)) return best.field;
  // Cut short with a full stop: the one field one of whose words begins so.
  const m = /^(\p{L}{3,})\.$/u.exec(label.trim());
  if (!m) return undefined;
  const stem = normalizeText(m[1] ?? '');
  const fields = [...fieldWords()].filter(([, words]) => words.some((w) => w.startsWith(stem)));
  return fields.length === 1 ? fields[0]?.[0] : undefined;
}

/**
 * The fields of a cell of labelled lines, or undefined when the cell is not such a card: at least
 * three lines must each name a different field (one of them the activity), and every line must be
 * labelled (a free line would be a description the card does not place). A cell of one line whose
 * labelled lines lost their breaks ("Tema: LedelseAkt.: StyregruppemødeAnsv.: Henrik", as
 * LibreOffice gives back a cell it saved in .ods) is such a card too, split where a field's label
 * follows the text before it with no space (`glued`).
 */
export function activityCard(text: string): ActivityCard | undefined {
  if (!text.includes('\n')) {
    const lines = gluedLines(text);
    const fields = lines && cardFields(lines);
    return fields ? { fields, glued: true } : undefined;
  }
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const fields = cardFields(lines);
  return fields ? { fields } : undefined;
}

function cardFields(lines: readonly string[]): Partial<Record<CardField, string>> | undefined {
  if (lines.length < 3) return undefined;
  const fields: Partial<Record<CardField, string>> = {};
  let last: CardField | undefined;
  for (const line of lines) {
    const m = LINE.exec(line);
    const field = m ? cardLabel(m[1] ?? '') : undefined;
    // A value too long for its line, wrapped onto the next ("Akt.: Aftale med skolerne" / "om
    // henvisning"): a free line that begins in lower case, under a labelled one, goes on with its
    // value (so does one that begins with a figure: "LAT-kursus for" / "4 nye mentorer"). A free line
    // in capitals is a description the card does not place.
    if (
      !field &&
      last !== undefined &&
      /^[\p{Ll}\d]/u.test(line) &&
      !(m && cardLabel(m[1] ?? '') !== undefined)
    ) {
      fields[last] = `${fields[last] ?? ''} ${line}`;
      continue;
    }
    if (!m || !field || fields[field] !== undefined) return undefined;
    fields[field] = m[2] ?? '';
    last = field;
  }
  if (fields.activity === undefined || Object.keys(fields).length < 3) return undefined;
  return fields;
}

/** A capital right after a letter, a digit or a closing mark, with a colon not far after. */
const GLUED_LABEL = /(?<=[\p{L}\d).!?])(?=\p{Lu}[\p{L}.\s/&-]{0,30}:)/gu;

/**
 * The lines of a one-line cell whose labelled lines lost their breaks: cut where a field's label
 * (a known name, or one cut short: "Akt.") begins right after the text before it. Undefined for a
 * cell with fewer than three colons (the cheap first test) or no such place.
 */
function gluedLines(text: string): string[] | undefined {
  const first = text.indexOf(':');
  const second = first < 0 ? -1 : text.indexOf(':', first + 1);
  if (second < 0 || text.indexOf(':', second + 1) < 0) return undefined;
  const cuts = [...text.matchAll(GLUED_LABEL)]
    .map((m) => m.index)
    .filter((i) => {
      const m = LINE.exec(text.slice(i));
      return m !== null && cardLabel(m[1] ?? '') !== undefined;
    });
  // After a capital ("i PPRAnsv.: …") the label begins at the last capital that starts one: two
  // cuts with no colon between them are one label's, the later kept.
  const kept: number[] = [];
  for (const at of cuts) {
    const last = kept[kept.length - 1];
    if (last !== undefined && !text.slice(last, at).includes(':')) kept[kept.length - 1] = at;
    else kept.push(at);
  }
  if (kept.length < 2) return undefined;
  return [0, ...kept].map((at, i, all) => text.slice(at, all[i + 1]).trim());
}
