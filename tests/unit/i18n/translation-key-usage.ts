import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/*
 * Lists the translation keys the renderer uses, read from its source with the TypeScript parser. A key is used
 * when it is the literal first argument of t() (or i18n.t()), a branch of a literal conditional there, the
 * i18nKey of <Trans>, or a string in a key map: a constant named *_KEYS, which t() then indexes. Any other first
 * argument of t() (a template such as `nav.${place}`, a variable, a property) is a key built at run time,
 * which no tool can check, and is reported.
 */

export interface KeyUsage {
  keys: Set<string>;
  /** "file:line: source" of each t() whose key is built at run time. */
  unlisted: string[];
}

const KEY_MAP_NAME = /^[A-Z][A-Z0-9_]*_KEYS$/;

function isTranslateCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/** KEYS[x], or a part of it: KEYS[x].label. */
function isKeyMapAccess(node: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(node)) return isKeyMapAccess(node.expression);
  if (!ts.isElementAccessExpression(node)) return false;
  const map = node.expression;
  return ts.isIdentifier(map) && KEY_MAP_NAME.test(map.text);
}

/** The keys an argument of t() names, or undefined when it is built at run time. */
function literalKeys(node: ts.Expression): string[] | undefined {
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (isKeyMapAccess(node)) return [];
  if (ts.isConditionalExpression(node)) return bothKeys(node.whenTrue, node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return bothKeys(node.left, node.right);
  return undefined;
}

function bothKeys(a: ts.Expression, b: ts.Expression): string[] | undefined {
  const left = literalKeys(a);
  const right = literalKeys(b);
  return left && right ? [...left, ...right] : undefined;
}

function stringsWithin(node: ts.Node, into: Set<string>): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) into.add(node.text);
  // A key map's own keys (its property names) and the types it satisfies name codes, not translation keys.
  node.forEachChild((child) => {
    if ((ts.isPropertyAssignment(node) && child === node.name) || ts.isTypeNode(child)) return;
    stringsWithin(child, into);
  });
}

function transKey(node: ts.JsxOpeningLikeElement): string | undefined {
  if (!ts.isIdentifier(node.tagName) || node.tagName.text !== 'Trans') return undefined;
  for (const attribute of node.attributes.properties)
    if (ts.isJsxAttribute(attribute) && attribute.name.getText() === 'i18nKey' && attribute.initializer && ts.isStringLiteral(attribute.initializer))
      return attribute.initializer.text;
  return undefined;
}

/** The keys one source text uses, and its t() calls whose key is built at run time. */
export function keyUsageOf(fileName: string, text: string, usage: KeyUsage = { keys: new Set(), unlisted: [] }): KeyUsage {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments[0]) {
      const keys = literalKeys(node.arguments[0]);
      if (keys) keys.forEach((key) => usage.keys.add(key));
      else {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        usage.unlisted.push(`${fileName}:${line}: ${node.getText(source).split('\n')[0]}`);
      }
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && KEY_MAP_NAME.test(node.name.text) && node.initializer)
      stringsWithin(node.initializer, usage.keys);
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const key = transKey(node);
      if (key) usage.keys.add(key);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return usage;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The keys every .ts and .tsx file under a folder uses. */
export function keyUsageUnder(dir: string): KeyUsage & { files: number } {
  const usage: KeyUsage = { keys: new Set(), unlisted: [] };
  const files = sourceFiles(dir);
  for (const file of files) keyUsageOf(path.relative(dir, file).replaceAll(path.sep, '/'), fs.readFileSync(file, 'utf8'), usage);
  return { ...usage, files: files.length };
}

/** i18next's plural forms: a key "x" is said through "x_one", "x_other" and the like. */
export const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;

/** Every leaf of a translation file, as its dotted key. */
export function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([name, child]) => leafKeys(child, prefix ? `${prefix}.${name}` : name));
}

/** The key a leaf answers to: "x_other" answers to "x". */
export function baseOf(leaf: string): string {
  const suffix = PLURAL_SUFFIXES.find((s) => leaf.endsWith(s));
  return suffix ? leaf.slice(0, -suffix.length) : leaf;
}
