/**
 * Docusaurus's hook for adding Prism grammars, called once as the site starts. Docusaurus's
 * own loads every `additionalLanguages` grammar here, in the first load of every page; ours
 * loads only Bash, and src/prism/grammars.ts the others when they are about to be shown.
 *
 * A prismjs grammar file extends the `Prism` it finds on the global object, while
 * prism-react-renderer highlights with its own instance: so that instance is put there, and
 * left there for the grammars that load later.
 */
import type { Prism as PrismInstance } from 'prism-react-renderer';

export default function prismIncludeLanguages(prism: typeof PrismInstance): void {
  (globalThis as { Prism?: typeof PrismInstance }).Prism = prism;
  // A require, not an import: imports run before this function has set the global.
  require('prismjs/components/prism-bash');
}
