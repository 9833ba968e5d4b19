// Text as a reader sees it: the characters that show nothing left out. Text copied from a web
// page, Teams, SharePoint, Outlook or a PDF brings characters along that no one sees in the cell —
// zero-width spaces and joiners, soft hyphens (shown only where a line breaks), byte-order marks and
// word joiners — and a reader reads
// "Styregruppe​møde" as "Styregruppemøde" and "1.​marts" as "1. marts". The grid is read past them
// once, before structuring and validation (inspect.ts), so that every reading rule, every value and
// every message sees the text the coordinator sees. A zero-width joiner between two symbols is part
// of an emoji (👨‍👩‍👧) and stays. The marks that set the direction of text stay too: they change the
// order a reader sees characters in (a number written backwards after a right-to-left override
// shows the right way), which the CPR rules read (core/validate/cpr.ts). CPR numbers are judged in
// the text a reader sees, as they were; the package scan still reads the file's own bytes.
//
// A letter written as its base and a combining mark ("a" and a ring above for "å", "e" and an acute
// for "é": text from a Mac, a PDF or a web page in Unicode's decomposed form, NFD) looks the same as
// the one character and is read as it (NFC): "Mål" matches the header "Mål", "Påbegyndt" the status,
// "Søren Ågård" the name a leader already has. Nothing else changes: composition only joins what
// Unicode holds to be the same text (a digit with a mark above stays as it is written).
//
// Text saved in one character set and read in another is read here too (core/mojibake.ts): a text
// that is UTF-8 read as Windows-1252 ("SÃ¸ren KjÃ¦r") as it was meant ("Søren Kjær"), each such
// cell listed (GridSheet.recodedTexts), and each text that lost letters (U+FFFD) listed as it
// stands (GridSheet.lostLetters), so that the rules check them at their cells.

import { sheetOfColumns, type Grid, type GridCell, type GridSheet } from './grid';
import { isCp1252Trail, recodedText } from './mojibake';

/**
 * The characters that show nothing and change nothing a reader sees: soft hyphen, Mongolian vowel
 * separator, zero-width space, non-joiner and joiner, the word joiner and invisible operators, and
 * the byte-order mark.
 */
const INVISIBLE_ALL = /[\u00ad\u180e\u200b\u200c\u2060-\u2064\ufeff]/g;
/** A zero-width joiner beside a letter, a digit, white space or an end: it joins nothing seen. */
const LOOSE_JOINER = /(?<=^|[\p{L}\p{N}\s])\u200d|\u200d(?=$|[\p{L}\p{N}\s])/gu;

/**
 * A combining mark that composes with the letter before it: the diacritical marks (U+0300–U+036F,
 * Latin, Greek and Cyrillic letters), and Arabic's madda and hamza above and below (U+0653–U+0655:
 * alef and a hamza above for "أ", as a Mac or a PDF may write Arabic).
 */
const COMBINING = /[\u0300-\u036f\u0653-\u0655]/u;

/**
 * Whether a text holds a character that shows nothing, or a combining mark (a letter in decomposed
 * form). A loop over the character codes, not the pattern: every text of a workbook passes here,
 * nearly all of them below U+00AD throughout (a call of the pattern cost several times the loop on
 * the 1 MB plan's 108,000 texts).
 */
export function notAsSeen(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xad && readOtherwise(c)) return true;
  }
  return false;
}

/**
 * The characters of readOtherwise as a pattern, for a long text that mostly holds none (a piece of a
 * workbook's XML: core/xlsx/package.ts), where one native search beats the loop.
 */
export const NOT_AS_SEEN_CHARACTER =
  /[\u00ad\u0300-\u036f\u0653-\u0655\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;

/** A character that shows nothing, or a combining mark (see notAsSeen). */
function readOtherwise(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x653 && c <= 0x655) ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200d) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff
  );
}

/**
 * The text without the characters that show nothing, its letters composed (NFC) where it holds a
 * combining mark; the same string when it has neither.
 */
export function visibleText(text: string): string {
  if (!notAsSeen(text)) return text;
  const shown = text.replace(INVISIBLE_ALL, '');
  const joined = shown.indexOf('\u200d') === -1 ? shown : shown.replace(LOOSE_JOINER, '');
  return COMBINING.test(joined) ? joined.normalize('NFC') : joined;
}

const seen = new WeakMap<Grid, Grid>();
/** Grids their reader found none of these characters or marks in (core/xlsx looks at the parts' bytes). */
const asWritten = new WeakSet<Grid>();

/**
 * Marks a grid whose reader knows that no text of it holds a character that shows nothing or a
 * combining mark (the workbook's parts hold none in their bytes): visibleGrid then gives it back without reading its
 * texts (~15 ms for the 1 MB plan's 108,000 texts otherwise).
 */
export function markShownAsWritten(grid: Grid): void {
  asWritten.add(grid);
}

/**
 * The grid with its cells' and notes' texts as a reader sees them. The same object when no text
 * holds such a character (nearly always), and the same object again for the same grid (the pane
 * inspects one grid again and again, and keeps its structuring while the grid stays the same).
 */
