/**
 * A webhook receiver on 127.0.0.1: it takes the events a sandbox (or anything else) posts as
 * `{"event", "payload"}` JSON, keeps them in order, and answers 200 `{"status": "ok"}`, as
 * Callbell asks of an endpoint; or the status `answer` chooses, to watch retries. A GET is
 * answered the same way, as Callbell's connection checks expect. `npm run webhooks:receive`
 * prints what it receives; the tests wait on its arrivals.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  event: string;
  payload: unknown;
  /** What the receiver answered. */
  status: number;
}

export interface Receiver {
  /** The address to subscribe: `http://127.0.0.1:<port>/webhooks`. */
  url: string;
  port: number;
  /** Every event received, in order, answered with a success or not. */
  received: ReceivedEvent[];
  /** The first event received (or yet to come) that `matches`. */
  next(matches: (event: ReceivedEvent) => boolean): Promise<ReceivedEvent>;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  /** 0: any free port. */
  port?: number;
  /** The status to answer the `count`-th event with (1 for the first); 200 unless it says otherwise. */
  answer?: (count: number) => number;
  /** Told of each event, once answered. */
  onEvent?: (event: ReceivedEvent) => void;
  /** Told of each request that was not an event, with why. */
  onRejected?: (reason: string) => void;
}

/** The largest body taken, in bytes. */
const BODY_LIMIT = 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > BODY_LIMIT ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The event in a body, or why it is none. */
function eventIn(text: string | null): { event: string; payload: unknown } | string {
  if (text === null) return `the body is larger than ${BODY_LIMIT} bytes`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'the body is not JSON';
  }
  const { event, payload } = (value ?? {}) as { event?: unknown; payload?: unknown };
  return typeof event === 'string' && payload !== undefined ? { event, payload } : 'the body is not {"event", "payload"}';
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

export async function startReceiver({ port = 0, answer = () => 200, onEvent = () => {}, onRejected = () => {} }: ReceiverOptions = {}): Promise<Receiver> {
  const received: ReceivedEvent[] = [];
  const waiting: { matches: (event: ReceivedEvent) => boolean; resolve: (event: ReceivedEvent) => void }[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'GET') return reply(response, 200, { status: 'ok' });
    if (request.method !== 'POST') return reply(response, 405, { error: 'Post events here' });
    const found = eventIn(await readBody(request));
    if (typeof found === 'string') {
      onRejected(found);
      return reply(response, 400, { error: found });
    }
    const status = answer(received.length + 1);
    const event = { ...found, status };
    received.push(event);
    reply(response, status, status < 300 ? { status: 'ok' } : { error: `answered ${status} on purpose` });
    onEvent(event);
    for (const waiter of waiting.filter(({ matches }) => matches(event))) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(event);
    }
  }

  // A request broken off half-way is dropped.
  const server = createServer((request, response) => void handle(request, response).catch(() => response.destroy()));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${listening}/webhooks`,
    port: listening,
    received,
    next: (matches) => {
      const already = received.find(matches);
      return already ? Promise.resolve(already) : new Promise((resolve) => waiting.push({ matches, resolve }));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
