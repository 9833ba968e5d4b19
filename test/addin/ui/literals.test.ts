// The pane's own words come from addin/src/i18n.ts (Danish and English), never from a component: a
// word written into a component is Danish in the English pane. This reads the components' source
// (the TypeScript parser) and lists every word a user could see that is written there: text between
// tags, a string in an attribute a user reads or hears (label, title, aria-label, placeholder, alt),
// a string or template with letters inside a tag's { }, and a string returned as a heading. Every
// .ts/.tsx file under addin/src/ui is read, found by listing the folder, so a new component is
// covered without being named here. A style's values (makeStyles, a style={{ }} attribute) are CSS,
// not words: '"header header" "field badge"' is grid areas, not a phrase.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');
const UI = join(ROOT, 'addin', 'src', 'ui');

/** Every TypeScript source file under a folder, its subfolders included (not declarations). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
const FILES = sources(UI)
  .map((path) => relative(ROOT, path))
  .sort();
/** Attributes whose value a user reads or a screen reader says. */
const READ = new Set(['label', 'title', 'aria-label', 'aria-description', 'placeholder', 'alt']);
const WORD = /\p{L}{2,}/u;
/** Two words with a space between them: "Kun fejl", not "max-content 1fr" nor a class name. */
const PHRASE = /(?<![\p{L}\p{N}-])\p{L}{2,}\s+\p{L}{2,}(?![\p{L}\p{N}-])/u;

/** CSS properties whose value is shown to a user as text, in a style or not. */
const SHOWN_CSS = new Set(['content']);

/** The name a call is made by: makeStyles for makeStyles(...) and for griffel.makeStyles(...). */
function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/**
 * Whether a string is a value in a style: inside the object given to makeStyles (any depth: a
 * class's properties, a :hover's, a media query's), or the style={{ }} of a tag. A CSS property
 * that puts text on the screen (content) is not a style value here: its words are read.
 */
function inStyle(node: ts.Node, file: ts.SourceFile): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const up = at.parent;
    if (ts.isPropertyAssignment(up) && up.initializer === at && SHOWN_CSS.has(up.name.getText(file))) {
      return false;
    }
    if (ts.isCallExpression(up) && calleeName(up) === 'makeStyles' && up.arguments.some((a) => a === at)) {
      return true;
    }
    if (ts.isJsxAttribute(up) && up.name.getText(file) === 'style') return true;
    // Past a statement or a function the string is no longer part of one style object.
    if (ts.isStatement(up) || ts.isFunctionLike(up) || ts.isSourceFile(up)) return false;
  }
  return false;
}

/**
 * Whether a string is said to a developer: given to console.log/warn/error/… or to the add-in's
 * masked log (addin/src/log.ts: logError, logWarn), never to the pane.
 */
function inLog(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const up = at.parent;
    if (
      ts.isCallExpression(up) &&
      ((ts.isPropertyAccessExpression(up.expression) &&
        ts.isIdentifier(up.expression.expression) &&
        up.expression.expression.text === 'console') ||
        (ts.isIdentifier(up.expression) && /^log(?:Error|Warn)$/.test(up.expression.text)))
    ) {
      return up.arguments.some((a) => a === at);
    }
    if (ts.isStatement(up) || ts.isFunctionLike(up) || ts.isSourceFile(up)) return false;
  }
  return false;
}

/**
 * Whether an expression holds a written word: a string or template with letters, at any depth but
 * a call's arguments (keys and codes: strings('da'); a phrase there is found on its own).
 */
function holdsWords(node: ts.Node): boolean {
  if (ts.isCallExpression(node)) return false;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return WORD.test(node.text);
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    if (WORD.test(parts)) return true;
  }
  return ts.forEachChild(node, (child) => holdsWords(child) || undefined) ?? false;
}

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
      if (PHRASE.test(node.text) && !ts.isJsxAttribute(node.parent) && !inStyle(node, file) && !inLog(node)) {
        report(node, node.text);
      }
    }
    // A pair whose sides hold no written word ({ da: String(err), en: String(err) }, or words taken
    // from i18n.ts) is not one.
    if (ts.isObjectLiteralExpression(node)) {
      const sides = node.properties.filter(
        (p): p is ts.PropertyAssignment =>
          ts.isPropertyAssignment(p) && ['da', 'en'].includes(p.name.getText(file)),
      );
      if (sides.length === 2 && sides.some((p) => holdsWords(p.initializer))) {
        report(node, node.getText(file).slice(0, 60));
      }
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

describe('the pane’s words', () => {
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

  it('reads every component file, one in a new folder too, and nothing but TypeScript sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'korpsplan-ui-'));
    try {
      mkdirSync(join(dir, 'components'));
      mkdirSync(join(dir, 'newfeature', 'deeper'), { recursive: true });
      for (const name of [
        'App.tsx',
        'model.ts',
        'components/Panel.tsx',
        'newfeature/deeper/Card.tsx',
        'newfeature/words.ts',
        'newfeature/types.d.ts',
        'newfeature/styles.css',
        'newfeature/README.md',
      ]) {
        writeFileSync(join(dir, name), '');
      }
      expect(
        sources(dir)
          .map((path) => relative(dir, path).split('\\').join('/'))
          .sort(),
      ).toEqual([
        'App.tsx',
        'components/Panel.tsx',
        'model.ts',
        'newfeature/deeper/Card.tsx',
        'newfeature/words.ts',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(FILES).toEqual(expect.arrayContaining(['addin/src/ui/LocalSignIn.tsx', 'addin/src/ui/App.tsx']));
  });

  it('passes over a style’s values (CSS, not words) but not a phrase outside a style', () => {
    const source = `
      const useStyles = makeStyles({
        column: { display: 'grid', gridTemplateAreas: '"header header" "field badge"' },
        wide: { '@media (min-width: 600px)': { gridTemplateAreas: '"value value" "use dismiss"' } },
        marked: { '::after': { content: '"Kun fejl"' } },
      });
      export const C = () => (
        <div className={useStyles().column} style={{ gridTemplateAreas: '"left right" "below below"' }}>
          {shown ? t.heading : t.none}
        </div>
      );
      const areas = '"header header" "field badge"';
      const hint = 'Ret kolonnen her';`;
    expect(literals(source, 'C.tsx')).toEqual([
      '5: "Kun fejl"',
      '12: "header header" "field badge"',
      '13: Ret kolonnen her',
    ]);
  });

  it('passes over a log for developers, and a Danish-and-English pair with no word written in it', () => {
    const source = `
      load().catch((err) => console.warn('korpsplan: could not watch the workbook', err));
      load().catch((err) => logWarn('korpsplan: could not watch the workbook', err));
      load().catch((err) => setError('could not watch the workbook'));
      const failed = (err: unknown) => ({ da: String(err), en: String(err) });
      const missing = { da: strings('da').rememberedUnavailable, en: strings('en').rememberedUnavailable };
      const written = { da: lang ? 'Fejl' : t.x, en: \`Error \${n}\` };`;
    expect(literals(source, 'D.ts')).toEqual([
      '4: could not watch the workbook',
      "7: { da: lang ? 'Fejl' : t.x, en: `Error ${n}` }",
    ]);
  });
});
