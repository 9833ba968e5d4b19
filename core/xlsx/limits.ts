// What a workbook may hold before it is refused. The defaults leave a realistic plan far inside
// every limit: a 5,000-row plan is ~0.3 MB of file, ~2 MB of XML and ~50,000 cells; a 1 MB plan is
// ~24,000 rows, ~10 MB of XML, ~210,000 cells and ~50,000 distinct texts. Every limit is checked
// while reading, so a file that breaks one is refused as soon as the limit is passed, never after
// the whole file was read; the limits that are counted (cells, texts) are also what bounds the
// memory a refused file can take (~40 MB at 500,000 cells).

export interface IntakeLimits {
  /** Size of the file itself. Checked before anything else. */
  readonly maxBytes: number;
  /** Entries in the zip's central directory (a workbook from Excel has 10–100). */
  readonly maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  readonly maxUncompressedBytes: number;
  /** Declared uncompressed size of one entry; also the cap while inflating it. */
  readonly maxEntryUncompressedBytes: number;
  /** Declared uncompressed size ÷ compressed size of one entry (sheet XML is typically 5–30). */
  readonly maxRatio: number;
  /** Entries smaller than this are not held to `maxRatio` (small, repetitive XML compresses well). */
  readonly ratioGraceBytes: number;
  readonly maxSheets: number;
  /**
   * Rows of one sheet that hold a value (empty formatted rows are not counted), wherever they stand
   * in Excel's grid: a stray value in row 600,000 is one row.
   */
  readonly maxRows: number;
  /** Columns of one sheet that hold a value, wherever they stand. */
  readonly maxColumns: number;
  /** Cells holding a value, in the whole workbook. */
  readonly maxCells: number;
  /** Cells covered by merged ranges, summed over the whole workbook (from the ranges' numbers). */
  readonly maxMergedCells: number;
  /** Items in the shared-strings table. */
  readonly maxSharedStrings: number;
  /** Characters in the shared-strings table, summed. */
  readonly maxSharedStringChars: number;
  /** Characters in one cell or comment (Excel's own limit is 32,767). */
  readonly maxCellTextLength: number;
  /** Comments, hyperlinks, tables, drawings and defined names together, in the whole workbook. */
  readonly maxObjects: number;
  /**
   * Tokens (tags, text runs) in all XML parts read: bounds the reading time of a file that keeps
   * every other limit, such as one of millions of empty formatted cells (a 1 MB plan has ~1.3 million;
   * 500,000 filled cells are ~2.5 million).
   */
  readonly maxXmlTokens: number;
  /**
   * The work a workbook asks of everything after the intake, counted as its cells are read: one per
   * cell, plus the length of its text (a shared string counts its full length at every cell that
   * refers to it), plus the length of its number format (a style is applied cell by cell), plus the
   * length of every formula. Structuring and validation cost about this much (each looks at every
   * cell's text), so it is what bounds them. A workbook's own bytes bound how much it holds, but not
   * this: a 45 kB file can refer to one 32,000-character shared string 500,000 times (16 billion
   * characters to structure). How it was chosen: the 1 MB benchmark plan (19,678 activities,
   * 141,000 cells, 4.3 million characters of text) counts 4.7 million; the 1 MB plan of short
   * repeated rows 4.0 million; the 5,000-row plan 0.7 million; the templates and every committed
   * fixture under 10,000. 16 million leaves the 1 MB plan at under a third of it, lets every
   * distinct text of a full shared-strings table (`maxSharedStringChars`) be used more than once,
   * and is passed after ~500 cells of the 45 kB file above.
   */
  readonly maxWork: number;
}

/**
 * Limits Excel itself enforces ("Excel specifications and limits"; [MS-OI29500] for the file
 * format). A file beyond them was not saved by Excel and cannot be opened by it: it is refused with
 * the limit named. Fixed, not configurable: they are Excel's, not ours.
 */
export const EXCEL_LIMITS = Object.freeze({
  /** Rows in a worksheet (1,048,576) and columns (16,384, XFD): no reference may point beyond. */
  rows: 1_048_576,
  columns: 16_384,
  /** Characters in a sheet name; nor may it be empty or hold : \ / ? * [ ], or start or end with '. */
  sheetNameLength: 31,
  /** Characters in a formula ([MS-OI29500] 2.1.1085, ST_Formula). */
  formulaLength: 8_192,
  /** Characters in a defined name ([MS-OI29500] 2.1.568). */
  definedNameLength: 255,
  /** Hyperlinks in one worksheet. */
  hyperlinksPerSheet: 65_530,
  /** Characters in a number format code ([MS-OI29500] 2.1.712; [MS-XLSB] BrtFmt: 1 to 255). */
  numberFormatLength: 255,
  /** Unique cell formats (cellXfs) in a workbook. */
  cellFormats: 65_490,
});

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: IntakeLimits = Object.freeze({
  maxBytes: 5 * MB,
  maxEntries: 2_000,
  maxUncompressedBytes: 128 * MB,
  maxEntryUncompressedBytes: 64 * MB,
  maxRatio: 100,
  ratioGraceBytes: 1 * MB,
  maxSheets: 200,
  maxRows: 100_000,
  maxColumns: 1_000,
  maxCells: 500_000,
  maxMergedCells: 100_000,
  maxSharedStrings: 250_000,
  maxSharedStringChars: 10_000_000,
  maxCellTextLength: 32_767,
  maxObjects: 100_000,
  maxXmlTokens: 3_000_000,
  maxWork: 16_000_000,
});

/** The defaults with `partial` laid over them; throws RangeError on a limit that is not a number ≥ 0. */
export function resolveLimits(partial: Partial<IntakeLimits> | undefined): IntakeLimits {
  if (partial === undefined) return DEFAULT_LIMITS;
  const limits: { -readonly [K in keyof IntakeLimits]: number } = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(partial) as (keyof IntakeLimits)[]) {
    const value = partial[key];
    if (value === undefined) continue;
    if (!(key in DEFAULT_LIMITS)) throw new RangeError(`IntakeLimits has no ${String(key)}`);
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new RangeError(`IntakeLimits.${key} must be a number ≥ 0`);
    }
    limits[key] = value;
  }
  return limits;
}
