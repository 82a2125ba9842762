/**
 * A stand-in for the API behind the proxy, on 127.0.0.1: it records every request that reaches
 * it and answers what a case asks for through its path (`/v1/statuses/204` answers 204), always
 * with a cookie and an internal header that the proxy must not pass back.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RecordingUpstream {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export const UPSTREAM_BODY = '{"contact": {"name": "Bob"}}';
const NO_BODY = [204, 205, 304];

export async function startRecordingUpstream(): Promise<RecordingUpstream> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      const status = Number(/^\/v1\/statuses\/(\d{3})$/.exec(request.url!)?.[1] ?? 200);
      response.writeHead(status, {
        'Set-Cookie': 'session=upstream',
        'X-Internal': 'yes',
        ...(status === 302 ? { Location: 'https://elsewhere.example/' } : {}),
        ...(NO_BODY.includes(status) ? {} : { 'Content-Type': 'application/json' }),
      });
      response.end(NO_BODY.includes(status) ? undefined : UPSTREAM_BODY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
