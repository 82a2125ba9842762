/**
 * What only the Node entry and the settings do; the requests and answers of every runtime are
 * in proxy/cases.test.ts.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from './node';
import { settingsFromEnv } from './settings';
import { startRecordingUpstream, type RecordingUpstream } from './testing/upstream';

let upstream: RecordingUpstream;
let proxy: RunningProxy;
let logs: string[];

beforeEach(async () => {
  upstream = await startRecordingUpstream();
  logs = [];
  proxy = await startProxy({ upstream: upstream.url, allowedOrigins: ['http://127.0.0.1:3000'] }, { log: (line) => logs.push(line) });
});
afterEach(async () => {
  await proxy.close();
  await upstream.close();
});

it('logs method, path and status of each request, never its token or body', async () => {
  const answer = await fetch(`${proxy.url}/v1/contacts/1?x=1`, {
    method: 'PATCH',
    headers: { Origin: 'http://127.0.0.1:3000', Authorization: 'Bearer secret-token', 'Content-Type': 'application/json' },
    body: '{"name":"Bob"}',
  });
  expect(answer.status).toBe(200);
  expect(upstream.received).toHaveLength(1);
  expect(logs).toEqual([expect.stringMatching(/^PATCH \/v1\/contacts\/1 200 \d+ms$/)]);
});

it('reads its upstream and origins from the environment, with the defaults it is given', () => {
  const local = ['https://docs.example.com', 'http://localhost:3000'];
  expect(settingsFromEnv({}, local)).toEqual({ upstream: 'https://api.callbell.eu', allowedOrigins: local });
  expect(settingsFromEnv({ PROXY_UPSTREAM: 'http://127.0.0.1:9', PROXY_ALLOWED_ORIGINS: 'https://a.example/, https://b.example' }, local)).toEqual({
    upstream: 'http://127.0.0.1:9',
    allowedOrigins: ['https://a.example', 'https://b.example'],
  });
  expect(settingsFromEnv({}).allowedOrigins).toEqual([]);
});
