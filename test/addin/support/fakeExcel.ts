// A fake Excel workbook for the Office layer's tests and benchmark, built from office-addin-mock's
// OfficeMockObject: every object the Office layer touches is a mock whose properties must be loaded
// and synced before they can be read (otherwise the read returns office-addin-mock's error string),
// and every write is applied to the fake's cells when context.sync() runs, as Excel applies a batch.
// It counts context.sync() calls and estimates the JSON size of every request's answer.

import { OfficeMockObject } from 'office-addin-mock';
import { a1, colName, parseRange, type CellValue, type GridRange } from '../../../core/grid';

export interface FakeCell {
  v: CellValue;
  fmt?: string;
  formula?: boolean;
  error?: boolean;
  /** Fill colour "RRGGBB" (a cell may be filled and hold no value: v is then ''). */
  fill?: string;
  bold?: boolean;
  /** The text struck through (font strikethrough). */
  strike?: boolean;
  /** Grey italics (font italic, colour #808080). */
  faint?: boolean;
  /** Indent steps (format.indentLevel). */
  indent?: number;
  /** A linked data type's shown text (the cell's value is then "#VALUE!", an error). */
  entity?: string;
}

export interface FakeSheetInit {
  readonly name: string;
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Rows of values from A1 (or from `origin`); '' or null is an empty cell. */
  readonly rows?: readonly (readonly (CellValue | null)[])[];
  readonly origin?: string;
  /** Number formats by A1 address. */
  readonly formats?: Readonly<Record<string, string>>;
  readonly formulas?: readonly string[];
  readonly errors?: readonly string[];
  readonly merges?: readonly string[];
  readonly charts?: readonly string[];
  readonly shapes?: readonly { readonly name: string; readonly type: string }[];
  readonly tables?: readonly {
    readonly name: string;
    readonly ref: string;
    readonly hiddenHeader?: readonly string[];
  }[];
  /** PivotTables' reports on the sheet: a name and the A1 range the report covers. */
  readonly pivots?: readonly { readonly name: string; readonly ref: string }[];
  readonly comments?: readonly { readonly cell: string; readonly text: string; readonly author?: string }[];
  /** Fill colours ("RRGGBB") by A1 address; a filled cell may hold no value. */
  readonly fills?: Readonly<Record<string, string>>;
  /** Cells in a bold font, by A1 address. */
  readonly bold?: readonly string[];
  /** Cells whose text is struck through, by A1 address. */
  readonly struck?: readonly string[];
  /** Indent steps by A1 address. */
  readonly indents?: Readonly<Record<string, number>>;
  /** Linked data types (Geography, People) by A1 address: the text each shows. */
  readonly entities?: Readonly<Record<string, string>>;
  /** Hidden columns, 0-based and inclusive (as GridSheet.hiddenColumns). */
  readonly hiddenColumns?: readonly { readonly min: number; readonly max: number }[];
  /** Icon-set conditional formats, as Office.js describes them (ConditionalFormat.iconSet). */
  readonly iconSets?: readonly FakeIconSet[];
}

/** An icon-set conditional format: the ranges it applies to ("E2:E9", or several with commas). */
export interface FakeIconSet {
  readonly ref: string;
  /** Office.js's name of the set, e.g. "ThreeTrafficLights1". */
  readonly style: string;
  /** Office.js's criteria, lowest icon first (the first one's type and formula Excel ignores). */
  readonly criteria: readonly {
    readonly type: 'Invalid' | 'Number' | 'Percent' | 'Formula' | 'Percentile';
    readonly formula: string;
    readonly operator: 'Invalid' | 'GreaterThan' | 'GreaterThanOrEqual';
  }[];
  readonly reverseIconOrder?: boolean;
  readonly showIconOnly?: boolean;
}

export interface FakeWorkbookInit {
  readonly sheets: readonly FakeSheetInit[];
  readonly date1904?: boolean;
  readonly title?: string;
  /**
   * The newest ExcelApi set this Excel has, as its minor version (8: ExcelApi 1.8, Excel 2019);
   * a method of a newer set throws as it would there. Default: every set.
   */
  readonly excelApi?: number;
}

export interface RecordedValidation {
  readonly sheet: string;
  readonly ref: string;
  readonly rule: unknown;
  readonly prompt: unknown;
  readonly errorAlert: unknown;
}

