/**
 * Each language's sample, run as is with its real toolchain, must send exactly the request it
 * shows (method, raw path and query, Authorization and Accept headers, JSON body) and print
 * the answer it gets, a 204's empty one included. Run for every documented example of every
 * request, for the hostile values on one request of each shape, and for a call built by hand
 * with every kind of JSON value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRequests, exampleValues, getRequest, type LooseValues, type RequestSpec } from '@site/src/requests';
import { toHttpCall, type HttpCall } from '@site/src/requests/http';
import { languages, type LanguageId } from '@site/src/snippets';
import { jsonText } from '@site/src/snippets/escaping';
import { everyJsonValueCall, hostileCases, withHostile } from '../support/hostile-values';
import { startRecordingServer, type Answer, type Recorded, type RecordingServer } from '../support/recording-server';
import { runProgram, toolchains, type Prepared } from './toolchains';

interface Case {
  label: string;
  /** The column of the printed table: the request whose examples these are, or the hostile values' shape. */
  column: string;
  call: (baseUrl: string) => HttpCall;
  answer: Answer;
  /** The request and the values typed, which the server must get back by decoding the URL. */
  typed?: { spec: RequestSpec; values: LooseValues };
}

/**
 * The path and query values a server reads from the URL it received, below `prefix`: each
 * path segment and query value percent-decoded, as a web framework decodes them.
 */
function decodedValues(spec: RequestSpec, prefix: string, url: string): { path: Record<string, string>; query: Record<string, string> } {
  const parsed = new URL(url, 'http://server.test');
  const segments = parsed.pathname.slice(prefix.length).split('/');
  const template = spec.path.split('/');
  const path = Object.fromEntries(template.flatMap((part, i) => (part.startsWith(':') ? [[part.slice(1), decodeURIComponent(segments[i] ?? '')]] : [])));
  return { path, query: Object.fromEntries(parsed.searchParams) };
}

/** The values as a URL carries them: as text, a query parameter left empty or undefined left out (the registry's rule). */
function asTyped(values: LooseValues): { path: Record<string, string>; query: Record<string, string> } {
  const query = Object.entries(values.query).flatMap(([name, value]) => (value === undefined || value === '' ? [] : [[name, String(value)]]));
  return { path: values.path, query: Object.fromEntries(query) };
}

/** What the server answers: the request's documented status and body (none for a 204). */
function documentedAnswer(spec: RequestSpec): Answer {
  const { status, example } = spec.response;
  return { status, body: example === undefined ? undefined : JSON.stringify(example) };
}

const exampleCases: Case[] = allRequests().flatMap(({ id, spec }) =>
  Object.keys(spec.examples).map((name) => ({
    label: `${id}, example ${name}`,
    column: id,
    call: (baseUrl: string) => toHttpCall(spec, exampleValues(spec, name), baseUrl),
    answer: documentedAnswer(spec),
    typed: { spec, values: exampleValues(spec, name) },
  })),
);

/** One request of each shape, whose every parameter gets each hostile value (hostile-values.ts). */
const hostileShapes: [shape: string, spec: RequestSpec][] = [
  ['flat body', getRequest('contacts_api', 'patch_contacts')],
  ['nested body', getRequest('messages_api', 'post_send_messages')],
  ['query', getRequest('contacts_api', 'get_contacts')],
  ['path', getRequest('contacts_api', 'get_contact_by_phone')],
];

const hostileShapeCases: Case[] = hostileShapes.flatMap(([shape, spec]) =>
  hostileCases.map(([name, text]) => ({
    label: `${shape} with ${name}`,
    column: `hostile ${shape}`,
    call: (baseUrl: string) => toHttpCall(spec, withHostile(spec, text), baseUrl),
    answer: documentedAnswer(spec),
    typed: { spec, values: withHostile(spec, text) },
  })),
);

const everyJsonValueCase: Case = {
  label: 'a call built by hand with every kind of JSON value',
  column: 'every JSON value',
  call: everyJsonValueCall,
  answer: { status: 200, body: '{"ok":true}' },
};

const cases = [...exampleCases, ...hostileShapeCases, everyJsonValueCase];

/**
 * The bytes each sample sends for a body: the JSON text it shows (`jsonText`, unseen
 * characters as `\uXXXX` escapes), or for Node what JSON.stringify writes at run time. Python's
 * `requests` serialises the body itself, with its own spacing and number notation (`2.5e-07`),
 * so for Python the JSON values are compared.
 */
