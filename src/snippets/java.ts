/**
 * Java 11+ (`java.net.http.HttpClient`): save as `Main.java`, run `java Main.java`.
 * Quoting rule: strings are written by `asciiDoubleQuotedLiteral`: JSON.stringify's escapes
 * are Java escapes, and non-ASCII is written `\uXXXX`, so the file is ASCII whatever the
 * platform encoding. No `\u000a`/`\u000d` is ever emitted (Java would turn it into a line break).
 * A body over 10 000 characters is split into literals joined at run time (javac's constant limit).
 */
import type { HttpCall } from '../requests/http';
import { asciiDoubleQuotedLiteral as javaString, jsonText } from './literals';

/** javac refuses a string constant over 65 535 bytes; longer text is joined at run time. */
const CHUNK = 10_000;

function javaText(text: string): string {
  if (text.length <= CHUNK) return javaString(text);
  const chunks = Array.from({ length: Math.ceil(text.length / CHUNK) }, (_, i) => text.slice(i * CHUNK, (i + 1) * CHUNK));
  return `String.join("",\n            ${chunks.map(javaString).join(',\n            ')})`;
}

function methodCall(call: HttpCall): string {
  const body = 'HttpRequest.BodyPublishers.ofString(body)';
  switch (call.method) {
    case 'GET':
      return '.GET()';
    case 'DELETE':
      return '.DELETE()';
    case 'POST':
      return `.POST(${body})`;
    case 'PATCH':
      return `.method("PATCH", ${body})`;
  }
}

export function java(call: HttpCall): string {
  return [
    'import java.net.URI;',
    'import java.net.http.HttpClient;',
    'import java.net.http.HttpRequest;',
    'import java.net.http.HttpResponse;',
    '',
    'public class Main {',
    '    public static void main(String[] args) throws Exception {',
    ...(call.body === undefined ? [] : [`        String body = ${javaText(jsonText(call.body))};`]),
    '        HttpRequest request = HttpRequest.newBuilder()',
    `            .uri(URI.create(${javaString(call.url)}))`,
    `            .header("Authorization", "${call.auth.scheme} " + System.getenv("${call.auth.tokenEnvVar}"))`,
    ...call.headers.map(([name, value]) => `            .header(${javaString(name)}, ${javaString(value)})`),
    `            ${methodCall(call)}`,
    '            .build();',
    '',
    '        HttpResponse<String> response = HttpClient.newHttpClient()',
    '            .send(request, HttpResponse.BodyHandlers.ofString());',
    '        System.out.println(response.body());',
    '        if (response.statusCode() >= 300) {',
    '            System.err.println("Request failed: " + response.statusCode());',
    '            System.exit(1);',
    '        }',
    '    }',
    '}',
  ].join('\n');
}