export interface RecordedConditionalFormat {
  readonly sheet: string;
  readonly ref: string;
  readonly type: string;
  readonly formula: unknown;
  readonly fill: unknown;
  readonly font: unknown;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  ref: GridRange;
  style?: string;
  /** The column names of a table whose header row is turned off (Table.showHeaders false). */
  hiddenHeader?: readonly string[];
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: GridRange[] = [];
  charts: string[] = [];
  shapes: { name: string; type: string }[] = [];
  comments: { r: number; c: number; text: string; author?: string }[] = [];
  iconSets: { readonly ranges: GridRange[]; readonly set: FakeIconSet }[] = [];
  /** Hidden columns, 0-based and inclusive. */
  hiddenColumns: { readonly min: number; readonly max: number }[] = [];
  columnWidths = new Map<number, number>();
  freezeRows = 0;
  deleted = false;
  active = false;
  selected?: string;

  constructor(
    public name: string,
    public visibility: 'Visible' | 'Hidden' | 'VeryHidden',
    public position: number,
  ) {}

  key(r: number, c: number): string {
    return `${r}:${c}`;
  }

  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }

  set(r: number, c: number, cell: FakeCell | undefined): void {
    if (
      !cell ||
      (cell.v === '' &&
        cell.fill === undefined &&
        cell.bold !== true &&
        cell.strike !== true &&
        cell.faint !== true)
    )
      this.cells.delete(this.key(r, c));
    else this.cells.set(this.key(r, c), cell);
  }

  /** The used range of values (getUsedRange(true)): cells that are only formatted do not count. */
  used(): GridRange | undefined {
    let s: { r: number; c: number } | undefined;
    let e: { r: number; c: number } | undefined;
    for (const [k, cell] of this.cells) {
      if (cell.v === '') continue;
      const [r, c] = k.split(':').map(Number) as [number, number];
      s = s ? { r: Math.min(s.r, r), c: Math.min(s.c, c) } : { r, c };
      e = e ? { r: Math.max(e.r, r), c: Math.max(e.c, c) } : { r, c };
    }
    return s && e ? { s, e } : undefined;
  }

  /** Office.js's address for a range on this sheet. */
  address(range: GridRange): string {
    const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(this.name)
      ? this.name
      : `'${this.name.replace(/'/g, "''")}'`;
    const from = a1(range.s.r, range.s.c);
    const to = a1(range.e.r, range.e.c);
    return `${sheet}!${from === to ? from : `${from}:${to}`}`;
  }
}

type MockData = Record<string, unknown>;

