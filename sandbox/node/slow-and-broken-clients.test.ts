/**
 * Clients that are not well-behaved browsers: requests Node's HTTP parser rejects, and
 * connections that send nothing or a byte at a time. Raw sockets, since fetch cannot misbehave.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { DEMO_TOKEN } from '../address';
import { startSandbox, type RunningSandbox } from './server';
import { send } from '../../tests/support/sandbox-client';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** Resolves with everything the server wrote once it closes the connection. */
function answerTo(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.write(request);
  });
}

function errorOf(raw: string): { status: number; body: { error: { status: number; message: string; details: unknown[] } } } {
  const [head, body] = raw.split('\r\n\r\n');
  return { status: Number(head!.split(' ')[1]), body: JSON.parse(body!) };
}

describe('requests the HTTP parser rejects', () => {
  it('431 in the error shape for headers over 16 KB, a long URL included', async () => {
    sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0 });
    for (const request of [
      `GET /v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      `GET /v1/contacts?tags=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
    ]) {
      const { status, body } = errorOf(await answerTo(sandbox.port, request));
      expect(status).toBe(431);
      expect(body.error).toEqual({ status: 431, message: expect.stringMatching(/larger than the sandbox reads \(16 KB\)/), details: [] });
    }
  });

  it('400 in the error shape, naming the fault, for a request that is not HTTP', async () => {
    sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0 });
    const { status, body } = errorOf(await answerTo(sandbox.port, 'GET /v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nNot a header\r\n\r\n'));
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^The request is not valid HTTP\/1\.1 \(.*header.*\)$/i);
  });
});

describe('slow and idle clients', () => {
  const timeouts = { headers: 1500, request: 3000, keepAlive: 500, checkInterval: 200 };

  it('200 connections sending nothing or a byte at a time do not delay a normal request, and are cut off', async () => {
    sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0, timeouts });
    const port = sandbox.port;
    const closed: Promise<string>[] = [];
    const sockets: Socket[] = [];
    const timers: NodeJS.Timeout[] = [];
    for (let i = 0; i < 200; i++) {
      const socket = connect(port, '127.0.0.1');
      sockets.push(socket);
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('error', () => {});
      closed.push(new Promise((resolve) => socket.on('close', () => resolve(received))));
      if (i % 2 === 1) {
        // Slowloris: the request line, a byte every 100 ms, never finished.
        const request = `GET /v1/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${DEMO_TOKEN}\r\n`;
        let sent = 0;
        timers.push(setInterval(() => sent < request.length && socket.writable && socket.write(request[sent++]!), 100));
      }
    }
    await Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once('connect', resolve))));
    try {
      const answer = await send(`${sandbox.baseUrl}/contacts`);
      expect(answer.status).toBe(200);
      // Answered while every slow client still held its connection.
      expect(sockets.filter((socket) => socket.destroyed)).toHaveLength(0);

      const answers = await Promise.all(closed);
      // The byte-by-byte ones are told why; the silent ones are simply closed.
      const slow = answers.filter((_, i) => i % 2 === 1);
      for (const raw of slow) expect(errorOf(raw)).toMatchObject({ status: 408, body: { error: { status: 408, message: expect.stringMatching(/did not arrive in time/) } } });
    } finally {
      timers.forEach(clearInterval);
      sockets.forEach((socket) => socket.destroy());
    }
  });
});
