// Statuses and checklist answers written as symbols: ticks (✓ ✔ ☑ ✅ √), dots and circles (● ○ ◐),
// crosses (✗ ✘ ❌) and traffic-light emoji (🟢 🟡 🟠 🔴). A careful reader takes a symbol's meaning
// from the workbook's own legend where there is one ("✓ = Gennemført   ● = I gang   ○ = Ikke
// startet", "🟢 = Ja 🟡 = Delvist 🔴 = Nej"), on the sheet of the value or elsewhere in the
// workbook. Without a legend only a tick is plain (done; a yes), a traffic-light emoji has the usual
// reading of its colour, to be checked (values.ts, checklist.ts), and any other symbol names nothing.

import type { ListId } from '../spec';
import { matchListValue } from '../normalize';
import type { SheetView } from './sheet';
import type { TableArea } from './colours';
import { AreaIndex } from './areas';
import { judgedValueWord, type ValueWord } from './vocab';

/** One symbol character (a few mathematical or punctuation marks coordinators use as symbols too). */
const SYMBOL_CHAR = /^[\p{So}√•]$/u;
/** The text holds a symbol character at all. */
const HAS_SYMBOL = /[\p{So}√•]/u;
/**
 * A cheaper first look, for every text of a workbook: a character outside the ranges that hold no
 * symbol — ASCII and Latin-1 up to ¥, the Latin letters (À to ɏ: × and ÷ are math signs, not
 * symbols) and General Punctuation but its bullet. A Unicode-property class costs several times a
 * plain one, and almost no text of a plan gets past this one (en dashes, quotes and æøå do not).
 */
const BEYOND_PLAIN = /[^\u0000-\u00A5\u00C0-\u024F\u2000-\u2021\u2023-\u206F]/;

/** Whether a text holds a symbol character (SYMBOL_CHAR) anywhere. */
export function holdsSymbol(text: string): boolean {
  return BEYOND_PLAIN.test(text) && HAS_SYMBOL.test(text);
}
/** Emoji presentation and joiner characters, which do not change what a symbol is. */
const INVISIBLE = /[\uFE0E\uFE0F\u200D]/gu;

/** A tick means done / yes to every reader. */
export const TICKS: ReadonlySet<string> = new Set(['✓', '✔', '☑', '✅', '√', '🗸']);

/** The traffic-light emoji and the light each shows. */
export const EMOJI_LIGHTS: ReadonlyMap<string, 'green' | 'amber' | 'red'> = new Map([
  ['🟢', 'green'],
  ['🟩', 'green'],
  ['🟡', 'amber'],
  ['🟨', 'amber'],
  ['🟠', 'amber'],
  ['🟧', 'amber'],
  ['🔴', 'red'],
  ['🟥', 'red'],
]);

/**
 * The symbol a cell's text is, when the text is nothing but one symbol (a character repeated, as
 * "✓✓", counts once); undefined for any text with a letter or digit in it.
 */
export function symbolOf(text: string): string | undefined {
  const t = text.replace(INVISIBLE, '').trim();
  if (t === '' || t.length > 4 || !holdsSymbol(t)) return undefined;
  const chars = [...t];
  const first = chars[0];
  if (first === undefined || chars.length > 2 || !SYMBOL_CHAR.test(first)) return undefined;
  return chars.every((c) => c === first) ? first : undefined;
}

/**
 * The "symbol = meaning" pairs of a legend text, in order: "✓ = Gennemført ● = I gang", "🟢: Ja,
 * 🟡: Delvist", "✗ – Lukket". The meaning runs to the next symbol or separator.
 */
export function symbolPairs(text: string): { symbol: string; words: string }[] {
  if (text.length > 300 || !holdsSymbol(text)) return [];
  const out: { symbol: string; words: string }[] = [];
  const clean = text.replace(INVISIBLE, '');
  const re = /([\p{So}√•])\s*(?:=|:|→|–|—|-)\s*([^\p{So}√•=,;|\n]+)/gu;
  for (const m of clean.matchAll(re)) {
    const symbol = m[1];
    const words = (m[2] ?? '').replace(/[\s·.]+$/u, '').trim();
    if (symbol !== undefined && words !== '') out.push({ symbol, words });
  }
  return out;
}

