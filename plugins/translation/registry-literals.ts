/**
 * Translates the registry's prose where it is written: in a module's source, each string literal
 * whose text has a translation is replaced by it, before the module is compiled for a page.
 * The registry stays plain English data for everything else that reads it (the sandbox, the
 * OpenAPI document, the samples, the build checks), and a translated page carries its texts
 * in place of the English ones, with nothing added to what it loads.
 *
 * A template literal is known by its text with each substitution written as in the source:
 * `up to ${NOTE_MAX_LENGTH} characters` is translated as a whole sentence that keeps
 * `${NOTE_MAX_LENGTH}` where the language puts it.
 */
import ts from 'typescript';

/** A literal of a module: its key (the text, substitutions as `${expression}`) and where it is. */
interface SourceText {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** The substitutions' expressions, in order, for a template literal. */
  readonly expressions: readonly string[];
}

const placeholder = (expression: string) => '${' + expression + '}';

function sourceTexts(source: string, fileName: string): SourceText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const texts: SourceText[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      texts.push({ key: node.text, start: node.getStart(file), end: node.getEnd(), expressions: [] });
    } else if (ts.isTemplateExpression(node)) {
      const expressions = node.templateSpans.map((span) => span.expression.getText(file));
      const key = node.head.text + node.templateSpans.map((span, index) => placeholder(expressions[index]!) + span.literal.text).join('');
      texts.push({ key, start: node.getStart(file), end: node.getEnd(), expressions });
      return; // Its substitutions are code, not prose of their own.
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/** The keys of a module's literals, the texts a translation can replace. */
export function translatableKeys(source: string, fileName: string): string[] {
  return sourceTexts(source, fileName).map(({ key }) => key);
}

/** The substitutions a text keeps, in the order written (`${a}` twice counts twice). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1]!);
}

const escapeForTemplate = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** A translation as source: a string literal, or a template literal with the English one's substitutions. */
function literalOf(translation: string, { key, expressions }: SourceText): string {
  if (expressions.length === 0) return JSON.stringify(translation);
  const kept = placeholdersOf(translation);
  if ([...kept].sort().join('\n') !== [...expressions].sort().join('\n')) {
    throw new Error(`The translation of "${key}" must keep its substitutions ${expressions.map(placeholder).join(', ')}; it has ${kept.map(placeholder).join(', ') || 'none'}.`);
  }
  const parts = translation.split(/\$\{[^}]*\}/);
  return '`' + parts.map((part, index) => escapeForTemplate(part) + (index < kept.length ? placeholder(kept[index]!) : '')).join('') + '`';
}

/** The module's source with each literal that has a translation replaced by it. */
export function translateSource(source: string, fileName: string, translations: ReadonlyMap<string, string>): string {
  let translated = source;
  // From the end, so that each replacement leaves the positions before it as they were.
  for (const text of sourceTexts(source, fileName).reverse()) {
    const translation = translations.get(text.key);
    if (translation === undefined) continue;
    translated = translated.slice(0, text.start) + literalOf(translation, text) + translated.slice(text.end);
  }
  return translated;
}
