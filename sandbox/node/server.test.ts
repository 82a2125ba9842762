import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleValues } from '../../src/requests';
import { demoContacts, johnDoe, maxMustermann } from '../../src/requests/contacts_api/objects';
import { DEMO_TOKEN } from '../address';
import { startSandbox, type RunningSandbox } from './server';
import { send, sendRequest } from '../../tests/support/sandbox-client';
import { contactUrl, expectError, jsonInit, request, sandbox } from '../../tests/support/sandbox';

/** Sandboxes a test started itself (with a log, or on a file), closed after it. */
const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((started) => started.close()));
});
const patch = request('patch_contacts');
describe('what real clients send', () => {
  it("takes the API's own PATCH example as published: a number for a text custom field is stored as its text", async () => {
    const { baseUrl } = await sandbox();
    const answer = await send(contactUrl(baseUrl), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name":"Joe Doe NEW","custom_fields":{"orderNumber":123,"zipCode":"98765430"}}',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.contact).toMatchObject({ name: 'Joe Doe NEW', customFields: { orderNumber: '123', zipCode: '98765430' } });
    expect((await send(contactUrl(baseUrl))).body.contact.customFields.orderNumber).toBe('123');
    expectError(await send(contactUrl(baseUrl), jsonInit('PATCH', { custom_fields: { orderNumber: true } })), 422, /body.custom_fields must be an object whose values are strings, numbers or lists of strings/);
  });

  it('reads Content-Type: application/json without a body as no body, on any method', async () => {
    const { baseUrl } = await sandbox();
    const json = { 'Content-Type': 'application/json' };
    expect((await send(contactUrl(baseUrl), { headers: json })).status).toBe(200);
    expect((await send(contactUrl(baseUrl), { method: 'PATCH', headers: json })).body.contact.name).toBe('John Doe');
    const create = await send(`${baseUrl}/contacts`, { method: 'POST', headers: json });
    expectError(create, 422, /body.identifier is required/);
    expect((await send(contactUrl(baseUrl, maxMustermann.uuid), { method: 'DELETE', headers: json })).status).toBe(200);
  });

  it('415 naming the media type sent and the one to use, for a form-encoded body (curl -d without -H)', async () => {
    const { baseUrl } = await sandbox();
    const form = await send(contactUrl(baseUrl), { method: 'PATCH', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'name=Bob' });
    expectError(form, 415, /sent as application\/x-www-form-urlencoded.*Content-Type: application\/json/);
    expect(form.body.error.details).toEqual([{ field: 'header.Content-Type', message: 'must be application/json' }]);
  });

  it('answers a path with a trailing slash as the path without it', async () => {
    const { baseUrl } = await sandbox();
    expect((await send(`${baseUrl}/contacts/`)).body.contacts).toHaveLength(demoContacts.length);
    expect((await send(`${contactUrl(baseUrl)}/`)).body.contact.uuid).toBe(johnDoe.uuid);
  });
});

describe('errors', () => {
  it('401 without a token and with a wrong one', async () => {
    const { baseUrl } = await sandbox();
    expectError(await (async () => {
      const response = await fetch(contactUrl(baseUrl));
      return { status: response.status, body: await response.json() };
    })(), 401, /Missing Authorization header/);
    expectError(await sendRequest(baseUrl, patch, exampleValues(patch), 'wrong-token'), 401, /Invalid API token/);
  });

  it('400 for malformed JSON', async () => {
    const { baseUrl } = await sandbox();
    const answer = await send(contactUrl(baseUrl), { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"name": "x",' });
    expectError(answer, 400, /not valid JSON/);
  });

  it('415 for a body without Content-Type: application/json', async () => {
    const { baseUrl } = await sandbox();
    expectError(await send(contactUrl(baseUrl), { method: 'PATCH', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"x"}' }), 415, /Content-Type: application\/json/);
  });

  it('413 for a body over 64 KB', async () => {
    const { baseUrl } = await sandbox();
    expectError(await send(contactUrl(baseUrl), jsonInit('PATCH', { name: 'x'.repeat(70_000) })), 413, /64 KB/);
  });

  it('400 in the same shape for a path that is not a valid URL', async () => {
    const { baseUrl } = await sandbox();
    expectError(await send(`${baseUrl}/contacts/%E0%A4%A`), 400, /percent-encoding/);
  });

  it('400 naming a __proto__ or constructor.prototype key, not calling it a JSON typo', async () => {
    const { baseUrl } = await sandbox();
    const raw = (body: string) => ({ method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body });
    const proto = await send(contactUrl(baseUrl), raw('{"name": "x", "custom_fields": {"__proto__": {"admin": true}}}'));
    expectError(proto, 400, /key named "__proto__" or "constructor.prototype".*prototype pollution/);
    expect(proto.body.error.details).toEqual([{ field: 'body.custom_fields.__proto__', message: 'is a key the sandbox refuses (prototype pollution)' }]);
    const constructor = await send(contactUrl(baseUrl), raw('{"tags": [{"constructor": {"prototype": {}}}]}'));
    expect(constructor.body.error.details).toEqual([{ field: 'body.tags[0].constructor.prototype', message: 'is a key the sandbox refuses (prototype pollution)' }]);
    expectError(await send(contactUrl(baseUrl), raw('{"name": "x",}')), 400, /^The body is not valid JSON \(.+\): check its quotes/);
    expect((await send(contactUrl(baseUrl))).body.contact.name).toBe('John Doe');
  });

  it('names the first three of many unknown tags and custom fields, and lists every one in details', async () => {
    const { baseUrl } = await sandbox();
    const tags = Array.from({ length: 40 }, (_, i) => `tag-${i}`);
    const customFields = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`field-${i}`, 'x']));
    const answer = await send(contactUrl(baseUrl), jsonInit('PATCH', { tags, custom_fields: customFields }));
    expectError(answer, 422);
    expect(answer.body.error.message).toBe(
      'body.tags[0] is "tag-0", not a tag of this account; body.tags[1] is "tag-1", not a tag of this account; ' +
        'body.tags[2] is "tag-2", not a tag of this account; and 47 more (50 in all, each in details) ' +
        '(create tags and custom fields in Settings first; users, teams and channels must belong to the account)',
    );
    expect(answer.body.error.details).toHaveLength(50);
    expect(answer.body.error.details.at(-1)).toEqual({ field: 'body.custom_fields.field-9', message: 'is not a custom field of this account' });
  });

  it('414 in the error shape for a URL over 8 KB; 422 naming a path value over 100 characters', async () => {
    const { baseUrl } = await sandbox();
    const longUrl = await send(`${baseUrl}/contacts?tags=${'a'.repeat(9000)}`, { headers: { Origin: 'http://localhost:3000' } });
    expectError(longUrl, 414, /URL is longer than the sandbox accepts \(8 KB\)/);
    expect(longUrl.headers.get('access-control-allow-origin'), 'a page can read the refusal').toBe('http://localhost:3000');
    expectError(await send(contactUrl(baseUrl, 'a'.repeat(101))), 422, /path\.uuid is 101 characters long; at most 100 are accepted/);
  });

  it('429 with Retry-After past the limit, in the same error shape', async () => {
    // A one-minute window: 330 requests fall in one window however slow the machine is (in a
    // one-second window a loaded machine spreads them over two, and none is refused).
    const { baseUrl } = await sandbox({ rateLimit: 300, rateWindowMs: 60_000 });
    const answers = await Promise.all(Array.from({ length: 330 }, () => send(`${baseUrl}/contacts/phone/123456789`)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(300);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited).toHaveLength(30);
    expectError(limited[0]!, 429, /limit is 300 per 60 seconds/);
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('keeps serving after hostile input', async () => {
    const { baseUrl } = await sandbox();
    const hostile: RequestInit[] = [
      { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '\u0000\uFFFF' },
      { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '[]' },
      { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: 'null' },
      { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"__proto__": {"admin": true}}' },
      { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '['.repeat(5000) + ']'.repeat(5000) },
      { method: 'POST', headers: { 'Content-Type': 'application/json; charset=latin1' }, body: '{}' },
    ];
    for (const init of hostile) {
      const answer = await send(contactUrl(baseUrl), init).catch((error: Error) => ({ status: 0, body: error.message }));
      expect(answer.status, JSON.stringify(init.body).slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    expect((await send(`${baseUrl}/contacts/%E0%A4%A`)).status).toBeLessThan(500);
    expect((await send(contactUrl(baseUrl))).status).toBe(200);
  });
});

describe('storage', () => {
  it('keeps what was written across a restart, and --reset restores the demo data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-db-'));
    const dbFile = join(dir, 'sandbox.db');
    try {
      const first = await startSandbox({ dbFile, token: DEMO_TOKEN, rateLimit: 0 });
      await send(contactUrl(first.baseUrl), jsonInit('PATCH', { name: 'Persisted' }));
      await first.close();
      const second = await startSandbox({ dbFile, token: DEMO_TOKEN, rateLimit: 0 });
      running.push(second);
      expect((await send(contactUrl(second.baseUrl))).body.contact.name).toBe('Persisted');
      second.store.reset();
      expect((await send(contactUrl(second.baseUrl))).body.contact.name).toBe('John Doe');
    } finally {
      await Promise.all(running.splice(0).map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('logging', () => {
  it('writes one line per request and never the token', async () => {
    const lines: string[] = [];
    const started = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0, log: (line) => lines.push(line) });
    running.push(started);
    await send(contactUrl(started.baseUrl));
    await sendRequest(started.baseUrl, patch, exampleValues(patch), 'wrong-token');
    await send(contactUrl(started.baseUrl), jsonInit('PATCH', { tags: ['VIP'] }));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^GET \/v1\/contacts\/414a6d692bd645ed803f2e7ce360d4c8 200 /);
    expect(lines.join('\n')).not.toContain(DEMO_TOKEN);
    expect(lines.join('\n')).not.toContain('wrong-token');
  });
});
