/**
 * curl, for a POSIX shell.
 * Quoting rule: every argument is single-quoted; a `'` inside is written `'\''`
 * (close, escaped quote, reopen). Nothing inside single quotes is expanded, so
 * `$(...)`, backticks, `\` and newlines reach curl unchanged. The one double-quoted
 * argument is the Authorization header, so that the shell expands the token variable.
 */
import type { HttpCall } from '../requests/http';

export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curl(call: HttpCall): string {
  const lines = [`curl -sS --fail-with-body -X ${call.method} ${shellQuote(call.url)}`];
  lines.push(`-H "Authorization: ${call.auth.scheme} $${call.auth.tokenEnvVar}"`);
  for (const [name, value] of call.headers) lines.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (call.body !== undefined) lines.push(`--data-raw ${shellQuote(JSON.stringify(call.body, null, 2))}`);
  return lines.join(' \\\n  ');
}
