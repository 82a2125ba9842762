/** What the panel tells the reader after a request, and what to do next. */
import { translate } from '@docusaurus/Translate';
import type { Outcome } from './send';
import { TIMEOUT_MS } from './send';
import type { ServerOption } from './servers';

/** What to do about an error status; read when the message is made, so each is in the reader's language. */
const advice: Record<number, () => string> = {
  400: () => translate({ id: 'callbell.tryIt.advice.400', message: 'The body could not be read: check the JSON.', description: 'Try-it panel: advice after a 400 answer' }),
  401: () =>
    translate({
      id: 'callbell.tryIt.advice.401',
      message: 'Check the token: it is missing, mistyped, or belongs to another account or server.',
      description: 'Try-it panel: advice after a 401 answer',
    }),
  404: () => translate({ id: 'callbell.tryIt.advice.404', message: 'Check the path parameters: nothing exists at that address.', description: 'Try-it panel: advice after a 404 answer' }),
  413: () => translate({ id: 'callbell.tryIt.advice.413', message: 'The body is too large.', description: 'Try-it panel: advice after a 413 answer' }),
  415: () => translate({ id: 'callbell.tryIt.advice.415', message: 'The body must be sent as JSON.', description: 'Try-it panel: advice after a 415 answer' }),
  422: () => translate({ id: 'callbell.tryIt.advice.422', message: 'Check the parameters the answer names below.', description: 'Try-it panel: advice after a 422 answer' }),
  429: () =>
    translate({
      id: 'callbell.tryIt.advice.429',
      message: 'Too many requests: wait a moment (see the Retry-After header), then send again.',
      description: 'Try-it panel: advice after a 429 answer; Retry-After is an HTTP header name, keep it as is',
    }),
};

/** Advice for a status `advice` does not name: a server error, or any other. */
function otherAdvice(status: number): string {
  return status >= 500
    ? translate({
        id: 'callbell.tryIt.advice.serverError',
        message: 'A server error: it is safe to retry later, waiting a little longer each time.',
        description: 'Try-it panel: advice after a 5xx answer',
      })
    : translate({ id: 'callbell.tryIt.advice.other', message: 'Its answer is below.', description: 'Try-it panel: after an error status with no specific advice; the answer is shown below' });
}

/** What a reader who reached nothing can do, by the kind of server chosen: never a command to one who chose the real API. */
const unreachedAdvice: Record<ServerOption['kind'], () => string> = {
  sandbox: () =>
    translate({
      id: 'callbell.tryIt.unreached.sandbox',
      message:
        'Is the sandbox running? Start it with "npm run sandbox" in a clone of the site\'s repository, or choose the in-browser sandbox, which needs nothing installed.',
      description: 'Try-it panel: advice when the local sandbox did not answer; "npm run sandbox" is a command, keep it as is',
    }),
  live: () =>
    translate({
      id: 'callbell.tryIt.unreached.live',
      message: 'Check your connection and try again, or try the request on the in-browser sandbox.',
      description: 'Try-it panel: advice when the real API did not answer',
    }),
  'in-browser': () =>
    translate({ id: 'callbell.tryIt.unreached.inBrowser', message: 'Reload the page and try again.', description: 'Try-it panel: advice when the in-browser sandbox did not answer' }),
};

export function outcomeMessage(outcome: Outcome, server: ServerOption): { tone: 'success' | 'danger' | 'warning'; text: string } {
  // Where the request went: the proxy, when the build sends through one.
  const origin = new URL(server.proxy ?? server.url).origin;
  switch (outcome.kind) {
    case 'answer':
      if (outcome.status < 300) {
        return {
          tone: 'success',
          text: translate(
            { id: 'callbell.tryIt.outcome.success', message: 'Success: {status} {reason}.', description: 'Try-it panel: after a successful answer; {status} is the HTTP status code, {reason} its English reason phrase (OK)' },
            { status: outcome.status, reason: outcome.statusText },
          ),
        };
      }
      return {
        tone: 'danger',
        text: translate(
          {
            id: 'callbell.tryIt.outcome.error',
            message: 'The server answered {status} {reason}. {advice}',
            description: 'Try-it panel: after an error answer; {status} is the HTTP status code, {reason} its English reason phrase (Not Found), {advice} a sentence on what to do',
          },
          { status: outcome.status, reason: outcome.statusText, advice: (advice[outcome.status] ?? (() => otherAdvice(outcome.status)))() },
        ),
      };
    case 'network':
      return {
        tone: 'danger',
        text: translate(
          {
            id: 'callbell.tryIt.outcome.network',
            message: 'Could not reach {origin}: nothing answered. {advice}',
            description: 'Try-it panel: when nothing answered; {origin} is the server address, {advice} a sentence on what to do',
          },
          { origin, advice: unreachedAdvice[server.kind]() },
        ),
      };
    case 'cors':
      return {
        tone: 'danger',
        text: translate(
          {
            id: 'callbell.tryIt.outcome.cors',
            message:
              'Your browser blocked the answer: {origin} does not allow requests from this page (CORS). Try the request on the in-browser sandbox, or copy the cURL sample and run it in a terminal with your token.',
            description: 'Try-it panel: when the browser hid the answer (CORS); {origin} is the server address',
          },
          { origin },
        ),
      };
    case 'timeout':
      return {
        tone: 'warning',
        text: translate(
          {
            id: 'callbell.tryIt.outcome.timeout',
            message: 'No answer within {seconds} seconds, so the request was abandoned. The server may be slow or unreachable: try again.',
            description: 'Try-it panel: when the request timed out; {seconds} is a number of seconds (30)',
          },
          { seconds: TIMEOUT_MS / 1000 },
        ),
      };
    case 'cancelled':
      return {
        tone: 'warning',
        text: translate({
          id: 'callbell.tryIt.outcome.cancelled',
          message: 'Request cancelled. If it had already reached the server, it may still have been applied.',
          description: 'Try-it panel: after the reader cancelled a request',
        }),
      };
  }
}

/** Said after Undo put a PATCH's previous values back: announced, and shown in place of the answer's message. */
export function undoneMessage(): string {
  return translate({ id: 'callbell.tryIt.undone', message: 'Undone: the previous values are back.', description: 'Try-it panel: after Undo restored the values a PATCH had changed' });
}
