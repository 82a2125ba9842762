import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import apiExports from './plugins/api-exports';
import rehypeReadablePage from './plugins/rehype-readable-page';
import releaseNotes from './plugins/release-notes';
import requestsWithTheirPages from './plugins/requests-with-their-pages';
import translationDescriptions from './plugins/translation-descriptions';
import remarkFieldTables from './plugins/remark-field-tables';
import remarkRecipeProgram from './plugins/remark-recipe-program';
import remarkReferenceLayout from './plugins/remark-reference-layout';
import remarkRegistryConsistency from './plugins/remark-registry-consistency';
import remarkReleaseMark from './plugins/remark-release-mark';
import remarkRequestGuard from './plugins/remark-request-guard';
import remarkTokenNote from './plugins/remark-token-note';
import { sidebarWithMethodBadges } from './plugins/sidebar-method-badges';
import { paintFirstTemplate } from './src/paint-first-template';
import prismColours from './plugins/prism-colours';
import { prismByClass } from './src/css/prism-by-class';
import { repositoryUrl, siteUrl, tryItServers } from './src/site-settings';

const repository = repositoryUrl();

/** English first: the default, served at the root; the others under their prefix (/es/…). */
const locales = ['en', 'es', 'fr', 'it', 'pt'];
/** Docusaurus builds one locale at a time and names it here; `npm start` serves English alone. */
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'en';

const config: Config = {
  title: 'Callbell API Reference',
  tagline: 'Send and manage WhatsApp, Messenger, Instagram and Telegram conversations from your code',
  favicon: 'img/favicon.svg',
  // SITE_URL, REPOSITORY_URL, SANDBOX_URL or SANDBOX_PORT, TRY_IT_PROXY: the README's "Deploying the site".
  url: siteUrl(),
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  future: { v4: { removeLegacyPostBuildHeadAttribute: true }, faster: true },
  i18n: { defaultLocale: 'en', locales },
  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },
  ssrTemplate: paintFirstTemplate,

  customFields: {
    /** Servers the try-it panel offers, the default first. */
    tryItServers: tryItServers(),
    /** Where readers clone the site to run the sandbox on their machine. */
    repositoryUrl: repository,
  },

  plugins: [
    requestsWithTheirPages,
    translationDescriptions,
    apiExports,
    releaseNotes,
    prismColours,
    [
      // Markdown for assistants, made from the built pages (so the generated samples and tables are in it):
      // /llms.txt, and each page's Markdown at its URL plus .md.
      '@signalwire/docusaurus-plugin-llms-txt',
      {
        siteDescription:
          'The Callbell REST API reference: every request with samples in nine languages, the object types and webhook events, and a sandbox to try them on.',
        depth: 2,
        onRouteError: 'throw',
        logLevel: 0,
        content: { relativePaths: false, excludeRoutes: ['/search', ...locales.map((locale) => `/${locale}/search`)], beforeDefaultRehypePlugins: [rehypeReadablePage] },
      },
    ],
  ],
  themes: [
    [
      // Search with no service: an index built with the site, searched in the page, offline too.
      '@easyops-cn/docusaurus-search-local',
      { hashed: true, language: [currentLocale], indexBlog: false, docsRouteBasePath: '/', explicitSearchResultPath: true, searchResultLimits: 12 },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          sidebarItemsGenerator: sidebarWithMethodBadges,
          // The layout last: the checks read the page as written.
          remarkPlugins: [remarkRequestGuard, remarkRegistryConsistency, remarkFieldTables, remarkTokenNote, remarkReleaseMark, remarkRecipeProgram, remarkReferenceLayout],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Callbell API',
      items: [
        { type: 'docSidebar', sidebarId: 'reference', position: 'left', label: 'Reference' },
        { type: 'localeDropdown', position: 'right' },
        { href: repository, label: 'GitHub', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Callbell API reference. Samples read your token from CALLBELL_API_TOKEN.',
    },
    prism: {
      // Magic comments (`// highlight-next-line`…) stay for Markdown code blocks; samples and response
      // bodies are shown by ExactCodeBlock, which no comment edits.
      // The colours are in the stylesheet (plugins/prism-colours.ts), so one theme serves both modes.
      theme: prismByClass,
      darkTheme: prismByClass,
      // No additionalLanguages: src/theme/prism-include-languages.ts loads Bash, src/prism/grammars.ts the rest on demand.
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
