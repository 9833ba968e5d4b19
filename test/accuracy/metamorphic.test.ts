// The corpus read again after changes a careful reader reads past: the plan moved down and right, an
// empty row put in near the top, the sheets' tabs in the opposite order, trailing spaces, and the spaces between words written as
// non-breaking spaces (pasted from Word or Outlook, Option+Space on a Mac), narrow no-break spaces,
// double spaces, or, in short cells, line breaks (Alt+Enter), and days written as another tool
// writes them ("November 24, 2026" as "24. november 2026", "3/8/2026" as "03/08/2026", "10:14am" as
// "10:14 AM": round 18's exports; a plan with no such text is not read again), or letters in Unicode's
// decomposed form ("å" as "a" and a combining ring above, as a Mac or a PDF may write them). Each is applied to the grid of every
// corpus plan and to the places of its answer key; the reading must score exactly as the plan itself
// does: the same fields right, no silent misread more. A rule that matches a fixed place or a
// pattern written with one plain space fails here for every plan it reads.
//
// The template's lists sheet (found by its marker in A1) stays in place. Not held here (they change
// what a reader sees): an empty column put inside a table whose column
// names live only in the table part (p77: the names are matched to the columns by position), an
// empty row put inside a drop-down's input list (p149: Excel then shows the empty row as the item
// its linked cell names), and empty rows or columns everywhere.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { colName, parseA1, parseRange, type Grid, type GridSheet } from '../../core/grid';
import { inspectGrid } from '../../core/inspect';
import { TEMPLATE_MARKER } from '../../core/spec';
import { readWorkbook } from '../../core/xlsx';
import { parseExpected, type Expected } from './expected';
import { ACCURACY_TODAY, observe } from './observe';
import { CORPUS, corpusNames } from './run';
import { mojibake } from './plans/p151-koebenhavn-mojibake-utf8-laest-som-cp1252';
import { fileTotal, score } from './score';

type Place = (r: number, c: number) => readonly [number, number];

interface Transform {
  readonly place: Place;
  readonly text: (s: string) => string;
  /** The sheets' tabs in the opposite order. */
  readonly reversed?: true;
}

const same: Place = (r, c) => [r, c];

/** The names of the months in a language: January … December, januar … december. */
function monthNames(locale: string): string[] {
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => name.format(Date.UTC(2027, i, 1)));
}
const MONTHS = monthNames('en');
const MÅNEDER = monthNames('da');
/** "November 24, 2026" written "24. november 2026". */
function danishMonthDates(s: string): string {
  return s.replace(
    new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g'),
    (_, m: string, d: string, y: string) => `${d}. ${MÅNEDER[MONTHS.indexOf(m)] ?? m} ${y}`,
  );
}
const asWritten = (s: string): string => s;

