import { describe, expect, it } from 'vitest';
import { pagedRequests } from './paging';

describe('the paged requests', () => {
  const byId = new Map(pagedRequests().map((request) => [`${request.endpoint}/${request.id}`, request]));

  it('include a list that takes page and answers meta, and one that takes page only', () => {
    expect(byId.get('template_messages_api/get_templates')).toMatchObject({ method: 'GET', path: '/templates', takesPage: true, answersMeta: true });
    expect(byId.get('contacts_api/get_contacts')).toMatchObject({ takesPage: true, answersMeta: false });
  });

  it('leave out requests that neither take page nor answer meta', () => {
    expect(byId.has('template_messages_api/get_template')).toBe(false);
    expect(byId.has('plan_api/get_plan')).toBe(false);
  });
});
