// A small, strict, streaming XML tokenizer for the parts of a workbook. It checks that the XML is
// well formed (one root, matching tags, quoted and unique attributes, valid references), refuses
// any DTD, and never expands an entity beyond the five XML built-ins and numeric references. One
// slip is read as its writer meant it: an ampersand that starts no reference ("Arbejdsproces &
// kultur", as R's openxlsx writes a sheet name) is the character & itself, counted in
// `bareAmpersands` for the reader to say so.
// Text arrives in chunks of any size; a token cut by a chunk boundary waits for the next chunk.
// Handlers see local names (prefix dropped), so transitional and strict OOXML read alike.

import { refuse } from './messages';

export interface XmlHandler {
  /** A start tag; its attributes can be read from the scanner during the call. */
  open(name: string, scanner: XmlScanner): void;
  /** An end tag (also called straight after `open` for an empty element `<x/>`). */
  close(name: string): void;
  /** Character data inside the root element, references decoded (may come in several pieces). */
  text(text: string): void;
  /**
   * Optional: character data that needed no decoding, as s[from, to) (never empty), in place of
   * `text`. A handler that has it slices only the text it keeps (most cell values are parsed where
   * they stand); one without it gets every piece as a string through `text`.
   */
  textAt?(s: string, from: number, to: number): void;
}

/**
 * A second listener on everything a part stores as text, for the intake's CPR scan of the package
 * (core/xlsx/audit.ts): start tags with their raw text, end tags, every text run (references
 * decoded), and the content of comments and processing instructions. Called before the handler.
 */
export interface XmlAudit {
  /** A start tag s[from, to); its attributes can be read from the scanner during the call. */
  open(local: string, s: string, from: number, to: number, scanner: XmlScanner): void;
  close(local: string): void;
  text(text: string): void;
  /** A text run s[from, to) (never empty) that needed no decoding: the same as text(s.slice(from, to)). */
  textAt(s: string, from: number, to: number): void;
  /** The content of a comment or processing instruction. */
  markup(text: string): void;
  /** The part has ended. */
  end(): void;
}

const enum State {
  Prolog,
  Root,
  Epilog,
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const EQ = 61; // =
const DQUOTE = 34; // "
const SQUOTE = 39; // '
const AMP = 38; // &
const CR = 13;

/** Tokens longer than this that are still incomplete wait for as much new text before a rescan. */
const RESCAN_GRACE = 64 * 1024;

/**
 * The longest token (a text run, a tag with its attributes, a comment) taken: Excel writes none
 * near this (a cell holds at most 32,767 characters). Longer ones are refused while they are still
 * coming in, so a 32 MB text costs 1 MB of memory to refuse, not several copies of 32 MB.
 */
export const MAX_TOKEN_CHARS = 1024 * 1024;

/** Names a part's scanner interns at most (each a lookup in the engine's string table). */
const MAX_INTERNED = 10_000;

/** From this many attributes on, a tag's attribute names are checked for repeats with a set. */
const SEEN_FROM = 16;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** A character that may start an XML name (ASCII letters, _ and :, and anything non-ASCII). */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

/** Whether s[a, a+len) equals s[b, b+len). */
function sameRange(s: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) {
    if (s.charCodeAt(a + i) !== s.charCodeAt(b + i)) return false;
  }
  return true;
}

