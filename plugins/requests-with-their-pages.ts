/**
 * Keeps the registry's request descriptions (`src/requests/index.ts` and each group's
 * `index.ts`) out of Docusaurus's `common` chunk, which holds what at least half the pages use
 * and which every page then loads. Request pages, their groups' introductions, getting started
 * and the recipes use them: over half the site. Object type, webhook event and conventions pages
 * use few of them or none. Left out of `common`, each goes with the pages that use it.
 */
import type { Plugin } from '@docusaurus/types';
import type { Module } from 'webpack';

const requestDescription = /[\\/]src[\\/]requests[\\/](?:[a-z_]+[\\/])?index\.ts$/;

export default function requestsWithTheirPages(): Plugin {
  return {
    name: 'requests-with-their-pages',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              common: { test: (module: Module) => !requestDescription.test(module.nameForCondition() ?? '') },
            },
          },
        },
      };
    },
  };
}
