/**
 * The first-load budgets that do not depend on the machine's speed, read from the build's files
 * (bench/first-load-budget.ts): every page loads at most a set allowance of JavaScript (gzipped)
 * more than the external control, a bare Docusaurus site's page whose figure is recorded in
 * bench/external-control/first-load.json (`npm run bench:external-control` measures it again);
 * and none loads the try-it panel's, the in-browser sandbox's or an on-demand grammar's code
 * before the reader asks for it. Node only: these tests start no browser.
 * (Speed, CLS and Lighthouse's scores are measured by `npm run bench:lighthouse`.)
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { installedDocusaurusVersion, recordedFigure } from '@site/bench/external-control';
import { firstLoadScripts, localeBuilds, readBundle, scriptsHolding, weigh, type Bundle } from '@site/bench/first-load-budget';
import { allRequests } from '@site/src/requests';

/** Each language's build, measured against the external control in that language. */
const builds = localeBuilds('build');
const buildDir = builds[0]!.dir;
/**
 * What a page may load beyond the external control in its language. They hold today's figures,
 * so that no page grows: the heaviest request page, POST /messages/send, 54.1 KB over; an object
 * type page 35.2 KB (the requests' descriptions stay out of it: plugins/requests-with-their-pages.ts);
 * the heaviest other page, Getting started, 53.8 KB, of which 1.1 KB is its whole program's text in
 * three languages. The five languages cost an English page 0.8 to 1.2 KB (the language menu, the
 * note on untranslated pages, the release mark in the page's language, interpolated strings). The goal is 15 KB for a request page and
 * 8 KB for any other (README, "First-load JavaScript").
 */
const allowance = { 'request page': 54.2 * 1024, 'object type page': 35.5 * 1024, page: 54 * 1024 };
/**
 * A translated page's words are longer than English's (its interface, its sidebar, its registry
 * texts): French, the longest, takes 2.9 KB more than English on POST /messages/send, 2.5 KB on
 * Getting started and 1.6 KB on an object type page, beyond what the control's own translation
 * takes (its theme's strings, in the figure of its language).
 */
const longerWords = 3 * 1024;

const pagesOf = (dir: string) => [...readFileSync(`${dir}/sitemap.xml`, 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]!);
const requestPages = new Set(allRequests().map(({ endpoint, id }) => `/api_reference/${endpoint}/${id}`));

/**
 * Code that must stay out of the first load, found by strings only it holds (none is page text):
 * the panel's and the in-browser sandbox's storage keys (renaming it would lose
 * readers' demo data, so it stays) and an error message of Hono, the router its core runs on;
 * the search box's own event;
 * the Prism grammars of the sample languages no page shows first (src/prism/grammars.ts).
 */
const onDemandCode: Record<string, string[]> = {
  'the try-it panel': ['callbell-api-docs:tokens'],
  'the in-browser sandbox': ['callbell-api-docs:in-browser-sandbox', 'next() called multiple times'],
  // An event only the local search's box (src/theme/SearchBar) listens to.
  'the search box': ['autocomplete:selected'],
  // Where each grammar file adds its language to Prism, as the minifier writes it.
  'the grammars of samples not shown first': ['languages.php=', 'languages.ruby=', 'languages.java=', 'languages.csharp='],
};

// Read once per worker, on first use: listing the tests needs no build.
const bundles = new Map<string, Bundle>();
const built = (dir = buildDir, baseUrl = '/') => bundles.get(dir) ?? bundles.set(dir, readBundle(dir, baseUrl)).get(dir)!;
const onDemand = new Map<string, string[]>();
const onDemandScripts = (dir: string) =>
  onDemand.get(dir) ?? onDemand.set(dir, Object.values(onDemandCode).flatMap((markers) => markers.flatMap((marker) => scriptsHolding(dir, marker)))).get(dir)!;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the recorded external control was measured at the Docusaurus version installed', () => {
  expect(recordedFigure().docusaurus, 'run npm run bench:external-control after a Docusaurus upgrade').toBe(installedDocusaurusVersion());
});

test('the try-it panel, the in-browser sandbox and the grammars loaded on demand are chunks of the build that no page loads first', () => {
  for (const [code, markers] of Object.entries(onDemandCode)) {
    for (const marker of markers) {
      const scripts = scriptsHolding(buildDir, marker);
      expect(scripts, `${code}: a script holding ${JSON.stringify(marker)}`).not.toEqual([]);
      for (const script of scripts) expect(built().entryScripts, `${code} in an entry script`).not.toContain(script);
    }
  }
});

for (const { locale, dir, baseUrl } of builds) {
  for (const page of pagesOf(dir)) {
    const path = `/${page.slice(baseUrl.length)}`;
    const kind = requestPages.has(path) ? 'request page' : path.startsWith('/api_reference/object_types/') ? 'object type page' : 'page';
    const allowed = allowance[kind] + (baseUrl === '/' ? 0 : longerWords);
    test(`${page} loads at most ${kb(allowed)} gzipped more JavaScript first than the external control in ${locale} (a ${kind}), and neither the try-it panel, the sandbox nor a grammar loaded on demand`, () => {
      const bundle = built(dir, baseUrl);
      const scripts = firstLoadScripts(bundle, page);
      const extra = weigh(bundle, scripts).gzip - recordedFigure().firstLoadGzipBytes[locale];
      expect(extra, `${kb(extra)} more than the external control (allowance ${kb(allowed)})`).toBeLessThanOrEqual(allowed);
      expect(scripts.filter((script) => onDemandScripts(dir).includes(script))).toEqual([]);
    });
  }
}