/** Whether `s` holds `word` at `at` (a JS loop: cheaper than a native call for short names). */
function sameAt(s: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (s.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The engine's canonical copy of a name (a property key is interned), so that the handlers'
 * `switch (name)` compares pointers. Only called when a name is first seen.
 */
function internalize(name: string): string {
  const holder: Record<string, true> = { [name]: true };
  return Object.keys(holder)[0] ?? name;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

export class XmlScanner {
  /** Start tags, end tags, text runs and other markup seen so far. */
  tokens = 0;
  /** True once the scanner needs no more input (prolog-only mode reached the root element). */
  done = false;
  /** True when an attribute of the current start tag held a reference or white space to decode. */
  tagDecoded = false;
  /** True when the current start tag's name has a prefix (x:row): its namespace is not the default's. */
  prefixed = false;
  /**
   * The length of the longest raw attribute value of the current start tag: lets the package audit
   * pass over the many tags whose values are all too short to hold a CPR number (cell references,
   * style numbers) without looking at each attribute.
   */
  longestValue = 0;
  /** The length of the longest attribute name of the current start tag (for the package audit). */
  longestName = 0;
  /** Ampersands that started no reference, read as the character & (see decodeReferences). */
  bareAmpersands = 0;

  // The current start tag's attributes, as positions in `src`: nothing is sliced until asked for.
  private src = '';
  private readonly nameStart: number[] = [];
  private readonly nameEnd: number[] = [];
  private readonly valueStart: number[] = [];
  private readonly valueEnd: number[] = [];
  /** Values that needed decoding (references, white space), decoded once while scanning. */
  private readonly decoded: (string | undefined)[] = [];
  /** Number of attributes on the current start tag. */
  attrCount = 0;
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  /** Recently seen names, so the same tag name is not sliced out of the text again and again. */
  private readonly nameCache: (string | undefined)[] = new Array<string | undefined>(512);
  private readonly localCache: string[] = new Array<string>(512);
  private depth = 0;
  private state = State.Prolog;
  private started = false;
  private tail = '';
  private readonly waiting: string[] = [];
  private waitingLength = 0;
  private waitFor = 0;

  /**
   * @param part the part's name, for messages
   * @param prologOnly stop at the root element: enough to find a DTD without reading the part
   * @param externalDoctype accept a DOCTYPE without an internal subset (an SVG picture's)
   */
  constructor(
    readonly part: string,
    handler: XmlHandler,
    private readonly prologOnly = false,
    private readonly audit?: XmlAudit,
    /** Accept a DOCTYPE that only names an external DTD (never read) in the prolog: SVG pictures. */
    private readonly externalDoctype = false,
  ) {
    // The handler's methods are taken once, so the scanning loop calls them through fields of one
    // shape: calling them on handlers of many classes would keep deoptimizing the loop.
    this.onOpen = handler.open.bind(handler);
    this.onClose = handler.close.bind(handler);
    this.onText = handler.text.bind(handler);
    this.onTextAt = handler.textAt?.bind(handler);
  }

  private readonly onOpen: XmlHandler['open'];
  private readonly onClose: XmlHandler['close'];
  private readonly onText: XmlHandler['text'];
  /** The handler's textAt, when it has one: plain text runs are then passed without slicing. */
  private readonly onTextAt: XmlHandler['textAt'];

  /** Feeds the next piece of the document. */
  feed(chunk: string): void {
    if (this.done || chunk.length === 0) return;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.waitFor > 0) {
      // A long token is still open: gather at least as much new text as is pending before the
      // next scan, so a huge token costs O(n) in all, not O(n²).
      this.waiting.push(chunk);
      this.waitingLength += chunk.length;
      if (this.tail.length + this.waitingLength > MAX_TOKEN_CHARS) this.tokenTooLong();
      if (this.waitingLength < this.waitFor) return;
      chunk = this.waiting.join('');
      this.waiting.length = 0;
      this.waitingLength = 0;
    }
    const text = this.tail.length === 0 ? chunk : this.tail + chunk;
    const used = this.scan(text, false);
    this.tail = used === text.length ? '' : text.slice(used);
    if (this.tail.length > MAX_TOKEN_CHARS) this.tokenTooLong();
    this.waitFor = this.tail.length > RESCAN_GRACE ? this.tail.length : 0;
  }

  /**
   * Whether `chars` more characters, fed in one piece or in two, leave the same unfinished token
   * behind to the same effect: nothing is waiting for more text, and what could be left unfinished
   * stays under RESCAN_GRACE, so no wait starts and no long-token check can fire in between.
   */
  holdsLittle(chars: number): boolean {
    return this.waitFor === 0 && this.tail.length + chars <= RESCAN_GRACE;
  }

  private tokenTooLong(): never {
    throw refuse.tokenTooLong(this.part, MAX_TOKEN_CHARS);
  }

  /** Ends the document: anything left open makes it malformed. */
  end(): void {
    if (this.done) return;
    const text = this.tail + this.waiting.join('');
    this.tail = '';
    this.waiting.length = 0;
    this.scan(text, true);
    if (this.done) return;
    this.audit?.end();
    if (this.state === State.Prolog) this.fail('intet rodelement', 'no root element');
    if (this.state === State.Root) {
      this.fail(
        `<${this.stack[this.depth - 1] ?? ''}> er ikke lukket`,
        `<${this.stack[this.depth - 1] ?? ''}> is not closed`,
      );
    }
  }

  /** The value of attribute `qname` of the current start tag (references decoded). */
  attr(qname: string): string | undefined {
    const src = this.src;
    for (let i = 0; i < this.attrCount; i++) {
      const from = this.nameStart[i]!;
      if (this.nameEnd[i]! - from === qname.length && sameAt(src, from, qname)) return this.attrValue(i);
    }
    return undefined;
  }

  /** The value of the attribute whose local name is `local` and which has a namespace prefix (r:id). */
  attrNs(local: string): string | undefined {
    const src = this.src;
    for (let i = 0; i < this.attrCount; i++) {
      const from = this.nameStart[i]!;
      const to = this.nameEnd[i]!;
      const at = to - local.length;
      if (at - 1 > from && src.charCodeAt(at - 1) === 58 /* : */ && sameAt(src, at, local))
        return this.attrValue(i);
    }
    return undefined;
  }

  /** Length of the name of attribute `i`. */
  attrNameLength(i: number): number {
    return this.nameEnd[i]! - this.nameStart[i]!;
  }

  /** The (qualified) name of attribute `i`. */
  attrName(i: number): string {
    return this.src.slice(this.nameStart[i], this.nameEnd[i]);
  }

  /** Character code `k` of the name of attribute `i`. */
  attrNameCode(i: number, k: number): number {
    return this.src.charCodeAt(this.nameStart[i]! + k);
  }

  /** The text the current attributes point into, with attrValueStart/End: for parsing without slicing. */
  get source(): string {
    return this.src;
  }

  /** Where the raw value of attribute `i` starts in `source`; -1 when it had to be decoded. */
  attrValueStart(i: number): number {
    return this.decoded[i] === undefined ? this.valueStart[i]! : -1;
  }

  attrValueEnd(i: number): number {
    return this.valueEnd[i]!;
  }

  /** The value of attribute `i` (references decoded). */
  attrValue(i: number): string {
    return this.decoded[i] ?? this.src.slice(this.valueStart[i], this.valueEnd[i]);
  }

  fail(detailDa: string, detailEn: string): never {
    throw refuse.xmlInvalid(this.part, detailDa, detailEn);
  }

  private unexpectedEnd(): never {
    this.fail('filen slutter midt i et mærke', 'the part ends inside a tag');
  }

  /** Tokenizes `s` as far as complete tokens go; returns how much of it was used. */
  private scan(s: string, final: boolean): number {
    const n = s.length;
    let p = 0;
    while (p < n) {
      if (s.charCodeAt(p) !== LT) {
        let lt = p;
        let special = false;
        for (; lt < n; lt++) {
          const c = s.charCodeAt(lt);
          if (c === LT) break;
          if (c === AMP || c === CR) special = true;
        }
        if (lt === n && !final) return p;
        this.textToken(s, p, lt, special);
        p = lt;
        continue;
      }
      if (p + 1 >= n) {
        if (final) this.unexpectedEnd();
        return p;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === SLASH) {
        let gt = p + 2;
        while (gt < n && s.charCodeAt(gt) !== GT) gt++;
        if (gt === n) {
          if (final) this.unexpectedEnd();
          return p;
        }
        let e = gt;
        while (e > p + 2 && isSpace(s.charCodeAt(e - 1))) e--;
        const top = this.depth === 0 ? undefined : this.stack[this.depth - 1];
        if (top === undefined || e - p - 2 !== top.length || !sameAt(s, p + 2, top)) {
          const qname = s.slice(p + 2, e);
          this.fail(`</${qname}> passer ikke til et åbent mærke`, `</${qname}> does not match an open tag`);
        }
        this.depth--;
        this.tokens++;
        if (this.depth === 0) this.state = State.Epilog;
        this.audit?.close(this.locals[this.depth]!);
        this.onClose(this.locals[this.depth]!);
        p = gt + 1;
        continue;
      }
      if (c1 === BANG) {
        if (!final && n - p < 9) return p;
        if (s.startsWith('<!--', p)) {
          const e = s.indexOf('-->', p + 4);
          if (e === -1) {
            if (final) this.unexpectedEnd();
            return p;
          }
          this.tokens++;
          this.audit?.markup(s.slice(p + 4, e));
          p = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', p)) {
          const e = s.indexOf(']]>', p + 9);
          if (e === -1) {
            if (final) this.unexpectedEnd();
            return p;
          }
          if (this.depth === 0) this.fail('CDATA uden for rodelementet', 'CDATA outside the root element');
          this.tokens++;
          const raw = s.slice(p + 9, e);
          const text = raw.indexOf('\r') === -1 ? raw : normalizeNewlines(raw);
          this.audit?.text(text);
          this.onText(text);
          p = e + 3;
          continue;
        }
        const word = s.slice(p + 2, p + 9).toUpperCase();
        if (this.externalDoctype && word === 'DOCTYPE' && this.state === State.Prolog) {
          // A picture's document type by its public and system ids only (Illustrator's SVG
          // files): nothing is declared and nothing is fetched. With declarations, it is refused.
          const e = s.indexOf('>', p + 9);
          if (e === -1) {
            if (final) this.unexpectedEnd();
            return p;
          }
          const declaration = s.slice(p + 9, e);
          if (declaration.indexOf('[') === -1) {
            this.tokens++;
            this.audit?.markup(declaration);
            p = e + 1;
            continue;
          }
        }
        if (
          word.startsWith('DOCTYPE') ||
          word.startsWith('ENTITY') ||
          word.startsWith('ELEMENT') ||
          word.startsWith('ATTLIST')
        ) {
          throw refuse.dtd(this.part);
        }
        this.fail('ukendt <!-mærke', 'unknown <! markup');
      }
      if (c1 === QUESTION) {
        const e = s.indexOf('?>', p + 2);
        if (e === -1) {
          if (final) this.unexpectedEnd();
          return p;
        }
        const target = /^[^\s?]*/.exec(s.slice(p + 2, Math.min(e, p + 12)))?.[0] ?? '';
        if (target.toLowerCase() === 'xml' && (this.tokens > 0 || p > 0 || this.state !== State.Prolog)) {
          this.fail('XML-erklæringen står ikke først', 'the XML declaration is not first');
        }
        if (target.length === 0)
          this.fail('behandlingsinstruktion uden navn', 'processing instruction without a name');
        this.tokens++;
        this.audit?.markup(s.slice(p + 2, e));
        p = e + 2;
        continue;
      }
      // A start tag.
      const end = this.startTag(s, p, final);
      if (end === -1) return p;
      p = end;
      if (this.done) return n;
    }
    return p;
  }

  /** Reads the start tag at `p`; returns the index after it, or -1 when it is incomplete. */
  private startTag(s: string, p: number, final: boolean): number {
    const n = s.length;
    let q = p + 1;
    let c = s.charCodeAt(q);
    if (!isNameStart(c)) this.fail('ugyldigt mærkenavn', 'invalid tag name');
    while (q < n) {
      c = s.charCodeAt(q);
      if (c <= 32 || c === GT || c === SLASH) break;
      if (c === LT || c === EQ || c === DQUOTE || c === SQUOTE)
        this.fail('ugyldigt mærkenavn', 'invalid tag name');
      q++;
    }
    if (q >= n) {
      if (final) this.unexpectedEnd();
      return -1;
    }
    const qname = this.name(s, p + 1, q);
    const local = this.localCache[this.lastSlot]!;
    this.prefixed = local.length !== qname.length;
    this.attrCount = 0;
    this.tagDecoded = false;
    this.longestValue = 0;
    this.longestName = 0;
    this.src = s;
    let selfClosing = false;
    let complete = false;
    for (;;) {
      let spaced = false;
      while (q < n && (c = s.charCodeAt(q)) <= 32) {
        if (c !== 32 && c !== 10 && c !== 9 && c !== 13)
          this.fail('ugyldigt kontroltegn', 'invalid control character');
        q++;
        spaced = true;
      }
      if (q >= n) break;
      if (c === GT) {
        q++;
        complete = true;
        break;
      }
      if (c === SLASH) {
        if (q + 1 >= n) break;
        if (s.charCodeAt(q + 1) !== GT) this.fail(`fejl i <${qname}>`, `malformed <${qname}>`);
        selfClosing = true;
        complete = true;
        q += 2;
        break;
      }
      if (!spaced || !isNameStart(c))
        this.fail(`fejl i attributterne i <${qname}>`, `malformed attributes in <${qname}>`);
      const nameStart = q;
      while (q < n) {
        c = s.charCodeAt(q);
        if (c === EQ || c <= 32) break;
        if (c === GT || c === SLASH || c === LT || c === DQUOTE || c === SQUOTE) {
          this.fail(`fejl i attributterne i <${qname}>`, `malformed attributes in <${qname}>`);
        }
        q++;
      }
      const nameEnd = q;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q >= n) break;
      if (s.charCodeAt(q) !== EQ) {
        const attrName = s.slice(nameStart, nameEnd);
        this.fail(`attributten ${attrName} har ingen værdi`, `attribute ${attrName} has no value`);
      }
      q++;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q >= n) break;
      const quote = s.charCodeAt(q);
      if (quote !== DQUOTE && quote !== SQUOTE) {
        const attrName = s.slice(nameStart, nameEnd);
        this.fail(`attributten ${attrName} er ikke i anførselstegn`, `attribute ${attrName} is not quoted`);
      }
      const valueStart = q + 1;
      let special = false;
      for (q = valueStart; q < n; q++) {
        c = s.charCodeAt(q);
        if (c === quote) break;
        if (c === AMP || c === LT || c < 32) special = true;
      }
      if (q >= n) break;
      const count = this.attrCount;
      if (count < SEEN_FROM) {
        const nameLength = nameEnd - nameStart;
        for (let i = 0; i < count; i++) {
          const other = this.nameStart[i]!;
          if (this.nameEnd[i]! - other === nameLength && sameRange(s, other, nameStart, nameLength)) {
            this.twice(s.slice(nameStart, nameEnd));
          }
        }
      } else {
        // A tag with many attributes (no part Excel writes has them; a crafted one may have a
        // hundred thousand): a set, so telling a name given twice stays linear, not quadratic.
        const seen = count === SEEN_FROM ? this.seenNames(s) : this.seen;
        const attrName = s.slice(nameStart, nameEnd);
        if (seen.has(attrName)) this.twice(attrName);
        seen.add(attrName);
      }
      this.nameStart[count] = nameStart;
      this.nameEnd[count] = nameEnd;
      this.valueStart[count] = valueStart;
      this.valueEnd[count] = q;
      if (q - valueStart > this.longestValue) this.longestValue = q - valueStart;
      if (nameEnd - nameStart > this.longestName) this.longestName = nameEnd - nameStart;
      if (special) {
        this.decoded[count] = this.decodeAttr(s.slice(valueStart, q), s.slice(nameStart, nameEnd));
        this.tagDecoded = true;
      } else {
        this.decoded[count] = undefined;
      }
      this.attrCount = count + 1;
      q++;
    }
    if (!complete) {
      // Ran off the end of the text before the tag closed.
      if (final) this.unexpectedEnd();
      return -1;
    }
    this.tokens++;
    if (this.state === State.Epilog)
      this.fail('indhold efter rodelementet', 'content after the root element');
    if (this.depth === 0) {
      this.state = State.Root;
      if (this.prologOnly) {
        this.done = true;
        return q;
      }
    }
    const audit = this.audit;
    if (audit !== undefined) audit.open(local, s, p, q, this);
    this.onOpen(local, this);
    if (selfClosing) {
      if (this.depth === 0) this.state = State.Epilog;
      if (audit !== undefined) audit.close(local);
      this.onClose(local);
    } else {
      this.stack[this.depth] = qname;
      this.locals[this.depth] = local;
      this.depth++;
    }
    return q;
  }

  /** The names of the current start tag's attributes, once it has SEEN_FROM of them. */
  private seen = new Set<string>();

  private seenNames(s: string): Set<string> {
    const seen = new Set<string>();
    for (let i = 0; i < SEEN_FROM; i++) seen.add(s.slice(this.nameStart[i], this.nameEnd[i]));
    this.seen = seen;
    return seen;
  }

  private twice(attrName: string): never {
    this.fail(`attributten ${attrName} står to gange`, `attribute ${attrName} appears twice`);
  }

  private lastSlot = 0;
  /** Names interned so far (see name). */
  private interned = 0;

  /** The name s[from, to), from the cache when it was seen before; sets lastSlot to its slot. */
  private name(s: string, from: number, to: number): string {
    const len = to - from;
    const slot = ((len << 4) ^ s.charCodeAt(from) ^ (s.charCodeAt(to - 1) << 2)) & 511;
    this.lastSlot = slot;
    const cached = this.nameCache[slot];
    if (cached !== undefined && cached.length === len && sameAt(s, from, cached)) return cached;
    // Interning makes the handlers' comparisons cheap, but costs a lookup in the engine's string
    // table: a part of hundreds of thousands of distinct names (no real part has more than a few
    // hundred) would spend seconds on it, so past MAX_INTERNED new names are only sliced.
    const fresh = ++this.interned <= MAX_INTERNED;
    const name = fresh ? internalize(s.slice(from, to)) : s.slice(from, to);
    this.nameCache[slot] = name;
    this.localCache[slot] = fresh ? internalize(localName(name)) : localName(name);
    return name;
  }

  private decodeAttr(raw: string, name: string): string {
    if (raw.indexOf('<') !== -1) this.fail(`< i attributten ${name}`, `< in attribute ${name}`);
    // Attribute-value normalisation: white space characters become spaces.
    // A line end is one character (CR LF too) before it becomes a space (XML 1.0, 2.11 and 3.3.3).
    const spaced = raw.replace(/\r\n|[\t\n\r]/g, ' ');
    return spaced.indexOf('&') === -1 ? spaced : decodeReferences(spaced, this);
  }

  private textToken(s: string, from: number, to: number, special: boolean): void {
    this.tokens++;
    const onTextAt = this.onTextAt;
    if (!special && onTextAt !== undefined && this.depth > 0) {
      this.audit?.textAt(s, from, to);
      onTextAt(s, from, to);
      return;
    }
    const text = s.slice(from, to);
    if (this.depth === 0) {
      // A byte-order mark where none belongs (a second one before the declaration, or one between
      // two parts joined by a program) is named: "text" would not say what is there.
      if (/^[ \t\r\n\ufeff]*$/.test(text) && text.includes('\ufeff'))
        this.fail(
          'et ekstra byte-rækkefølgemærke (BOM, U+FEFF) uden for rodelementet',
          'an extra byte-order mark (BOM, U+FEFF) outside the root element',
        );
      if (!/^[ \t\r\n]*$/.test(text))
        this.fail('tekst uden for rodelementet', 'text outside the root element');
      return;
    }
    if (!special) {
      this.audit?.text(text);
      this.onText(text);
      return;
    }
    const normalized = text.indexOf('\r') === -1 ? text : normalizeNewlines(text);
    const decoded = normalized.indexOf('&') === -1 ? normalized : decodeReferences(normalized, this);
    this.audit?.text(decoded);
    this.onText(decoded);
  }
}

