/**
 * A locale's translations of our components' strings: `i18n/<locale>/components.json`, in
 * Docusaurus's `code.json` format (`{ id: { message, description } }`) but apart from it, since
 * Docusaurus bundles all of `code.json` into every page (component-strings.ts translates ours
 * at build instead). `docusaurus write-translations` writes every id the sources have to `code.json`;
 * `moveOwnStrings` then moves ours here, keeping the translations made and dropping ids no
 * source has any longer.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWN_ID } from './component-strings';

type TranslationFile = Record<string, { message: string; description?: string }>;

export const componentMessagesPath = (localizationDir: string) => join(localizationDir, 'components.json');
const codeJsonPath = (localizationDir: string) => join(localizationDir, 'code.json');

function readTranslationFile(file: string): TranslationFile {
  if (!existsSync(file)) return {};
  const content = JSON.parse(readFileSync(file, 'utf8')) as TranslationFile;
  const malformed = Object.entries(content).find(([, entry]) => typeof entry?.message !== 'string');
  if (malformed) throw new Error(`${file}: "${malformed[0]}" has no message.`);
  return content;
}

const writeTranslationFile = (file: string, content: TranslationFile) => writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);

/** Id → message, for the build. */
export function readComponentMessages(file: string): ReadonlyMap<string, string> {
  return new Map(Object.entries(readTranslationFile(file)).map(([id, { message }]) => [id, message]));
}

/** Moves our ids from the locale's code.json into its components.json; returns how many were new. */
export function moveOwnStrings(localizationDir: string): number {
  const code = readTranslationFile(codeJsonPath(localizationDir));
  const made = readTranslationFile(componentMessagesPath(localizationDir));
  const isOwn = ([id]: [string, unknown]) => OWN_ID.test(id);
  const own = Object.entries(code).filter(isOwn).map(([id, entry]) => [id, made[id] ?? entry] as const);
  writeTranslationFile(codeJsonPath(localizationDir), Object.fromEntries(Object.entries(code).filter((entry) => !isOwn(entry))));
  writeTranslationFile(componentMessagesPath(localizationDir), Object.fromEntries(own.sort(([a], [b]) => a.localeCompare(b))));
  return own.filter(([id]) => !(id in made)).length;
}
