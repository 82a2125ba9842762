/**
 * curl, for a POSIX shell.
 * Quoting rule: every argument is single-quoted (`shellQuoted`), so nothing in it is expanded;
 * the body is its JSON text (`jsonText`), whose unseen characters are `\uXXXX` escapes.
 * The one double-quoted argument is the Authorization header, so that the shell expands the
 * token variable.
 */
import type { HttpCall } from '../requests/http';
import { jsonText, shellQuoted } from './escaping';

export function curl(call: HttpCall): string {
  const lines = [`curl -sS --fail-with-body -X ${call.method} ${shellQuoted(call.url)}`];
  lines.push(`-H "Authorization: ${call.auth.scheme} $${call.auth.tokenEnvVar}"`);
  for (const [name, value] of call.headers) lines.push(`-H ${shellQuoted(`${name}: ${value}`)}`);
  if (call.body !== undefined) lines.push(`--data-raw ${shellQuoted(jsonText(call.body))}`);
  return lines.join(' \\\n  ');
}
