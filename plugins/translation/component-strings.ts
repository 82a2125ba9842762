/**
 * The components' strings, translated where they are written. Each `translate({ id, message,
 * description }, values)` and `<Translate id description values>message</Translate>` of ours
 * (ids `callbell.…`) becomes its locale's message, and loses its id and description, which are
 * for translators and for a lookup no longer needed: a string with nothing to interpolate becomes
 * a plain string literal; one with values keeps Docusaurus's interpolation. A page then carries
 * its own language's words in the chunk that shows them, and nothing more: Docusaurus would put
 * every translation of the site in the main bundle that every page loads, so ours are kept out
 * of its `code.json` (component-messages.ts).
 */
import ts from 'typescript';

/** Our components' ids; Docusaurus's own (`theme.…`) stay with Docusaurus. */
export const OWN_ID = /^callbell\./;

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const literalText = (node: ts.Node | undefined) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);

function callEdits(call: ts.CallExpression, file: ts.SourceFile, messages: ReadonlyMap<string, string>): Edit[] {
  const declaration = call.arguments[0];
  if (!ts.isIdentifier(call.expression) || call.expression.text !== 'translate' || !declaration || !ts.isObjectLiteralExpression(declaration)) return [];
  const property = (name: string) => declaration.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);
  const id = literalText(property('id')?.initializer);
  const message = literalText(property('message')?.initializer);
  if (id === undefined || !OWN_ID.test(id) || message === undefined) return [];
  const translated = JSON.stringify(messages.get(id) ?? message);
  if (call.arguments.length === 1) return [{ start: call.getStart(file), end: call.getEnd(), text: translated }];
  return [{ start: declaration.getStart(file), end: declaration.getEnd(), text: `{ message: ${translated} }` }];
}

/** JSX text as React reads it: each line trimmed, blank lines dropped, the rest joined by spaces. */
const jsxText = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');

/** Where JSX takes an expression only in braces: among an element's children. */
const isJsxChild = (node: ts.Node) => ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent);

function elementEdits(element: ts.JsxElement, file: ts.SourceFile, messages: ReadonlyMap<string, string>): Edit[] {
  const opening = element.openingElement;
  if (opening.tagName.getText(file) !== 'Translate') return [];
  const attribute = (name: string) => opening.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText(file) === name);
  const id = literalText(attribute('id')?.initializer);
  if (id === undefined || !OWN_ID.test(id)) return [];
  const english = element.children.map((child) => (ts.isJsxText(child) ? jsxText(child.text) : (literalText(ts.isJsxExpression(child) ? child.expression : undefined) ?? ''))).join('');
  const translated = JSON.stringify(messages.get(id) ?? english);
  if (!attribute('values')) return [{ start: element.getStart(file), end: element.getEnd(), text: isJsxChild(element) ? `{${translated}}` : translated }];
  const dropped = [attribute('id')!, attribute('description')].flatMap((drop) => (drop ? [{ start: drop.getStart(file), end: drop.getEnd(), text: '' }] : []));
  return [...dropped, { start: opening.getEnd(), end: element.closingElement.getStart(file), text: `{${translated}}` }];
}

/** A module's source with our strings in the locale's words (`messages`: id → message) and no descriptions. */
export function translateComponentSource(source: string, fileName: string, messages: ReadonlyMap<string, string>): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) edits.push(...callEdits(node, file, messages));
    if (ts.isJsxElement(node)) edits.push(...elementEdits(node, file, messages));
    ts.forEachChild(node, visit);
  };
  visit(file);
  // From the end, so that each edit leaves the positions before it as they were. Edits never
  // overlap: a translate() call's object holds no other call of ours.
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((text, { start, end, text: replacement }) => text.slice(0, start) + replacement + text.slice(end), source);
}
