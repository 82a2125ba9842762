/**
 * Keeps the translators' notes out of the bundle (translation-descriptions-loader.cjs): every
 * string of our components carries a `description` for `write-translations`, and the first-load
 * budgets (tests/e2e/budgets.spec.ts) have no room for text no reader sees.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function translationDescriptions(): Plugin {
  return {
    name: 'translation-descriptions',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /\.tsx?$/,
              include: path.resolve(__dirname, '../src'),
              enforce: 'pre' as const,
              use: [{ loader: path.resolve(__dirname, 'translation-descriptions-loader.cjs') }],
            },
          ],
        },
      };
    },
  };
}
