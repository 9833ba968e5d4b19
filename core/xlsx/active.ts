// Active content: what could run code, reach the network or the file system when the workbook is
// opened, or take data from elsewhere. Found from part names, content types, formulas and links.

import type { RefusalError } from '../codes';
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
    t.includes('macroenabled') ||
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

/** Refuses macros, ActiveX and embedded objects, found by part name or by content type. */
export function checkActiveParts(pkg: Package, mainPart: string): void {
  const found = new Set<ActiveKind>();
  const mainKind = classifyPart(mainPart, pkg.contentType(mainPart));
  if (mainKind) found.add(mainKind);
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

/**
 * Refuses a formula (a cell's, a defined name's, a validation's) that reaches outside the workbook:
 * DDE (`cmd|'/c calc'!A0`, DDE(, DDEAUTO), a reference into another workbook (`[1]Ark!A1`,
 * `'C:\sti\[Bog.xlsx]Ark'!A1`), or HYPERLINK to a file, a script or a network path.
 * `where` names the place for the message.
 */
export function checkFormula(formula: string, where: string): void {
  if (
    formula.indexOf('[') === -1 &&
    formula.indexOf('|') === -1 &&
    formula.indexOf("'") === -1 &&
    !/dde|hyperlink/i.test(formula)
  ) {
    return;
  }
  if (/hyperlink/i.test(formula)) {
    for (const m of formula.matchAll(/HYPERLINK\s*\(\s*"((?:[^"]|"")*)"/gi)) {
      const verdict = classifyLink((m[1] ?? '').replace(/""/g, '"'));
      if (verdict.kind === 'unsafe') throw refuse.unsafeLink(where, verdict.da, verdict.en);
    }
  }
  // Walk the formula outside string literals.
  let depth = 0;
  const n = formula.length;
  for (let i = 0; i < n; i++) {
    const c = formula.charCodeAt(i);
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
      if (depth === 0 && (i === 0 || !isNameChar(formula.charCodeAt(i - 1)))) {
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
    if (c === 93 /* ] */) {
      if (depth > 0) depth--;
      continue;
    }
    if ((c === 68 || c === 100) /* D */ && (i === 0 || !isNameChar(formula.charCodeAt(i - 1)))) {
      if (/^DDE(AUTO)?\s*\(|^DDEAUTO\b/i.test(formula.slice(i, i + 12)))
        throw refuse.dde(`${where}: ${formula}`);
    }
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
