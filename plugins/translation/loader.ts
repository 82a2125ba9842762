/**
 * The bundler's loader: a module's source translated for the locale being built, before it is
 * compiled: a registry module's prose (registry-literals.ts), a component's strings (component-strings.ts).
 */
import type { LoaderContext } from 'webpack';
import { readComponentMessages } from './component-messages';
import { translateComponentSource } from './component-strings';
import { translateSource } from './registry-literals';
import { readRegistryTranslations } from './registry-translations';

export interface TranslationLoaderOptions {
  readonly kind: 'registry' | 'components';
  /** The locale's registry.json or components.json (absent for English, whose words are the source's). */
  readonly file: string;
}

export default function translationLoader(this: LoaderContext<TranslationLoaderOptions>, source: string): string {
  const { kind, file } = this.getOptions();
  this.addDependency(file);
  return kind === 'registry'
    ? translateSource(source, this.resourcePath, readRegistryTranslations(file))
    : translateComponentSource(source, this.resourcePath, readComponentMessages(file));
}
