/**
 * PHP with the curl extension: save as `request.php`, run `php request.php`.
 * Quoting rule: strings are single-quoted (`singleQuotedLiteral`), so `$` and `{}` stay text;
 * the body is sent as its JSON text.
 */
import type { HttpCall } from '../requests/http';
import { jsonText, singleQuotedLiteral } from './escaping';

export function php(call: HttpCall): string {
  const headers = [
    `        'Authorization: ${call.auth.scheme} ' . getenv('${call.auth.tokenEnvVar}'),`,
    ...call.headers.map(([name, value]) => `        ${singleQuotedLiteral(`${name}: ${value}`)},`),
  ];
  return [
    '<?php',
    '',
    `$ch = curl_init(${singleQuotedLiteral(call.url)});`,
    'curl_setopt_array($ch, [',
    `    CURLOPT_CUSTOMREQUEST => '${call.method}',`,
    '    CURLOPT_HTTPHEADER => [',
    ...headers,
    '    ],',
    ...(call.body === undefined ? [] : [`    CURLOPT_POSTFIELDS => ${singleQuotedLiteral(jsonText(call.body))},`]),
    '    CURLOPT_RETURNTRANSFER => true,',
    ']);',
    '',
    '$response = curl_exec($ch);',
    'if ($response === false) {',
    "    fwrite(STDERR, 'Request failed: ' . curl_error($ch) . PHP_EOL);",
    '    exit(1);',
    '}',
    'echo $response . PHP_EOL;',
    '$status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);',
    'if ($status >= 300) {',
    '    fwrite(STDERR, "Request failed with status $status" . PHP_EOL);',
    '    exit(1);',
    '}',
  ].join('\n');
}
