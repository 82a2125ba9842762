/**
 * The JavaScript a page of a build loads first, read from the build's files alone (no browser),
 * so that a test can hold the reference pages to a budget on any machine.
 *
 * What the browser fetches first. The page's HTML names only the entry scripts (runtime~main and
 * main): Docusaurus 3.10 built with Rspack (`future.faster`) writes no preload of the route's
 * chunks. Before it renders, main loads the chunks of every route the address matches (the docs
 * layouts, DocItem, the page's content) through the bundler's runtime. So the first load is the
 * HTML's scripts plus those chunks, found here the way the client finds them: main's route table
 * and chunk registry, and the runtime's map from chunk id to file. tests/e2e/first-load-model.spec.ts
 * checks it against Chromium on a page of each kind: the scripts it loads until the page is idle
 * are exactly these. It also fetches, at lowest priority, the
 * chunks of pages the visible links lead to (`<link rel=prefetch>`): not the page's first load.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultLocale, locales, type Locale } from '../src/locales';

/** A route of the client's table, as react-router-config matches it. */
interface Route {
  path: string;
  /** The route's key in the chunk-name table: its path and a short hash ("/api_reference/…-a24"). */
  key: string;
  exact?: boolean;
  routes?: Route[];
}

/** What a build's entry scripts tell about its chunks: parsed once, then asked for each page. */
export interface Bundle {
  readonly buildDir: string;
  /** Where the build is served (`/`, or `/es/` for a locale's build in `build/es`). */
  readonly baseUrl: string;
  /** The entry scripts every page's HTML loads (build-relative paths). */
  readonly entryScripts: readonly string[];
  readonly routes: readonly Route[];
  /** The text of main, where the chunk-name table and the chunk registry are. */
  readonly main: string;
  /** Chunk id → file (build-relative), for every chunk that has JavaScript of its own. */
  readonly chunkFiles: ReadonlyMap<string, string>;
  /** Gzipped sizes of the scripts weighed so far, by file. */
  readonly gzipSizes: Map<string, number>;
}

export interface Weight {
  /** Build-relative paths of the scripts, in load order. */
  readonly files: readonly string[];
  /** Their sizes gzipped one by one (as a server sends them), summed, in bytes. */
  readonly gzip: number;
}

/** An address of the build's, relative to the build's directory. */
const buildRelative = (address: string, baseUrl: string) => (address.startsWith(baseUrl) ? address.slice(baseUrl.length) : address.replace(/^\//, ''));

/** The HTML file a page's address is served from. */
export function htmlFile(buildDir: string, pagePath: string, baseUrl = '/'): string {
  return join(buildDir, buildRelative(pagePath, baseUrl).replace(/\/$/, ''), 'index.html');
}

/** The attributes of each `<tag …>` in the HTML, quoted or not (the build's HTML is minified). */
function tags(html: string, tag: string): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map(
    ([, attributes]) =>
      new Map(
        [...attributes!.matchAll(/([\w-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)].map(([, name, value = '']) => [
          name!.toLowerCase(),
          value.replace(/^["']|["']$/g, ''),
        ]),
      ),
  );
}

/** The scripts an HTML page loads or preloads: `<script src>`, `<link rel=preload|modulepreload as=script>`. */
export function htmlScripts(html: string, baseUrl = '/'): string[] {
  const scripts = tags(html, 'script').flatMap((attributes) => attributes.get('src') ?? []);
  const preloads = tags(html, 'link')
    .filter((attributes) => /^(preload|modulepreload)$/i.test(attributes.get('rel') ?? '') && attributes.get('as') === 'script')
    .flatMap((attributes) => attributes.get('href') ?? []);
  return [...new Set([...scripts, ...preloads].map((src) => buildRelative(src, baseUrl)))];
}

/** The text of the balanced `[…]` or `{…}` that starts at `start`, strings skipped. */
function balanced(text: string, start: number): string {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') {
      for (index += 1; text[index] !== '"'; index += 1) if (text[index] === '\\') index += 1;
    } else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) return text.slice(start, index + 1);
    }
  }
  throw new Error(`Unbalanced brackets from offset ${start}`);
}

class BundleShapeError extends Error {
  constructor(what: string) {
    super(`${what}: the bundler's output changed shape; update bench/first-load-budget.ts to read it`);
  }
}

function parseJson<T>(json: string, what: string): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new BundleShapeError(`${what} is not as expected`);
  }
}

