// A CSV file opened in an Excel whose list separator is another (a semicolon CSV from a municipal
// system double-clicked in an Excel set to English, whose separator is the comma): nothing is split,
// and every line sits whole in one cell of one column, quotes and all.
//
//   Tema;Aktivitet;Ansvarlig;Frist;Status;Bemærkning
//   Kommunikation;"Møde; forældre og skoler";Mette Holm;15-03-2027;I gang;
//   Opkvalificering;LAT-kursus;Ali Demir;30-04-2027;I gang;"Kurset er flyttet.
//   Ny dato aftalt med VIA"
//
// A careful reader reads the fields the separators mean, as the CSV's own rules (RFC 4180) part
// them: a separator inside quotes is text, a doubled quote one quote, the quotes around a field no
// part of it; a record whose quoted field is still open at the end of its line goes on in the row
// under it (the line break Excel ended the row at). The sheet is read as if the lines had been
// parted into cells (Data › Text to Columns), each record's fields laid in the columns from its own
// cell (which are empty) on the record's first row, and every place is moved back to the line's own
// cell (markdown.ts `placesBack`). Only where the first line is a header (three fields or more, each
// a column's name: a letter first, no figure, not long) with at least two records under it in the same column, each alone in its row,
// each parting into as many fields as the header (a trailing empty field or more allowed). A line
// with fewer fields (half the header's or more: the tool that wrote it left its trailing empty
// fields off) is a record with the missing fields empty, checked at its cell where a field it
// leaves off is one most other records fill; a line of one field ends the records.

import { a1 } from '../grid';
import type { GridCell, GridSheet } from '../grid';
import type { ReadCheck } from '../schema';
import type { MarkdownSheet } from './markdown';

/** The separators a CSV is written with: semicolon (Danish Excel), comma, tab. */
const SEPARATORS = [';', ',', '\t'] as const;

/** A line read as CSV fields; `open`: a quoted field still open at the line's end. */
interface Parsed {
  readonly fields: string[];
  readonly open: boolean;
}

/** One CSV record's fields (RFC 4180), with the separator `sep`. */
export function csvFields(line: string, sep: string): Parsed {
  const fields: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= n) return { fields: [...fields, v], open: true };
        const ch = line[i] as string;
        if (ch === '"') {
          if (line[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += ch;
        i++;
      }
      // Text after the closing quote before the separator belongs to the field (as Excel reads it).
      const next = line.indexOf(sep, i);
      v += next === -1 ? line.slice(i) : line.slice(i, next);
      fields.push(v.trim());
      if (next === -1) return { fields, open: false };
      i = next + sep.length;
    } else {
      const next = line.indexOf(sep, i);
      fields.push((next === -1 ? line.slice(i) : line.slice(i, next)).trim());
      if (next === -1) return { fields, open: false };
      i = next + sep.length;
    }
  }
}

/** The record's fields, the empty ones past `width` dropped; undefined when they are more or fewer. */
function fitted(fields: readonly string[], width: number): string[] | undefined {
  if (fields.length < width) return undefined;
  if (fields.slice(width).some((f) => f !== '')) return undefined;
  return fields.slice(0, width);
}

