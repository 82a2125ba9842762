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

/** `/tags/0` in the `body` → `body.tags[0]`: how the field is named in error details. */
export function fieldName(part: string, instancePath: string, property?: string): string {
  const segments = instancePath.split('/').slice(1).concat(property === undefined ? [] : [property]);
  return segments.reduce(
    (name, segment) => (/^\d+$/.test(segment) ? `${name}[${segment}]` : `${name}.${segment.replace(/~1/g, '/').replace(/~0/g, '~')}`),
    part,
  );
}