export function visibleGrid(grid: Grid): Grid {
  if (asWritten.has(grid)) return grid;
  const known = seen.get(grid);
  if (known !== undefined) return known;
  let changed = false;
  const sheets = grid.sheets.map((sheet) => {
    const next = visibleSheet(sheet);
    if (next !== sheet) changed = true;
    return next;
  });
  const out = changed ? { ...grid, sheets } : grid;
  seen.set(grid, out);
  return out;
}

/**
 * What a text needs: 1 a character that shows nothing or a combining mark, 2 maybe Windows-1252 for
 * UTF-8, 4 a lost letter.
 */
function needs(text: string): number {
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xad) continue;
    if (c >= 0xc2 && c <= 0xf4) {
      if (i + 1 < text.length && isCp1252Trail(text.charCodeAt(i + 1))) out |= 2;
    } else if (c === 0xfffd) out |= 4;
    else if (readOtherwise(c)) out |= 1;
  }
  return out;
}

/** A cell's text as read, and what was done to it (the text before a repair; a lost letter kept). */
interface Seen {
  readonly text: string;
  readonly was?: string;
  readonly lost?: true;
}

function seenText(text: string): Seen | undefined {
  const n = needs(text);
  if (n === 0) return undefined;
  // A character that shows nothing may be a byte of the damage itself (Arabic "ح" is D8 AD, read
  // "Ø" and a soft hyphen): the text as written is turned back first, where it turns back whole.
  const whole = n & 2 && n & 1 ? recodedText(text) : undefined;
  if (whole !== undefined) {
    const out = visibleText(whole);
    return { text: out, was: text, ...(out.indexOf('\ufffd') !== -1 ? { lost: true as const } : {}) };
  }
  const visible = n & 1 ? visibleText(text) : text;
  // A lead byte read as a letter may itself have been written decomposed ("A" + tilde for "Ã").
  const recoded = n & 2 || (visible !== text && needs(visible) & 2) ? recodedText(visible) : undefined;
  const out = recoded ?? visible;
  return {
    text: out,
    ...(recoded !== undefined ? { was: visible } : {}),
    ...((n & 4 || recoded !== undefined) && out.indexOf('\ufffd') !== -1 ? { lost: true as const } : {}),
  };
}

type Recoded = NonNullable<GridSheet['recodedTexts']>[number];
type Lost = NonNullable<GridSheet['lostLetters']>[number];

function visibleSheet(sheet: GridSheet): GridSheet {
  // A comment's text is read as a reader sees it too, and turned back where it is UTF-8 read in a
  // one-byte character set (a tool that wrote the workbook again double-encoded its comments).
  const recodedComments: Recoded[] = [];
  const comments = sheet.comments.some((n) => needs(n.text) !== 0)
    ? sheet.comments.map((n) => {
        const seen = seenText(n.text);
        if (seen === undefined) return n;
        if (seen.was !== undefined) recodedComments.push({ r: n.r, c: n.c, was: n.text });
        return { ...n, text: seen.text };
      })
    : sheet.comments;
  const recoded: Recoded[] = [];
  const lost: Lost[] = [];
  const listed = (): Pick<GridSheet, 'recodedTexts' | 'lostLetters' | 'recodedComments'> => ({
    ...(recoded.length > 0 ? { recodedTexts: recoded } : {}),
    ...(lost.length > 0 ? { lostLetters: lost } : {}),
    ...(recodedComments.length > 0 ? { recodedComments } : {}),
  });
  const columns = sheet.columns;
  if (columns !== undefined) {
    const read = new Map<string, Seen | undefined>();
    for (let i = 0; i < columns.length; i++) {
      const t = columns.type(i) === 's' ? columns.textOf(i) : undefined;
      if (t === undefined || t === '') continue;
      let seen = read.get(t);
      if (seen === undefined && !read.has(t)) {
        seen = seenText(t);
        read.set(t, seen);
      }
      if (seen === undefined) continue;
      const r = columns.r[i] as number;
      const c = columns.c[i] as number;
      if (seen.was !== undefined) recoded.push({ r, c, was: seen.was });
      if (seen.lost) lost.push({ r, c });
    }
    const texts = columns.withTexts((t) => read.get(t)?.text ?? visibleText(t));
    if (texts === columns && comments === sheet.comments && recoded.length === 0 && lost.length === 0)
      return sheet;
    // The sheet's other properties, without reading `cells` (which would make every cell object).
    const rest: Record<string, unknown> = {};
    for (const key of Object.keys(sheet)) if (key !== 'cells') rest[key] = sheet[key as keyof GridSheet];
    return sheetOfColumns(
      { ...(rest as Omit<GridSheet, 'cells' | 'columns'>), comments, ...listed() },
      texts,
    );
  }
  let cells: GridCell[] | undefined;
  sheet.cells.forEach((cell, i) => {
    if (typeof cell.v !== 'string' || cell.t !== 's') return;
    const seen = seenText(cell.v);
    if (seen === undefined) return;
    if (seen.was !== undefined) recoded.push({ r: cell.r, c: cell.c, was: seen.was });
    if (seen.lost) lost.push({ r: cell.r, c: cell.c });
    if (seen.text === cell.v) return;
    cells ??= [...sheet.cells];
    cells[i] = { ...cell, v: seen.text };
  });
  if (cells === undefined && comments === sheet.comments && recoded.length === 0 && lost.length === 0)
    return sheet;
  return { ...sheet, cells: cells ?? sheet.cells, comments, ...listed() };
}
