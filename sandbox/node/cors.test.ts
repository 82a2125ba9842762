import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, SITE_URL } from '../address';
import { startSandbox, type RunningSandbox } from './server';
import { send, type Answer } from '../../tests/support/sandbox-client';
import { expectError, sandbox } from '../../tests/support/sandbox';

const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});

let phone = 990_000_000;
/** A new contact's body, another number each time. */
const newContact = () => JSON.stringify({ identifier: String(++phone), source: 'whatsapp', name: 'From a page' });
/** Whether the contact last sent was stored. */
const lastStored = async (baseUrl: string) => (await send(`${baseUrl}/contacts/phone/${phone}`)).status === 200;

function preflight(baseUrl: string, origin: string): Promise<Response> {
  return fetch(`${baseUrl}/contacts`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization,content-type',
      'Access-Control-Request-Private-Network': 'true',
    },
  });
}

const createFrom = (baseUrl: string, origin: string) =>
  send(`${baseUrl}/contacts`, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: newContact() });

const corsHeaderNames = (headers: Headers) => [...headers.keys()].filter((name) => name.startsWith('access-control-'));

async function expectAllowed(baseUrl: string, origin: string): Promise<void> {
  const asked = await preflight(baseUrl, origin);
  expect(asked.status, origin).toBe(204);
  expect(asked.headers.get('access-control-allow-origin')).toBe(origin);
  expect(asked.headers.get('access-control-allow-methods')).toContain('POST');
  expect(asked.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  expect(asked.headers.get('access-control-allow-private-network'), 'a page on a public site may call this machine').toBe('true');
  const created = await createFrom(baseUrl, origin);
  expect(created.status, origin).toBe(200);
  expect(created.headers.get('access-control-allow-origin')).toBe(origin);
  expect(created.headers.get('access-control-expose-headers')).toContain('Retry-After');
  expect(await lastStored(baseUrl)).toBe(true);
}

async function expectRefused(baseUrl: string, origin: string): Promise<void> {
  const asked = await preflight(baseUrl, origin);
  expect(asked.status, origin).toBe(403);
  expect(corsHeaderNames(asked.headers), origin).toEqual([]);
  const created = await createFrom(baseUrl, origin);
  expectError(created, 403, /may not call this sandbox.*SANDBOX_ALLOWED_ORIGINS/);
  expect(corsHeaderNames(created.headers)).toEqual([]);
  expect(await lastStored(baseUrl), 'nothing was written').toBe(false);
}

describe('pages that may call the sandbox', () => {
  it.each(['http://localhost:3000', 'http://127.0.0.1:3310', 'http://[::1]:8080', 'http://localhost', new URL(SITE_URL).origin])(
    '%s: the preflight is answered, a write goes through and the page can read its answer',
    async (origin) => {
      const { baseUrl } = await sandbox();
      await expectAllowed(baseUrl, origin);
    },
  );

  it('can read the refusals too', async () => {
    const { baseUrl } = await sandbox();
    const denied = await fetch(`${baseUrl}/contacts`, { headers: { Origin: 'http://localhost:3000' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('a request without Origin (curl, the samples) is served as before, with no CORS headers', async () => {
    const { baseUrl } = await sandbox();
    const created = await send(`${baseUrl}/contacts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: newContact() });
    expect(created.status).toBe(200);
    expect(corsHeaderNames(created.headers)).toEqual([]);
  });
});

describe('pages that may not', () => {
  it.each([
    'https://evil.example',
    'null',
    'http://localhost.evil.example:3000',
    'http://127.0.0.1.nip.io',
    `${new URL(SITE_URL).origin}.evil.example`,
    'http://docs.callbell.example',
  ])('%s: no CORS headers on the preflight, and a write refused with 403 without writing', async (origin) => {
    const { baseUrl } = await sandbox();
    await expectRefused(baseUrl, origin);
  });

  it('a form posted from another site (no preflight, no token) is refused with 403', async () => {
    const { baseUrl } = await sandbox();
    const form = await fetch(`${baseUrl}/contacts`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'identifier=990000999&source=telegram&name=Forged',
    });
    expect(form.status).toBe(403);
    expect(corsHeaderNames(form.headers)).toEqual([]);
  });

  it('a read is answered without CORS headers, so the page that asked cannot see it', async () => {
    const { baseUrl } = await sandbox();
    const read: Answer = await send(`${baseUrl}/contacts`, { headers: { Origin: 'https://evil.example' } });
    expect(read.status).toBe(200);
    expect(corsHeaderNames(read.headers)).toEqual([]);
  });
});

describe('SANDBOX_ALLOWED_ORIGINS', () => {
  it('lets the pages of the origins it lists call the sandbox, and no others', async () => {
    const started = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0, allowedOrigins: ['https://docs.example.com', 'http://192.168.1.20:3000'] });
    running.push(started);
    await expectAllowed(started.baseUrl, 'https://docs.example.com');
    await expectAllowed(started.baseUrl, 'http://192.168.1.20:3000');
    await expectAllowed(started.baseUrl, 'http://localhost:3000');
    await expectRefused(started.baseUrl, 'https://other.example.com');
  });
});