/**
 * A short code a legend explains, as written in a list cell: one or two characters with no space
 * ("1", "4", "ü" typed in a symbol font such as Wingdings, where the screen shows a tick).
 */
export function codeOf(text: string): string | undefined {
  const t = text.trim();
  return t.length >= 1 && t.length <= 2 && !/\s/.test(t) ? t : undefined;
}

/**
 * The "code = meaning" pairs of a key line: "Status: 1 = ikke startet · 2 = i gang · 3 = gennemført",
 * "A = aflyst; U = udskudt". The parts are split at · , ; | and line breaks; each ends in a code of
 * one or two characters, "=" and the meaning.
 */
export function codePairs(text: string): { symbol: string; words: string }[] {
  if (text.length > 300 || !text.includes('=')) return [];
  const out: { symbol: string; words: string }[] = [];
  for (const part of text.split(/[·•,;|\n]/u)) {
    const m = /(?:^|\s)([^\s=]{1,2})\s*=\s*([^=]+?)[\s.]*$/u.exec(part);
    if (m?.[1] !== undefined && m[2] !== undefined && m[2] !== '') out.push({ symbol: m[1], words: m[2] });
  }
  return out;
}

/** What each symbol means in one list ("status", "answer"), by the legend that says so. */
export type SymbolMeanings = ReadonlyMap<string, string>;

/** The legends of a workbook: by sheet, and over the whole workbook. */
export interface SymbolLegends {
  readonly bySheet: ReadonlyMap<string, ReadonlyMap<ListId, SymbolMeanings>>;
  readonly workbook: ReadonlyMap<ListId, SymbolMeanings>;
  /**
   * Meanings a legend gives only by a word that is a judgement ("👍 = OK"), by judgedKey: a symbol
   * read by them is checked. Absent when another legend gives the same meaning in certain words.
   */
  readonly judged?: ReadonlyMap<string, ValueWord>;
}

function judgedKey(list: ListId, symbol: string, id: string): string {
  return `${list}\u0001${symbol}\u0001${id}`;
}

const LEGEND_LISTS: readonly ListId[] = ['status', 'answer'];
/** Lists whose values a key of codes explains ("1 = ikke startet"); a checklist reads its own codes. */
const CODE_LISTS: readonly ListId[] = ['status'];

/**
 * The symbol legends written anywhere in a workbook: a text pairing at least two symbols with values
 * of one list. A symbol given two meanings (on one sheet, or for the workbook on two sheets) has none.
 */
