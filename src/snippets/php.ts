/**
 * PHP with the curl extension: save as `request.php`, run `php request.php`.
 * Quoting rule: strings are single-quoted (`phpLiteral`), so `$` and `{}` stay text, and
 * double-quoted with `\$` and `\u{XX}` escapes only when they hold an unseen character; the
 * body is sent as its JSON text (`jsonText`, unseen characters escaped).
 */
import type { HttpCall } from '../requests/http';
import { jsonText, phpLiteral } from './escaping';

export function php(call: HttpCall): string {
  const headers = [
    `        'Authorization: ${call.auth.scheme} ' . getenv('${call.auth.tokenEnvVar}'),`,
    ...call.headers.map(([name, value]) => `        ${phpLiteral(`${name}: ${value}`)},`),
  ];
  return [
    '<?php',
    '',
    `$ch = curl_init(${phpLiteral(call.url)});`,
    'curl_setopt_array($ch, [',
    `    CURLOPT_CUSTOMREQUEST => '${call.method}',`,
    '    CURLOPT_HTTPHEADER => [',
    ...headers,
    '    ],',
    ...(call.body === undefined ? [] : [`    CURLOPT_POSTFIELDS => ${phpLiteral(jsonText(call.body))},`]),
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
