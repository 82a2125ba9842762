/** The bundler's loader: a registry module's source, its prose translated (registry-literals.ts). */
import type { LoaderContext } from 'webpack';
import { translateSource } from './registry-literals';
import { readRegistryTranslations } from './registry-translations';

export interface RegistryTranslationOptions {
  /** The locale's `registry.json`. */
  readonly file: string;
}

export default function registryTranslationLoader(this: LoaderContext<RegistryTranslationOptions>, source: string): string {
  const { file } = this.getOptions();
  this.addDependency(file);
  return translateSource(source, this.resourcePath, readRegistryTranslations(file));
}