function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What may stand between & and ; in a reference: a name, or # and a decimal or hexadecimal number. */
const REFERENCE = /^(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][A-Za-z0-9_:.-]*)$/;

/**
 * Decodes the five built-in entities and numeric references; a reference to any other entity, or
 * to a character XML does not allow, is malformed. An ampersand that starts no reference at all
 * (no name or number up to a ";" close by: "Arbejdsproces & kultur", "R&D") is the character & its
 * writer meant, as HTML reads it: kept, and counted on the scanner.
 */
function decodeReferences(s: string, scanner: XmlScanner): string {
  let out = '';
  let from = 0;
  for (;;) {
    const amp = s.indexOf('&', from);
    if (amp === -1) break;
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 12 || !REFERENCE.test(s.slice(amp + 1, semi))) {
      scanner.bareAmpersands++;
      out += s.slice(from, amp + 1);
      from = amp + 1;
      continue;
    }
    const ref = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref.charCodeAt(1) === 120 /* x */ ? hexCode(ref.slice(2)) : decCode(ref.slice(1));
      if (!isXmlChar(code)) scanner.fail('ugyldig tegnreference', 'invalid character reference');
      ch = String.fromCodePoint(code);
    } else {
      ch = NAMED[ref];
      if (ch === undefined) scanner.fail(`ukendt entitet &${ref};`, `unknown entity &${ref};`);
    }
    out += s.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + s.slice(from);
}

function hexCode(s: string): number {
  return /^[0-9a-fA-F]{1,6}$/.test(s) ? parseInt(s, 16) : -1;
}

function decCode(s: string): number {
  return /^[0-9]{1,7}$/.test(s) ? parseInt(s, 10) : -1;
}

function isXmlChar(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}
