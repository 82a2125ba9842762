/**
 * A built site served on loopback as a static host serves it: each page from its folder's
 * index.html, the right content types, text gzipped when the browser accepts it (each file
 * compressed once, so the first visitor pays no more than the next), 404.html for the rest.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const compressible = (type: string) => /^text\/|json|xml|svg/.test(type);

export interface StaticSite {
  readonly url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}

/** The file an address is served from: itself, its folder's index.html, or its .html. */
async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) if (await isFile(candidate)) return candidate;
  return undefined;
}

/** Serves `root` on 127.0.0.1, on a port the system gives. */
export async function serveStatic(root: string): Promise<StaticSite> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const file = await fileFor(root, pathname);
      const served = file ?? join(root, '404.html');
      const type = contentTypes[extname(served)] ?? 'application/octet-stream';
      let body: Buffer = await readFile(served);
      const headers: Record<string, string> = { 'Content-Type': type, Vary: 'Accept-Encoding' };
      if (compressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        if (!gzipped.has(served)) gzipped.set(served, gzipSync(body));
        body = gzipped.get(served)!;
        headers['Content-Encoding'] = 'gzip';
      }
      response.writeHead(file ? 200 : 404, { ...headers, 'Content-Length': String(body.length) });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
