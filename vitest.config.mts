import { transformWithOxc, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const docusaurusClient = here('node_modules/@docusaurus/core/lib/client/exports/');

/** Docusaurus's client modules are JSX in `.js` files, which Vite reads as plain JavaScript. */
const docusaurusClientJsx: Plugin = {
  name: 'docusaurus-client-jsx',
  enforce: 'pre',
  transform: (code, id) => (id.startsWith(docusaurusClient) ? transformWithOxc(code, id, { lang: 'jsx', jsx: { runtime: 'automatic' } }) : undefined),
};

export default defineConfig({
  plugins: [docusaurusClientJsx],
  resolve: {
    alias: {
      '@site': here('.'),
      // Modules that write reader-facing text call Docusaurus's translate(): its real client code,
      // over the English site's translations (none), so tests read the English the site renders.
      '@docusaurus/Translate': `${docusaurusClient}Translate.js`,
      '@docusaurus/Interpolate': `${docusaurusClient}Interpolate.js`,
      '@generated/codeTranslations': here('tests/unit/no-code-translations.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'sandbox/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/exec/**/*.test.ts', 'plugins/**/*.test.ts', 'tests/build/**/*.test.ts', 'proxy/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vite, not Node, loads Docusaurus's client modules, so that their JSX is transformed.
    server: { deps: { inline: [/@docusaurus\/core\/lib\/client/] } },
  },
});
