/**
 * `npm run bench:first-load`: the JavaScript the PATCH reference page loads first, in the
 * real build and in a build whose "Try it" launcher is replaced by nothing. The difference
 * is what the try-it feature costs a reader who never opens it (budget: 2 KB gzipped).
 * Also prints the panel's own chunk, fetched only when the reader opens it.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(__dirname, '..');
const page = 'api_reference/contacts_api/patch_contacts/index.html';
const BUDGET = 2048;

interface Weight {
  files: string[];
  raw: number;
  gzip: number;
}

function weigh(buildDir: string, files: string[]): Weight {
  const contents = files.map((file) => readFileSync(join(buildDir, file)));
  return {
    files,
    raw: contents.reduce((sum, content) => sum + content.length, 0),
    gzip: contents.reduce((sum, content) => sum + gzipSync(content).length, 0),
  };
}

/**
 * The scripts Chromium fetches to load the page, served straight from the build folder, and
 * (with `openPanel`) those it fetches after that when the reader opens "Try it". Scripts only:
 * the chunks of linked pages that Docusaurus prefetches while idle (`<link rel=prefetch>`) are
 * not the page's load. bench/first-load-budget.ts finds the same list from the build's files.
 */
async function firstLoadScripts(buildDir: string, { openPanel = false } = {}): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    const browserPage = await browser.newPage();
    const scripts = new Set<string>();
    await browserPage.route('http://docs.test/**', (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\//, '');
      const file = [path, join(path, 'index.html')].map((candidate) => join(buildDir, candidate)).find((f) => existsSync(f) && !f.endsWith('/'));
      if (route.request().resourceType() === 'script') scripts.add(path);
      return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
    });
    // The route's chunks load as the page hydrates, which may start after a first quiet moment.
    await browserPage.goto(`http://docs.test/${page.replace('index.html', '')}`);
    await browserPage.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
    await browserPage.waitForLoadState('networkidle');
    if (!openPanel) return [...scripts];
    const firstLoad = new Set(scripts);
    await browserPage.getByRole('button', { name: 'Try it' }).click();
    await browserPage.getByLabel('Server', { exact: true }).waitFor();
    await browserPage.waitForLoadState('networkidle');
    return [...scripts].filter((script) => !firstLoad.has(script));
  } finally {
    await browser.close();
  }
}

function build(siteDir: string, outDir: string): void {
  execFileSync(join(root, 'node_modules/.bin/docusaurus'), ['build', siteDir, '--out-dir', outDir], { stdio: 'ignore' });
}

/** A copy of the site whose try-it launcher renders nothing. */
function siteWithoutTryIt(dir: string): string {
  for (const entry of ['docs', 'src', 'static', 'plugins', 'sandbox', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  copyFileSync(join(root, 'bench/stubs/TryItLauncher.tsx'), join(dir, 'src/components/Requests/TryItLauncher/index.tsx'));
  return dir;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'first-load-'));
  try {
    const withPanel = join(work, 'with');
    const withoutPanel = join(work, 'without');
    build(root, withPanel);
    build(siteWithoutTryIt(join(work, 'site')), withoutPanel);

    const a = weigh(withPanel, await firstLoadScripts(withPanel));
    const b = weigh(withoutPanel, await firstLoadScripts(withoutPanel));
    // Opening the panel in a production build starts it on the in-browser sandbox, so what it
    // fetches is the panel's own chunk and the sandbox's (its core and Hono).
    const onOpen = await firstLoadScripts(withPanel, { openPanel: true });
    const isPanel = (file: string) => readFileSync(join(withPanel, file), 'utf8').includes('Remember on this device');
    const panel = weigh(withPanel, onOpen.filter(isPanel));
    const inBrowser = weigh(withPanel, onOpen.filter((file) => !isPanel(file)));
    const difference = a.gzip - b.gzip;

    console.log(`First-load JavaScript of /${page.replace('/index.html', '')}`);
    console.log(`  with the try-it panel     ${kb(a.raw).padStart(9)} raw  ${kb(a.gzip).padStart(8)} gzipped  (${a.files.length} files)`);
    console.log(`  without the try-it panel  ${kb(b.raw).padStart(9)} raw  ${kb(b.gzip).padStart(8)} gzipped  (${b.files.length} files)`);
    console.log(`  difference                ${kb(a.raw - b.raw).padStart(9)} raw  ${kb(difference).padStart(8)} gzipped  (budget ${kb(BUDGET)})`);
    console.log(`Loaded when the reader opens the panel: ${kb(panel.raw)} raw, ${kb(panel.gzip)} gzipped (${panel.files.length} files)`);
    console.log(`  and the in-browser sandbox it starts on: ${kb(inBrowser.raw)} raw, ${kb(inBrowser.gzip)} gzipped (${inBrowser.files.length} files)`);
    if (difference >= BUDGET) {
      console.log('OVER BUDGET: the try-it feature adds too much to the first load.');
      process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
