import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { getRequest, type RequestSpec } from '../src/requests';
import { demoAccount, johnDoe, maxMustermann } from '../src/requests/contacts_api/objects';
import { errorSchema } from '../src/requests/contacts_api/objects';
import { DEMO_TOKEN } from './address';
import { startSandbox, type RunningSandbox } from './server';
import { send, sendRequest } from './test-client';

const ajv = addFormats(new Ajv({ strict: false }));
const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

async function sandbox(options: { dbFile?: string; rateLimit?: number; rateWindowMs?: number } = {}): Promise<RunningSandbox> {
  const started = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0, ...options });
  running.push(started);
  return started;
}

const request = (id: Parameters<typeof getRequest<'contacts_api'>>[1]) => getRequest('contacts_api', id);
const patch = request('patch_contacts');
const post = request('post_contacts');
const contactUrl = (base: string, uuid = johnDoe.uuid) => `${base}/contacts/${uuid}`;
const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

function expectError(answer: { status: number; body: unknown }, status: number, messagePart?: string | RegExp) {
  expect(answer.status).toBe(status);
  expect(ajv.validate(errorSchema, answer.body), ajv.errorsText()).toBe(true);
  const { error } = answer.body as { error: { status: number; message: string } };
  expect(error.status).toBe(status);
  if (messagePart) expect(error.message).toMatch(messagePart);
}

