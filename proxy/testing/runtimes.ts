/**
 * The proxy in each runtime the README names, started against a given upstream, each taking
 * the same requests: the handler in-process (given `Request`s, as any fetch runtime is),
 * `npm run proxy`, the Cloudflare Worker in workerd (Miniflare) and the Deno entry. Every
 * deployable entry is started as the README's own commands start it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { createProxy } from '../handler';

export type RuntimeName = 'node handler' | 'npm run proxy' | 'workerd' | 'deno';

export interface ProxyRequest {
  method?: string;
  /** The request target exactly as sent: a path, or an absolute or scheme-relative URL. */
  target: string;
  headers?: Record<string, string>;
  body?: string;
  /** Send the body without a Content-Length (chunked). */
  chunked?: boolean;
  /** The client's own address: another loopback address than 127.0.0.1 is another client. */
  from?: string;
}

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RunningRuntime {
  send(request: ProxyRequest): Promise<ProxyAnswer>;
  close(): Promise<void>;
}

export interface ProxyRuntime {
  name: RuntimeName;
  /** Why this runtime cannot run here, when it cannot. */
  missing?: string;
  start(settings: { upstream: string; allowedOrigin: string }): Promise<RunningRuntime>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

/** The words of a command the README shows on a line of its own, from `program` on (after any `NAME=value`). */
export function readmeCommand(program: string): string[] {
  for (const line of readme.split('\n')) {
    const words = line.trim().split(/\s+/);
    const command = words.slice(words.findIndex((word) => !/^[A-Z_]+=/.test(word)));
    if (command.join(' ').startsWith(program)) return command;
  }
  throw new Error(`The README shows no command "${program} ..."`);
}

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * Sends a request over HTTP with its target byte for byte as given (fetch would normalise it),
 * on a connection of its own (`Connection: close`), as each case is a client of its own.
 */
function sendOverHttp(base: string, { method = 'GET', target, headers = {}, body, chunked, from }: ProxyRequest): Promise<ProxyAnswer> {
  const { hostname, port } = new URL(base);
  const lengthHeader = body !== undefined && !chunked ? { 'Content-Length': String(byteLength(body)) } : {};
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: hostname, port, method, path: target, headers: { ...headers, ...lengthHeader }, localAddress: from, agent: false }, (incoming) => {
      let text = '';
      incoming.on('data', (chunk) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode!, headers: flatten(incoming.headers), body: text }));
    });
    outgoing.on('error', reject);
    if (body !== undefined) outgoing.write(body);
    outgoing.end();
  });
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a program, resolves once it prints `ready` (rejects with its output if it exits first). */
function startProgram(command: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) resolve(child);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited (${code}) before it was ready:\n${output}`)));
  });
}

/** Stops a started program and what it started (npm starts a shell, which starts tsx). */
function stopProgram(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

const nodeHandler: ProxyRuntime = {
  name: 'node handler',
  async start({ upstream, allowedOrigin }) {
    const handle = createProxy({ upstream, allowedOrigins: [allowedOrigin] });
    return {
      async send({ method = 'GET', target, headers = {}, body, chunked, from = '127.0.0.1' }) {
        const absolute = /^[a-z][a-z\d+.-]*:/i.test(target);
        const request = new Request(absolute ? target : `http://proxy.test${target}`, {
          method,
          headers: { Host: 'proxy.test', ...headers, ...(body !== undefined && !chunked ? { 'Content-Length': String(byteLength(body)) } : {}) },
          body: body === undefined ? undefined : chunked ? new Blob([body]).stream() : body,
          duplex: 'half',
        } as RequestInit);
        const answer = await handle(request, from);
        return { status: answer.status, headers: Object.fromEntries(answer.headers), body: await answer.text() };
      },
      close: async () => {},
    };
  },
};

const npmRunProxy: ProxyRuntime = {
  name: 'npm run proxy',
  async start({ upstream, allowedOrigin }) {
    const port = await freePort();
    const child = await startProgram('npm', ['run', 'proxy'], { PROXY_PORT: String(port), PROXY_UPSTREAM: upstream, PROXY_ALLOWED_ORIGINS: allowedOrigin }, /^Origins:/m);
    return { send: (request) => sendOverHttp(`http://127.0.0.1:${port}`, request), close: () => stopProgram(child) };
  },
};

/**
 * The README's `npx wrangler deploy <entry> --name <name> --compatibility-date <date>`, without
 * Cloudflare: esbuild bundles the entry as wrangler does (one ES module, the `workerd`, `worker`
 * and `browser` export conditions), and Miniflare runs the bundle in workerd.
 */
export async function bundleWorker(): Promise<{ script: string; compatibilityDate: string }> {
  const command = readmeCommand('npx wrangler deploy');
  const entry = command[3]!;
  const compatibilityDate = command[command.indexOf('--compatibility-date') + 1]!;
  const bundled = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    write: false,
    logLevel: 'silent',
  });
  return { script: bundled.outputFiles[0]!.text, compatibilityDate };
}

const workerd: ProxyRuntime = {
  name: 'workerd',
  async start({ upstream, allowedOrigin }) {
    const { script, compatibilityDate } = await bundleWorker();
    const miniflare = new Miniflare({
      modules: true,
      script,
      compatibilityDate,
      bindings: { PROXY_UPSTREAM: upstream, PROXY_ALLOWED_ORIGINS: allowedOrigin },
      host: '127.0.0.1',
      port: await freePort(),
    });
    const url = await miniflare.ready;
    return { send: (request) => sendOverHttp(url.href, request), close: () => miniflare.dispose() };
  },
};

const denoBinary = `${root}node_modules/.bin/deno`;

const deno: ProxyRuntime = {
  name: 'deno',
  missing: existsSync(denoBinary) ? undefined : `the deno package installed no binary at ${denoBinary} (it ships one for Linux, macOS and Windows on x64 and arm64 only)`,
  async start({ upstream, allowedOrigin }) {
    const [, ...args] = readmeCommand('deno run');
    const port = await freePort();
    const child = await startProgram(
      denoBinary,
      args,
      { PROXY_PORT: String(port), PROXY_UPSTREAM: upstream, PROXY_ALLOWED_ORIGINS: allowedOrigin, DENO_NO_UPDATE_CHECK: '1' },
      /Listening on/,
    );
    return { send: (request) => sendOverHttp(`http://127.0.0.1:${port}`, request), close: () => stopProgram(child) };
  },
};

export const runtimes: readonly ProxyRuntime[] = [nodeHandler, npmRunProxy, workerd, deno];
