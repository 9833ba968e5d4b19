// Active content: what could run code, reach the network or the file system when the workbook is
// opened, or take data from elsewhere. Found from part names, content types, formulas and links.

import type { RefusalError } from '../codes';
import { EXCEL_LIMITS } from './limits';
import { refuse } from './messages';
import type { Package } from './package';

type ActiveKind = 'macros' | 'activex' | 'embedded_object';

/** Part names and content types that mean macros, ActiveX controls or embedded objects. */
function classifyPart(name: string, type: string | undefined): ActiveKind | undefined {
  const lower = name.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  const t = (type ?? '').toLowerCase();
  if (
    base === 'vbaproject.bin' ||
    base === 'vbaprojectsignature.bin' ||
    base === 'vbadata.xml' ||
    lower.startsWith('xl/macrosheets/') ||
    lower.startsWith('xl/dialogsheets/') ||
    t.includes('vbaproject') ||
    t.includes('macrosheet') ||
    t.includes('dialogsheet')
  ) {
    return 'macros';
  }
  if (lower.startsWith('xl/activex/') || t.includes('activex')) return 'activex';
  if (lower.startsWith('xl/embeddings/') || t.includes('oleobject') || t.endsWith('.package')) {
    return 'embedded_object';
  }
  return undefined;
}

const REFUSE: Record<ActiveKind, () => RefusalError> = {
  macros: refuse.macros,
  activex: refuse.activex,
  embedded_object: refuse.embedded,
};

/**
 * Relationships from the workbook to code, whatever the part they point at is named or typed: a VBA
 * project, an Excel 4.0 macro sheet, a dialog sheet.
 */
const MACRO_RELATIONSHIPS: ReadonlySet<string> = new Set([
  'vbaproject',
  'vbaprojectsignature',
  'xlmacrosheet',
  'xlintlmacrosheet',
  'dialogsheet',
]);

/**
 * Refuses macros, ActiveX and embedded objects, found by part name, content type or relationship.
 * A workbook saved as macro-enabled (.xlsm) with none of them holds no code: it is read as any
 * other (the file type alone runs nothing, and the add-in reads the same workbook open in Excel).
 */
export function checkActiveParts(pkg: Package, mainPart: string): void {
  const found = new Set<ActiveKind>();
  const mainKind = classifyPart(mainPart, pkg.contentType(mainPart));
  if (mainKind) found.add(mainKind);
  for (const rel of pkg.rels(mainPart))
    if (MACRO_RELATIONSHIPS.has(rel.kind.toLowerCase())) found.add('macros');
  for (const entry of pkg.zip.entries) {
    if (entry.isDirectory) continue;
    const kind = classifyPart(entry.name, pkg.contentType(entry.name));
    if (kind) found.add(kind);
  }
  for (const kind of ['macros', 'activex', 'embedded_object'] as const) {
    if (found.has(kind)) throw REFUSE[kind]();
  }
}

// --- Formulas ------------------------------------------------------------------------------------

/** A character that may be part of a name before '[' (a table name: Tabel1[Kolonne]). */
function isNameChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 46 ||
    c === 92 ||
    c >= 0xc0
  );
}

/** A character that may start a name or a function name (a letter, _ or \). */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 92 || c >= 0xc0;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** How a function reaches outside the workbook: what the refusal says it does. */
type Reach = 'network' | 'service' | 'source' | 'code' | 'files' | 'evaluate' | 'addin';

const REACH: Record<Reach, { readonly da: string; readonly en: string }> = {
  network: { da: 'henter data fra internettet', en: 'fetches data from the internet' },
  service: {
    da: 'sender projektmappens data til en onlinetjeneste',
    en: "sends the workbook's data to an online service",
  },
  source: {
    da: 'henter data fra en ekstern datakilde eller server',
    en: 'takes data from an external data source or server',
  },
  code: { da: 'kører programkode uden for projektmappen', en: 'runs program code outside the workbook' },
  files: { da: 'læser eller skriver filer på computeren', en: 'reads or writes files on the computer' },
  evaluate: {
    da: 'beregner en formel, der er skrevet som tekst, så det ikke kan ses, hvad den gør',
    en: 'calculates a formula written as text, so what it does cannot be seen',
  },
  addin: {
    da: 'er en funktion fra en makro eller et tilføjelsesprogram, ikke fra Excel',
    en: 'is a function from a macro or an add-in, not from Excel',
  },
};

