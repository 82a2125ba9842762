import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest } from './index';
import { checkValues, fieldName } from './check';
import { orList } from './or-list';
import type { ObjectShape, ParamSpec, RequestSpec } from './types';

const patch = getRequest('contacts_api', 'patch_contacts');
const post = getRequest('contacts_api', 'post_contacts');
const list = getRequest('contacts_api', 'get_contacts');

describe('checking values before sending', () => {
  it('accepts every documented example', () => {
    for (const spec of [patch, post, list]) expect(checkValues(spec, exampleValues(spec))).toEqual({});
  });

  it('names a missing required parameter', () => {
    expect(checkValues(patch, { ...exampleValues(patch), path: { uuid: '' } })).toEqual({ 'path.uuid': 'is required: it is part of the URL' });
    expect(checkValues(patch, { ...exampleValues(patch), path: {} })).toEqual({ 'path.uuid': 'is required: it is part of the URL' });
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
    for (const assigned_user of ['agent', 'john doe@example.com', 'john@example.com (John)']) {
      expect(checkValues(post, { ...exampleValues(post), body: { ...exampleValues(post).body, assigned_user } }), assigned_user).toEqual({
        'body.assigned_user': 'must be an email address',
      });
    }
  });

  it('refuses a whole number past 2^53 - 1, which JSON and URLs round', () => {
    expect(checkValues(list, { path: {}, query: { page: Number.MAX_SAFE_INTEGER } })).toEqual({});
    expect(checkValues(list, { path: {}, query: { page: 1e20 } })).toEqual({ 'query.page': 'must be 9007199254740991 or less' });
    // Below the minimum, the minimum is what the reader needs to hear.
    expect(checkValues(list, { path: {}, query: { page: -(2 ** 60) } })).toEqual({ 'query.page': 'must be 1 or more' });
    expect(checkValues(list, { path: {}, query: { page: 1.5 } })).toEqual({ 'query.page': 'must be a whole number, 1 or more' });
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
    for (const ratio of [' -Infinity ', '+nan', '1e+999', ' 1e999', '1e999 ', '12.5e999', '1.5e999', '.55e999', '9'.repeat(400)]) {
      expect(checkValues(measure, { path: {}, query: { ratio } }), ratio).toEqual(problem);
    }
    // Text that only holds such a number is no number at all.
    for (const ratio of ['xNaN', 'NaN!', 'x1e999', '1e999x']) {
      expect(checkValues(measure, { path: {}, query: { ratio } }), ratio).toEqual({ 'query.ratio': 'must be a number' });
    }
  });
});

