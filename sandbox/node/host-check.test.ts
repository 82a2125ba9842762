import { afterEach, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { johnDoe } from '../../src/requests/contacts_api/objects';
import { DEMO_TOKEN } from '../address';
import { startSandbox, type RunningSandbox } from './server';
import { send } from '../../tests/support/sandbox-client';
import { contactUrl, expectError, sandbox } from '../../tests/support/sandbox';

const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});

/** A request to the sandbox with the `Host` a browser would send for `host` (fetch always sends the URL's own). */
function sendTo(sandbox: RunningSandbox, host: string, { method = 'GET', path = `/v1/contacts/${johnDoe.uuid}`, body = '', origin = '' } = {}) {
  return new Promise<{ status: number; body: any }>((done, failed) => {
    const headers: Record<string, string> = { Host: host, Authorization: `Bearer ${DEMO_TOKEN}` };
    if (body) headers['Content-Type'] = 'application/json';
    if (origin) headers.Origin = origin;
    const sent = httpRequest({ host: '127.0.0.1', port: sandbox.port, method, path, headers, setHost: false }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => done({ status: response.statusCode!, body: JSON.parse(text) }));
    });
    sent.on('error', failed);
    sent.end(body);
  });
}

describe('the names the sandbox answers to', () => {
  it('answers a request addressed to this machine by any loopback name, on any port', async () => {
    const started = await sandbox();
    for (const host of [`127.0.0.1:${started.port}`, `localhost:${started.port}`, `LocalHost:${started.port}`, `[::1]:${started.port}`, 'localhost']) {
      expect((await sendTo(started, host)).status, host).toBe(200);
    }
  });

  it.each(['evil.example', 'evil.example:4010', 'localhost.evil.example', '127.0.0.1.nip.io', '192.168.1.20'])(
    'refuses a request addressed to %s with 421 naming SANDBOX_ALLOWED_HOSTS (DNS rebinding)',
    async (host) => {
      const started = await sandbox();
      const read = await sendTo(started, host, { origin: `http://${host}` });
      expectError(read, 421, /not to ".+": if you reach it by that name on purpose, add the name to SANDBOX_ALLOWED_HOSTS/);
      expect(read.body.error.details).toEqual([{ field: 'header.Host', message: 'is not a name of this machine nor listed in SANDBOX_ALLOWED_HOSTS' }]);
      const write = await sendTo(started, host, { method: 'PATCH', body: JSON.stringify({ name: 'Rebound' }) });
      expect(write.status).toBe(421);
      expect((await send(contactUrl(started.baseUrl))).body.contact.name, 'nothing was written').toBe(johnDoe.name);
    },
  );
});

describe('SANDBOX_ALLOWED_HOSTS', () => {
  it('adds the names it lists: a bare name on any port, a name with a port on that port only', async () => {
    const started = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0, allowedHosts: ['sandbox.test', 'box.test:8080'] });
    running.push(started);
    expect((await sendTo(started, `sandbox.test:${started.port}`)).status).toBe(200);
    expect((await sendTo(started, 'sandbox.test')).status).toBe(200);
    expect((await sendTo(started, 'box.test:8080')).status).toBe(200);
    expect((await sendTo(started, 'box.test:8081')).status).toBe(421);
    expect((await sendTo(started, 'other.test')).status).toBe(421);
    expect((await sendTo(started, `localhost:${started.port}`)).status).toBe(200);
  });
});
