/**
 * Brings each locale's registry.json up to the registry, as `docusaurus write-translations` does
 * for the components' strings: a text new to the registry is added in English, for a translator
 * to replace; a text the registry no longer has is dropped; every translation made stays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { translatedLocales } from '../../src/locales';
import { translationScope } from './scope';
import { readRegistryTranslations, registryTranslationsPath } from './registry-translations';

export interface LocaleUpdate {
  readonly file: string;
  readonly added: number;
  readonly dropped: number;
}

export function writeRegistryTranslations(siteDir: string): LocaleUpdate[] {
  const { keys, unreachable } = translationScope();
  if (unreachable.length > 0) throw new Error(`No single literal of src/requests writes these texts, so they cannot be translated:\n${unreachable.join('\n')}`);
  return translatedLocales.map((locale) => {
    const file = registryTranslationsPath(join(siteDir, 'i18n', locale));
    const made = readRegistryTranslations(file);
    const updated = Object.fromEntries(keys.map((key) => [key, made.get(key) ?? key]));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`);
    return { file, added: keys.filter((key) => !made.has(key)).length, dropped: [...made.keys()].filter((key) => !keys.includes(key)).length };
  });
}
