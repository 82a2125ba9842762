/**
 * A locale's translations of the registry's prose: `i18n/<locale>/registry.json`, an object from
 * each English text (as `src/requests/texts.ts` lists them) to its translation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REGISTRY_TRANSLATIONS_FILE = 'registry.json';

/** Where a locale's translations are, given its localization directory (`i18n/es`). */
export const registryTranslationsPath = (localizationDir: string) => join(localizationDir, REGISTRY_TRANSLATIONS_FILE);

/** The translations in a file, English text to translation; none when there is no file. */
export function readRegistryTranslations(file: string): ReadonlyMap<string, string> {
  if (!existsSync(file)) return new Map();
  const content: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof content !== 'object' || content === null || Array.isArray(content)) throw new Error(`${file} must be an object from English texts to their translations.`);
  const entries = Object.entries(content);
  const notText = entries.find(([, translation]) => typeof translation !== 'string' || translation.trim() === '');
  if (notText) throw new Error(`${file}: the translation of "${notText[0]}" must be a non-empty string.`);
  return new Map(entries as [string, string][]);
}
