/**
 * The errors a request can get, documented once: the shape every error answer has, the errors
 * every request shares (a wrong token, too many requests), the kinds most requests have with
 * their own details (no such record, invalid parameters), and how to cause each, so a test can
 * send the cause to the sandbox and compare its answer with the documented one.
 */
import { rateLimitPerSecond } from './api';
import type { JsonSchema } from './schema';

/** The one error shape, as a schema (the public API does not document its own). */
export const errorSchema: JsonSchema = {
  type: 'object',
  description: 'Why the sandbox refused a request.',
  properties: {
    error: {
      type: 'object',
      description: 'What went wrong.',
      properties: {
        status: { type: 'integer', description: 'The HTTP status of the answer, repeated.' },
        message: { type: 'string', description: 'What went wrong and how to put it right, in one sentence; it names the first three problems when there are more.' },
        details: {
          type: 'array',
          description: 'One entry per value at fault; empty when no single value is (too many requests, say).',
          items: {
            type: 'object',
            properties: {
              field: { type: 'string', description: 'Where the value is: its place (`path`, `query`, `body` or `header`), then its name, as in `body.content.text` or `body.tags[1]`.' },
              message: { type: 'string', description: 'What is wrong with it.' },
            },
            required: ['field', 'message'],
            additionalProperties: false,
          },
        },
      },
      required: ['status', 'message', 'details'],
      additionalProperties: false,
    },
  },
  required: ['error'],
  additionalProperties: false,
};

/** One value at fault: where it is (`body.tags[1]`, `path.uuid`, `header.Authorization`) and what is wrong with it. */
export interface ErrorDetail {
  readonly field: string;
  readonly message: string;
}

/** The statuses a request's own errors have; the others (400, 413, 415…) depend on how a client sends, and the Sandbox page lists them. */
export type ErrorStatus = 401 | 404 | 422 | 429;

/** The one error shape: `{"error": {"status", "message", "details": [{field, message}]}}`. */
export interface ErrorBody<S extends number = number> {
  readonly error: { readonly status: S; readonly message: string; readonly details: readonly ErrorDetail[] };
}

/**
 * How to cause an error: the request's first example, changed as this says. A value set to
 * `undefined` in `body` removes that field.
 */
export interface ErrorTrigger {
  /** Path values that replace the example's. */
  readonly path?: Readonly<Record<string, string>>;
  /** Query values added to the example's. */
  readonly query?: Readonly<Record<string, string>>;
  /** Body fields set over the example's. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** Sent with a token the API does not know. */
  readonly wrongToken?: true;
  /** Sent once the client has used up the rate limit of the current second. */
  readonly overRateLimit?: true;
  /** Requests sent first, each with its first example, that bring the account to the state the error needs. */
  readonly after?: readonly (readonly [endpoint: string, request: string])[];
}

export interface DocumentedError<S extends ErrorStatus = ErrorStatus> {
  readonly status: S;
  /** When the request gets this answer, as a sentence. */
  readonly when: string;
  readonly trigger: ErrorTrigger;
  /** What the sandbox answers the trigger. */
  readonly example: ErrorBody<S>;
}

const SHOWN_IN_MESSAGE = 3;

/**
 * The problems as one readable sentence: the first three, then how many more. `details`
 * carries every one; a message naming 500 unknown tags helps nobody.
 */
export function listProblems(details: readonly ErrorDetail[]): string {
  const shown = details.slice(0, SHOWN_IN_MESSAGE).map((d) => `${d.field} ${d.message}`);
  const more = details.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more (${details.length} in all, each in details)` : ''}`;
}

/** A documented error; its example carries its status, so the two cannot disagree. */
export function documentedError<S extends ErrorStatus>(
  status: S,
  when: string,
  trigger: ErrorTrigger,
  message: string,
  details: readonly ErrorDetail[] = [],
): DocumentedError<S> {
  return { status, when, trigger, example: { error: { status, message, details } } };
}

/** Every request: the token is not the account's. */
export const wrongToken = documentedError(
  401,
  'The token is missing, not sent as `Authorization: Bearer <token>`, or not a token of the account.',
  { wrongToken: true },
  'Invalid API token: check the token you sent in "Authorization: Bearer <token>"',
  [{ field: 'header.Authorization', message: 'is not a valid token' }],
);

/** Every request: above the rate limit. */
export const overRateLimit = documentedError(
  429,
  `The client has sent more than ${rateLimitPerSecond} requests in the current second; the \`Retry-After\` header says how many seconds to wait.`,
  { overRateLimit: true },
  `Too many requests: the limit is ${rateLimitPerSecond} per second. Retry after 1 second.`,
);

/** An identifier no record has, for the examples of a 404. */
export const UNKNOWN_ID = '0000000000000000000000000000dead';

/**
 * A request whose path names a record: no `what` has that `param`. `detail` is what the
 * sandbox says of the path value (`No such contact`).
 */
export function notFound(what: string, param: string, detail: string): DocumentedError<404> {
  return documentedError(404, `Nothing in the account has the ${param} the path names.`, { path: { [param]: UNKNOWN_ID } }, `No ${what} with ${param} "${UNKNOWN_ID}"`, [
    { field: `path.${param}`, message: detail },
  ]);
}

/** A parameter is missing, unknown, or has a value its table does not allow: `details` names each. */
export function invalidParameters(trigger: ErrorTrigger, details: readonly ErrorDetail[]): DocumentedError<422> {
  return documentedError(
    422,
    'A parameter is missing, is not one of the request, or has a value it does not take (a wrong type, a value not in its list, a query parameter given twice); `details` names each.',
    trigger,
    `Invalid parameters: ${listProblems(details)}`,
    details,
  );
}

/** What every request can get, in order of status: its own errors between the wrong token and the rate limit. */
export function errorsOf(spec: { readonly errors: readonly DocumentedError[] }): readonly DocumentedError[] {
  return [wrongToken, ...spec.errors, overRateLimit].sort((a, b) => a.status - b.status);
}
