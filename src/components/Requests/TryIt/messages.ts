/** What the panel tells the reader after a request, and what to do next. */
import type { Outcome } from './send';
import { TIMEOUT_MS } from './send';
import type { ServerOption } from './servers';

const advice: Record<number, string> = {
  400: 'The body could not be read: check the JSON.',
  401: 'Check the token: it is missing, mistyped, or belongs to another account or server.',
  404: 'Check the path parameters: nothing exists at that address.',
  413: 'The body is too large.',
  415: 'The body must be sent as JSON.',
  422: 'Check the parameters the answer names below.',
  429: 'Too many requests: wait a moment (see the Retry-After header), then send again.',
};

/** What a reader who reached nothing can do, by the kind of server chosen: never a command to one who chose the real API. */
const unreachedAdvice: Record<ServerOption['kind'], string> = {
  sandbox: 'Is the sandbox running? Start it with "npm run sandbox" in a clone of the site\'s repository, or choose the in-browser sandbox, which needs nothing installed.',
  live: 'Check your connection and try again, or try the request on the in-browser sandbox.',
  'in-browser': 'Reload the page and try again.',
};

export function outcomeMessage(outcome: Outcome, server: ServerOption): { tone: 'success' | 'danger' | 'warning'; text: string } {
  // Where the request went: the proxy, when the build sends through one.
  const origin = new URL(server.proxy ?? server.url).origin;
  switch (outcome.kind) {
    case 'answer':
      if (outcome.status < 300) return { tone: 'success', text: `Success: ${outcome.status} ${outcome.statusText}.` };
      return {
        tone: 'danger',
        text: `The server answered ${outcome.status} ${outcome.statusText}. ${
          advice[outcome.status] ?? (outcome.status >= 500 ? 'A server error: it is safe to retry later, waiting a little longer each time.' : 'Its answer is below.')
        }`,
      };
    case 'network':
      return {
        tone: 'danger',
        text: `Could not reach ${origin}: nothing answered. ${unreachedAdvice[server.kind]}`,
      };
    case 'cors':
      return {
        tone: 'danger',
        text: `Your browser blocked the answer: ${origin} does not allow requests from this page (CORS). Try the request on the in-browser sandbox, or copy the cURL sample and run it in a terminal with your token.`,
      };
    case 'timeout':
      return { tone: 'warning', text: `No answer within ${TIMEOUT_MS / 1000} seconds, so the request was abandoned. The server may be slow or unreachable: try again.` };
    case 'cancelled':
      return { tone: 'warning', text: 'Request cancelled. If it had already reached the server, it may still have been applied.' };
  }
}
