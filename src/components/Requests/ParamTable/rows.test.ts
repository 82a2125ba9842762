import { describe, expect, it } from 'vitest';
import { getRequest } from '@site/src/requests';
import type { ParamSpec } from '@site/src/requests/types';
import { paramLocations, requestRows, shapeRows, type ParamRow } from './rows';
import { ruleSentences, typeLabel } from './words';

const send = getRequest('messages_api', 'post_send_messages');
const rows = requestRows(send, 'body');
const summary = (rows: ParamRow[]) => rows.map((row) => [row.path, row.required, row.conditions.map(({ by, values }) => `${by}=${values.join('|')}`).join(' ')]);

describe('the rows of the send-message parameters', () => {
  const row = (path: string) => rows.find((candidate) => candidate.path === path)!;

  it('lists every parameter of the body, then the content fields each message type takes, nested under content', () => {
    expect(summary(rows).slice(-8)).toEqual([
      ['content', true, 'type=text'],
      ['content.text', true, 'type=text'],
      ['content', true, 'type=image'],
      ['content.url', true, 'type=image'],
      ['content.text', false, 'type=image'],
      // A document, an audio and a video message take the same content: one form for the three.
      ['content', true, 'type=document|audio|video'],
      ['content.url', true, 'type=document|audio|video'],
      ['content.text', false, 'type=document|audio|video'],
    ]);
    expect(rows.filter((row) => row.path.startsWith('content.')).map((row) => row.depth)).toEqual([1, 1, 1, 1, 1]);
    expect(rows.filter((row) => row.depth === 0 && row.path !== 'content').map((row) => row.path).sort()).toEqual(Object.keys(send.params.body.fields).sort());
  });

  it('leaves `to` and `bsuid` unrequired, each naming the other as its alternative', () => {
    expect([row('to').required, row('bsuid').required]).toEqual([false, false]);
    expect(row('to').orElse).toEqual(['bsuid']);
    expect(ruleSentences(row('bsuid'))).toEqual(['Give it or `to`: at least one is required.']);
  });

  it('marks what is required, with the rules each spec carries', () => {
    expect(rows.filter((row) => row.depth === 0 && row.required).map((row) => row.path)).toEqual(['from', 'type', 'content', 'content', 'content']);
    expect(ruleSentences(row('template_uuid'))).toEqual(['Give `optin_contact` with it.']);
    expect(ruleSentences(row('metadata'))).toEqual(['At most 10 entries, names of at most 50 characters, values of at most 500 characters.']);
    expect(ruleSentences(row('template_values'))).toEqual(['Each item: the value of one template variable.']);
    expect(ruleSentences(rows.find((row) => row.path === 'content.url' && row.conditions[0]?.values.includes('audio'))!)).toEqual([
      'Only when `type` is `document`, `audio` or `video`.',
    ]);
  });

  it('says which values the type takes and what type the content is', () => {
    expect(row('type').spec).toMatchObject({ typeName: 'MessageType', enum: ['text', 'image', 'document', 'audio', 'video'] });
    expect(typeLabel(row('content.url').spec)).toBe('string (URL)');
    expect(typeLabel(row('template_values').spec)).toBe('list of string');
    expect(typeLabel(row('assigned_user').spec)).toBe('string (email)');
  });
});

describe('the rows of flat requests', () => {
  it('keeps one row per parameter of the place asked for, required or not, in the order the registry gives', () => {
    const byPhone = getRequest('contacts_api', 'get_contact_by_phone');
    expect(requestRows(byPhone, 'path').map((row) => [row.path, row.required])).toEqual([['phone_number', true]]);
    expect(requestRows(byPhone, 'query').map((row) => [row.path, row.required])).toEqual([['channel_uuid', false]]);
    expect(requestRows(byPhone, 'body')).toEqual([]);
    expect(requestRows(getRequest('contacts_api', 'post_contacts'), 'body').map((row) => row.path)).toEqual([
      'identifier', 'source', 'name', 'tags', 'custom_fields', 'channel_uuid', 'assigned_user', 'team_uuid', 'bot_status', 'note',
    ]);
  });

  it('names the places a request takes parameters, path, query then body, leaving out the empty ones', () => {
    expect(paramLocations(getRequest('contacts_api', 'get_contact_by_phone'))).toEqual(['path', 'query']);
    expect(paramLocations(getRequest('contacts_api', 'patch_contacts'))).toEqual(['path', 'body']);
    expect(paramLocations(getRequest('messages_api', 'post_send_messages'))).toEqual(['body']);
    expect(paramLocations(getRequest('plan_api', 'get_plan'))).toEqual([]);
  });

  it('states the minimum of a number, the longest text, and what a map also accepts', () => {
    const [page] = requestRows(getRequest('contacts_api', 'get_contacts'), 'query');
    expect(ruleSentences(page!)).toEqual(['At least 1.']);
    const note = requestRows(getRequest('contacts_api', 'post_contacts'), 'body').find((row) => row.path === 'note')!;
    expect(ruleSentences(note)).toEqual(['At most 1000 characters.']);
    const customFields = requestRows(getRequest('contacts_api', 'patch_contacts'), 'body').find((row) => row.path === 'custom_fields')!;
    expect(typeLabel(customFields.spec)).toBe('object (names → strings, numbers or lists of strings)');
    expect(ruleSentences(customFields)).toEqual([getRequest('contacts_api', 'patch_contacts').params.body.fields.custom_fields.numbersAsText.why]);
  });

  it('says a string may be null where null has a meaning of its own', () => {
    const [available, customStatus] = requestRows(getRequest('users_api', 'put_user_status'), 'body');
    expect([typeLabel(available!.spec), typeLabel(customStatus!.spec)]).toEqual(['boolean', 'string or null']);
  });
});

describe('nesting the registry does not use yet', () => {
  const item: ParamSpec = {
    type: 'object',
    description: 'A line of the order.',
    fields: {
      sku: { type: 'string', required: true, description: 'The product.' },
      kind: { type: 'string', required: true, enum: ['gift', 'plain'], description: 'What kind of line.' },
    },
    variants: { by: 'kind', cases: { gift: { note: { type: 'string', description: 'The card.' } }, plain: {} } },
  };
  const rows = shapeRows(
    { fields: { lines: { type: 'array', description: 'The lines.', items: item }, matrix: { type: 'array', description: 'Rows.', items: { type: 'array', description: 'A row.', items: { type: 'number', description: 'A cell.' } } } } },
    { location: 'body', prefix: '', depth: 0, conditions: [] },
  );

  it('names the fields of list items with [] and conditions by their full path', () => {
    expect(summary(rows)).toEqual([
      ['lines', false, ''],
      ['lines[].sku', true, ''],
      ['lines[].kind', true, ''],
      ['lines[].note', false, 'lines[].kind=gift'],
      ['matrix', false, ''],
    ]);
    expect(typeLabel(rows.at(-1)!.spec)).toBe('list of list of number');
  });
});