const sentBody: Partial<Record<LanguageId, (body: unknown) => string>> = {
  curl: jsonText,
  node: (body) => JSON.stringify(body),
  php: jsonText,
  ruby: jsonText,
  go: jsonText,
  java: jsonText,
  rust: jsonText,
};

const token = 'test-token-0123';
/** Rust's dependencies, built from a cold cache on a busy 2-core machine, take minutes; the bound only stops a hung build. */
const BUILD_TIMEOUT_MS = 10 * 60_000;
const runnable = Object.keys(toolchains) as LanguageId[];
let server: RecordingServer;
let workDir: string;
/** Each language's samples of every case, being prepared from the start of the file. */
const preparing = new Map<LanguageId, Promise<Map<string, Prepared>>>();

/** Case `index` in `language`: its sample's name and its call, under a URL prefix of its own (runs are concurrent). */
function planned(language: LanguageId, index: number): { name: string; prefix: string; call: HttpCall } {
  const prefix = `/${language}-${index}/v1`;
  return { name: `sample_${index}`, prefix, call: cases[index]!.call(server.origin + prefix) };
}

beforeAll(async () => {
  server = await startRecordingServer();
  workDir = mkdtempSync(join(tmpdir(), 'samples-'));
  // All languages at once: the builds (Rust's above all) overlap the interpreted languages' runs.
  for (const language of runnable) {
    const samples = cases.map((_, index) => {
      const { name, call } = planned(language, index);
      return { name, source: languages[language].generate(call) };
    });
    preparing.set(language, toolchains[language]!.prepare(samples, join(workDir, language)));
  }
});

/** language → column → [passed, run], printed as a table at the end. */
const tally = new Map<string, Map<string, [number, number]>>();
function cell(language: string, column: string): [number, number] {
  const row = tally.get(language) ?? tally.set(language, new Map()).get(language)!;
  return row.get(column) ?? row.set(column, [0, 0]).get(column)!;
}

function printTally() {
  const columns = [...new Set(cases.map((c) => c.column))];
  const width = Math.max(...columns.map((column) => column.length)) + 2;
  const lines = [`${'language'.padEnd(10)}${columns.map((column) => column.padStart(width)).join('')}${'total'.padStart(10)}`];
  for (const [language, row] of tally) {
    const cells = columns.map((column): [number, number] => row.get(column) ?? [0, 0]);
    const passed = cells.reduce((sum, [ok]) => sum + ok, 0);
    const run = cells.reduce((sum, [, total]) => sum + total, 0);
    lines.push(`${language.padEnd(10)}${cells.map(([ok, total]) => `${ok}/${total}`.padStart(width)).join('')}${`${passed}/${run}`.padStart(10)}`);
  }
  console.log(`Samples run for real against a recording server (passed / run, per request's examples or hostile shape):\n${lines.join('\n')}`);
}

afterAll(async () => {
  printTally();
  await Promise.all(preparing.values()); // no build still writing in the folder removed below
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe.concurrent.each(runnable)('the %s sample, run for real', (language) => {
  let programs: Map<string, Prepared>;
  beforeAll(async () => {
    programs = await preparing.get(language)!;
  }, BUILD_TIMEOUT_MS);

  it.each(cases.map((c, index) => ({ ...c, index })))('sends exactly the request: $label', async ({ column, answer, typed, index }) => {
    cell(language, column)[1] += 1;
    const { name, prefix, call } = planned(language, index);
    server.answerUnder(prefix, answer);
    const prepared = programs.get(name)!;
    if ('failure' in prepared) throw new Error(`The sample did not compile:\n${prepared.failure}`);
    const result = await runProgram(prepared.program, { CALLBELL_API_TOKEN: token });
    expect(result.stderr.slice(0, 2000)).toBe('');
    expect(result.code).toBe(0);
    const received = server.received.filter((r) => r.url.startsWith(`${prefix}/`));
    expect(received).toHaveLength(1);
    const [request] = received as [Recorded];
    expect(request.method).toBe(call.method);
    expect(server.origin + request.url).toBe(call.url);
    // What a server decodes from that URL is what was typed: hostile text included.
    if (typed) expect(decodedValues(typed.spec, prefix, request.url)).toEqual(asTyped(typed.values));
    expect(request.headers.authorization).toBe(`Bearer ${token}`);
    expect(request.headers.accept).toBe('application/json');
    if (call.body === undefined) {
      expect(request.body).toBe('');
    } else {
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(request.body)).toEqual(call.body);
      const bytes = sentBody[language];
      if (bytes) expect(request.body).toBe(bytes(call.body));
    }
    expect(result.stdout.trim()).toBe(answer.body ?? '');
    cell(language, column)[0] += 1;
  });
});
