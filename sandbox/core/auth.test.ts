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

  it('takes a tab where a space goes, as RFC 9110 does, and nothing else between scheme and token', () => {
    expect(refusal(`Bearer\t${token}\t`)).toBe('accepted');
    expect(refusal(`Bearer:${token}`)).toMatch(/must use the Bearer scheme/);
    expect(refusal(`Bearer ${token} ${token}`)).toMatch(/must use the Bearer scheme/);
    expect(refusal(`XBearer ${token}`)).toMatch(/must use the Bearer scheme/);
  });

  it('refuses a token that differs anywhere, by a byte or by its length, whichever is longer', () => {
    for (const other of [`x${token.slice(1)}`, `${token.slice(0, 5)}X${token.slice(6)}`, `${token.slice(0, -1)}é`, token.slice(1), `${token}${token}`, 'é'.repeat(token.length)]) {
      expect(refusal(`Bearer ${other}`), other).toMatch(/^Invalid API token/);
    }
  });

  it('names the header and what is wrong with it in the details, for each refusal', () => {
    const details = (header: string | null) => {
      try {
        authorize(header, token);
      } catch (error) {
        return (error as ApiError).details;
      }
      return [];
    };
    expect(details(null)).toEqual([{ field: 'header.Authorization', message: 'is required' }]);
    expect(details('')).toEqual([{ field: 'header.Authorization', message: 'is required' }]);
    expect(details(`Basic ${token}`)).toEqual([{ field: 'header.Authorization', message: 'is not "Bearer <token>"' }]);
    expect(details('Bearer other')).toEqual([{ field: 'header.Authorization', message: 'is not a valid token' }]);
    expect(refusal(null)).toBe('Missing Authorization header: send "Authorization: Bearer <token>"');
    expect(refusal('Basic x')).toBe('The Authorization header must use the Bearer scheme: send "Authorization: Bearer <token>"');
    expect(refusal('Bearer x')).toBe('Invalid API token: check the token you sent in "Authorization: Bearer <token>"');
  });
});
