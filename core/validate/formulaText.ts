// What a formula shows, as far as its own text tells. A formula may build a CPR number from pieces
// that hold none: REPLACE("0101XX1234";5;2;"90"), SUBSTITUTE, LEFT / RIGHT / MID of a longer text,
// REPT("0";1), CHAR(48), each joined with & or CONCATENATE. Excel shows the number when it
// calculates, also when the file keeps no result (or a false one). This reads the formula as Excel
// would calculate it, with the values it can know from the formula alone (text and number literals,
// and, when the caller gives them, the cells it refers to), and hands every value a text function,
// a join or a sum makes to `judge`: a sub-expression whose value is not known (a reference not
// given, a function not read here) is skipped, its arguments still judged. Bounded: a text longer
// than MAX_TEXT, or nesting deeper than MAX_DEPTH, is not made (its pieces are still judged).
//
// Used by core/validate/cpr.ts (formulaHasCpr) for every formula the intake reads; a formula that
// names none of the functions that cut, repeat or make characters is not read here at all.

/** An error a formula makes (#N/A from a lookup that finds nothing, #DIV/0!, #REF!). */
export class FormulaError {
  constructor(readonly code: string) {}
}

/** The values of a range, row by row (null: an empty cell; undefined: a value not known). */
export class RangeValue {
  constructor(readonly rows: readonly (readonly (FormulaValue | null)[])[]) {}
}

/** What a formula shows: text, a number, a truth value or an error; undefined when not known. */
export type FormulaValue = string | number | boolean | FormulaError | undefined;

/**
 * A function a formula makes with LAMBDA: its parameters' names (as variable() gives them), its
 * calculation's tokens, and the names LET and LAMBDA had given values where it was made. It shows
 * nothing itself (a cell holding one shows #CALC!); it is called with values: at once
 * (LAMBDA(x;x&"1")("a")), by the name LET or the workbook (Name Manager) gives it, or by REDUCE,
 * MAP, SCAN, BYROW, BYCOL and MAKEARRAY.
 */
export class Lambda {
  constructor(
    readonly params: readonly string[],
    readonly body: readonly Token[],
    readonly scopes: readonly Map<string, Value>[],
  ) {}
}

/**
 * A value while a formula is read: as FormulaValue, a range's values, a LAMBDA, or null for an
 * empty cell (0 to a sum, "" to a join).
 */
type Value = FormulaValue | RangeValue | Lambda | null;

export interface FormulaReading {
  /** Whether a value the formula makes is a CPR number (text) or one that lost its zero (number). */
  readonly judge: (value: string | number) => boolean;
  /** A number as TEXT(number; format) shows it; undefined when not known. */
  readonly text: (value: number, format: string) => string | undefined;
  /** A cell's value by its reference as written (A1, $B$2, Ark2!B2: as written), when the caller knows it. */
  readonly cell?: (ref: string) => string | number | boolean | FormulaError | null | undefined;
  /** A range's values by its reference as written (A1:B5, Ark2!$A$2:$B$9), when the caller knows them. */
  readonly range?: (ref: string) => RangeValue | undefined;
  /**
   * A dynamic array's spill by the cell it starts in (C2# is written _xlfn.ANCHORARRAY(C2) in the
   * file): the values of the range its formula fills, when the caller knows it.
   */
  readonly spill?: (ref: string) => RangeValue | undefined;
  /** A defined name's value (a cell's value, a range's values, a LAMBDA), when the caller knows it. */
  readonly name?: (name: string) => FormulaValue | RangeValue | Lambda | null;
  /** The workbook counts days from 1904 (DATE makes its serial numbers). */
  readonly date1904?: boolean;
}

/** Longer texts are not made (REPT("0101901234";1000000)): the pieces are judged on their own. */
const MAX_TEXT = 4096;
const MAX_DEPTH = 100;
/** Calls of LAMBDAs in one formula (REDUCE over a long array, MAKEARRAY): beyond, not read. */
const MAX_CALLS = 10_000;

/**
 * Whether a formula refers to a cell (A1, $B$2) and joins or cuts text: what it shows depends on
 * the cells (a cheap look; the formula is read in full after).
 */
export function joinsCells(formula: string): boolean {
  return (
    (formula.indexOf('&') !== -1 || /CONCAT|TEXTJOIN/i.test(formula) || TEXT_FUNCTIONS.test(formula)) &&
    CELL_REF.test(formula)
  );
}

const CELL_REF = /(?:^|[^A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?\d{1,7}(?![A-Za-z0-9_(])/;

/**
 * Whether a formula names a table's column (Tabel1[[#This Row],[Dato]], [@Nr]) and joins or cuts
 * text: what it shows depends on the table's cells, as joinsCells' formulas do on theirs.
 */
export function joinsTableColumns(formula: string): boolean {
  return (
    formula.indexOf('[') !== -1 &&
    (formula.indexOf('&') !== -1 || /CONCAT|TEXTJOIN/i.test(formula) || TEXT_FUNCTIONS.test(formula))
  );
}

/**
 * The functions that cut, repeat, make or hand on text (every text function `call` reads): a formula
 * naming none is not read. One that hands a piece on unchanged (LOWER of a piece joined to the rest, T, VALUE)
 * hides the piece from the plain join of literals in cpr.ts as well as any other function does.
 */
export const TEXT_FUNCTIONS =
  /\b(?:_xlfn\.)?(?:REPLACEB?|MIDB?|LEFTB?|RIGHTB?|SUBSTITUTE|REPT|UNICHAR|CHAR|TRIM|CLEAN|TEXTBEFORE|TEXTAFTER|LOWER|UPPER|PROPER|T|TEXT|(?:NUMBER)?VALUE|BASE|CHOOSE|SWITCH|IFS|LET|FIXED|DOLLAR|DEC2(?:BIN|OCT|HEX)|(?:BIN|OCT|HEX)2DEC|DECIMAL|SEQUENCE|REGEXREPLACE|REGEXEXTRACT|TEXTSPLIT|ARRAYTOTEXT|DATEVALUE|LAMBDA|INDIRECT)\s*\(/i;

/**
 * Arithmetic that can make a number of nine or ten digits from smaller ones: a product, a power, a
 * sum or difference, or a function that rounds, cuts or takes a remainder (INT(1079209,016*100),
 * MOD(70407920904;10^10), 50792*10000+905), with a number literal of three digits or more. A formula
 * without one (B2*1,25, SUM(B2:B200)) is not read for it.
 */
export function mayComputeNumber(formula: string): boolean {
  return ARITHMETIC.test(formula) && LITERAL.test(formula);
}

const ARITHMETIC =
  /[*^+-]|\b(?:INT|TRUNC|ROUND(?:UP|DOWN)?|MOD|QUOTIENT|ABS|PRODUCT|SUM(?:PRODUCT)?|POWER|(?:_xlfn\.)?BIT(?:AND|OR|XOR|LSHIFT|RSHIFT))\s*\(/i;
/** A number of three digits or more written in the formula (not a cell's row: B200). */
const LITERAL = /(?<![A-Za-z$\d._])\d{3}/;

class Stop extends Error {}

export type Token =
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'name'; readonly v: string }
  | { readonly k: 'op'; readonly v: string };

const TOKEN =
  /\s+|"((?:[^"]|"")*)"|(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|('(?:[^']|'')*'!|\[[^\]]*\]|[\p{L}_\\$][\p{L}\p{N}_.$]*!?|#[A-Z0-9/]+[!?]?)|(<>|<=|>=|[-+*/^&=<>%(),;:{}!])/uy;

function tokens(formula: string): Token[] {
  const out: Token[] = [];
  const re = TOKEN;
  let at = formula.charCodeAt(0) === 61 /* = */ ? 1 : 0;
  while (at < formula.length) {
    re.lastIndex = at;
    const m = re.exec(formula);
    if (m === null) throw new Stop();
    at = re.lastIndex;
    if (m[1] !== undefined) out.push({ k: 'str', v: m[1].replace(/""/g, '"') });
    else if (m[2] !== undefined) out.push({ k: 'num', v: Number(m[2]) });
    else if (m[3] !== undefined) out.push({ k: 'name', v: m[3] });
    else if (m[4] !== undefined) out.push({ k: 'op', v: m[4] });
  }
  return out;
}

let last: { formula: string; tokens: Token[] } = { formula: '', tokens: [] };

/** Whether any value the formula makes is one `judge` accepts. */
export function formulaMakes(formula: string, reading: FormulaReading): boolean {
  let toks: Token[];
  if (formula === last.formula) toks = last.tokens;
  else {
    try {
      toks = tokens(formula);
    } catch (err) {
      if (err instanceof Stop) return false;
      throw err;
    }
    // A shared formula is read at each cell of its range: its tokens are made once.
    last = { formula, tokens: toks };
  }
  const r = new Reader(toks, reading);
  try {
    while (r.more()) {
      r.expression(0);
      if (r.found) return true;
      r.skip(); // a separator Excel would not accept here: read on after it
    }
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
  return r.found;
}

const NEVER = (): boolean => false;
const UNKNOWN_TEXT = (): undefined => undefined;

/**
 * The value a formula shows, as Excel calculates it, from its literals and the cells `reading`
 * gives: undefined when any part of it is not known here (a function not read here, a volatile one
 * such as TODAY, a cell whose value is not known). For a workbook saved without calculated values.
 */
export function formulaValue(
  formula: string,
  reading: Omit<FormulaReading, 'judge' | 'text'> & Partial<Pick<FormulaReading, 'text'>>,
): FormulaValue {
  const v = valueOf(formula, reading);
  return v instanceof RangeValue || v instanceof Lambda ? undefined : v;
}

/**
 * What a defined name stands for when it is no reference (an array constant {"a","b"}, a formula):
 * its value as formulaValue works it out, an array kept as one.
 */
export function nameValue(
  formula: string,
  reading: Omit<FormulaReading, 'judge' | 'text'> & Partial<Pick<FormulaReading, 'text'>>,
): FormulaValue | RangeValue | Lambda {
  return valueOf(formula, reading);
}

function valueOf(
  formula: string,
  reading: Omit<FormulaReading, 'judge' | 'text'> & Partial<Pick<FormulaReading, 'text'>>,
): FormulaValue | RangeValue | Lambda {
  let toks: Token[];
  try {
    toks = tokens(formula);
  } catch (err) {
    if (err instanceof Stop) return undefined;
    throw err;
  }
  if (toks.length === 0) return undefined;
  const r = new Reader(toks, { text: UNKNOWN_TEXT, ...reading, judge: NEVER });
  try {
    const v = r.expression(0);
    if (r.more()) return undefined;
    return v === null ? 0 : v;
  } catch (err) {
    if (err instanceof Stop) return undefined;
    throw err;
  }
}

function asText(v: Value): string | undefined {
  if (v === null) return '';
  if (v === undefined || v instanceof RangeValue || v instanceof FormulaError || v instanceof Lambda)
    return undefined;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // Excel keeps and shows 15 significant digits: 18079209.08*100 shows 1807920908.
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(15))) : undefined;
  return v;
}

