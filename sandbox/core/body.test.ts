import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, readJsonBody } from './body';
import { ApiError } from './errors';

const json = { 'Content-Type': 'application/json' };

function post(body: BodyInit | undefined, headers: Record<string, string> = json): Request {
  return new Request('http://sandbox.test/contacts', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

/** A body that arrives in pieces, as it does over a slow connection. */
function streamed(...pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
}

/** The error `readJsonBody` refuses the request with, or `accepted` and the body. */
async function refusal(request: Request): Promise<{ status: number; message: string; details: unknown } | { accepted: unknown }> {
  try {
    return { accepted: await readJsonBody(request) };
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const { status, message, details } = error as ApiError;
    return { status, message, details };
  }
}

describe('reading a JSON body', () => {
  it('reads no body as none, whatever Content-Type says', async () => {
    expect(await refusal(post(undefined))).toEqual({ accepted: undefined });
    expect(await refusal(post(''))).toEqual({ accepted: undefined });
    expect(await refusal(post('', { 'Content-Type': 'text/plain' }))).toEqual({ accepted: undefined });
  });

  it('reads JSON sent as application/json or a +json type, any case, with parameters', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', ' Application/JSON ;charset=UTF-8', 'application/merge-patch+json', 'application/vnd.api+json']) {
      expect(await refusal(post('{"name":"Zoë"}', { 'Content-Type': type })), type).toEqual({ accepted: { name: 'Zoë' } });
    }
  });

  it('415 naming the media type sent and the header to send instead', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp', 'application/problem+jsonx', 'text/application/ld+json']) {
      const answer = await refusal(post('{"name":"x"}', { 'Content-Type': type }));
      expect(answer, type).toEqual({
        status: 415,
        message: `The body was sent as ${type}, which the API does not read: send it as JSON, with the header Content-Type: application/json (with curl: -H 'Content-Type: application/json')`,
        details: [{ field: 'header.Content-Type', message: 'must be application/json' }],
      });
    }
    const unnamed = new Request('http://sandbox.test/contacts', { method: 'POST', body: new Blob(['{"name":"x"}']) });
    expect(await refusal(unnamed)).toMatchObject({ status: 415, message: expect.stringMatching(/^The body was sent as an unnamed media type, /) });
  });

  it('400 for malformed JSON, quoting the parser and saying what to check', async () => {
    const answer = await refusal(post('{"name": "x",}'));
    expect(answer).toMatchObject({ status: 400, details: [] });
    expect((answer as { message: string }).message).toMatch(/^The body is not valid JSON \(.*JSON.*\): check its quotes, commas and brackets$/);
  });

  it('reads a body sent in pieces, a character split between two of them included', async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë 🎉"}');
    const cut = bytes.indexOf(0xc3) + 1;
    expect(await refusal(post(streamed(bytes.slice(0, cut), bytes.slice(cut, cut + 3), bytes.slice(cut + 3))))).toEqual({ accepted: { name: 'Zoë 🎉' } });
  });

  it(`takes a body of ${BODY_LIMIT / 1024} KB and refuses one byte more with 413, however it arrives`, async () => {
    const largest = `"${'x'.repeat(BODY_LIMIT - 2)}"`;
    expect(await refusal(post(largest))).toEqual({ accepted: 'x'.repeat(BODY_LIMIT - 2) });
    const tooLarge = { status: 413, message: 'The body is larger than the sandbox accepts (64 KB)', details: [] };
    expect(await refusal(post(`${largest} `))).toEqual(tooLarge);
    const half = new TextEncoder().encode('x'.repeat(BODY_LIMIT / 2));
    expect(await refusal(post(streamed(half, half, new Uint8Array([0x20]))))).toEqual(tooLarge);
  });

  it('413 at once when Content-Length announces too much, without reading the body', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (controller) => void (pulled += 1, controller.enqueue(new Uint8Array(1024))) });
    const request = post(endless, { ...json, 'Content-Length': String(BODY_LIMIT + 1) });
    expect(await refusal(request)).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThanOrEqual(1);
    expect(await refusal(post('{}', { ...json, 'Content-Length': String(BODY_LIMIT) }))).toEqual({ accepted: {} });
  });
});

describe('keys that would pollute a JavaScript server', () => {
  const pollution = 'is a key the sandbox refuses (prototype pollution)';

  it('400 naming every __proto__ and constructor.prototype key by its path, however deep', async () => {
    const answer = await refusal(post('{"__proto__": {}, "a": [{"b": {"__proto__": 1}}], "c": {"constructor": {"prototype": {}}}}'));
    expect(answer).toMatchObject({ status: 400, message: expect.stringMatching(/^The body has a key named "__proto__" or "constructor.prototype", which the sandbox refuses: .* Rename the key\./) });
    expect((answer as { details: unknown[] }).details).toEqual(
      expect.arrayContaining([
        { field: 'body.__proto__', message: pollution },
        { field: 'body.a[0].b.__proto__', message: pollution },
        { field: 'body.c.constructor.prototype', message: pollution },
      ]),
    );
    expect((answer as { details: unknown[] }).details).toHaveLength(3);
    expect((answer as { message: string }).message).toContain('body.a[0].b.__proto__');
  });

  it('takes keys that only look alike: constructor without prototype, prototype alone, __proto__ as a value', async () => {
    const harmless = { constructor: { name: 'x' }, other: { constructor: null }, text: { constructor: 'prototype' }, prototype: {}, tags: ['__proto__'] };
    expect(await refusal(post(JSON.stringify(harmless)))).toEqual({ accepted: harmless });
  });
});
