/** `tsx scripts/write-registry-translations.ts`: each locale's i18n/<locale>/registry.json, up to the registry. */
import { writeRegistryTranslations } from '../plugins/registry-translation/write';

for (const { file, added, dropped } of writeRegistryTranslations(process.cwd())) {
  console.log(`${file}: ${added} texts added in English to translate, ${dropped} dropped`);
}