function asNumber(v: Value): number | undefined {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

class Reader {
  found = false;
  private at = 0;
  private depth = 0;

  /** LAMBDAs called so far (bounded by MAX_CALLS). */
  private calls = 0;

  constructor(
    private toks: readonly Token[],
    private readonly reading: FormulaReading,
  ) {}

  more(): boolean {
    return this.at < this.toks.length;
  }

  skip(): void {
    this.at++;
  }

  private peek(): Token | undefined {
    return this.toks[this.at];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t !== undefined && t.k === 'op' && t.v === v;
  }

  /** The names each LET (or LAMBDA being called) has given values, innermost last. */
  private scopes: Map<string, Value>[] = [];

  /**
   * LAMBDA(param1; ...; calculation), after its "(": the parameters' names and the calculation's
   * tokens, taken to the closing ")" (the calculation is read when the LAMBDA is called).
   */
  private lambda(): Value {
    const params: string[] = [];
    for (;;) {
      const t = this.peek();
      const next = this.toks[this.at + 1];
      if (t?.k !== 'name' || next?.k !== 'op' || (next.v !== ',' && next.v !== ';')) break;
      params.push(variable(t.v));
      this.at += 2;
    }
    const from = this.at;
    let depth = 0;
    while (this.more()) {
      const t = this.toks[this.at] as Token;
      if (t.k === 'op' && (t.v === '(' || t.v === '{')) depth++;
      else if (t.k === 'op' && (t.v === ')' || t.v === '}')) {
        if (depth === 0) break;
        depth--;
      }
      this.at++;
    }
    const body = this.toks.slice(from, this.at);
    if (this.isOp(')')) this.at++;
    if (body.length === 0) return undefined;
    return new Lambda(params, body, [...this.scopes]);
  }

  /**
   * A LAMBDA called with values: its calculation read with its parameters given them (one not
   * given is empty), among the names it was made with. Undefined when given more values than it
   * has parameters (Excel shows #VALUE!), or past MAX_CALLS.
   */
  private invoke(f: Lambda, args: readonly Value[]): Value {
    if (args.length > f.params.length) return new FormulaError('#VALUE!');
    if (++this.calls > MAX_CALLS) throw new Stop();
    const scope = new Map<string, Value>();
    f.params.forEach((p, i) => scope.set(p, i < args.length ? (args[i] ?? undefined) : null));
    const [toks, at, scopes] = [this.toks, this.at, this.scopes];
    this.toks = f.body;
    this.at = 0;
    this.scopes = [...f.scopes, scope];
    try {
      const v = this.expression(0);
      return this.more() ? undefined : v;
    } finally {
      this.toks = toks;
      this.at = at;
      this.scopes = scopes;
    }
  }

  /**
   * The functions that call a LAMBDA over an array (Excel's "LAMBDA helper functions"): REDUCE and
   * SCAN carry a value along the items, MAP calls it with each item (of one array or several),
   * BYROW and BYCOL with each row or column, MAKEARRAY with each row and column number. Undefined
   * when a value is not known or the last argument is no LAMBDA.
   */
  private helper(fn: string, args: readonly Value[]): Value {
    const f = args[args.length - 1];
    if (!(f instanceof Lambda)) return undefined;
    const grid = (v: Value): RangeValue => (v instanceof RangeValue ? v : new RangeValue([[scalar(v)]]));
    const cell = (v: Value): FormulaValue | null => (v instanceof RangeValue ? undefined : scalar(v));
    switch (fn) {
      case 'REDUCE':
      case 'SCAN': {
        if (args.length !== 3) return undefined;
        let acc: Value = args[0] ?? null;
        const source = grid(args[1] ?? null);
        const rows = source.rows.map((r) =>
          r.map((x) => {
            acc = this.invoke(f, [acc, x]);
            return cell(acc);
          }),
        );
        return fn === 'REDUCE' ? acc : new RangeValue(rows);
      }
      case 'MAP': {
        const arrays = args.slice(0, -1).map((a) => grid(a ?? null));
        const first = arrays[0];
        if (first === undefined) return undefined;
        const shape = (r: RangeValue): string => `${r.rows.length}x${r.rows[0]?.length ?? 0}`;
        if (arrays.some((a) => shape(a) !== shape(first))) return undefined;
        return new RangeValue(
          first.rows.map((r, i) =>
            r.map((_x, j) =>
              cell(
                this.invoke(
                  f,
                  arrays.map((a) => a.rows[i]?.[j] ?? null),
                ),
              ),
            ),
          ),
        );
      }
      case 'BYROW':
      case 'BYCOL': {
        if (args.length !== 2) return undefined;
        const source = grid(args[0] ?? null);
        const width = source.rows[0]?.length ?? 0;
        if (fn === 'BYROW')
          return new RangeValue(source.rows.map((r) => [cell(this.invoke(f, [new RangeValue([r])]))]));
        const cols: (FormulaValue | null)[] = [];
        for (let j = 0; j < width; j++)
          cols.push(cell(this.invoke(f, [new RangeValue(source.rows.map((r) => [r[j] ?? null]))])));
        return new RangeValue([cols]);
      }
      default: {
        // MAKEARRAY(rows; columns; LAMBDA(r; c; ...))
        const rows = whole(args[0] ?? undefined);
        const cols = whole(args[1] ?? undefined);
        if (args.length !== 3 || rows === undefined || cols === undefined || rows < 1 || cols < 1)
          return undefined;
        if (rows * cols > MAX_CALLS) return undefined;
        const out: (FormulaValue | null)[][] = [];
        for (let i = 1; i <= rows; i++) {
          const line: (FormulaValue | null)[] = [];
          for (let j = 1; j <= cols; j++) line.push(cell(this.invoke(f, [i, j])));
          out.push(line);
        }
        return new RangeValue(out);
      }
    }
  }

  /**
   * INDIRECT(text) of a cell or range written as text in A1 style ("C2", "Data!B2:C2"): its value,
   * as the cell or range is read. The reference is fixed ($C$2: a text does not move with a shared
   * formula); R1C1 style, another workbook, a name or a text not known: undefined.
   */
  private indirect(args: readonly Value[]): Value {
    const ref = args[0];
    if (
      typeof ref !== 'string' ||
      args.length > 2 ||
      (args.length === 2 && args[1] !== true && args[1] !== undefined)
    )
      return undefined;
    const bang = ref.lastIndexOf('!');
    const sheet = ref.slice(0, bang + 1);
    const fixed = ref
      .slice(bang + 1)
      .split(':')
      .map((p) => p.replace(/^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/, '$$$1$$$2'))
      .join(':');
    const full = sheet + fixed;
    if (CELL.test(full)) return this.reading.cell?.(full);
    if (RANGE.test(full)) return this.reading.range?.(full);
    return undefined;
  }

  /** The LAMBDA a name stands for where it is called (f(...)): one LET gave it, or the workbook's. */
  private lambdaNamed(name: string): Lambda | undefined {
    if (this.scopes.length > 0) {
      const key = variable(name);
      for (let k = this.scopes.length - 1; k >= 0; k--) {
        const scope = this.scopes[k] as Map<string, Value>;
        if (scope.has(key)) {
          const v = scope.get(key);
          return v instanceof Lambda ? v : undefined;
        }
      }
    }
    if (this.reading.name === undefined || /^_xl/i.test(name) || !NAME.test(name)) return undefined;
    const v = this.reading.name(name);
    return v instanceof Lambda ? v : undefined;
  }

  /** Arguments after a "(" to its ")": each a value, undefined for one left out. */
  private arguments(): Value[] {
    const args: Value[] = [];
    if (this.isOp(')')) {
      this.at++;
      return args;
    }
    for (;;) {
      args.push(this.isOp(',') || this.isOp(';') || this.isOp(')') ? undefined : this.expression(0));
      if (this.isOp(',') || this.isOp(';')) {
        this.at++;
        continue;
      }
      if (this.isOp(')')) this.at++;
      return args;
    }
  }

  /**
   * LET(name1; value1; [name2; value2; ...]; calculation), after its "(": each name gets its value,
   * in order (a value may use the names before it), and the calculation is read with them.
   */
  private let(): Value {
    const scope = new Map<string, Value>();
    this.scopes.push(scope);
    try {
      for (;;) {
        const t = this.peek();
        const next = this.toks[this.at + 1];
        if (
          t !== undefined &&
          t.k === 'name' &&
          next !== undefined &&
          next.k === 'op' &&
          (next.v === ',' || next.v === ';')
        ) {
          this.at += 2;
          scope.set(variable(t.v), this.expression(0));
          if (this.isOp(',') || this.isOp(';')) {
            this.at++;
            continue;
          }
          if (this.isOp(')')) this.at++;
          return undefined; // a name without a calculation after it: Excel refuses the formula
        }
        const v = this.expression(0);
        if (this.isOp(')')) this.at++;
        return v;
      }
    } finally {
      this.scopes.pop();
    }
  }

  /**
   * The one cell ANCHORARRAY names (C2, Ark2!C2, 'Ark 1'!C2) and its closing ")", taken; undefined
   * (nothing taken) for anything else, which is then read as any function's arguments are.
   */
  private anchorRef(): string | undefined {
    let k = this.at;
    const first = this.toks[k++];
    if (first?.k !== 'name') return undefined;
    let ref = first.v;
    if (ref.endsWith('!')) {
      const next = this.toks[k++];
      if (next?.k !== 'name') return undefined;
      ref += next.v;
    }
    const close = this.toks[k];
    if (close?.k !== 'op' || close.v !== ')' || !CELL.test(ref)) return undefined;
    this.at = k + 1;
    return ref;
  }

  /**
   * An array constant after its "{": literals (texts, numbers, a minus before one, TRUE/FALSE,
   * errors), "," between columns and ";" between rows.
   * Rows of unequal length, or anything else inside: not known (read to its "}").
   */
  private arrayConstant(): Value {
    const rows: (FormulaValue | null)[][] = [[]];
    let ok = true;
    while (this.more() && !this.isOp('}')) {
      const t = this.toks[this.at++] as Token;
      const row = rows[rows.length - 1] as (FormulaValue | null)[];
      if (t.k === 'str' || t.k === 'num') row.push(t.v);
      else if (t.k === 'op' && t.v === '-' && this.peek()?.k === 'num')
        row.push(-(this.toks[this.at++] as { v: number }).v);
      else if (t.k === 'op' && t.v === ',') continue;
      else if (t.k === 'op' && t.v === ';') rows.push([]);
      else if (t.k === 'name' && /^(?:TRUE|FALSE)$/i.test(t.v)) row.push(t.v.toUpperCase() === 'TRUE');
      else if (t.k === 'name' && t.v.startsWith('#')) row.push(new FormulaError(t.v.toUpperCase()));
      else ok = false;
    }
    this.at++;
    const width = rows[0]?.length ?? 0;
    if (!ok || width === 0 || rows.some((r) => r.length !== width)) return undefined;
    return new RangeValue(rows);
  }

  /** A value made by the formula: judged (once found, the rest is not read). */
  private made(v: Value): Value {
    if (!this.found && (typeof v === 'string' || typeof v === 'number') && this.reading.judge(v)) {
      this.found = true;
      throw new Stop();
    }
    return v;
  }

  /** Binary operators by precedence: comparison 1, & 2, + - 3, * / 4, ^ 5. */
  expression(min: number): Value {
    if (++this.depth > MAX_DEPTH) throw new Stop();
    let left = this.unary();
    // A chain of one kind of operator ("01"&"01"&"90"&"1234", a sum) is judged where it ends, not
    // at each step: "Sag "&"010190123"&"45" shows no CPR number though its first steps might.
    let chain: number | undefined;
    for (;;) {
      const t = this.peek();
      if (t === undefined || t.k !== 'op') break;
      const p = PRECEDENCE[t.v];
      if (p === undefined || p < min) break;
      if (chain !== undefined && p !== chain) this.made(left);
      chain = p;
      this.at++;
      const right = this.expression(p + 1);
      left = apply(t.v, left, right);
    }
    if (chain !== undefined) this.made(left);
    this.depth--;
    return left;
  }

  private unary(): Value {
    if (this.isOp('-') || this.isOp('+')) {
      const minus = this.isOp('-');
      this.at++;
      if (++this.depth > MAX_DEPTH) throw new Stop();
      const v = asNumber(this.unary());
      this.depth--;
      return v === undefined ? undefined : minus ? -v : v;
    }
    let v = this.primary();
    while (this.isOp('%')) {
      this.at++;
      const n = asNumber(v);
      v = n === undefined ? undefined : n / 100;
    }
    return v;
  }

  private primary(): Value {
    const t = this.toks[this.at++];
    if (t === undefined) throw new Stop();
    if (t.k === 'str' || t.k === 'num') return t.v;
    if (t.k === 'op') {
      if (t.v === '(') {
        const v = this.expression(0);
        // A union (A1,B1) inside parentheses: read on.
        while (this.isOp(',') || this.isOp(';')) {
          this.at++;
          this.expression(0);
        }
        if (this.isOp(')')) this.at++;
        return v;
      }
      if (t.v === '{') return this.arrayConstant();
      throw new Stop();
    }
    // A name: a function when '(' follows, else a reference, a defined name or TRUE/FALSE.
    const name = t.v;
    if (this.isOp('(')) {
      this.at++;
      const fn = functionName(name);
      if (fn === 'LET') return this.made(this.let());
      if (fn === 'LAMBDA') {
        // Called at once (LAMBDA(x;x&"1")("a")), or handed on as a value.
        let f: Value = this.lambda();
        while (f instanceof Lambda && this.isOp('(')) {
          this.at++;
          f = this.made(this.invoke(f, this.arguments()));
        }
        return f;
      }
      if (fn === 'ANCHORARRAY') {
        const anchor = this.anchorRef();
        if (anchor !== undefined) return this.made(this.reading.spill?.(anchor));
      }
      const args = this.arguments();
      if (LAMBDA_HELPERS.has(fn)) return this.made(this.helper(fn, args));
      if (fn === 'INDIRECT') return this.made(this.indirect(args));
      const v = call(fn, args, this.reading);
      // Not a function read here: a LAMBDA that LET or the workbook (Name Manager) names.
      const named = v === undefined ? this.lambdaNamed(name) : undefined;
      return this.made(named === undefined ? v : this.invoke(named, args));
    }
    const upper = name.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
    // A name LET gave a value (written _xlpm.name in the file), nearest LET first.
    if (this.scopes.length > 0 && !this.isOp('!') && !this.isOp(':')) {
      const key = variable(name);
      for (let k = this.scopes.length - 1; k >= 0; k--) {
        const scope = this.scopes[k] as Map<string, Value>;
        if (scope.has(key)) return scope.get(key);
      }
    }
    // An error written as such (#N/A, #REF! where a reference was deleted).
    if (name.startsWith('#')) return new FormulaError(upper);
    // A sheet's name before '!' ('Ark 1'!B2, Ark2!B2), a range (A1:B2): the reference goes on.
    let ref = name;
    const external = name.startsWith('['); // another workbook's cell is never known
    let cell = !external;
    while (this.isOp(':') || this.isOp('!') || ref.endsWith('!')) {
      if (!ref.endsWith('!')) {
        const op = this.toks[this.at++] as Token;
        ref += op.v;
        if (op.v === ':') cell = false; // a range: no one value
      }
      const next = this.toks[this.at++];
      if (next === undefined) throw new Stop();
      ref += next.k === 'num' ? String(next.v) : next.k === 'op' ? next.v : next.k === 'name' ? next.v : '';
    }
    if (cell && this.reading.cell !== undefined && CELL.test(ref)) return this.reading.cell(ref);
    if (!cell && !external && this.reading.range !== undefined && RANGE.test(ref))
      return this.reading.range(ref);
    // A defined name ("Koordinator" for Forside!$B$3): what it refers to, when the caller knows it.
    if (cell && this.reading.name !== undefined && ref === name && !CELL.test(ref))
      return this.reading.name(ref);
    return undefined;
  }
}

/**
 * A function's name without the prefixes a program writes before it in the file: _xlfn. (a function
 * newer than the file format: _xlfn.CONCAT), _xlws. (worksheet-only: _xlfn._xlws.SORT), and _xlfn
 * with a program's own tag after it (Gnumeric writes _xlfngnumeric.NUMBERVALUE for a function its
 * list of Excel's lacks). Each names the same function; a user-defined one (_xludf.) is not read.
 */
function functionName(name: string): string {
  return name.replace(/^(?:_xl(?:fn|ws)[a-z]*\.)+/i, '').toUpperCase();
}

/** A LET variable's name as the formula uses it: without the _xlpm. prefix the file gives it, in any case. */
function variable(name: string): string {
  return name.replace(/^_xlpm\./i, '').toUpperCase();
}

/** The functions that call a LAMBDA over an array (Reader.helper). */
const LAMBDA_HELPERS = new Set(['REDUCE', 'SCAN', 'MAP', 'BYROW', 'BYCOL', 'MAKEARRAY']);

/** A name the workbook may define (no cell reference, no sheet): Cpr, Fødsel.Dato, _Stykker. */
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/** A value where a range's item stands: a range, a LAMBDA is not known there. */
function scalar(v: Value): FormulaValue | null {
  return v instanceof RangeValue || v instanceof Lambda ? undefined : v;
}

/** A range of cells, on the formula's own sheet or on one it names: A1:B5, Ark2!$A$2:$B$9. */
const RANGE = /^(?:(?:'(?:[^']|'')+'|[^'!:[\]]+)!)?\$?[A-Z]{1,3}\$?\d{1,7}:\$?[A-Z]{1,3}\$?\d{1,7}$/i;

