/**
 * `npm run bench:lighthouse`: Lighthouse's scores and metrics for the PATCH page, the
 * send-message page, our own control page without requests (Pagination: a conventions page with
 * a table and code blocks), and the external control (bench/external-control.ts: a bare
 * Docusaurus site's page with a table, three code tabs and a JSON block), each build served
 * gzipped on loopback. Mobile and desktop
 * presets, 3 runs each, interleaved so that a slow moment of the machine falls on every page
 * alike; each figure is the median of its runs. Prints the figures side by side, writes them to
 * bench/results/lighthouse.json, and exits non-zero when a budget is broken.
 */
import type { Result } from 'lighthouse';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildExternalControl } from './external-control';
import { serveStatic } from './static-server';

const root = resolve(__dirname, '..');
const resultsFile = join(root, 'bench/results/lighthouse.json');
const RUNS = 3;
const execFileAsync = promisify(execFile);

/** Each page: the build it is in (ours or the external control's) and its path there. */
const pages = {
  'PATCH /contacts': { site: 'ours', path: '/api_reference/contacts_api/patch_contacts' },
  'POST /messages/send': { site: 'ours', path: '/api_reference/messages_api/post_send_messages' },
  'control: Pagination': { site: 'ours', path: '/api_reference/pagination' },
  'external control': { site: 'external', path: '/' },
} as const;
type PageName = keyof typeof pages;
const pageNames = Object.keys(pages) as PageName[];
const presets = ['mobile', 'desktop'] as const;
type Preset = (typeof presets)[number];

interface Figures {
  /** Category scores, 0 to 100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Metrics in milliseconds (CLS has no unit). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** JavaScript the page fetched as scripts, in bytes on the wire (prefetches of other pages not counted). */
  jsTransferred: number;
}

type Results = Record<Preset, Record<PageName, { median: Figures; runs: Figures[] }>>;

function figures(lhr: Result): Figures {
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100);
  const metric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
  const requests = lhr.audits['network-requests']?.details;
  if (requests?.type !== 'table') throw new Error('Lighthouse reported no network requests');
  const scripts = requests.items.filter((item) => item.resourceType === 'Script');
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    jsTransferred: scripts.reduce((sum, item) => sum + Number(item.transferSize ?? 0), 0),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medianFigures(runs: Figures[]): Figures {
  const keys = Object.keys(runs[0]!) as (keyof Figures)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as unknown as Figures;
}

/**
 * One Lighthouse run in a Chromium of its own (a fresh profile: nothing cached). Lighthouse's
 * CLI runs in plain Node: under tsx, the functions Lighthouse sends to the page would carry
 * esbuild's `__name` helper, which the page lacks. chrome-launcher (inside the CLI) starts
 * Debian's Chromium, named by CHROME_PATH.
 */