/**
 * The client's route table from main: `[{path:"/",component:d("/","bd0"),routes:[…]}, …]`, made
 * JSON by naming each component by its key and quoting the property names.
 */
function parseRoutes(main: string): Route[] {
  const start = main.indexOf('[{path:"');
  if (start < 0) throw new BundleShapeError('No route table in main');
  const json = balanced(main, start)
    .replace(/[\w$]+\("((?:[^"\\]|\\.)*)","(\w+)"\)/g, '"$1-$2"')
    .replace(/[\w$]+\("((?:[^"\\]|\\.)*)"\)/g, '"$1"')
    .replace(/!0/g, 'true')
    .replace(/!1/g, 'false')
    .replace(/([{,])([A-Za-z_$][\w$]*):/g, '$1"$2":')
    .replace(/"component":/g, '"key":');
  return parseJson<Route[]>(json, 'The route table in main');
}

/** The runtime's chunk file names: `"assets/js/"+(({id:name,…})[e]||e)+"."+({id:hash,…})[e]+".js"`. */
function parseChunkFiles(runtime: string, buildDir: string): Map<string, string> {
  const match = /"assets\/js\/"\+\(\(\{([^}]*)\}\)\[\w+\]\|\|\w+\)\+"\."\+\(\{([^}]*)\}\)\[\w+\]\+"\.js"/.exec(runtime);
  if (!match) throw new BundleShapeError('No chunk file names in the runtime');
  const pairs = (literal: string) => new Map([...literal.matchAll(/"?([\w$]+)"?:"([^"]*)"/g)].map(([, id, value]) => [id!, value!]));
  const names = pairs(match[1]!);
  const hashes = pairs(match[2]!);
  const present = new Set(readdirSync(join(buildDir, 'assets/js')));
  return new Map(
    [...hashes].map(([id, hash]) => {
      const file = `${names.get(id) ?? id}.${hash}.js`;
      if (!present.has(file)) throw new BundleShapeError(`The runtime names assets/js/${file}, which the build does not have`);
      return [id, `assets/js/${file}`];
    }),
  );
}

/** Reads a build's entry scripts (those of its home page, which every page shares). */
export function readBundle(buildDir: string, baseUrl = '/'): Bundle {
  const entryScripts = htmlScripts(readFileSync(htmlFile(buildDir, baseUrl, baseUrl), 'utf8'), baseUrl);
  const texts = entryScripts.map((file) => readFileSync(join(buildDir, file), 'utf8'));
  const main = texts.find((text) => text.includes('[{path:"'));
  const runtime = texts.find((text) => text.includes('"assets/js/"+'));
  if (main === undefined || runtime === undefined) throw new BundleShapeError(`No route table or runtime among ${entryScripts.join(', ')}`);
  return { buildDir, baseUrl, entryScripts, routes: parseRoutes(main), main, chunkFiles: parseChunkFiles(runtime, buildDir), gzipSizes: new Map() };
}

/** An address without its trailing slash (`/a/b/` is `/a/b`), the root staying `/`. */
const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

function matchesRoute(route: Route, pathname: string): boolean {
  if (route.path === '*') return true;
  const path = withoutTrailingSlash(route.path);
  return pathname === path || (!route.exact && pathname.startsWith(path === '/' ? path : `${path}/`));
}

/** The routes an address renders, outermost first: at each level the first that matches (react-router-config). */
function matchRoutes(routes: readonly Route[], pathname: string): Route[] {
  const route = routes.find((candidate) => matchesRoute(candidate, pathname));
  return route ? [route, ...matchRoutes(route.routes ?? [], pathname)] : [];
}