/** A cell, on the formula's own sheet or on one it names: B2, $B$2, Ark2!B2, 'Ark 1'!B2. */
const CELL = /^(?:(?:'(?:[^']|'')+'|[^'!:[\]]+)!)?\$?[A-Z]{1,3}\$?\d{1,7}$/i;

const PRECEDENCE: Readonly<Record<string, number>> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

function apply(op: string, a: Value, b: Value): Value {
  // An array on either side (SEQUENCE(10), a range): the operator applied item by item.
  if (a instanceof RangeValue || b instanceof RangeValue)
    return lifted([a, b], (xs) => apply(op, xs[0], xs[1]));
  // An error on either side is the result (Excel's order: the left one first).
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (PRECEDENCE[op] === 1) return compare(op, a, b);
  if (op === '&') {
    const x = asText(a);
    const y = asText(b);
    return x === undefined || y === undefined || x.length + y.length > MAX_TEXT ? undefined : x + y;
  }
  const x = asNumber(a);
  const y = asNumber(b);
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new FormulaError('#DIV/0!') : x / y;
    default: {
      // ^: a power Excel can show (10^5); beyond a number's range, #NUM!.
      const p = x ** y;
      return Number.isFinite(p) ? p : new FormulaError('#NUM!');
    }
  }
}

