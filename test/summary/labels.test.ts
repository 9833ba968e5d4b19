// Every word of the summary in the labels module (issue 14): no sheet module writes a word of its
// own (a scan of core/summary's source for string literals that read as words), and every label has
// a Danish and an English text, neither empty, with the same placeholders.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import * as labels from '../../core/summary/labels';

const SUMMARY = join(__dirname, '..', '..', 'core', 'summary');

/** The TypeScript files of core/summary, the labels module itself excepted. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'labels' ? [] : sources(path);
    return d.name.endsWith('.ts') && d.name !== 'labels.ts' ? [path] : [];
  });
}

/**
 * A text reads as words when it has a run of two letters and either white space, a Danish letter or
 * a capital first letter ("Kommune", "ikke i skabelonen", "Status"). Identifiers the code compares
 * or picks by ('late', 'text', 'godkendt', 'sendt_tilbage') are single lower-case tokens and pass.
 */
export function readsAsWords(value: string): boolean {
  if (!/\p{L}{2}/u.test(value)) return false;
  return /\s/.test(value) || /[æøåÆØÅé]/.test(value) || /^\p{Lu}/u.test(value.trim());
}

/** Calls whose string arguments are names, not words: table names, anchors, errors. */
const NAME_CALLS = new Set(['table', 'staticTable', 'anchorOf', 'Error']);
/** Properties whose string values are names: the time zone of dates and times. */
const NAME_PROPERTIES = new Set(['timeZone']);

/** The texts in `source` that read as words, each with its line. */
export function inlineWords(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, value: string): void => {
    if (!readsAsWords(value)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push(`${relative(SUMMARY, file)}:${line}: ${JSON.stringify(value)}`);
  };
  const isNameArgument = (node: ts.Node): boolean => {
    const call = node.parent;
    if (call && ts.isPropertyAssignment(call) && ts.isIdentifier(call.name)) {
      return NAME_PROPERTIES.has(call.name.text);
    }
    if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return false;
    const callee = call.expression;
    const name = ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : '';
    return NAME_CALLS.has(name);
  };
  const visit = (node: ts.Node): void => {
    // Module names and literal types are code, not text a reader sees.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isNameArgument(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      if (!isNameArgument(node)) {
        // The literal parts together: `${n} aktiviteter` reads as words, `${a}!${b}` does not.
        report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ').trim());
      }
      node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('every word of the summary is in the labels module', () => {
  test('no module of core/summary writes a word of its own', () => {
    const files = sources(SUMMARY);
    expect(files.map((f) => relative(SUMMARY, f))).toEqual(
      expect.arrayContaining(['sheets/overview.ts', 'sheets/about.ts', 'context.ts', 'cells.ts']),
    );
    const found = files.flatMap((f) => inlineWords(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  test('the scan finds the inline words it is meant to catch, and passes names and identifiers', () => {
    const sample = [
      "const a = { header: L(lang, 'Kommune', 'Municipality'), width: 16 };",
      "const b = text(lang === 'da' ? 'ikke i skabelonen' : 'not in the template');",
      'const c = `${count} aktiviteter; forsinkede er markeret med rødt`;',
      "const d = { header: 'Status', fmt: 'text' };",
      "const e = row.state === 'sendt_tilbage' ? 'alert' : undefined;",
      "const f = staticTable('Om_data', 3, 0, cols, rows);",
      "const g = anchorOf('activities', e.code);",
      "const tz = { timeZone: 'Europe/Copenhagen', title: 'Europe/Copenhagen' };",
      'const h = `${a.source.sheet}!${a.source.row}`;',
      "throw new Error('link to unknown anchor');",
      "import { x } from '../labels';",
      "type T = 'Late' | 'Done';",
    ].join('\n');
    const found = inlineWords(join(SUMMARY, 'sample.ts'), sample).map((f) => f.replace(/^[^:]*:/, ''));
    expect(found).toEqual([
      '1: "Kommune"',
      '1: "Municipality"',
      '2: "ikke i skabelonen"',
      '2: "not in the template"',
      '3: "aktiviteter; forsinkede er markeret med rødt"',
      '4: "Status"',
      '8: "Europe/Copenhagen"',
    ]);
  });

  /** Every label of the module, with its path: an object with a Danish or an English text. */
  function collect(value: unknown, path: string, out: [string, Record<string, unknown>][]): void {
    if (value === null || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if ('da' in obj || 'en' in obj) {
      out.push([path, obj]);
      return;
    }
    for (const [k, v] of Object.entries(obj)) collect(v, `${path}.${k}`, out);
  }

  test('every label has exactly a Danish and an English text, neither empty, with the same placeholders', () => {
    const all: [string, Record<string, unknown>][] = [];
    for (const [name, value] of Object.entries(labels)) collect(value, name, all);
    expect(all.length).toBeGreaterThan(250);
    const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    const wrong: string[] = [];
    for (const [path, label] of all) {
      const { da, en } = label;
      if (Object.keys(label).sort().join() !== 'da,en')
        wrong.push(`${path}: keys ${Object.keys(label).join()}`);
      if (typeof da !== 'string' || da.trim() === '') wrong.push(`${path}: no Danish text`);
      if (typeof en !== 'string' || en.trim() === '') wrong.push(`${path}: no English text`);
      if (typeof da === 'string' && typeof en === 'string') {
        if (placeholders(da).join() !== placeholders(en).join()) wrong.push(`${path}: placeholders differ`);
        if (/[æøåÆØÅ]/.test(en)) wrong.push(`${path}: Danish letters in the English text "${en}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('fill puts the values in, reads no value as a placeholder and refuses a missing one', () => {
    const label = { da: '{n} af {m} har indsendt', en: '{n} of {m} have submitted' };
    expect(labels.fill(label, 'en', { n: 3, m: '{n}' })).toBe('3 of {n} have submitted');
    expect(() => labels.fill(label, 'da', { n: 3 })).toThrow(/\{m\}/);
  });
});