/**
 * Functions refused wherever a formula calls them, from Excel's function list (what each does, as
 * Microsoft's reference describes it):
 * - network: WEBSERVICE (fetches any URL), IMAGE (its source is always a URL, fetched when the
 *   workbook opens), STOCKHISTORY (online market data), IMPORTTEXT and IMPORTCSV (a file path or a
 *   URL).
 * - service: TRANSLATE and DETECTLANGUAGE (Microsoft's translation service), COPILOT (an AI model
 *   hosted on Azure), PY (Python in Excel runs in Microsoft's cloud): they send cell values away.
 * - source: the seven CUBE functions read an OLAP cube through a data connection; SQL.REQUEST (the
 *   old ODBC add-in) queries a database; RTD takes values from a real-time data server (a COM
 *   program, possibly on another machine).
 * - code: CALL, REGISTER and REGISTER.ID call a function in a DLL; EXEC starts a program and RUN a
 *   macro (Excel 4 macro functions, which Excel also evaluates in defined names).
 * - files: the Excel 4 macro functions that open, read, write or list files.
 * - evaluate: EVALUATE (Excel 4, in defined names) calculates a formula given as text: it could
 *   assemble any of the above where no check can see it.
 * Not refused: INFO and CELL("filename") tell where and in which Excel the workbook is open, but
 * fetch and send nothing (their values stay in the cells); ENCODEURL only encodes text; DDE is
 * refused as such (refuse.dde). HYPERLINK and FILTERXML are refused by their argument (below).
 */
const REFUSED_FUNCTIONS: ReadonlyMap<string, Reach> = new Map<string, Reach>([
  ['WEBSERVICE', 'network'],
  ['IMAGE', 'network'],
  ['STOCKHISTORY', 'network'],
  ['IMPORTTEXT', 'network'],
  ['IMPORTCSV', 'network'],
  ['TRANSLATE', 'service'],
  ['DETECTLANGUAGE', 'service'],
  ['COPILOT', 'service'],
  ['PY', 'service'],
  ['CUBEMEMBER', 'source'],
  ['CUBEVALUE', 'source'],
  ['CUBESET', 'source'],
  ['CUBESETCOUNT', 'source'],
  ['CUBERANKEDMEMBER', 'source'],
  ['CUBEMEMBERPROPERTY', 'source'],
  ['CUBEKPIMEMBER', 'source'],
  ['SQL.REQUEST', 'source'],
  ['RTD', 'source'],
  ['CALL', 'code'],
  ['REGISTER', 'code'],
  ['REGISTER.ID', 'code'],
  ['EXEC', 'code'],
  ['RUN', 'code'],
  ['FOPEN', 'files'],
  ['FREAD', 'files'],
  ['FREADLN', 'files'],
  ['FWRITE', 'files'],
  ['FWRITELN', 'files'],
  ['FILES', 'files'],
  ['DIRECTORY', 'files'],
  ['EVALUATE', 'evaluate'],
]);

/**
 * The prefixes a function name carries in the file: _xlfn. (a function newer than the file format:
 * _xlfn.WEBSERVICE), _xlws. (worksheet-only: _xlfn._xlws.PY), _xleta. (a function passed as a value,
 * without parentheses: MAP(A1:A9, _xlfn._xleta.WEBSERVICE)). _xludf. (a user-defined function from
 * VBA or an add-in) and _xll. (an XLL add-in's function) name code outside the workbook.
 */
function unprefixed(token: string): { name: string; eta: boolean; addin: boolean } {
  let name = token.toUpperCase();
  let eta = false;
  for (;;) {
    if (name.startsWith('_XLFN.') || name.startsWith('_XLWS.')) name = name.slice(6);
    else if (name.startsWith('_XLETA.')) {
      name = name.slice(7);
      eta = true;
    } else break;
  }
  if (name.startsWith('_XLUDF.')) return { name: name.slice(7), eta, addin: true };
  if (name.startsWith('_XLL.')) return { name: name.slice(5), eta, addin: true };
  return { name, eta, addin: false };
}

/**
 * The first argument of the call whose "(" is at `open`, when it is one string literal ("..."
 * alone, before "," or ")"); undefined when it is anything else (a reference, a name, a calculation).
 */
function literalArgument(formula: string, open: number): string | undefined {
  const n = formula.length;
  let i = open + 1;
  while (i < n && isSpace(formula.charCodeAt(i))) i++;
  if (formula.charCodeAt(i) !== 34) return undefined;
  let value = '';
  let from = i + 1;
  for (i = from; i < n; i++) {
    if (formula.charCodeAt(i) !== 34) continue;
    if (formula.charCodeAt(i + 1) === 34) {
      value += formula.slice(from, i + 1);
      i++;
      from = i + 1;
      continue;
    }
    break;
  }
  if (i >= n) return undefined;
  value += formula.slice(from, i);
  i++;
  while (i < n && isSpace(formula.charCodeAt(i))) i++;
  const next = formula.charCodeAt(i);
  return next === 44 /* , */ || next === 41 /* ) */ ? value : undefined;
}

