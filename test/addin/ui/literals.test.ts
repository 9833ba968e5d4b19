// The pane's own words come from addin/src/i18n.ts (Danish and English), never from a component: a
// word written into a component is Danish in the English pane. This reads the components' source
// (the TypeScript parser) and lists every word a user could see that is written there: text between
// tags, a string in an attribute a user reads or hears (label, title, aria-label, placeholder, alt),
// a string or template with letters inside a tag's { }, and a string returned as a heading.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');
const FILES = ['addin/src/ui/components/IssueList.tsx', 'addin/src/ui/issueRows.ts'];
/** Attributes whose value a user reads or a screen reader says. */
const READ = new Set(['label', 'title', 'aria-label', 'aria-description', 'placeholder', 'alt']);
const WORD = /\p{L}{2,}/u;
/** Two words with a space between them: "Kun fejl", not "max-content 1fr" nor a class name. */
const PHRASE = /(?<![\p{L}\p{N}-])\p{L}{2,}\s+\p{L}{2,}(?![\p{L}\p{N}-])/u;

/** The user-facing literals in one source text, as "line: text". */
function literals(source: string, name: string): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push(`${line}: ${text.trim()}`);
  };
  const wordy = (node: ts.Node): boolean =>
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && WORD.test(node.text);
  /**
   * A string shown from inside a tag's { }: the expression itself, either branch of a ? :, either
   * side of || ?? && (not what a value is compared with, nor a call's keys and codes, nor a tag
   * within: visit goes there).
   */
  const inExpression = (node: ts.Node): void => {
    if (wordy(node)) report(node, (node as ts.StringLiteral).text);
    else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
      if (WORD.test(parts)) report(node, parts);
    } else if (ts.isParenthesizedExpression(node)) inExpression(node.expression);
    else if (ts.isConditionalExpression(node)) {
      inExpression(node.whenTrue);
      inExpression(node.whenFalse);
    } else if (
      ts.isBinaryExpression(node) &&
      [
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.QuestionQuestionToken,
        ts.SyntaxKind.AmpersandAmpersandToken,
        ts.SyntaxKind.PlusToken,
      ].includes(node.operatorToken.kind)
    ) {
      inExpression(node.left);
      inExpression(node.right);
    }
  };
  const visit = (node: ts.Node) => {
    // Anywhere: words with a space between them (keys, codes and class names have none), and a
    // Danish-and-English pair, the way i18n.ts writes its words.
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (PHRASE.test(node.text) && !ts.isJsxAttribute(node.parent)) report(node, node.text);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map((p) => p.name?.getText(file));
      if (names.includes('da') && names.includes('en')) report(node, node.getText(file).slice(0, 60));
    }
    if (ts.isJsxText(node) && WORD.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ.has(node.name.getText(file)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer) && WORD.test(node.initializer.text)) {
        report(node, `${node.name.getText(file)}="${node.initializer.text}"`);
      }
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      inExpression(node.expression);
    }
    if (ts.isJsxAttribute(node) && READ.has(node.name.getText(file)) && node.initializer) {
      if (ts.isJsxExpression(node.initializer) && node.initializer.expression) {
        inExpression(node.initializer.expression);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the issue list’s words', () => {
  it.each(FILES)('%s writes no word of its own (all come from i18n.ts)', (path) => {
    expect(literals(readFileSync(join(ROOT, path), 'utf8'), path)).toEqual([]);
  });

  it('finds a word written into a component', () => {
    const source = `
      export const A = () => (
        <div title="Gå til cellen" className="x">
          Kun fejl
          <span aria-label={'Fejl'}>{n > 0 ? \`Viser \${n} af \${all}\` : t.none}</span>
          <Badge size="small">{t.errorsCount(n)}</Badge>
          {sheet || '—'}
          {kind === 'error' ? <b>{t.error}</b> : 'Advarsel'}
        </div>
      );`;
    expect(literals(source, 'A.tsx')).toEqual([
      '3: title="Gå til cellen"',
      '4: Kun fejl',
      '5: Fejl',
      '5: Viser … af …',
      '8: Advarsel',
    ]);
  });

  it('finds words outside the markup, alone or as a Danish-and-English pair', () => {
    const source = `
      const KINDS = { date_unreadable: { da: 'Dato', en: 'Date' } };
      const grid = 'max-content 1fr max-content';
      export const shown = (n: number) => n === 1 ? 'en fejl' : 'fejl';`;
    expect(literals(source, 'B.ts')).toEqual(["2: { da: 'Dato', en: 'Date' }", '4: en fejl']);
  });
});
