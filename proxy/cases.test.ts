/**
 * One table of requests and the answers they get, run against the proxy in every runtime the
 * README names (proxy/testing/runtimes.ts), in front of a local upstream that records what
 * reaches it. Where a runtime answers otherwise, the case says so and why that is still safe;
 * SECURITY.md repeats it for readers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT, PER_MINUTE } from './handler';
import { runtimes, type ProxyRequest, type RunningRuntime, type RuntimeName } from './testing/runtimes';
import { startRecordingUpstream, UPSTREAM_BODY, type RecordingUpstream } from './testing/upstream';

const page = 'https://docs.example.com';
const fromPage = { Origin: page };

interface Expected {
  status: number;
  /** The path and query the upstream got, or null when nothing may reach it. */
  forwarded: string | null;
  /** The refusal's message, for an answer of the proxy's own. */
  message?: RegExp;
  body?: string | RegExp;
  /** Headers of the answer; null for one that must be absent. */
  headers?: Record<string, string | null>;
  /** What the upstream must (or, with null, must not) have got besides the path. */
  upstreamGot?: { method?: string; body?: string; headers?: Record<string, string | null> };
}

interface Case {
  name: string;
  request: ProxyRequest;
  expected: Expected;
  /** The runtimes that answer otherwise, with why the answer is still safe. */
  differs?: Partial<Record<RuntimeName, Expected & { why: string }>>;
}

/** workerd, and `new Request` in-process, resolve dot segments and backslashes before the handler runs. */
const NORMALISED_FIRST = 'the runtime resolved the URL before the handler saw it';
function whereNormalisedFirst(expected: Expected, why: string): Case['differs'] {
  return { 'node handler': { ...expected, why: `${NORMALISED_FIRST}; ${why}` }, workerd: { ...expected, why: `${NORMALISED_FIRST}; ${why}` } };
}

