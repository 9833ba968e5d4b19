// Status as a colour. Coordinators colour a status column (or the activity cell, or the whole row) as
// traffic lights, sometimes with a legend somewhere in the workbook ("Grøn = gennemført, Gul = i
// gang, Rød = ikke startet", a row of coloured cells beside words, a "Farvekode:" line) and sometimes
// without. Colours are told by hue, never by exact RGB: greens, yellows/ambers/oranges and reds each
// come in many shades (Excel's "Good/Neutral/Bad" pastels, the standard colours, theme tints).
//
// A legend is read where it is written: text naming a colour and a status, or a coloured cell beside
// a status word. Without a legend the usual reading (green done, yellow in progress, red not started)
// is proposed with a low confidence, and the coordinator is asked to check it.

import type { Label, Status } from '../spec';
import { matchListValue, normalizeText } from '../normalize';
import type { GridCell, GridIcon } from '../grid';
import { displayText, type SheetView } from './sheet';
import { mayBeLabel } from './labels';
import { readListValue } from './values';
import { AreaIndex } from './areas';

/** The three traffic-light classes. Amber covers yellows, golds and oranges. */
export type Light = 'green' | 'amber' | 'red';

/** The class of a colour by its hue, or undefined for a colour that is no traffic light. */
export function lightOf(hex: string | undefined): Light | undefined {
  if (hex === undefined || !/^[0-9A-Fa-f]{6}$/.test(hex)) return undefined;
  const r = parseInt(hex.slice(0, 2), 16) / 255;
  const g = parseInt(hex.slice(2, 4), 16) / 255;
  const b = parseInt(hex.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return undefined;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  // Greys, near-whites and near-blacks carry no hue a reader would name (banding, borders, text).
  if (s < 0.25 || l > 0.94 || l < 0.12 || d < 0.12) return undefined;
  let h: number;
  if (max === r) h = ((g - b) / d + (g < b ? 6 : 0)) * 60;
  else if (max === g) h = ((b - r) / d + 2) * 60;
  else h = ((r - g) / d + 4) * 60;
  if (h < 16 || h >= 335) return 'red';
  if (h < 68) return 'amber';
  if (h < 165) return 'green';
  return undefined;
}

const LIGHT_WORDS: readonly { light: Light; words: readonly string[] }[] = [
  {
    light: 'green',
    words: ['grøn', 'grønt', 'grønne', 'green', 'lysegrøn', 'mørkegrøn', 'light green', 'dark green', 'g'],
  },
  {
    light: 'amber',
    words: ['gul', 'gult', 'gule', 'yellow', 'amber', 'orange', 'ravgul', 'lysegul', 'gylden', 'a', 'y'],
  },
  { light: 'red', words: ['rød', 'rødt', 'røde', 'red', 'lyserød', 'mørkerød', 'r'] },
];

/** A cheap first look: the text may name a colour (most cells of a plan do not). */
const MAY_NAME_COLOUR = /gr(?:ø|o|oe)n|gul|gyld|r(?:ø|o|oe)d|green|yellow|amber|orange|red/i;

const WORD_LIGHT = new Map<string, Light>(
  LIGHT_WORDS.flatMap(({ light, words }) => words.map((w) => [normalizeText(w), light] as const)),
);

/** The light a text names ("Grøn", "rødt", "Amber", and in a RAG column "G"/"A"/"R"). */
export function lightWord(text: string, letters = false): Light | undefined {
  if (text.length > 20) return undefined;
  const key = letters ? `\u0000${text}` : text;
  const hit = lightWordCache.get(key);
  if (hit !== undefined || lightWordCache.has(key)) return hit;
  const light = lightWordUncached(text, letters);
  if (lightWordCache.size > 5000) lightWordCache.clear();
  lightWordCache.set(key, light);
  return light;
}

const lightWordCache = new Map<string, Light | undefined>();

function lightWordUncached(text: string, letters: boolean): Light | undefined {
  // Hot (every status cell): most texts name no colour, and a colour word is short.
  if (text.length > 20 || (!MAY_NAME_COLOUR.test(text) && !(letters && text.trim().length === 1)))
    return undefined;
  const n = normalizeText(text).replace(/[.:!]+$/u, '');
  if (n.length === 1 && !letters) return undefined;
  return WORD_LIGHT.get(n);
}

/** Icon sets of three coloured icons, lowest first red, then yellow, then green (✖ ! ✔, flags, signs). */
const LIGHT_ICON_SETS: ReadonlySet<string> = new Set([
  '3TrafficLights1',
  '3TrafficLights2',
  '3Signs',
  '3Symbols',
  '3Symbols2',
  '3Flags',
]);
const ICON_LIGHTS: readonly Light[] = ['red', 'amber', 'green'];

/** The traffic light an icon of a conditional format's icon set shows, for a set of three coloured icons. */
export function iconLight(icon: GridIcon): Light | undefined {
  return LIGHT_ICON_SETS.has(icon.set) && icon.count === 3 ? ICON_LIGHTS[icon.index] : undefined;
}

/** The usual reading of traffic lights when no legend says otherwise. */
export const USUAL_READING: Readonly<Record<Light, Status>> = {
  green: 'done',
  amber: 'in_progress',
  red: 'not_started',
};

/** A legend's status word that is a judgement ("Grøn = OK"): the word, and why it is one. */
export interface LegendWord {
  readonly text: string;
  readonly confidence: number;
  readonly why?: Label;
}

export interface LegendEntry {
  readonly status: Status;
  /** The legend's word, when it names the status only as a judgement ("OK", "Afventer"). */
  readonly word?: LegendWord;
  /** The legend cell's own colour, when the legend is a coloured cell ("RRGGBB"). */
  readonly rgb?: string;
  /** Where the legend says it. */
  readonly sheet: string;
  readonly cell: string;
}

/** What the workbook says the colours mean: each light's status, when a legend says so. */
export interface Legend {
  readonly byLight: ReadonlyMap<Light, LegendEntry>;
  /**
   * Swatches of colours that are no traffic light (grey = Aflyst, blue = Udskudt) by their exact
   * colour ("RRGGBB", upper case): only the very colour of the swatch is read so.
   */
  readonly byRgb: ReadonlyMap<string, LegendEntry>;
  /** Rows that are lines of a legend, by sheet: they are not plan rows. */
  readonly rows: ReadonlyMap<string, ReadonlySet<number>>;
  /** The legend's own cells (its words and swatches), by sheet (key: cellKey). */
  readonly cells: ReadonlyMap<string, ReadonlySet<number>>;
}

export const NO_LEGEND: Legend = { byLight: new Map(), byRgb: new Map(), rows: new Map(), cells: new Map() };

function cellKey(r: number, c: number): number {
  return r * 20_000 + c;
}

/** Whether a cell is part of the legend (a word or a swatch of it). */
export function isLegendCell(legend: Legend, sheet: string, r: number, c: number): boolean {
  return legend.cells.get(sheet)?.has(cellKey(r, c)) === true;
}

/**
 * Whether row r of a sheet is a line of the legend. With the row's cells: only when every one of
 * them is the legend's (a legend written beside the table shares its rows with activities).
 */
export function isLegendRow(legend: Legend, sheet: string, r: number, own?: readonly GridCell[]): boolean {
  if (legend.rows.get(sheet)?.has(r) !== true) return false;
  return own === undefined || own.every((c) => isLegendCell(legend, sheet, c.r, c.c));
}

const COLOUR_WORD_SOURCE = [...WORD_LIGHT.keys()]
  .filter((w) => w.length > 1)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

const SEPARATOR = '(?:=|:|–|—|-|→|betyder|er|means|is)';

/** "grøn = gennemført", "Rød: ikke startet", "gul betyder i gang", "grøn – færdig" */
const TEXT_ENTRY = new RegExp(
  `(?<![\\p{L}])(${COLOUR_WORD_SOURCE})(?![\\p{L}])\\s*${SEPARATOR}\\s*([^,;=]+?)` +
    `(?=\\s*(?:[,;.]|$|(?:${COLOUR_WORD_SOURCE})(?![\\p{L}])\\s*${SEPARATOR}))`,
  'giu',
);

/** Reads a legend written as text in one cell. */
export function textEntries(text: string): { light: Light; status: Status; word?: LegendWord }[] {
  const out: { light: Light; status: Status; word?: LegendWord }[] = [];
  if (!MAY_NAME_COLOUR.test(text)) return out;
  const n = normalizeText(text);
  for (const m of n.matchAll(TEXT_ENTRY)) {
    const light = WORD_LIGHT.get(m[1] ?? '');
    const status = statusOf(m[2] ?? '');
    const word = status ? judgedWord(m[2] ?? '', status) : undefined;
    if (light && status) out.push({ light, status, ...(word ? { word } : {}) });
  }
  return out;
}

/**
 * A legend's status word that names the status only as a judgement — a word the vocabulary reads
 * with less than certainty ("OK" = Gennemført? or "going well"; "Afventer"; "Udskudt"): the colours
 * read by it are checked too.
 */
function judgedWord(text: string, status: Status): LegendWord | undefined {
  const t = text.trim().replace(/[.:!]+$/u, '');
  const read = t === '' || t.length > 30 ? undefined : readListValue('status', t);
  if (!read || read.confidence >= 1 || read.rest !== undefined || read.id !== status) return undefined;
  return { text: t, confidence: read.confidence, ...(read.why ? { why: read.why } : {}) };
}

/** A status word of a legend: a label or synonym, or a value word read with certainty ("Udgået"). */
function statusOf(text: string): Status | undefined {
  const t = text.trim().replace(/[.:!]+$/u, '');
  if (t === '') return undefined;
  const exact = matchListValue('status', t) as Status | undefined;
  if (exact || t.length > 30) return exact;
  const read = readListValue('status', t);
  return read && read.confidence === 1 && read.rest === undefined ? (read.id as Status) : undefined;
}

const LEGEND_LABEL =
  /^(?:farvekode|farvekoder|farveforklaring|forklaring|signaturforklaring|signatur|legend|colour code|color code|colour key|color key|key)\b/u;

/** Rows under a "Farvekode:" label that may hold the legend's lines. */
const LEGEND_SPAN = 8;

/**
 * Finds the legend of a workbook: text cells that pair colour words with statuses ("Grøn =
 * gennemført, Gul = i gang"), a colour word beside a status word, and coloured cells beside a status
 * word (or holding it). Coloured cells inside a plan table (`tableAreas`, by sheet) are its data,
 * not a legend, unless they stand under a legend label ("Farvekode:"). A light mapped to two
 * statuses is no legend for that light, and a legend says what at least two lights mean.
 */
export function findLegend(
  views: readonly SheetView[],
  tableAreas: ReadonlyMap<string, readonly TableArea[]>,
): Legend {
  const found = new Map<Light, LegendEntry[]>();
  const foundRgb = new Map<string, LegendEntry[]>();
  const rows = new Map<string, Set<number>>();
  const cells = new Map<string, Set<number>>();
  const markRow = (sheet: string, r: number): void => {
    const set = rows.get(sheet) ?? new Set<number>();
    set.add(r);
    rows.set(sheet, set);
  };
  const markCell = (sheet: string, r: number, c: number): void => {
    const set = cells.get(sheet) ?? new Set<number>();
    set.add(cellKey(r, c));
    cells.set(sheet, set);
  };
  const add: AddEntry = (light, entry, r, at) => {
    if (light === undefined) {
      if (entry.rgb === undefined) return;
      const key = entry.rgb.toUpperCase();
      foundRgb.set(key, [...(foundRgb.get(key) ?? []), entry]);
    } else {
      const list = found.get(light) ?? [];
      list.push(entry);
      found.set(light, list);
    }
    markRow(entry.sheet, r);
    for (const c of at) markCell(entry.sheet, r, c);
  };
  for (const view of views) {
    // The sheet's table areas looked up once (a lookup and a closure per row and cell was hot).
    const areas = new AreaIndex(tableAreas.get(view.name) ?? []);
    let labelRow = -Infinity;
    // Index loops: every row of every sheet, in a function that runs once (for-of makes an object
    // per step until the engine optimises).
    for (let k = 0; k < view.rows.length; k++) {
      const r = view.rows[k] as number;
      const underLabel = r - labelRow <= LEGEND_SPAN;
      // A row of the plan's data (several values inside a table) holds no legend line (told without
      // the row's cells made as objects).
      const dataRow =
        !underLabel &&
        view.rowLength(r) > 2 &&
        areas.holds(r, view.firstColumn(r)) &&
        !view.rowMayHoldLabel(r);
      if (dataRow) continue;
      const row = view.rowCells(r);
      for (let i = 0; i < row.length; i++) {
        const cell = row[i] as GridCell;
        if (typeof cell.v !== 'string') continue;
        const text = cell.v;
        const labelled = mayBeLabel(text) && LEGEND_LABEL.test(normalizeText(text));
        if (labelled) {
          labelRow = r;
          markRow(view.name, r);
          markCell(view.name, r, cell.c);
        }
        const entries = text.length <= 300 ? textEntries(text) : [];
        if (entries.length > 0) {
          // In a table's data, one "colour: status" counts on a line of its own (a legend line).
          const alone = row.length === 1;
          if (entries.length >= 2 || labelled || underLabel || alone || !areas.holds(r, cell.c)) {
            const at = view.a1(cell.r, cell.c);
            for (const e of entries)
              add(
                e.light,
                { status: e.status, sheet: view.name, cell: at, ...(e.word ? { word: e.word } : {}) },
                r,
                [cell.c],
              );
          }
          continue;
        }
        if (text.length > 40 || (!underLabel && areas.holds(r, cell.c))) continue;
        legendPair(view, row, cell, text, r, add);
      }
    }
  }
  const byLight = new Map<Light, LegendEntry>();
  for (const [light, list] of found) {
    const statuses = new Set(list.map((e) => e.status));
    const first = list[0];
    if (statuses.size === 1 && first) byLight.set(light, first);
  }
  const byRgb = new Map<string, LegendEntry>();
  for (const [rgb, list] of foundRgb) {
    const statuses = new Set(list.map((e) => e.status));
    const first = list[0];
    if (statuses.size === 1 && first) byRgb.set(rgb, first);
  }
  // A legend says what at least two lights mean (other colours only beside them); its lines are no
  // plan rows either way.
  const real = byLight.size >= 2;
  return { byLight: real ? byLight : new Map(), byRgb: real ? byRgb : new Map(), rows, cells };
}

/** A table's data area on its sheet (rows firstRow..lastRow, columns c0..c1, inclusive). */
export interface TableArea {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

/** Records a legend entry (a light's, or an exact colour's when `light` is undefined) and its cells. */
type AddEntry = (light: Light | undefined, entry: LegendEntry, r: number, cols: readonly number[]) => void;

/** "Grøn" | "Gennemført" (a colour word beside a status word), or a status word in or beside a swatch. */
function legendPair(
  view: SheetView,
  row: readonly GridCell[],
  cell: GridCell,
  text: string,
  r: number,
  add: AddEntry,
): void {
  const wordLight = lightWord(text);
  if (wordLight) {
    const right = row.find((x) => x.c === cell.c + 1);
    const rightText = right ? displayText(right, view.date1904) : '';
    const rightStatus = right ? statusOf(rightText) : undefined;
    const word = rightStatus ? judgedWord(rightText, rightStatus) : undefined;
    if (rightStatus)
      add(
        wordLight,
        { status: rightStatus, sheet: view.name, cell: view.a1(cell.r, cell.c), ...(word ? { word } : {}) },
        r,
        [cell.c, cell.c + 1],
      );
    return;
  }
  if (!view.hasFills) return;
  const status = statusOf(text);
  if (!status) return;
  const word = judgedWord(text, status);
  const at = (c: number): { c: number; fill: string } | undefined => {
    const fill = view.fillAt(r, c);
    return fill === undefined ? undefined : { c, fill };
  };
  const fills = [at(cell.c), at(cell.c - 1), at(cell.c + 1)].filter((x) => x !== undefined);
  const swatch = fills.find((f) => lightOf(f.fill) !== undefined);
  const entry = (f: { fill: string }): LegendEntry => ({
    status,
    ...(word ? { word } : {}),
    rgb: f.fill,
    sheet: view.name,
    cell: view.a1(cell.r, cell.c),
  });
  if (swatch) {
    add(lightOf(swatch.fill), entry(swatch), r, [cell.c, swatch.c]);
    return;
  }
  // A swatch of another colour (grey = Aflyst): an empty cell beside the word, filled with a colour
  // that is neither white nor near-white. Only its very colour is read so.
  const other = fills.find((f) => f.c !== cell.c && view.cell(r, f.c) === undefined && !nearWhite(f.fill));
  if (other) add(undefined, entry(other), r, [cell.c, other.c]);
}

function nearWhite(hex: string): boolean {
  if (!/^[0-9A-Fa-f]{6}$/.test(hex)) return true;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return Math.min(r ?? 255, g ?? 255, b ?? 255) >= 240;
}

export interface ColourReading {
  readonly status: Status;
  /** The traffic light of the colour; undefined for a legend's colour of another kind (grey). */
  readonly light?: Light;
  /** 1 when a legend says so and the colour is the legend's own; lower otherwise. */
  readonly confidence: number;
  readonly from: 'legend' | 'column' | 'usual';
  /** The legend's word, when it names the status only as a judgement. */
  readonly word?: LegendWord;
}

/**
 * The status a colour stands for: by the legend when there is one (certain when the legend's swatch
 * is the very colour), by what the same column says in words next to the same colour (`learned`),
 * else the usual reading with a low confidence.
 */
export function readColour(
  hex: string,
  legend: Legend,
  learned: ReadonlyMap<Light, Status> | undefined,
): ColourReading | undefined {
  const exact = legend.byRgb.get(hex.toUpperCase());
  if (exact)
    return {
      status: exact.status,
      light: lightOf(hex),
      confidence: exact.word?.confidence ?? 1,
      from: 'legend',
      ...(exact.word ? { word: exact.word } : {}),
    };
  const light = lightOf(hex);
  if (!light) return undefined;
  return readLight(light, legend, learned, hex);
}

export function readLight(
  light: Light,
  legend: Legend,
  learned: ReadonlyMap<Light, Status> | undefined,
  hex?: string,
): ColourReading {
  const entry = legend.byLight.get(light);
  if (entry) {
    const exact =
      entry.rgb === undefined || hex === undefined || entry.rgb.toUpperCase() === hex.toUpperCase();
    return {
      status: entry.status,
      light,
      confidence: Math.min(exact ? 1 : 0.9, entry.word?.confidence ?? 1),
      from: 'legend',
      ...(entry.word ? { word: entry.word } : {}),
    };
  }
  const known = learned?.get(light);
  if (known) return { status: known, light, confidence: 0.8, from: 'column' };
  return { status: USUAL_READING[light], light, confidence: 0.5, from: 'usual' };
}

const LIGHT_NAMES: Readonly<Record<Light, { da: string; en: string }>> = {
  green: { da: 'grøn', en: 'green' },
  amber: { da: 'gul', en: 'yellow' },
  red: { da: 'rød', en: 'red' },
};

export function lightName(light: Light): { da: string; en: string } {
  return LIGHT_NAMES[light];
}

// --- Which cells of a plan table carry its status as a colour --------------------------------------

/** Where a table's rows have their status colour: a column, or the whole row. */
export interface ColourSource {
  /** The column whose fill is the status; undefined when whole rows are coloured. */
  readonly col?: number;
  /** What the table says in words beside each light (learned from its status column). */
  readonly learned: ReadonlyMap<Light, Status>;
  readonly legend: Legend;
  /** The colour of row r's status ("RRGGBB"), if it has one. */
  readonly at: (r: number) => string | undefined;
}

export interface ColourColumns {
  readonly status?: number;
  readonly activity?: number;
  /** Columns that are mapped to a field (other than status). */
  readonly mapped: ReadonlySet<number>;
  readonly c0: number;
  readonly c1: number;
}

/**
 * Finds where a plan table keeps its status as a colour: its status column, an unheaded column of
 * coloured cells without values, the activity cell, or the whole row, in that order. Alternating
 * row banding, header fills and table styles are not statuses: a column counts when its colours are
 * traffic lights of at least two kinds, or of kinds a legend names, or (the status column) coloured
 * where the rest of the row is not.
 */
export function planColours(
  view: SheetView,
  rows: readonly number[],
  cols: ColourColumns,
  legend: Legend,
): ColourSource | undefined {
  if (!view.hasFills || rows.length === 0) return undefined;
  // Only rows with a filled cell can hold a light (hot on a large plan coloured only in its header):
  // every reading of a colour below looks at these; the count of values in a column at all rows.
  const filledRows = rows.filter((r) => view.rowHasFill(r));
  const learned = learnFromColumn(view, filledRows, cols.status);
  const banded = (r: number, c: number, fill: string): boolean => {
    const others = view.rowCells(r, cols.c0, cols.c1).filter((x) => x.c !== c);
    if (others.length < 2) return false;
    const same = others.filter((x) => view.fillAt(r, x.c) === fill).length;
    return same / others.length >= 0.75;
  };
  const lightsOf = (c: number): { all: Set<Light>; own: Set<Light> } => {
    const all = new Set<Light>();
    const own = new Set<Light>();
    for (const r of filledRows) {
      // The legend's swatches beside the table are no statuses.
      if (isLegendCell(legend, view.name, r, c)) continue;
      const fill = view.fillAt(r, c);
      const light = lightOf(fill);
      if (!light || fill === undefined) continue;
      all.add(light);
      if (!banded(r, c, fill)) own.add(light);
    }
    return { all, own };
  };
  const named = (lights: Set<Light>): boolean =>
    lights.size > 0 && [...lights].every((l) => legend.byLight.has(l));
  const columnSource = (c: number): ColourSource => ({
    col: c,
    learned,
    legend,
    at: (r) => view.fillAt(r, c),
  });

  if (cols.status !== undefined) {
    const { all, own } = lightsOf(cols.status);
    if (all.size >= 2 || own.size >= 1 || named(all)) return columnSource(cols.status);
  }
  // A column without a header of its own: coloured cells, hardly any values.
  for (let c = cols.c0; c <= cols.c1 + 1; c++) {
    if (cols.mapped.has(c) || c === cols.status || c === cols.activity) continue;
    const { all } = lightsOf(c);
    if (!(all.size >= 2 || named(all))) continue;
    const values = rows.filter((r) => view.cell(r, c) !== undefined).length;
    if (values <= rows.length * 0.2) return columnSource(c);
  }
  if (cols.activity !== undefined) {
    const { own } = lightsOf(cols.activity);
    if (own.size >= 2 || (own.size >= 1 && named(own))) return columnSource(cols.activity);
  }
  // Whole rows coloured by their status.
  const rowFill = (r: number): string | undefined => {
    const cells = view.rowCells(r, cols.c0, cols.c1);
    if (cells.length < 2) return undefined;
    const first = view.fillAt(r, cells[0]?.c ?? -1);
    if (first === undefined || !lightOf(first)) return undefined;
    return cells.every((x) => view.fillAt(r, x.c) === first) ? first : undefined;
  };
  const rowLights = new Set<Light>();
  for (const r of filledRows) {
    const light = lightOf(rowFill(r));
    if (light) rowLights.add(light);
  }
  if (rowLights.size >= 2 || named(rowLights)) return { learned, legend, at: rowFill };
  return undefined;
}

/** Lights the status column pairs with one status each in words ("I gang" on yellow). */
function learnFromColumn(
  view: SheetView,
  rows: readonly number[],
  col: number | undefined,
): Map<Light, Status> {
  const seen = new Map<Light, Set<Status>>();
  if (col === undefined) return new Map();
  for (const r of rows) {
    const cell = view.cell(r, col);
    if (!cell) continue;
    const status = statusOf(displayText(cell, view.date1904));
    const light = lightOf(view.fillAt(r, col));
    if (!status || !light) continue;
    const set = seen.get(light) ?? new Set<Status>();
    set.add(status);
    seen.set(light, set);
  }
  const out = new Map<Light, Status>();
  for (const [light, set] of seen) {
    const [only] = [...set];
    if (set.size === 1 && only) out.set(light, only);
  }
  return out;
}
