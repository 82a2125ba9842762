import { describe, expect, it } from 'vitest';
import { translateComponentSource } from './component-strings';

const source = [
  "import Translate, { translate } from '@docusaurus/Translate';",
  "export const send = (method: string) => translate({ id: 'callbell.tryIt.send', message: 'Send {method} request', description: 'The send button' }, { method });",
  "export const hide = () => translate({ id: 'callbell.tryIt.token.hide', message: 'Hide', description: 'Hides the token' });",
  "export const theirs = () => translate({ id: 'theme.common.close', message: 'Close', description: 'Docusaurus owns it' });",
  'export const Note = ({ when }: { when: string }) => (',
  '  <p>',
  '    <Translate id="callbell.untranslated.note" description="Above an English page">',
  '      This page is not',
  '      translated yet.',
  '    </Translate>',
  '    <Translate id="callbell.added" description="A release mark" values={{ when }}>Added {when}</Translate>',
  '  </p>',
  ');',
  'export const label = <Translate id="callbell.tryIt.open" description="The button">Try it</Translate>;',
].join('\n');

const translate = (entries: Record<string, string>) => translateComponentSource(source, 'Note.tsx', new Map(Object.entries(entries)));

describe('translateComponentSource', () => {
  const spanish = translate({
    'callbell.tryIt.send': 'Enviar solicitud {method}',
    'callbell.tryIt.token.hide': 'Ocultar',
    'callbell.untranslated.note': 'Esta página aún no está traducida.',
    'callbell.added': 'Añadido el {when}',
    'callbell.tryIt.open': 'Probar',
  });

  it("turns a string with nothing to interpolate into the locale's words alone, in code and among an element's children", () => {
    expect(spanish).toContain('export const hide = () => "Ocultar";');
    expect(spanish).toContain('<p>\n    {"Esta página aún no está traducida."}\n');
    expect(spanish).toContain('export const label = "Probar";');
  });

  it("keeps Docusaurus's interpolation for a string with values, in the locale's words, without its id", () => {
    expect(spanish).toContain('translate({ message: "Enviar solicitud {method}" }, { method })');
    expect(spanish).toMatch(/<Translate\s+values=\{\{ when \}\}>\{"Añadido el \{when\}"\}<\/Translate>/);
  });

  it("drops every id and translator's note of ours from the code", () => {
    expect(spanish).not.toMatch(/callbell\.|The send button|Hides the token|Above an English page|A release mark|The button/);
  });

  it('keeps the English, as React would show it, of a string the locale has not translated', () => {
    const english = translate({});
    expect(english).toContain('{"This page is not translated yet."}');
    expect(english).toContain('export const hide = () => "Hide";');
    expect(english).toContain('translate({ message: "Send {method} request" }, { method })');
  });

  it("leaves Docusaurus's own strings to Docusaurus, which translates them at run time", () => {
    expect(translate({ 'theme.common.close': 'Cerrar' })).toContain(`translate({ id: 'theme.common.close', message: 'Close', description: 'Docusaurus owns it' })`);
  });
});
