import { describe, expect, it } from 'vitest';
import { translatableKeys, translateSource } from './registry-literals';

const source = [
  "const limit = 1000;",
  "export const note = { type: 'string', description: 'A free-text note.', example: 'Call back' };",
  "export const long = { description: `At most ${limit} characters; \\`null\\` when there is none.` };",
  "export const path = `/contacts/${'uuid'}`;",
].join('\n');

const translate = (entries: Record<string, string>) => translateSource(source, 'module.ts', new Map(Object.entries(entries)));

describe('translateSource', () => {
  it('replaces a string literal that has a translation, and leaves the others as they are', () => {
    const translated = translate({ 'A free-text note.': 'Una nota libre.' });
    expect(translated).toContain(`description: "Una nota libre."`);
    expect(translated).toContain(`example: 'Call back'`);
  });

  it("keeps a template's substitutions where the translation puts them, escaping what would end or open one", () => {
    const translated = translate({ 'At most ${limit} characters; `null` when there is none.': '`null` si no hay ninguna; ${limit} caracteres como máximo (${ no es uno).' });
    expect(translated).toContain('description: `\\`null\\` si no hay ninguna; ${limit} caracteres como máximo (\\${ no es uno).`');
  });

  it('refuses a translation that loses a substitution of the English text', () => {
    expect(() => translate({ 'At most ${limit} characters; `null` when there is none.': 'Como máximo 1000 caracteres.' })).toThrow(
      'must keep its substitutions ${limit}; it has none',
    );
  });

  it('knows every literal by its text, a template by its text with its substitutions as written', () => {
    expect(translatableKeys(source, 'module.ts')).toEqual([
      'string',
      'A free-text note.',
      'Call back',
      'At most ${limit} characters; `null` when there is none.',
      "/contacts/${'uuid'}",
    ]);
  });
});
