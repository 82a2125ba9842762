import { describe, expect, it } from 'vitest';
import { authorize } from './auth';
import { ApiError } from './errors';

const token = 'sandbox-demo-token';

function refusal(header: string | null): string {
  try {
    authorize(header, token);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    return (error as ApiError).message;
  }
  return 'accepted';
}

describe('the Authorization header', () => {
  it('is accepted with the Bearer scheme in any case, as clients write it, and spaces around the token', () => {
    for (const header of [`Bearer ${token}`, `bearer ${token}`, `BEARER ${token}`, `Bearer  ${token} `]) expect(refusal(header), header).toBe('accepted');
  });

  it('is refused, saying why, when missing, of another scheme, or with another token', () => {
    expect(refusal(null)).toMatch(/^Missing Authorization header/);
    expect(refusal(`Basic ${token}`)).toMatch(/must use the Bearer scheme/);
    expect(refusal(token)).toMatch(/must use the Bearer scheme/);
    expect(refusal('Bearer')).toMatch(/must use the Bearer scheme/);
    for (const other of [`${token}x`, token.slice(0, -1), token.toUpperCase(), `${token} extra`]) {
      expect(refusal(`Bearer ${other}`), other).toMatch(/^Invalid API token|must use the Bearer scheme/);
    }
    expect(refusal(`Bearer ${token}x`)).toMatch(/^Invalid API token/);
  });
});
