/**
 * The first-load budgets that do not depend on the machine's speed, read from the build's files
 * (bench/first-load-budget.ts): every reference page loads at most 15 KB gzipped more JavaScript
 * than a plain doc page of the same build, and none loads the try-it panel's or the in-browser
 * sandbox's code before the reader asks for it. Node only: these tests start no browser.
 * (Speed, CLS and Lighthouse's scores are measured by `npm run bench:lighthouse`.)
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { firstLoadScripts, htmlFile, readBundle, scriptsHolding, weigh, type Bundle } from '@site/bench/first-load-budget';
import { objectTypePage } from '@site/src/components/Requests/TypeLink/page';
import { allRequests } from '@site/src/requests';
import { objectTypeNames } from '@site/src/requests/object-types';

const buildDir = 'build';
/** The control: a conventions page with a table and code blocks, and no request on it. */
const controlPage = '/api_reference/pagination';
const budget = 15 * 1024;

const referencePages = [...allRequests().map(({ endpoint, id }) => `/api_reference/${endpoint}/${id}`), ...objectTypeNames.map(objectTypePage)];

/**
 * Code that must stay out of the first load, found by strings only it holds (none is page text):
 * a message only the panel shows; the in-browser sandbox's storage key (renaming it would lose
 * readers' demo data, so it stays) and an error message of Hono, the router its core runs on.
 */
const onDemandCode: Record<string, string[]> = {
  'the try-it panel': ['Undone: the previous values are back.'],
  'the in-browser sandbox': ['callbell-api-docs:in-browser-sandbox', 'next() called multiple times'],
};

// Read once per worker, on first use: listing the tests needs no build.
let bundle: Bundle | undefined;
const built = () => (bundle ??= readBundle(buildDir));
let onDemand: string[] | undefined;
const onDemandScripts = () => (onDemand ??= Object.values(onDemandCode).flatMap((markers) => markers.flatMap((marker) => scriptsHolding(buildDir, marker))));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the control page is a doc page with a table and a code block, and no request on it', () => {
  const html = readFileSync(htmlFile(buildDir, controlPage), 'utf8');
  expect(html).toContain('<table');
  expect(html).toContain('<pre');
  expect(html).not.toContain('Try it');
});

test('the try-it panel and the in-browser sandbox are chunks of the build that no page loads first', () => {
  for (const [code, markers] of Object.entries(onDemandCode)) {
    for (const marker of markers) {
      const scripts = scriptsHolding(buildDir, marker);
      expect(scripts, `${code}: a script holding ${JSON.stringify(marker)}`).not.toEqual([]);
      for (const script of scripts) expect(built().entryScripts, `${code} in an entry script`).not.toContain(script);
    }
  }
});

for (const page of referencePages) {
  test(`${page} loads at most 15 KB gzipped more JavaScript than ${controlPage} first, and neither the try-it panel nor the sandbox`, () => {
    const scripts = firstLoadScripts(built(), page);
    const extra = weigh(built(), scripts).gzip - weigh(built(), firstLoadScripts(built(), controlPage)).gzip;
    expect(extra, `${kb(extra)} more than the control (budget ${kb(budget)})`).toBeLessThanOrEqual(budget);
    expect(scripts.filter((script) => onDemandScripts().includes(script))).toEqual([]);
  });
}