/**
 * A name token of a formula (outside string literals, sheet names and structured references),
 * `call` the index of the "(" that follows it (after spaces), or -1 when none does: a sheet name
 * (followed by "!"), a table (by "["), a defined name or a reference. Refuses what reaches out.
 */
function checkName(formula: string, token: string, call: number, where: string): void {
  const { name, eta, addin } = unprefixed(token);
  if (call === -1 && !eta) {
    if (name === 'DDEAUTO') throw refuse.dde(`${where}: ${formula}`);
    return;
  }
  if (addin) throw refuse.externalFunction(where, name, REACH.addin.da, REACH.addin.en);
  const reach = REFUSED_FUNCTIONS.get(name);
  if (reach) throw refuse.externalFunction(where, name, REACH[reach].da, REACH[reach].en);
  if (name === 'DDE' || name === 'DDEAUTO') throw refuse.dde(`${where}: ${formula}`);
  if (name === 'HYPERLINK') {
    // Only a target written out in the formula can be judged; one computed from cells, names or
    // other functions could point anywhere once the workbook is opened.
    const target = eta ? undefined : literalArgument(formula, call);
    if (target === undefined) throw refuse.computedLink(where);
    const verdict = classifyLink(target);
    if (verdict.kind === 'unsafe') throw refuse.unsafeLink(where, verdict.da, verdict.en);
  }
  if (name === 'FILTERXML') {
    // FILTERXML reads the XML it is given, and that XML is what WEBSERVICE fetches. Whether a cell,
    // a name or a LET variable holds fetched text cannot be followed through the workbook (its
    // value may come from a formula in another cell, a name, INDIRECT), so only XML written out in
    // the formula itself is provably local; anything else is refused.
    if (eta || literalArgument(formula, call) === undefined) {
      throw refuse.externalFunction(
        where,
        name,
        'læser XML, som ikke står i formlen selv (den kan være hentet fra internettet)',
        'reads XML that is not written in the formula itself (it may have been fetched from the internet)',
      );
    }
  }
}

/**
 * Refuses a formula (a cell's, a defined name's, a validation's, a conditional format's, a table
 * column's) that reaches outside the workbook: DDE (`cmd|'/c calc'!A0`, DDE(, DDEAUTO), a reference
 * into another workbook (`[1]Ark!A1`, `'C:\sti\[Bog.xlsx]Ark'!A1`), a function that fetches, sends
 * or runs something outside it (REFUSED_FUNCTIONS, add-in functions), HYPERLINK to anything but a
 * web page or mail address written out, FILTERXML over XML not written out; and a formula longer
 * than Excel allows. Function names are found as a tokenizer finds them: outside string literals,
 * quoted sheet names and structured references, case-insensitive, with or without their _xlfn.
 * prefixes, followed by "(" (spaces allowed), and never as part of a longer name. `where` names
 * the place (sheet and cell) for the message.
 */