describe('every rule, on a request described for these tests', () => {
  const text = (more: Partial<Extract<ParamSpec, { type: 'string' }>> = {}): ParamSpec => ({ type: 'string', description: 'Text.', ...more });
  const object = (fields: ObjectShape['fields']): ParamSpec => ({ type: 'object', description: 'An object.', fields });
  // A message-like body: `kind` chooses a case; `content` differs by case, and `none` has none.
  const body: ObjectShape = {
    fields: {
      kind: text({ enum: ['image', 'text', 'none'], required: true }),
      count: { type: 'integer', description: 'No minimum.' },
      ratio: { type: 'number', description: 'A ratio.' },
      scores: { type: 'array', description: 'Numbers.', items: { type: 'integer', description: 'A score.' } },
      labels: { type: 'map', description: 'Limited.', maxEntries: 2, maxKeyLength: 5, maxValueLength: 3 },
      site: text({ format: 'url' }),
      reply: object({ id: text({ required: true }) }),
      to: text(),
      bsuid: text(),
      phone: text(),
      channel: { ...text(), requires: ['team'] },
      team: text(),
    },
    variants: {
      by: 'kind',
      cases: {
        image: { caption: text(), content: object({ url: text({ format: 'url' }) }) },
        text: { content: object({ text: text() }) },
        none: {},
      },
    },
    anyOf: [['to', 'bsuid', 'phone']],
  };
  const spec = { ...post, params: { path: {}, query: {}, body } } as RequestSpec;
  const check = (values: Record<string, unknown>) => checkValues(spec, { path: {}, query: {}, body: { to: '+1', ...values } });

  it('accepts a value for each rule', () => {
    expect(check({ kind: 'image', count: -3, scores: [1, 2], labels: { abcde: 'abc', b: '' }, site: 'https://x', reply: { id: 'r' }, caption: 'c', content: { url: 'http://y' } })).toEqual({});
    expect(check({ kind: 'text', channel: 'c', team: 't', content: { text: 'hi' } })).toEqual({});
  });

  it('names a whole number, a list and an object by what they must be', () => {
    expect(check({ kind: 'none', count: 'x', scores: 'x', reply: 'x' })).toEqual({
      'body.count': 'must be a whole number',
      'body.scores': 'must be a list',
      'body.reply': 'must be an object ({ … })',
    });
    expect(check({ kind: 'none', count: 1.5, ratio: ['NaN'], scores: [1, 'x'], reply: null })).toEqual({
      'body.count': 'must be a whole number',
      'body.ratio': 'must be a number',
      'body.scores[1]': 'must be a whole number',
      'body.reply': 'must be an object ({ … })',
    });
    expect(check({ kind: 'none', count: '-9007199254740993' })).toEqual({ 'body.count': 'must be -9007199254740991 or more' });
    expect(check({ kind: 'none', count: -(2 ** 60) })).toEqual({ 'body.count': 'must be -9007199254740991 or more' });
  });

  it('holds a free object to its limits: entries, name length, value length, and text values only', () => {
    expect(check({ kind: 'none', labels: { a: '1', b: '2', c: '3' } })).toEqual({ 'body.labels': 'has 3 entries; at most 2 are allowed' });
    expect(check({ kind: 'none', labels: { abcdef: '1', b: 'abcd' } })).toEqual({
      'body.labels.abcdef': 'is a name longer than 5 characters',
      'body.labels.b': 'is longer than 3 characters',
    });
    for (const labels of [5, { a: 1 }, { a: ['x'] }, { a: 'x', b: 1 }]) {
      expect(check({ kind: 'none', labels }), JSON.stringify(labels)).toEqual({ 'body.labels': 'must be an object whose values are strings' });
    }
  });

  it('takes only a URL that starts with its scheme', () => {
    expect(check({ kind: 'none', site: 'see https://x.example' })).toEqual({ 'body.site': 'must be a URL starting with https:// (or http://)' });
    expect(check({ kind: 'none', site: 'https:// x' })).toEqual({ 'body.site': 'must be a URL starting with https:// (or http://)' });
  });

  it('names a field another needs, and the first of several of which one must be given', () => {
    expect(check({ kind: 'none', channel: 'c' })).toEqual({ 'body.team': 'is required when channel is given' });
    expect(checkValues(spec, { path: {}, query: {}, body: { kind: 'none' } })).toEqual({ 'body.to': 'is required, unless bsuid or phone is given' });
  });

  it("says in which cases a field of another case is sent, at the top or inside the case's object", () => {
    expect(check({ kind: 'text', caption: 'c', content: { text: 'hi' } })).toEqual({ 'body.caption': 'is only sent when kind is image' });
    expect(check({ kind: 'text', content: { url: 'https://x' } })).toEqual({ 'body.content.url': 'is only sent when kind is image' });
    expect(check({ kind: 'image', content: { url: 'https://x', size: 1 } })).toEqual({ 'body.content.size': 'is not a field of content' });
    expect(check({ kind: 'none', content: {} })).toEqual({ 'body.content': 'is only sent when kind is image or text' });
  });

  it('judges no case field while the case is not chosen, and names only the selector', () => {
    expect(check({ kind: 'video', caption: 'c', content: { url: 'x' } })).toEqual({ 'body.kind': 'must be one of: image, text, none' });
    expect(check({ kind: ['image'], caption: 'c', content: { text: 'x' } })).toEqual({ 'body.kind': 'must be a string' });
    expect(check({ caption: 'c' })).toEqual({ 'body.kind': 'is required' });
  });

  it('fails loudly on a parameter kind it has no check for, rather than letting any value pass', () => {
    const odd = { ...spec, params: { path: {}, query: { when: { type: 'date', description: 'A date.' } as unknown as ParamSpec }, body: null } } as RequestSpec;
    expect(() => checkValues(odd, { path: {}, query: { when: 'today' } })).toThrow('No check for parameter kind {"type":"date","description":"A date."}');
  });

  it('names a field for the reader without its location', () => {
    expect(fieldName(['body'])).toBe('body');
    expect(fieldName(['body', 'content', 'text'])).toBe('content.text');
    expect(fieldName(['body', 'tags', 1])).toBe('tags[1]');
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
