/**
 * Every request carries `Authorization: Bearer <token>`, the sandbox's token. The scheme's name
 * is case-insensitive (RFC 9110 §11.1), so `bearer` works as clients send it; the token is
 * compared in a time that does not depend on where it differs.
 */
import { ApiError } from './errors';

const BEARER = /^bearer[ \t]+(\S+)[ \t]*$/i;
const encoder = new TextEncoder();

/** Whether two texts are equal, looking at every byte whatever the first difference. */
function sameText(given: string, expected: string): boolean {
  const a = encoder.encode(given);
  const b = encoder.encode(expected);
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export function authorize(header: string | null, token: string): void {
  if (!header) throw new ApiError(401, 'Missing Authorization header: send "Authorization: Bearer <token>"', [{ field: 'header.Authorization', message: 'is required' }]);
  const credentials = BEARER.exec(header);
  if (!credentials) {
    throw new ApiError(401, 'The Authorization header must use the Bearer scheme: send "Authorization: Bearer <token>"', [
      { field: 'header.Authorization', message: 'is not "Bearer <token>"' },
    ]);
  }
  if (!sameText(credentials[1]!, token)) {
    throw new ApiError(401, 'Invalid API token: check the token you sent in "Authorization: Bearer <token>"', [{ field: 'header.Authorization', message: 'is not a valid token' }]);
  }
}
