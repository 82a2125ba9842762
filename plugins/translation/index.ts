/**
 * Builds each locale's pages in its words, with nothing added to what they load: before a module
 * is compiled (for the pages and their server rendering alike), the registry's prose
 * (src/requests/) and our components' strings (src/components/, src/theme/, src/recipes/) are
 * replaced by the locale's translations. English builds go through it too: the strings'
 * descriptions, written for translators, are dropped from the code.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { componentMessagesPath } from './component-messages';
import type { TranslationLoaderOptions } from './loader';
import { registryTranslationsPath } from './registry-translations';

const registryModule = /[\\/]src[\\/]requests[\\/].*\.ts$/;
const componentModule = /[\\/]src[\\/](components|theme|recipes)[\\/].*\.tsx?$/;

export default function translation({ siteDir, localizationDir }: LoadContext): Plugin {
  const loader = join(siteDir, 'plugins/translation/loader.cjs');
  const rule = (test: RegExp, options: TranslationLoaderOptions) => ({ test, enforce: 'pre' as const, use: [{ loader, options }] });
  return {
    name: 'translation',
    configureWebpack() {
      return {
        module: {
          rules: [
            rule(registryModule, { kind: 'registry', file: registryTranslationsPath(localizationDir) }),
            rule(componentModule, { kind: 'components', file: componentMessagesPath(localizationDir) }),
          ],
        },
      };
    },
  };
}
