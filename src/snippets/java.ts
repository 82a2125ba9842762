/**
 * Java 11+ (`java.net.http.HttpClient`): save as `Main.java`, run `java Main.java`.
 * Quoting rule: `"..."` literals, ASCII only (`asciiDoubleQuotedLiteral`), so the file reads the
 * same whatever the platform encoding; the body is one literal per line of its JSON
 * (`joinedLines`), and a line over 10 000 characters is split into literals joined at run
 * time too (javac's constant limit).
 */
import type { HttpCall } from '../requests/http';
import { asciiDoubleQuotedLiteral as javaString, joinedLines, jsonText } from './escaping';

/** javac refuses a string constant over 65 535 bytes; a longer line is joined at run time. */
const CHUNK = 10_000;

function javaLine(line: string): string {
  if (line.length <= CHUNK) return javaString(line);
  const chunks = Array.from({ length: Math.ceil(line.length / CHUNK) }, (_, i) => line.slice(i * CHUNK, (i + 1) * CHUNK));
  return `String.join("", ${chunks.map(javaString).join(', ')})`;
}

function methodCall(call: HttpCall): string {
  // A POST or PUT without parameters in its body (closing a conversation) sends no body.
  const body = call.body === undefined ? 'HttpRequest.BodyPublishers.noBody()' : 'HttpRequest.BodyPublishers.ofString(body)';
  switch (call.method) {
    case 'GET':
      return '.GET()';
    case 'DELETE':
      return '.DELETE()';
    case 'POST':
      return `.POST(${body})`;
    case 'PUT':
      return `.PUT(${body})`;
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
    ...(call.body === undefined ? [] : [`        String body = ${joinedLines(jsonText(call.body), 'String.join', '            ', javaLine)};`]),
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
