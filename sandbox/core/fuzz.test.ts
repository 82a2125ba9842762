/**
 * Hostile input at every request of the registry, property-based: random text (any code point,
 * lone surrogates, the samples' hostile strings), numbers (huge, negative, fractional, not
 * finite, written as text), lists, objects, missing values and whole bodies of the wrong kind,
 * put into the path, query and body fields of each request's documented examples, and sent to
 * the sandbox core over both stores (memory, as in the page; SQLite, as in Node), no HTTP between.
 *
 * Every answer must be a documented success of the request its URL names, matching its schema,
 * or a 4xx in the one error shape that never quotes the database; a value plainly of the wrong
 * kind must be named in the error's details. Every documented example, and about a fifth of the
 * cases, is sent unchanged and must succeed, so the schema check of successes is always taken
 * (a sandbox refusing everything fails). A failure prints its seed and the shrunk case;
 * `FUZZ_SEED=<seed> npx vitest run sandbox/core/fuzz.test.ts` replays it.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { allRequests, apiPath, exampleValues, type ObjectShape, type ParamSpec, type RequestSpec } from '../../src/requests';
import { fieldKey, type FieldPath } from '../../src/requests/check';
import { errorSchema } from '../../src/requests/errors';
import { ajv, testClock } from '../../tests/support/sandbox';
import { hostileStrings } from '../../tests/support/hostile-values';
import { coreStores } from '../../tests/support/sandbox-core';
import { DEMO_TOKEN } from '../address';
import { createSandbox } from './app';
import { PATH_VALUE_LIMIT } from './path-values';

/** Cases per request and store: 40 requests × 2 stores × 100 keep the file within its time budget; `FUZZ_RUNS=2000` searches deeper. */
const RUNS_PER_REQUEST = Number(process.env.FUZZ_RUNS ?? 100);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** Text put into a URL or a body as it is, unencoded: a broken escape, a raw number JSON cannot hold. */
class Raw {
  constructor(readonly text: string) {}
}

const numberLikeText = fc.constantFrom(
  '1e20', '-1', '0', '-0', '1.5', 'NaN', 'Infinity', '-Infinity', '1e999', '0x10', ' 1', '1 ', '+1', '٣', '1_000',
  '9007199254740993', '99999999999999999999', 'true', 'FALSE', 'null', '[]', '{}', '',
);
const longText = fc.constantFrom(101, 1001, 10_000).map((length) => 'é'.repeat(length));
/** Lone surrogates: JSON can carry them, UTF-8 cannot. */
const loneSurrogates = fc.constantFrom('\uD800', 'x\uDFFFy', '\uDBFF\uDBFF');
const leaf = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...Object.values(hostileStrings)),
  loneSurrogates,
  numberLikeText,
  longText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 53 + 2, -(2 ** 60), Number.MAX_VALUE, Number.MIN_VALUE),
  fc.boolean(),
  fc.constant(null),
);
/** Numbers as JSON text that `JSON.stringify` cannot write: past a double's range, or beyond 2^53. */
const rawNumber = fc.constantFrom('1e400', '-1e400', '1e-400', '123456789012345678901234567890', '-0.0').map((text) => new Raw(text));
/** Path segments as a careless client writes them, unencoded. */
const rawSegment = fc.constantFrom('', '%', '%zz', '%2F', '%00', 'a/b', '%E2%82', ' ', '%20', '%2e%2e').map((text) => new Raw(text));

/** Any value for a field: a leaf, a list, an object, a raw number, or none at all (`undefined`). */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string(), leaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: rawNumber },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** A whole body of the wrong kind: another JSON value, text that is not JSON, another media type. */
const wrongBody = fc.oneof(
  fc.jsonValue().map((value) => ({ text: JSON.stringify(value), type: 'application/json' as string | null })),
  fc.string({ unit: 'binary' }).map((text) => ({ text, type: 'application/json' as string | null })),
  fc.string().map((text) => ({ text, type: 'text/plain' as string | null })),
  fc.constantFrom(
    { text: 'a=1&b=2', type: 'application/x-www-form-urlencoded' },
    { text: '{"a":1', type: 'application/json' },
    { text: '\uFEFF{}', type: 'application/json' },
    { text: '{}', type: null },
    { text: '[1,2]', type: 'application/vnd.api+json' },
    { text: '{"__proto__":{"admin":true}}', type: 'application/json' },
    { text: `{"a":"${'x'.repeat(70_000)}"}`, type: 'application/json' },
  ),
);

