/** Path values the sandbox names in a 422 before anything else, over both stores: too long, or left empty. */
import { describe, expect, it } from 'vitest';
import { johnDoe } from '../../src/requests/contacts_api/objects';
import { expectError } from '../../tests/support/sandbox';
import { coreSandbox, coreStores } from '../../tests/support/sandbox-core';

describe.each(coreStores)('path values over the $name store', ({ open }) => {
  it('longer than 100 characters: a 422 naming the value and the limit, even when the URL is over 8 KB', async () => {
    const { call } = coreSandbox(open);
    for (const length of [101, 10_000]) {
      const answer = await call('GET', `/contacts/${'a'.repeat(length)}?include_field_types=true`);
      expectError(answer, 422);
      expect(answer.body.error.details).toEqual([{ field: 'path.uuid', message: `is ${length} characters long; at most 100 are accepted (an identifier is short)` }]);
    }
    expect((await call('GET', `/contacts/${'a'.repeat(100)}`)).status, 'an unknown identifier of 100 characters').toBe(404);
  });

  it('empty: a 422 naming the value and the request meant, where the URL names no endpoint', async () => {
    const { call } = coreSandbox(open);
    const unsaid = await call('GET', '/contacts//messages');
    expectError(unsaid, 422, 'GET /v1/contacts/:uuid/messages has an empty path value: path.uuid is required');
    expect(unsaid.body.error.details).toEqual([{ field: 'path.uuid', message: expect.stringMatching(/^is required/) }]);
    expectError(await call('DELETE', '/contacts/'), 422, 'DELETE /v1/contacts/:uuid has an empty path value');
    expectError(await call('DELETE', '/nothing/'), 404, 'No such endpoint: DELETE /v1/nothing/');
    // With a trailing slash, a URL is the one without it: the list of contacts.
    expect((await call('GET', '/contacts/')).status).toBe(200);
    expect((await call('GET', `/contacts/${johnDoe.uuid}/messages`)).status).toBe(200);
  });
});