export function findSymbolLegends(
  views: readonly SheetView[],
  tableAreas: ReadonlyMap<string, readonly TableArea[]> = new Map(),
): SymbolLegends {
  const bySheet = new Map<string, Map<ListId, Map<string, string | null>>>();
  const workbook = new Map<ListId, Map<string, string | null>>();
  const judged = new Map<string, ValueWord | null>();
  const put = (
    into: Map<ListId, Map<string, string | null>>,
    list: ListId,
    symbol: string,
    id: string,
  ): void => {
    const m = into.get(list) ?? new Map<string, string | null>();
    const known = m.get(symbol);
    m.set(symbol, known === undefined || known === id ? id : null);
    into.set(list, m);
  };
  for (const view of views) {
    const areas = new AreaIndex(tableAreas.get(view.name) ?? []);
    // A legend laid out in cells, outside the tables: a code alone in its cell and its meaning in
    // the cell to its right ("ü | Gennemført" over "l | I gang"), one pair per row. The code may be
    // a number, as a sheet of lists numbers a list's values ("3 | Gennemført") for raw data to use.
    const cellPairs: { symbol: string; words: string }[] = [];
    for (const r of view.rows) {
      for (const cell of view.rowCells(r)) {
        if (typeof cell.v === 'number' && Number.isInteger(cell.v) && cell.v >= 0 && cell.v < 100) {
          const next = areas.holds(cell.r, cell.c) ? undefined : view.cell(cell.r, cell.c + 1);
          if (typeof next?.v === 'string' && next.v.length <= 40)
            cellPairs.push({ symbol: String(cell.v), words: next.v.trim() });
          continue;
        }
        if (typeof cell.v !== 'string' || cell.v.length > 300) continue;
        // Spaces around a code change nothing Excel shows ("ü  " in Wingdings is the tick).
        const code = cell.v.length <= 12 ? codeOf(cell.v) : undefined;
        if (code !== undefined && !areas.holds(cell.r, cell.c)) {
          const next = view.cell(cell.r, cell.c + 1);
          if (typeof next?.v === 'string' && next.v.length <= 40)
            cellPairs.push({ symbol: code, words: next.v.trim() });
        }
        const symbols = holdsSymbol(cell.v);
        const pairs = symbols ? symbolPairs(cell.v) : codePairs(cell.v);
        if (pairs.length < 2) continue;
        for (const list of symbols ? LEGEND_LISTS : CODE_LISTS) {
          const read = pairs
            .map((p) => ({ symbol: p.symbol, words: p.words, id: matchListValue(list, p.words) }))
            .filter((p): p is { symbol: string; words: string; id: string } => p.id !== undefined);
          if (read.length < 2) continue;
          const sheet = bySheet.get(view.name) ?? new Map<ListId, Map<string, string | null>>();
          bySheet.set(view.name, sheet);
          for (const p of read) {
            put(sheet, list, p.symbol, p.id);
            put(workbook, list, p.symbol, p.id);
            const word = judgedValueWord(list, p.words);
            const key = judgedKey(list, p.symbol, p.id);
            if (word?.id === p.id) {
              if (judged.get(key) !== null) judged.set(key, { ...word, text: p.words });
            } else judged.set(key, null);
          }
        }
      }
    }
    for (const list of CODE_LISTS) {
      const read = cellPairs
        .map((p) => ({ symbol: p.symbol, id: matchListValue(list, p.words) }))
        .filter((p): p is { symbol: string; id: string } => p.id !== undefined);
      if (read.length < 2) continue;
      const sheet = bySheet.get(view.name) ?? new Map<ListId, Map<string, string | null>>();
      bySheet.set(view.name, sheet);
      for (const p of read) {
        put(sheet, list, p.symbol, p.id);
        put(workbook, list, p.symbol, p.id);
      }
    }
  }
  const settled = (m: Map<ListId, Map<string, string | null>>): Map<ListId, SymbolMeanings> => {
    const out = new Map<ListId, SymbolMeanings>();
    for (const [list, meanings] of m) {
      const sure = new Map<string, string>();
      for (const [symbol, id] of meanings) if (id !== null) sure.set(symbol, id);
      if (sure.size > 0) out.set(list, sure);
    }
    return out;
  };
  const sheets = new Map<string, ReadonlyMap<ListId, SymbolMeanings>>();
  for (const [name, m] of bySheet) sheets.set(name, settled(m));
  const judgedOnly = new Map<string, ValueWord>();
  for (const [key, word] of judged) if (word) judgedOnly.set(key, word);
  return {
    bySheet: sheets,
    workbook: settled(workbook),
    ...(judgedOnly.size > 0 ? { judged: judgedOnly } : {}),
  };
}

/** The judgement word a legend gave a symbol's meaning by ("👍 = OK"), when it gave it only so. */
export function symbolJudgement(
  legends: SymbolLegends | undefined,
  list: ListId,
  symbol: string,
  id: string,
): ValueWord | undefined {
  return legends?.judged?.get(judgedKey(list, symbol, id));
}

/** What a symbol means in a list on a sheet: the sheet's own legend first, then the workbook's. */
export function symbolMeaning(
  legends: SymbolLegends | undefined,
  sheet: string,
  list: ListId,
  symbol: string,
): string | undefined {
  if (!legends) return undefined;
  return legends.bySheet.get(sheet)?.get(list)?.get(symbol) ?? legends.workbook.get(list)?.get(symbol);
}
