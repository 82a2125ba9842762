import { describe, expect, it } from 'vitest';
import { unusualSuccesses } from './successes';

describe('the requests whose success is not a 200', () => {
  it('include the message deletion, answered 204 with no body, and no request answered 200', () => {
    const found = unusualSuccesses();
    expect(found).toContainEqual(expect.objectContaining({ endpoint: 'messages_api', id: 'delete_message', method: 'DELETE', path: '/messages/:uuid', status: 204 }));
    expect(found.map(({ status }) => status)).not.toContain(200);
  });
});