const TRANSFORMS: Record<string, Transform> = {
  // Every text saved as UTF-8 and opened as Windows-1252 (a CSV export opened in Danish Excel,
  // p151): read as it was meant (core/mojibake.ts).
  'every text double-encoded (UTF-8 read as Windows-1252)': { place: same, text: mojibake },
  'moved three rows down and two columns right': { place: (r, c) => [r + 3, c + 2], text: asWritten },
  "the sheets' tabs in the opposite order": { place: same, text: asWritten, reversed: true },
  'an empty row after the first': { place: (r, c) => [r >= 1 ? r + 1 : r, c], text: asWritten },
  'an empty row after the second': { place: (r, c) => [r >= 2 ? r + 1 : r, c], text: asWritten },
  'a space after every text': { place: same, text: (s) => (s.trim() === '' ? s : `${s} `) },
  // A space typed or converted before each text: a wrapped word spilled into the next column
  // (spilled.ts) and a task's bullet ("- book lokale": activities.ts isTaskUnder) are still seen.
  'a space before every text': { place: same, text: (s) => (s.trim() === '' ? s : ` ${s}`) },
  'non-breaking spaces': { place: same, text: (s) => s.replace(/ /g, '\u00a0') },
  'narrow no-break spaces': { place: same, text: (s) => s.replace(/ /g, '\u202f') },
  'double spaces': { place: same, text: (s) => s.replace(/ /g, '  ') },
  'line breaks in short cells': { place: same, text: (s) => (s.length <= 25 ? s.replace(/ /g, '\n') : s) },
  // The same day as other tools write it (round 18's exports: Notion's "November 24, 2026",
  // Airtable's "3/8/2026" and "27/7/2026 10:14am"). Only the plans holding such a text are read.
  'English month dates written the Danish way': { place: same, text: danishMonthDates },
  'd/m/yyyy days with leading zeros': {
    place: same,
    text: (s) =>
      s.replace(
        /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
        (_, d: string, m: string, y: string) => `${d.padStart(2, '0')}/${m.padStart(2, '0')}/${y}`,
      ),
  },
  // Characters that show nothing, as text copied from a web page, Teams or a PDF brings them: a
  // zero-width space after each space, a soft hyphen inside each long word, a word joiner and a
  // byte-order mark between words.
  'zero-width spaces after spaces': { place: same, text: (s) => s.replace(/ /g, ' \u200b') },
  'soft hyphens inside long words': {
    place: same,
    text: (s) => s.replace(/(\p{Ll}{4})(\p{Ll}{4,})/gu, '$1\u00ad$2'),
  },
  'word joiners and byte-order marks between words': {
    place: same,
    text: (s) => s.replace(/(\S) (\S)/g, '$1\u2060 \ufeff$2'),
  },
  // A Mac, a PDF or a web page may write "å" as "a" and a combining ring above (Unicode's NFD).
  'letters in decomposed form': { place: same, text: (s) => s.normalize('NFD') },
  'am/pm written as AM/PM after a space': {
    place: same,
    text: (s) => s.replace(/(\d)(am|pm)\b/g, (_, d: string, x: string) => `${d} ${x.toUpperCase()}`),
  },
};

/** Every A1 reference in a text moved as the cells are (the $ signs kept). */
function movedRefs(text: string, place: Place): string {
  return text.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (whole, d1: string, col: string, d2: string, row: string) => {
      const at = parseA1(`${col}${row}`);
      if (at === undefined) return whole;
      const [r, c] = place(at.r, at.c);
      return `${d1}${colName(c)}${d2}${r + 1}`;
    },
  );
}

/**
 * A JSON value with every place moved: objects with a row and a column (`r`, `c`: cells, ranges'
 * ends, fills, icons, notes; a shape's or form control's corners `r`, `c`, `r2`, `c2`, and a
 * control's linked cell and input range as Excel moves them), `cell` (A1), `row` (1-based), the
 * outline's rows; a text cell's value (`v` of `t: 's'`) rewritten.
 */
function moved(x: unknown, t: Transform, key = ''): unknown {
  if (Array.isArray(x)) {
    if (key === 'outline') return (x as [number, number][]).map(([r, level]) => [t.place(r, 0)[0], level]);
    return x.map((y) => moved(y, t));
  }
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  const hasPlace = typeof o.r === 'number' && typeof o.c === 'number';
  const [r, c] = hasPlace ? t.place(o.r as number, o.c as number) : [0, 0];
  // A shape's or control's bottom-right corner, and a control's references (only such objects have it).
  const hasEnd = typeof o.r2 === 'number' && typeof o.c2 === 'number';
  const [r2, c2] = hasEnd ? t.place(o.r2 as number, o.c2 as number) : [0, 0];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (hasPlace && k === 'r') out[k] = r;
    else if (hasPlace && k === 'c') out[k] = c;
    else if (hasEnd && k === 'r2') out[k] = r2;
    else if (hasEnd && k === 'c2') out[k] = c2;
    else if (hasEnd && (k === 'link' || k === 'range') && typeof v === 'string')
      out[k] = movedRefs(v, t.place);
    else if (k === 'cell' && typeof v === 'string') out[k] = movedRefs(v, t.place);
    else if (k === 'row' && typeof v === 'number') out[k] = t.place(v - 1, 0)[0] + 1;
    // A plan laid on its side: the activity's column (letters) moves as the columns do.
    else if (k === 'col' && typeof v === 'string') out[k] = colName(t.place(0, parseA1(`${v}1`)?.c ?? 0)[1]);
    else if (k === 'v' && typeof v === 'string' && o.t === 's') out[k] = t.text(v);
    else out[k] = moved(v, t, k);
  }
  return out;
}

