/**
 * Rust with `reqwest` (blocking): `cargo new request`, add the dependency, paste into `src/main.rs`.
 * Quoting rule: the JSON body (`jsonText`, unseen characters escaped) is a raw string
 * (`rustRawLiteral`: `r#"..."#`, nothing is an escape); the URL and headers are `"..."`
 * literals (`rustLiteral`). The answer is printed as it came: a 204 has no body to parse.
 */
import type { HttpCall } from '../requests/http';
import { jsonText, rustLiteral, rustRawLiteral } from './escaping';

export function rust(call: HttpCall): string {
  return [
    '// Cargo.toml:',
    '// [dependencies]',
    '// reqwest = { version = "0.12", features = ["blocking"] }',
    'use std::env;',
    '',
    'fn main() -> Result<(), Box<dyn std::error::Error>> {',
    `    let token = env::var(${rustLiteral(call.auth.tokenEnvVar)})?;`,
    '    let response = reqwest::blocking::Client::new()',
    `        .request(reqwest::Method::${call.method}, ${rustLiteral(call.url)})`,
    '        .bearer_auth(token)',
    ...call.headers.map(([name, value]) => `        .header(${rustLiteral(name)}, ${rustLiteral(value)})`),
    ...(call.body === undefined ? [] : [`        .body(${rustRawLiteral(jsonText(call.body))})`]),
    '        .send()?;',
    '',
    '    let status = response.status();',
    '    println!("{}", response.text()?);',
    '    if !status.is_success() {',
    '        return Err(format!("Request failed: {status}").into());',
    '    }',
    '    Ok(())',
    '}',
  ].join('\n');
}