/** Per-row runs of cells that match, as Office.js RangeAreas would list them. */
function runs(sheet: FakeSheet, match: (cell: FakeCell) => boolean): GridRange[] {
  const hits = [...sheet.cells.entries()]
    .filter(([, cell]) => match(cell))
    .map(([k]) => k.split(':').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: GridRange[] = [];
  for (const [r, c] of hits) {
    const last = out[out.length - 1];
    if (last && last.s.r === r && last.e.c === c - 1) out[out.length - 1] = { s: last.s, e: { r, c } };
    else out.push({ s: { r, c }, e: { r, c } });
  }
  return out;
}

function parseRef(ref: string): GridRange {
  const range = parseRange(ref.includes('!') ? (ref.split('!').pop() ?? ref) : ref);
  if (!range) throw new Error(`Fake Excel: not a range: ${ref}`);
  return range;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly pivots: { readonly name: string; readonly sheet: FakeSheet; readonly ref: GridRange }[] = [];
  readonly validations: RecordedValidation[] = [];
  readonly conditionalFormats: RecordedConditionalFormat[] = [];
  readonly styles: { sheet: string; ref: string; format: unknown }[] = [];
  syncs = 0;
  /** Estimated JSON bytes of each sync's loaded values, number formats and cell properties. */
  readonly payloads: number[] = [];
  /** Cells whose properties were asked for (getCellProperties), and columns (getColumnProperties). */
  cellPropertiesRead = 0;
  columnPropertiesRead = 0;
  date1904: boolean;
  title: string;

  private mocks: OfficeMockObject[] = [];
  private pendingWrites: (() => void)[] = [];
  private pendingLoads: (() => number)[] = [];
  private failNextSyncWith: Error | undefined;
  /** Newest ExcelApi minor version this fake has (see FakeWorkbookInit.excelApi). */
  readonly excelApi: number;
  /** Every ExcelApi method of a set newer than excelApi that was called (the test then fails). */
  readonly tooNew: string[] = [];

  constructor(init: FakeWorkbookInit) {
    this.excelApi = init.excelApi ?? Number.POSITIVE_INFINITY;
    this.date1904 = init.date1904 ?? false;
    this.title = init.title ?? '';
    init.sheets.forEach((s, i) => this.addSheet(s, i));
  }

  private addSheet(init: FakeSheetInit, position: number): FakeSheet {
    const sheet = new FakeSheet(init.name, init.visibility ?? 'Visible', position);
    const origin = init.origin ? parseRef(init.origin).s : { r: 0, c: 0 };
    (init.rows ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === '') return;
        sheet.set(origin.r + i, origin.c + j, { v });
      }),
    );
    const at = (ref: string): [number, number] => {
      const r = parseRef(ref);
      return [r.s.r, r.s.c];
    };
    for (const [ref, fmt] of Object.entries(init.formats ?? {})) {
      const [r, c] = at(ref);
      const cell = sheet.get(r, c);
      if (cell) cell.fmt = fmt;
    }
    for (const ref of init.formulas ?? []) {
      const cell = sheet.get(...at(ref));
      if (cell) cell.formula = true;
    }
    for (const ref of init.errors ?? []) {
      const cell = sheet.get(...at(ref));
      if (cell) cell.error = true;
    }
    for (const [ref, fill] of Object.entries(init.fills ?? {})) {
      const [r, c] = at(ref);
      sheet.set(r, c, { ...(sheet.get(r, c) ?? { v: '' }), fill });
    }
    for (const ref of init.bold ?? []) {
      const [r, c] = at(ref);
      sheet.set(r, c, { ...(sheet.get(r, c) ?? { v: '' }), bold: true });
    }
    for (const ref of init.struck ?? []) {
      const [r, c] = at(ref);
      sheet.set(r, c, { ...(sheet.get(r, c) ?? { v: '' }), strike: true });
    }
    for (const [ref, indent] of Object.entries(init.indents ?? {})) {
      const [r, c] = at(ref);
      sheet.set(r, c, { ...(sheet.get(r, c) ?? { v: '' }), indent });
    }
    for (const [ref, entity] of Object.entries(init.entities ?? {})) {
      const [r, c] = at(ref);
      sheet.set(r, c, { ...(sheet.get(r, c) ?? {}), v: '#VALUE!', error: true, entity });
    }
    sheet.hiddenColumns = [...(init.hiddenColumns ?? [])];
    sheet.iconSets = (init.iconSets ?? []).map((set) => ({
      ranges: set.ref.split(/[,\s]+/).map(parseRef),
      set,
    }));
    sheet.merges = (init.merges ?? []).map(parseRef);
    sheet.charts = [...(init.charts ?? [])];
    sheet.shapes = [...(init.shapes ?? [])];
    sheet.comments = (init.comments ?? []).map((c) => {
      const [r, cc] = at(c.cell);
      return { r, c: cc, text: c.text, ...(c.author ? { author: c.author } : {}) };
    });
    for (const p of init.pivots ?? []) this.pivots.push({ name: p.name, sheet, ref: parseRef(p.ref) });
    for (const t of init.tables ?? [])
      this.tables.push({
        name: t.name,
        sheet,
        ref: parseRef(t.ref),
        ...(t.hiddenHeader ? { hiddenHeader: t.hiddenHeader } : {}),
      });
    this.sheets.push(sheet);
    return sheet;
  }

  /** Office.context.requirements.isSetSupported as this Excel answers it. */
  readonly supports = (set: string, version: string): boolean => {
    if (set !== 'ExcelApi') return true;
    const minor = Number(version.split('.')[1] ?? '0');
    return minor <= this.excelApi;
  };

  /** Throws as an older Excel does when a method of a newer set is called (ApiNotFound). */
  private requires(minor: number, what: string): void {
    if (minor <= this.excelApi) return;
    this.tooNew.push(what);
    throw new Error(`Fake Excel: ${what} needs ExcelApi 1.${minor}; this Excel has 1.${this.excelApi}`);
  }

  /** The next context.sync() fails with this error (after counting), then the fake behaves again. */
  failNextSync(err: Error): void {
    this.failNextSyncWith = err;
  }

  liveSheets(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted).sort((a, b) => a.position - b.position);
  }

  sheet(name: string): FakeSheet {
    const s = this.liveSheets().find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`Fake Excel: no sheet ${name}`);
    return s;
  }

  // --- mocks ------------------------------------------------------------------------------------

  private mock(data: MockData, extra: Record<string, unknown> = {}): OfficeMockObject {
    const m = new OfficeMockObject(data);
    Object.assign(m, extra);
    this.mocks.push(m);
    return m;
  }

  /** A collection: load('items/a,items/b') loads the items' own properties. */
  private collection(
    items: () => OfficeMockObject[],
    methods: Record<string, unknown> = {},
  ): OfficeMockObject {
    const self = this.mock({});
    let current: OfficeMockObject[] = [];
    Object.defineProperty(self, 'items', { get: () => current, configurable: true });
    Object.assign(self, methods, {
      load: (arg?: string) => {
        current = items();
        const props = (arg ?? '')
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p.startsWith('items/'))
          .map((p) => p.slice('items/'.length));
        this.pendingLoads.push(() => 0);
        for (const item of current) if (props.length > 0) item.load(props.join(','));
        return self;
      },
    });
    return self;
  }

  private rangeMock(sheet: FakeSheet, range: GridRange): OfficeMockObject {
    const rows = range.e.r - range.s.r + 1;
    const cols = range.e.c - range.s.c + 1;
    // Values and formats are made only when loaded: a whole-sheet range is a million rows.
    const values = (): CellValue[][] =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => sheet.get(range.s.r + i, range.s.c + j)?.v ?? ''),
      );
    const formats = (): string[][] =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => sheet.get(range.s.r + i, range.s.c + j)?.fmt ?? 'General'),
      );
    const cellsOf = <T>(f: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => f(sheet.get(range.s.r + i, range.s.c + j))),
      );
    const format = { font: {}, fill: {} };
    const m = this.mock({
      address: sheet.address(range),
      rowIndex: range.s.r,
      columnIndex: range.s.c,
      rowCount: rows,
      columnCount: cols,
      format,
    });
    const dataValidation: Record<string, unknown> = {};
    const originalLoad = m.load.bind(m);
    Object.assign(m, {
      isNullObject: false,
      dataValidation,
      load: (arg?: string) => {
        const names = (arg ?? '').split(',').map((p) => p.trim());
        let bytes = 0;
        if (names.includes('values')) {
          const v = values();
          bytes += JSON.stringify(v).length;
          setMockValue(m, 'values', v);
        }
        if (names.includes('valuesAsJson')) {
          this.requires(16, 'Range.valuesAsJson');
          const j = cellsOf((cell) =>
            cell?.entity !== undefined
              ? { type: 'LinkedEntity', text: cell.entity, basicValue: '#VALUE!', basicType: 'Error' }
              : cell?.error
                ? { type: 'Error', basicValue: cell.v, basicType: 'Error' }
                : typeof cell?.v === 'number'
                  ? { type: 'Double', basicValue: cell.v }
                  : typeof cell?.v === 'boolean'
                    ? { type: 'Boolean', basicValue: cell.v }
                    : cell === undefined || cell.v === ''
                      ? { type: 'Empty', basicValue: '' }
                      : { type: 'String', basicValue: cell.v },
          );
          bytes += JSON.stringify(j).length;
          setMockValue(m, 'valuesAsJson', j);
        }
        if (names.includes('numberFormat')) {
          const f = formats();
          bytes += JSON.stringify(f).length;
          setMockValue(m, 'numberFormat', f);
        }
        if (names.includes('formulas')) {
          const f = cellsOf((cell) => (cell?.formula ? `=F(${JSON.stringify(cell.v)})` : (cell?.v ?? '')));
          bytes += JSON.stringify(f).length;
          setMockValue(m, 'formulas', f);
        }
        if (names.includes('valueTypes')) {
          const t = cellsOf((cell) => valueTypeOf(cell));
          bytes += JSON.stringify(t).length;
          setMockValue(m, 'valueTypes', t);
        }
        this.pendingLoads.push(() => bytes);
        return originalLoad(arg ?? '');
      },
      getCellProperties: () => {
        this.requires(9, 'Range.getCellProperties');
        this.cellPropertiesRead += rows * cols;
        return this.clientResult(() =>
          Array.from({ length: rows }, (_, i) =>
            Array.from({ length: cols }, (_, j) => lookOf(sheet.get(range.s.r + i, range.s.c + j))),
          ),
        );
      },
      getColumnProperties: () => {
        this.requires(9, 'Range.getColumnProperties');
        this.columnPropertiesRead += cols;
        return this.clientResult(() =>
          Array.from({ length: cols }, (_, j) => {
            // One answer per column: null where the column's cells in the range differ.
            const looks = Array.from({ length: rows }, (_, i) =>
              lookOf(sheet.get(range.s.r + i, range.s.c + j)),
            );
            const first = looks[0] ?? lookOf(undefined);
            const same = (f: (l: CellLook) => unknown) => looks.every((l) => f(l) === f(first));
            const c = range.s.c + j;
            return {
              columnHidden: sheet.hiddenColumns.some((h) => h.min <= c && c <= h.max),
              format: {
                fill: { color: same((l) => l.format.fill.color) ? first.format.fill.color : null },
                font: {
                  bold: same((l) => l.format.font.bold) ? first.format.font.bold : null,
                  strikethrough: same((l) => l.format.font.strikethrough)
                    ? first.format.font.strikethrough
                    : null,
                  italic: same((l) => l.format.font.italic) ? first.format.font.italic : null,
                  color: same((l) => l.format.font.color) ? first.format.font.color : null,
                },
                indentLevel: same((l) => l.format.indentLevel) ? first.format.indentLevel : null,
              },
            };
          }),
        );
      },
      getMergedAreasOrNullObject: () => {
        this.requires(13, 'Range.getMergedAreasOrNullObject');
        return this.areasMock(
          sheet,
          sheet.merges.filter((mg) => overlaps(mg, range)),
        );
      },
      getSpecialCellsOrNullObject: (type: string, valueType?: string) => {
        this.requires(9, 'Range.getSpecialCellsOrNullObject');
        return this.areasMock(sheet, this.special(sheet, range, type, valueType));
      },
      getEntireColumn: () => {
        const col = this.rangeMock(sheet, { s: { r: 0, c: range.s.c }, e: { r: 0, c: range.e.c } });
        this.pendingWrites.push(() => {
          const width = (col.format as { columnWidth?: unknown }).columnWidth;
          if (typeof width === 'number' && width > 0) sheet.columnWidths.set(range.s.c, width);
        });
        return col;
      },
      merge: () => this.pendingWrites.push(() => sheet.merges.push(range)),
      select: () => this.pendingWrites.push(() => (sheet.selected = a1(range.s.r, range.s.c))),
      // The conditional formats that intersect the range (only icon sets are described), and add.
      conditionalFormats: this.collection(
        () =>
          sheet.iconSets
            .filter((cf) => cf.ranges.some((g) => overlaps(g, range)))
            .map((cf) => this.iconSetMock(sheet, cf.ranges, cf.set)),
        {
          add: (type: string) => {
            const cf = { custom: { rule: { formula: '' }, format: { fill: {}, font: {} } } };
            this.pendingWrites.push(() =>
              this.conditionalFormats.push({
                sheet: sheet.name,
                ref: sheet.address(range).split('!')[1] ?? '',
                type,
                formula: cf.custom.rule.formula,
                fill: { ...cf.custom.format.fill },
                font: { ...cf.custom.format.font },
              }),
            );
            return cf;
          },
        },
      ),
    });
    this.pendingWrites.push(() => {
      if (Array.isArray(m.values)) this.writeValues(sheet, range, m.values as unknown[][]);
      if (Array.isArray(m.numberFormat)) {
        this.writeFormats(sheet, range, m.numberFormat as unknown[][]);
      }
      if ('rule' in dataValidation) {
        this.validations.push({
          sheet: sheet.name,
          ref: sheet.address(range).split('!')[1] ?? '',
          rule: dataValidation.rule,
          prompt: dataValidation.prompt,
          errorAlert: dataValidation.errorAlert,
        });
      }
      const f = m.format as unknown as { font: Record<string, unknown>; fill: Record<string, unknown> };
      const font = plain(f.font);
      const fill = plain(f.fill);
      if (Object.keys(font).length > 0 || Object.keys(fill).length > 0) {
        this.styles.push({
          sheet: sheet.name,
          ref: sheet.address(range).split('!')[1] ?? '',
          format: { font, fill },
        });
      }
    });
    return m;
  }

  private writeValues(sheet: FakeSheet, range: GridRange, values: unknown[][]): void {
    values.forEach((row, i) =>
      row.forEach((raw, j) => {
        const r = range.s.r + i;
        const c = range.s.c + j;
        const old = sheet.get(r, c);
        let v: CellValue;
        if (typeof raw === 'string' && raw.startsWith("'")) v = raw.slice(1);
        else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') v = raw;
        else throw new Error(`Fake Excel: cannot write ${String(raw)}`);
        if (typeof raw === 'string' && raw.startsWith('='))
          throw new Error(`Fake Excel: a formula was written: ${raw}`);
        // Writing a value keeps the cell's formatting, as in Excel.
        sheet.set(r, c, {
          ...(old?.fmt && v !== '' ? { fmt: old.fmt } : {}),
          ...(old?.fill !== undefined ? { fill: old.fill } : {}),
          ...(old?.bold ? { bold: true } : {}),
          ...(old?.strike ? { strike: true } : {}),
          ...(old?.faint ? { faint: true } : {}),
          v,
        });
      }),
    );
  }

  private writeFormats(sheet: FakeSheet, range: GridRange, formats: unknown[][]): void {
    formats.forEach((row, i) =>
      row.forEach((f, j) => {
        const cell = sheet.get(range.s.r + i, range.s.c + j);
        if (cell && typeof f === 'string') cell.fmt = f === 'General' ? undefined : f;
      }),
    );
  }

  private special(sheet: FakeSheet, within: GridRange, type: string, valueType?: string): GridRange[] {
    return runs(sheet, (cell) => {
      if (cell.v === '') return false;
      if (type === 'Formulas' && !cell.formula) return false;
      if (type === 'Constants' && cell.formula) return false;
      if (valueType === 'Errors') return cell.error === true;
      if (valueType === 'Numbers') return typeof cell.v === 'number' && !cell.error;
      if (valueType === 'Text') return typeof cell.v === 'string' && !cell.error;
      return true;
    }).filter((r) => overlaps(r, within));
  }

  /** An icon-set conditional format as Office.js gives it: its type, its iconSet, its ranges. */
  private iconSetMock(sheet: FakeSheet, ranges: GridRange[], set: FakeIconSet): OfficeMockObject {
    const iconSet = this.mock({
      style: set.style,
      reverseIconOrder: set.reverseIconOrder ?? false,
      showIconOnly: set.showIconOnly ?? false,
      criteria: set.criteria.map((c) => ({ ...c })),
    });
    return this.mock(
      { type: 'IconSet' },
      {
        iconSetOrNullObject: iconSet,
        getRanges: () => {
          this.requires(9, 'ConditionalFormat.getRanges');
          return this.areasMock(sheet, ranges);
        },
        getRangeOrNullObject: () => {
          const only = ranges.length === 1 ? ranges[0] : undefined;
          if (only) return this.rangeMock(sheet, only);
          const none = this.mock({ address: '' });
          Object.assign(none, { isNullObject: true });
          return none;
        },
      },
    );
  }

  private areasMock(sheet: FakeSheet, ranges: GridRange[]): OfficeMockObject {
    const m = this.mock({ address: ranges.map((r) => sheet.address(r)).join(',') });
    const areas = this.collection(() => ranges.map((r) => this.rangeMock(sheet, r)));
    Object.assign(m, { isNullObject: ranges.length === 0, areas });
    return m;
  }

  private sheetMock(sheet: FakeSheet): OfficeMockObject {
    const m = this.mock({ name: sheet.name, visibility: sheet.visibility, position: sheet.position });
    const sheetTables = this.collection(
      () => this.tables.filter((t) => t.sheet === sheet).map((t) => this.tableMock(t)),
      {
        add: (address: string, hasHeaders: boolean) => {
          const t: { name: string; style: string; showBandedRows: boolean } = {
            name: '',
            style: '',
            showBandedRows: false,
          };
          this.pendingWrites.push(() => {
            if (!hasHeaders) throw new Error('Fake Excel: tables without headers are not expected');
            if (this.tables.some((x) => !x.sheet.deleted && x.name.toLowerCase() === t.name.toLowerCase())) {
              throw new Error(`Fake Excel: table name ${t.name} is taken`);
            }
            this.tables.push({ name: t.name, sheet, ref: parseRef(address), style: t.style });
          });
          return t;
        },
      },
    );
    Object.assign(m, {
      getUsedRangeOrNullObject: () => {
        const used = sheet.used();
        if (used) return this.rangeMock(sheet, used);
        const empty = this.mock({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, address: '' });
        Object.assign(empty, { isNullObject: true });
        return empty;
      },
      getRange: (ref?: string) =>
        this.rangeMock(sheet, ref ? parseRef(ref) : { s: { r: 0, c: 0 }, e: { r: 1048575, c: 16383 } }),
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
        this.rangeMock(sheet, { s: { r, c }, e: { r: r + rows - 1, c: c + cols - 1 } }),
      charts: this.collection(() => sheet.charts.map((name) => this.mock({ name }))),
      names: this.collection(() => []),
      tables: sheetTables,
      comments: {
        add: (cell: string, text: string) => {
          this.requires(10, 'CommentCollection.add');
          this.pendingWrites.push(() => {
            const at = parseRef(cell).s;
            sheet.comments.push({ r: at.r, c: at.c, text });
          });
        },
      },
      freezePanes: { freezeRows: (n: number) => this.pendingWrites.push(() => (sheet.freezeRows = n)) },
      activate: () =>
        this.pendingWrites.push(() => {
          for (const s of this.sheets) s.active = s === sheet;
        }),
      delete: () => this.pendingWrites.push(() => (sheet.deleted = true)),
    });
    const shapes = this.collection(() => sheet.shapes.map((s) => this.mock({ name: s.name, type: s.type })));
    Object.defineProperty(m, 'shapes', {
      get: () => {
        this.requires(9, 'Worksheet.shapes');
        return shapes;
      },
      configurable: true,
    });
    this.pendingWrites.push(() => {
      if (assigned(m.name) && typeof m.name === 'string' && m.name !== sheet.name) {
        if (
          this.liveSheets().some((s) => s !== sheet && s.name.toLowerCase() === String(m.name).toLowerCase())
        ) {
          throw new Error(`Fake Excel: sheet name ${String(m.name)} is taken`);
        }
        sheet.name = m.name;
      }
      if (assigned(m.visibility) && typeof m.visibility === 'string') {
        sheet.visibility = m.visibility as FakeSheet['visibility'];
      }
      if (typeof m.position === 'number') this.move(sheet, m.position);
    });
    return m;
  }

  private move(sheet: FakeSheet, position: number): void {
    const order = this.liveSheets().filter((s) => s !== sheet);
    order.splice(position, 0, sheet);
    order.forEach((s, i) => (s.position = i));
  }

  private tableMock(t: FakeTable): OfficeMockObject {
    const m = this.mock({ name: t.name, showHeaders: t.hiddenHeader === undefined });
    Object.assign(m, {
      getRange: () => this.rangeMock(t.sheet, t.ref),
      worksheet: this.sheetMock(t.sheet),
      columns: this.collection(() => (t.hiddenHeader ?? []).map((name) => this.mock({ name }))),
    });
    return m;
  }

  /** An OfficeExtension.ClientResult: its value is there once context.sync() has run. */
  private clientResult<T>(compute: () => T): { readonly value: T } {
    let value: T | undefined;
    let synced = false;
    this.pendingLoads.push(() => {
      value = compute();
      synced = true;
      return JSON.stringify(value).length;
    });
    return {
      get value(): T {
        if (!synced) throw new Error('Fake Excel: a ClientResult was read before context.sync()');
        return value as T;
      },
    };
  }

  /** The Excel.RequestContext the Office layer is given. */
  context(): Excel.RequestContext {
    const worksheets = this.collection(() => this.liveSheets().map((s) => this.sheetMock(s)), {
      getItem: (name: string) => this.sheetMock(this.sheet(name)),
      getItemOrNullObject: (name: string) => {
        const found = this.liveSheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (found) return this.sheetMock(found);
        const none = this.mock({ name: '' });
        Object.assign(none, {
          isNullObject: true,
          getRangeByIndexes: () => {
            throw new Error('Fake Excel: a method was called on a null object (ItemNotFound in Excel)');
          },
        });
        return none;
      },
      add: (name: string) => {
        const sheet = new FakeSheet(name, 'Visible', 0);
        this.pendingWrites.push(() => {
          if (this.liveSheets().some((s) => s.name.toLowerCase() === name.toLowerCase())) {
            throw new Error(`Fake Excel: sheet ${name} exists`);
          }
          sheet.position = this.liveSheets().length;
          this.sheets.push(sheet);
        });
        return this.sheetMock(sheet);
      },
    });
    const custom = this.collection(() => []);
    const properties = this.mock({
      title: this.title,
      subject: '',
      author: '',
      keywords: '',
      comments: '',
      category: '',
      company: '',
      manager: '',
    });
    Object.assign(properties, { custom });
    const comments = this.collection(() =>
      this.liveSheets().flatMap((s) =>
        s.comments.map((c) => {
          const m = this.mock({ content: c.text, authorName: c.author ?? '' });
          Object.assign(m, {
            getLocation: () => this.rangeMock(s, { s: { r: c.r, c: c.c }, e: { r: c.r, c: c.c } }),
          });
          return m;
        }),
      ),
    );
    const requires = (minor: number, what: string): void => this.requires(minor, what);
    const workbook = {
      get comments() {
        requires(10, 'Workbook.comments');
        return comments;
      },
      worksheets,
      // PivotTables (ExcelApi 1.8): a name, and the report's range through the layout.
      pivotTables: this.collection(() =>
        this.pivots
          .filter((p) => !p.sheet.deleted)
          .map((p) => {
            const m = this.mock({ name: p.name });
            Object.assign(m, { layout: { getRange: () => this.rangeMock(p.sheet, p.ref) } });
            return m;
          }),
      ),
      tables: this.collection(
        () => this.tables.filter((t) => !t.sheet.deleted).map((t) => this.tableMock(t)),
        {
          getItem: (name: string) => {
            const table = this.tables.find(
              (t) => !t.sheet.deleted && t.name.toLowerCase() === name.toLowerCase(),
            );
            if (!table) throw new Error(`Fake Excel: no table ${name}`);
            return {
              delete: () =>
                this.pendingWrites.push(() => {
                  this.tables.splice(this.tables.indexOf(table), 1);
                }),
            };
          },
        },
      ),
      names: this.collection(() => []),
      properties,
      functions: { date: () => this.mock({ value: this.date1904 ? 0 : 1462 }) },
    };
    const context = {
      workbook,
      sync: async () => {
        this.syncs += 1;
        const writes = this.pendingWrites;
        this.pendingWrites = [];
        const loads = this.pendingLoads;
        this.pendingLoads = [];
        if (this.failNextSyncWith) {
          const err = this.failNextSyncWith;
          this.failNextSyncWith = undefined;
          throw err;
        }
        for (const w of writes) w();
        this.payloads.push(loads.reduce((sum, l) => sum + l(), 0));
        for (const m of this.mocks) await m.sync();
        // office-addin-mock finishes a sync in microtasks it does not await.
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
    return context as unknown as Excel.RequestContext;
  }
}

/** office-addin-mock's setValue (untyped in its declarations). */
function setMockValue(m: OfficeMockObject, name: string, value: unknown): void {
  (m as unknown as { setValue(name: string, value: unknown): void }).setValue(name, value);
}

const MOCK_ERRORS = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);

