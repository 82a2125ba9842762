/**
 * The external control: a bare Docusaurus classic site at the project's Docusaurus version
 * (bench/external-control/, built with the project's node_modules), whose one page holds a
 * table, a three-tab code block and a JSON block, in the site's five languages. Its first-load
 * JavaScript in each language is the floor the budget test holds our pages of that language to
 * (tests/e2e/budgets.spec.ts), read from the figures recorded in
 * bench/external-control/first-load.json; `npm run bench:external-control` builds it and
 * records the figure again (run it after a Docusaurus upgrade: the test names the version).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locale } from '../src/locales';
import { firstLoadScripts, localeBuilds, readBundle, weigh } from './first-load-budget';

const root = resolve(__dirname, '..');
export const controlSite = join(root, 'bench/external-control');
export const recordedFigureFile = join(controlSite, 'first-load.json');
/** The control's one page. */
export const controlPage = '/';

export interface RecordedFigure {
  /** The Docusaurus version the control was built with. */
  readonly docusaurus: string;
  /**
   * The page's first-load JavaScript in each language, each script gzipped on its own, summed. A
   * translated language's is heavier: Docusaurus puts the theme's translations in its main script.
   */
  readonly firstLoadGzipBytes: Readonly<Record<Locale, number>>;
  /** The English page's scripts. */
  readonly scripts: readonly string[];
}

export function installedDocusaurusVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules/@docusaurus/core/package.json'), 'utf8')) as { version: string }).version;
}

/** Builds the control site into `outDir`. */
export function buildExternalControl(outDir: string): void {
  execFileSync(join(root, 'node_modules/.bin/docusaurus'), ['build', controlSite, '--out-dir', outDir], { cwd: root, stdio: 'ignore' });
}

export function measureFirstLoad(buildDir: string): RecordedFigure {
  const measured = localeBuilds(buildDir).map(({ locale, dir, baseUrl }) => {
    const bundle = readBundle(dir, baseUrl);
    const scripts = firstLoadScripts(bundle, baseUrl);
    return { locale, scripts, gzip: weigh(bundle, scripts).gzip };
  });
  return {
    docusaurus: installedDocusaurusVersion(),
    firstLoadGzipBytes: Object.fromEntries(measured.map(({ locale, gzip }) => [locale, gzip])) as Record<Locale, number>,
    scripts: measured[0]!.scripts.map((script) => script.replace(/\.[0-9a-f]{8}\.js$/, '.js')),
  };
}

export function recordedFigure(): RecordedFigure {
  return JSON.parse(readFileSync(recordedFigureFile, 'utf8')) as RecordedFigure;
}

if (require.main === module) {
  const outDir = mkdtempSync(join(tmpdir(), 'external-control-'));
  try {
    console.log(`Building the external control (a bare Docusaurus ${installedDocusaurusVersion()} classic site) into ${outDir}…`);
    buildExternalControl(outDir);
    const figure = measureFirstLoad(outDir);
    writeFileSync(recordedFigureFile, `${JSON.stringify(figure, null, 2)}\n`);
    const figures = Object.entries(figure.firstLoadGzipBytes).map(([locale, bytes]) => `${locale} ${(bytes / 1024).toFixed(1)} KB`);
    console.log(`Its page loads this much JavaScript gzipped first: ${figures.join(', ')}; recorded in bench/external-control/first-load.json.`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