/**
 * A comparison as Excel makes it: numbers by value, texts without regard to case, truth values;
 * an empty cell is 0 beside a number and "" beside a text. Values of different kinds: not known.
 */
function compare(op: string, a: Value, b: Value): Value {
  const x = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === null ? (typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0) : b;
  let order: number;
  if (typeof x === 'number' && typeof y === 'number') order = x < y ? -1 : x > y ? 1 : 0;
  else if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    order = p < q ? -1 : p > q ? 1 : 0;
  } else if (typeof x === 'boolean' && typeof y === 'boolean') order = Number(x) - Number(y);
  else return undefined;
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

function whole(v: Value, fallback?: number): number | undefined {
  if (v === undefined && fallback !== undefined) return fallback;
  const n = asNumber(v);
  return n === undefined || !Number.isFinite(n) ? undefined : Math.trunc(n);
}

/** A function's value from its arguments' values, for the text functions; undefined for the rest. */
function call(fn: string, args: readonly Value[], reading: FormulaReading): Value {
  // A function of single values given an array (MID(text; SEQUENCE(10); 1)) makes an array:
  // Excel calculates it for each item (CONCAT then joins them).
  if (SCALAR.has(fn) && args.some((a) => a instanceof RangeValue))
    return lifted(args, (xs) => call(fn, xs, reading));
  const text = (i: number): string | undefined => asText(args[i]);
  switch (fn) {
    case 'CONCATENATE':
    case 'CONCAT': {
      // CONCAT joins the cells of a range (or the items of an array) in reading order.
      let out = '';
      for (const a of fn === 'CONCAT' ? args.flatMap(valuesOf) : args) {
        const s = asText(a);
        if (s === undefined || out.length + s.length > MAX_TEXT) return undefined;
        out += s;
      }
      return out;
    }
    case 'TEXTJOIN': {
      const sep = text(0);
      if (sep === undefined || args[1] === undefined) return undefined;
      const parts: string[] = [];
      for (const a of args.slice(2).flatMap(valuesOf)) {
        const s = asText(a);
        if (s === undefined) return undefined;
        if (s !== '' || args[1] === false || args[1] === 0) parts.push(s);
      }
      const out = parts.join(sep);
      return out.length > MAX_TEXT ? undefined : out;
    }
    case 'LEFT':
    case 'LEFTB':
    case 'RIGHT':
    case 'RIGHTB': {
      const s = text(0);
      const n = whole(args[1], 1);
      if (s === undefined || n === undefined || n < 0) return undefined;
      return fn.startsWith('LEFT') ? s.slice(0, n) : n === 0 ? '' : s.slice(-n);
    }
    case 'MID':
    case 'MIDB': {
      const s = text(0);
      const from = whole(args[1]);
      const n = whole(args[2]);
      if (s === undefined || from === undefined || n === undefined || from < 1 || n < 0) return undefined;
      return s.slice(from - 1, from - 1 + n);
    }
    case 'REPLACE':
    case 'REPLACEB': {
      const s = text(0);
      const from = whole(args[1]);
      const n = whole(args[2]);
      const by = text(3);
      if (s === undefined || from === undefined || n === undefined || by === undefined || from < 1 || n < 0)
        return undefined;
      const out = s.slice(0, from - 1) + by + s.slice(from - 1 + n);
      return out.length > MAX_TEXT ? undefined : out;
    }
    case 'SUBSTITUTE': {
      const s = text(0);
      const old = text(1);
      const by = text(2);
      if (s === undefined || old === undefined || by === undefined) return undefined;
      if (old === '') return s;
      const nth = args.length > 3 ? whole(args[3]) : 0;
      if (nth === undefined || nth < 0) return undefined;
      let out: string;
      if (nth === 0) out = s.split(old).join(by);
      else {
        let at = -1;
        for (let k = 0; k < nth; k++) {
          at = s.indexOf(old, at + 1);
          if (at === -1) return s;
        }
        out = s.slice(0, at) + by + s.slice(at + old.length);
      }
      return out.length > MAX_TEXT ? undefined : out;
    }
    case 'REPT': {
      const s = text(0);
      const n = whole(args[1]);
      if (s === undefined || n === undefined || n < 0 || s.length * n > MAX_TEXT) return undefined;
      return s.repeat(n);
    }
    case 'CHAR':
    case 'UNICHAR': {
      const n = whole(args[0]);
      if (n === undefined || n < 1 || n > (fn === 'CHAR' ? 255 : 0x10ffff) || (n >= 0xd800 && n <= 0xdfff))
        return undefined;
      return String.fromCodePoint(n);
    }
    case 'TRIM': {
      const s = text(0);
      return s === undefined ? undefined : s.replace(/ +/g, ' ').trim();
    }
    case 'CLEAN': {
      const s = text(0);
      return s === undefined ? undefined : s.replace(/[\u0000-\u001f]/g, '');
    }
    case 'LOWER':
    case 'UPPER':
    case 'PROPER':
      // A letter's case changes no digit, nor what stands beside one.
      return text(0);
    case 'T':
      return typeof args[0] === 'string' ? args[0] : args[0] === undefined ? undefined : '';
    case 'TEXTBEFORE':
    case 'TEXTAFTER': {
      const s = text(0);
      const d = text(1);
      if (s === undefined || d === undefined || args.length > 2 || d === '') return undefined;
      const at = s.indexOf(d);
      if (at === -1) return undefined;
      return fn === 'TEXTBEFORE' ? s.slice(0, at) : s.slice(at + d.length);
    }
    case 'BASE': {
      // BASE(number; radix; [length]): the number's digits in the radix, padded with zeros to the length.
      const n = whole(args[0]);
      const radix = whole(args[1]);
      const length = whole(args[2], 0);
      if (n === undefined || radix === undefined || length === undefined) return undefined;
      if (n < 0 || radix < 2 || radix > 36 || length < 0 || length > 255) return new FormulaError('#NUM!');
      return n.toString(radix).toUpperCase().padStart(length, '0');
    }
    case 'TEXT': {
      const n = asNumber(args[0]);
      const f = text(1);
      if (n === undefined || f === undefined) return undefined;
      // "General" (in any case, also Danish "Standard") shows the number as it is.
      return /^\s*(?:general|standard)\s*$/i.test(f) ? asText(n) : reading.text(n, f);
    }
    case 'FIXED':
    case 'DOLLAR': {
      // FIXED(number; [decimals=2]; [no_commas]): rounded, thousands grouped unless no_commas;
      // DOLLAR always groups, with a currency sign.
      const n = asNumber(args[0]);
      const d = whole(args[1], 2);
      if (n === undefined || d === undefined || d > 127) return undefined;
      const group = fn === 'DOLLAR' || !(args[2] === true || (typeof args[2] === 'number' && args[2] !== 0));
      const out = fixed(n, d, group);
      return fn === 'DOLLAR' ? `kr. ${out}` : out;
    }
    case 'DEC2BIN':
    case 'DEC2OCT':
    case 'DEC2HEX': {
      // The number's digits in base 2, 8 or 16, padded with zeros to `places`; a negative number
      // as ten digits of two's complement.
      const n = whole(args[0]);
      const places = args.length > 1 ? whole(args[1]) : 0;
      const radix = fn === 'DEC2BIN' ? 2 : fn === 'DEC2OCT' ? 8 : 16;
      if (n === undefined || places === undefined) return undefined;
      const limit = radix ** 10 / 2;
      if (n < -limit || n >= limit || places < 0 || places > 10) return new FormulaError('#NUM!');
      const digits = (n < 0 ? radix ** 10 + n : n).toString(radix).toUpperCase();
      if (args.length > 1 && places < digits.length) return new FormulaError('#NUM!');
      return digits.padStart(places, '0');
    }
    case 'BIN2DEC':
    case 'OCT2DEC':
    case 'HEX2DEC': {
      const s = text(0)?.trim();
      const radix = fn === 'BIN2DEC' ? 2 : fn === 'OCT2DEC' ? 8 : 16;
      if (s === undefined) return undefined;
      const ok = radix === 2 ? /^[01]{0,10}$/ : radix === 8 ? /^[0-7]{0,10}$/ : /^[0-9a-f]{0,10}$/i;
      if (!ok.test(s)) return new FormulaError('#NUM!');
      if (s === '') return 0;
      const n = parseInt(s, radix);
      // Ten digits with the highest bit set: a negative number (two's complement).
      return s.length === 10 && n >= radix ** 10 / 2 ? n - radix ** 10 : n;
    }
    case 'SEQUENCE': {
      // SEQUENCE(rows; [columns=1]; [start=1]; [step=1]): an array of numbers.
      const rows = whole(args[0], 1);
      const cols = whole(args[1], 1);
      const start = args[2] === undefined ? 1 : asNumber(args[2]);
      const step = args[3] === undefined ? 1 : asNumber(args[3]);
      if (rows === undefined || cols === undefined || start === undefined || step === undefined)
        return undefined;
      if (rows < 1 || cols < 1) return new FormulaError('#CALC!');
      if (rows * cols > MAX_TEXT) return undefined;
      const out: number[][] = [];
      for (let r = 0; r < rows; r++) {
        const line: number[] = [];
        for (let c = 0; c < cols; c++) line.push(start + (r * cols + c) * step);
        out.push(line);
      }
      return new RangeValue(out);
    }
    case 'DECIMAL': {
      // DECIMAL(text; radix): the text read as a number in the radix (2–36), the inverse of BASE.
      const s = text(0)?.trim();
      const radix = whole(args[1]);
      if (s === undefined || radix === undefined) return undefined;
      if (radix < 2 || radix > 36 || s.length > 255) return new FormulaError('#NUM!');
      let n = 0;
      for (const ch of s.toLowerCase()) {
        const d = parseInt(ch, 36);
        if (Number.isNaN(d) || d >= radix) return new FormulaError('#NUM!');
        n = n * radix + d;
      }
      return n;
    }
    case 'REGEXREPLACE':
    case 'REGEXEXTRACT': {
      // REGEXREPLACE(text; pattern; replacement; [occurrence=0 all]; [case: 0 sensitive]) and
      // REGEXEXTRACT(text; pattern; [mode 0: the first match]; [case]). Read only for a pattern
      // without groups or backreferences on a short text: no pattern can make the reading slow.
      const s = text(0);
      const pattern = text(1);
      if (s === undefined || pattern === undefined || !simplePattern(pattern) || s.length > 256)
        return undefined;
      const caseArg = fn === 'REGEXREPLACE' ? args[4] : args[3];
      const flags = caseArg === 1 || caseArg === true ? 'iu' : 'u';
      let re: RegExp;
      try {
        re = new RegExp(pattern, `g${flags}`);
      } catch {
        return new FormulaError('#VALUE!');
      }
      if (fn === 'REGEXEXTRACT') {
        if (args.length > 2 && args[2] !== 0) return undefined;
        const m = new RegExp(re.source, flags).exec(s);
        return m === null ? new FormulaError('#N/A') : m[0];
      }
      const by = text(2);
      const nth = args.length > 3 ? whole(args[3]) : 0;
      if (by === undefined || nth === undefined || by.includes('$')) return undefined;
      let k = 0;
      const out = s.replace(re, (m) => (nth === 0 || ++k === nth ? by : m));
      return out.length > MAX_TEXT ? undefined : out;
    }
    case 'TEXTSPLIT': {
      // TEXTSPLIT(text; column delimiter; [row delimiter]; [ignore empty]): an array of the pieces.
      const s = text(0);
      const col = args[1] === null ? '' : text(1);
      const rowSep = args.length > 2 && args[2] !== null ? text(2) : '';
      if (s === undefined || col === undefined || rowSep === undefined || args.length > 4) return undefined;
      if (col === '' && rowSep === '') return new FormulaError('#VALUE!');
      const ignore = args[3] === true || args[3] === 1;
      const rows = (rowSep === '' ? [s] : s.split(rowSep))
        .filter((r) => !ignore || r !== '')
        .map((r) => (col === '' ? [r] : r.split(col)).filter((c) => !ignore || c !== ''));
      const width = Math.max(...rows.map((r) => r.length));
      if (rows.length * width > MAX_TEXT) return undefined;
      return new RangeValue(
        rows.map((r) => [...r, ...Array<FormulaValue>(width - r.length).fill(new FormulaError('#N/A'))]),
      );
    }
    case 'ARRAYTOTEXT': {
      // ARRAYTOTEXT(array; [format]): 0 the items joined by ", "; 1 as an array constant.
      const strict = args.length > 1 ? whole(args[1]) : 0;
      const v = args[0];
      if (strict !== 0 && strict !== 1) return undefined;
      const item = (x: FormulaValue | null): string | undefined =>
        strict === 1 && typeof x === 'string' ? `"${x}"` : asText(x === undefined ? undefined : x);
      const rows = v instanceof RangeValue ? v.rows : [[v === undefined ? undefined : scalar(v)]];
      const parts = rows.map((r) => r.map(item));
      if (parts.some((r) => r.some((x) => x === undefined))) return undefined;
      const out = strict === 0 ? parts.flat().join(', ') : `{${parts.map((r) => r.join(',')).join(';')}}`;
      return out.length > MAX_TEXT ? undefined : out;
    }
    case 'VALUE':
      return asNumber(args[0]);
    case 'NUMBERVALUE': {
      // NUMBERVALUE(text; [decimal separator]; [group separator]): the text read with the separators
      // it is given ("1.409.920.960" with "," and "." is 1409920960); spaces are no part of it.
      const s = text(0);
      const dec = args.length > 1 ? text(1)?.charAt(0) : '.';
      const group = args.length > 2 ? text(2)?.charAt(0) : ',';
      if (s === undefined || dec === undefined || group === undefined) return undefined;
      if (dec === group && dec !== '') return new FormulaError('#VALUE!');
      let plain = s.replace(/\s+/g, '');
      if (group !== '') plain = plain.split(group).join('');
      if (dec !== '' && dec !== '.') plain = plain.split('.').join('\u0000').split(dec).join('.');
      const n = asNumber(plain);
      return n === undefined ? new FormulaError('#VALUE!') : n;
    }
    default:
      return valueCall(fn, args, reading);
  }
}