/** A property the code under test set (not office-addin-mock's "not loaded" / "not synced" marker). */
function assigned(v: unknown): boolean {
  return v !== undefined && !(typeof v === 'string' && MOCK_ERRORS.has(v));
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return a.s.r <= b.e.r && a.e.r >= b.s.r && a.s.c <= b.e.c && a.e.c >= b.s.c;
}

interface CellLook {
  format: {
    fill: { color: string };
    font: { bold: boolean; strikethrough: boolean; italic: boolean; color: string };
    indentLevel: number;
  };
}

/** What getCellProperties says of a cell's fill and font: "#FFFFFF" for no fill, as Excel does. */
/** Range.valueTypes of a cell. */
function valueTypeOf(cell: FakeCell | undefined): string {
  if (!cell || cell.v === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.v === 'number') return 'Double';
  if (typeof cell.v === 'boolean') return 'Boolean';
  return 'String';
}

function lookOf(cell: FakeCell | undefined): CellLook {
  return {
    format: {
      fill: { color: `#${cell?.fill ?? 'FFFFFF'}` },
      font: {
        bold: cell?.bold === true,
        strikethrough: cell?.strike === true,
        italic: cell?.faint === true,
        color: cell?.faint === true ? '#808080' : '#000000',
      },
      indentLevel: cell?.indent ?? 0,
    },
  };
}

