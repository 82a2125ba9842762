/** Every request carries `Authorization: Bearer <token>`, the sandbox's token. */
import { ApiError } from './errors';

export function authorize(header: string | null, token: string): void {
  if (!header) throw new ApiError(401, 'Missing Authorization header: send "Authorization: Bearer <token>"', [{ field: 'header.Authorization', message: 'is required' }]);
  if (header !== `Bearer ${token}`) {
    throw new ApiError(401, 'Invalid API token: check the token you sent in "Authorization: Bearer <token>"', [{ field: 'header.Authorization', message: 'is not a valid token' }]);
  }
}