// --- Functions that make values (a workbook saved without calculated values) ------------------------

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 date system as Excel counts from 1 March 1900 (and of the 1904 system). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function serialOf(year: number, month0: number, day: number, date1904: boolean | undefined): Value {
  const t = Date.UTC(year, month0, day);
  const serial = Math.round((t - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS);
  return Number.isFinite(serial) && serial >= 0 && serial <= 2958465 ? serial : new FormulaError('#NUM!');
}

function dateOf(serial: number, date1904: boolean | undefined): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * DAY_MS);
}

/** A range's values in reading order, or a single value as one. */
function valuesOf(v: Value): readonly Value[] {
  if (v instanceof RangeValue) return v.rows.flat();
  return [v];
}

/** The cells of a range of one row or one column, in order; undefined for a wider range. */
function line(v: Value): readonly Value[] | undefined {
  if (!(v instanceof RangeValue)) return undefined;
  const rows = v.rows;
  if (rows.length === 1) return rows[0];
  if (rows.every((row) => row.length === 1)) return rows.map((row) => row[0] as Value);
  return undefined;
}

/** Whether a cell's value equals a looked-up value (exact match, texts without regard to case). */
function sameValue(a: Value, b: Value): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  const x = a === null ? '' : a;
  if (typeof x === 'string' && typeof b === 'string') return x.toLowerCase() === b.toLowerCase();
  return x === b;
}

