/** What the panel tells the reader after a request, and what to do next. */
import type { Outcome } from './send';
import { TIMEOUT_MS } from './send';

const advice: Record<number, string> = {
  400: 'The body could not be read: check the JSON.',
  401: 'Check the token: it is missing, mistyped, or belongs to another account or server.',
  404: 'Check the path parameters: nothing exists at that address.',
  413: 'The body is too large.',
  415: 'The body must be sent as JSON.',
  422: 'Check the parameters the answer names below.',
  429: 'Too many requests: wait a moment (see the Retry-After header), then send again.',
};

export function outcomeMessage(outcome: Outcome, serverUrl: string): { tone: 'success' | 'danger' | 'warning'; text: string } {
  const origin = new URL(serverUrl).origin;
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
        text: `Could not reach ${origin}: nothing answered. Check your connection and the server address; for the local sandbox, start it with "npm start" or "npm run sandbox".`,
      };
    case 'cors':
      return {
        tone: 'danger',
        text: `Your browser blocked the answer: ${origin} does not allow requests from this page (CORS). Send it to the local sandbox instead, or copy the cURL sample and run it in a terminal.`,
      };
    case 'timeout':
      return { tone: 'warning', text: `No answer within ${TIMEOUT_MS / 1000} seconds, so the request was abandoned. The server may be slow or unreachable: try again.` };
    case 'cancelled':
      return { tone: 'warning', text: 'Request cancelled. If it had already reached the server, it may still have been applied.' };
  }
}
