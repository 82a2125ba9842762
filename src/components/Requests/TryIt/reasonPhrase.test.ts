import { describe, expect, it } from 'vitest';
import { reasonPhrase } from './reasonPhrase';

describe('the reason phrase shown with a status', () => {
  it("is the server's when it sent one, the standard one when not (HTTP/2, the in-browser sandbox)", () => {
    expect(reasonPhrase(200, 'OK')).toBe('OK');
    expect(reasonPhrase(422, 'Unprocessable Entity')).toBe('Unprocessable Entity');
    expect(reasonPhrase(401, '')).toBe('Unauthorized');
    expect(reasonPhrase(299, '')).toBe('');
  });
});
