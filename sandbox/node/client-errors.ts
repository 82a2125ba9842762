/**
 * Answers for requests Node's HTTP parser rejects before the sandbox sees them (headers too large,
 * a header that is not HTTP, a request that took too long to arrive): still in the sandbox's
 * error shape, written straight to the socket, which is then closed.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody } from '../core/errors';

interface ClientError extends Error {
  code?: string;
  reason?: string;
}

function statusAndMessage(error: ClientError): [number, string] {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'The request line and headers are larger than the sandbox reads (16 KB): send a shorter URL or fewer, smaller headers'];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'The request did not arrive in time: its headers must arrive within the headers timeout and the whole request within the request timeout (see the sandbox page)'];
    default:
      return [400, `The request is not valid HTTP/1.1 (${error.reason ?? error.code ?? error.message})`];
  }
}

export function answerClientError(error: ClientError, socket: Duplex): void {
  // A client that has gone (reset, closed half-way) has nobody to read an answer.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, message] = statusAndMessage(error);
  const body = JSON.stringify(errorBody(status, message));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