/** The position (0-based) of `wanted` in `cells`; -1 when none; undefined when a cell is not known. */
function findIn(cells: readonly Value[], wanted: Value): number | undefined {
  for (let i = 0; i < cells.length; i++) {
    const same = sameValue(cells[i], wanted);
    if (same === undefined) return undefined;
    if (same) return i;
  }
  return -1;
}

/** An exact match is asked for: FALSE or 0 as the last argument of VLOOKUP / HLOOKUP. */
function exact(v: Value): boolean {
  return v === false || v === 0;
}

/** The numbers SUM, MIN, MAX, AVERAGE and COUNT take: in a range only numbers, given alone also text digits. */
function numbersOf(args: readonly Value[]): number[] | FormulaError | undefined {
  const out: number[] = [];
  for (const a of args) {
    if (a instanceof FormulaError) return a;
    if (a instanceof RangeValue) {
      for (const v of a.rows.flat()) {
        if (v === undefined) return undefined;
        if (v instanceof FormulaError) return v;
        if (typeof v === 'number') out.push(v);
      }
      continue;
    }
    if (a === undefined) return undefined;
    if (a === null) continue;
    const n = asNumber(a);
    if (n === undefined) return new FormulaError('#VALUE!');
    out.push(n);
  }
  return out;
}

