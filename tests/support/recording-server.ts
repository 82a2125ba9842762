/**
 * A local HTTP server that records every request it receives and answers it: with the answer
 * set for the request's path prefix, or `200 {"ok":true}`.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  /** The raw request target: path and query exactly as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  /** JSON text; none for a 204. */
  body?: string;
}

export interface RecordingServer {
  /** `http://127.0.0.1:<port>`: give each client its own path prefix to tell their requests apart. */
  origin: string;
  received: Recorded[];
  /** Answers requests whose path starts with `prefix/` with `answer`. */
  answerUnder(prefix: string, answer: Answer): void;
  close(): Promise<void>;
}

const defaultAnswer: Answer = { status: 200, body: '{"ok":true}' };

export async function startRecordingServer(): Promise<RecordingServer> {
  const received: Recorded[] = [];
  const answers = new Map<string, Answer>();
  const answerFor = (url: string) => [...answers].find(([prefix]) => url.startsWith(`${prefix}/`))?.[1] ?? defaultAnswer;
  // It records what a client sends, however long: Node's own limit on a request line and its
  // headers (16 KB) would refuse the long hostile texts in a query or path.
  const server = createServer({ maxHeaderSize: 1024 * 1024 }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = request.url ?? '';
      received.push({ method: request.method ?? '', url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const { status, body } = answerFor(url);
      if (body === undefined) {
        response.writeHead(status).end();
      } else {
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    answerUnder: (prefix, answer) => void answers.set(prefix, answer),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
