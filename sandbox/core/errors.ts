/** The sandbox's one error shape: `{"error": {"status", "message", "details": [{field, message}]}}`. */
export interface ErrorDetail {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export function errorBody(status: number, message: string, details: ErrorDetail[] = []) {
  return { error: { status, message, details } };
}

/** An error as an HTTP answer in the one shape, with any headers it needs (CORS, Retry-After). */
export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  return Response.json(errorBody(error.status, error.message, error.details), { status: error.status, headers });
}

const SHOWN_IN_MESSAGE = 3;

/**
 * The problems as one readable sentence: the first three, then how many more. `details`
 * carries every one; a message naming 500 unknown tags helps nobody.
 */
export function listProblems(details: ErrorDetail[]): string {
  const shown = details.slice(0, SHOWN_IN_MESSAGE).map((d) => `${d.field} ${d.message}`);
  const more = details.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more (${details.length} in all, each in details)` : ''}`;
}