function plain(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(([k, v]) => !k.startsWith('_') && typeof v !== 'function' && v !== undefined),
  );
}

export { colName };

/** A fake Excel holding the same workbook as a grid (as core/xlsx read it from a file). */
export function fakeFromGrid(
  grid: import('../../../core/grid').Grid,
  options: Pick<FakeWorkbookInit, 'excelApi'> = {},
): FakeExcel {
  const excel = new FakeExcel({
    ...options,
    date1904: grid.date1904,
    sheets: grid.sheets.map((s) => ({
      name: s.name,
      visibility: s.state === 'visible' ? 'Visible' : s.state === 'hidden' ? 'Hidden' : 'VeryHidden',
      rows: [],
      merges: s.merges.map((m) => `${a1(m.s.r, m.s.c)}:${a1(m.e.r, m.e.c)}`),
      charts: s.drawings.filter((d) => d.kind === 'chart').map((d) => d.name ?? 'Diagram'),
      shapes: s.drawings
        .filter((d) => d.kind !== 'chart')
        .map((d) => ({ name: d.name ?? 'Figur', type: d.kind === 'image' ? 'Image' : 'GeometricShape' })),
      tables: s.tables.map((t) => ({
        name: t.name,
        ref: `${a1(t.ref.s.r, t.ref.s.c)}:${a1(t.ref.e.r, t.ref.e.c)}`,
        ...(t.hiddenHeader ? { hiddenHeader: t.hiddenHeader } : {}),
      })),
      comments: s.comments.map((c) => ({
        cell: a1(c.r, c.c),
        text: c.text,
        ...(c.author ? { author: c.author } : {}),
      })),
      ...(s.hiddenColumns ? { hiddenColumns: s.hiddenColumns } : {}),
      ...(s.pivots
        ? {
            pivots: s.pivots.map((p) => ({
              name: p.name,
              ref: `${a1(p.ref.s.r, p.ref.s.c)}:${a1(p.ref.e.r, p.ref.e.c)}`,
            })),
          }
        : {}),
    })),
  });
  grid.sheets.forEach((s, i) => {
    const sheet = excel.sheets[i]!;
    for (const cell of s.cells) {
      if (cell.v === '') continue;
      sheet.set(cell.r, cell.c, {
        v: cell.v,
        ...(cell.fmt ? { fmt: cell.fmt } : {}),
        ...(cell.formula ? { formula: true } : {}),
        ...(cell.t === 'e' ? { error: true } : {}),
        ...(cell.fill !== undefined ? { fill: cell.fill } : {}),
        ...(cell.bold ? { bold: true } : {}),
        ...(cell.strike ? { strike: true } : {}),
        ...(cell.faint ? { faint: true } : {}),
      });
    }
    for (const f of s.fills ?? []) sheet.set(f.r, f.c, { v: '', fill: f.fill });
    for (const x of s.indents ?? []) {
      const cell = sheet.get(x.r, x.c);
      if (cell) sheet.set(x.r, x.c, { ...cell, indent: x.level });
    }
  });
  return excel;
}
