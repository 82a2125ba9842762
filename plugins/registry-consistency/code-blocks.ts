/**
 * Code blocks written by hand that claim to be a request's documented example must be it:
 *
 * - `example="group/request"` (or `…#name` for a named example) on a JSON block: the example's
 *   body; on a shell block: its curl call (method, path, query and body);
 * - `response="group/request"` (or `…#name` for a further documented answer): the answer;
 * - a JSON block titled `response.json`, as the API's own pages and `<ExampleResponse>` title the
 *   answer: one of the documented answers of the page's one request;
 * - a shell block whose curl calls the API's address: one of the documented examples of the
 *   request at that method and path (the sandbox's address is free for anything).
 */
import { isDeepStrictEqual } from 'node:util';
import { allRequests, apiBaseUrl, exampleValues, findRequest, type LooseValues, type RequestSpec } from '../../src/requests';
import { bodyOf } from '../../src/requests/http';
import { curlCalls, type CurlCall } from './curl';
import type { CodeBlock, Page } from './page';
import type { Problem } from './tables';

const SHELLS = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** `contacts_api/patch_contacts#john_doe` → the request and the name (`undefined`: the main one). */
function claimed(claim: string): { spec: RequestSpec; label: string; name?: string } | string {
  const match = /^([\w-]+)\/([\w-]+)(?:#([\w-]+))?$/.exec(claim);
  if (!match) return `"${claim}" is not a request: write "group/request" or "group/request#name"`;
  const [, endpoint, request, name] = match;
  const spec = findRequest(endpoint!, request!);
  if (!spec) return `"${claim}" names ${endpoint}/${request}, which is not in the registry`;
  return { spec, label: `${endpoint}/${request}`, ...(name === undefined ? {} : { name }) };
}

/** The documented answers of a request, by name (`''` for the main one). */
function documentedAnswers(spec: RequestSpec): Map<string, unknown> {
  const answers = new Map<string, unknown>([['', spec.response.example]]);
  for (const [name, { value }] of Object.entries(spec.response.otherExamples ?? {})) answers.set(name, value);
  return answers;
}

const names = (keys: Iterable<string>) => [...keys].map((key) => key || '(the main one)').join(', ');

function responseProblem(block: CodeBlock, spec: RequestSpec, label: string, name: string | undefined): string | undefined {
  const answers = documentedAnswers(spec);
  if (name !== undefined && !answers.has(name)) return `claims to be the answer "${name}" of ${label}, which documents no such answer (it documents: ${names(answers.keys())})`;
  const shown = parseJson(block.value);
  if (!shown.ok) return `claims to be an answer of ${label} but is not JSON (${shown.error})`;
  const candidates = name === undefined ? [...answers.entries()] : [[name, answers.get(name)] as const];
  if (candidates.some(([, answer]) => isDeepStrictEqual(answer, shown.value))) return undefined;
  return `claims to be ${name === undefined ? 'an answer' : `the answer "${name}"`} of ${label} but differs from ${name === undefined ? `every one it documents (${names(answers.keys())})` : 'it'}: show it with <ExampleResponse endpoint=… request=…/>`;
}

function exampleProblem(block: CodeBlock, spec: RequestSpec, label: string, name: string | undefined): string | undefined {
  const exampleName = name ?? Object.keys(spec.examples)[0]!;
  if (!Object.hasOwn(spec.examples, exampleName)) return `claims to be the example "${exampleName}" of ${label}, which documents no such example (it documents: ${Object.keys(spec.examples).join(', ')})`;
  const values = exampleValues(spec, exampleName);
  if (SHELLS.has(block.lang)) {
    const calls = curlCalls(block.value);
    if (calls.length !== 1) return `claims to be the example "${exampleName}" of ${label} but makes ${calls.length} curl calls, not one`;
    const difference = callDifference(calls[0]!, spec, values);
    return difference && `claims to be the example "${exampleName}" of ${label} but ${difference}`;
  }
  if (spec.params.body === null) return `claims to be the example "${exampleName}" of ${label}, a request that sends no body: show the call as a shell block, or with <RequestTabs>`;
  const shown = parseJson(block.value);
  if (!shown.ok) return `claims to be the body of the example "${exampleName}" of ${label} but is not JSON (${shown.error})`;
  return isDeepStrictEqual(shown.value, bodyOf(spec, values)) ? undefined : `claims to be the body of the example "${exampleName}" of ${label} but differs from it: show it with <RequestTabs … example='${exampleName}'/>`;
}

/** The path of a call to the API, below its base URL; `undefined` for any other address. */
function apiPathOf(url: string): { path: string; search: URLSearchParams } | undefined {
  if (!url.startsWith(`${apiBaseUrl}/`)) return undefined;
  const parsed = new URL(url);
  return { path: parsed.pathname.slice(new URL(apiBaseUrl).pathname.length), search: parsed.searchParams };
}

/** The path parameters of `path` when it is an address of `template` (`/contacts/:uuid`). */
function pathValues(template: string, path: string): Record<string, string> | undefined {
  const expected = template.split('/');
  const actual = path.replace(/\/+$/, '').split('/');
  if (expected.length !== actual.length) return undefined;
  const values: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const given = decodeURIComponent(actual[index]!);
    if (segment.startsWith(':')) values[segment.slice(1)] = given;
    else if (segment !== given) return undefined;
  }
  return values;
}