function valueCall(fn: string, args: readonly Value[], reading: FormulaReading): Value {
  const num = (i: number): number | undefined => asNumber(args[i] === undefined ? undefined : args[i]);
  const firstError = args.find((a): a is FormulaError => a instanceof FormulaError);
  switch (fn) {
    // TRUE() and FALSE(): the functions Excel keeps for other programs, and LibreOffice writes for
    // every TRUE or FALSE (TEXTJOIN("-";TRUE();C2:D2)).
    case 'TRUE':
    case 'FALSE':
      return args.length === 0 ? fn === 'TRUE' : undefined;
    case 'IF': {
      const test = args[0];
      if (test instanceof FormulaError) return test;
      const yes = typeof test === 'boolean' ? test : typeof test === 'number' ? test !== 0 : undefined;
      if (yes === undefined) return undefined;
      return yes ? args[1] : args.length > 2 ? args[2] : false;
    }
    case 'IFS': {
      // The value after the first test that is true; #N/A when none is.
      for (let i = 0; i + 1 < args.length; i += 2) {
        const t = args[i];
        if (t instanceof FormulaError) return t;
        const yes = typeof t === 'boolean' ? t : typeof t === 'number' ? t !== 0 : undefined;
        if (yes === undefined) return undefined;
        if (yes) return args[i + 1];
      }
      return new FormulaError('#N/A');
    }
    case 'CHOOSE': {
      const k = whole(args[0]);
      if (args[0] instanceof FormulaError) return args[0];
      if (k === undefined) return undefined;
      return k >= 1 && k < args.length ? args[k] : new FormulaError('#VALUE!');
    }
    case 'SWITCH': {
      // SWITCH(value; match1; result1; ...; [default]): the result of the first match that equals it.
      const v = args[0];
      if (v instanceof FormulaError) return v;
      if (v === undefined || v instanceof RangeValue) return undefined;
      let i = 1;
      for (; i + 1 < args.length; i += 2) {
        const same = compare('=', v, args[i]);
        if (same === undefined) return undefined;
        if (same === true) return args[i + 1];
      }
      return i < args.length ? args[i] : new FormulaError('#N/A');
    }
    case 'IFERROR':
      return args[0] instanceof FormulaError ? args[1] : args[0];
    case 'IFNA':
      return args[0] instanceof FormulaError && args[0].code === '#N/A' ? args[1] : args[0];
    case 'NOT': {
      const v = args[0];
      return typeof v === 'boolean' ? !v : typeof v === 'number' ? v === 0 : undefined;
    }
    case 'AND':
    case 'OR': {
      const all = args.flatMap(valuesOf);
      if (firstError) return firstError;
      const truths: boolean[] = [];
      for (const v of all) {
        if (v === undefined) return undefined;
        if (typeof v === 'boolean') truths.push(v);
        else if (typeof v === 'number') truths.push(v !== 0);
      }
      if (truths.length === 0) return new FormulaError('#VALUE!');
      return fn === 'AND' ? truths.every(Boolean) : truths.some(Boolean);
    }
    case 'SUM':
    case 'MIN':
    case 'MAX':
    case 'AVERAGE':
    case 'COUNT': {
      if (fn === 'COUNT') {
        let n = 0;
        for (const v of args.flatMap(valuesOf)) {
          if (v === undefined) return undefined;
          if (typeof v === 'number') n++;
        }
        return n;
      }
      const ns = numbersOf(args);
      if (ns === undefined || ns instanceof FormulaError) return ns;
      if (fn === 'SUM') return ns.reduce((a, b) => a + b, 0);
      if (fn === 'AVERAGE')
        return ns.length === 0 ? new FormulaError('#DIV/0!') : ns.reduce((a, b) => a + b, 0) / ns.length;
      if (ns.length === 0) return 0;
      return fn === 'MIN' ? Math.min(...ns) : Math.max(...ns);
    }
    case 'COUNTA': {
      let n = 0;
      for (const v of args.flatMap(valuesOf)) {
        if (v === undefined) return undefined;
        if (v !== null) n++;
      }
      return n;
    }
    case 'ROUND':
    case 'ROUNDDOWN':
    case 'ROUNDUP':
    case 'TRUNC': {
      const n = num(0);
      const d = whole(args[1], 0);
      if (firstError) return firstError;
      if (n === undefined || d === undefined) return undefined;
      const f = 10 ** d;
      const way = fn === 'ROUND' ? Math.round : fn === 'ROUNDUP' ? Math.ceil : Math.floor;
      // Away from zero (ROUND at .5, ROUNDUP) or toward it (ROUNDDOWN, TRUNC), as Excel rounds.
      return (Math.sign(n) * way(Math.abs(n) * f + (fn === 'ROUNDUP' ? -1e-9 : 1e-9))) / f;
    }
    case 'INT': {
      if (firstError) return firstError;
      const n = num(0);
      return n === undefined ? undefined : Math.floor(n + 1e-9 * Math.sign(n));
    }
    case 'ABS': {
      if (firstError) return firstError;
      const n = num(0);
      return n === undefined ? undefined : Math.abs(n);
    }
    case 'MOD':
    case 'QUOTIENT': {
      if (firstError) return firstError;
      const n = num(0);
      const d = num(1);
      if (n === undefined || d === undefined) return undefined;
      if (d === 0) return new FormulaError('#DIV/0!');
      // MOD takes the divisor's sign (MOD(-3;2) is 1); QUOTIENT drops the remainder.
      return fn === 'MOD' ? n - d * Math.floor(n / d) : Math.trunc(n / d);
    }
    case 'POWER': {
      if (firstError) return firstError;
      const a = num(0);
      const b = num(1);
      if (a === undefined || b === undefined) return undefined;
      const p = a ** b;
      return Number.isFinite(p) ? p : new FormulaError('#NUM!');
    }
    case 'BITAND':
    case 'BITOR':
    case 'BITXOR':
    case 'BITLSHIFT':
    case 'BITRSHIFT': {
      // Whole numbers below 2^48 (Excel's limit), bit by bit; a shift of at most 53 places.
      if (firstError) return firstError;
      const a = whole(args[0]);
      const b = whole(args[1]);
      if (a === undefined || b === undefined) return undefined;
      const shift = fn.endsWith('SHIFT');
      if (a < 0 || a >= 2 ** 48 || (shift ? Math.abs(b) > 53 : b < 0 || b >= 2 ** 48))
        return new FormulaError('#NUM!');
      const x = BigInt(a);
      const y = BigInt(Math.abs(b));
      const shiftLeft = (fn === 'BITLSHIFT') === b >= 0;
      const r =
        fn === 'BITAND'
          ? x & y
          : fn === 'BITOR'
            ? x | y
            : fn === 'BITXOR'
              ? x ^ y
              : shiftLeft
                ? x << y
                : x >> y;
      return r >= 2n ** 48n ? new FormulaError('#NUM!') : Number(r);
    }
    case 'SUMPRODUCT': {
      // The sum of the items' products of arrays of one shape (text and empty items count as 0).
      if (firstError) return firstError;
      const arrays = args.map((a) => (a instanceof RangeValue ? a.rows : [[a]]));
      const first = arrays[0];
      if (first === undefined) return undefined;
      const rows = first.length;
      const cols = first[0]?.length ?? 0;
      if (arrays.some((t) => t.length !== rows || t.some((r) => r.length !== cols)))
        return new FormulaError('#VALUE!');
      let sum = 0;
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          let p = 1;
          for (const t of arrays) {
            const v = t[r]?.[c];
            if (v === undefined) return undefined;
            if (v instanceof FormulaError) return v;
            p *= typeof v === 'number' ? v : 0;
          }
          sum += p;
        }
      return sum;
    }
    case 'DATEVALUE': {
      // A date written as text: ISO (1993-10-22), or day first as Danish Excel reads it
      // (22-10-1993, 22.10.1993). A month first (10/22/1993) depends on the machine: not read.
      if (firstError) return firstError;
      const s = typeof args[0] === 'string' ? args[0].trim() : undefined;
      if (s === undefined) return undefined;
      const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
      const dmy = /^(\d{1,2})([-.])(\d{1,2})\2(\d{4})$/.exec(s);
      const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[4], dmy[3], dmy[1]] : [];
      if (y === undefined || m === undefined || d === undefined) return undefined;
      const year = Number(y);
      const month = Number(m);
      const day = Number(d);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (month < 1 || month > 12 || day < 1 || day > last) return new FormulaError('#VALUE!');
      return serialOf(year, month - 1, day, reading.date1904);
    }
    case 'PRODUCT': {
      const ns = numbersOf(args);
      if (ns === undefined || ns instanceof FormulaError) return ns;
      return ns.reduce((a, b) => a * b, 1);
    }
    case 'DATE': {
      if (firstError) return firstError;
      const y = whole(args[0]);
      const m = whole(args[1]);
      const d = whole(args[2]);
      if (y === undefined || m === undefined || d === undefined) return undefined;
      const year = y < 1900 ? y + 1900 : y;
      return serialOf(year, m - 1, d, reading.date1904);
    }
    case 'YEAR':
    case 'MONTH':
    case 'DAY': {
      if (firstError) return firstError;
      const n = num(0);
      const date = n === undefined ? undefined : dateOf(n, reading.date1904);
      if (date === undefined) return undefined;
      return fn === 'YEAR'
        ? date.getUTCFullYear()
        : fn === 'MONTH'
          ? date.getUTCMonth() + 1
          : date.getUTCDate();
    }
    case 'EDATE':
    case 'EOMONTH': {
      if (firstError) return firstError;
      const n = num(0);
      const months = whole(args[1]);
      const date = n === undefined ? undefined : dateOf(n, reading.date1904);
      if (date === undefined || months === undefined) return undefined;
      const y = date.getUTCFullYear();
      const m = date.getUTCMonth() + months;
      if (fn === 'EOMONTH') return serialOf(y, m + 1, 0, reading.date1904);
      // EDATE keeps the day, or the month's last day when the month is shorter.
      const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
      return serialOf(y, m, Math.min(date.getUTCDate(), last), reading.date1904);
    }
    case 'ISOWEEKNUM': {
      if (firstError) return firstError;
      const n = num(0);
      const date = n === undefined ? undefined : dateOf(n, reading.date1904);
      if (date === undefined) return undefined;
      // The Thursday of the date's week decides the year; its week is counted from that year's first.
      const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
      const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
      return 1 + Math.floor((thursday.getTime() - jan1) / DAY_MS / 7);
    }
    case 'VLOOKUP':
    case 'HLOOKUP': {
      if (args[0] instanceof FormulaError) return args[0];
      const table = args[1];
      const index = whole(args[2]);
      if (!(table instanceof RangeValue) || index === undefined || !exact(args[3])) return undefined;
      const rows = table.rows;
      if (fn === 'VLOOKUP') {
        if (index < 1 || index > (rows[0]?.length ?? 0)) return new FormulaError('#REF!');
        const at = findIn(
          rows.map((row) => row[0] as Value),
          args[0],
        );
        if (at === undefined) return undefined;
        return at === -1 ? new FormulaError('#N/A') : (rows[at]?.[index - 1] ?? null);
      }
      if (index < 1 || index > rows.length) return new FormulaError('#REF!');
      const at = findIn(rows[0] ?? [], args[0]);
      if (at === undefined) return undefined;
      return at === -1 ? new FormulaError('#N/A') : (rows[index - 1]?.[at] ?? null);
    }
    case 'MATCH': {
      if (args[0] instanceof FormulaError) return args[0];
      const cells = line(args[1]);
      if (cells === undefined || args[2] !== 0) return undefined;
      const at = findIn(cells, args[0]);
      return at === undefined ? undefined : at === -1 ? new FormulaError('#N/A') : at + 1;
    }
    case 'INDEX': {
      const table = args[0];
      const r = whole(args[1]);
      const c = args.length > 2 ? whole(args[2]) : undefined;
      if (!(table instanceof RangeValue) || r === undefined || (args.length > 2 && c === undefined))
        return undefined;
      const rows = table.rows;
      // One index into a range of one row or one column counts along it.
      if (c === undefined) {
        const cells = line(table);
        if (cells === undefined || r < 1) return undefined;
        return r > cells.length ? new FormulaError('#REF!') : (cells[r - 1] ?? null);
      }
      if (r < 1 || c < 1) return undefined;
      const row = rows[r - 1];
      return row === undefined || c > row.length ? new FormulaError('#REF!') : (row[c - 1] ?? null);
    }
    case 'XLOOKUP': {
      if (args[0] instanceof FormulaError) return args[0];
      const keys = line(args[1]);
      const values = line(args[2]);
      const mode = args.length > 4 ? whole(args[4]) : 0;
      if (keys === undefined || values === undefined || keys.length !== values.length || mode !== 0)
        return undefined;
      const at = findIn(keys, args[0]);
      if (at === undefined) return undefined;
      if (at === -1) return args.length > 3 && args[3] !== undefined ? args[3] : new FormulaError('#N/A');
      return values[at] ?? null;
    }
    default:
      // Any other function (TODAY, NOW, RAND, INDIRECT, OFFSET, ...): its value is not known here.
      return undefined;
  }
}