describe('each documented request', () => {
  for (const id of ['get_contacts', 'get_contact', 'get_contact_by_phone', 'patch_contacts', 'delete_contact'] as const) {
    it(`${id}: the documented example request gets the documented example response`, async () => {
      const { baseUrl } = await sandbox();
      const spec: RequestSpec = request(id);
      const answer = await sendRequest(baseUrl, spec, spec.example);
      expect(answer.status).toBe(spec.response.status);
      expect(answer.body).toEqual(spec.response.example);
    });
  }

  it('post_contacts: creates the example contact, with a new uuid and creation date', async () => {
    const { baseUrl } = await sandbox();
    const answer = await sendRequest(baseUrl, post, post.example);
    expect(answer.status).toBe(200);
    expect(ajv.validate(post.response.schema, answer.body), ajv.errorsText()).toBe(true);
    const { contact } = answer.body;
    const { uuid, createdAt, href, conversationHref, ...documented } = (post.response.example as { contact: Record<string, unknown> }).contact;
    expect(contact).toMatchObject(documented);
    expect(contact.uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(contact.uuid).not.toBe(uuid);
    expect(contact.href).toBe(`https://dash.callbell.eu/contacts/${contact.uuid}`);
    expect(Date.now() - Date.parse(contact.createdAt)).toBeLessThan(60_000);
    expect((await send(contactUrl(baseUrl, contact.uuid))).body.contact).toEqual(contact);
    expect([createdAt, href, conversationHref]).toHaveLength(3);
  });
});

describe('listing contacts', () => {
  it('filters by tags, comma-separated and ignoring case, by source and by team', async () => {
    const { baseUrl } = await sandbox();
    const names = async (query: string) => (await send(`${baseUrl}/contacts${query}`)).body.contacts.map((c: { name: string }) => c.name);
    expect(await names('?tags=LEAD,Sales')).toEqual(['Max Mustermann', 'Jane Roe']);
    expect(await names('?tags=lead')).toEqual(['Jane Roe']);
    expect(await names('?source=whatsapp')).toEqual(['John Doe']);
    expect(await names(`?team_uuid=${demoAccount.team.uuid}`)).toHaveLength(3);
    expect(await names('?team_uuid=nope')).toEqual([]);
  });

  it('pages by 50, newest first', async () => {
    const { baseUrl } = await sandbox();
    for (let i = 0; i < 50; i += 1) {
      const created = await send(`${baseUrl}/contacts`, jsonInit('POST', { identifier: `1000${i}`, source: 'telegram', name: `Contact ${i}` }));
      expect(created.status).toBe(200);
    }
    const first = (await send(`${baseUrl}/contacts?page=1`)).body.contacts;
    const second = (await send(`${baseUrl}/contacts?page=2`)).body.contacts;
    expect(first).toHaveLength(50);
    expect(second.map((c: { name: string }) => c.name)).toEqual(['Max Mustermann', 'Jane Roe', 'John Doe']);
    expect((await send(`${baseUrl}/contacts?page=3`)).body.contacts).toEqual([]);
  });
});

describe('PATCH', () => {
  it('changes only the fields sent', async () => {
    const { baseUrl } = await sandbox();
    await send(contactUrl(baseUrl), jsonInit('PATCH', { tags: ['sales'], custom_fields: { 'Billing Address': 'Main Street 1' } }));
    const answer = await send(contactUrl(baseUrl), jsonInit('PATCH', { name: `O'Brien "Bob" \\ 🚀` }));
    expect(answer.body.contact).toMatchObject({ name: `O'Brien "Bob" \\ 🚀`, tags: ['sales'], customFields: { 'Billing Address': 'Main Street 1' }, phoneNumber: '123456789' });
  });

  it('200 concurrent PATCHes to one contact leave it as some single request set it', async () => {
    const { baseUrl } = await sandbox();
    const tagSets = [['Call back'], ['Interested', 'sales'], ['lead'], [], ['sales', 'lead', 'Call back']];
    const writes = Array.from({ length: 200 }, (_, i) => ({ name: `Writer ${i}`, tags: tagSets[i % tagSets.length]! }));
    const answers = await Promise.all(writes.map((body) => send(contactUrl(baseUrl), jsonInit('PATCH', body))));
    expect(answers.map((a) => a.status)).toEqual(writes.map(() => 200));
    answers.forEach((answer, i) => expect(answer.body.contact).toMatchObject(writes[i]!));
    const final = (await send(contactUrl(baseUrl))).body.contact;
    const writer = writes.find((w) => w.name === final.name);
    expect(writer).toBeDefined();
    expect(final.tags).toEqual(writer!.tags);
  });
});

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
    expectError(await send(contactUrl(baseUrl), jsonInit('PATCH', { custom_fields: { orderNumber: true } })), 422, /custom_fields.orderNumber/);
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
    expect((await send(`${baseUrl}/contacts/`)).body.contacts).toHaveLength(3);
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
    expectError(await sendRequest(baseUrl, patch, patch.example, 'wrong-token'), 401, /Invalid API token/);
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

  it('404 for an unknown contact, phone number or endpoint', async () => {
    const { baseUrl } = await sandbox();
    expectError(await send(contactUrl(baseUrl, 'ffffffffffffffffffffffffffffffff')), 404, /No contact with uuid/);
    expectError(await send(`${baseUrl}/contacts/phone/000`), 404, /No contact with phone number "000"/);
    expectError(await send(contactUrl(baseUrl, 'nope'), jsonInit('PATCH', { name: 'x' })), 404);
    expectError(await send(contactUrl(baseUrl, 'nope'), { method: 'DELETE' }), 404);
    expectError(await send(`${baseUrl}/messages`), 404, /No such endpoint/);
  });

  it('422 naming an unknown tag, custom field, user or team', async () => {
    const { baseUrl } = await sandbox();
    const answer = await send(`${baseUrl}/contacts`, jsonInit('POST', {
      identifier: '555', source: 'whatsapp', name: 'New',
      tags: ['lead', 'VIP'], custom_fields: { Shoe: '42' }, assigned_user: 'nobody@example.com', team_uuid: 'no-team',
    }));
    expectError(answer, 422, /^body\.tags\[1\] is "VIP", not a tag of this account; body\.custom_fields\.Shoe is not a custom field/);
    expect(answer.body.error.details).toEqual([
      { field: 'body.tags[1]', message: 'is "VIP", not a tag of this account' },
      { field: 'body.custom_fields.Shoe', message: 'is not a custom field of this account' },
      { field: 'body.assigned_user', message: 'is "nobody@example.com", not the email of a user of this account' },
      { field: 'body.team_uuid', message: 'is "no-team", not the uuid of a team of this account' },
    ]);
    expect((await send(`${baseUrl}/contacts`)).body.contacts).toHaveLength(3);
  });

  it('422 for a wrong type, a missing required parameter, an unknown value or parameter', async () => {
    const { baseUrl } = await sandbox();
    const wrongType = await send(contactUrl(baseUrl), jsonInit('PATCH', { name: 42, tags: 'lead' }));
    expectError(wrongType, 422);
    expect(wrongType.body.error.details).toEqual([
      { field: 'body.name', message: 'must be string' },
      { field: 'body.tags', message: 'must be array' },
    ]);
    const missing = await send(`${baseUrl}/contacts`, jsonInit('POST', { identifier: '555', source: 'fax' }));
    expect(missing.body.error.details).toEqual(expect.arrayContaining([
      { field: 'body.name', message: 'is required' },
      { field: 'body.source', message: 'must be one of: whatsapp, facebook, instagram, telegram' },
    ]));
    const unknown = await send(contactUrl(baseUrl), jsonInit('PATCH', { nmae: 'typo' }));
    expect(unknown.body.error.details).toEqual([{ field: 'body.nmae', message: 'is not a parameter of this request' }]);
    expectError(await send(`${baseUrl}/contacts?page=abc`), 422, /query.page/);
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
        '(create tags and custom fields in Settings first; users and teams must belong to the account)',
    );
    expect(answer.body.error.details).toHaveLength(50);
    expect(answer.body.error.details.at(-1)).toEqual({ field: 'body.custom_fields.field-9', message: 'is not a custom field of this account' });
  });

  it('414 in the error shape for a URL over 8 KB or a path value over 100 characters', async () => {
    const { baseUrl } = await sandbox();
    const longUrl = await send(`${baseUrl}/contacts?tags=${'a'.repeat(9000)}`, { headers: { Origin: 'http://localhost:3000' } });
    expectError(longUrl, 414, /URL is longer than the sandbox accepts \(8 KB\)/);
    expect(longUrl.headers.get('access-control-allow-origin'), 'a page can read the refusal').toBe('http://localhost:3000');
    expectError(await send(contactUrl(baseUrl, 'a'.repeat(101))), 414, /path value is longer/);
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

describe('CORS', () => {
  it('answers the preflight of a page on another origin sending Authorization and JSON', async () => {
    const { baseUrl } = await sandbox();
    const response = await fetch(contactUrl(baseUrl), {
      method: 'OPTIONS',
      headers: { Origin: 'https://docs.example.com', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://docs.example.com');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it('allows a deployed docs site to call the sandbox on this machine (Private Network Access)', async () => {
    const { baseUrl } = await sandbox();
    const response = await fetch(contactUrl(baseUrl), {
      method: 'OPTIONS',
      headers: { Origin: 'https://docs.example.com', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Private-Network': 'true' },
    });
    expect(response.headers.get('access-control-allow-private-network')).toBe('true');
  });

  it('lets the page read the response, errors included', async () => {
    const { baseUrl } = await sandbox();
    const ok = await send(contactUrl(baseUrl), { headers: { Origin: 'http://localhost:3000' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const denied = await fetch(contactUrl(baseUrl), { headers: { Origin: 'http://localhost:3000' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
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
    await sendRequest(started.baseUrl, patch, patch.example, 'wrong-token');
    await send(contactUrl(started.baseUrl), jsonInit('PATCH', { tags: ['VIP'] }));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^GET \/v1\/contacts\/414a6d692bd645ed803f2e7ce360d4c8 200 /);
    expect(lines.join('\n')).not.toContain(DEMO_TOKEN);
    expect(lines.join('\n')).not.toContain('wrong-token');
  });
});