/** What differs between a curl call and an example of the request, in words; `undefined`: nothing. */
function callDifference(call: CurlCall, spec: RequestSpec, values: LooseValues): string | undefined {
  const target = apiPathOf(call.url);
  if (!target) return `calls ${call.url}, not the API (${apiBaseUrl})`;
  if (call.method !== spec.method) return `sends ${call.method}, not ${spec.method}`;
  const path = pathValues(spec.path, target.path);
  if (!path) return `calls ${target.path}, not ${spec.path}`;
  if (!isDeepStrictEqual(path, values.path)) return `has the path values ${JSON.stringify(path)}, not ${JSON.stringify(values.path)}`;
  const query = Object.fromEntries(target.search);
  const documentedQuery = Object.fromEntries(Object.entries(values.query).flatMap(([key, value]) => (value === undefined || value === '' ? [] : [[key, String(value)]])));
  if (!isDeepStrictEqual(query, documentedQuery)) return `has the query ${JSON.stringify(query)}, not ${JSON.stringify(documentedQuery)}`;
  const body = bodyOf(spec, values);
  if (call.data === undefined) return body === undefined ? undefined : 'sends no body, where the example sends one';
  const sent = parseJson(call.data);
  if (!sent.ok) return `sends a body that is not JSON (${sent.error})`;
  return isDeepStrictEqual(sent.value, body) ? undefined : 'sends another body';
}

/** A curl call to the API's address is an example of the request at its method and path. */
function curlProblems(block: CodeBlock): string[] {
  return curlCalls(block.value).flatMap((call): string[] => {
    const target = apiPathOf(call.url);
    if (!target) return [];
    const requests = allRequests().filter(({ spec }) => spec.method === call.method && pathValues(spec.path, target.path));
    if (requests.length === 0) return [`a curl call to ${call.method} ${target.path}, which is no request of the registry`];
    const matches = requests.some(({ spec }) => Object.keys(spec.examples).some((name) => !callDifference(call, spec, exampleValues(spec, name))));
    if (matches) return [];
    const documented = requests.map(({ endpoint, id, spec }) => `${endpoint}/${id} (${Object.keys(spec.examples).join(', ')})`).join(' or ');
    return [`a curl call to ${call.method} ${target.path} that is none of the documented examples of ${documented}: show it with <RequestTabs>, or give it the example's values`];
  });
}

function blockProblems(page: Page, block: CodeBlock): string[] {
  const explicit = [
    ['response', responseProblem],
    ['example', exampleProblem],
  ] as const;
  const problems: string[] = [];
  for (const [attribute, check] of explicit) {
    const claim = block.meta[attribute];
    if (claim === undefined) continue;
    const found = claimed(claim);
    const problem = typeof found === 'string' ? `${attribute}=${found}` : check(block, found.spec, found.label, found.name);
    if (problem) problems.push(problem);
  }
  if (block.meta.title === 'response.json' && block.meta.response === undefined) {
    if (page.requests.length !== 1) {
      problems.push(`is titled response.json on a page that names ${page.requests.length === 0 ? 'no request' : 'several requests'}: say whose answer it is with response="group/request"`);
    } else {
      const [ref] = page.requests;
      const spec = findRequest(ref!.endpoint, ref!.request);
      const problem = spec && responseProblem(block, spec, `${ref!.endpoint}/${ref!.request}`, undefined);
      if (problem) problems.push(problem);
    }
  }
  if (SHELLS.has(block.lang) && block.meta.example === undefined) problems.push(...curlProblems(block));
  return problems;
}

export function codeBlockProblems(page: Page): Problem[] {
  return page.codeBlocks.flatMap((block) => blockProblems(page, block).map((message) => ({ line: block.line, message: `the code block ${message}` })));
}
