/**
 * Shows the registry's prose in the page's language: while a locale with translations is built,
 * each registry module (src/requests/) goes through loader.ts before it is compiled, for the
 * pages and for their server rendering alike.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { RegistryTranslationOptions } from './loader';
import { registryTranslationsPath } from './registry-translations';

const registryModule = /[\\/]src[\\/]requests[\\/].*\.ts$/;

export default function registryTranslation({ siteDir, localizationDir }: LoadContext): Plugin {
  const file = registryTranslationsPath(localizationDir);
  return {
    name: 'registry-translation',
    configureWebpack() {
      if (!existsSync(file)) return {};
      const options: RegistryTranslationOptions = { file };
      return { module: { rules: [{ test: registryModule, enforce: 'pre', use: [{ loader: join(siteDir, 'plugins/translation/loader.cjs'), options }] }] } };
    },
  };
}
