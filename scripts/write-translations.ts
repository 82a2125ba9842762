/**
 * `npm run write-translations`: each translated locale's files brought up to the site. Docusaurus
 * writes the components' strings and the theme's labels (code.json, the sidebar's and navbar's
 * JSON); plugins/translation/write.ts the registry's prose (registry.json). What is new
 * is added in English, for a translator to replace; tests/unit/translations.test.ts says what is left.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { moveOwnStrings } from '../plugins/translation/component-messages';
import { writeRegistryTranslations } from '../plugins/translation/write';
import { translatedLocales } from '../src/locales';

for (const locale of translatedLocales) {
  execFileSync('npx', ['docusaurus', 'write-translations', '--locale', locale], { stdio: 'inherit' });
  console.log(`i18n/${locale}/components.json: ${moveOwnStrings(join('i18n', locale))} strings added in English to translate`);
}
for (const { file, added, dropped } of writeRegistryTranslations(process.cwd())) {
  console.log(`${file}: ${added} texts added in English to translate, ${dropped} dropped`);
}
