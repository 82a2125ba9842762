/**
 * C# (.NET 6+ top-level program, `HttpClient`): paste into `Program.cs` of `dotnet new console`.
 * Quoting rule: regular `"..."` literals, ASCII only (`asciiDoubleQuotedLiteral`); `{}` are plain
 * text, since no string is interpolated (`$"..."`). The body is one literal per line of its
 * JSON (`joinedLines`).
 */
import type { HttpCall } from '../requests/http';
import { asciiDoubleQuotedLiteral as csharpString, joinedLines, jsonText } from './escaping';

export function csharp(call: HttpCall): string {
  const accept = call.headers.find(([name]) => name === 'Accept')?.[1] ?? 'application/json';
  return [
    'using System.Net.Http.Headers;',
    'using System.Text;',
    '',
    'using var client = new HttpClient();',
    `using var request = new HttpRequestMessage(new HttpMethod(${csharpString(call.method)}), ${csharpString(call.url)});`,
    `request.Headers.Authorization = new AuthenticationHeaderValue("${call.auth.scheme}", Environment.GetEnvironmentVariable("${call.auth.tokenEnvVar}"));`,
    `request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(${csharpString(accept)}));`,
    ...(call.body === undefined
      ? []
      : [
          `var body = ${joinedLines(jsonText(call.body), 'string.Join', '    ')};`,
          'request.Content = new StringContent(body, Encoding.UTF8, "application/json");',
        ]),
    '',
    'using var response = await client.SendAsync(request);',
    'Console.WriteLine(await response.Content.ReadAsStringAsync());',
    'response.EnsureSuccessStatusCode();',
  ].join('\n');
}
