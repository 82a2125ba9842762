/**
 * The external control of `npm run bench:lighthouse` and of the first-load budgets: a bare
 * Docusaurus classic site, at the project's Docusaurus version (it builds with the project's
 * node_modules), with one doc page holding what a reference page holds (a table, a code block in
 * three tabs, a JSON block), in the site's languages (Docusaurus's theme, translated by
 * Docusaurus). No plugin, theme or setting of ours: the floor a page of ours is measured against.
 */
import type { Config } from '@docusaurus/types';
import { defaultLocale, locales } from '../../src/locales';
import type * as Preset from '@docusaurus/preset-classic';

const config: Config = {
  title: 'Control',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  future: { v4: true, faster: true },
  i18n: { defaultLocale, locales: [...locales] },
  presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: undefined }, blog: false } satisfies Preset.Options]],
};

export default config;
