import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest } from './index';
import { checkValues } from './check';
import { orList } from './or-list';
import type { RequestSpec } from './types';

const patch = getRequest('contacts_api', 'patch_contacts');
const post = getRequest('contacts_api', 'post_contacts');
const list = getRequest('contacts_api', 'get_contacts');

describe('checking values before sending', () => {
  it('accepts every documented example', () => {
    for (const spec of [patch, post, list]) expect(checkValues(spec, exampleValues(spec))).toEqual({});
  });

  it('names a missing required parameter', () => {
    expect(checkValues(patch, { ...exampleValues(patch), path: { uuid: '' } })).toEqual({ 'path.uuid': 'is required: it is part of the URL' });
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
    expect(checkValues(list, { path: {}, query: { page: 'two' } })).toEqual({ 'query.page': 'must be a whole number, 1 or more' });
    expect(checkValues(post, { ...exampleValues(post), body: { ...exampleValues(post).body, assigned_user: 'agent' } })).toEqual({
      'body.assigned_user': 'must be an email address',
    });
  });

  it('refuses a whole number past 2^53 - 1, which JSON and URLs round', () => {
    expect(checkValues(list, { path: {}, query: { page: Number.MAX_SAFE_INTEGER } })).toEqual({});
    expect(checkValues(list, { path: {}, query: { page: 1e20 } })).toEqual({ 'query.page': 'must be 9007199254740991 or less' });
  });

  it('takes empty text as a blank field only where text goes: for a list or a flag it is named', () => {
    expect(checkValues(patch, { ...exampleValues(patch), body: { note: '' } })).toEqual({});
    expect(checkValues(patch, { ...exampleValues(patch), body: { tags: '', unassign_user: '', custom_fields: '' } })).toEqual({
      'body.tags': 'must be a list of strings',
      'body.unassign_user': 'must be true or false',
      'body.custom_fields': 'must be an object whose values are strings, numbers or lists of strings',
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

describe('values no client can send as typed', () => {
  const withUuid = (uuid: string) => ({ ...exampleValues(patch), path: { uuid } });

  it('refuses the path values . and .., which a URL reads as a level, and says why', () => {
    expect(checkValues(patch, withUuid('.'))).toEqual({
      'path.uuid': 'cannot be ".": in a URL it means "this level", so clients would drop it and send the request to another URL',
    });
    expect(checkValues(patch, withUuid('..'))).toEqual({
      'path.uuid': 'cannot be "..": in a URL it means "one level up", so clients would send the request to another URL',
    });
  });

  it('takes every other path value, which is sent percent-encoded', () => {
    for (const uuid of ['...', '.a', 'a/../b', '?#% é', ' ']) expect(checkValues(patch, withUuid(uuid))).toEqual({});
  });

  it('names whole numbers typed beyond what a JSON number holds exactly (the form keeps them as text)', () => {
    expect(checkValues(list, { path: {}, query: { page: '9007199254740993' } })).toEqual({ 'query.page': 'must be 9007199254740991 or less' });
    expect(checkValues(list, { path: {}, query: { page: '9007199254740991' } })).toEqual({ 'query.page': 'must be a whole number, 1 or more' });
  });

  it('refuses numbers JSON cannot carry: NaN, Infinity and beyond ±1.8e308', () => {
    const measure = { ...list, params: { path: {}, query: { ratio: { type: 'number', description: 'A ratio.' } }, body: null } } as RequestSpec;
    const problem = { 'query.ratio': 'must be a number JSON can carry: it has no NaN or Infinity, and nothing beyond ±1.8e308' };
    for (const ratio of [Number.NaN, Number.POSITIVE_INFINITY, 'NaN', '-Infinity', '1e999', '-1e400']) {
      expect(checkValues(measure, { path: {}, query: { ratio } })).toEqual(problem);
    }
    expect(checkValues(measure, { path: {}, query: { ratio: 1.7976931348623157e308 } })).toEqual({});
    expect(checkValues(measure, { path: {}, query: { ratio: 'two' } })).toEqual({ 'query.ratio': 'must be a number' });
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
