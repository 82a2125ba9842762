/**
 * The proxy in front of a local upstream that sends no CORS headers and records what reaches
 * it: allowed pages get through with only what the API needs; everything else is refused
 * with nothing forwarded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startProxy, settingsFromEnv, type RunningProxy } from './node';

const page = 'http://127.0.0.1:3000';
interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
let upstream: Server;
let received: Received[];
let proxy: RunningProxy;
let logs: string[];

beforeEach(async () => {
  received = [];
  upstream = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      response.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'session=upstream', 'X-Internal': 'yes' });
      response.end('{"contact": {"name": "Bob"}}');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  logs = [];
  proxy = await startProxy(
    { upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, allowedOrigins: [page], perMinute: 5 },
    { log: (line) => logs.push(line) },
  );
});
afterEach(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

/** A request with its target exactly as given: fetch would normalise `..` before sending. */
function raw(target: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = httpRequest(`${proxy.url}/`, { method, path: target, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('an allowed page', () => {
  it('gets a PATCH through with its method, path, query, token, type and body, and nothing else either way', async () => {
    const answer = await raw('/v1/contacts/414a6d692bd645ed803f2e7ce360d4c8?x=1', {
      method: 'PATCH',
      headers: { Origin: page, Authorization: 'Bearer secret-token', 'Content-Type': 'application/json', Cookie: 'docs=1', 'X-Debug': '1' },
      body: '{"name":"Bob"}',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('{"contact": {"name": "Bob"}}');
    expect(answer.headers['access-control-allow-origin']).toBe(page);
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['x-internal']).toBeUndefined();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'PATCH', url: '/v1/contacts/414a6d692bd645ed803f2e7ce360d4c8?x=1', body: '{"name":"Bob"}' });
    expect(received[0]!.headers).toMatchObject({ authorization: 'Bearer secret-token', 'content-type': 'application/json' });
    expect(received[0]!.headers.cookie).toBeUndefined();
    expect(received[0]!.headers['x-debug']).toBeUndefined();
    expect(received[0]!.headers.origin).toBeUndefined();
    expect(logs.join('\n')).not.toMatch(/secret-token|"name"/);
  });

  it('gets its preflight answered by the proxy itself', async () => {
    const answer = await raw('/v1/contacts/1', {
      method: 'OPTIONS',
      headers: { Origin: page, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(page);
    expect(answer.headers['access-control-allow-methods']).toContain('PATCH');
    expect(received).toEqual([]);
  });
});

describe('refused, with nothing forwarded', () => {
  const json = { 'Content-Type': 'application/json', Authorization: 'Bearer t' };
  const cases: [string, string, { method?: string; headers?: Record<string, string>; body?: string }, number, RegExp][] = [
    ['another origin', '/v1/contacts', { headers: { Origin: 'https://evil.example' } }, 403, /serves only the pages of http:\/\/127\.0\.0\.1:3000; not https:\/\/evil\.example/],
    ['the null origin', '/v1/contacts', { headers: { Origin: 'null' } }, 403, /not null/],
    ['no origin at all', '/v1/contacts', {}, 403, /names no Origin/],
    ['a path outside /v1', '/admin', { headers: { Origin: page } }, 404, /Only paths under \/v1\//],
    ['a dot segment', '/v1/../admin', { headers: { Origin: page } }, 400, /dot segment/],
    ['an encoded dot segment', '/v1/%2e%2e/admin', { headers: { Origin: page } }, 400, /dot segment/],
    ['an encoded slash', '/v1/contacts%2f..%2fadmin', { headers: { Origin: page } }, 400, /encoded slash/],
    ['a scheme-relative URL', '//evil.example/v1/contacts', { headers: { Origin: page } }, 404, /absolute or scheme-relative/],
    ['an absolute URL', 'http://evil.example/v1/contacts', { headers: { Origin: page } }, 404, /absolute or scheme-relative/],
    ['a body over 64 KB', '/v1/contacts', { method: 'POST', headers: { Origin: page, ...json }, body: JSON.stringify({ name: 'x'.repeat(70_000) }) }, 413, /64 KB/],
  ];
  it.each(cases)('%s', async (_, target, init, status, message) => {
    const answer = await raw(target, init);
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body).error.message).toMatch(message);
    expect(received).toEqual([]);
  });

  it('past the per-client limit, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await raw('/v1/contacts', { headers: { Origin: page } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(received).toHaveLength(5);
    const limited = await raw('/v1/contacts', { headers: { Origin: page } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('settings', () => {
  it('answers GET / with what it is, for health checks', async () => {
    const answer = await raw('/');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/^Callbell API proxy .* forwards \/v1\/\.\.\. from http:\/\/127\.0\.0\.1:3000 to http:\/\/127\.0\.0\.1:\d+\.\n$/);
  });

  it('reads its upstream and origins from the environment, with the documented defaults', () => {
    expect(settingsFromEnv({}, 'https://docs.example.com')).toEqual({
      upstream: 'https://api.callbell.eu',
      allowedOrigins: ['https://docs.example.com', 'http://localhost:3000', 'http://127.0.0.1:3000'],
    });
    expect(settingsFromEnv({ PROXY_UPSTREAM: 'http://127.0.0.1:9', PROXY_ALLOWED_ORIGINS: 'https://a.example/, https://b.example' }, 'x').allowedOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
