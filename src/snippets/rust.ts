/**
 * Rust with `reqwest` (blocking) and `serde_json`.
 * Quoting rule: the JSON body is a raw string `r#"..."#` with one more `#` than the longest
 * run of `#` after a `"` in the text, so nothing in it is an escape or can close it early.
 * The URL is written by JSON.stringify (it is percent-encoded ASCII; `\"` `\\` are Rust escapes).
 */
import type { HttpCall } from '../requests/http';
import { jsonText } from './literals';

export function rustRawString(text: string): string {
  const longestRun = Math.max(-1, ...[...text.matchAll(/"(#*)/g)].map((match) => match[1]!.length));
  const hashes = '#'.repeat(longestRun + 1);
  return `r${hashes}"${text}"${hashes}`;
}

export function rust(call: HttpCall): string {
  return [
    '// Cargo.toml:',
    '// [dependencies]',
    '// reqwest = { version = "0.12", features = ["blocking", "json"] }',
    '// serde_json = "1"',
    'use std::env;',
    '',
    'fn main() -> Result<(), Box<dyn std::error::Error>> {',
    `    let token = env::var("${call.auth.tokenEnvVar}")?;`,
    '    let response = reqwest::blocking::Client::new()',
    `        .request(reqwest::Method::${call.method}, ${JSON.stringify(call.url)})`,
    '        .bearer_auth(token)',
    ...call.headers.map(([name, value]) => `        .header(${JSON.stringify(name)}, ${JSON.stringify(value)})`),
    ...(call.body === undefined ? [] : [`        .body(${rustRawString(jsonText(call.body))})`]),
    '        .send()?;',
    '',
    '    let status = response.status();',
    '    let data: serde_json::Value = response.json()?;',
    '    println!("{}", serde_json::to_string_pretty(&data)?);',
    '    if !status.is_success() {',
    '        return Err(format!("Request failed: {status}").into());',
    '    }',
    '    Ok(())',
    '}',
  ].join('\n');
}