export function checkFormula(formula: string, where: string): void {
  if (formula.length > EXCEL_LIMITS.formulaLength) throw refuse.formulaTooLong(where);
  if (
    formula.indexOf('[') === -1 &&
    formula.indexOf('|') === -1 &&
    formula.indexOf("'") === -1 &&
    formula.indexOf('(') === -1 &&
    !/ddeauto|_xleta\./i.test(formula)
  ) {
    return;
  }
  let depth = 0;
  const n = formula.length;
  for (let i = 0; i < n; i++) {
    const c = formula.charCodeAt(i);
    if (depth > 0) {
      // Inside a structured reference: column names, where ' escapes the next character.
      if (c === 39 /* ' */) i++;
      else if (c === 91 /* [ */) depth++;
      else if (c === 93 /* ] */) depth--;
      continue;
    }
    if (c === 34 /* " */) {
      i++;
      while (i < n && !(formula.charCodeAt(i) === 34 && formula.charCodeAt(i + 1) !== 34)) {
        i += formula.charCodeAt(i) === 34 ? 2 : 1;
      }
      continue;
    }
    if (c === 39 /* ' */) {
      // A quoted sheet name. Sheet names cannot hold '[', so one here names another workbook.
      const start = i;
      i++;
      while (i < n && !(formula.charCodeAt(i) === 39 && formula.charCodeAt(i + 1) !== 39)) {
        i += formula.charCodeAt(i) === 39 ? 2 : 1;
      }
      const quoted = formula.slice(start + 1, i);
      if (quoted.includes('[') || /^[a-z]:\\|^\\\\|^[a-z][a-z0-9+.-]*:\/\//i.test(quoted)) {
        throw refuse.externalLink(`${where}: ${formula}`);
      }
      continue;
    }
    if (c === 124 /* | */) throw refuse.dde(`${where}: ${formula}`);
    if (c === 91 /* [ */) {
      if (i === 0 || !isNameChar(formula.charCodeAt(i - 1))) {
        const close = formula.indexOf(']', i + 1);
        const inside = close === -1 ? '' : formula.slice(i + 1, close);
        // [1], [2], ... index the external-link parts; [0] is this workbook itself. A structured
        // reference inside a table ([@Kolonne], [#Data], [[...]]) is not a workbook.
        const structured = /^[@#[]/.test(inside);
        const indexed = /^\d+$/.test(inside) && Number(inside) > 0;
        if (!structured && (indexed || /\.(xl\w*|csv|ods)$|[\\/:]/i.test(inside))) {
          throw refuse.externalLink(`${where}: ${formula}`);
        }
      }
      depth++;
      continue;
    }
    if (c === 35 /* # */) {
      // An error value (#N/A, #REF!, #DIV/0!): not a name.
      while (i + 1 < n && (isNameChar(formula.charCodeAt(i + 1)) || formula.charCodeAt(i + 1) === 47)) i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      // A number (1.5, 2E+10) or a row (1:3): never a name.
      while (i + 1 < n && isNameChar(formula.charCodeAt(i + 1))) {
        const e = formula.charCodeAt(i + 1);
        i++;
        if ((e === 69 || e === 101) && (formula.charCodeAt(i + 1) === 43 || formula.charCodeAt(i + 1) === 45))
          i++;
      }
      continue;
    }
    if (!isNameStart(c)) continue;
    const start = i;
    while (i + 1 < n && (isNameChar(formula.charCodeAt(i + 1)) || formula.charCodeAt(i + 1) === 63)) i++;
    let next = i + 1;
    while (next < n && isSpace(formula.charCodeAt(next))) next++;
    const call = formula.charCodeAt(next) === 40 ? next : -1;
    // Hot: a reference or a name (A1, Data, Tabel1) is skipped without being sliced; only calls,
    // prefixed names (_xlfn._xleta.X) and DDEAUTO need a look.
    if (call === -1 && c !== 95 /* _ */ && !(i + 1 - start === 7 && (c | 32) === 100) /* ddeauto */) continue;
    checkName(formula, formula.slice(start, i + 1), call, where);
  }
}

// --- Links ---------------------------------------------------------------------------------------

export type LinkVerdict =
  | { readonly kind: 'ok'; readonly target: string }
  | { readonly kind: 'internal' }
  | { readonly kind: 'unsafe'; readonly da: string; readonly en: string };

/**
 * Whether a hyperlink target may be kept. Only http, https and mailto are; a link inside the
 * workbook (#Ark!A1) is harmless and not kept; everything else (file:, javascript:, vbscript:,
 * data:, UNC paths, relative paths to files, other schemes) is refused.
 */
export function classifyLink(target: string): LinkVerdict {
  // Browsers and Office drop control characters and white space inside a scheme: so do we.
  const t = target.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (t.length === 0 || t.startsWith('#')) return { kind: 'internal' };
  if (t.startsWith('\\\\') || t.startsWith('//') || t.startsWith('\\/') || t.startsWith('/\\')) {
    return { kind: 'unsafe', da: 'en netværkssti (UNC)', en: 'a network path (UNC)' };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(t)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto')
    return { kind: 'ok', target: target.trim() };
  switch (scheme) {
    case undefined:
      return { kind: 'unsafe', da: 'en fil (en relativ sti)', en: 'a file (a relative path)' };
    case 'file':
      return { kind: 'unsafe', da: 'en fil (file:)', en: 'a file (file:)' };
    case 'javascript':
      return { kind: 'unsafe', da: 'et script (javascript:)', en: 'a script (javascript:)' };
    case 'vbscript':
      return { kind: 'unsafe', da: 'et script (vbscript:)', en: 'a script (vbscript:)' };
    case 'data':
      return { kind: 'unsafe', da: 'indlejrede data (data:)', en: 'embedded data (data:)' };
    default:
      if (scheme.length === 1) return { kind: 'unsafe', da: 'en fil på et drev', en: 'a file on a drive' };
      return {
        kind: 'unsafe',
        da: `noget andet end en webside (${scheme}:)`,
        en: `something other than a web page (${scheme}:)`,
      };
  }
}
