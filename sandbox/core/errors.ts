/** The sandbox's one error shape, as the registry documents it (src/requests/errors.ts). */
import { listProblems, type ErrorBody, type ErrorDetail } from '../../src/requests/errors';

export { listProblems, type ErrorDetail };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export function errorBody(status: number, message: string, details: readonly ErrorDetail[] = []): ErrorBody {
  return { error: { status, message, details } };
}

/** An error as an HTTP answer in the one shape, with any headers it needs (CORS, Retry-After). */
export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  return Response.json(errorBody(error.status, error.message, error.details), { status: error.status, headers });
}
