/**
 * Each translated locale has every string a reader meets: the components' strings (ids from
 * `translate()` and `<Translate>` in src/ and in the search plugin: ours in
 * i18n/<locale>/components.json, the others in Docusaurus's code.json) and the registry's prose of the translated groups (i18n/<locale>/registry.json). `npm run write-translations`
 * adds what is missing, in English, for a translator to replace: an English copy counts as missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { InitializedPlugin } from '@docusaurus/types';
import { extractSiteSourceCodeTranslations } from '@docusaurus/core/lib/server/translations/translationsExtractor';
import { describe, expect, it } from 'vitest';
import { OWN_ID } from '@site/plugins/translation/component-strings';
import { translationScope } from '@site/plugins/translation/scope';
import { placeholdersOf } from '@site/plugins/translation/registry-literals';
import { readRegistryTranslations } from '@site/plugins/translation/registry-translations';
import { translatedLocales } from '@site/src/locales';

const siteDir = process.cwd();
const scope = translationScope();
/** The search plugin's box and results page, whose strings Docusaurus does not translate. */
const searchTheme = { path: dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json')), getThemePath: () => 'dist/client/client/theme' };
const componentStrings = await extractSiteSourceCodeTranslations({ siteDir, plugins: [searchTheme as unknown as InitializedPlugin] });

/** Text left in English: the same words, and enough of them to be a phrase (a name like "JSON" stays). */
const isEnglishCopy = (english: string, translation: string) => translation === english && english.replace(/`[^`]*`|\{[^}]*\}/g, '').split(/\s+/).filter((word) => /\p{L}{2}/u.test(word)).length >= 3;
const sorted = (values: readonly string[]) => [...values].sort();
/** `{name}` placeholders of a component string. */
const valuesOf = (message: string) => sorted([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));

it('every text of the translated groups is written by one literal of the registry, where it can be translated', () => {
  expect(scope.unreachable).toEqual([]);
});

it('the components have strings to translate', () => {
  expect(Object.keys(componentStrings).length).toBeGreaterThan(50);
});

describe.each(translatedLocales)('locale %s', (locale) => {
  const registryFile = `i18n/${locale}/registry.json`;
  const made = readRegistryTranslations(registryFile);
  const read = (file: string): Record<string, { message: string }> => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});
  const code = { ...read(`i18n/${locale}/code.json`), ...read(`i18n/${locale}/components.json`) };
  const codeFile = `i18n/${locale}/components.json`;

  it(`translates every description of the Contacts and Messages APIs and their object types (${registryFile})`, () => {
    const missing = scope.keys.filter((key) => !made.has(key) || isEnglishCopy(key, made.get(key)!));
    expect(missing, `Run npm run write-translations, then translate these in ${registryFile}`).toEqual([]);
  });

  it('keeps no translation of a text the registry no longer has', () => {
    expect([...made.keys()].filter((key) => !scope.keys.includes(key))).toEqual([]);
  });

  it("keeps each registry text's substitutions", () => {
    const lost = [...made].filter(([key, translation]) => sorted(placeholdersOf(key)).join() !== sorted(placeholdersOf(translation)).join());
    expect(lost.map(([key]) => key)).toEqual([]);
  });

  it(`translates every string of the components (${codeFile}, and code.json for Docusaurus's)`, () => {
    const missing = Object.entries(componentStrings)
      .filter(([id, { message }]) => !code[id]?.message.trim() || isEnglishCopy(message, code[id].message))
      .map(([id]) => id);
    expect(missing, `Run npm run write-translations, then translate these in ${codeFile}`).toEqual([]);
  });

  it('keeps no string the components no longer have', () => {
    expect(Object.keys(read(`i18n/${locale}/components.json`)).filter((id) => !(id in componentStrings))).toEqual([]);
  });

  it('keeps only our strings in components.json, and none of ours in code.json, which every page would load', () => {
    expect(Object.keys(read(`i18n/${locale}/components.json`)).filter((id) => !OWN_ID.test(id))).toEqual([]);
    expect(Object.keys(read(`i18n/${locale}/code.json`)).filter((id) => OWN_ID.test(id))).toEqual([]);
  });

  it("keeps each component string's placeholders", () => {
    const lost = Object.entries(componentStrings).filter(([id, { message }]) => code[id] && valuesOf(code[id].message).join() !== valuesOf(message).join());
    expect(lost.map(([id]) => id)).toEqual([]);
  });
});
