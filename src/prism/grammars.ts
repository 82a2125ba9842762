/**
 * The Prism grammars the samples need beyond those prism-react-renderer carries (which include
 * JavaScript, Python, Go, Rust and JSON). Bash is in every page's first load: the cURL tab is
 * shown first and the Markdown blocks are shell. The others load when a reader is about to
 * see them (src/theme/prism-include-languages.ts explains how a grammar file finds Prism).
 */
import { Prism } from 'prism-react-renderer';

const onDemand: Record<string, () => Promise<unknown>> = {
  php: () => import('prismjs/components/prism-markup-templating').then(() => import('prismjs/components/prism-php')),
  ruby: () => import('prismjs/components/prism-ruby'),
  java: () => import('prismjs/components/prism-java'),
  csharp: () => import('prismjs/components/prism-csharp'),
};

/** The grammars loaded on demand, by Prism language name. */
export const onDemandGrammars: readonly string[] = Object.keys(onDemand);

const loading = new Map<string, Promise<boolean>>();

/** Whether Prism can highlight `language` now. */
export function hasGrammar(language: string): boolean {
  return Object.hasOwn(Prism.languages, language);
}

/**
 * Loads `language`'s grammar if it is one loaded on demand. Resolves with whether Prism has it:
 * at once if it had, false when its script could not be fetched (the code stays readable,
 * unhighlighted, and a later call tries again).
 */
export function loadGrammar(language: string): Promise<boolean> {
  const load = onDemand[language];
  if (hasGrammar(language) || !load) return Promise.resolve(hasGrammar(language));
  const pending =
    loading.get(language) ??
    load().then(
      () => true,
      () => {
        loading.delete(language);
        return false;
      },
    );
  loading.set(language, pending);
  return pending;
}
