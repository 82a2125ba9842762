/**
 * The sandbox as real clients reach it: every documented example of every registry request,
 * sent the way the API's own examples and common HTTP wrappers send it, gets the documented
 * success on a fresh sandbox. A request or example added to the registry is covered here
 * without touching this file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { allRequests, exampleValues } from '../../src/requests';
import { toHttpCall } from '../../src/requests/http';
import { DEMO_TOKEN } from '../address';
import { startSandbox, type RunningSandbox } from './server';

const ajv = addFormats(new Ajv({ strict: false }));
let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

interface Variant {
  name: string;
  headers: Record<string, string>;
  /** Send the body in two chunks with Transfer-Encoding: chunked, not with a Content-Length. */
  chunked?: boolean;
  /** Only for requests that send a body. */
  bodyOnly?: boolean;
}

const variants: Variant[] = [
  { name: "as the API's examples send it: JSON Content-Type and Accept on every request", headers: { 'Content-Type': 'application/json', Accept: 'application/json' } },
  { name: 'without Accept', headers: { 'Content-Type': 'application/json' } },
  { name: 'with Accept: */*', headers: { 'Content-Type': 'application/json', Accept: '*/*' } },
  { name: 'with a charset parameter', headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/json' } },
  { name: 'with the body sent chunked', headers: { 'Content-Type': 'application/json' }, chunked: true, bodyOnly: true },
];

/** One raw HTTP/1.1 request, headers exactly as given (fetch would add its own Accept). */
function sendRaw(url: string, method: string, headers: Record<string, string>, body: string | undefined, chunked: boolean) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const request = httpRequest(url, { method, headers: { ...headers, Authorization: `Bearer ${DEMO_TOKEN}` } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      // A 204 has no body.
      response.on('end', () => resolve({ status: response.statusCode!, body: text === '' ? undefined : JSON.parse(text) }));
    });
    request.on('error', reject);
    if (body !== undefined && chunked) {
      const half = Math.floor(body.length / 2);
      request.write(body.slice(0, half));
      request.write(body.slice(half));
    } else if (body !== undefined) {
      request.setHeader('Content-Length', Buffer.byteLength(body));
      request.write(body);
    }
    request.end();
  });
}

/** Every documented example of every request. */
const examples = allRequests().flatMap(({ endpoint, id, spec }) => Object.keys(spec.examples).map((example) => ({ endpoint, id, example, spec })));

describe.each(examples)('$endpoint $id: the documented example $example', ({ spec, example }) => {
  const applicable = variants.filter((variant) => !variant.bodyOnly || spec.params.body !== null);
  it.each(applicable)('$name', async ({ headers, chunked = false }) => {
    sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0 });
    const call = toHttpCall(spec, exampleValues(spec, example), sandbox.baseUrl);
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const answer = await sendRaw(call.url, call.method, headers, body, chunked);
    expect(answer.status, JSON.stringify(answer.body)).toBe(spec.response.status);
    if (spec.response.schema) expect(ajv.validate(spec.response.schema, answer.body), ajv.errorsText()).toBe(true);
    // A created record gets a new identifier and date; every other answer is the documented one.
    if (spec.method !== 'POST') expect(answer.body).toEqual(spec.response.example);
  });
});

describe('the seed', () => {
  it('lets every example run once in a row on a fresh sandbox, and again after a reset', async () => {
    sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0 });
    const runAll = async () => {
      const statuses: Record<string, number> = {};
      for (const { id, example, spec } of examples) {
        const call = toHttpCall(spec, exampleValues(spec, example), sandbox!.baseUrl);
        const body = call.body === undefined ? undefined : JSON.stringify(call.body);
        statuses[`${id} ${example}`] = (await sendRaw(call.url, call.method, Object.fromEntries(call.headers), body, false)).status;
      }
      return statuses;
    };
    const documented = Object.fromEntries(examples.map(({ id, example, spec }) => [`${id} ${example}`, spec.response.status]));
    expect(await runAll()).toEqual(documented);
    // Run again as they are, the create example now collides and the deleted contact is gone...
    expect(await runAll()).not.toEqual(documented);
    // ...until the reset brings the seed back.
    sandbox.store.reset();
    expect(await runAll()).toEqual(documented);
  });
});
