/**
 * Go, standard library only (`net/http`): save as `main.go`, run `go run main.go`.
 * Quoting rule: the JSON body is a raw string literal (backquotes, nothing is an escape)
 * unless it contains a backquote; then, like the URL, it is an interpreted literal written by
 * `JSON.stringify`, whose escapes (`\" \\ \n \t \uXXXX`) are Go escapes too.
 */
import type { HttpCall } from '../requests/http';
import { jsonText } from './literals';

function goString(text: string, multiline = false): string {
  return multiline && !text.includes('`') ? `\`${text}\`` : JSON.stringify(text);
}

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
    ...(hasBody ? [`\tbody := strings.NewReader(${goString(jsonText(call.body), true)})`] : []),
    `\treq, err := http.NewRequest(${JSON.stringify(call.method)}, ${goString(call.url)}, ${hasBody ? 'body' : 'nil'})`,
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    `\treq.Header.Set("Authorization", "${call.auth.scheme} "+os.Getenv("${call.auth.tokenEnvVar}"))`,
    ...call.headers.map(([name, value]) => `\treq.Header.Set(${goString(name)}, ${goString(value)})`),
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