/** A field of a request that a case may change, and what the registry says it is (nothing for an unknown one). */
interface Target {
  at: FieldPath;
  spec?: ParamSpec;
}

/** Every field of an object shape, every case's and every nested one's, a list's first item standing for its items. */
function shapeTargets(shape: ObjectShape, at: FieldPath): Target[] {
  const groups = [shape.fields, ...Object.values(shape.variants?.cases ?? {})];
  return groups.flatMap((fields) => Object.entries(fields).flatMap(([name, spec]) => fieldTargets(spec, [...at, name])));
}

function fieldTargets(spec: ParamSpec, at: FieldPath): Target[] {
  const inside = spec.type === 'object' ? shapeTargets(spec, at) : spec.type === 'array' ? fieldTargets(spec.items, [...at, 0]) : [];
  return [{ at, spec }, ...inside];
}

function targetsOf(spec: RequestSpec): Target[] {
  return [
    ...Object.entries(spec.params.path).map(([name, param]): Target => ({ at: ['path', name], spec: param })),
    ...Object.entries(spec.params.query).map(([name, param]): Target => ({ at: ['query', name], spec: param })),
    { at: ['query', 'not_a_parameter'] },
    ...(spec.params.body ? [...shapeTargets(spec.params.body, ['body']), { at: ['body', 'not_a_parameter'] } as Target] : []),
  ];
}

/** One hostile request: a documented example with some fields changed, or its body replaced. */
interface Case {
  example: string;
  changes: [Target, unknown][];
  body: { text: string; type: string | null } | null;
}

