import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest } from './index';
import { checkValues, orList } from './check';

const patch = getRequest('contacts_api', 'patch_contacts');
const post = getRequest('contacts_api', 'post_contacts');
const list = getRequest('contacts_api', 'get_contacts');

describe('checking values before sending', () => {
  it('accepts every documented example', () => {
    for (const spec of [patch, post, list]) expect(checkValues(spec, exampleValues(spec))).toEqual({});
  });

  it('names a missing required parameter', () => {
    expect(checkValues(patch, { ...exampleValues(patch), path: { uuid: '' } })).toEqual({ 'path.uuid': 'is required' });
    expect(checkValues(post, { path: {}, query: {}, body: { identifier: '1', source: 'whatsapp' } })).toEqual({ 'body.name': 'is required' });
  });

  it('names a wrong type, an unknown enum value, a bad email and an unknown parameter', () => {
    expect(checkValues(patch, { ...exampleValues(patch), body: { name: 5, tags: 'lead', custom_fields: { a: true }, nmae: 'x' } })).toEqual({
      'body.name': 'must be a string',
      'body.tags': 'must be a list of strings',
      'body.custom_fields': 'must be an object whose values are strings, numbers or lists of strings',
      'body.nmae': 'is not a parameter of this request',
    });
    expect(checkValues(list, { path: {}, query: { page: 0, source: 'fax' } })).toEqual({
      'query.page': 'must be 1 or more',
      'query.source': 'must be one of: whatsapp, facebook, instagram, telegram',
    });
    expect(checkValues(list, { path: {}, query: { page: 'two' } })).toEqual({ 'query.page': 'must be a whole number' });
    expect(checkValues(post, { ...exampleValues(post), body: { ...exampleValues(post).body, assigned_user: 'agent' } })).toEqual({
      'body.assigned_user': 'must be an email address',
    });
  });

  it("takes numbers for custom fields, as the API's own example sends them", () => {
    expect(checkValues(patch, { ...exampleValues(patch), body: { custom_fields: { orderNumber: 123, zipCode: '98765430' } } })).toEqual({});
    expect(checkValues(patch, { ...exampleValues(patch), body: { custom_fields: { orderNumber: Number.NaN } } })).toEqual({
      'body.custom_fields': 'must be an object whose values are strings, numbers or lists of strings',
    });
  });

  it('takes a list of strings as a custom field value (a checkbox field), and no other list', () => {
    expect(checkValues(patch, { ...exampleValues(patch), body: { custom_fields: { Features: ['Dark Mode', 'Analytics'] } } })).toEqual({});
    expect(checkValues(patch, { ...exampleValues(patch), body: { custom_fields: { Features: ['Dark Mode', 3] } } })).toEqual({
      'body.custom_fields': 'must be an object whose values are strings, numbers or lists of strings',
    });
  });

  it('refuses text longer than its parameter allows, saying how long it is', () => {
    const body = (note: string) => ({ ...exampleValues(patch), body: { note } });
    expect(checkValues(patch, body('x'.repeat(1000)))).toEqual({});
    expect(checkValues(patch, body('x'.repeat(1001)))).toEqual({ 'body.note': 'is 1001 characters long; at most 1000 are allowed' });
  });

  it('takes true or false for a boolean query parameter', () => {
    expect(checkValues(list, { path: {}, query: { include_field_types: true } })).toEqual({});
    expect(checkValues(list, { path: {}, query: { include_field_types: 'yes' } })).toEqual({ 'query.include_field_types': 'must be true or false' });
  });

  it('takes null only for a parameter to which null means something', () => {
    const status = getRequest('users_api', 'put_user_status');
    const values = (body: Record<string, unknown>) => ({ path: { uuid: 'u' }, query: {}, body });
    expect(checkValues(status, values({ custom_status_uuid: null }))).toEqual({});
    expect(checkValues(status, values({ custom_status_uuid: 7 }))).toEqual({ 'body.custom_status_uuid': 'must be a string or null' });
    expect(checkValues(patch, { ...exampleValues(patch), body: { name: null } })).toEqual({ 'body.name': 'must be a string' });
  });

  it('lets optional parameters be left empty', () => {
    expect(checkValues(patch, { path: { uuid: 'x' }, query: {}, body: {} })).toEqual({});
    expect(checkValues(list, { path: {}, query: { page: undefined, tags: '' } })).toEqual({});
  });
});

describe('naming alternatives', () => {
  it('joins values as a sentence does', () => {
    expect(orList([])).toBe('');
    expect(orList(['a'])).toBe('a');
    expect(orList(['a', 'b'])).toBe('a or b');
    expect(orList(['a', 'b', 'c'])).toBe('a, b or c');
  });
});