const refusedPath = { status: 400, forwarded: null, message: /dot segment, an encoded slash/ };
const outsideApi = { status: 404, forwarded: null, message: /Only paths under \/v1\// };
const bigBody = JSON.stringify({ name: 'x'.repeat(BODY_LIMIT) });
const smallBody = JSON.stringify({ name: 'x'.repeat(BODY_LIMIT - 100) });
const noBody = (status: number, method = 'GET'): Case => ({
  name: `an upstream ${status} to a ${method} comes back ${status} with no body`,
  request: { method, target: `/v1/statuses/${status}`, headers: fromPage },
  expected: { status, forwarded: `/v1/statuses/${status}`, body: '', headers: { 'access-control-allow-origin': page } },
});

const cases: Case[] = [
  {
    name: 'GET / says what the proxy is, for health checks',
    request: { target: '/' },
    expected: { status: 200, forwarded: null, body: /^Callbell API proxy .* forwards \/v1\/\.\.\. from https:\/\/docs\.example\.com to http:\/\/127\.0\.0\.1:\d+\.\n$/ },
  },
  {
    name: 'an allowed page gets a PATCH through with its token, type and body, and nothing else either way (cookies included)',
    request: {
      method: 'PATCH',
      target: '/v1/contacts/414a6d692bd645ed803f2e7ce360d4c8?x=1',
      headers: { ...fromPage, Authorization: 'Bearer secret-token', 'Content-Type': 'application/json', Cookie: 'docs=1', 'X-Debug': '1' },
      body: '{"name":"Bob"}',
    },
    expected: {
      status: 200,
      forwarded: '/v1/contacts/414a6d692bd645ed803f2e7ce360d4c8?x=1',
      body: UPSTREAM_BODY,
      headers: { 'access-control-allow-origin': page, 'content-type': 'application/json', 'set-cookie': null, 'x-internal': null },
      upstreamGot: {
        method: 'PATCH',
        body: '{"name":"Bob"}',
        headers: { authorization: 'Bearer secret-token', 'content-type': 'application/json', cookie: null, 'x-debug': null, origin: null },
      },
    },
  },
  {
    name: 'a foreign origin is refused',
    request: { target: '/v1/contacts', headers: { Origin: 'https://evil.example' } },
    expected: { status: 403, forwarded: null, message: /serves only the pages of https:\/\/docs\.example\.com; not https:\/\/evil\.example/, headers: { 'access-control-allow-origin': null } },
  },
  { name: 'the null origin is refused', request: { target: '/v1/contacts', headers: { Origin: 'null' } }, expected: { status: 403, forwarded: null, message: /not null/ } },
  { name: 'a request naming no origin is refused', request: { target: '/v1/contacts' }, expected: { status: 403, forwarded: null, message: /names no Origin/ } },
  {
    name: "an allowed page's preflight is answered by the proxy",
    request: { method: 'OPTIONS', target: '/v1/contacts/1', headers: { ...fromPage, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,content-type' } },
    expected: { status: 204, forwarded: null, body: '', headers: { 'access-control-allow-origin': page, 'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE' } },
  },
  {
    name: "a foreign page's preflight is refused",
    request: { method: 'OPTIONS', target: '/v1/contacts/1', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'DELETE' } },
    expected: { status: 403, forwarded: null, headers: { 'access-control-allow-origin': null } },
  },
  { name: 'a path outside /v1', request: { target: '/admin', headers: fromPage }, expected: outsideApi },
  {
    name: 'a dot segment leaving /v1',
    request: { target: '/v1/../admin', headers: fromPage },
    expected: refusedPath,
    differs: whereNormalisedFirst(outsideApi, 'what is left, /admin, is outside /v1 and refused'),
  },
  {
    name: 'an encoded dot segment leaving /v1',
    request: { target: '/v1/%2e%2e/admin', headers: fromPage },
    expected: refusedPath,
    differs: whereNormalisedFirst(outsideApi, 'URL parsing reads %2e%2e as .., and what is left, /admin, is outside /v1 and refused'),
  },
  {
    name: 'dot segments that come back into /v1',
    request: { target: '/v1/contacts/../../v1/tags', headers: fromPage },
    expected: refusedPath,
    differs: whereNormalisedFirst({ status: 200, forwarded: '/v1/tags' }, 'it forwards /v1/tags, a path the page could have sent itself'),
  },
  {
    name: 'a single dot segment',
    request: { target: '/v1/./contacts', headers: fromPage },
    expected: refusedPath,
    differs: whereNormalisedFirst({ status: 200, forwarded: '/v1/contacts' }, 'it forwards /v1/contacts, a path the page could have sent itself'),
  },
  {
    name: 'a backslash',
    request: { target: '/v1/contacts\\..\\admin', headers: fromPage },
    expected: refusedPath,
    differs: whereNormalisedFirst({ status: 200, forwarded: '/v1/admin' }, 'backslashes are read as slashes and the dot segment resolved: it forwards /v1/admin, under /v1'),
  },
  { name: 'an encoded slash', request: { target: '/v1/contacts%2f..%2fadmin', headers: fromPage }, expected: refusedPath },
  { name: 'an encoded backslash', request: { target: '/v1/contacts%5cadmin', headers: fromPage }, expected: refusedPath },
  { name: 'an encoded dot', request: { target: '/v1/contacts%2Eadmin', headers: fromPage }, expected: refusedPath },
  { name: 'an empty segment', request: { target: '/v1//contacts', headers: fromPage }, expected: refusedPath },
  {
    name: 'a scheme-relative target',
    request: { target: '//evil.example/v1/contacts', headers: fromPage },
    expected: { status: 400, forwarded: null, message: /not an absolute or scheme-relative URL/ },
  },
  {
    name: 'an absolute-form target naming another host',
    request: { target: 'http://evil.example/v1/contacts', headers: fromPage },
    expected: { status: 400, forwarded: null, message: /not an absolute or scheme-relative URL/ },
    differs: {
      workerd: {
        status: 500,
        forwarded: null,
        why: "workerd's own HTTP listener (Miniflare, wrangler dev, workerd serve) cannot parse the target and answers 500 before the worker runs; on Cloudflare's network, its front end parses requests, not this listener",
      },
    },
  },
  {
    name: 'a body over 64 KB with its length',
    request: { method: 'POST', target: '/v1/contacts', headers: { ...fromPage, 'Content-Type': 'application/json' }, body: bigBody },
    expected: { status: 413, forwarded: null, message: /64 KB/ },
  },
  {
    name: 'a body over 64 KB without a length',
    request: { method: 'POST', target: '/v1/contacts', headers: { ...fromPage, 'Content-Type': 'application/json' }, body: bigBody, chunked: true },
    expected: { status: 413, forwarded: null, message: /64 KB/ },
  },
  {
    name: 'a body under 64 KB without a length is forwarded whole',
    request: { method: 'POST', target: '/v1/contacts', headers: { ...fromPage, 'Content-Type': 'application/json' }, body: smallBody, chunked: true },
    expected: { status: 200, forwarded: '/v1/contacts', body: UPSTREAM_BODY, upstreamGot: { method: 'POST', body: smallBody } },
  },
  noBody(204, 'DELETE'),
  noBody(205, 'POST'),
  noBody(304),
  {
    name: 'an upstream 302 comes back as it is, not followed, without its Location',
    request: { target: '/v1/statuses/302', headers: fromPage },
    expected: { status: 302, forwarded: '/v1/statuses/302', headers: { location: null, 'set-cookie': null } },
  },
  {
    name: 'an upstream 422 comes back with its body',
    request: { method: 'POST', target: '/v1/statuses/422', headers: { ...fromPage, 'Content-Type': 'application/json' }, body: '{}' },
    expected: { status: 422, forwarded: '/v1/statuses/422', body: UPSTREAM_BODY, headers: { 'content-type': 'application/json', 'access-control-allow-origin': page } },
  },
];

/** The answers per runtime, printed at the end for the reader of the test run. */
const observed = new Map<string, Partial<Record<RuntimeName, string>>>();

for (const runtime of runtimes) describe.skipIf(runtime.missing !== undefined)(`the proxy on ${runtime.name}${runtime.missing ? ` (skipped: ${runtime.missing})` : ''}`, () => {
  let upstream: RecordingUpstream;
  let proxy: RunningRuntime;
  beforeAll(async () => {
    upstream = await startRecordingUpstream();
    proxy = await runtime.start({ upstream: upstream.url, allowedOrigin: page });
  });
  afterAll(async () => {
    await proxy?.close();
    await upstream?.close();
  });
  afterEach(() => {
    // Whatever a case expected, nothing reached the upstream outside /v1.
    for (const { url } of upstream.received) expect(url).toMatch(/^\/v1\/[^/]/);
    upstream.received.length = 0;
  });

  it.each(cases)('$name', async ({ name, request, expected: usual, differs }) => {
    const expected = differs?.[runtime.name] ?? usual;
    const answer = await proxy.send(request);
    observed.set(name, { ...observed.get(name), [runtime.name]: `${answer.status}${upstream.received[0] ? ` → ${upstream.received[0].url}` : ''}` });

    expect(answer.status).toBe(expected.status);
    expect(upstream.received.map(({ url }) => url)).toEqual(expected.forwarded === null ? [] : [expected.forwarded]);
    if (expected.message) expect(JSON.parse(answer.body).error.message).toMatch(expected.message);
    if (typeof expected.body === 'string') expect(answer.body).toBe(expected.body);
    if (expected.body instanceof RegExp) expect(answer.body).toMatch(expected.body);
    for (const [header, value] of Object.entries(expected.headers ?? {})) expect(answer.headers[header] ?? null, header).toBe(value);
    const got = upstream.received[0];
    if (expected.upstreamGot?.method) expect(got?.method).toBe(expected.upstreamGot.method);
    if (expected.upstreamGot?.body !== undefined) expect(got?.body).toBe(expected.upstreamGot.body);
    for (const [header, value] of Object.entries(expected.upstreamGot?.headers ?? {})) expect(got?.headers[header] ?? null, header).toBe(value);
  });

  it(`keeps ${PER_MINUTE} requests a minute per client address, whatever headers the client sends`, async () => {
    const from = (address: string, claimed?: string) =>
      proxy.send({
        target: '/v1/contacts',
        headers: { ...fromPage, ...(claimed ? { 'X-Forwarded-For': claimed, 'X-Real-IP': claimed, 'CF-Connecting-IP': claimed } : {}) },
        from: address,
      });
    for (let i = 0; i < PER_MINUTE; i++) expect((await from('127.0.0.2')).status).toBe(200);
    const limited = await from('127.0.0.2');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(upstream.received).toHaveLength(PER_MINUTE);
    // Another address is another client, with a bucket of its own.
    expect((await from('127.0.0.3')).status).toBe(200);
    if (runtime.name === 'workerd') {
      // The worker keys on cf-connecting-ip, which Cloudflare's network sets, replacing the
      // client's own; Miniflare passes the client's on, so here the header does choose.
      expect((await from('127.0.0.2', '203.0.113.9')).status).toBe(200);
    } else {
      // Naming another address escapes no limit, and naming a limited client costs nothing.
      expect((await from('127.0.0.2', '203.0.113.9')).status).toBe(429);
      expect((await from('127.0.0.4', '127.0.0.2')).status).toBe(200);
    }
  });
});

afterAll(() => {
  const names = runtimes.map(({ name }) => name);
  const rows = [...observed].map(([name, answers]) => `| ${name} | ${names.map((runtime) => answers[runtime] ?? '–').join(' | ')} |`);
  console.log([`| case | ${names.join(' | ')} |`, `| --- |${names.map(() => ' --- |').join('')}`, ...rows].join('\n'));
});