/** The chunk names a route loads (its component, content, props, context), from main's chunk-name table. */
function routeChunkNames(main: string, routeKey: string): string[] {
  const at = main.indexOf(`${JSON.stringify(routeKey)}:{`);
  if (at < 0) throw new BundleShapeError(`No chunk names for route ${routeKey}`);
  const leaves = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(leaves));
  return leaves(parseJson(balanced(main, at + JSON.stringify(routeKey).length + 1), `The chunk names of route ${routeKey}`));
}

/** How a minifier may write a chunk name as a property name: quoted, bare, or as a number. */
function propertyNames(name: string): string[] {
  const forms = [JSON.stringify(name)];
  if (/^[A-Za-z_$][\w$]*$/.test(name)) forms.push(name);
  if (/^[1-9]\d*$/.test(name)) forms.push(name, `0x${Number(name).toString(16)}`);
  return forms;
}

/** The chunk ids a chunk name's loader fetches: `name:[()=>Promise.all([n.e("4014"),n.e("7236")]).then(…),…]`. */
function chunkIds(main: string, name: string): string[] {
  for (const property of propertyNames(name)) {
    const loader = new RegExp(`[{,]${property.replace(/[$]/g, '\\$&')}:\\[\\(\\)=>([\\s\\S]*?)\\.then\\(`).exec(main);
    if (loader) return [...loader[1]!.matchAll(/\.e\("?(\w+)"?\)/g)].map(([, id]) => id!);
  }
  throw new BundleShapeError(`No loader for chunk ${name} in main`);
}

/** The scripts a page loads first: its HTML's, then the chunks of the routes it renders. */
export function firstLoadScripts(bundle: Bundle, pagePath: string): string[] {
  const pathname = withoutTrailingSlash(pagePath);
  const chain = matchRoutes(bundle.routes, pathname);
  if (withoutTrailingSlash(chain.at(-1)?.path ?? '') !== pathname) throw new Error(`No route of the build renders ${pagePath}`);
  const chunks = chain
    .flatMap((route) => routeChunkNames(bundle.main, route.key))
    .flatMap((name) => chunkIds(bundle.main, name))
    // Ids without a file are already in the entry scripts, or hold only CSS.
    .flatMap((id) => bundle.chunkFiles.get(id) ?? []);
  const html = htmlScripts(readFileSync(htmlFile(bundle.buildDir, pagePath, bundle.baseUrl), 'utf8'), bundle.baseUrl);
  return [...new Set([...html, ...chunks])];
}

/** The scripts' sizes gzipped one by one, summed (each file compressed once per bundle). */
export function weigh(bundle: Bundle, files: readonly string[]): Weight {
  const sizeOf = (file: string) => {
    if (!bundle.gzipSizes.has(file)) bundle.gzipSizes.set(file, gzipSync(readFileSync(join(bundle.buildDir, file))).length);
    return bundle.gzipSizes.get(file)!;
  };
  return { files, gzip: files.reduce((sum, file) => sum + sizeOf(file), 0) };
}

/** The build's scripts whose code holds `text` (build-relative paths). */
export function scriptsHolding(buildDir: string, text: string): string[] {
  return readdirSync(join(buildDir, 'assets/js'))
    .filter((file) => file.endsWith('.js') && readFileSync(join(buildDir, 'assets/js', file), 'utf8').includes(text))
    .map((file) => `assets/js/${file}`);
}

/** A site's build in each of its languages: English in `buildDir`, the others in `buildDir/<locale>`, served under `/<locale>/`. */
export function localeBuilds(buildDir: string): { readonly locale: Locale; readonly dir: string; readonly baseUrl: string }[] {
  return locales.map((locale) => (locale === defaultLocale ? { locale, dir: buildDir, baseUrl: '/' } : { locale, dir: join(buildDir, locale), baseUrl: `/${locale}/` }));
}