/** Whether the change puts an empty row or column inside a form control's input list. */
function splitsAControlList(grid: Grid, t: Transform): boolean {
  return grid.sheets.some((s) =>
    (s.controls ?? []).some((ctl) => {
      const range = parseRange(
        (ctl.range ?? '').slice((ctl.range ?? '').lastIndexOf('!') + 1).replace(/\$/gu, ''),
      );
      if (!range || !ctl.range) return false;
      const [r0, c0] = t.place(range.s.r, range.s.c);
      const [r1, c1] = t.place(range.e.r, range.e.c);
      return r1 - r0 !== range.e.r - range.s.r || c1 - c0 !== range.e.c - range.s.c;
    }),
  );
}

function isTemplateLists(sheet: GridSheet): boolean {
  return sheet.cells.some((c) => c.r === 0 && c.c === 0 && c.v === TEMPLATE_MARKER);
}

function transformed(grid: Grid, t: Transform): Grid {
  // Through JSON: the grid as any reader of it sees it (its cells, not the intake's columns).
  const plain = JSON.parse(JSON.stringify(grid)) as Grid;
  // The template's lists sheet is the program's own, found by its marker in A1: it stays where the
  // template writes it.
  const sheets = plain.sheets.map((s) => (isTemplateLists(s) ? s : (moved(s, t) as GridSheet)));
  return {
    ...plain,
    sheets: t.reversed ? sheets.reverse() : sheets,
    definedNames: plain.definedNames.map((d) => ({ ...d, value: movedRefs(d.value, t.place) })),
  };
}

interface Plan {
  readonly name: string;
  readonly expected: Expected;
  readonly grid: Grid;
  /** The grid as JSON (what `transformed` starts from). */
  readonly json: string;
}

const plans: Plan[] = corpusNames().map((name) => {
  const expected = parseExpected(JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), 'utf8')));
  const grid = readWorkbook(new Uint8Array(readFileSync(join(CORPUS, expected.file))));
  return { name, expected, grid, json: JSON.stringify(grid) };
});

function scored(p: Plan, grid: Grid, expected: Expected): string {
  const s = score(p.name, expected, observe(inspectGrid(grid, { today: ACCURACY_TODAY })));
  const t = fileTotal(s);
  return `${t.right}/${t.total} right, ${s.silent} silent`;
}

const baseline = new Map(plans.map((p) => [p.name, scored(p, p.grid, p.expected)]));

test('the corpus is there to be transformed', () => {
  expect(plans.length).toBeGreaterThanOrEqual(16);
});

describe.each(Object.entries(TRANSFORMS))('%s', (_, t) => {
  test('every plan reads as it does untouched', () => {
    const changed = plans
      .map((p) => {
        const grid = transformed(p.grid, t);
        // A change of texts that touches none of the plan's cells leaves it as it is: not read again.
        if (t.place === same && !t.reversed && JSON.stringify(grid) === p.json) return undefined;
        // An empty row inside a drop-down's list changes the item it shows: not read again.
        if (splitsAControlList(p.grid, t)) return undefined;
        const got = scored(p, grid, moved(p.expected, t) as Expected);
        return got === baseline.get(p.name) ? undefined : `${p.name}: ${baseline.get(p.name)} → ${got}`;
      })
      .filter((x): x is string => x !== undefined);
    expect(changed).toEqual([]);
  }, 120_000);
});
