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

/** A value: text, a number, a truth value; undefined when the formula alone does not tell. */
type Value = string | number | boolean | undefined;

export interface FormulaReading {
  /** Whether a value the formula makes is a CPR number (text) or one that lost its zero (number). */
  readonly judge: (value: string | number) => boolean;
  /** A number as TEXT(number; format) shows it; undefined when not known. */
  readonly text: (value: number, format: string) => string | undefined;
  /** A cell's value by its reference as written (A1, $B$2, Ark2!B2: as written), when the caller knows it. */
  readonly cell?: (ref: string) => string | number | undefined;
}

/** Longer texts are not made (REPT("0101901234";1000000)): the pieces are judged on their own. */
const MAX_TEXT = 4096;
const MAX_DEPTH = 100;

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
 * The functions that cut, repeat, make or hand on text (every text function `call` reads): a formula
 * naming none is not read. One that hands a piece on unchanged (LOWER("010190")&"1234", T, VALUE)
 * hides the piece from the plain join of literals in cpr.ts as well as any other function does.
 */
export const TEXT_FUNCTIONS =
  /\b(?:_xlfn\.)?(?:REPLACEB?|MIDB?|LEFTB?|RIGHTB?|SUBSTITUTE|REPT|UNICHAR|CHAR|TRIM|CLEAN|TEXTBEFORE|TEXTAFTER|LOWER|UPPER|PROPER|T|TEXT|(?:NUMBER)?VALUE)\s*\(/i;

class Stop extends Error {}

type Token =
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

function asText(v: Value): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  return v;
}

function asNumber(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

class Reader {
  found = false;
  private at = 0;
  private depth = 0;

  constructor(
    private readonly toks: readonly Token[],
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
      if (t.v === '{') {
        // An array constant: its items are literals, none made here.
        while (this.more() && !this.isOp('}')) this.at++;
        this.at++;
        return undefined;
      }
      throw new Stop();
    }
    // A name: a function when '(' follows, else a reference, a defined name or TRUE/FALSE.
    const name = t.v;
    if (this.isOp('(')) {
      this.at++;
      const args: Value[] = [];
      if (this.isOp(')')) this.at++;
      else {
        for (;;) {
          args.push(this.isOp(',') || this.isOp(';') || this.isOp(')') ? undefined : this.expression(0));
          if (this.isOp(',') || this.isOp(';')) {
            this.at++;
            continue;
          }
          if (this.isOp(')')) this.at++;
          break;
        }
      }
      return this.made(call(name.replace(/^_xl(?:fn|ws)\./i, '').toUpperCase(), args, this.reading));
    }
    const upper = name.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
    // A sheet's name before '!' ('Ark 1'!B2, Ark2!B2), a range (A1:B2): the reference goes on.
    let ref = name;
    let cell = !name.startsWith('['); // another workbook's cell is never known
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
    return undefined;
  }
}

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
      return y === 0 ? undefined : x / y;
    case '^':
      return undefined;
    default:
      return undefined; // a comparison: a truth value, no text
  }
}

function whole(v: Value, fallback?: number): number | undefined {
  if (v === undefined && fallback !== undefined) return fallback;
  const n = asNumber(v);
  return n === undefined || !Number.isFinite(n) ? undefined : Math.trunc(n);
}

/** A function's value from its arguments' values, for the text functions; undefined for the rest. */
function call(fn: string, args: readonly Value[], reading: FormulaReading): Value {
  const text = (i: number): string | undefined => asText(args[i]);
  switch (fn) {
    case 'CONCATENATE':
    case 'CONCAT': {
      let out = '';
      for (const a of args) {
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
      for (const a of args.slice(2)) {
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
    case 'TEXT': {
      const n = asNumber(args[0]);
      const f = text(1);
      return n === undefined || f === undefined ? undefined : reading.text(n, f);
    }
    case 'VALUE':
    case 'NUMBERVALUE':
      return asNumber(args[0]);
    default:
      return undefined;
  }
}
