/**
 * Ruby, standard library (`net/http`): save as `request.rb`, run `ruby request.rb`.
 * Quoting rule: strings are single-quoted (`rubyLiteral`), so `#{}` stays text, and
 * double-quoted with `\#` and `\u{XX}` escapes only when they hold an unseen character; the
 * body is sent as its JSON text (`jsonText`, unseen characters escaped).
 */
import type { HttpCall } from '../requests/http';
import { jsonText, rubyLiteral } from './escaping';

const requestClass: Record<HttpCall['method'], string> = {
  GET: 'Get',
  POST: 'Post',
  PUT: 'Put',
  PATCH: 'Patch',
  DELETE: 'Delete',
};

export function ruby(call: HttpCall): string {
  return [
    "require 'net/http'",
    "require 'uri'",
    '',
    `uri = URI(${rubyLiteral(call.url)})`,
    `request = Net::HTTP::${requestClass[call.method]}.new(uri)`,
    `request['Authorization'] = "${call.auth.scheme} #{ENV.fetch('${call.auth.tokenEnvVar}')}"`,
    ...call.headers.map(([name, value]) => `request[${rubyLiteral(name)}] = ${rubyLiteral(value)}`),
    ...(call.body === undefined ? [] : [`request.body = ${rubyLiteral(jsonText(call.body))}`]),
    '',
    "response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|",
    '  http.request(request)',
    'end',
    'puts response.body',
    'abort "Request failed: #{response.code} #{response.message}" unless response.is_a?(Net::HTTPSuccess)',
  ].join('\n');
}