/**
 * The functions of single values that Excel calculates for each item of an array given to them
 * (the text functions, the arithmetic ones, the number-to-text ones).
 */
const SCALAR = new Set([
  'LEFT',
  'LEFTB',
  'RIGHT',
  'RIGHTB',
  'MID',
  'MIDB',
  'REPLACE',
  'REPLACEB',
  'SUBSTITUTE',
  'REPT',
  'CHAR',
  'UNICHAR',
  'TRIM',
  'CLEAN',
  'LOWER',
  'UPPER',
  'PROPER',
  'TEXT',
  'VALUE',
  'NUMBERVALUE',
  'BASE',
  'FIXED',
  'DOLLAR',
  'DEC2BIN',
  'DEC2OCT',
  'DEC2HEX',
  'BIN2DEC',
  'OCT2DEC',
  'HEX2DEC',
  'DECIMAL',
  'POWER',
  'BITAND',
  'BITOR',
  'BITXOR',
  'BITLSHIFT',
  'BITRSHIFT',
  'DATEVALUE',
  'INT',
  'ABS',
  'MOD',
  'QUOTIENT',
  'ROUND',
  'ROUNDDOWN',
  'ROUNDUP',
  'TRUNC',
]);

/**
 * `f` applied item by item over the arrays among `args` (single values repeat for every item); an
 * array of one row or one column spreads along the other's length, as Excel does. Undefined when
 * the arrays' shapes do not fit together or the result would be too large.
 */
function lifted(args: readonly Value[], f: (xs: Value[]) => Value): Value {
  let rows = 1;
  let cols = 1;
  for (const a of args) {
    if (!(a instanceof RangeValue)) continue;
    const r = a.rows.length;
    const c = a.rows[0]?.length ?? 0;
    if (r === 0 || c === 0) return undefined;
    if (r !== 1 && rows !== 1 && r !== rows) return undefined;
    if (c !== 1 && cols !== 1 && c !== cols) return undefined;
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  }
  if (rows * cols > MAX_TEXT) return undefined;
  const out: (FormulaValue | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: (FormulaValue | null)[] = [];
    for (let c = 0; c < cols; c++) {
      const xs = args.map((a) => {
        if (!(a instanceof RangeValue)) return a;
        const row = a.rows.length === 1 ? a.rows[0] : a.rows[r];
        const v = row === undefined ? undefined : row.length === 1 ? row[0] : row[c];
        return v === undefined ? undefined : v;
      });
      line.push(scalar(f(xs)));
    }
    out.push(line);
  }
  return new RangeValue(out);
}

/** A number rounded to `decimals` (negative: to tens, hundreds ...), thousands grouped with commas or not. */
function fixed(n: number, decimals: number, group: boolean): string {
  const f = 10 ** decimals;
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
  const [int = '', frac] = Math.abs(rounded).toFixed(Math.max(decimals, 0)).split('.');
  const grouped = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${rounded < 0 ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * A regular expression Excel (PCRE2) and JavaScript read alike and that no text can make slow: at
 * most 100 characters, no groups, backreferences or lookarounds, and at most one quantifier (the
 * text it is used on is at most 256 characters, so a match costs at most the text's length squared).
 */
function simplePattern(p: string): boolean {
  if (p.length > 100 || /[()]|\\[1-9kgpPQE]/.test(p)) return false;
  const quantifiers = p
    .replace(/\\./g, '')
    .replace(/\[(?:\\.|[^\]])*\]/g, 'x')
    .match(/[*+?]|\{\d/g);
  return (quantifiers?.length ?? 0) <= 1;
}
