/**
 * Each language's sample, run as is with its real toolchain, must send exactly the request
 * the registry describes: method, raw path and query, Authorization header and JSON body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRequests, exampleValues, type LooseValues, type RequestSpec } from '@site/src/requests';
import { bodyOf, expandPath, queryString } from '@site/src/requests/http';
import { generateSample, type LanguageId } from '@site/src/snippets';
import { hostileCases, withHostile } from '../support/hostile-values';
import { startRecordingServer, type Recorded, type RecordingServer } from '../support/recording-server';
import { runSample, toolchains } from './toolchains';

const token = 'test-token-0123';
let server: RecordingServer;
let workDir: string;
let runCount = 0;

beforeAll(async () => {
  server = await startRecordingServer();
  workDir = mkdtempSync(join(tmpdir(), 'samples-'));
});
/** language → request id → [passed, run], printed as a table at the end. */
const tally = new Map<string, Map<string, [number, number]>>();
function cell(language: string, requestId: string): [number, number] {
  const row = tally.get(language) ?? tally.set(language, new Map()).get(language)!;
  return row.get(requestId) ?? row.set(requestId, [0, 0]).get(requestId)!;
}

function printTally() {
  const ids = requests.map((r) => r.id);
  const width = Math.max(...ids.map((id) => id.length)) + 2;
  const lines = [`${'language'.padEnd(10)}${ids.map((id) => id.padStart(width)).join('')}${'total'.padStart(10)}`];
  for (const [language, row] of tally) {
    const cells = ids.map((id): [number, number] => row.get(id) ?? [0, 0]);
    const passed = cells.reduce((sum, [ok]) => sum + ok, 0);
    const run = cells.reduce((sum, [, total]) => sum + total, 0);
    lines.push(`${language.padEnd(10)}${cells.map(([ok, total]) => `${ok}/${total}`.padStart(width)).join('')}${`${passed}/${run}`.padStart(10)}`);
  }
  console.log(`Samples run for real against a recording server (values passed / run, per request):\n${lines.join('\n')}`);
}

afterAll(async () => {
  printTally();
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

const languages = Object.keys(toolchains) as LanguageId[];
const requests = allRequests();

describe.concurrent.each(languages)('the %s sample, run for real', (language) => {
  type Case = [label: string, requestId: string, spec: RequestSpec, values: LooseValues];
  const cases: Case[] = requests.flatMap(({ id, spec }) => [
    [`${id} with the example values`, id, spec, exampleValues(spec)] as Case,
    ...hostileCases.map(([name, text]) => [`${id} with ${name}`, id, spec, withHostile(spec, text)] as Case),
  ]);

  it.each(cases)('sends exactly the request: %s', async (_, requestId, spec, values) => {
    cell(language, requestId)[1] += 1;
    // Runs are concurrent: each gets its own folder and its own URL prefix on the server.
    const prefix = `/run-${(runCount += 1)}/v1`;
    const dir = mkdtempSync(join(workDir, `${language}-`));
    const sample = generateSample(language, spec, values, server.origin + prefix);
    const result = await runSample(toolchains[language]!, sample, dir, token);
    expect(result.stderr.slice(0, 2000)).toBe('');
    expect(result.code).toBe(0);
    const received = server.received.filter((r) => r.url.startsWith(`${prefix}/`));
    expect(received).toHaveLength(1);
    const [request] = received as [Recorded];
    expect(request.method).toBe(spec.method);
    expect(request.url).toBe(`${prefix}${expandPath(spec.path, values.path)}${queryString(values.query)}`);
    expect(request.headers.authorization).toBe(`Bearer ${token}`);
    expect(request.headers.accept).toBe('application/json');
    const body = bodyOf(spec, values);
    if (body === undefined) {
      expect(request.body).toBe('');
    } else {
      expect(request.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(request.body)).toEqual(body);
    }
    expect(JSON.parse(result.stdout)).toEqual({ ok: true });
    cell(language, requestId)[0] += 1;
  });
});
