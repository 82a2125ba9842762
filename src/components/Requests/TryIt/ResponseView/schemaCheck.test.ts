import { describe, expect, it } from 'vitest';
import { getRequest } from '@site/src/requests';
import { checkAgainstSchema, jsonPath } from './schemaCheck';

const patch = getRequest('contacts_api', 'patch_contacts');
const documented = patch.response.example as { contact: Record<string, unknown> };

describe("checking an answer against the request's documented schema", () => {
  it('says the documented example matches', () => {
    expect(checkAgainstSchema(patch.response.schema!, JSON.stringify(documented))).toEqual({ kind: 'matches' });
  });

  it('lists each difference by its JSON path', () => {
    const { team: _team, ...withoutTeam } = documented.contact;
    const answer = { contact: { ...withoutTeam, tags: ['ok', 7], nickname: 'x', source: 'fax' } };
    const check = checkAgainstSchema(patch.response.schema!, JSON.stringify(answer));
    expect(check.kind).toBe('differs');
    expect(check.kind === 'differs' && check.differences.sort()).toEqual([
      '$.contact.nickname: present, but not documented',
      '$.contact.source: must be equal to one of the allowed values ("whatsapp", "facebook", "instagram", "telegram")',
      '$.contact.tags[1]: must be string',
      '$.contact.team: missing, but documented as always present',
    ]);
  });

  it('names the shape the origin docs show (a one-element array) as a difference at $.contact', () => {
    const check = checkAgainstSchema(patch.response.schema!, JSON.stringify({ contact: [documented.contact] }));
    expect(check).toEqual({ kind: 'differs', differences: ['$.contact: must be object'] });
  });

  it('says when the body is not JSON at all', () => {
    expect(checkAgainstSchema(patch.response.schema!, '<html>')).toEqual({ kind: 'not-json' });
  });

  it('writes paths as a reader would type them', () => {
    expect(jsonPath('/contacts/0/customFields/Billing Address')).toBe('$.contacts[0].customFields["Billing Address"]');
    expect(jsonPath('', 'contact')).toBe('$.contact');
  });
});