/** A column's name ending in one number after a space: "Uge 12", "Q2 2027", "Status 2026". */
const NAME_AND_NUMBER = /^\p{L}[^\d"]*\s\d{1,4}$/u;

/** A header line: three fields or more, none empty, none long, no quote left in them. */
function headerFields(text: string, sep: string): string[] | undefined {
  const { fields, open } = csvFields(text, sep);
  if (open) return undefined;
  const named = fields[fields.length - 1] === '' ? fields.slice(0, -1) : fields;
  // A column's name: begins with a letter, holds no figure ("CB: mentor, 8 t/uge, 3 forløb" is a
  // line of a list, not a header).
  if (named.length < 3 || named.some((f) => f.length > 40 || !/^\p{L}[^"]*$/u.test(f))) return undefined;
  // A figure only as a number after a column's name ("Uge 12", "Status 2026"), beside two names with
  // none: a line of a list ("Uge 12: møde, Uge 13: kursus") is no header.
  const plain = named.filter((f) => !/\d/u.test(f));
  if (plain.length < 2 || named.some((f) => /\d/u.test(f) && !NAME_AND_NUMBER.test(f))) return undefined;
  return named;
}

/** The sheet read with its CSV lines parted into cells, or undefined when it holds none. */
export function delimitedSheet(sheet: GridSheet): MarkdownSheet | undefined {
  // Cheap first: a text cell that reads as a header line (read from the sheet's columns when it has
  // them, so that a large sheet's cells are not made for nothing).
  const header = (v: unknown): boolean =>
    typeof v === 'string' &&
    v.length < 400 &&
    SEPARATORS.some((s) => v.indexOf(s) !== v.lastIndexOf(s) && headerFields(v, s) !== undefined);
  const cols = sheet.columns;
  let seen = false;
  if (cols) {
    for (let i = 0; i < cols.length && !seen; i++) seen = cols.type(i) === 's' && header(cols.value(i));
  } else {
    for (let i = 0; i < sheet.cells.length && !seen; i++) seen = header(sheet.cells[i]?.v);
  }
  if (!seen) return undefined;
  const cells = sheet.cells;
  const at = new Map<string, GridCell>();
  const widest = new Map<number, number>();
  for (const cell of cells) {
    at.set(`${cell.r}:${cell.c}`, cell);
    widest.set(cell.r, Math.max(widest.get(cell.r) ?? -1, cell.c));
  }
  // Alone in its row from its own column on (the columns to its right empty).
  const alone = (cell: GridCell): boolean => widest.get(cell.r) === cell.c;
  for (const head of cells) {
    if (typeof head.v !== 'string' || !alone(head)) continue;
    for (const sep of SEPARATORS) {
      if (!head.v.includes(sep)) continue;
      const names = headerFields(head.v, sep);
      if (!names) continue;
      const read = recordsUnder(head, sep, names.length, at, alone, (r) => widest.has(r));
      if (!read || read.records.length < 2) continue;
      return laid(sheet, head, names, read, sep);
    }
  }
  return undefined;
}

interface Records {
  /** Each record: its first row and its fields. */
  readonly records: {
    readonly r: number;
    fields: string[];
    readonly all: readonly string[];
    readonly text: string;
  }[];
  /** The records read with a separator of theirs taken as text (more fields than the header's). */
  readonly irregular: Irregular[];
  /** The records with fewer fields than the header, read with the missing ones empty. */
  readonly short: Short[];
  /** The rows a record went on into (a line break inside a quoted field). */
  readonly continued: number[];
  readonly last: number;
}

/** A record whose line holds more fields than the header: how it was read. */
export interface Irregular {
  readonly r: number;
  /** The fields on the line and in the header. */
  readonly count: number;
  readonly width: number;
  /** The column (0-based from the line's) whose text holds the separator. */
  readonly at: number;
  readonly text: string;
}

/** A record whose line holds fewer fields than the header, with the columns it leaves off that most others fill. */
export interface Short {
  readonly r: number;
  readonly count: number;
  readonly width: number;
  /** The columns (0-based from the line's) left off that most of the other records fill. */
  readonly missing: readonly number[];
}

/**
 * The records with fewer fields than the header, each with the columns it leaves off that most of
 * the other (full) records fill: a field a reader would expect there, to be checked at the line.
 */
function shortLines(
  records: readonly { r: number; fields: readonly string[]; all: readonly string[] }[],
  width: number,
): Short[] {
  const full = records.filter((x) => x.all.length >= width);
  const out: Short[] = [];
  for (const x of records) {
    if (x.all.length >= width) continue;
    const missing: number[] = [];
    for (let i = x.all.length; i < width; i++) {
      const filled = full.filter((y) => (y.fields[i] ?? '') !== '').length;
      if (filled * 2 > full.length) missing.push(i);
    }
    out.push({ r: x.r, count: x.all.length, width, missing });
  }
  return out;
}

/** For each separator outside quotes on a line, in order: whether a space follows it. */
function spacedSeparators(line: string, sep: string): boolean[] {
  const out: boolean[] = [];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && line.startsWith(sep, i)) out.push(/\s/u.test(line[i + sep.length] ?? ''));
  }
  return out;
}

/** What a field looks like: empty, a date, a number, a text. */
function shapeOf(v: string): string {
  if (v === '') return 'empty';
  if (/^\d{1,4}[-./]\d{1,2}(?:[-./]\d{2,4})?$/u.test(v)) return 'date';
  if (/^[\d\s.,%+-]+$/u.test(v)) return 'number';
  return 'text';
}

/**
 * Records with more fields than the header ("…;I gang;ring; mail", "Ledelse;Møde; forældre;…;"): a
 * separator typed in a field without quotes. Each reading that takes the surplus separators as text
 * in one column is held to what the other records' columns look like (a date where they hold dates,
 * a text where texts): the reading that looks most like them is taken, ties to the line as parted
 * (empty fields past the header's width dropped), then to the last column (a remark). A line read
 * otherwise than as parted is listed, to be checked at its cell.
 */
function realign(
  records: { r: number; fields: string[]; all: readonly string[]; text: string }[],
  width: number,
  sep: string,
): Irregular[] {
  if (!records.some((x) => x.all.length > width)) return [];
  const seen: Map<string, number>[] = Array.from({ length: width }, () => new Map<string, number>());
  for (const x of records) {
    if (x.all.length > width + 1 || x.fields.length !== width) continue;
    x.fields.forEach((v, i) => {
      const m = seen[i] as Map<string, number>;
      m.set(shapeOf(v), (m.get(shapeOf(v)) ?? 0) + 1);
    });
  }
  // How much a reading looks like the other records: each value by the share of its column's values
  // of its shape (an empty value fits any column, as any column may be left empty).
  const like = (fields: readonly string[]): number =>
    fields.reduce((sum, v, i) => {
      const m = seen[i] as Map<string, number>;
      let total = 0;
      for (const [shape, n] of m) if (shape !== 'empty') total += n;
      if (v === '' || total === 0) return sum + 1;
      return sum + (m.get(shapeOf(v)) ?? 0) / total;
    }, 0);
  const out: Irregular[] = [];
  for (const x of records) {
    if (x.all.length <= width) continue;
    const parted = fitted(x.all, width);
    let best: { fields: string[]; score: number; at: number | undefined } | undefined =
      parted === undefined ? undefined : { fields: parted, score: like(parted) + 1e-9, at: undefined };
    // The surplus (counting or not the empty fields at the line's end) joined into one column.
    let end = x.all.length;
    const ends = [end];
    while (end > width && x.all[end - 1] === '') ends.push(--end);
    // A separator typed in prose has a space after it ("ring; mail"), where the export's have none:
    // where most of the line's separators have none, a spaced one is the likelier to be text.
    const spaced = spacedSeparators(x.text, sep);
    const prose = spaced.filter(Boolean).length * 2 < spaced.length;
    for (const n of ends) {
      const extra = n - width;
      if (extra <= 0) continue;
      for (let j = width - 1; j >= 0; j--) {
        let text = x.all[j] ?? '';
        let bonus = 0;
        for (let k = j; k < j + extra; k++) {
          const space = spaced[k] === true;
          if (space && prose) bonus += 0.5;
          text += `${sep}${space ? ' ' : ''}${x.all[k + 1] ?? ''}`;
        }
        const fields = [...x.all.slice(0, j), text.trim(), ...x.all.slice(j + extra + 1, n)];
        const score = like(fields) + bonus;
        if (best === undefined || score > best.score + 1e-6) best = { fields, score, at: j };
      }
    }
    if (best === undefined || best.at === undefined) continue;
    x.fields = best.fields;
    out.push({ r: x.r, count: x.all.length, width, at: best.at, text: best.fields[best.at] ?? '' });
  }
  return out;
}

/** The records on the lines under the header, in its column, until a line that is none. */
function recordsUnder(
  head: GridCell,
  sep: string,
  width: number,
  at: ReadonlyMap<string, GridCell>,
  alone: (cell: GridCell) => boolean,
  rowHasCells: (r: number) => boolean,
): Records | undefined {
  const records: { r: number; fields: string[]; all: readonly string[]; text: string }[] = [];
  const continued: number[] = [];
  // Each record's last row, and the last row of the records before the first short one.
  const ends: number[] = [];
  let r = head.r + 1;
  let last = head.r;
  for (;;) {
    // An empty line between records (a blank row) is passed over, as a CSV reader passes it.
    let blanks = 0;
    while (blanks < 2 && at.get(`${r}:${head.c}`) === undefined && !rowHasCells(r)) {
      r++;
      blanks++;
    }
    const cell = at.get(`${r}:${head.c}`);
    if (!cell || typeof cell.v !== 'string' || !alone(cell) || !cell.v.includes(sep)) break;
    let text = cell.v;
    let parsed = csvFields(text, sep);
    let end = r;
    // A quoted field still open: the record goes on in the rows under it (at most five).
    while (parsed.open && end - r < 5) {
      const next = at.get(`${end + 1}:${head.c}`);
      if (!next || typeof next.v !== 'string' || !alone(next)) break;
      text = `${text}\n${next.v}`;
      parsed = csvFields(text, sep);
      end++;
    }
    if (parsed.open) break;
    const all = parsed.fields;
    // Fewer fields than the header's (half or more): the trailing empty fields left off, read empty.
    const fields =
      all.length < width && all.length * 2 >= width
        ? [...all, ...Array.from({ length: width - all.length }, () => '')]
        : fitted(all, width);
    // More fields than the header's: a separator typed in a field without quotes (read below).
    if (!fields && !(all.length > width && all.length <= 2 * width)) break;
    records.push({ r, fields: fields ?? all, all, text });
    for (let k = r + 1; k <= end; k++) continued.push(k);
    ends.push(end);
    last = end;
    r = end + 1;
  }
  // Short lines are records only beside two or more that part into the header's fields exactly
  // (lines of prose part every way); else the records end at the first short one.
  const cut = records.findIndex((x) => x.all.length < width);
  if (cut >= 0 && records.filter((x) => fitted(x.all, width) !== undefined).length < 2) {
    records.length = cut;
    last = cut === 0 ? head.r : (ends[cut - 1] as number);
    const kept = continued.filter((k) => k <= last);
    continued.length = 0;
    continued.push(...kept);
  }
  if (!records.length) return undefined;
  return {
    records,
    continued,
    last,
    irregular: realign(records, width, sep),
    short: shortLines(records, width),
  };
}

/** The sheet with the header's and the records' fields laid in cells from the line's column. */
function laid(
  sheet: GridSheet,
  head: GridCell,
  names: readonly string[],
  read: Records,
  sep: string,
): MarkdownSheet {
  const dropped = new Set<string>();
  const added: GridCell[] = [];
  const lines = new Map<number, { c: number; last: number }>();
  const lay = (r: number, fields: readonly string[]): void => {
    dropped.add(`${r}:${head.c}`);
    fields.forEach((v, i) => {
      if (v !== '') added.push({ r, c: head.c + i, v, t: 's' });
    });
    lines.set(r, { c: head.c, last: head.c + names.length - 1 });
  };
  lay(head.r, names);
  for (const rec of read.records) lay(rec.r, rec.fields);
  for (const r of read.continued) {
    dropped.add(`${r}:${head.c}`);
    lines.set(r, { c: head.c, last: head.c });
  }
  const out = sheet.cells.filter((cell) => !dropped.has(`${cell.r}:${cell.c}`));
  out.push(...added);
  out.sort((a, b) => a.r - b.r || a.c - b.c);
  const { columns: _columns, ...rest } = sheet;
  return {
    sheet: { ...rest, cells: out },
    lines,
    tables: [{ r: head.r, c: head.c, last: read.last }],
    separator: sep,
    ...(read.irregular.length
      ? { irregular: read.irregular.map((x) => ({ ...x, c: head.c, name: names[x.at] ?? '' })) }
      : {}),
    ...(read.short.some((x) => x.missing.length > 0)
      ? {
          short: read.short
            .filter((x) => x.missing.length > 0)
            .map((x) => ({
              r: x.r,
              c: head.c,
              count: x.count,
              width: x.width,
              names: x.missing.map((i) => names[i] ?? ''),
            })),
        }
      : {}),
  };
}

/** The check at a CSV's header line that says how its lines were read. */
export function delimitedTableCheck(
  sheet: string,
  r: number,
  c: number,
  last: number,
  sep: string,
): ReadCheck {
  const cell = a1(r, c);
  const name = sep === '\t' ? 'tabulator' : `"${sep}"`;
  const nameEn = sep === '\t' ? 'tab' : `"${sep}"`;
  return {
    sheet,
    cell,
    field: 'column',
    value: 'CSV',
    confidence: 0.9,
    reason: {
      da: `Linjerne fra ${cell} til række ${last + 1} er en CSV-fil (felter skilt af ${name}), åbnet i et Excel med et andet listeskilletegn, så hver linje står i én celle; de er læst, som om hvert ${name} uden for anførselstegn skilte to celler. Åbn filen med Data › Fra tekst/CSV og vælg ${name} som skilletegn.`,
      en: `The lines from ${cell} to row ${last + 1} are a CSV file (fields parted by ${nameEn}) opened in an Excel with another list separator, so each line stands in one cell; they were read as if each ${nameEn} outside quotes parted two cells. Open the file with Data › From Text/CSV and choose ${nameEn} as the delimiter.`,
    },
  };
}

/** The check at a CSV line read with a separator of its own taken as text (more fields than the header's). */
export function irregularLineCheck(
  sheet: string,
  line: { r: number; c: number; count: number; width: number; name: string; text: string },
  sep: string,
): ReadCheck {
  const cell = a1(line.r, line.c);
  const name = sep === '\t' ? 'tabulator' : `"${sep}"`;
  const nameEn = sep === '\t' ? 'tab' : `"${sep}"`;
  return {
    sheet,
    cell,
    field: 'column',
    value: line.text,
    confidence: 0.6,
    reason: {
      da: `Linjen i ${cell} har ${line.count} felter, men overskriften ${line.width}: et ${name} står i et felt uden anførselstegn. Linjen er læst med "${line.text}" som ét felt (${line.name}), fordi de øvrige linjers kolonner ser sådan ud. Se efter, og sæt feltet i anførselstegn i filen, hvis det er et andet.`,
      en: `The line in ${cell} has ${line.count} fields, but the header ${line.width}: a ${nameEn} stands in a field without quotes. The line was read with "${line.text}" as one field (${line.name}), as the other lines' columns look. Check it, and put the field in quotes in the file if it is another.`,
    },
  };
}

/** The check at a CSV line with fewer fields than the header that leaves off fields the other lines fill. */
export function shortLineCheck(
  sheet: string,
  line: { r: number; c: number; count: number; width: number; names: readonly string[] },
  sep: string,
): ReadCheck {
  const cell = a1(line.r, line.c);
  const name = sep === '\t' ? 'tabulator' : `"${sep}"`;
  const nameEn = sep === '\t' ? 'tab' : `"${sep}"`;
  const fields = line.names.map((n) => `"${n}"`).join(', ');
  return {
    sheet,
    cell,
    field: 'column',
    value: line.names.join(', '),
    confidence: 0.6,
    reason: {
      da: `Linjen i ${cell} har ${line.count} felter, men overskriften ${line.width}: de sidste er læst som tomme, også ${fields}, som de øvrige linjer udfylder. Se efter, om et ${name} mangler i linjen, og udfyld feltet.`,
      en: `The line in ${cell} has ${line.count} fields, but the header ${line.width}: the last were read as empty, ${fields} among them, which the other lines fill. Check whether a ${nameEn} is missing from the line, and fill in the field.`,
    },
  };
}
