/**
 * Go, standard library only (`net/http`): save as `main.go`, run `go run main.go`.
 * Quoting rule: the JSON body (`jsonText`, unseen characters escaped) is a raw string
 * (`goRawLiteral`: backquotes, nothing is an escape) unless it holds a backquote; then, like
 * the URL and headers, it is an interpreted `"..."` literal (`goLiteral`).
 */
import type { HttpCall } from '../requests/http';
import { goLiteral, goRawLiteral, jsonText } from './escaping';

export function go(call: HttpCall): string {
  const hasBody = call.body !== undefined;
  const imports = ['fmt', 'io', 'net/http', 'os', ...(hasBody ? ['strings'] : [])];
  return [
    'package main',
    '',
    'import (',
    ...imports.map((name) => `\t"${name}"`),
    ')',
    '',
    'func main() {',
    ...(hasBody ? [`\tbody := strings.NewReader(${goRawLiteral(jsonText(call.body))})`] : []),
    `\treq, err := http.NewRequest(${goLiteral(call.method)}, ${goLiteral(call.url)}, ${hasBody ? 'body' : 'nil'})`,
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    `\treq.Header.Set("Authorization", "${call.auth.scheme} "+os.Getenv("${call.auth.tokenEnvVar}"))`,
    ...call.headers.map(([name, value]) => `\treq.Header.Set(${goLiteral(name)}, ${goLiteral(value)})`),
    '',
    '\tres, err := http.DefaultClient.Do(req)',
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    '\tdefer res.Body.Close()',
    '\tdata, err := io.ReadAll(res.Body)',
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    '\tfmt.Println(string(data))',
    '\tif res.StatusCode >= 300 {',
    '\t\tfmt.Fprintln(os.Stderr, "Request failed:", res.Status)',
    '\t\tos.Exit(1)',
    '\t}',
    '}',
  ].join('\n');
}
