/**
 * `npm run bench:main-modules`: the 15 largest modules of main.js (the script every page runs
 * first), by gzipped size, as the bundler's own stats give them: it builds with Docusaurus's
 * `--bundle-analyzer` (webpack-bundle-analyzer over Rspack's stats) and reads the analyzer's
 * data. Sizes are each module gzipped alone, so they add up to more than main.js gzipped whole.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const TOP = 15;

interface Node {
  label: string;
  gzipSize?: number;
  groups?: Node[];
}

/** Builds into a temporary folder and resolves with the analyzer's chart data, then stops it. */
function analyzedBuild(): Promise<Node[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'main-modules-'));
  const build = spawn(join(root, 'node_modules/.bin/docusaurus'), ['build', '--bundle-analyzer', '--out-dir', outDir], { cwd: root, detached: true });
  const stop = () => {
    process.kill(-build.pid!, 'SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
  };
  return new Promise<Node[]>((resolvePromise, reject) => {
    let output = '';
    build.on('exit', (code) => reject(new Error(`The build stopped (${code}) before the analyzer started:\n${output.slice(-2000)}`)));
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /Webpack Bundle Analyzer is started at (http:\/\/\S+)/.exec(output)?.[1];
      if (!address) return;
      build.stdout.off('data', read);
      fetch(address)
        .then((response) => response.text())
        .then((html) => {
          const start = html.indexOf('window.chartData = ') + 'window.chartData = '.length;
          resolvePromise(JSON.parse(html.slice(start, html.indexOf(';\n', start))) as Node[]);
        }, reject);
    };
    build.stdout.on('data', read);
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  }).finally(stop);
}

function leaves(node: Node, path: string): { path: string; gzip: number }[] {
  const here = `${path}/${node.label}`;
  return node.groups ? node.groups.flatMap((group) => leaves(group, here)) : [{ path: here, gzip: node.gzipSize ?? 0 }];
}

async function main(): Promise<void> {
  console.log('Building with the bundle analyzer…');
  const chunks = await analyzedBuild();
  const mainChunk = chunks.find((chunk) => /^assets\/js\/main\.\w+\.js$/.test(chunk.label));
  if (!mainChunk?.groups) throw new Error('The analyzer listed no main.js');
  const modules = mainChunk.groups
    .flatMap((group) => leaves(group, ''))
    // A group of modules the bundler concatenated is named by its first; each module in it by its own path.
    .map(({ path, gzip }) => ({ path: path.replace(/^.*\(concatenated\)\//, '').replace(/^\//, ''), gzip }))
    .sort((a, b) => b.gzip - a.gzip);
  console.log(`\nmain.js: ${(mainChunk.gzipSize! / 1024).toFixed(1)} KB gzipped. Its ${TOP} largest modules:\n`);
  console.log('| KB gzipped | module |\n| ---: | --- |');
  for (const { path, gzip } of modules.slice(0, TOP)) console.log(`| ${(gzip / 1024).toFixed(1)} | \`${path}\` |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
