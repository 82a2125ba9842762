/**
 * Query values as the sandbox reads them, over both stores: a whole number only in range, one
 * value a parameter, an empty value as none, and never a database error.
 */
import { describe, expect, it } from 'vitest';
import { demoContacts } from '../../src/requests/contacts_api/objects';
import { expectError } from '../../tests/support/sandbox';
import { coreSandbox, coreStores } from '../../tests/support/sandbox-core';

describe.each(coreStores)('query values over the $name store', ({ open }) => {
  it('page: a 422 naming it and what it takes for anything but a whole number from 1 to 2^53 - 1', async () => {
    const { call } = coreSandbox(open);
    const refusals = {
      '1e20': 'must be a whole number, 1 or more',
      '1.5': 'must be a whole number, 1 or more',
      '%20': 'must be a whole number, 1 or more',
      '0': 'must be 1 or more',
      '-3': 'must be 1 or more',
      '9007199254740992': 'must be 9007199254740991 or less',
      '99999999999999999999': 'must be 9007199254740991 or less',
    };
    for (const [page, message] of Object.entries(refusals)) {
      const answer = await call('GET', `/contacts?page=${page}`);
      expectError(answer, 422, `query.page ${message}`);
      expect(answer.body.error.details, page).toEqual([{ field: 'query.page', message }]);
    }
    expect((await call('GET', '/contacts?page=9007199254740991')).body).toEqual({ contacts: [] });
    expect((await call('GET', '/webhooks/events?page=9007199254740991&items=9007199254740991')).body.meta).toEqual({ page: 9007199254740991, pages: 1 });
  });

  it('a parameter given twice: a 422 naming it', async () => {
    const { call } = coreSandbox(open);
    const answer = await call('GET', '/contacts?page=1&page=2');
    expectError(answer, 422);
    expect(answer.body.error.details).toEqual([{ field: 'query.page', message: 'is given more than once; give it once' }]);
  });

  it('an empty value, as a form sends a blank field, is no value', async () => {
    const { call } = coreSandbox(open);
    const all = (await call('GET', '/contacts')).body;
    expect(all.contacts).toHaveLength(demoContacts.length);
    expect((await call('GET', '/contacts?page=&tags=&source=')).body).toEqual(all);
    expect((await call('GET', '/contacts?page=&page=2')).body).toEqual({ contacts: [] });
    expect((await call('GET', '/teams?page=')).body.meta).toEqual({ page: 1, pages: 1 });
  });
});
