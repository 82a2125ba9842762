/** The Auth API in the sandbox: a valid token is answered with whose it is; any other gets the one error shape. */
import { describe, expect, it } from 'vitest';
import { demoApiKey } from '../../../src/requests/auth_api/objects';
import { DEMO_TOKEN } from '../../address';
import { expectError, sandbox as sandboxOver, stores } from '../../../tests/support/sandbox';

describe.each(stores)('GET /auth/me over the $name store', ({ open }) => {
  const sandbox = () => sandboxOver({ open });
  const me = (baseUrl: string, headers: Record<string, string>) => fetch(`${baseUrl}/auth/me`, { headers });
  const answerOf = async (response: Response) => ({ status: response.status, body: await response.json() });

  it("answers a valid token with the key's user and the key", async () => {
    const { baseUrl } = await sandbox();
    const answer = await answerOf(await me(baseUrl, { Authorization: `Bearer ${DEMO_TOKEN}` }));
    expect(answer).toEqual({ status: 200, body: { status: 'ok', ...demoApiKey } });
  });

  it('refuses a wrong token and a missing one with a 401 naming the header', async () => {
    const { baseUrl } = await sandbox();
    const wrong = await answerOf(await me(baseUrl, { Authorization: 'Bearer test_not-the-token' }));
    expectError(wrong, 401, /Invalid API token/);
    expect(wrong.body.error.details).toEqual([{ field: 'header.Authorization', message: 'is not a valid token' }]);
    const missing = await answerOf(await me(baseUrl, {}));
    expectError(missing, 401, /Missing Authorization header/);
  });
});