/** A value of the kind the field takes (text for text, a whole number for an integer…), so that cases get past the checks to the rules behind them. */
function plausible(spec: ParamSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'string':
      if (spec.enum) return fc.constantFrom(...spec.enum);
      if (spec.format) return spec.format === 'email' ? fc.emailAddress() : fc.webUrl();
      return fc.string({ unit: 'grapheme', maxLength: spec.maxLength ?? 40 });
    case 'integer':
      return fc.oneof(fc.integer({ min: spec.minimum ?? -1000, max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER));
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(plausible(spec.items), { maxLength: 3 });
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(spec.fields).map(([name, field]) => [name, plausible(field)])), { requiredKeys: [] });
    case 'map':
      return fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 3 });
    default: {
      const unknownKind: never = spec;
      throw new Error(`No value for parameter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

function casesOf(spec: RequestSpec): fc.Arbitrary<Case> {
  const targets = targetsOf(spec);
  const described = targets.filter((target) => target.spec);
  const valueFor = ({ at, spec: field }: Target) =>
    fc.oneof(
      { weight: 2, arbitrary: hostile },
      ...(field ? [{ weight: 2, arbitrary: plausible(field) }] : []),
      ...(at[0] === 'path' ? [{ weight: 1, arbitrary: rawSegment }] : []),
    );
  // An unknown field now and then: most cases change the request's own fields.
  const target = described.length > 0 ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...described) }, fc.constantFrom(...targets)) : fc.constantFrom(...targets);
  const change = target.chain((chosen) => valueFor(chosen).map((value): [Target, unknown] => [chosen, value]));
  const hostileCase = fc.record({
    example: fc.constantFrom(...Object.keys(spec.examples)),
    changes: fc.array(change, { minLength: 1, maxLength: 3 }),
    body: spec.params.body ? fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongBody }) : fc.constant(null),
  });
  // Now and then a documented example as it is: it must succeed, so a sandbox refusing everything fails.
  return fc.oneof({ weight: 4, arbitrary: hostileCase }, { weight: 1, arbitrary: fc.constantFrom(...Object.keys(spec.examples).map(asDocumented)) });
}

/** A documented example sent as the registry has it. */
const asDocumented = (example: string): Case => ({ example, changes: [], body: null });
const isDocumented = ({ changes, body }: Case) => changes.length === 0 && body === null;

const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Raw);

/**
 * `value` put at `steps` inside `into`, `undefined` removing the field. The objects and lists on
 * the way are copies (or new ones), so that a value fast-check generated is never changed: it
 * replays and shrinks what it generated.
 */
function setAt(into: Record<string, unknown>, steps: readonly (string | number)[], value: unknown): void {
  let container: Record<string | number, unknown> = into;
  steps.forEach((step, index) => {
    if (index === steps.length - 1) {
      if (value === undefined) delete container[step];
      else container[step] = value;
      return;
    }
    const next = container[step];
    container[step] = typeof steps[index + 1] === 'number' ? (Array.isArray(next) ? [...next] : []) : isObject(next) ? { ...(next as object) } : {};
    container = container[step] as Record<string | number, unknown>;
  });
}

/** JSON text, with `Raw` numbers written as they are. */
function jsonText(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : jsonText(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A path value percent-encoded as a client sends it; a lone surrogate, which UTF-8 cannot hold, as U+FFFD (as `URLSearchParams` writes it). */
const pathSegment = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));

/** A value as the text of a URL part: text as it is, anything else as JSON. */
const asText = (value: unknown): string => (value instanceof Raw ? value.text : typeof value === 'string' ? value : jsonText(value));

function requestFor(spec: RequestSpec, { example, changes, body: wrongBody }: Case): Request {
  const values = structuredClone(exampleValues(spec, example)) as { path: Record<string, unknown>; query: Record<string, unknown>; body?: Record<string, unknown> };
  for (const [{ at }, value] of changes) {
    const [location, ...steps] = at;
    setAt((values[location] ??= {}), steps, value);
  }
  const path = spec.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = values.path[name];
    return value instanceof Raw ? value.text : pathSegment(value === undefined ? '' : asText(value));
  });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values.query)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, asText(item));
  }
  const search = query.size > 0 ? `?${query}` : '';
  const body = wrongBody ?? (spec.params.body ? { text: jsonText(values.body ?? {}), type: 'application/json' } : null);
  const headers: Record<string, string> = { Authorization: `Bearer ${DEMO_TOKEN}` };
  if (body?.type) headers['Content-Type'] = body.type;
  const sendsBody = body !== null && spec.method !== 'GET';
  return new Request(`http://127.0.0.1:47000${apiPath}${path}${search}`, { method: spec.method, headers, body: sendsBody ? body.text : undefined });
}

/** The requests a URL names, as the sandbox routes it (`/v1/contacts/` is the list, whatever value was left empty). */
function requestsAt(method: string, pathname: string): RequestSpec[] {
  return allRequests()
    .map(({ spec }) => spec)
    .filter((spec) => spec.method === method && new RegExp(`^${apiPath}${spec.path.replace(/:\w+/g, '[^/]+')}/?$`).test(pathname));
}

/** Whether one changed value is plainly of the wrong kind for its field, so that the answer must name it (text too long for a URL is not judged: the URL is). */
function plainlyWrong({ at, spec }: Target, value: unknown): boolean {
  const [location] = at;
  if (location === 'path') return typeof value === 'string' && value.length > PATH_VALUE_LIMIT;
  if (location === 'query') {
    const texts = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(asText).filter((text) => text !== '');
    if (texts.some((text) => text.length > 1000)) return false;
    if (texts.length !== 1) return texts.length > 1;
    const [text] = texts as [string];
    if (!spec) return true;
    if (spec.type === 'integer') return !/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < (spec.minimum ?? -Infinity);
    if (spec.type === 'boolean') return text !== 'true' && text !== 'false';
    return spec.type === 'string' && spec.enum !== undefined && !spec.enum.includes(text);
  }
  const sent = value instanceof Raw ? JSON.parse(value.text) : value;
  if (sent === undefined || sent === '') return false;
  switch (spec?.type) {
    case undefined:
      return true;
    case 'integer':
      return typeof sent !== 'number' || !Number.isSafeInteger(sent) || sent < (spec.minimum ?? -Infinity);
    case 'number':
      return typeof sent !== 'number' || !Number.isFinite(sent);
    case 'boolean':
      return typeof sent !== 'boolean';
    case 'string':
      if (sent === null) return !spec.nullable;
      return typeof sent !== 'string' || (spec.enum !== undefined && !spec.enum.includes(sent)) || sent.length > (spec.maxLength ?? Infinity);
    case 'array':
      return !Array.isArray(sent);
    case 'object':
    case 'map':
      return !isObject(sent);
    default: {
      const unknownKind: never = spec;
      throw new Error(`No judgement for parameter kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** `body.content` holds itself, `body.content.text` and `body.content.buttons[0]`. */
const holds = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
/** Whether an error detail is about the field at `key`: the field itself, one inside it, or the object holding it. */
const isAbout = (field: string, key: string) => holds(key, field) || holds(field, key);

const validErrorShape = ajv.compile(errorSchema);
/** What SQLite's own errors say; an answer quoting one has leaked the database. */
const SQLITE_ERROR = /SQLITE_[A-Z]|datatype mismatch|no such (table|column)|syntax error|constraint failed|database (is locked|disk image)/i;
const validSuccess = new Map(allRequests().map(({ spec }) => [spec, spec.response.schema ? ajv.compile(spec.response.schema) : undefined]));
let casesRun = 0;
const started = performance.now();

afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${casesRun} hostile requests over ${allRequests().length} requests and ${coreStores.length} stores in ${seconds} s (seed ${seed})`);
});

describe.each(coreStores)('hostile input, over the $name store', ({ open }) => {
  it.each(allRequests().map((request) => ({ ...request, label: `${request.endpoint} ${request.id}` })))('$label: a documented success or a 4xx in the error shape', async ({ spec }) => {
    const now = testClock();
    const store = open(now);
    const failures: unknown[] = [];
    const core = createSandbox({ store, token: DEMO_TOKEN, now, onServerError: (error) => failures.push(error) });
    onTestFinished(() => store.close());
    let documentedRun = 0;
    let successesChecked = 0;
    await fc.assert(
      fc.asyncProperty(casesOf(spec), async (hostileCase) => {
        casesRun += 1;
        // Each case starts from the demo account, so that a failing seed replays alone.
        store.reset();
        failures.length = 0;
        const request = requestFor(spec, hostileCase);
        const response = await core(request);
        const text = await response.text();
        const answer = `${request.method} ${request.url.slice(0, 300)}\n→ ${response.status} ${text.slice(0, 500)} ${failures.map(String).join('; ')}`;
        expect(response.status, answer).toBeLessThan(500);
        const [change, ...otherChanges] = hostileCase.changes;
        const mustName = change && hostileCase.body === null && otherChanges.length === 0 && plainlyWrong(...change) ? fieldKey(change[0].at) : undefined;
        if (isDocumented(hostileCase)) {
          documentedRun += 1;
          expect(response.status, `a documented example was refused: ${answer}`).toBe(spec.response.status);
        }
        if (response.status < 300) {
          successesChecked += 1;
          expect(mustName, `a wrong ${mustName} was accepted: ${answer}`).toBeUndefined();
          const named = requestsAt(request.method, new URL(request.url).pathname);
          expect(named.map((other) => other.response.status), answer).toContain(response.status);
          const schemas = named.map((other) => validSuccess.get(other));
          if (schemas.every((schema) => schema === undefined)) expect(text, answer).toBe('');
          else expect(schemas.some((schema) => schema?.(JSON.parse(text))), `${answer}\n${ajv.errorsText(schemas.find(Boolean)?.errors)}`).toBe(true);
          return;
        }
        const body = JSON.parse(text);
        expect(validErrorShape(body), `${answer}\n${ajv.errorsText(validErrorShape.errors)}`).toBe(true);
        expect(body.error.status, answer).toBe(response.status);
        expect(response.status, answer).toBeGreaterThanOrEqual(400);
        expect(text, answer).not.toMatch(SQLITE_ERROR);
        if (mustName) {
          expect([400, 422], answer).toContain(response.status);
          expect(body.error.details.some(({ field }: { field: string }) => isAbout(field, mustName)), `${mustName} not named: ${answer}`).toBe(true);
        }
      }),
      // Every documented example runs first, whatever the seed.
      { seed, numRuns: RUNS_PER_REQUEST, examples: Object.keys(spec.examples).map((example) => [asDocumented(example)]) },
    );
    // The schema check of successes above ran, on at least the documented examples.
    expect(documentedRun).toBeGreaterThanOrEqual(Object.keys(spec.examples).length);
    expect(successesChecked).toBeGreaterThanOrEqual(documentedRun);
  });
});