async function audit(url: string, preset: Preset): Promise<Result> {
  const chromeFlags = ['--headless=new', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  const { stdout } = await execFileAsync(
    join(root, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags.join(' ')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 256 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as Result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

const columns: { label: string; key: keyof Figures; format: (value: number) => string }[] = [
  { label: 'Performance', key: 'performance', format: String },
  { label: 'Accessibility', key: 'accessibility', format: String },
  { label: 'Best practices', key: 'bestPractices', format: String },
  { label: 'SEO', key: 'seo', format: String },
  { label: 'FCP', key: 'fcp', format: (ms) => `${(ms / 1000).toFixed(2)} s` },
  { label: 'LCP', key: 'lcp', format: (ms) => `${(ms / 1000).toFixed(2)} s` },
  { label: 'TBT', key: 'tbt', format: (ms) => `${Math.round(ms)} ms` },
  { label: 'CLS', key: 'cls', format: (cls) => cls.toFixed(3) },
  { label: 'JS transferred', key: 'jsTransferred', format: (bytes) => `${(bytes / 1024).toFixed(1)} KB` },
];

/** The medians as a Markdown table, the pages side by side, a block of rows per preset. */
function table(results: Results): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [row(['', ...pageNames]), row(['---', ...pageNames.map(() => '---:')])];
  for (const preset of presets) {
    for (const { label, key, format } of columns) {
      lines.push(row([`${preset}: ${label}`, ...pageNames.map((page) => format(results[preset][page].median[key]))]));
    }
  }
  return lines.join('\n');
}

/** The budgets that need a browser, on the medians: the PATCH page against the external control. */
function brokenBudgets(results: Results): string[] {
  const broken: string[] = [];
  const patch = results.mobile['PATCH /contacts'].median;
  const control = results.mobile['external control'].median;
  if (patch.performance < control.performance) broken.push(`PATCH mobile performance ${patch.performance} is below the external control's ${control.performance}`);
  if (patch.tbt > control.tbt + 30) broken.push(`PATCH mobile TBT ${Math.round(patch.tbt)} ms is over the external control's ${Math.round(control.tbt)} ms plus 30`);
  for (const preset of presets) {
    for (const page of pageNames.filter((name) => pages[name].site === 'ours')) {
      const { accessibility, cls } = results[preset][page].median;
      if (accessibility !== 100) broken.push(`${page} (${preset}): accessibility ${accessibility}, not 100`);
      if (cls !== 0) broken.push(`${page} (${preset}): CLS ${cls}, not 0`);
    }
  }
  return broken;
}

async function main(): Promise<void> {
  const buildDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const controlDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-control-'));
  try {
    console.log(`Building the site into ${buildDir}…`);
    execFileSync(join(root, 'node_modules/.bin/docusaurus'), ['build', '--out-dir', buildDir], { cwd: root, stdio: 'ignore' });
    console.log(`Building the external control into ${controlDir}…`);
    buildExternalControl(controlDir);
    const sites = { ours: await serveStatic(buildDir), external: await serveStatic(controlDir) };
    // Other work on the machine lengthens TBT and lowers performance: the figures say how busy it was.
    const loadBefore = loadavg()[0]!;
    const runs = Object.fromEntries(presets.map((preset) => [preset, Object.fromEntries(pageNames.map((page) => [page, [] as Result[]]))])) as Record<
      Preset,
      Record<PageName, Result[]>
    >;
    try {
      for (let round = 1; round <= RUNS; round += 1) {
        for (const preset of presets) {
          for (const page of pageNames) {
            console.log(`Run ${round}/${RUNS}, ${preset}: ${page}`);
            runs[preset][page].push(await audit(`${sites[pages[page].site].url}${pages[page].path}`, preset));
          }
        }
      }
    } finally {
      await Promise.all(Object.values(sites).map((site) => site.close()));
    }

    const results = Object.fromEntries(
      presets.map((preset) => [
        preset,
        Object.fromEntries(
          pageNames.map((page) => {
            const each = runs[preset][page].map(figures);
            return [page, { median: medianFigures(each), runs: each }];
          }),
        ),
      ]),
    ) as Results;
    const load = { before: loadBefore, after: loadavg()[0]!, cores: availableParallelism() };
    const first = runs.mobile['PATCH /contacts'][0]!;
    const broken = brokenBudgets(results);
    const chrome = first.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium';
    const busy = `load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after, on ${load.cores} cores`;
    console.log(`\nLighthouse ${first.lighthouseVersion}, ${chrome}, median of ${RUNS} runs (${busy})\n`);
    console.log(table(results));
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    const report = { date: new Date().toISOString(), lighthouse: first.lighthouseVersion, userAgent: first.environment.hostUserAgent, runs: RUNS, load, pages, results, broken };
    writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${relative(process.cwd(), resultsFile)}`);
    if (broken.length > 0) {
      console.log(`\nBUDGETS BROKEN:\n${broken.map((line) => `  - ${line}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log("Budgets kept: PATCH mobile performance at least the external control's, and TBT at most its plus 30 ms; accessibility 100 and CLS 0 everywhere.");
    }
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(controlDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
