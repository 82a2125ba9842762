import { describe, expect, it } from 'vitest';
import { translateComponentSource } from './component-strings';

const source = [
  "import Translate, { translate } from '@docusaurus/Translate';",
  "export const label = () => translate({ id: 'callbell.tryIt.send', message: 'Send {method} request', description: 'The send button' }, { method: 'PATCH' });",
  "export const theirs = () => translate({ id: 'theme.common.close', message: 'Close', description: 'Docusaurus owns it' });",
  'export const Note = () => (',
  '  <p>',
  '    <Translate id="callbell.untranslated.note" description="Above an English page">This page is not translated yet.</Translate>',
  '  </p>',
  ');',
].join('\n');

const translate = (entries: Record<string, string>) => translateComponentSource(source, 'Note.tsx', new Map(Object.entries(entries)));

describe('translateComponentSource', () => {
  it("puts the locale's message of each of our strings in place of the English, and drops the translators' descriptions", () => {
    const translated = translate({ 'callbell.tryIt.send': 'Enviar solicitud {method}', 'callbell.untranslated.note': 'Esta página aún no está traducida.' });
    expect(translated).toContain(`translate({ id: "callbell.tryIt.send", message: "Enviar solicitud {method}" }, { method: 'PATCH' })`);
    expect(translated).toContain(`<Translate id="callbell.untranslated.note" >{"Esta página aún no está traducida."}</Translate>`);
    expect(translated).not.toContain('The send button');
    expect(translated).not.toContain('Above an English page');
  });

  it('keeps the English of a string the locale has not translated, without its description', () => {
    const translated = translate({});
    expect(translated).toContain(`message: "Send {method} request" }`);
    expect(translated).toContain('>This page is not translated yet.</Translate>');
    expect(translated).not.toContain('description=');
  });

  it("leaves Docusaurus's own strings to Docusaurus, which translates them at run time", () => {
    expect(translate({ 'theme.common.close': 'Cerrar' })).toContain(`translate({ id: 'theme.common.close', message: 'Close', description: 'Docusaurus owns it' })`);
  });
});
